//! `console`: log/info/debug to stdout, error/warn to stderr, formatted with `util.format`
//! semantics by the inspect walker. The other methods (group, time, count, table, trace,
//! `Console`…) come from the JavaScript core module `internal/console` (runtime-lib/lib),
//! which a program gets when it names one of them.

use super::inspect::format_args;
use crate::builtins::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::JsResult;
use crate::object::function::NativeCall;
use crate::value::Value;

/// Installs the global `console`.
pub fn init(ctx: &mut Context) {
    let console = ctx.new_object();
    ObjectBuilder::new(ctx, console)
        .method("log", 0, log)
        .method("info", 0, log)
        .method("debug", 0, log)
        .method("error", 0, error)
        .method("warn", 0, error);
    crate::realm::define_global(ctx, "console", Value::object(console));
}

/// console.log / info / debug.
fn log(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let mut text = format_args(ctx, call.args)?;
    text.push('\n');
    ctx.output.write_stdout(text.as_bytes());
    Ok(Value::UNDEFINED)
}

/// console.error / warn.
fn error(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let mut text = format_args(ctx, call.args)?;
    text.push('\n');
    ctx.output.write_stderr(text.as_bytes());
    Ok(Value::UNDEFINED)
}
