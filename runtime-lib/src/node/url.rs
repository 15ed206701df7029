//! `internal:url`, the native pieces the JavaScript web APIs need beyond the language: the
//! WHATWG URL parser itself is JavaScript (`runtime-lib/lib/internal/url_parser.js`). Today it
//! holds DetachArrayBuffer, which `structuredClone`'s `transfer` option needs
//! (`runtime-lib/lib/internal/structured_clone.js`) and no script can do.

use crate::builtins::array_buffer;
use crate::builtins::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::JsResult;
use crate::object::function::NativeCall;
use crate::value::Value;

/// `require('internal:url')`.
pub fn binding(ctx: &mut Context) -> JsResult<Value> {
    let binding = ctx.new_object();
    ObjectBuilder::new(ctx, binding).method("detachArrayBuffer", 1, detach_array_buffer);
    Ok(Value::object(binding))
}

/// `detachArrayBuffer(buffer)`: DetachArrayBuffer (ECMA-262 §25.1.3.5) of a non-shared
/// ArrayBuffer; true when `buffer` is one (detached now or before), false for anything else.
fn detach_array_buffer(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(object) = call.arg(0).as_object() else { return Ok(Value::boolean(false)) };
    let Some(data) = array_buffer::buffer_data(object) else { return Ok(Value::boolean(false)) };
    if data.is_shared() {
        return Ok(Value::boolean(false));
    }
    array_buffer::detach(object);
    Ok(Value::boolean(true))
}
