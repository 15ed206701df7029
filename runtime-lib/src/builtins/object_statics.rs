//! The `Object` constructor's functions (§20.1.2) beyond the core in `object.rs`: assign,
//! defineProperties, entries, freeze, fromEntries, getOwnPropertyDescriptors,
//! getOwnPropertySymbols, groupBy, hasOwn, is, isExtensible, isFrozen, isSealed,
//! preventExtensions, seal and values.
//!
//! Key lists from [[OwnPropertyKeys]] are plain `Vec<PropertyKey>`s: string keys are atoms,
//! which the atom table keeps alive, but symbol keys are kept alive only by their object, so
//! every function that runs JS while walking keys roots them in a `ValueList` first.

use super::object::{from_property_descriptor, to_property_descriptor};
use super::operations::{
    install_methods,
    close_on_throw, create_data_property_or_throw, define_property_or_throw, get_iterator_from_method, iterator_step_value,
    not_iterable_message, require_callable, set_or_throw, IteratorRecord, MAX_SAFE_LENGTH,
};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::{Gc, ValueList};
use crate::object::function::{self, NativeCall};
use crate::object::{array, ops, Attributes, JsObject, OwnProperty, PropertyDescriptor, PropertyKey};
use crate::util::hash::FxHashMap;
use crate::value::{conv, Value};

/// Installs the Object statics not in `object.rs`.
pub fn init(ctx: &mut Context) {
    let object_constructor = ctx.realm.object_constructor;
    install_methods(
        ctx,
        object_constructor,
        &[
            ("assign", 2, assign),
            ("getOwnPropertyDescriptors", 1, get_own_property_descriptors),
            ("getOwnPropertySymbols", 1, get_own_property_symbols),
            ("hasOwn", 2, has_own),
            ("is", 2, is),
            ("preventExtensions", 1, prevent_extensions),
            ("seal", 1, seal),
            ("defineProperties", 2, define_properties),
            ("freeze", 1, freeze),
            ("isExtensible", 1, is_extensible),
            ("isFrozen", 1, is_frozen),
            ("isSealed", 1, is_sealed),
            ("entries", 1, entries),
            ("fromEntries", 1, from_entries),
            ("values", 1, values),
            // Object.groupBy (ES2024) is absent from node 20, the oracle; `group_by` waits for it.
        ],
    );
}

/// Roots the symbol keys of `keys` for as long as the returned list is held in a local.
fn root_symbol_keys(ctx: &mut Context, keys: &[PropertyKey]) -> Gc<ValueList> {
    let list = ctx.new_list();
    for key in keys {
        if let PropertyKey::Symbol(symbol) = *key {
            list.get_mut().push(Value::symbol(symbol));
        }
    }
    list
}

/// Object.assign ( target, ...sources ) (§20.1.2.1).
fn assign(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = conv::to_object(ctx, call.arg(0))?;
    for &source in call.args.iter().skip(1) {
        if source.is_nullish() {
            continue;
        }
        let from = conv::to_object(ctx, source)?;
        let keys = ops::own_property_keys_js(ctx, from)?;
        let rooted = root_symbol_keys(ctx, &keys);
        for key in keys {
            let Some(property) = ops::get_own_property(ctx, from, key)? else { continue };
            if !property.enumerable() {
                continue;
            }
            let value = ops::get_property(ctx, from, key)?;
            set_or_throw(ctx, target, key, value)?;
        }
        std::hint::black_box(rooted);
    }
    Ok(Value::object(target))
}

/// Which list EnumerableOwnProperties (§7.3.23) builds.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Enumerate {
    Values,
    Entries,
}

/// EnumerableOwnProperties(O, value / key+value) as a new array: own enumerable string keys in
/// [[OwnPropertyKeys]] order, each re-checked before its value is read.
fn enumerable_own_properties(ctx: &mut Context, value: Value, kind: Enumerate) -> JsResult<Value> {
    let object = conv::to_object(ctx, value)?;
    if let Some(properties) = plain_enumerable_properties(object, true) {
        // Reading them runs no code, and the values stay reachable from `object` meanwhile.
        if kind == Enumerate::Values {
            let values: Vec<Value> = properties.iter().map(|&(_, slot)| object.get().slots.as_slice()[slot as usize]).collect();
            return Ok(Value::object(array::from_values(ctx, &values)));
        }
        let result = array::from_values(ctx, &[]);
        let grew = result.get_mut().elements.reserve(properties.len());
        ctx.heap.note_external(grew);
        for (key, slot) in properties {
            let name = key.to_value(ctx);
            let value = object.get().slots.as_slice()[slot as usize];
            let pair = Value::object(array::from_values(ctx, &[name, value]));
            if super::array::push_dense(ctx, Value::object(result), &[pair]).is_none() {
                array::push(ctx, result, pair)?;
            }
        }
        return Ok(Value::object(result));
    }
    let keys = ops::own_property_keys_js(ctx, object)?;
    let result = array::from_values(ctx, &[]);
    for key in keys.into_iter().filter(|key| !key.is_symbol()) {
        let Some(property) = ops::get_own_property(ctx, object, key)? else { continue };
        if !property.enumerable() {
            continue;
        }
        let value = ops::get_property(ctx, object, key)?;
        let element = match kind {
            Enumerate::Values => value,
            Enumerate::Entries => {
                let name = key.to_value(ctx);
                Value::object(array::from_values(ctx, &[name, value]))
            }
        };
        array::push(ctx, result, element)?;
    }
    Ok(Value::object(result))
}

/// For an ordinary object without elements whose properties all live in its shape: its
/// enumerable string-keyed properties in order, with their slots — None when there is
/// anything else to consider (elements, an exotic kind, a dictionary, or, when `data_only`,
/// an enumerable accessor or lazily made value, whose reading runs code or makes it).
pub(crate) fn plain_enumerable_properties(object: Gc<JsObject>, data_only: bool) -> Option<Vec<(PropertyKey, u32)>> {
    let cell = object.get();
    let plain = matches!(*cell.kind(), crate::object::ObjectKind::Ordinary)
        && crate::abi::caches::is_shaped(cell)
        && cell.dense_elements().is_empty()
        && !cell.has_sparse_elements();
    if !plain {
        return None;
    }
    let mut properties = Vec::with_capacity(cell.shape.get().slot_count() as usize);
    for (slot, (key, attributes)) in cell.shape.get().keys().into_iter().enumerate() {
        if key.is_symbol() || !attributes.enumerable() {
            continue;
        }
        if data_only && (attributes.is_accessor() || attributes.is_lazy() || cell.slots.as_slice().get(slot)?.is_hole()) {
            return None;
        }
        properties.push((key, slot as u32));
    }
    Some(properties)
}

/// Object.entries ( O ) (§20.1.2.5).
fn entries(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    enumerable_own_properties(ctx, call.arg(0), Enumerate::Entries)
}

/// Object.values ( O ) (§20.1.2.24).
fn values(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    enumerable_own_properties(ctx, call.arg(0), Enumerate::Values)
}

/// Object.defineProperties ( O, Properties ) (§20.1.2.3).
fn define_properties(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(object) = call.arg(0).as_object() else {
        return ctx.throw_type_error("Object.defineProperties called on non-object");
    };
    object_define_properties(ctx, object, call.arg(1))?;
    Ok(Value::object(object))
}

/// ObjectDefineProperties (§20.1.2.3.1): every descriptor is read and converted (in key
/// order) before any property is defined.
pub fn object_define_properties(ctx: &mut Context, object: Gc<JsObject>, properties: Value) -> JsResult<()> {
    let properties = conv::to_object(ctx, properties)?;
    let keys = ops::own_property_keys_js(ctx, properties)?;
    // Keys and the values inside converted descriptors stay rooted in `rooted`.
    let rooted = root_symbol_keys(ctx, &keys);
    let mut descriptors: Vec<(PropertyKey, PropertyDescriptor)> = Vec::new();
    for key in keys {
        let Some(property) = ops::get_own_property(ctx, properties, key)? else { continue };
        if !property.enumerable() {
            continue;
        }
        let descriptor_object = ops::get_property(ctx, properties, key)?;
        let descriptor = to_property_descriptor(ctx, descriptor_object)?;
        for value in [descriptor.value, descriptor.get, descriptor.set].into_iter().flatten() {
            rooted.get_mut().push(value);
        }
        descriptors.push((key, descriptor));
    }
    for (key, descriptor) in descriptors {
        define_property_or_throw(ctx, object, key, descriptor)?;
    }
    std::hint::black_box(rooted);
    Ok(())
}

/// Object.getOwnPropertyDescriptors ( O ) (§20.1.2.9).
fn get_own_property_descriptors(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = conv::to_object(ctx, call.arg(0))?;
    let keys = ops::own_property_keys_js(ctx, object)?;
    let result = ctx.new_object();
    for key in keys {
        let Some(property) = ops::get_own_property(ctx, object, key)? else { continue };
        let descriptor = from_property_descriptor(ctx, property)?;
        create_data_property_or_throw(ctx, result, key, Value::object(descriptor))?;
    }
    Ok(Value::object(result))
}

/// Object.getOwnPropertySymbols ( O ) (§20.1.2.11).
fn get_own_property_symbols(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = conv::to_object(ctx, call.arg(0))?;
    let keys = ops::own_property_keys_js(ctx, object)?;
    let symbols: Vec<Value> = keys.into_iter().filter_map(|key| match key {
        PropertyKey::Symbol(symbol) => Some(Value::symbol(symbol)),
        _ => None,
    }).collect();
    // The symbols are also held by `object` (a live local) until the array owns them.
    let result = array::from_values(ctx, &symbols);
    std::hint::black_box(object);
    Ok(Value::object(result))
}

/// Object.hasOwn ( O, P ) (§20.1.2.13).
fn has_own(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = conv::to_object(ctx, call.arg(0))?;
    let key = conv::to_property_key(ctx, call.arg(1))?;
    Ok(Value::boolean(ops::has_own_property(ctx, object, key)?))
}

/// Object.is ( value1, value2 ) (§20.1.2.14): SameValue.
fn is(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::boolean(conv::same_value(call.arg(0), call.arg(1))))
}

// ---------------------------------------------------------------------------------------------
// Integrity levels
// ---------------------------------------------------------------------------------------------

/// The two integrity levels of SetIntegrityLevel / TestIntegrityLevel (§7.3.16-17).
#[derive(Copy, Clone, PartialEq, Eq)]
enum Level {
    Sealed,
    Frozen,
}

/// SetIntegrityLevel (§7.3.16): prevents extensions, then makes every own property
/// non-configurable (and, when frozen, every data property read-only).
fn set_integrity_level(ctx: &mut Context, object: Gc<JsObject>, level: Level) -> JsResult<()> {
    prevent_extensions_or_throw(ctx, object)?;
    let keys = ops::own_property_keys_js(ctx, object)?;
    let rooted = root_symbol_keys(ctx, &keys);
    for key in keys {
        let mut descriptor = PropertyDescriptor { configurable: Some(false), ..PropertyDescriptor::default() };
        if level == Level::Frozen {
            match ops::get_own_property(ctx, object, key)? {
                None => continue,
                Some(OwnProperty::Data { .. }) => descriptor.writable = Some(false),
                Some(OwnProperty::Accessor { .. }) => {}
            }
        }
        define_property_or_throw(ctx, object, key, descriptor)?;
    }
    std::hint::black_box(rooted);
    Ok(())
}

/// [[PreventExtensions]] that throws V8's message when it returns false (only a proxy can).
fn prevent_extensions_or_throw(ctx: &mut Context, object: Gc<JsObject>) -> JsResult<()> {
    if !ops::prevent_extensions_js(ctx, object)? {
        return ctx.throw_type_error("'preventExtensions' on proxy: trap returned falsish");
    }
    Ok(())
}

/// TestIntegrityLevel (§7.3.17).
fn test_integrity_level(ctx: &mut Context, object: Gc<JsObject>, level: Level) -> JsResult<bool> {
    if ops::is_extensible_js(ctx, object)? {
        return Ok(false);
    }
    let keys = ops::own_property_keys_js(ctx, object)?;
    let rooted = root_symbol_keys(ctx, &keys);
    std::hint::black_box(&rooted);
    for key in keys {
        match ops::get_own_property(ctx, object, key)? {
            Some(property) if property.attributes().configurable() => return Ok(false),
            Some(OwnProperty::Data { attributes, .. }) if level == Level::Frozen && attributes.writable() => return Ok(false),
            _ => {}
        }
    }
    Ok(true)
}

/// Object.freeze ( O ) (§20.1.2.6).
fn freeze(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if let Some(object) = call.arg(0).as_object() {
        set_integrity_level(ctx, object, Level::Frozen)?;
    }
    Ok(call.arg(0))
}

/// Object.seal ( O ) (§20.1.2.22).
fn seal(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if let Some(object) = call.arg(0).as_object() {
        set_integrity_level(ctx, object, Level::Sealed)?;
    }
    Ok(call.arg(0))
}

/// Object.preventExtensions ( O ) (§20.1.2.20).
fn prevent_extensions(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if let Some(object) = call.arg(0).as_object() {
        prevent_extensions_or_throw(ctx, object)?;
    }
    Ok(call.arg(0))
}

/// Object.isExtensible ( O ) (§20.1.2.15).
fn is_extensible(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    match call.arg(0).as_object() {
        Some(object) => Ok(Value::boolean(ops::is_extensible_js(ctx, object)?)),
        None => Ok(Value::FALSE),
    }
}

/// Object.isFrozen ( O ) (§20.1.2.16).
fn is_frozen(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    match call.arg(0).as_object() {
        Some(object) => Ok(Value::boolean(test_integrity_level(ctx, object, Level::Frozen)?)),
        None => Ok(Value::TRUE),
    }
}

/// Object.isSealed ( O ) (§20.1.2.17).
fn is_sealed(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    match call.arg(0).as_object() {
        Some(object) => Ok(Value::boolean(test_integrity_level(ctx, object, Level::Sealed)?)),
        None => Ok(Value::TRUE),
    }
}

// ---------------------------------------------------------------------------------------------
// Iterable consumers: fromEntries, groupBy
// ---------------------------------------------------------------------------------------------

/// GetIterator(items, sync) (§7.4.3) with V8's messages for values that are not iterable.
fn get_iterator(ctx: &mut Context, items: Value) -> JsResult<IteratorRecord> {
    let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
    let method = if items.is_nullish() { Value::UNDEFINED } else { ops::get_value(ctx, items, iterator_key)? };
    if !method.is_callable() {
        let message = not_iterable_message(ctx, items);
        return ctx.throw_type_error(&message);
    }
    get_iterator_from_method(ctx, items, method)
}

/// Object.fromEntries ( iterable ) (§20.1.2.7) with AddEntriesFromIterable (§24.1.1.2).
fn from_entries(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let iterable = call.arg(0);
    // RequireObjectCoercible; V8 says "undefined" for null too.
    if iterable.is_nullish() {
        return ctx.throw_type_error("undefined is not iterable");
    }
    let object = ctx.new_object();
    let record = get_iterator(ctx, iterable)?;
    while let Some(entry) = iterator_step_value(ctx, record)? {
        let added = add_entry(ctx, object, entry);
        close_on_throw(ctx, record, added)?;
    }
    Ok(Value::object(object))
}

/// One step of AddEntriesFromIterable with CreateDataPropertyOnObject as the adder.
fn add_entry(ctx: &mut Context, object: Gc<JsObject>, entry: Value) -> JsResult<()> {
    let Some(entry_object) = entry.as_object() else {
        let text = crate::error::describe_value(ctx, entry);
        return ctx.throw_type_error(&format!("Iterator value {text} is not an entry object"));
    };
    let key = ops::get_property(ctx, entry_object, PropertyKey::Index(0))?;
    let value = ops::get_property(ctx, entry_object, PropertyKey::Index(1))?;
    let key = conv::to_property_key(ctx, key)?;
    create_data_property_or_throw(ctx, object, key, value)
}

#[allow(dead_code)]
/// Object.groupBy ( items, callbackfn ) (§20.1.2.12) with GroupBy (§7.3.35), property keys.
fn group_by(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (items, callback) = (call.arg(0), call.arg(1));
    if items.is_nullish() {
        return ctx.throw_type_error("Cannot convert undefined or null to object");
    }
    require_callable(ctx, callback)?;
    // `groups` holds [key, array, key, array, …] (rooted); `positions` maps a key to its pair.
    let groups = ctx.new_list();
    let mut positions: FxHashMap<PropertyKey, usize> = FxHashMap::default();
    let record = get_iterator(ctx, items)?;
    let mut index = 0u64;
    loop {
        if index >= MAX_SAFE_LENGTH {
            let error: JsResult<()> = ctx.throw_type_error("Invalid array length");
            close_on_throw(ctx, record, error)?;
        }
        let Some(value) = iterator_step_value(ctx, record)? else { break };
        let key = function::call(ctx, callback, Value::UNDEFINED, &[value, Value::number(index as f64)]);
        let key = close_on_throw(ctx, record, key)?;
        let key = conv::to_property_key(ctx, key);
        let key = close_on_throw(ctx, record, key)?;
        let group = match positions.get(&key) {
            Some(&position) => groups.get().get(position + 1).as_object(),
            None => None,
        };
        let group = match group {
            Some(group) => group,
            None => {
                let group = array::from_values(ctx, &[]);
                positions.insert(key, groups.get().len());
                let key_value = key.to_value(ctx);
                groups.get_mut().push(key_value);
                groups.get_mut().push(Value::object(group));
                group
            }
        };
        array::push(ctx, group, value)?;
        index += 1;
    }
    let result = ctx.new_object_with_prototype(None);
    let mut position = 0;
    while position < groups.get().len() {
        let key = conv::to_property_key(ctx, groups.get().get(position))?;
        let group = groups.get().get(position + 1);
        ops::define_fresh(ctx, result, key, group, Attributes::DEFAULT);
        position += 2;
    }
    Ok(Value::object(result))
}
