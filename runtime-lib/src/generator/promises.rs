//! The promise operations the async drivers need, in one place: a pending %Promise%, its
//! resolve and reject steps, PromiseResolve(%Promise%, v) and PerformPromiseThen with Rust
//! reactions and no result capability. Each forwards to `builtins::promise`, which owns
//! promises and the job queue; nothing else in `generator/` names that module.

use crate::builtins::promise::{self, Handler, NativeHandlerFn};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::JsObject;
use crate::value::Value;

/// A new pending %Promise%.
pub fn new_promise(ctx: &mut Context) -> Gc<JsObject> {
    promise::new_promise(ctx)
}

/// The steps of the promise's resolve function with `value` (thenables are adopted through a
/// job; a `then` getter that throws rejects instead). Never throws; may run user JS.
pub fn resolve_js(ctx: &mut Context, promise: Gc<JsObject>, value: Value) {
    promise::resolve_promise_js(ctx, promise, value)
}

/// The steps of the promise's reject function (no-op once resolved).
pub fn reject(ctx: &mut Context, promise: Gc<JsObject>, reason: Value) {
    promise::reject_promise(ctx, promise, reason)
}

/// PromiseResolve(%Promise%, value) (§27.2.4.7.1): `value` itself when it is a promise whose
/// `constructor` is %Promise%, else a new promise resolved with it. May run user JS (the
/// `constructor` getter) and throw.
pub fn promise_resolve_js(ctx: &mut Context, value: Value) -> JsResult<Gc<JsObject>> {
    let constructor = Value::object(ctx.realm.promise_constructor);
    let result = promise::promise_resolve_js(ctx, constructor, value)?;
    match result.as_object() {
        Some(promise) => Ok(promise),
        None => ctx.throw_type_error("PromiseResolve did not produce a promise"),
    }
}

/// PerformPromiseThen(promise, onFulfilled, onRejected) with Rust reactions receiving `data`
/// and no result capability (§27.2.5.4.1, as Await uses it): they run as jobs once the
/// promise settles.
pub fn then(ctx: &mut Context, promise: Gc<JsObject>, on_fulfilled: NativeHandlerFn, on_rejected: NativeHandlerFn, data: Value) {
    let on_fulfilled = Handler::Native { function: on_fulfilled, data };
    let on_rejected = Handler::Native { function: on_rejected, data };
    promise::perform_then(ctx, promise, on_fulfilled, on_rejected, None);
}
