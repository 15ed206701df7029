//! Typed arrays (§23.2): the element types and their byte conversions, the TypedArray
//! instances' internal slots ([`TypedArrayData`]), the integer-indexed exotic behaviour the
//! object model dispatches to (§10.4.5: element get/set/has/define/delete/keys for canonical
//! numeric keys), the %TypedArray% intrinsic with `from`/`of`/`@@species`, the nine concrete
//! constructors, and the creation operations the prototype methods (`typed_array_methods.rs`)
//! share.
//!
//! Elements live in the viewed ArrayBuffer (`array_buffer.rs`), never in the object's own
//! element storage: a typed array's dense elements stay empty, so compiled code's inline
//! dense-element path (which checks the element count) always misses and reaches
//! `object::ops`, which calls [`get_element_at`] / [`set_element_js`] without making a string
//! key for integer indices.
//!
//! BigInt64Array and BigUint64Array hold BigInt values ([[ContentType]] BigInt): their
//! elements are converted with ToBigInt and read back as new BigInt cells, so element reads of
//! those two types allocate and go through [`TypedArrayData::read_value`]; the other types
//! keep the allocation-free `f64` paths.

use super::array_buffer::{self, ArrayBufferData};
use super::builder::ObjectBuilder;
use super::operations::{self, IteratorRecord};
use crate::context::Context;
use crate::error::{describe_value, primitive_text, JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall, NativeFn};
use crate::object::{ops, Attributes, JsObject, ObjectKind, OwnProperty, PropertyDescriptor, PropertyKey};
use crate::string::JsString;
use crate::value::{conv, Value};

/// The largest element count of a typed array (V8's limit, 2^32).
pub const MAX_LENGTH: u64 = 1 << 32;

/// Typed arrays use the platform's byte order.
const NATIVE_LITTLE_ENDIAN: bool = cfg!(target_endian = "little");

// ---------------------------------------------------------------------------------------------
// Element types and byte conversions
// ---------------------------------------------------------------------------------------------

/// The element type of a typed array (Table 71).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum ElementType {
    /// Int8Array.
    Int8 = 0,
    /// Uint8Array.
    Uint8 = 1,
    /// Uint8ClampedArray.
    Uint8Clamped = 2,
    /// Int16Array.
    Int16 = 3,
    /// Uint16Array.
    Uint16 = 4,
    /// Int32Array.
    Int32 = 5,
    /// Uint32Array.
    Uint32 = 6,
    /// Float32Array.
    Float32 = 7,
    /// Float64Array.
    Float64 = 8,
    /// BigInt64Array.
    BigInt64 = 9,
    /// BigUint64Array.
    BigUint64 = 10,
}

impl ElementType {
    /// Every type, in the order the constructors are installed.
    pub const ALL: [ElementType; 11] = [
        ElementType::Int8,
        ElementType::Uint8,
        ElementType::Uint8Clamped,
        ElementType::Int16,
        ElementType::Uint16,
        ElementType::Int32,
        ElementType::Uint32,
        ElementType::Float32,
        ElementType::Float64,
        ElementType::BigInt64,
        ElementType::BigUint64,
    ];

    /// The type with discriminant `index`.
    pub const fn from_index(index: u8) -> ElementType {
        match index {
            0 => ElementType::Int8,
            1 => ElementType::Uint8,
            2 => ElementType::Uint8Clamped,
            3 => ElementType::Int16,
            4 => ElementType::Uint16,
            5 => ElementType::Int32,
            6 => ElementType::Uint32,
            7 => ElementType::Float32,
            8 => ElementType::Float64,
            9 => ElementType::BigInt64,
            _ => ElementType::BigUint64,
        }
    }

    /// The element size in bytes.
    #[inline]
    pub const fn size(self) -> usize {
        match self {
            ElementType::Int8 | ElementType::Uint8 | ElementType::Uint8Clamped => 1,
            ElementType::Int16 | ElementType::Uint16 => 2,
            ElementType::Int32 | ElementType::Uint32 | ElementType::Float32 => 4,
            ElementType::Float64 | ElementType::BigInt64 | ElementType::BigUint64 => 8,
        }
    }

    /// [[TypedArrayName]]: the constructor's name.
    pub const fn name(self) -> &'static str {
        match self {
            ElementType::Int8 => "Int8Array",
            ElementType::Uint8 => "Uint8Array",
            ElementType::Uint8Clamped => "Uint8ClampedArray",
            ElementType::Int16 => "Int16Array",
            ElementType::Uint16 => "Uint16Array",
            ElementType::Int32 => "Int32Array",
            ElementType::Uint32 => "Uint32Array",
            ElementType::Float32 => "Float32Array",
            ElementType::Float64 => "Float64Array",
            ElementType::BigInt64 => "BigInt64Array",
            ElementType::BigUint64 => "BigUint64Array",
        }
    }

    /// True when [[ContentType]] is BigInt (BigInt64Array, BigUint64Array).
    #[inline]
    pub const fn is_bigint(self) -> bool {
        matches!(self, ElementType::BigInt64 | ElementType::BigUint64)
    }

    /// True for the types Atomics operates on (integers, not clamped).
    pub const fn is_atomic_integer(self) -> bool {
        !matches!(self, ElementType::Uint8Clamped | ElementType::Float32 | ElementType::Float64)
    }

    /// The raw bits NumericToRawBytes (§25.1.3.17) stores for `number`; only the low
    /// `size()` bytes are meaningful.
    #[inline]
    pub fn encode(self, number: f64) -> u64 {
        match self {
            ElementType::Float64 => number.to_bits(),
            // Only reached for numbers that are already integral BigInt values' images.
            ElementType::BigInt64 | ElementType::BigUint64 => number as i64 as u64,
            ElementType::Float32 => (number as f32).to_bits() as u64,
            ElementType::Uint8Clamped => to_uint8_clamp(number) as u64,
            // ToInt8 … ToUint32 are ToInt32's low bits.
            _ => integer_bits(number) as u64,
        }
    }

    /// RawBytesToNumeric (§25.1.3.16) of raw bits (the low `size()` bytes).
    #[inline]
    pub fn decode(self, raw: u64) -> f64 {
        match self {
            ElementType::Int8 => raw as u8 as i8 as f64,
            ElementType::Uint8 | ElementType::Uint8Clamped => raw as u8 as f64,
            ElementType::Int16 => raw as u16 as i16 as f64,
            ElementType::Uint16 => raw as u16 as f64,
            ElementType::Int32 => raw as u32 as i32 as f64,
            ElementType::Uint32 => raw as u32 as f64,
            ElementType::Float32 => f32::from_bits(raw as u32) as f64,
            ElementType::Float64 => f64::from_bits(raw),
            // The nearest number, for callers that want a number whatever the type.
            ElementType::BigInt64 => raw as i64 as f64,
            ElementType::BigUint64 => raw as f64,
        }
    }

    /// RawBytesToNumeric (§25.1.3.16) as a value: a number, or a new BigInt for the BigInt
    /// types.
    pub fn to_value(self, ctx: &mut Context, raw: u64) -> Value {
        match self {
            ElementType::BigInt64 => crate::bigint::new(ctx, num_bigint::BigInt::from(raw as i64)),
            ElementType::BigUint64 => crate::bigint::new(ctx, num_bigint::BigInt::from(raw)),
            _ => Value::number(self.decode(raw)),
        }
    }

    /// ToBigInt or ToNumber of `value` as the type's [[ContentType]] asks (either may run user
    /// code and throw), then NumericToRawBytes.
    pub fn to_raw_js(self, ctx: &mut Context, value: Value) -> JsResult<u64> {
        if self.is_bigint() {
            let bigint = super::bigint::to_bigint(ctx, value)?;
            return Ok(bigint_bits(crate::bigint::of(bigint)));
        }
        let number = match value.as_number() {
            Some(number) => number,
            None => conv::to_number(ctx, value)?,
        };
        Ok(self.encode(number))
    }

    /// NumericToRawBytes of a value that already has the type's content type (a number, or a
    /// BigInt for the BigInt types); anything else stores NaN's or 0's bits. Runs no JS.
    pub fn raw_of_numeric(self, value: Value) -> u64 {
        if self.is_bigint() {
            return if value.is_bigint() { bigint_bits(crate::bigint::of(value)) } else { 0 };
        }
        self.encode(value.as_number().unwrap_or(f64::NAN))
    }

    /// Reads one element from `bytes` (exactly `size()` of them) in the given byte order.
    #[inline]
    pub fn read(self, bytes: &[u8], little_endian: bool) -> f64 {
        self.decode(load_raw(bytes, little_endian))
    }

    /// Writes `number` (already ToNumber'd) into `bytes` (exactly `size()` of them).
    #[inline]
    pub fn write(self, bytes: &mut [u8], number: f64, little_endian: bool) {
        store_raw(bytes, self.encode(number), little_endian);
    }
}

/// The low 64 bits of a BigInt's two's complement (ToBigInt64 and ToBigUint64 share them).
pub fn bigint_bits(value: &num_bigint::BigInt) -> u64 {
    let (sign, digits) = value.to_u64_digits();
    let low = digits.first().copied().unwrap_or(0);
    if sign == num_bigint::Sign::Minus {
        low.wrapping_neg()
    } else {
        low
    }
}

/// ToUint32 of a number (whose low bits are also ToInt8 … ToInt32). `as i64` truncates toward
/// zero, which is exact modulo 2^32 below 2^63; larger values, infinities and NaN take the
/// general conversion.
#[inline]
pub fn integer_bits(number: f64) -> u32 {
    if number.abs() < 9.2e18 {
        number as i64 as u32
    } else {
        conv::f64_to_uint32(number)
    }
}

/// ToUint8Clamp (§7.1.12): clamps to 0..=255 and rounds half to even.
pub fn to_uint8_clamp(number: f64) -> u8 {
    if number.is_nan() || number <= 0.0 {
        return 0;
    }
    if number >= 255.0 {
        return 255;
    }
    let floor = number.floor();
    let half = floor + 0.5;
    if number > half || (number == half && floor % 2.0 != 0.0) {
        (floor + 1.0) as u8
    } else {
        floor as u8
    }
}

/// The integer formed by `bytes` (1, 2, 4 or 8 of them) in the given order.
#[inline]
pub fn load_raw(bytes: &[u8], little_endian: bool) -> u64 {
    macro_rules! load {
        ($ty:ty) => {{
            let array = bytes.try_into().unwrap_or_default();
            (if little_endian { <$ty>::from_le_bytes(array) } else { <$ty>::from_be_bytes(array) }) as u64
        }};
    }
    match bytes.len() {
        1 => bytes[0] as u64,
        2 => load!(u16),
        4 => load!(u32),
        _ => load!(u64),
    }
}

/// Stores the low `bytes.len()` bytes of `raw` in the given order.
#[inline]
pub fn store_raw(bytes: &mut [u8], raw: u64, little_endian: bool) {
    // Stores through a fixed-size array reference, so the copy is one move, not a memmove call.
    macro_rules! store {
        ($ty:ty) => {{
            let value = raw as $ty;
            if let Ok(target) = <&mut [u8; std::mem::size_of::<$ty>()]>::try_from(bytes) {
                *target = if little_endian { value.to_le_bytes() } else { value.to_be_bytes() };
            }
        }};
    }
    match bytes.len() {
        1 => bytes[0] = raw as u8,
        2 => store!(u16),
        4 => store!(u32),
        8 => store!(u64),
        _ => {}
    }
}

// ---------------------------------------------------------------------------------------------
// Instances
// ---------------------------------------------------------------------------------------------

/// A typed array's internal slots: [[ViewedArrayBuffer]], [[TypedArrayName]] (the element
/// type), [[ByteOffset]] and [[ArrayLength]] ([[ByteLength]] follows from them), led by the
/// element view compiled code reads (`kiln_abi::typed_array_offset`; the layout is asserted
/// below).
#[repr(C)]
pub struct TypedArrayData {
    /// The address of element 0 when the object has an element tag (see [`element_view`]),
    /// else null; never dereferenced by the runtime.
    view_data: *mut u8,
    /// [[ArrayLength]], or [`AUTO_LENGTH`] for a length-tracking view of a resizable buffer.
    /// Compiled code reads it as the element count of the view when the object has an element
    /// tag (only fixed-length views get one).
    length: usize,
    /// [[ViewedArrayBuffer]].
    pub buffer: Gc<JsObject>,
    /// The element type.
    pub element: ElementType,
    /// [[ByteOffset]].
    pub byte_offset: usize,
}

/// `TypedArrayData::length` of a length-tracking view.
const AUTO_LENGTH: usize = usize::MAX;

impl TypedArrayData {
    /// [[ArrayLength]]; None for a length-tracking view of a resizable buffer (AUTO).
    #[inline]
    pub fn array_length(&self) -> Option<usize> {
        (self.length != AUTO_LENGTH).then_some(self.length)
    }

    /// TypedArrayLength of a record whose buffer is `buffer`, or None when
    /// IsTypedArrayOutOfBounds (§10.4.5.12; detached buffers are out of bounds).
    #[inline]
    fn length_within(&self, buffer: &ArrayBufferData) -> Option<usize> {
        if buffer.is_detached() {
            return None;
        }
        let buffer_length = buffer.byte_length();
        let size = self.element.size();
        match self.array_length() {
            Some(length) => (self.byte_offset + length * size <= buffer_length).then_some(length),
            None => buffer_length.checked_sub(self.byte_offset).map(|bytes| bytes / size),
        }
    }

    /// The element count, or None when the view is out of bounds or its buffer detached.
    #[inline]
    pub fn length_in_bounds(&self) -> Option<usize> {
        // A view with an element view keeps its length while its buffer stays attached.
        if !self.view_data.is_null() && self.buffer.get().element_tag == kiln_abi::element_tag::ATTACHED_FIXED {
            return Some(self.length);
        }
        self.length_within(array_buffer::buffer_data(self.buffer)?)
    }

    /// TypedArrayLength, 0 when out of bounds (what the `length` getter returns).
    #[inline]
    pub fn length(&self) -> usize {
        self.length_in_bounds().unwrap_or(0)
    }

    /// The element at `index` when it is a valid integer index.
    #[inline]
    pub fn read(&self, index: usize) -> Option<f64> {
        let buffer = array_buffer::buffer_data(self.buffer)?;
        if index >= self.length_within(buffer)? {
            return None;
        }
        let bytes = buffer.bytes();
        let start = self.byte_offset + index * self.element.size();
        // One match on the type, each arm a fixed-size native-endian load.
        macro_rules! load {
            ($ty:ty) => {
                <$ty>::from_ne_bytes(*<&[u8; std::mem::size_of::<$ty>()]>::try_from(bytes.get(start..start + std::mem::size_of::<$ty>())?).ok()?)
            };
        }
        Some(match self.element {
            ElementType::Int8 => load!(i8) as f64,
            ElementType::Uint8 | ElementType::Uint8Clamped => load!(u8) as f64,
            ElementType::Int16 => load!(i16) as f64,
            ElementType::Uint16 => load!(u16) as f64,
            ElementType::Int32 => load!(i32) as f64,
            ElementType::Uint32 => load!(u32) as f64,
            ElementType::Float32 => load!(f32) as f64,
            ElementType::Float64 => load!(f64),
            ElementType::BigInt64 => load!(i64) as f64,
            ElementType::BigUint64 => load!(u64) as f64,
        })
    }

    /// The raw bits of the element at `index` when it is a valid integer index.
    #[inline]
    pub fn read_raw(&self, index: usize) -> Option<u64> {
        let buffer = array_buffer::buffer_data(self.buffer)?;
        if index >= self.length_within(buffer)? {
            return None;
        }
        let size = self.element.size();
        let start = self.byte_offset + index * size;
        Some(load_raw(buffer.bytes().get(start..start + size)?, NATIVE_LITTLE_ENDIAN))
    }

    /// Stores raw bits at `index` when it is a valid integer index; false otherwise.
    #[inline]
    pub fn write_raw(&self, index: usize, raw: u64) -> bool {
        let Some(buffer) = array_buffer::buffer_data_mut(self.buffer) else { return false };
        match self.length_within(buffer) {
            Some(length) if index < length => {}
            _ => return false,
        }
        let size = self.element.size();
        let start = self.byte_offset + index * size;
        match buffer.bytes_mut().get_mut(start..start + size) {
            Some(bytes) => {
                store_raw(bytes, raw, NATIVE_LITTLE_ENDIAN);
                true
            }
            None => false,
        }
    }

    /// The element at `index` as a value (a new BigInt for the BigInt types), when it is a
    /// valid integer index.
    #[inline]
    pub fn read_value(&self, ctx: &mut Context, index: usize) -> Option<Value> {
        if !self.element.is_bigint() {
            return self.read(index).map(Value::number);
        }
        let raw = self.read_raw(index)?;
        Some(self.element.to_value(ctx, raw))
    }

    /// Writes `number` at `index` when it is a valid integer index; false otherwise.
    #[inline]
    pub fn write(&self, index: usize, number: f64) -> bool {
        let Some(buffer) = array_buffer::buffer_data_mut(self.buffer) else { return false };
        match self.length_within(buffer) {
            Some(length) if index < length => {}
            _ => return false,
        }
        let start = self.byte_offset + index * self.element.size();
        let bytes = buffer.bytes_mut();
        macro_rules! store {
            ($ty:ty, $value:expr) => {
                match bytes.get_mut(start..start + std::mem::size_of::<$ty>()).and_then(|slot| <&mut [u8; std::mem::size_of::<$ty>()]>::try_from(slot).ok()) {
                    Some(slot) => {
                        *slot = <$ty>::to_ne_bytes($value);
                        true
                    }
                    None => false,
                }
            };
        }
        match self.element {
            ElementType::Float64 => store!(f64, number),
            ElementType::Float32 => store!(f32, number as f32),
            ElementType::Uint8Clamped => store!(u8, to_uint8_clamp(number)),
            ElementType::Int8 | ElementType::Uint8 => store!(u8, integer_bits(number) as u8),
            ElementType::Int16 | ElementType::Uint16 => store!(u16, integer_bits(number) as u16),
            ElementType::Int32 | ElementType::Uint32 => store!(u32, integer_bits(number)),
            ElementType::BigInt64 | ElementType::BigUint64 => store!(u64, number as i64 as u64),
        }
    }

    /// The byte range of elements `start..end` in the buffer (callers checked the bounds).
    pub(crate) fn byte_range(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let size = self.element.size();
        self.byte_offset + start * size..self.byte_offset + end * size
    }
}

/// The typed array data of `object`, if it is a typed array.
#[inline]
pub fn typed_array_data<'a>(object: Gc<JsObject>) -> Option<&'a TypedArrayData> {
    match object.get().kind() {
        ObjectKind::TypedArray(data) => Some(data),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Integer-indexed exotic object behaviour (§10.4.5), called from `object::ops`
// ---------------------------------------------------------------------------------------------

/// CanonicalNumericIndexString (§7.1.21) of a property key: the number a typed array treats
/// the key as, or None for keys that are ordinary properties. Array indices need no work.
#[inline]
pub fn numeric_index(key: PropertyKey) -> Option<f64> {
    match key {
        PropertyKey::Index(index) => Some(index as f64),
        PropertyKey::String(atom) => canonical_numeric_string(atom.get()),
        PropertyKey::Symbol(_) => None,
    }
}

fn canonical_numeric_string(text: &JsString) -> Option<f64> {
    // Every canonical numeric string starts with a digit, '-', 'I' (Infinity) or 'N' (NaN):
    // reject the common names without converting.
    let first = text.units().next()?;
    if !(first == u16::from(b'-') || first == u16::from(b'I') || first == u16::from(b'N') || (u16::from(b'0')..=u16::from(b'9')).contains(&first)) {
        return None;
    }
    if text.eq_str("-0") {
        return Some(-0.0);
    }
    let number = crate::value::number::string_to_number(text.view());
    text.eq_str(&crate::value::number::to_rust_string(number)).then_some(number)
}

/// The element index `index` names when it is an integer index at all (not -0, not
/// fractional, not negative); bounds are checked by the caller.
#[inline]
fn integer_index(index: f64) -> Option<usize> {
    if index.fract() != 0.0 || index < 0.0 || (index == 0.0 && index.is_sign_negative()) || index >= MAX_LENGTH as f64 {
        return None;
    }
    Some(index as usize)
}

/// IsValidIntegerIndex (§10.4.5.14).
pub fn is_valid_integer_index(data: &TypedArrayData, index: f64) -> bool {
    integer_index(index).is_some_and(|index| data.length_in_bounds().is_some_and(|length| index < length))
}

/// TypedArrayGetElement (§10.4.5.15) for an array index: the element or undefined. Only for
/// the number types (BigInt elements must be allocated: [`get_element_value`]).
#[inline]
pub fn get_element_at(data: &TypedArrayData, index: u32) -> Value {
    match data.read(index as usize) {
        Some(number) => Value::number(number),
        None => Value::UNDEFINED,
    }
}

/// TypedArrayGetElement for an array index, of any element type.
#[inline]
pub fn get_element_value(ctx: &mut Context, data: &TypedArrayData, index: u32) -> Value {
    data.read_value(ctx, index as usize).unwrap_or(Value::UNDEFINED)
}

/// TypedArrayGetElement for any numeric index (number types only, as [`get_element_at`]).
#[inline]
pub fn get_element(data: &TypedArrayData, index: f64) -> Value {
    match integer_index(index).and_then(|index| data.read(index)) {
        Some(number) => Value::number(number),
        None => Value::UNDEFINED,
    }
}

/// `object[key]` for a number `key` (as compiled code's computed reads pass it): the element
/// or undefined when `object` is a typed array of a number type, None otherwise. [[Get]] of a
/// canonical numeric key never looks at the prototype chain (§10.4.5.4), and the key string of
/// every number but -0 is canonical; callers pass -0 as 0.
#[inline]
pub fn get_number_key(object: Gc<JsObject>, index: f64) -> Option<Value> {
    let data = typed_array_data(object)?;
    if data.element.is_bigint() {
        return None;
    }
    let integer = index as u32;
    if integer as f64 == index && !index.is_sign_negative() {
        return Some(get_element_at(data, integer));
    }
    Some(get_element(data, index))
}

/// `object[key] = value` for a number `key` when `object` is a typed array: TypedArraySetElement
/// (the receiver is the typed array itself, §10.4.5.5), which never fails. None when `object`
/// is not a typed array or `key` not a number.
#[inline]
pub fn set_number_key(ctx: &mut Context, object: Value, key: Value, value: Value) -> Option<JsResult<()>> {
    let target = object.as_object()?;
    let index = key.as_number()?;
    let data = typed_array_data(target)?;
    // A number stored at an integer index (-0, key "0", is index 0 as well) needs no
    // conversion that could run code; anything else takes TypedArraySetElement.
    let integer = index as u32;
    if let Some(number) = value.as_number() {
        if !data.element.is_bigint() && integer as f64 == index {
            data.write(integer as usize, number);
            return Some(Ok(()));
        }
    }
    Some(set_element_js(ctx, target, index + 0.0, value))
}

/// [[GetOwnProperty]] of a numeric key (§10.4.5.1): a writable, enumerable, configurable data
/// property for a valid index, nothing otherwise.
pub fn own_element(ctx: &mut Context, data: &TypedArrayData, index: f64) -> Option<OwnProperty> {
    let value = data.read_value(ctx, integer_index(index)?)?;
    Some(OwnProperty::Data { value, attributes: Attributes::DEFAULT })
}

/// TypedArraySetElement (§10.4.5.16): converts `value` (which may run JS, and may detach or
/// resize the buffer), then writes it if `index` is still a valid integer index.
#[inline]
pub fn set_element_js(ctx: &mut Context, object: Gc<JsObject>, index: f64, value: Value) -> JsResult<()> {
    let element = typed_array_data(object).map_or(ElementType::Uint8, |data| data.element);
    if element.is_bigint() {
        let raw = element.to_raw_js(ctx, value)?;
        if let (Some(data), Some(index)) = (typed_array_data(object), integer_index(index)) {
            data.write_raw(index, raw);
        }
        return Ok(());
    }
    let number = match value.as_number() {
        Some(number) => number,
        None => conv::to_number(ctx, value)?,
    };
    if let (Some(data), Some(index)) = (typed_array_data(object), integer_index(index)) {
        data.write(index, number);
    }
    Ok(())
}

/// [[DefineOwnProperty]] of a numeric key (§10.4.5.3).
pub fn define_element_js(ctx: &mut Context, object: Gc<JsObject>, index: f64, descriptor: PropertyDescriptor) -> JsResult<bool> {
    let Some(data) = typed_array_data(object) else { return Ok(false) };
    if !is_valid_integer_index(data, index) {
        return Ok(false);
    }
    if descriptor.configurable == Some(false)
        || descriptor.enumerable == Some(false)
        || descriptor.is_accessor()
        || descriptor.writable == Some(false)
    {
        return Ok(false);
    }
    if let Some(value) = descriptor.value {
        set_element_js(ctx, object, index, value)?;
    }
    Ok(true)
}

/// The integer keys [[OwnPropertyKeys]] lists first (§10.4.5.7): 0 .. length.
pub fn element_keys(ctx: &mut Context, data: &TypedArrayData, keys: &mut Vec<PropertyKey>) {
    let length = data.length() as u64;
    keys.reserve(length as usize);
    for index in 0..length {
        keys.push(operations::index_key(ctx, index));
    }
}

// ---------------------------------------------------------------------------------------------
// Installation
// ---------------------------------------------------------------------------------------------

/// The concrete constructors, one native per element type.
const CONSTRUCTORS: [NativeFn; 11] = [
    construct::<0>,
    construct::<1>,
    construct::<2>,
    construct::<3>,
    construct::<4>,
    construct::<5>,
    construct::<6>,
    construct::<7>,
    construct::<8>,
    construct::<9>,
    construct::<10>,
];

/// Installs %TypedArray% (its statics; `typed_array_methods` fills the prototype) and the
/// eleven concrete constructors.
pub fn init(ctx: &mut Context) {
    let object_prototype = ctx.realm.object_prototype;
    let prototype = ctx.new_object_with_prototype(Some(object_prototype));
    ctx.realm.typed_array_prototype = prototype;
    let name = ctx.intern_str("TypedArray");
    let constructor = function::new_native(ctx, name, 0, abstract_constructor, true);
    ctx.realm.typed_array_constructor = constructor;
    let prototype_key = PropertyKey::String(ctx.atoms.prototype);
    ops::define_fresh(ctx, constructor, prototype_key, Value::object(prototype), Attributes::NONE);
    let constructor_key = PropertyKey::String(ctx.atoms.constructor);
    ops::define_fresh(ctx, prototype, constructor_key, Value::object(constructor), Attributes::HIDDEN);
    let species = PropertyKey::Symbol(ctx.symbols.species);
    ObjectBuilder::new(ctx, constructor)
        .method("of", 0, of)
        .method("from", 1, from)
        .accessor_with_key(species, "[Symbol.species]", Some(get_species), None);

    for (element, native) in ElementType::ALL.into_iter().zip(CONSTRUCTORS) {
        let concrete_prototype = ctx.new_object_with_prototype(Some(prototype));
        let concrete = super::builder::constructor(ctx, element.name(), 3, native, concrete_prototype);
        ops::set_prototype_of(concrete, Some(constructor));
        let bytes = Value::number(element.size() as f64);
        ObjectBuilder::new(ctx, concrete).property("BYTES_PER_ELEMENT", bytes, Attributes::NONE);
        ObjectBuilder::new(ctx, concrete_prototype).property("BYTES_PER_ELEMENT", bytes, Attributes::NONE);
        set_intrinsics(ctx, element, concrete, concrete_prototype);
    }
}

fn set_intrinsics(ctx: &mut Context, element: ElementType, constructor: Gc<JsObject>, prototype: Gc<JsObject>) {
    let realm = &mut ctx.realm;
    let (constructor_field, prototype_field) = match element {
        ElementType::Int8 => (&mut realm.int8_array_constructor, &mut realm.int8_array_prototype),
        ElementType::Uint8 => (&mut realm.uint8_array_constructor, &mut realm.uint8_array_prototype),
        ElementType::Uint8Clamped => (&mut realm.uint8_clamped_array_constructor, &mut realm.uint8_clamped_array_prototype),
        ElementType::Int16 => (&mut realm.int16_array_constructor, &mut realm.int16_array_prototype),
        ElementType::Uint16 => (&mut realm.uint16_array_constructor, &mut realm.uint16_array_prototype),
        ElementType::Int32 => (&mut realm.int32_array_constructor, &mut realm.int32_array_prototype),
        ElementType::Uint32 => (&mut realm.uint32_array_constructor, &mut realm.uint32_array_prototype),
        ElementType::Float32 => (&mut realm.float32_array_constructor, &mut realm.float32_array_prototype),
        ElementType::Float64 => (&mut realm.float64_array_constructor, &mut realm.float64_array_prototype),
        ElementType::BigInt64 => (&mut realm.bigint64_array_constructor, &mut realm.bigint64_array_prototype),
        ElementType::BigUint64 => (&mut realm.biguint64_array_constructor, &mut realm.biguint64_array_prototype),
    };
    *constructor_field = constructor;
    *prototype_field = prototype;
}

/// %Int8Array% … %BigUint64Array%.
pub fn intrinsic_constructor(ctx: &Context, element: ElementType) -> Gc<JsObject> {
    let realm = &ctx.realm;
    match element {
        ElementType::Int8 => realm.int8_array_constructor,
        ElementType::Uint8 => realm.uint8_array_constructor,
        ElementType::Uint8Clamped => realm.uint8_clamped_array_constructor,
        ElementType::Int16 => realm.int16_array_constructor,
        ElementType::Uint16 => realm.uint16_array_constructor,
        ElementType::Int32 => realm.int32_array_constructor,
        ElementType::Uint32 => realm.uint32_array_constructor,
        ElementType::Float32 => realm.float32_array_constructor,
        ElementType::Float64 => realm.float64_array_constructor,
        ElementType::BigInt64 => realm.bigint64_array_constructor,
        ElementType::BigUint64 => realm.biguint64_array_constructor,
    }
}

/// %Int8Array.prototype% … %BigUint64Array.prototype%.
pub fn intrinsic_prototype(ctx: &Context, element: ElementType) -> Gc<JsObject> {
    let realm = &ctx.realm;
    match element {
        ElementType::Int8 => realm.int8_array_prototype,
        ElementType::Uint8 => realm.uint8_array_prototype,
        ElementType::Uint8Clamped => realm.uint8_clamped_array_prototype,
        ElementType::Int16 => realm.int16_array_prototype,
        ElementType::Uint16 => realm.uint16_array_prototype,
        ElementType::Int32 => realm.int32_array_prototype,
        ElementType::Uint32 => realm.uint32_array_prototype,
        ElementType::Float32 => realm.float32_array_prototype,
        ElementType::Float64 => realm.float64_array_prototype,
        ElementType::BigInt64 => realm.bigint64_array_prototype,
        ElementType::BigUint64 => realm.biguint64_array_prototype,
    }
}

fn get_species(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(call.this)
}

/// %TypedArray% ( ) (§23.2.1.1): always throws.
fn abstract_constructor(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    ctx.throw_type_error("Abstract class TypedArray not directly constructable")
}

// ---------------------------------------------------------------------------------------------
// Creation
// ---------------------------------------------------------------------------------------------

/// A typed array object over `buffer` (no validation: callers checked offset and length).
fn new_view(
    ctx: &mut Context,
    prototype: Gc<JsObject>,
    element: ElementType,
    buffer: Gc<JsObject>,
    byte_offset: usize,
    array_length: Option<usize>,
) -> Gc<JsObject> {
    let (view_data, tag) = element_view(buffer, element, byte_offset, array_length);
    let length = array_length.unwrap_or(AUTO_LENGTH);
    let data = TypedArrayData { view_data, length, buffer, element, byte_offset };
    let shape = ctx.root_shape;
    let object = ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::TypedArray(data)));
    object.get_mut().element_tag = tag;
    object
}

/// The element view and element tag of a new typed array (`kiln_abi::typed_array_offset`).
/// Only a fixed-length view of a fixed-length buffer of a Number type gets a tag: its bytes
/// then never move or change length until the buffer is detached, which clears the buffer's
/// own tag, so compiled code checks that instead of every view being told.
fn element_view(buffer: Gc<JsObject>, element: ElementType, byte_offset: usize, array_length: Option<usize>) -> (*mut u8, u8) {
    let none = (std::ptr::null_mut(), kiln_abi::element_tag::NONE);
    let Some(length) = array_length else { return none };
    if element.is_bigint() || buffer.get().element_tag != kiln_abi::element_tag::ATTACHED_FIXED {
        return none;
    }
    let Some(data) = array_buffer::buffer_data_mut(buffer) else { return none };
    let bytes = data.bytes_mut();
    if byte_offset + length * element.size() > bytes.len() {
        return none;
    }
    // The end of the view is within the buffer, so the offset pointer is within (or one past
    // the end of) the same allocation.
    let start = bytes.as_mut_ptr().wrapping_add(byte_offset);
    (start, element as u8 + 1)
}

/// Where [`TypedArrayData`] sits inside a `JsObject` cell: `kind`'s payload for the
/// `TypedArray` variant. Enum layout is not specified, so it is measured here at compile time
/// and asserted against the ABI's offsets.
const fn typed_array_data_offset() -> usize {
    // SAFETY: `Gc` is a non-null pointer and a zero-sized marker; a dangling one is never
    // dereferenced (only the address of the payload is taken).
    let buffer = unsafe { std::mem::transmute::<std::ptr::NonNull<JsObject>, Gc<JsObject>>(std::ptr::NonNull::dangling()) };
    let data = TypedArrayData { view_data: std::ptr::null_mut(), length: AUTO_LENGTH, buffer, element: ElementType::Uint8, byte_offset: 0 };
    let kind = ObjectKind::TypedArray(data);
    let base = &kind as *const ObjectKind as *const u8;
    let offset = match &kind {
        // SAFETY: both pointers are into `kind`.
        ObjectKind::TypedArray(data) => unsafe { (data as *const TypedArrayData as *const u8).offset_from(base) as usize },
        _ => usize::MAX,
    };
    std::mem::forget(kind);
    crate::object::KIND_OFFSET + offset
}

const _: () = {
    use kiln_abi::{element_tag, typed_array_offset};
    let base = typed_array_data_offset();
    assert!(base + std::mem::offset_of!(TypedArrayData, view_data) == typed_array_offset::DATA as usize);
    assert!(base + std::mem::offset_of!(TypedArrayData, length) == typed_array_offset::LENGTH as usize);
    assert!(base + std::mem::offset_of!(TypedArrayData, buffer) == typed_array_offset::BUFFER as usize);
    assert!(ElementType::Int8 as u8 + 1 == element_tag::INT8);
    assert!(ElementType::Uint8 as u8 + 1 == element_tag::UINT8);
    assert!(ElementType::Uint8Clamped as u8 + 1 == element_tag::UINT8_CLAMPED);
    assert!(ElementType::Int16 as u8 + 1 == element_tag::INT16);
    assert!(ElementType::Uint16 as u8 + 1 == element_tag::UINT16);
    assert!(ElementType::Int32 as u8 + 1 == element_tag::INT32);
    assert!(ElementType::Uint32 as u8 + 1 == element_tag::UINT32);
    assert!(ElementType::Float32 as u8 + 1 == element_tag::FLOAT32);
    assert!(ElementType::Float64 as u8 + 1 == element_tag::FLOAT64);
};

/// AllocateTypedArray with a length (§23.2.5.1.1): a zeroed array over a fresh %ArrayBuffer%.
pub fn allocate(ctx: &mut Context, prototype: Gc<JsObject>, element: ElementType, length: u64) -> JsResult<Gc<JsObject>> {
    if length > MAX_LENGTH {
        return ctx.throw_range_error(&format!("Invalid typed array length: {length}"));
    }
    let buffer_prototype = ctx.realm.array_buffer_prototype;
    let buffer = array_buffer::allocate(ctx, buffer_prototype, length * element.size() as u64, None, false)?;
    Ok(new_view(ctx, prototype, element, buffer, 0, Some(length as usize)))
}

/// A new %Uint8Array% … of `element` type and `length` with the intrinsic prototype.
pub fn allocate_intrinsic(ctx: &mut Context, element: ElementType, length: u64) -> JsResult<Gc<JsObject>> {
    let prototype = intrinsic_prototype(ctx, element);
    allocate(ctx, prototype, element, length)
}

/// The `TypedArray(...args)` constructor of each element type (§23.2.5.1).
fn construct<const TYPE: u8>(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let element = ElementType::from_index(TYPE);
    // Step 1.
    if !call.is_construct() {
        return ctx.throw_type_error(&format!("Constructor {} requires 'new'", element.name()));
    }
    let first = call.arg(0);
    let default = intrinsic_prototype(ctx, element);
    let Some(source) = first.as_object() else {
        // Step 6: a length.
        let length = array_buffer::to_index_with(ctx, first, |ctx, value| format!("Invalid typed array length: {}", primitive_text(ctx, value)))?;
        let prototype = function::prototype_from_constructor(ctx, call.new_target, default)?;
        return Ok(Value::object(allocate(ctx, prototype, element, length)?));
    };
    // Step 5.a: AllocateTypedArray(…, NewTarget, proto) reads the prototype first.
    let prototype = function::prototype_from_constructor(ctx, call.new_target, default)?;
    let object = match source.get().kind() {
        ObjectKind::TypedArray(_) => from_typed_array(ctx, prototype, element, source)?,
        ObjectKind::ArrayBuffer(_) => from_array_buffer(ctx, prototype, element, source, call.arg(1), call.arg(2))?,
        _ => from_object(ctx, prototype, element, source)?,
    };
    Ok(Value::object(object))
}

/// InitializeTypedArrayFromTypedArray (§23.2.5.1.2).
fn from_typed_array(ctx: &mut Context, prototype: Gc<JsObject>, element: ElementType, source: Gc<JsObject>) -> JsResult<Gc<JsObject>> {
    let Some(length) = typed_array_data(source).and_then(TypedArrayData::length_in_bounds) else {
        return ctx.throw_type_error("Cannot perform Construct on a detached ArrayBuffer");
    };
    if typed_array_data(source).is_some_and(|data| data.element.is_bigint() != element.is_bigint()) {
        return throw_content_type_mismatch(ctx);
    }
    let object = allocate(ctx, prototype, element, length as u64)?;
    copy_elements(source, 0, object, 0, length);
    Ok(object)
}

/// The TypeError of mixing a BigInt typed array with a number one (V8's wording).
pub fn throw_content_type_mismatch<T>(ctx: &mut Context) -> JsResult<T> {
    ctx.throw_type_error("Cannot mix BigInt and other types, use explicit conversions")
}

/// Copies `count` elements from `source[source_start..]` to `target[target_start..]`,
/// converting between element types (bytes are copied as they are when the types match).
/// Both ranges must be in bounds; a shared buffer is handled as if the source were read
/// first.
pub(crate) fn copy_elements(source: Gc<JsObject>, source_start: usize, target: Gc<JsObject>, target_start: usize, count: usize) {
    let (Some(from), Some(to)) = (typed_array_data(source), typed_array_data(target)) else { return };
    if count == 0 {
        return;
    }
    let source_range = from.byte_range(source_start, source_start + count);
    // BigInt64 and BigUint64 elements convert by keeping their 64 bits.
    if from.element == to.element || (from.element.is_bigint() && to.element.is_bigint()) {
        let target_range = to.byte_range(target_start, target_start + count);
        if from.buffer == to.buffer {
            if let Some(buffer) = array_buffer::buffer_data_mut(to.buffer) {
                buffer.bytes_mut().copy_within(source_range, target_range.start);
            }
            return;
        }
        let (Some(source_buffer), Some(target_buffer)) = (array_buffer::buffer_data(from.buffer), array_buffer::buffer_data_mut(to.buffer)) else {
            return;
        };
        target_buffer.bytes_mut()[target_range].copy_from_slice(&source_buffer.bytes()[source_range]);
        return;
    }
    // Different types: read every source element before writing (the ranges may overlap).
    let Some(source_buffer) = array_buffer::buffer_data(from.buffer) else { return };
    let size = from.element.size();
    let values: Vec<f64> = source_buffer.bytes()[source_range]
        .chunks_exact(size)
        .map(|bytes| from.element.read(bytes, NATIVE_LITTLE_ENDIAN))
        .collect();
    for (offset, number) in values.into_iter().enumerate() {
        to.write(target_start + offset, number);
    }
}

/// InitializeTypedArrayFromArrayBuffer (§23.2.5.1.3).
fn from_array_buffer(
    ctx: &mut Context,
    prototype: Gc<JsObject>,
    element: ElementType,
    buffer: Gc<JsObject>,
    byte_offset: Value,
    length: Value,
) -> JsResult<Gc<JsObject>> {
    let size = element.size() as u64;
    // Steps 2-3.
    let offset = array_buffer::to_index_with(ctx, byte_offset, |ctx, value| {
        format!("Start offset {} is outside the bounds of the buffer", primitive_text(ctx, value))
    })?;
    if !offset.is_multiple_of(size) {
        return ctx.throw_range_error(&format!("start offset of {} should be a multiple of {size}", element.name()));
    }
    // Step 5.
    let new_length = if length.is_undefined() {
        None
    } else {
        Some(array_buffer::to_index_with(ctx, length, |ctx, value| format!("Invalid typed array length: {}", primitive_text(ctx, value)))?)
    };
    // Steps 6-7.
    let data = array_buffer::buffer_data(buffer).expect("the caller checked the kind");
    if data.is_detached() {
        return ctx.throw_type_error("Cannot perform Construct on a detached ArrayBuffer");
    }
    let buffer_length = data.byte_length() as u64;
    let outside = |ctx: &mut Context| ctx.throw_range_error(&format!("Start offset {offset} is outside the bounds of the buffer"));
    // Step 8: a length-tracking view.
    if new_length.is_none() && data.is_resizable() {
        if offset > buffer_length {
            return outside(ctx);
        }
        return Ok(new_view(ctx, prototype, element, buffer, offset as usize, None));
    }
    // Step 9.
    let length = match new_length {
        None => {
            if !buffer_length.is_multiple_of(size) {
                return ctx.throw_range_error(&format!("byte length of {} should be a multiple of {size}", element.name()));
            }
            if offset > buffer_length {
                return outside(ctx);
            }
            (buffer_length - offset) / size
        }
        Some(length) => {
            if offset + length * size > buffer_length {
                return ctx.throw_range_error(&format!("Invalid typed array length: {length}"));
            }
            length
        }
    };
    if length > MAX_LENGTH {
        return ctx.throw_range_error("Invalid typed array length: undefined");
    }
    Ok(new_view(ctx, prototype, element, buffer, offset as usize, Some(length as usize)))
}

/// Steps 5.b.iii-v of §23.2.5.1: an iterable (InitializeTypedArrayFromList) or an array-like
/// (InitializeTypedArrayFromArrayLike).
fn from_object(ctx: &mut Context, prototype: Gc<JsObject>, element: ElementType, source: Gc<JsObject>) -> JsResult<Gc<JsObject>> {
    let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
    let method = ops::get_method(ctx, Value::object(source), iterator_key)?;
    if let Some(method) = method {
        // A plain array iterated by the built-in iterator yields exactly its array-like view.
        if !operations::array_iteration_is_pristine(ctx, source) {
            let values = iterate_to_list(ctx, Value::object(source), method)?;
            let length = values.get().len();
            let object = allocate(ctx, prototype, element, length as u64)?;
            for index in 0..length {
                let value = values.get().get(index);
                set_element_js(ctx, object, index as f64, value)?;
            }
            return Ok(object);
        }
    }
    let length = crate::iteration::length_of_array_like(ctx, source)?;
    let object = allocate(ctx, prototype, element, length)?;
    for index in 0..length {
        let value = operations::get_index(ctx, source, index)?;
        set_element_js(ctx, object, index as f64, value)?;
    }
    Ok(object)
}

/// IteratorToList(GetIteratorFromMethod(value, method)) into a rooted list.
fn iterate_to_list(ctx: &mut Context, value: Value, method: Value) -> JsResult<Gc<crate::gc::ValueList>> {
    let record: IteratorRecord = operations::get_iterator_from_method(ctx, value, method)?;
    let list = ctx.new_list();
    while let Some(item) = operations::iterator_step_value(ctx, record)? {
        list.get_mut().push(item);
    }
    Ok(list)
}

/// TypedArrayCreateFromConstructor (§23.2.4.2): `new constructor(...args)`, validated as a
/// typed array in bounds and, for a single length argument, at least that long. `method`
/// names the built-in in V8's "incompatible receiver" message.
pub fn create_from_constructor(ctx: &mut Context, constructor: Value, args: &[Value], method: &str) -> JsResult<Gc<JsObject>> {
    let result = function::construct(ctx, constructor, args, constructor)?;
    let object = match result.as_object().filter(|&object| typed_array_data(object).is_some()) {
        Some(object) => object,
        None => {
            let text = describe_value(ctx, result);
            return ctx.throw_type_error(&format!("Method {method} called on incompatible receiver {text}"));
        }
    };
    let Some(length) = typed_array_data(object).and_then(TypedArrayData::length_in_bounds) else {
        return ctx.throw_type_error(&format!("Cannot perform {method} on a detached ArrayBuffer"));
    };
    if let [requested] = args {
        if requested.as_number().is_some_and(|requested| (length as f64) < requested) {
            return ctx.throw_type_error("Derived TypedArray constructor created an array which was too small");
        }
    }
    Ok(object)
}

/// TypedArraySpeciesCreate (§23.2.4.1) with a length argument.
pub fn species_create(ctx: &mut Context, exemplar: Gc<JsObject>, length: usize, method: &str) -> JsResult<Gc<JsObject>> {
    let element = typed_array_data(exemplar).map(|data| data.element).unwrap_or(ElementType::Uint8);
    let default = intrinsic_constructor(ctx, element);
    let constructor = super::regexp_symbols::species_constructor(ctx, exemplar, default)?;
    if constructor == Value::object(default) {
        return allocate_intrinsic(ctx, element, length as u64);
    }
    create_from_constructor(ctx, constructor, &[Value::number(length as f64)], method)
}

/// TypedArraySpeciesCreate with the (buffer, byteOffset[, length]) arguments of `subarray`.
pub fn species_create_view(ctx: &mut Context, exemplar: Gc<JsObject>, args: &[Value], method: &str) -> JsResult<Gc<JsObject>> {
    let element = typed_array_data(exemplar).map(|data| data.element).unwrap_or(ElementType::Uint8);
    let default = intrinsic_constructor(ctx, element);
    let constructor = super::regexp_symbols::species_constructor(ctx, exemplar, default)?;
    create_from_constructor(ctx, constructor, args, method)
}

// ---------------------------------------------------------------------------------------------
// %TypedArray%.from, %TypedArray%.of
// ---------------------------------------------------------------------------------------------

/// `this` as a constructor for from/of, with V8's "x is not a constructor".
fn this_constructor(ctx: &mut Context, this: Value) -> JsResult<Value> {
    if this.is_constructor() {
        return Ok(this);
    }
    let text = describe_value(ctx, this);
    ctx.throw_type_error(&format!("{text} is not a constructor"))
}

/// Set(target, index, value, true) on the result of from/of/map (a validated typed array).
fn store(ctx: &mut Context, target: Gc<JsObject>, index: usize, value: Value) -> JsResult<()> {
    set_element_js(ctx, target, index as f64, value)
}

/// %TypedArray%.from ( source [ , mapfn [ , thisArg ] ] ) (§23.2.2.1).
fn from(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    const METHOD: &str = "%TypedArray%.from";
    let (source, map_fn, this_arg) = (call.arg(0), call.arg(1), call.arg(2));
    // Steps 1-4.
    let constructor = this_constructor(ctx, call.this)?;
    let mapping = !map_fn.is_undefined();
    if mapping {
        operations::require_callable(ctx, map_fn)?;
    }
    // Step 5.
    if source.is_nullish() {
        let message = operations::not_iterable_message(ctx, source);
        return ctx.throw_type_error(&message);
    }
    let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
    let method = ops::get_method(ctx, source, iterator_key)?;
    // Step 6: an iterable, drained into a list first.
    if let Some(method) = method {
        let values = iterate_to_list(ctx, source, method)?;
        let length = values.get().len();
        let target = create_from_constructor(ctx, constructor, &[Value::number(length as f64)], METHOD)?;
        for index in 0..length {
            let mut value = values.get().get(index);
            if mapping {
                value = function::call(ctx, map_fn, this_arg, &[value, Value::number(index as f64)])?;
            }
            store(ctx, target, index, value)?;
        }
        return Ok(Value::object(target));
    }
    // Steps 7-12: an array-like.
    let array_like = conv::to_object(ctx, source)?;
    let length = crate::iteration::length_of_array_like(ctx, array_like)?;
    let target = create_from_constructor(ctx, constructor, &[Value::number(length as f64)], METHOD)?;
    for index in 0..length {
        let mut value = operations::get_index(ctx, array_like, index)?;
        if mapping {
            value = function::call(ctx, map_fn, this_arg, &[value, Value::number(index as f64)])?;
        }
        store(ctx, target, index as usize, value)?;
    }
    Ok(Value::object(target))
}

/// %TypedArray%.of ( ...items ) (§23.2.2.2).
fn of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let constructor = this_constructor(ctx, call.this)?;
    let length = call.args.len();
    let target = create_from_constructor(ctx, constructor, &[Value::number(length as f64)], "%TypedArray%.of")?;
    for (index, &value) in call.args.iter().enumerate() {
        store(ctx, target, index, value)?;
    }
    Ok(Value::object(target))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(element: ElementType, number: f64) -> f64 {
        let mut bytes = vec![0; element.size()];
        element.write(&mut bytes, number, true);
        element.read(&bytes, true)
    }

    #[test]
    fn integer_conversions_wrap_modulo() {
        assert_eq!(round_trip(ElementType::Int8, 128.0), -128.0);
        assert_eq!(round_trip(ElementType::Int8, -129.0), 127.0);
        assert_eq!(round_trip(ElementType::Uint8, 256.0 + 44.0), 44.0);
        assert_eq!(round_trip(ElementType::Uint8, -1.0), 255.0);
        assert_eq!(round_trip(ElementType::Uint8, 1.9), 1.0);
        assert_eq!(round_trip(ElementType::Int16, 40000.0), -25536.0);
        assert_eq!(round_trip(ElementType::Uint16, 70000.0), 4464.0);
        assert_eq!(round_trip(ElementType::Int32, 2_147_483_648.0), -2_147_483_648.0);
        assert_eq!(round_trip(ElementType::Uint32, -1.0), 4_294_967_295.0);
        assert_eq!(round_trip(ElementType::Uint32, 1.5e10), 2_115_098_112.0);
        assert_eq!(round_trip(ElementType::Int32, f64::NAN), 0.0);
        assert_eq!(round_trip(ElementType::Int32, f64::INFINITY), 0.0);
    }

    #[test]
    fn integer_bits_match_to_uint32() {
        for number in [-1.5, 2.0f64.powi(32) + 5.0, 1e20, -1e20, 9.3e18, -0.0, 0.999, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -2147483649.0] {
            assert_eq!(integer_bits(number), conv::f64_to_uint32(number), "ToUint32({number})");
        }
    }

    #[test]
    fn clamped_conversion_rounds_half_to_even() {
        let cases = [(1.5, 2), (2.5, 2), (0.5, 0), (-1.0, 0), (300.0, 255), (f64::NAN, 0), (254.5, 254), (254.50001, 255), (f64::INFINITY, 255), (3.5, 4)];
        for (input, expected) in cases {
            assert_eq!(to_uint8_clamp(input), expected, "ToUint8Clamp({input})");
        }
    }

    #[test]
    fn float_conversions_round_to_single_precision() {
        assert_eq!(round_trip(ElementType::Float32, 1.1), 1.100000023841858);
        assert_eq!(round_trip(ElementType::Float32, 16_777_217.0), 16_777_216.0);
        assert_eq!(round_trip(ElementType::Float32, 3.4e39), f64::INFINITY);
        assert!(round_trip(ElementType::Float32, -0.0).is_sign_negative());
        assert!(round_trip(ElementType::Float64, f64::NAN).is_nan());
        assert_eq!(round_trip(ElementType::Float64, 5e-324), 5e-324);
    }

    #[test]
    fn byte_order_is_explicit() {
        let mut bytes = [0u8; 4];
        ElementType::Uint32.write(&mut bytes, 0x1234_5678 as f64, true);
        assert_eq!(bytes, [0x78, 0x56, 0x34, 0x12]);
        ElementType::Uint32.write(&mut bytes, 0x1234_5678 as f64, false);
        assert_eq!(bytes, [0x12, 0x34, 0x56, 0x78]);
        assert_eq!(ElementType::Uint16.read(&bytes[..2], true), 0x3412 as f64);
        assert_eq!(ElementType::Float64.read(&[0, 0, 0, 0, 0, 0, 0xf8, 0x7f], true).is_nan(), true);
        assert_eq!(load_raw(&[1, 2], false), 0x0102);
        let mut pair = [0u8; 2];
        store_raw(&mut pair, 0xabcd, false);
        assert_eq!(pair, [0xab, 0xcd]);
    }

    #[test]
    fn bigint_elements_keep_their_64_bits() {
        use num_bigint::BigInt;
        assert_eq!(bigint_bits(&BigInt::from(-1)), u64::MAX);
        assert_eq!(bigint_bits(&(BigInt::from(1) << 64usize)), 0);
        assert_eq!(bigint_bits(&((BigInt::from(1) << 64usize) + 5)), 5);
        assert_eq!(bigint_bits(&-(BigInt::from(1) << 63usize)), 1 << 63);
        let mut ctx = Context::new_for_tests();
        let array = allocate_intrinsic(&mut ctx, ElementType::BigInt64, 2).expect("array");
        let minus_two = crate::bigint::new(&mut ctx, BigInt::from(-2));
        set_element_js(&mut ctx, array, 1.0, minus_two).expect("set");
        let data = typed_array_data(array).expect("typed array");
        assert_eq!(data.read_raw(1), Some((-2i64) as u64));
        let value = data.read_value(&mut ctx, 1).expect("in bounds");
        assert_eq!(crate::bigint::of(value), &BigInt::from(-2));
        assert!(set_element_js(&mut ctx, array, 0.0, Value::number(1.0)).is_err(), "numbers are not BigInts");
    }

    #[test]
    fn canonical_numeric_strings() {
        let mut ctx = Context::new_for_tests();
        let mut key = |text: &str| ctx.key(text);
        let cases: [(&str, Option<f64>); 10] = [
            ("-0", Some(-0.0)),
            ("1.5", Some(1.5)),
            ("-1", Some(-1.0)),
            ("Infinity", Some(f64::INFINITY)),
            ("4294967295", Some(4_294_967_295.0)),
            ("01", None),
            ("1e0", None),
            ("+1", None),
            ("length", None),
            ("", None),
        ];
        for (text, expected) in cases {
            let found = numeric_index(key(text));
            assert_eq!(found.map(f64::to_bits), expected.map(f64::to_bits), "{text:?}");
        }
        assert!(numeric_index(key("NaN")).is_some_and(f64::is_nan));
        assert_eq!(numeric_index(PropertyKey::Index(7)), Some(7.0));
    }

    #[test]
    fn views_track_resizable_buffers() {
        let mut ctx = Context::new_for_tests();
        let buffer_prototype = ctx.realm.array_buffer_prototype;
        let buffer = array_buffer::allocate(&mut ctx, buffer_prototype, 8, Some(16), false).expect("buffer");
        let prototype = intrinsic_prototype(&ctx, ElementType::Uint16);
        let tracking = new_view(&mut ctx, prototype, ElementType::Uint16, buffer, 2, None);
        let fixed = new_view(&mut ctx, prototype, ElementType::Uint16, buffer, 2, Some(2));
        let tracking_data = typed_array_data(tracking).expect("typed array");
        let fixed_data = typed_array_data(fixed).expect("typed array");
        assert_eq!(tracking_data.length(), 3);
        assert!(fixed_data.write(1, 0x0102 as f64));
        assert_eq!(tracking_data.read(1), Some(0x0102 as f64));
        array_buffer::detach(buffer);
        assert_eq!(tracking_data.length_in_bounds(), None);
        assert_eq!(fixed_data.read(0), None);
        assert!(!fixed_data.write(0, 1.0));
        assert!(!is_valid_integer_index(fixed_data, 0.0));
    }

    #[test]
    fn element_access_goes_through_the_object_model() {
        let mut ctx = Context::new_for_tests();
        let array = allocate_intrinsic(&mut ctx, ElementType::Int8, 2).expect("array");
        let receiver = Value::object(array);
        assert!(ops::set(&mut ctx, array, PropertyKey::Index(0), Value::number(200.0), receiver).expect("set"));
        assert!(ops::set(&mut ctx, array, PropertyKey::Index(5), Value::number(1.0), receiver).expect("set"));
        assert_eq!(ops::get_property(&mut ctx, array, PropertyKey::Index(0)).expect("get"), Value::number(-56.0));
        assert_eq!(ops::get_property(&mut ctx, array, PropertyKey::Index(5)).expect("get"), Value::UNDEFINED);
        let minus_zero = ctx.key("-0");
        assert!(!ops::has_property(&mut ctx, array, minus_zero).expect("has"));
        assert!(ops::has_property(&mut ctx, array, PropertyKey::Index(1)).expect("has"));
        assert!(!ops::delete(&mut ctx, array, PropertyKey::Index(1)).expect("delete"));
        assert!(ops::delete(&mut ctx, array, PropertyKey::Index(2)).expect("delete"));
        let keys = ops::own_property_keys(&mut ctx, array);
        assert_eq!(keys, [PropertyKey::Index(0), PropertyKey::Index(1)]);
        assert!(array.get().dense_elements().is_empty(), "elements never live in the object");
    }

    #[test]
    fn detached_buffers_hide_every_element() {
        let mut ctx = Context::new_for_tests();
        let array = allocate_intrinsic(&mut ctx, ElementType::Float64, 3).expect("array");
        let receiver = Value::object(array);
        assert!(ops::set(&mut ctx, array, PropertyKey::Index(1), Value::number(0.5), receiver).expect("set"));
        let buffer = typed_array_data(array).expect("typed array").buffer;
        array_buffer::detach(buffer);
        assert_eq!(ops::get_property(&mut ctx, array, PropertyKey::Index(1)).expect("get"), Value::UNDEFINED);
        assert!(ops::set(&mut ctx, array, PropertyKey::Index(1), Value::number(2.0), receiver).expect("set is ignored"));
        assert!(!ops::has_property(&mut ctx, array, PropertyKey::Index(0)).expect("has"));
        assert!(ops::delete(&mut ctx, array, PropertyKey::Index(0)).expect("delete"));
        assert!(ops::own_property_keys(&mut ctx, array).is_empty());
        let descriptor = PropertyDescriptor::value_only(Value::number(1.0));
        assert!(!ops::define_own_property(&mut ctx, array, PropertyKey::Index(0), descriptor).expect("define"));
        assert!(ops::define_property_or_throw(&mut ctx, array, PropertyKey::Index(0), descriptor).is_err());
        let message_key = PropertyKey::String(ctx.atoms.message);
        let error = ctx.take_exception();
        let message = ops::get_value(&mut ctx, error, message_key).expect("message");
        assert_eq!(message.as_string().map(|text| text.get().to_rust_string()).as_deref(), Some("Invalid typed array index"));
        assert_eq!(typed_array_data(array).map(TypedArrayData::length), Some(0));
    }
}
