//! The object internal methods (ECMA-262 §10.1 ordinary objects, with the exotic behaviour of
//! arrays §10.4.2 and String wrappers §10.4.3 dispatched here) and the abstract operations
//! built on them (§7.3: Get, Set, CreateDataProperty, DefinePropertyOrThrow, HasProperty,
//! GetMethod, …), including property access on primitive bases. Proxy exotic objects (§10.5)
//! are sent to `builtins::proxy` by every internal method here before any storage is read; the
//! `_js` variants of [[GetPrototypeOf]], [[SetPrototypeOf]], [[IsExtensible]],
//! [[PreventExtensions]] and [[OwnPropertyKeys]] are the ones that reach a proxy's traps.
//!
//! Storage details (shapes, dictionary mode, dense/sparse elements) are handled at the bottom
//! of this file; everything above talks in keys, descriptors and values.

use super::array;
use super::function;
use super::property::{AccessorPair, Attributes, OwnProperty, PropertyDescriptor, PropertyKey};
use super::shape::{Shape, MAX_SHAPED_PROPERTIES};
use super::storage::{PropertyMap, SparseElements};
use super::{JsObject, ObjectKind};
use crate::builtins::proxy;
use crate::builtins::typed_array;
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::value::conv;
use crate::value::Value;

// ---------------------------------------------------------------------------------------------
// [[GetOwnProperty]]
// ---------------------------------------------------------------------------------------------

/// [[GetOwnProperty]] (§10.1.5, §10.4.2, §10.4.3).
pub fn get_own_property(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) -> JsResult<Option<OwnProperty>> {
    if let ObjectKind::Proxy(_) = *object.get().kind() {
        return proxy::get_own_property_js(ctx, object, key);
    }
    Ok(own_lookup(ctx, object, key))
}

/// The own property in the object's own storage, without the possibility of throwing (a proxy
/// has none: use `get_own_property` to reach its trap). Materializes a lazy `stack` of an
/// Error object.
pub(crate) fn own_lookup(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) -> Option<OwnProperty> {
    let cell = object.get();
    match key {
        PropertyKey::Index(index) => {
            if let ObjectKind::String(string) = *cell.kind() {
                if (index as usize) < string.get().len() {
                    let unit = string.get().unit(index as usize);
                    let value = Value::string(ctx.unit_string(unit));
                    return Some(OwnProperty::Data { value, attributes: Attributes::data(false, true, false) });
                }
            }
            if let ObjectKind::TypedArray(data) = cell.kind() {
                return typed_array::own_element(ctx, data, index as f64);
            }
            if let ObjectKind::MappedArguments(map) = cell.kind() {
                return crate::arguments::own_element(map, index, element_lookup(cell, index));
            }
            element_lookup(cell, index)
        }
        PropertyKey::String(atom) => {
            if let ObjectKind::TypedArray(data) = cell.kind() {
                if let Some(index) = typed_array::numeric_index(key) {
                    return typed_array::own_element(ctx, data, index);
                }
            }
            if atom == ctx.atoms.length {
                match cell.kind() {
                    ObjectKind::Array(data) => {
                        return Some(OwnProperty::Data {
                            value: Value::number(data.length as f64),
                            attributes: Attributes::data(data.length_writable, false, false),
                        })
                    }
                    ObjectKind::String(string) => {
                        return Some(OwnProperty::Data {
                            value: Value::number(string.get().len() as f64),
                            attributes: Attributes::NONE,
                        })
                    }
                    _ => {}
                }
            }
            named_lookup(ctx, object, key)
        }
        PropertyKey::Symbol(_) => named_lookup(ctx, object, key),
    }
}

fn named_lookup(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) -> Option<OwnProperty> {
    let cell = object.get();
    let (slot_value, attributes) = match cell.dictionary() {
        Some(dictionary) => {
            let entry = dictionary.get(key)?;
            (entry.value, entry.attributes)
        }
        None => {
            let (slot, attributes) = cell.shape.get().lookup(key)?;
            (cell.slots.as_slice()[slot as usize], attributes)
        }
    };
    Some(slot_to_property(ctx, object, key, slot_value, attributes))
}

fn slot_to_property(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, slot: Value, attributes: Attributes) -> OwnProperty {
    if attributes.is_accessor() {
        let pair = AccessorPair::from_slot(slot).get();
        return OwnProperty::Accessor { getter: pair.getter, setter: pair.setter, attributes };
    }
    let value = if slot.is_hole() { crate::error::materialize_stack(ctx, object, key) } else { slot };
    OwnProperty::Data { value, attributes }
}

fn element_lookup(cell: &JsObject, index: u32) -> Option<OwnProperty> {
    if let Some(sparse) = cell.sparse() {
        let &(slot, attributes) = sparse.map.get(&index)?;
        if attributes.is_accessor() {
            let pair = AccessorPair::from_slot(slot).get();
            return Some(OwnProperty::Accessor { getter: pair.getter, setter: pair.setter, attributes });
        }
        return Some(OwnProperty::Data { value: slot, attributes });
    }
    match cell.elements.get(index as usize) {
        Some(value) if !value.is_hole() => Some(OwnProperty::Data { value, attributes: Attributes::DEFAULT }),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// [[DefineOwnProperty]]
// ---------------------------------------------------------------------------------------------

/// [[DefineOwnProperty]] (§10.1.6, §10.4.2.1, §10.4.3.2): true on success, false on rejection.
pub fn define_own_property(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, descriptor: PropertyDescriptor) -> JsResult<bool> {
    match (object.get().kind(), key) {
        (ObjectKind::Proxy(_), _) => proxy::define_own_property_js(ctx, object, key, descriptor),
        (ObjectKind::Array(_), PropertyKey::String(atom)) if atom == ctx.atoms.length => {
            array::set_length(ctx, object, descriptor)
        }
        (ObjectKind::Array(data), PropertyKey::Index(index)) => {
            let (length, writable) = (data.length, data.length_writable);
            if index >= length && !writable {
                return Ok(false);
            }
            if !ordinary_define_own_property(ctx, object, key, descriptor) {
                return Ok(false);
            }
            if index >= length {
                array::set_length_raw(object, index + 1);
            }
            Ok(true)
        }
        (ObjectKind::String(string), PropertyKey::Index(index)) if (index as usize) < string.get().len() => {
            let current = own_lookup(ctx, object, key);
            Ok(is_compatible(false, &descriptor, current))
        }
        (ObjectKind::String(_), PropertyKey::String(atom)) if atom == ctx.atoms.length => {
            let current = own_lookup(ctx, object, key);
            Ok(is_compatible(false, &descriptor, current))
        }
        (ObjectKind::MappedArguments(_), PropertyKey::Index(index)) => Ok(crate::arguments::define_own_element(ctx, object, index, descriptor)),
        (ObjectKind::TypedArray(_), _) => match typed_array::numeric_index(key) {
            Some(index) => typed_array::define_element_js(ctx, object, index, descriptor),
            None => Ok(ordinary_define_own_property(ctx, object, key, descriptor)),
        },
        _ => Ok(ordinary_define_own_property(ctx, object, key, descriptor)),
    }
}

/// IsCompatiblePropertyDescriptor (§10.1.6.2): whether `descriptor` could be applied to
/// `current` (an object that is `extensible` when `current` is None).
pub fn is_compatible_property_descriptor(extensible: bool, descriptor: &PropertyDescriptor, current: Option<OwnProperty>) -> bool {
    is_compatible(extensible, descriptor, current)
}

/// IsCompatiblePropertyDescriptor for a property whose storage cannot change.
fn is_compatible(extensible: bool, descriptor: &PropertyDescriptor, current: Option<OwnProperty>) -> bool {
    let Some(current) = current else { return extensible };
    validate(descriptor, current)
}

/// The validation half of ValidateAndApplyPropertyDescriptor (§10.1.6.3 step 4-5).
fn validate(descriptor: &PropertyDescriptor, current: OwnProperty) -> bool {
    let attributes = current.attributes();
    if attributes.configurable() {
        return true;
    }
    if descriptor.configurable == Some(true) {
        return false;
    }
    if descriptor.enumerable.is_some_and(|enumerable| enumerable != attributes.enumerable()) {
        return false;
    }
    if !descriptor.is_generic() && descriptor.is_accessor() != attributes.is_accessor() {
        return false;
    }
    match current {
        OwnProperty::Accessor { getter, setter, .. } => {
            if descriptor.get.is_some_and(|get| !conv::same_value(get, getter)) {
                return false;
            }
            if descriptor.set.is_some_and(|set| !conv::same_value(set, setter)) {
                return false;
            }
        }
        OwnProperty::Data { value, attributes } => {
            if !attributes.writable() {
                if descriptor.writable == Some(true) {
                    return false;
                }
                if descriptor.value.is_some_and(|new| !conv::same_value(new, value)) {
                    return false;
                }
            }
        }
    }
    true
}

/// OrdinaryDefineOwnProperty (§10.1.6.1) on the object's own storage.
pub(crate) fn ordinary_define_own_property(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, descriptor: PropertyDescriptor) -> bool {
    let current = own_lookup(ctx, object, key);
    let Some(current) = current else {
        if !object.get().is_extensible() {
            return false;
        }
        let enumerable = descriptor.enumerable.unwrap_or(false);
        let configurable = descriptor.configurable.unwrap_or(false);
        if descriptor.is_accessor() {
            let getter = descriptor.get.unwrap_or(Value::UNDEFINED);
            let setter = descriptor.set.unwrap_or(Value::UNDEFINED);
            let slot = AccessorPair::alloc_slot(ctx, getter, setter);
            add_property(ctx, object, key, slot, Attributes::accessor(enumerable, configurable));
        } else {
            let value = descriptor.value.unwrap_or(Value::UNDEFINED);
            let writable = descriptor.writable.unwrap_or(false);
            add_property(ctx, object, key, value, Attributes::data(writable, enumerable, configurable));
        }
        return true;
    };
    if !validate(&descriptor, current) {
        return false;
    }
    let old_attributes = current.attributes();
    let enumerable = descriptor.enumerable.unwrap_or(old_attributes.enumerable());
    let configurable = descriptor.configurable.unwrap_or(old_attributes.configurable());
    match current {
        OwnProperty::Data { value, attributes } if !descriptor.is_accessor() => {
            let writable = descriptor.writable.unwrap_or(attributes.writable());
            let value = descriptor.value.unwrap_or(value);
            write_property(ctx, object, key, value, Attributes::data(writable, enumerable, configurable));
        }
        OwnProperty::Accessor { getter, setter, .. } if !descriptor.is_data() => {
            let getter = descriptor.get.unwrap_or(getter);
            let setter = descriptor.set.unwrap_or(setter);
            let slot = AccessorPair::alloc_slot(ctx, getter, setter);
            write_property(ctx, object, key, slot, Attributes::accessor(enumerable, configurable));
        }
        OwnProperty::Data { .. } => {
            let getter = descriptor.get.unwrap_or(Value::UNDEFINED);
            let setter = descriptor.set.unwrap_or(Value::UNDEFINED);
            let slot = AccessorPair::alloc_slot(ctx, getter, setter);
            write_property(ctx, object, key, slot, Attributes::accessor(enumerable, configurable));
        }
        OwnProperty::Accessor { .. } => {
            let value = descriptor.value.unwrap_or(Value::UNDEFINED);
            let writable = descriptor.writable.unwrap_or(false);
            write_property(ctx, object, key, value, Attributes::data(writable, enumerable, configurable));
        }
    }
    true
}

// ---------------------------------------------------------------------------------------------
// [[HasProperty]], [[Get]], [[Set]], [[Delete]], [[OwnPropertyKeys]]
// ---------------------------------------------------------------------------------------------

/// [[HasProperty]] (§10.1.7): own or inherited.
pub fn has_property(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) -> JsResult<bool> {
    let mut current = object;
    loop {
        if let ObjectKind::Proxy(_) = *current.get().kind() {
            return proxy::has_property_js(ctx, current, key);
        }
        // An integer-indexed object answers numeric keys itself (§10.4.5.2).
        if let ObjectKind::TypedArray(data) = current.get().kind() {
            if let Some(index) = typed_array::numeric_index(key) {
                return Ok(typed_array::is_valid_integer_index(data, index));
            }
        }
        if has_own_lookup(ctx, current, key) {
            return Ok(true);
        }
        match current.get().prototype {
            Some(prototype) => current = prototype,
            None => return Ok(false),
        }
    }
}

/// HasOwnProperty (§7.3.12).
pub fn has_own_property(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) -> JsResult<bool> {
    if let ObjectKind::Proxy(_) = *object.get().kind() {
        return Ok(proxy::get_own_property_js(ctx, object, key)?.is_some());
    }
    Ok(has_own_lookup(ctx, object, key))
}

fn has_own_lookup(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) -> bool {
    let cell = object.get();
    if let ObjectKind::TypedArray(data) = cell.kind() {
        if let Some(index) = typed_array::numeric_index(key) {
            return typed_array::is_valid_integer_index(data, index);
        }
    }
    match key {
        PropertyKey::Index(index) => {
            if let ObjectKind::String(string) = *cell.kind() {
                if (index as usize) < string.get().len() {
                    return true;
                }
            }
            element_lookup(cell, index).is_some()
        }
        PropertyKey::String(atom) if atom == ctx.atoms.length && matches!(*cell.kind(), ObjectKind::Array(_) | ObjectKind::String(_)) => true,
        _ => match cell.dictionary() {
            Some(dictionary) => dictionary.get(key).is_some(),
            None => cell.shape.get().lookup(key).is_some(),
        },
    }
}

/// [[Get]] (§10.1.8): looks `key` up along the prototype chain; getters see `receiver`.
pub fn get(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, receiver: Value) -> JsResult<Value> {
    let mut current = object;
    loop {
        match fast_get_own(current.get(), key) {
            FastLookup::Found(value) => return Ok(value),
            // A proxy's storage is empty, so it always lands here.
            FastLookup::Absent => match current.get().prototype {
                Some(prototype) => {
                    current = prototype;
                    continue;
                }
                None if matches!(*current.get().kind(), ObjectKind::Proxy(_)) => return proxy::get_js(ctx, current, key, receiver),
                None => return Ok(Value::UNDEFINED),
            },
            FastLookup::Unknown => {}
        }
        match own_lookup(ctx, current, key) {
            Some(OwnProperty::Data { value, .. }) => return Ok(value),
            Some(OwnProperty::Accessor { getter, .. }) => {
                if getter.is_undefined() {
                    return Ok(Value::UNDEFINED);
                }
                return function::call(ctx, getter, receiver, &[]);
            }
            None => {
                // A numeric key an integer-indexed object lacks is absent, not inherited.
                if matches!(*current.get().kind(), ObjectKind::TypedArray(_)) && typed_array::numeric_index(key).is_some() {
                    return Ok(Value::UNDEFINED);
                }
                match current.get().prototype {
                    Some(prototype) => current = prototype,
                    None => return Ok(Value::UNDEFINED),
                }
            }
        }
    }
}

/// The answer of a lookup that involves no exotic behaviour, accessors or laziness.
enum FastLookup {
    /// A plain data property with this value.
    Found(Value),
    /// Certainly not an own property.
    Absent,
    /// Take the general path.
    Unknown,
}

/// Looks `key` up in an object's own storage when that needs no exotic behaviour.
#[inline]
fn fast_get_own(cell: &JsObject, key: PropertyKey) -> FastLookup {
    let plain_kind = !matches!(*cell.kind(), ObjectKind::Array(_) | ObjectKind::String(_));
    match key {
        PropertyKey::Index(index) if cell.sparse().is_none() && !matches!(*cell.kind(), ObjectKind::String(_)) => {
            match cell.elements.get(index as usize) {
                Some(value) if !value.is_hole() => FastLookup::Found(value),
                // A typed array's elements are in its buffer (its own element storage is empty).
                _ => match cell.kind() {
                    ObjectKind::TypedArray(data) if !data.element.is_bigint() => FastLookup::Found(typed_array::get_element_at(data, index)),
                    ObjectKind::TypedArray(_) => FastLookup::Unknown,
                    _ => FastLookup::Absent,
                },
            }
        }
        PropertyKey::String(_) | PropertyKey::Symbol(_) if !cell.is_dictionary() => match cell.shape.get().lookup(key) {
            Some((slot, attributes)) => {
                let value = cell.slots.as_slice()[slot as usize];
                if attributes.is_accessor() || value.is_hole() {
                    FastLookup::Unknown
                } else {
                    FastLookup::Found(value)
                }
            }
            None => match cell.kind() {
                ObjectKind::TypedArray(data) => match typed_array::numeric_index(key) {
                    Some(_) if data.element.is_bigint() => FastLookup::Unknown,
                    Some(index) => FastLookup::Found(typed_array::get_element(data, index)),
                    None => FastLookup::Absent,
                },
                _ if plain_kind => FastLookup::Absent,
                _ => FastLookup::Unknown,
            },
        },
        _ => FastLookup::Unknown,
    }
}

/// [[Set]] (§10.1.9, OrdinarySet): true on success, false when the assignment is rejected.
pub fn set(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, value: Value, receiver: Value) -> JsResult<bool> {
    if receiver == Value::object(object) && fast_set_own(ctx, object, key, value) {
        return Ok(true);
    }
    let mut current = object;
    let own = loop {
        if let ObjectKind::Proxy(_) = *current.get().kind() {
            return proxy::set_js(ctx, current, key, value, receiver);
        }
        // Integer-indexed [[Set]] (§10.4.5.5): numeric keys never reach the prototype chain.
        if matches!(*current.get().kind(), ObjectKind::TypedArray(_)) {
            if let Some(index) = typed_array::numeric_index(key) {
                if receiver == Value::object(current) {
                    typed_array::set_element_js(ctx, current, index, value)?;
                    return Ok(true);
                }
                let valid = typed_array::typed_array_data(current).is_some_and(|data| typed_array::is_valid_integer_index(data, index));
                if !valid {
                    return Ok(true);
                }
                break OwnProperty::Data { value: Value::UNDEFINED, attributes: Attributes::DEFAULT };
            }
        }
        if let FastLookup::Absent = fast_get_own(current.get(), key) {
            match current.get().prototype {
                Some(prototype) => {
                    current = prototype;
                    continue;
                }
                None => {
                    // Nothing on the chain: OrdinarySet creates an own data property on the
                    // receiver. For a plain extensible receiver that is a plain append.
                    if receiver == Value::object(object) && add_plain_property(ctx, object, key, value) {
                        return Ok(true);
                    }
                    break OwnProperty::Data { value: Value::UNDEFINED, attributes: Attributes::DEFAULT };
                }
            }
        }
        match own_lookup(ctx, current, key) {
            Some(property) => break property,
            None => match current.get().prototype {
                Some(prototype) => current = prototype,
                None => break OwnProperty::Data { value: Value::UNDEFINED, attributes: Attributes::DEFAULT },
            },
        }
    };
    match own {
        OwnProperty::Data { attributes, .. } => {
            if !attributes.writable() {
                return Ok(false);
            }
            let Some(receiver_object) = receiver.as_object() else { return Ok(false) };
            match get_own_property(ctx, receiver_object, key)? {
                Some(OwnProperty::Accessor { .. }) => Ok(false),
                Some(OwnProperty::Data { attributes, .. }) => {
                    if !attributes.writable() {
                        return Ok(false);
                    }
                    define_own_property(ctx, receiver_object, key, PropertyDescriptor::value_only(value))
                }
                None => create_data_property(ctx, receiver_object, key, value),
            }
        }
        OwnProperty::Accessor { setter, .. } => {
            if setter.is_undefined() {
                return Ok(false);
            }
            function::call(ctx, setter, receiver, &[value])?;
            Ok(true)
        }
    }
}

/// Writes an own writable data property, or appends a dense element, when that is exactly
/// what OrdinarySet would do. False means "take the general path".
fn fast_set_own(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, value: Value) -> bool {
    let cell = object.get_mut();
    match key {
        PropertyKey::Index(index) => {
            if cell.sparse().is_some() || matches!(*cell.kind(), ObjectKind::String(_) | ObjectKind::TypedArray(_)) {
                return false;
            }
            let index = index as usize;
            let len = cell.elements.len();
            if index < len {
                if cell.elements.as_slice()[index].is_hole() {
                    return false;
                }
                cell.elements.set(index, value);
                return true;
            }
            if index != len || !cell.is_extensible() || !prototypes_have_no_elements(cell) {
                return false;
            }
            if let Some(ObjectKind::Array(data)) = cell.kind_mut() {
                if !data.length_writable && index as u64 >= data.length as u64 {
                    return false;
                }
                if index as u64 >= data.length as u64 {
                    data.length = index as u32 + 1;
                }
            }
            let grew = cell.elements.push(value);
            ctx.heap.note_external(grew);
            true
        }
        _ => {
            if cell.is_dictionary() {
                return false;
            }
            let Some((slot, attributes)) = cell.shape.get().lookup(key) else { return false };
            if attributes.is_accessor() || !attributes.writable() {
                return false;
            }
            cell.slots.set(slot as usize, value);
            true
        }
    }
}

/// Adds a new writable/enumerable/configurable data property to an extensible object with no
/// exotic [[DefineOwnProperty]] (the receiver was just found not to have `key`). False means
/// "take the general path".
fn add_plain_property(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, value: Value) -> bool {
    let cell = object.get();
    if !cell.is_extensible() || matches!(*cell.kind(), ObjectKind::Array(_) | ObjectKind::String(_)) {
        return false;
    }
    add_property(ctx, object, key, value, Attributes::DEFAULT);
    true
}

/// True when no object on the prototype chain has indexed properties or exotic indices, so
/// appending an element cannot hit a setter or a read-only inherited element.
fn prototypes_have_no_elements(cell: &JsObject) -> bool {
    let mut prototype = cell.prototype;
    while let Some(current) = prototype {
        let proto = current.get();
        if !proto.elements.is_empty() || proto.sparse().is_some() || matches!(*proto.kind(), ObjectKind::String(_)) {
            return false;
        }
        prototype = proto.prototype;
    }
    true
}

/// [[Delete]] (§10.1.10): true when the property is gone afterwards.
pub fn delete(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) -> JsResult<bool> {
    if let ObjectKind::Proxy(_) = *object.get().kind() {
        return proxy::delete_js(ctx, object, key);
    }
    // Integer-indexed [[Delete]] (§10.4.5.6): elements cannot be deleted.
    if let ObjectKind::TypedArray(data) = object.get().kind() {
        if let Some(index) = typed_array::numeric_index(key) {
            return Ok(!typed_array::is_valid_integer_index(data, index));
        }
    }
    let Some(current) = own_lookup(ctx, object, key) else { return Ok(true) };
    if !current.attributes().configurable() {
        return Ok(false);
    }
    remove_property(ctx, object, key);
    if let PropertyKey::Index(index) = key {
        crate::arguments::note_deleted(object, index);
    }
    Ok(true)
}

/// [[OwnPropertyKeys]] (§10.1.11): integer indices ascending, then strings in insertion order,
/// then symbols in insertion order.
///
/// This reads the object's own storage and cannot throw: a proxy has no keys here. Built-ins
/// use `own_property_keys_js`, which reaches a proxy's `ownKeys` trap.
///
/// Symbol keys in the result are kept alive only by the object; root them (ValueList) before
/// running JS that might delete them.
pub fn own_property_keys(ctx: &mut Context, object: Gc<JsObject>) -> Vec<PropertyKey> {
    let cell = object.get();
    let mut keys = Vec::new();
    let mut string_length = 0;
    if let ObjectKind::String(string) = *cell.kind() {
        string_length = string.get().len() as u32;
        keys.extend((0..string_length).map(PropertyKey::Index));
    }
    if let ObjectKind::TypedArray(data) = cell.kind() {
        typed_array::element_keys(ctx, data, &mut keys);
    }
    match cell.sparse() {
        Some(sparse) => keys.extend(sparse.map.keys().map(|&index| PropertyKey::Index(index))),
        None => keys.extend(
            cell.elements
                .as_slice()
                .iter()
                .enumerate()
                .filter(|(_, value)| !value.is_hole())
                .map(|(index, _)| PropertyKey::Index(index as u32)),
        ),
    }
    if string_length > 0 {
        keys.sort_by_key(|key| match key {
            PropertyKey::Index(index) => *index,
            _ => u32::MAX,
        });
        keys.dedup();
    }
    if matches!(*cell.kind(), ObjectKind::Array(_) | ObjectKind::String(_)) {
        keys.push(PropertyKey::String(ctx.atoms.length));
    }
    keys.extend(own_named_keys(object));
    keys
}

/// The own keys kept in the object's named storage: strings in insertion order, then symbols
/// (no indexed elements and no virtual `length`). For a typed array these are exactly the keys
/// [[OwnPropertyKeys]] lists after its elements, without listing every element.
pub fn own_named_keys(object: Gc<JsObject>) -> Vec<PropertyKey> {
    let cell = object.get();
    let named: Vec<PropertyKey> = match cell.dictionary() {
        Some(dictionary) => dictionary.iter().map(|entry| entry.key).collect(),
        None => cell.shape.get().keys().into_iter().map(|(key, _)| key).collect(),
    };
    let mut keys: Vec<PropertyKey> = named.iter().copied().filter(|key| !key.is_symbol()).collect();
    keys.extend(named.iter().copied().filter(|key| key.is_symbol()));
    keys
}

/// [[OwnPropertyKeys]] of any object, proxies included (their `ownKeys` trap may throw).
pub fn own_property_keys_js(ctx: &mut Context, object: Gc<JsObject>) -> JsResult<Vec<PropertyKey>> {
    if let ObjectKind::Proxy(_) = *object.get().kind() {
        return proxy::own_property_keys_js(ctx, object);
    }
    Ok(own_property_keys(ctx, object))
}

/// [[GetPrototypeOf]] of any object (§10.1.1; a proxy's trap may throw).
pub fn get_prototype_of_js(ctx: &mut Context, object: Gc<JsObject>) -> JsResult<Option<Gc<JsObject>>> {
    if let ObjectKind::Proxy(_) = *object.get().kind() {
        return proxy::get_prototype_of_js(ctx, object);
    }
    Ok(object.get().prototype)
}

/// [[SetPrototypeOf]] of any object (§10.1.2; a proxy's trap may throw).
pub fn set_prototype_of_js(ctx: &mut Context, object: Gc<JsObject>, prototype: Option<Gc<JsObject>>) -> JsResult<bool> {
    if let ObjectKind::Proxy(_) = *object.get().kind() {
        return proxy::set_prototype_of_js(ctx, object, prototype);
    }
    let changed = object.get().prototype != prototype;
    let done = set_prototype_of(object, prototype);
    if done && changed {
        super::note_layout_change(ctx, object);
    }
    Ok(done)
}

/// [[IsExtensible]] of any object (§10.1.3; a proxy's trap may throw).
pub fn is_extensible_js(ctx: &mut Context, object: Gc<JsObject>) -> JsResult<bool> {
    if let ObjectKind::Proxy(_) = *object.get().kind() {
        return proxy::is_extensible_js(ctx, object);
    }
    Ok(object.get().is_extensible())
}

/// [[PreventExtensions]] of any object (§10.1.4; a proxy's trap may throw).
pub fn prevent_extensions_js(ctx: &mut Context, object: Gc<JsObject>) -> JsResult<bool> {
    if let ObjectKind::Proxy(_) = *object.get().kind() {
        return proxy::prevent_extensions_js(ctx, object);
    }
    object.get_mut().prevent_extensions();
    Ok(true)
}

/// [[SetPrototypeOf]] (§10.1.2) of an ordinary object: false when not extensible or when it
/// would create a cycle. A proxy on the new chain ends the cycle check (the spec's step 8.c.i);
/// use `set_prototype_of_js` for an object that may itself be a proxy. Use it only on an object
/// no inline cache has seen as a prototype (one being built): `set_prototype_of_js` also
/// invalidates the caches.
pub fn set_prototype_of(object: Gc<JsObject>, prototype: Option<Gc<JsObject>>) -> bool {
    let cell = object.get_mut();
    if cell.prototype == prototype {
        return true;
    }
    if !cell.is_extensible() {
        return false;
    }
    let mut walk = prototype;
    while let Some(current) = walk {
        if current == object {
            return false;
        }
        if let ObjectKind::Proxy(_) = *current.get().kind() {
            break;
        }
        walk = current.get().prototype;
    }
    cell.prototype = prototype;
    true
}

// ---------------------------------------------------------------------------------------------
// Abstract operations (§7.3)
// ---------------------------------------------------------------------------------------------

/// CreateDataProperty (§7.3.5).
pub fn create_data_property(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, value: Value) -> JsResult<bool> {
    define_own_property(ctx, object, key, PropertyDescriptor::data(value, Attributes::DEFAULT))
}

/// CreateDataPropertyOrThrow (§7.3.7).
pub fn create_data_property_or_throw(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, value: Value) -> JsResult<()> {
    if !create_data_property(ctx, object, key, value)? {
        return throw_cannot_define(ctx, object, key);
    }
    Ok(())
}

/// DefinePropertyOrThrow (§7.3.9).
pub fn define_property_or_throw(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, descriptor: PropertyDescriptor) -> JsResult<()> {
    if !define_own_property(ctx, object, key, descriptor)? {
        return throw_cannot_define(ctx, object, key);
    }
    Ok(())
}

/// V8's message for a rejected definition: "Invalid typed array index" for a numeric key a
/// typed array does not have, "Cannot define property key, object is not extensible" for a new
/// property, else "Cannot redefine property: key".
fn throw_cannot_define(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) -> JsResult<()> {
    if let ObjectKind::Proxy(_) = *object.get().kind() {
        return ctx.throw_type_error(&format!("'defineProperty' on proxy: trap returned falsish for property '{}'", key.display()));
    }
    if let ObjectKind::TypedArray(data) = object.get().kind() {
        if typed_array::numeric_index(key).is_some_and(|index| !typed_array::is_valid_integer_index(data, index)) {
            return ctx.throw_type_error("Invalid typed array index");
        }
    }
    // V8 gives the non-extensible message for an index past an Array's fixed length too.
    let past_fixed_length = crate::builtins::operations::past_fixed_length(object, key);
    if (!object.get().is_extensible() || past_fixed_length) && get_own_property(ctx, object, key)?.is_none() {
        return ctx.throw_type_error(&format!("Cannot define property {}, object is not extensible", key.display()));
    }
    ctx.throw_type_error(&format!("Cannot redefine property: {}", key.display()))
}

/// Set(O, P, V, true) (§7.3.4) with node's messages for the strict-mode failure.
pub fn set_or_throw(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, value: Value) -> JsResult<()> {
    if !set(ctx, object, key, value, Value::object(object))? {
        if let ObjectKind::Proxy(_) = *object.get().kind() {
            return ctx.throw_type_error(&format!("'set' on proxy: trap returned falsish for property '{}'", key.display()));
        }
        return ctx.throw_type_error(&format!(
            "Cannot assign to read only property '{}' of object",
            key.display()
        ));
    }
    Ok(())
}

/// Get(O, P) (§7.3.2).
pub fn get_property(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) -> JsResult<Value> {
    get(ctx, object, key, Value::object(object))
}

/// GetV (§7.3.3): property access on any base; primitives use their prototype, null and
/// undefined throw "Cannot read properties of undefined (reading 'key')".
pub fn get_value(ctx: &mut Context, base: Value, key: PropertyKey) -> JsResult<Value> {
    if let Some(object) = base.as_object() {
        // `typedArray[i]` from compiled code: straight to the element.
        if let (PropertyKey::Index(index), ObjectKind::TypedArray(data)) = (key, object.get().kind()) {
            return Ok(typed_array::get_element_value(ctx, data, index));
        }
        return get(ctx, object, key, base);
    }
    if let Some(string) = base.as_string() {
        match key {
            PropertyKey::Index(index) if (index as usize) < string.get().len() => {
                let unit = string.get().unit(index as usize);
                return Ok(Value::string(ctx.unit_string(unit)));
            }
            PropertyKey::String(atom) if atom == ctx.atoms.length => {
                return Ok(Value::number(string.get().len() as f64));
            }
            _ => {}
        }
    }
    let prototype = primitive_prototype(ctx, base, key)?;
    get(ctx, prototype, key, base)
}

/// The prototype used for property access on a primitive (throws for null/undefined).
fn primitive_prototype(ctx: &mut Context, base: Value, key: PropertyKey) -> JsResult<Gc<JsObject>> {
    match prototype_of_primitive(ctx, base) {
        Some(prototype) => Ok(prototype),
        None => {
            let base_name = if base.is_null() { "null" } else { "undefined" };
            ctx.throw_type_error(&format!("Cannot read properties of {base_name} (reading '{}')", key.display()))
        }
    }
}

/// The prototype property access on the primitive `value` goes to (None for null, undefined
/// and objects).
#[inline]
pub(crate) fn prototype_of_primitive(ctx: &Context, value: Value) -> Option<Gc<JsObject>> {
    let realm = &ctx.realm;
    if value.is_string() {
        Some(realm.string_prototype)
    } else if value.is_number() {
        Some(realm.number_prototype)
    } else if value.is_boolean() {
        Some(realm.boolean_prototype)
    } else if value.is_symbol() {
        Some(realm.symbol_prototype)
    } else if value.is_bigint() {
        Some(realm.bigint_prototype)
    } else {
        None
    }
}

/// PutValue for `base[key] = value` in sloppy mode: primitives ignore the write (after running
/// any inherited setter); null/undefined throw "Cannot set properties of undefined (setting 'key')".
pub fn set_value(ctx: &mut Context, base: Value, key: PropertyKey, value: Value) -> JsResult<()> {
    if let Some(object) = base.as_object() {
        // `typedArray[i] = number` from compiled code: straight to the element (an invalid
        // index ignores the write, as TypedArraySetElement does).
        if let (PropertyKey::Index(index), ObjectKind::TypedArray(data), Some(number)) = (key, object.get().kind(), value.as_number()) {
            if !data.element.is_bigint() {
                data.write(index as usize, number);
                return Ok(());
            }
        }
        set(ctx, object, key, value, base)?;
        return Ok(());
    }
    if base.is_nullish() {
        let base_name = if base.is_null() { "null" } else { "undefined" };
        return ctx.throw_type_error(&format!("Cannot set properties of {base_name} (setting '{}')", key.display()));
    }
    let prototype = primitive_prototype(ctx, base, key)?;
    set(ctx, prototype, key, value, base)?;
    Ok(())
}

/// GetMethod (§7.3.11): undefined/null → None; non-callable → TypeError.
pub fn get_method(ctx: &mut Context, value: Value, key: PropertyKey) -> JsResult<Option<Value>> {
    let function = get_value(ctx, value, key)?;
    if function.is_nullish() {
        return Ok(None);
    }
    if !function.is_callable() {
        let text = crate::error::describe_value(ctx, function);
        return ctx.throw_type_error(&format!("{text} is not a function"));
    }
    Ok(Some(function))
}

/// Defines a property during realm set-up or object construction: no validation, the object
/// must not have the key yet (use `define_own_property` otherwise).
pub fn define_fresh(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, value: Value, attributes: Attributes) {
    debug_assert!(!has_own_lookup(ctx, object, key), "define_fresh of an existing key {}", key.display());
    add_property(ctx, object, key, value, attributes);
}

// ---------------------------------------------------------------------------------------------
// Storage
// ---------------------------------------------------------------------------------------------

/// Adds a property that does not exist yet. `slot` is the value or accessor-pair slot.
fn add_property(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, slot: Value, attributes: Attributes) {
    match key {
        PropertyKey::Index(index) => add_element(ctx, object, index, slot, attributes),
        _ => add_named(ctx, object, key, slot, attributes),
    }
}

fn add_named(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, slot: Value, attributes: Attributes) {
    super::note_layout_change(ctx, object);
    if !object.get().is_dictionary() && object.get().shape.get().slot_count() >= MAX_SHAPED_PROPERTIES {
        convert_to_dictionary(ctx, object);
    }
    if let Some(dictionary) = object.get_mut().dictionary_mut() {
        dictionary.insert(key, slot, attributes);
        ctx.heap.note_external(32);
        return;
    }
    let shape = object.get().shape;
    let child = shape_transition(ctx, shape, key, attributes);
    let cell = object.get_mut();
    cell.shape = child;
    let grew = cell.slots.push(slot);
    ctx.heap.note_external(grew);
}

/// The shape reached from `shape` by adding `(key, attributes)`, created on first use.
pub fn shape_transition(ctx: &mut Context, shape: Gc<Shape>, key: PropertyKey, attributes: Attributes) -> Gc<Shape> {
    if let Some(child) = shape.get().find_transition(key, attributes) {
        return child;
    }
    let child = ctx.alloc(Shape::child_of(shape, key, attributes));
    shape.get().add_transition(key, attributes, child);
    child
}

fn add_element(ctx: &mut Context, object: Gc<JsObject>, index: u32, slot: Value, attributes: Attributes) {
    let cell = object.get_mut();
    if cell.sparse().is_none() && attributes == Attributes::DEFAULT {
        let len = cell.elements.len();
        let index = index as usize;
        if index < len {
            cell.elements.set(index, slot);
            return;
        }
        // Dense while the new index leaves at most 1024 holes (V8's limit): a bound relative
        // to the length would let keys at powers of two (flag enums, `T[1 << 30]`) grow the
        // vector to a billion holes.
        if index - len <= 1024 {
            let mut grew = 0;
            if index > len {
                grew += cell.elements.resize(index, Value::HOLE);
            }
            grew += cell.elements.push(slot);
            ctx.heap.note_external(grew);
            return;
        }
    }
    let sparse = make_sparse(cell);
    sparse.map.insert(index, (slot, attributes));
    ctx.heap.note_external(40);
}

fn make_sparse(cell: &mut JsObject) -> &mut SparseElements {
    if cell.sparse().is_none() {
        let mut sparse = SparseElements::default();
        for (index, value) in cell.elements.take().into_iter().enumerate() {
            if !value.is_hole() {
                sparse.map.insert(index as u32, (value, Attributes::DEFAULT));
            }
        }
        cell.set_sparse(Some(sparse));
    }
    match cell.sparse_mut() {
        Some(sparse) => sparse,
        None => crate::util::fatal("sparse elements vanished"),
    }
}

/// Overwrites an existing property's slot and attributes, changing representation if needed.
fn write_property(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, slot: Value, attributes: Attributes) {
    let cell = object.get_mut();
    match key {
        PropertyKey::Index(index) => {
            if cell.sparse().is_none() && attributes == Attributes::DEFAULT && (index as usize) < cell.elements.len() {
                cell.elements.set(index as usize, slot);
                return;
            }
            make_sparse(cell).map.insert(index, (slot, attributes));
        }
        _ => {
            if !cell.is_dictionary() {
                if let Some((position, old_attributes)) = cell.shape.get().lookup(key) {
                    if old_attributes == attributes {
                        cell.slots.set(position as usize, slot);
                        return;
                    }
                    // A small shaped object (a class constructor whose `prototype` becomes
                    // read-only) moves to the shape with the new attributes, staying shaped.
                    if cell.shape.get().slot_count() <= MAX_RESHAPED_PROPERTIES {
                        let shape = cell.shape;
                        let reshaped = shape_with_attributes(ctx, shape, key, attributes);
                        super::note_layout_change(ctx, object);
                        let cell = object.get_mut();
                        cell.shape = reshaped;
                        cell.slots.set(position as usize, slot);
                        return;
                    }
                }
                convert_to_dictionary(ctx, object);
            }
            let reshaped = object.get().dictionary().is_some_and(|dictionary| dictionary.get(key).map(|entry| entry.attributes) != Some(attributes));
            if reshaped {
                super::note_layout_change(ctx, object);
            }
            if let Some(dictionary) = object.get_mut().dictionary_mut() {
                dictionary.insert(key, slot, attributes);
            }
        }
    }
}

/// Objects with at most this many named properties change a property's attributes by moving
/// to another shape; larger ones switch to dictionary mode.
const MAX_RESHAPED_PROPERTIES: u32 = 16;

/// The shape with `shape`'s keys in the same order (so the same slots) but `key`'s attributes
/// replaced by `attributes`, reached from the root by transitions (shared like any shape).
fn shape_with_attributes(ctx: &mut Context, shape: Gc<Shape>, key: PropertyKey, attributes: Attributes) -> Gc<Shape> {
    // The keys are atoms (immortal) or symbols that `shape`, which lives as long as the root
    // shape, holds; building the new chain may collect.
    let keys = shape.get().keys();
    let mut current = ctx.root_shape;
    for (own_key, own_attributes) in keys {
        let own_attributes = if own_key == key { attributes } else { own_attributes };
        current = shape_transition(ctx, current, own_key, own_attributes);
    }
    current
}

fn remove_property(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) {
    let cell = object.get_mut();
    match key {
        PropertyKey::Index(index) => {
            if let Some(sparse) = cell.sparse_mut() {
                sparse.map.remove(&index);
            } else if (index as usize) < cell.elements.len() {
                cell.elements.set(index as usize, Value::HOLE);
                while cell.elements.as_slice().last().is_some_and(|value| value.is_hole()) {
                    cell.elements.pop();
                }
            }
        }
        _ => {
            super::note_layout_change(ctx, object);
            if !cell.is_dictionary() {
                let shape = cell.shape.get();
                if shape.last_key() == Some(key) {
                    if let Some(parent) = shape.parent() {
                        cell.shape = parent;
                        cell.slots.pop();
                        return;
                    }
                }
                convert_to_dictionary(ctx, object);
            }
            if let Some(dictionary) = object.get_mut().dictionary_mut() {
                dictionary.remove(key);
            }
        }
    }
}

/// Moves the named properties into a per-object hash map (dictionary mode).
fn convert_to_dictionary(ctx: &mut Context, object: Gc<JsObject>) {
    if object.get().is_dictionary() {
        return;
    }
    super::note_layout_change(ctx, object);
    let cell = object.get_mut();
    let keys = cell.shape.get().keys();
    let mut map = PropertyMap::new();
    for ((key, attributes), &slot) in keys.into_iter().zip(cell.slots.as_slice()) {
        map.insert(key, slot, attributes);
    }
    cell.slots.take();
    cell.shape = ctx.dictionary_shape;
    ctx.heap.note_external(map.heap_size());
    cell.set_dictionary(map);
}

#[cfg(test)]
mod tests;
