//! Type conversions (ECMA-262 §7.1) and sameness (§7.2.10-11): ToPrimitive, ToBoolean,
//! ToNumber/ToNumeric, ToString, ToPropertyKey, ToObject, the integer conversions,
//! SameValue/SameValueZero.

use super::number;
use super::Value;
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::{function, ops, JsObject, ObjectKind, PropertyKey};
use crate::string::{self, JsString};

/// The preferred type of ToPrimitive.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Hint {
    /// No preference ("default").
    Default,
    /// "number".
    Number,
    /// "string".
    String,
}

/// ToBoolean (§7.1.2).
pub fn to_boolean(value: Value) -> bool {
    if let Some(number) = value.as_number() {
        return number != 0.0 && !number.is_nan();
    }
    if let Some(boolean) = value.as_boolean() {
        return boolean;
    }
    if let Some(string) = value.as_string() {
        return !string.get().is_empty();
    }
    if value.is_bigint() {
        return !crate::bigint::is_zero(value);
    }
    !value.is_nullish() && !value.is_hole()
}

/// ToPrimitive (§7.1.1): objects go through @@toPrimitive or valueOf/toString.
pub fn to_primitive(ctx: &mut Context, value: Value, hint: Hint) -> JsResult<Value> {
    let Some(object) = value.as_object() else { return Ok(value) };
    ctx.check_stack()?;
    let to_primitive_key = PropertyKey::Symbol(ctx.symbols.to_primitive);
    if let Some(exotic) = ops::get_method(ctx, value, to_primitive_key)? {
        let hint_name = match hint {
            Hint::Default => ctx.atoms.default,
            Hint::Number => ctx.atoms.number,
            Hint::String => ctx.atoms.string,
        };
        let result = function::call(ctx, exotic, value, &[Value::string(hint_name)])?;
        if result.is_object() {
            return ctx.throw_type_error("Cannot convert object to primitive value");
        }
        return Ok(result);
    }
    ordinary_to_primitive(ctx, object, if hint == Hint::String { Hint::String } else { Hint::Number })
}

/// OrdinaryToPrimitive (§7.1.1.1).
pub fn ordinary_to_primitive(ctx: &mut Context, object: Gc<JsObject>, hint: Hint) -> JsResult<Value> {
    let (first, second) = if hint == Hint::String {
        (ctx.atoms.to_string, ctx.atoms.value_of)
    } else {
        (ctx.atoms.value_of, ctx.atoms.to_string)
    };
    for name in [first, second] {
        let method = ops::get_property(ctx, object, PropertyKey::String(name))?;
        if method.is_callable() {
            let result = function::call(ctx, method, Value::object(object), &[])?;
            if !result.is_object() {
                return Ok(result);
            }
        }
    }
    ctx.throw_type_error("Cannot convert object to primitive value")
}

/// ToNumber (§7.1.4), as a double.
pub fn to_number(ctx: &mut Context, value: Value) -> JsResult<f64> {
    if let Some(number) = value.as_number() {
        return Ok(number);
    }
    let primitive = if value.is_object() { to_primitive(ctx, value, Hint::Number)? } else { value };
    primitive_to_number(ctx, primitive)
}

fn primitive_to_number(ctx: &mut Context, value: Value) -> JsResult<f64> {
    if let Some(number) = value.as_number() {
        return Ok(number);
    }
    if value.is_undefined() {
        return Ok(f64::NAN);
    }
    if value.is_null() {
        return Ok(0.0);
    }
    if let Some(boolean) = value.as_boolean() {
        return Ok(if boolean { 1.0 } else { 0.0 });
    }
    if let Some(string) = value.as_string() {
        return Ok(number::string_to_number(string.get().view()));
    }
    if value.is_symbol() {
        return ctx.throw_type_error("Cannot convert a Symbol value to a number");
    }
    if value.is_bigint() {
        return ctx.throw_type_error("Cannot convert a BigInt value to a number");
    }
    Ok(f64::NAN)
}

/// ToNumeric (§7.1.3): a number value (or a bigint value once bigints exist).
pub fn to_numeric(ctx: &mut Context, value: Value) -> JsResult<Value> {
    if value.is_number() {
        return Ok(value);
    }
    let primitive = to_primitive(ctx, value, Hint::Number)?;
    if primitive.is_bigint() {
        return Ok(primitive);
    }
    Ok(Value::number(primitive_to_number(ctx, primitive)?))
}

/// ToString (§7.1.17).
pub fn to_string(ctx: &mut Context, value: Value) -> JsResult<Gc<JsString>> {
    if let Some(string) = value.as_string() {
        return Ok(string);
    }
    let primitive = if value.is_object() { to_primitive(ctx, value, Hint::String)? } else { value };
    primitive_to_string(ctx, primitive)
}

fn primitive_to_string(ctx: &mut Context, value: Value) -> JsResult<Gc<JsString>> {
    if let Some(string) = value.as_string() {
        return Ok(string);
    }
    if let Some(number) = value.as_number() {
        return Ok(number_to_string(ctx, number));
    }
    if value.is_symbol() {
        return ctx.throw_type_error("Cannot convert a Symbol value to a string");
    }
    if value.is_bigint() {
        let text = crate::bigint::to_string_radix(crate::bigint::of(value), 10);
        return Ok(string::from_str(ctx, &text));
    }
    Ok(match value.as_boolean() {
        Some(true) => ctx.atoms.true_,
        Some(false) => ctx.atoms.false_,
        None if value.is_null() => ctx.atoms.null,
        None => ctx.atoms.undefined,
    })
}

/// Number::toString(n) as a string cell.
pub fn number_to_string(ctx: &mut Context, number: f64) -> Gc<JsString> {
    if number.fract() == 0.0 && (0.0..10.0).contains(&number) {
        return ctx.index_string(number as u32);
    }
    if number.is_nan() {
        return ctx.atoms.nan;
    }
    let text = number::to_rust_string(number);
    string::from_str(ctx, &text)
}

/// ToPropertyKey (§7.1.19).
pub fn to_property_key(ctx: &mut Context, value: Value) -> JsResult<PropertyKey> {
    if let Some(number) = value.as_number() {
        if number >= 0.0 && number < u32::MAX as f64 && number.fract() == 0.0 {
            if number != 0.0 || number.is_sign_positive() {
                return Ok(PropertyKey::Index(number as u32));
            }
            return Ok(PropertyKey::Index(0));
        }
    }
    if let Some(string) = value.as_string() {
        return Ok(ctx.key_from_string(string));
    }
    if let Some(symbol) = value.as_symbol() {
        return Ok(PropertyKey::Symbol(symbol));
    }
    let primitive = to_primitive(ctx, value, Hint::String)?;
    if let Some(symbol) = primitive.as_symbol() {
        return Ok(PropertyKey::Symbol(symbol));
    }
    let string = to_string(ctx, primitive)?;
    Ok(ctx.key_from_string(string))
}

/// ToObject (§7.1.18): wraps primitives; throws for null and undefined.
pub fn to_object(ctx: &mut Context, value: Value) -> JsResult<Gc<JsObject>> {
    if let Some(object) = value.as_object() {
        return Ok(object);
    }
    let (kind, prototype) = if let Some(string) = value.as_string() {
        (ObjectKind::String(string), ctx.realm.string_prototype)
    } else if let Some(number) = value.as_number() {
        (ObjectKind::Number(number), ctx.realm.number_prototype)
    } else if let Some(boolean) = value.as_boolean() {
        (ObjectKind::Boolean(boolean), ctx.realm.boolean_prototype)
    } else if let Some(symbol) = value.as_symbol() {
        (ObjectKind::Symbol(symbol), ctx.realm.symbol_prototype)
    } else if value.is_bigint() {
        (ObjectKind::BigInt(value), ctx.realm.bigint_prototype)
    } else {
        return ctx.throw_type_error("Cannot convert undefined or null to object");
    };
    let shape = ctx.root_shape;
    Ok(ctx.alloc(JsObject::new(shape, Some(prototype), kind)))
}

/// The spec's modulo-2^32 integer conversion of a double.
pub fn f64_to_uint32(number: f64) -> u32 {
    if !number.is_finite() {
        return 0;
    }
    let truncated = number.trunc();
    if truncated.abs() < 9.2e18 {
        return (truncated as i64) as u32;
    }
    let modulo = truncated.rem_euclid(4_294_967_296.0);
    modulo as u32
}

/// ToInt32 of a double (§7.1.6).
pub fn f64_to_int32(number: f64) -> i32 {
    f64_to_uint32(number) as i32
}

/// ToInt32 (§7.1.6).
pub fn to_int32(ctx: &mut Context, value: Value) -> JsResult<i32> {
    Ok(f64_to_int32(to_number(ctx, value)?))
}

/// ToUint32 (§7.1.7).
pub fn to_uint32(ctx: &mut Context, value: Value) -> JsResult<u32> {
    Ok(f64_to_uint32(to_number(ctx, value)?))
}

/// ToIntegerOrInfinity (§7.1.5).
pub fn to_integer_or_infinity(ctx: &mut Context, value: Value) -> JsResult<f64> {
    let number = to_number(ctx, value)?;
    if number.is_nan() {
        return Ok(0.0);
    }
    Ok(number.trunc() + 0.0)
}

/// ToLength (§7.1.20).
pub fn to_length(ctx: &mut Context, value: Value) -> JsResult<u64> {
    let integer = to_integer_or_infinity(ctx, value)?;
    if integer <= 0.0 {
        return Ok(0);
    }
    Ok(integer.min(9_007_199_254_740_991.0) as u64)
}

/// SameValue (§7.2.10): like `===` but NaN equals NaN and +0 differs from -0.
pub fn same_value(a: Value, b: Value) -> bool {
    if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
        return (x.is_nan() && y.is_nan()) || x.to_bits() == y.to_bits();
    }
    strict_equals(a, b)
}

/// SameValueZero (§7.2.11): like SameValue but +0 equals -0.
pub fn same_value_zero(a: Value, b: Value) -> bool {
    if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
        return (x.is_nan() && y.is_nan()) || x == y;
    }
    strict_equals(a, b)
}

/// IsStrictlyEqual (§7.2.15).
pub fn strict_equals(a: Value, b: Value) -> bool {
    if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
        return x == y;
    }
    if a == b {
        return true;
    }
    if a.is_bigint() && b.is_bigint() {
        return crate::bigint::equal(a, b);
    }
    match (a.as_string(), b.as_string()) {
        (Some(x), Some(y)) => x.get().content_eq(y.get()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(ctx: &mut Context, value: Value) -> String {
        to_string(ctx, value).expect("ToString succeeds").get().to_rust_string()
    }

    #[test]
    fn to_number_of_primitives() {
        let mut ctx = Context::new_for_tests();
        assert!(to_number(&mut ctx, Value::UNDEFINED).expect("number").is_nan());
        assert_eq!(to_number(&mut ctx, Value::NULL).expect("number"), 0.0);
        assert_eq!(to_number(&mut ctx, Value::TRUE).expect("number"), 1.0);
        let s = string::from_str(&mut ctx, " 0x10 ");
        assert_eq!(to_number(&mut ctx, Value::string(s)).expect("number"), 16.0);
        let symbol = crate::symbol::new_symbol(&mut ctx, Value::UNDEFINED);
        assert!(to_number(&mut ctx, Value::symbol(symbol)).is_err());
    }

    #[test]
    fn to_string_of_primitives_and_arrays() {
        let mut ctx = Context::new_for_tests();
        assert_eq!(text(&mut ctx, Value::number(-0.0)), "0");
        assert_eq!(text(&mut ctx, Value::number(1e21)), "1e+21");
        assert_eq!(text(&mut ctx, Value::NULL), "null");
        assert_eq!(text(&mut ctx, Value::UNDEFINED), "undefined");
        assert_eq!(text(&mut ctx, Value::FALSE), "false");
        let object = ctx.new_object();
        assert_eq!(text(&mut ctx, Value::object(object)), "[object Object]");
    }

    #[test]
    fn integer_conversions() {
        assert_eq!(f64_to_int32(4294967296.0 + 5.0), 5);
        assert_eq!(f64_to_int32(2147483648.0), -2147483648);
        assert_eq!(f64_to_int32(-1.9), -1);
        assert_eq!(f64_to_uint32(-1.0), 4294967295);
        assert_eq!(f64_to_int32(f64::NAN), 0);
        assert_eq!(f64_to_int32(f64::INFINITY), 0);
        assert_eq!(f64_to_int32(1e20), 1661992960);
        assert_eq!(f64_to_uint32(-1e20), 2632974336);
    }

    #[test]
    fn sameness() {
        assert!(same_value(Value::NAN, Value::NAN));
        assert!(!same_value(Value::number(0.0), Value::number(-0.0)));
        assert!(same_value_zero(Value::number(0.0), Value::number(-0.0)));
        assert!(!strict_equals(Value::NAN, Value::NAN));
        assert!(strict_equals(Value::number(0.0), Value::number(-0.0)));
    }

    #[test]
    fn property_keys() {
        let mut ctx = Context::new_for_tests();
        assert_eq!(to_property_key(&mut ctx, Value::number(3.0)).expect("key"), PropertyKey::Index(3));
        let s = string::from_str(&mut ctx, "7");
        assert_eq!(to_property_key(&mut ctx, Value::string(s)).expect("key"), PropertyKey::Index(7));
        let key = to_property_key(&mut ctx, Value::number(1.5)).expect("key");
        assert_eq!(key.display(), "1.5");
        let key = to_property_key(&mut ctx, Value::number(-0.0)).expect("key");
        assert_eq!(key, PropertyKey::Index(0));
    }
}
