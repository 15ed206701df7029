//! `Symbol` (§20.4): the function, `Symbol.for`/`Symbol.keyFor` over the GlobalSymbolRegistry
//! (`realm.symbol_registry`, a null-prototype object from key to symbol), the well-known
//! symbols as its properties, and Symbol.prototype.

use super::builder::{constructor, ObjectBuilder};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::NativeCall;
use crate::object::{Attributes, ObjectKind, PropertyKey};
use crate::symbol::{new_symbol, JsSymbol};
use crate::value::{conv, Value};

/// Installs `Symbol` and Symbol.prototype.
pub fn init(ctx: &mut Context) {
    let prototype = ctx.realm.symbol_prototype;
    let symbol_constructor = constructor(ctx, "Symbol", 0, symbol, prototype);
    let to_string_tag = ctx.symbols.to_string_tag;
    let to_primitive = ctx.symbols.to_primitive;
    let tag = ctx.intern_str("Symbol");
    ObjectBuilder::new(ctx, prototype)
        .method("toString", 0, to_string)
        .method("valueOf", 0, value_of)
        .accessor("description", Some(description), None)
        .symbol_method(to_primitive, 1, value_of)
        .define(PropertyKey::Symbol(to_string_tag), Value::string(tag), Attributes::READONLY_HIDDEN);
    // [@@toPrimitive] is not writable (§20.4.3.5).
    let key = PropertyKey::Symbol(to_primitive);
    if let Some(crate::object::OwnProperty::Data { value, .. }) = crate::object::ops::own_lookup(ctx, prototype, key) {
        let descriptor = crate::object::PropertyDescriptor::data(value, Attributes::READONLY_HIDDEN);
        let _ = crate::object::ops::define_own_property(ctx, prototype, key, descriptor);
    }
    ctx.realm.symbol_registry = ctx.new_object_with_prototype(None);
    let well_known = ctx.symbols.all();
    let mut builder = ObjectBuilder::new(ctx, symbol_constructor);
    builder.method("for", 1, symbol_for).method("keyFor", 1, key_for);
    for (name, symbol) in well_known {
        builder.property(name, Value::symbol(symbol), Attributes::NONE);
    }
}

/// Symbol ( [ description ] ) (§20.4.1.1).
fn symbol(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if call.is_construct() {
        return ctx.throw_type_error("Symbol is not a constructor");
    }
    let description = call.arg(0);
    let description = if description.is_undefined() { Value::UNDEFINED } else { Value::string(conv::to_string(ctx, description)?) };
    Ok(Value::symbol(new_symbol(ctx, description)))
}

/// Symbol.for ( key ) (§20.4.2.2).
fn symbol_for(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string_key = conv::to_string(ctx, call.arg(0))?;
    let registry = ctx.realm.symbol_registry;
    let key = ctx.key_from_string(string_key);
    if let Some(crate::object::OwnProperty::Data { value, .. }) = crate::object::ops::own_lookup(ctx, registry, key) {
        return Ok(value);
    }
    let symbol = new_symbol(ctx, Value::string(string_key));
    crate::object::ops::define_fresh(ctx, registry, key, Value::symbol(symbol), Attributes::DEFAULT);
    Ok(Value::symbol(symbol))
}

/// Symbol.keyFor ( sym ) (§20.4.2.6).
fn key_for(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(symbol) = call.arg(0).as_symbol() else {
        let text = crate::error::describe_value(ctx, call.arg(0));
        return ctx.throw_type_error(&format!("{text} is not a symbol"));
    };
    Ok(if is_registered(ctx, symbol) { symbol.get().description } else { Value::UNDEFINED })
}

/// True when `symbol` is in the GlobalSymbolRegistry (such symbols cannot be held weakly).
pub fn is_registered(ctx: &mut Context, symbol: Gc<JsSymbol>) -> bool {
    let Some(description) = symbol.get().description.as_string() else { return false };
    let registry = ctx.realm.symbol_registry;
    let key = ctx.key_from_string(description);
    matches!(
        crate::object::ops::own_lookup(ctx, registry, key),
        Some(crate::object::OwnProperty::Data { value, .. }) if value == Value::symbol(symbol)
    )
}

/// thisSymbolValue (§20.4.3).
fn this_symbol(ctx: &mut Context, value: Value, method: &str) -> JsResult<Gc<JsSymbol>> {
    if let Some(symbol) = value.as_symbol() {
        return Ok(symbol);
    }
    if let Some(object) = value.as_object() {
        if let ObjectKind::Symbol(symbol) = *object.get().kind() {
            return Ok(symbol);
        }
    }
    ctx.throw_type_error(&format!("{method} requires that 'this' be a Symbol"))
}

/// Symbol.prototype.toString (§20.4.3.3).
fn to_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let symbol = this_symbol(ctx, call.this, "Symbol.prototype.toString")?;
    let text = symbol.get().descriptive_string();
    Ok(Value::string(crate::string::from_str(ctx, &text)))
}

/// Symbol.prototype.valueOf (§20.4.3.4), also [@@toPrimitive].
fn value_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::symbol(this_symbol(ctx, call.this, "Symbol.prototype.valueOf")?))
}

/// get Symbol.prototype.description (§20.4.3.2).
fn description(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(this_symbol(ctx, call.this, "Symbol.prototype.description")?.get().description)
}
