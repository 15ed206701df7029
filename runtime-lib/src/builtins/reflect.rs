//! The `Reflect` object (§28.1): one function per object internal method, each a thin wrapper
//! over `object::ops` (which dispatches proxies to their traps), with V8's messages for bad
//! arguments.

use super::builder::ObjectBuilder;
use super::function::create_list_from_array_like;
use super::object::{from_property_descriptor, to_property_descriptor};
use crate::context::Context;
use crate::error::{describe_value, JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall};
use crate::object::{array, ops, Attributes, JsObject, PropertyKey};
use crate::value::{conv, Value};

/// Installs the `Reflect` global.
pub fn init(ctx: &mut Context) {
    let reflect = ctx.new_object();
    let tag = crate::string::from_str(ctx, "Reflect");
    let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);
    ObjectBuilder::new(ctx, reflect)
        .method("defineProperty", 3, define_property)
        .method("deleteProperty", 2, delete_property)
        .method("apply", 3, apply)
        .method("construct", 2, construct)
        .method("get", 2, get)
        .method("getOwnPropertyDescriptor", 2, get_own_property_descriptor)
        .method("getPrototypeOf", 1, get_prototype_of)
        .method("has", 2, has)
        .method("isExtensible", 1, is_extensible)
        .method("ownKeys", 1, own_keys)
        .method("preventExtensions", 1, prevent_extensions)
        .method("set", 3, set)
        .method("setPrototypeOf", 2, set_prototype_of)
        .define(tag_key, Value::string(tag), Attributes::READONLY_HIDDEN);
    crate::realm::define_global(ctx, "Reflect", Value::object(reflect));
}

/// The object argument every Reflect function but `apply`/`construct` starts with.
fn target_object(ctx: &mut Context, value: Value, name: &str) -> JsResult<Gc<JsObject>> {
    match value.as_object() {
        Some(object) => Ok(object),
        None => ctx.throw_type_error(&format!("Reflect.{name} called on non-object")),
    }
}

/// Reflect.apply ( target, thisArgument, argumentsList ) (§28.1.1).
fn apply(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = call.arg(0);
    if !target.is_callable() {
        let text = describe_value(ctx, target);
        let kind = if target.is_object() {
            "an object".to_string()
        } else if target.is_null() {
            "null".to_string()
        } else {
            format!("a {}", crate::value::ops::type_of(ctx, target).get().to_rust_string())
        };
        return ctx.throw_type_error(&format!("Function.prototype.apply was called on {text}, which is {kind} and not a function"));
    }
    let list = create_list_from_array_like(ctx, call.arg(2))?;
    let args = list.get().items.clone();
    // `args` is a Rust copy of values the list cell (alive in `list`) also holds.
    let result = function::call(ctx, target, call.arg(1), &args);
    std::hint::black_box(list);
    result
}

/// Reflect.construct ( target, argumentsList [ , newTarget ] ) (§28.1.2).
fn construct(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = call.arg(0);
    if !target.is_constructor() {
        let text = describe_value(ctx, target);
        return ctx.throw_type_error(&format!("{text} is not a constructor"));
    }
    let new_target = if call.args.len() > 2 { call.arg(2) } else { target };
    if !new_target.is_constructor() {
        let text = describe_value(ctx, new_target);
        return ctx.throw_type_error(&format!("{text} is not a constructor"));
    }
    let list = create_list_from_array_like(ctx, call.arg(1))?;
    let args = list.get().items.clone();
    // As in `apply`: the list keeps the arguments alive.
    let result = function::construct(ctx, target, &args, new_target);
    std::hint::black_box(list);
    result
}

/// Reflect.defineProperty ( target, propertyKey, attributes ) (§28.1.3).
fn define_property(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = target_object(ctx, call.arg(0), "defineProperty")?;
    let key = conv::to_property_key(ctx, call.arg(1))?;
    let descriptor = to_property_descriptor(ctx, call.arg(2))?;
    Ok(Value::boolean(ops::define_own_property(ctx, target, key, descriptor)?))
}

/// Reflect.deleteProperty ( target, propertyKey ) (§28.1.4).
fn delete_property(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = target_object(ctx, call.arg(0), "deleteProperty")?;
    let key = conv::to_property_key(ctx, call.arg(1))?;
    Ok(Value::boolean(ops::delete(ctx, target, key)?))
}

/// Reflect.get ( target, propertyKey [ , receiver ] ) (§28.1.5).
fn get(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = target_object(ctx, call.arg(0), "get")?;
    let key = conv::to_property_key(ctx, call.arg(1))?;
    let receiver = if call.args.len() > 2 { call.arg(2) } else { Value::object(target) };
    ops::get(ctx, target, key, receiver)
}

/// Reflect.getOwnPropertyDescriptor ( target, propertyKey ) (§28.1.6).
fn get_own_property_descriptor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = target_object(ctx, call.arg(0), "getOwnPropertyDescriptor")?;
    let key = conv::to_property_key(ctx, call.arg(1))?;
    match ops::get_own_property(ctx, target, key)? {
        Some(property) => Ok(Value::object(from_property_descriptor(ctx, property)?)),
        None => Ok(Value::UNDEFINED),
    }
}

/// Reflect.getPrototypeOf ( target ) (§28.1.7).
fn get_prototype_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = target_object(ctx, call.arg(0), "getPrototypeOf")?;
    Ok(ops::get_prototype_of_js(ctx, target)?.map_or(Value::NULL, Value::object))
}

/// Reflect.has ( target, propertyKey ) (§28.1.8).
fn has(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = target_object(ctx, call.arg(0), "has")?;
    let key = conv::to_property_key(ctx, call.arg(1))?;
    Ok(Value::boolean(ops::has_property(ctx, target, key)?))
}

/// Reflect.isExtensible ( target ) (§28.1.9).
fn is_extensible(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = target_object(ctx, call.arg(0), "isExtensible")?;
    Ok(Value::boolean(ops::is_extensible_js(ctx, target)?))
}

/// Reflect.ownKeys ( target ) (§28.1.10).
fn own_keys(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = target_object(ctx, call.arg(0), "ownKeys")?;
    let keys = ops::own_property_keys_js(ctx, target)?;
    let list = ctx.new_list();
    for key in keys {
        let value = key.to_value(ctx);
        list.get_mut().push(value);
    }
    let values = list.get().items.clone();
    // The list cell (alive in `list`) holds every key while the array is allocated.
    let result = array::from_values(ctx, &values);
    std::hint::black_box(list);
    Ok(Value::object(result))
}

/// Reflect.preventExtensions ( target ) (§28.1.11).
fn prevent_extensions(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = target_object(ctx, call.arg(0), "preventExtensions")?;
    Ok(Value::boolean(ops::prevent_extensions_js(ctx, target)?))
}

/// Reflect.set ( target, propertyKey, V [ , receiver ] ) (§28.1.12).
fn set(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = target_object(ctx, call.arg(0), "set")?;
    let key = conv::to_property_key(ctx, call.arg(1))?;
    let receiver = if call.args.len() > 3 { call.arg(3) } else { Value::object(target) };
    Ok(Value::boolean(ops::set(ctx, target, key, call.arg(2), receiver)?))
}

/// Reflect.setPrototypeOf ( target, proto ) (§28.1.13).
fn set_prototype_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = target_object(ctx, call.arg(0), "setPrototypeOf")?;
    let prototype = call.arg(1);
    if !prototype.is_object() && !prototype.is_null() {
        let text = describe_value(ctx, prototype);
        return ctx.throw_type_error(&format!("Object prototype may only be an Object or null: {text}"));
    }
    Ok(Value::boolean(ops::set_prototype_of_js(ctx, target, prototype.as_object())?))
}
