//! The `internal:buffer` binding: the byte work behind `runtime-lib/lib/buffer.js` (node's
//! `Buffer`), `string_decoder` and `TextDecoder`. Each native takes typed arrays and already
//! validated numbers (the JavaScript side throws node's argument errors) and works on the
//! bytes a view covers in its ArrayBuffer, as node's `src/node_buffer.cc` and
//! `src/string_bytes.cc` do: string writes that stop before a character that does not fit,
//! hex that stops at the first bad pair, node's lenient base64 decoder (fast groups of four,
//! then one character at a time past anything outside the alphabet), searches with node's
//! offset rules, fills that repeat a pattern, and memcmp-style comparisons.
//!
//! Decoding bytes into strings is `node::encoding::decode`.

use super::encoding::{self, Encoding};
use crate::builtins::array_buffer;
use crate::builtins::builder::ObjectBuilder;
use crate::builtins::typed_array;
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::NativeCall;
use crate::object::JsObject;
use crate::string::{JsString, StrView};
use crate::value::{conv, Value};

/// `require('internal:buffer')`.
pub fn binding(ctx: &mut Context) -> JsResult<Value> {
    let binding = ctx.new_object();
    ObjectBuilder::new(ctx, binding)
        .method("byteLengthUtf8", 1, byte_length_utf8)
        .method("write", 5, write)
        .method("slice", 4, slice)
        .method("compare", 2, compare)
        .method("compareOffset", 6, compare_offset)
        .method("copy", 5, copy)
        .method("fill", 5, fill)
        .method("indexOfString", 5, index_of_string)
        .method("indexOfBuffer", 5, index_of_buffer)
        .method("indexOfNumber", 4, index_of_number)
        .method("swap", 2, swap)
        .method("isUtf8", 1, is_utf8)
        .method("isAscii", 1, is_ascii)
        .method("decodeUtf8", 3, decode_utf8);
    Ok(Value::object(binding))
}

// ---------------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------------

/// The window a typed array covers: (ArrayBuffer, byte offset, byte length); an empty window
/// for anything else or a detached buffer.
fn window(value: Value) -> (Option<Gc<JsObject>>, usize, usize) {
    let Some(object) = value.as_object() else { return (None, 0, 0) };
    if let Some(data) = typed_array::typed_array_data(object) {
        let length = data.length_in_bounds().unwrap_or(0);
        return (Some(data.buffer), data.byte_offset, length * data.element.size());
    }
    if let Some(data) = crate::builtins::data_view::data_view_data(object) {
        return (Some(data.buffer), data.byte_offset, data.byte_length_in_bounds().unwrap_or(0));
    }
    (None, 0, 0)
}

/// The bytes of a view (empty for anything else).
fn bytes_of<'a>(value: Value) -> &'a [u8] {
    let (buffer, start, length) = window(value);
    match buffer.and_then(array_buffer::buffer_data) {
        Some(data) if !data.is_detached() => data.bytes().get(start..start + length).unwrap_or(&[]),
        _ => &[],
    }
}

/// The bytes of a view, writable (empty for anything else).
fn bytes_of_mut<'a>(value: Value) -> &'a mut [u8] {
    let (buffer, start, length) = window(value);
    match buffer.and_then(array_buffer::buffer_data_mut) {
        Some(data) if !data.is_detached() => data.bytes_mut().get_mut(start..start + length).unwrap_or(&mut []),
        _ => &mut [],
    }
}

fn string_argument(ctx: &mut Context, value: Value) -> JsResult<Gc<JsString>> {
    match value.as_string() {
        Some(string) => Ok(string),
        None => conv::to_string(ctx, value),
    }
}

fn encoding_argument(ctx: &mut Context, value: Value) -> JsResult<Encoding> {
    if value.is_undefined() {
        return Ok(Encoding::Utf8);
    }
    let name = string_argument(ctx, value)?.get().to_rust_string();
    match Encoding::from_name(&name) {
        Some(encoding) => Ok(encoding),
        None => ctx.throw_type_error(&format!("Unknown encoding: {name}")),
    }
}

/// A non-negative integer argument (already validated by the caller), truncated.
fn index_argument(value: Value) -> usize {
    let number = value.as_number().unwrap_or(0.0);
    if number.is_nan() || number <= 0.0 {
        0
    } else {
        number.min(usize::MAX as f64) as usize
    }
}

// ---------------------------------------------------------------------------------------------
// Strings to bytes
// ---------------------------------------------------------------------------------------------

/// The UTF-8 length of a code unit sequence; lone surrogates count 3 (U+FFFD).
pub fn utf8_length(view: StrView<'_>) -> usize {
    if let StrView::Latin1(bytes) = view {
        // Bytes of 0x80 and up take two: counted 128 at a time in a byte (which vectorizes).
        let high: usize = bytes.chunks(128).map(|chunk| usize::from(chunk.iter().fold(0u8, |count, &byte| count + (byte >> 7)))).sum();
        return bytes.len() + high;
    }
    let length = view.len();
    let mut total = 0;
    let mut index = 0;
    while index < length {
        let unit = view.unit(index);
        index += 1;
        total += match unit {
            0..=0x7f => 1,
            0x80..=0x7ff => 2,
            0xD800..=0xDBFF if index < length && (0xDC00..=0xDFFF).contains(&view.unit(index)) => {
                index += 1;
                4
            }
            _ => 3,
        };
    }
    total
}

/// Writes the UTF-8 of `view` into `target`, stopping before the first character that does
/// not fit whole (V8's `WriteUtf8` with replacement of lone surrogates). Returns the count.
fn write_utf8(view: StrView<'_>, target: &mut [u8]) -> usize {
    let length = view.len();
    let capacity = target.len();
    let mut written = 0;
    let mut index = 0;
    while index < length {
        let unit = view.unit(index) as u32;
        let (code_point, units) = if (0xD800..0xDC00).contains(&unit) && index + 1 < length && (0xDC00..0xE000).contains(&(view.unit(index + 1) as u32)) {
            (0x10000 + ((unit - 0xD800) << 10) + (view.unit(index + 1) as u32 - 0xDC00), 2)
        } else if (0xD800..0xE000).contains(&unit) {
            (0xFFFD, 1)
        } else {
            (unit, 1)
        };
        let ch = char::from_u32(code_point).unwrap_or('\u{FFFD}');
        let size = ch.len_utf8();
        if written + size > capacity {
            break;
        }
        ch.encode_utf8(&mut target[written..written + size]);
        written += size;
        index += units;
    }
    written
}

/// The value of a hex digit (of the unit's low byte, as node reads two-byte strings).
fn hex_value(unit: u16) -> Option<u8> {
    match unit as u8 {
        digit @ b'0'..=b'9' => Some(digit - b'0'),
        digit @ b'a'..=b'f' => Some(digit - b'a' + 10),
        digit @ b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

/// node's `hex_decode`: digit pairs until the target is full or a pair is not hex.
fn write_hex(view: StrView<'_>, target: &mut [u8]) -> usize {
    let mut index = 0;
    while index < target.len() && index * 2 + 1 < view.len() {
        let (Some(high), Some(low)) = (hex_value(view.unit(index * 2)), hex_value(view.unit(index * 2 + 1))) else {
            return index;
        };
        target[index] = high << 4 | low;
        index += 1;
    }
    index
}

/// node's `unbase64`: both alphabets; 255 for anything else (of the unit's low byte).
fn unbase64(unit: u16) -> u8 {
    match unit as u8 {
        byte @ b'A'..=b'Z' => byte - b'A',
        byte @ b'a'..=b'z' => byte - b'a' + 26,
        byte @ b'0'..=b'9' => byte - b'0' + 52,
        b'+' | b'-' => 62,
        b'/' | b'_' => 63,
        _ => 255,
    }
}

/// node's `base64_decoded_size`: the bytes a base64 text of this length decodes to at most.
fn base64_decoded_size(view: StrView<'_>) -> usize {
    let mut size = view.len();
    if size < 2 {
        return 0;
    }
    if view.unit(size - 1) == u16::from(b'=') {
        size -= 1;
        if view.unit(size - 1) == u16::from(b'=') {
            size -= 1;
        }
    }
    let remainder = size % 4;
    let mut bytes = size / 4 * 3;
    if remainder != 0 {
        if !(bytes == 0 && remainder == 1) {
            bytes += 1 + usize::from(remainder == 3);
        }
    }
    bytes
}

/// node's `base64_decode_group_slow`: one group of up to four characters, skipping characters
/// outside the alphabet; false when decoding stops.
fn base64_group_slow(view: StrView<'_>, target: &mut [u8], i: &mut usize, k: &mut usize) -> bool {
    let length = view.len();
    let mut high = 0u8;
    for step in 0..4 {
        let low = loop {
            let unit = view.unit(*i);
            let value = unbase64(unit);
            *i += 1;
            if value < 64 {
                break value;
            }
            if unit as u8 == b'=' || *i >= length {
                return false;
            }
        };
        match step {
            1 => {
                target[*k] = (high & 0x3F) << 2 | (low & 0x30) >> 4;
                *k += 1;
            }
            2 => {
                target[*k] = (high & 0x0F) << 4 | (low & 0x3C) >> 2;
                *k += 1;
            }
            3 => {
                target[*k] = (high & 0x03) << 6 | (low & 0x3F);
                *k += 1;
            }
            _ => {}
        }
        if *i >= length || *k >= target.len() {
            return false;
        }
        high = low;
    }
    true
}

/// node's `base64_decode`: either alphabet, lenient, into at most `target.len()` bytes.
fn write_base64(view: StrView<'_>, target: &mut [u8]) -> usize {
    let length = view.len();
    let decoded_size = base64_decoded_size(view);
    let available = target.len().min(decoded_size);
    let max_k = available / 3 * 3;
    let mut max_i = length / 4 * 4;
    let (mut i, mut k) = (0, 0);
    while i < max_i && k < max_k {
        let group = [unbase64(view.unit(i)), unbase64(view.unit(i + 1)), unbase64(view.unit(i + 2)), unbase64(view.unit(i + 3))];
        if group.iter().any(|&value| value >= 64) {
            if !base64_group_slow(view, target, &mut i, &mut k) {
                return k;
            }
            max_i = i + (length - i) / 4 * 4;
        } else {
            target[k] = group[0] << 2 | group[1] >> 4;
            target[k + 1] = (group[1] & 0x0F) << 4 | group[2] >> 2;
            target[k + 2] = (group[2] & 0x03) << 6 | group[3];
            i += 4;
            k += 3;
        }
    }
    if i < length && k < target.len() {
        base64_group_slow(view, target, &mut i, &mut k);
    }
    k
}

/// node's `StringBytes::Write`: `string` in `encoding` into `target`, as much as fits (whole
/// characters for UTF-8 and UTF-16). Returns the bytes written.
pub fn write_string(view: StrView<'_>, encoding: Encoding, target: &mut [u8]) -> usize {
    match encoding {
        Encoding::Utf8 => {
            if let StrView::Latin1(bytes) = view {
                if bytes.is_ascii() {
                    let count = bytes.len().min(target.len());
                    target[..count].copy_from_slice(&bytes[..count]);
                    return count;
                }
            }
            write_utf8(view, target)
        }
        Encoding::Utf16Le => {
            let count = view.len().min(target.len() / 2);
            for index in 0..count {
                let [low, high] = view.unit(index).to_le_bytes();
                target[index * 2] = low;
                target[index * 2 + 1] = high;
            }
            count * 2
        }
        Encoding::Latin1 | Encoding::Ascii => {
            let count = view.len().min(target.len());
            match view {
                StrView::Latin1(bytes) => target[..count].copy_from_slice(&bytes[..count]),
                StrView::Utf16(units) => {
                    for (slot, unit) in target[..count].iter_mut().zip(units) {
                        *slot = *unit as u8;
                    }
                }
            }
            count
        }
        Encoding::Hex => write_hex(view, target),
        Encoding::Base64 | Encoding::Base64Url => write_base64(view, target),
    }
}

/// The whole of `string` in `encoding` as bytes (node's `StringBytes::Write` into a buffer of
/// `StringBytes::Size`).
pub fn encode_string(view: StrView<'_>, encoding: Encoding) -> Vec<u8> {
    let size = match encoding {
        Encoding::Utf8 => utf8_length(view),
        Encoding::Utf16Le => view.len() * 2,
        Encoding::Latin1 | Encoding::Ascii => view.len(),
        Encoding::Hex => view.len() / 2,
        Encoding::Base64 | Encoding::Base64Url => base64_decoded_size(view),
    };
    let mut bytes = vec![0; size];
    let written = write_string(view, encoding, &mut bytes);
    bytes.truncate(written);
    bytes
}

/// byteLengthUtf8(string).
fn byte_length_utf8(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = string_argument(ctx, call.arg(0))?;
    Ok(Value::number(utf8_length(string.get().view()) as f64))
}

/// write(view, string, offset, length, encoding): writes into `view[offset..offset+length]`
/// (clamped to the view) and returns the bytes written. Throws node's ERR_BUFFER_OUT_OF_BOUNDS
/// for an offset past the end.
fn write(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = string_argument(ctx, call.arg(1))?;
    let encoding = encoding_argument(ctx, call.arg(4))?;
    let target = bytes_of_mut(call.arg(0));
    let offset = index_argument(call.arg(2));
    if offset > target.len() {
        return super::errors::throw_node_error(
            ctx,
            crate::error::ErrorKind::RangeError,
            "ERR_BUFFER_OUT_OF_BOUNDS",
            "\"offset\" is outside of buffer bounds",
        );
    }
    let available = target.len() - offset;
    let length = if call.arg(3).is_undefined() { available } else { index_argument(call.arg(3)).min(available) };
    let written = write_string(string.get().view(), encoding, &mut target[offset..offset + length]);
    Ok(Value::number(written as f64))
}

// ---------------------------------------------------------------------------------------------
// Bytes to strings
// ---------------------------------------------------------------------------------------------

/// slice(view, start, end, encoding): `view[start..end]` (clamped) decoded.
fn slice(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let encoding = encoding_argument(ctx, call.arg(3))?;
    let bytes = bytes_of(call.arg(0));
    let end = if call.arg(2).is_undefined() { bytes.len() } else { index_argument(call.arg(2)).min(bytes.len()) };
    let start = index_argument(call.arg(1)).min(end);
    // Decode from a copy: making the string may collect, and the bytes live in a cell.
    let copy = bytes[start..end].to_vec();
    Ok(Value::string(encoding::decode(ctx, &copy, encoding)?))
}

/// decodeUtf8(view, fatal, start): the WHATWG UTF-8 decode of `view[start..]` (U+FFFD per
/// maximal invalid subpart), or null when `fatal` and the bytes are not UTF-8.
fn decode_utf8(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let bytes = bytes_of(call.arg(0));
    let start = index_argument(call.arg(2)).min(bytes.len());
    let copy = bytes[start..].to_vec();
    if conv::to_boolean(call.arg(1)) && std::str::from_utf8(&copy).is_err() {
        return Ok(Value::NULL);
    }
    Ok(Value::string(encoding::decode(ctx, &copy, Encoding::Utf8)?))
}

/// isUtf8(view).
fn is_utf8(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::boolean(std::str::from_utf8(bytes_of(call.arg(0))).is_ok()))
}

/// isAscii(view).
fn is_ascii(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::boolean(bytes_of(call.arg(0)).is_ascii()))
}

// ---------------------------------------------------------------------------------------------
// Comparing and copying
// ---------------------------------------------------------------------------------------------

/// node's `normalizeCompareVal`: the memcmp result, or the length order when equal.
fn compare_bytes(a: &[u8], b: &[u8]) -> i32 {
    match a.cmp(b) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// compare(a, b): -1, 0 or 1.
fn compare(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::number(f64::from(compare_bytes(bytes_of(call.arg(0)), bytes_of(call.arg(1))))))
}

/// compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd): node's
/// `CompareOffset`, with its range errors for starts past the ends.
fn compare_offset(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let source = bytes_of(call.arg(0));
    let target = bytes_of(call.arg(1));
    let target_start = index_argument(call.arg(2));
    let source_start = index_argument(call.arg(3));
    let target_end = index_argument(call.arg(4)).min(target.len());
    let source_end = index_argument(call.arg(5)).min(source.len());
    if source_start > source.len() {
        return out_of_range(ctx, "sourceStart");
    }
    if target_start > target.len() {
        return out_of_range(ctx, "targetStart");
    }
    let source_length = source_end.saturating_sub(source_start);
    let target_length = target_end.saturating_sub(target_start);
    let count = source_length.min(target_length).min(source.len() - source_start);
    let order = if count > 0 { compare_bytes(&source[source_start..source_start + count], &target[target_start..target_start + count]) } else { 0 };
    let order = if order != 0 {
        order
    } else {
        match source_length.cmp(&target_length) {
            std::cmp::Ordering::Greater => 1,
            std::cmp::Ordering::Less => -1,
            std::cmp::Ordering::Equal => 0,
        }
    };
    Ok(Value::number(f64::from(order)))
}

fn out_of_range<T>(ctx: &mut Context, name: &str) -> JsResult<T> {
    let message = format!("The value of \"{name}\" is out of range.");
    super::errors::throw_node_error(ctx, crate::error::ErrorKind::RangeError, "ERR_OUT_OF_RANGE", &message)
}

/// copy(source, target, targetStart, sourceStart, count): copies what fits (overlapping
/// ranges of one buffer as memmove does); returns the bytes copied.
fn copy(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (source_buffer, source_offset, source_length) = window(call.arg(0));
    let (target_buffer, target_offset, target_length) = window(call.arg(1));
    let (Some(source_buffer), Some(target_buffer)) = (source_buffer, target_buffer) else { return Ok(Value::number(0.0)) };
    let target_start = index_argument(call.arg(2));
    let source_start = index_argument(call.arg(3));
    if target_start >= target_length || source_start >= source_length {
        return Ok(Value::number(0.0));
    }
    let count = index_argument(call.arg(4)).min(target_length - target_start).min(source_length - source_start);
    let from = source_offset + source_start;
    let to = target_offset + target_start;
    if source_buffer == target_buffer {
        if let Some(data) = array_buffer::buffer_data_mut(target_buffer) {
            data.bytes_mut().copy_within(from..from + count, to);
        }
    } else if let (Some(source), Some(target)) = (array_buffer::buffer_data(source_buffer), array_buffer::buffer_data_mut(target_buffer)) {
        target.bytes_mut()[to..to + count].copy_from_slice(&source.bytes()[from..from + count]);
    }
    Ok(Value::number(count as f64))
}

/// fill(buffer, value, start, end, encoding): node's `Fill` for a string or view value
/// repeated over `[start, end)`: -1 when the value gives no bytes, -2 for a range outside the
/// buffer, undefined when filled. Other values fill with `ToUint32(value) & 255`.
fn fill(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let start = index_argument(call.arg(2));
    let end = index_argument(call.arg(3));
    let length = bytes_of(call.arg(0)).len();
    if start > end || end > length {
        return Ok(Value::number(-2.0));
    }
    let value = call.arg(1);
    let pattern: Vec<u8> = if let Some(string) = value.as_string() {
        let encoding = encoding_argument(ctx, call.arg(4))?;
        let view = string.get().view();
        match encoding {
            Encoding::Utf8 | Encoding::Utf16Le => encode_string(view, encoding),
            _ => {
                let mut bytes = vec![0; end - start];
                let written = write_string(view, encoding, &mut bytes);
                bytes.truncate(written);
                bytes
            }
        }
    } else if window(value).0.is_some() {
        bytes_of(value).to_vec()
    } else {
        let byte = conv::to_uint32(ctx, value)? as u8;
        bytes_of_mut(call.arg(0))[start..end].fill(byte);
        return Ok(Value::UNDEFINED);
    };
    let target = bytes_of_mut(call.arg(0));
    if start > end || end > target.len() {
        return Ok(Value::number(-2.0));
    }
    if start == end {
        return Ok(Value::UNDEFINED);
    }
    if pattern.is_empty() {
        return Ok(Value::number(-1.0));
    }
    for (slot, byte) in target[start..end].iter_mut().zip(pattern.iter().cycle()) {
        *slot = *byte;
    }
    Ok(Value::UNDEFINED)
}

/// swap(buffer, size): reverses the bytes of each `size`-byte group (the caller checked the
/// length is a multiple).
fn swap(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let size = index_argument(call.arg(1)).max(1);
    for group in bytes_of_mut(call.arg(0)).chunks_exact_mut(size) {
        group.reverse();
    }
    Ok(call.arg(0))
}

// ---------------------------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------------------------

/// node's `IndexOfOffset`: where a search of `needle_length` starts, or -1 for none.
fn index_of_offset(length: usize, offset: i64, needle_length: usize, forward: bool) -> i64 {
    let length = length as i64;
    let needle_length = needle_length as i64;
    if offset < 0 {
        if offset + length >= 0 {
            length + offset
        } else if forward || needle_length == 0 {
            0
        } else {
            -1
        }
    } else if offset + needle_length <= length {
        offset
    } else if needle_length == 0 {
        length
    } else if forward {
        -1
    } else {
        length - 1
    }
}

/// The search offset argument, truncated as V8's `Integer::Value` does.
fn offset_argument(value: Value) -> i64 {
    let number = value.as_number().unwrap_or(0.0);
    if number.is_nan() {
        0
    } else {
        number as i64
    }
}

/// The first (forward) or last (backward) position of `needle` in `haystack` starting at or
/// after (before) `offset`.
fn search<T: PartialEq>(haystack: &[T], needle: &[T], offset: usize, forward: bool) -> Option<usize> {
    if needle.len() > haystack.len() {
        return None;
    }
    let last_start = haystack.len() - needle.len();
    if forward {
        (offset..=last_start).find(|&start| haystack[start..start + needle.len()] == *needle)
    } else {
        (0..=offset.min(last_start)).rev().find(|&start| haystack[start..start + needle.len()] == *needle)
    }
}

/// The shared steps of `IndexOfString` and `IndexOfBuffer` once the needle's bytes are known.
fn index_of_bytes(haystack: &[u8], needle: &[u8], offset: i64, utf16: bool, forward: bool) -> f64 {
    let start = index_of_offset(haystack.len(), offset, needle.len(), forward);
    if needle.is_empty() {
        return start as f64;
    }
    if haystack.is_empty() || start <= -1 {
        return -1.0;
    }
    let start = start as usize;
    if (forward && needle.len() + start > haystack.len()) || needle.len() > haystack.len() {
        return -1.0;
    }
    let found = if utf16 {
        if haystack.len() < 2 || needle.len() < 2 {
            return -1.0;
        }
        let units = |bytes: &[u8]| bytes.chunks_exact(2).map(|pair| u16::from_le_bytes([pair[0], pair[1]])).collect::<Vec<u16>>();
        search(&units(haystack), &units(needle), start / 2, forward).map(|position| position * 2)
    } else {
        search(haystack, needle, start, forward)
    };
    found.map_or(-1.0, |position| position as f64)
}

/// indexOfString(buffer, string, byteOffset, encoding, forward): UTF-8, UTF-16 (aligned) or
/// Latin-1 searches of a string.
fn index_of_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = string_argument(ctx, call.arg(1))?;
    let encoding = encoding_argument(ctx, call.arg(3))?;
    let forward = conv::to_boolean(call.arg(4));
    let view = string.get().view();
    let (needle, utf16) = match encoding {
        Encoding::Utf16Le => (encode_string(view, Encoding::Utf16Le), true),
        Encoding::Latin1 | Encoding::Ascii => (encode_string(view, Encoding::Latin1), false),
        _ => (encode_string(view, Encoding::Utf8), false),
    };
    let haystack = bytes_of(call.arg(0));
    Ok(Value::number(index_of_bytes(haystack, &needle, offset_argument(call.arg(2)), utf16, forward)))
}

/// indexOfBuffer(buffer, needle, byteOffset, encoding, forward).
fn index_of_buffer(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let encoding = encoding_argument(ctx, call.arg(3))?;
    let forward = conv::to_boolean(call.arg(4));
    let needle = bytes_of(call.arg(1)).to_vec();
    let haystack = bytes_of(call.arg(0));
    Ok(Value::number(index_of_bytes(haystack, &needle, offset_argument(call.arg(2)), encoding == Encoding::Utf16Le, forward)))
}

/// indexOfNumber(buffer, byte, byteOffset, forward).
fn index_of_number(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let byte = conv::to_uint32(ctx, call.arg(1))? as u8;
    let forward = conv::to_boolean(call.arg(3));
    let haystack = bytes_of(call.arg(0));
    let start = index_of_offset(haystack.len(), offset_argument(call.arg(2)), 1, forward);
    if start <= -1 || haystack.is_empty() {
        return Ok(Value::number(-1.0));
    }
    let start = start as usize;
    let found = if forward { haystack[start..].iter().position(|&b| b == byte).map(|position| position + start) } else { haystack[..=start].iter().rposition(|&b| b == byte) };
    Ok(Value::number(found.map_or(-1.0, |position| position as f64)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(text: &str) -> Vec<u16> {
        text.encode_utf16().collect()
    }

    #[test]
    fn base64_follows_node_decoder() {
        let decode = |text: &str, capacity: usize| {
            let text = units(text);
            let mut out = vec![0; capacity];
            let count = write_base64(StrView::Utf16(&text), &mut out);
            out.truncate(count);
            out
        };
        assert_eq!(decode("QUJD", 3), b"ABC".to_vec());
        assert_eq!(decode("QQ=QQ", 3), vec![0x41]);
        assert_eq!(decode("QU JD", 3), b"ABC".to_vec());
        assert_eq!(decode("QUJDRA", 4), b"ABCD".to_vec());
        assert_eq!(decode("Q", 1), Vec::<u8>::new());
    }

    #[test]
    fn utf8_writes_stop_before_a_split_character() {
        let text = units("a\u{e9}\u{1F600}");
        let mut out = [0u8; 4];
        assert_eq!(write_utf8(StrView::Utf16(&text), &mut out), 3);
        let lone = [0xD800u16, 0x41];
        let mut out = [0u8; 8];
        assert_eq!(write_utf8(StrView::Utf16(&lone), &mut out), 4);
        assert_eq!(&out[..4], &[0xEF, 0xBF, 0xBD, 0x41]);
        assert_eq!(utf8_length(StrView::Utf16(&text)), 7);
    }

    #[test]
    fn search_offsets_follow_node() {
        assert_eq!(index_of_offset(10, -3, 1, true), 7);
        assert_eq!(index_of_offset(10, -30, 1, false), -1);
        assert_eq!(index_of_offset(10, 20, 0, true), 10);
        assert_eq!(index_of_offset(10, 20, 2, false), 9);
        assert_eq!(index_of_bytes(b"abcabc", b"bc", 2, false, true), 4.0);
        assert_eq!(index_of_bytes(b"abcabc", b"bc", 3, false, false), 1.0);
    }
}
