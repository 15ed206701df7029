//! The JS whitespace and line-terminator sets (ECMA-262 12.2, 12.3) and the trims built on them.
//!
//! These are the sets that `String.prototype.trim`, `StringToNumber`, `parseInt` and
//! `parseFloat` skip. They work on UTF-16 code units because every character in the sets is in
//! the Basic Multilingual Plane. This module knows nothing of the heap.

/// Whether `unit` is a WhiteSpace code point (ECMA-262 12.2): TAB, VT, FF, ZWNBSP (U+FEFF) or
/// any `Zs` space separator (U+0020, U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000).
/// Line terminators are not included; see [`is_line_terminator`].
pub fn is_js_whitespace(unit: u16) -> bool {
    matches!(
        unit,
        0x0009 | 0x000B | 0x000C | 0x0020 | 0x00A0 | 0x1680 | 0x2000
            ..=0x200A | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}

/// Whether `unit` is a LineTerminator code point (ECMA-262 12.3): LF, CR, U+2028 or U+2029.
pub fn is_line_terminator(unit: u16) -> bool {
    matches!(unit, 0x000A | 0x000D | 0x2028 | 0x2029)
}

/// Whether `unit` is a StrWhiteSpaceChar (ECMA-262 7.1.4.1): WhiteSpace or LineTerminator. This
/// is the set `TrimString`, `StringToNumber`, `parseInt` and `parseFloat` skip.
pub fn is_str_whitespace(unit: u16) -> bool {
    is_js_whitespace(unit) || is_line_terminator(unit)
}

/// `TrimString(string, start+end)` (ECMA-262 22.1.3.32.1), as `String.prototype.trim` uses it.
pub fn trim(units: &[u16]) -> &[u16] {
    trim_end(trim_start(units))
}

/// `TrimString(string, start)` (ECMA-262 22.1.3.32.1), as `String.prototype.trimStart` uses it.
pub fn trim_start(units: &[u16]) -> &[u16] {
    let start = units
        .iter()
        .position(|&unit| !is_str_whitespace(unit))
        .unwrap_or(units.len());
    &units[start..]
}

/// `TrimString(string, end)` (ECMA-262 22.1.3.32.1), as `String.prototype.trimEnd` uses it.
pub fn trim_end(units: &[u16]) -> &[u16] {
    let end = units
        .iter()
        .rposition(|&unit| !is_str_whitespace(unit))
        .map_or(0, |last| last + 1);
    &units[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str) -> Vec<u16> {
        text.encode_utf16().collect()
    }

    /// Every code unit node's `"\uXXXX".trim() === ""` accepts, found by scanning all 65,536.
    const NODE_TRIMMED_UNITS: [u16; 25] = [
        0x9, 0xA, 0xB, 0xC, 0xD, 0x20, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
        0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
        0xFEFF,
    ];

    #[test]
    fn str_whitespace_set_matches_node() {
        let accepted: Vec<u16> = (0..=u16::MAX)
            .filter(|&unit| is_str_whitespace(unit))
            .collect();
        assert_eq!(accepted, NODE_TRIMMED_UNITS);
    }

    #[test]
    fn line_terminators_are_not_whitespace() {
        for unit in [0x0A, 0x0D, 0x2028, 0x2029] {
            assert!(is_line_terminator(unit));
            assert!(!is_js_whitespace(unit));
        }
        assert!(!is_line_terminator(0x20));
        // U+180E MONGOLIAN VOWEL SEPARATOR left Zs in Unicode 6.3; node does not trim it.
        assert!(!is_str_whitespace(0x180E));
        // U+200B ZERO WIDTH SPACE is Cf, not Zs.
        assert!(!is_str_whitespace(0x200B));
    }

    #[test]
    fn trims() {
        let text = utf16("\u{FEFF}\t a b \u{3000}\n");
        assert_eq!(trim(&text), utf16("a b"));
        assert_eq!(trim_start(&text), utf16("a b \u{3000}\n"));
        assert_eq!(trim_end(&text), utf16("\u{FEFF}\t a b"));
        assert_eq!(trim(&utf16(" \u{2028} ")), utf16(""));
        assert_eq!(trim_start(&utf16("")), utf16(""));
        assert_eq!(trim_end(&utf16("   ")), utf16(""));
    }
}
