//! Strict-mode variants of assignment and `delete`: where sloppy code ignores a failed
//! [[Set]] or [[Delete]], strict code throws node's TypeError, and assigning an undeclared
//! name is a ReferenceError.

use super::caches::{add_cached, kiln_object_set_named_cached_js, record_add};
use super::{context, finish, key_of};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::object::{ops, OwnProperty, PropertyKey};
use crate::value::Value;

/// node's message for a [[Set]] on `base` that returned false.
fn set_failure(ctx: &mut Context, base: Value, key: PropertyKey) -> JsResult<Value> {
    let described = crate::error::describe_value(ctx, base);
    let Some(object) = base.as_object() else {
        let kind = if base.is_string() { "string" } else if base.is_number() { "number" } else if base.is_boolean() { "boolean" } else { "symbol" };
        return ctx.throw_type_error(&format!("Cannot create property '{}' on {kind} '{described}'", key.display()));
    };
    if let Some(message) = crate::builtins::operations::array_length_refusal(ctx, object, key) {
        return ctx.throw_type_error(&message);
    }
    // Find what refused the write: the receiver's own property or an inherited one.
    let mut current = Some(object);
    while let Some(holder) = current {
        // A proxy on the chain answered the [[Set]] itself (its trap said false).
        if crate::builtins::proxy::is_proxy(holder) {
            return ctx.throw_type_error(&format!("'set' on proxy: trap returned falsish for property '{}'", key.display()));
        }
        match ops::get_own_property(ctx, holder, key)? {
            Some(OwnProperty::Accessor { .. }) => {
                return ctx.throw_type_error(&format!(
                    "Cannot set property {} of {described} which has only a getter",
                    key.display()
                ));
            }
            Some(OwnProperty::Data { .. }) => {
                return ctx.throw_type_error(&format!(
                    "Cannot assign to read only property '{}' of object '{described}'",
                    key.display()
                ));
            }
            None => current = holder.get().prototype,
        }
    }
    ctx.throw_type_error(&format!("Cannot add property {}, object is not extensible", key.display()))
}

/// PutValue in strict code for `base[key] = value`.
fn strict_set(ctx: &mut Context, base: Value, key: PropertyKey, value: Value) -> JsResult<Value> {
    if base.is_nullish() {
        ops::set_value(ctx, base, key, value)?;
        return Ok(Value::UNDEFINED);
    }
    let done = match base.as_object() {
        Some(object) => ops::set(ctx, object, key, value, base)?,
        None => {
            let wrapper = crate::value::conv::to_object(ctx, base)?;
            ops::set(ctx, wrapper, key, value, base)?
        }
    };
    if !done {
        return set_failure(ctx, base, key);
    }
    Ok(Value::UNDEFINED)
}

/// `object.key = value` in strict code, on a write-cache miss.
///
/// # Safety
/// `ctx` is the live context and `cache` a write cache of the compiled program.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_set_named_strict_cached_js(ctx: *mut Context, object: Value, key: Value, value: Value, cache: *mut u8) -> Value {
    // Objects whose write cannot fail silently take the sloppy path (which fills the cache).
    // SAFETY: compiled code passes its live context.
    let context_ref = unsafe { context(ctx) };
    // SAFETY: `cache` is a write cache per the contract.
    if unsafe { add_cached(context_ref, object, value, cache) } {
        return Value::UNDEFINED;
    }
    let property = match key_of(context_ref, key) {
        Ok(property) => property,
        Err(_) => return Value::EXCEPTION,
    };
    if let Some(receiver) = object.as_object().filter(|receiver| !crate::builtins::proxy::is_proxy(*receiver)) {
        let writable_own = matches!(
            ops::get_own_property(context_ref, receiver, property),
            Ok(Some(OwnProperty::Data { attributes, .. })) if attributes.writable()
        );
        if writable_own {
            // SAFETY: same contract as this function's.
            return unsafe { kiln_object_set_named_cached_js(ctx, object, key, value, cache) };
        }
    }
    let old_shape = object.as_object().map(|receiver| receiver.get().shape());
    let result = strict_set(context_ref, object, property, value);
    if let (Ok(_), Some(receiver), Some(old_shape)) = (&result, object.as_object(), old_shape) {
        // SAFETY: `cache` is a write cache per the contract.
        unsafe { record_add(context_ref, receiver, property, old_shape, cache) };
    }
    finish(result)
}

/// `object[key] = value` in strict code.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_set_computed_strict_js(ctx: *mut Context, object: Value, key: Value, value: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    if object.is_nullish() {
        let result = key_of(ctx, key).and_then(|key| ops::set_value(ctx, object, key, value));
        return finish(result.map(|()| Value::UNDEFINED));
    }
    // A typed array's [[Set]] of a numeric key never fails (§10.4.5.5).
    if let Some(result) = crate::builtins::typed_array::set_number_key(ctx, object, key, value) {
        return finish(result.map(|()| Value::UNDEFINED));
    }
    let result = key_of(ctx, key).and_then(|key| strict_set(ctx, object, key, value));
    finish(result)
}

/// Assignment to an unqualified name that is not declared, in strict code.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_global_set_strict_js(ctx: *mut Context, name: Value, value: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let global = ctx.realm.global;
    let result = (|| {
        let key = key_of(ctx, name)?;
        if !ops::has_property(ctx, global, key)? {
            return ctx.throw_reference_error(&format!("{} is not defined", key.display()));
        }
        strict_set(ctx, Value::object(global), key, value)
    })();
    finish(result)
}

/// `delete object[key]` in strict code (TypeError for a non-configurable property).
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_delete_strict_js(ctx: *mut Context, object: Value, key: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let result = (|| {
        let property = key_of(ctx, key)?;
        let target = crate::value::conv::to_object(ctx, object)?;
        if !ops::delete(ctx, target, property)? {
            if crate::builtins::proxy::is_proxy(target) {
                return ctx.throw_type_error(&format!("'deleteProperty' on proxy: trap returned falsish for property '{}'", property.display()));
            }
            let described = crate::error::describe_value(ctx, object);
            return ctx.throw_type_error(&format!("Cannot delete property '{}' of {described}", property.display()));
        }
        Ok(Value::TRUE)
    })();
    finish(result)
}
