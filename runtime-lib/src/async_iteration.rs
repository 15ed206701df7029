//! `for await`: GetIterator(value, async) (§7.4.3), the steps of the loop between its awaits,
//! and CreateAsyncFromSyncIterator (§27.1.6) for a sync iterable. Compiled code does the
//! awaiting; these functions do what lies between: call `next()`/`return()`, check results.

use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::iteration::{self, IteratorRecord};
use crate::object::function::{self, NativeCall};
use crate::object::{ops, ObjectKind, PropertyKey};
use crate::value::{conv, Value};

/// GetIterator(value, async): `value[Symbol.asyncIterator]()`, else its sync iterator wrapped.
pub fn get_async_iterator(ctx: &mut Context, value: Value) -> JsResult<Value> {
    let async_key = PropertyKey::Symbol(ctx.symbols.async_iterator);
    let method = if value.is_nullish() { None } else { ops::get_method(ctx, value, async_key)? };
    let record = match method {
        Some(method) => {
            let iterator = function::call(ctx, method, value, &[])?;
            if !iterator.is_object() {
                return ctx.throw_type_error("Result of the Symbol.asyncIterator method is not an object");
            }
            let next_key = PropertyKey::String(ctx.atoms.next);
            let next = ops::get_value(ctx, iterator, next_key)?;
            IteratorRecord::Generic { iterator, next, done: false }
        }
        None => {
            let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
            let sync = if value.is_nullish() { Value::UNDEFINED } else { ops::get_value(ctx, value, iterator_key)? };
            if !sync.is_callable() {
                let text = crate::error::describe_value(ctx, value);
                return ctx.throw_type_error(&format!("{text} is not async iterable"));
            }
            // GetIteratorFromMethod with the method already read: reading @@iterator again
            // would run a getter twice.
            let iterator = function::call(ctx, sync, value, &[])?;
            if !iterator.is_object() {
                return ctx.throw_type_error("Result of the Symbol.iterator method is not an object");
            }
            let next_key = PropertyKey::String(ctx.atoms.next);
            let next = ops::get_value(ctx, iterator, next_key)?;
            IteratorRecord::AsyncFromSync { iterator, next }
        }
    };
    Ok(Value::object(iteration::internal_object(ctx, ObjectKind::IteratorRecord(record))))
}

fn parts(record: Value) -> Option<(bool, Value, Value)> {
    match iteration::record_of(record)? {
        IteratorRecord::Generic { iterator, next, .. } => Some((false, *iterator, *next)),
        IteratorRecord::AsyncFromSync { iterator, next } => Some((true, *iterator, *next)),
        _ => None,
    }
}

/// Calls `next()`. For a wrapped sync iterator: the sync result's value, awaited, as a
/// promise of `{ value, done }` (AsyncFromSyncIteratorContinuation).
pub fn async_iterator_next(ctx: &mut Context, record: Value) -> JsResult<Value> {
    let Some((from_sync, iterator, next)) = parts(record) else {
        return ctx.throw_type_error("not an async iterator record");
    };
    let result = function::call(ctx, next, iterator, &[])?;
    if !from_sync {
        return Ok(result);
    }
    continuation(ctx, result)
}

/// One step of `yield*` in an async generator (§15.5.5, async branches): calls the inner
/// iterator's `next`, `throw` or `return` with `sent` per `mode`. Returns (0, result to await),
/// or (1, sent) when a `return` resumption finds no `return` method (the generator returns).
/// A `throw` resumption without a `throw` method calls `return()` and throws a TypeError.
pub fn async_delegate(ctx: &mut Context, record: Value, mode: u32, sent: Value) -> JsResult<(u32, Value)> {
    use kiln_abi::resume_mode;
    let Some((from_sync, iterator, next)) = parts(record) else {
        return ctx.throw_type_error("yield* over a value that is not an iterator record");
    };
    let method = match mode {
        resume_mode::THROW => {
            let throw_key = ctx.key("throw");
            match ops::get_method(ctx, iterator, throw_key)? {
                Some(method) => method,
                None => {
                    let return_key = PropertyKey::String(ctx.atoms.return_);
                    if let Some(inner_return) = ops::get_method(ctx, iterator, return_key)? {
                        function::call(ctx, inner_return, iterator, &[])?;
                    }
                    return ctx.throw_type_error("The iterator does not provide a 'throw' method.");
                }
            }
        }
        resume_mode::RETURN => {
            let return_key = PropertyKey::String(ctx.atoms.return_);
            match ops::get_method(ctx, iterator, return_key)? {
                Some(method) => method,
                None => return Ok((1, sent)),
            }
        }
        _ => next,
    };
    let result = function::call(ctx, method, iterator, &[sent])?;
    if from_sync {
        return Ok((0, continuation(ctx, result)?));
    }
    Ok((0, result))
}

/// AsyncFromSyncIteratorContinuation: a promise of `{ value: await result.value, done }`.
fn continuation(ctx: &mut Context, result: Value) -> JsResult<Value> {
    let result = check_result(ctx, result)?;
    let done_key = PropertyKey::String(ctx.atoms.done);
    let done = conv::to_boolean(ops::get_value(ctx, result, done_key)?);
    let value_key = PropertyKey::String(ctx.atoms.value);
    let value = ops::get_value(ctx, result, value_key)?;
    let constructor = Value::object(ctx.realm.promise_constructor);
    let promise = crate::builtins::promise::promise_resolve_js(ctx, constructor, value)?;
    let name = crate::string::from_str(ctx, "");
    let unwrap = function::new_native_with_data(ctx, name, 1, wrap_result, false, Value::boolean(done));
    crate::builtins::promise::invoke_then_js(ctx, promise, &[Value::object(unwrap)])
}

/// `v => ({ value: v, done })`.
fn wrap_result(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let done = call.data().as_boolean().unwrap_or(false);
    Ok(iteration::iter_result(ctx, call.arg(0), done))
}

/// The awaited result's value, or HOLE when `done`.
pub fn step_result(ctx: &mut Context, result: Value) -> JsResult<Value> {
    let result = check_result(ctx, result)?;
    let done_key = PropertyKey::String(ctx.atoms.done);
    if conv::to_boolean(ops::get_value(ctx, result, done_key)?) {
        return Ok(Value::HOLE);
    }
    let value_key = PropertyKey::String(ctx.atoms.value);
    ops::get_value(ctx, result, value_key)
}

/// Calls `return()` when the iterator has one (AsyncIteratorClose): the value to await, or
/// HOLE when there is nothing to await.
pub fn async_iterator_return(ctx: &mut Context, record: Value) -> JsResult<Value> {
    let Some((from_sync, iterator, _)) = parts(record) else { return Ok(Value::HOLE) };
    let return_key = PropertyKey::String(ctx.atoms.return_);
    let Some(method) = ops::get_method(ctx, iterator, return_key)? else { return Ok(Value::HOLE) };
    let result = function::call(ctx, method, iterator, &[])?;
    if from_sync {
        return continuation(ctx, result);
    }
    Ok(result)
}

/// TypeError "Iterator result x is not an object" unless `result` is an object.
pub fn check_result(ctx: &mut Context, result: Value) -> JsResult<Value> {
    if !result.is_object() {
        let text = crate::error::describe_value(ctx, result);
        return ctx.throw_type_error(&format!("Iterator result {text} is not an object"));
    }
    Ok(result)
}
