//! `Proxy` (§28.2) and the internal methods of Proxy exotic objects (§10.5).
//!
//! A proxy is a `JsObject` of kind [`ObjectKind::Proxy`] whose own storage stays empty for its
//! whole life: `object::ops` sends every internal method of a proxy here before it looks at
//! storage, and the object's shape is the shared dictionary shape, which no inline cache ever
//! records, so compiled code always reaches the runtime for a proxy. Each method follows the
//! spec's steps in order (the trap lookups and calls are observable) and checks every invariant
//! with V8's message text. `[[Call]]`/`[[Construct]]` exist when the target had them at
//! creation; `function::call`/`construct` dispatch here.
//!
//! This module owns `ProxyData` and the `Proxy` global; it never touches property storage.

use super::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::{describe_value, JsResult, ThrowExt};
use crate::gc::{Gc, Tracer};
use crate::object::function::{self, NativeCall};
use crate::object::{array, ops, Attributes, JsObject, ObjectKind, OwnProperty, PropertyDescriptor, PropertyKey};
use crate::value::{conv, Value};
use crate::util::hash::FxHashMap;

/// [[ProxyTarget]] and [[ProxyHandler]] (both `None` once revoked), and whether the proxy has
/// [[Call]] / [[Construct]] (decided from the target at creation, §10.5.14 steps 6-7).
pub struct ProxyData {
    pub(crate) target: Option<Gc<JsObject>>,
    pub(crate) handler: Option<Gc<JsObject>>,
    pub(crate) callable: bool,
    pub(crate) constructor: bool,
    /// The array the last `ownKeys` trap returned. Symbol keys handed to callers as
    /// `PropertyKey`s live in a Rust vector; this keeps them alive until the next `ownKeys`.
    pub(crate) last_keys: Value,
}

impl ProxyData {
    pub(crate) fn trace(&self, tracer: &mut Tracer) {
        tracer.option(self.target);
        tracer.option(self.handler);
        tracer.value(self.last_keys);
    }

    /// The target, or `None` when revoked.
    pub fn target(&self) -> Option<Gc<JsObject>> {
        self.target
    }

    /// The handler, or `None` when revoked.
    pub fn handler(&self) -> Option<Gc<JsObject>> {
        self.handler
    }
}

/// Installs the `Proxy` constructor and `Proxy.revocable`.
pub fn init(ctx: &mut Context) {
    let name = ctx.intern_str("Proxy");
    let proxy_constructor = function::new_native(ctx, name, 2, proxy_constructor, true);
    ObjectBuilder::new(ctx, proxy_constructor).method("revocable", 2, revocable);
    crate::realm::define_global(ctx, "Proxy", Value::object(proxy_constructor));
}

/// Proxy ( target, handler ) (§28.2.1.1).
fn proxy_constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if !call.is_construct() {
        return ctx.throw_type_error("Constructor Proxy requires 'new'");
    }
    Ok(Value::object(proxy_create(ctx, call.arg(0), call.arg(1))?))
}

/// Proxy.revocable ( target, handler ) (§28.2.2.1).
fn revocable(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let proxy = proxy_create(ctx, call.arg(0), call.arg(1))?;
    let empty = ctx.atoms.empty;
    let revoke = function::new_native_with_data(ctx, empty, 0, revoke, false, Value::object(proxy));
    let result = ctx.new_object();
    let proxy_key = ctx.key("proxy");
    ops::create_data_property_or_throw(ctx, result, proxy_key, Value::object(proxy))?;
    let revoke_key = ctx.key("revoke");
    ops::create_data_property_or_throw(ctx, result, revoke_key, Value::object(revoke))?;
    Ok(Value::object(result))
}

/// The revocation function (§28.2.2.1.1): clears the proxy's target and handler once.
fn revoke(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(callee) = call.callee.as_object() else { return Ok(Value::UNDEFINED) };
    let proxy = match callee.get_mut().kind_mut() {
        Some(ObjectKind::Function(data)) => data.take_native_data(),
        _ => Value::UNDEFINED,
    };
    if let Some(proxy) = proxy.as_object() {
        if let Some(ObjectKind::Proxy(data)) = proxy.get_mut().kind_mut() {
            data.target = None;
            data.handler = None;
            data.last_keys = Value::UNDEFINED;
        }
    }
    Ok(Value::UNDEFINED)
}

/// ProxyCreate ( target, handler ) (§10.5.14).
pub fn proxy_create(ctx: &mut Context, target: Value, handler: Value) -> JsResult<Gc<JsObject>> {
    let (Some(target_object), Some(handler_object)) = (target.as_object(), handler.as_object()) else {
        return ctx.throw_type_error("Cannot create proxy with a non-object as target or handler");
    };
    let data = ProxyData {
        target: Some(target_object),
        handler: Some(handler_object),
        callable: target.is_callable(),
        constructor: target.is_constructor(),
        last_keys: Value::UNDEFINED,
    };
    // The dictionary shape: never recorded by an inline cache (see the module comment).
    let shape = ctx.dictionary_shape;
    let proxy = ctx.alloc(JsObject::new(shape, None, ObjectKind::Proxy(data)));
    // The storage's own [[Extensible]] flag is cleared so that no storage fast path can ever
    // add a property to a proxy; the proxy's extensibility is its target's (or its trap's).
    proxy.get_mut().prevent_extensions();
    Ok(proxy)
}

/// True when `object` is a Proxy exotic object (revoked or not).
#[inline]
pub fn is_proxy(object: Gc<JsObject>) -> bool {
    matches!(*object.get().kind(), ObjectKind::Proxy(_))
}

/// IsArray ( argument ) (§7.2.2): sees through proxies; a revoked proxy throws.
pub fn is_array(ctx: &mut Context, value: Value) -> JsResult<bool> {
    is_array_for(ctx, value, "IsArray")
}

/// IsArray for the built-in `operation`, whose name V8 puts in the revoked-proxy message.
pub fn is_array_for(ctx: &mut Context, value: Value, operation: &str) -> JsResult<bool> {
    let Some(mut object) = value.as_object() else { return Ok(false) };
    loop {
        match object.get().kind() {
            ObjectKind::Array(_) => return Ok(true),
            ObjectKind::Proxy(data) => match data.target {
                Some(target) => object = target,
                None => return ctx.throw_type_error(&format!("Cannot perform '{operation}' on a proxy that has been revoked")),
            },
            _ => return Ok(false),
        }
    }
}

/// For `util.inspect` (node formats a proxy's target without running any trap): the
/// innermost non-proxy target, or `None` when a proxy on the way has been revoked.
pub fn inspect_target(object: Gc<JsObject>) -> Option<Gc<JsObject>> {
    let mut current = object;
    loop {
        match current.get().kind() {
            ObjectKind::Proxy(data) => current = data.target?,
            _ => return Some(current),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Trap lookup
// ---------------------------------------------------------------------------------------------

/// Steps 1-5 of every proxy internal method: the handler (a revoked proxy throws), the target,
/// and GetMethod(handler, name) (a non-callable trap throws as V8 says it).
fn prepare(ctx: &mut Context, proxy: Gc<JsObject>, name: &str) -> JsResult<(Gc<JsObject>, Gc<JsObject>, Option<Value>)> {
    ctx.check_stack()?;
    let (target, handler) = match proxy.get().kind() {
        ObjectKind::Proxy(ProxyData { target: Some(target), handler: Some(handler), .. }) => (*target, *handler),
        _ => return ctx.throw_type_error(&format!("Cannot perform '{name}' on a proxy that has been revoked")),
    };
    let key = ctx.key(name);
    let trap = ops::get_property(ctx, handler, key)?;
    if trap.is_nullish() {
        return Ok((target, handler, None));
    }
    if !trap.is_callable() {
        let text = describe_value(ctx, trap);
        let handler_text = describe_value(ctx, Value::object(handler));
        return ctx.throw_type_error(&format!("'{text}' returned for property '{name}' of object '{handler_text}' is not a function"));
    }
    Ok((target, handler, Some(trap)))
}

/// The property's descriptor as the spec's FromPropertyDescriptor builds it: only the fields
/// `descriptor` has (§6.2.6.4).
fn from_partial_descriptor(ctx: &mut Context, descriptor: &PropertyDescriptor) -> JsResult<Gc<JsObject>> {
    let object = ctx.new_object();
    let atoms = &ctx.atoms;
    let fields = [
        (atoms.value, descriptor.value),
        (atoms.writable, descriptor.writable.map(Value::boolean)),
        (atoms.get, descriptor.get),
        (atoms.set, descriptor.set),
        (atoms.enumerable, descriptor.enumerable.map(Value::boolean)),
        (atoms.configurable, descriptor.configurable.map(Value::boolean)),
    ];
    for (atom, value) in fields {
        if let Some(value) = value {
            ops::create_data_property_or_throw(ctx, object, PropertyKey::String(atom), value)?;
        }
    }
    Ok(object)
}

/// CompletePropertyDescriptor (§6.2.6.6) as the property it describes.
fn complete(descriptor: &PropertyDescriptor) -> OwnProperty {
    let enumerable = descriptor.enumerable.unwrap_or(false);
    let configurable = descriptor.configurable.unwrap_or(false);
    if descriptor.is_accessor() {
        OwnProperty::Accessor {
            getter: descriptor.get.unwrap_or(Value::UNDEFINED),
            setter: descriptor.set.unwrap_or(Value::UNDEFINED),
            attributes: Attributes::accessor(enumerable, configurable),
        }
    } else {
        OwnProperty::Data {
            value: descriptor.value.unwrap_or(Value::UNDEFINED),
            attributes: Attributes::data(descriptor.writable.unwrap_or(false), enumerable, configurable),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The internal methods (§10.5.1 - §10.5.13)
// ---------------------------------------------------------------------------------------------

/// [[GetPrototypeOf]] (§10.5.1).
pub fn get_prototype_of_js(ctx: &mut Context, proxy: Gc<JsObject>) -> JsResult<Option<Gc<JsObject>>> {
    let (target, handler, trap) = prepare(ctx, proxy, "getPrototypeOf")?;
    let Some(trap) = trap else { return ops::get_prototype_of_js(ctx, target) };
    let result = function::call(ctx, trap, Value::object(handler), &[Value::object(target)])?;
    if !result.is_object() && !result.is_null() {
        return ctx.throw_type_error("'getPrototypeOf' on proxy: trap returned neither object nor null");
    }
    if ops::is_extensible_js(ctx, target)? {
        return Ok(result.as_object());
    }
    let target_prototype = ops::get_prototype_of_js(ctx, target)?;
    if result.as_object() != target_prototype {
        return ctx.throw_type_error("'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype");
    }
    Ok(result.as_object())
}

/// [[SetPrototypeOf]] (§10.5.2).
pub fn set_prototype_of_js(ctx: &mut Context, proxy: Gc<JsObject>, prototype: Option<Gc<JsObject>>) -> JsResult<bool> {
    let (target, handler, trap) = prepare(ctx, proxy, "setPrototypeOf")?;
    let Some(trap) = trap else { return ops::set_prototype_of_js(ctx, target, prototype) };
    let prototype_value = prototype.map_or(Value::NULL, Value::object);
    let result = function::call(ctx, trap, Value::object(handler), &[Value::object(target), prototype_value])?;
    if !conv::to_boolean(result) {
        return Ok(false);
    }
    if ops::is_extensible_js(ctx, target)? {
        return Ok(true);
    }
    let target_prototype = ops::get_prototype_of_js(ctx, target)?;
    if prototype != target_prototype {
        return ctx.throw_type_error("'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target");
    }
    Ok(true)
}

/// [[IsExtensible]] (§10.5.3).
pub fn is_extensible_js(ctx: &mut Context, proxy: Gc<JsObject>) -> JsResult<bool> {
    let (target, handler, trap) = prepare(ctx, proxy, "isExtensible")?;
    let Some(trap) = trap else { return ops::is_extensible_js(ctx, target) };
    let result = conv::to_boolean(function::call(ctx, trap, Value::object(handler), &[Value::object(target)])?);
    let target_result = ops::is_extensible_js(ctx, target)?;
    if result != target_result {
        return ctx.throw_type_error(&format!(
            "'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is '{target_result}')"
        ));
    }
    Ok(result)
}

/// [[PreventExtensions]] (§10.5.4).
pub fn prevent_extensions_js(ctx: &mut Context, proxy: Gc<JsObject>) -> JsResult<bool> {
    let (target, handler, trap) = prepare(ctx, proxy, "preventExtensions")?;
    let Some(trap) = trap else { return ops::prevent_extensions_js(ctx, target) };
    let result = conv::to_boolean(function::call(ctx, trap, Value::object(handler), &[Value::object(target)])?);
    if result && ops::is_extensible_js(ctx, target)? {
        return ctx.throw_type_error("'preventExtensions' on proxy: trap returned truish but the proxy target is extensible");
    }
    Ok(result)
}

/// [[GetOwnProperty]] (§10.5.5).
pub fn get_own_property_js(ctx: &mut Context, proxy: Gc<JsObject>, key: PropertyKey) -> JsResult<Option<OwnProperty>> {
    let (target, handler, trap) = prepare(ctx, proxy, "getOwnPropertyDescriptor")?;
    let Some(trap) = trap else { return ops::get_own_property(ctx, target, key) };
    let key_value = key.to_value(ctx);
    let result = function::call(ctx, trap, Value::object(handler), &[Value::object(target), key_value])?;
    let name = key.display();
    if !result.is_object() && !result.is_undefined() {
        return ctx.throw_type_error(&format!(
            "'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property '{name}'"
        ));
    }
    let target_property = ops::get_own_property(ctx, target, key)?;
    if result.is_undefined() {
        let Some(target_property) = target_property else { return Ok(None) };
        if !target_property.attributes().configurable() {
            return ctx.throw_type_error(&format!(
                "'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '{name}' which is non-configurable in the proxy target"
            ));
        }
        if !ops::is_extensible_js(ctx, target)? {
            return ctx.throw_type_error(&format!(
                "'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '{name}' which exists in the non-extensible proxy target"
            ));
        }
        return Ok(None);
    }
    let extensible = ops::is_extensible_js(ctx, target)?;
    let descriptor = super::object::to_property_descriptor(ctx, result)?;
    let property = complete(&descriptor);
    if !ops::is_compatible_property_descriptor(extensible, &PropertyDescriptor::from_own(property), target_property) {
        return ctx.throw_type_error(&format!(
            "'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property '{name}' that is incompatible with the existing property in the proxy target"
        ));
    }
    if !property.attributes().configurable() {
        match target_property {
            Some(existing) if !existing.attributes().configurable() => {
                // The completed descriptor: a data descriptor without [[Writable]] reports false.
                if let (OwnProperty::Data { attributes: reported, .. }, OwnProperty::Data { attributes, .. }) = (property, existing) {
                    if !reported.writable() && attributes.writable() {
                        return ctx.throw_type_error(&format!(
                            "'getOwnPropertyDescriptor' on proxy: trap reported non-configurable and writable for property '{name}' which is non-configurable, non-writable in the proxy target"
                        ));
                    }
                }
            }
            _ => {
                return ctx.throw_type_error(&format!(
                    "'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for property '{name}' which is either non-existent or configurable in the proxy target"
                ));
            }
        }
    }
    Ok(Some(property))
}

/// [[DefineOwnProperty]] (§10.5.6).
pub fn define_own_property_js(ctx: &mut Context, proxy: Gc<JsObject>, key: PropertyKey, descriptor: PropertyDescriptor) -> JsResult<bool> {
    let (target, handler, trap) = prepare(ctx, proxy, "defineProperty")?;
    let Some(trap) = trap else { return ops::define_own_property(ctx, target, key, descriptor) };
    let descriptor_object = from_partial_descriptor(ctx, &descriptor)?;
    let key_value = key.to_value(ctx);
    let args = [Value::object(target), key_value, Value::object(descriptor_object)];
    if !conv::to_boolean(function::call(ctx, trap, Value::object(handler), &args)?) {
        return Ok(false);
    }
    let target_property = ops::get_own_property(ctx, target, key)?;
    let extensible = ops::is_extensible_js(ctx, target)?;
    let setting_configurable_false = descriptor.configurable == Some(false);
    let name = key.display();
    let not_configurable_in_target = || {
        format!(
            "'defineProperty' on proxy: trap returned truish for defining non-configurable property '{name}' which is either non-existent or configurable in the proxy target"
        )
    };
    match target_property {
        None => {
            if !extensible {
                return ctx.throw_type_error(&format!(
                    "'defineProperty' on proxy: trap returned truish for adding property '{name}'  to the non-extensible proxy target"
                ));
            }
            if setting_configurable_false {
                return ctx.throw_type_error(&not_configurable_in_target());
            }
        }
        Some(existing) => {
            if !ops::is_compatible_property_descriptor(extensible, &descriptor, Some(existing)) {
                return ctx.throw_type_error(&format!(
                    "'defineProperty' on proxy: trap returned truish for adding property '{name}'  that is incompatible with the existing property in the proxy target"
                ));
            }
            if setting_configurable_false && existing.attributes().configurable() {
                return ctx.throw_type_error(&not_configurable_in_target());
            }
            if let OwnProperty::Data { attributes, .. } = existing {
                if !attributes.configurable() && attributes.writable() && descriptor.writable == Some(false) {
                    return ctx.throw_type_error(&format!(
                        "'defineProperty' on proxy: trap returned truish for defining non-configurable property '{name}' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object."
                    ));
                }
            }
        }
    }
    Ok(true)
}

/// [[HasProperty]] (§10.5.7).
pub fn has_property_js(ctx: &mut Context, proxy: Gc<JsObject>, key: PropertyKey) -> JsResult<bool> {
    let (target, handler, trap) = prepare(ctx, proxy, "has")?;
    let Some(trap) = trap else { return ops::has_property(ctx, target, key) };
    let key_value = key.to_value(ctx);
    let result = conv::to_boolean(function::call(ctx, trap, Value::object(handler), &[Value::object(target), key_value])?);
    if !result {
        if let Some(existing) = ops::get_own_property(ctx, target, key)? {
            let name = key.display();
            if !existing.attributes().configurable() {
                return ctx.throw_type_error(&format!(
                    "'has' on proxy: trap returned falsish for property '{name}' which exists in the proxy target as non-configurable"
                ));
            }
            if !ops::is_extensible_js(ctx, target)? {
                return ctx.throw_type_error(&format!(
                    "'has' on proxy: trap returned falsish for property '{name}' but the proxy target is not extensible"
                ));
            }
        }
    }
    Ok(result)
}

/// [[Get]] (§10.5.8).
pub fn get_js(ctx: &mut Context, proxy: Gc<JsObject>, key: PropertyKey, receiver: Value) -> JsResult<Value> {
    let (target, handler, trap) = prepare(ctx, proxy, "get")?;
    let Some(trap) = trap else { return ops::get(ctx, target, key, receiver) };
    let key_value = key.to_value(ctx);
    let result = function::call(ctx, trap, Value::object(handler), &[Value::object(target), key_value, receiver])?;
    match ops::get_own_property(ctx, target, key)? {
        Some(OwnProperty::Data { value, attributes }) if !attributes.configurable() && !attributes.writable() => {
            if !conv::same_value(result, value) {
                let name = key.display();
                let expected = describe_value(ctx, value);
                let got = describe_value(ctx, result);
                return ctx.throw_type_error(&format!(
                    "'get' on proxy: property '{name}' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '{expected}' but got '{got}')"
                ));
            }
        }
        Some(OwnProperty::Accessor { getter, attributes, .. }) if !attributes.configurable() && getter.is_undefined() => {
            if !result.is_undefined() {
                let name = key.display();
                let got = describe_value(ctx, result);
                return ctx.throw_type_error(&format!(
                    "'get' on proxy: property '{name}' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '{got}')"
                ));
            }
        }
        _ => {}
    }
    Ok(result)
}

/// [[Set]] (§10.5.9).
pub fn set_js(ctx: &mut Context, proxy: Gc<JsObject>, key: PropertyKey, value: Value, receiver: Value) -> JsResult<bool> {
    let (target, handler, trap) = prepare(ctx, proxy, "set")?;
    let Some(trap) = trap else { return ops::set(ctx, target, key, value, receiver) };
    let key_value = key.to_value(ctx);
    let args = [Value::object(target), key_value, value, receiver];
    if !conv::to_boolean(function::call(ctx, trap, Value::object(handler), &args)?) {
        return Ok(false);
    }
    match ops::get_own_property(ctx, target, key)? {
        Some(OwnProperty::Data { value: target_value, attributes }) if !attributes.configurable() && !attributes.writable() => {
            if !conv::same_value(value, target_value) {
                return ctx.throw_type_error(&format!(
                    "'set' on proxy: trap returned truish for property '{}' which exists in the proxy target as a non-configurable and non-writable data property with a different value",
                    key.display()
                ));
            }
        }
        Some(OwnProperty::Accessor { setter, attributes, .. }) if !attributes.configurable() && setter.is_undefined() => {
            return ctx.throw_type_error(&format!(
                "'set' on proxy: trap returned truish for property '{}' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter",
                key.display()
            ));
        }
        _ => {}
    }
    Ok(true)
}

/// [[Delete]] (§10.5.10).
pub fn delete_js(ctx: &mut Context, proxy: Gc<JsObject>, key: PropertyKey) -> JsResult<bool> {
    let (target, handler, trap) = prepare(ctx, proxy, "deleteProperty")?;
    let Some(trap) = trap else { return ops::delete(ctx, target, key) };
    let key_value = key.to_value(ctx);
    if !conv::to_boolean(function::call(ctx, trap, Value::object(handler), &[Value::object(target), key_value])?) {
        return Ok(false);
    }
    let Some(existing) = ops::get_own_property(ctx, target, key)? else { return Ok(true) };
    let name = key.display();
    if !existing.attributes().configurable() {
        return ctx.throw_type_error(&format!(
            "'deleteProperty' on proxy: trap returned truish for property '{name}' which is non-configurable in the proxy target"
        ));
    }
    if !ops::is_extensible_js(ctx, target)? {
        return ctx.throw_type_error(&format!(
            "'deleteProperty' on proxy: trap returned truish for property '{name}' but the proxy target is non-extensible"
        ));
    }
    Ok(true)
}

/// [[OwnPropertyKeys]] (§10.5.11).
pub fn own_property_keys_js(ctx: &mut Context, proxy: Gc<JsObject>) -> JsResult<Vec<PropertyKey>> {
    let (target, handler, trap) = prepare(ctx, proxy, "ownKeys")?;
    let Some(trap) = trap else { return ops::own_property_keys_js(ctx, target) };
    let result = function::call(ctx, trap, Value::object(handler), &[Value::object(target)])?;
    // CreateListFromArrayLike(trapResultArray, « String, Symbol »).
    let Some(result_object) = result.as_object() else {
        return ctx.throw_type_error("CreateListFromArrayLike called on non-object");
    };
    let length = crate::iteration::length_of_array_like(ctx, result_object)?;
    let list = ctx.new_list();
    for index in 0..length.min(u32::MAX as u64) as u32 {
        let element = ops::get_property(ctx, result_object, PropertyKey::Index(index))?;
        if !element.is_string() && !element.is_symbol() {
            let text = describe_value(ctx, element);
            return ctx.throw_type_error(&format!("{text} is not a valid property name"));
        }
        list.get_mut().push(element);
    }
    let mut keys = Vec::with_capacity(list.get().len());
    let mut seen: FxHashMap<PropertyKey, ()> = FxHashMap::default();
    for index in 0..list.get().len() {
        let key = conv::to_property_key(ctx, list.get().get(index))?;
        if seen.insert(key, ()).is_some() {
            return ctx.throw_type_error("'ownKeys' on proxy: trap returned duplicate entries");
        }
        keys.push(key);
    }
    // Keep the symbols alive for our caller (see `ProxyData::last_keys`).
    let rooted = array::from_values(ctx, &list.get().items.clone());
    if let Some(ObjectKind::Proxy(data)) = proxy.get_mut().kind_mut() {
        data.last_keys = Value::object(rooted);
    }
    let extensible = ops::is_extensible_js(ctx, target)?;
    let target_keys = ops::own_property_keys_js(ctx, target)?;
    let mut configurable = Vec::new();
    let mut non_configurable = Vec::new();
    for key in target_keys {
        match ops::get_own_property(ctx, target, key)? {
            Some(property) if !property.attributes().configurable() => non_configurable.push(key),
            _ => configurable.push(key),
        }
    }
    if extensible && non_configurable.is_empty() {
        return Ok(keys);
    }
    let mut unchecked = seen;
    for key in non_configurable {
        if unchecked.remove(&key).is_none() {
            return ctx.throw_type_error(&format!("'ownKeys' on proxy: trap result did not include '{}'", key.display()));
        }
    }
    if extensible {
        return Ok(keys);
    }
    for key in configurable {
        if unchecked.remove(&key).is_none() {
            return ctx.throw_type_error(&format!("'ownKeys' on proxy: trap result did not include '{}'", key.display()));
        }
    }
    if !unchecked.is_empty() {
        return ctx.throw_type_error("'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible");
    }
    Ok(keys)
}

/// [[Call]] (§10.5.12).
pub fn call_js(ctx: &mut Context, proxy: Gc<JsObject>, this: Value, args: &[Value]) -> JsResult<Value> {
    let (target, handler, trap) = prepare(ctx, proxy, "apply")?;
    let Some(trap) = trap else { return function::call(ctx, Value::object(target), this, args) };
    let arguments = array::from_values(ctx, args);
    function::call(ctx, trap, Value::object(handler), &[Value::object(target), this, Value::object(arguments)])
}

/// [[Construct]] (§10.5.13).
pub fn construct_js(ctx: &mut Context, proxy: Gc<JsObject>, args: &[Value], new_target: Value) -> JsResult<Value> {
    let (target, handler, trap) = prepare(ctx, proxy, "construct")?;
    let Some(trap) = trap else { return function::construct(ctx, Value::object(target), args, new_target) };
    let arguments = array::from_values(ctx, args);
    let result = function::call(ctx, trap, Value::object(handler), &[Value::object(target), Value::object(arguments), new_target])?;
    if !result.is_object() {
        let text = describe_value(ctx, result);
        return ctx.throw_type_error(&format!("'construct' on proxy: trap returned non-object ('{text}')"));
    }
    Ok(result)
}
