//! `Boolean` (§20.3): the constructor and Boolean.prototype.toString/valueOf.

use super::builder::{constructor, ObjectBuilder};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::object::function::{self, NativeCall};
use crate::object::{JsObject, ObjectKind};
use crate::value::{conv, Value};

/// Installs `Boolean` and Boolean.prototype.
pub fn init(ctx: &mut Context) {
    let prototype = ctx.realm.boolean_prototype;
    constructor(ctx, "Boolean", 1, boolean_constructor, prototype);
    ObjectBuilder::new(ctx, prototype).method("toString", 0, to_string).method("valueOf", 0, value_of);
}

/// Boolean ( value ) (§20.3.1.1).
fn boolean_constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let value = conv::to_boolean(call.arg(0));
    if !call.is_construct() {
        return Ok(Value::boolean(value));
    }
    let default = ctx.realm.boolean_prototype;
    let prototype = function::prototype_from_constructor(ctx, call.new_target, default)?;
    let shape = ctx.root_shape;
    Ok(Value::object(ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::Boolean(value)))))
}

fn this_boolean(ctx: &mut Context, value: Value, method: &str) -> JsResult<bool> {
    if let Some(boolean) = value.as_boolean() {
        return Ok(boolean);
    }
    if let Some(object) = value.as_object() {
        if let ObjectKind::Boolean(boolean) = *object.get().kind() {
            return Ok(boolean);
        }
    }
    ctx.throw_type_error(&format!("Boolean.prototype.{method} requires that 'this' be a Boolean"))
}

/// Boolean.prototype.toString (§20.3.3.2).
fn to_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let value = this_boolean(ctx, call.this, "toString")?;
    Ok(Value::string(if value { ctx.atoms.true_ } else { ctx.atoms.false_ }))
}

/// Boolean.prototype.valueOf (§20.3.3.3).
fn value_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::boolean(this_boolean(ctx, call.this, "valueOf")?))
}
