//! Unhandled promise rejections, node 20's default `--unhandled-rejections=throw`: a promise
//! rejected with no handler is remembered (HostPromiseRejectionTracker "reject"); when the
//! tick and microtask queues have drained, each one still unhandled is offered to
//! `process.on('unhandledRejection')` listeners, and without any it becomes an uncaught
//! exception (the reason itself if error-like, else an `UnhandledPromiseRejection` error).
//! A rejection handled after that gets `rejectionHandled`.
//!
//! The per-promise state lives in the promise ([`RejectionState`], owned by
//! `builtins::promise`); this module keeps the queues in order.

use super::uncaught;
use crate::builtins::promise;
use crate::context::Context;
use crate::error::JsResult;
use crate::gc::{Gc, Tracer};
use crate::node::process_events;
use crate::object::{ops, JsObject, PropertyKey};
use crate::value::Value;
use std::collections::VecDeque;

/// Where a rejected promise is in node's tracking (its entry in `maybeUnhandledPromises`).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum RejectionState {
    /// Not rejected, or rejected with a handler, or handled since.
    #[default]
    Untracked,
    /// Rejected without a handler; waiting for the drain to end (`uid` numbers the warning).
    Pending(u32),
    /// Reported as unhandled; a late handler emits `rejectionHandled`.
    Warned(u32),
}

/// node's `pendingUnhandledRejections` and `asyncHandledRejections`.
#[derive(Default)]
pub struct Rejections {
    pending: VecDeque<Gc<JsObject>>,
    handled_late: VecDeque<Gc<JsObject>>,
    last_id: u32,
}

impl Rejections {
    /// Reports the queued promises.
    pub fn trace(&self, tracer: &mut Tracer) {
        for &promise in self.pending.iter().chain(self.handled_late.iter()) {
            tracer.cell(promise);
        }
    }

    /// node's `hasRejectionToWarn()`.
    pub fn has_rejection_to_warn(&self) -> bool {
        !self.pending.is_empty() || !self.handled_late.is_empty()
    }
}

/// HostPromiseRejectionTracker(promise, "reject") for a promise without handlers: returns the
/// state to store in the promise.
pub fn track_unhandled(ctx: &mut Context, promise: Gc<JsObject>) -> RejectionState {
    let rejections = &mut ctx.event_loop.rejections;
    rejections.last_id += 1;
    rejections.pending.push_back(promise);
    RejectionState::Pending(rejections.last_id)
}

/// HostPromiseRejectionTracker(promise, "handle") for a promise in `state`: returns its new
/// state (a warned one is queued for `rejectionHandled`).
pub fn track_handled(ctx: &mut Context, promise: Gc<JsObject>, state: RejectionState) -> RejectionState {
    if let RejectionState::Warned(_) = state {
        ctx.event_loop.rejections.handled_late.push_back(promise);
    }
    RejectionState::Untracked
}

/// node's `processPromiseRejections()`: emits `rejectionHandled` for late handlers, then
/// reports every rejection still unhandled. True when this may have queued ticks or
/// microtasks (the drain then goes round again).
pub fn process_promise_rejections(ctx: &mut Context) -> JsResult<bool> {
    let mut maybe_scheduled = !ctx.event_loop.rejections.handled_late.is_empty();
    while let Some(promise) = ctx.event_loop.rejections.handled_late.pop_front() {
        if !process_events::emit(ctx, "rejectionHandled", &[Value::object(promise)])? {
            let id = promise::rejection_id(promise);
            let warning = format!(
                "(node:{}) PromiseRejectionHandledWarning: Promise rejection was handled asynchronously (rejection id: {id})\n",
                std::process::id()
            );
            ctx.output.write_stderr(warning.as_bytes());
        }
    }
    let count = ctx.event_loop.rejections.pending.len();
    for _ in 0..count {
        let Some(promise) = ctx.event_loop.rejections.pending.pop_front() else { break };
        let RejectionState::Pending(id) = promise::rejection_state(promise) else { continue };
        promise::set_rejection_state(promise, RejectionState::Warned(id));
        let reason = promise::promise_result(promise);
        let handled = process_events::emit(ctx, "unhandledRejection", &[reason, Value::object(promise)])?;
        if !handled {
            let error = if is_error_like(ctx, reason) { reason } else { uncaught::unhandled_rejection_error(ctx, reason) };
            uncaught::trigger_uncaught_exception(ctx, error, true);
        }
        maybe_scheduled = true;
    }
    Ok(maybe_scheduled || !ctx.event_loop.rejections.pending.is_empty())
}

/// node's `isErrorLike`: an object with an own `stack` property.
fn is_error_like(ctx: &mut Context, value: Value) -> bool {
    let Some(object) = value.as_object() else { return false };
    let key = PropertyKey::String(ctx.atoms.stack);
    match ops::has_own_property(ctx, object, key) {
        Ok(found) => found,
        Err(_) => {
            ctx.take_exception();
            false
        }
    }
}
