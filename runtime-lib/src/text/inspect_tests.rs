//! Tests for `inspect.rs`. Every expected string was produced by node v20's `util.inspect`
//! (which `console.log` uses for non-string arguments).
//!
//! The table tests drive the layout functions through `Walker`, a miniature of node's
//! `formatValue` for plain data (numbers, strings, booleans, null, undefined, arrays, plain and
//! class objects, Maps, Sets). It follows the module's documented contract and so doubles as a
//! worked example for the real object walker. Values reach it as JSON with markers (`$obj`,
//! `$class`, `$map`, `$set`, `$num`, `$undef`) written by the node script that printed the
//! expectations. Beyond this table the walker was checked against 24,000 random nested values
//! printed by node with random options.

use super::*;

fn utf16(text: &str) -> Vec<u16> {
    text.encode_utf16().collect()
}

// ---------------------------------------------------------------------------------------------
// A minimal JSON reader (strings stay UTF-16 so lone surrogates survive).

#[derive(Clone, Debug)]
enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(Vec<u16>),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

struct JsonReader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl JsonReader<'_> {
    fn parse(text: &str) -> Json {
        let mut reader = JsonReader {
            bytes: text.as_bytes(),
            at: 0,
        };
        let value = reader.value();
        assert_eq!(reader.at, reader.bytes.len(), "trailing JSON");
        value
    }

    fn peek(&self) -> u8 {
        self.bytes[self.at]
    }

    fn expect(&mut self, byte: u8) {
        assert_eq!(self.peek(), byte, "JSON at {}", self.at);
        self.at += 1;
    }

    fn value(&mut self) -> Json {
        match self.peek() {
            b'n' => self.literal("null", Json::Null),
            b't' => self.literal("true", Json::Bool(true)),
            b'f' => self.literal("false", Json::Bool(false)),
            b'"' => Json::String(self.string()),
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                while self.peek() != b']' {
                    if !items.is_empty() {
                        self.expect(b',');
                    }
                    items.push(self.value());
                }
                self.at += 1;
                Json::Array(items)
            }
            b'{' => {
                self.at += 1;
                let mut members = Vec::new();
                while self.peek() != b'}' {
                    if !members.is_empty() {
                        self.expect(b',');
                    }
                    let key = String::from_utf16(&self.string()).expect("test keys are valid");
                    self.expect(b':');
                    members.push((key, self.value()));
                }
                self.at += 1;
                Json::Object(members)
            }
            _ => {
                let start = self.at;
                while self.at < self.bytes.len() && b"+-.0123456789eE".contains(&self.peek()) {
                    self.at += 1;
                }
                let text = std::str::from_utf8(&self.bytes[start..self.at]).expect("ASCII number");
                Json::Number(text.parse().expect("JSON number"))
            }
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Json {
        assert!(self.bytes[self.at..].starts_with(word.as_bytes()));
        self.at += word.len();
        value
    }

    fn string(&mut self) -> Vec<u16> {
        self.expect(b'"');
        let mut units = Vec::new();
        loop {
            let byte = self.peek();
            self.at += 1;
            match byte {
                b'"' => return units,
                b'\\' => {
                    let escape = self.peek();
                    self.at += 1;
                    let unit = match escape {
                        b'n' => 0x0A,
                        b't' => 0x09,
                        b'r' => 0x0D,
                        b'b' => 0x08,
                        b'f' => 0x0C,
                        b'u' => {
                            let hex = std::str::from_utf8(&self.bytes[self.at..self.at + 4])
                                .expect("hex");
                            self.at += 4;
                            u16::from_str_radix(hex, 16).expect("JSON \\u escape")
                        }
                        other => u16::from(other),
                    };
                    units.push(unit);
                }
                _ => {
                    // Re-decode the UTF-8 sequence starting at this byte.
                    let start = self.at - 1;
                    let length = match byte {
                        0x00..=0x7F => 1,
                        0xC0..=0xDF => 2,
                        0xE0..=0xEF => 3,
                        _ => 4,
                    };
                    let text =
                        std::str::from_utf8(&self.bytes[start..start + length]).expect("UTF-8");
                    units.extend(text.encode_utf16());
                    self.at = start + length;
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The values node serialized, and a miniature walker over them.

#[derive(Clone, Debug)]
enum Value {
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    String(Vec<u16>),
    Array(Vec<Value>),
    /// A plain object (`class_name` None) or a class instance.
    Object {
        class_name: Option<String>,
        properties: Vec<(Vec<u16>, Value)>,
    },
    Map(Vec<(Value, Value)>),
    Set(Vec<Value>),
}

impl Value {
    fn from_json(json: &Json) -> Value {
        match json {
            Json::Null => Value::Null,
            Json::Bool(value) => Value::Bool(*value),
            Json::Number(value) => Value::Number(*value),
            Json::String(units) => Value::String(units.clone()),
            Json::Array(items) => Value::Array(items.iter().map(Value::from_json).collect()),
            Json::Object(members) => {
                let (marker, payload) = &members[0];
                let pairs = |json: &Json| -> Vec<(Json, Json)> {
                    let Json::Array(items) = json else {
                        panic!("marker payload is an array")
                    };
                    items
                        .iter()
                        .map(|item| match item {
                            Json::Array(pair) => (pair[0].clone(), pair[1].clone()),
                            _ => panic!("pair"),
                        })
                        .collect()
                };
                let properties = |json: &Json| -> Vec<(Vec<u16>, Value)> {
                    pairs(json)
                        .iter()
                        .map(|(key, value)| match key {
                            Json::String(key) => (key.clone(), Value::from_json(value)),
                            _ => panic!("string key"),
                        })
                        .collect()
                };
                match marker.as_str() {
                    "$undef" => Value::Undefined,
                    "$num" => match payload {
                        Json::String(text) => {
                            Value::Number(String::from_utf16_lossy(text).parse().expect("number"))
                        }
                        _ => panic!("$num"),
                    },
                    "$obj" => Value::Object {
                        class_name: None,
                        properties: properties(payload),
                    },
                    "$class" => {
                        let Json::String(name) = payload else {
                            panic!("$class name")
                        };
                        Value::Object {
                            class_name: Some(String::from_utf16_lossy(name)),
                            properties: properties(&members[1].1),
                        }
                    }
                    "$map" => Value::Map(
                        pairs(payload)
                            .iter()
                            .map(|(key, value)| (Value::from_json(key), Value::from_json(value)))
                            .collect(),
                    ),
                    "$set" => match payload {
                        Json::Array(items) => {
                            Value::Set(items.iter().map(Value::from_json).collect())
                        }
                        _ => panic!("$set"),
                    },
                    other => panic!("unknown marker {other}"),
                }
            }
        }
    }
}

/// A miniature of node's `formatValue`/`formatRaw` for the values above, at depth 2.
struct Walker {
    ctx: LayoutContext,
}

impl Walker {
    const DEPTH: usize = 2;

    fn stylize(&self, text: String, style: &str) -> String {
        if !self.ctx.colors {
            return text;
        }
        let (open, close) = match style {
            "number" | "boolean" => (33, 39),
            "string" => (32, 39),
            "undefined" => (90, 39),
            "null" => (1, 22),
            "special" => (36, 39),
            _ => return text,
        };
        format!("\u{1b}[{open}m{text}\u{1b}[{close}m")
    }

    fn format_value(&mut self, value: &Value, recurse_times: usize) -> String {
        match value {
            Value::Undefined => self.stylize("undefined".to_string(), "undefined"),
            Value::Null => self.stylize("null".to_string(), "null"),
            Value::Bool(value) => self.stylize(value.to_string(), "boolean"),
            Value::Number(value) => self.stylize(format_number(*value), "number"),
            Value::String(units) => {
                let colors = self.ctx.colors;
                format_string_styled(&self.ctx, units, |quoted| {
                    if colors {
                        format!("\u{1b}[32m{quoted}\u{1b}[39m")
                    } else {
                        quoted
                    }
                })
            }
            _ => self.format_raw(value, recurse_times),
        }
    }

    fn format_raw(&mut self, value: &Value, recurse_times: usize) -> String {
        let (braces, extras, entry_count, constructor): ([String; 2], Extras, usize, String) =
            match value {
                Value::Array(items) => {
                    let shown = items.len().min(self.ctx.max_array_length)
                        + usize::from(items.len() > self.ctx.max_array_length);
                    // Node checks value[i] for every output index, past the end included.
                    let numeric =
                        (0..shown).all(|index| matches!(items.get(index), Some(Value::Number(_))));
                    let alignment = if numeric {
                        Alignment::Right
                    } else {
                        Alignment::Left
                    };
                    (
                        ["[".into(), "]".into()],
                        Extras::Array(alignment),
                        items.len(),
                        "Array".into(),
                    )
                }
                Value::Object {
                    class_name,
                    properties,
                } => {
                    let prefix = class_name
                        .as_ref()
                        .map_or(String::new(), |name| format!("{name} "));
                    let name = class_name.clone().unwrap_or_else(|| "Object".into());
                    (
                        [format!("{prefix}{{"), "}".into()],
                        Extras::Object,
                        properties.len(),
                        name,
                    )
                }
                Value::Map(entries) => (
                    [format!("Map({}) {{", entries.len()), "}".into()],
                    Extras::Object,
                    entries.len(),
                    "Map".into(),
                ),
                Value::Set(items) => (
                    [format!("Set({}) {{", items.len()), "}".into()],
                    Extras::Object,
                    items.len(),
                    "Set".into(),
                ),
                _ => unreachable!("primitives are formatted by format_value"),
            };
        if entry_count == 0 {
            return format!("{}{}", braces[0], braces[1]);
        }
        if recurse_times > Self::DEPTH {
            return self.stylize(format!("[{constructor}]"), "special");
        }
        let recurse_times = recurse_times + 1;
        self.ctx.current_depth = recurse_times;
        let mut output = Vec::new();
        match value {
            Value::Array(items) => {
                for item in items.iter().take(self.ctx.max_array_length) {
                    let diff = property_indentation(&self.ctx, extras);
                    self.ctx.indentation_lvl += diff;
                    output.push(self.format_value(item, recurse_times));
                    self.ctx.indentation_lvl -= diff;
                }
                if items.len() > self.ctx.max_array_length {
                    output.push(remaining_items_text(
                        items.len() - self.ctx.max_array_length,
                    ));
                }
            }
            Value::Object { properties, .. } => {
                // Integer-like keys come first, ascending, as in any ordinary object.
                let is_index = |key: &[u16]| {
                    let text = String::from_utf16_lossy(key);
                    text.parse::<u32>()
                        .is_ok_and(|index| index.to_string() == text && index != u32::MAX)
                };
                let mut ordered: Vec<&(Vec<u16>, Value)> =
                    properties.iter().filter(|(key, _)| is_index(key)).collect();
                ordered.sort_by_key(|(key, _)| {
                    String::from_utf16_lossy(key).parse::<u32>().expect("index")
                });
                ordered.extend(properties.iter().filter(|(key, _)| !is_index(key)));
                for (key, item) in ordered {
                    let diff = property_indentation(&self.ctx, Extras::Object);
                    self.ctx.indentation_lvl += diff;
                    let text = self.format_value(item, recurse_times);
                    self.ctx.indentation_lvl -= diff;
                    let mut name = format_property_key(key);
                    if name.starts_with(['\'', '"', '`']) {
                        name = self.stylize(name, "string");
                    }
                    output.push(join_property(&self.ctx, &name, &text, Extras::Object));
                }
            }
            Value::Map(entries) => {
                self.ctx.indentation_lvl += 2;
                for (key, item) in entries.iter().take(self.ctx.max_array_length) {
                    let key = self.format_value(key, recurse_times);
                    let item = self.format_value(item, recurse_times);
                    output.push(format!("{key} => {item}"));
                }
                if entries.len() > self.ctx.max_array_length {
                    output.push(remaining_items_text(
                        entries.len() - self.ctx.max_array_length,
                    ));
                }
                self.ctx.indentation_lvl -= 2;
            }
            Value::Set(items) => {
                self.ctx.indentation_lvl += 2;
                for item in items.iter().take(self.ctx.max_array_length) {
                    output.push(self.format_value(item, recurse_times));
                }
                if items.len() > self.ctx.max_array_length {
                    output.push(remaining_items_text(
                        items.len() - self.ctx.max_array_length,
                    ));
                }
                self.ctx.indentation_lvl -= 2;
            }
            _ => unreachable!(),
        }
        reduce_to_single_string(
            &self.ctx,
            output,
            "",
            [&braces[0], &braces[1]],
            extras,
            recurse_times,
        )
    }
}

/// The options a table row was printed with, in the JSON the generator wrote.
fn context_from_options(options: &str) -> LayoutContext {
    let Json::Object(members) = JsonReader::parse(options) else {
        panic!("options object")
    };
    let mut ctx = LayoutContext::default();
    for (name, value) in members {
        match (name.as_str(), value) {
            ("compact", Json::Bool(true)) => ctx.compact = Compact::Always,
            ("compact", Json::Bool(false)) => ctx.compact = Compact::Never,
            ("compact", Json::Number(levels)) => ctx.compact = Compact::Depth(levels as u32),
            ("breakLength", Json::Null) => ctx.break_length = usize::MAX,
            ("breakLength", Json::Number(length)) => ctx.break_length = length as usize,
            ("colors", Json::Bool(colors)) => ctx.colors = colors,
            ("maxArrayLength", Json::Number(length)) => ctx.max_array_length = length as usize,
            ("maxStringLength", Json::Number(length)) => ctx.max_string_length = length as usize,
            (other, _) => panic!("unknown option {other}"),
        }
    }
    ctx
}

#[test]
fn layout_matches_node() {
    let mut failures = Vec::new();
    for &(source, options, json, expected) in CASES {
        let value = Value::from_json(&JsonReader::parse(json));
        let mut walker = Walker {
            ctx: context_from_options(options),
        };
        let actual = walker.format_value(&value, 0);
        if actual != expected {
            failures.push(format!(
                "{source} with {options}\n--- node:\n{expected}\n--- kiln:\n{actual}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n\n")
    );
}

// ---------------------------------------------------------------------------------------------
// The pieces on their own.

#[test]
fn quote_string_matches_node() {
    let cases: &[(&[u16], &str)] = &[
        (&utf16(""), "''"),
        (&utf16("a"), "'a'"),
        (&utf16("it's"), "\"it's\""),
        (&utf16("say \"hi\""), "'say \"hi\"'"),
        (&utf16("both ' and \""), "`both ' and \"`"),
        (&utf16("both ' \" `"), "'both \\' \" `'"),
        (&utf16("x ' \" ${"), "'x \\' \" ${'"),
        (
            &utf16("\u{0}\u{1}\u{7}\u{8}\t\n\u{b}\u{c}\r\u{e}\u{1b}\u{1f}\u{7f}\u{80}\u{9f}\u{a0}"),
            "'\\x00\\x01\\x07\\b\\t\\n\\x0B\\f\\r\\x0E\\x1B\\x1F\\x7F\\x80\\x9F\u{a0}'",
        ),
        (&utf16("\\"), "'\\\\'"),
        (&[0xD83D], "'\\ud83d'"),
        (&[0xDE00, 0x78], "'\\ude00x'"),
        (&[0xD83D, 0xDE00], "'\u{1F600}'"),
        (&[0xDE00, 0xD83D], "'\\ude00\\ud83d'"),
        (&utf16("é日本"), "'é日本'"),
    ];
    for &(input, expected) in cases {
        assert_eq!(quote_string(input), expected, "{input:x?}");
    }
}

#[test]
fn property_keys_match_node() {
    for (key, expected) in [
        ("a", "a"),
        ("_x1", "_x1"),
        ("$", "'$'"),
        ("a-b", "'a-b'"),
        ("1a", "'1a'"),
        ("1", "'1'"),
        ("", "''"),
        ("it's", "\"it's\""),
        ("café", "'café'"),
        ("__proto__", "['__proto__']"),
        ("constructor", "constructor"),
    ] {
        assert_eq!(format_property_key(&utf16(key)), expected, "{key}");
    }
    // { [Symbol("it's\n")]: 1 } prints as { [Symbol(it\'s\n)]: 1 }.
    assert_eq!(
        format_symbol_key(&utf16("Symbol(it's\n)")),
        "[Symbol(it\\'s\\n)]"
    );
    // showHidden prints a non-enumerable "hid'den" as [hid\'den].
    assert_eq!(format_hidden_key(&utf16("hid'den")), "[hid\\'den]");
}

#[test]
fn numbers_and_counters_match_node() {
    assert_eq!(format_number(-0.0), "-0");
    assert_eq!(format_number(0.0), "0");
    assert_eq!(format_number(f64::NAN), "NaN");
    assert_eq!(format_number(1e21), "1e+21");
    assert_eq!(remaining_items_text(1), "... 1 more item");
    assert_eq!(remaining_items_text(50), "... 50 more items");
    assert_eq!(empty_items_text(1), "<1 empty item>");
    assert_eq!(empty_items_text(5), "<5 empty items>");
}

#[test]
fn long_strings_are_truncated() {
    // util.inspect(['y'.repeat(10001)]) ends with `yyy'... 1 more character` and
    // 'x'.repeat(10010) with `xxx'... 10 more characters`.
    let ctx = LayoutContext {
        indentation_lvl: 2,
        ..LayoutContext::default()
    };
    let text = format_string(&ctx, &vec![u16::from(b'y'); 10_001]);
    assert_eq!(text.len(), 10_002 + "... 1 more character".len());
    assert!(text.ends_with("yyy'... 1 more character"));
    let text = format_string(&LayoutContext::default(), &vec![u16::from(b'x'); 10_010]);
    assert!(text.ends_with("xxx'... 10 more characters"));
}

#[test]
fn compact_true_puts_wide_values_on_their_own_line() {
    // util.inspect({ a: 1, b: 'x'.repeat(90) }, { compact: true })
    let ctx = LayoutContext {
        compact: Compact::Always,
        ..LayoutContext::default()
    };
    let wide = format!("'{}'", "x".repeat(90));
    let output = vec![
        join_property(&ctx, "a", "1", Extras::Object),
        join_property(&ctx, "b", &wide, Extras::Object),
    ];
    let expected = format!("{{ a: 1,\n  b:\n   {wide} }}");
    assert_eq!(
        reduce_to_single_string(&ctx, output, "", ["{", "}"], Extras::Object, 1),
        expected
    );
    // util.inspect(new Map([['a', 1]]), { compact: true, breakLength: 5 })
    let ctx = LayoutContext {
        compact: Compact::Always,
        break_length: 5,
        ..LayoutContext::default()
    };
    let output = vec!["'a' => 1".to_string()];
    assert_eq!(
        reduce_to_single_string(&ctx, output, "", ["Map(1) {", "}"], Extras::Object, 1),
        "Map(1) {\n  'a' => 1 }"
    );
}

#[test]
fn base_prefixes_the_braces() {
    // const f = function f() {}; f.a = 1; f.b = 'x'; util.inspect(f)
    let ctx = LayoutContext {
        current_depth: 1,
        ..LayoutContext::default()
    };
    let output = vec!["a: 1".to_string(), "b: 'x'".to_string()];
    assert_eq!(
        reduce_to_single_string(
            &ctx,
            output.clone(),
            "[Function: f]",
            ["{", "}"],
            Extras::Object,
            1
        ),
        "[Function: f] { a: 1, b: 'x' }"
    );
    // A multi-line base (an error's stack) never shares a line with the properties.
    assert_eq!(
        reduce_to_single_string(
            &ctx,
            output,
            "Error: boom\n    at x",
            ["{", "}"],
            Extras::Object,
            1
        ),
        "Error: boom\n    at x {\n  a: 1,\n  b: 'x'\n}"
    );
}

#[test]
fn string_width_ignores_escapes_only_when_asked() {
    assert_eq!(string_width("abc", false), 3);
    assert_eq!(string_width("\u{1b}[33m12\u{1b}[39m", true), 2);
    // Without stripping, ESC is zero wide but "[33m" is not.
    assert_eq!(string_width("\u{1b}[33m12\u{1b}[39m", false), 10);
    assert_eq!(string_width("日本語", false), 6);
    assert_eq!(string_width("e\u{301}", false), 1);
}

#[test]
fn strip_vt_control_characters_matches_node() {
    // Expected values from node's util.stripVTControlCharacters.
    for (input, expected) in [
        ("\u{1b}[31mred\u{1b}[39m", "red"),
        ("\u{1b}[1;31mbold\u{1b}[0m", "bold"),
        (
            "\u{1b}]8;;https://example.com\u{7}link\u{1b}]8;;\u{7}",
            "link",
        ),
        ("\u{1b}]0;title\u{1b}\\after", "after"),
        ("\u{9b}32mcsi", "csi"),
        ("\u{1b}[123", ""),
        ("\u{1b}[12345m", "m"),
        ("\u{1b}[?25l hidden cursor", " hidden cursor"),
        ("\u{1b}x", "\u{1b}x"),
        ("plain", "plain"),
        ("\u{1b}[38;5;208morange", "orange"),
    ] {
        assert_eq!(strip_vt_control_characters(input), expected, "{input:?}");
    }
}

const CASES: &[(&str, &str, &str, &str)] = &[
    (
        "[1, 2, 3]",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[1,2,3]",
        "[ 1, 2, 3 ]",
    ),
    (
        "[1, 2, 3, 4, 5, 6]",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[1,2,3,4,5,6]",
        "[ 1, 2, 3, 4, 5, 6 ]",
    ),
    (
        "[1, 2, 3, 4, 5, 6, 7]",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[1,2,3,4,5,6,7]",
        "[\u{a}  1, 2, 3, 4,\u{a}  5, 6, 7\u{a}]",
    ),
    (
        "Array.from({ length: 27 }, (_, i) => i + 1)",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27]",
        "[\u{a}   1,  2,  3,  4,  5,  6,  7,  8,\u{a}   9, 10, 11, 12, 13, 14, 15, 16,\u{a}  17, 18, 19, 20, 21, 22, 23, 24,\u{a}  25, 26, 27\u{a}]",
    ),
    (
        "Array.from({ length: 27 }, (_, i) => i + 1)",
        "{\"compact\":true,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27]",
        "[ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27 ]",
    ),
    (
        "Array.from({ length: 27 }, (_, i) => i + 1)",
        "{\"compact\":false,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27]",
        "[\u{a}  1,\u{a}  2,\u{a}  3,\u{a}  4,\u{a}  5,\u{a}  6,\u{a}  7,\u{a}  8,\u{a}  9,\u{a}  10,\u{a}  11,\u{a}  12,\u{a}  13,\u{a}  14,\u{a}  15,\u{a}  16,\u{a}  17,\u{a}  18,\u{a}  19,\u{a}  20,\u{a}  21,\u{a}  22,\u{a}  23,\u{a}  24,\u{a}  25,\u{a}  26,\u{a}  27\u{a}]",
    ),
    (
        "Array.from({ length: 27 }, (_, i) => i + 1)",
        "{\"compact\":1,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27]",
        "[\u{a}   1,  2,  3,  4,\u{a}   5,  6,  7,  8,\u{a}   9, 10, 11, 12,\u{a}  13, 14, 15, 16,\u{a}  17, 18, 19, 20,\u{a}  21, 22, 23, 24,\u{a}  25, 26, 27\u{a}]",
    ),
    (
        "Array.from({ length: 27 }, (_, i) => i + 1)",
        "{\"compact\":3,\"breakLength\":40,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27]",
        "[\u{a}   1,  2,  3,  4,  5,  6,  7,  8,\u{a}   9, 10, 11, 12, 13, 14, 15, 16,\u{a}  17, 18, 19, 20, 21, 22, 23, 24,\u{a}  25, 26, 27\u{a}]",
    ),
    (
        "Array.from({ length: 27 }, (_, i) => i + 1)",
        "{\"compact\":3,\"breakLength\":null,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27]",
        "[\u{a}   1,  2,  3,  4,  5,  6,  7,  8,\u{a}   9, 10, 11, 12, 13, 14, 15, 16,\u{a}  17, 18, 19, 20, 21, 22, 23, 24,\u{a}  25, 26, 27\u{a}]",
    ),
    (
        "Array.from({ length: 27 }, (_, i) => i + 1)",
        "{\"compact\":3,\"breakLength\":80,\"colors\":true,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27]",
        "[\u{a}   \u{1b}[33m1\u{1b}[39m,  \u{1b}[33m2\u{1b}[39m,  \u{1b}[33m3\u{1b}[39m,  \u{1b}[33m4\u{1b}[39m,  \u{1b}[33m5\u{1b}[39m,  \u{1b}[33m6\u{1b}[39m,  \u{1b}[33m7\u{1b}[39m,  \u{1b}[33m8\u{1b}[39m,\u{a}   \u{1b}[33m9\u{1b}[39m, \u{1b}[33m10\u{1b}[39m, \u{1b}[33m11\u{1b}[39m, \u{1b}[33m12\u{1b}[39m, \u{1b}[33m13\u{1b}[39m, \u{1b}[33m14\u{1b}[39m, \u{1b}[33m15\u{1b}[39m, \u{1b}[33m16\u{1b}[39m,\u{a}  \u{1b}[33m17\u{1b}[39m, \u{1b}[33m18\u{1b}[39m, \u{1b}[33m19\u{1b}[39m, \u{1b}[33m20\u{1b}[39m, \u{1b}[33m21\u{1b}[39m, \u{1b}[33m22\u{1b}[39m, \u{1b}[33m23\u{1b}[39m, \u{1b}[33m24\u{1b}[39m,\u{a}  \u{1b}[33m25\u{1b}[39m, \u{1b}[33m26\u{1b}[39m, \u{1b}[33m27\u{1b}[39m\u{a}]",
    ),
    (
        "Array.from({ length: 27 }, (_, i) => i * 1000)",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[0,1000,2000,3000,4000,5000,6000,7000,8000,9000,10000,11000,12000,13000,14000,15000,16000,17000,18000,19000,20000,21000,22000,23000,24000,25000,26000]",
        "[\u{a}      0,  1000,  2000,  3000,  4000,\u{a}   5000,  6000,  7000,  8000,  9000,\u{a}  10000, 11000, 12000, 13000, 14000,\u{a}  15000, 16000, 17000, 18000, 19000,\u{a}  20000, 21000, 22000, 23000, 24000,\u{a}  25000, 26000\u{a}]",
    ),
    (
        "Array.from({ length: 101 }, (_, i) => i)",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]",
        "[\u{a}   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\u{a}  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\u{a}  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\u{a}  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\u{a}  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\u{a}  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\u{a}  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\u{a}  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\u{a}  96, 97, 98, 99,\u{a}  ... 1 more item\u{a}]",
    ),
    (
        "Array.from({ length: 101 }, (_, i) => i)",
        "{\"compact\":true,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]",
        "[ 0,\u{a}  1,\u{a}  2,\u{a}  3,\u{a}  4,\u{a}  5,\u{a}  6,\u{a}  7,\u{a}  8,\u{a}  9,\u{a}  10,\u{a}  11,\u{a}  12,\u{a}  13,\u{a}  14,\u{a}  15,\u{a}  16,\u{a}  17,\u{a}  18,\u{a}  19,\u{a}  20,\u{a}  21,\u{a}  22,\u{a}  23,\u{a}  24,\u{a}  25,\u{a}  26,\u{a}  27,\u{a}  28,\u{a}  29,\u{a}  30,\u{a}  31,\u{a}  32,\u{a}  33,\u{a}  34,\u{a}  35,\u{a}  36,\u{a}  37,\u{a}  38,\u{a}  39,\u{a}  40,\u{a}  41,\u{a}  42,\u{a}  43,\u{a}  44,\u{a}  45,\u{a}  46,\u{a}  47,\u{a}  48,\u{a}  49,\u{a}  50,\u{a}  51,\u{a}  52,\u{a}  53,\u{a}  54,\u{a}  55,\u{a}  56,\u{a}  57,\u{a}  58,\u{a}  59,\u{a}  60,\u{a}  61,\u{a}  62,\u{a}  63,\u{a}  64,\u{a}  65,\u{a}  66,\u{a}  67,\u{a}  68,\u{a}  69,\u{a}  70,\u{a}  71,\u{a}  72,\u{a}  73,\u{a}  74,\u{a}  75,\u{a}  76,\u{a}  77,\u{a}  78,\u{a}  79,\u{a}  80,\u{a}  81,\u{a}  82,\u{a}  83,\u{a}  84,\u{a}  85,\u{a}  86,\u{a}  87,\u{a}  88,\u{a}  89,\u{a}  90,\u{a}  91,\u{a}  92,\u{a}  93,\u{a}  94,\u{a}  95,\u{a}  96,\u{a}  97,\u{a}  98,\u{a}  99,\u{a}  ... 1 more item ]",
    ),
    (
        "Array.from({ length: 101 }, (_, i) => i)",
        "{\"compact\":false,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]",
        "[\u{a}  0,\u{a}  1,\u{a}  2,\u{a}  3,\u{a}  4,\u{a}  5,\u{a}  6,\u{a}  7,\u{a}  8,\u{a}  9,\u{a}  10,\u{a}  11,\u{a}  12,\u{a}  13,\u{a}  14,\u{a}  15,\u{a}  16,\u{a}  17,\u{a}  18,\u{a}  19,\u{a}  20,\u{a}  21,\u{a}  22,\u{a}  23,\u{a}  24,\u{a}  25,\u{a}  26,\u{a}  27,\u{a}  28,\u{a}  29,\u{a}  30,\u{a}  31,\u{a}  32,\u{a}  33,\u{a}  34,\u{a}  35,\u{a}  36,\u{a}  37,\u{a}  38,\u{a}  39,\u{a}  40,\u{a}  41,\u{a}  42,\u{a}  43,\u{a}  44,\u{a}  45,\u{a}  46,\u{a}  47,\u{a}  48,\u{a}  49,\u{a}  50,\u{a}  51,\u{a}  52,\u{a}  53,\u{a}  54,\u{a}  55,\u{a}  56,\u{a}  57,\u{a}  58,\u{a}  59,\u{a}  60,\u{a}  61,\u{a}  62,\u{a}  63,\u{a}  64,\u{a}  65,\u{a}  66,\u{a}  67,\u{a}  68,\u{a}  69,\u{a}  70,\u{a}  71,\u{a}  72,\u{a}  73,\u{a}  74,\u{a}  75,\u{a}  76,\u{a}  77,\u{a}  78,\u{a}  79,\u{a}  80,\u{a}  81,\u{a}  82,\u{a}  83,\u{a}  84,\u{a}  85,\u{a}  86,\u{a}  87,\u{a}  88,\u{a}  89,\u{a}  90,\u{a}  91,\u{a}  92,\u{a}  93,\u{a}  94,\u{a}  95,\u{a}  96,\u{a}  97,\u{a}  98,\u{a}  99,\u{a}  ... 1 more item\u{a}]",
    ),
    (
        "Array.from({ length: 101 }, (_, i) => i)",
        "{\"compact\":1,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]",
        "[\u{a}   0,  1,  2,  3,\u{a}   4,  5,  6,  7,\u{a}   8,  9, 10, 11,\u{a}  12, 13, 14, 15,\u{a}  16, 17, 18, 19,\u{a}  20, 21, 22, 23,\u{a}  24, 25, 26, 27,\u{a}  28, 29, 30, 31,\u{a}  32, 33, 34, 35,\u{a}  36, 37, 38, 39,\u{a}  40, 41, 42, 43,\u{a}  44, 45, 46, 47,\u{a}  48, 49, 50, 51,\u{a}  52, 53, 54, 55,\u{a}  56, 57, 58, 59,\u{a}  60, 61, 62, 63,\u{a}  64, 65, 66, 67,\u{a}  68, 69, 70, 71,\u{a}  72, 73, 74, 75,\u{a}  76, 77, 78, 79,\u{a}  80, 81, 82, 83,\u{a}  84, 85, 86, 87,\u{a}  88, 89, 90, 91,\u{a}  92, 93, 94, 95,\u{a}  96, 97, 98, 99,\u{a}  ... 1 more item\u{a}]",
    ),
    (
        "Array.from({ length: 101 }, (_, i) => i)",
        "{\"compact\":3,\"breakLength\":40,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]",
        "[\u{a}   0,  1,  2,  3,  4,  5,  6,  7,  8,  9,\u{a}  10, 11, 12, 13, 14, 15, 16, 17, 18, 19,\u{a}  20, 21, 22, 23, 24, 25, 26, 27, 28, 29,\u{a}  30, 31, 32, 33, 34, 35, 36, 37, 38, 39,\u{a}  40, 41, 42, 43, 44, 45, 46, 47, 48, 49,\u{a}  50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\u{a}  60, 61, 62, 63, 64, 65, 66, 67, 68, 69,\u{a}  70, 71, 72, 73, 74, 75, 76, 77, 78, 79,\u{a}  80, 81, 82, 83, 84, 85, 86, 87, 88, 89,\u{a}  90, 91, 92, 93, 94, 95, 96, 97, 98, 99,\u{a}  ... 1 more item\u{a}]",
    ),
    (
        "Array.from({ length: 101 }, (_, i) => i)",
        "{\"compact\":3,\"breakLength\":null,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]",
        "[\u{a}   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\u{a}  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\u{a}  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\u{a}  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\u{a}  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\u{a}  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\u{a}  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\u{a}  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\u{a}  96, 97, 98, 99,\u{a}  ... 1 more item\u{a}]",
    ),
    (
        "Array.from({ length: 101 }, (_, i) => i)",
        "{\"compact\":3,\"breakLength\":80,\"colors\":true,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]",
        "[\u{a}   \u{1b}[33m0\u{1b}[39m,  \u{1b}[33m1\u{1b}[39m,  \u{1b}[33m2\u{1b}[39m,  \u{1b}[33m3\u{1b}[39m,  \u{1b}[33m4\u{1b}[39m,  \u{1b}[33m5\u{1b}[39m,  \u{1b}[33m6\u{1b}[39m,  \u{1b}[33m7\u{1b}[39m,  \u{1b}[33m8\u{1b}[39m,  \u{1b}[33m9\u{1b}[39m, \u{1b}[33m10\u{1b}[39m, \u{1b}[33m11\u{1b}[39m,\u{a}  \u{1b}[33m12\u{1b}[39m, \u{1b}[33m13\u{1b}[39m, \u{1b}[33m14\u{1b}[39m, \u{1b}[33m15\u{1b}[39m, \u{1b}[33m16\u{1b}[39m, \u{1b}[33m17\u{1b}[39m, \u{1b}[33m18\u{1b}[39m, \u{1b}[33m19\u{1b}[39m, \u{1b}[33m20\u{1b}[39m, \u{1b}[33m21\u{1b}[39m, \u{1b}[33m22\u{1b}[39m, \u{1b}[33m23\u{1b}[39m,\u{a}  \u{1b}[33m24\u{1b}[39m, \u{1b}[33m25\u{1b}[39m, \u{1b}[33m26\u{1b}[39m, \u{1b}[33m27\u{1b}[39m, \u{1b}[33m28\u{1b}[39m, \u{1b}[33m29\u{1b}[39m, \u{1b}[33m30\u{1b}[39m, \u{1b}[33m31\u{1b}[39m, \u{1b}[33m32\u{1b}[39m, \u{1b}[33m33\u{1b}[39m, \u{1b}[33m34\u{1b}[39m, \u{1b}[33m35\u{1b}[39m,\u{a}  \u{1b}[33m36\u{1b}[39m, \u{1b}[33m37\u{1b}[39m, \u{1b}[33m38\u{1b}[39m, \u{1b}[33m39\u{1b}[39m, \u{1b}[33m40\u{1b}[39m, \u{1b}[33m41\u{1b}[39m, \u{1b}[33m42\u{1b}[39m, \u{1b}[33m43\u{1b}[39m, \u{1b}[33m44\u{1b}[39m, \u{1b}[33m45\u{1b}[39m, \u{1b}[33m46\u{1b}[39m, \u{1b}[33m47\u{1b}[39m,\u{a}  \u{1b}[33m48\u{1b}[39m, \u{1b}[33m49\u{1b}[39m, \u{1b}[33m50\u{1b}[39m, \u{1b}[33m51\u{1b}[39m, \u{1b}[33m52\u{1b}[39m, \u{1b}[33m53\u{1b}[39m, \u{1b}[33m54\u{1b}[39m, \u{1b}[33m55\u{1b}[39m, \u{1b}[33m56\u{1b}[39m, \u{1b}[33m57\u{1b}[39m, \u{1b}[33m58\u{1b}[39m, \u{1b}[33m59\u{1b}[39m,\u{a}  \u{1b}[33m60\u{1b}[39m, \u{1b}[33m61\u{1b}[39m, \u{1b}[33m62\u{1b}[39m, \u{1b}[33m63\u{1b}[39m, \u{1b}[33m64\u{1b}[39m, \u{1b}[33m65\u{1b}[39m, \u{1b}[33m66\u{1b}[39m, \u{1b}[33m67\u{1b}[39m, \u{1b}[33m68\u{1b}[39m, \u{1b}[33m69\u{1b}[39m, \u{1b}[33m70\u{1b}[39m, \u{1b}[33m71\u{1b}[39m,\u{a}  \u{1b}[33m72\u{1b}[39m, \u{1b}[33m73\u{1b}[39m, \u{1b}[33m74\u{1b}[39m, \u{1b}[33m75\u{1b}[39m, \u{1b}[33m76\u{1b}[39m, \u{1b}[33m77\u{1b}[39m, \u{1b}[33m78\u{1b}[39m, \u{1b}[33m79\u{1b}[39m, \u{1b}[33m80\u{1b}[39m, \u{1b}[33m81\u{1b}[39m, \u{1b}[33m82\u{1b}[39m, \u{1b}[33m83\u{1b}[39m,\u{a}  \u{1b}[33m84\u{1b}[39m, \u{1b}[33m85\u{1b}[39m, \u{1b}[33m86\u{1b}[39m, \u{1b}[33m87\u{1b}[39m, \u{1b}[33m88\u{1b}[39m, \u{1b}[33m89\u{1b}[39m, \u{1b}[33m90\u{1b}[39m, \u{1b}[33m91\u{1b}[39m, \u{1b}[33m92\u{1b}[39m, \u{1b}[33m93\u{1b}[39m, \u{1b}[33m94\u{1b}[39m, \u{1b}[33m95\u{1b}[39m,\u{a}  \u{1b}[33m96\u{1b}[39m, \u{1b}[33m97\u{1b}[39m, \u{1b}[33m98\u{1b}[39m, \u{1b}[33m99\u{1b}[39m,\u{a}  ... 1 more item\u{a}]",
    ),
    (
        "Array.from({ length: 150 }, (_, i) => i * i)",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[0,1,4,9,16,25,36,49,64,81,100,121,144,169,196,225,256,289,324,361,400,441,484,529,576,625,676,729,784,841,900,961,1024,1089,1156,1225,1296,1369,1444,1521,1600,1681,1764,1849,1936,2025,2116,2209,2304,2401,2500,2601,2704,2809,2916,3025,3136,3249,3364,3481,3600,3721,3844,3969,4096,4225,4356,4489,4624,4761,4900,5041,5184,5329,5476,5625,5776,5929,6084,6241,6400,6561,6724,6889,7056,7225,7396,7569,7744,7921,8100,8281,8464,8649,8836,9025,9216,9409,9604,9801,10000,10201,10404,10609,10816,11025,11236,11449,11664,11881,12100,12321,12544,12769,12996,13225,13456,13689,13924,14161,14400,14641,14884,15129,15376,15625,15876,16129,16384,16641,16900,17161,17424,17689,17956,18225,18496,18769,19044,19321,19600,19881,20164,20449,20736,21025,21316,21609,21904,22201]",
        "[\u{a}     0,    1,    4,    9,   16,   25,   36,   49,   64,   81,\u{a}   100,  121,  144,  169,  196,  225,  256,  289,  324,  361,\u{a}   400,  441,  484,  529,  576,  625,  676,  729,  784,  841,\u{a}   900,  961, 1024, 1089, 1156, 1225, 1296, 1369, 1444, 1521,\u{a}  1600, 1681, 1764, 1849, 1936, 2025, 2116, 2209, 2304, 2401,\u{a}  2500, 2601, 2704, 2809, 2916, 3025, 3136, 3249, 3364, 3481,\u{a}  3600, 3721, 3844, 3969, 4096, 4225, 4356, 4489, 4624, 4761,\u{a}  4900, 5041, 5184, 5329, 5476, 5625, 5776, 5929, 6084, 6241,\u{a}  6400, 6561, 6724, 6889, 7056, 7225, 7396, 7569, 7744, 7921,\u{a}  8100, 8281, 8464, 8649, 8836, 9025, 9216, 9409, 9604, 9801,\u{a}  ... 50 more items\u{a}]",
    ),
    (
        "Array.from({ length: 12 }, (_, i) => i * i)",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[0,1,4,9,16,25,36,49,64,81,100,121]",
        "[\u{a}    0,   1,  4,  9, 16,\u{a}   25,  36, 49, 64, 81,\u{a}  100, 121\u{a}]",
    ),
    (
        "Array.from({ length: 12 }, (_, i) => i * i)",
        "{\"compact\":true,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[0,1,4,9,16,25,36,49,64,81,100,121]",
        "[ 0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121 ]",
    ),
    (
        "Array.from({ length: 12 }, (_, i) => i * i)",
        "{\"compact\":false,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[0,1,4,9,16,25,36,49,64,81,100,121]",
        "[\u{a}  0,\u{a}  1,\u{a}  4,\u{a}  9,\u{a}  16,\u{a}  25,\u{a}  36,\u{a}  49,\u{a}  64,\u{a}  81,\u{a}  100,\u{a}  121\u{a}]",
    ),
    (
        "Array.from({ length: 12 }, (_, i) => i * i)",
        "{\"compact\":1,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[0,1,4,9,16,25,36,49,64,81,100,121]",
        "[\u{a}   0,  1,   4,   9,\u{a}  16, 25,  36,  49,\u{a}  64, 81, 100, 121\u{a}]",
    ),
    (
        "Array.from({ length: 12 }, (_, i) => i * i)",
        "{\"compact\":3,\"breakLength\":40,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[0,1,4,9,16,25,36,49,64,81,100,121]",
        "[\u{a}    0,   1,  4,  9, 16,\u{a}   25,  36, 49, 64, 81,\u{a}  100, 121\u{a}]",
    ),
    (
        "Array.from({ length: 12 }, (_, i) => i * i)",
        "{\"compact\":3,\"breakLength\":null,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[0,1,4,9,16,25,36,49,64,81,100,121]",
        "[\u{a}    0,   1,  4,  9, 16,\u{a}   25,  36, 49, 64, 81,\u{a}  100, 121\u{a}]",
    ),
    (
        "Array.from({ length: 12 }, (_, i) => i * i)",
        "{\"compact\":3,\"breakLength\":80,\"colors\":true,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[0,1,4,9,16,25,36,49,64,81,100,121]",
        "[\u{a}    \u{1b}[33m0\u{1b}[39m,   \u{1b}[33m1\u{1b}[39m,  \u{1b}[33m4\u{1b}[39m,  \u{1b}[33m9\u{1b}[39m, \u{1b}[33m16\u{1b}[39m,\u{a}   \u{1b}[33m25\u{1b}[39m,  \u{1b}[33m36\u{1b}[39m, \u{1b}[33m49\u{1b}[39m, \u{1b}[33m64\u{1b}[39m, \u{1b}[33m81\u{1b}[39m,\u{a}  \u{1b}[33m100\u{1b}[39m, \u{1b}[33m121\u{1b}[39m\u{a}]",
    ),
    (
        "Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1))",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"a\",\"bb\",\"ccc\",\"dddd\",\"eeeee\",\"f\",\"gg\",\"hhh\",\"iiii\",\"jjjjj\",\"k\",\"ll\",\"mmm\",\"nnnn\",\"ooooo\",\"p\",\"qq\",\"rrr\",\"ssss\",\"ttttt\",\"u\",\"vv\",\"www\",\"xxxx\",\"yyyyy\",\"z\"]",
        "[\u{a}  'a',     'bb',    'ccc',   'dddd',\u{a}  'eeeee', 'f',     'gg',    'hhh',\u{a}  'iiii',  'jjjjj', 'k',     'll',\u{a}  'mmm',   'nnnn',  'ooooo', 'p',\u{a}  'qq',    'rrr',   'ssss',  'ttttt',\u{a}  'u',     'vv',    'www',   'xxxx',\u{a}  'yyyyy', 'z'\u{a}]",
    ),
    (
        "['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"apple\",\"banana\",\"cherry\",\"date\",\"elderberry\",\"fig\",\"grape\",\"honeydew\"]",
        "[\u{a}  'apple',\u{a}  'banana',\u{a}  'cherry',\u{a}  'date',\u{a}  'elderberry',\u{a}  'fig',\u{a}  'grape',\u{a}  'honeydew'\u{a}]",
    ),
    (
        "['a', 'b', 'c', 'd', 'e', 'f', 'this entry is much longer than all the others together']",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"this entry is much longer than all the others together\"]",
        "[\u{a}  'a',\u{a}  'b',\u{a}  'c',\u{a}  'd',\u{a}  'e',\u{a}  'f',\u{a}  'this entry is much longer than all the others together'\u{a}]",
    ),
    (
        "['a', 'b', 'c', 'd', 'e', 'f', 'this entry is much longer than all the others together']",
        "{\"compact\":true,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"this entry is much longer than all the others together\"]",
        "[ 'a',\u{a}  'b',\u{a}  'c',\u{a}  'd',\u{a}  'e',\u{a}  'f',\u{a}  'this entry is much longer than all the others together' ]",
    ),
    (
        "['a', 'b', 'c', 'd', 'e', 'f', 'this entry is much longer than all the others together']",
        "{\"compact\":false,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"this entry is much longer than all the others together\"]",
        "[\u{a}  'a',\u{a}  'b',\u{a}  'c',\u{a}  'd',\u{a}  'e',\u{a}  'f',\u{a}  'this entry is much longer than all the others together'\u{a}]",
    ),
    (
        "['a', 'b', 'c', 'd', 'e', 'f', 'this entry is much longer than all the others together']",
        "{\"compact\":1,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"this entry is much longer than all the others together\"]",
        "[\u{a}  'a',\u{a}  'b',\u{a}  'c',\u{a}  'd',\u{a}  'e',\u{a}  'f',\u{a}  'this entry is much longer than all the others together'\u{a}]",
    ),
    (
        "['a', 'b', 'c', 'd', 'e', 'f', 'this entry is much longer than all the others together']",
        "{\"compact\":3,\"breakLength\":40,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"this entry is much longer than all the others together\"]",
        "[\u{a}  'a',\u{a}  'b',\u{a}  'c',\u{a}  'd',\u{a}  'e',\u{a}  'f',\u{a}  'this entry is much longer than all the others together'\u{a}]",
    ),
    (
        "['a', 'b', 'c', 'd', 'e', 'f', 'this entry is much longer than all the others together']",
        "{\"compact\":3,\"breakLength\":null,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"this entry is much longer than all the others together\"]",
        "[ 'a', 'b', 'c', 'd', 'e', 'f', 'this entry is much longer than all the others together' ]",
    ),
    (
        "['a', 'b', 'c', 'd', 'e', 'f', 'this entry is much longer than all the others together']",
        "{\"compact\":3,\"breakLength\":80,\"colors\":true,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"this entry is much longer than all the others together\"]",
        "[\u{a}  \u{1b}[32m'a'\u{1b}[39m,\u{a}  \u{1b}[32m'b'\u{1b}[39m,\u{a}  \u{1b}[32m'c'\u{1b}[39m,\u{a}  \u{1b}[32m'd'\u{1b}[39m,\u{a}  \u{1b}[32m'e'\u{1b}[39m,\u{a}  \u{1b}[32m'f'\u{1b}[39m,\u{a}  \u{1b}[32m'this entry is much longer than all the others together'\u{1b}[39m\u{a}]",
    ),
    (
        "Array.from({ length: 10 }, (_, i) => ({ a: i }))",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[{\"$obj\":[[\"a\",0]]},{\"$obj\":[[\"a\",1]]},{\"$obj\":[[\"a\",2]]},{\"$obj\":[[\"a\",3]]},{\"$obj\":[[\"a\",4]]},{\"$obj\":[[\"a\",5]]},{\"$obj\":[[\"a\",6]]},{\"$obj\":[[\"a\",7]]},{\"$obj\":[[\"a\",8]]},{\"$obj\":[[\"a\",9]]}]",
        "[\u{a}  { a: 0 }, { a: 1 },\u{a}  { a: 2 }, { a: 3 },\u{a}  { a: 4 }, { a: 5 },\u{a}  { a: 6 }, { a: 7 },\u{a}  { a: 8 }, { a: 9 }\u{a}]",
    ),
    (
        "Array.from({ length: 10 }, (_, i) => [i, i * 2])",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[[0,0],[1,2],[2,4],[3,6],[4,8],[5,10],[6,12],[7,14],[8,16],[9,18]]",
        "[\u{a}  [ 0, 0 ],  [ 1, 2 ],\u{a}  [ 2, 4 ],  [ 3, 6 ],\u{a}  [ 4, 8 ],  [ 5, 10 ],\u{a}  [ 6, 12 ], [ 7, 14 ],\u{a}  [ 8, 16 ], [ 9, 18 ]\u{a}]",
    ),
    (
        "[[1, 2, [3, 4, [5, 6, [7]]]]]",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[[1,2,[3,4,[5,6,[7]]]]]",
        "[ [ 1, 2, [ 3, 4, [Array] ] ] ]",
    ),
    (
        "[[1, 2, [3, 4, [5, 6, [7]]]]]",
        "{\"compact\":true,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[[1,2,[3,4,[5,6,[7]]]]]",
        "[ [ 1, 2, [ 3, 4, [Array] ] ] ]",
    ),
    (
        "[[1, 2, [3, 4, [5, 6, [7]]]]]",
        "{\"compact\":false,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[[1,2,[3,4,[5,6,[7]]]]]",
        "[\u{a}  [\u{a}    1,\u{a}    2,\u{a}    [\u{a}      3,\u{a}      4,\u{a}      [Array]\u{a}    ]\u{a}  ]\u{a}]",
    ),
    (
        "[[1, 2, [3, 4, [5, 6, [7]]]]]",
        "{\"compact\":1,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[[1,2,[3,4,[5,6,[7]]]]]",
        "[\u{a}  [\u{a}    1,\u{a}    2,\u{a}    [ 3, 4, [Array] ]\u{a}  ]\u{a}]",
    ),
    (
        "[[1, 2, [3, 4, [5, 6, [7]]]]]",
        "{\"compact\":3,\"breakLength\":40,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[[1,2,[3,4,[5,6,[7]]]]]",
        "[ [ 1, 2, [ 3, 4, [Array] ] ] ]",
    ),
    (
        "[[1, 2, [3, 4, [5, 6, [7]]]]]",
        "{\"compact\":3,\"breakLength\":null,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[[1,2,[3,4,[5,6,[7]]]]]",
        "[ [ 1, 2, [ 3, 4, [Array] ] ] ]",
    ),
    (
        "[[1, 2, [3, 4, [5, 6, [7]]]]]",
        "{\"compact\":3,\"breakLength\":80,\"colors\":true,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[[1,2,[3,4,[5,6,[7]]]]]",
        "[ [ \u{1b}[33m1\u{1b}[39m, \u{1b}[33m2\u{1b}[39m, [ \u{1b}[33m3\u{1b}[39m, \u{1b}[33m4\u{1b}[39m, \u{1b}[36m[Array]\u{1b}[39m ] ] ]",
    ),
    (
        "({ a: 1, b: 'two', c: [3], d: { e: { f: { g: 1 } } } })",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"a\",1],[\"b\",\"two\"],[\"c\",[3]],[\"d\",{\"$obj\":[[\"e\",{\"$obj\":[[\"f\",{\"$obj\":[[\"g\",1]]}]]}]]}]]}",
        "{ a: 1, b: 'two', c: [ 3 ], d: { e: { f: [Object] } } }",
    ),
    (
        "({ a: 1, b: 'two', c: [3], d: { e: { f: { g: 1 } } } })",
        "{\"compact\":true,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"a\",1],[\"b\",\"two\"],[\"c\",[3]],[\"d\",{\"$obj\":[[\"e\",{\"$obj\":[[\"f\",{\"$obj\":[[\"g\",1]]}]]}]]}]]}",
        "{ a: 1, b: 'two', c: [ 3 ], d: { e: { f: [Object] } } }",
    ),
    (
        "({ a: 1, b: 'two', c: [3], d: { e: { f: { g: 1 } } } })",
        "{\"compact\":false,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"a\",1],[\"b\",\"two\"],[\"c\",[3]],[\"d\",{\"$obj\":[[\"e\",{\"$obj\":[[\"f\",{\"$obj\":[[\"g\",1]]}]]}]]}]]}",
        "{\u{a}  a: 1,\u{a}  b: 'two',\u{a}  c: [\u{a}    3\u{a}  ],\u{a}  d: {\u{a}    e: {\u{a}      f: [Object]\u{a}    }\u{a}  }\u{a}}",
    ),
    (
        "({ a: 1, b: 'two', c: [3], d: { e: { f: { g: 1 } } } })",
        "{\"compact\":1,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"a\",1],[\"b\",\"two\"],[\"c\",[3]],[\"d\",{\"$obj\":[[\"e\",{\"$obj\":[[\"f\",{\"$obj\":[[\"g\",1]]}]]}]]}]]}",
        "{\u{a}  a: 1,\u{a}  b: 'two',\u{a}  c: [ 3 ],\u{a}  d: {\u{a}    e: { f: [Object] }\u{a}  }\u{a}}",
    ),
    (
        "({ a: 1, b: 'two', c: [3], d: { e: { f: { g: 1 } } } })",
        "{\"compact\":3,\"breakLength\":40,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"a\",1],[\"b\",\"two\"],[\"c\",[3]],[\"d\",{\"$obj\":[[\"e\",{\"$obj\":[[\"f\",{\"$obj\":[[\"g\",1]]}]]}]]}]]}",
        "{\u{a}  a: 1,\u{a}  b: 'two',\u{a}  c: [ 3 ],\u{a}  d: { e: { f: [Object] } }\u{a}}",
    ),
    (
        "({ a: 1, b: 'two', c: [3], d: { e: { f: { g: 1 } } } })",
        "{\"compact\":3,\"breakLength\":null,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"a\",1],[\"b\",\"two\"],[\"c\",[3]],[\"d\",{\"$obj\":[[\"e\",{\"$obj\":[[\"f\",{\"$obj\":[[\"g\",1]]}]]}]]}]]}",
        "{ a: 1, b: 'two', c: [ 3 ], d: { e: { f: [Object] } } }",
    ),
    (
        "({ a: 1, b: 'two', c: [3], d: { e: { f: { g: 1 } } } })",
        "{\"compact\":3,\"breakLength\":80,\"colors\":true,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"a\",1],[\"b\",\"two\"],[\"c\",[3]],[\"d\",{\"$obj\":[[\"e\",{\"$obj\":[[\"f\",{\"$obj\":[[\"g\",1]]}]]}]]}]]}",
        "{ a: \u{1b}[33m1\u{1b}[39m, b: \u{1b}[32m'two'\u{1b}[39m, c: [ \u{1b}[33m3\u{1b}[39m ], d: { e: { f: \u{1b}[36m[Object]\u{1b}[39m } } }",
    ),
    (
        "({ aaaaaaaaaa: 1111111111, bbbbbbbbbb: 2222222222, cccccccccc: 3333333333, dddddddddd: 44444444, eeeee: 1 })",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"aaaaaaaaaa\",1111111111],[\"bbbbbbbbbb\",2222222222],[\"cccccccccc\",3333333333],[\"dddddddddd\",44444444],[\"eeeee\",1]]}",
        "{\u{a}  aaaaaaaaaa: 1111111111,\u{a}  bbbbbbbbbb: 2222222222,\u{a}  cccccccccc: 3333333333,\u{a}  dddddddddd: 44444444,\u{a}  eeeee: 1\u{a}}",
    ),
    (
        "({ a: 1, b: 2, c: 3, d: 4 })",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"a\",1],[\"b\",2],[\"c\",3],[\"d\",4]]}",
        "{ a: 1, b: 2, c: 3, d: 4 }",
    ),
    (
        "({ a: 1, b: 2, c: 3, d: 4 })",
        "{\"compact\":true,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"a\",1],[\"b\",2],[\"c\",3],[\"d\",4]]}",
        "{ a: 1, b: 2, c: 3, d: 4 }",
    ),
    (
        "({ a: 1, b: 2, c: 3, d: 4 })",
        "{\"compact\":false,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"a\",1],[\"b\",2],[\"c\",3],[\"d\",4]]}",
        "{\u{a}  a: 1,\u{a}  b: 2,\u{a}  c: 3,\u{a}  d: 4\u{a}}",
    ),
    (
        "({ a: 1, b: 2, c: 3, d: 4 })",
        "{\"compact\":1,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"a\",1],[\"b\",2],[\"c\",3],[\"d\",4]]}",
        "{ a: 1, b: 2, c: 3, d: 4 }",
    ),
    (
        "({ a: 1, b: 2, c: 3, d: 4 })",
        "{\"compact\":3,\"breakLength\":40,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"a\",1],[\"b\",2],[\"c\",3],[\"d\",4]]}",
        "{ a: 1, b: 2, c: 3, d: 4 }",
    ),
    (
        "({ a: 1, b: 2, c: 3, d: 4 })",
        "{\"compact\":3,\"breakLength\":null,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"a\",1],[\"b\",2],[\"c\",3],[\"d\",4]]}",
        "{ a: 1, b: 2, c: 3, d: 4 }",
    ),
    (
        "({ a: 1, b: 2, c: 3, d: 4 })",
        "{\"compact\":3,\"breakLength\":80,\"colors\":true,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"a\",1],[\"b\",2],[\"c\",3],[\"d\",4]]}",
        "{ a: \u{1b}[33m1\u{1b}[39m, b: \u{1b}[33m2\u{1b}[39m, c: \u{1b}[33m3\u{1b}[39m, d: \u{1b}[33m4\u{1b}[39m }",
    ),
    (
        "({ name: 'kiln', version: '0.1.0', description: 'an ahead-of-time compiler from Node.js programs to native executables', keywords: ['compiler', 'node', 'aot'] })",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"name\",\"kiln\"],[\"version\",\"0.1.0\"],[\"description\",\"an ahead-of-time compiler from Node.js programs to native executables\"],[\"keywords\",[\"compiler\",\"node\",\"aot\"]]]}",
        "{\u{a}  name: 'kiln',\u{a}  version: '0.1.0',\u{a}  description: 'an ahead-of-time compiler from Node.js programs to native executables',\u{a}  keywords: [ 'compiler', 'node', 'aot' ]\u{a}}",
    ),
    (
        "({ name: 'kiln', version: '0.1.0', description: 'an ahead-of-time compiler from Node.js programs to native executables', keywords: ['compiler', 'node', 'aot'] })",
        "{\"compact\":true,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"name\",\"kiln\"],[\"version\",\"0.1.0\"],[\"description\",\"an ahead-of-time compiler from Node.js programs to native executables\"],[\"keywords\",[\"compiler\",\"node\",\"aot\"]]]}",
        "{ name: 'kiln',\u{a}  version: '0.1.0',\u{a}  description: 'an ahead-of-time compiler from Node.js programs to native executables',\u{a}  keywords: [ 'compiler', 'node', 'aot' ] }",
    ),
    (
        "({ name: 'kiln', version: '0.1.0', description: 'an ahead-of-time compiler from Node.js programs to native executables', keywords: ['compiler', 'node', 'aot'] })",
        "{\"compact\":false,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"name\",\"kiln\"],[\"version\",\"0.1.0\"],[\"description\",\"an ahead-of-time compiler from Node.js programs to native executables\"],[\"keywords\",[\"compiler\",\"node\",\"aot\"]]]}",
        "{\u{a}  name: 'kiln',\u{a}  version: '0.1.0',\u{a}  description: 'an ahead-of-time compiler from Node.js programs to native executables',\u{a}  keywords: [\u{a}    'compiler',\u{a}    'node',\u{a}    'aot'\u{a}  ]\u{a}}",
    ),
    (
        "({ name: 'kiln', version: '0.1.0', description: 'an ahead-of-time compiler from Node.js programs to native executables', keywords: ['compiler', 'node', 'aot'] })",
        "{\"compact\":1,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"name\",\"kiln\"],[\"version\",\"0.1.0\"],[\"description\",\"an ahead-of-time compiler from Node.js programs to native executables\"],[\"keywords\",[\"compiler\",\"node\",\"aot\"]]]}",
        "{\u{a}  name: 'kiln',\u{a}  version: '0.1.0',\u{a}  description: 'an ahead-of-time compiler from Node.js programs to native executables',\u{a}  keywords: [ 'compiler', 'node', 'aot' ]\u{a}}",
    ),
    (
        "({ name: 'kiln', version: '0.1.0', description: 'an ahead-of-time compiler from Node.js programs to native executables', keywords: ['compiler', 'node', 'aot'] })",
        "{\"compact\":3,\"breakLength\":40,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"name\",\"kiln\"],[\"version\",\"0.1.0\"],[\"description\",\"an ahead-of-time compiler from Node.js programs to native executables\"],[\"keywords\",[\"compiler\",\"node\",\"aot\"]]]}",
        "{\u{a}  name: 'kiln',\u{a}  version: '0.1.0',\u{a}  description: 'an ahead-of-time compiler from Node.js programs to native executables',\u{a}  keywords: [ 'compiler', 'node', 'aot' ]\u{a}}",
    ),
    (
        "({ name: 'kiln', version: '0.1.0', description: 'an ahead-of-time compiler from Node.js programs to native executables', keywords: ['compiler', 'node', 'aot'] })",
        "{\"compact\":3,\"breakLength\":null,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"name\",\"kiln\"],[\"version\",\"0.1.0\"],[\"description\",\"an ahead-of-time compiler from Node.js programs to native executables\"],[\"keywords\",[\"compiler\",\"node\",\"aot\"]]]}",
        "{ name: 'kiln', version: '0.1.0', description: 'an ahead-of-time compiler from Node.js programs to native executables', keywords: [ 'compiler', 'node', 'aot' ] }",
    ),
    (
        "({ name: 'kiln', version: '0.1.0', description: 'an ahead-of-time compiler from Node.js programs to native executables', keywords: ['compiler', 'node', 'aot'] })",
        "{\"compact\":3,\"breakLength\":80,\"colors\":true,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"name\",\"kiln\"],[\"version\",\"0.1.0\"],[\"description\",\"an ahead-of-time compiler from Node.js programs to native executables\"],[\"keywords\",[\"compiler\",\"node\",\"aot\"]]]}",
        "{\u{a}  name: \u{1b}[32m'kiln'\u{1b}[39m,\u{a}  version: \u{1b}[32m'0.1.0'\u{1b}[39m,\u{a}  description: \u{1b}[32m'an ahead-of-time compiler from Node.js programs to native executables'\u{1b}[39m,\u{a}  keywords: [ \u{1b}[32m'compiler'\u{1b}[39m, \u{1b}[32m'node'\u{1b}[39m, \u{1b}[32m'aot'\u{1b}[39m ]\u{a}}",
    ),
    (
        "({ level1: { level2: { level3: { level4: 'deep' } }, sibling: [1, 2, 3] }, other: 'x' })",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"level1\",{\"$obj\":[[\"level2\",{\"$obj\":[[\"level3\",{\"$obj\":[[\"level4\",\"deep\"]]}]]}],[\"sibling\",[1,2,3]]]}],[\"other\",\"x\"]]}",
        "{\u{a}  level1: { level2: { level3: [Object] }, sibling: [ 1, 2, 3 ] },\u{a}  other: 'x'\u{a}}",
    ),
    (
        "({ first: [1, 2, 3], second: { inner: [1, 2, 3] } })",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"first\",[1,2,3]],[\"second\",{\"$obj\":[[\"inner\",[1,2,3]]]}]]}",
        "{ first: [ 1, 2, 3 ], second: { inner: [ 1, 2, 3 ] } }",
    ),
    (
        "({ a: { b: { c: {} } }, d: [] })",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"a\",{\"$obj\":[[\"b\",{\"$obj\":[[\"c\",{\"$obj\":[]}]]}]]}],[\"d\",[]]]}",
        "{ a: { b: { c: {} } }, d: [] }",
    ),
    (
        "new Map([['a', 1], ['b', { c: 2 }]])",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$map\":[[\"a\",1],[\"b\",{\"$obj\":[[\"c\",2]]}]]}",
        "Map(2) { 'a' => 1, 'b' => { c: 2 } }",
    ),
    (
        "new Map([['a', 1], ['b', { c: 2 }]])",
        "{\"compact\":true,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$map\":[[\"a\",1],[\"b\",{\"$obj\":[[\"c\",2]]}]]}",
        "Map(2) { 'a' => 1, 'b' => { c: 2 } }",
    ),
    (
        "new Map([['a', 1], ['b', { c: 2 }]])",
        "{\"compact\":false,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$map\":[[\"a\",1],[\"b\",{\"$obj\":[[\"c\",2]]}]]}",
        "Map(2) {\u{a}  'a' => 1,\u{a}  'b' => {\u{a}    c: 2\u{a}  }\u{a}}",
    ),
    (
        "new Map([['a', 1], ['b', { c: 2 }]])",
        "{\"compact\":1,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$map\":[[\"a\",1],[\"b\",{\"$obj\":[[\"c\",2]]}]]}",
        "Map(2) {\u{a}  'a' => 1,\u{a}  'b' => { c: 2 }\u{a}}",
    ),
    (
        "new Map([['a', 1], ['b', { c: 2 }]])",
        "{\"compact\":3,\"breakLength\":40,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$map\":[[\"a\",1],[\"b\",{\"$obj\":[[\"c\",2]]}]]}",
        "Map(2) {\u{a}  'a' => 1,\u{a}  'b' => { c: 2 }\u{a}}",
    ),
    (
        "new Map([['a', 1], ['b', { c: 2 }]])",
        "{\"compact\":3,\"breakLength\":null,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$map\":[[\"a\",1],[\"b\",{\"$obj\":[[\"c\",2]]}]]}",
        "Map(2) { 'a' => 1, 'b' => { c: 2 } }",
    ),
    (
        "new Map([['a', 1], ['b', { c: 2 }]])",
        "{\"compact\":3,\"breakLength\":80,\"colors\":true,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$map\":[[\"a\",1],[\"b\",{\"$obj\":[[\"c\",2]]}]]}",
        "Map(2) { \u{1b}[32m'a'\u{1b}[39m => \u{1b}[33m1\u{1b}[39m, \u{1b}[32m'b'\u{1b}[39m => { c: \u{1b}[33m2\u{1b}[39m } }",
    ),
    (
        "new Map(Array.from({ length: 12 }, (_, i) => [\"key\" + i, { value: i, double: i * 2 }]))",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$map\":[[\"key0\",{\"$obj\":[[\"value\",0],[\"double\",0]]}],[\"key1\",{\"$obj\":[[\"value\",1],[\"double\",2]]}],[\"key2\",{\"$obj\":[[\"value\",2],[\"double\",4]]}],[\"key3\",{\"$obj\":[[\"value\",3],[\"double\",6]]}],[\"key4\",{\"$obj\":[[\"value\",4],[\"double\",8]]}],[\"key5\",{\"$obj\":[[\"value\",5],[\"double\",10]]}],[\"key6\",{\"$obj\":[[\"value\",6],[\"double\",12]]}],[\"key7\",{\"$obj\":[[\"value\",7],[\"double\",14]]}],[\"key8\",{\"$obj\":[[\"value\",8],[\"double\",16]]}],[\"key9\",{\"$obj\":[[\"value\",9],[\"double\",18]]}],[\"key10\",{\"$obj\":[[\"value\",10],[\"double\",20]]}],[\"key11\",{\"$obj\":[[\"value\",11],[\"double\",22]]}]]}",
        "Map(12) {\u{a}  'key0' => { value: 0, double: 0 },\u{a}  'key1' => { value: 1, double: 2 },\u{a}  'key2' => { value: 2, double: 4 },\u{a}  'key3' => { value: 3, double: 6 },\u{a}  'key4' => { value: 4, double: 8 },\u{a}  'key5' => { value: 5, double: 10 },\u{a}  'key6' => { value: 6, double: 12 },\u{a}  'key7' => { value: 7, double: 14 },\u{a}  'key8' => { value: 8, double: 16 },\u{a}  'key9' => { value: 9, double: 18 },\u{a}  'key10' => { value: 10, double: 20 },\u{a}  'key11' => { value: 11, double: 22 }\u{a}}",
    ),
    (
        "new Set([1, 2, 3])",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$set\":[1,2,3]}",
        "Set(3) { 1, 2, 3 }",
    ),
    (
        "new Set(Array.from({ length: 30 }, (_, i) => i))",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$set\":[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29]}",
        "Set(30) {\u{a}  0,\u{a}  1,\u{a}  2,\u{a}  3,\u{a}  4,\u{a}  5,\u{a}  6,\u{a}  7,\u{a}  8,\u{a}  9,\u{a}  10,\u{a}  11,\u{a}  12,\u{a}  13,\u{a}  14,\u{a}  15,\u{a}  16,\u{a}  17,\u{a}  18,\u{a}  19,\u{a}  20,\u{a}  21,\u{a}  22,\u{a}  23,\u{a}  24,\u{a}  25,\u{a}  26,\u{a}  27,\u{a}  28,\u{a}  29\u{a}}",
    ),
    (
        "new Foo()",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$class\":\"Foo\",\"$props\":[[\"x\",1],[\"y\",[1,2,3]]]}",
        "Foo { x: 1, y: [ 1, 2, 3 ] }",
    ),
    (
        "new Foo()",
        "{\"compact\":true,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$class\":\"Foo\",\"$props\":[[\"x\",1],[\"y\",[1,2,3]]]}",
        "Foo { x: 1, y: [ 1, 2, 3 ] }",
    ),
    (
        "new Foo()",
        "{\"compact\":false,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$class\":\"Foo\",\"$props\":[[\"x\",1],[\"y\",[1,2,3]]]}",
        "Foo {\u{a}  x: 1,\u{a}  y: [\u{a}    1,\u{a}    2,\u{a}    3\u{a}  ]\u{a}}",
    ),
    (
        "new Foo()",
        "{\"compact\":1,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$class\":\"Foo\",\"$props\":[[\"x\",1],[\"y\",[1,2,3]]]}",
        "Foo {\u{a}  x: 1,\u{a}  y: [ 1, 2, 3 ]\u{a}}",
    ),
    (
        "new Foo()",
        "{\"compact\":3,\"breakLength\":40,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$class\":\"Foo\",\"$props\":[[\"x\",1],[\"y\",[1,2,3]]]}",
        "Foo { x: 1, y: [ 1, 2, 3 ] }",
    ),
    (
        "new Foo()",
        "{\"compact\":3,\"breakLength\":null,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$class\":\"Foo\",\"$props\":[[\"x\",1],[\"y\",[1,2,3]]]}",
        "Foo { x: 1, y: [ 1, 2, 3 ] }",
    ),
    (
        "new Foo()",
        "{\"compact\":3,\"breakLength\":80,\"colors\":true,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$class\":\"Foo\",\"$props\":[[\"x\",1],[\"y\",[1,2,3]]]}",
        "Foo { x: \u{1b}[33m1\u{1b}[39m, y: [ \u{1b}[33m1\u{1b}[39m, \u{1b}[33m2\u{1b}[39m, \u{1b}[33m3\u{1b}[39m ] }",
    ),
    (
        "[new Point(1, 2), new Point(3, 4), new Empty()]",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[{\"$class\":\"Point\",\"$props\":[[\"x\",1],[\"y\",2]]},{\"$class\":\"Point\",\"$props\":[[\"x\",3],[\"y\",4]]},{\"$class\":\"Empty\",\"$props\":[]}]",
        "[ Point { x: 1, y: 2 }, Point { x: 3, y: 4 }, Empty {} ]",
    ),
    (
        "[new Point(1, 2), new Point(3, 4), new Empty()]",
        "{\"compact\":true,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[{\"$class\":\"Point\",\"$props\":[[\"x\",1],[\"y\",2]]},{\"$class\":\"Point\",\"$props\":[[\"x\",3],[\"y\",4]]},{\"$class\":\"Empty\",\"$props\":[]}]",
        "[ Point { x: 1, y: 2 }, Point { x: 3, y: 4 }, Empty {} ]",
    ),
    (
        "[new Point(1, 2), new Point(3, 4), new Empty()]",
        "{\"compact\":false,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[{\"$class\":\"Point\",\"$props\":[[\"x\",1],[\"y\",2]]},{\"$class\":\"Point\",\"$props\":[[\"x\",3],[\"y\",4]]},{\"$class\":\"Empty\",\"$props\":[]}]",
        "[\u{a}  Point {\u{a}    x: 1,\u{a}    y: 2\u{a}  },\u{a}  Point {\u{a}    x: 3,\u{a}    y: 4\u{a}  },\u{a}  Empty {}\u{a}]",
    ),
    (
        "[new Point(1, 2), new Point(3, 4), new Empty()]",
        "{\"compact\":1,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[{\"$class\":\"Point\",\"$props\":[[\"x\",1],[\"y\",2]]},{\"$class\":\"Point\",\"$props\":[[\"x\",3],[\"y\",4]]},{\"$class\":\"Empty\",\"$props\":[]}]",
        "[\u{a}  Point { x: 1, y: 2 },\u{a}  Point { x: 3, y: 4 },\u{a}  Empty {}\u{a}]",
    ),
    (
        "[new Point(1, 2), new Point(3, 4), new Empty()]",
        "{\"compact\":3,\"breakLength\":40,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[{\"$class\":\"Point\",\"$props\":[[\"x\",1],[\"y\",2]]},{\"$class\":\"Point\",\"$props\":[[\"x\",3],[\"y\",4]]},{\"$class\":\"Empty\",\"$props\":[]}]",
        "[\u{a}  Point { x: 1, y: 2 },\u{a}  Point { x: 3, y: 4 },\u{a}  Empty {}\u{a}]",
    ),
    (
        "[new Point(1, 2), new Point(3, 4), new Empty()]",
        "{\"compact\":3,\"breakLength\":null,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[{\"$class\":\"Point\",\"$props\":[[\"x\",1],[\"y\",2]]},{\"$class\":\"Point\",\"$props\":[[\"x\",3],[\"y\",4]]},{\"$class\":\"Empty\",\"$props\":[]}]",
        "[ Point { x: 1, y: 2 }, Point { x: 3, y: 4 }, Empty {} ]",
    ),
    (
        "[new Point(1, 2), new Point(3, 4), new Empty()]",
        "{\"compact\":3,\"breakLength\":80,\"colors\":true,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[{\"$class\":\"Point\",\"$props\":[[\"x\",1],[\"y\",2]]},{\"$class\":\"Point\",\"$props\":[[\"x\",3],[\"y\",4]]},{\"$class\":\"Empty\",\"$props\":[]}]",
        "[ Point { x: \u{1b}[33m1\u{1b}[39m, y: \u{1b}[33m2\u{1b}[39m }, Point { x: \u{1b}[33m3\u{1b}[39m, y: \u{1b}[33m4\u{1b}[39m }, Empty {} ]",
    ),
    (
        "({ 'a-b': 1, '1a': 2, $: 3, _x: 4, \"it's\": 5, caf\u{e9}: 6, 10: 7, 2: 8 })",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"2\",8],[\"10\",7],[\"a-b\",1],[\"1a\",2],[\"$\",3],[\"_x\",4],[\"it's\",5],[\"caf\u{e9}\",6]]}",
        "{\u{a}  '2': 8,\u{a}  '10': 7,\u{a}  'a-b': 1,\u{a}  '1a': 2,\u{a}  '$': 3,\u{a}  _x: 4,\u{a}  \"it's\": 5,\u{a}  'caf\u{e9}': 6\u{a}}",
    ),
    (
        "JSON.parse('{\"__proto__\": 1, \"constructor\": 2}')",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"__proto__\",1],[\"constructor\",2]]}",
        "{ ['__proto__']: 1, constructor: 2 }",
    ),
    (
        "[-0, 0, NaN, Infinity, -Infinity, 1e21, 1.5e-7, -1.5]",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[{\"$num\":\"-0\"},0,{\"$num\":\"NaN\"},{\"$num\":\"Infinity\"},{\"$num\":\"-Infinity\"},1e+21,1.5e-7,-1.5]",
        "[ -0, 0, NaN, Infinity, -Infinity, 1e+21, 1.5e-7, -1.5 ]",
    ),
    (
        "[1, 'two', 3, 'four', 5, 'six', 7, 'eight']",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[1,\"two\",3,\"four\",5,\"six\",7,\"eight\"]",
        "[ 1, 'two', 3, 'four', 5, 'six', 7, 'eight' ]",
    ),
    (
        "[true, false, null, undefined, true, false, null, undefined]",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[true,false,null,{\"$undef\":1},true,false,null,{\"$undef\":1}]",
        "[\u{a}  true, false,\u{a}  null, undefined,\u{a}  true, false,\u{a}  null, undefined\u{a}]",
    ),
    (
        "[[1, 2, 3], [4, 5, 6], [7, 8, 9]]",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[[1,2,3],[4,5,6],[7,8,9]]",
        "[ [ 1, 2, 3 ], [ 4, 5, 6 ], [ 7, 8, 9 ] ]",
    ),
    (
        "Array.from({ length: 10 }, (_, i) => Array.from({ length: 10 }, (_, j) => i * j))",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[[0,0,0,0,0,0,0,0,0,0],[0,1,2,3,4,5,6,7,8,9],[0,2,4,6,8,10,12,14,16,18],[0,3,6,9,12,15,18,21,24,27],[0,4,8,12,16,20,24,28,32,36],[0,5,10,15,20,25,30,35,40,45],[0,6,12,18,24,30,36,42,48,54],[0,7,14,21,28,35,42,49,56,63],[0,8,16,24,32,40,48,56,64,72],[0,9,18,27,36,45,54,63,72,81]]",
        "[\u{a}  [\u{a}    0, 0, 0, 0, 0,\u{a}    0, 0, 0, 0, 0\u{a}  ],\u{a}  [\u{a}    0, 1, 2, 3, 4,\u{a}    5, 6, 7, 8, 9\u{a}  ],\u{a}  [\u{a}     0,  2,  4,  6,  8,\u{a}    10, 12, 14, 16, 18\u{a}  ],\u{a}  [\u{a}     0,  3,  6,  9, 12,\u{a}    15, 18, 21, 24, 27\u{a}  ],\u{a}  [\u{a}     0,  4,  8, 12, 16,\u{a}    20, 24, 28, 32, 36\u{a}  ],\u{a}  [\u{a}     0,  5, 10, 15, 20,\u{a}    25, 30, 35, 40, 45\u{a}  ],\u{a}  [\u{a}     0,  6, 12, 18, 24,\u{a}    30, 36, 42, 48, 54\u{a}  ],\u{a}  [\u{a}     0,  7, 14, 21, 28,\u{a}    35, 42, 49, 56, 63\u{a}  ],\u{a}  [\u{a}     0,  8, 16, 24, 32,\u{a}    40, 48, 56, 64, 72\u{a}  ],\u{a}  [\u{a}     0,  9, 18, 27, 36,\u{a}    45, 54, 63, 72, 81\u{a}  ]\u{a}]",
    ),
    (
        "Array.from({ length: 30 }, () => Math.round(rand() * 1e6) / 1000)",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[0.055,920.765,289.237,210.551,729.371,532.714,329.312,752.053,755.075,542.85,684.515,635.915,816.757,242.005,374.231,707.901,698.046,53.887,683.91,467.896,922.402,807.409,122.836,513.055,923.168,688.501,643.754,577.433,911.995,908.334]",
        "[\u{a}    0.055, 920.765, 289.237, 210.551,\u{a}  729.371, 532.714, 329.312, 752.053,\u{a}  755.075,  542.85, 684.515, 635.915,\u{a}  816.757, 242.005, 374.231, 707.901,\u{a}  698.046,  53.887,  683.91, 467.896,\u{a}  922.402, 807.409, 122.836, 513.055,\u{a}  923.168, 688.501, 643.754, 577.433,\u{a}  911.995, 908.334\u{a}]",
    ),
    (
        "Array.from({ length: 30 }, () => -Math.round(rand() * 1e4))",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[-3722,-3354,-8372,-3323,-1526,-2976,-4285,-2949,-9373,-5574,-7293,-8779,-586,-2735,-5606,-5088,-4214,-1929,-9090,-549,-3655,-3441,-6644,-9243,-5149,-1656,-4056,-2836,-3645,-4240]",
        "[\u{a}  -3722, -3354, -8372, -3323,\u{a}  -1526, -2976, -4285, -2949,\u{a}  -9373, -5574, -7293, -8779,\u{a}   -586, -2735, -5606, -5088,\u{a}  -4214, -1929, -9090,  -549,\u{a}  -3655, -3441, -6644, -9243,\u{a}  -5149, -1656, -4056, -2836,\u{a}  -3645, -4240\u{a}]",
    ),
    (
        "Array.from({ length: 30 }, () => -Math.round(rand() * 1e4))",
        "{\"compact\":true,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[-3722,-3354,-8372,-3323,-1526,-2976,-4285,-2949,-9373,-5574,-7293,-8779,-586,-2735,-5606,-5088,-4214,-1929,-9090,-549,-3655,-3441,-6644,-9243,-5149,-1656,-4056,-2836,-3645,-4240]",
        "[ -3722,\u{a}  -3354,\u{a}  -8372,\u{a}  -3323,\u{a}  -1526,\u{a}  -2976,\u{a}  -4285,\u{a}  -2949,\u{a}  -9373,\u{a}  -5574,\u{a}  -7293,\u{a}  -8779,\u{a}  -586,\u{a}  -2735,\u{a}  -5606,\u{a}  -5088,\u{a}  -4214,\u{a}  -1929,\u{a}  -9090,\u{a}  -549,\u{a}  -3655,\u{a}  -3441,\u{a}  -6644,\u{a}  -9243,\u{a}  -5149,\u{a}  -1656,\u{a}  -4056,\u{a}  -2836,\u{a}  -3645,\u{a}  -4240 ]",
    ),
    (
        "Array.from({ length: 30 }, () => -Math.round(rand() * 1e4))",
        "{\"compact\":false,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[-3722,-3354,-8372,-3323,-1526,-2976,-4285,-2949,-9373,-5574,-7293,-8779,-586,-2735,-5606,-5088,-4214,-1929,-9090,-549,-3655,-3441,-6644,-9243,-5149,-1656,-4056,-2836,-3645,-4240]",
        "[\u{a}  -3722,\u{a}  -3354,\u{a}  -8372,\u{a}  -3323,\u{a}  -1526,\u{a}  -2976,\u{a}  -4285,\u{a}  -2949,\u{a}  -9373,\u{a}  -5574,\u{a}  -7293,\u{a}  -8779,\u{a}  -586,\u{a}  -2735,\u{a}  -5606,\u{a}  -5088,\u{a}  -4214,\u{a}  -1929,\u{a}  -9090,\u{a}  -549,\u{a}  -3655,\u{a}  -3441,\u{a}  -6644,\u{a}  -9243,\u{a}  -5149,\u{a}  -1656,\u{a}  -4056,\u{a}  -2836,\u{a}  -3645,\u{a}  -4240\u{a}]",
    ),
    (
        "Array.from({ length: 30 }, () => -Math.round(rand() * 1e4))",
        "{\"compact\":1,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[-3722,-3354,-8372,-3323,-1526,-2976,-4285,-2949,-9373,-5574,-7293,-8779,-586,-2735,-5606,-5088,-4214,-1929,-9090,-549,-3655,-3441,-6644,-9243,-5149,-1656,-4056,-2836,-3645,-4240]",
        "[\u{a}  -3722, -3354, -8372, -3323,\u{a}  -1526, -2976, -4285, -2949,\u{a}  -9373, -5574, -7293, -8779,\u{a}   -586, -2735, -5606, -5088,\u{a}  -4214, -1929, -9090,  -549,\u{a}  -3655, -3441, -6644, -9243,\u{a}  -5149, -1656, -4056, -2836,\u{a}  -3645, -4240\u{a}]",
    ),
    (
        "Array.from({ length: 30 }, () => -Math.round(rand() * 1e4))",
        "{\"compact\":3,\"breakLength\":40,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[-3722,-3354,-8372,-3323,-1526,-2976,-4285,-2949,-9373,-5574,-7293,-8779,-586,-2735,-5606,-5088,-4214,-1929,-9090,-549,-3655,-3441,-6644,-9243,-5149,-1656,-4056,-2836,-3645,-4240]",
        "[\u{a}  -3722, -3354, -8372, -3323,\u{a}  -1526, -2976, -4285, -2949,\u{a}  -9373, -5574, -7293, -8779,\u{a}   -586, -2735, -5606, -5088,\u{a}  -4214, -1929, -9090,  -549,\u{a}  -3655, -3441, -6644, -9243,\u{a}  -5149, -1656, -4056, -2836,\u{a}  -3645, -4240\u{a}]",
    ),
    (
        "Array.from({ length: 30 }, () => -Math.round(rand() * 1e4))",
        "{\"compact\":3,\"breakLength\":null,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[-3722,-3354,-8372,-3323,-1526,-2976,-4285,-2949,-9373,-5574,-7293,-8779,-586,-2735,-5606,-5088,-4214,-1929,-9090,-549,-3655,-3441,-6644,-9243,-5149,-1656,-4056,-2836,-3645,-4240]",
        "[\u{a}  -3722, -3354, -8372, -3323,\u{a}  -1526, -2976, -4285, -2949,\u{a}  -9373, -5574, -7293, -8779,\u{a}   -586, -2735, -5606, -5088,\u{a}  -4214, -1929, -9090,  -549,\u{a}  -3655, -3441, -6644, -9243,\u{a}  -5149, -1656, -4056, -2836,\u{a}  -3645, -4240\u{a}]",
    ),
    (
        "Array.from({ length: 30 }, () => -Math.round(rand() * 1e4))",
        "{\"compact\":3,\"breakLength\":80,\"colors\":true,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[-3722,-3354,-8372,-3323,-1526,-2976,-4285,-2949,-9373,-5574,-7293,-8779,-586,-2735,-5606,-5088,-4214,-1929,-9090,-549,-3655,-3441,-6644,-9243,-5149,-1656,-4056,-2836,-3645,-4240]",
        "[\u{a}  \u{1b}[33m-3722\u{1b}[39m, \u{1b}[33m-3354\u{1b}[39m, \u{1b}[33m-8372\u{1b}[39m, \u{1b}[33m-3323\u{1b}[39m,\u{a}  \u{1b}[33m-1526\u{1b}[39m, \u{1b}[33m-2976\u{1b}[39m, \u{1b}[33m-4285\u{1b}[39m, \u{1b}[33m-2949\u{1b}[39m,\u{a}  \u{1b}[33m-9373\u{1b}[39m, \u{1b}[33m-5574\u{1b}[39m, \u{1b}[33m-7293\u{1b}[39m, \u{1b}[33m-8779\u{1b}[39m,\u{a}   \u{1b}[33m-586\u{1b}[39m, \u{1b}[33m-2735\u{1b}[39m, \u{1b}[33m-5606\u{1b}[39m, \u{1b}[33m-5088\u{1b}[39m,\u{a}  \u{1b}[33m-4214\u{1b}[39m, \u{1b}[33m-1929\u{1b}[39m, \u{1b}[33m-9090\u{1b}[39m,  \u{1b}[33m-549\u{1b}[39m,\u{a}  \u{1b}[33m-3655\u{1b}[39m, \u{1b}[33m-3441\u{1b}[39m, \u{1b}[33m-6644\u{1b}[39m, \u{1b}[33m-9243\u{1b}[39m,\u{a}  \u{1b}[33m-5149\u{1b}[39m, \u{1b}[33m-1656\u{1b}[39m, \u{1b}[33m-4056\u{1b}[39m, \u{1b}[33m-2836\u{1b}[39m,\u{a}  \u{1b}[33m-3645\u{1b}[39m, \u{1b}[33m-4240\u{1b}[39m\u{a}]",
    ),
    (
        "({ text: 'first line\\nsecond line that is quite a lot longer than the first one\\nthird line\\n' })",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"text\",\"first line\\nsecond line that is quite a lot longer than the first one\\nthird line\\n\"]]}",
        "{\u{a}  text: 'first line\\n' +\u{a}    'second line that is quite a lot longer than the first one\\n' +\u{a}    'third line\\n'\u{a}}",
    ),
    (
        "['short\\nlines', 'a'.repeat(100), \"it's\", 'say \"hi\"', 'both \\' and \" here', 'both \\' \" and ` here', 'tab\\there', 'nul\\u0000 del\\u007f c1\\u0085 esc\\u001b', 'back\\\\slash', 'lone \\ud83d and \\ude00', 'pair \u{1f600}', 'dollar ${x} \\' \"']",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"short\\nlines\",\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"it's\",\"say \\\"hi\\\"\",\"both ' and \\\" here\",\"both ' \\\" and ` here\",\"tab\\there\",\"nul\\u0000 del\u{7f} c1\u{85} esc\\u001b\",\"back\\\\slash\",\"lone \\ud83d and \\ude00\",\"pair \u{1f600}\",\"dollar ${x} ' \\\"\"]",
        "[\u{a}  'short\\nlines',\u{a}  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',\u{a}  \"it's\",\u{a}  'say \"hi\"',\u{a}  `both ' and \" here`,\u{a}  'both \\' \" and ` here',\u{a}  'tab\\there',\u{a}  'nul\\x00 del\\x7F c1\\x85 esc\\x1B',\u{a}  'back\\\\slash',\u{a}  'lone \\ud83d and \\ude00',\u{a}  'pair \u{1f600}',\u{a}  'dollar ${x} \\' \"'\u{a}]",
    ),
    (
        "['\u{65e5}\u{672c}\u{8a9e}', '\u{d55c}\u{ad6d}\u{c5b4}', 'abc', '\u{4e2d}\u{6587}\u{5b57}\u{7b26}', 'xyz', '\u{3072}\u{3089}\u{304c}\u{306a}', '\u{30ab}\u{30bf}\u{30ab}\u{30ca}', 'z']",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"\u{65e5}\u{672c}\u{8a9e}\",\"\u{d55c}\u{ad6d}\u{c5b4}\",\"abc\",\"\u{4e2d}\u{6587}\u{5b57}\u{7b26}\",\"xyz\",\"\u{3072}\u{3089}\u{304c}\u{306a}\",\"\u{30ab}\u{30bf}\u{30ab}\u{30ca}\",\"z\"]",
        "[\u{a}  '\u{65e5}\u{672c}\u{8a9e}',   '\u{d55c}\u{ad6d}\u{c5b4}',\u{a}  'abc',      '\u{4e2d}\u{6587}\u{5b57}\u{7b26}',\u{a}  'xyz',      '\u{3072}\u{3089}\u{304c}\u{306a}',\u{a}  '\u{30ab}\u{30bf}\u{30ab}\u{30ca}', 'z'\u{a}]",
    ),
    (
        "Array.from({ length: 8 }, (_, i) => '\u{e9}'.repeat(i + 1))",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"\u{e9}\",\"\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\"]",
        "[\u{a}  '\u{e9}',       '\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}',     '\u{e9}\u{e9}\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}',   '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}', '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'\u{a}]",
    ),
    (
        "Array.from({ length: 8 }, (_, i) => '\u{e9}'.repeat(i + 1))",
        "{\"compact\":true,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"\u{e9}\",\"\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\"]",
        "[ '\u{e9}', '\u{e9}\u{e9}', '\u{e9}\u{e9}\u{e9}', '\u{e9}\u{e9}\u{e9}\u{e9}', '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}', '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}', '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}', '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}' ]",
    ),
    (
        "Array.from({ length: 8 }, (_, i) => '\u{e9}'.repeat(i + 1))",
        "{\"compact\":false,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"\u{e9}\",\"\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\"]",
        "[\u{a}  '\u{e9}',\u{a}  '\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'\u{a}]",
    ),
    (
        "Array.from({ length: 8 }, (_, i) => '\u{e9}'.repeat(i + 1))",
        "{\"compact\":1,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"\u{e9}\",\"\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\"]",
        "[\u{a}  '\u{e9}',       '\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}',     '\u{e9}\u{e9}\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}',   '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}', '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'\u{a}]",
    ),
    (
        "Array.from({ length: 8 }, (_, i) => '\u{e9}'.repeat(i + 1))",
        "{\"compact\":3,\"breakLength\":40,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"\u{e9}\",\"\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\"]",
        "[\u{a}  '\u{e9}',       '\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}',     '\u{e9}\u{e9}\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}',   '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}', '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'\u{a}]",
    ),
    (
        "Array.from({ length: 8 }, (_, i) => '\u{e9}'.repeat(i + 1))",
        "{\"compact\":3,\"breakLength\":null,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"\u{e9}\",\"\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\"]",
        "[\u{a}  '\u{e9}',       '\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}',     '\u{e9}\u{e9}\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}',   '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}', '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'\u{a}]",
    ),
    (
        "Array.from({ length: 8 }, (_, i) => '\u{e9}'.repeat(i + 1))",
        "{\"compact\":3,\"breakLength\":80,\"colors\":true,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"\u{e9}\",\"\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\"]",
        "[\u{a}  \u{1b}[32m'\u{e9}'\u{1b}[39m,       \u{1b}[32m'\u{e9}\u{e9}'\u{1b}[39m,\u{a}  \u{1b}[32m'\u{e9}\u{e9}\u{e9}'\u{1b}[39m,     \u{1b}[32m'\u{e9}\u{e9}\u{e9}\u{e9}'\u{1b}[39m,\u{a}  \u{1b}[32m'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'\u{1b}[39m,   \u{1b}[32m'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'\u{1b}[39m,\u{a}  \u{1b}[32m'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'\u{1b}[39m, \u{1b}[32m'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'\u{1b}[39m\u{a}]",
    ),
    (
        "Array.from({ length: 8 }, (_, i) => '\u{e9}'.repeat(i + 1))",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":20}",
        "[\"\u{e9}\",\"\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\",\"\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\"]",
        "[\u{a}  '\u{e9}',       '\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}',     '\u{e9}\u{e9}\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}',   '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}',\u{a}  '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}', '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'\u{a}]",
    ),
    (
        "({ a: 'x'.repeat(75) })",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"a\",\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"]]}",
        "{\u{a}  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\u{a}}",
    ),
    (
        "({ a: ['x'.repeat(70)] })",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"a\",[\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"]]]}",
        "{\u{a}  a: [\u{a}    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\u{a}  ]\u{a}}",
    ),
    (
        "[['x'.repeat(30), 'y'.repeat(30)], ['z'.repeat(30)]]",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[[\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"],[\"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\"]]",
        "[\u{a}  [\u{a}    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\u{a}    'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'\u{a}  ],\u{a}  [ 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' ]\u{a}]",
    ),
    (
        "Array.from({ length: 7 }, (_, i) => 'entry number ' + i)",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"entry number 0\",\"entry number 1\",\"entry number 2\",\"entry number 3\",\"entry number 4\",\"entry number 5\",\"entry number 6\"]",
        "[\u{a}  'entry number 0',\u{a}  'entry number 1',\u{a}  'entry number 2',\u{a}  'entry number 3',\u{a}  'entry number 4',\u{a}  'entry number 5',\u{a}  'entry number 6'\u{a}]",
    ),
    (
        "Array.from({ length: 16 }, (_, i) => 'x'.repeat(i))",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"\",\"x\",\"xx\",\"xxx\",\"xxxx\",\"xxxxx\",\"xxxxxx\",\"xxxxxxx\",\"xxxxxxxx\",\"xxxxxxxxx\",\"xxxxxxxxxx\",\"xxxxxxxxxxx\",\"xxxxxxxxxxxx\",\"xxxxxxxxxxxxx\",\"xxxxxxxxxxxxxx\",\"xxxxxxxxxxxxxxx\"]",
        "[\u{a}  '',               'x',\u{a}  'xx',             'xxx',\u{a}  'xxxx',           'xxxxx',\u{a}  'xxxxxx',         'xxxxxxx',\u{a}  'xxxxxxxx',       'xxxxxxxxx',\u{a}  'xxxxxxxxxx',     'xxxxxxxxxxx',\u{a}  'xxxxxxxxxxxx',   'xxxxxxxxxxxxx',\u{a}  'xxxxxxxxxxxxxx', 'xxxxxxxxxxxxxxx'\u{a}]",
    ),
    (
        "Array.from({ length: 40 }, (_, i) => i % 3 === 0 ? 'str' + i : i)",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"str0\",1,2,\"str3\",4,5,\"str6\",7,8,\"str9\",10,11,\"str12\",13,14,\"str15\",16,17,\"str18\",19,20,\"str21\",22,23,\"str24\",25,26,\"str27\",28,29,\"str30\",31,32,\"str33\",34,35,\"str36\",37,38,\"str39\"]",
        "[\u{a}  'str0',  1,       2,       'str3',  4,\u{a}  5,       'str6',  7,       8,       'str9',\u{a}  10,      11,      'str12', 13,      14,\u{a}  'str15', 16,      17,      'str18', 19,\u{a}  20,      'str21', 22,      23,      'str24',\u{a}  25,      26,      'str27', 28,      29,\u{a}  'str30', 31,      32,      'str33', 34,\u{a}  35,      'str36', 37,      38,      'str39'\u{a}]",
    ),
    (
        "[1, 2, 3, 4, 5, 6, 7, { a: 1 }]",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[1,2,3,4,5,6,7,{\"$obj\":[[\"a\",1]]}]",
        "[ 1, 2, 3, 4, 5, 6, 7, { a: 1 } ]",
    ),
    (
        "[1, 2, 3, 4, 5, 6, 7, { a: 1 }]",
        "{\"compact\":true,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[1,2,3,4,5,6,7,{\"$obj\":[[\"a\",1]]}]",
        "[ 1, 2, 3, 4, 5, 6, 7, { a: 1 } ]",
    ),
    (
        "[1, 2, 3, 4, 5, 6, 7, { a: 1 }]",
        "{\"compact\":false,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[1,2,3,4,5,6,7,{\"$obj\":[[\"a\",1]]}]",
        "[\u{a}  1,\u{a}  2,\u{a}  3,\u{a}  4,\u{a}  5,\u{a}  6,\u{a}  7,\u{a}  {\u{a}    a: 1\u{a}  }\u{a}]",
    ),
    (
        "[1, 2, 3, 4, 5, 6, 7, { a: 1 }]",
        "{\"compact\":1,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[1,2,3,4,5,6,7,{\"$obj\":[[\"a\",1]]}]",
        "[\u{a}  1,\u{a}  2,\u{a}  3,\u{a}  4,\u{a}  5,\u{a}  6,\u{a}  7,\u{a}  { a: 1 }\u{a}]",
    ),
    (
        "[1, 2, 3, 4, 5, 6, 7, { a: 1 }]",
        "{\"compact\":3,\"breakLength\":40,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[1,2,3,4,5,6,7,{\"$obj\":[[\"a\",1]]}]",
        "[\u{a}  1,\u{a}  2,\u{a}  3,\u{a}  4,\u{a}  5,\u{a}  6,\u{a}  7,\u{a}  { a: 1 }\u{a}]",
    ),
    (
        "[1, 2, 3, 4, 5, 6, 7, { a: 1 }]",
        "{\"compact\":3,\"breakLength\":null,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[1,2,3,4,5,6,7,{\"$obj\":[[\"a\",1]]}]",
        "[ 1, 2, 3, 4, 5, 6, 7, { a: 1 } ]",
    ),
    (
        "[1, 2, 3, 4, 5, 6, 7, { a: 1 }]",
        "{\"compact\":3,\"breakLength\":80,\"colors\":true,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[1,2,3,4,5,6,7,{\"$obj\":[[\"a\",1]]}]",
        "[ \u{1b}[33m1\u{1b}[39m, \u{1b}[33m2\u{1b}[39m, \u{1b}[33m3\u{1b}[39m, \u{1b}[33m4\u{1b}[39m, \u{1b}[33m5\u{1b}[39m, \u{1b}[33m6\u{1b}[39m, \u{1b}[33m7\u{1b}[39m, { a: \u{1b}[33m1\u{1b}[39m } ]",
    ),
    (
        "({ arr: Array.from({ length: 30 }, (_, i) => i), obj: { x: 1, y: 2 } })",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"arr\",[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29]],[\"obj\",{\"$obj\":[[\"x\",1],[\"y\",2]]}]]}",
        "{\u{a}  arr: [\u{a}     0,  1,  2,  3,  4,  5,  6,  7,  8,\u{a}     9, 10, 11, 12, 13, 14, 15, 16, 17,\u{a}    18, 19, 20, 21, 22, 23, 24, 25, 26,\u{a}    27, 28, 29\u{a}  ],\u{a}  obj: { x: 1, y: 2 }\u{a}}",
    ),
    (
        "({ arr: Array.from({ length: 30 }, (_, i) => i), obj: { x: 1, y: 2 } })",
        "{\"compact\":true,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"arr\",[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29]],[\"obj\",{\"$obj\":[[\"x\",1],[\"y\",2]]}]]}",
        "{ arr:\u{a}   [ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29 ],\u{a}  obj: { x: 1, y: 2 } }",
    ),
    (
        "({ arr: Array.from({ length: 30 }, (_, i) => i), obj: { x: 1, y: 2 } })",
        "{\"compact\":false,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"arr\",[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29]],[\"obj\",{\"$obj\":[[\"x\",1],[\"y\",2]]}]]}",
        "{\u{a}  arr: [\u{a}    0,\u{a}    1,\u{a}    2,\u{a}    3,\u{a}    4,\u{a}    5,\u{a}    6,\u{a}    7,\u{a}    8,\u{a}    9,\u{a}    10,\u{a}    11,\u{a}    12,\u{a}    13,\u{a}    14,\u{a}    15,\u{a}    16,\u{a}    17,\u{a}    18,\u{a}    19,\u{a}    20,\u{a}    21,\u{a}    22,\u{a}    23,\u{a}    24,\u{a}    25,\u{a}    26,\u{a}    27,\u{a}    28,\u{a}    29\u{a}  ],\u{a}  obj: {\u{a}    x: 1,\u{a}    y: 2\u{a}  }\u{a}}",
    ),
    (
        "({ arr: Array.from({ length: 30 }, (_, i) => i), obj: { x: 1, y: 2 } })",
        "{\"compact\":1,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"arr\",[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29]],[\"obj\",{\"$obj\":[[\"x\",1],[\"y\",2]]}]]}",
        "{\u{a}  arr: [\u{a}     0,  1,  2,  3,\u{a}     4,  5,  6,  7,\u{a}     8,  9, 10, 11,\u{a}    12, 13, 14, 15,\u{a}    16, 17, 18, 19,\u{a}    20, 21, 22, 23,\u{a}    24, 25, 26, 27,\u{a}    28, 29\u{a}  ],\u{a}  obj: { x: 1, y: 2 }\u{a}}",
    ),
    (
        "({ arr: Array.from({ length: 30 }, (_, i) => i), obj: { x: 1, y: 2 } })",
        "{\"compact\":3,\"breakLength\":40,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"arr\",[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29]],[\"obj\",{\"$obj\":[[\"x\",1],[\"y\",2]]}]]}",
        "{\u{a}  arr: [\u{a}     0,  1,  2,  3,  4,  5,  6,  7,  8,\u{a}     9, 10, 11, 12, 13, 14, 15, 16, 17,\u{a}    18, 19, 20, 21, 22, 23, 24, 25, 26,\u{a}    27, 28, 29\u{a}  ],\u{a}  obj: { x: 1, y: 2 }\u{a}}",
    ),
    (
        "({ arr: Array.from({ length: 30 }, (_, i) => i), obj: { x: 1, y: 2 } })",
        "{\"compact\":3,\"breakLength\":null,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"arr\",[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29]],[\"obj\",{\"$obj\":[[\"x\",1],[\"y\",2]]}]]}",
        "{\u{a}  arr: [\u{a}     0,  1,  2,  3,  4,  5,  6,  7,  8,\u{a}     9, 10, 11, 12, 13, 14, 15, 16, 17,\u{a}    18, 19, 20, 21, 22, 23, 24, 25, 26,\u{a}    27, 28, 29\u{a}  ],\u{a}  obj: { x: 1, y: 2 }\u{a}}",
    ),
    (
        "({ arr: Array.from({ length: 30 }, (_, i) => i), obj: { x: 1, y: 2 } })",
        "{\"compact\":3,\"breakLength\":80,\"colors\":true,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"arr\",[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29]],[\"obj\",{\"$obj\":[[\"x\",1],[\"y\",2]]}]]}",
        "{\u{a}  arr: [\u{a}     \u{1b}[33m0\u{1b}[39m,  \u{1b}[33m1\u{1b}[39m,  \u{1b}[33m2\u{1b}[39m,  \u{1b}[33m3\u{1b}[39m,  \u{1b}[33m4\u{1b}[39m,  \u{1b}[33m5\u{1b}[39m,  \u{1b}[33m6\u{1b}[39m,  \u{1b}[33m7\u{1b}[39m,  \u{1b}[33m8\u{1b}[39m,\u{a}     \u{1b}[33m9\u{1b}[39m, \u{1b}[33m10\u{1b}[39m, \u{1b}[33m11\u{1b}[39m, \u{1b}[33m12\u{1b}[39m, \u{1b}[33m13\u{1b}[39m, \u{1b}[33m14\u{1b}[39m, \u{1b}[33m15\u{1b}[39m, \u{1b}[33m16\u{1b}[39m, \u{1b}[33m17\u{1b}[39m,\u{a}    \u{1b}[33m18\u{1b}[39m, \u{1b}[33m19\u{1b}[39m, \u{1b}[33m20\u{1b}[39m, \u{1b}[33m21\u{1b}[39m, \u{1b}[33m22\u{1b}[39m, \u{1b}[33m23\u{1b}[39m, \u{1b}[33m24\u{1b}[39m, \u{1b}[33m25\u{1b}[39m, \u{1b}[33m26\u{1b}[39m,\u{a}    \u{1b}[33m27\u{1b}[39m, \u{1b}[33m28\u{1b}[39m, \u{1b}[33m29\u{1b}[39m\u{a}  ],\u{a}  obj: { x: \u{1b}[33m1\u{1b}[39m, y: \u{1b}[33m2\u{1b}[39m }\u{a}}",
    ),
    (
        "({ deep: [[[['bottom']]]], list: [[1, [2, [3, [4]]]]] })",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "{\"$obj\":[[\"deep\",[[[[\"bottom\"]]]]],[\"list\",[[1,[2,[3,[4]]]]]]]}",
        "{ deep: [ [ [Array] ] ], list: [ [ 1, [Array] ] ] }",
    ),
    (
        "'x'.repeat(30)",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
        "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
    ),
    (
        "'x'.repeat(30)",
        "{\"compact\":true,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
        "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
    ),
    (
        "'x'.repeat(30)",
        "{\"compact\":false,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
        "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
    ),
    (
        "'x'.repeat(30)",
        "{\"compact\":1,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
        "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
    ),
    (
        "'x'.repeat(30)",
        "{\"compact\":3,\"breakLength\":40,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
        "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
    ),
    (
        "'x'.repeat(30)",
        "{\"compact\":3,\"breakLength\":null,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
        "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
    ),
    (
        "'x'.repeat(30)",
        "{\"compact\":3,\"breakLength\":80,\"colors\":true,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
        "\u{1b}[32m'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\u{1b}[39m",
    ),
    (
        "'x'.repeat(30)",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":20}",
        "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
        "'xxxxxxxxxxxxxxxxxxxx'... 10 more characters",
    ),
    (
        "['multi\\nline string that is long enough to split', 'y'.repeat(30)]",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"multi\\nline string that is long enough to split\",\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"]",
        "[\u{a}  'multi\\nline string that is long enough to split',\u{a}  'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'\u{a}]",
    ),
    (
        "['multi\\nline string that is long enough to split', 'y'.repeat(30)]",
        "{\"compact\":true,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"multi\\nline string that is long enough to split\",\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"]",
        "[ 'multi\\nline string that is long enough to split',\u{a}  'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' ]",
    ),
    (
        "['multi\\nline string that is long enough to split', 'y'.repeat(30)]",
        "{\"compact\":false,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"multi\\nline string that is long enough to split\",\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"]",
        "[\u{a}  'multi\\nline string that is long enough to split',\u{a}  'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'\u{a}]",
    ),
    (
        "['multi\\nline string that is long enough to split', 'y'.repeat(30)]",
        "{\"compact\":1,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"multi\\nline string that is long enough to split\",\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"]",
        "[\u{a}  'multi\\nline string that is long enough to split',\u{a}  'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'\u{a}]",
    ),
    (
        "['multi\\nline string that is long enough to split', 'y'.repeat(30)]",
        "{\"compact\":3,\"breakLength\":40,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"multi\\nline string that is long enough to split\",\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"]",
        "[\u{a}  'multi\\n' +\u{a}    'line string that is long enough to split',\u{a}  'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'\u{a}]",
    ),
    (
        "['multi\\nline string that is long enough to split', 'y'.repeat(30)]",
        "{\"compact\":3,\"breakLength\":null,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"multi\\nline string that is long enough to split\",\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"]",
        "[ 'multi\\nline string that is long enough to split', 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' ]",
    ),
    (
        "['multi\\nline string that is long enough to split', 'y'.repeat(30)]",
        "{\"compact\":3,\"breakLength\":80,\"colors\":true,\"maxArrayLength\":100,\"maxStringLength\":10000}",
        "[\"multi\\nline string that is long enough to split\",\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"]",
        "[\u{a}  \u{1b}[32m'multi\\nline string that is long enough to split'\u{1b}[39m,\u{a}  \u{1b}[32m'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'\u{1b}[39m\u{a}]",
    ),
    (
        "['multi\\nline string that is long enough to split', 'y'.repeat(30)]",
        "{\"compact\":3,\"breakLength\":80,\"colors\":false,\"maxArrayLength\":100,\"maxStringLength\":20}",
        "[\"multi\\nline string that is long enough to split\",\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"]",
        "[\u{a}  'multi\\nline string th'... 26 more characters,\u{a}  'yyyyyyyyyyyyyyyyyyyy'... 10 more characters\u{a}]",
    ),
];
