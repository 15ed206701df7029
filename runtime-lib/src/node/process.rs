//! `process`: argv, env, exitCode, exit(), nextTick(), stdout/stderr.write, platform, version,
//! cwd(). Its events (`on`, `emit`, `exit`, `beforeExit`, …) are `process_events.rs`.

use crate::builtins::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::JsResult;
use crate::gc::Gc;
use crate::object::function::NativeCall;
use crate::object::{array, ops, Attributes, JsObject, PropertyKey};
use crate::value::{conv, Value};

/// The node version kiln reports and prints after uncaught errors.
pub const NODE_VERSION: &str = "v20.20.2";

/// Installs the global `process`.
pub fn init(ctx: &mut Context) {
    let process = ctx.new_object();
    ctx.realm.process = process;
    let argv = array::from_values(ctx, &[]);
    let env = ctx.new_object();
    let stdout = ctx.new_object();
    let stderr = ctx.new_object();
    let platform = crate::string::from_str(ctx, "linux");
    let version = crate::string::from_str(ctx, NODE_VERSION);
    let versions = ctx.new_object();
    let node_version = crate::string::from_str(ctx, &NODE_VERSION[1..]);
    ObjectBuilder::new(ctx, versions).property("node", Value::string(node_version), Attributes::DEFAULT);
    ObjectBuilder::new(ctx, stdout).method("write", 1, stdout_write);
    ObjectBuilder::new(ctx, stderr).method("write", 1, stderr_write);
    for (name, value) in std::env::vars_os().filter_map(|(name, value)| Some((name.into_string().ok()?, value.into_string().ok()?))) {
        let key = ctx.key(&name);
        let value = crate::string::from_str(ctx, &value);
        if ops::own_lookup(ctx, env, key).is_none() {
            ops::define_fresh(ctx, env, key, Value::string(value), Attributes::DEFAULT);
        }
    }
    ObjectBuilder::new(ctx, process)
        .property("argv", Value::object(argv), Attributes::DEFAULT)
        .property("env", Value::object(env), Attributes::DEFAULT)
        .property("exitCode", Value::UNDEFINED, Attributes::DEFAULT)
        .property("platform", Value::string(platform), Attributes::DEFAULT)
        .property("version", Value::string(version), Attributes::DEFAULT)
        .property("versions", Value::object(versions), Attributes::DEFAULT)
        .property("stdout", Value::object(stdout), Attributes::DEFAULT)
        .property("stderr", Value::object(stderr), Attributes::DEFAULT)
        .method("exit", 1, exit)
        .method("nextTick", 1, next_tick)
        .method("cwd", 0, cwd);
    crate::realm::define_global(ctx, "process", Value::object(process));
}

/// Replaces `process.argv` with `args`.
pub fn set_argv(ctx: &mut Context, args: &[String]) {
    let list = ctx.new_list();
    for arg in args {
        let string = crate::string::from_str(ctx, arg);
        list.get_mut().push(Value::string(string));
    }
    let values = list.get().items.clone();
    let argv = array::from_values(ctx, &values);
    let process = ctx.realm.process;
    let key = ctx.key("argv");
    let _ = ops::set(ctx, process, key, Value::object(argv), Value::object(process));
    // process.execPath: the executable itself (node's is the node binary; a compiled program
    // is its own runtime, so spawning process.execPath starts this program again).
    if let Some(exec_path) = args.first() {
        let exec_path = crate::string::from_str(ctx, exec_path);
        let key = ctx.key("execPath");
        let _ = ops::set(ctx, process, key, Value::string(exec_path), Value::object(process));
    }
}

/// The exit code from `process.exitCode` (0 when unset or not a number).
pub fn exit_code(ctx: &mut Context) -> i32 {
    let process: Gc<JsObject> = ctx.realm.process;
    let key = PropertyKey::String(ctx.atoms.exit_code);
    let code = match ops::get_property(ctx, process, key) {
        Ok(code) => code,
        Err(_) => return 1,
    };
    if code.is_undefined() {
        return 0;
    }
    conv::to_int32(ctx, code).unwrap_or(1)
}

/// process.exit([code]): emits `exit`, flushes stdout and ends the process.
fn exit(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let code = if call.args.is_empty() { None } else { Some(call.arg(0)) };
    super::process_events::exit_js(ctx, code)
}

/// process.nextTick(callback, ...args).
fn next_tick(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    super::errors::validate_function(ctx, call.arg(0), "callback")?;
    crate::event_loop::next_tick(ctx, call.arg(0), call.args.get(1..).unwrap_or(&[]));
    Ok(Value::UNDEFINED)
}

/// process.cwd().
fn cwd(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    let directory = std::env::current_dir().map(|path| path.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(Value::string(crate::string::from_str(ctx, &directory)))
}

fn write_text(ctx: &mut Context, call: &NativeCall) -> JsResult<Vec<u8>> {
    let string = conv::to_string(ctx, call.arg(0))?;
    Ok(string.get().to_rust_string().into_bytes())
}

/// process.stdout.write(chunk).
fn stdout_write(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let bytes = write_text(ctx, call)?;
    ctx.output.write_stdout(&bytes);
    Ok(Value::TRUE)
}

/// process.stderr.write(chunk).
fn stderr_write(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let bytes = write_text(ctx, call)?;
    ctx.output.write_stderr(&bytes);
    Ok(Value::TRUE)
}
