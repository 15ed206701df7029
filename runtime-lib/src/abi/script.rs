//! Global declaration instantiation of a classic script (`kiln build --script`, ECMA-262
//! §16.1.7): the checks that run before any of the script's code, and the global object
//! properties its top-level `var` and function declarations become. The script's lexical
//! declarations are ordinary compiled bindings; only their clash with a non-configurable global
//! property is checked here.

use super::{context, finish, key_of};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::object::{ops, OwnProperty, PropertyDescriptor, PropertyKey};
use crate::value::Value;
use kiln_abi::global_declaration;

/// One step of GlobalDeclarationInstantiation for `name` (`step` is a
/// `kiln_abi::global_declaration` constant).
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_global_declare_js(ctx: *mut Context, name: Value, step: u32) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let result = key_of(ctx, name).and_then(|key| match step {
        global_declaration::CHECK_LEXICAL => check_lexical(ctx, key),
        global_declaration::CHECK_FUNCTION => check_function(ctx, key),
        global_declaration::CHECK_VAR => check_var(ctx, key),
        _ => create_var(ctx, key),
    });
    finish(result.map(|()| Value::UNDEFINED))
}

/// CreateGlobalFunctionBinding(name, function, false) (§9.1.1.4.18).
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_global_define_function_js(ctx: *mut Context, name: Value, function: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let global = ctx.realm.global;
    let result = (|| {
        let key = key_of(ctx, name)?;
        // 2-5. A fresh or configurable property becomes a non-configurable enumerable data
        // property; an existing non-configurable one (CanDeclareGlobalFunction made sure it is
        // a writable enumerable data property) only gets the new value.
        let descriptor = match ops::get_own_property(ctx, global, key)? {
            Some(existing) if !existing.attributes().configurable() => PropertyDescriptor::value_only(function),
            _ => PropertyDescriptor {
                value: Some(function),
                writable: Some(true),
                enumerable: Some(true),
                configurable: Some(false),
                ..PropertyDescriptor::default()
            },
        };
        ops::define_property_or_throw(ctx, global, key, descriptor)?;
        // 6. Set(globalObject, N, V, false).
        ops::set(ctx, global, key, function, Value::object(global))?;
        Ok(Value::UNDEFINED)
    })();
    finish(result)
}

/// GlobalDeclarationInstantiation step 5.b (HasRestrictedGlobalProperty, §9.1.1.4.14): a
/// `let`/`const`/`class` may not shadow a non-configurable global property such as `undefined`.
fn check_lexical(ctx: &mut Context, key: PropertyKey) -> JsResult<()> {
    let global = ctx.realm.global;
    match ops::get_own_property(ctx, global, key)? {
        Some(existing) if !existing.attributes().configurable() => {
            ctx.throw_syntax_error(&format!("Identifier '{}' has already been declared", key.display()))
        }
        _ => Ok(()),
    }
}

/// CanDeclareGlobalFunction (§9.1.1.4.16), TypeError when it is false.
fn check_function(ctx: &mut Context, key: PropertyKey) -> JsResult<()> {
    let global = ctx.realm.global;
    let allowed = match ops::get_own_property(ctx, global, key)? {
        None => global.get().is_extensible(),
        Some(existing) if existing.attributes().configurable() => true,
        Some(OwnProperty::Data { attributes, .. }) => attributes.writable() && attributes.enumerable(),
        Some(OwnProperty::Accessor { .. }) => false,
    };
    if allowed {
        return Ok(());
    }
    if global.get().is_extensible() || ops::has_own_property(ctx, global, key)? {
        ctx.throw_type_error(&format!("Cannot redefine property: {}", key.display()))
    } else {
        ctx.throw_type_error(&format!("Cannot define property {}, object is not extensible", key.display()))
    }
}

/// CanDeclareGlobalVar (§9.1.1.4.15), TypeError when it is false.
fn check_var(ctx: &mut Context, key: PropertyKey) -> JsResult<()> {
    let global = ctx.realm.global;
    if ops::has_own_property(ctx, global, key)? || global.get().is_extensible() {
        return Ok(());
    }
    ctx.throw_type_error(&format!("Cannot define property {}, object is not extensible", key.display()))
}

/// CreateGlobalVarBinding(name, false) (§9.1.1.4.17): an own property of the global object
/// (undefined, writable, enumerable, non-configurable) unless one exists already.
fn create_var(ctx: &mut Context, key: PropertyKey) -> JsResult<()> {
    let global = ctx.realm.global;
    if ops::has_own_property(ctx, global, key)? || !global.get().is_extensible() {
        return Ok(());
    }
    let descriptor = PropertyDescriptor {
        value: Some(Value::UNDEFINED),
        writable: Some(true),
        enumerable: Some(true),
        configurable: Some(false),
        ..PropertyDescriptor::default()
    };
    ops::define_property_or_throw(ctx, global, key, descriptor)
}
