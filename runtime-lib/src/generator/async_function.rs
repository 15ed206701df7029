//! Async functions (§27.7): the call runs its body at once until the first `await`
//! (AsyncFunctionStart), and returns a promise the body's completion settles. `await v`
//! (§27.7.5.3 Await) suspends the body, which resumes in a job once `PromiseResolve(v)`
//! settles. The await reactions are shared with async generators: two Rust promise handlers
//! whose data is the generator object; [`await_value_js`] records in [`AwaitAction`] what they
//! resume.

use super::{data, promises, run_body_js, AwaitAction, GeneratorKind, GeneratorState, Step};
use crate::context::Context;
use crate::error::JsResult;
use crate::gc::Gc;
use crate::object::JsObject;
use crate::value::Value;
use kiln_abi::resume_mode;

/// Starts the async function call driven by `driver`: makes its promise, runs the body to its
/// first `await` or its end, and returns the promise.
pub fn start_js(ctx: &mut Context, driver: Gc<JsObject>) -> JsResult<Value> {
    let promise = promises::new_promise(ctx);
    data(driver).promise = Value::object(promise);
    step_js(ctx, driver, Value::UNDEFINED, resume_mode::NEXT);
    Ok(Value::object(promise))
}

/// Runs the body with `(sent, mode)` until it awaits (then it waits for the awaited promise)
/// or completes (then it settles the function's promise).
pub(crate) fn step_js(ctx: &mut Context, driver: Gc<JsObject>, sent: Value, mode: u32) {
    let (mut sent, mut mode) = (sent, mode);
    loop {
        data(driver).state = GeneratorState::Executing;
        let step = run_body_js(ctx, driver, sent, mode);
        let promise = data(driver).promise.as_object().expect("an async function call has its promise");
        match step {
            Step::Threw => {
                data(driver).state = GeneratorState::Completed;
                let reason = ctx.take_exception();
                promises::reject(ctx, promise, reason);
                return;
            }
            Step::Returned(value) => {
                data(driver).state = GeneratorState::Completed;
                promises::resolve_js(ctx, promise, value);
                return;
            }
            Step::Suspended(value, _) => match await_value_js(ctx, driver, value, AwaitAction::Body) {
                Ok(()) => return,
                // PromiseResolve threw (a `constructor` getter): the await throws in the body.
                Err(_) => {
                    sent = ctx.take_exception();
                    mode = resume_mode::THROW;
                }
            },
        }
    }
}

/// Await(value) for `generator` (§27.7.5.3): PromiseResolve(%Promise%, value), then Rust
/// reactions that resume according to `action` once it settles. Throws only if
/// PromiseResolve throws.
pub(crate) fn await_value_js(ctx: &mut Context, generator: Gc<JsObject>, value: Value, action: AwaitAction) -> JsResult<()> {
    let promise = promises::promise_resolve_js(ctx, value)?;
    data(generator).await_action = action;
    promises::then(ctx, promise, await_fulfilled, await_rejected, Value::object(generator));
    Ok(())
}

/// The fulfilled reaction of an await: resumes the generator with the value.
fn await_fulfilled(ctx: &mut Context, generator: Value, value: Value) -> JsResult<Value> {
    settle_js(ctx, generator, value, false);
    Ok(Value::UNDEFINED)
}

/// The rejected reaction of an await: resumes the generator by throwing the reason.
fn await_rejected(ctx: &mut Context, generator: Value, reason: Value) -> JsResult<Value> {
    settle_js(ctx, generator, reason, true);
    Ok(Value::UNDEFINED)
}

fn settle_js(ctx: &mut Context, generator: Value, value: Value, rejected: bool) {
    let Some(generator) = generator.as_object() else { return };
    match data(generator).kind {
        GeneratorKind::Async => {
            let mode = if rejected { resume_mode::THROW } else { resume_mode::NEXT };
            step_js(ctx, generator, value, mode);
        }
        GeneratorKind::AsyncGenerator => super::async_generator::await_settled_js(ctx, generator, value, rejected),
        GeneratorKind::Sync => {}
    }
}
