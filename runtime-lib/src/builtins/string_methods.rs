//! The String.prototype methods that do not take a regular expression (§22.1.3) and the
//! String statics `fromCharCode`, `fromCodePoint` and `raw` (§22.1.2), plus the Annex B HTML
//! methods (`anchor`, `big`, …, §B.2.2). `replace`, `replaceAll` and `split` take string
//! patterns here and hand anything with a `Symbol.replace` / `Symbol.split` method to it, which
//! is how RegExp patterns reach `regexp_symbols.rs`; `match`, `matchAll` and `search` live in
//! `regexp_string.rs`. The core (`toString`, `valueOf`, `[Symbol.iterator]`) is in `string.rs`.
//!
//! Everything works on UTF-16 code units (surrogate pairs count as two, as the spec says), with
//! the text algorithms in `text::` (case mapping, whitespace, collation).

use super::builder::ObjectBuilder;
use super::operations::install_methods;
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::iteration::length_of_array_like;
use crate::object::function::{self, NativeCall, NativeFn};
use crate::object::{array, ops, PropertyKey};
use crate::string::{self, JsString, StrView, StringBuilder, MAX_STRING_LENGTH};
use crate::value::{conv, Value};
use unicode_normalization::UnicodeNormalization;

/// Installs the String.prototype methods and String statics of this module.
pub fn init(ctx: &mut Context) {
    let prototype = ctx.realm.string_prototype;
    install_methods(
        ctx,
        prototype,
        &[
            ("anchor", 1, anchor),
            ("at", 1, at),
            ("big", 0, big),
            ("blink", 0, blink),
            ("bold", 0, bold),
            ("charAt", 1, char_at),
            ("charCodeAt", 1, char_code_at),
            ("codePointAt", 1, code_point_at),
            ("concat", 1, concat),
            ("endsWith", 1, ends_with),
            ("fontcolor", 1, fontcolor),
            ("fontsize", 1, fontsize),
            ("fixed", 0, fixed),
            ("includes", 1, includes),
            ("indexOf", 1, index_of),
            ("isWellFormed", 0, is_well_formed),
            ("italics", 0, italics),
            ("lastIndexOf", 1, last_index_of),
            ("link", 1, link),
            ("localeCompare", 1, locale_compare),
            ("normalize", 0, normalize),
            ("padEnd", 1, pad_end),
            ("padStart", 1, pad_start),
            ("repeat", 1, repeat),
            ("replace", 2, replace),
            ("replaceAll", 2, replace_all),
            ("slice", 2, slice),
            ("small", 0, small),
            ("split", 2, split),
            ("strike", 0, strike),
            ("sub", 0, sub),
            ("substr", 2, substr),
            ("substring", 2, substring),
            ("sup", 0, sup),
            ("startsWith", 1, starts_with),
            ("toWellFormed", 0, to_well_formed),
            ("trim", 0, trim),
            ("trimStart", 0, trim_start),
        ],
    );
    // trimLeft/trimRight are the same function objects as trimStart/trimEnd (§B.2.2.15-16).
    let trim_start_function = super::iterator::method_of(ctx, prototype, "trimStart");
    let trim_left = ctx.key("trimLeft");
    ObjectBuilder::new(ctx, prototype).define(trim_left, Value::object(trim_start_function), crate::object::Attributes::HIDDEN);
    install_methods(ctx, prototype, &[("trimEnd", 0, trim_end)]);
    let trim_end_function = super::iterator::method_of(ctx, prototype, "trimEnd");
    let trim_right = ctx.key("trimRight");
    ObjectBuilder::new(ctx, prototype).define(trim_right, Value::object(trim_end_function), crate::object::Attributes::HIDDEN);
    install_methods(
        ctx,
        prototype,
        &[
            ("toLocaleLowerCase", 0, to_lower_case),
            ("toLocaleUpperCase", 0, to_upper_case),
            ("toLowerCase", 0, to_lower_case),
            ("toUpperCase", 0, to_upper_case),
        ],
    );
    let string_constructor = super::iterator::method_of(ctx, prototype, "constructor");
    let statics: [(&str, u32, NativeFn); 3] = [("fromCharCode", 1, from_char_code), ("fromCodePoint", 1, from_code_point), ("raw", 1, raw)];
    install_methods(ctx, string_constructor, &statics);
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// RequireObjectCoercible(this) then ToString, with V8's message for null and undefined.
fn this_string(ctx: &mut Context, this: Value, method: &str) -> JsResult<Gc<JsString>> {
    if let Some(string) = this.as_string() {
        return Ok(string);
    }
    if this.is_nullish() {
        return ctx.throw_type_error(&format!("String.prototype.{method} called on null or undefined"));
    }
    conv::to_string(ctx, this)
}

/// ToIntegerOrInfinity clamped to `0..=length`.
fn clamped_position(ctx: &mut Context, value: Value, length: usize) -> JsResult<usize> {
    let position = conv::to_integer_or_infinity(ctx, value)?;
    Ok(position.clamp(0.0, length as f64) as usize)
}

/// A relative index (negative counts from the end) clamped to `0..=length`.
fn relative_position(ctx: &mut Context, value: Value, length: usize) -> JsResult<usize> {
    let relative = conv::to_integer_or_infinity(ctx, value)?;
    let position = if relative < 0.0 { (length as f64 + relative).max(0.0) } else { relative.min(length as f64) };
    Ok(position as usize)
}

fn string_value(ctx: &mut Context, units: &[u16]) -> Value {
    Value::string(string::from_utf16(ctx, units))
}

/// True when `units` (a whole string) equals `needle` at `start`.
fn matches_at(haystack: StrView<'_>, needle: StrView<'_>, start: usize) -> bool {
    if start + needle.len() > haystack.len() {
        return false;
    }
    match (haystack, needle) {
        (StrView::Latin1(hay), StrView::Latin1(pin)) => &hay[start..start + pin.len()] == pin,
        _ => (0..needle.len()).all(|offset| haystack.unit(start + offset) == needle.unit(offset)),
    }
}

/// StringIndexOf ( string, searchValue, fromIndex ) (§6.1.4.1).
fn string_index_of(string: &JsString, search: &JsString, from: usize) -> Option<usize> {
    if from > string.len() {
        return None;
    }
    string.index_of(search, from)
}

/// IsRegExp check of includes/startsWith/endsWith (§22.1.3.8 step 3), with V8's message.
fn reject_regexp(ctx: &mut Context, value: Value, method: &str) -> JsResult<()> {
    if super::regexp::is_regexp(ctx, value)? {
        return ctx.throw_type_error(&format!("First argument to String.prototype.{method} must not be a regular expression"));
    }
    Ok(())
}

/// GetMethod(value, @@symbol) for replace/split: undefined and null give None.
fn pattern_hook(ctx: &mut Context, value: Value, key: PropertyKey) -> JsResult<Option<Value>> {
    let method = ops::get_value(ctx, value, key)?;
    if method.is_nullish() {
        return Ok(None);
    }
    if !method.is_callable() {
        let text = super::map_set::typed_value_text(ctx, method);
        return ctx.throw_type_error(&format!("{text} is not a function"));
    }
    Ok(Some(method))
}

// ---------------------------------------------------------------------------------------------
// Character access
// ---------------------------------------------------------------------------------------------

/// String.prototype.at ( index ) (§22.1.3.1).
fn at(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "at")?;
    let length = string.get().len() as f64;
    let relative = conv::to_integer_or_infinity(ctx, call.arg(0))?;
    let index = if relative >= 0.0 { relative } else { length + relative };
    if index < 0.0 || index >= length {
        return Ok(Value::UNDEFINED);
    }
    let unit = string.get().unit(index as usize);
    Ok(Value::string(ctx.unit_string(unit)))
}

/// True when `callee` is String.prototype.charCodeAt (`STRING_CHAR_CODE_AT`) or charAt
/// (`STRING_CHAR_AT`), whose call sites compiled code may then answer inline.
pub(crate) fn is_intrinsic(callee: Value, which: u32) -> bool {
    use kiln_abi::call_intrinsic as intrinsic;
    let expected: NativeFn = match which {
        intrinsic::STRING_CHAR_CODE_AT => char_code_at,
        intrinsic::STRING_CHAR_AT => char_at,
        _ => return false,
    };
    crate::builtins::array::native_function_of(callee).is_some_and(|native| std::ptr::fn_addr_eq(native, expected))
}

/// String.prototype.charAt ( pos ) (§22.1.3.2).
fn char_at(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "charAt")?;
    let position = conv::to_integer_or_infinity(ctx, call.arg(0))?;
    if position < 0.0 || position >= string.get().len() as f64 {
        return Ok(Value::string(ctx.atoms.empty));
    }
    let unit = string.get().unit(position as usize);
    Ok(Value::string(ctx.unit_string(unit)))
}

/// String.prototype.charCodeAt ( pos ) (§22.1.3.3).
fn char_code_at(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "charCodeAt")?;
    let position = conv::to_integer_or_infinity(ctx, call.arg(0))?;
    if position < 0.0 || position >= string.get().len() as f64 {
        return Ok(Value::NAN);
    }
    Ok(Value::number(string.get().unit(position as usize) as f64))
}

/// String.prototype.codePointAt ( pos ) (§22.1.3.4).
fn code_point_at(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "codePointAt")?;
    let position = conv::to_integer_or_infinity(ctx, call.arg(0))?;
    if position < 0.0 || position >= string.get().len() as f64 {
        return Ok(Value::UNDEFINED);
    }
    let (code_point, _) = string::code_point_at(string.get().view(), position as usize);
    Ok(Value::number(code_point as f64))
}

// ---------------------------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------------------------

/// String.prototype.includes ( searchString [ , position ] ) (§22.1.3.8).
fn includes(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "includes")?;
    reject_regexp(ctx, call.arg(0), "includes")?;
    let search = conv::to_string(ctx, call.arg(0))?;
    let start = clamped_position(ctx, call.arg(1), string.get().len())?;
    Ok(Value::boolean(string_index_of(string.get(), search.get(), start).is_some()))
}

/// String.prototype.indexOf ( searchString [ , position ] ) (§22.1.3.9).
fn index_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "indexOf")?;
    let search = conv::to_string(ctx, call.arg(0))?;
    let start = clamped_position(ctx, call.arg(1), string.get().len())?;
    Ok(Value::number(string_index_of(string.get(), search.get(), start).map_or(-1.0, |index| index as f64)))
}

/// String.prototype.lastIndexOf ( searchString [ , position ] ) (§22.1.3.11).
fn last_index_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "lastIndexOf")?;
    let search = conv::to_string(ctx, call.arg(0))?;
    let number = conv::to_number(ctx, call.arg(1))?;
    let position = if number.is_nan() { f64::INFINITY } else { conv::to_integer_or_infinity(ctx, Value::number(number))? };
    let length = string.get().len();
    let search_length = search.get().len();
    if search_length > length {
        return Ok(Value::number(-1.0));
    }
    let start = position.clamp(0.0, length as f64) as usize;
    let (haystack, needle) = (string.get().view(), search.get().view());
    let found = (0..=start.min(length - search_length)).rev().find(|&index| matches_at(haystack, needle, index));
    Ok(Value::number(found.map_or(-1.0, |index| index as f64)))
}

/// String.prototype.startsWith ( searchString [ , position ] ) (§22.1.3.24).
fn starts_with(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "startsWith")?;
    reject_regexp(ctx, call.arg(0), "startsWith")?;
    let search = conv::to_string(ctx, call.arg(0))?;
    let start = clamped_position(ctx, call.arg(1), string.get().len())?;
    Ok(Value::boolean(matches_at(string.get().view(), search.get().view(), start)))
}

/// String.prototype.endsWith ( searchString [ , endPosition ] ) (§22.1.3.7).
fn ends_with(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "endsWith")?;
    reject_regexp(ctx, call.arg(0), "endsWith")?;
    let search = conv::to_string(ctx, call.arg(0))?;
    let length = string.get().len();
    let end = if call.arg(1).is_undefined() { length } else { clamped_position(ctx, call.arg(1), length)? };
    let search_length = search.get().len();
    if search_length > end {
        return Ok(Value::FALSE);
    }
    Ok(Value::boolean(matches_at(string.get().view(), search.get().view(), end - search_length)))
}

// ---------------------------------------------------------------------------------------------
// Extracting and combining
// ---------------------------------------------------------------------------------------------

/// String.prototype.concat ( ...args ) (§22.1.3.5).
fn concat(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let mut result = this_string(ctx, call.this, "concat")?;
    for &arg in call.args {
        let next = conv::to_string(ctx, arg)?;
        result = string::concat(ctx, result, next)?;
    }
    Ok(Value::string(result))
}

/// String.prototype.slice ( start, end ) (§22.1.3.22).
fn slice(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "slice")?;
    let length = string.get().len();
    let from = relative_position(ctx, call.arg(0), length)?;
    let to = if call.arg(1).is_undefined() { length } else { relative_position(ctx, call.arg(1), length)? };
    if from >= to {
        return Ok(Value::string(ctx.atoms.empty));
    }
    Ok(Value::string(string::substring(ctx, string, from, to)))
}

/// String.prototype.substring ( start, end ) (§22.1.3.25).
fn substring(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "substring")?;
    let length = string.get().len();
    let start = clamped_position(ctx, call.arg(0), length)?;
    let end = if call.arg(1).is_undefined() { length } else { clamped_position(ctx, call.arg(1), length)? };
    Ok(Value::string(string::substring(ctx, string, start.min(end), start.max(end))))
}

/// String.prototype.substr ( start, length ) (§B.2.2.1).
fn substr(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "substr")?;
    let size = string.get().len();
    let start = relative_position(ctx, call.arg(0), size)?;
    let length = if call.arg(1).is_undefined() { f64::INFINITY } else { conv::to_integer_or_infinity(ctx, call.arg(1))? };
    let end = (start as f64 + length).min(size as f64);
    if end <= start as f64 {
        return Ok(Value::string(ctx.atoms.empty));
    }
    Ok(Value::string(string::substring(ctx, string, start, end as usize)))
}

/// String.prototype.repeat ( count ) (§22.1.3.17).
fn repeat(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "repeat")?;
    let count = conv::to_number(ctx, call.arg(0))?;
    let integer = conv::to_integer_or_infinity(ctx, Value::number(count))?;
    if integer < 0.0 || integer == f64::INFINITY {
        let text = crate::text::number::number_to_string(count);
        return ctx.throw_range_error(&format!("Invalid count value: {text}"));
    }
    let length = string.get().len();
    if integer == 0.0 || length == 0 {
        return Ok(Value::string(ctx.atoms.empty));
    }
    if integer * length as f64 > MAX_STRING_LENGTH as f64 {
        return ctx.throw_range_error("Invalid string length");
    }
    let mut out = StringBuilder::new();
    for _ in 0..integer as usize {
        out.push_js(string.get());
    }
    Ok(Value::string(out.finish(ctx)?))
}

/// StringPad ( S, maxLength, fillString, placement ) (§22.1.3.17.2) for padStart/padEnd.
fn pad(ctx: &mut Context, call: &NativeCall, method: &str, at_start: bool) -> JsResult<Value> {
    let string = this_string(ctx, call.this, method)?;
    let max_length = conv::to_length(ctx, call.arg(0))?;
    let length = string.get().len() as u64;
    if max_length <= length {
        return Ok(Value::string(string));
    }
    let filler = if call.arg(1).is_undefined() { string::from_str(ctx, " ") } else { conv::to_string(ctx, call.arg(1))? };
    if filler.get().is_empty() {
        return Ok(Value::string(string));
    }
    if max_length > MAX_STRING_LENGTH as u64 {
        return ctx.throw_range_error("Invalid string length");
    }
    let fill_length = (max_length - length) as usize;
    let filler_units = filler.get().to_utf16();
    let padding: Vec<u16> = filler_units.iter().copied().cycle().take(fill_length).collect();
    let mut out = StringBuilder::new();
    if at_start {
        out.push_view(StrView::Utf16(&padding));
        out.push_js(string.get());
    } else {
        out.push_js(string.get());
        out.push_view(StrView::Utf16(&padding));
    }
    Ok(Value::string(out.finish(ctx)?))
}

/// String.prototype.padEnd ( maxLength [ , fillString ] ) (§22.1.3.15).
fn pad_end(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    pad(ctx, call, "padEnd", false)
}

/// String.prototype.padStart ( maxLength [ , fillString ] ) (§22.1.3.16).
fn pad_start(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    pad(ctx, call, "padStart", true)
}

// ---------------------------------------------------------------------------------------------
// replace, replaceAll, split
// ---------------------------------------------------------------------------------------------

/// The replacement text for one match of a string pattern: the replacer's result, or
/// GetSubstitution with no captures.
fn replacement(ctx: &mut Context, replace_value: Value, search: Gc<JsString>, string: Gc<JsString>, position: usize) -> JsResult<Gc<JsString>> {
    if replace_value.is_callable() {
        let args = [Value::string(search), Value::number(position as f64), Value::string(string)];
        let result = function::call(ctx, replace_value, Value::UNDEFINED, &args)?;
        return conv::to_string(ctx, result);
    }
    let template = replace_value.as_string().unwrap_or(ctx.atoms.empty);
    let captures = ctx.new_list();
    captures.get_mut().push(Value::string(search));
    super::regexp_symbols::get_substitution(ctx, search, string, position, captures, None, template)
}

/// String.prototype.replace ( searchValue, replaceValue ) (§22.1.3.19).
fn replace(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (search_value, mut replace_value) = (call.arg(0), call.arg(1));
    if call.this.is_nullish() {
        return ctx.throw_type_error("String.prototype.replace called on null or undefined");
    }
    // Step 2: a pattern with a Symbol.replace method (a RegExp) does the work.
    if !search_value.is_nullish() {
        let key = PropertyKey::Symbol(ctx.symbols.replace);
        if let Some(replacer) = pattern_hook(ctx, search_value, key)? {
            return function::call(ctx, replacer, search_value, &[call.this, replace_value]);
        }
    }
    let string = conv::to_string(ctx, call.this)?;
    let search = conv::to_string(ctx, search_value)?;
    if !replace_value.is_callable() {
        replace_value = Value::string(conv::to_string(ctx, replace_value)?);
    }
    let Some(position) = string.get().index_of(search.get(), 0) else { return Ok(Value::string(string)) };
    let replaced = replacement(ctx, replace_value, search, string, position)?;
    let mut out = StringBuilder::new();
    let view = string.get().view();
    push_range(&mut out, view, 0, position);
    out.push_js(replaced.get());
    push_range(&mut out, view, position + search.get().len(), view.len());
    Ok(Value::string(out.finish(ctx)?))
}

fn push_range(out: &mut StringBuilder, view: StrView<'_>, start: usize, end: usize) {
    match view {
        StrView::Latin1(bytes) => out.push_view(StrView::Latin1(&bytes[start..end])),
        StrView::Utf16(units) => out.push_view(StrView::Utf16(&units[start..end])),
    }
}

/// String.prototype.replaceAll ( searchValue, replaceValue ) (§22.1.3.20).
fn replace_all(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (search_value, mut replace_value) = (call.arg(0), call.arg(1));
    if call.this.is_nullish() {
        return ctx.throw_type_error("String.prototype.replaceAll called on null or undefined");
    }
    if !search_value.is_nullish() {
        // Step 2.b: a RegExp pattern must be global.
        if super::regexp::is_regexp(ctx, search_value)? {
            let flags_key = ctx.key("flags");
            let flags = ops::get_value(ctx, search_value, flags_key)?;
            if flags.is_nullish() {
                return ctx.throw_type_error("String.prototype.replaceAll called with a non-global RegExp argument");
            }
            let flags = conv::to_string(ctx, flags)?;
            if !flags.get().units().any(|unit| unit == b'g' as u16) {
                return ctx.throw_type_error("String.prototype.replaceAll called with a non-global RegExp argument");
            }
        }
        let symbol = ctx.symbols.replace;
        if let Some(replacer) = super::regexp_string::get_symbol_method(ctx, search_value, symbol)? {
            return function::call(ctx, replacer, search_value, &[call.this, replace_value]);
        }
    }
    let string = conv::to_string(ctx, call.this)?;
    let search = conv::to_string(ctx, search_value)?;
    if !replace_value.is_callable() {
        replace_value = Value::string(conv::to_string(ctx, replace_value)?);
    }
    let search_length = search.get().len();
    let advance = search_length.max(1);
    let mut positions = Vec::new();
    let mut position = string_index_of(string.get(), search.get(), 0);
    while let Some(found) = position {
        positions.push(found);
        position = string_index_of(string.get(), search.get(), found + advance);
    }
    if positions.is_empty() {
        return Ok(Value::string(string));
    }
    let mut end_of_last_match = 0;
    let mut out = StringBuilder::new();
    for found in positions {
        let replaced = replacement(ctx, replace_value, search, string, found)?;
        push_range(&mut out, string.get().view(), end_of_last_match, found);
        out.push_js(replaced.get());
        end_of_last_match = found + search_length;
    }
    let view = string.get().view();
    if end_of_last_match < view.len() {
        push_range(&mut out, view, end_of_last_match, view.len());
    }
    Ok(Value::string(out.finish(ctx)?))
}

/// String.prototype.split ( separator, limit ) (§22.1.3.23).
fn split(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (separator, limit) = (call.arg(0), call.arg(1));
    if call.this.is_nullish() {
        return ctx.throw_type_error("String.prototype.split called on null or undefined");
    }
    // Step 2: a pattern with a Symbol.split method (a RegExp) does the work.
    if !separator.is_nullish() {
        let key = PropertyKey::Symbol(ctx.symbols.split);
        if let Some(splitter) = pattern_hook(ctx, separator, key)? {
            return function::call(ctx, splitter, separator, &[call.this, limit]);
        }
    }
    let string = conv::to_string(ctx, call.this)?;
    let limit = if limit.is_undefined() { u32::MAX } else { conv::to_uint32(ctx, limit)? };
    let separator_string = conv::to_string(ctx, separator)?;
    let result = array::from_values(ctx, &[]);
    if limit == 0 {
        return Ok(Value::object(result));
    }
    if separator.is_undefined() {
        array::push(ctx, result, Value::string(string))?;
        return Ok(Value::object(result));
    }
    let length = string.get().len();
    let separator_length = separator_string.get().len();
    if separator_length == 0 {
        let count = length.min(limit as usize);
        if let StrView::Latin1(bytes) = string.get().view() {
            // Every piece is one of the context's one-unit strings (no allocation between
            // them), so the array is made from the list at once.
            let pieces: Vec<Value> = bytes[..count].iter().map(|&byte| Value::string(ctx.unit_string(u16::from(byte)))).collect();
            return Ok(Value::object(array::from_values(ctx, &pieces)));
        }
        for index in 0..count {
            let unit = string.get().unit(index);
            let piece = ctx.unit_string(unit);
            array::push(ctx, result, Value::string(piece))?;
        }
        return Ok(Value::object(result));
    }
    if length == 0 {
        array::push(ctx, result, Value::string(string))?;
        return Ok(Value::object(result));
    }
    let mut count = 0u32;
    let mut start = 0;
    let mut found = string.get().index_of(separator_string.get(), 0);
    while let Some(position) = found {
        let piece = string::substring(ctx, string, start, position);
        array::push(ctx, result, Value::string(piece))?;
        count += 1;
        if count == limit {
            return Ok(Value::object(result));
        }
        start = position + separator_length;
        found = string_index_of(string.get(), separator_string.get(), start);
    }
    let piece = string::substring(ctx, string, start, length);
    array::push(ctx, result, Value::string(piece))?;
    Ok(Value::object(result))
}

// ---------------------------------------------------------------------------------------------
// Case, whitespace, normalization, comparison
// ---------------------------------------------------------------------------------------------

/// String.prototype.toLowerCase (§22.1.3.28), also toLocaleLowerCase (root locale).
fn to_lower_case(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "toLowerCase")?;
    if let StrView::Latin1(bytes) = string.get().view() {
        if !bytes.iter().any(|byte| byte.is_ascii_uppercase() || *byte >= 0x80) {
            return Ok(Value::string(string));
        }
        if bytes.is_ascii() {
            let lower = bytes.to_ascii_lowercase();
            return Ok(Value::string(string::from_latin1(ctx, &lower)));
        }
    }
    let units = crate::text::case::to_lower_case(&string.get().to_utf16());
    Ok(string_value(ctx, &units))
}

/// String.prototype.toUpperCase (§22.1.3.30), also toLocaleUpperCase (root locale).
fn to_upper_case(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "toUpperCase")?;
    if let StrView::Latin1(bytes) = string.get().view() {
        if !bytes.iter().any(|byte| byte.is_ascii_lowercase() || *byte >= 0x80) {
            return Ok(Value::string(string));
        }
        if bytes.is_ascii() {
            let upper = bytes.to_ascii_uppercase();
            return Ok(Value::string(string::from_latin1(ctx, &upper)));
        }
    }
    let units = crate::text::case::to_upper_case(&string.get().to_utf16());
    Ok(string_value(ctx, &units))
}

fn trim_with(ctx: &mut Context, call: &NativeCall, method: &str, start: bool, end: bool) -> JsResult<Value> {
    let string = this_string(ctx, call.this, method)?;
    // The bounds are found on the string's own code units (no copy); the result is a
    // substring, so Latin-1 text stays Latin-1.
    let (from, to, length) = {
        let view = string.get().view();
        let length = view.len();
        let blank = |index: usize| crate::text::whitespace::is_str_whitespace(view.unit(index));
        let mut from = 0;
        if start {
            while from < length && blank(from) {
                from += 1;
            }
        }
        let mut to = length;
        if end {
            while to > from && blank(to - 1) {
                to -= 1;
            }
        }
        (from, to, length)
    };
    if from == 0 && to == length {
        return Ok(Value::string(string));
    }
    Ok(Value::string(string::substring(ctx, string, from, to)))
}

/// String.prototype.trim (§22.1.3.32).
fn trim(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    trim_with(ctx, call, "trim", true, true)
}

/// String.prototype.trimStart (§22.1.3.34), also trimLeft.
fn trim_start(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    trim_with(ctx, call, "trimStart", true, false)
}

/// String.prototype.trimEnd (§22.1.3.33), also trimRight.
fn trim_end(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    trim_with(ctx, call, "trimEnd", false, true)
}

/// String.prototype.normalize ( [ form ] ) (§22.1.3.15).
fn normalize(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "normalize")?;
    let form = if call.arg(0).is_undefined() { "NFC".to_string() } else { conv::to_string(ctx, call.arg(0))?.get().to_rust_string() };
    let convert: fn(&str) -> String = match form.as_str() {
        "NFC" => |text| text.nfc().collect(),
        "NFD" => |text| text.nfd().collect(),
        "NFKC" => |text| text.nfkc().collect(),
        "NFKD" => |text| text.nfkd().collect(),
        _ => return ctx.throw_range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD."),
    };
    if let StrView::Latin1(bytes) = string.get().view() {
        if bytes.is_ascii() {
            return Ok(Value::string(string));
        }
    }
    // Lone surrogates are not characters: they stay as they are and split the text into runs.
    let mut out: Vec<u16> = Vec::with_capacity(string.get().len());
    let mut run = String::new();
    for item in char::decode_utf16(string.get().units()) {
        match item {
            Ok(character) => run.push(character),
            Err(lone) => {
                out.extend(convert(&run).encode_utf16());
                run.clear();
                out.push(lone.unpaired_surrogate());
            }
        }
    }
    out.extend(convert(&run).encode_utf16());
    Ok(string_value(ctx, &out))
}

/// String.prototype.localeCompare ( that [ , locales [ , options ] ] ) (ECMA-402 §19.1.1):
/// compares with an `Intl.Collator` (`builtins::intl`).
fn locale_compare(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "localeCompare")?;
    super::intl_link::compare_strings(ctx, Value::string(string), call.arg(0), call.arg(1), call.arg(2))
}

/// String.prototype.isWellFormed (§22.1.3.10).
fn is_well_formed(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "isWellFormed")?;
    if string.get().is_latin1() {
        return Ok(Value::TRUE);
    }
    Ok(Value::boolean(char::decode_utf16(string.get().units()).all(|item| item.is_ok())))
}

/// String.prototype.toWellFormed (§22.1.3.31): lone surrogates become U+FFFD.
fn to_well_formed(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = this_string(ctx, call.this, "toWellFormed")?;
    if string.get().is_latin1() {
        return Ok(Value::string(string));
    }
    let mut out = Vec::with_capacity(string.get().len());
    for item in char::decode_utf16(string.get().units()) {
        match item {
            Ok(character) => {
                let mut buffer = [0u16; 2];
                out.extend_from_slice(character.encode_utf16(&mut buffer));
            }
            Err(_) => out.push(0xFFFD),
        }
    }
    Ok(string_value(ctx, &out))
}

// ---------------------------------------------------------------------------------------------
// Annex B HTML methods
// ---------------------------------------------------------------------------------------------

/// CreateHTML ( string, tag, attribute, value ) (§B.2.2.2.1).
fn create_html(ctx: &mut Context, call: &NativeCall, method: &str, tag: &str, attribute: &str) -> JsResult<Value> {
    let string = this_string(ctx, call.this, method)?;
    let mut out = StringBuilder::new();
    out.push_str("<");
    out.push_str(tag);
    if !attribute.is_empty() {
        let value = conv::to_string(ctx, call.arg(0))?;
        out.push_str(" ");
        out.push_str(attribute);
        out.push_str("=\"");
        for unit in value.get().units() {
            if unit == b'"' as u16 {
                out.push_str("&quot;");
            } else {
                out.push_unit(unit);
            }
        }
        out.push_str("\"");
    }
    out.push_str(">");
    out.push_js(string.get());
    out.push_str("</");
    out.push_str(tag);
    out.push_str(">");
    Ok(Value::string(out.finish(ctx)?))
}

macro_rules! html_methods {
    ($($function:ident => ($method:expr, $tag:expr, $attribute:expr),)*) => {
        $(
            #[doc = concat!("String.prototype.", $method, " (§B.2.2).")]
            fn $function(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
                create_html(ctx, call, $method, $tag, $attribute)
            }
        )*
    };
}

html_methods! {
    anchor => ("anchor", "a", "name"),
    big => ("big", "big", ""),
    blink => ("blink", "blink", ""),
    bold => ("bold", "b", ""),
    fixed => ("fixed", "tt", ""),
    fontcolor => ("fontcolor", "font", "color"),
    fontsize => ("fontsize", "font", "size"),
    italics => ("italics", "i", ""),
    link => ("link", "a", "href"),
    small => ("small", "small", ""),
    strike => ("strike", "strike", ""),
    sub => ("sub", "sub", ""),
    sup => ("sup", "sup", ""),
}

// ---------------------------------------------------------------------------------------------
// String statics
// ---------------------------------------------------------------------------------------------

/// String.fromCharCode ( ...codeUnits ) (§22.1.2.1).
fn from_char_code(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if let [single] = call.args {
        let number = conv::to_number(ctx, *single)?;
        let unit = conv::f64_to_uint32(number) as u16;
        return Ok(Value::string(ctx.unit_string(unit)));
    }
    let mut units = Vec::with_capacity(call.args.len());
    for &arg in call.args {
        let number = conv::to_number(ctx, arg)?;
        units.push(conv::f64_to_uint32(number) as u16);
    }
    Ok(string_value(ctx, &units))
}

/// String.fromCodePoint ( ...codePoints ) (§22.1.2.2).
fn from_code_point(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let mut out = StringBuilder::new();
    for &arg in call.args {
        let number = conv::to_number(ctx, arg)?;
        if number.fract() != 0.0 || !(0.0..=1_114_111.0).contains(&number) {
            let text = crate::text::number::number_to_string(number);
            return ctx.throw_range_error(&format!("Invalid code point {text}"));
        }
        out.push_code_point(number as u32);
    }
    Ok(Value::string(out.finish(ctx)?))
}

/// String.raw ( template, ...substitutions ) (§22.1.2.4).
fn raw(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let cooked = conv::to_object(ctx, call.arg(0))?;
    let raw_key = ctx.key("raw");
    let raw_value = ops::get_property(ctx, cooked, raw_key)?;
    let literals = conv::to_object(ctx, raw_value)?;
    let literal_count = length_of_array_like(ctx, literals)?;
    let substitutions = call.args.get(1..).unwrap_or(&[]);
    let mut out = StringBuilder::new();
    let mut index = 0u64;
    while index < literal_count {
        let literal = super::operations::get_index(ctx, literals, index)?;
        let literal = conv::to_string(ctx, literal)?;
        out.push_js(literal.get());
        if index + 1 == literal_count {
            break;
        }
        if let Some(&substitution) = substitutions.get(index as usize) {
            let substitution = conv::to_string(ctx, substitution)?;
            out.push_js(substitution.get());
        }
        index += 1;
    }
    Ok(Value::string(out.finish(ctx)?))
}
