//! The EventEmitter side of `process`: `on`/`addListener`/`prependListener`, `once`,
//! `off`/`removeListener`, `removeAllListeners`, `emit`, `listeners`, `listenerCount`,
//! `eventNames`, `setMaxListeners`/`getMaxListeners` with node's semantics (listeners called
//! in order on a snapshot, `this` is `process`, `newListener`/`removeListener` events, an
//! unhandled `error` event throws), plus the process lifecycle events the loop emits: `exit`
//! and `beforeExit`, `process.exit()`, warnings, and signals: the first listener for a signal
//! name (`SIGINT`, …) starts watching it (`event_loop::io::watch_signal`; each delivery emits
//! `(name, number)` in the poll phase) and removing the last one gives the signal its default
//! action back, as node's `startListeningIfSignal`/`stopListeningIfSignal` do.
//!
//! This is a minimal listener store written in Rust because there is no `events` module yet;
//! when a JS EventEmitter lands, `process` should become one and this file shrinks to the
//! lifecycle helpers. Listeners live in `realm.process_listeners`, a null-prototype object
//! from event name to an array of functions that is replaced, never mutated, on change.

use super::errors::{throw_node_error, validate_function};
use crate::builtins::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::{ErrorKind, JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, FunctionData, FunctionVariant, NativeCall, NativeFn};
use crate::object::{array, ops, JsObject, ObjectKind, PropertyKey};
use crate::value::{conv, Value};

/// Installs the listener methods on `process` (after `process` itself).
pub fn init(ctx: &mut Context) {
    let listeners = ctx.new_object_with_prototype(None);
    ctx.realm.process_listeners = listeners;
    let process = ctx.realm.process;
    ObjectBuilder::new(ctx, process)
        .method("on", 2, add_listener)
        .method("addListener", 2, add_listener)
        .method("prependListener", 2, prepend_listener)
        .method("once", 2, once)
        .method("prependOnceListener", 2, prepend_once_listener)
        .method("off", 2, remove_listener)
        .method("removeListener", 2, remove_listener)
        .method("removeAllListeners", 1, remove_all_listeners)
        .method("emit", 1, emit_native)
        .method("listeners", 1, listeners_native)
        .method("rawListeners", 1, raw_listeners)
        .method("listenerCount", 1, listener_count_native)
        .method("eventNames", 0, event_names)
        .method("setMaxListeners", 1, set_max_listeners)
        .method("getMaxListeners", 0, get_max_listeners)
        .method("emitWarning", 1, emit_warning_native);
}

/// `process.emit(event, ...args)`: calls the listeners in order; false when there were none.
pub fn emit(ctx: &mut Context, event: &str, args: &[Value]) -> JsResult<bool> {
    let key = ctx.key(event);
    emit_key(ctx, key, args)
}

/// The number of listeners for `event`.
pub fn listener_count(ctx: &mut Context, event: &str) -> usize {
    let key = ctx.key(event);
    listeners_of(ctx, key).map_or(0, |list| list.get().dense_elements().len())
}

/// `process.exitCode` as an integer, or `default` when it is undefined or null.
pub fn exit_code_or(ctx: &mut Context, default: i32) -> i32 {
    let process = ctx.realm.process;
    let key = PropertyKey::String(ctx.atoms.exit_code);
    let code = match ops::get_property(ctx, process, key) {
        Ok(code) => code,
        Err(_) => {
            ctx.take_exception();
            return default;
        }
    };
    if code.is_nullish() {
        return default;
    }
    match conv::to_int32(ctx, code) {
        Ok(code) => code,
        Err(_) => {
            ctx.take_exception();
            default
        }
    }
}

/// Sets `process.exitCode`.
pub fn set_exit_code(ctx: &mut Context, code: i32) {
    let process = ctx.realm.process;
    let key = PropertyKey::String(ctx.atoms.exit_code);
    if ops::set(ctx, process, key, Value::number(code as f64), Value::object(process)).is_err() {
        ctx.take_exception();
    }
}

/// node's `EmitProcessExit` at the natural end: marks the process exiting, emits `exit` with
/// `process.exitCode || 0` and returns the exit code (listeners may change it).
pub fn emit_exit(ctx: &mut Context) -> i32 {
    ctx.event_loop.exiting = true;
    let code = exit_code_or(ctx, 0);
    if emit(ctx, "exit", &[Value::number(code as f64)]).is_err() {
        crate::event_loop::uncaught::report_exception(ctx);
    }
    exit_code_or(ctx, 0)
}

/// `process.exit([code])` (node's `exit` + `reallyExit`): sets `process.exitCode` when a code
/// is given, emits `exit` once, flushes stdout and ends the process. Returns only by throwing
/// (an `exit` listener threw).
pub fn exit_js(ctx: &mut Context, code: Option<Value>) -> JsResult<Value> {
    if let Some(code) = code {
        let process = ctx.realm.process;
        let key = PropertyKey::String(ctx.atoms.exit_code);
        ops::set(ctx, process, key, code, Value::object(process))?;
    }
    if !ctx.event_loop.exiting {
        ctx.event_loop.exiting = true;
        let code = exit_code_or(ctx, 0);
        emit(ctx, "exit", &[Value::number(code as f64)])?;
    }
    let code = exit_code_or(ctx, 0);
    crate::event_loop::uncaught::exit_now(ctx, code)
}

/// `process.emitWarning(message, type)`: on the next tick, emits `warning` and prints
/// `(node:PID) Type: message` to stderr, as node's default `warning` listener does.
pub fn emit_warning(ctx: &mut Context, message: &str, type_name: &str) {
    let warning = crate::error::new_error(ctx, ErrorKind::Error, message);
    let name_key = PropertyKey::String(ctx.atoms.name);
    let name = crate::string::from_str(ctx, type_name);
    ops::define_fresh(ctx, warning, name_key, Value::string(name), crate::object::Attributes::HIDDEN);
    let atom = ctx.atoms.empty;
    let emitter = function::new_native(ctx, atom, 1, do_emit_warning, false);
    crate::event_loop::next_tick(ctx, Value::object(emitter), &[Value::object(warning)]);
}

/// node's `doEmitWarning`: the `warning` event, then the default listener's stderr line.
fn do_emit_warning(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let warning = call.arg(0);
    emit(ctx, "warning", &[warning])?;
    let Some(object) = warning.as_object() else { return Ok(Value::UNDEFINED) };
    let header = crate::error::error_header(ctx, object);
    let text = format!(
        "(node:{}) {header}\n(Use `node --trace-warnings ...` to show where the warning was created)\n",
        std::process::id()
    );
    ctx.output.write_stderr(text.as_bytes());
    Ok(Value::UNDEFINED)
}

// ---------------------------------------------------------------------------------------------
// Storage

/// The listener array for `key`, if any.
fn listeners_of(ctx: &mut Context, key: PropertyKey) -> Option<Gc<JsObject>> {
    let store = ctx.realm.process_listeners;
    match ops::own_lookup(ctx, store, key) {
        Some(crate::object::OwnProperty::Data { value, .. }) => value.as_object(),
        _ => None,
    }
}

/// Replaces the listener array for `key` (deletes the key when `items` is empty).
fn set_listeners(ctx: &mut Context, key: PropertyKey, items: &[Value]) -> JsResult<()> {
    let store = ctx.realm.process_listeners;
    if items.is_empty() {
        ops::delete(ctx, store, key)?;
        return Ok(());
    }
    let list = array::from_values(ctx, items);
    ops::create_data_property_or_throw(ctx, store, key, Value::object(list))
}

/// The current listeners for `key` (a copy; the stored array also holds them).
fn listener_values(ctx: &mut Context, key: PropertyKey) -> Vec<Value> {
    listeners_of(ctx, key).map_or_else(Vec::new, |list| list.get().dense_elements().to_vec())
}

/// The listener a stored function stands for: the original of a `once` wrapper, else itself.
fn original_listener(listener: Value) -> Value {
    match listener.as_object().map(|object| object.get().kind()) {
        Some(ObjectKind::Function(data @ FunctionData { variant: FunctionVariant::Native { function }, .. }))
            if std::ptr::fn_addr_eq(*function, once_wrapper as NativeFn) =>
        {
            data.native_data().as_object().and_then(|pair| pair.get().dense_elements().get(1).copied()).unwrap_or(Value::UNDEFINED)
        }
        _ => listener,
    }
}

fn emit_key(ctx: &mut Context, key: PropertyKey, args: &[Value]) -> JsResult<bool> {
    let Some(list) = listeners_of(ctx, key) else {
        let error_key = ctx.key("error");
        if key == error_key {
            return unhandled_error_event(ctx, args.first().copied().unwrap_or(Value::UNDEFINED));
        }
        return Ok(false);
    };
    // The array is replaced, never changed, when listeners are added or removed, so iterating
    // it is iterating a snapshot; `list` (a rooted local) keeps it alive.
    let process = Value::object(ctx.realm.process);
    let count = list.get().dense_elements().len();
    for index in 0..count {
        let listener = list.get().dense_elements()[index];
        function::call(ctx, listener, process, args)?;
    }
    Ok(true)
}

/// `emit('error', err)` without a listener throws `err` (or ERR_UNHANDLED_ERROR).
fn unhandled_error_event(ctx: &mut Context, error: Value) -> JsResult<bool> {
    if error.as_object().is_some_and(|object| object.get().is_error()) {
        return ctx.throw_value(error);
    }
    let text = super::inspect::inspect(ctx, error)?;
    throw_node_error(ctx, ErrorKind::Error, "ERR_UNHANDLED_ERROR", &format!("Unhandled error. ({text})"))
}

fn event_key(ctx: &mut Context, event: Value) -> JsResult<PropertyKey> {
    conv::to_property_key(ctx, event)
}

/// The signal number of a signal event's name.
fn signal_of(event: Value) -> Option<i32> {
    let name = event.as_string()?.get().to_rust_string();
    super::process::signal_number(&name)
}

/// node's `startListeningIfSignal`: watches the signal of a signal event that had no listener.
fn start_listening_if_signal(ctx: &mut Context, event: Value, key: PropertyKey) -> JsResult<()> {
    let Some(signum) = signal_of(event) else { return Ok(()) };
    if listeners_of(ctx, key).is_some() {
        return Ok(());
    }
    if let Err(errno) = crate::event_loop::io::watch_signal(ctx, signum, deliver_signal, Value::UNDEFINED) {
        return super::process::throw_errno_exception(ctx, errno, "uv_signal_start");
    }
    Ok(())
}

/// node's `stopListeningIfSignal` for every signal without listeners.
fn stop_listening_to_unheard_signals(ctx: &mut Context) {
    for (name, signum) in super::process::SIGNALS {
        let key = ctx.key(name);
        if listeners_of(ctx, key).is_none() {
            crate::event_loop::io::unwatch_signal(ctx, *signum);
        }
    }
}

/// A watched signal arrived: `process.emit(name, name, number)`.
fn deliver_signal(ctx: &mut Context, _data: Value, delivery: crate::event_loop::io::WorkResult) -> JsResult<()> {
    let Ok(signum) = delivery.downcast::<i32>() else { return Ok(()) };
    // Aliases share a number (SIGIOT is SIGABRT, SIGPOLL is SIGIO): emit the name listened to.
    let names: Vec<&str> = super::process::SIGNALS.iter().filter(|(_, number)| *number == *signum).map(|(name, _)| *name).collect();
    for name in names {
        if listener_count(ctx, name) > 0 {
            let text = crate::string::from_str(ctx, name);
            emit(ctx, name, &[Value::string(text), Value::number(f64::from(*signum))])?;
        }
    }
    Ok(())
}

/// Adds `listener` for the event in `call.arg(0)` (at the front when `prepend`).
fn add(ctx: &mut Context, call: &NativeCall, listener: Value, prepend: bool) -> JsResult<Value> {
    let key = event_key(ctx, call.arg(0))?;
    start_listening_if_signal(ctx, call.arg(0), key)?;
    // node emits `newListener` before adding, with the original of a `once` wrapper.
    let new_listener_key = ctx.key("newListener");
    if listeners_of(ctx, new_listener_key).is_some() {
        let original = original_listener(listener);
        emit_key(ctx, new_listener_key, &[call.arg(0), original])?;
    }
    let list = ctx.new_list();
    list.get_mut().items = listener_values(ctx, key);
    if prepend {
        list.get_mut().items.insert(0, listener);
    } else {
        list.get_mut().items.push(listener);
    }
    let items = list.get().items.clone();
    set_listeners(ctx, key, &items)?;
    Ok(call.this)
}

/// process.on / addListener (event, listener).
fn add_listener(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    validate_function(ctx, call.arg(1), "listener")?;
    add(ctx, call, call.arg(1), false)
}

/// process.prependListener (event, listener).
fn prepend_listener(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    validate_function(ctx, call.arg(1), "listener")?;
    add(ctx, call, call.arg(1), true)
}

/// A `once` wrapper around `call.arg(1)`.
fn once_wrapper_for(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    validate_function(ctx, call.arg(1), "listener")?;
    let pair = array::from_values(ctx, &[call.arg(0), call.arg(1)]);
    let empty = ctx.atoms.empty;
    let wrapper = function::new_native_with_data(ctx, empty, 0, once_wrapper, false, Value::object(pair));
    Ok(Value::object(wrapper))
}

/// process.once (event, listener).
fn once(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let wrapper = once_wrapper_for(ctx, call)?;
    add(ctx, call, wrapper, false)
}

/// process.prependOnceListener (event, listener).
fn prepend_once_listener(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let wrapper = once_wrapper_for(ctx, call)?;
    add(ctx, call, wrapper, true)
}

/// node's `onceWrapper`: removes itself, then calls the listener with the event's arguments.
fn once_wrapper(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(pair) = call.data().as_object() else { return Ok(Value::UNDEFINED) };
    let (event, listener) = match pair.get().dense_elements() {
        [event, listener] => (*event, *listener),
        _ => return Ok(Value::UNDEFINED),
    };
    let key = event_key(ctx, event)?;
    let mut items = listener_values(ctx, key);
    let Some(position) = items.iter().position(|&item| item == call.callee) else { return Ok(Value::UNDEFINED) };
    items.remove(position);
    // The remaining listeners are still in the old array, which `listeners_of` keeps until the
    // new one is stored.
    set_listeners(ctx, key, &items)?;
    if items.is_empty() && signal_of(event).is_some() {
        stop_listening_to_unheard_signals(ctx);
    }
    function::call(ctx, listener, call.this, call.args)
}

/// process.off / removeListener (event, listener): removes the most recently added match.
fn remove_listener(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let listener = call.arg(1);
    validate_function(ctx, listener, "listener")?;
    let key = event_key(ctx, call.arg(0))?;
    let Some(list) = listeners_of(ctx, key) else { return Ok(call.this) };
    let mut items = list.get().dense_elements().to_vec();
    let Some(position) = items.iter().rposition(|&item| item == listener || original_listener(item) == listener) else {
        return Ok(call.this);
    };
    items.remove(position);
    // `list` (a rooted local) still holds every listener while the new array is allocated.
    set_listeners(ctx, key, &items)?;
    if items.is_empty() && signal_of(call.arg(0)).is_some() {
        stop_listening_to_unheard_signals(ctx);
    }
    let remove_key = ctx.key("removeListener");
    if listeners_of(ctx, remove_key).is_some() {
        emit_key(ctx, remove_key, &[call.arg(0), listener])?;
    }
    Ok(call.this)
}

/// process.removeAllListeners ([event]).
fn remove_all_listeners(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if call.arg(0).is_undefined() {
        let store = ctx.new_object_with_prototype(None);
        ctx.realm.process_listeners = store;
        stop_listening_to_unheard_signals(ctx);
        return Ok(call.this);
    }
    let key = event_key(ctx, call.arg(0))?;
    set_listeners(ctx, key, &[])?;
    if signal_of(call.arg(0)).is_some() {
        stop_listening_to_unheard_signals(ctx);
    }
    Ok(call.this)
}

/// process.emit (event, ...args).
fn emit_native(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let key = event_key(ctx, call.arg(0))?;
    let args = call.args.get(1..).unwrap_or(&[]);
    Ok(Value::from(emit_key(ctx, key, args)?))
}

/// process.listeners (event): a copy, with `once` wrappers unwrapped.
fn listeners_native(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let key = event_key(ctx, call.arg(0))?;
    let list = listeners_of(ctx, key);
    let items: Vec<Value> = list.map_or_else(Vec::new, |list| list.get().dense_elements().iter().map(|&item| original_listener(item)).collect());
    // The stored array (the rooted local `list`) holds the wrappers, which hold the originals.
    Ok(Value::object(array::from_values(ctx, &items)))
}

/// process.rawListeners (event): a copy, wrappers included.
fn raw_listeners(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let key = event_key(ctx, call.arg(0))?;
    let list = listeners_of(ctx, key);
    let items = list.map_or_else(Vec::new, |list| list.get().dense_elements().to_vec());
    Ok(Value::object(array::from_values(ctx, &items)))
}

/// process.listenerCount (event).
fn listener_count_native(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let key = event_key(ctx, call.arg(0))?;
    let count = listeners_of(ctx, key).map_or(0, |list| list.get().dense_elements().len());
    Ok(Value::number(count as f64))
}

/// process.eventNames ().
fn event_names(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    let store = ctx.realm.process_listeners;
    let keys = ops::own_property_keys(ctx, store);
    let list = ctx.new_list();
    for key in keys {
        let value = key.to_value(ctx);
        list.get_mut().push(value);
    }
    let items = list.get().items.clone();
    Ok(Value::object(array::from_values(ctx, &items)))
}

/// process.setMaxListeners (n): accepted and ignored (no leak warnings yet).
fn set_max_listeners(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(call.this)
}

/// process.getMaxListeners (): node's default, 10.
fn get_max_listeners(_ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(Value::number(10.0))
}

/// process.emitWarning (warning[, type]).
fn emit_warning_native(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let message = conv::to_string(ctx, call.arg(0))?.get().to_rust_string();
    let type_name = if call.arg(1).is_string() { conv::to_string(ctx, call.arg(1))?.get().to_rust_string() } else { "Warning".to_string() };
    emit_warning(ctx, &message, &type_name);
    Ok(Value::UNDEFINED)
}
