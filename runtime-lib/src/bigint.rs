//! BigInt values: immutable [`JsBigInt`] cells holding a `num_bigint::BigInt`, and the
//! BigInt:: operations of ECMA-262 §6.1.6.2 (arithmetic, bitwise on two's complement, shifts,
//! comparison with numbers, StringToBigInt, NumberToBigInt, toString with a radix).

use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::{CellHeader, CellKind, CellType, Gc, Trace, Tracer};
use crate::value::ops::NumericOp;
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// A BigInt cell.
#[repr(C)]
pub struct JsBigInt {
    header: CellHeader,
    /// The mathematical value.
    pub value: BigInt,
}

// SAFETY: repr(C) with the header first; gc/trace.rs finalizes BigInt cells as `JsBigInt`.
unsafe impl CellType for JsBigInt {
    const KIND: CellKind = CellKind::BigInt;
}

impl Trace for JsBigInt {
    fn trace(&self, _tracer: &mut Tracer) {}
}

/// A BigInt value holding `value`.
pub fn new(ctx: &mut Context, value: BigInt) -> Value {
    let cell = ctx.alloc(JsBigInt { header: CellHeader::new(CellKind::BigInt), value });
    Value::bigint(cell)
}

/// The mathematical value of a BigInt value (callers check `is_bigint`).
pub fn of(value: Value) -> &'static BigInt {
    let cell: Gc<JsBigInt> = value.as_bigint().expect("a BigInt value");
    &cell.get().value
}

/// Parses the text of a BigInt literal (`123`, `0x1f`, `0o17`, `0b101`; separators removed).
pub fn parse_literal(text: &str) -> Option<BigInt> {
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(rest) = lower.strip_prefix("0x") {
        (rest, 16)
    } else if let Some(rest) = lower.strip_prefix("0o") {
        (rest, 8)
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (rest, 2)
    } else {
        (lower.as_str(), 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// StringToBigInt (§7.1.14): whitespace-trimmed decimal, or 0x/0o/0b; empty is 0n; else None.
pub fn string_to_bigint(text: &str) -> Option<BigInt> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let trimmed = String::from_utf16_lossy(crate::text::whitespace::trim(&units));
    let trimmed = trimmed.as_str();
    if trimmed.is_empty() {
        return Some(BigInt::zero());
    }
    let lower = trimmed.to_ascii_lowercase();
    if lower.starts_with("0x") || lower.starts_with("0o") || lower.starts_with("0b") {
        let digits = &lower[2..];
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        return parse_literal(&lower);
    }
    let (negative, digits) = match trimmed.as_bytes()[0] {
        b'-' => (true, &trimmed[1..]),
        b'+' => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value = BigInt::parse_bytes(digits.as_bytes(), 10)?;
    Some(if negative { -value } else { value })
}

/// NumberToBigInt (§21.2.1.1.1): RangeError unless an integral number.
pub fn number_to_bigint(ctx: &mut Context, number: f64) -> JsResult<Value> {
    if !number.is_finite() || number.fract() != 0.0 {
        let text = crate::value::number::to_rust_string(number);
        return ctx.throw_range_error(&format!("The number {text} cannot be converted to a BigInt because it is not an integer"));
    }
    let value = from_integral_f64(number);
    Ok(new(ctx, value))
}

/// The exact integer of an integral finite double.
fn from_integral_f64(number: f64) -> BigInt {
    if number.abs() < 9.007_199_254_740_992e15 {
        return BigInt::from(number as i64);
    }
    let bits = number.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mantissa = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let magnitude = BigInt::from(mantissa) << (exponent as usize);
    if number < 0.0 {
        -magnitude
    } else {
        magnitude
    }
}

/// The number nearest to a BigInt (Number(bigint)), rounding ties to even.
pub fn to_f64(value: &BigInt) -> f64 {
    value.to_f64().unwrap_or(f64::NAN)
}

/// BigInt::toString(x, radix).
pub fn to_string_radix(value: &BigInt, radix: u32) -> String {
    value.to_str_radix(radix)
}

/// `a + b` of two BigInts.
pub fn add(ctx: &mut Context, a: Value, b: Value) -> Value {
    let sum = of(a) + of(b);
    new(ctx, sum)
}

/// A numeric operator on two BigInts (§6.1.6.2).
pub fn numeric(ctx: &mut Context, op: NumericOp, a: Value, b: Value) -> JsResult<Value> {
    let (x, y) = (of(a), of(b));
    let result = match op {
        NumericOp::Sub => x - y,
        NumericOp::Mul => x * y,
        NumericOp::Div => {
            if y.is_zero() {
                return ctx.throw_range_error("Division by zero");
            }
            x / y
        }
        NumericOp::Rem => {
            if y.is_zero() {
                return ctx.throw_range_error("Division by zero");
            }
            x % y
        }
        NumericOp::Exp => {
            if y.is_negative() {
                // V8's message names no operand: "undefined must be positive".
                return ctx.throw_range_error("undefined must be positive");
            }
            if x.is_zero() || x.is_one() || y.is_zero() {
                if y.is_zero() {
                    BigInt::one()
                } else {
                    x.clone()
                }
            } else if *x == BigInt::from(-1) {
                if y.is_even() {
                    BigInt::one()
                } else {
                    x.clone()
                }
            } else {
                let Some(exponent) = y.to_u32().filter(|e| *e <= 1 << 30) else {
                    return ctx.throw_range_error("Maximum BigInt size exceeded");
                };
                num_traits::pow::Pow::pow(x, exponent)
            }
        }
        NumericOp::Shl => shift_left(ctx, x, y)?,
        NumericOp::Sar => {
            let negated = -y;
            shift_left(ctx, x, &negated)?
        }
        NumericOp::Shr => return ctx.throw_type_error("BigInts have no unsigned right shift, use >> instead"),
        NumericOp::BitAnd => x & y,
        NumericOp::BitOr => x | y,
        NumericOp::BitXor => x ^ y,
    };
    Ok(new(ctx, result))
}

/// BigInt::leftShift: a negative count shifts right, rounding toward -infinity.
fn shift_left(ctx: &mut Context, x: &BigInt, count: &BigInt) -> JsResult<BigInt> {
    if count.is_negative() {
        let amount = (-count).to_usize().unwrap_or(usize::MAX);
        if amount >= x.bits() as usize + 1 {
            return Ok(if x.is_negative() { BigInt::from(-1) } else { BigInt::zero() });
        }
        return Ok(x >> amount);
    }
    match count.to_usize().filter(|c| *c <= 1 << 30) {
        Some(amount) => Ok(x << amount),
        None if x.is_zero() => Ok(BigInt::zero()),
        None => ctx.throw_range_error("Maximum BigInt size exceeded"),
    }
}

/// `-x`.
pub fn negate(ctx: &mut Context, a: Value) -> Value {
    let value = -of(a);
    new(ctx, value)
}

/// `~x` = -x - 1.
pub fn bitwise_not(ctx: &mut Context, a: Value) -> Value {
    let value = -of(a) - BigInt::one();
    new(ctx, value)
}

/// `x + delta` for `++`/`--`.
pub fn add_small(ctx: &mut Context, a: Value, delta: i64) -> Value {
    let value = of(a) + BigInt::from(delta);
    new(ctx, value)
}

/// BigInt::equal.
pub fn equal(a: Value, b: Value) -> bool {
    of(a) == of(b)
}

/// Compares a BigInt with a number (None when the number is NaN).
pub fn compare_with_number(a: &BigInt, number: f64) -> Option<Ordering> {
    if number.is_nan() {
        return None;
    }
    if number == f64::INFINITY {
        return Some(Ordering::Less);
    }
    if number == f64::NEG_INFINITY {
        return Some(Ordering::Greater);
    }
    let floor = number.floor();
    let integral = from_integral_f64(floor);
    match a.cmp(&integral) {
        Ordering::Equal if number > floor => Some(Ordering::Less),
        ordering => Some(ordering),
    }
}

/// BigInt.asIntN(bits, x): x wrapped to a signed `bits`-bit integer.
pub fn as_int_n(bits: u64, value: &BigInt) -> BigInt {
    if bits == 0 {
        return BigInt::zero();
    }
    let modulus = BigInt::one() << bits as usize;
    let wrapped = value.mod_floor(&modulus);
    let half = BigInt::one() << (bits as usize - 1);
    if wrapped >= half {
        wrapped - modulus
    } else {
        wrapped
    }
}

/// BigInt.asUintN(bits, x): x modulo 2^bits.
pub fn as_uint_n(bits: u64, value: &BigInt) -> BigInt {
    if bits == 0 {
        return BigInt::zero();
    }
    let modulus = BigInt::one() << bits as usize;
    value.mod_floor(&modulus)
}

/// Whether a BigInt is 0n (ToBoolean).
pub fn is_zero(value: Value) -> bool {
    of(value).is_zero()
}

/// A hash of the value (Map and Set keys compare BigInts by value).
pub fn hash(value: Value) -> u64 {
    let (sign, digits) = of(value).to_u64_digits();
    let mut h: u64 = if sign == Sign::Minus { 0x9e37_79b9_7f4a_7c15 } else { 0 };
    for digit in digits {
        h = (h.rotate_left(5) ^ digit).wrapping_mul(0x100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_and_strings_parse() {
        assert_eq!(parse_literal("0x1F"), Some(BigInt::from(31)));
        assert_eq!(parse_literal("0b101"), Some(BigInt::from(5)));
        assert_eq!(string_to_bigint("  -42 "), Some(BigInt::from(-42)));
        assert_eq!(string_to_bigint(""), Some(BigInt::zero()));
        assert_eq!(string_to_bigint("1.5"), None);
        assert_eq!(string_to_bigint("-0x10"), None);
    }

    #[test]
    fn wrapping_matches_the_spec() {
        assert_eq!(as_int_n(8, &BigInt::from(255)), BigInt::from(-1));
        assert_eq!(as_uint_n(8, &BigInt::from(-1)), BigInt::from(255));
        assert_eq!(as_int_n(64, &(BigInt::one() << 63usize)), -(BigInt::one() << 63usize));
    }

    #[test]
    fn compares_with_numbers() {
        assert_eq!(compare_with_number(&BigInt::from(1), 1.5), Some(Ordering::Less));
        assert_eq!(compare_with_number(&BigInt::from(2), 1.5), Some(Ordering::Greater));
        assert_eq!(compare_with_number(&BigInt::from(-2), -1.5), Some(Ordering::Less));
        assert_eq!(compare_with_number(&BigInt::from(3), 3.0), Some(Ordering::Equal));
        assert_eq!(from_integral_f64(2f64.powi(70)), BigInt::one() << 70usize);
    }
}
