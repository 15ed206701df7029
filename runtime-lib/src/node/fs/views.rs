//! The bytes of ArrayBufferViews (typed arrays and DataViews) that fs reads into and writes
//! from: the window a view covers in its ArrayBuffer, copied out before a write leaves the JS
//! thread and copied in when a read comes back (the buffer may have been detached or shrunk
//! meanwhile, so every copy checks the bounds again).

use crate::builtins::{array_buffer, data_view, typed_array};
use crate::gc::Gc;
use crate::object::JsObject;
use crate::value::Value;

/// The window of `value` in its buffer: (buffer, byte offset, byte length); None when it is
/// not a typed array or DataView, or is out of bounds or detached.
fn window(value: Value) -> Option<(Gc<JsObject>, usize, usize)> {
    let object = value.as_object()?;
    if let Some(data) = typed_array::typed_array_data(object) {
        let length = data.length_in_bounds()?;
        return Some((data.buffer, data.byte_offset, length * data.element.size()));
    }
    let data = data_view::data_view_data(object)?;
    Some((data.buffer, data.byte_offset, data.byte_length_in_bounds()?))
}

/// True for a typed array or DataView.
pub fn is_view(value: Value) -> bool {
    value.as_object().is_some_and(|object| typed_array::typed_array_data(object).is_some() || data_view::data_view_data(object).is_some())
}

/// A copy of `length` bytes from `offset` within the view (fewer when the view is shorter).
pub fn copy_out(value: Value, offset: usize, length: usize) -> Vec<u8> {
    let Some((buffer, start, size)) = window(value) else { return Vec::new() };
    let Some(data) = array_buffer::buffer_data(buffer) else { return Vec::new() };
    let begin = offset.min(size);
    let end = offset.saturating_add(length).min(size);
    data.bytes().get(start + begin..start + end).map(<[u8]>::to_vec).unwrap_or_default()
}

/// Copies `bytes` into the view at `offset`, as far as the view reaches; returns how many.
pub fn copy_in(value: Value, offset: usize, bytes: &[u8]) -> usize {
    let Some((buffer, start, size)) = window(value) else { return 0 };
    let Some(data) = array_buffer::buffer_data_mut(buffer) else { return 0 };
    let count = bytes.len().min(size.saturating_sub(offset));
    match data.bytes_mut().get_mut(start + offset..start + offset + count) {
        Some(target) => {
            target.copy_from_slice(&bytes[..count]);
            count
        }
        None => 0,
    }
}
