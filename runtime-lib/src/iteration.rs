//! Iteration: the for-of protocol behind `kiln_iterator_*` (GetIterator, IteratorStep,
//! IteratorClose, §7.4) with fast paths for unmodified arrays and strings, the Array and
//! String iterator objects (§23.1.5, §22.1.5), and for-in enumeration (§14.7.5.9).

use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::{Gc, Tracer};
use crate::object::function;
use crate::object::{ops, JsObject, ObjectKind, OwnProperty, PropertyKey};
use crate::string::{self, JsString};
use crate::util::hash::FxHashMap;
use crate::value::{conv, Value};

/// What an Array Iterator yields.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ArrayIterationKind {
    /// Indices.
    Keys,
    /// Values.
    Values,
    /// `[index, value]` pairs.
    Entries,
}

/// [[IteratedArrayLike]], [[ArrayLikeNextIndex]], [[ArrayLikeIterationKind]].
pub struct ArrayIteratorState {
    /// The iterated object, or undefined once exhausted.
    pub target: Value,
    /// The next index.
    pub index: u32,
    /// What to yield.
    pub kind: ArrayIterationKind,
}

impl ArrayIteratorState {
    pub(crate) fn trace(&self, tracer: &mut Tracer) {
        tracer.value(self.target);
    }
}

/// [[IteratedString]], [[StringNextIndex]].
pub struct StringIteratorState {
    /// The iterated string, or None once exhausted.
    pub string: Option<Gc<JsString>>,
    /// The next code-unit position.
    pub position: u32,
}

impl StringIteratorState {
    pub(crate) fn trace(&self, tracer: &mut Tracer) {
        tracer.option(self.string);
    }
}

/// The iterator record handed to compiled for-of code.
pub enum IteratorRecord {
    /// A user-visible iterator: [[Iterator]], [[NextMethod]], [[Done]].
    Generic {
        /// The iterator object.
        iterator: Value,
        /// Its `next` method, read once.
        next: Value,
        /// True once exhausted or closed.
        done: bool,
    },
    /// An array whose iteration behaviour is the built-in one.
    FastArray {
        /// The array.
        array: Gc<JsObject>,
        /// The next index (`u32::MAX` when done).
        index: u32,
    },
    /// A sync iterator driven by `for await` (CreateAsyncFromSyncIterator, §27.1.6.1): each
    /// result's value is awaited before the loop sees it.
    AsyncFromSync {
        /// The sync iterator object.
        iterator: Value,
        /// Its `next` method.
        next: Value,
    },
    /// A string primitive with the built-in iterator.
    FastString {
        /// The string.
        string: Gc<JsString>,
        /// The next code-unit position (`u32::MAX` when done).
        position: u32,
    },
}

impl IteratorRecord {
    pub(crate) fn trace(&self, tracer: &mut Tracer) {
        match self {
            IteratorRecord::Generic { iterator, next, .. } | IteratorRecord::AsyncFromSync { iterator, next } => {
                tracer.value(*iterator);
                tracer.value(*next);
            }
            IteratorRecord::FastArray { array, .. } => tracer.cell(*array),
            IteratorRecord::FastString { string, .. } => tracer.cell(*string),
        }
    }
}

/// The state of a for-in enumeration.
pub struct ForInState {
    /// The enumerated object.
    pub object: Option<Gc<JsObject>>,
    /// Enumerable string keys collected at the start (strings are atoms, so no rooting).
    pub keys: Vec<PropertyKey>,
    /// The next key to consider.
    pub index: usize,
}

impl ForInState {
    pub(crate) fn trace(&self, tracer: &mut Tracer) {
        tracer.option(self.object);
        for key in &self.keys {
            key.trace(tracer);
        }
        tracer.external(self.keys.capacity() * 16);
    }
}

pub(crate) fn internal_object(ctx: &mut Context, kind: ObjectKind) -> Gc<JsObject> {
    let shape = ctx.root_shape;
    ctx.alloc(JsObject::new(shape, None, kind))
}

/// True when iterating `array` (an Array or an arguments object) would run exactly the
/// built-in Array iterator. Arrays ask `operations::array_iteration_is_pristine`, which
/// remembers the answer by shapes.
fn array_iteration_is_pristine(ctx: &mut Context, array: Gc<JsObject>) -> bool {
    let cell = array.get();
    if matches!(*cell.kind(), ObjectKind::Array(_)) {
        return crate::builtins::operations::array_iteration_is_pristine(ctx, array);
    }
    if !matches!(*cell.kind(), ObjectKind::Arguments | ObjectKind::MappedArguments(_)) {
        return false;
    }
    let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
    if !data_property_is(ctx, array, iterator_key, ctx.realm.array_values) {
        return false;
    }
    let next_key = PropertyKey::String(ctx.atoms.next);
    let iterator_prototype = ctx.realm.array_iterator_prototype;
    data_property_is(ctx, iterator_prototype, next_key, ctx.realm.array_iterator_next)
}

fn string_iteration_is_pristine(ctx: &mut Context) -> bool {
    let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
    let string_prototype = ctx.realm.string_prototype;
    if !data_property_is(ctx, string_prototype, iterator_key, ctx.realm.string_iterator) {
        return false;
    }
    let next_key = PropertyKey::String(ctx.atoms.next);
    let iterator_prototype = ctx.realm.string_iterator_prototype;
    data_property_is(ctx, iterator_prototype, next_key, ctx.realm.string_iterator_next)
}

fn data_property_is(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, expected: Gc<JsObject>) -> bool {
    matches!(ops::own_lookup(ctx, object, key), Some(OwnProperty::Data { value, .. }) if value == Value::object(expected))
}

/// GetIterator(value, sync) (§7.4.3) as a record object for compiled for-of loops.
pub fn get_iterator(ctx: &mut Context, value: Value) -> JsResult<Value> {
    if let Some(array) = value.as_object() {
        if array_iteration_is_pristine(ctx, array) {
            let record = internal_object(ctx, ObjectKind::IteratorRecord(IteratorRecord::FastArray { array, index: 0 }));
            return Ok(Value::object(record));
        }
    }
    if let Some(string) = value.as_string() {
        if string_iteration_is_pristine(ctx) {
            let record = internal_object(ctx, ObjectKind::IteratorRecord(IteratorRecord::FastString { string, position: 0 }));
            return Ok(Value::object(record));
        }
    }
    let (iterator, next) = open_iterator(ctx, value)?;
    let record = internal_object(ctx, ObjectKind::IteratorRecord(IteratorRecord::Generic { iterator, next, done: false }));
    Ok(Value::object(record))
}

/// Calls `value[Symbol.iterator]()` and reads `next`; throws "x is not iterable".
pub fn open_iterator(ctx: &mut Context, value: Value) -> JsResult<(Value, Value)> {
    let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
    let method = if value.is_nullish() { Value::UNDEFINED } else { ops::get_value(ctx, value, iterator_key)? };
    if !method.is_callable() {
        let text = crate::error::describe_value(ctx, value);
        return ctx.throw_type_error(&format!("{text} is not iterable"));
    }
    let iterator = function::call(ctx, method, value, &[])?;
    if !iterator.is_object() {
        return ctx.throw_type_error("Result of the Symbol.iterator method is not an object");
    }
    let next_key = PropertyKey::String(ctx.atoms.next);
    let next = ops::get_value(ctx, iterator, next_key)?;
    Ok((iterator, next))
}

pub(crate) fn record_of(record: Value) -> Option<&'static mut IteratorRecord> {
    match record.as_object()?.get_mut().kind_mut() {
        Some(ObjectKind::IteratorRecord(record)) => Some(record),
        _ => None,
    }
}

/// IteratorStep + IteratorValue: the next value, or HOLE when done.
pub fn iterator_next(ctx: &mut Context, record_value: Value) -> JsResult<Value> {
    let Some(record) = record_of(record_value) else {
        return ctx.throw_type_error("not an iterator record");
    };
    match record {
        IteratorRecord::FastArray { array, index } => {
            let (array, position) = (*array, *index);
            if position == u32::MAX {
                return Ok(Value::HOLE);
            }
            // An Array's `length` is its own (exotic, never an accessor): read it from the cell.
            let length = match array.get().kind() {
                ObjectKind::Array(data) => u64::from(data.length),
                _ => length_of_array_like(ctx, array)?,
            };
            if position as u64 >= length {
                set_fast_index(record_value, u32::MAX);
                return Ok(Value::HOLE);
            }
            set_fast_index(record_value, position + 1);
            if let Some(value) = crate::object::array::dense_get(array, position) {
                return Ok(value);
            }
            ops::get_property(ctx, array, PropertyKey::Index(position))
        }
        IteratorRecord::FastString { string, position } => {
            let (text, start) = (*string, *position);
            let view = text.get().view();
            if start == u32::MAX || start as usize >= view.len() {
                *position = u32::MAX;
                return Ok(Value::HOLE);
            }
            let (_, units) = string::code_point_at(view, start as usize);
            *position = start + units as u32;
            Ok(Value::string(code_point_string(ctx, text, start as usize, units)))
        }
        IteratorRecord::AsyncFromSync { .. } => ctx.throw_type_error("not a sync iterator record"),
        IteratorRecord::Generic { iterator, next, done } => {
            if *done {
                return Ok(Value::HOLE);
            }
            let (iterator, next) = (*iterator, *next);
            if let Some(step) = crate::builtins::map_set::intrinsic_step(ctx, iterator, next) {
                if step.as_ref().map_or(true, |value| value.is_hole()) {
                    mark_done(record_value);
                }
                return step;
            }
            // A generator's own `next`: resumed without its result object.
            let mut stepped = None;
            if let Some(generator) = iterator.as_object().filter(|_| crate::builtins::generator::is_intrinsic_next(next)) {
                match crate::generator::next_for_iteration_js(ctx, generator) {
                    None => {}
                    Some(Ok(crate::generator::IterationStep::Yielded(value))) => return Ok(value),
                    Some(Ok(crate::generator::IterationStep::Returned)) => {
                        mark_done(record_value);
                        return Ok(Value::HOLE);
                    }
                    Some(Ok(crate::generator::IterationStep::ResultObject(result))) => stepped = Some(Ok(result)),
                    Some(Err(throw)) => stepped = Some(Err(throw)),
                }
            }
            let result = stepped.unwrap_or_else(|| function::call(ctx, next, iterator, &[]));
            let result = match result {
                Ok(result) => result,
                Err(throw) => {
                    mark_done(record_value);
                    return Err(throw);
                }
            };
            if !result.is_object() {
                mark_done(record_value);
                let text = crate::error::describe_value(ctx, result);
                return ctx.throw_type_error(&format!("Iterator result {text} is not an object"));
            }
            // A result object made by `iter_result` (own data `value` and `done`, by its shape).
            if let Some(object) = result.as_object().filter(|object| object.get().shape == ctx.realm.shapes.iter_result) {
                let slots = object.get().slots.as_slice();
                if let [value, done, ..] = *slots {
                    if conv::to_boolean(done) {
                        mark_done(record_value);
                        return Ok(Value::HOLE);
                    }
                    return Ok(value);
                }
            }
            let done_key = PropertyKey::String(ctx.atoms.done);
            let finished = ops::get_value(ctx, result, done_key)?;
            if conv::to_boolean(finished) {
                mark_done(record_value);
                return Ok(Value::HOLE);
            }
            let value_key = PropertyKey::String(ctx.atoms.value);
            ops::get_value(ctx, result, value_key)
        }
    }
}

fn set_fast_index(record: Value, next: u32) {
    if let Some(IteratorRecord::FastArray { index, .. }) = record_of(record) {
        *index = next;
    }
}

fn mark_done(record: Value) {
    if let Some(IteratorRecord::Generic { done, .. }) = record_of(record) {
        *done = true;
    }
}

/// IteratorClose (§7.4.11) for a normal early exit; the compiler ignores its exception when
/// the loop is exited by a throw.
pub fn iterator_close(ctx: &mut Context, record_value: Value) -> JsResult<()> {
    let Some(record) = record_of(record_value) else { return Ok(()) };
    let IteratorRecord::Generic { iterator, done, .. } = record else { return Ok(()) };
    if *done {
        return Ok(());
    }
    *done = true;
    let iterator = *iterator;
    let return_key = PropertyKey::String(ctx.atoms.return_);
    let Some(method) = ops::get_method(ctx, iterator, return_key)? else { return Ok(()) };
    let inner = function::call(ctx, method, iterator, &[])?;
    if !inner.is_object() {
        let text = crate::error::describe_value(ctx, inner);
        return ctx.throw_type_error(&format!("Iterator result {text} is not an object"));
    }
    Ok(())
}

/// LengthOfArrayLike (§7.3.18).
pub fn length_of_array_like(ctx: &mut Context, object: Gc<JsObject>) -> JsResult<u64> {
    if let ObjectKind::Array(data) = object.get().kind() {
        return Ok(data.length as u64);
    }
    let length_key = PropertyKey::String(ctx.atoms.length);
    let length = ops::get_property(ctx, object, length_key)?;
    conv::to_length(ctx, length)
}

/// The string for the code point at `start` spanning `units` code units.
fn code_point_string(ctx: &mut Context, text: Gc<JsString>, start: usize, units: usize) -> Gc<JsString> {
    if units == 1 {
        let unit = text.get().unit(start);
        return ctx.unit_string(unit);
    }
    string::substring(ctx, text, start, start + units)
}

/// CreateIterResultObject (§7.4.14).
pub fn iter_result(ctx: &mut Context, value: Value, done: bool) -> Value {
    let shape = ctx.realm.shapes.iter_result;
    let prototype = ctx.realm.object_prototype;
    let object = crate::object::new_with_slots(ctx, shape, &[value, Value::boolean(done)], Some(prototype), ObjectKind::Ordinary);
    Value::object(object)
}

/// %ArrayIteratorPrototype%.next (§23.1.5.2.1).
pub fn array_iterator_next(ctx: &mut Context, this: Value) -> JsResult<Value> {
    let Some(iterator) = this.as_object() else {
        return ctx.throw_type_error("next method called on incompatible receiver");
    };
    let (target, index, kind) = match iterator.get().kind() {
        ObjectKind::ArrayIterator(state) => (state.target, state.index, state.kind),
        _ => {
            let text = crate::error::describe_value(ctx, this);
            return ctx.throw_type_error(&format!("Method Array Iterator.prototype.next called on incompatible receiver {text}"));
        }
    };
    let Some(target_object) = target.as_object() else { return Ok(iter_result(ctx, Value::UNDEFINED, true)) };
    let length = length_of_array_like(ctx, target_object)?;
    if index as u64 >= length {
        if let Some(ObjectKind::ArrayIterator(state)) = iterator.get_mut().kind_mut() {
            state.target = Value::UNDEFINED;
        }
        return Ok(iter_result(ctx, Value::UNDEFINED, true));
    }
    if let Some(ObjectKind::ArrayIterator(state)) = iterator.get_mut().kind_mut() {
        state.index = index + 1;
    }
    let result = match kind {
        ArrayIterationKind::Keys => Value::number(index as f64),
        ArrayIterationKind::Values => ops::get_property(ctx, target_object, PropertyKey::Index(index))?,
        ArrayIterationKind::Entries => {
            let value = ops::get_property(ctx, target_object, PropertyKey::Index(index))?;
            Value::object(crate::object::array::from_values(ctx, &[Value::number(index as f64), value]))
        }
    };
    Ok(iter_result(ctx, result, false))
}

/// CreateArrayIterator (§23.1.5.1).
pub fn create_array_iterator(ctx: &mut Context, target: Value, kind: ArrayIterationKind) -> Value {
    let shape = ctx.root_shape;
    let prototype = ctx.realm.array_iterator_prototype;
    let state = ArrayIteratorState { target, index: 0, kind };
    Value::object(ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::ArrayIterator(state))))
}

/// CreateStringIterator.
pub fn create_string_iterator(ctx: &mut Context, string: Gc<JsString>) -> Value {
    let shape = ctx.root_shape;
    let prototype = ctx.realm.string_iterator_prototype;
    let state = StringIteratorState { string: Some(string), position: 0 };
    Value::object(ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::StringIterator(state))))
}

/// %StringIteratorPrototype%.next (§22.1.5.1.1).
pub fn string_iterator_next(ctx: &mut Context, this: Value) -> JsResult<Value> {
    let state = match this.as_object().and_then(|object| object.get_mut().kind_mut()) {
        Some(ObjectKind::StringIterator(state)) => state,
        _ => {
            let text = crate::error::describe_value(ctx, this);
            return ctx.throw_type_error(&format!("Method String Iterator.prototype.next called on incompatible receiver {text}"));
        }
    };
    let Some(text) = state.string else { return Ok(iter_result(ctx, Value::UNDEFINED, true)) };
    let start = state.position as usize;
    let view = text.get().view();
    if start >= view.len() {
        state.string = None;
        return Ok(iter_result(ctx, Value::UNDEFINED, true));
    }
    let (_, units) = string::code_point_at(view, start);
    state.position = (start + units) as u32;
    let piece = code_point_string(ctx, text, start, units);
    Ok(iter_result(ctx, Value::string(piece), false))
}

/// Starts a for-in over `value`: collects the enumerable string keys along the prototype chain
/// (own keys shadow inherited ones, non-enumerable ones too).
///
/// A proxy on the chain is enumerated as V8 does it (and node shows): its `ownKeys` trap gives
/// the keys unfiltered, then its `getPrototypeOf` trap the next object; whether each key is
/// enumerable is asked when `for_in_next` reaches it (`getOwnPropertyDescriptor`).
pub fn for_in_start(ctx: &mut Context, value: Value) -> JsResult<Value> {
    let object = if value.is_nullish() { None } else { Some(conv::to_object(ctx, value)?) };
    let mut keys = Vec::new();
    // The first holder's keys are distinct; the map of keys seen (which shadow the same keys
    // further up) is only made when a second holder has keys to offer.
    let mut first_keys: Vec<PropertyKey> = Vec::new();
    let mut seen: Option<FxHashMap<PropertyKey, ()>> = None;
    let mut current = object;
    while let Some(holder) = current {
        // Past the object itself, a chain that adds no keys (Object.prototype, class
        // prototypes of methods) ends the walk: nothing there is visited or shadows anything.
        if current != object && chain_adds_no_for_in_keys(holder) {
            break;
        }
        let is_proxy = crate::builtins::proxy::is_proxy(holder);
        let own = ops::own_property_keys_js(ctx, holder)?;
        let mut shadowing = (current != object).then(|| seen.get_or_insert_with(|| first_keys.iter().map(|&key| (key, ())).collect()));
        for key in own {
            if key.is_symbol() {
                continue;
            }
            match shadowing.as_deref_mut() {
                Some(seen) => {
                    if seen.insert(key, ()).is_some() {
                        continue;
                    }
                }
                None => first_keys.push(key),
            }
            if is_proxy || ops::own_lookup(ctx, holder, key).is_some_and(|property| property.enumerable()) {
                keys.push(key);
            }
        }
        current = ops::get_prototype_of_js(ctx, holder)?;
    }
    let state = ForInState { object, keys, index: 0 };
    Ok(Value::object(internal_object(ctx, ObjectKind::ForIn(state))))
}

/// True when neither `holder` nor any object up its chain has a key for-in visits: ordinary
/// objects and Arrays without elements whose properties (all in their shapes) are not
/// enumerable. Which shapes have no enumerable property is remembered (shapes never change).
fn chain_adds_no_for_in_keys(holder: Gc<JsObject>) -> bool {
    let mut current = Some(holder);
    while let Some(object) = current {
        let cell = object.get();
        let plain = matches!(*cell.kind(), ObjectKind::Ordinary | ObjectKind::Array(_))
            && crate::abi::caches::is_shaped(cell)
            && cell.dense_elements().is_empty()
            && !cell.has_sparse_elements();
        if !plain || !shape_has_no_enumerable_key(cell.shape) {
            return false;
        }
        current = cell.prototype;
    }
    true
}

thread_local! {
    /// Shapes (by address) found to have no enumerable property.
    static NON_ENUMERABLE_SHAPES: [std::cell::Cell<usize>; 8] = const { [const { std::cell::Cell::new(0) }; 8] };
}

fn shape_has_no_enumerable_key(shape: Gc<crate::object::shape::Shape>) -> bool {
    let address = shape.as_ptr() as usize;
    let index = (address >> 6) % 8;
    if NON_ENUMERABLE_SHAPES.with(|memo| memo[index].get()) == address {
        return true;
    }
    let none = shape.get().keys().iter().all(|(_, attributes)| !attributes.enumerable());
    if none {
        NON_ENUMERABLE_SHAPES.with(|memo| memo[index].set(address));
    }
    none
}

/// The next for-in key still present on the object, or HOLE when done.
pub fn for_in_next(ctx: &mut Context, enumerator: Value) -> JsResult<Value> {
    loop {
        let Some(enumerator_object) = enumerator.as_object() else { return Ok(Value::HOLE) };
        let (object, key) = match enumerator_object.get_mut().kind_mut() {
            Some(ObjectKind::ForIn(state)) => {
                let Some(object) = state.object else { return Ok(Value::HOLE) };
                let Some(&key) = state.keys.get(state.index) else { return Ok(Value::HOLE) };
                state.index += 1;
                (object, key)
            }
            _ => return Ok(Value::HOLE),
        };
        if for_in_has_enumerable(ctx, object, key)? {
            return Ok(key.to_value(ctx));
        }
    }
}

/// Whether a collected for-in key is still to be visited: present on the chain (a deleted key
/// is skipped), and, where a proxy answers, enumerable by its `getOwnPropertyDescriptor` trap.
fn for_in_has_enumerable(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) -> JsResult<bool> {
    let mut current = object;
    loop {
        if crate::builtins::proxy::is_proxy(current) {
            if let Some(property) = ops::get_own_property(ctx, current, key)? {
                return Ok(property.enumerable());
            }
            match ops::get_prototype_of_js(ctx, current)? {
                Some(next) => current = next,
                None => return Ok(false),
            }
            continue;
        }
        if ops::has_own_property(ctx, current, key)? {
            return Ok(true);
        }
        match current.get().prototype() {
            Some(next) => current = next,
            None => return Ok(false),
        }
    }
}
