//! Exact conversions between JS numbers and strings: `Number::toString`, the radix, fixed,
//! exponential and precision formats of `Number.prototype`, `StringToNumber`, `parseInt` and
//! `parseFloat`.
//!
//! Everything here takes and returns plain Rust values; the built-ins do the JS-side coercions
//! (`ToIntegerOrInfinity`, `ToInt32`, `ToString`) first and turn a [`RangeError`] into a thrown
//! `RangeError` with its message. Where the spec leaves room, we match V8 (node v20) digit for
//! digit. This module must not know about the heap or the object model.

use super::decimal::Decimal;
use super::whitespace::{trim, trim_start};

/// A range check failed; `message` is node's text for the `RangeError` the caller throws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RangeError {
    /// The message node v20 puts on the thrown `RangeError`.
    pub message: &'static str,
}

/// A radix in 2..=36, as `Number.prototype.toString` accepts (ECMA-262 21.1.3.6 step 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Radix(u32);

impl Radix {
    /// Radix 10, what `toString()` uses when no radix is given.
    pub const DECIMAL: Radix = Radix(10);

    /// Checks a radix that has been through `ToIntegerOrInfinity` (ECMA-262 21.1.3.6 step 5),
    /// failing with node's message when it is outside 2..=36.
    pub fn from_integer(radix: f64) -> Result<Radix, RangeError> {
        if (2.0..=36.0).contains(&radix) {
            Ok(Radix(radix as u32))
        } else {
            Err(RangeError {
                message: "toString() radix argument must be between 2 and 36",
            })
        }
    }

    /// The radix as a number in 2..=36.
    pub fn get(self) -> u32 {
        self.0
    }
}

/// `Number::toString(x)` with radix 10 (ECMA-262 6.1.6.1.20): `NaN`, `Infinity`, `0` for -0,
/// the shortest round-tripping digits, and exponent form outside 1e-7 ≤ |x| < 1e21.
pub fn number_to_string(value: f64) -> String {
    if value == 0.0 {
        return "0".to_string();
    }
    if value.fract() == 0.0 && value.abs() < 9_007_199_254_740_992.0 {
        return (value as i64).to_string();
    }
    ryu_js::Buffer::new().format(value).to_string()
}

/// `Number::toString(x)` for an `i32`, the fast path for small integers.
pub fn int_to_string(value: i32) -> String {
    value.to_string()
}

/// `Number::toString(x, radix)` (ECMA-262 6.1.6.1.20) for any radix, digit for digit as V8's
/// `DoubleToRadixCString`: fraction digits are produced only up to the precision of the double,
/// rounding the last one to even.
pub fn number_to_string_radix(value: f64, radix: Radix) -> String {
    if radix == Radix::DECIMAL {
        return number_to_string(value);
    }
    if value.is_nan() {
        return "NaN".to_string();
    }
    if value.is_infinite() {
        return if value < 0.0 { "-Infinity" } else { "Infinity" }.to_string();
    }
    double_to_radix_string(value, radix.get())
}

/// `Number.prototype.toFixed` (ECMA-262 21.1.3.3) after `ToIntegerOrInfinity(fractionDigits)`:
/// exact decimal rounding, ties away from zero, so `(1.005).toFixed(2)` is `1.00` and
/// `(1e21).toFixed(2)` is `1e+21`.
pub fn to_fixed(value: f64, fraction_digits: f64) -> Result<String, RangeError> {
    // Steps 4-5: the range check comes before the non-finite check.
    if !(0.0..=100.0).contains(&fraction_digits) {
        return Err(RangeError {
            message: "toFixed() digits argument must be between 0 and 100",
        });
    }
    let fraction_digits = fraction_digits as usize;
    // Steps 6 and 10: non-finite values and values ≥ 10^21 print as Number::toString.
    if !value.is_finite() || value.abs() >= 1e21 {
        return Ok(number_to_string(value));
    }
    // Step 9: -0 is not below zero, so it prints without a sign.
    let mut out = String::new();
    if value < 0.0 {
        out.push('-');
    }
    let magnitude = value.abs();
    // Step 11: n is the integer nearest magnitude × 10^f.
    let mut digits = if magnitude == 0.0 {
        vec![0]
    } else {
        Decimal::exact(magnitude).round_fixed(fraction_digits as i32)
    };
    if fraction_digits == 0 {
        push_digits(&mut out, &digits);
        return Ok(out);
    }
    if digits.len() <= fraction_digits {
        let mut padded = vec![0; fraction_digits + 1 - digits.len()];
        padded.extend_from_slice(&digits);
        digits = padded;
    }
    let integer_length = digits.len() - fraction_digits;
    push_digits(&mut out, &digits[..integer_length]);
    out.push('.');
    push_digits(&mut out, &digits[integer_length..]);
    Ok(out)
}

/// `Number.prototype.toExponential` (ECMA-262 21.1.3.2) after `ToIntegerOrInfinity`;
/// `None` means `fractionDigits` was undefined: as many digits as needed to round-trip.
pub fn to_exponential(value: f64, fraction_digits: Option<f64>) -> Result<String, RangeError> {
    // Step 4: non-finite values print before the range check.
    if !value.is_finite() {
        return Ok(number_to_string(value));
    }
    if fraction_digits.is_some_and(|digits| !(0.0..=100.0).contains(&digits)) {
        return Err(RangeError {
            message: "toExponential() argument must be between 0 and 100",
        });
    }
    let mut out = String::new();
    if value < 0.0 {
        out.push('-');
    }
    let magnitude = value.abs();
    let (digits, exponent) = if magnitude == 0.0 {
        // Step 9.
        (
            vec![0; fraction_digits.map_or(0, |digits| digits as usize) + 1],
            0,
        )
    } else if let Some(fraction_digits) = fraction_digits {
        let (digits, point) =
            Decimal::exact(magnitude).round_significant(fraction_digits as usize + 1);
        (digits, point - 1)
    } else {
        let shortest = Decimal::shortest(magnitude);
        let exponent = shortest.point - 1;
        (shortest.digits, exponent)
    };
    push_exponential(&mut out, &digits, exponent);
    Ok(out)
}

/// `Number.prototype.toPrecision` (ECMA-262 21.1.3.5) after `ToIntegerOrInfinity`; `None`
/// means `precision` was undefined, which prints as `Number::toString`.
pub fn to_precision(value: f64, precision: Option<f64>) -> Result<String, RangeError> {
    let Some(precision) = precision else {
        return Ok(number_to_string(value));
    };
    // Step 4: non-finite values print before the range check.
    if !value.is_finite() {
        return Ok(number_to_string(value));
    }
    if !(1.0..=100.0).contains(&precision) {
        return Err(RangeError {
            message: "toPrecision() argument must be between 1 and 100",
        });
    }
    let precision = precision as usize;
    let mut out = String::new();
    if value < 0.0 {
        out.push('-');
    }
    let magnitude = value.abs();
    let (digits, exponent) = if magnitude == 0.0 {
        (vec![0; precision], 0)
    } else {
        let (digits, point) = Decimal::exact(magnitude).round_significant(precision);
        (digits, point - 1)
    };
    // Step 10.c: exponent form when the exponent is below -6 or needs more digits than given.
    if exponent < -6 || exponent >= precision as i32 {
        push_exponential(&mut out, &digits, exponent);
        return Ok(out);
    }
    if exponent >= 0 {
        let integer_length = exponent as usize + 1;
        push_digits(&mut out, &digits[..integer_length]);
        if integer_length < precision {
            out.push('.');
            push_digits(&mut out, &digits[integer_length..]);
        }
    } else {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-(exponent + 1)) as usize));
        push_digits(&mut out, &digits);
    }
    Ok(out)
}

/// `StringToNumber` (ECMA-262 7.1.4.1.1): trims StrWhiteSpaceChar, empty is 0, accepts
/// `Infinity` with an optional sign, `0x`/`0o`/`0b` integers without a sign, and decimal
/// literals with an exponent; anything else (including numeric separators) is NaN. Exactly
/// rounded.
pub fn string_to_number(units: &[u16]) -> f64 {
    let units = trim(units);
    if units.is_empty() {
        return 0.0;
    }
    if units.len() >= 2 && units[0] == u16::from(b'0') {
        let radix_log2 = match units[1] {
            0x78 | 0x58 => Some(4), // x X
            0x6F | 0x4F => Some(3), // o O
            0x62 | 0x42 => Some(1), // b B
            _ => None,
        };
        if let Some(radix_log2) = radix_log2 {
            let digits = &units[2..];
            let radix = 1 << radix_log2;
            let values: Option<Vec<u32>> = digits
                .iter()
                .map(|&unit| digit_value(unit, radix))
                .collect();
            return match values {
                Some(values) if !values.is_empty() => {
                    power_of_two_digits_to_double(&values, radix_log2)
                }
                _ => f64::NAN,
            };
        }
    }
    match parse_decimal_prefix(units) {
        Some((value, consumed)) if consumed == units.len() => value,
        _ => f64::NAN,
    }
}

/// `parseFloat(string)` (ECMA-262 19.2.4) on the already-`ToString`ed argument: the longest
/// prefix, after leading whitespace, that is a StrDecimalLiteral; NaN when there is none.
pub fn parse_float(units: &[u16]) -> f64 {
    parse_decimal_prefix(trim_start(units)).map_or(f64::NAN, |(value, _)| value)
}

/// `parseInt(string, radix)` (ECMA-262 19.2.5) on the already-`ToString`ed string and
/// `ToInt32(radix)` (so an undefined radix is 0, meaning 10 or 16 by prefix). Radixes 2, 4, 8,
/// 10, 16 and 32 round exactly; others accumulate as V8 does, which may differ in the last bit
/// for values above 2^53.
pub fn parse_int(units: &[u16], radix: i32) -> f64 {
    // Steps 2-5: leading whitespace, then one optional sign.
    let mut rest = trim_start(units);
    let negative = rest.first() == Some(&u16::from(b'-'));
    if matches!(rest.first(), Some(&0x2B) | Some(&0x2D)) {
        rest = &rest[1..];
    }
    // Steps 6-10.
    let mut strip_prefix = true;
    let radix = if radix != 0 {
        if !(2..=36).contains(&radix) {
            return f64::NAN;
        }
        if radix != 16 {
            strip_prefix = false;
        }
        radix as u32
    } else {
        10
    };
    let radix = if strip_prefix
        && rest.len() >= 2
        && rest[0] == u16::from(b'0')
        && (rest[1] == u16::from(b'x') || rest[1] == u16::from(b'X'))
    {
        rest = &rest[2..];
        16
    } else {
        radix
    };
    // Steps 11-12.
    let digits: Vec<u32> = rest
        .iter()
        .map_while(|&unit| digit_value(unit, radix))
        .collect();
    if digits.is_empty() {
        return f64::NAN;
    }
    // Step 13.
    let magnitude = match radix {
        10 => {
            let text: String = digits
                .iter()
                .map(|&digit| char::from(b'0' + digit as u8))
                .collect();
            text.parse::<f64>()
                .expect("a run of ASCII digits parses as f64")
        }
        2 | 4 | 8 | 16 | 32 => power_of_two_digits_to_double(&digits, radix.trailing_zeros()),
        _ => accumulate_digits_like_v8(&digits, radix),
    };
    // Steps 14-15: zero keeps the sign, so parseInt("-0") is -0.
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// Appends decimal digit values as ASCII.
fn push_digits(out: &mut String, digits: &[u8]) {
    out.extend(digits.iter().map(|&digit| char::from(b'0' + digit)));
}

/// Appends `d[.ddd]e±x`, the exponent form shared by toExponential and toPrecision.
fn push_exponential(out: &mut String, digits: &[u8], exponent: i32) {
    push_digits(out, &digits[..1]);
    if digits.len() > 1 {
        out.push('.');
        push_digits(out, &digits[1..]);
    }
    out.push('e');
    out.push(if exponent >= 0 { '+' } else { '-' });
    out.push_str(&exponent.unsigned_abs().to_string());
}

/// The value of `unit` as a digit in `radix` (2..=36), accepting both letter cases.
fn digit_value(unit: u16, radix: u32) -> Option<u32> {
    char::from_u32(u32::from(unit))?.to_digit(radix)
}

/// The exact, round-half-even double of a big unsigned integer given as digits in radix
/// `2^radix_log2`, as V8's `InternalStringToIntDouble` computes it.
fn power_of_two_digits_to_double(digits: &[u32], radix_log2: u32) -> f64 {
    let first_nonzero = digits.iter().position(|&digit| digit != 0);
    let Some(first_nonzero) = first_nonzero else {
        return 0.0;
    };
    let digits = &digits[first_nonzero..];
    let mut number: u64 = 0;
    let mut exponent: i32 = 0;
    for (index, &digit) in digits.iter().enumerate() {
        number = (number << radix_log2) | u64::from(digit);
        let overflow = number >> 53;
        if overflow == 0 {
            continue;
        }
        // More than 53 bits: keep the top 53, round on the dropped bits and the rest.
        let overflow_bits = 64 - overflow.leading_zeros();
        let dropped_mask = (1u64 << overflow_bits) - 1;
        let dropped = number & dropped_mask;
        number >>= overflow_bits;
        let rest = &digits[index + 1..];
        exponent = (overflow_bits + radix_log2 * rest.len() as u32) as i32;
        let zero_tail = rest.iter().all(|&digit| digit == 0);
        let middle = 1u64 << (overflow_bits - 1);
        if dropped > middle || (dropped == middle && (number & 1 == 1 || !zero_tail)) {
            number += 1;
        }
        if number & (1 << 53) != 0 {
            exponent += 1;
            number >>= 1;
        }
        break;
    }
    scale_by_power_of_two(number as f64, exponent)
}

/// `value × 2^exponent` for exponent ≥ 0, overflowing to Infinity like `ldexp`.
fn scale_by_power_of_two(mut value: f64, mut exponent: i32) -> f64 {
    while exponent > 0 {
        let step = exponent.min(1000);
        value *= f64::from_bits(((1023 + step) as u64) << 52);
        exponent -= step;
    }
    value
}

/// V8's `NumberParseIntHelper::HandleGenericCase`: digits are gathered into 32-bit parts which
/// are folded in with double arithmetic, rounding at each fold.
fn accumulate_digits_like_v8(digits: &[u32], radix: u32) -> f64 {
    const MAXIMUM_MULTIPLIER: u32 = 0xFFFF_FFFF / 36;
    let mut result = 0.0;
    // V8 skips leading zeros before it starts grouping, which decides where parts split.
    let mut index = digits
        .iter()
        .position(|&digit| digit != 0)
        .unwrap_or(digits.len());
    while index < digits.len() {
        let mut part: u32 = 0;
        let mut multiplier: u32 = 1;
        while index < digits.len() {
            let next_multiplier = multiplier * radix;
            if next_multiplier > MAXIMUM_MULTIPLIER {
                break;
            }
            part = part * radix + digits[index];
            multiplier = next_multiplier;
            index += 1;
        }
        result = result * f64::from(multiplier) + f64::from(part);
    }
    result
}

/// The longest prefix of `units` that is a StrDecimalLiteral (ECMA-262 7.1.4.1), with its value
/// and length in code units; `None` when no prefix is one.
fn parse_decimal_prefix(units: &[u16]) -> Option<(f64, usize)> {
    let at = |index: usize| units.get(index).copied().unwrap_or(0);
    let is_digit = |unit: u16| (0x30..=0x39).contains(&unit);
    let mut index = 0;
    let negative = at(0) == u16::from(b'-');
    if at(0) == u16::from(b'+') || negative {
        index += 1;
    }
    let infinity: Vec<u16> = "Infinity".encode_utf16().collect();
    if units[index..].starts_with(&infinity) {
        let value = if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
        return Some((value, index + infinity.len()));
    }

    let integer_start = index;
    while is_digit(at(index)) {
        index += 1;
    }
    let integer_digits = &units[integer_start..index];
    let mut fraction_digits: &[u16] = &[];
    if at(index) == u16::from(b'.') {
        let fraction_start = index + 1;
        let mut fraction_end = fraction_start;
        while is_digit(at(fraction_end)) {
            fraction_end += 1;
        }
        // "5." is a literal but "." alone is not.
        if !integer_digits.is_empty() || fraction_end > fraction_start {
            fraction_digits = &units[fraction_start..fraction_end];
            index = fraction_end;
        }
    }
    if integer_digits.is_empty() && fraction_digits.is_empty() {
        return None;
    }
    let mut exponent_digits: &[u16] = &[];
    let mut exponent_negative = false;
    if at(index) == u16::from(b'e') || at(index) == u16::from(b'E') {
        let mut exponent_index = index + 1;
        let sign = at(exponent_index);
        if sign == u16::from(b'+') || sign == u16::from(b'-') {
            exponent_negative = sign == u16::from(b'-');
            exponent_index += 1;
        }
        let exponent_start = exponent_index;
        while is_digit(at(exponent_index)) {
            exponent_index += 1;
        }
        // An "e" without digits is not part of the literal.
        if exponent_index > exponent_start {
            exponent_digits = &units[exponent_start..exponent_index];
            index = exponent_index;
        }
    }

    // Rebuild a clean ASCII literal for Rust's correctly rounded parser.
    let mut text = String::with_capacity(index + 4);
    if negative {
        text.push('-');
    }
    push_ascii(&mut text, integer_digits, "0");
    text.push('.');
    push_ascii(&mut text, fraction_digits, "0");
    text.push('e');
    if exponent_negative {
        text.push('-');
    }
    push_ascii(&mut text, exponent_digits, "0");
    let value = text
        .parse::<f64>()
        .expect("a well-formed decimal literal parses as f64");
    Some((value, index))
}

/// Appends ASCII `units`, or `empty` when there are none.
fn push_ascii(text: &mut String, units: &[u16], empty: &str) {
    if units.is_empty() {
        text.push_str(empty);
    } else {
        text.extend(units.iter().map(|&unit| char::from(unit as u8)));
    }
}

/// V8's `DoubleToRadixCString` for a finite value and a radix other than 10.
fn double_to_radix_string(value: f64, radix: u32) -> String {
    const CHARS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let radix_f = f64::from(radix);
    let negative = value < 0.0;
    let value = value.abs();

    let mut integer = value.floor();
    let mut fraction = value - integer;
    // Fraction digits are only computed up to the precision of the input double.
    let mut delta = (0.5 * (next_double(value) - value)).max(next_double(0.0));
    let mut fraction_digits: Vec<u8> = Vec::new();
    if fraction >= delta {
        loop {
            // Shift up by one digit.
            fraction *= radix_f;
            delta *= radix_f;
            let digit = fraction as u32;
            fraction_digits.push(digit as u8);
            fraction -= f64::from(digit);
            // Round to even.
            if (fraction > 0.5 || (fraction == 0.5 && digit & 1 == 1)) && fraction + delta > 1.0 {
                // Propagate the carry back through the digits already written.
                loop {
                    match fraction_digits.pop() {
                        None => {
                            integer += 1.0;
                            break;
                        }
                        Some(digit) if u32::from(digit) + 1 < radix => {
                            fraction_digits.push(digit + 1);
                            break;
                        }
                        Some(_) => {}
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }

    // Integer digits; digits below the double's precision are written as zeros.
    let mut integer_digits: Vec<u8> = Vec::new();
    while double_exponent(integer / radix_f) > 0 {
        integer /= radix_f;
        integer_digits.push(b'0');
    }
    loop {
        let remainder = integer % radix_f;
        integer_digits.push(CHARS[remainder as usize]);
        integer = (integer - remainder) / radix_f;
        if integer <= 0.0 {
            break;
        }
    }

    let mut out = String::with_capacity(integer_digits.len() + fraction_digits.len() + 2);
    if negative {
        out.push('-');
    }
    out.extend(integer_digits.iter().rev().map(|&byte| char::from(byte)));
    if !fraction_digits.is_empty() {
        out.push('.');
        out.extend(
            fraction_digits
                .iter()
                .map(|&digit| char::from(CHARS[usize::from(digit)])),
        );
    }
    out
}

/// The next double above a finite, non-negative `value`.
fn next_double(value: f64) -> f64 {
    f64::from_bits(value.to_bits() + 1)
}

/// V8's `Double::Exponent`: the power of two of the lowest mantissa bit, -1074 for subnormals.
fn double_exponent(value: f64) -> i32 {
    let biased = ((value.to_bits() >> 52) & 0x7ff) as i32;
    if biased == 0 {
        -1074
    } else {
        biased - 1075
    }
}

#[cfg(test)]
#[path = "number_tests.rs"]
mod tests;
