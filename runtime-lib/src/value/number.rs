//! Number ↔ text: Number::toString(10) (§6.1.6.1.20) and StringToNumber (§7.1.4.1.1).
//!
//! The algorithms live in `text::number` (pure text, no heap); this file adapts them to
//! string storage so the rest of the runtime has one place to call.

use crate::string::StrView;

/// Number::toString(x) with radix 10, as Rust text.
pub fn to_rust_string(number: f64) -> String {
    crate::text::number::number_to_string(number)
}

/// StringToNumber: the numeric value of a string, NaN when it is not a StringNumericLiteral.
pub fn string_to_number(view: StrView<'_>) -> f64 {
    match view {
        StrView::Utf16(units) => crate::text::number::string_to_number(units),
        StrView::Latin1(bytes) => {
            let units: Vec<u16> = bytes.iter().map(|&byte| byte as u16).collect();
            crate::text::number::string_to_number(&units)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> f64 {
        let units: Vec<u16> = text.encode_utf16().collect();
        string_to_number(StrView::Utf16(&units))
    }

    #[test]
    fn formats_like_js() {
        let cases = [
            (0.0, "0"),
            (-0.0, "0"),
            (1.0, "1"),
            (-1.5, "-1.5"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (123456789012345680000.0, "123456789012345680000"),
            (1e-7, "1e-7"),
            (0.000001, "0.000001"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "Infinity"),
            (f64::NEG_INFINITY, "-Infinity"),
            (2f64.powi(53), "9007199254740992"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
        ];
        for (number, expected) in cases {
            assert_eq!(to_rust_string(number), expected, "formatting {number:?}");
        }
    }

    #[test]
    fn parses_string_numeric_literals() {
        assert_eq!(parse(""), 0.0);
        assert_eq!(parse("  \n\t "), 0.0);
        assert_eq!(parse(" 42 "), 42.0);
        assert_eq!(parse("\u{a0}7\u{feff}"), 7.0);
        assert_eq!(parse("-1.5e3"), -1500.0);
        assert_eq!(parse(".5"), 0.5);
        assert_eq!(parse("5."), 5.0);
        assert_eq!(parse("0x1F"), 31.0);
        assert_eq!(parse("0b101"), 5.0);
        assert_eq!(parse("0o17"), 15.0);
        assert_eq!(parse("-Infinity"), f64::NEG_INFINITY);
        assert_eq!(parse("+Infinity"), f64::INFINITY);
        for bad in ["abc", "1_000", "0x", "-0x10", "1e", "e5", ".", "inf", "nan", "Infinityx", "1 2", "١"] {
            assert!(parse(bad).is_nan(), "{bad:?} should be NaN");
        }
        assert!(parse("-0").is_sign_negative());
    }
}
