//! `internal:blob`, the native piece of `Blob` object URLs (`runtime-lib/lib/internal/blob.js`
//! and `internal/blob_url_store.js` build the API): the random version 4 UUIDs that name the
//! `blob:nodedata:` URLs, drawn from `getrandom(2)` as node draws them from its CSPRNG.

use crate::builtins::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::{ErrorKind, JsResult, ThrowExt};
use crate::object::function::NativeCall;
use crate::value::Value;

/// `require('internal:blob')`: `randomUUID()`.
pub fn binding(ctx: &mut Context) -> JsResult<Value> {
    let binding = ctx.new_object();
    ObjectBuilder::new(ctx, binding).method("randomUUID", 0, random_uuid);
    Ok(Value::object(binding))
}

/// randomUUID(): a random RFC 4122 version 4 UUID in lower-case hexadecimal.
fn random_uuid(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    let mut bytes = [0u8; 16];
    if let Err(error) = super::crypto::fill_random(&mut bytes) {
        return ctx.throw_error(ErrorKind::Error, &format!("getrandom failed: {error}"));
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let mut text = String::with_capacity(36);
    for (index, byte) in bytes.iter().enumerate() {
        if matches!(index, 4 | 6 | 8 | 10) {
            text.push('-');
        }
        text.push_str(&format!("{byte:02x}"));
    }
    Ok(Value::string(crate::string::from_str(ctx, &text)))
}
