//! The rest of `Number` (§21.1) beyond the core in `number.rs`: the statics isFinite,
//! isInteger, isNaN and isSafeInteger (parseFloat and parseInt are installed by
//! `global_functions.rs`, which owns those function objects), and Number.prototype.toFixed,
//! toExponential, toPrecision and toLocaleString.
//!
//! The digits come from `text::number`; this module only does the JS-side coercions in the
//! spec's order and turns range failures into RangeErrors. toLocaleString formats as node's
//! default locale (en-US) does; other locales and options are not supported yet.

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

/// Number.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ) (§21.1.3.4, ECMA-402
/// §16.4.1) in node's default locale: see [`format_en_us`].
fn to_locale_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let number = this_number(ctx, call.this, "toLocaleString")?;
    let text = format_en_us(number);
    Ok(Value::string(crate::string::from_str(ctx, &text)))
}

/// Formats `value` as `Intl.NumberFormat("en-US")` does by default: the shortest round-trip
/// decimal digits rounded half away from zero to at most 3 fraction digits, trailing zeros
/// dropped, the integer part grouped by threes with commas, `∞` for infinities, and the sign
/// kept on values (even -0) that round to zero.
pub fn format_en_us(value: f64) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value.is_infinite() {
        return format!("{sign}∞");
    }
    // `{:e}` prints the shortest digits that round-trip: "1.2345e3", "5e-324".
    let scientific = format!("{:e}", value.abs());
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).map(|digit| digit - b'0').collect();
    // Position of the decimal point within `digits`, padded so it falls inside them.
    let mut point = exponent + 1;
    if point <= 0 {
        let padding = (1 - point) as usize;
        digits.splice(0..0, std::iter::repeat_n(0, padding));
        point = 1;
    }
    let point = point as usize;
    if digits.len() < point {
        digits.resize(point, 0);
    }
    let keep = point + 3;
    if digits.len() > keep {
        let round_up = digits[keep] >= 5;
        digits.truncate(keep);
        if round_up {
            let mut index = keep;
            loop {
                if index == 0 {
                    digits.insert(0, 1);
                    return group_en_us(sign, &digits, point + 1);
                }
                index -= 1;
                if digits[index] == 9 {
                    digits[index] = 0;
                } else {
                    digits[index] += 1;
                    break;
                }
            }
        }
    }
    group_en_us(sign, &digits, point)
}

/// `digits` with the point after `point` digits: integer part grouped, fraction without
/// trailing zeros.
fn group_en_us(sign: &str, digits: &[u8], point: usize) -> String {
    let (integer, fraction) = digits.split_at(point);
    let first_nonzero = integer.iter().position(|&digit| digit != 0).unwrap_or(integer.len().saturating_sub(1));
    let integer = &integer[first_nonzero.min(integer.len().saturating_sub(1))..];
    let fraction_end = fraction.iter().rposition(|&digit| digit != 0).map_or(0, |last| last + 1);
    let mut out = String::from(sign);
    for (index, &digit) in integer.iter().enumerate() {
        if index > 0 && (integer.len() - index) % 3 == 0 {
            out.push(',');
        }
        out.push(char::from(b'0' + digit));
    }
    if integer.is_empty() {
        out.push('0');
    }
    if fraction_end > 0 {
        out.push('.');
        out.extend(fraction[..fraction_end].iter().map(|&digit| char::from(b'0' + digit)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::format_en_us;

    #[test]
    fn en_us_matches_node() {
        let cases: [(f64, &str); 22] = [
            (1234567.891, "1,234,567.891"),
            (1.0005, "1.001"),
            (0.0005, "0.001"),
            (2.5e-7, "0"),
            (1e21, "1,000,000,000,000,000,000,000"),
            (123456789012345680000.0, "123,456,789,012,345,680,000"),
            (f64::INFINITY, "∞"),
            (f64::NEG_INFINITY, "-∞"),
            (-0.0, "-0"),
            (0.0, "0"),
            (-1234.5678, "-1,234.568"),
            (0.1 + 0.2, "0.3"),
            (999.9995, "1,000"),
            (999.9994999, "999.999"),
            (12.0, "12"),
            (1234.0, "1,234"),
            (-0.0001, "-0"),
            (5e-324, "0"),
            (1.2345e25, "12,345,000,000,000,000,000,000,000"),
            (0.5, "0.5"),
            (1.0045, "1.005"),
            (100.0, "100"),
        ];
        for (value, expected) in cases {
            assert_eq!(format_en_us(value), expected, "{value}");
        }
        assert_eq!(format_en_us(f64::NAN), "NaN");
    }
}
