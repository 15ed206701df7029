//! The %TypedArray%.prototype accessors and methods (§23.2.3), shared by all nine typed array
//! types. Each method validates its receiver as the spec says (ValidateTypedArray), with V8's
//! two wordings for a receiver that is not a typed array ("this is not a typed array." or
//! "Method … called on incompatible receiver …") and its "Cannot perform … on a detached
//! ArrayBuffer" for detached and out-of-bounds views.
//!
//! Elements are read and written through `TypedArrayData::read`/`write` (bytes of the viewed
//! buffer); reads after user code has run go through the same checks, so a callback that
//! shrinks the buffer sees `undefined` rather than stale bytes. Lists of elements are kept as
//! their raw bits (`Vec<u64>`), which need no rooting even for BigInt64Array and
//! BigUint64Array, whose element values are BigInt cells made on each read.

use super::array_buffer;
use super::operations::{relative_argument, require_callable};
use super::typed_array::{
    allocate_intrinsic, copy_elements, species_create, species_create_view, typed_array_data, ElementType, TypedArrayData,
};
use crate::context::Context;
use crate::error::{describe_value, JsResult, ThrowExt};
use crate::gc::Gc;
use crate::iteration::{create_array_iterator, ArrayIterationKind};
use crate::object::function::{self, NativeCall, NativeFn};
use crate::object::{ops, Attributes, JsObject, PropertyKey};
use crate::string::StringBuilder;
use crate::value::{conv, Value};
use std::cmp::Ordering;

/// Installs the %TypedArray%.prototype accessors and methods (in V8's property order).
pub fn init(ctx: &mut Context) {
    let prototype = ctx.realm.typed_array_prototype;
    // %TypedArray%.prototype.toString is %Array.prototype.toString% (§23.2.3.34).
    let array_prototype = ctx.realm.array_prototype;
    let array_to_string = super::iterator::method_of(ctx, array_prototype, "toString");
    let to_string_key = ctx.key("toString");
    let methods: [(&str, u32, NativeFn); 27] = [
        ("entries", 0, entries),
        ("keys", 0, keys),
        ("values", 0, values),
        ("at", 1, at),
        ("copyWithin", 2, copy_within),
        ("every", 1, every),
        ("fill", 1, fill),
        ("filter", 1, filter),
        ("find", 1, find),
        ("findIndex", 1, find_index),
        ("findLast", 1, find_last),
        ("findLastIndex", 1, find_last_index),
        ("forEach", 1, for_each),
        ("includes", 1, includes),
        ("indexOf", 1, index_of),
        ("join", 1, join),
        ("lastIndexOf", 1, last_index_of),
        ("map", 1, map),
        ("reverse", 0, reverse),
        ("reduce", 1, reduce),
        ("reduceRight", 1, reduce_right),
        ("set", 1, set),
        ("slice", 2, slice),
        ("some", 1, some),
        ("sort", 1, sort),
        ("subarray", 2, subarray),
        ("toLocaleString", 0, to_locale_string),
    ];
    let mut builder = super::builder::ObjectBuilder::new(ctx, prototype);
    builder
        .accessor("buffer", Some(get_buffer), None)
        .accessor("byteLength", Some(get_byte_length), None)
        .accessor("byteOffset", Some(get_byte_offset), None)
        .accessor("length", Some(get_length), None);
    for (name, length, native) in methods {
        builder.method(name, length, native);
    }
    builder
        .define(to_string_key, Value::object(array_to_string), Attributes::HIDDEN)
        .method("toReversed", 0, to_reversed)
        .method("toSorted", 1, to_sorted)
        .method("with", 2, with);
    let values_function = super::iterator::method_of(ctx, prototype, "values");
    let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
    let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);
    super::builder::ObjectBuilder::new(ctx, prototype)
        .define(iterator_key, Value::object(values_function), Attributes::HIDDEN)
        .accessor_with_key(tag_key, "[Symbol.toStringTag]", Some(get_to_string_tag), None);
}

// ---------------------------------------------------------------------------------------------
// Receivers
// ---------------------------------------------------------------------------------------------

/// How V8 words a receiver that is not a typed array.
#[derive(Copy, Clone)]
enum Misuse {
    /// "this is not a typed array."
    NotTypedArray,
    /// "Method %TypedArray%.prototype.x called on incompatible receiver #<Object>".
    IncompatibleReceiver,
}

/// ValidateTypedArray (§23.2.4.4): the receiver and its length. `name` is the method's name
/// as V8 prints it after `%TypedArray%.prototype.`.
fn validate(ctx: &mut Context, this: Value, name: &str, misuse: Misuse) -> JsResult<(Gc<JsObject>, usize)> {
    let Some(object) = this.as_object().filter(|&object| typed_array_data(object).is_some()) else {
        return match misuse {
            Misuse::NotTypedArray => ctx.throw_type_error("this is not a typed array."),
            Misuse::IncompatibleReceiver => {
                let text = describe_value(ctx, this);
                ctx.throw_type_error(&format!("Method %TypedArray%.prototype.{name} called on incompatible receiver {text}"))
            }
        };
    };
    match data(object).length_in_bounds() {
        Some(length) => Ok((object, length)),
        None => detached(ctx, name),
    }
}

fn detached<T>(ctx: &mut Context, name: &str) -> JsResult<T> {
    ctx.throw_type_error(&format!("Cannot perform %TypedArray%.prototype.{name} on a detached ArrayBuffer"))
}

/// The data of a validated typed array.
fn data<'a>(object: Gc<JsObject>) -> &'a TypedArrayData {
    typed_array_data(object).expect("validated as a typed array")
}

/// ! Get(O, index): the element, or undefined once it is no longer a valid index.
#[inline]
fn element(ctx: &mut Context, object: Gc<JsObject>, index: usize) -> Value {
    data(object).read_value(ctx, index).unwrap_or(Value::UNDEFINED)
}

/// The current elements `0..length` (those still in bounds) as raw bits.
fn read_all(object: Gc<JsObject>, length: usize) -> Vec<u64> {
    let data = data(object);
    (0..length).map_while(|index| data.read_raw(index)).collect()
}

/// The raw bits an element equal to `target` (by strict equality, or SameValueZero when
/// `same_value_zero`) would have, or None when no element of the type can equal it. NaN
/// equals nothing under strict equality and is found by SameValueZero only in float arrays.
enum Needle {
    /// Elements whose bits are these.
    Bits(u64),
    /// NaN elements (float types, SameValueZero).
    NaN,
    /// Elements whose number is this (zero of either sign, integers, floats).
    Number(f64),
    /// Nothing matches.
    Nothing,
}

fn needle(element: ElementType, target: Value, same_value_zero: bool) -> Needle {
    if element.is_bigint() {
        if !target.is_bigint() {
            return Needle::Nothing;
        }
        let value = crate::bigint::of(target);
        let fits = match element {
            ElementType::BigInt64 => i64::try_from(value).is_ok(),
            _ => u64::try_from(value).is_ok(),
        };
        return if fits { Needle::Bits(super::typed_array::bigint_bits(value)) } else { Needle::Nothing };
    }
    match target.as_number() {
        Some(number) if number.is_nan() => {
            if same_value_zero {
                Needle::NaN
            } else {
                Needle::Nothing
            }
        }
        Some(number) => Needle::Number(number),
        None => Needle::Nothing,
    }
}

/// Whether the element at `index` (when still valid) matches the needle.
fn matches(data: &TypedArrayData, index: usize, needle: &Needle) -> bool {
    match needle {
        Needle::Bits(bits) => data.read_raw(index) == Some(*bits),
        Needle::NaN => data.read(index).is_some_and(f64::is_nan),
        Needle::Number(number) => data.read(index) == Some(*number),
        Needle::Nothing => false,
    }
}

// ---------------------------------------------------------------------------------------------
// Accessors
// ---------------------------------------------------------------------------------------------

fn accessor_receiver(ctx: &mut Context, this: Value, name: &str) -> JsResult<Gc<JsObject>> {
    if let Some(object) = this.as_object().filter(|&object| typed_array_data(object).is_some()) {
        return Ok(object);
    }
    let text = describe_value(ctx, this);
    ctx.throw_type_error(&format!("Method get {name} called on incompatible receiver {text}"))
}

/// get %TypedArray%.prototype.buffer (§23.2.3.2).
fn get_buffer(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = accessor_receiver(ctx, call.this, "%TypedArray%.prototype.buffer")?;
    Ok(Value::object(data(object).buffer))
}

/// get %TypedArray%.prototype.byteLength (§23.2.3.3).
fn get_byte_length(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = accessor_receiver(ctx, call.this, "TypedArray.prototype.byteLength")?;
    let data = data(object);
    Ok(Value::number((data.length() * data.element.size()) as f64))
}

/// get %TypedArray%.prototype.byteOffset (§23.2.3.4).
fn get_byte_offset(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = accessor_receiver(ctx, call.this, "TypedArray.prototype.byteOffset")?;
    let data = data(object);
    let offset = if data.length_in_bounds().is_some() { data.byte_offset } else { 0 };
    Ok(Value::number(offset as f64))
}

/// get %TypedArray%.prototype.length (§23.2.3.21).
pub(crate) fn get_length(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = accessor_receiver(ctx, call.this, "TypedArray.prototype.length")?;
    Ok(Value::number(data(object).length() as f64))
}

/// get %TypedArray%.prototype [ @@toStringTag ] (§23.2.3.40).
fn get_to_string_tag(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    match call.this.as_object().and_then(typed_array_data) {
        Some(data) => {
            let name = ctx.intern_str(data.element.name());
            Ok(Value::string(name))
        }
        None => Ok(Value::UNDEFINED),
    }
}

// ---------------------------------------------------------------------------------------------
// Iteration
// ---------------------------------------------------------------------------------------------

fn iterator(ctx: &mut Context, this: Value, name: &str, kind: ArrayIterationKind) -> JsResult<Value> {
    let (object, _) = validate(ctx, this, name, Misuse::NotTypedArray)?;
    Ok(create_array_iterator(ctx, Value::object(object), kind))
}

/// %TypedArray%.prototype.entries ( ) (§23.2.3.7).
fn entries(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    iterator(ctx, call.this, "entries", ArrayIterationKind::Entries)
}

/// %TypedArray%.prototype.keys ( ) (§23.2.3.20).
fn keys(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    iterator(ctx, call.this, "keys", ArrayIterationKind::Keys)
}

/// %TypedArray%.prototype.values ( ) (§23.2.3.35), also [@@iterator].
fn values(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    iterator(ctx, call.this, "values", ArrayIterationKind::Values)
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

/// %TypedArray%.prototype.at ( index ) (§23.2.3.1).
fn at(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length) = validate(ctx, call.this, "at", Misuse::IncompatibleReceiver)?;
    let relative = conv::to_integer_or_infinity(ctx, call.arg(0))?;
    let index = if relative >= 0.0 { relative } else { length as f64 + relative };
    if index < 0.0 || index >= length as f64 {
        return Ok(Value::UNDEFINED);
    }
    Ok(element(ctx, object, index as usize))
}

/// The start index of includes/indexOf from `fromIndex`, or None when the search is empty.
fn search_start(ctx: &mut Context, from: Value, length: usize) -> JsResult<Option<usize>> {
    let relative = conv::to_integer_or_infinity(ctx, from)?;
    if relative == f64::INFINITY {
        return Ok(None);
    }
    let start = if relative >= 0.0 { relative } else { (length as f64 + relative).max(0.0) };
    Ok((start < length as f64).then_some(start as usize))
}

/// %TypedArray%.prototype.includes ( searchElement [ , fromIndex ] ) (§23.2.3.16).
fn includes(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length) = validate(ctx, call.this, "includes", Misuse::NotTypedArray)?;
    if length == 0 {
        return Ok(Value::FALSE);
    }
    let Some(start) = search_start(ctx, call.arg(1), length)? else { return Ok(Value::FALSE) };
    let data = data(object);
    let needle = needle(data.element, call.arg(0), true);
    // An index past a shrunken end reads as undefined, which only undefined would match.
    let found = (start..length).any(|index| if index < data.length() { matches(data, index, &needle) } else { call.arg(0).is_undefined() });
    Ok(Value::boolean(found))
}

/// %TypedArray%.prototype.indexOf ( searchElement [ , fromIndex ] ) (§23.2.3.17).
fn index_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length) = validate(ctx, call.this, "indexOf", Misuse::NotTypedArray)?;
    if length == 0 {
        return Ok(Value::number(-1.0));
    }
    let Some(start) = search_start(ctx, call.arg(1), length)? else { return Ok(Value::number(-1.0)) };
    let data = data(object);
    let needle = needle(data.element, call.arg(0), false);
    // Elements that are no longer valid indices are absent (HasProperty is false).
    let found = (start..length).find(|&index| matches(data, index, &needle));
    Ok(Value::number(found.map_or(-1.0, |index| index as f64)))
}

/// %TypedArray%.prototype.lastIndexOf ( searchElement [ , fromIndex ] ) (§23.2.3.20).
fn last_index_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length) = validate(ctx, call.this, "lastIndexOf", Misuse::NotTypedArray)?;
    if length == 0 {
        return Ok(Value::number(-1.0));
    }
    let start = if call.args.len() > 1 {
        let relative = conv::to_integer_or_infinity(ctx, call.arg(1))?;
        if relative == f64::NEG_INFINITY {
            return Ok(Value::number(-1.0));
        }
        if relative >= 0.0 {
            relative.min(length as f64 - 1.0)
        } else {
            length as f64 + relative
        }
    } else {
        length as f64 - 1.0
    };
    if start < 0.0 {
        return Ok(Value::number(-1.0));
    }
    let data = data(object);
    let needle = needle(data.element, call.arg(0), false);
    let found = (0..=start as usize).rev().find(|&index| matches(data, index, &needle));
    Ok(Value::number(found.map_or(-1.0, |index| index as f64)))
}

/// %TypedArray%.prototype.join ( separator ) (§23.2.3.18).
fn join(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length) = validate(ctx, call.this, "join", Misuse::IncompatibleReceiver)?;
    let separator = call.arg(0);
    let separator = if separator.is_undefined() { crate::string::from_str(ctx, ",") } else { conv::to_string(ctx, separator)? };
    let data = data(object);
    let mut text = StringBuilder::new();
    for index in 0..length {
        if index > 0 {
            text.push_js(separator.get());
        }
        match data.element {
            ElementType::BigInt64 => {
                if let Some(raw) = data.read_raw(index) {
                    text.push_str(&(raw as i64).to_string());
                }
            }
            ElementType::BigUint64 => {
                if let Some(raw) = data.read_raw(index) {
                    text.push_str(&raw.to_string());
                }
            }
            _ => {
                if let Some(number) = data.read(index) {
                    text.push_str(&crate::text::number::number_to_string(number));
                }
            }
        }
        if text.len() > crate::string::MAX_STRING_LENGTH {
            return ctx.throw_range_error("Invalid string length");
        }
    }
    Ok(Value::string(text.finish(ctx)?))
}

/// %TypedArray%.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ) (§23.2.3.31): the
/// algorithm of Array.prototype.toLocaleString over the elements.
fn to_locale_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length) = validate(ctx, call.this, "toLocaleString", Misuse::IncompatibleReceiver)?;
    let arguments = [call.arg(0), call.arg(1)];
    let key = ctx.key("toLocaleString");
    let mut text = StringBuilder::new();
    for index in 0..length {
        if index > 0 {
            text.push_str(",");
        }
        let value = element(ctx, object, index);
        if value.is_nullish() {
            continue;
        }
        let method = ops::get_value(ctx, value, key)?;
        let method = require_callable(ctx, method)?;
        let result = function::call(ctx, method, value, &arguments)?;
        let piece = conv::to_string(ctx, result)?;
        text.push_js(piece.get());
        if text.len() > crate::string::MAX_STRING_LENGTH {
            return ctx.throw_range_error("Invalid string length");
        }
    }
    Ok(Value::string(text.finish(ctx)?))
}

// ---------------------------------------------------------------------------------------------
// Callbacks
// ---------------------------------------------------------------------------------------------

/// Calls `callback(element, index, object)` with `this_arg` for each index in `indices` until
/// `stop` says so; returns the index and value it stopped at.
fn visit(
    ctx: &mut Context,
    object: Gc<JsObject>,
    indices: impl Iterator<Item = usize>,
    callback: Value,
    this_arg: Value,
    mut stop: impl FnMut(Value) -> bool,
) -> JsResult<Option<(usize, Value)>> {
    for index in indices {
        let value = element(ctx, object, index);
        let result = function::call(ctx, callback, this_arg, &[value, Value::number(index as f64), Value::object(object)])?;
        if stop(result) {
            return Ok(Some((index, value)));
        }
    }
    Ok(None)
}

/// The receiver, its length and the callable first argument of a callback method.
fn with_callback(ctx: &mut Context, call: &NativeCall, name: &str) -> JsResult<(Gc<JsObject>, usize, Value)> {
    let (object, length) = validate(ctx, call.this, name, Misuse::NotTypedArray)?;
    let callback = require_callable(ctx, call.arg(0))?;
    Ok((object, length, callback))
}

/// %TypedArray%.prototype.every ( callbackfn [ , thisArg ] ) (§23.2.3.8).
fn every(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length, callback) = with_callback(ctx, call, "every")?;
    let failed = visit(ctx, object, 0..length, callback, call.arg(1), |result| !conv::to_boolean(result))?;
    Ok(Value::boolean(failed.is_none()))
}

/// %TypedArray%.prototype.some ( callbackfn [ , thisArg ] ) (§23.2.3.28).
fn some(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length, callback) = with_callback(ctx, call, "some")?;
    let found = visit(ctx, object, 0..length, callback, call.arg(1), conv::to_boolean)?;
    Ok(Value::boolean(found.is_some()))
}

/// %TypedArray%.prototype.forEach ( callbackfn [ , thisArg ] ) (§23.2.3.15).
fn for_each(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length, callback) = with_callback(ctx, call, "forEach")?;
    visit(ctx, object, 0..length, callback, call.arg(1), |_| false)?;
    Ok(Value::UNDEFINED)
}

/// %TypedArray%.prototype.find ( predicate [ , thisArg ] ) (§23.2.3.11).
fn find(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length, callback) = with_callback(ctx, call, "find")?;
    let found = visit(ctx, object, 0..length, callback, call.arg(1), conv::to_boolean)?;
    Ok(found.map_or(Value::UNDEFINED, |(_, value)| value))
}

/// %TypedArray%.prototype.findIndex ( predicate [ , thisArg ] ) (§23.2.3.12).
fn find_index(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length, callback) = with_callback(ctx, call, "findIndex")?;
    let found = visit(ctx, object, 0..length, callback, call.arg(1), conv::to_boolean)?;
    Ok(Value::number(found.map_or(-1.0, |(index, _)| index as f64)))
}

/// %TypedArray%.prototype.findLast ( predicate [ , thisArg ] ) (§23.2.3.13).
fn find_last(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length, callback) = with_callback(ctx, call, "findLast")?;
    let found = visit(ctx, object, (0..length).rev(), callback, call.arg(1), conv::to_boolean)?;
    Ok(found.map_or(Value::UNDEFINED, |(_, value)| value))
}

/// %TypedArray%.prototype.findLastIndex ( predicate [ , thisArg ] ) (§23.2.3.14). V8 names it
/// `findIndexLast` in its detached-buffer message.
fn find_last_index(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length, callback) = with_callback(ctx, call, "findIndexLast")?;
    let found = visit(ctx, object, (0..length).rev(), callback, call.arg(1), conv::to_boolean)?;
    Ok(Value::number(found.map_or(-1.0, |(index, _)| index as f64)))
}

/// %TypedArray%.prototype.reduce ( callbackfn [ , initialValue ] ) (§23.2.3.23).
fn reduce(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length, callback) = with_callback(ctx, call, "reduce")?;
    fold(ctx, call, object, callback, (0..length).collect())
}

/// %TypedArray%.prototype.reduceRight ( callbackfn [ , initialValue ] ) (§23.2.3.24).
fn reduce_right(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length, callback) = with_callback(ctx, call, "reduceRight")?;
    fold(ctx, call, object, callback, (0..length).rev().collect())
}

fn fold(ctx: &mut Context, call: &NativeCall, object: Gc<JsObject>, callback: Value, order: Vec<usize>) -> JsResult<Value> {
    let mut indices = order.into_iter();
    let mut accumulator = if call.args.len() > 1 {
        call.arg(1)
    } else {
        match indices.next() {
            Some(first) => element(ctx, object, first),
            None => return ctx.throw_type_error("Reduce of empty array with no initial value"),
        }
    };
    for index in indices {
        let value = element(ctx, object, index);
        accumulator = function::call(ctx, callback, Value::UNDEFINED, &[accumulator, value, Value::number(index as f64), Value::object(object)])?;
    }
    Ok(accumulator)
}

/// %TypedArray%.prototype.map ( callbackfn [ , thisArg ] ) (§23.2.3.22).
fn map(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length, callback) = with_callback(ctx, call, "map")?;
    let result = species_create(ctx, object, length, "%TypedArray%.prototype.map")?;
    let this_arg = call.arg(1);
    for index in 0..length {
        let value = element(ctx, object, index);
        let mapped = function::call(ctx, callback, this_arg, &[value, Value::number(index as f64), Value::object(object)])?;
        super::typed_array::set_element_js(ctx, result, index as f64, mapped)?;
    }
    Ok(Value::object(result))
}

/// %TypedArray%.prototype.filter ( callbackfn [ , thisArg ] ) (§23.2.3.10).
fn filter(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length, callback) = with_callback(ctx, call, "filter")?;
    let this_arg = call.arg(1);
    // Kept values may be BigInt cells: a rooted list holds them.
    let kept = ctx.new_list();
    for index in 0..length {
        let value = element(ctx, object, index);
        let selected = function::call(ctx, callback, this_arg, &[value, Value::number(index as f64), Value::object(object)])?;
        if conv::to_boolean(selected) {
            kept.get_mut().push(value);
        }
    }
    let count = kept.get().len();
    let result = species_create(ctx, object, count, "%TypedArray%.prototype.filter")?;
    for index in 0..count {
        let value = kept.get().get(index);
        super::typed_array::set_element_js(ctx, result, index as f64, value)?;
    }
    Ok(Value::object(result))
}

// ---------------------------------------------------------------------------------------------
// Writing in place
// ---------------------------------------------------------------------------------------------

/// %TypedArray%.prototype.fill ( value [ , start [ , end ] ] ) (§23.2.3.9).
fn fill(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length) = validate(ctx, call.this, "fill", Misuse::NotTypedArray)?;
    let element_type = data(object).element;
    let raw = element_type.to_raw_js(ctx, call.arg(0))?;
    let start = relative_argument(ctx, call.arg(1), length as u64, 0)? as usize;
    let end = relative_argument(ctx, call.arg(2), length as u64, length as u64)? as usize;
    // Steps 12-15: the coercions may have shrunk or detached the buffer.
    let Some(current) = data(object).length_in_bounds() else { return detached(ctx, "fill") };
    let end = end.min(current);
    if start < end {
        let data = data(object);
        let size = data.element.size();
        let mut encoded = [0u8; 8];
        super::typed_array::store_raw(&mut encoded[..size], raw, cfg!(target_endian = "little"));
        let range = data.byte_range(start, end);
        if let Some(buffer) = array_buffer::buffer_data_mut(data.buffer) {
            for chunk in buffer.bytes_mut()[range].chunks_exact_mut(size) {
                chunk.copy_from_slice(&encoded[..size]);
            }
        }
    }
    Ok(Value::object(object))
}

/// %TypedArray%.prototype.copyWithin ( target, start [ , end ] ) (§23.2.3.6).
fn copy_within(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length) = validate(ctx, call.this, "copyWithin", Misuse::NotTypedArray)?;
    let length64 = length as u64;
    let to = relative_argument(ctx, call.arg(0), length64, 0)?;
    let from = relative_argument(ctx, call.arg(1), length64, 0)?;
    let last = relative_argument(ctx, call.arg(2), length64, length64)?;
    let count = last.saturating_sub(from).min(length64 - to);
    if count > 0 {
        let Some(current) = data(object).length_in_bounds() else { return detached(ctx, "copyWithin") };
        // Only bytes below the current end are copied (bufferByteLimit).
        let current = current as u64;
        let count = count.min(current.saturating_sub(from)).min(current.saturating_sub(to));
        if count > 0 {
            let data = data(object);
            let source = data.byte_range(from as usize, (from + count) as usize);
            let target = data.byte_range(to as usize, to as usize);
            if let Some(buffer) = array_buffer::buffer_data_mut(data.buffer) {
                buffer.bytes_mut().copy_within(source, target.start);
            }
        }
    }
    Ok(Value::object(object))
}

/// %TypedArray%.prototype.reverse ( ) (§23.2.3.25).
fn reverse(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length) = validate(ctx, call.this, "reverse", Misuse::NotTypedArray)?;
    let data = data(object);
    let size = data.element.size();
    let range = data.byte_range(0, length);
    if let Some(buffer) = array_buffer::buffer_data_mut(data.buffer) {
        let bytes = &mut buffer.bytes_mut()[range];
        for lower in 0..length / 2 {
            let upper = length - 1 - lower;
            for byte in 0..size {
                bytes.swap(lower * size + byte, upper * size + byte);
            }
        }
    }
    Ok(Value::object(object))
}

/// %TypedArray%.prototype.set ( source [ , offset ] ) (§23.2.3.26).
fn set(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(target) = call.this.as_object().filter(|&object| typed_array_data(object).is_some()) else {
        return ctx.throw_type_error("this is not a typed array.");
    };
    let offset = conv::to_integer_or_infinity(ctx, call.arg(1))?;
    if offset < 0.0 {
        return ctx.throw_range_error("offset is out of bounds");
    }
    let source = call.arg(0);
    match source.as_object().filter(|&object| typed_array_data(object).is_some()) {
        Some(source) => set_from_typed_array(ctx, target, offset, source)?,
        None => set_from_array_like(ctx, target, offset, source)?,
    }
    Ok(Value::UNDEFINED)
}

/// SetTypedArrayFromTypedArray (§23.2.3.26.1).
fn set_from_typed_array(ctx: &mut Context, target: Gc<JsObject>, offset: f64, source: Gc<JsObject>) -> JsResult<()> {
    let Some(target_length) = data(target).length_in_bounds() else { return detached(ctx, "set") };
    let Some(source_length) = data(source).length_in_bounds() else { return detached(ctx, "set") };
    if data(target).element.is_bigint() != data(source).element.is_bigint() {
        return super::typed_array::throw_content_type_mismatch(ctx);
    }
    if offset + source_length as f64 > target_length as f64 {
        return ctx.throw_range_error("offset is out of bounds");
    }
    copy_elements(source, 0, target, offset as usize, source_length);
    Ok(())
}

/// SetTypedArrayFromArrayLike (§23.2.3.26.2).
fn set_from_array_like(ctx: &mut Context, target: Gc<JsObject>, offset: f64, source: Value) -> JsResult<()> {
    let Some(target_length) = data(target).length_in_bounds() else { return detached(ctx, "set") };
    let source = conv::to_object(ctx, source)?;
    let source_length = crate::iteration::length_of_array_like(ctx, source)?;
    if offset + source_length as f64 > target_length as f64 {
        return ctx.throw_range_error("offset is out of bounds");
    }
    let offset = offset as usize;
    for index in 0..source_length {
        let value = super::operations::get_index(ctx, source, index)?;
        super::typed_array::set_element_js(ctx, target, (offset + index as usize) as f64, value)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Sorting
// ---------------------------------------------------------------------------------------------

/// The comparator argument of sort/toSorted, checked before the receiver (§23.2.3.29 step 1).
fn comparator(ctx: &mut Context, value: Value) -> JsResult<Option<Value>> {
    if value.is_undefined() {
        return Ok(None);
    }
    if !value.is_callable() {
        return ctx.throw_type_error("The comparison function must be either a function or undefined");
    }
    Ok(Some(value))
}

/// The default numeric order of typed arrays (§23.2.4.7 without a comparator): -0 before +0,
/// NaN last.
fn numeric_order(x: f64, y: f64) -> Ordering {
    match (x.is_nan(), y.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        _ => match x.partial_cmp(&y) {
            Some(Ordering::Equal) if x == 0.0 => x.is_sign_positive().cmp(&y.is_sign_positive()),
            Some(order) => order,
            None => Ordering::Equal,
        },
    }
}

/// SortIndexedProperties' sort of the elements' raw bits, with the user comparator when given.
fn sort_values(ctx: &mut Context, element: ElementType, values: &mut [u64], compare: Option<Value>) -> JsResult<()> {
    let Some(compare) = compare else {
        match element {
            ElementType::BigInt64 => values.sort_by_key(|&raw| raw as i64),
            ElementType::BigUint64 => values.sort_unstable(),
            _ => values.sort_by(|&x, &y| numeric_order(element.decode(x), element.decode(y))),
        }
        return Ok(());
    };
    super::array_sort::merge_sort(values, &mut |x: u64, y: u64| {
        let x = element.to_value(ctx, x);
        let y = element.to_value(ctx, y);
        let result = function::call(ctx, compare, Value::UNDEFINED, &[x, y])?;
        let order = conv::to_number(ctx, result)?;
        Ok(order < 0.0)
    })
}

/// %TypedArray%.prototype.sort ( comparefn ) (§23.2.3.29).
fn sort(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let compare = comparator(ctx, call.arg(0))?;
    let (object, length) = validate(ctx, call.this, "sort", Misuse::IncompatibleReceiver)?;
    let mut values = read_all(object, length);
    let element_type = data(object).element;
    sort_values(ctx, element_type, &mut values, compare)?;
    // Writes to indices the comparator made invalid are ignored (! Set).
    let data = data(object);
    for (index, raw) in values.into_iter().enumerate() {
        data.write_raw(index, raw);
    }
    Ok(Value::object(object))
}

/// %TypedArray%.prototype.toSorted ( comparefn ) (§23.2.3.33).
fn to_sorted(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let compare = comparator(ctx, call.arg(0))?;
    let (object, length) = validate(ctx, call.this, "toSorted", Misuse::IncompatibleReceiver)?;
    let element = data(object).element;
    let result = allocate_intrinsic(ctx, element, length as u64)?;
    let mut values = read_all(object, length);
    sort_values(ctx, element, &mut values, compare)?;
    let result_data = data(result);
    for (index, raw) in values.into_iter().enumerate() {
        result_data.write_raw(index, raw);
    }
    Ok(Value::object(result))
}

// ---------------------------------------------------------------------------------------------
// Copies and views
// ---------------------------------------------------------------------------------------------

/// %TypedArray%.prototype.slice ( start, end ) (§23.2.3.27).
fn slice(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    const METHOD: &str = "%TypedArray%.prototype.slice";
    let (object, length) = validate(ctx, call.this, "slice", Misuse::IncompatibleReceiver)?;
    let start = relative_argument(ctx, call.arg(0), length as u64, 0)? as usize;
    let end = relative_argument(ctx, call.arg(1), length as u64, length as u64)? as usize;
    let count = end.saturating_sub(start);
    let result = species_create(ctx, object, count, METHOD)?;
    // V8 checks the content types here (not in map or filter, which convert each value).
    if data(result).element.is_bigint() != data(object).element.is_bigint() {
        return super::typed_array::throw_content_type_mismatch(ctx);
    }
    if count == 0 {
        return Ok(Value::object(result));
    }
    // Step 13: the species constructor may have shrunk or detached the source.
    let Some(current) = data(object).length_in_bounds() else { return detached(ctx, "slice") };
    let end = end.min(current);
    let count = end.saturating_sub(start);
    let (source, target) = (data(object), data(result));
    if source.element == target.element || source.element.is_bigint() {
        // Byte-wise, front to back, as the spec copies (observable when both share a buffer).
        let source_range = source.byte_range(start, end);
        let target_start = target.byte_offset;
        if source.buffer == target.buffer {
            if let Some(buffer) = array_buffer::buffer_data_mut(source.buffer) {
                let bytes = buffer.bytes_mut();
                for (offset, position) in source_range.enumerate() {
                    bytes[target_start + offset] = bytes[position];
                }
            }
        } else if let (Some(from), Some(to)) = (array_buffer::buffer_data(source.buffer), array_buffer::buffer_data_mut(target.buffer)) {
            let length = source_range.len();
            to.bytes_mut()[target_start..target_start + length].copy_from_slice(&from.bytes()[source_range]);
        }
    } else {
        for offset in 0..count {
            let number = source.read(start + offset).unwrap_or(f64::NAN);
            target.write(offset, number);
        }
    }
    Ok(Value::object(result))
}

/// %TypedArray%.prototype.subarray ( start, end ) (§23.2.3.30).
fn subarray(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    const METHOD: &str = "%TypedArray%.prototype.subarray";
    let Some(object) = call.this.as_object().filter(|&object| typed_array_data(object).is_some()) else {
        // V8 names the receiver "undefined" whatever it is.
        return ctx.throw_type_error(&format!("Method {METHOD} called on incompatible receiver undefined"));
    };
    let source_length = data(object).length() as u64;
    let start = relative_argument(ctx, call.arg(0), source_length, 0)?;
    let data = data(object);
    let buffer = Value::object(data.buffer);
    let begin = data.byte_offset as u64 + start * data.element.size() as u64;
    let end = call.arg(1);
    if data.array_length().is_none() && end.is_undefined() {
        return Ok(Value::object(species_create_view(ctx, object, &[buffer, Value::number(begin as f64)], METHOD)?));
    }
    let end = relative_argument(ctx, end, source_length, source_length)?;
    let length = end.saturating_sub(start);
    let args = [buffer, Value::number(begin as f64), Value::number(length as f64)];
    Ok(Value::object(species_create_view(ctx, object, &args, METHOD)?))
}

/// %TypedArray%.prototype.toReversed ( ) (§23.2.3.32).
fn to_reversed(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length) = validate(ctx, call.this, "toReversed", Misuse::IncompatibleReceiver)?;
    let element = data(object).element;
    let result = allocate_intrinsic(ctx, element, length as u64)?;
    let (source, target) = (data(object), data(result));
    for index in 0..length {
        target.write_raw(index, source.read_raw(length - 1 - index).unwrap_or(0));
    }
    Ok(Value::object(result))
}

/// %TypedArray%.prototype.with ( index, value ) (§23.2.3.36).
fn with(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, length) = validate(ctx, call.this, "with", Misuse::NotTypedArray)?;
    let relative = conv::to_integer_or_infinity(ctx, call.arg(0))?;
    let actual = if relative >= 0.0 { relative } else { length as f64 + relative };
    let element_type = data(object).element;
    let raw = element_type.to_raw_js(ctx, call.arg(1))?;
    if !super::typed_array::is_valid_integer_index(data(object), actual) {
        return ctx.throw_range_error("Invalid typed array index");
    }
    let result = allocate_intrinsic(ctx, element_type, length as u64)?;
    let current = data(object).length().min(length);
    copy_elements(object, 0, result, 0, current);
    for index in current..length {
        data(result).write(index, f64::NAN);
    }
    data(result).write_raw(actual as usize, raw);
    Ok(Value::object(result))
}
