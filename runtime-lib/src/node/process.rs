//! `process`: argv, env, exitCode, exit(), nextTick(), stdout/stderr.write, platform, arch,
//! version, release, features, cwd(), umask(), the user and group ids, kill() and the signal
//! table. Its events (`on`, `emit`, `exit`, `beforeExit`, signals, …) are `process_events.rs`.

use crate::builtins::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::{ErrorKind, JsResult};
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
        .method("cwd", 0, cwd)
        .method("umask", 1, umask)
        .method("getuid", 0, getuid)
        .method("geteuid", 0, geteuid)
        .method("getgid", 0, getgid)
        .method("getegid", 0, getegid)
        .method("kill", 2, kill);
    install_build_facts(ctx, process);
    super::process_usage::install(ctx, process);
    crate::realm::define_global(ctx, "process", Value::object(process));
    // node's `global`: the global object itself, an ordinary (enumerable) property of it.
    let global = ctx.realm.global;
    let key = ctx.key("global");
    crate::object::ops::define_fresh(ctx, global, key, Value::object(global), crate::object::Attributes::DEFAULT);
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
    // process.argv0: the program's argv[0] as it was started (node's is how node was named).
    let argv0 = crate::string::from_str(ctx, &std::env::args().next().unwrap_or_default());
    let key = ctx.key("argv0");
    let _ = ops::set(ctx, process, key, Value::string(argv0), Value::object(process));
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

/// `process.arch`, `process.release` and `process.features` (enumerable, read-only, as node's).
fn install_build_facts(ctx: &mut Context, process: Gc<JsObject>) {
    let arch = match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        "x86" => "ia32",
        "powerpc64" => "ppc64",
        other => other,
    };
    let arch = crate::string::from_str(ctx, arch);
    // The release kiln reports is the node release whose behaviour it follows.
    let release = ctx.new_object();
    let tarball = format!("https://nodejs.org/download/release/{NODE_VERSION}/node-{NODE_VERSION}");
    for (name, text) in [("name", "node".to_string()), ("lts", "Iron".to_string()), ("sourceUrl", format!("{tarball}.tar.gz")), ("headersUrl", format!("{tarball}-headers.tar.gz"))] {
        let value = crate::string::from_str(ctx, &text);
        ObjectBuilder::new(ctx, release).property(name, Value::string(value), Attributes::DEFAULT);
    }
    // What this runtime has: no inspector, no TLS, no libuv (the loop is kiln's own).
    let features = ctx.new_object();
    for (name, present) in [("inspector", false), ("debug", false), ("uv", false), ("ipv6", false), ("tls_alpn", false), ("tls_sni", false), ("tls_ocsp", false), ("tls", false), ("cached_builtins", true), ("require_module", false)] {
        ObjectBuilder::new(ctx, features).property(name, Value::from(present), Attributes::DEFAULT);
    }
    let read_only_enumerable = Attributes::data(false, true, true);
    // SAFETY: getppid cannot fail.
    let parent = unsafe { libc::getppid() };
    ObjectBuilder::new(ctx, process)
        .property("pid", Value::number(f64::from(std::process::id())), read_only_enumerable)
        .property("ppid", Value::number(f64::from(parent)), Attributes::DEFAULT)
        .property("arch", Value::string(arch), read_only_enumerable)
        .property("release", Value::object(release), read_only_enumerable)
        .property("features", Value::object(features), Attributes::data(false, true, false));
}

/// process.umask([mask]): the file mode creation mask; with a mask (a uint32 or an octal
/// string), sets it and returns the old one.
fn umask(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if call.args.is_empty() || call.arg(0).is_undefined() {
        // SAFETY: umask only swaps the process's mask; it is put back at once.
        let old = unsafe {
            let old = libc::umask(0);
            libc::umask(old);
            old
        };
        return Ok(Value::number(f64::from(old)));
    }
    let mask = parse_file_mode(ctx, call.arg(0), "mask")?;
    // SAFETY: umask cannot fail.
    let old = unsafe { libc::umask(mask as libc::mode_t) };
    Ok(Value::number(f64::from(old)))
}

/// node's `parseFileMode`: an octal string or a uint32 number.
fn parse_file_mode(ctx: &mut Context, value: Value, name: &str) -> JsResult<u32> {
    let value = if value.is_null() { Value::UNDEFINED } else { value };
    if let Some(string) = value.as_string() {
        let text = string.get().to_rust_string();
        if text.is_empty() || !text.bytes().all(|byte| (b'0'..=b'7').contains(&byte)) {
            let inspected = super::inspect::inspect(ctx, value)?;
            let message = format!("The argument '{name}' must be a 32-bit unsigned integer or an octal string. Received {inspected}");
            return super::errors::throw_node_error(ctx, ErrorKind::TypeError, "ERR_INVALID_ARG_VALUE", &message);
        }
        return Ok(u32::from_str_radix(&text, 8).unwrap_or(u32::MAX));
    }
    let Some(number) = value.as_number() else {
        return super::errors::throw_invalid_arg_type(ctx, name, "of type number", value);
    };
    if number.fract() != 0.0 || !number.is_finite() {
        let text = crate::value::number::to_rust_string(number);
        let message = format!("The value of \"{name}\" is out of range. It must be an integer. Received {text}");
        return super::errors::throw_node_error(ctx, ErrorKind::RangeError, "ERR_OUT_OF_RANGE", &message);
    }
    if !(0.0..=4294967295.0).contains(&number) {
        let text = crate::value::number::to_rust_string(number);
        let message = format!("The value of \"{name}\" is out of range. It must be >= 0 && <= 4294967295. Received {text}");
        return super::errors::throw_node_error(ctx, ErrorKind::RangeError, "ERR_OUT_OF_RANGE", &message);
    }
    Ok(number as u32)
}

/// process.getuid().
fn getuid(_ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    // SAFETY: getuid cannot fail.
    Ok(Value::number(f64::from(unsafe { libc::getuid() })))
}

/// process.geteuid().
fn geteuid(_ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    // SAFETY: geteuid cannot fail.
    Ok(Value::number(f64::from(unsafe { libc::geteuid() })))
}

/// process.getgid().
fn getgid(_ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    // SAFETY: getgid cannot fail.
    Ok(Value::number(f64::from(unsafe { libc::getgid() })))
}

/// process.getegid().
fn getegid(_ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    // SAFETY: getegid cannot fail.
    Ok(Value::number(f64::from(unsafe { libc::getegid() })))
}

/// Linux's signals by name, in node's order (`os.constants.signals`).
pub const SIGNALS: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
];

/// The number of the signal called `name`.
pub fn signal_number(name: &str) -> Option<i32> {
    SIGNALS.iter().find(|(signal, _)| *signal == name).map(|(_, number)| *number)
}

/// The name of signal `number` (the first of its aliases).
pub fn signal_name(number: i32) -> Option<&'static str> {
    SIGNALS.iter().find(|(_, signal)| *signal == number).map(|(name, _)| *name)
}

/// libuv's name for an errno value (what node puts in `code`).
fn errno_code(errno: i32) -> &'static str {
    match errno {
        libc::ESRCH => "ESRCH",
        libc::EPERM => "EPERM",
        libc::EINVAL => "EINVAL",
        _ => "EIO",
    }
}

/// node's `ErrnoException(-errno, syscall)`: `Error: <syscall> <CODE>` with errno (negative,
/// as libuv reports it), code and syscall.
pub fn throw_errno_exception<T>(ctx: &mut Context, errno: i32, syscall: &str) -> JsResult<T> {
    let code = errno_code(errno);
    let error = crate::error::new_error(ctx, ErrorKind::Error, &format!("{syscall} {code}"));
    let code = crate::string::from_str(ctx, code);
    let syscall = crate::string::from_str(ctx, syscall);
    ObjectBuilder::new(ctx, error)
        .property("errno", Value::number(-f64::from(errno)), Attributes::DEFAULT)
        .property("code", Value::string(code), Attributes::DEFAULT)
        .property("syscall", Value::string(syscall), Attributes::DEFAULT);
    crate::error::ThrowExt::throw_value(ctx, Value::object(error))
}

/// process.kill(pid[, signal]): sends a signal (a name or a number; SIGTERM when absent; 0
/// only checks that the process exists). True, or node's errors.
fn kill(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let pid = call.arg(0);
    // `pid != (pid | 0)`: any value that is not an int32 after loose comparison.
    let pid_number = match pid.as_number() {
        Some(number) if number.fract() == 0.0 && (f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(&number) => number as i32,
        _ => {
            let as_int = conv::to_int32(ctx, pid)?;
            if !crate::value::ops::loosely_equal(ctx, pid, Value::number(f64::from(as_int)))? {
                return super::errors::throw_invalid_arg_type(ctx, "pid", "of type number", pid);
            }
            as_int
        }
    };
    let signal = call.arg(1);
    let signal_number = match signal.as_number() {
        Some(number) if number.fract() == 0.0 && (f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(&number) => number as i32,
        _ => {
            let truthy = conv::to_boolean(signal);
            let name = if truthy { conv::to_string(ctx, signal)?.get().to_rust_string() } else { "SIGTERM".to_string() };
            match signal_number(&name) {
                Some(number) => number,
                None => {
                    let message = format!("Unknown signal: {name}");
                    return super::errors::throw_node_error(ctx, ErrorKind::TypeError, "ERR_UNKNOWN_SIGNAL", &message);
                }
            }
        }
    };
    // Standard output written so far goes out before a signal may end this process.
    ctx.output.flush();
    // SAFETY: kill takes any pid and signal number and reports errors through errno.
    if unsafe { libc::kill(pid_number, signal_number) } != 0 {
        let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL);
        return throw_errno_exception(ctx, errno, "kill");
    }
    Ok(Value::TRUE)
}
