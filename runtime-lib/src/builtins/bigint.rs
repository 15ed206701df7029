//! `BigInt` (§21.2): the function (not a constructor), BigInt.asIntN/asUintN, and
//! BigInt.prototype.toString/toLocaleString/valueOf. The values themselves are `crate::bigint`.

use super::builder::{constructor, ObjectBuilder};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::object::function::NativeCall;
use crate::object::{Attributes, ObjectKind, PropertyKey};
use crate::value::{conv, Value};

/// Installs `BigInt` and BigInt.prototype.
pub fn init(ctx: &mut Context) {
    let prototype = ctx.new_object();
    ctx.realm.bigint_prototype = prototype;
    let function = constructor(ctx, "BigInt", 1, bigint_function, prototype);
    ObjectBuilder::new(ctx, function).method("asIntN", 2, as_int_n).method("asUintN", 2, as_uint_n);
    ObjectBuilder::new(ctx, prototype)
        .method("toLocaleString", 0, to_locale_string)
        .method("toString", 0, to_string)
        .method("valueOf", 0, value_of);
    let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);
    let tag = crate::string::from_str(ctx, "BigInt");
    crate::object::ops::define_fresh(ctx, prototype, tag_key, Value::string(tag), Attributes::data(false, false, true));
}

/// BigInt ( value ) (§21.2.1.1).
fn bigint_function(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if call.is_construct() {
        return ctx.throw_type_error("BigInt is not a constructor");
    }
    let primitive = conv::to_primitive(ctx, call.arg(0), conv::Hint::Number)?;
    if let Some(number) = primitive.as_number() {
        return crate::bigint::number_to_bigint(ctx, number);
    }
    to_bigint(ctx, primitive)
}

/// ToBigInt (§7.1.13).
pub fn to_bigint(ctx: &mut Context, value: Value) -> JsResult<Value> {
    let primitive = conv::to_primitive(ctx, value, conv::Hint::Number)?;
    if primitive.is_bigint() {
        return Ok(primitive);
    }
    if let Some(boolean) = primitive.as_boolean() {
        return Ok(crate::bigint::new(ctx, num_bigint::BigInt::from(boolean as u8)));
    }
    if let Some(string) = primitive.as_string() {
        let text = string.get().to_rust_string();
        return match crate::bigint::string_to_bigint(&text) {
            Some(value) => Ok(crate::bigint::new(ctx, value)),
            None => ctx.throw_syntax_error(&format!("Cannot convert {text} to a BigInt")),
        };
    }
    if let Some(number) = primitive.as_number() {
        let text = crate::value::number::to_rust_string(number);
        return ctx.throw_type_error(&format!("Cannot convert {text} to a BigInt"));
    }
    if primitive.is_symbol() {
        return ctx.throw_type_error("Cannot convert Symbol() to a BigInt");
    }
    let text = conv::to_string(ctx, primitive)?.get().to_rust_string();
    ctx.throw_type_error(&format!("Cannot convert {text} to a BigInt"))
}

fn bits_argument(ctx: &mut Context, value: Value) -> JsResult<u64> {
    let bits = conv::to_integer_or_infinity(ctx, value)?;
    if !(0.0..=9_007_199_254_740_991.0).contains(&bits) {
        return ctx.throw_range_error("Invalid value: not (convertible to) a safe integer");
    }
    Ok(bits as u64)
}

/// BigInt.asIntN ( bits, bigint ) (§21.2.2.1).
fn as_int_n(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let bits = bits_argument(ctx, call.arg(0))?;
    let value = to_bigint(ctx, call.arg(1))?;
    if bits > 1 << 30 {
        return Ok(value);
    }
    let wrapped = crate::bigint::as_int_n(bits, crate::bigint::of(value));
    Ok(crate::bigint::new(ctx, wrapped))
}

/// BigInt.asUintN ( bits, bigint ) (§21.2.2.2).
fn as_uint_n(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let bits = bits_argument(ctx, call.arg(0))?;
    let value = to_bigint(ctx, call.arg(1))?;
    if bits > 1 << 30 {
        if crate::bigint::of(value).sign() == num_bigint::Sign::Minus {
            return ctx.throw_range_error("Maximum BigInt size exceeded");
        }
        return Ok(value);
    }
    let wrapped = crate::bigint::as_uint_n(bits, crate::bigint::of(value));
    Ok(crate::bigint::new(ctx, wrapped))
}

/// thisBigIntValue (§21.2.3.4.1).
fn this_bigint(ctx: &mut Context, value: Value, method: &str) -> JsResult<Value> {
    if value.is_bigint() {
        return Ok(value);
    }
    if let Some(object) = value.as_object() {
        if let ObjectKind::BigInt(inner) = *object.get().kind() {
            return Ok(inner);
        }
    }
    ctx.throw_type_error(&format!("BigInt.prototype.{method} requires that 'this' be a BigInt"))
}

/// BigInt.prototype.toString ( [ radix ] ) (§21.2.3.3).
fn to_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let value = this_bigint(ctx, call.this, "toString")?;
    let radix = if call.arg(0).is_undefined() { 10.0 } else { conv::to_integer_or_infinity(ctx, call.arg(0))? };
    if !(2.0..=36.0).contains(&radix) {
        return ctx.throw_range_error("toString() radix must be between 2 and 36");
    }
    let text = crate::bigint::to_string_radix(crate::bigint::of(value), radix as u32);
    Ok(Value::string(crate::string::from_str(ctx, &text)))
}

/// BigInt.prototype.toLocaleString ( [ locales [ , options ] ] ) (ECMA-402 §20.3.1): formats
/// through `Intl.NumberFormat`.
fn to_locale_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let value = this_bigint(ctx, call.this, "toLocaleString")?;
    super::intl_link::bigint_to_locale_string(ctx, value, call.arg(0), call.arg(1))
}

/// BigInt.prototype.valueOf (§21.2.3.4).
fn value_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    this_bigint(ctx, call.this, "valueOf")
}
