//! The syntax of ECMAScript regular expressions as kiln checks it, shared by the compiler (a
//! regular expression literal that does not compile is an early SyntaxError, reported at build
//! time as node reports it at load time) and the runtime (`new RegExp(text)`): patterns are
//! compiled with `regress`, and its errors become V8's messages.

/// `regress` flags from the JavaScript flag letters that affect the pattern.
#[derive(Clone, Copy, Debug, Default)]
pub struct PatternFlags {
    /// `i`
    pub ignore_case: bool,
    /// `m`
    pub multiline: bool,
    /// `s`
    pub dot_all: bool,
    /// `u`
    pub unicode: bool,
    /// `v`
    pub unicode_sets: bool,
}

impl PatternFlags {
    /// The flags of a flags string, or `None` when it has a letter other than `dgimsuvy`, a
    /// repeated letter, or both `u` and `v` (V8: "Invalid regular expression flags").
    pub fn parse(flags: &str) -> Option<PatternFlags> {
        let mut seen = String::new();
        for letter in flags.chars() {
            if !"dgimsuvy".contains(letter) || seen.contains(letter) {
                return None;
            }
            seen.push(letter);
        }
        if seen.contains('u') && seen.contains('v') {
            return None;
        }
        Some(PatternFlags {
            ignore_case: seen.contains('i'),
            multiline: seen.contains('m'),
            dot_all: seen.contains('s'),
            unicode: seen.contains('u'),
            unicode_sets: seen.contains('v'),
        })
    }

    /// `u` or `v`: the pattern is read by code points.
    pub fn full_unicode(self) -> bool {
        self.unicode || self.unicode_sets
    }

    /// The engine's flags.
    pub fn engine(self) -> regress::Flags {
        regress::Flags {
            icase: self.ignore_case,
            multiline: self.multiline,
            dot_all: self.dot_all,
            no_opt: false,
            unicode: self.unicode,
            unicode_sets: self.unicode_sets,
        }
    }
}

/// Compiles `units` (the pattern's UTF-16 code units) with `flags`; on failure, V8's reason
/// (the text after `Invalid regular expression: /.../flags: `).
pub fn compile(units: &[u16], flags: PatternFlags) -> Result<regress::Regex, String> {
    let code_points = pattern_code_points(units, flags.full_unicode());
    regress::Regex::from_unicode(code_points.iter().copied(), flags.engine())
        .map_err(|error| syntax_error_message(units, flags.full_unicode(), &error.text))
}

/// The whole SyntaxError message V8 gives for a regular expression literal `/pattern/flags`
/// that does not compile, or `None` when it compiles.
pub fn literal_error(pattern: &str, flags: &str) -> Option<String> {
    let Some(parsed) = PatternFlags::parse(flags) else {
        return Some("Invalid regular expression flags".to_string());
    };
    let units: Vec<u16> = pattern.encode_utf16().collect();
    compile(&units, parsed).err().map(|reason| format!("Invalid regular expression: /{pattern}/{flags}: {reason}"))
}

/// The pattern as regress reads it: code points with `u`/`v`, else code units — except in
/// group names (`(?<name>` and `\\k<name>`), which are code points in every mode, with their
/// `\\uXXXX` (a pair of them for a surrogate pair) and `\\u{…}` escapes decoded (the spec's
/// RegExpIdentifierName).
pub fn pattern_code_points(units: &[u16], full_unicode: bool) -> Vec<u32> {
    let is = |index: usize, ch: u8| units.get(index) == Some(&(ch as u16));
    // The pattern cut into runs: (units, whether the run is a group name).
    let mut runs: Vec<(std::borrow::Cow<[u16]>, bool)> = Vec::new();
    let mut run_start = 0;
    let mut index = 0;
    let mut in_class = false;
    while index < units.len() {
        let unit = units[index];
        // Where a group name starts (just after its `<`), if one starts here.
        let name_start = if in_class {
            None
        } else if unit == b'(' as u16 && is(index + 1, b'?') && is(index + 2, b'<') && !is(index + 3, b'=') && !is(index + 3, b'!') {
            Some(index + 3)
        } else if unit == b'\\' as u16 && is(index + 1, b'k') && is(index + 2, b'<') {
            Some(index + 3)
        } else {
            None
        };
        if let Some(start) = name_start {
            let end = units[start..].iter().position(|&unit| unit == b'>' as u16).map_or(units.len(), |at| start + at);
            runs.push((std::borrow::Cow::Borrowed(&units[run_start..start]), false));
            runs.push((std::borrow::Cow::Owned(unescape_group_name(&units[start..end])), true));
            run_start = end;
            index = end;
            continue;
        }
        match unit {
            // An escape: its next unit is taken as it is.
            0x5C => index += 1,
            0x5B => in_class = true,
            0x5D => in_class = false,
            _ => {}
        }
        index += 1;
    }
    runs.push((std::borrow::Cow::Borrowed(&units[run_start.min(units.len())..]), false));
    let mut out = Vec::with_capacity(units.len());
    for (run, is_name) in runs {
        if full_unicode || is_name {
            out.extend(char::decode_utf16(run.iter().copied()).map(|decoded| decoded.map_or_else(|error| error.unpaired_surrogate() as u32, |ch| ch as u32)));
        } else {
            out.extend(run.iter().map(|&unit| unit as u32));
        }
    }
    out
}

/// A group name's text with its `\\uXXXX` and `\\u{…}` escapes replaced by the code units they
/// stand for (other text, including a malformed escape, is kept for regress to reject).
pub fn unescape_group_name(name: &[u16]) -> Vec<u16> {
    let hex = |units: &[u16]| -> Option<u32> {
        let text: String = char::decode_utf16(units.iter().copied()).collect::<Result<_, _>>().ok()?;
        (!text.is_empty() && text.len() <= 6).then_some(())?;
        u32::from_str_radix(&text, 16).ok()
    };
    let mut out = Vec::with_capacity(name.len());
    let mut index = 0;
    while index < name.len() {
        if name[index] == b'\\' as u16 && name.get(index + 1) == Some(&(b'u' as u16)) {
            if name.get(index + 2) == Some(&(b'{' as u16)) {
                if let Some(close) = name[index + 3..].iter().position(|&unit| unit == b'}' as u16) {
                    if let Some(point) = hex(&name[index + 3..index + 3 + close]).and_then(char::from_u32) {
                        let mut buffer = [0u16; 2];
                        out.extend_from_slice(point.encode_utf16(&mut buffer));
                        index += 4 + close;
                        continue;
                    }
                }
            } else if let Some(unit) = name.get(index + 2..index + 6).filter(|digits| digits.len() == 4).and_then(hex) {
                out.push(unit as u16);
                index += 6;
                continue;
            }
        }
        out.push(name[index]);
        index += 1;
    }
    out
}

/// V8's message for a pattern regress rejected: the first structural error found by a scan
/// (the errors V8 reports while parsing left to right), else regress's text mapped onto V8's.
pub fn syntax_error_message(units: &[u16], full_unicode: bool, engine_message: &str) -> String {
    if let Some(message) = structural_error(units, full_unicode) {
        return message.to_string();
    }
    let mapped = if engine_message.starts_with("Range values reversed") {
        "Range out of order in character class"
    } else if engine_message.starts_with("Backreference to invalid named capture group") {
        "Invalid named capture referenced"
    } else {
        match engine_message {
            "Unbalanced parenthesis" => "Unterminated group",
            "Invalid atom character" | "Quantifier not allowed here" => {
                if full_unicode {
                    "Invalid quantifier"
                } else {
                    "Nothing to repeat"
                }
            }
            "Unbalanced bracket" | "Unbalanced class set bracket" => "Unterminated character class",
            "Invalid token at named capture group identifier" => "Invalid capture group name",
            "Incomplete escape" => "\\ at end of pattern",
            "Invalid quantifier" => "numbers out of order in {} quantifier",
            "Invalid unicode escape" => "Invalid Unicode escape",
            "Invalid character escape" | "Invalid class set escape: expected {" => "Invalid escape",
            "Invalid character range" | "Invalid class set range" => "Invalid character class",
            "Invalid named backreference syntax" => "Invalid named reference",
            "Invalid group modifier" => "Invalid group",
            "Invalid property name" => "Invalid property name",
            "Duplicate capture group name" => "Duplicate capture group name",
            "Regular expression is too deeply nested" => "Regular expression too large",
            _ => engine_message,
        }
    };
    mapped.to_string()
}

/// Scans a pattern for the structural errors whose V8 text depends on where they are: stray or
/// missing parentheses, unterminated classes, quantifiers with nothing to repeat, bad groups.
fn structural_error(units: &[u16], full_unicode: bool) -> Option<&'static str> {
    let is = |index: usize, ch: u8| units.get(index) == Some(&(ch as u16));
    let mut depth = 0usize;
    let mut index = 0;
    // Whether the previous item can take a quantifier.
    let mut can_repeat = false;
    while index < units.len() {
        let unit = units[index];
        if unit > 0x7F {
            can_repeat = true;
            index += 1;
            continue;
        }
        match unit as u8 {
            b'\\' => {
                if index + 1 >= units.len() {
                    return Some("\\ at end of pattern");
                }
                // \b and \B are assertions.
                can_repeat = !(is(index + 1, b'b') || is(index + 1, b'B'));
                let braced = (is(index + 1, b'p') || is(index + 1, b'P') || is(index + 1, b'u')) && is(index + 2, b'{');
                index += 2;
                if braced {
                    // \p{…}, \P{…}, \u{…}: the braces belong to the escape.
                    while index < units.len() && units[index] != b'}' as u16 {
                        index += 1;
                    }
                    index += 1;
                }
                continue;
            }
            b'[' => {
                index += 1;
                let mut class_depth = 1;
                while index < units.len() && class_depth > 0 {
                    if units[index] == b'\\' as u16 {
                        index += 2;
                        continue;
                    }
                    if units[index] == b']' as u16 {
                        class_depth -= 1;
                    }
                    index += 1;
                }
                if class_depth > 0 {
                    return Some("Unterminated character class");
                }
                can_repeat = true;
                continue;
            }
            b'(' => {
                if is(index + 1, b'?') {
                    let next = units.get(index + 2).copied().unwrap_or(0);
                    let lookbehind_or_name = next == b'<' as u16;
                    if !(next == b':' as u16 || next == b'=' as u16 || next == b'!' as u16 || lookbehind_or_name) {
                        return Some("Invalid group");
                    }
                    if lookbehind_or_name && !(is(index + 3, b'=') || is(index + 3, b'!')) {
                        let first = units.get(index + 3).copied().unwrap_or(0);
                        let valid_start = first == b'$' as u16 || first == b'_' as u16 || first == b'\\' as u16 || first > 0x7F || (first as u8 as char).is_ascii_alphabetic() && first < 0x80;
                        if !valid_start {
                            return Some("Invalid capture group name");
                        }
                    }
                }
                depth += 1;
                can_repeat = false;
                // Skip the group's `?:`, `?=`, `?!`, `?<=`, `?<!` or `?<name>` prefix.
                if is(index + 1, b'?') {
                    index += 2;
                    if is(index, b'<') && !(is(index + 1, b'=') || is(index + 1, b'!')) {
                        while index < units.len() && units[index] != b'>' as u16 {
                            index += 1;
                        }
                    } else if is(index, b'<') {
                        index += 1;
                    }
                }
            }
            b')' => {
                if depth == 0 {
                    return Some("Unmatched ')'");
                }
                depth -= 1;
                can_repeat = true;
            }
            b'|' | b'^' | b'$' => can_repeat = false,
            b'*' | b'+' | b'?' => {
                if !can_repeat {
                    return Some("Nothing to repeat");
                }
                // A `?` right after a quantifier makes it lazy.
                if is(index + 1, b'?') {
                    index += 1;
                }
                can_repeat = false;
            }
            b'{' => match braced_quantifier(units, index) {
                Some((minimum, maximum, end)) => {
                    if !can_repeat {
                        return Some("Nothing to repeat");
                    }
                    if maximum.is_some_and(|maximum| maximum < minimum) {
                        return Some("numbers out of order in {} quantifier");
                    }
                    index = end;
                    if is(index, b'?') {
                        index += 1;
                    }
                    can_repeat = false;
                    continue;
                }
                None => {
                    if full_unicode {
                        return Some("Lone quantifier brackets");
                    }
                    can_repeat = true;
                }
            },
            b'}' | b']' => {
                if full_unicode {
                    return Some("Lone quantifier brackets");
                }
                can_repeat = true;
            }
            _ => can_repeat = true,
        }
        index += 1;
    }
    if depth > 0 {
        return Some("Unterminated group");
    }
    None
}

/// `{n}`, `{n,}` or `{n,m}` at `start`: (n, m, index after `}`).
fn braced_quantifier(units: &[u16], start: usize) -> Option<(f64, Option<f64>, usize)> {
    let digits = |mut index: usize| -> (Option<f64>, usize) {
        let begin = index;
        let mut value = 0f64;
        while let Some(&unit) = units.get(index) {
            if !(b'0' as u16..=b'9' as u16).contains(&unit) {
                break;
            }
            value = value * 10.0 + (unit - b'0' as u16) as f64;
            index += 1;
        }
        (if index > begin { Some(value) } else { None }, index)
    };
    let (minimum, mut index) = digits(start + 1);
    let minimum = minimum?;
    let mut maximum = Some(minimum);
    if units.get(index) == Some(&(b',' as u16)) {
        let (upper, after) = digits(index + 1);
        maximum = upper;
        index = after;
    }
    if units.get(index) != Some(&(b'}' as u16)) {
        return None;
    }
    Some((minimum, maximum, index + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_errors_read_as_v8_reports_them() {
        assert_eq!(literal_error("a(b", ""), Some("Invalid regular expression: /a(b/: Unterminated group".to_string()));
        assert_eq!(literal_error("[a", "g"), Some("Invalid regular expression: /[a/g: Unterminated character class".to_string()));
        assert_eq!(literal_error("*", ""), Some("Invalid regular expression: /*/: Nothing to repeat".to_string()));
        assert_eq!(literal_error("a", "gg"), Some("Invalid regular expression flags".to_string()));
        assert_eq!(literal_error("a", "uv"), Some("Invalid regular expression flags".to_string()));
        assert_eq!(literal_error("(?<n>a)\\k<n>", "u"), None);
        assert_eq!(literal_error("\\p{Letter}+", "u"), None);
    }
}
