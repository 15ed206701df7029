//! The Error constructors (§20.5): `Error` and the native errors, their prototypes' `name` and
//! `message`, Error.prototype.toString, and V8's Error.captureStackTrace.

use super::builder::{constructor, ObjectBuilder};
use crate::context::Context;
use crate::error::{ErrorKind, JsResult, ThrowExt};
use crate::object::function::{self, NativeCall, NativeFn};
use crate::object::{ops, Attributes, PropertyDescriptor, PropertyKey};
use crate::string::StringBuilder;
use crate::value::{conv, Value};

/// Installs the seven error constructors.
pub fn init(ctx: &mut Context) {
    const CONSTRUCTORS: [NativeFn; 7] = [
        error_constructor::<0>,
        error_constructor::<1>,
        error_constructor::<2>,
        error_constructor::<3>,
        error_constructor::<4>,
        error_constructor::<5>,
        error_constructor::<6>,
    ];
    for kind in ErrorKind::ALL {
        let prototype = ctx.realm.error_prototypes[kind as usize];
        let error_constructor = constructor(ctx, kind.name(), 1, CONSTRUCTORS[kind as usize], prototype);
        ctx.realm.error_constructors[kind as usize] = error_constructor;
        let name = crate::string::from_str(ctx, kind.name());
        let empty = ctx.atoms.empty;
        let mut builder = ObjectBuilder::new(ctx, prototype);
        builder
            .property("name", Value::string(name), Attributes::HIDDEN)
            .property("message", Value::string(empty), Attributes::HIDDEN);
        if kind == ErrorKind::Error {
            builder.method("toString", 0, to_string);
        }
    }
    let base = ctx.realm.error_constructors[0];
    for kind in &ErrorKind::ALL[1..] {
        let native = ctx.realm.error_constructors[*kind as usize];
        ops::set_prototype_of(native, Some(base));
    }
    ObjectBuilder::new(ctx, base)
        .method("captureStackTrace", 2, capture_stack_trace)
        .property("stackTraceLimit", Value::number(10.0), Attributes::DEFAULT);
}

/// NativeError ( message [ , options ] ) (§20.5.1.1, §20.5.6.1).
fn error_constructor<const KIND: usize>(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let new_target = if call.is_construct() { call.new_target } else { call.callee };
    let default = ctx.realm.error_prototypes[KIND];
    let prototype = function::prototype_from_constructor(ctx, new_target, default)?;
    let message = call.arg(0);
    let message = if message.is_undefined() { None } else { Some(Value::string(conv::to_string(ctx, message)?)) };
    // `new Sub()` for a subclass (or Reflect.construct with another new.target) leaves out
    // the frames down to the new.target's activation, as V8 does. Only compiled functions
    // have frames; for a native new.target (Error itself) nothing is left out.
    let above = if call.is_construct() && new_target != call.callee {
        new_target
            .as_object()
            .and_then(|f| f.get().function().map(|data| data.entry as usize))
            .filter(|&entry| ctx.program_index().is_some_and(|index| index.range_of(entry).is_some()))
    } else {
        None
    };
    let error = crate::error::new_error_object_above(ctx, prototype, message, above);
    let options = call.arg(1);
    if let Some(options_object) = options.as_object() {
        let cause_key = PropertyKey::String(ctx.atoms.cause);
        if ops::has_property(ctx, options_object, cause_key)? {
            let cause = ops::get_property(ctx, options_object, cause_key)?;
            ops::define_fresh(ctx, error, cause_key, cause, Attributes::HIDDEN);
        }
    }
    Ok(Value::object(error))
}

/// Error.prototype.toString (§20.5.3.4).
fn to_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(object) = call.this.as_object() else {
        let text = crate::error::describe_value(ctx, call.this);
        return ctx.throw_type_error(&format!("Method Error.prototype.toString called on incompatible receiver {text}"));
    };
    let name_key = PropertyKey::String(ctx.atoms.name);
    let name = ops::get_property(ctx, object, name_key)?;
    let name = if name.is_undefined() { ctx.intern_str("Error") } else { conv::to_string(ctx, name)? };
    let message_key = PropertyKey::String(ctx.atoms.message);
    let message = ops::get_property(ctx, object, message_key)?;
    let message = if message.is_undefined() { ctx.atoms.empty } else { conv::to_string(ctx, message)? };
    if name.get().is_empty() {
        return Ok(Value::string(message));
    }
    if message.get().is_empty() {
        return Ok(Value::string(name));
    }
    let mut text = StringBuilder::new();
    text.push_js(name.get());
    text.push_str(": ");
    text.push_js(message.get());
    Ok(Value::string(text.finish(ctx)?))
}

/// Error.captureStackTrace(object[, constructorOpt]) (V8): gives `object` a `stack` of its
/// header and the current frames, leaving out those above `constructorOpt`'s activation.
fn capture_stack_trace(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(object) = call.arg(0).as_object() else {
        // V8's message text, verbatim.
        return ctx.throw_type_error("invalid_argument");
    };
    let above = call.arg(1).as_object().and_then(|f| f.get().function().map(|data| data.entry as usize));
    let frames = crate::stack_trace::capture_above(ctx, above);
    let mut text = StringBuilder::new();
    let header = crate::error::error_header(ctx, object);
    text.push_str(&header);
    text.push_str(&frames);
    let stack = text.finish(ctx)?;
    let stack_key = PropertyKey::String(ctx.atoms.stack);
    let descriptor = PropertyDescriptor::data(Value::string(stack), Attributes::HIDDEN);
    ops::define_property_or_throw(ctx, object, stack_key, descriptor)?;
    Ok(Value::UNDEFINED)
}

/// V8's `Error.stackTraceLimit`: how many frames a new error records. Read from the Error
/// constructor's own data property without running JS (a non-number records none).
pub fn stack_trace_limit(ctx: &Context) -> usize {
    let constructor = ctx.realm.error_constructors[ErrorKind::Error as usize];
    let cell = constructor.get();
    let is_limit = |key: &PropertyKey| matches!(key, PropertyKey::String(atom) if atom.get().eq_str("stackTraceLimit"));
    let value = match cell.dictionary() {
        Some(dictionary) => dictionary.iter().find(|entry| is_limit(&entry.key)).filter(|entry| !entry.attributes.is_accessor()).map(|entry| entry.value),
        None => {
            let shape = cell.shape().get();
            let key = shape.keys().into_iter().find(|(key, attributes)| is_limit(key) && !attributes.is_accessor()).map(|(key, _)| key);
            key.and_then(|key| shape.lookup(key)).and_then(|(slot, _)| cell.slots().get(slot as usize).copied())
        }
    };
    match value.and_then(|value| value.as_number()) {
        Some(limit) if limit.is_nan() => 0,
        Some(limit) => limit.clamp(0.0, 1e9) as usize,
        None => 0,
    }
}
