//! node's timer globals (`lib/timers.js`): `setTimeout`, `setInterval`, `setImmediate`, their
//! `clear*` counterparts, `queueMicrotask`, and the `Timeout` / `Immediate` classes
//! (`ref`, `unref`, `hasRef`, `refresh`, `close`, `[Symbol.toPrimitive]`). The scheduling
//! itself is `event_loop::timers`.
//!
//! Timeout and Immediate objects keep their state internally (`ObjectKind::Timer`), so node's
//! `_idleTimeout`/`_onTimeout`/… own properties are not there. `timers/promises` is not
//! implemented yet.

use super::errors::validate_function;
use crate::builtins::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::event_loop::timers::{immediate_state, timeout_state, ImmediateState, TimeoutState, TimerObject, TIMEOUT_MAX};
use crate::event_loop::{enqueue_job, now_ms, Job};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall};
use crate::object::{Attributes, JsObject, ObjectKind, PropertyKey};
use crate::value::{conv, Value};

/// Installs the timer globals and the Timeout / Immediate prototypes.
pub fn init(ctx: &mut Context) {
    let object_prototype = ctx.realm.object_prototype;
    let timeout_prototype = ctx.new_object_with_prototype(Some(object_prototype));
    ctx.realm.timeout_prototype = timeout_prototype;
    let immediate_prototype = ctx.new_object_with_prototype(Some(object_prototype));
    ctx.realm.immediate_prototype = immediate_prototype;
    install_class(ctx, "Timeout", timeout_prototype);
    install_class(ctx, "Immediate", immediate_prototype);
    let to_primitive = ctx.symbols.to_primitive;
    ObjectBuilder::new(ctx, timeout_prototype)
        .method("refresh", 0, timeout_refresh)
        .method("unref", 0, timeout_unref)
        .method("ref", 0, timeout_ref)
        .method("hasRef", 0, timeout_has_ref)
        .method("close", 0, timeout_close)
        .symbol_method(to_primitive, 0, timeout_to_primitive);
    ObjectBuilder::new(ctx, immediate_prototype)
        .method("ref", 0, immediate_ref)
        .method("unref", 0, immediate_unref)
        .method("hasRef", 0, immediate_has_ref);
    let global = ctx.realm.global;
    ObjectBuilder::new(ctx, global)
        .method("setTimeout", 5, set_timeout)
        .method("clearTimeout", 1, clear_timeout)
        .method("setInterval", 5, set_interval)
        .method("clearInterval", 1, clear_timeout)
        .method("setImmediate", 4, set_immediate)
        .method("clearImmediate", 1, clear_immediate)
        .method("queueMicrotask", 1, queue_microtask);
}

/// `prototype.constructor`: an internal constructor (not a global) that user code cannot call.
fn install_class(ctx: &mut Context, name: &str, prototype: Gc<JsObject>) {
    let atom = ctx.intern_str(name);
    let constructor = function::new_native(ctx, atom, 0, illegal_constructor, true);
    let prototype_key = PropertyKey::String(ctx.atoms.prototype);
    crate::object::ops::define_fresh(ctx, constructor, prototype_key, Value::object(prototype), Attributes::NONE);
    let constructor_key = PropertyKey::String(ctx.atoms.constructor);
    crate::object::ops::define_fresh(ctx, prototype, constructor_key, Value::object(constructor), Attributes::HIDDEN);
}

fn illegal_constructor(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    ctx.throw_type_error("Illegal constructor")
}

/// Queues an immediate that does nothing (node's `setImmediate(noop)` after a handled
/// uncaught exception, which keeps the loop turning once more).
pub fn schedule_noop_immediate(ctx: &mut Context) {
    let empty = ctx.atoms.empty;
    let noop = function::new_native(ctx, empty, 0, noop, false);
    new_immediate(ctx, Value::object(noop), &[]);
}

fn noop(_ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(Value::UNDEFINED)
}

// ---------------------------------------------------------------------------------------------
// Timeouts

/// The `Timeout` constructor's duration rule: a number in 1 ..= 2^31-1, else 1 (with node's
/// TimeoutOverflowWarning for too large a value).
fn timeout_duration(ctx: &mut Context, after: Value) -> JsResult<f64> {
    // `after *= 1`: ToNumber, which may call valueOf.
    let after = conv::to_number(ctx, after)?;
    if (1.0..=TIMEOUT_MAX).contains(&after) {
        return Ok(after);
    }
    if after > TIMEOUT_MAX {
        let text = crate::value::number::to_rust_string(after);
        let message = format!("{text} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.");
        super::process_events::emit_warning(ctx, &message, "TimeoutOverflowWarning");
    }
    Ok(1.0)
}

/// `new Timeout(callback, after, args, isRepeat, isRefed)` and `insert(timeout, after)`.
fn schedule_timeout(ctx: &mut Context, call: &NativeCall, repeat: bool) -> JsResult<Value> {
    let callback = call.arg(0);
    validate_function(ctx, callback, "callback")?;
    let after = timeout_duration(ctx, call.arg(1))?;
    let async_id = ctx.event_loop.new_async_id();
    let state = TimeoutState {
        callback,
        args: call.args.get(2..).unwrap_or(&[]).to_vec(),
        idle_timeout: after,
        idle_start: 0,
        repeat: repeat.then_some(after),
        refed: true,
        destroyed: false,
        has_primitive: false,
        async_id,
    };
    let prototype = ctx.realm.timeout_prototype;
    let shape = ctx.root_shape;
    // The arguments copied into `state` are still in the caller's argv while this allocates.
    let timeout = ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::Timer(Box::new(TimerObject::Timeout(state)))));
    let now = now_ms(ctx);
    let timers = &mut ctx.event_loop.timers;
    timers.ref_count += 1;
    timers.insert(timeout, after, now);
    Ok(Value::object(timeout))
}

/// setTimeout (callback, after, ...args).
fn set_timeout(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    schedule_timeout(ctx, call, false)
}

/// setInterval (callback, repeat, ...args).
fn set_interval(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    schedule_timeout(ctx, call, true)
}

/// clearTimeout / clearInterval (timer): a Timeout, or the id its `[Symbol.toPrimitive]`
/// returned (as a number or string).
fn clear_timeout(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let timer = call.arg(0);
    if let Some(object) = timer.as_object() {
        if let Some(state) = timeout_state(object).filter(|state| state.callback.is_callable()) {
            state.callback = Value::UNDEFINED;
            ctx.event_loop.timers.unenroll(object);
        }
        return Ok(Value::UNDEFINED);
    }
    let id = if let Some(number) = timer.as_number() {
        Some(number)
    } else if let Some(string) = timer.as_string() {
        // knownTimersById[timer]: only the canonical decimal text names an id.
        let text = string.get().to_rust_string();
        text.parse::<u64>().ok().filter(|id| id.to_string() == text).map(|id| id as f64)
    } else {
        None
    };
    if let Some(id) = id.filter(|id| id.fract() == 0.0 && *id >= 0.0) {
        if let Some(object) = ctx.event_loop.timers.timer_by_id(id as u64) {
            if let Some(state) = timeout_state(object) {
                state.callback = Value::UNDEFINED;
            }
            ctx.event_loop.timers.unenroll(object);
        }
    }
    Ok(Value::UNDEFINED)
}

fn this_timeout(call: &NativeCall) -> Option<Gc<JsObject>> {
    call.this.as_object().filter(|object| timeout_state(*object).is_some())
}

/// Timeout.prototype.refresh (): restarts the timer from now (re-arming a fired one).
fn timeout_refresh(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if let Some(timeout) = this_timeout(call) {
        let (refed, destroyed) = timeout_state(timeout).map_or((false, false), |state| (state.refed, state.destroyed));
        // A fired timeout comes back as a new async resource.
        let async_id = if destroyed { ctx.event_loop.new_async_id() } else { 0 };
        let now = now_ms(ctx);
        ctx.event_loop.timers.insert_guarded(timeout, refed, now, async_id);
    }
    Ok(call.this)
}

/// Timeout.prototype.unref ().
fn timeout_unref(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if let Some(timeout) = this_timeout(call) {
        ctx.event_loop.timers.set_timeout_ref(timeout, false);
    }
    Ok(call.this)
}

/// Timeout.prototype.ref ().
fn timeout_ref(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if let Some(timeout) = this_timeout(call) {
        ctx.event_loop.timers.set_timeout_ref(timeout, true);
    }
    Ok(call.this)
}

/// Timeout.prototype.hasRef ().
fn timeout_has_ref(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let refed = this_timeout(call).and_then(timeout_state).is_some_and(|state| state.refed);
    Ok(Value::from(refed))
}

/// Timeout.prototype.close (): clearTimeout(this).
fn timeout_close(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if let Some(timeout) = this_timeout(call) {
        if let Some(state) = timeout_state(timeout).filter(|state| state.callback.is_callable()) {
            state.callback = Value::UNDEFINED;
            ctx.event_loop.timers.unenroll(timeout);
        }
    }
    Ok(call.this)
}

/// Timeout.prototype [ @@toPrimitive ] (): the timer's id, which clearTimeout accepts.
fn timeout_to_primitive(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(timeout) = this_timeout(call) else { return Ok(Value::UNDEFINED) };
    let state = timeout_state(timeout).expect("this_timeout checked the kind");
    let id = state.async_id;
    if !state.has_primitive {
        ctx.event_loop.timers.remember_id(timeout);
    }
    Ok(Value::number(id as f64))
}

// ---------------------------------------------------------------------------------------------
// Immediates

/// `new Immediate(callback, args)`: queued for the next check phase, ref'ed.
fn new_immediate(ctx: &mut Context, callback: Value, args: &[Value]) -> Gc<JsObject> {
    let async_id = ctx.event_loop.new_async_id();
    let state = ImmediateState { callback, args: args.to_vec(), refed: false, destroyed: false, async_id };
    let prototype = ctx.realm.immediate_prototype;
    let shape = ctx.root_shape;
    // The arguments copied into `state` are still held by the caller while this allocates.
    let immediate = ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::Timer(Box::new(TimerObject::Immediate(state)))));
    ctx.event_loop.timers.push_immediate(immediate);
    immediate
}

/// setImmediate (callback, ...args).
fn set_immediate(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let callback = call.arg(0);
    validate_function(ctx, callback, "callback")?;
    let immediate = new_immediate(ctx, callback, call.args.get(1..).unwrap_or(&[]));
    Ok(Value::object(immediate))
}

/// clearImmediate (immediate).
fn clear_immediate(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if let Some(object) = call.arg(0).as_object().filter(|object| immediate_state(*object).is_some()) {
        ctx.event_loop.timers.clear_immediate(object);
    }
    Ok(Value::UNDEFINED)
}

fn this_immediate(call: &NativeCall) -> Option<Gc<JsObject>> {
    call.this.as_object().filter(|object| immediate_state(*object).is_some())
}

/// Immediate.prototype.ref ().
fn immediate_ref(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if let Some(immediate) = this_immediate(call) {
        ctx.event_loop.timers.set_immediate_ref(immediate, true);
    }
    Ok(call.this)
}

/// Immediate.prototype.unref ().
fn immediate_unref(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if let Some(immediate) = this_immediate(call) {
        ctx.event_loop.timers.set_immediate_ref(immediate, false);
    }
    Ok(call.this)
}

/// Immediate.prototype.hasRef ().
fn immediate_has_ref(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let refed = this_immediate(call).and_then(immediate_state).is_some_and(|state| state.refed);
    Ok(Value::from(refed))
}

// ---------------------------------------------------------------------------------------------
// queueMicrotask

/// queueMicrotask (callback) (HTML's microtask queuing, as node exposes it).
fn queue_microtask(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let callback = call.arg(0);
    validate_function(ctx, callback, "callback")?;
    ctx.event_loop.new_async_id();
    enqueue_job(ctx, Job::Callback(callback));
    Ok(Value::UNDEFINED)
}
