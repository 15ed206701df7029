//! Where a match can start, read from a pattern's text, so that a search skips the positions
//! where it cannot (the engine, reading UTF-16, tries every position itself).
//!
//! [`analyse`] is conservative: it answers only for patterns it fully understands at their
//! start, and `None` otherwise (the search then runs as before). A [`Prefilter`] is either
//! [`Prefilter::Anchored`] (`^` outside multiline mode with no top-level alternative: only
//! position 0 can match) or [`Prefilter::FirstUnits`], the set of code units a match's first
//! unit belongs to: every alternative at the start begins with an atom that consumes one unit
//! (a literal, a class, `\d`/`\w`/`\s` and their complements, or a group whose alternatives do
//! the same) and is not quantified to allow zero repetitions. Patterns in Unicode modes (`u`,
//! `v`) are not analysed, nor case-insensitive ones unless the set is ASCII.

/// Where a match can start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Prefilter {
    /// Only at position 0.
    Anchored,
    /// Only where the code unit is in the set.
    FirstUnits(UnitSet),
}

/// A set of UTF-16 code units: a bitmap of the Latin-1 ones and whether any unit above 255
/// may be in it.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct UnitSet {
    latin1: [u64; 4],
    wide: bool,
}

impl UnitSet {
    fn insert(&mut self, unit: u16) {
        if unit < 256 {
            self.latin1[unit as usize >> 6] |= 1 << (unit & 63);
        } else {
            self.wide = true;
        }
    }

    fn insert_range(&mut self, low: u16, high: u16) {
        for unit in low..=high.min(255) {
            self.insert(unit);
        }
        if high > 255 {
            self.wide = true;
        }
    }

    fn union(&mut self, other: &UnitSet) {
        for (mine, theirs) in self.latin1.iter_mut().zip(other.latin1) {
            *mine |= theirs;
        }
        self.wide |= other.wide;
    }

    /// Everything not in the set (every unit above 255 may be in the complement).
    fn complement(&self) -> UnitSet {
        UnitSet { latin1: self.latin1.map(|word| !word), wide: true }
    }

    /// Whether `unit` is in the set (any unit above 255 when `wide`).
    #[inline]
    pub fn contains(&self, unit: u16) -> bool {
        if unit < 256 {
            self.latin1[unit as usize >> 6] & (1 << (unit & 63)) != 0
        } else {
            self.wide
        }
    }

    /// The single Latin-1 byte the set holds, if it holds exactly one unit.
    pub fn single_byte(&self) -> Option<u8> {
        if self.wide || self.latin1.iter().map(|word| word.count_ones()).sum::<u32>() != 1 {
            return None;
        }
        let (index, word) = self.latin1.iter().enumerate().find(|(_, word)| **word != 0)?;
        u8::try_from(index * 64 + word.trailing_zeros() as usize).ok()
    }

    /// At most a few Latin-1 units (so few positions of a text are candidates).
    pub fn is_selective(&self) -> bool {
        !self.wide && self.latin1.iter().map(|word| word.count_ones()).sum::<u32>() <= 3
    }

    fn is_ascii(&self) -> bool {
        !self.wide && self.latin1[2] == 0 && self.latin1[3] == 0
    }
}

/// The prefilter of `units` (a pattern's source) with the given flags, if one is known.
pub fn analyse(units: &[u16], ignore_case: bool, multiline: bool, unicode_mode: bool) -> Option<Prefilter> {
    if unicode_mode {
        return None;
    }
    if units.first() == Some(&(b'^' as u16)) && !multiline && top_level_bar(units).is_none() {
        return Some(Prefilter::Anchored);
    }
    let (set, end) = alternatives_first(units, 0)?;
    if end != units.len() {
        return None;
    }
    if !ignore_case {
        return Some(Prefilter::FirstUnits(set));
    }
    // Without `u`, case-insensitive matching pairs an ASCII letter only with its ASCII case
    // partner (a non-ASCII unit never canonicalizes to an ASCII one).
    if !set.is_ascii() {
        return None;
    }
    let mut folded = set.clone();
    for byte in 0..128u8 {
        if set.contains(u16::from(byte)) {
            folded.insert(u16::from(byte.to_ascii_lowercase()));
            folded.insert(u16::from(byte.to_ascii_uppercase()));
        }
    }
    Some(Prefilter::FirstUnits(folded))
}

fn unit_is(units: &[u16], index: usize, ch: u8) -> bool {
    units.get(index) == Some(&u16::from(ch))
}

/// The index of the first `|` outside groups and classes, if any.
fn top_level_bar(units: &[u16]) -> Option<usize> {
    let mut index = 0;
    let mut depth = 0usize;
    while index < units.len() {
        match units[index] {
            unit if unit == u16::from(b'\\') => index += 1,
            unit if unit == u16::from(b'[') => index = class_end(units, index)?,
            unit if unit == u16::from(b'(') => depth += 1,
            unit if unit == u16::from(b')') => depth = depth.checked_sub(1)?,
            unit if unit == u16::from(b'|') && depth == 0 => return Some(index),
            _ => {}
        }
        index += 1;
    }
    None
}

/// The index of the `]` closing the class opened at `open`.
fn class_end(units: &[u16], open: usize) -> Option<usize> {
    let mut index = open + 1;
    if unit_is(units, index, b'^') {
        index += 1;
    }
    while index < units.len() {
        let unit = units[index];
        if unit == u16::from(b'\\') {
            index += 2;
            continue;
        }
        if unit == u16::from(b']') {
            return Some(index);
        }
        index += 1;
    }
    None
}

/// The first units of the alternatives starting at `index`, up to the `)` that closes their
/// level (or the end); and that end's index. None when an alternative may start otherwise.
fn alternatives_first(units: &[u16], mut index: usize) -> Option<(UnitSet, usize)> {
    let mut set = UnitSet::default();
    loop {
        let (first, _) = atom_first(units, index)?;
        set.union(&first);
        // Skip the rest of this alternative.
        let mut depth = 0usize;
        loop {
            let Some(&unit) = units.get(index) else { return Some((set, index)) };
            if unit == u16::from(b'\\') {
                index += 2;
                continue;
            }
            if unit == u16::from(b'[') {
                index = class_end(units, index)? + 1;
                continue;
            }
            if unit == u16::from(b'(') {
                depth += 1;
            } else if unit == u16::from(b')') {
                if depth == 0 {
                    return Some((set, index));
                }
                depth -= 1;
            } else if unit == u16::from(b'|') && depth == 0 {
                index += 1;
                break;
            }
            index += 1;
        }
    }
}

/// The units the atom at `index` can start with, and the index after it; None when the atom
/// is not one that always consumes a unit, or is quantified to allow zero repetitions.
fn atom_first(units: &[u16], index: usize) -> Option<(UnitSet, usize)> {
    let unit = *units.get(index)?;
    let (set, after) = match u8::try_from(unit).unwrap_or(0) {
        b'(' => {
            let mut start = index + 1;
            if unit_is(units, start, b'?') {
                if unit_is(units, start + 1, b':') {
                    start += 2;
                } else if unit_is(units, start + 1, b'<') && !unit_is(units, start + 2, b'=') && !unit_is(units, start + 2, b'!') {
                    // A named group: its name ends at `>`.
                    let close = units[start..].iter().position(|&unit| unit == u16::from(b'>'))?;
                    start += close + 1;
                } else {
                    return None;
                }
            }
            let (set, end) = alternatives_first(units, start)?;
            if !unit_is(units, end, b')') {
                return None;
            }
            (set, end + 1)
        }
        b'[' => {
            let end = class_end(units, index)?;
            (class_set(&units[index + 1..end])?, end + 1)
        }
        b'\\' => {
            let (set, length) = escape_set(&units[index + 1..], false)?;
            (set, index + 1 + length)
        }
        b'^' | b'$' | b'.' | b'*' | b'+' | b'?' | b')' | b']' | b'{' | b'}' | b'|' => return None,
        _ => {
            let mut set = UnitSet::default();
            set.insert(unit);
            (set, index + 1)
        }
    };
    match units.get(after).and_then(|&unit| u8::try_from(unit).ok()) {
        Some(b'?' | b'*' | b'{') => None,
        _ => Some((set, after)),
    }
}

/// The units of a class's body (between `[` and `]`).
fn class_set(body: &[u16]) -> Option<UnitSet> {
    let (negated, body) = match body.first() {
        Some(&unit) if unit == u16::from(b'^') => (true, &body[1..]),
        _ => (false, body),
    };
    let mut set = UnitSet::default();
    let mut index = 0;
    while index < body.len() {
        let (low, length) = class_atom(&body[index..])?;
        index += length;
        let ranged = index + 1 < body.len() && body[index] == u16::from(b'-');
        match low {
            ClassAtom::Unit(low) if ranged => {
                let (high, length) = class_atom(&body[index + 1..])?;
                let ClassAtom::Unit(high) = high else { return None };
                if high < low {
                    return None;
                }
                set.insert_range(low, high);
                index += 1 + length;
            }
            ClassAtom::Unit(unit) => set.insert(unit),
            ClassAtom::Set(units) => set.union(&units),
        }
    }
    Some(if negated { set.complement() } else { set })
}

enum ClassAtom {
    Unit(u16),
    Set(UnitSet),
}

/// One atom of a class body and its length in units.
fn class_atom(body: &[u16]) -> Option<(ClassAtom, usize)> {
    let unit = *body.first()?;
    if unit != u16::from(b'\\') {
        return Some((ClassAtom::Unit(unit), 1));
    }
    let (set, length) = escape_set(&body[1..], true)?;
    Some((if let Some(byte) = set.single_byte() { ClassAtom::Unit(u16::from(byte)) } else { ClassAtom::Set(set) }, 1 + length))
}

/// The units an escape (the text after `\`) matches and its length; None for escapes not
/// understood here (numeric, `\x`, `\u`, `\c`, `\p`, assertions, back references).
fn escape_set(rest: &[u16], in_class: bool) -> Option<(UnitSet, usize)> {
    let letter = u8::try_from(*rest.first()?).ok()?;
    let mut set = UnitSet::default();
    match letter {
        b'd' | b'D' => set.insert_range(u16::from(b'0'), u16::from(b'9')),
        b'w' | b'W' => {
            set.insert_range(u16::from(b'a'), u16::from(b'z'));
            set.insert_range(u16::from(b'A'), u16::from(b'Z'));
            set.insert_range(u16::from(b'0'), u16::from(b'9'));
            set.insert(u16::from(b'_'));
        }
        b's' | b'S' => {
            for unit in [9u16, 10, 11, 12, 13, 32, 0xa0] {
                set.insert(unit);
            }
            set.wide = true;
        }
        b'n' => set.insert(10),
        b't' => set.insert(9),
        b'r' => set.insert(13),
        b'v' => set.insert(11),
        b'f' => set.insert(12),
        // `\b` is a backspace in a class and an assertion outside one.
        b'b' if in_class => set.insert(8),
        // `\-` only in a class; other punctuation stands for itself.
        b'-' if !in_class => return None,
        _ if letter.is_ascii_punctuation() => set.insert(u16::from(letter)),
        _ => return None,
    }
    let set = if letter.is_ascii_uppercase() && matches!(letter, b'D' | b'W' | b'S') { set.complement() } else { set };
    Some((set, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(text: &str) -> Vec<u16> {
        text.encode_utf16().collect()
    }

    fn first(pattern: &str) -> Option<Prefilter> {
        analyse(&units(pattern), false, false, false)
    }

    fn members(pattern: &str, ignore_case: bool) -> String {
        match analyse(&units(pattern), ignore_case, false, false) {
            Some(Prefilter::FirstUnits(set)) => (0..128u8).filter(|&byte| set.contains(u16::from(byte))).map(char::from).collect(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn anchored_only_without_alternatives_or_multiline() {
        assert_eq!(first("^abc"), Some(Prefilter::Anchored));
        assert_eq!(first("^(a|b)c"), Some(Prefilter::Anchored));
        assert_ne!(first("^a|b"), Some(Prefilter::Anchored));
        assert_eq!(analyse(&units("^a"), false, true, false), None);
    }

    #[test]
    fn first_units_of_atoms_groups_and_alternatives() {
        assert_eq!(members("abc", false), "a");
        assert_eq!(members("[aeiou]x", false), "aeiou");
        assert_eq!(members("(\\d+)([A-Z])", false), "0123456789");
        assert_eq!(members("(?:foo|bar|[x-z])", false), "bfxyz");
        assert_eq!(members("(?<word>q)u", false), "q");
        assert_eq!(members("\\.txt", false), ".");
        assert_eq!(members("[\\d_-]", false), "-0123456789_");
        assert_eq!(members("a", true), "Aa");
        assert_eq!(members("[a-c]", true), "ABCabc");
    }

    #[test]
    fn single_bytes_are_found_in_any_word() {
        for (pattern, byte) in [("\\.txt", b'.'), ("a", b'a'), ("\u{e9}x", 0xe9), ("\\n", b'\n')] {
            let Some(Prefilter::FirstUnits(set)) = first(pattern) else { panic!("no prefilter for {pattern}") };
            assert_eq!(set.single_byte(), Some(byte), "{pattern}");
        }
        let Some(Prefilter::FirstUnits(set)) = first("[ab]") else { panic!("no prefilter") };
        assert_eq!(set.single_byte(), None);
    }

    #[test]
    fn complements_admit_wide_units() {
        let Some(Prefilter::FirstUnits(set)) = first("[^a-z]+") else { panic!("no prefilter") };
        assert!(!set.contains(u16::from(b'q')) && set.contains(u16::from(b'Q')) && set.contains(0x3000));
        let Some(Prefilter::FirstUnits(set)) = first("\\s") else { panic!("no prefilter") };
        assert!(set.contains(32) && set.contains(0x2028) && !set.contains(u16::from(b'x')));
        let Some(Prefilter::FirstUnits(set)) = first("\\W") else { panic!("no prefilter") };
        assert!(set.contains(u16::from(b' ')) && !set.contains(u16::from(b'_')));
    }

    #[test]
    fn unknown_or_optional_starts_have_none() {
        for pattern in [
            "a?b", "a*", "a{0,2}b", "a|", "(|a)", "(?=a)a", "(?!a)b", "(?<=a)b", "\\bword", ".x", "$", "\\1a", "\\x41", "\\u0041", "(a", "[ab",
            "\\cA", "a|b?", "()", "",
        ] {
            assert_eq!(first(pattern), None, "{pattern}");
        }
        assert_eq!(analyse(&units("a"), false, false, true), None);
        assert_eq!(analyse(&units("é"), true, false, false), None);
    }
}
