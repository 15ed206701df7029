//! `String` (§22.1): the constructor and the core of String.prototype (toString, valueOf,
//! [@@iterator]). The rest of String.prototype is added here.

use super::builder::{constructor, ObjectBuilder};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::iteration;
use crate::object::function::{self, NativeCall};
use crate::object::{JsObject, ObjectKind, PropertyKey};
use crate::string::JsString;
use crate::value::{conv, Value};

/// Installs `String` and the core of String.prototype.
pub fn init(ctx: &mut Context) {
    let prototype = ctx.realm.string_prototype;
    constructor(ctx, "String", 1, string_constructor, prototype);
    let iterator_symbol = ctx.symbols.iterator;
    ObjectBuilder::new(ctx, prototype)
        .method("toString", 0, to_string)
        .method("valueOf", 0, value_of)
        .symbol_method(iterator_symbol, 0, iterator);
    let iterator_key = PropertyKey::Symbol(iterator_symbol);
    let iterator_function = match crate::object::ops::own_lookup(ctx, prototype, iterator_key) {
        Some(crate::object::OwnProperty::Data { value, .. }) => value.as_object(),
        _ => None,
    };
    match iterator_function {
        Some(function) => ctx.realm.string_iterator = function,
        None => crate::util::fatal("String.prototype[Symbol.iterator] missing"),
    }
}

/// String ( value ) (§22.1.1.1).
fn string_constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let value = call.arg(0);
    let string = if call.args.is_empty() {
        ctx.atoms.empty
    } else if !call.is_construct() && value.is_symbol() {
        let text = value.as_symbol().map(|symbol| symbol.get().descriptive_string()).unwrap_or_default();
        crate::string::from_str(ctx, &text)
    } else {
        conv::to_string(ctx, value)?
    };
    if !call.is_construct() {
        return Ok(Value::string(string));
    }
    let default = ctx.realm.string_prototype;
    let prototype = function::prototype_from_constructor(ctx, call.new_target, default)?;
    let shape = ctx.root_shape;
    Ok(Value::object(ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::String(string)))))
}

/// thisStringValue (§22.1.3.35.1).
fn this_string(ctx: &mut Context, value: Value, method: &str) -> JsResult<Gc<JsString>> {
    if let Some(string) = value.as_string() {
        return Ok(string);
    }
    if let Some(object) = value.as_object() {
        if let ObjectKind::String(string) = *object.get().kind() {
            return Ok(string);
        }
    }
    ctx.throw_type_error(&format!("String.prototype.{method} requires that 'this' be a String"))
}

/// String.prototype.toString (§22.1.3.28).
fn to_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::string(this_string(ctx, call.this, "toString")?))
}

/// String.prototype.valueOf (§22.1.3.35).
fn value_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::string(this_string(ctx, call.this, "valueOf")?))
}

/// String.prototype[@@iterator] (§22.1.3.36).
fn iterator(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if call.this.is_nullish() {
        return ctx.throw_type_error("String.prototype[Symbol.iterator] called on null or undefined");
    }
    let string = conv::to_string(ctx, call.this)?;
    Ok(iteration::create_string_iterator(ctx, string))
}

