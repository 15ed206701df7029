//! The rest of `Array` (§23.1) beyond the core in `array.rs`: Array.from, Array.of,
//! get Array[@@species], and the Array.prototype methods that read, search, iterate with a
//! callback, copy or mutate elements, plus Array.prototype[@@unscopables]. Sorting is in
//! `array_sort.rs`.
//!
//! Every method is generic over array-likes as the spec writes it (HasProperty/Get/Set on
//! `ToObject(this)` with a `ToLength` length, holes skipped where the spec skips them). Fast
//! paths only replace work that provably runs no JS and sees no prototype: reading plain dense
//! elements, and moving the elements of a packed array with a writable length in place.

use super::builder::ObjectBuilder;
use super::operations::{
    install_methods,
    array_create, array_iteration_is_pristine, array_length_is_writable, array_species_create, close_on_throw,
    construct_or_array_create, create_index_or_throw, delete_index_or_throw, get_if_present, get_index,
    get_iterator_from_method, is_packed_array, iterator_step_value, not_iterable_message, relative_argument,
    relative_index, require_callable, set_index_or_throw, set_length_or_throw, MAX_SAFE_LENGTH,
};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::iteration::length_of_array_like;
use crate::object::function::{self, NativeCall};
use crate::object::storage::ValueVec;
use crate::object::{array, ops, Attributes, JsObject, ObjectKind, OwnProperty, PropertyKey};
use crate::string::StringBuilder;
use crate::value::{conv, Value};

/// Installs Array.from/of/[@@species] and the Array.prototype methods not in `array.rs`.
pub fn init(ctx: &mut Context) {
    let array_constructor = ctx.realm.array_constructor;
    let species = PropertyKey::Symbol(ctx.symbols.species);
    ObjectBuilder::new(ctx, array_constructor)
        .method("from", 1, from)
        .method("of", 0, of)
        .accessor_with_key(species, "[Symbol.species]", Some(get_species), None);
    let prototype = ctx.realm.array_prototype;
    install_methods(
        ctx,
        prototype,
        &[
            ("at", 1, at),
            ("concat", 1, concat),
            ("copyWithin", 2, copy_within),
            ("fill", 1, fill),
            ("find", 1, find),
            ("findIndex", 1, find_index),
            ("findLast", 1, find_last),
            ("findLastIndex", 1, find_last_index),
            ("lastIndexOf", 1, last_index_of),
            ("pop", 0, pop),
            ("reverse", 0, reverse),
            ("shift", 0, shift),
            ("unshift", 1, unshift),
            ("slice", 2, slice),
            ("splice", 2, splice),
            ("includes", 1, includes),
            ("indexOf", 1, index_of),
            ("forEach", 1, for_each),
            ("filter", 1, filter),
            ("flat", 0, flat),
            ("flatMap", 1, flat_map),
            ("map", 1, map),
            ("every", 1, every),
            ("some", 1, some),
            ("reduce", 1, reduce),
            ("reduceRight", 1, reduce_right),
            ("toLocaleString", 0, to_locale_string),
            ("toReversed", 0, to_reversed),
            ("toSpliced", 2, to_spliced),
            ("with", 2, with),
        ],
    );
    install_unscopables(ctx, prototype);
}

/// Array.prototype[@@unscopables] (§23.1.3.41): a null-prototype object naming the methods
/// added after ES5, each `true`, in V8's order.
fn install_unscopables(ctx: &mut Context, prototype: Gc<JsObject>) {
    let list = ctx.new_object_with_prototype(None);
    let names = [
        "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex", "flat", "flatMap",
        "includes", "keys", "values", "toReversed", "toSorted", "toSpliced",
    ];
    for name in names {
        let key = ctx.key(name);
        ops::define_fresh(ctx, list, key, Value::TRUE, Attributes::DEFAULT);
    }
    let key = PropertyKey::Symbol(ctx.symbols.unscopables);
    ops::define_fresh(ctx, prototype, key, Value::object(list), Attributes::READONLY_HIDDEN);
}

/// ToObject(this) for the methods whose V8 message names them ("Array.prototype.map called on
/// null or undefined").
fn this_object_named(ctx: &mut Context, this: Value, method: &str) -> JsResult<Gc<JsObject>> {
    super::this::to_object(ctx, this, method)
}

/// ToObject(this) with the plain "Cannot convert undefined or null to object".
fn this_object(ctx: &mut Context, this: Value) -> JsResult<Gc<JsObject>> {
    conv::to_object(ctx, this)
}

/// True when no object on `object`'s prototype chain has indexed properties, so writing a new
/// index of `object` cannot reach an inherited setter or read-only element.
fn prototypes_have_no_elements(object: Gc<JsObject>) -> bool {
    let mut prototype = object.get().prototype();
    while let Some(current) = prototype {
        let cell = current.get();
        if !cell.dense_elements().is_empty() || cell.has_sparse_elements() || matches!(*cell.kind(), ObjectKind::String(_)) {
            return false;
        }
        prototype = cell.prototype();
    }
    true
}

fn index_value(index: u64) -> Value {
    Value::number(index as f64)
}

// ---------------------------------------------------------------------------------------------
// Array.from, Array.of, Array[@@species]
// ---------------------------------------------------------------------------------------------

/// Array.from ( items [ , mapfn [ , thisArg ] ] ) (§23.1.2.1).
fn from(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let constructor = call.this;
    let (items, map_fn, this_arg) = (call.arg(0), call.arg(1), call.arg(2));
    // Steps 2-3.
    let mapping = !map_fn.is_undefined();
    if mapping {
        require_callable(ctx, map_fn)?;
    }
    // Step 4: GetMethod(items, @@iterator).
    if items.is_nullish() {
        let message = not_iterable_message(ctx, items);
        return ctx.throw_type_error(&message);
    }
    let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
    let using_iterator = ops::get_value(ctx, items, iterator_key)?;
    if !using_iterator.is_nullish() {
        if !using_iterator.is_callable() {
            return ctx.throw_type_error(
                "%Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function",
            );
        }
        // Step 5.a-b.
        let target = construct_or_array_create(ctx, constructor, None)?;
        let mapper = Mapper { mapping, map_fn, this_arg };
        return from_iterable(ctx, target, items, using_iterator, mapper).map(Value::object);
    }
    // Step 7: an array-like.
    let array_like = conv::to_object(ctx, items)?;
    let length = length_of_array_like(ctx, array_like)?;
    let target = construct_or_array_create(ctx, constructor, Some(length))?;
    for index in 0..length {
        let mut value = get_index(ctx, array_like, index)?;
        if mapping {
            value = function::call(ctx, map_fn, this_arg, &[value, index_value(index)])?;
        }
        create_index_or_throw(ctx, target, index, value)?;
    }
    set_length_or_throw(ctx, target, length)?;
    Ok(Value::object(target))
}

/// The mapping arguments of Array.from.
#[derive(Copy, Clone)]
struct Mapper {
    mapping: bool,
    map_fn: Value,
    this_arg: Value,
}

impl Mapper {
    fn apply(self, ctx: &mut Context, value: Value, index: u64) -> JsResult<Value> {
        if !self.mapping {
            return Ok(value);
        }
        function::call(ctx, self.map_fn, self.this_arg, &[value, index_value(index)])
    }
}

/// Array.from step 5.c-e: fills `target` from an iterable. Arrays and strings whose iteration
/// is the built-in one are read directly (same elements, same order, no observable calls).
fn from_iterable(ctx: &mut Context, target: Gc<JsObject>, items: Value, method: Value, mapper: Mapper) -> JsResult<Gc<JsObject>> {
    if let Some(source) = items.as_object() {
        if method == Value::object(ctx.realm.array_values) && array_iteration_is_pristine(ctx, source) {
            let mut index = 0;
            while index < length_of_array_like(ctx, source)? {
                let value = get_index(ctx, source, index)?;
                let value = mapper.apply(ctx, value, index)?;
                create_index_or_throw(ctx, target, index, value)?;
                index += 1;
            }
            set_length_or_throw(ctx, target, index)?;
            return Ok(target);
        }
    }
    if let Some(string) = items.as_string() {
        if method == Value::object(ctx.realm.string_iterator) && string_iteration_is_pristine(ctx) {
            let (mut position, mut index) = (0, 0);
            while position < string.get().len() {
                let (_, units) = crate::string::code_point_at(string.get().view(), position);
                let piece = if units == 1 {
                    let unit = string.get().unit(position);
                    ctx.unit_string(unit)
                } else {
                    crate::string::substring(ctx, string, position, position + units)
                };
                position += units;
                let value = mapper.apply(ctx, Value::string(piece), index)?;
                create_index_or_throw(ctx, target, index, value)?;
                index += 1;
            }
            set_length_or_throw(ctx, target, index)?;
            return Ok(target);
        }
    }
    let record = get_iterator_from_method(ctx, items, method)?;
    let mut index = 0;
    loop {
        if index >= MAX_SAFE_LENGTH {
            let error: JsResult<()> = ctx.throw_type_error("Invalid array length");
            return close_on_throw(ctx, record, error.map(|()| target));
        }
        let Some(value) = iterator_step_value(ctx, record)? else {
            set_length_or_throw(ctx, target, index)?;
            return Ok(target);
        };
        let mapped = mapper.apply(ctx, value, index);
        let value = close_on_throw(ctx, record, mapped)?;
        let defined = create_index_or_throw(ctx, target, index, value);
        close_on_throw(ctx, record, defined)?;
        index += 1;
    }
}

fn string_iteration_is_pristine(ctx: &mut Context) -> bool {
    let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
    let string_prototype = ctx.realm.string_prototype;
    let iterator = Value::object(ctx.realm.string_iterator);
    if !matches!(ops::own_lookup(ctx, string_prototype, iterator_key), Some(OwnProperty::Data { value, .. }) if value == iterator) {
        return false;
    }
    let next_key = PropertyKey::String(ctx.atoms.next);
    let iterator_prototype = ctx.realm.string_iterator_prototype;
    let next = Value::object(ctx.realm.string_iterator_next);
    matches!(ops::own_lookup(ctx, iterator_prototype, next_key), Some(OwnProperty::Data { value, .. }) if value == next)
}

/// Array.of ( ...items ) (§23.1.2.3).
fn of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let length = call.args.len() as u64;
    let target = construct_or_array_create(ctx, call.this, Some(length))?;
    for (index, &value) in call.args.iter().enumerate() {
        create_index_or_throw(ctx, target, index as u64, value)?;
    }
    set_length_or_throw(ctx, target, length)?;
    Ok(Value::object(target))
}

/// get Array [ @@species ] (§23.1.2.5).
fn get_species(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(call.this)
}

// ---------------------------------------------------------------------------------------------
// Element access and search
// ---------------------------------------------------------------------------------------------

/// Array.prototype.at ( index ) (§23.1.3.1).
fn at(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = this_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    let relative = conv::to_integer_or_infinity(ctx, call.arg(0))?;
    let index = if relative >= 0.0 { relative } else { length as f64 + relative };
    if index < 0.0 || index >= length as f64 {
        return Ok(Value::UNDEFINED);
    }
    get_index(ctx, object, index as u64)
}

/// The start index of includes/indexOf: ToIntegerOrInfinity(fromIndex) relative to `length`;
/// None when the search is empty (fromIndex is +∞).
fn search_start(ctx: &mut Context, from_index: Value, length: u64) -> JsResult<Option<u64>> {
    let start = conv::to_integer_or_infinity(ctx, from_index)?;
    if start == f64::INFINITY {
        return Ok(None);
    }
    Ok(Some(relative_index(start, length)))
}

/// Array.prototype.includes ( searchElement [ , fromIndex ] ) (§23.1.3.16), SameValueZero.
fn includes(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = this_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    if length == 0 {
        return Ok(Value::FALSE);
    }
    let Some(start) = search_start(ctx, call.arg(1), length)? else { return Ok(Value::FALSE) };
    let target = call.arg(0);
    for index in start..length {
        let element = get_index(ctx, object, index)?;
        if conv::same_value_zero(element, target) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

/// Array.prototype.indexOf ( searchElement [ , fromIndex ] ) (§23.1.3.17), IsStrictlyEqual.
fn index_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = this_object_named(ctx, call.this, "Array.prototype.indexOf")?;
    let length = length_of_array_like(ctx, object)?;
    if length == 0 {
        return Ok(Value::number(-1.0));
    }
    let Some(start) = search_start(ctx, call.arg(1), length)? else { return Ok(Value::number(-1.0)) };
    let target = call.arg(0);
    for index in start..length {
        if let Some(element) = get_if_present(ctx, object, index)? {
            if conv::strict_equals(element, target) {
                return Ok(index_value(index));
            }
        }
    }
    Ok(Value::number(-1.0))
}

/// Array.prototype.lastIndexOf ( searchElement [ , fromIndex ] ) (§23.1.3.20).
fn last_index_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = this_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    if length == 0 {
        return Ok(Value::number(-1.0));
    }
    // Step 4: fromIndex counts only when passed.
    let from = if call.args.len() > 1 { conv::to_integer_or_infinity(ctx, call.arg(1))? } else { length as f64 - 1.0 };
    if from == f64::NEG_INFINITY {
        return Ok(Value::number(-1.0));
    }
    let start = if from >= 0.0 { from.min(length as f64 - 1.0) } else { length as f64 + from };
    if start < 0.0 {
        return Ok(Value::number(-1.0));
    }
    let target = call.arg(0);
    let mut index = start as u64;
    loop {
        if let Some(element) = get_if_present(ctx, object, index)? {
            if conv::strict_equals(element, target) {
                return Ok(index_value(index));
            }
        }
        if index == 0 {
            return Ok(Value::number(-1.0));
        }
        index -= 1;
    }
}

/// Which FindViaPredicate (§23.1.3.12.1) result a find method returns.
#[derive(Copy, Clone, PartialEq, Eq)]
enum FindResult {
    Value,
    Index,
}

/// FindViaPredicate: every index (holes read as undefined) in `ascending` order or not.
fn find_via_predicate(ctx: &mut Context, call: &NativeCall, method: &str, ascending: bool, result: FindResult) -> JsResult<Value> {
    let object = this_object_named(ctx, call.this, method)?;
    let length = length_of_array_like(ctx, object)?;
    let predicate = require_callable(ctx, call.arg(0))?;
    let this_arg = call.arg(1);
    for step in 0..length {
        let index = if ascending { step } else { length - 1 - step };
        let value = get_index(ctx, object, index)?;
        let test = function::call(ctx, predicate, this_arg, &[value, index_value(index), Value::object(object)])?;
        if conv::to_boolean(test) {
            return Ok(match result {
                FindResult::Value => value,
                FindResult::Index => index_value(index),
            });
        }
    }
    Ok(match result {
        FindResult::Value => Value::UNDEFINED,
        FindResult::Index => Value::number(-1.0),
    })
}

/// Array.prototype.find ( predicate [ , thisArg ] ) (§23.1.3.9).
fn find(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    find_via_predicate(ctx, call, "Array.prototype.find", true, FindResult::Value)
}

/// Array.prototype.findIndex ( predicate [ , thisArg ] ) (§23.1.3.10).
fn find_index(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    find_via_predicate(ctx, call, "Array.prototype.findIndex", true, FindResult::Index)
}

/// Array.prototype.findLast ( predicate [ , thisArg ] ) (§23.1.3.11).
fn find_last(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    find_via_predicate(ctx, call, "Array.prototype.findLast", false, FindResult::Value)
}

/// Array.prototype.findLastIndex ( predicate [ , thisArg ] ) (§23.1.3.12).
fn find_last_index(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    find_via_predicate(ctx, call, "Array.prototype.findLastIndex", false, FindResult::Index)
}

// ---------------------------------------------------------------------------------------------
// Callback iteration: every, some, forEach, map, filter, reduce, reduceRight
// ---------------------------------------------------------------------------------------------

/// What a callback-iterating method does with each callback result.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Iteration {
    Every,
    Some,
    ForEach,
    Map,
    Filter,
}

/// The shared loop of every/some/forEach/map/filter (§23.1.3.6, .29, .15, .21, .8): visits each
/// present index in ascending order, calling `callback(value, index, O)` with `thisArg`.
fn iterate(ctx: &mut Context, call: &NativeCall, method: &str, kind: Iteration) -> JsResult<Value> {
    let object = this_object_named(ctx, call.this, method)?;
    let length = length_of_array_like(ctx, object)?;
    let callback = require_callable(ctx, call.arg(0))?;
    let this_arg = call.arg(1);
    let target = match kind {
        Iteration::Map => Some(array_species_create(ctx, object, length)?),
        Iteration::Filter => Some(array_species_create(ctx, object, 0)?),
        _ => None,
    };
    let mut selected = 0;
    for index in 0..length {
        let Some(value) = get_if_present(ctx, object, index)? else { continue };
        let result = function::call(ctx, callback, this_arg, &[value, index_value(index), Value::object(object)])?;
        match (kind, target) {
            (Iteration::Every, _) if !conv::to_boolean(result) => return Ok(Value::FALSE),
            (Iteration::Some, _) if conv::to_boolean(result) => return Ok(Value::TRUE),
            (Iteration::Map, Some(target)) => create_index_or_throw(ctx, target, index, result)?,
            (Iteration::Filter, Some(target)) if conv::to_boolean(result) => {
                create_index_or_throw(ctx, target, selected, value)?;
                selected += 1;
            }
            _ => {}
        }
    }
    Ok(match (kind, target) {
        (Iteration::Every, _) => Value::TRUE,
        (Iteration::Some, _) => Value::FALSE,
        (_, Some(target)) => Value::object(target),
        _ => Value::UNDEFINED,
    })
}

/// Array.prototype.every ( callbackfn [ , thisArg ] ) (§23.1.3.6).
fn every(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    iterate(ctx, call, "Array.prototype.every", Iteration::Every)
}

/// Array.prototype.some ( callbackfn [ , thisArg ] ) (§23.1.3.29).
fn some(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    iterate(ctx, call, "Array.prototype.some", Iteration::Some)
}

/// Array.prototype.forEach ( callbackfn [ , thisArg ] ) (§23.1.3.15).
fn for_each(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    iterate(ctx, call, "Array.prototype.forEach", Iteration::ForEach)
}

/// Array.prototype.map ( callbackfn [ , thisArg ] ) (§23.1.3.21).
fn map(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    iterate(ctx, call, "Array.prototype.map", Iteration::Map)
}

/// Array.prototype.filter ( callbackfn [ , thisArg ] ) (§23.1.3.8).
fn filter(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    iterate(ctx, call, "Array.prototype.filter", Iteration::Filter)
}

/// Array.prototype.reduce / reduceRight (§23.1.3.24, §23.1.3.25).
fn reduce_in(ctx: &mut Context, call: &NativeCall, method: &str, ascending: bool) -> JsResult<Value> {
    let object = this_object_named(ctx, call.this, method)?;
    let length = length_of_array_like(ctx, object)?;
    let callback = require_callable(ctx, call.arg(0))?;
    // Step 4: initialValue counts only when passed.
    let has_initial = call.args.len() > 1;
    if length == 0 && !has_initial {
        return ctx.throw_type_error("Reduce of empty array with no initial value");
    }
    let index_at = |step: u64| if ascending { step } else { length - 1 - step };
    let mut step = 0;
    let mut accumulator = Value::UNDEFINED;
    if has_initial {
        accumulator = call.arg(1);
    } else {
        let mut found = false;
        while !found && step < length {
            if let Some(value) = get_if_present(ctx, object, index_at(step))? {
                accumulator = value;
                found = true;
            }
            step += 1;
        }
        if !found {
            return ctx.throw_type_error("Reduce of empty array with no initial value");
        }
    }
    while step < length {
        let index = index_at(step);
        if let Some(value) = get_if_present(ctx, object, index)? {
            accumulator = function::call(ctx, callback, Value::UNDEFINED, &[accumulator, value, index_value(index), Value::object(object)])?;
        }
        step += 1;
    }
    Ok(accumulator)
}

/// Array.prototype.reduce ( callbackfn [ , initialValue ] ) (§23.1.3.24).
fn reduce(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    reduce_in(ctx, call, "Array.prototype.reduce", true)
}

/// Array.prototype.reduceRight ( callbackfn [ , initialValue ] ) (§23.1.3.25).
fn reduce_right(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    reduce_in(ctx, call, "Array.prototype.reduceRight", false)
}

// ---------------------------------------------------------------------------------------------
// Copying: concat, slice, flat, flatMap, toReversed, toSpliced, with
// ---------------------------------------------------------------------------------------------

/// IsConcatSpreadable (§23.1.3.2.1).
fn is_concat_spreadable(ctx: &mut Context, value: Value) -> JsResult<bool> {
    let Some(object) = value.as_object() else { return Ok(false) };
    let key = PropertyKey::Symbol(ctx.symbols.is_concat_spreadable);
    let spreadable = ops::get_property(ctx, object, key)?;
    if !spreadable.is_undefined() {
        return Ok(conv::to_boolean(spreadable));
    }
    crate::builtins::proxy::is_array(ctx, Value::object(object))
}

/// Array.prototype.concat ( ...items ) (§23.1.3.2).
fn concat(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = this_object_named(ctx, call.this, "Array.prototype.concat")?;
    let target = array_species_create(ctx, object, 0)?;
    let mut next = 0u64;
    for position in 0..=call.args.len() {
        let element = if position == 0 { Value::object(object) } else { call.args[position - 1] };
        if is_concat_spreadable(ctx, element)? {
            let Some(source) = element.as_object() else { continue };
            let length = length_of_array_like(ctx, source)?;
            if next + length > MAX_SAFE_LENGTH {
                return ctx.throw_type_error("Invalid array length");
            }
            for index in 0..length {
                if let Some(value) = get_if_present(ctx, source, index)? {
                    create_index_or_throw(ctx, target, next, value)?;
                }
                next += 1;
            }
        } else {
            if next >= MAX_SAFE_LENGTH {
                return ctx.throw_type_error("Invalid array length");
            }
            create_index_or_throw(ctx, target, next, element)?;
            next += 1;
        }
    }
    set_length_or_throw(ctx, target, next)?;
    Ok(Value::object(target))
}

/// Array.prototype.slice ( start, end ) (§23.1.3.28).
fn slice(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = this_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    let start = relative_argument(ctx, call.arg(0), length, 0)?;
    let end = relative_argument(ctx, call.arg(1), length, length)?;
    let count = end.saturating_sub(start);
    let target = array_species_create(ctx, object, count)?;
    let mut next = 0;
    for index in start..end {
        if let Some(value) = get_if_present(ctx, object, index)? {
            create_index_or_throw(ctx, target, next, value)?;
        }
        next += 1;
    }
    set_length_or_throw(ctx, target, next)?;
    Ok(Value::object(target))
}

/// FlattenIntoArray (§23.1.3.13.1): returns the next target index.
fn flatten_into_array(
    ctx: &mut Context,
    target: Gc<JsObject>,
    source: Gc<JsObject>,
    source_length: u64,
    start: u64,
    depth: f64,
    mapper: Option<(Value, Value)>,
) -> JsResult<u64> {
    ctx.check_stack()?;
    let mut target_index = start;
    for source_index in 0..source_length {
        let Some(mut element) = get_if_present(ctx, source, source_index)? else { continue };
        if let Some((mapper, this_arg)) = mapper {
            element = function::call(ctx, mapper, this_arg, &[element, index_value(source_index), Value::object(source)])?;
        }
        let flatten = depth > 0.0 && crate::builtins::proxy::is_array(ctx, element)?;
        match element.as_object() {
            Some(inner) if flatten => {
                let inner_length = length_of_array_like(ctx, inner)?;
                target_index = flatten_into_array(ctx, target, inner, inner_length, target_index, depth - 1.0, None)?;
            }
            _ => {
                if target_index >= MAX_SAFE_LENGTH {
                    return ctx.throw_type_error("Invalid array length");
                }
                create_index_or_throw(ctx, target, target_index, element)?;
                target_index += 1;
            }
        }
    }
    Ok(target_index)
}

/// Array.prototype.flat ( [ depth ] ) (§23.1.3.13).
fn flat(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = this_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    let mut depth = 1.0;
    if !call.arg(0).is_undefined() {
        depth = conv::to_integer_or_infinity(ctx, call.arg(0))?.max(0.0);
    }
    let target = array_species_create(ctx, object, 0)?;
    flatten_into_array(ctx, target, object, length, 0, depth, None)?;
    Ok(Value::object(target))
}

/// Array.prototype.flatMap ( mapperFunction [ , thisArg ] ) (§23.1.3.14).
fn flat_map(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = this_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    let mapper = call.arg(0);
    if !mapper.is_callable() {
        return ctx.throw_type_error("flatMap mapper function is not callable");
    }
    let target = array_species_create(ctx, object, 0)?;
    flatten_into_array(ctx, target, object, length, 0, 1.0, Some((mapper, call.arg(1))))?;
    Ok(Value::object(target))
}

/// Array.prototype.toReversed ( ) (§23.1.3.33).
fn to_reversed(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = this_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    let target = array_create(ctx, length)?;
    for index in 0..length {
        let value = get_index(ctx, object, length - index - 1)?;
        create_index_or_throw(ctx, target, index, value)?;
    }
    Ok(Value::object(target))
}

/// The start and skip/delete count of splice and toSpliced (§23.1.3.31 steps 3-9): the count
/// is 0 without a start, everything from the start without a count, else clamped.
fn splice_range(ctx: &mut Context, call: &NativeCall, length: u64) -> JsResult<(u64, u64)> {
    let start = relative_argument(ctx, call.arg(0), length, 0)?;
    let count = match call.args.len() {
        0 => 0,
        1 => length - start,
        _ => {
            let count = conv::to_integer_or_infinity(ctx, call.arg(1))?;
            count.clamp(0.0, (length - start) as f64) as u64
        }
    };
    Ok((start, count))
}

/// Array.prototype.toSpliced ( start, skipCount, ...items ) (§23.1.3.35).
fn to_spliced(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = this_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    let (start, skip) = splice_range(ctx, call, length)?;
    let items = call.args.get(2..).unwrap_or(&[]);
    let new_length = length + items.len() as u64 - skip;
    if new_length > MAX_SAFE_LENGTH {
        return ctx.throw_type_error("Invalid array length");
    }
    let target = array_create(ctx, new_length)?;
    let mut index = 0;
    while index < start {
        let value = get_index(ctx, object, index)?;
        create_index_or_throw(ctx, target, index, value)?;
        index += 1;
    }
    for &item in items {
        create_index_or_throw(ctx, target, index, item)?;
        index += 1;
    }
    let mut from = start + skip;
    while index < new_length {
        let value = get_index(ctx, object, from)?;
        create_index_or_throw(ctx, target, index, value)?;
        index += 1;
        from += 1;
    }
    Ok(Value::object(target))
}

/// Array.prototype.with ( index, value ) (§23.1.3.39).
fn with(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = this_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    // ToIntegerOrInfinity, keeping the number for V8's message (which shows it untruncated).
    let number = conv::to_number(ctx, call.arg(0))?;
    let relative = if number.is_nan() { 0.0 } else { number.trunc() };
    let actual = if relative >= 0.0 { relative } else { length as f64 + relative };
    if actual >= length as f64 || actual < 0.0 {
        let text = crate::value::number::to_rust_string(number);
        return ctx.throw_range_error(&format!("Invalid index : {text}"));
    }
    let actual = actual as u64;
    let target = array_create(ctx, length)?;
    for index in 0..length {
        let value = if index == actual { call.arg(1) } else { get_index(ctx, object, index)? };
        create_index_or_throw(ctx, target, index, value)?;
    }
    Ok(Value::object(target))
}

// ---------------------------------------------------------------------------------------------
// Mutation: copyWithin, fill, pop, shift, unshift, reverse, splice
// ---------------------------------------------------------------------------------------------

/// Moves the element at `from` to `to` as splice/shift/unshift/copyWithin do: Set when present,
/// DeletePropertyOrThrow when a hole.
fn move_element(ctx: &mut Context, object: Gc<JsObject>, from: u64, to: u64) -> JsResult<()> {
    match get_if_present(ctx, object, from)? {
        Some(value) => set_index_or_throw(ctx, object, to, value),
        None => delete_index_or_throw(ctx, object, to),
    }
}

/// Array.prototype.copyWithin ( target, start [ , end ] ) (§23.1.3.4).
fn copy_within(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = this_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    let to = relative_argument(ctx, call.arg(0), length, 0)?;
    let from = relative_argument(ctx, call.arg(1), length, 0)?;
    let end = relative_argument(ctx, call.arg(2), length, length)?;
    let count = end.saturating_sub(from).min(length - to);
    if from < to && to < from + count {
        for step in (0..count).rev() {
            move_element(ctx, object, from + step, to + step)?;
        }
    } else {
        for step in 0..count {
            move_element(ctx, object, from + step, to + step)?;
        }
    }
    Ok(Value::object(object))
}

/// Array.prototype.fill ( value [ , start [ , end ] ] ) (§23.1.3.7).
fn fill(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = this_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    let start = relative_argument(ctx, call.arg(1), length, 0)?;
    let end = relative_argument(ctx, call.arg(2), length, length)?;
    let value = call.arg(0);
    for index in start..end {
        set_index_or_throw(ctx, object, index, value)?;
    }
    Ok(Value::object(object))
}

/// Array.prototype.pop ( ) (§23.1.3.22).
fn pop(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if let Some(value) = pop_dense(call.this) {
        return Ok(value);
    }
    let object = this_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    if length == 0 {
        set_length_or_throw(ctx, object, 0)?;
        return Ok(Value::UNDEFINED);
    }
    let index = length - 1;
    if is_packed_array(object, length) && array_length_is_writable(object) {
        let value = object.get_mut().elements.pop().unwrap_or(Value::UNDEFINED);
        array::set_length_raw(object, index as u32);
        return Ok(value);
    }
    let element = get_index(ctx, object, index)?;
    delete_index_or_throw(ctx, object, index)?;
    set_length_or_throw(ctx, object, index)?;
    Ok(element)
}

/// Array.prototype.pop's steps for an array whose dense elements reach its writable `length`
/// and whose last element is present: Get reads that element (a plain data property) and
/// DeletePropertyOrThrow removes it, with nothing observable. `None` otherwise.
pub(crate) fn pop_dense(this: Value) -> Option<Value> {
    let object = this.as_object()?;
    let cell = object.get_mut();
    let ObjectKind::Array(data) = cell.kind() else { return None };
    let length = data.length;
    if length == 0 || !data.length_writable || cell.has_sparse_elements() || cell.dense_elements().len() != length as usize {
        return None;
    }
    let value = cell.dense_elements()[length as usize - 1];
    if value.is_hole() {
        return None;
    }
    array::set_length_raw(object, length - 1);
    Some(value)
}

/// True when `callee` is the intrinsic `Array.prototype.pop`.
pub(crate) fn is_intrinsic_pop(callee: Value) -> bool {
    super::array::native_function_of(callee).is_some_and(|native| std::ptr::fn_addr_eq(native, pop as function::NativeFn))
}

/// Array.prototype.shift ( ) (§23.1.3.27).
fn shift(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = this_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    if length == 0 {
        set_length_or_throw(ctx, object, 0)?;
        return Ok(Value::UNDEFINED);
    }
    if is_packed_array(object, length) && array_length_is_writable(object) {
        let first = object.get_mut().elements.remove(0);
        array::set_length_raw(object, (length - 1) as u32);
        return Ok(first);
    }
    let first = get_index(ctx, object, 0)?;
    for index in 1..length {
        move_element(ctx, object, index, index - 1)?;
    }
    delete_index_or_throw(ctx, object, length - 1)?;
    set_length_or_throw(ctx, object, length - 1)?;
    Ok(first)
}

/// True when the packed array `object` may grow by `added` elements in place: its length is
/// writable, it is extensible, stays below 2^32 - 1, and no prototype has indexed properties.
fn can_grow_in_place(object: Gc<JsObject>, length: u64, added: u64) -> bool {
    is_packed_array(object, length)
        && array_length_is_writable(object)
        && object.get().is_extensible()
        && length + added < u32::MAX as u64
        && prototypes_have_no_elements(object)
}

/// Replaces `removed` packed elements at `start` of `object` by `items` and sets the length
/// (the element moves of splice/unshift when `can_grow_in_place` holds).
fn splice_in_place(ctx: &mut Context, object: Gc<JsObject>, start: u64, removed: u64, items: &[Value]) {
    let cell = object.get_mut();
    let mut elements = cell.elements.take();
    let before = elements.capacity();
    let start = start as usize;
    elements.splice(start..start + removed as usize, items.iter().copied());
    let grew = elements.capacity().saturating_sub(before) * 8;
    let length = elements.len() as u32;
    cell.elements = ValueVec::from_vec(elements);
    array::set_length_raw(object, length);
    ctx.heap.note_external(grew);
}

/// Array.prototype.unshift ( ...items ) (§23.1.3.37).
fn unshift(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = this_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    let count = call.args.len() as u64;
    if count > 0 {
        if length + count > MAX_SAFE_LENGTH {
            return ctx.throw_type_error("Invalid array length");
        }
        if can_grow_in_place(object, length, count) {
            splice_in_place(ctx, object, 0, 0, call.args);
            return Ok(index_value(length + count));
        }
        for index in (0..length).rev() {
            move_element(ctx, object, index, index + count)?;
        }
        for (index, &item) in call.args.iter().enumerate() {
            set_index_or_throw(ctx, object, index as u64, item)?;
        }
    }
    set_length_or_throw(ctx, object, length + count)?;
    Ok(index_value(length + count))
}

/// Array.prototype.reverse ( ) (§23.1.3.26).
fn reverse(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = this_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    if is_packed_array(object, length) {
        object.get_mut().elements.as_mut_slice().reverse();
        return Ok(Value::object(object));
    }
    let middle = length / 2;
    for lower in 0..middle {
        let upper = length - lower - 1;
        let lower_value = get_if_present(ctx, object, lower)?;
        let upper_value = get_if_present(ctx, object, upper)?;
        match (lower_value, upper_value) {
            (Some(lower_value), Some(upper_value)) => {
                set_index_or_throw(ctx, object, lower, upper_value)?;
                set_index_or_throw(ctx, object, upper, lower_value)?;
            }
            (None, Some(upper_value)) => {
                set_index_or_throw(ctx, object, lower, upper_value)?;
                delete_index_or_throw(ctx, object, upper)?;
            }
            (Some(lower_value), None) => {
                delete_index_or_throw(ctx, object, lower)?;
                set_index_or_throw(ctx, object, upper, lower_value)?;
            }
            (None, None) => {}
        }
    }
    Ok(Value::object(object))
}

/// Array.prototype.splice ( start, deleteCount, ...items ) (§23.1.3.31).
fn splice(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = this_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    let (start, delete_count) = splice_range(ctx, call, length)?;
    let items = call.args.get(2..).unwrap_or(&[]);
    let item_count = items.len() as u64;
    if length + item_count - delete_count > MAX_SAFE_LENGTH {
        return ctx.throw_type_error("Invalid array length");
    }
    // Steps 11-13: the removed elements.
    let removed = array_species_create(ctx, object, delete_count)?;
    for index in 0..delete_count {
        if let Some(value) = get_if_present(ctx, object, start + index)? {
            create_index_or_throw(ctx, removed, index, value)?;
        }
    }
    set_length_or_throw(ctx, removed, delete_count)?;
    // Steps 15-18: move the tail, insert the items, set the length.
    let new_length = length - delete_count + item_count;
    if can_grow_in_place(object, length, item_count) {
        splice_in_place(ctx, object, start, delete_count, items);
        return Ok(Value::object(removed));
    }
    if item_count < delete_count {
        for index in start..length - delete_count {
            move_element(ctx, object, index + delete_count, index + item_count)?;
        }
        for index in (new_length..length).rev() {
            delete_index_or_throw(ctx, object, index)?;
        }
    } else if item_count > delete_count {
        for index in (start..length - delete_count).rev() {
            move_element(ctx, object, index + delete_count, index + item_count)?;
        }
    }
    for (offset, &item) in items.iter().enumerate() {
        set_index_or_throw(ctx, object, start + offset as u64, item)?;
    }
    set_length_or_throw(ctx, object, new_length)?;
    Ok(Value::object(removed))
}

// ---------------------------------------------------------------------------------------------
// toLocaleString
// ---------------------------------------------------------------------------------------------

/// Array.prototype.toLocaleString ( ) (§23.1.3.32 with ECMA-402 §19.5.1): each element's
/// `toLocaleString()` joined by ",". Cycles print as "" like join.
fn to_locale_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = this_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    if ctx.join_stack_contains(object) {
        return Ok(Value::string(ctx.atoms.empty));
    }
    ctx.check_stack()?;
    ctx.join_stack_push(object);
    let result = locale_join(ctx, object, length, [call.arg(0), call.arg(1)]);
    ctx.join_stack_pop();
    result
}

/// Joins the elements' `toLocaleString(locales, options)` results (V8 always passes both).
fn locale_join(ctx: &mut Context, object: Gc<JsObject>, length: u64, arguments: [Value; 2]) -> JsResult<Value> {
    let mut text = StringBuilder::new();
    let key = ctx.key("toLocaleString");
    for index in 0..length {
        if index > 0 {
            text.push_str(",");
        }
        let element = get_index(ctx, object, index)?;
        if element.is_nullish() {
            continue;
        }
        let method = ops::get_value(ctx, element, key)?;
        let method = require_callable(ctx, method)?;
        let result = function::call(ctx, method, element, &arguments)?;
        let piece = conv::to_string(ctx, result)?;
        text.push_js(piece.get());
        if text.len() > crate::string::MAX_STRING_LENGTH {
            return ctx.throw_range_error("Invalid string length");
        }
    }
    Ok(Value::string(text.finish(ctx)?))
}


#[cfg(test)]
mod tests {
    use crate::context::{Context, ContextOptions};
    use crate::object::function;
    use crate::object::{array, ops, PropertyKey};
    use crate::value::{conv, Value};

    /// A context that collects at every allocation, so unrooted values show up as corruption.
    fn stress_context() -> Box<Context> {
        Context::new(ContextOptions { capture_output: true, gc_stress_interval: 1, ..ContextOptions::default() })
    }

    /// Calls Array.prototype[`name`] on `this` with number arguments.
    fn call_method(ctx: &mut Context, name: &str, this: Value, args: &[f64]) -> Value {
        let prototype = ctx.realm.array_prototype;
        let key = ctx.key(name);
        let method = ops::get_property(ctx, prototype, key).expect("method exists");
        let args: Vec<Value> = args.iter().map(|&number| Value::number(number)).collect();
        function::call(ctx, method, this, &args).expect("call succeeds")
    }

    /// The array's elements as text, holes as `_`.
    fn text(ctx: &mut Context, value: Value) -> String {
        let object = value.as_object().expect("an array");
        let length = array::length(object);
        let mut parts = Vec::new();
        for index in 0..length {
            let key = PropertyKey::Index(index);
            if ops::has_own_property(ctx, object, key).expect("no proxies") {
                let element = ops::get_property(ctx, object, key).expect("plain data");
                parts.push(conv::to_string(ctx, element).expect("numbers").get().to_rust_string());
            } else {
                parts.push("_".to_string());
            }
        }
        parts.join(",")
    }

    fn numbers(ctx: &mut Context, values: &[f64]) -> Value {
        let values: Vec<Value> = values.iter().map(|&number| if number.is_nan() { Value::HOLE } else { Value::number(number) }).collect();
        Value::object(array::from_values(ctx, &values))
    }

    #[test]
    fn splice_start_and_count_arithmetic() {
        let mut ctx = stress_context();
        // (arguments, removed, remaining) for [0, 1, 2, 3, 4].
        let cases: [(&[f64], &str, &str); 9] = [
            (&[], "", "0,1,2,3,4"),
            (&[1.0], "1,2,3,4", "0"),
            (&[-2.0], "3,4", "0,1,2"),
            (&[1.0, 2.0], "1,2", "0,3,4"),
            (&[-1.0, 9.0], "4", "0,1,2,3"),
            (&[9.0, 1.0], "", "0,1,2,3,4"),
            (&[1.0, -5.0], "", "0,1,2,3,4"),
            (&[f64::NEG_INFINITY, 2.0], "0,1", "2,3,4"),
            (&[1.5, 1.9], "1", "0,2,3,4"),
        ];
        for (args, removed, remaining) in cases {
            let target = numbers(&mut ctx, &[0.0, 1.0, 2.0, 3.0, 4.0]);
            let result = call_method(&mut ctx, "splice", target, args);
            assert_eq!(text(&mut ctx, result), removed, "{args:?}");
            assert_eq!(text(&mut ctx, target), remaining, "{args:?}");
        }
    }

    #[test]
    fn splice_moves_holes_and_grows_or_shrinks() {
        let mut ctx = stress_context();
        // Holes (NaN here) are moved as holes by the generic path.
        let holey = numbers(&mut ctx, &[0.0, f64::NAN, 2.0, f64::NAN, 4.0]);
        let removed = call_method(&mut ctx, "splice", holey, &[0.0, 1.0, 7.0, 8.0]);
        assert_eq!(text(&mut ctx, removed), "0");
        assert_eq!(text(&mut ctx, holey), "7,8,_,2,_,4");
        // The packed path: insertion in the middle, then removal of more than is inserted.
        let packed = numbers(&mut ctx, &[0.0, 1.0, 2.0]);
        call_method(&mut ctx, "splice", packed, &[1.0, 0.0, 5.0, 6.0]);
        assert_eq!(text(&mut ctx, packed), "0,5,6,1,2");
        let removed = call_method(&mut ctx, "splice", packed, &[1.0, 3.0, 9.0]);
        assert_eq!(text(&mut ctx, removed), "5,6,1");
        assert_eq!(text(&mut ctx, packed), "0,9,2");
    }

    #[test]
    fn shift_unshift_and_reverse_keep_order() {
        let mut ctx = stress_context();
        let queue = numbers(&mut ctx, &[1.0, 2.0, 3.0]);
        assert_eq!(call_method(&mut ctx, "shift", queue, &[]).as_number(), Some(1.0));
        assert_eq!(call_method(&mut ctx, "unshift", queue, &[7.0, 8.0]).as_number(), Some(4.0));
        assert_eq!(text(&mut ctx, queue), "7,8,2,3");
        call_method(&mut ctx, "reverse", queue, &[]);
        assert_eq!(text(&mut ctx, queue), "3,2,8,7");
        let holey = numbers(&mut ctx, &[1.0, f64::NAN, 3.0, 4.0]);
        call_method(&mut ctx, "reverse", holey, &[]);
        assert_eq!(text(&mut ctx, holey), "4,3,_,1");
        assert_eq!(call_method(&mut ctx, "pop", holey, &[]).as_number(), Some(1.0));
        assert_eq!(text(&mut ctx, holey), "4,3,_");
    }

    #[test]
    fn copy_within_overlapping_ranges() {
        let mut ctx = stress_context();
        let cases: [(&[f64], &str); 4] = [
            (&[0.0, 3.0], "4,5,3,4,5"),
            (&[1.0, 0.0], "1,1,2,3,4"),
            (&[-2.0, -3.0, -1.0], "1,2,3,3,4"),
            (&[2.0, 0.0, 2.0], "1,2,1,2,5"),
        ];
        for (args, expected) in cases {
            let target = numbers(&mut ctx, &[1.0, 2.0, 3.0, 4.0, 5.0]);
            call_method(&mut ctx, "copyWithin", target, args);
            assert_eq!(text(&mut ctx, target), expected, "{args:?}");
        }
    }
}
