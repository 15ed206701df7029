//! `Number` (§21.1): the constructor, Number.prototype.toString/valueOf and the constant
//! statics. The other methods and statics are added here.

use super::builder::{constructor, ObjectBuilder};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::object::function::{self, NativeCall};
use crate::object::{Attributes, JsObject, ObjectKind};
use crate::value::{conv, Value};

/// Installs `Number` and the core of Number.prototype.
pub fn init(ctx: &mut Context) {
    let prototype = ctx.realm.number_prototype;
    let number_constructor = constructor(ctx, "Number", 1, number_constructor, prototype);
    ObjectBuilder::new(ctx, prototype).method("toString", 1, to_string).method("valueOf", 0, value_of);
    ObjectBuilder::new(ctx, number_constructor)
        .property("NaN", Value::NAN, Attributes::NONE)
        .property("POSITIVE_INFINITY", Value::number(f64::INFINITY), Attributes::NONE)
        .property("NEGATIVE_INFINITY", Value::number(f64::NEG_INFINITY), Attributes::NONE)
        .property("MAX_SAFE_INTEGER", Value::number(9_007_199_254_740_991.0), Attributes::NONE)
        .property("MIN_SAFE_INTEGER", Value::number(-9_007_199_254_740_991.0), Attributes::NONE)
        .property("MAX_VALUE", Value::number(f64::MAX), Attributes::NONE)
        .property("MIN_VALUE", Value::number(5e-324), Attributes::NONE)
        .property("EPSILON", Value::number(f64::EPSILON), Attributes::NONE);
}

/// Number ( value ) (§21.1.1.1).
fn number_constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let number = if call.args.is_empty() {
        0.0
    } else {
        let numeric = conv::to_numeric(ctx, call.arg(0))?;
        match numeric.as_number() {
            Some(number) => number,
            None => crate::bigint::to_f64(crate::bigint::of(numeric)),
        }
    };
    if !call.is_construct() {
        return Ok(Value::number(number));
    }
    let default = ctx.realm.number_prototype;
    let prototype = function::prototype_from_constructor(ctx, call.new_target, default)?;
    let shape = ctx.root_shape;
    Ok(Value::object(ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::Number(number)))))
}

/// thisNumberValue (§21.1.3.7.1), with V8's message naming the method.
pub(super) fn this_number(ctx: &mut Context, value: Value, method: &str) -> JsResult<f64> {
    if let Some(number) = value.as_number() {
        return Ok(number);
    }
    if let Some(object) = value.as_object() {
        if let ObjectKind::Number(number) = *object.get().kind() {
            return Ok(number);
        }
    }
    ctx.throw_type_error(&format!("Number.prototype.{method} requires that 'this' be a Number"))
}

/// Number.prototype.toString (§21.1.3.6).
fn to_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let number = this_number(ctx, call.this, "toString")?;
    let radix = call.arg(0);
    if !radix.is_undefined() {
        let radix = conv::to_integer_or_infinity(ctx, radix)?;
        let radix = match crate::text::number::Radix::from_integer(radix) {
            Ok(radix) => radix,
            Err(error) => return ctx.throw_range_error(error.message),
        };
        let text = crate::text::number::number_to_string_radix(number, radix);
        return Ok(Value::string(crate::string::from_str(ctx, &text)));
    }
    Ok(Value::string(conv::number_to_string(ctx, number)))
}

/// Number.prototype.valueOf (§21.1.3.7).
fn value_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::number(this_number(ctx, call.this, "valueOf")?))
}
