//! The string layout rules of node v20's `util.inspect` (`lib/internal/util/inspect.js`), as
//! pure functions over already-formatted text. `console.log` formats every non-string argument
//! with these rules.
//!
//! This module owns quoting, key printing, number printing, line breaking and array grouping.
//! It must not walk objects: the object walker (written against the object model) decides what
//! the entries are and calls in here. The contract, mirroring node's `formatValue`/`formatRaw`:
//!
//! - Keep one [`LayoutContext`] per `inspect` call; `LayoutContext::default()` is what
//!   `console.log` and `util.inspect` use (breakLength 80, compact 3, no colors, 100 array
//!   items, 10,000 string characters). Checked against node v20: `console.log` does not widen
//!   `breakLength`, even on a TTY; only the REPL does.
//! - Primitives inside containers: strings via [`format_string`] (quoted, escaped, split after
//!   newlines when long), numbers via [`format_number`], bigints as digits plus `n`. A string at
//!   the top level of `console.log` is printed raw and never comes here.
//! - When the walker enters a non-empty object (node's `formatRaw`), it first prints the
//!   `[Object]`/`[Array]`/`[Foo]` placeholder if the incoming depth exceeds `depth` (2), else
//!   computes `recurse_times = depth + 1` (the top value has depth 0, so its `recurse_times`
//!   is 1) and sets
//!   `ctx.current_depth = recurse_times` *before* formatting the children. Empty objects and
//!   arrays (`{}`, `[]`, `Foo {}`) return early and do not touch `current_depth`.
//! - Each child value is formatted with `ctx.indentation_lvl` raised by
//!   [`property_indentation`] (2, or 3 for object properties in `compact: true` mode) and
//!   lowered again afterwards; Map and Set entries are formatted with the level raised by 2 for
//!   the whole entry loop. A property entry is [`join_property`] of a key from
//!   [`format_property_key`] (or [`format_symbol_key`], [`format_hidden_key`]) and the value
//!   text; an array element entry is the value text alone; Map entries are `key => value`.
//! - Arrays list at most `ctx.max_array_length` elements, then [`remaining_items_text`]; holes
//!   are [`empty_items_text`]; extra non-index properties follow as property entries.
//! - Finally the walker calls [`reduce_to_single_string`] with the entries, the `base` (e.g.
//!   `[Function: f]`, or empty), the braces (`["[", "]"]`, `["{", "}"]`, `["Foo {", "}"]`,
//!   `["Map(2) {", "}"]`, `["Foo(3) [", "]"]`), and [`Extras::Array`] for arrays, typed arrays
//!   and array-like iterator output (node's `kArrayExtrasType`) or [`Extras::Object`] for
//!   everything else. [`Alignment::Right`] is node's `padStart`: use it when every
//!   `value[i]` for `i` in `0..entries.len()` is a number or bigint (note `i` runs over the
//!   entry count, so a trailing `... more items` or extra-property entry reads `value[100]`
//!   or past the end), or when node passes no value (proxies, iterator entries).
//! - A circular target's `<ref *1>` marker goes in front of `base` (`compact` ≠ `true`) or of
//!   `braces[0]` (`compact: true`), as node's `formatRaw` does, before the call.
//!
//! `inspect_tests.rs` holds `Walker`, a miniature walker over plain data that follows this
//! contract; it matches node on every table case and on 24,000 random values.
//!
//! Lengths follow node exactly: line-fitting checks count UTF-16 code units, column alignment
//! counts display width via [`string_width`].

use super::number::number_to_string;

/// Node's `compact` inspect option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compact {
    /// `compact: false`: every entry on its own line. `Depth(0)` behaves the same.
    Never,
    /// `compact: true`: the old layout, entries run on after the opening brace.
    Always,
    /// `compact: n`: the innermost `n` levels may share a line (node's default is 3).
    Depth(u32),
}

/// The fields of node's inspect `ctx` that the layout rules read. The walker owns one per
/// `inspect` call and updates `indentation_lvl` and `current_depth` as node does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LayoutContext {
    /// `breakLength`; use `usize::MAX` for `Infinity`.
    pub break_length: usize,
    /// `compact`.
    pub compact: Compact,
    /// `colors`: when set, widths ignore ANSI escape sequences.
    pub colors: bool,
    /// `maxArrayLength`; use `usize::MAX` for `Infinity` or `null`.
    pub max_array_length: usize,
    /// `maxStringLength`; use `usize::MAX` for `Infinity` or `null`.
    pub max_string_length: usize,
    /// `ctx.indentationLvl`: spaces of indentation of the value being formatted.
    pub indentation_lvl: usize,
    /// `ctx.currentDepth`: `recurse_times` of the object most recently entered.
    pub current_depth: usize,
}

impl Default for LayoutContext {
    /// node v20's `inspectDefaultOptions`, which `console.log` uses unchanged.
    fn default() -> LayoutContext {
        LayoutContext {
            break_length: 80,
            compact: Compact::Depth(3),
            colors: false,
            max_array_length: 100,
            max_string_length: 10_000,
            indentation_lvl: 0,
            current_depth: 0,
        }
    }
}

/// How grouped array columns are padded (node's `order` in `groupArrayElements`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alignment {
    /// `padStart`: right-aligned, for arrays of numbers and bigints.
    Right,
    /// `padEnd`: left-aligned, for everything else.
    Left,
}

/// Node's `extrasType`: what kind of container the entries belong to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extras {
    /// `kObjectType`: objects, Maps, Sets, functions, errors, …
    Object,
    /// `kArrayExtrasType`: arrays and typed arrays, whose elements may be grouped in columns.
    Array(Alignment),
}

/// Node's `reduceToSingleString`: joins formatted entries into the final text of one object,
/// on one line when it fits (and is among the innermost `compact` levels), else one entry per
/// line; arrays of more than six entries are first grouped into columns. `recurse_times` is the
/// object's depth plus one, as described in the module documentation.
pub fn reduce_to_single_string(
    ctx: &LayoutContext,
    output: Vec<String>,
    base: &str,
    braces: [&str; 2],
    extras: Extras,
    recurse_times: usize,
) -> String {
    let base_prefix = if base.is_empty() {
        String::new()
    } else {
        format!("{base} ")
    };
    let mut output = output;
    match ctx.compact {
        Compact::Always => {
            // Line up all entries on a single line if they fit within `breakLength`.
            if is_below_break_length(ctx, &output, 0, base) {
                let base_part = if base.is_empty() {
                    String::new()
                } else {
                    format!(" {base}")
                };
                return format!(
                    "{}{base_part} {} {}",
                    braces[0],
                    output.join(", "),
                    braces[1]
                );
            }
            let indentation = " ".repeat(ctx.indentation_lvl);
            // A long opening brace such as "Set {" puts the first entry on the next line so
            // the entries line up.
            let line_start = if base.is_empty() && utf16_length(braces[0]) == 1 {
                " ".to_string()
            } else {
                let base_part = if base.is_empty() {
                    String::new()
                } else {
                    format!(" {base}")
                };
                format!("{base_part}\n{indentation}  ")
            };
            let separator = format!(",\n{indentation}  ");
            format!(
                "{}{line_start}{} {}",
                braces[0],
                output.join(&separator),
                braces[1]
            )
        }
        Compact::Never | Compact::Depth(0) => {
            one_entry_per_line(ctx, &output, &base_prefix, braces)
        }
        Compact::Depth(compact) => {
            let entries = output.len();
            if let Extras::Array(alignment) = extras {
                if entries > 6 {
                    output = group_array_elements(ctx, output, alignment);
                }
            }
            // Only the innermost `compact` levels, and only when no grouping happened.
            let levels_below = ctx.current_depth as i64 - recurse_times as i64;
            if levels_below < i64::from(compact) && entries == output.len() {
                // The 10 leaves room for other factors that shorten the line.
                let start = output.len()
                    + ctx.indentation_lvl
                    + utf16_length(braces[0])
                    + utf16_length(base)
                    + 10;
                if is_below_break_length(ctx, &output, start, base) {
                    let joined = output.join(", ");
                    if !joined.contains('\n') {
                        return format!("{base_prefix}{} {joined} {}", braces[0], braces[1]);
                    }
                }
            }
            one_entry_per_line(ctx, &output, &base_prefix, braces)
        }
    }
}

/// Node's `groupArrayElements`: lays out more than six array entries in aligned columns when
/// they are short and of similar width; otherwise returns `output` unchanged. A trailing
/// `... more items` entry (present when `output.len() > ctx.max_array_length`) stays on its own
/// line.
pub fn group_array_elements(
    ctx: &LayoutContext,
    output: Vec<String>,
    alignment: Alignment,
) -> Vec<String> {
    // One for the comma, one for the space.
    const SEPARATOR_SPACE: usize = 2;
    let mut output_length = output.len();
    if ctx.max_array_length < output.len() {
        // Leave the "... n more items" entry out of the measurements.
        output_length -= 1;
    }
    let data_lengths: Vec<usize> = output[..output_length]
        .iter()
        .map(|entry| string_width(entry, ctx.colors))
        .collect();
    let total_length: usize = data_lengths
        .iter()
        .map(|length| length + SEPARATOR_SPACE)
        .sum();
    let max_length = data_lengths.iter().copied().max().unwrap_or(0);
    let actual_max = max_length + SEPARATOR_SPACE;
    let break_length = ctx.break_length as f64;
    let indentation = ctx.indentation_lvl as f64;

    // At least three entries must fit side by side, and one very long entry (over a fifth of
    // all the others) would leave too much space between short ones.
    let fits_three = (actual_max * 3) as f64 + indentation < break_length;
    if !(fits_three && (total_length as f64 / actual_max as f64 > 5.0 || max_length <= 6)) {
        return output;
    }
    let compact = match ctx.compact {
        Compact::Depth(compact) => f64::from(compact),
        Compact::Never | Compact::Always => return output,
    };
    let approx_char_heights = 2.5;
    let average_bias = (actual_max as f64 - total_length as f64 / output.len() as f64).sqrt();
    let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
    // Aim for a square: characters are about 2.5 times as high as they are wide.
    let columns =
        js_round((approx_char_heights * biased_max * output_length as f64).sqrt() / biased_max)
            .min(((break_length - indentation) / actual_max as f64).floor())
            .min(compact * 4.0)
            .min(15.0);
    if columns <= 1.0 {
        return output;
    }
    let columns = columns as usize;

    let max_line_lengths: Vec<usize> = (0..columns)
        .map(|column| {
            let widest = data_lengths
                .iter()
                .skip(column)
                .step_by(columns)
                .copied()
                .max()
                .unwrap_or(0);
            widest + SEPARATOR_SPACE
        })
        .collect();
    let mut grouped = Vec::with_capacity(output_length / columns + 2);
    for row_start in (0..output_length).step_by(columns) {
        let row_end = (row_start + columns).min(output_length);
        let mut line = String::new();
        for index in row_start..row_end - 1 {
            // Widths may be smaller than lengths (colors); pad by length like node does.
            let padding = max_line_lengths[index - row_start] + utf16_length(&output[index])
                - data_lengths[index];
            let cell = format!("{}, ", output[index]);
            match alignment {
                Alignment::Right => pad_start(&mut line, &cell, padding),
                Alignment::Left => pad_end(&mut line, &cell, padding),
            }
        }
        let last = row_end - 1;
        match alignment {
            Alignment::Right => {
                let padding = (max_line_lengths[last - row_start] + utf16_length(&output[last]))
                    .saturating_sub(data_lengths[last] + SEPARATOR_SPACE);
                pad_start(&mut line, &output[last], padding);
            }
            Alignment::Left => line.push_str(&output[last]),
        }
        grouped.push(line);
    }
    if output_length < output.len() {
        grouped.push(output[output_length].clone());
    }
    grouped
}

/// Node's `strEscape`: quotes a string as inspect prints it inside containers. Single quotes
/// unless the text contains `'`: then double quotes if it has no `"`, else backticks if it has
/// neither a backtick nor `${`, else single quotes with `\'`. Escapes `\b \t \n \f \r \\`,
/// other C0 and C1 controls and DEL as `\x1B`, and lone surrogates as `\ud83d`.
pub fn quote_string(units: &[u16]) -> String {
    let contains = |unit: u8| units.contains(&u16::from(unit));
    let mut quote = Quote::Single;
    if contains(b'\'') {
        if !contains(b'"') {
            quote = Quote::Double;
        } else if !contains(b'`') && !units.windows(2).any(|pair| pair == [0x24, 0x7B]) {
            quote = Quote::Backtick;
        }
    }
    let quote_char = match quote {
        Quote::Single => '\'',
        Quote::Double => '"',
        Quote::Backtick => '`',
    };
    let mut out = String::with_capacity(units.len() + 2);
    out.push(quote_char);
    push_escaped(&mut out, units, quote == Quote::Single);
    out.push(quote_char);
    out
}

/// How a string-keyed, enumerable own property's key prints (node's `formatProperty`): bare
/// when it matches `^[a-zA-Z_][a-zA-Z_0-9]*$`, `['__proto__']` for that key, otherwise quoted
/// with [`quote_string`] (`'a-b'`, `'1'`, `'$'`).
pub fn format_property_key(key: &[u16]) -> String {
    // Node tests for `__proto__` before the identifier pattern, which it also matches.
    if key.iter().copied().eq("__proto__".encode_utf16()) {
        return "['__proto__']".to_string();
    }
    let is_identifier = key.first().is_some_and(|&first| is_key_start(first))
        && key
            .iter()
            .all(|&unit| is_key_start(unit) || (0x30..=0x39).contains(&unit));
    if is_identifier {
        return String::from_utf16_lossy(key);
    }
    quote_string(key)
}

/// How a symbol-keyed property's key prints: `[Symbol(desc)]`, given the symbol's descriptive
/// string (`SymbolDescriptiveString`, e.g. `Symbol(desc)`), escaped like a single-quoted string
/// but without quotes.
pub fn format_symbol_key(descriptive_string: &[u16]) -> String {
    bracketed_key(descriptive_string)
}

/// How a non-enumerable string key prints when `showHidden` lists it: `[key]`, escaped like a
/// single-quoted string but without quotes. Node checks for `__proto__` first, so that key goes
/// to [`format_property_key`] whether enumerable or not.
pub fn format_hidden_key(key: &[u16]) -> String {
    bracketed_key(key)
}

/// How much `indentation_lvl` rises while a property's value is formatted (node's `diff` in
/// `formatProperty`): 3 for object properties in `compact: true` mode, otherwise 2.
pub fn property_indentation(ctx: &LayoutContext, extras: Extras) -> usize {
    if ctx.compact == Compact::Always && extras == Extras::Object {
        3
    } else {
        2
    }
}

/// A property entry, `name: value` (node's `formatProperty`); `ctx.indentation_lvl` is the
/// level outside the property. In `compact: true` mode an object property whose value is wider
/// than `breakLength` puts the value on its own line.
pub fn join_property(ctx: &LayoutContext, name: &str, value: &str, extras: Extras) -> String {
    let diff = property_indentation(ctx, extras);
    if diff == 3 && ctx.break_length < string_width(value, ctx.colors) {
        let indentation = " ".repeat(ctx.indentation_lvl + diff);
        return format!("{name}:\n{indentation}{value}");
    }
    format!("{name}: {value}")
}

/// How inspect prints a number (node's `formatNumber` without numeric separators): like
/// `Number::toString`, except -0 prints as `-0`.
pub fn format_number(value: f64) -> String {
    if value == 0.0 && value.is_sign_negative() {
        return "-0".to_string();
    }
    number_to_string(value)
}

/// How inspect prints a string inside a container (node's `formatPrimitive`): truncated to
/// `max_string_length` with a `... n more characters` trailer, quoted by [`quote_string`], and,
/// when longer than 16 units and than the room left on the line, split after each newline into
/// quoted pieces joined by ` +` and a newline indented by `indentation_lvl + 2`.
pub fn format_string(ctx: &LayoutContext, units: &[u16]) -> String {
    format_string_styled(ctx, units, |quoted| quoted)
}

/// [`format_string`] with `stylize` applied to each quoted piece (not to the trailer), as node
/// does with `colors: true` (`\x1b[32m…\x1b[39m`).
pub fn format_string_styled(
    ctx: &LayoutContext,
    units: &[u16],
    stylize: impl Fn(String) -> String,
) -> String {
    let mut units = units;
    let mut trailer = String::new();
    if units.len() > ctx.max_string_length {
        let remaining = units.len() - ctx.max_string_length;
        units = &units[..ctx.max_string_length];
        let plural = if remaining > 1 { "s" } else { "" };
        trailer = format!("... {remaining} more character{plural}");
    }
    // Node does not measure display width here, only code units.
    const MIN_LINE_LENGTH: usize = 16;
    let room = ctx.break_length as f64 - ctx.indentation_lvl as f64 - 4.0;
    if ctx.compact != Compact::Always && units.len() > MIN_LINE_LENGTH && units.len() as f64 > room
    {
        let separator = format!(" +\n{}", " ".repeat(ctx.indentation_lvl + 2));
        let pieces: Vec<String> = units
            .split_inclusive(|&unit| unit == u16::from(b'\n'))
            .map(|line| stylize(quote_string(line)))
            .collect();
        return pieces.join(&separator) + &trailer;
    }
    stylize(quote_string(units)) + &trailer
}

/// The entry that ends a truncated array, Set or Map: `... 1 more item`, `... 5 more items`.
pub fn remaining_items_text(remaining: usize) -> String {
    let plural = if remaining > 1 { "s" } else { "" };
    format!("... {remaining} more item{plural}")
}

/// The entry for a run of holes in a sparse array: `<1 empty item>`, `<3 empty items>`.
pub fn empty_items_text(count: usize) -> String {
    let plural = if count > 1 { "s" } else { "" };
    format!("<{count} empty item{plural}>")
}

/// Node's `getStringWidth(text, removeControlChars)`: the columns `text` takes on a terminal.
/// ASCII controls are zero wide. For non-ASCII text node asks ICU; we use node's own fallback
/// tables (`isFullWidthCodePoint`, `isZeroWidthCodePoint`) instead, which agree for CJK, Hangul,
/// kana and combining marks but may differ for some emoji and ambiguous-width characters.
pub fn string_width(text: &str, remove_control_chars: bool) -> usize {
    let stripped;
    let text = if remove_control_chars {
        stripped = strip_vt_control_characters(text);
        stripped.as_str()
    } else {
        text
    };
    text.chars()
        .map(|character| {
            let code = u32::from(character);
            if is_full_width_code_point(code) {
                2
            } else if is_zero_width_code_point(code) {
                0
            } else {
                1
            }
        })
        .sum()
}

/// Node's `stripVTControlCharacters`: removes every ANSI escape sequence matched by node's
/// copy of the `ansi-regex` pattern (CSI sequences such as `\x1b[31m` and OSC strings ended by
/// BEL or ST).
pub fn strip_vt_control_characters(text: &str) -> String {
    let characters: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut index = 0;
    while index < characters.len() {
        match ansi::match_at(&characters, index) {
            Some(end) => index = end,
            None => {
                out.push(characters[index]);
                index += 1;
            }
        }
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Quote {
    Single,
    Double,
    Backtick,
}

/// Lines up each entry on its own line, indented two past `ctx.indentation_lvl`.
fn one_entry_per_line(
    ctx: &LayoutContext,
    output: &[String],
    base_prefix: &str,
    braces: [&str; 2],
) -> String {
    let indentation = format!("\n{}", " ".repeat(ctx.indentation_lvl));
    let separator = format!(",{indentation}  ");
    format!(
        "{base_prefix}{}{indentation}  {}{indentation}{}",
        braces[0],
        output.join(&separator),
        braces[1]
    )
}

/// Node's `isBelowBreakLength`: whether the entries, separated by at least a comma, and `start`
/// more columns fit in `breakLength`, and `base` is a single line.
fn is_below_break_length(ctx: &LayoutContext, output: &[String], start: usize, base: &str) -> bool {
    let mut total_length = output.len() + start;
    if total_length + output.len() > ctx.break_length {
        return false;
    }
    for entry in output {
        total_length += if ctx.colors {
            utf16_length(&remove_colors(entry))
        } else {
            utf16_length(entry)
        };
        if total_length > ctx.break_length {
            return false;
        }
    }
    // Do not line up properties on the same line if `base` contains line breaks.
    base.is_empty() || !base.contains('\n')
}

/// Node's `removeColors`: deletes `\x1b[` + one or two digits + `m`.
fn remove_colors(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut index = 0;
    let mut copied = 0;
    while index < bytes.len() {
        if bytes[index] == 0x1B && bytes.get(index + 1) == Some(&b'[') {
            let digit = |offset: usize| bytes.get(index + offset).is_some_and(u8::is_ascii_digit);
            let end = if digit(2) && bytes.get(index + 3) == Some(&b'm') {
                Some(index + 4)
            } else if digit(2) && digit(3) && bytes.get(index + 4) == Some(&b'm') {
                Some(index + 5)
            } else {
                None
            };
            if let Some(end) = end {
                out.push_str(&text[copied..index]);
                copied = end;
                index = end;
                continue;
            }
        }
        index += 1;
    }
    out.push_str(&text[copied..]);
    out
}

/// Appends `units` with node's `meta` escapes; `escape_single_quote` adds `\'`.
fn push_escaped(out: &mut String, units: &[u16], escape_single_quote: bool) {
    for item in char::decode_utf16(units.iter().copied()) {
        match item {
            Ok(character) => {
                let code = u32::from(character);
                match character {
                    '\u{08}' => out.push_str("\\b"),
                    '\t' => out.push_str("\\t"),
                    '\n' => out.push_str("\\n"),
                    '\u{0C}' => out.push_str("\\f"),
                    '\r' => out.push_str("\\r"),
                    '\\' => out.push_str("\\\\"),
                    '\'' if escape_single_quote => out.push_str("\\'"),
                    _ if code < 0x20 || (0x7F..=0x9F).contains(&code) => {
                        out.push_str(&format!("\\x{code:02X}"));
                    }
                    _ => out.push(character),
                }
            }
            Err(lone) => out.push_str(&format!("\\u{:x}", lone.unpaired_surrogate())),
        }
    }
}

/// `[text]` with `text` escaped as node's `strEscapeSequencesReplacer` does (single quote
/// included), for symbol and hidden keys.
fn bracketed_key(units: &[u16]) -> String {
    let mut out = String::with_capacity(units.len() + 2);
    out.push('[');
    push_escaped(&mut out, units, true);
    out.push(']');
    out
}

fn is_key_start(unit: u16) -> bool {
    unit == u16::from(b'_') || (0x41..=0x5A).contains(&unit) || (0x61..=0x7A).contains(&unit)
}

/// The length of `text` in UTF-16 code units, which is what JS `.length` counts.
fn utf16_length(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// `Math.round` as V8 computes it: round up, then step back if that went more than a half up.
fn js_round(value: f64) -> f64 {
    let up = value.ceil();
    if up - 0.5 > value {
        up - 1.0
    } else {
        up
    }
}

/// Appends `text` right-aligned to `width` UTF-16 units (JS `padStart` with spaces).
fn pad_start(out: &mut String, text: &str, width: usize) {
    let length = utf16_length(text);
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(length)));
    out.push_str(text);
}

/// Appends `text` left-aligned to `width` UTF-16 units (JS `padEnd` with spaces).
fn pad_end(out: &mut String, text: &str, width: usize) {
    let length = utf16_length(text);
    out.push_str(text);
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(length)));
}

/// Node's `isFullWidthCodePoint` (its fallback when built without ICU).
fn is_full_width_code_point(code: u32) -> bool {
    code >= 0x1100
        && (code <= 0x115F
            || code == 0x2329
            || code == 0x232A
            || (0x2E80..=0x3247).contains(&code) && code != 0x303F
            || (0x3250..=0x4DBF).contains(&code)
            || (0x4E00..=0xA4C6).contains(&code)
            || (0xA960..=0xA97C).contains(&code)
            || (0xAC00..=0xD7A3).contains(&code)
            || (0xF900..=0xFAFF).contains(&code)
            || (0xFE10..=0xFE19).contains(&code)
            || (0xFE30..=0xFE6B).contains(&code)
            || (0xFF01..=0xFF60).contains(&code)
            || (0xFFE0..=0xFFE6).contains(&code)
            || (0x1B000..=0x1B001).contains(&code)
            || (0x1F200..=0x1F251).contains(&code)
            || (0x1F300..=0x1F64F).contains(&code)
            || (0x20000..=0x3FFFD).contains(&code))
}

/// Node's `isZeroWidthCodePoint`.
fn is_zero_width_code_point(code: u32) -> bool {
    code <= 0x1F
        || (0x7F..=0x9F).contains(&code)
        || (0x300..=0x36F).contains(&code)
        || (0x200B..=0x200F).contains(&code)
        || (0x20D0..=0x20FF).contains(&code)
        || (0xFE00..=0xFE0F).contains(&code)
        || (0xFE20..=0xFE2F).contains(&code)
        || (0xE0100..=0xE01EF).contains(&code)
}

/// A backtracking matcher for node's `ansi` regular expression, tried in the regex's own
/// priority order so it removes exactly what `String.prototype.replace` would:
///
/// ```text
/// [\x1B\x9B][[\]()#;?]*(?:
///     (?:(?:(?:;[-a-zA-Z\d\/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d\/#&.:=?%@~_]*)*)?
///      (?:\x07|\x1B\\|\x9C))
///   | (?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-nq-uy=><~]))
/// ```
mod ansi {
    /// The end of the match starting at `start`, if one does.
    pub(super) fn match_at(text: &[char], start: usize) -> Option<usize> {
        if !matches!(text.get(start), Some('\u{1B}' | '\u{9B}')) {
            return None;
        }
        let prefix_start = start + 1;
        let prefix_length = run_length(text, prefix_start, usize::MAX, is_prefix);
        (0..=prefix_length).rev().find_map(|length| {
            let at = prefix_start + length;
            string_terminated(text, at).or_else(|| control_sequence(text, at))
        })
    }

    /// The first alternative: optional parameters, then BEL, `ESC \` or ST.
    fn string_terminated(text: &[char], at: usize) -> Option<usize> {
        semicolon_parameters(text, at)
            .or_else(|| {
                let length = run_length(text, at, usize::MAX, char::is_ascii_alphanumeric);
                (1..=length)
                    .rev()
                    .find_map(|length| optional_parameters(text, at + length))
            })
            .or_else(|| terminator(text, at))
    }

    /// `(?:;X+)*` followed by the terminator.
    fn semicolon_parameters(text: &[char], at: usize) -> Option<usize> {
        if text.get(at) == Some(&';') {
            let length = run_length(text, at + 1, usize::MAX, is_parameter);
            if let Some(end) = (1..=length)
                .rev()
                .find_map(|length| semicolon_parameters(text, at + 1 + length))
            {
                return Some(end);
            }
        }
        terminator(text, at)
    }

    /// `(?:;X*)*` followed by the terminator.
    fn optional_parameters(text: &[char], at: usize) -> Option<usize> {
        if text.get(at) == Some(&';') {
            let length = run_length(text, at + 1, usize::MAX, is_parameter);
            if let Some(end) = (0..=length)
                .rev()
                .find_map(|length| optional_parameters(text, at + 1 + length))
            {
                return Some(end);
            }
        }
        terminator(text, at)
    }

    fn terminator(text: &[char], at: usize) -> Option<usize> {
        match text.get(at) {
            Some('\u{07}' | '\u{9C}') => Some(at + 1),
            Some('\u{1B}') if text.get(at + 1) == Some(&'\\') => Some(at + 2),
            _ => None,
        }
    }

    /// The second alternative: optional numeric parameters, then a final character.
    fn control_sequence(text: &[char], at: usize) -> Option<usize> {
        let digits = run_length(text, at, 4, char::is_ascii_digit);
        (1..=digits)
            .rev()
            .find_map(|length| numeric_parameters(text, at + length))
            .or_else(|| final_character(text, at))
    }

    /// `(?:;\d{0,4})*` followed by the final character.
    fn numeric_parameters(text: &[char], at: usize) -> Option<usize> {
        if text.get(at) == Some(&';') {
            let digits = run_length(text, at + 1, 4, char::is_ascii_digit);
            if let Some(end) = (0..=digits)
                .rev()
                .find_map(|length| numeric_parameters(text, at + 1 + length))
            {
                return Some(end);
            }
        }
        final_character(text, at)
    }

    fn final_character(text: &[char], at: usize) -> Option<usize> {
        let character = *text.get(at)?;
        let is_final = character.is_ascii_digit()
            || matches!(character, 'A'..='P' | 'R'..='T' | 'Z' | 'c' | 'f'..='n' | 'q'..='u' | 'y')
            || matches!(character, '=' | '>' | '<' | '~');
        is_final.then_some(at + 1)
    }

    /// How many characters from `at` (at most `limit`) satisfy `predicate`.
    fn run_length(text: &[char], at: usize, limit: usize, predicate: fn(&char) -> bool) -> usize {
        text.get(at..).map_or(0, |rest| {
            rest.iter()
                .take(limit)
                .take_while(|&character| predicate(character))
                .count()
        })
    }

    fn is_prefix(character: &char) -> bool {
        matches!(character, '[' | ']' | '(' | ')' | '#' | ';' | '?')
    }

    fn is_parameter(character: &char) -> bool {
        character.is_ascii_alphanumeric()
            || matches!(
                character,
                '-' | '/' | '#' | '&' | '.' | ':' | '=' | '?' | '%' | '@' | '~' | '_'
            )
    }
}

#[cfg(test)]
#[path = "inspect_tests.rs"]
mod tests;
