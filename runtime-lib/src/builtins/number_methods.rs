//! The rest of `Number` (§21.1) beyond the core in `number.rs`: the statics isFinite,
//! isInteger, isNaN and isSafeInteger (parseFloat and parseInt are installed by
//! `global_functions.rs`, which owns those function objects), and Number.prototype.toFixed,
//! toExponential, toPrecision and toLocaleString.
//!
//! The digits come from `text::number`; this module only does the JS-side coercions in the
//! spec's order and turns range failures into RangeErrors. toLocaleString formats with
//! `Intl.NumberFormat` (`builtins::intl`).

use super::iterator::method_of;
use super::number::this_number;
use super::operations::install_methods;
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::object::function::NativeCall;
use crate::text::number::{self as format, RangeError};
use crate::value::{conv, Value};

/// Installs the Number statics and Number.prototype methods not in `number.rs`.
pub fn init(ctx: &mut Context) {
    let prototype = ctx.realm.number_prototype;
    let number_constructor = method_of(ctx, prototype, "constructor");
    install_methods(
        ctx,
        number_constructor,
        &[
            ("isFinite", 1, is_finite),
            ("isInteger", 1, is_integer),
            ("isNaN", 1, is_nan),
            ("isSafeInteger", 1, is_safe_integer),
        ],
    );
    install_methods(
        ctx,
        prototype,
        &[
            ("toExponential", 1, to_exponential),
            ("toFixed", 1, to_fixed),
            ("toPrecision", 1, to_precision),
            ("toLocaleString", 0, to_locale_string),
        ],
    );
}

/// Number.isFinite ( number ) (§21.1.2.2): no coercion.
fn is_finite(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::boolean(call.arg(0).as_number().is_some_and(f64::is_finite)))
}

/// Number.isInteger ( number ) (§21.1.2.3): IsIntegralNumber, no coercion.
fn is_integer(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::boolean(call.arg(0).as_number().is_some_and(is_integral)))
}

/// Number.isNaN ( number ) (§21.1.2.4): no coercion.
fn is_nan(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::boolean(call.arg(0).as_number().is_some_and(f64::is_nan)))
}

/// Number.isSafeInteger ( number ) (§21.1.2.5).
fn is_safe_integer(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let safe = call.arg(0).as_number().is_some_and(|number| is_integral(number) && number.abs() <= 9_007_199_254_740_991.0);
    Ok(Value::boolean(safe))
}

/// IsIntegralNumber (§7.2.6).
fn is_integral(number: f64) -> bool {
    number.is_finite() && number.trunc() == number
}

/// Turns a `text::number` result into a string value or a RangeError.
fn string_or_range_error(ctx: &mut Context, result: Result<String, RangeError>) -> JsResult<Value> {
    match result {
        Ok(text) => Ok(Value::string(crate::string::from_str(ctx, &text))),
        Err(error) => ctx.throw_range_error(error.message),
    }
}

/// ToIntegerOrInfinity of an optional digits argument: None when undefined.
fn optional_integer(ctx: &mut Context, value: Value) -> JsResult<Option<f64>> {
    if value.is_undefined() {
        return Ok(None);
    }
    Ok(Some(conv::to_integer_or_infinity(ctx, value)?))
}

/// Number.prototype.toExponential ( fractionDigits ) (§21.1.3.2).
fn to_exponential(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let number = this_number(ctx, call.this, "toExponential")?;
    let digits = optional_integer(ctx, call.arg(0))?;
    string_or_range_error(ctx, format::to_exponential(number, digits))
}

/// Number.prototype.toFixed ( fractionDigits ) (§21.1.3.3).
fn to_fixed(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let number = this_number(ctx, call.this, "toFixed")?;
    let digits = conv::to_integer_or_infinity(ctx, call.arg(0))?;
    string_or_range_error(ctx, format::to_fixed(number, digits))
}

/// Number.prototype.toPrecision ( precision ) (§21.1.3.5).
fn to_precision(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let number = this_number(ctx, call.this, "toPrecision")?;
    let precision = optional_integer(ctx, call.arg(0))?;
    string_or_range_error(ctx, format::to_precision(number, precision))
}

/// Number.prototype.toLocaleString ( [ locales [ , options ] ] ) (ECMA-402 §20.1.1): formats
/// through `Intl.NumberFormat` (`builtins::intl`).
fn to_locale_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let number = this_number(ctx, call.this, "toLocaleString")?;
    super::intl_link::number_to_locale_string(ctx, number, call.arg(0), call.arg(1))
}

