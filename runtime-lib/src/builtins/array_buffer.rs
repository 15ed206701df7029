//! ArrayBuffer (§25.1) and SharedArrayBuffer (§25.2): the byte stores under typed arrays and
//! DataViews. Both kinds are one [`ArrayBufferData`] (a Rust `Vec<u8>` owned by the object cell
//! and freed when the cell is swept) with a shared flag; fixed-length, resizable
//! (`maxByteLength`, `resize`) and growable (`grow`) buffers differ only in their flags.
//!
//! Detaching (§25.1.3.5 DetachArrayBuffer) is implemented for the runtime and for the views'
//! detached checks, but node v20 (the oracle) has neither `ArrayBuffer.prototype.transfer` nor
//! `detached`, so no JS-visible method detaches a buffer yet.
//!
//! This module owns the bytes; typed arrays, DataView and Atomics read and write them through
//! [`ArrayBufferData::bytes`] / [`ArrayBufferData::bytes_mut`] and never keep a slice across a
//! call that may run JS (which could resize or detach the buffer).

use super::builder::{self, ObjectBuilder};
use crate::context::Context;
use crate::error::{describe_value, JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall};
use crate::object::{ops, Attributes, JsObject, ObjectKind, PropertyKey};
use crate::value::{conv, Value};

/// The largest `maxByteLength` V8 accepts (2^32).
pub const MAX_RESIZABLE_BYTE_LENGTH: u64 = 1 << 32;

/// 2^53 - 1, the largest value ToIndex accepts.
const MAX_INDEX: f64 = 9_007_199_254_740_991.0;

const FLAG_SHARED: u8 = 1;
const FLAG_RESIZABLE: u8 = 2;
const FLAG_DETACHED: u8 = 4;

/// [[ArrayBufferData]], [[ArrayBufferByteLength]] (the vector's length) and
/// [[ArrayBufferMaxByteLength]] of an ArrayBuffer or SharedArrayBuffer.
pub struct ArrayBufferData {
    bytes: Vec<u8>,
    max_byte_length: usize,
    flags: u8,
}

impl ArrayBufferData {
    /// The current contents (empty once detached).
    #[inline]
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The current contents, writable.
    #[inline]
    pub fn bytes_mut(&mut self) -> &mut [u8] {
        &mut self.bytes
    }

    /// [[ArrayBufferByteLength]] (0 once detached).
    #[inline]
    pub fn byte_length(&self) -> usize {
        self.bytes.len()
    }

    /// IsDetachedBuffer (§25.1.3.4).
    #[inline]
    pub fn is_detached(&self) -> bool {
        self.flags & FLAG_DETACHED != 0
    }

    /// IsSharedArrayBuffer (§25.2.2.2).
    #[inline]
    pub fn is_shared(&self) -> bool {
        self.flags & FLAG_SHARED != 0
    }

    /// True for a resizable ArrayBuffer or a growable SharedArrayBuffer (IsFixedLengthArrayBuffer
    /// is false).
    #[inline]
    pub fn is_resizable(&self) -> bool {
        self.flags & FLAG_RESIZABLE != 0
    }

    /// [[ArrayBufferMaxByteLength]] of a resizable buffer, else the byte length.
    pub fn max_byte_length(&self) -> usize {
        if self.is_resizable() {
            self.max_byte_length
        } else {
            self.bytes.len()
        }
    }

    /// Bytes of Rust heap this buffer owns (for the collector's accounting).
    pub(crate) fn heap_size(&self) -> usize {
        self.bytes.capacity()
    }
}

/// The buffer data of `object`, if it is an ArrayBuffer or SharedArrayBuffer.
#[inline]
pub fn buffer_data<'a>(object: Gc<JsObject>) -> Option<&'a ArrayBufferData> {
    match object.get().kind() {
        ObjectKind::ArrayBuffer(data) => Some(data),
        _ => None,
    }
}

/// The buffer data of `object`, writable.
#[inline]
pub fn buffer_data_mut<'a>(object: Gc<JsObject>) -> Option<&'a mut ArrayBufferData> {
    match object.get_mut().kind_mut() {
        Some(ObjectKind::ArrayBuffer(data)) => Some(data),
        _ => None,
    }
}

/// True when `object` is a detached ArrayBuffer (false for anything else).
pub fn is_detached(object: Gc<JsObject>) -> bool {
    buffer_data(object).is_some_and(ArrayBufferData::is_detached)
}

/// Installs ArrayBuffer and SharedArrayBuffer.
pub fn init(ctx: &mut Context) {
    let object_prototype = ctx.realm.object_prototype;
    let species = PropertyKey::Symbol(ctx.symbols.species);
    let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);

    let prototype = ctx.new_object_with_prototype(Some(object_prototype));
    ctx.realm.array_buffer_prototype = prototype;
    let constructor = builder::constructor(ctx, "ArrayBuffer", 1, array_buffer_constructor, prototype);
    ctx.realm.array_buffer_constructor = constructor;
    ObjectBuilder::new(ctx, constructor)
        .method("isView", 1, is_view)
        .accessor_with_key(species, "[Symbol.species]", Some(get_species), None);
    let tag = ctx.intern_str("ArrayBuffer");
    ObjectBuilder::new(ctx, prototype)
        .accessor("byteLength", Some(byte_length), None)
        .method("slice", 2, slice)
        .accessor("maxByteLength", Some(max_byte_length), None)
        .accessor("resizable", Some(resizable), None)
        .method("resize", 1, resize)
        .define(tag_key, Value::string(tag), Attributes::READONLY_HIDDEN);

    let prototype = ctx.new_object_with_prototype(Some(object_prototype));
    ctx.realm.shared_array_buffer_prototype = prototype;
    let constructor = builder::constructor(ctx, "SharedArrayBuffer", 1, shared_array_buffer_constructor, prototype);
    ctx.realm.shared_array_buffer_constructor = constructor;
    ObjectBuilder::new(ctx, constructor).accessor_with_key(species, "[Symbol.species]", Some(get_species), None);
    let tag = ctx.intern_str("SharedArrayBuffer");
    ObjectBuilder::new(ctx, prototype)
        .accessor("byteLength", Some(shared_byte_length), None)
        .method("slice", 2, shared_slice)
        .accessor("maxByteLength", Some(shared_max_byte_length), None)
        .accessor("growable", Some(growable), None)
        .method("grow", 1, grow)
        .define(tag_key, Value::string(tag), Attributes::READONLY_HIDDEN);
}

// ---------------------------------------------------------------------------------------------
// Abstract operations
// ---------------------------------------------------------------------------------------------

/// ToIndex (§7.1.22) with the RangeError `message` for values out of range.
pub fn to_index(ctx: &mut Context, value: Value, message: &str) -> JsResult<u64> {
    to_index_with(ctx, value, |_, _| message.to_string())
}

/// ToIndex whose RangeError message is made from the original value (V8 quotes it:
/// "Invalid typed array length: -1.5").
pub fn to_index_with(ctx: &mut Context, value: Value, message: impl FnOnce(&mut Context, Value) -> String) -> JsResult<u64> {
    if value.is_undefined() {
        return Ok(0);
    }
    let integer = conv::to_integer_or_infinity(ctx, value)?;
    if !(0.0..=MAX_INDEX).contains(&integer) {
        let text = message(ctx, value);
        return ctx.throw_range_error(&text);
    }
    Ok(integer as u64)
}

/// `byte_length` zeroed bytes, or None when the allocator refuses (V8's "Array buffer
/// allocation failed").
fn zeroed_bytes(byte_length: u64) -> Option<Vec<u8>> {
    let length = usize::try_from(byte_length).ok()?;
    if length == 0 {
        return Some(Vec::new());
    }
    let layout = std::alloc::Layout::array::<u8>(length).ok()?;
    // SAFETY: the layout has a non-zero size.
    let pointer = unsafe { std::alloc::alloc_zeroed(layout) };
    if pointer.is_null() {
        return None;
    }
    // SAFETY: `pointer` comes from the global allocator with the layout of `length` bytes of
    // alignment 1, which is what a `Vec<u8>` of capacity `length` owns; all of them are
    // initialized (zeroed).
    Some(unsafe { Vec::from_raw_parts(pointer, length, length) })
}

/// AllocateArrayBuffer / AllocateSharedArrayBuffer (§25.1.3.1, §25.2.2.1) with the prototype
/// already resolved: a zeroed buffer of `byte_length` bytes, resizable up to `max_byte_length`
/// when that is given.
pub fn allocate(
    ctx: &mut Context,
    prototype: Gc<JsObject>,
    byte_length: u64,
    max_byte_length: Option<u64>,
    shared: bool,
) -> JsResult<Gc<JsObject>> {
    if let Some(max) = max_byte_length {
        if byte_length > max || max > MAX_RESIZABLE_BYTE_LENGTH {
            return ctx.throw_range_error("Invalid array buffer max length");
        }
    }
    let Some(bytes) = zeroed_bytes(byte_length) else {
        return ctx.throw_range_error("Array buffer allocation failed");
    };
    let mut flags = if shared { FLAG_SHARED } else { 0 };
    if max_byte_length.is_some() {
        flags |= FLAG_RESIZABLE;
    }
    let data = ArrayBufferData { bytes, max_byte_length: max_byte_length.unwrap_or(0) as usize, flags };
    ctx.heap.note_external(data.heap_size());
    let shape = ctx.root_shape;
    let fixed = !data.is_resizable();
    let buffer = ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::ArrayBuffer(data)));
    if fixed {
        // Its bytes never move until it is detached: views may be read by compiled code
        // (`kiln_abi::typed_array_offset`).
        buffer.get_mut().element_tag = kiln_abi::element_tag::ATTACHED_FIXED;
    }
    Ok(buffer)
}

/// A fixed-length %ArrayBuffer% that takes `bytes` as its contents (no zeroing, no copy: the
/// way I/O hands JS what it read). A vector with much unused capacity is trimmed first, so the
/// buffer does not hold (and account) memory it will never use.
pub fn from_vec(ctx: &mut Context, mut bytes: Vec<u8>) -> Gc<JsObject> {
    if bytes.capacity() / 2 > bytes.len() {
        bytes.shrink_to_fit();
    }
    let data = ArrayBufferData { bytes, max_byte_length: 0, flags: 0 };
    ctx.heap.note_external(data.heap_size());
    let prototype = ctx.realm.array_buffer_prototype;
    let shape = ctx.root_shape;
    let buffer = ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::ArrayBuffer(data)));
    buffer.get_mut().element_tag = kiln_abi::element_tag::ATTACHED_FIXED;
    buffer
}

/// A fixed-length %ArrayBuffer% holding a copy of `bytes`.
pub fn new_with_bytes(ctx: &mut Context, bytes: &[u8]) -> JsResult<Gc<JsObject>> {
    let prototype = ctx.realm.array_buffer_prototype;
    let buffer = allocate(ctx, prototype, bytes.len() as u64, None, false)?;
    if let Some(data) = buffer_data_mut(buffer) {
        data.bytes.copy_from_slice(bytes);
    }
    Ok(buffer)
}

/// DetachArrayBuffer (§25.1.3.5): frees the bytes; every view then sees length 0.
pub fn detach(buffer: Gc<JsObject>) {
    if let Some(data) = buffer_data_mut(buffer) {
        if !data.is_shared() {
            data.bytes = Vec::new();
            data.flags |= FLAG_DETACHED;
            // Compiled code stops using its views' element views (they point at freed bytes).
            buffer.get_mut().element_tag = kiln_abi::element_tag::NONE;
        }
    }
}

/// GetArrayBufferMaxByteLengthOption (§25.1.3.7): `options.maxByteLength` as an index, or None.
fn max_byte_length_option(ctx: &mut Context, options: Value) -> JsResult<Option<u64>> {
    let Some(options) = options.as_object() else { return Ok(None) };
    let key = ctx.key("maxByteLength");
    let max = ops::get_property(ctx, options, key)?;
    if max.is_undefined() {
        return Ok(None);
    }
    Ok(Some(to_index(ctx, max, "Invalid array buffer max length")?))
}

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

/// ArrayBuffer ( length [ , options ] ) (§25.1.4.1).
fn array_buffer_constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    construct_buffer(ctx, call, false)
}

/// SharedArrayBuffer ( length [ , options ] ) (§25.2.3.1).
fn shared_array_buffer_constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    construct_buffer(ctx, call, true)
}

fn construct_buffer(ctx: &mut Context, call: &NativeCall, shared: bool) -> JsResult<Value> {
    let name = if shared { "SharedArrayBuffer" } else { "ArrayBuffer" };
    // Step 1.
    if !call.is_construct() {
        return ctx.throw_type_error(&format!("Constructor {name} requires 'new'"));
    }
    // Steps 2-3.
    let byte_length = to_index(ctx, call.arg(0), "Invalid array buffer length")?;
    let max_byte_length = max_byte_length_option(ctx, call.arg(1))?;
    // Step 4: AllocateArrayBuffer(NewTarget, byteLength, requestedMaxByteLength).
    let default = if shared { ctx.realm.shared_array_buffer_prototype } else { ctx.realm.array_buffer_prototype };
    let prototype = function::prototype_from_constructor(ctx, call.new_target, default)?;
    Ok(Value::object(allocate(ctx, prototype, byte_length, max_byte_length, shared)?))
}

/// ArrayBuffer.isView ( arg ) (§25.1.5.1).
fn is_view(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let view = call.arg(0).as_object().is_some_and(|object| matches!(*object.get().kind(), ObjectKind::TypedArray(_) | ObjectKind::DataView(_)));
    Ok(Value::boolean(view))
}

/// get ArrayBuffer [ @@species ] (§25.1.5.3), get SharedArrayBuffer [ @@species ].
fn get_species(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(call.this)
}

// ---------------------------------------------------------------------------------------------
// Prototype methods
// ---------------------------------------------------------------------------------------------

/// RequireInternalSlot(O, [[ArrayBufferData]]) plus the shared check of the method, with V8's
/// "Method X called on incompatible receiver" message.
fn this_buffer(ctx: &mut Context, this: Value, method: &str, shared: bool) -> JsResult<Gc<JsObject>> {
    if let Some(object) = this.as_object() {
        if buffer_data(object).is_some_and(|data| data.is_shared() == shared) {
            return Ok(object);
        }
    }
    let text = describe_value(ctx, this);
    ctx.throw_type_error(&format!("Method {method} called on incompatible receiver {text}"))
}

fn data_of<'a>(buffer: Gc<JsObject>) -> &'a ArrayBufferData {
    buffer_data(buffer).expect("this_buffer checked the receiver's kind")
}

/// get ArrayBuffer.prototype.byteLength (§25.1.6.2).
fn byte_length(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let buffer = this_buffer(ctx, call.this, "get ArrayBuffer.prototype.byteLength", false)?;
    Ok(Value::number(data_of(buffer).byte_length() as f64))
}

/// get ArrayBuffer.prototype.maxByteLength (§25.1.6.4).
fn max_byte_length(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let buffer = this_buffer(ctx, call.this, "get ArrayBuffer.prototype.maxByteLength", false)?;
    let data = data_of(buffer);
    let max = if data.is_detached() { 0 } else { data.max_byte_length() };
    Ok(Value::number(max as f64))
}

/// get ArrayBuffer.prototype.resizable (§25.1.6.5).
fn resizable(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let buffer = this_buffer(ctx, call.this, "get ArrayBuffer.prototype.resizable", false)?;
    Ok(Value::boolean(data_of(buffer).is_resizable()))
}

/// ArrayBuffer.prototype.resize ( newLength ) (§25.1.6.6).
fn resize(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    const METHOD: &str = "ArrayBuffer.prototype.resize";
    // Steps 1-3: a resizable, non-shared buffer.
    let this = call.this;
    let buffer = match this.as_object().filter(|&object| buffer_data(object).is_some_and(|data| !data.is_shared() && data.is_resizable())) {
        Some(buffer) => buffer,
        None => {
            let text = describe_value(ctx, this);
            return ctx.throw_type_error(&format!("Method {METHOD} called on incompatible receiver {text}"));
        }
    };
    // Step 4.
    let new_length = to_index(ctx, call.arg(0), &format!("{METHOD}: Invalid length parameter"))?;
    // Step 5.
    if data_of(buffer).is_detached() {
        return ctx.throw_type_error(&format!("Cannot perform {METHOD} on a detached ArrayBuffer"));
    }
    // Step 6.
    if new_length > data_of(buffer).max_byte_length() as u64 {
        return ctx.throw_range_error(&format!("{METHOD}: Invalid length parameter"));
    }
    resize_bytes(ctx, buffer, new_length as usize);
    Ok(Value::UNDEFINED)
}

/// Sets the byte length, zeroing any new bytes.
fn resize_bytes(ctx: &mut Context, buffer: Gc<JsObject>, new_length: usize) {
    let Some(data) = buffer_data_mut(buffer) else { return };
    let old_capacity = data.bytes.capacity();
    data.bytes.resize(new_length, 0);
    let grew = data.bytes.capacity().saturating_sub(old_capacity);
    ctx.heap.note_external(grew);
}

/// ArrayBuffer.prototype.slice ( start, end ) (§25.1.6.7).
fn slice(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    slice_buffer(ctx, call, false)
}

/// SharedArrayBuffer.prototype.slice ( start, end ) (§25.2.5.6).
fn shared_slice(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    slice_buffer(ctx, call, true)
}

fn slice_buffer(ctx: &mut Context, call: &NativeCall, shared: bool) -> JsResult<Value> {
    let name = if shared { "SharedArrayBuffer" } else { "ArrayBuffer" };
    let method = format!("{name}.prototype.slice");
    // Steps 1-4.
    let buffer = this_buffer(ctx, call.this, &method, shared)?;
    if data_of(buffer).is_detached() {
        return ctx.throw_type_error(&format!("Cannot perform {method} on a detached ArrayBuffer"));
    }
    // Steps 5-10.
    let length = data_of(buffer).byte_length() as u64;
    let first = super::operations::relative_argument(ctx, call.arg(0), length, 0)?;
    let last = super::operations::relative_argument(ctx, call.arg(1), length, length)?;
    let new_length = last.saturating_sub(first);
    // Steps 11-12: construct through the species constructor.
    let default = if shared { ctx.realm.shared_array_buffer_constructor } else { ctx.realm.array_buffer_constructor };
    let constructor = super::regexp_symbols::species_constructor(ctx, buffer, default)?;
    let result = if constructor == Value::object(default) {
        let prototype = if shared { ctx.realm.shared_array_buffer_prototype } else { ctx.realm.array_buffer_prototype };
        Value::object(allocate(ctx, prototype, new_length, None, shared)?)
    } else {
        function::construct(ctx, constructor, &[Value::number(new_length as f64)], constructor)?
    };
    // Steps 13-17: the result must be a fresh buffer of the same kind, large enough.
    let new_buffer = match result.as_object().filter(|&object| buffer_data(object).is_some_and(|data| data.is_shared() == shared)) {
        Some(object) => object,
        None => {
            let text = describe_value(ctx, result);
            return ctx.throw_type_error(&format!("Method {method} called on incompatible receiver {text}"));
        }
    };
    if data_of(new_buffer).is_detached() {
        return ctx.throw_type_error(&format!("Cannot perform {method} on a detached ArrayBuffer"));
    }
    if new_buffer == buffer {
        return ctx.throw_type_error(&format!("{name} subclass returned this from species constructor"));
    }
    if (data_of(new_buffer).byte_length() as u64) < new_length {
        return ctx.throw_type_error(&format!("Derived {name} constructor created a buffer which was too small"));
    }
    // Steps 18-23: the constructor may have detached or shrunk the source.
    if data_of(buffer).is_detached() {
        return ctx.throw_type_error(&format!("Cannot perform {method} on a detached ArrayBuffer"));
    }
    let current_length = data_of(buffer).byte_length() as u64;
    if first < current_length {
        let count = new_length.min(current_length - first) as usize;
        let first = first as usize;
        let source = &data_of(buffer).bytes()[first..first + count];
        if let Some(target) = buffer_data_mut(new_buffer) {
            target.bytes[..count].copy_from_slice(source);
        }
    }
    Ok(result)
}

/// get SharedArrayBuffer.prototype.byteLength (§25.2.5.2).
fn shared_byte_length(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let buffer = this_buffer(ctx, call.this, "get SharedArrayBuffer.prototype.byteLength", true)?;
    Ok(Value::number(data_of(buffer).byte_length() as f64))
}

/// get SharedArrayBuffer.prototype.maxByteLength (§25.2.5.5).
fn shared_max_byte_length(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let buffer = this_buffer(ctx, call.this, "get SharedArrayBuffer.prototype.maxByteLength", true)?;
    Ok(Value::number(data_of(buffer).max_byte_length() as f64))
}

/// get SharedArrayBuffer.prototype.growable (§25.2.5.4).
fn growable(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let buffer = this_buffer(ctx, call.this, "get SharedArrayBuffer.prototype.growable", true)?;
    Ok(Value::boolean(data_of(buffer).is_resizable()))
}

/// SharedArrayBuffer.prototype.grow ( newLength ) (§25.2.5.3).
fn grow(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    const METHOD: &str = "SharedArrayBuffer.prototype.grow";
    let this = call.this;
    let buffer = match this.as_object().filter(|&object| buffer_data(object).is_some_and(|data| data.is_shared() && data.is_resizable())) {
        Some(buffer) => buffer,
        None => {
            let text = describe_value(ctx, this);
            return ctx.throw_type_error(&format!("Method {METHOD} called on incompatible receiver {text}"));
        }
    };
    let message = format!("{METHOD}: Invalid length parameter");
    let new_length = to_index(ctx, call.arg(0), &message)?;
    let data = data_of(buffer);
    if new_length > data.max_byte_length() as u64 || new_length < data.byte_length() as u64 {
        return ctx.throw_range_error(&message);
    }
    resize_bytes(ctx, buffer, new_length as usize);
    Ok(Value::UNDEFINED)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocation_is_zeroed_and_accounted() {
        let mut ctx = Context::new_for_tests();
        let prototype = ctx.realm.array_buffer_prototype;
        let buffer = allocate(&mut ctx, prototype, 5, Some(8), false).expect("allocates");
        let data = buffer_data(buffer).expect("a buffer");
        assert_eq!(data.bytes(), &[0; 5]);
        assert!(data.is_resizable() && !data.is_shared() && !data.is_detached());
        assert_eq!(data.max_byte_length(), 8);
    }

    #[test]
    fn resize_zeroes_new_bytes_and_detach_empties() {
        let mut ctx = Context::new_for_tests();
        let buffer = new_with_bytes(&mut ctx, &[1, 2, 3]).expect("allocates");
        assert_eq!(buffer_data(buffer).map(ArrayBufferData::max_byte_length), Some(3));
        resize_bytes(&mut ctx, buffer, 2);
        resize_bytes(&mut ctx, buffer, 4);
        assert_eq!(buffer_data(buffer).map(ArrayBufferData::bytes), Some(&[1u8, 2, 0, 0][..]));
        detach(buffer);
        assert!(is_detached(buffer));
        assert_eq!(buffer_data(buffer).map(ArrayBufferData::byte_length), Some(0));
    }

    #[test]
    fn max_length_is_validated() {
        let mut ctx = Context::new_for_tests();
        let prototype = ctx.realm.array_buffer_prototype;
        assert!(allocate(&mut ctx, prototype, 9, Some(8), false).is_err());
        assert!(allocate(&mut ctx, prototype, 0, Some(MAX_RESIZABLE_BYTE_LENGTH + 1), false).is_err());
    }
}
