//! Array exotic objects (§10.4.2): the `length` property is virtual (kept in [`ArrayData`]),
//! writing an index at or past `length` extends it, and setting `length` truncates.

use super::ops;
use super::property::{Attributes, OwnProperty, PropertyDescriptor, PropertyKey};
use super::storage::ValueVec;
use super::{JsObject, ObjectKind};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::value::{conv, Value};

/// Arrays with `new Array(n)` up to this length get preallocated dense (holey) elements.
const PREALLOCATE_LIMIT: u32 = 1 << 16;

/// The internal state of an array: its `length` and whether `length` is writable. Compiled
/// code reads `length` inline (`kiln_abi::array_offset`, asserted below).
#[derive(Copy, Clone, Debug)]
#[repr(C)]
pub struct ArrayData {
    /// The `length` property (dense elements never extend past it).
    pub length: u32,
    /// [[Writable]] of `length`.
    pub length_writable: bool,
}

/// Where an Array's `length` and `length_writable` are in its cell
/// (`kiln_abi::array_offset::LENGTH`, `LENGTH_WRITABLE`).
const fn array_data_offsets() -> (usize, usize) {
    let kind = ObjectKind::Array(ArrayData { length: 0, length_writable: true });
    let base = &kind as *const ObjectKind as *const u8;
    let offsets = match &kind {
        // SAFETY: all pointers are into `kind`.
        ObjectKind::Array(data) => unsafe {
            (
                (&data.length as *const u32 as *const u8).offset_from(base) as usize,
                (&data.length_writable as *const bool as *const u8).offset_from(base) as usize,
            )
        },
        _ => (usize::MAX, usize::MAX),
    };
    std::mem::forget(kind);
    let kind_offset = crate::object::KIND_OFFSET;
    (kind_offset + offsets.0, kind_offset + offsets.1)
}

const _: () = {
    let (length, writable) = array_data_offsets();
    assert!(length == kiln_abi::array_offset::LENGTH as usize);
    assert!(writable == kiln_abi::array_offset::LENGTH_WRITABLE as usize);
};

/// ArrayCreate(0) with `values` as dense elements (HOLE entries are holes).
pub fn from_values(ctx: &mut Context, values: &[Value]) -> Gc<JsObject> {
    let prototype = ctx.realm.array_prototype;
    from_values_with_prototype(ctx, values, Some(prototype))
}

/// An array of `values` with the given prototype. The cell is allocated before the values are
/// copied out of the slice, so the caller's slice keeps them alive through a collection.
fn from_values_with_prototype(ctx: &mut Context, values: &[Value], prototype: Option<Gc<JsObject>>) -> Gc<JsObject> {
    let length = values.len() as u32;
    let shape = ctx.root_shape;
    let object = JsObject::new(shape, prototype, ObjectKind::Array(ArrayData { length, length_writable: true }));
    if values.len() <= INLINE_ELEMENTS_LIMIT {
        // A small array keeps its elements in its own cell (no separate buffer to allocate and
        // free); growing past them moves them to a buffer.
        // Room for a few elements even when made empty (`[]` then pushes, spread targets).
        let array = super::alloc_with_inline_storage(ctx, object, values.len().max(MIN_INLINE_ELEMENTS), true);
        let cell = array.get_mut();
        for &value in values {
            cell.elements.push(value);
        }
        return array;
    }
    let array = ctx.alloc(object);
    array.get_mut().elements = ValueVec::from_vec(values.to_vec());
    ctx.heap.note_external(values.len() * 8);
    array
}

/// Arrays made from at most this many values get them inline in their cell.
const INLINE_ELEMENTS_LIMIT: usize = 8;

/// The inline element room of an array made from fewer values.
const MIN_INLINE_ELEMENTS: usize = 4;

/// ArrayCreate(length, proto) (§10.4.2.2): an empty array with the given length.
pub fn with_length(ctx: &mut Context, length: u32, prototype: Option<Gc<JsObject>>) -> Gc<JsObject> {
    let array = from_values_with_prototype(ctx, &[], prototype);
    if length <= PREALLOCATE_LIMIT {
        let grew = array.get_mut().elements.resize(length as usize, Value::HOLE);
        ctx.heap.note_external(grew);
    }
    set_length_raw(array, length);
    array
}

/// The array's length (0 for non-arrays).
pub fn length(object: Gc<JsObject>) -> u32 {
    match object.get().kind() {
        ObjectKind::Array(data) => data.length,
        _ => 0,
    }
}

/// Sets the length field, truncating dense elements (no checks; callers validated).
pub(crate) fn set_length_raw(object: Gc<JsObject>, length: u32) {
    let cell = object.get_mut();
    if let Some(ObjectKind::Array(data)) = cell.kind_mut() {
        data.length = length;
    }
    cell.elements.truncate(length as usize);
}

/// ArraySetLength (§10.4.2.4).
pub(crate) fn set_length(ctx: &mut Context, array: Gc<JsObject>, descriptor: PropertyDescriptor) -> JsResult<bool> {
    let (old_length, writable) = match array.get().kind() {
        ObjectKind::Array(data) => (data.length, data.length_writable),
        _ => return Ok(false),
    };
    let validate_attributes = |descriptor: &PropertyDescriptor| {
        !(descriptor.configurable == Some(true)
            || descriptor.enumerable == Some(true)
            || descriptor.is_accessor()
            || (!writable && descriptor.writable == Some(true)))
    };
    let Some(value) = descriptor.value else {
        if !validate_attributes(&descriptor) {
            return Ok(false);
        }
        if descriptor.writable == Some(false) {
            set_length_writable(array, false);
        }
        return Ok(true);
    };
    let new_length = conv::to_uint32(ctx, value)?;
    let number_length = conv::to_number(ctx, value)?;
    if new_length as f64 != number_length {
        return ctx.throw_range_error("Invalid array length");
    }
    if !validate_attributes(&descriptor) {
        return Ok(false);
    }
    if new_length >= old_length {
        if !writable && new_length != old_length {
            return Ok(false);
        }
        set_length_raw(array, new_length);
        if descriptor.writable == Some(false) {
            set_length_writable(array, false);
        }
        return Ok(true);
    }
    if !writable {
        return Ok(false);
    }
    let stuck_at = truncate_elements(array, new_length);
    set_length_raw(array, stuck_at.map_or(new_length, |index| index + 1));
    if descriptor.writable == Some(false) {
        set_length_writable(array, false);
    }
    Ok(stuck_at.is_none())
}

/// Deletes elements at `new_length` and above, from the top; returns the index of a
/// non-configurable element that stopped the deletion.
fn truncate_elements(array: Gc<JsObject>, new_length: u32) -> Option<u32> {
    let cell = array.get_mut();
    let sparse = cell.sparse_mut()?;
    let doomed: Vec<u32> = sparse.map.range(new_length..).map(|(&index, _)| index).rev().collect();
    for index in doomed {
        let configurable = sparse.map.get(&index).is_some_and(|(_, attributes)| attributes.configurable());
        if !configurable {
            return Some(index);
        }
        sparse.map.remove(&index);
    }
    None
}

fn set_length_writable(array: Gc<JsObject>, writable: bool) {
    if let Some(ObjectKind::Array(data)) = array.get_mut().kind_mut() {
        data.length_writable = writable;
    }
}

/// Appends `value` at index `length` (CreateDataPropertyOrThrow + length update), the way
/// array-building built-ins push.
pub fn push(ctx: &mut Context, array: Gc<JsObject>, value: Value) -> JsResult<()> {
    // CreateDataProperty defines, so no setter of the prototype chain is involved.
    if append_dense(ctx, array, &[value]).is_some() {
        return Ok(());
    }
    let index = length(array);
    ops::create_data_property_or_throw(ctx, array, PropertyKey::Index(index), value)
}

/// Appends `values` to the dense storage of an extensible Array with a writable `length`
/// whose elements are all dense, as defining them at `length`, `length + 1`, … does; the new
/// length, or None (nothing done) for any other object or when the length would pass
/// 2^32 - 2. What the prototype chain has is the caller's business (a [[Set]] would see it).
pub(crate) fn append_dense(ctx: &mut Context, array: Gc<JsObject>, values: &[Value]) -> Option<u32> {
    let cell = array.get_mut();
    let ObjectKind::Array(data) = cell.kind() else { return None };
    let length = data.length;
    let new_length = (length as u64).checked_add(values.len() as u64).filter(|&n| n < u32::MAX as u64)?;
    if !data.length_writable || !cell.is_extensible() || cell.has_sparse_elements() || cell.dense_elements().len() != length as usize {
        return None;
    }
    let mut grew = 0;
    for &value in values {
        grew += cell.elements.push(value);
    }
    set_length_raw(array, new_length as u32);
    ctx.heap.note_external(grew);
    Some(new_length as u32)
}

/// CreateDataProperty(array, index, value) on an Array whose elements are dense, when
/// `index` is within its element storage or just past it: true when done, false (nothing
/// done) for any other object, index or state (non-extensible and a hole, or a `length` that
/// cannot grow), which the general path handles.
pub(crate) fn define_dense_element(ctx: &mut Context, array: Gc<JsObject>, index: u64, value: Value) -> bool {
    let cell = array.get_mut();
    let ObjectKind::Array(data) = cell.kind() else { return false };
    let (length, length_writable) = (data.length as u64, data.length_writable);
    let dense = cell.elements.len() as u64;
    if cell.has_sparse_elements() || index > dense || index >= u64::from(u32::MAX - 1) || (index >= length && !length_writable) {
        return false;
    }
    if index < dense {
        if cell.elements.get(index as usize).is_some_and(|slot| slot.is_hole()) && !cell.is_extensible() {
            return false;
        }
        cell.elements.set(index as usize, value);
    } else {
        if !cell.is_extensible() {
            return false;
        }
        let grew = cell.elements.push(value);
        ctx.heap.note_external(grew);
    }
    if index >= length {
        set_length_raw(array, index as u32 + 1);
    }
    true
}

/// The own data element at `index` if it is a plain dense element (fast path for built-ins).
pub fn dense_get(array: Gc<JsObject>, index: u32) -> Option<Value> {
    let cell = array.get();
    if cell.sparse().is_some() {
        return None;
    }
    cell.elements.get(index as usize).filter(|value| !value.is_hole())
}

/// The attributes of the virtual `length` property.
pub fn length_property(array: Gc<JsObject>) -> Option<OwnProperty> {
    match array.get().kind() {
        ObjectKind::Array(data) => Some(OwnProperty::Data {
            value: Value::number(data.length as f64),
            attributes: Attributes::data(data.length_writable, false, false),
        }),
        _ => None,
    }
}
