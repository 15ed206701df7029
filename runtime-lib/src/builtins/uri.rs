//! The URI handling functions of the global object (§19.2.6): encodeURI, encodeURIComponent,
//! decodeURI, decodeURIComponent, and Annex B's escape and unescape (§B.2.1). Malformed input
//! throws `URIError: URI malformed`, as V8 does.

use crate::context::Context;
use crate::error::{ErrorKind, JsResult, ThrowExt};
use crate::object::function::{NativeCall, NativeFn};
use crate::string::StringBuilder;
use crate::value::{conv, Value};

/// Installs the six global functions.
pub fn init(ctx: &mut Context) {
    let global = ctx.realm.global;
    let functions: [(&str, u32, NativeFn); 6] = [
        ("decodeURI", 1, decode_uri),
        ("decodeURIComponent", 1, decode_uri_component),
        ("encodeURI", 1, encode_uri),
        ("encodeURIComponent", 1, encode_uri_component),
        ("escape", 1, escape),
        ("unescape", 1, unescape),
    ];
    super::operations::install_methods(ctx, global, &functions);
}

/// uriUnescaped (§19.2.6.1): letters, digits and `-_.!~*'()`.
fn is_uri_unescaped(unit: u16) -> bool {
    unit < 0x80 && ((unit as u8).is_ascii_alphanumeric() || b"-_.!~*'()".contains(&(unit as u8)))
}

/// uriReserved plus `#` (§19.2.6.2).
const RESERVED_AND_HASH: &[u8] = b";/?:@&=+$,#";

fn malformed<T>(ctx: &mut Context) -> JsResult<T> {
    ctx.throw_error(ErrorKind::UriError, "URI malformed")
}

/// Encode ( string, extraUnescaped ) (§19.2.6.5).
fn encode(ctx: &mut Context, value: Value, extra_unescaped: &[u8]) -> JsResult<Value> {
    let string = conv::to_string(ctx, value)?;
    let view = string.get().view();
    let length = view.len();
    let mut out = StringBuilder::new();
    let mut index = 0;
    while index < length {
        let unit = view.unit(index);
        if is_uri_unescaped(unit) || (unit < 0x80 && extra_unescaped.contains(&(unit as u8))) {
            out.push_unit(unit);
            index += 1;
            continue;
        }
        let (code_point, units) = crate::string::code_point_at(view, index);
        if (0xD800..0xE000).contains(&code_point) {
            return malformed(ctx);
        }
        index += units;
        let Some(character) = char::from_u32(code_point) else { return malformed(ctx) };
        let mut bytes = [0u8; 4];
        for byte in character.encode_utf8(&mut bytes).bytes() {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    Ok(Value::string(out.finish(ctx)?))
}

fn hex_value(unit: u16) -> Option<u8> {
    char::from_u32(unit as u32).and_then(|character| character.to_digit(16)).map(|digit| digit as u8)
}

/// Decode ( string, preserveEscapeSet ) (§19.2.6.6).
fn decode(ctx: &mut Context, value: Value, preserve: &[u8]) -> JsResult<Value> {
    let string = conv::to_string(ctx, value)?;
    let view = string.get().view();
    let length = view.len();
    let byte_at = |index: usize| -> Option<u8> {
        if index + 2 >= length {
            return None;
        }
        if view.unit(index) != b'%' as u16 {
            return None;
        }
        Some(hex_value(view.unit(index + 1))? << 4 | hex_value(view.unit(index + 2))?)
    };
    let mut out = StringBuilder::new();
    let mut index = 0;
    while index < length {
        let unit = view.unit(index);
        if unit != b'%' as u16 {
            out.push_unit(unit);
            index += 1;
            continue;
        }
        let start = index;
        let Some(first) = byte_at(index) else { return malformed(ctx) };
        index += 3;
        if first < 0x80 {
            if preserve.contains(&first) {
                for position in start..index {
                    out.push_unit(view.unit(position));
                }
            } else {
                out.push_unit(first as u16);
            }
            continue;
        }
        let count = first.leading_ones() as usize;
        if count == 1 || count > 4 {
            return malformed(ctx);
        }
        let mut octets = vec![first];
        for _ in 1..count {
            let Some(byte) = byte_at(index) else { return malformed(ctx) };
            if byte & 0xC0 != 0x80 {
                return malformed(ctx);
            }
            octets.push(byte);
            index += 3;
        }
        // Rust's UTF-8 validation rejects overlong forms, surrogates and values past U+10FFFF,
        // exactly the octet sequences the spec calls invalid.
        let Ok(text) = std::str::from_utf8(&octets) else { return malformed(ctx) };
        out.push_str(text);
    }
    Ok(Value::string(out.finish(ctx)?))
}

/// encodeURI ( uri ) (§19.2.6.3).
fn encode_uri(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    encode(ctx, call.arg(0), RESERVED_AND_HASH)
}

/// encodeURIComponent ( uriComponent ) (§19.2.6.4).
fn encode_uri_component(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    encode(ctx, call.arg(0), b"")
}

/// decodeURI ( encodedURI ) (§19.2.6.1).
fn decode_uri(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    decode(ctx, call.arg(0), RESERVED_AND_HASH)
}

/// decodeURIComponent ( encodedURIComponent ) (§19.2.6.2).
fn decode_uri_component(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    decode(ctx, call.arg(0), b"")
}

/// escape ( string ) (§B.2.1.1).
fn escape(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = conv::to_string(ctx, call.arg(0))?;
    let mut out = StringBuilder::new();
    for unit in string.get().units() {
        if unit < 0x80 && ((unit as u8).is_ascii_alphanumeric() || b"@*_+-./".contains(&(unit as u8))) {
            out.push_unit(unit);
        } else if unit < 256 {
            out.push_str(&format!("%{unit:02X}"));
        } else {
            out.push_str(&format!("%u{unit:04X}"));
        }
    }
    Ok(Value::string(out.finish(ctx)?))
}

/// unescape ( string ) (§B.2.1.2).
fn unescape(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = conv::to_string(ctx, call.arg(0))?;
    let view = string.get().view();
    let length = view.len();
    let hex = |start: usize, count: usize| -> Option<u16> {
        if start + count > length {
            return None;
        }
        (start..start + count).try_fold(0u16, |value, position| Some(value << 4 | hex_value(view.unit(position))? as u16))
    };
    let mut out = StringBuilder::new();
    let mut index = 0;
    while index < length {
        let unit = view.unit(index);
        if unit == b'%' as u16 {
            if index + 1 < length && view.unit(index + 1) == b'u' as u16 {
                if let Some(decoded) = hex(index + 2, 4) {
                    out.push_unit(decoded);
                    index += 6;
                    continue;
                }
            } else if let Some(decoded) = hex(index + 1, 2) {
                out.push_unit(decoded);
                index += 3;
                continue;
            }
        }
        out.push_unit(unit);
        index += 1;
    }
    Ok(Value::string(out.finish(ctx)?))
}
