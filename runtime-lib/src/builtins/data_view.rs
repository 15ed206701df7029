//! DataView (§25.3): explicit-endianness reads and writes of the element types at any byte
//! offset of an ArrayBuffer or SharedArrayBuffer, with length-tracking views of resizable
//! buffers. The byte conversions are the typed arrays' (`typed_array::ElementType`).
//! getBigInt64/getBigUint64 return BigInts and their setters convert with ToBigInt.

use super::array_buffer;
use super::builder::{self, ObjectBuilder};
use super::typed_array::ElementType;
use crate::context::Context;
use crate::error::{primitive_text, JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall, NativeFn};
use crate::object::{Attributes, JsObject, ObjectKind, PropertyKey};
use crate::value::{conv, Value};

/// A DataView's internal slots: [[ViewedArrayBuffer]], [[ByteOffset]] and [[ByteLength]].
pub struct DataViewData {
    /// [[ViewedArrayBuffer]].
    pub buffer: Gc<JsObject>,
    /// [[ByteOffset]].
    pub byte_offset: usize,
    /// [[ByteLength]]; None for a length-tracking view of a resizable buffer (AUTO).
    pub byte_length: Option<usize>,
}

impl DataViewData {
    /// GetViewByteLength when the view is in bounds (IsViewOutOfBounds is false, §25.3.1.3),
    /// None when it is out of bounds or its buffer is detached.
    pub fn byte_length_in_bounds(&self) -> Option<usize> {
        let buffer = array_buffer::buffer_data(self.buffer)?;
        if buffer.is_detached() {
            return None;
        }
        let buffer_length = buffer.byte_length();
        match self.byte_length {
            Some(length) => (self.byte_offset + length <= buffer_length).then_some(length),
            None => buffer_length.checked_sub(self.byte_offset),
        }
    }
}

/// The DataView data of `object`, if it is one.
pub fn data_view_data<'a>(object: Gc<JsObject>) -> Option<&'a DataViewData> {
    match object.get().kind() {
        ObjectKind::DataView(data) => Some(data),
        _ => None,
    }
}

/// The get/set method pairs, by element type.
const ACCESSORS: [(&str, &str, NativeFn, NativeFn); 10] = [
    ("getInt8", "setInt8", get::<0>, set::<0>),
    ("getUint8", "setUint8", get::<1>, set::<1>),
    ("getInt16", "setInt16", get::<3>, set::<3>),
    ("getUint16", "setUint16", get::<4>, set::<4>),
    ("getInt32", "setInt32", get::<5>, set::<5>),
    ("getUint32", "setUint32", get::<6>, set::<6>),
    ("getFloat32", "setFloat32", get::<7>, set::<7>),
    ("getFloat64", "setFloat64", get::<8>, set::<8>),
    ("getBigInt64", "setBigInt64", get::<9>, set::<9>),
    ("getBigUint64", "setBigUint64", get::<10>, set::<10>),
];

/// Installs DataView.
pub fn init(ctx: &mut Context) {
    let object_prototype = ctx.realm.object_prototype;
    let prototype = ctx.new_object_with_prototype(Some(object_prototype));
    ctx.realm.data_view_prototype = prototype;
    builder::constructor(ctx, "DataView", 1, constructor, prototype);
    let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);
    let tag = ctx.intern_str("DataView");
    let mut builder = ObjectBuilder::new(ctx, prototype);
    builder
        .accessor("buffer", Some(get_buffer), None)
        .accessor("byteLength", Some(get_byte_length), None)
        .accessor("byteOffset", Some(get_byte_offset), None);
    for (getter, setter, get, set) in ACCESSORS {
        builder.method(getter, 1, get).method(setter, 2, set);
    }
    builder.define(tag_key, Value::string(tag), Attributes::READONLY_HIDDEN);
}

/// DataView ( buffer [ , byteOffset [ , byteLength ] ] ) (§25.3.2.1).
fn constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    // Step 1.
    if !call.is_construct() {
        return ctx.throw_type_error("Constructor DataView requires 'new'");
    }
    // Step 2.
    let Some(buffer) = call.arg(0).as_object().filter(|&object| array_buffer::buffer_data(object).is_some()) else {
        return ctx.throw_type_error("First argument to DataView constructor must be an ArrayBuffer");
    };
    // Step 3.
    let offset = array_buffer::to_index_with(ctx, call.arg(1), |ctx, value| {
        format!("Start offset {} is outside the bounds of the buffer", primitive_text(ctx, value))
    })?;
    // Steps 4-7.
    let buffer_length = check_offset(ctx, buffer, offset)?;
    let resizable = array_buffer::buffer_data(buffer).is_some_and(|data| data.is_resizable());
    // Steps 8-9.
    let view_length = call.arg(2);
    let byte_length = if view_length.is_undefined() {
        (!resizable).then_some(buffer_length - offset)
    } else {
        let length = array_buffer::to_index_with(ctx, view_length, |ctx, value| format!("Invalid DataView length {}", primitive_text(ctx, value)))?;
        check_length(ctx, offset, length, buffer_length)?;
        Some(length)
    };
    // Step 10: the prototype lookup may run JS (and resize or detach the buffer).
    let default = ctx.realm.data_view_prototype;
    let prototype = function::prototype_from_constructor(ctx, call.new_target, default)?;
    // Steps 11-14.
    let buffer_length = check_offset(ctx, buffer, offset)?;
    if !view_length.is_undefined() {
        check_length(ctx, offset, byte_length.unwrap_or(0), buffer_length)?;
    }
    let data = DataViewData { buffer, byte_offset: offset as usize, byte_length: byte_length.map(|length| length as usize) };
    let shape = ctx.root_shape;
    Ok(Value::object(ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::DataView(data)))))
}

/// The detached and offset checks of the DataView constructor: the buffer's byte length.
fn check_offset(ctx: &mut Context, buffer: Gc<JsObject>, offset: u64) -> JsResult<u64> {
    let data = array_buffer::buffer_data(buffer).expect("checked to be a buffer");
    if data.is_detached() {
        return ctx.throw_type_error("Cannot perform DataView constructor on a detached ArrayBuffer");
    }
    let buffer_length = data.byte_length() as u64;
    if offset > buffer_length {
        return ctx.throw_range_error(&format!("Start offset {offset} is outside the bounds of the buffer"));
    }
    Ok(buffer_length)
}

fn check_length(ctx: &mut Context, offset: u64, length: u64, buffer_length: u64) -> JsResult<()> {
    if offset + length > buffer_length {
        return ctx.throw_range_error(&format!("Invalid DataView length {length}"));
    }
    Ok(())
}

/// V8 names the receiver of a DataView method "undefined" whatever it is.
fn this_view(ctx: &mut Context, this: Value, method: &str) -> JsResult<Gc<JsObject>> {
    match this.as_object().filter(|&object| data_view_data(object).is_some()) {
        Some(view) => Ok(view),
        None => ctx.throw_type_error(&format!("Method {method} called on incompatible receiver undefined")),
    }
}

fn view_data<'a>(view: Gc<JsObject>) -> &'a DataViewData {
    data_view_data(view).expect("checked to be a DataView")
}

/// get DataView.prototype.buffer (§25.3.4.1).
fn get_buffer(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let view = this_view(ctx, call.this, "get DataView.prototype.buffer")?;
    Ok(Value::object(view_data(view).buffer))
}

/// get DataView.prototype.byteLength (§25.3.4.2).
fn get_byte_length(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let view = this_view(ctx, call.this, "get DataView.prototype.byte_length")?;
    match view_data(view).byte_length_in_bounds() {
        Some(length) => Ok(Value::number(length as f64)),
        None => ctx.throw_type_error("Cannot perform DataView.prototype.byteLength on a detached ArrayBuffer"),
    }
}

/// get DataView.prototype.byteOffset (§25.3.4.3).
fn get_byte_offset(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let view = this_view(ctx, call.this, "get DataView.prototype.byte_offset")?;
    let data = view_data(view);
    match data.byte_length_in_bounds() {
        Some(_) => Ok(Value::number(data.byte_offset as f64)),
        None => ctx.throw_type_error("Cannot perform DataView.prototype.byteOffset on a detached ArrayBuffer"),
    }
}

/// The byte position of an access of `size` bytes at `index`, after the detached and range
/// checks of GetViewValue/SetViewValue (§25.3.1.5 steps 6-10).
fn access_position(ctx: &mut Context, view: Gc<JsObject>, index: u64, size: usize, method: &str) -> JsResult<usize> {
    let data = view_data(view);
    let Some(view_size) = data.byte_length_in_bounds() else {
        return ctx.throw_type_error(&format!("Cannot perform {method} on a detached ArrayBuffer"));
    };
    if index + size as u64 > view_size as u64 {
        return ctx.throw_range_error("Offset is outside the bounds of the DataView");
    }
    Ok(data.byte_offset + index as usize)
}

fn method_name(getter: bool, element: ElementType) -> String {
    let type_name = element.name().trim_end_matches("Array");
    format!("DataView.prototype.{}{type_name}", if getter { "get" } else { "set" })
}

/// DataView.prototype.getInt8 … getFloat64 (one body for every type: ten copies of it
/// would weigh ~10 KiB in every binary).
fn get<const TYPE: u8>(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    get_view_value(ctx, call, ElementType::from_index(TYPE))
}

/// DataView.prototype.setInt8 … setFloat64 (see `get`).
fn set<const TYPE: u8>(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    set_view_value(ctx, call, ElementType::from_index(TYPE))
}

/// GetViewValue (§25.3.1.5).
#[inline(never)]
fn get_view_value(ctx: &mut Context, call: &NativeCall, element: ElementType) -> JsResult<Value> {
    let method = method_name(true, element);
    let view = this_view(ctx, call.this, &method)?;
    let index = array_buffer::to_index(ctx, call.arg(0), "Offset is outside the bounds of the DataView")?;
    let little_endian = conv::to_boolean(call.arg(1));
    let size = element.size();
    let position = access_position(ctx, view, index, size, &method)?;
    let buffer = array_buffer::buffer_data(view_data(view).buffer).expect("checked in bounds");
    let raw = super::typed_array::load_raw(&buffer.bytes()[position..position + size], little_endian);
    Ok(element.to_value(ctx, raw))
}

/// SetViewValue (§25.3.1.6).
#[inline(never)]
fn set_view_value(ctx: &mut Context, call: &NativeCall, element: ElementType) -> JsResult<Value> {
    let method = method_name(false, element);
    let view = this_view(ctx, call.this, &method)?;
    let index = array_buffer::to_index(ctx, call.arg(0), "Offset is outside the bounds of the DataView")?;
    let raw = element.to_raw_js(ctx, call.arg(1))?;
    let little_endian = conv::to_boolean(call.arg(2));
    let size = element.size();
    let position = access_position(ctx, view, index, size, &method)?;
    if let Some(buffer) = array_buffer::buffer_data_mut(view_data(view).buffer) {
        super::typed_array::store_raw(&mut buffer.bytes_mut()[position..position + size], raw, little_endian);
    }
    Ok(Value::UNDEFINED)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn method_names_follow_the_type() {
        assert_eq!(method_name(true, ElementType::Float32), "DataView.prototype.getFloat32");
        assert_eq!(method_name(false, ElementType::Uint8), "DataView.prototype.setUint8");
    }

    #[test]
    fn views_of_resizable_buffers_track_and_go_out_of_bounds() {
        let mut ctx = Context::new_for_tests();
        let prototype = ctx.realm.array_buffer_prototype;
        let buffer = array_buffer::allocate(&mut ctx, prototype, 8, Some(16), false).expect("buffer");
        let tracking = DataViewData { buffer, byte_offset: 2, byte_length: None };
        let fixed = DataViewData { buffer, byte_offset: 2, byte_length: Some(4) };
        assert_eq!(tracking.byte_length_in_bounds(), Some(6));
        assert_eq!(fixed.byte_length_in_bounds(), Some(4));
        if let Some(data) = array_buffer::buffer_data_mut(buffer) {
            assert_eq!(data.bytes_mut().len(), 8);
        }
        array_buffer::detach(buffer);
        assert_eq!(tracking.byte_length_in_bounds(), None);
        assert_eq!(fixed.byte_length_in_bounds(), None);
    }
}
