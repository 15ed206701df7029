//! JSON.parse (§25.5.1): a recursive-descent parser over the source's code units that builds
//! values directly, then the optional reviver walk (InternalizeJSONProperty, §25.5.1.1).
//!
//! Errors are SyntaxErrors with V8's exact texts and positions (`Unexpected token '}', "{"a":}"
//! is not valid JSON`, `Expected ',' or ']' after array element in JSON at position 3`, …),
//! including V8's quirks: only the first property of an object gets the "Expected ':'" message,
//! and an unexpected character shows up to ten characters of context on each side once the
//! source is at least 21 code units long.

use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::iteration::length_of_array_like;
use crate::object::function::{self, NativeCall};
use crate::object::{array, ops, JsObject, PropertyKey};
use crate::string::{JsString, StrView, StringBuilder};
use crate::value::{conv, Value};

/// Sources shorter than this are quoted whole in "Unexpected token" messages.
const MIN_SOURCE_LENGTH_FOR_CONTEXT: usize = 21;
/// Characters of context on each side of the unexpected one.
const CONTEXT_CHARACTERS: usize = 10;

/// JSON.parse ( text [ , reviver ] ) (§25.5.1).
pub fn parse(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let text = conv::to_string(ctx, call.arg(0))?;
    let reviver = call.arg(1);
    let mut parser = Parser { source: text, position: 0 };
    let value = parser.parse_text(ctx)?;
    if !reviver.is_callable() {
        return Ok(value);
    }
    let root = ctx.new_object();
    let empty = PropertyKey::String(ctx.atoms.empty);
    ops::create_data_property_or_throw(ctx, root, empty, value)?;
    internalize(ctx, root, empty, reviver)
}

/// InternalizeJSONProperty ( holder, name, reviver ) (§25.5.1.1).
fn internalize(ctx: &mut Context, holder: Gc<JsObject>, name: PropertyKey, reviver: Value) -> JsResult<Value> {
    ctx.check_stack()?;
    let value = ops::get_property(ctx, holder, name)?;
    if let Some(object) = value.as_object() {
        if crate::builtins::proxy::is_array(ctx, value)? {
            let length = length_of_array_like(ctx, object)?;
            for index in 0..length {
                let key = super::operations::index_key(ctx, index);
                revive_property(ctx, object, key, reviver)?;
            }
        } else {
            for key in ops::own_property_keys_js(ctx, object)? {
                if key.is_symbol() {
                    continue;
                }
                if ops::get_own_property(ctx, object, key)?.is_some_and(|property| property.enumerable()) {
                    revive_property(ctx, object, key, reviver)?;
                }
            }
        }
    }
    let name_value = name.to_value(ctx);
    function::call(ctx, reviver, Value::object(holder), &[name_value, value])
}

/// Steps 2.b.iii / 2.c.ii of InternalizeJSONProperty: delete or redefine one element.
fn revive_property(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, reviver: Value) -> JsResult<()> {
    let new_element = internalize(ctx, object, key, reviver)?;
    if new_element.is_undefined() {
        ops::delete(ctx, object, key)?;
    } else {
        ops::create_data_property(ctx, object, key, new_element)?;
    }
    Ok(())
}

/// What V8 calls the token at the error position (it picks the message).
#[derive(Copy, Clone, PartialEq, Eq)]
enum Token {
    End,
    Number,
    String,
    Other,
}

fn token_of(unit: Option<u16>) -> Token {
    match unit {
        None => Token::End,
        Some(unit) if unit == b'-' as u16 || (b'0' as u16..=b'9' as u16).contains(&unit) => Token::Number,
        Some(unit) if unit == b'"' as u16 => Token::String,
        Some(_) => Token::Other,
    }
}

fn is_json_whitespace(unit: u16) -> bool {
    matches!(unit, 0x20 | 0x09 | 0x0A | 0x0D)
}

struct Parser {
    source: Gc<JsString>,
    position: usize,
}

impl Parser {
    fn view(&self) -> StrView<'static> {
        self.source.get().view()
    }

    fn current(&self) -> Option<u16> {
        let view = self.view();
        (self.position < view.len()).then(|| view.unit(self.position))
    }

    fn skip_whitespace(&mut self) {
        let view = self.view();
        while self.position < view.len() && is_json_whitespace(view.unit(self.position)) {
            self.position += 1;
        }
    }

    fn parse_text(&mut self, ctx: &mut Context) -> JsResult<Value> {
        let value = self.parse_value(ctx)?;
        self.skip_whitespace();
        if self.current().is_some() {
            return self.fail(ctx, &format!("Unexpected non-whitespace character after JSON at position {}", self.position));
        }
        Ok(value)
    }

    fn fail<T>(&self, ctx: &mut Context, message: &str) -> JsResult<T> {
        let result = ctx.throw_syntax_error(message);
        self.note_arrow(ctx);
        result
    }

    /// V8 places a JSON.parse error in the JSON text, as a script of its own: the arrow node
    /// prints if it goes uncaught.
    #[inline(never)]
    fn note_arrow(&self, ctx: &mut Context) {
        let text = self.source.get().to_rust_string();
        let units = self.view();
        let line_index = (0..self.position.min(units.len())).filter(|&index| units.unit(index) == b'\n' as u16).count();
        let line_start = (0..self.position.min(units.len())).rev().find(|&index| units.unit(index) == b'\n' as u16).map_or(0, |index| index + 1);
        let column = (self.position - line_start) as u32 + 1;
        let line = text.split('\n').nth(line_index).unwrap_or_default();
        let arrow = format!("<anonymous_script>:{}\n{line}\n{}", line_index + 1, crate::event_loop::uncaught::underline(line, column));
        ctx.throw_arrow = Some((ctx.exception.bits(), arrow.into_boxed_str()));
    }

    /// V8's ReportUnexpectedToken without a specific message: the text depends on the token at
    /// the current position.
    fn unexpected<T>(&self, ctx: &mut Context) -> JsResult<T> {
        let position = self.position;
        match token_of(self.current()) {
            Token::End => self.fail(ctx, "Unexpected end of JSON input"),
            Token::Number => self.fail(ctx, &format!("Unexpected number in JSON at position {position}")),
            Token::String => self.fail(ctx, &format!("Unexpected string in JSON at position {position}")),
            Token::Other => {
                let view = self.view();
                let length = view.len();
                let units = |start: usize, end: usize| -> String {
                    let units: Vec<u16> = (start..end.min(length)).map(|index| view.unit(index)).collect();
                    String::from_utf16_lossy(&units)
                };
                let whole = units(0, length);
                if ["[object Object]", "undefined", "Infinity", "NaN"].contains(&whole.as_str()) {
                    return self.fail(ctx, &format!("\"{whole}\" is not valid JSON"));
                }
                let token = units(position, position + 1);
                let message = if length < MIN_SOURCE_LENGTH_FOR_CONTEXT {
                    format!("Unexpected token '{token}', \"{whole}\" is not valid JSON")
                } else if position < CONTEXT_CHARACTERS {
                    let context = units(0, position + CONTEXT_CHARACTERS);
                    format!("Unexpected token '{token}', \"{context}\"... is not valid JSON")
                } else if position < length - CONTEXT_CHARACTERS {
                    let context = units(position - CONTEXT_CHARACTERS, position + CONTEXT_CHARACTERS);
                    format!("Unexpected token '{token}', ...\"{context}\"... is not valid JSON")
                } else {
                    let context = units(position - CONTEXT_CHARACTERS, length);
                    format!("Unexpected token '{token}', ...\"{context}\" is not valid JSON")
                };
                self.fail(ctx, &message)
            }
        }
    }

    /// Skips whitespace and consumes `expected`, or throws `message` (V8's ExpectNext).
    fn expect(&mut self, ctx: &mut Context, expected: u8, message: Option<&str>) -> JsResult<()> {
        self.skip_whitespace();
        if self.current() == Some(expected as u16) {
            self.position += 1;
            return Ok(());
        }
        match message {
            Some(message) => self.fail(ctx, &format!("{message} in JSON at position {}", self.position)),
            None => self.unexpected(ctx),
        }
    }

    /// Skips whitespace and consumes `expected` if it is next.
    fn check(&mut self, expected: u8) -> bool {
        self.skip_whitespace();
        if self.current() == Some(expected as u16) {
            self.position += 1;
            return true;
        }
        false
    }

    fn parse_value(&mut self, ctx: &mut Context) -> JsResult<Value> {
        ctx.check_stack()?;
        self.skip_whitespace();
        let Some(unit) = self.current() else { return self.unexpected(ctx) };
        match unit {
            0x22 => {
                self.position += 1;
                Ok(Value::string(self.scan_string(ctx)?))
            }
            0x2D | 0x30..=0x39 => self.parse_number(ctx),
            0x74 => self.scan_literal(ctx, "true", Value::TRUE),
            0x66 => self.scan_literal(ctx, "false", Value::FALSE),
            0x6E => self.scan_literal(ctx, "null", Value::NULL),
            0x7B => self.parse_object(ctx),
            0x5B => self.parse_array(ctx),
            _ => self.unexpected(ctx),
        }
    }

    fn scan_literal(&mut self, ctx: &mut Context, literal: &str, value: Value) -> JsResult<Value> {
        for &byte in literal.as_bytes() {
            if self.current() != Some(byte as u16) {
                return self.unexpected(ctx);
            }
            self.position += 1;
        }
        Ok(value)
    }

    fn parse_object(&mut self, ctx: &mut Context) -> JsResult<Value> {
        self.position += 1;
        let object = ctx.new_object();
        if self.check(b'}') {
            return Ok(Value::object(object));
        }
        let mut first = true;
        loop {
            let key_message =
                if first { "Expected property name or '}'" } else { "Expected double-quoted property name" };
            self.expect(ctx, b'"', Some(key_message))?;
            let key = self.scan_key(ctx)?;
            // V8 names the missing colon only for an object's first property.
            self.expect(ctx, b':', first.then_some("Expected ':' after property name"))?;
            let value = self.parse_value(ctx)?;
            ops::create_data_property(ctx, object, key, value)?;
            first = false;
            if !self.check(b',') {
                break;
            }
        }
        self.expect(ctx, b'}', Some("Expected ',' or '}' after property value"))?;
        Ok(Value::object(object))
    }

    fn parse_array(&mut self, ctx: &mut Context) -> JsResult<Value> {
        self.position += 1;
        let result = array::from_values(ctx, &[]);
        if self.check(b']') {
            return Ok(Value::object(result));
        }
        loop {
            let value = self.parse_value(ctx)?;
            array::push(ctx, result, value)?;
            if !self.check(b',') {
                break;
            }
        }
        self.expect(ctx, b']', Some("Expected ',' or ']' after array element"))?;
        Ok(Value::object(result))
    }

    fn parse_number(&mut self, ctx: &mut Context) -> JsResult<Value> {
        let start = self.position;
        let digit = |unit: Option<u16>| unit.is_some_and(|unit| (0x30..=0x39).contains(&unit));
        if self.current() == Some(b'-' as u16) {
            self.position += 1;
            if !digit(self.current()) {
                return self.fail(ctx, &format!("No number after minus sign in JSON at position {}", self.position));
            }
        }
        if self.current() == Some(b'0' as u16) {
            self.position += 1;
            if digit(self.current()) {
                return self.unexpected(ctx);
            }
        } else {
            while digit(self.current()) {
                self.position += 1;
            }
        }
        if self.current() == Some(b'.' as u16) {
            self.position += 1;
            if !digit(self.current()) {
                return self.fail(ctx, &format!("Unterminated fractional number in JSON at position {}", self.position));
            }
            while digit(self.current()) {
                self.position += 1;
            }
        }
        if matches!(self.current(), Some(0x65 | 0x45)) {
            self.position += 1;
            if matches!(self.current(), Some(0x2B | 0x2D)) {
                self.position += 1;
            }
            if !digit(self.current()) {
                return self.fail(ctx, &format!("Exponent part is missing a number in JSON at position {}", self.position));
            }
            while digit(self.current()) {
                self.position += 1;
            }
        }
        let view = self.view();
        let text: String = (start..self.position).map(|index| view.unit(index) as u8 as char).collect();
        // The JSON number grammar is a subset of Rust's, whose parse is correctly rounded.
        Ok(Value::number(text.parse::<f64>().unwrap_or(f64::NAN)))
    }

    /// Where the run of string characters needing no attention that starts at `start` ends:
    /// the position of the first quote, backslash or control character, or the length.
    fn plain_end(&self, start: usize) -> usize {
        let special = |unit: u16| unit == b'"' as u16 || unit == b'\\' as u16 || unit < 0x20;
        let offset = match self.view() {
            StrView::Latin1(bytes) => bytes.get(start..).and_then(|rest| rest.iter().position(|&byte| special(u16::from(byte)))),
            StrView::Utf16(units) => units.get(start..).and_then(|rest| rest.iter().position(|&unit| special(unit))),
        };
        offset.map_or(self.view().len(), |offset| start + offset)
    }

    /// Scans a property name after its opening quote, up to and including the closing quote:
    /// a name without escapes that cannot be an array index is interned straight from the
    /// source text.
    fn scan_key(&mut self, ctx: &mut Context) -> JsResult<PropertyKey> {
        let view = self.view();
        let start = self.position;
        let end = self.plain_end(start);
        let digit_first = start < end && (b'0' as u16..=b'9' as u16).contains(&view.unit(start));
        if end < view.len() && view.unit(end) == b'"' as u16 && !digit_first {
            self.position = end + 1;
            let name = match view {
                StrView::Latin1(bytes) => StrView::Latin1(&bytes[start..end]),
                StrView::Utf16(units) => StrView::Utf16(&units[start..end]),
            };
            return Ok(PropertyKey::String(ctx.atom_table.intern_view(&mut ctx.heap, name)));
        }
        let key = self.scan_string(ctx)?;
        Ok(ctx.key_from_string(key))
    }

    /// Scans a string body after its opening quote, up to and including the closing quote.
    fn scan_string(&mut self, ctx: &mut Context) -> JsResult<Gc<JsString>> {
        let view = self.view();
        let length = view.len();
        let start = self.position;
        // The common case: no escapes, so the value is a slice of the source.
        let end = self.plain_end(start);
        if end < length && view.unit(end) == b'"' as u16 {
            self.position = end + 1;
            return Ok(crate::string::substring(ctx, self.source, start, end));
        }
        let mut text = StringBuilder::new();
        self.position = start;
        loop {
            let Some(unit) = self.current() else {
                return self.fail(ctx, &format!("Unterminated string in JSON at position {}", self.position));
            };
            match unit {
                0x22 => {
                    self.position += 1;
                    return text.finish(ctx);
                }
                0x5C => {
                    self.position += 1;
                    let Some(escape) = self.current() else { return self.unexpected(ctx) };
                    if escape > 0xFF {
                        return self.unexpected(ctx);
                    }
                    let decoded = match escape as u8 {
                        b'"' => b'"' as u16,
                        b'\\' => b'\\' as u16,
                        b'/' => b'/' as u16,
                        b'b' => 0x08,
                        b'f' => 0x0C,
                        b'n' => 0x0A,
                        b'r' => 0x0D,
                        b't' => 0x09,
                        b'u' => {
                            let mut value = 0u16;
                            for _ in 0..4 {
                                self.position += 1;
                                let digit = self.current().and_then(|unit| char::from_u32(unit as u32)).and_then(|c| c.to_digit(16));
                                let Some(digit) = digit else {
                                    return self.fail(ctx, &format!("Bad Unicode escape in JSON at position {}", self.position));
                                };
                                value = value * 16 + digit as u16;
                            }
                            value
                        }
                        _ => return self.fail(ctx, &format!("Bad escaped character in JSON at position {}", self.position)),
                    };
                    text.push_unit(decoded);
                    self.position += 1;
                }
                _ if unit < 0x20 => {
                    return self.fail(ctx, &format!("Bad control character in string literal in JSON at position {}", self.position));
                }
                _ => {
                    text.push_unit(unit);
                    self.position += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_error(text: &str) -> String {
        let mut ctx = Context::new_for_tests();
        let source = crate::string::from_str(&mut ctx, text);
        let mut parser = Parser { source, position: 0 };
        assert!(parser.parse_text(&mut ctx).is_err(), "{text} parsed");
        let error = ctx.take_exception().as_object().expect("an error object");
        let key = PropertyKey::String(ctx.atoms.message);
        let message = ops::get_property(&mut ctx, error, key).expect("message");
        message.as_string().expect("a string").get().to_rust_string()
    }

    #[test]
    fn messages_match_v8() {
        assert_eq!(parse_error("{\"a\":}"), "Unexpected token '}', \"{\"a\":}\" is not valid JSON");
        assert_eq!(parse_error(""), "Unexpected end of JSON input");
        assert_eq!(parse_error("{\"a\":1,\"b\"}"), "Unexpected token '}', \"{\"a\":1,\"b\"}\" is not valid JSON");
        assert_eq!(parse_error("{\"a\" 1}"), "Expected ':' after property name in JSON at position 5");
        assert_eq!(parse_error("-01"), "Unexpected number in JSON at position 2");
        assert_eq!(parse_error("\"\\u12"), "Bad Unicode escape in JSON at position 5");
        assert_eq!(parse_error("undefined"), "\"undefined\" is not valid JSON");
        assert_eq!(
            parse_error("[1,2,3,4,5,6,7,8,9,x,1,2,3,4,5,6,7,8,9,1]"),
            "Unexpected token 'x', ...\"5,6,7,8,9,x,1,2,3,4,\"... is not valid JSON"
        );
    }
}
