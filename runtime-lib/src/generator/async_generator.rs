//! Async generators (§27.6.3): every `next`/`return`/`throw` call returns a promise and joins
//! the generator's request queue (AsyncGeneratorEnqueue); the body serves the queue front to
//! back. `yield v` awaits `v` and then settles the front request (AsyncGeneratorYield); a
//! `return(v)` resumption at a `yield` awaits `v` first (AsyncGeneratorUnwrapYieldResumption);
//! once the body is done the remaining requests are settled in order (AsyncGeneratorDrainQueue),
//! with `return(v)` requests awaiting `v` (AsyncGeneratorAwaitReturn).
//!
//! The compiled body suspends at `yield` with the raw operand, so the await that the spec
//! performs inside `yield` happens here; likewise the await of `return v` (for any `v` other
//! than undefined) happens after the body has finished.

use super::async_function::await_value_js;
use super::frame::SuspendKind;
use super::{data, data_of, promises, run_body_js, AsyncGeneratorRequest, AwaitAction, GeneratorKind, GeneratorState, Step};
use crate::context::Context;
use crate::error::{ErrorKind, JsResult};
use crate::gc::Gc;
use crate::object::JsObject;
use crate::value::Value;
use kiln_abi::resume_mode;

/// %AsyncGeneratorPrototype%.next / return / throw (§27.6.1.2–4) with `mode`: returns the
/// request's promise.
pub fn enqueue_js(ctx: &mut Context, this: Value, value: Value, mode: u32, method: &str) -> JsResult<Value> {
    let promise = promises::new_promise(ctx);
    // AsyncGeneratorValidate: a bad receiver rejects the promise.
    let generator = match this.as_object() {
        Some(object) if matches!(data_of(object), Some(data) if data.kind == GeneratorKind::AsyncGenerator) => object,
        _ => {
            let text = crate::error::describe_value(ctx, this);
            let message = format!("Method [AsyncGenerator].prototype.{method} called on incompatible receiver {text}");
            let error = crate::error::new_error(ctx, ErrorKind::TypeError, &message);
            promises::reject(ctx, promise, Value::object(error));
            return Ok(Value::object(promise));
        }
    };
    let state = data(generator).state;
    match mode {
        resume_mode::NEXT if state == GeneratorState::Completed => {
            let result = crate::iteration::iter_result(ctx, Value::UNDEFINED, true);
            promises::resolve_js(ctx, promise, result);
            return Ok(Value::object(promise));
        }
        resume_mode::THROW if matches!(state, GeneratorState::SuspendedStart | GeneratorState::Completed) => {
            super::finish(generator);
            promises::reject(ctx, promise, value);
            return Ok(Value::object(promise));
        }
        _ => {}
    }
    data(generator).queue.push_back(AsyncGeneratorRequest { mode, value, promise: Value::object(promise) });
    if mode == resume_mode::RETURN && matches!(state, GeneratorState::SuspendedStart | GeneratorState::Completed) {
        super::finish(generator);
        data(generator).state = GeneratorState::DrainingQueue;
        await_return_js(ctx, generator);
    } else if matches!(state, GeneratorState::SuspendedStart | GeneratorState::SuspendedYield) {
        resume_js(ctx, generator, value, mode);
    }
    Ok(Value::object(promise))
}

/// The settlement of an async generator's pending await, dispatched on what it was for.
pub(crate) fn await_settled_js(ctx: &mut Context, generator: Gc<JsObject>, value: Value, rejected: bool) {
    let action = data(generator).await_action;
    let result = if rejected { Err(value) } else { Ok(value) };
    match action {
        AwaitAction::Body => run_js(ctx, generator, value, if rejected { resume_mode::THROW } else { resume_mode::NEXT }),
        AwaitAction::Yield if rejected => run_js(ctx, generator, value, resume_mode::THROW),
        AwaitAction::Yield => yield_js(ctx, generator, value),
        AwaitAction::ReturnResumption => {
            run_js(ctx, generator, value, if rejected { resume_mode::THROW } else { resume_mode::RETURN })
        }
        AwaitAction::BodyReturn => complete_body_js(ctx, generator, result),
        AwaitAction::AwaitReturn => {
            complete_step_js(ctx, generator, result, true);
            drain_queue_js(ctx, generator);
        }
    }
}

/// AsyncGeneratorResume at a `yield` (or the start) with the front request's completion; a
/// return completion is awaited first (AsyncGeneratorUnwrapYieldResumption).
fn resume_js(ctx: &mut Context, generator: Gc<JsObject>, value: Value, mode: u32) {
    data(generator).state = GeneratorState::Executing;
    if mode != resume_mode::RETURN {
        return run_js(ctx, generator, value, mode);
    }
    if await_value_js(ctx, generator, value, AwaitAction::ReturnResumption).is_err() {
        let reason = ctx.take_exception();
        run_js(ctx, generator, reason, resume_mode::THROW);
    }
}

/// Runs the body with `(sent, mode)` until it waits for a promise or completes.
fn run_js(ctx: &mut Context, generator: Gc<JsObject>, sent: Value, mode: u32) {
    let (mut sent, mut mode) = (sent, mode);
    loop {
        data(generator).state = GeneratorState::Executing;
        let (value, action) = match run_body_js(ctx, generator, sent, mode) {
            Step::Threw => {
                let reason = ctx.take_exception();
                return complete_body_js(ctx, generator, Err(reason));
            }
            Step::Returned(value) if value.is_undefined() => return complete_body_js(ctx, generator, Ok(value)),
            // A `return(v)` resumption that left the body with its (already awaited) value:
            // the spec's return completion is not awaited again, unlike a `return v` statement.
            Step::Returned(value) if mode == resume_mode::RETURN && value == sent => {
                return complete_body_js(ctx, generator, Ok(value))
            }
            Step::Returned(value) => (value, AwaitAction::BodyReturn),
            Step::Suspended(value, SuspendKind::Await) => (value, AwaitAction::Body),
            Step::Suspended(value, SuspendKind::Yield) => (value, AwaitAction::Yield),
        };
        if await_value_js(ctx, generator, value, action).is_ok() {
            return;
        }
        // PromiseResolve threw: the await throws at the suspension point, or ends the body.
        let reason = ctx.take_exception();
        if action == AwaitAction::BodyReturn {
            return complete_body_js(ctx, generator, Err(reason));
        }
        sent = reason;
        mode = resume_mode::THROW;
    }
}

/// AsyncGeneratorYield (§27.6.3.8) with the awaited operand: settles the front request, then
/// continues with the next request if one is queued, else suspends.
fn yield_js(ctx: &mut Context, generator: Gc<JsObject>, value: Value) {
    complete_step_js(ctx, generator, Ok(value), false);
    match data(generator).queue.front().copied() {
        Some(next) => resume_js(ctx, generator, next.value, next.mode),
        None => data(generator).state = GeneratorState::SuspendedYield,
    }
}

/// The end of AsyncGeneratorStart: settles the front request with the body's completion and
/// drains the queue.
fn complete_body_js(ctx: &mut Context, generator: Gc<JsObject>, result: Result<Value, Value>) {
    data(generator).state = GeneratorState::DrainingQueue;
    complete_step_js(ctx, generator, result, true);
    drain_queue_js(ctx, generator);
}

/// AsyncGeneratorCompleteStep (§27.6.3.4): removes the front request and settles its promise.
fn complete_step_js(ctx: &mut Context, generator: Gc<JsObject>, result: Result<Value, Value>, done: bool) {
    let Some(request) = data(generator).queue.pop_front() else { return };
    let Some(promise) = request.promise.as_object() else { return };
    match result {
        Err(reason) => promises::reject(ctx, promise, reason),
        Ok(value) => {
            let result = crate::iteration::iter_result(ctx, value, done);
            promises::resolve_js(ctx, promise, result);
        }
    }
}

/// AsyncGeneratorDrainQueue (§27.6.3.10): settles the requests left once the body is done.
fn drain_queue_js(ctx: &mut Context, generator: Gc<JsObject>) {
    loop {
        let Some(next) = data(generator).queue.front().copied() else {
            data(generator).state = GeneratorState::Completed;
            return;
        };
        match next.mode {
            resume_mode::RETURN => return await_return_js(ctx, generator),
            resume_mode::THROW => complete_step_js(ctx, generator, Err(next.value), true),
            _ => complete_step_js(ctx, generator, Ok(Value::UNDEFINED), true),
        }
    }
}

/// AsyncGeneratorAwaitReturn (§27.6.3.9): awaits the front `return(v)` request's value.
fn await_return_js(ctx: &mut Context, generator: Gc<JsObject>) {
    let Some(next) = data(generator).queue.front().copied() else {
        data(generator).state = GeneratorState::Completed;
        return;
    };
    if await_value_js(ctx, generator, next.value, AwaitAction::AwaitReturn).is_err() {
        let reason = ctx.take_exception();
        complete_step_js(ctx, generator, Err(reason), true);
        drain_queue_js(ctx, generator);
    }
}
