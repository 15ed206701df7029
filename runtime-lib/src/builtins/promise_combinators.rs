//! The promise combinators (§27.2.4): `Promise.all`, `Promise.allSettled`, `Promise.any` and
//! `Promise.race`, with their element functions. They iterate with the spec's iterator steps
//! (closing the iterator when a step other than the iteration itself throws) and report every
//! abrupt completion by rejecting the result promise (IfAbruptRejectPromise), with V8's
//! messages.

use super::promise::{closure_record, invoke_then_js, new_closure, new_promise_capability_js, new_record, record_of, type_and_value, Capability, PromiseRecord};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall};
use crate::object::{array, ops, JsObject, PropertyKey};
use crate::value::{conv, Value};

/// Promise.all ( iterable ) (§27.2.4.1).
pub fn all(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    combinator_js(ctx, call, Kind::All)
}

/// Promise.allSettled ( iterable ) (§27.2.4.2).
pub fn all_settled(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    combinator_js(ctx, call, Kind::AllSettled)
}

/// Promise.any ( iterable ) (§27.2.4.3).
pub fn any(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    combinator_js(ctx, call, Kind::Any)
}

/// Promise.race ( iterable ) (§27.2.4.5).
pub fn race(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    combinator_js(ctx, call, Kind::Race)
}

#[derive(Copy, Clone, PartialEq, Eq)]
enum Kind {
    All,
    AllSettled,
    Any,
    Race,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::All => "Promise.all",
            Kind::AllSettled => "Promise.allSettled",
            Kind::Any => "Promise.any",
            Kind::Race => "Promise.race",
        }
    }
}

/// An Iterator Record (§7.4.1), kept in locals so its values stay rooted.
struct IteratorRecord {
    iterator: Value,
    next: Value,
    done: bool,
}

/// The shared steps of the four combinators.
fn combinator_js(ctx: &mut Context, call: &NativeCall, kind: Kind) -> JsResult<Value> {
    // 1. Let C be the this value (V8 rejects non-objects before NewPromiseCapability).
    let constructor = call.this;
    if !constructor.is_object() {
        return ctx.throw_type_error(&format!("{} called on non-object", kind.name()));
    }
    // 2. Let promiseCapability be ? NewPromiseCapability(C). Its functions are handed to
    // `then`, so an intrinsic capability gets real ones.
    let capability = new_promise_capability_js(ctx, constructor)?.with_functions(ctx);
    // 3–4. Let promiseResolve be Completion(GetPromiseResolve(C)); IfAbruptRejectPromise.
    let promise_resolve = match get_promise_resolve_js(ctx, constructor) {
        Ok(promise_resolve) => promise_resolve,
        Err(_) => return capability.reject_with_exception_js(ctx),
    };
    // 5–6. Let iteratorRecord be Completion(GetIterator(iterable, sync)); IfAbruptRejectPromise.
    let mut record = match get_iterator_js(ctx, call.arg(0)) {
        Ok(record) => record,
        Err(_) => return capability.reject_with_exception_js(ctx),
    };
    // 7–9.
    match perform_js(ctx, kind, &mut record, constructor, capability, promise_resolve) {
        Ok(result) => Ok(result),
        Err(_) => {
            if !record.done {
                close_after_throw(ctx, &record);
            }
            capability.reject_with_exception_js(ctx)
        }
    }
}

/// GetPromiseResolve(promiseConstructor) (§27.2.4.1.1).
fn get_promise_resolve_js(ctx: &mut Context, constructor: Value) -> JsResult<Value> {
    let key = ctx.key("resolve");
    let promise_resolve = ops::get_value(ctx, constructor, key)?;
    if !promise_resolve.is_callable() {
        return ctx.throw_type_error("resolve is not a function");
    }
    Ok(promise_resolve)
}

/// GetIterator(iterable, sync) (§7.4.3) with V8's message for a non-iterable.
fn get_iterator_js(ctx: &mut Context, iterable: Value) -> JsResult<IteratorRecord> {
    let key = PropertyKey::Symbol(ctx.symbols.iterator);
    let method = if iterable.is_nullish() { Value::UNDEFINED } else { ops::get_value(ctx, iterable, key)? };
    if !method.is_callable() {
        let text = type_and_value(ctx, iterable);
        return ctx.throw_type_error(&format!("{text} is not iterable (cannot read property Symbol(Symbol.iterator))"));
    }
    let iterator = function::call(ctx, method, iterable, &[])?;
    if !iterator.is_object() {
        return ctx.throw_type_error("Result of the Symbol.iterator method is not an object");
    }
    let next_key = PropertyKey::String(ctx.atoms.next);
    let next = ops::get_value(ctx, iterator, next_key)?;
    Ok(IteratorRecord { iterator, next, done: false })
}

/// IteratorStepValue (§7.4.8): the next value, or None when done. Any throw marks the record
/// done (the iterator is broken and must not be closed).
fn step_value_js(ctx: &mut Context, record: &mut IteratorRecord) -> JsResult<Option<Value>> {
    record.done = true;
    if !record.next.is_callable() {
        let text = type_and_value(ctx, record.next);
        return ctx.throw_type_error(&format!("{text} is not a function"));
    }
    let result = function::call(ctx, record.next, record.iterator, &[])?;
    let Some(result_object) = result.as_object() else {
        let text = crate::error::describe_value(ctx, result);
        return ctx.throw_type_error(&format!("Iterator result {text} is not an object"));
    };
    let done_key = PropertyKey::String(ctx.atoms.done);
    let done = ops::get_property(ctx, result_object, done_key)?;
    if conv::to_boolean(done) {
        return Ok(None);
    }
    let value_key = PropertyKey::String(ctx.atoms.value);
    let value = ops::get_property(ctx, result_object, value_key)?;
    record.done = false;
    Ok(Some(value))
}

/// IteratorClose(iteratorRecord, throwCompletion) (§7.4.11): calls `return` and keeps the
/// pending exception whatever `return` does.
fn close_after_throw(ctx: &mut Context, record: &IteratorRecord) {
    let pending = ctx.take_exception();
    let key = PropertyKey::String(ctx.atoms.return_);
    if let Ok(Some(method)) = ops::get_method(ctx, record.iterator, key) {
        let _ = function::call(ctx, method, record.iterator, &[]);
    }
    ctx.exception = pending;
}

/// PerformPromiseAll / AllSettled / Any / Race: the iteration loop.
fn perform_js(
    ctx: &mut Context,
    kind: Kind,
    record: &mut IteratorRecord,
    constructor: Value,
    capability: Capability,
    promise_resolve: Value,
) -> JsResult<Value> {
    let Capability::Generic { promise, resolve, reject } = capability else {
        crate::util::fatal("combinator capability without functions")
    };
    // 1–3. values (or errors), remainingElementsCount = 1, index = 0.
    let values = ctx.new_list();
    let shared = new_record(ctx, PromiseRecord::Combinator { values, capability, remaining: 1 });
    let mut index = 0;
    loop {
        // a. Let next be ? IteratorStepValue(iteratorRecord).
        let Some(next) = step_value_js(ctx, record)? else {
            // b. Done: the last reference to remainingElementsCount.
            if kind != Kind::Race {
                finish_element_js(ctx, kind, shared)?;
            }
            return Ok(promise);
        };
        if kind != Kind::Race {
            // c. Append undefined to values.
            values.get_mut().push(Value::UNDEFINED);
        }
        // d. Let nextPromise be ? Call(promiseResolve, constructor, « next »).
        let next_promise = function::call(ctx, promise_resolve, constructor, &[next])?;
        let (on_fulfilled, on_rejected) = match kind {
            Kind::Race => (resolve, reject),
            _ => {
                let element = new_record(ctx, PromiseRecord::Element { index, already_called: false, shared });
                let pair = match kind {
                    Kind::All => (new_closure(ctx, 1, all_resolve_element, element), reject),
                    Kind::AllSettled => {
                        let on_fulfilled = new_closure(ctx, 1, all_settled_resolve_element, element);
                        let on_rejected = new_closure(ctx, 1, all_settled_reject_element, element);
                        (on_fulfilled, on_rejected)
                    }
                    _ => (resolve, new_closure(ctx, 1, any_reject_element, element)),
                };
                // Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] + 1.
                if let PromiseRecord::Combinator { remaining, .. } = record_of(shared) {
                    *remaining += 1;
                }
                pair
            }
        };
        // Perform ? Invoke(nextPromise, "then", « onFulfilled, onRejected »).
        invoke_then_js(ctx, next_promise, &[on_fulfilled, on_rejected])?;
        index += 1;
    }
}

/// Decrements remainingElementsCount; at zero resolves with the values (all, allSettled) or
/// rejects with an AggregateError of the errors (any).
fn finish_element_js(ctx: &mut Context, kind: Kind, shared: Gc<JsObject>) -> JsResult<()> {
    let PromiseRecord::Combinator { values, capability, remaining } = record_of(shared) else {
        crate::util::fatal("combinator element without its shared record")
    };
    *remaining -= 1;
    if *remaining > 0 {
        return Ok(());
    }
    let (values, capability) = (*values, *capability);
    let items = values.get().items.clone();
    // `values` (a rooted local) still holds the items while the array is allocated.
    let array = array::from_values(ctx, &items);
    if kind == Kind::Any {
        let error = super::aggregate_error::new_aggregate_error(ctx, "All promises were rejected", Value::object(array));
        return capability.reject_js(ctx, Value::object(error));
    }
    capability.resolve_js(ctx, Value::object(array))
}

/// Marks an element function called; returns its index and shared record, or None when it
/// was called before ([[AlreadyCalled]]).
fn claim_element(call: &NativeCall) -> Option<(usize, Gc<JsObject>)> {
    let PromiseRecord::Element { index, already_called, shared } = record_of(closure_record(call)) else {
        crate::util::fatal("element function without its record")
    };
    if *already_called {
        return None;
    }
    *already_called = true;
    Some((*index, *shared))
}

/// Stores `value` at `index` of the shared values list.
fn store_element(shared: Gc<JsObject>, index: usize, value: Value) {
    if let PromiseRecord::Combinator { values, .. } = record_of(shared) {
        if let Some(slot) = values.get_mut().items.get_mut(index) {
            *slot = value;
        }
    }
}

/// Promise.all Resolve Element Functions (§27.2.4.1.3).
fn all_resolve_element(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some((index, shared)) = claim_element(call) else { return Ok(Value::UNDEFINED) };
    store_element(shared, index, call.arg(0));
    finish_element_js(ctx, Kind::All, shared)?;
    Ok(Value::UNDEFINED)
}

/// Promise.allSettled Resolve Element Functions (§27.2.4.2.2).
fn all_settled_resolve_element(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    settled_element_js(ctx, call, "fulfilled", "value")
}

/// Promise.allSettled Reject Element Functions (§27.2.4.2.3).
fn all_settled_reject_element(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    settled_element_js(ctx, call, "rejected", "reason")
}

fn settled_element_js(ctx: &mut Context, call: &NativeCall, status: &str, field: &str) -> JsResult<Value> {
    let Some((index, shared)) = claim_element(call) else { return Ok(Value::UNDEFINED) };
    let object = ctx.new_object();
    let status_key = ctx.key("status");
    let status = crate::string::from_str(ctx, status);
    ops::create_data_property_or_throw(ctx, object, status_key, Value::string(status))?;
    let field_key = ctx.key(field);
    ops::create_data_property_or_throw(ctx, object, field_key, call.arg(0))?;
    store_element(shared, index, Value::object(object));
    finish_element_js(ctx, Kind::AllSettled, shared)?;
    Ok(Value::UNDEFINED)
}

/// Promise.any Reject Element Functions (§27.2.4.3.2).
fn any_reject_element(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some((index, shared)) = claim_element(call) else { return Ok(Value::UNDEFINED) };
    store_element(shared, index, call.arg(0));
    finish_element_js(ctx, Kind::Any, shared)?;
    Ok(Value::UNDEFINED)
}
