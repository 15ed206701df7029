//! One step of `yield*` in a sync generator (§14.4.14, YieldExpression : `yield * expr`).
//!
//! The compiled loop calls [`delegate_js`] with the resumption it received (next/throw/return
//! and the value) and acts on the status: 0 yield `out`, 1 `yield*` evaluates to `out`, 2 the
//! generator returns `out`. A yielded inner result object is handed to the consumer unchanged
//! (GeneratorYield(innerResult)): the delegate raises `ctx.generator_delegated_yield`, which
//! the generator's resume reads right after the body suspends.

use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::iteration::{self, IteratorRecord};
use crate::object::{function, ops, ObjectKind, PropertyKey};
use crate::value::{conv, Value};
use kiln_abi::resume_mode;

/// What the compiled `yield*` loop does next.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DelegateStatus {
    /// Yield the value (an inner result object when it came from a user iterator).
    Yield = 0,
    /// The inner iterator finished: the value is the `yield*` expression's value.
    Done = 1,
    /// A `return` resumption finished: the generator returns the value.
    Return = 2,
}

/// One step of `yield*` over the iterator record `record` (made by `kiln_iterator_get_js`).
pub fn delegate_js(ctx: &mut Context, record: Value, mode: u32, sent: Value) -> JsResult<(DelegateStatus, Value)> {
    let (iterator, next) = match record.as_object().map(|object| object.get().kind()) {
        Some(ObjectKind::IteratorRecord(IteratorRecord::Generic { iterator, next, .. })) => (*iterator, *next),
        Some(ObjectKind::IteratorRecord(_)) => return fast_step(ctx, record, mode, sent),
        _ => return ctx.throw_type_error("yield* over a value that is not an iterator record"),
    };
    match mode {
        resume_mode::THROW => {
            // 7.b: forward to the inner `throw`, or close the iterator and fail.
            let throw_key = ctx.key("throw");
            match ops::get_method(ctx, iterator, throw_key)? {
                Some(throw) => {
                    let inner = function::call(ctx, throw, iterator, &[sent])?;
                    inner_step(ctx, inner, DelegateStatus::Done)
                }
                None => {
                    iteration::iterator_close(ctx, record)?;
                    ctx.throw_type_error("The iterator does not provide a 'throw' method.")
                }
            }
        }
        resume_mode::RETURN => {
            // 7.c: forward to the inner `return`, or return directly.
            let return_key = PropertyKey::String(ctx.atoms.return_);
            match ops::get_method(ctx, iterator, return_key)? {
                Some(inner_return) => {
                    let inner = function::call(ctx, inner_return, iterator, &[sent])?;
                    inner_step(ctx, inner, DelegateStatus::Return)
                }
                None => Ok((DelegateStatus::Return, sent)),
            }
        }
        _ => {
            // 7.a: innerResult = Call(next, iterator, « received »).
            let inner = function::call(ctx, next, iterator, &[sent])?;
            inner_step(ctx, inner, DelegateStatus::Done)
        }
    }
}

/// Checks an inner result object: when `done`, its value finishes the step with `finished`;
/// otherwise the object itself is yielded.
fn inner_step(ctx: &mut Context, inner: Value, finished: DelegateStatus) -> JsResult<(DelegateStatus, Value)> {
    if !inner.is_object() {
        let text = crate::error::describe_value(ctx, inner);
        return ctx.throw_type_error(&format!("Iterator result {text} is not an object"));
    }
    let done_key = PropertyKey::String(ctx.atoms.done);
    let done = ops::get_value(ctx, inner, done_key)?;
    if conv::to_boolean(done) {
        let value_key = PropertyKey::String(ctx.atoms.value);
        let value = ops::get_value(ctx, inner, value_key)?;
        return Ok((finished, value));
    }
    ctx.generator_delegated_yield = true;
    Ok((DelegateStatus::Yield, inner))
}

/// A step over an unmodified array or string, whose built-in iterator has neither `throw`
/// nor `return`; the values are yielded as fresh results, as the iterator would make them.
fn fast_step(ctx: &mut Context, record: Value, mode: u32, sent: Value) -> JsResult<(DelegateStatus, Value)> {
    match mode {
        resume_mode::THROW => ctx.throw_type_error("The iterator does not provide a 'throw' method."),
        resume_mode::RETURN => Ok((DelegateStatus::Return, sent)),
        _ => {
            let value = iteration::iterator_next(ctx, record)?;
            if value.is_hole() {
                return Ok((DelegateStatus::Done, Value::UNDEFINED));
            }
            Ok((DelegateStatus::Yield, value))
        }
    }
}
