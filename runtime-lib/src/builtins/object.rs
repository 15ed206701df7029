//! `Object` (§20.1): the constructor, Object.prototype's methods, and the statics that are thin
//! wrappers over the internal methods (more statics are added here as they are needed).

use super::builder::{constructor, ObjectBuilder};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall};
use crate::object::{array, ops, Attributes, JsObject, OwnProperty, PropertyDescriptor, PropertyKey};
use crate::value::{conv, Value};

/// Installs `Object` and Object.prototype.
pub fn init(ctx: &mut Context) {
    let prototype = ctx.realm.object_prototype;
    let object_constructor = constructor(ctx, "Object", 1, object_constructor, prototype);
    ctx.realm.object_constructor = object_constructor;
    ObjectBuilder::new(ctx, prototype)
        .method("hasOwnProperty", 1, has_own_property)
        .method("isPrototypeOf", 1, is_prototype_of)
        .method("propertyIsEnumerable", 1, property_is_enumerable)
        .method("toString", 0, to_string)
        .method("toLocaleString", 0, to_locale_string)
        .method("valueOf", 0, value_of)
        .accessor("__proto__", Some(get_proto), Some(set_proto))
        .method("__defineGetter__", 2, define_getter)
        .method("__defineSetter__", 2, define_setter)
        .method("__lookupGetter__", 1, lookup_getter)
        .method("__lookupSetter__", 1, lookup_setter);
    ObjectBuilder::new(ctx, object_constructor)
        .method("getPrototypeOf", 1, get_prototype_of)
        .method("setPrototypeOf", 2, set_prototype_of)
        .method("create", 2, create)
        .method("defineProperty", 3, define_property)
        .method("getOwnPropertyDescriptor", 2, get_own_property_descriptor)
        .method("getOwnPropertyNames", 1, get_own_property_names)
        .method("keys", 1, keys);
}

/// Object ( [ value ] ) (§20.1.1.1).
fn object_constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if call.is_construct() && call.new_target != call.callee {
        let default = ctx.realm.object_prototype;
        let prototype = function::prototype_from_constructor(ctx, call.new_target, default)?;
        return Ok(Value::object(ctx.new_object_with_prototype(Some(prototype))));
    }
    let value = call.arg(0);
    if value.is_nullish() {
        return Ok(Value::object(ctx.new_object()));
    }
    Ok(Value::object(conv::to_object(ctx, value)?))
}

/// Object.prototype.hasOwnProperty (§20.1.3.2).
fn has_own_property(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let key = conv::to_property_key(ctx, call.arg(0))?;
    let object = conv::to_object(ctx, call.this)?;
    Ok(Value::boolean(ops::has_own_property(ctx, object, key)?))
}

/// Object.prototype.isPrototypeOf (§20.1.3.3).
fn is_prototype_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(mut value) = call.arg(0).as_object() else { return Ok(Value::FALSE) };
    let object = conv::to_object(ctx, call.this)?;
    while let Some(prototype) = ops::get_prototype_of_js(ctx, value)? {
        if prototype == object {
            return Ok(Value::TRUE);
        }
        value = prototype;
    }
    Ok(Value::FALSE)
}

/// Object.prototype.propertyIsEnumerable (§20.1.3.4).
fn property_is_enumerable(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let key = conv::to_property_key(ctx, call.arg(0))?;
    let object = conv::to_object(ctx, call.this)?;
    let property = ops::get_own_property(ctx, object, key)?;
    Ok(Value::boolean(property.is_some_and(|property| property.enumerable())))
}

/// Object.prototype.__defineGetter__ / __defineSetter__ (Annex B §B.2.2.2-3): an enumerable,
/// configurable accessor half on `this`.
fn define_accessor_half(ctx: &mut Context, call: &NativeCall, getter: bool) -> JsResult<Value> {
    let object = conv::to_object(ctx, call.this)?;
    let function = call.arg(1);
    if !function.is_callable() {
        let name = if getter { "__defineGetter__" } else { "__defineSetter__" };
        return ctx.throw_type_error(&format!("Object.prototype.{name}: Expecting function"));
    }
    let key = conv::to_property_key(ctx, call.arg(0))?;
    let descriptor = crate::object::PropertyDescriptor {
        get: getter.then_some(function),
        set: (!getter).then_some(function),
        enumerable: Some(true),
        configurable: Some(true),
        ..crate::object::PropertyDescriptor::default()
    };
    ops::define_property_or_throw(ctx, object, key, descriptor)?;
    Ok(Value::UNDEFINED)
}

fn define_getter(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    define_accessor_half(ctx, call, true)
}

fn define_setter(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    define_accessor_half(ctx, call, false)
}

/// Object.prototype.__lookupGetter__ / __lookupSetter__ (Annex B §B.2.2.4-5): the accessor half
/// of the first object on `this`'s prototype chain that has the property.
fn lookup_accessor_half(ctx: &mut Context, call: &NativeCall, getter: bool) -> JsResult<Value> {
    let mut object = conv::to_object(ctx, call.this)?;
    let key = conv::to_property_key(ctx, call.arg(0))?;
    loop {
        if let Some(property) = ops::get_own_property(ctx, object, key)? {
            return Ok(match property {
                OwnProperty::Accessor { getter: get, setter: set, .. } => if getter { get } else { set },
                _ => Value::UNDEFINED,
            });
        }
        match ops::get_prototype_of_js(ctx, object)? {
            Some(prototype) => object = prototype,
            None => return Ok(Value::UNDEFINED),
        }
    }
}

fn lookup_getter(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    lookup_accessor_half(ctx, call, true)
}

fn lookup_setter(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    lookup_accessor_half(ctx, call, false)
}

/// Object.prototype.toString (§20.1.3.6): `[object Tag]`.
pub fn to_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let text = object_to_string_text(ctx, call.this)?;
    Ok(Value::string(crate::string::from_str(ctx, &text)))
}

/// The text of Object.prototype.toString for `value`.
pub fn object_to_string_text(ctx: &mut Context, value: Value) -> JsResult<String> {
    if value.is_undefined() {
        return Ok("[object Undefined]".to_string());
    }
    if value.is_null() {
        return Ok("[object Null]".to_string());
    }
    let object = conv::to_object(ctx, value)?;
    // IsArray sees through proxies (and throws for a revoked one).
    let builtin_tag = if crate::builtins::proxy::is_array_for(ctx, value, "Object.prototype.toString")? { "Array" } else { object.get().builtin_tag() };
    let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);
    let tag = ops::get_property(ctx, object, tag_key)?;
    let tag = match tag.as_string() {
        Some(tag) => tag.get().to_rust_string(),
        None => builtin_tag.to_string(),
    };
    Ok(format!("[object {tag}]"))
}

/// Object.prototype.toLocaleString (§20.1.3.5).
fn to_locale_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let key = PropertyKey::String(ctx.atoms.to_string);
    let method = ops::get_value(ctx, call.this, key)?;
    function::call(ctx, method, call.this, &[])
}

/// Object.prototype.valueOf (§20.1.3.7).
fn value_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::object(conv::to_object(ctx, call.this)?))
}

/// get Object.prototype.__proto__ (§20.1.3.8.1).
fn get_proto(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = conv::to_object(ctx, call.this)?;
    Ok(ops::get_prototype_of_js(ctx, object)?.map_or(Value::NULL, Value::object))
}

/// set Object.prototype.__proto__ (§20.1.3.8.2).
fn set_proto(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if call.this.is_nullish() {
        return ctx.throw_type_error("Object.prototype.__proto__ called on null or undefined");
    }
    let prototype = call.arg(0);
    let Some(object) = call.this.as_object() else { return Ok(Value::UNDEFINED) };
    if !prototype.is_object() && !prototype.is_null() {
        return Ok(Value::UNDEFINED);
    }
    if !ops::set_prototype_of_js(ctx, object, prototype.as_object())? {
        if crate::builtins::proxy::is_proxy(object) {
            return ctx.throw_type_error("'setPrototypeOf' on proxy: trap returned falsish");
        }
        return throw_set_prototype_failure(ctx, object);
    }
    Ok(Value::UNDEFINED)
}

/// Object.getPrototypeOf (§20.1.2.12).
fn get_prototype_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = conv::to_object(ctx, call.arg(0))?;
    Ok(ops::get_prototype_of_js(ctx, object)?.map_or(Value::NULL, Value::object))
}

/// V8's message when an ordinary object's [[SetPrototypeOf]] returned false.
fn throw_set_prototype_failure(ctx: &mut Context, object: Gc<JsObject>) -> JsResult<Value> {
    if !object.get().is_extensible() {
        let text = crate::error::describe_value(ctx, Value::object(object));
        return ctx.throw_type_error(&format!("{text} is not extensible"));
    }
    ctx.throw_type_error("Cyclic __proto__ value")
}

/// Object.setPrototypeOf (§20.1.2.23).
fn set_prototype_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (target, prototype) = (call.arg(0), call.arg(1));
    if target.is_nullish() {
        return ctx.throw_type_error("Object.setPrototypeOf called on null or undefined");
    }
    if !prototype.is_object() && !prototype.is_null() {
        let text = crate::error::describe_value(ctx, prototype);
        return ctx.throw_type_error(&format!("Object prototype may only be an Object or null: {text}"));
    }
    let Some(object) = target.as_object() else { return Ok(target) };
    if !ops::set_prototype_of_js(ctx, object, prototype.as_object())? {
        if crate::builtins::proxy::is_proxy(object) {
            return ctx.throw_type_error("'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'");
        }
        return throw_set_prototype_failure(ctx, object);
    }
    Ok(target)
}

/// Object.create (§20.1.2.2).
fn create(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let prototype = call.arg(0);
    if !prototype.is_object() && !prototype.is_null() {
        let text = crate::error::describe_value(ctx, prototype);
        return ctx.throw_type_error(&format!("Object prototype may only be an Object or null: {text}"));
    }
    let object = ctx.new_object_with_prototype(prototype.as_object());
    let properties = call.arg(1);
    if !properties.is_undefined() {
        define_properties(ctx, object, properties)?;
    }
    Ok(Value::object(object))
}

/// ObjectDefineProperties (§20.1.2.3.1).
fn define_properties(ctx: &mut Context, object: Gc<JsObject>, properties: Value) -> JsResult<()> {
    let properties = conv::to_object(ctx, properties)?;
    let list = ctx.new_list();
    for key in ops::own_property_keys_js(ctx, properties)? {
        let Some(property) = ops::get_own_property(ctx, properties, key)? else { continue };
        if !property.enumerable() {
            continue;
        }
        let descriptor_object = ops::get_property(ctx, properties, key)?;
        list.get_mut().push(key.to_value(ctx));
        list.get_mut().push(descriptor_object);
    }
    let mut index = 0;
    while index < list.get().len() {
        let key = conv::to_property_key(ctx, list.get().get(index))?;
        let descriptor = to_property_descriptor(ctx, list.get().get(index + 1))?;
        ops::define_property_or_throw(ctx, object, key, descriptor)?;
        index += 2;
    }
    Ok(())
}

/// Object.defineProperty (§20.1.2.4).
fn define_property(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(object) = call.arg(0).as_object() else {
        return ctx.throw_type_error("Object.defineProperty called on non-object");
    };
    let key = conv::to_property_key(ctx, call.arg(1))?;
    let descriptor = to_property_descriptor(ctx, call.arg(2))?;
    ops::define_property_or_throw(ctx, object, key, descriptor)?;
    Ok(call.arg(0))
}

/// Object.getOwnPropertyDescriptor (§20.1.2.8).
fn get_own_property_descriptor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = conv::to_object(ctx, call.arg(0))?;
    let key = conv::to_property_key(ctx, call.arg(1))?;
    match ops::get_own_property(ctx, object, key)? {
        Some(property) => Ok(Value::object(from_property_descriptor(ctx, property)?)),
        None => Ok(Value::UNDEFINED),
    }
}

/// Object.getOwnPropertyNames (§20.1.2.10).
fn get_own_property_names(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = conv::to_object(ctx, call.arg(0))?;
    let keys = ops::own_property_keys_js(ctx, object)?;
    let array = array::from_values(ctx, &[]);
    for key in keys.into_iter().filter(|key| !key.is_symbol()) {
        let value = key.to_value(ctx);
        array::push(ctx, array, value)?;
    }
    Ok(Value::object(array))
}

/// Object.keys (§20.1.2.18).
fn keys(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = conv::to_object(ctx, call.arg(0))?;
    if let Some(properties) = super::object_statics::plain_enumerable_properties(object, false) {
        // String keys are atoms its shape keeps alive.
        let names: Vec<Value> = properties.into_iter().map(|(key, _)| key.to_value(ctx)).collect();
        return Ok(Value::object(array::from_values(ctx, &names)));
    }
    let keys = ops::own_property_keys_js(ctx, object)?;
    let array = array::from_values(ctx, &[]);
    for key in keys.into_iter().filter(|key| !key.is_symbol()) {
        if ops::get_own_property(ctx, object, key)?.is_some_and(|property| property.enumerable()) {
            let value = key.to_value(ctx);
            array::push(ctx, array, value)?;
        }
    }
    Ok(Value::object(array))
}

/// ToPropertyDescriptor (§6.2.6.5).
pub fn to_property_descriptor(ctx: &mut Context, value: Value) -> JsResult<PropertyDescriptor> {
    let Some(object) = value.as_object() else {
        let text = crate::error::describe_value(ctx, value);
        return ctx.throw_type_error(&format!("Property description must be an object: {text}"));
    };
    let mut descriptor = PropertyDescriptor::default();
    let atoms = [
        ctx.atoms.enumerable,
        ctx.atoms.configurable,
        ctx.atoms.value,
        ctx.atoms.writable,
        ctx.atoms.get,
        ctx.atoms.set,
    ];
    for (index, atom) in atoms.into_iter().enumerate() {
        let key = PropertyKey::String(atom);
        if !ops::has_property(ctx, object, key)? {
            continue;
        }
        let field = ops::get_property(ctx, object, key)?;
        match index {
            0 => descriptor.enumerable = Some(conv::to_boolean(field)),
            1 => descriptor.configurable = Some(conv::to_boolean(field)),
            2 => descriptor.value = Some(field),
            3 => descriptor.writable = Some(conv::to_boolean(field)),
            4 | 5 => {
                if !field.is_undefined() && !field.is_callable() {
                    let which = if index == 4 { "Getter" } else { "Setter" };
                    let text = crate::error::describe_value(ctx, field);
                    return ctx.throw_type_error(&format!("{which} must be a function: {text}"));
                }
                if index == 4 {
                    descriptor.get = Some(field);
                } else {
                    descriptor.set = Some(field);
                }
            }
            _ => {}
        }
    }
    if descriptor.is_accessor() && descriptor.is_data() {
        let text = crate::error::describe_value(ctx, value);
        return ctx.throw_type_error(&format!(
            "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, {text}"
        ));
    }
    Ok(descriptor)
}

/// FromPropertyDescriptor (§6.2.6.4) for an existing property.
pub fn from_property_descriptor(ctx: &mut Context, property: OwnProperty) -> JsResult<Gc<JsObject>> {
    let object = ctx.new_object();
    let attributes = property.attributes();
    let fields: [(crate::gc::Gc<crate::string::JsString>, Value); 4] = match property {
        OwnProperty::Data { value, attributes } => [
            (ctx.atoms.value, value),
            (ctx.atoms.writable, Value::boolean(attributes.writable())),
            (ctx.atoms.enumerable, Value::boolean(attributes.enumerable())),
            (ctx.atoms.configurable, Value::boolean(attributes.configurable())),
        ],
        OwnProperty::Accessor { getter, setter, .. } => [
            (ctx.atoms.get, getter),
            (ctx.atoms.set, setter),
            (ctx.atoms.enumerable, Value::boolean(attributes.enumerable())),
            (ctx.atoms.configurable, Value::boolean(attributes.configurable())),
        ],
    };
    for (atom, value) in fields {
        ops::define_fresh(ctx, object, PropertyKey::String(atom), value, Attributes::DEFAULT);
    }
    Ok(object)
}
