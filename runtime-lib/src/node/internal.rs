//! The `internal:` bindings that the JavaScript core modules (`runtime-lib/lib/*.js`) build on:
//! `internal:errors` (node's coded errors with exact messages) and `internal:util` (the native
//! `util.inspect` walker and `util.format`). Each is a plain object of natives.

use crate::builtins::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::{ErrorKind, JsResult};
use crate::object::function::NativeCall;
use crate::value::{conv, Value};

/// `require('internal:errors')`.
pub fn errors_binding(ctx: &mut Context) -> JsResult<Value> {
    let binding = ctx.new_object();
    ObjectBuilder::new(ctx, binding)
        .method("invalidArgType", 3, invalid_arg_type)
        .method("nodeError", 3, node_error);
    Ok(Value::object(binding))
}

/// invalidArgType(name, expected, actual): the ERR_INVALID_ARG_TYPE TypeError (not thrown), with
/// node's "Received ..." description of `actual`. `expected` reads like "of type string".
fn invalid_arg_type(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let name = conv::to_string(ctx, call.arg(0))?.get().to_rust_string();
    let expected = conv::to_string(ctx, call.arg(1))?.get().to_rust_string();
    match super::errors::throw_invalid_arg_type::<()>(ctx, &name, &expected, call.arg(2)) {
        Ok(()) => Ok(Value::UNDEFINED),
        Err(_) => Ok(ctx.take_exception()),
    }
}

/// nodeError(kind, code, message): a coded error of `kind` ("Error", "TypeError", "RangeError",
/// "SyntaxError"), not thrown.
fn node_error(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let kind = conv::to_string(ctx, call.arg(0))?.get().to_rust_string();
    let code = conv::to_string(ctx, call.arg(1))?.get().to_rust_string();
    let message = conv::to_string(ctx, call.arg(2))?.get().to_rust_string();
    let kind = match kind.as_str() {
        "TypeError" => ErrorKind::TypeError,
        "RangeError" => ErrorKind::RangeError,
        "SyntaxError" => ErrorKind::SyntaxError,
        _ => ErrorKind::Error,
    };
    Ok(Value::object(super::errors::node_error(ctx, kind, &code, &message)))
}

/// `require('internal:util')`.
pub fn util_binding(ctx: &mut Context) -> JsResult<Value> {
    let binding = ctx.new_object();
    ObjectBuilder::new(ctx, binding)
        .method("inspect", 1, super::inspect::inspect_native)
        .method("format", 0, format);
    Ok(Value::object(binding))
}

/// format(...args): `util.format`.
fn format(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let text = super::inspect::format_args(ctx, call.args)?;
    Ok(Value::string(crate::string::from_str(ctx, &text)))
}
