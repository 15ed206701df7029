//! Abstract operations shared by the Array, Object and Number built-ins (ECMA-262 §7.3, §7.4,
//! §10.4.2.3) in the form those built-ins need them: indices as `u64` (array-likes may be
//! longer than 2^32 - 1), Set/DeletePropertyOrThrow and CreateDataPropertyOrThrow that throw
//! with V8's exact messages, the IsCallable check of callback-taking methods, ArrayCreate and
//! ArraySpeciesCreate, and iterator stepping for built-ins that consume iterables.
//!
//! Nothing here installs a property; this module owns no intrinsic.

use crate::context::Context;
use crate::object::function::NativeFn;
use crate::object::Attributes;
use crate::error::{describe_value, JsResult, Throw, ThrowExt};
use crate::gc::Gc;
use crate::object::function;
use crate::object::{array, ops, JsObject, ObjectKind, OwnProperty, PropertyDescriptor, PropertyKey};
use crate::value::{conv, Value};
use std::cell::Cell;

/// Installs each `(name, length, native)` method on `object` unless `object` already has an
/// own property of that name (the core files own some methods; theirs are kept).
pub fn install_methods(ctx: &mut Context, object: Gc<JsObject>, methods: &[(&str, u32, NativeFn)]) {
    for &(name, length, native) in methods {
        let atom = ctx.intern_str(name);
        let key = PropertyKey::from_atom(atom);
        if ops::own_lookup(ctx, object, key).is_some() {
            continue;
        }
        let function = function::new_native(ctx, atom, length, native, false);
        ops::define_fresh(ctx, object, key, Value::object(function), Attributes::HIDDEN);
    }
}

/// 2^53 - 1, the largest length of an array-like (§7.1.20 ToLength).
pub const MAX_SAFE_LENGTH: u64 = 9_007_199_254_740_991;

/// The largest length of an Array exotic object (2^32 - 1).
pub const MAX_ARRAY_LENGTH: u64 = u32::MAX as u64;

/// The property key of integer index `index` (`Index` below 2^32 - 1, a string key above).
pub fn index_key(ctx: &mut Context, index: u64) -> PropertyKey {
    if index < MAX_ARRAY_LENGTH {
        PropertyKey::Index(index as u32)
    } else {
        ctx.key(&index.to_string())
    }
}

/// Get(O, ! ToString(𝔽(index))) with a fast path for plain dense elements.
pub fn get_index(ctx: &mut Context, object: Gc<JsObject>, index: u64) -> JsResult<Value> {
    if index < MAX_ARRAY_LENGTH {
        if let Some(value) = array::dense_get(object, index as u32) {
            return Ok(value);
        }
    }
    let key = index_key(ctx, index);
    ops::get_property(ctx, object, key)
}

/// HasProperty(O, ! ToString(𝔽(index))) with a fast path for plain dense elements.
pub fn has_index(ctx: &mut Context, object: Gc<JsObject>, index: u64) -> JsResult<bool> {
    if index < MAX_ARRAY_LENGTH && array::dense_get(object, index as u32).is_some() {
        return Ok(true);
    }
    let key = index_key(ctx, index);
    ops::has_property(ctx, object, key)
}

/// HasProperty then Get of index `index` (the pair the spec's hole-skipping loops use): the
/// element, or None for a hole.
pub fn get_if_present(ctx: &mut Context, object: Gc<JsObject>, index: u64) -> JsResult<Option<Value>> {
    if index < MAX_ARRAY_LENGTH {
        if let Some(value) = array::dense_get(object, index as u32) {
            return Ok(Some(value));
        }
    }
    if !has_index(ctx, object, index)? {
        return Ok(None);
    }
    Ok(Some(get_index(ctx, object, index)?))
}

/// Set(O, P, V, true) (§7.3.4) with V8's messages for the three ways [[Set]] can fail.
pub fn set_or_throw(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, value: Value) -> JsResult<()> {
    if ops::set(ctx, object, key, value, Value::object(object))? {
        return Ok(());
    }
    throw_set_failure(ctx, object, key)
}

/// Set(O, ! ToString(𝔽(index)), V, true).
pub fn set_index_or_throw(ctx: &mut Context, object: Gc<JsObject>, index: u64, value: Value) -> JsResult<()> {
    let key = index_key(ctx, index);
    set_or_throw(ctx, object, key, value)
}

/// Set(O, "length", 𝔽(length), true).
pub fn set_length_or_throw(ctx: &mut Context, object: Gc<JsObject>, length: u64) -> JsResult<()> {
    let key = PropertyKey::String(ctx.atoms.length);
    set_or_throw(ctx, object, key, Value::number(length as f64))
}

/// Throws the TypeError V8 reports when a strict-mode [[Set]] of `key` on `object` returned
/// false: a read-only data property, an accessor without a setter, or a new property on a
/// non-extensible object.
fn throw_set_failure<T>(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) -> JsResult<T> {
    if let Some(message) = array_length_refusal(ctx, object, key) {
        return ctx.throw_type_error(&message);
    }
    let name = key.display();
    let mut holder = Some(object);
    while let Some(current) = holder {
        // A proxy on the chain answered the [[Set]] itself (its trap said false).
        if crate::builtins::proxy::is_proxy(current) {
            return ctx.throw_type_error(&format!("'set' on proxy: trap returned falsish for property '{name}'"));
        }
        match ops::own_lookup(ctx, current, key) {
            Some(OwnProperty::Data { attributes, .. }) if !attributes.writable() => {
                let text = describe_value(ctx, Value::object(object));
                return ctx.throw_type_error(&format!("Cannot assign to read only property '{name}' of object '{text}'"));
            }
            Some(OwnProperty::Accessor { .. }) => {
                let text = describe_value(ctx, Value::object(object));
                return ctx.throw_type_error(&format!("Cannot set property {name} of {text} which has only a getter"));
            }
            Some(OwnProperty::Data { .. }) => break,
            None => holder = current.get().prototype(),
        }
    }
    if !object.get().is_extensible() {
        return ctx.throw_type_error(&format!("Cannot add property {name}, object is not extensible"));
    }
    let text = describe_value(ctx, Value::object(object));
    ctx.throw_type_error(&format!("Cannot assign to read only property '{name}' of object '{text}'"))
}

/// V8's message when `key` is an index at or past the `length` of an Array whose `length` is
/// read-only and the Array is extensible (the `length` is then what refuses the element).
pub(crate) fn array_length_refusal(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) -> Option<String> {
    let PropertyKey::Index(index) = key else { return None };
    match object.get().kind() {
        ObjectKind::Array(data)
            if !data.length_writable && index >= data.length && object.get().is_extensible() && ops::own_lookup(ctx, object, key).is_none() =>
        {
            let text = describe_value(ctx, Value::object(object));
            Some(format!("Cannot assign to read only property 'length' of object '{text}'"))
        }
        _ => None,
    }
}

/// DeletePropertyOrThrow (§7.3.10) with V8's message.
pub fn delete_or_throw(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) -> JsResult<()> {
    if ops::delete(ctx, object, key)? {
        return Ok(());
    }
    if crate::builtins::proxy::is_proxy(object) {
        return ctx.throw_type_error(&format!("'deleteProperty' on proxy: trap returned falsish for property '{}'", key.display()));
    }
    let text = describe_value(ctx, Value::object(object));
    ctx.throw_type_error(&format!("Cannot delete property '{}' of {text}", key.display()))
}

/// DeletePropertyOrThrow(O, ! ToString(𝔽(index))).
pub fn delete_index_or_throw(ctx: &mut Context, object: Gc<JsObject>, index: u64) -> JsResult<()> {
    let key = index_key(ctx, index);
    delete_or_throw(ctx, object, key)
}

/// CreateDataPropertyOrThrow (§7.3.7) with V8's messages.
pub fn create_data_property_or_throw(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, value: Value) -> JsResult<()> {
    if ops::create_data_property(ctx, object, key, value)? {
        return Ok(());
    }
    throw_define_failure(ctx, object, key)
}

/// DefinePropertyOrThrow (§7.3.9) with V8's messages.
pub fn define_property_or_throw(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, descriptor: PropertyDescriptor) -> JsResult<()> {
    if ops::define_own_property(ctx, object, key, descriptor)? {
        return Ok(());
    }
    throw_define_failure(ctx, object, key)
}

/// True when `key` is an index at or past the length of an Array whose `length` is not
/// writable (defining it fails for that reason).
pub(crate) fn past_fixed_length(object: Gc<JsObject>, key: PropertyKey) -> bool {
    match (object.get().kind(), key) {
        (ObjectKind::Array(data), PropertyKey::Index(index)) => !data.length_writable && index >= data.length,
        _ => false,
    }
}

/// The TypeError V8 throws when [[DefineOwnProperty]] of `key` returned false.
fn throw_define_failure<T>(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) -> JsResult<T> {
    let name = key.display();
    if crate::builtins::proxy::is_proxy(object) {
        return ctx.throw_type_error(&format!("'defineProperty' on proxy: trap returned falsish for property '{name}'"));
    }
    if ops::own_lookup(ctx, object, key).is_none() && !object.get().is_extensible() {
        return ctx.throw_type_error(&format!("Cannot define property {name}, object is not extensible"));
    }
    if past_fixed_length(object, key) {
        return ctx.throw_type_error("Cannot assign to read only property 'length' of object '[object Array]'");
    }
    ctx.throw_type_error(&format!("Cannot redefine property: {name}"))
}

/// CreateDataPropertyOrThrow(A, ! ToString(𝔽(index)), V).
pub fn create_index_or_throw(ctx: &mut Context, object: Gc<JsObject>, index: u64, value: Value) -> JsResult<()> {
    if array::define_dense_element(ctx, object, index, value) {
        return Ok(());
    }
    let key = index_key(ctx, index);
    create_data_property_or_throw(ctx, object, key, value)
}

/// The IsCallable check of methods taking a callback: "x is not a function" as V8 says it.
pub fn require_callable(ctx: &mut Context, value: Value) -> JsResult<Value> {
    if value.is_callable() {
        return Ok(value);
    }
    let text = describe_value(ctx, value);
    ctx.throw_type_error(&format!("{text} is not a function"))
}

/// `value` as a `u64` integer index after ToIntegerOrInfinity, made relative to `length` the
/// way start/end arguments are (§23.1.3.*: negative counts from the end, clamped to
/// `0..=length`).
pub fn relative_index(relative: f64, length: u64) -> u64 {
    if relative < 0.0 {
        let from_end = length as f64 + relative;
        if from_end <= 0.0 {
            0
        } else {
            from_end as u64
        }
    } else if relative >= length as f64 {
        length
    } else {
        relative as u64
    }
}

/// ToIntegerOrInfinity of a start/end argument, then `relative_index`; `undefined` gives
/// `default`.
pub fn relative_argument(ctx: &mut Context, value: Value, length: u64, default: u64) -> JsResult<u64> {
    if value.is_undefined() {
        return Ok(default);
    }
    let relative = conv::to_integer_or_infinity(ctx, value)?;
    Ok(relative_index(relative, length))
}

/// ArrayCreate(length) (§10.4.2.2) with %Array.prototype%: RangeError past 2^32 - 1.
pub fn array_create(ctx: &mut Context, length: u64) -> JsResult<Gc<JsObject>> {
    if length > MAX_ARRAY_LENGTH {
        return ctx.throw_range_error("Invalid array length");
    }
    let prototype = ctx.realm.array_prototype;
    Ok(array::with_length(ctx, length as u32, Some(prototype)))
}

/// ArraySpeciesCreate (§10.4.2.3): an array made by `original.constructor[Symbol.species]`.
pub fn array_species_create(ctx: &mut Context, original: Gc<JsObject>, length: u64) -> JsResult<Gc<JsObject>> {
    // Step 2: only arrays consult their constructor.
    if !crate::builtins::proxy::is_array(ctx, Value::object(original))? {
        return array_create(ctx, length);
    }
    // Step 3.
    let constructor_key = PropertyKey::String(ctx.atoms.constructor);
    let mut constructor = ops::get_property(ctx, original, constructor_key)?;
    // Step 4 concerns other realms; kiln has one.
    // Step 5.
    if let Some(object) = constructor.as_object() {
        let species_key = PropertyKey::Symbol(ctx.symbols.species);
        constructor = ops::get_property(ctx, object, species_key)?;
        if constructor.is_null() {
            constructor = Value::UNDEFINED;
        }
    }
    // Step 6.
    if constructor.is_undefined() || constructor == Value::object(ctx.realm.array_constructor) {
        return array_create(ctx, length);
    }
    // Step 7.
    if !constructor.is_constructor() {
        return ctx.throw_type_error("object.constructor[Symbol.species] is not a constructor");
    }
    // Step 8.
    let result = function::construct(ctx, constructor, &[Value::number(length as f64)], constructor)?;
    match result.as_object() {
        Some(object) => Ok(object),
        None => ctx.throw_type_error("object.constructor[Symbol.species] is not a constructor"),
    }
}

/// Construct(C, args) when `C` is a constructor, else ArrayCreate(length): the first steps
/// of Array.from and Array.of. `length` is None when no argument is passed.
pub fn construct_or_array_create(ctx: &mut Context, constructor: Value, length: Option<u64>) -> JsResult<Gc<JsObject>> {
    if constructor == Value::object(ctx.realm.array_constructor) || !constructor.is_constructor() {
        return array_create(ctx, length.unwrap_or(0));
    }
    let result = match length {
        Some(length) => function::construct(ctx, constructor, &[Value::number(length as f64)], constructor)?,
        None => function::construct(ctx, constructor, &[], constructor)?,
    };
    match result.as_object() {
        Some(object) => Ok(object),
        None => ctx.throw_type_error("Construct did not return an object"),
    }
}

/// True when the array `object` holds exactly `length` plain data elements in its dense
/// storage (no holes, no sparse map), so element reads and writes below `length` run no JS
/// and see no prototype.
pub fn is_packed_array(object: Gc<JsObject>, length: u64) -> bool {
    let cell = object.get();
    if !cell.is_array() || cell.has_sparse_elements() || array::length(object) as u64 != length {
        return false;
    }
    let elements = cell.dense_elements();
    elements.len() as u64 == length && !elements.iter().any(|value| value.is_hole())
}

/// True when the array `object` has a writable `length`.
pub fn array_length_is_writable(object: Gc<JsObject>) -> bool {
    matches!(object.get().kind(), ObjectKind::Array(data) if data.length_writable)
}

/// V8's message for a value that is not iterable where a built-in asked for its iterator:
/// `number 1 is not iterable (cannot read property Symbol(Symbol.iterator))`.
pub fn not_iterable_message(ctx: &mut Context, value: Value) -> String {
    const TAIL: &str = "is not iterable (cannot read property Symbol(Symbol.iterator))";
    if value.is_undefined() {
        return format!("undefined {TAIL}");
    }
    if value.is_null() {
        return format!("object null {TAIL}");
    }
    if value.is_callable() {
        return format!("function {TAIL}");
    }
    if value.is_object() {
        return format!("object {TAIL}");
    }
    if value.is_symbol() {
        return format!("symbol {TAIL}");
    }
    let type_name = crate::value::ops::type_of(ctx, value).get().to_rust_string();
    let text = crate::error::primitive_text(ctx, value);
    format!("{type_name} {text} {TAIL}")
}

/// An iterator record (§7.4.1) kept in locals: [[Iterator]] and [[NextMethod]].
#[derive(Copy, Clone)]
pub struct IteratorRecord {
    /// The iterator object.
    pub iterator: Value,
    /// Its `next` method, read once.
    pub next: Value,
}

/// GetIteratorFromMethod (§7.4.2).
pub fn get_iterator_from_method(ctx: &mut Context, value: Value, method: Value) -> JsResult<IteratorRecord> {
    let iterator = function::call(ctx, method, value, &[])?;
    if !iterator.is_object() {
        return ctx.throw_type_error("Result of the Symbol.iterator method is not an object");
    }
    let next_key = PropertyKey::String(ctx.atoms.next);
    let next = ops::get_value(ctx, iterator, next_key)?;
    Ok(IteratorRecord { iterator, next })
}

/// IteratorStepValue (§7.4.8): the next value, or None when the iterator is done.
pub fn iterator_step_value(ctx: &mut Context, record: IteratorRecord) -> JsResult<Option<Value>> {
    let result = function::call(ctx, record.next, record.iterator, &[])?;
    if !result.is_object() {
        let text = describe_value(ctx, result);
        return ctx.throw_type_error(&format!("Iterator result {text} is not an object"));
    }
    let done_key = PropertyKey::String(ctx.atoms.done);
    let done = ops::get_value(ctx, result, done_key)?;
    if conv::to_boolean(done) {
        return Ok(None);
    }
    let value_key = PropertyKey::String(ctx.atoms.value);
    Ok(Some(ops::get_value(ctx, result, value_key)?))
}

/// IteratorClose (§7.4.11) with a throw completion: calls `return` if there is one, ignores
/// whatever that does, and rethrows the original exception.
pub fn iterator_close_on_throw<T>(ctx: &mut Context, record: IteratorRecord) -> JsResult<T> {
    let exception = ctx.exception;
    let return_key = PropertyKey::String(ctx.atoms.return_);
    if let Ok(Some(method)) = ops::get_method(ctx, record.iterator, return_key) {
        let _ = function::call(ctx, method, record.iterator, &[]);
    }
    ctx.exception = exception;
    Err(Throw)
}

/// Runs `step`; when it throws, closes the iterator first (IfAbruptCloseIterator, §7.4.13).
pub fn close_on_throw<T>(ctx: &mut Context, record: IteratorRecord, result: JsResult<T>) -> JsResult<T> {
    match result {
        Ok(value) => Ok(value),
        Err(Throw) => iterator_close_on_throw(ctx, record),
    }
}

/// True when iterating the array `object` with its @@iterator would run exactly the built-in
/// Array Iterator (no JS observes the difference between that and an index loop).
pub fn array_iteration_is_pristine(ctx: &mut Context, object: Gc<JsObject>) -> bool {
    let cell = object.get();
    if !cell.is_array() || cell.prototype() != Some(ctx.realm.array_prototype) {
        return false;
    }
    if PRISTINE_ITERATION.with(Cell::get).holds(ctx, object) {
        return true;
    }
    let pristine = array_iteration_is_pristine_uncached(ctx, object);
    if pristine {
        if let Some(memo) = PristineIteration::of(ctx, object) {
            PRISTINE_ITERATION.with(|cell| cell.set(memo));
        }
    }
    pristine
}

/// What made an array's iteration pristine last time: the shapes of the array (no own
/// @@iterator), Array.prototype and %ArrayIteratorPrototype% and the slots of their
/// @@iterator and `next`, whose values are compared each time (an assignment keeps a shape).
/// Shapes are never freed, so a recorded address stays that shape's.
#[derive(Clone, Copy, Default)]
struct PristineIteration {
    array_shape: usize,
    prototype_shape: usize,
    iterator_slot: u32,
    iterator_prototype_shape: usize,
    next_slot: u32,
}

thread_local! {
    static PRISTINE_ITERATION: Cell<PristineIteration> = const { Cell::new(PristineIteration {
        array_shape: 0, prototype_shape: 0, iterator_slot: 0, iterator_prototype_shape: 0, next_slot: 0,
    }) };
}

impl PristineIteration {
    fn shape_of(object: Gc<JsObject>) -> Option<usize> {
        let cell = object.get();
        crate::abi::caches::is_shaped(cell).then(|| cell.shape.as_ptr() as usize)
    }

    fn slot_value(object: Gc<JsObject>, slot: u32) -> Option<Value> {
        object.get().slots.as_slice().get(slot as usize).copied()
    }

    /// The record for `array` after its iteration was found pristine, when all three objects
    /// keep their properties in their shapes.
    fn of(ctx: &mut Context, array: Gc<JsObject>) -> Option<PristineIteration> {
        let prototype = ctx.realm.array_prototype;
        let iterator_prototype = ctx.realm.array_iterator_prototype;
        let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
        let next_key = PropertyKey::String(ctx.atoms.next);
        Some(PristineIteration {
            array_shape: Self::shape_of(array)?,
            prototype_shape: Self::shape_of(prototype)?,
            iterator_slot: crate::abi::caches::shape_data_slot(prototype.get(), iterator_key)?,
            iterator_prototype_shape: Self::shape_of(iterator_prototype)?,
            next_slot: crate::abi::caches::shape_data_slot(iterator_prototype.get(), next_key)?,
        })
    }

    fn holds(self, ctx: &Context, array: Gc<JsObject>) -> bool {
        let prototype = ctx.realm.array_prototype;
        let iterator_prototype = ctx.realm.array_iterator_prototype;
        self.array_shape != 0
            && Self::shape_of(array) == Some(self.array_shape)
            && Self::shape_of(prototype) == Some(self.prototype_shape)
            && Self::shape_of(iterator_prototype) == Some(self.iterator_prototype_shape)
            && Self::slot_value(prototype, self.iterator_slot) == Some(Value::object(ctx.realm.array_values))
            && Self::slot_value(iterator_prototype, self.next_slot) == Some(Value::object(ctx.realm.array_iterator_next))
    }
}

fn array_iteration_is_pristine_uncached(ctx: &mut Context, object: Gc<JsObject>) -> bool {
    let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
    if ops::own_lookup(ctx, object, iterator_key).is_some() {
        return false;
    }
    let prototype = ctx.realm.array_prototype;
    let values = Value::object(ctx.realm.array_values);
    if !matches!(ops::own_lookup(ctx, prototype, iterator_key), Some(OwnProperty::Data { value, .. }) if value == values) {
        return false;
    }
    let next_key = PropertyKey::String(ctx.atoms.next);
    let iterator_prototype = ctx.realm.array_iterator_prototype;
    let next = Value::object(ctx.realm.array_iterator_next);
    matches!(ops::own_lookup(ctx, iterator_prototype, next_key), Some(OwnProperty::Data { value, .. }) if value == next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pristine_array_iteration_is_remembered() {
        let mut ctx = Context::new_for_tests();
        let array = crate::object::array::from_values(&mut ctx, &[Value::number(1.0)]);
        assert!(array_iteration_is_pristine(&mut ctx, array));
        let memo = PristineIteration::of(&mut ctx, array).expect("the objects keep their properties in shapes");
        assert!(memo.holds(&ctx, array));
    }

    #[test]
    fn relative_indices_clamp_to_the_length() {
        assert_eq!(relative_index(2.0, 5), 2);
        assert_eq!(relative_index(9.0, 5), 5);
        assert_eq!(relative_index(-2.0, 5), 3);
        assert_eq!(relative_index(-9.0, 5), 0);
        assert_eq!(relative_index(f64::INFINITY, 5), 5);
        assert_eq!(relative_index(f64::NEG_INFINITY, 5), 0);
        assert_eq!(relative_index(-0.0, 5), 0);
    }

    #[test]
    fn index_keys_past_the_array_range_are_strings() {
        let mut ctx = Context::new_for_tests();
        assert_eq!(index_key(&mut ctx, 7), PropertyKey::Index(7));
        assert_eq!(index_key(&mut ctx, MAX_ARRAY_LENGTH).display(), "4294967295");
        assert!(matches!(index_key(&mut ctx, MAX_ARRAY_LENGTH), PropertyKey::String(_)));
    }
}
