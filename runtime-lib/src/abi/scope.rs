//! Entry points for sloppy-mode scoping: mapped arguments objects (`crate::arguments`), the
//! object environments of `with` statements (`crate::scope`), and the pieces of a direct
//! `eval` of constant text the compiler inlines (the %eval% check, a SyntaxError thrown when
//! the eval runs).

use super::{arguments, context, finish, finish_bool, key_of};
use crate::context::Context;
use crate::error::ThrowExt;
use crate::value::{conv, Value};

/// A new mapped arguments object whose first `count` arguments alias slots of `env`.
///
/// # Safety
/// `ctx` is the live context, `argv` holds `argc` values and `env` is a live environment with
/// at least `count` slots.
#[no_mangle]
pub unsafe extern "C" fn kiln_arguments_new_mapped(ctx: *mut Context, callee: Value, argc: u32, argv: *mut u8, env: *mut u8, count: u32) -> Value {
    // SAFETY: compiled code passes its live context and `argc` values at `argv`.
    let (ctx, args) = unsafe { (context(ctx), arguments(argc, argv)) };
    // SAFETY: compiled code passes the function's live parameter environment.
    Value::object(unsafe { crate::arguments::new_mapped(ctx, callee, args, env, count) })
}

/// A new unmapped arguments object (strict code, or parameters that are not simple).
///
/// # Safety
/// `ctx` is the live context and `argv` holds `argc` values.
#[no_mangle]
pub unsafe extern "C" fn kiln_arguments_new_unmapped(ctx: *mut Context, argc: u32, argv: *mut u8) -> Value {
    // SAFETY: compiled code passes its live context and `argc` values at `argv`.
    let (ctx, args) = unsafe { (context(ctx), arguments(argc, argv)) };
    Value::object(super::new_arguments(ctx, None, args))
}

/// ToObject(value), the object of a `with` statement.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_to_object_js(ctx: *mut Context, value: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(conv::to_object(ctx, value).map(Value::object))
}

/// HasBinding of a `with` object environment, as a boolean value.
///
/// # Safety
/// `ctx` is the live context; `object` is an object (made by `kiln_to_object_js`).
#[no_mangle]
pub unsafe extern "C" fn kiln_with_has_js(ctx: *mut Context, object: Value, name: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let Some(object) = object.as_object() else { return Value::FALSE };
    finish_bool(key_of(ctx, name).and_then(|key| crate::scope::has_binding_js(ctx, object, key)))
}

/// GetBindingValue of a `with` object environment.
///
/// # Safety
/// `ctx` is the live context; `object` is an object.
#[no_mangle]
pub unsafe extern "C" fn kiln_with_get_js(ctx: *mut Context, object: Value, name: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let Some(object) = object.as_object() else { return Value::UNDEFINED };
    finish(key_of(ctx, name).and_then(|key| crate::scope::get_binding_value_js(ctx, object, key)))
}

/// SetMutableBinding of a `with` object environment.
///
/// # Safety
/// `ctx` is the live context; `object` is an object.
#[no_mangle]
pub unsafe extern "C" fn kiln_with_set_js(ctx: *mut Context, object: Value, name: Value, value: Value, strict: u32) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let Some(object) = object.as_object() else { return Value::UNDEFINED };
    let result = key_of(ctx, name).and_then(|key| crate::scope::set_mutable_binding_js(ctx, object, key, value, strict != 0));
    finish(result.map(|()| Value::UNDEFINED))
}

/// Throws SyntaxError with `message`.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_throw_syntax_error(ctx: *mut Context, message: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let text = message.as_string().map(|m| m.get().to_rust_string()).unwrap_or_default();
    finish(ctx.throw_syntax_error(&text))
}

/// Whether `value` is the realm's %eval% (so a call of it is a direct eval).
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_is_intrinsic_eval(_ctx: *mut Context, value: Value) -> Value {
    Value::boolean(crate::builtins::regexp::is_native(value, crate::builtins::global_functions::eval))
}
