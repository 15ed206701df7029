//! RegExp.prototype's protocol methods (§22.2.6): [@@match], [@@matchAll], [@@replace]
//! (with GetSubstitution, which String.prototype.replace shares), [@@search], [@@split], and
//! %RegExpStringIteratorPrototype% (§22.2.9). They follow the spec's generic steps — every
//! `exec`, `flags` and `lastIndex` access is an observable Get/Set — so that subclasses and
//! objects with a custom `exec` behave as in node.

use super::builder::ObjectBuilder;
use super::regexp::{self, advance_string_index, get_last_index, regexp_exec, set_last_index};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::{Gc, Tracer};
use crate::iteration;
use crate::object::function::{self, NativeCall};
use crate::object::{array, ops, Attributes, JsObject, ObjectKind, PropertyKey};
use crate::string::{self, JsString, StringBuilder};
use crate::value::{conv, Value};

/// [[IteratingRegExp]], [[IteratedString]], [[Global]], [[Unicode]], [[Done]] of a RegExp
/// String Iterator.
pub struct RegExpStringIteratorState {
    /// The matcher (a RegExp or any object with `exec`).
    pub regexp: Value,
    /// The string being matched.
    pub string: Gc<JsString>,
    /// Whether the matcher is global.
    pub global: bool,
    /// Whether `lastIndex` advances by code points on empty matches.
    pub full_unicode: bool,
    /// Set once the iterator is exhausted.
    pub done: bool,
}

impl RegExpStringIteratorState {
    /// Reports the matcher and the string.
    pub fn trace(&self, tracer: &mut Tracer) {
        tracer.value(self.regexp);
        tracer.cell(self.string);
    }
}

/// Installs the Symbol-keyed methods of RegExp.prototype and %RegExpStringIteratorPrototype%.
pub fn init(ctx: &mut Context) {
    let prototype = ctx.realm.regexp_prototype;
    let symbols = [ctx.symbols.match_, ctx.symbols.match_all, ctx.symbols.replace, ctx.symbols.search, ctx.symbols.split];
    ObjectBuilder::new(ctx, prototype)
        .symbol_method(symbols[0], 1, symbol_match)
        .symbol_method(symbols[1], 1, symbol_match_all)
        .symbol_method(symbols[2], 2, symbol_replace)
        .symbol_method(symbols[3], 1, symbol_search)
        .symbol_method(symbols[4], 2, symbol_split);

    let iterator_prototype = ctx.realm.iterator_prototype;
    let string_iterator_prototype = ctx.new_object_with_prototype(Some(iterator_prototype));
    ctx.realm.regexp_string_iterator_prototype = string_iterator_prototype;
    let tag = ctx.intern_str("RegExp String Iterator");
    let to_string_tag = ctx.symbols.to_string_tag;
    ObjectBuilder::new(ctx, string_iterator_prototype)
        .method("next", 0, string_iterator_next)
        .define(PropertyKey::Symbol(to_string_tag), Value::string(tag), Attributes::READONLY_HIDDEN);
}

/// `this` as an object, or V8's "incompatible receiver" TypeError naming `shown`.
fn this_object(ctx: &mut Context, this: Value, method: &str, shown: Value) -> JsResult<Gc<JsObject>> {
    match this.as_object() {
        Some(object) => Ok(object),
        None => regexp::incompatible(ctx, method, shown),
    }
}

/// ToString(Get(rx, "flags")) as Rust text.
fn flags_text(ctx: &mut Context, regexp: Gc<JsObject>) -> JsResult<String> {
    let key = ctx.key("flags");
    let flags = ops::get_property(ctx, regexp, key)?;
    Ok(conv::to_string(ctx, flags)?.get().to_rust_string())
}

/// ToString(Get(result, "0")).
fn matched_string(ctx: &mut Context, result: Gc<JsObject>) -> JsResult<Gc<JsString>> {
    let value = ops::get_property(ctx, result, PropertyKey::Index(0))?;
    conv::to_string(ctx, value)
}

/// After an empty match of a global matcher: lastIndex = AdvanceStringIndex(S, lastIndex).
fn step_past_empty_match(ctx: &mut Context, regexp: Gc<JsObject>, string: Gc<JsString>, full_unicode: bool) -> JsResult<()> {
    let this_index = get_last_index(ctx, regexp)?;
    let next = advance_string_index(string.get(), this_index, full_unicode);
    set_last_index(ctx, regexp, next as f64)
}

/// RegExp.prototype [ @@match ] ( string ) (§22.2.6.8).
fn symbol_match(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let regexp = this_object(ctx, call.this, "RegExp.prototype.@@match", call.this)?;
    let string = conv::to_string(ctx, call.arg(0))?;
    let flags = flags_text(ctx, regexp)?;
    if !flags.contains('g') {
        return regexp_exec(ctx, regexp, string);
    }
    let full_unicode = flags.contains('u') || flags.contains('v');
    set_last_index(ctx, regexp, 0.0)?;
    let matches = ctx.new_list();
    if is_pristine_regexp(ctx, regexp) {
        let records = global_matches(regexp, string);
        if let Some(last) = records.last() {
            super::regexp_legacy::record(ctx, string, &last.captures);
        }
        for record in records {
            let range = record.range();
            let matched = string::substring(ctx, string, range.start, range.end);
            matches.get_mut().push(Value::string(matched));
        }
        set_last_index(ctx, regexp, 0.0)?;
        if matches.get().items.is_empty() {
            return Ok(Value::NULL);
        }
        return Ok(Value::object(array::from_values(ctx, &matches.get().items)));
    }
    loop {
        let result = regexp_exec(ctx, regexp, string)?;
        let Some(result) = result.as_object() else {
            if matches.get().items.is_empty() {
                return Ok(Value::NULL);
            }
            return Ok(Value::object(array::from_values(ctx, &matches.get().items)));
        };
        let matched = matched_string(ctx, result)?;
        matches.get_mut().push(Value::string(matched));
        if matched.get().is_empty() {
            step_past_empty_match(ctx, regexp, string, full_unicode)?;
        }
    }
}

/// Every match a global, built-in-exec RegExp finds in `string` from index 0, as repeated
/// RegExpBuiltinExec calls would find them (an empty match advances by one character), without
/// touching `lastIndex` (which such a loop leaves at 0).
fn global_matches(regexp: Gc<JsObject>, string: Gc<JsString>) -> Vec<regexp::MatchRecord> {
    let full_unicode = regexp::flags_of(regexp).full_unicode();
    let length = string.get().len();
    let mut records = Vec::new();
    let mut last_index = 0usize;
    while last_index <= length {
        let Some(record) = regexp::match_from(regexp, string, last_index) else { break };
        let range = record.range();
        last_index = if range.is_empty() { advance_string_index(string.get(), range.end as u64, full_unicode) as usize } else { range.end };
        records.push(record);
    }
    records
}

/// SpeciesConstructor ( O, defaultConstructor ) (§7.3.22).
pub fn species_constructor(ctx: &mut Context, object: Gc<JsObject>, default: Gc<JsObject>) -> JsResult<Value> {
    let key = PropertyKey::String(ctx.atoms.constructor);
    let constructor = ops::get_property(ctx, object, key)?;
    if constructor.is_undefined() {
        return Ok(Value::object(default));
    }
    let Some(constructor) = constructor.as_object() else {
        return ctx.throw_type_error("The .constructor property is not an object");
    };
    let species_key = PropertyKey::Symbol(ctx.symbols.species);
    let species = ops::get_property(ctx, constructor, species_key)?;
    if species.is_nullish() {
        return Ok(Value::object(default));
    }
    if species.is_constructor() {
        return Ok(species);
    }
    ctx.throw_type_error("object.constructor[Symbol.species] is not a constructor")
}

/// RegExp.prototype [ @@matchAll ] ( string ) (§22.2.6.9).
fn symbol_match_all(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let regexp = this_object(ctx, call.this, "RegExp.prototype.@@matchAll", call.this)?;
    let string = conv::to_string(ctx, call.arg(0))?;
    let default = ctx.realm.regexp_constructor;
    let constructor = species_constructor(ctx, regexp, default)?;
    let flags = flags_text(ctx, regexp)?;
    let flags_value = Value::string(string::from_str(ctx, &flags));
    let matcher = function::construct(ctx, constructor, &[Value::object(regexp), flags_value], constructor)?;
    let last_index = get_last_index(ctx, regexp)?;
    let Some(matcher_object) = matcher.as_object() else {
        return ctx.throw_type_error("object.constructor[Symbol.species] is not a constructor");
    };
    set_last_index(ctx, matcher_object, last_index as f64)?;
    let state = RegExpStringIteratorState {
        regexp: matcher,
        string,
        global: flags.contains('g'),
        full_unicode: flags.contains('u') || flags.contains('v'),
        done: false,
    };
    Ok(Value::object(create_regexp_string_iterator(ctx, state)))
}

/// CreateRegExpStringIterator (§22.2.9.1).
fn create_regexp_string_iterator(ctx: &mut Context, state: RegExpStringIteratorState) -> Gc<JsObject> {
    let prototype = ctx.realm.regexp_string_iterator_prototype;
    let shape = ctx.root_shape;
    ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::RegExpStringIterator(state)))
}

/// %RegExpStringIteratorPrototype%.next ( ) (§22.2.9.2.1).
fn string_iterator_next(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(iterator) = call.this.as_object().filter(|object| matches!(*object.get().kind(), ObjectKind::RegExpStringIterator(_))) else {
        return regexp::incompatible(ctx, "%RegExpStringIterator%.prototype.next", call.this);
    };
    let (matcher, string, global, full_unicode, done) = match iterator.get().kind() {
        ObjectKind::RegExpStringIterator(state) => (state.regexp, state.string, state.global, state.full_unicode, state.done),
        _ => return Ok(iteration::iter_result(ctx, Value::UNDEFINED, true)),
    };
    if done {
        return Ok(iteration::iter_result(ctx, Value::UNDEFINED, true));
    }
    let Some(matcher) = matcher.as_object() else {
        return Ok(iteration::iter_result(ctx, Value::UNDEFINED, true));
    };
    let result = regexp_exec(ctx, matcher, string)?;
    let Some(result_object) = result.as_object() else {
        mark_done(iterator);
        return Ok(iteration::iter_result(ctx, Value::UNDEFINED, true));
    };
    if global {
        let matched = matched_string(ctx, result_object)?;
        if matched.get().is_empty() {
            step_past_empty_match(ctx, matcher, string, full_unicode)?;
        }
    } else {
        mark_done(iterator);
    }
    Ok(iteration::iter_result(ctx, result, false))
}

fn mark_done(iterator: Gc<JsObject>) {
    if let Some(ObjectKind::RegExpStringIterator(state)) = iterator.get_mut().kind_mut() {
        state.done = true;
    }
}

/// RegExp.prototype [ @@replace ] ( string, replaceValue ) (§22.2.6.11).
fn symbol_replace(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    // V8 names the receiver `undefined` here whatever it was.
    let regexp = this_object(ctx, call.this, "RegExp.prototype.@@replace", Value::UNDEFINED)?;
    let string = conv::to_string(ctx, call.arg(0))?;
    let length = string.get().len();
    let mut replace_value = call.arg(1);
    let functional = replace_value.is_callable();
    if !functional {
        replace_value = Value::string(conv::to_string(ctx, replace_value)?);
    }
    let flags = flags_text(ctx, regexp)?;
    let global = flags.contains('g');
    let full_unicode = flags.contains('u') || flags.contains('v');
    if global {
        set_last_index(ctx, regexp, 0.0)?;
    }
    if global && is_pristine_regexp(ctx, regexp) {
        let records = global_matches(regexp, string);
        if let Some(last) = records.last() {
            super::regexp_legacy::record(ctx, string, &last.captures);
        }
        set_last_index(ctx, regexp, 0.0)?;
        return replace_records(ctx, &records, string, replace_value);
    }
    // 10-11. Collect the results first (the spec's order: all execs, then all replacements).
    let results = ctx.new_list();
    loop {
        let result = regexp_exec(ctx, regexp, string)?;
        let Some(result_object) = result.as_object() else { break };
        results.get_mut().push(result);
        if !global {
            break;
        }
        let matched = matched_string(ctx, result_object)?;
        if matched.get().is_empty() {
            step_past_empty_match(ctx, regexp, string, full_unicode)?;
        }
    }
    let mut accumulated = StringBuilder::new();
    let mut next_source_position = 0usize;
    let index_key = PropertyKey::String(ctx.atoms.index);
    let groups_key = PropertyKey::String(ctx.atoms.groups);
    for result_index in 0..results.get().len() {
        let result = results.get().items[result_index].as_object().expect("only objects are collected");
        let result_length = iteration::length_of_array_like(ctx, result)?;
        let capture_count = result_length.saturating_sub(1);
        let matched = matched_string(ctx, result)?;
        let match_length = matched.get().len();
        let position = ops::get_property(ctx, result, index_key)?;
        let position = conv::to_integer_or_infinity(ctx, position)?.clamp(0.0, length as f64) as usize;
        // The captures, then (for a replacer function) the call's other arguments.
        let captures = ctx.new_list();
        captures.get_mut().push(Value::string(matched));
        for capture_index in 1..=capture_count {
            let key = super::operations::index_key(ctx, capture_index);
            let capture = ops::get_property(ctx, result, key)?;
            let capture = if capture.is_undefined() { capture } else { Value::string(conv::to_string(ctx, capture)?) };
            captures.get_mut().push(capture);
        }
        let named_captures = ops::get_property(ctx, result, groups_key)?;
        let replacement = if functional {
            captures.get_mut().push(Value::number(position as f64));
            captures.get_mut().push(Value::string(string));
            if !named_captures.is_undefined() {
                captures.get_mut().push(named_captures);
            }
            let arguments: Vec<Value> = captures.get().items.clone();
            // The values are also held by `captures`, a rooted list.
            let value = function::call(ctx, replace_value, Value::UNDEFINED, &arguments)?;
            conv::to_string(ctx, value)?
        } else {
            let named_captures = if named_captures.is_undefined() { None } else { Some(conv::to_object(ctx, named_captures)?) };
            let template = replace_value.as_string().expect("converted to a string above");
            get_substitution(ctx, matched, string, position, captures, named_captures, template)?
        };
        if position >= next_source_position {
            push_range(&mut accumulated, string.get(), next_source_position, position);
            accumulated.push_js(replacement.get());
            next_source_position = position + match_length;
        }
    }
    if next_source_position < length {
        push_range(&mut accumulated, string.get(), next_source_position, length);
    }
    Ok(Value::string(accumulated.finish(ctx)?))
}

/// The replacement steps of @@replace (11-15) for matches found directly (no result arrays).
fn replace_records(ctx: &mut Context, records: &[regexp::MatchRecord], string: Gc<JsString>, replace_value: Value) -> JsResult<Value> {
    let length = string.get().len();
    let functional = replace_value.is_callable();
    let mut accumulated = StringBuilder::new();
    let mut next_source_position = 0usize;
    for record in records {
        let range = record.range();
        let captures = ctx.new_list();
        for capture in &record.captures {
            let value = match capture {
                Some(capture) => Value::string(string::substring(ctx, string, capture.start, capture.end)),
                None => Value::UNDEFINED,
            };
            captures.get_mut().push(value);
        }
        let matched = captures.get().items[0].as_string().expect("the whole match always participates");
        let named_captures = regexp::groups_of(ctx, record, captures);
        let replacement = if functional {
            captures.get_mut().push(Value::number(range.start as f64));
            captures.get_mut().push(Value::string(string));
            if !named_captures.is_undefined() {
                captures.get_mut().push(named_captures);
            }
            let arguments: Vec<Value> = captures.get().items.clone();
            // The values are also held by `captures`, a rooted list.
            let value = function::call(ctx, replace_value, Value::UNDEFINED, &arguments)?;
            conv::to_string(ctx, value)?
        } else {
            let template = replace_value.as_string().expect("converted to a string by the caller");
            get_substitution(ctx, matched, string, range.start, captures, named_captures.as_object(), template)?
        };
        if range.start >= next_source_position {
            push_range(&mut accumulated, string.get(), next_source_position, range.start);
            accumulated.push_js(replacement.get());
            next_source_position = range.end;
        }
    }
    if next_source_position < length {
        push_range(&mut accumulated, string.get(), next_source_position, length);
    }
    Ok(Value::string(accumulated.finish(ctx)?))
}

/// Appends the code units `start..end` of `string`.
pub fn push_range(out: &mut StringBuilder, string: &JsString, start: usize, end: usize) {
    let view = string.view();
    let end = end.min(view.len());
    for index in start.min(end)..end {
        out.push_unit(view.unit(index));
    }
}

/// GetSubstitution ( matched, str, position, captures, namedCaptures, replacementTemplate )
/// (§22.1.3.19.1). `captures` holds the match itself first, then groups 1.. (strings or
/// undefined); `named_captures` is the `groups` object, if any.
pub fn get_substitution(
    ctx: &mut Context,
    matched: Gc<JsString>,
    string: Gc<JsString>,
    position: usize,
    captures: Gc<crate::gc::ValueList>,
    named_captures: Option<Gc<JsObject>>,
    template: Gc<JsString>,
) -> JsResult<Gc<JsString>> {
    let template_units = template.get().to_utf16();
    if !template_units.contains(&(b'$' as u16)) {
        return Ok(template);
    }
    let capture_count = captures.get().len().saturating_sub(1);
    let string_length = string.get().len();
    let tail_position = (position + matched.get().len()).min(string_length);
    let digit = |unit: Option<&u16>| unit.filter(|unit| (b'0' as u16..=b'9' as u16).contains(unit)).map(|unit| (unit - b'0' as u16) as usize);
    let mut out = StringBuilder::new();
    let mut index = 0;
    while index < template_units.len() {
        let unit = template_units[index];
        if unit != b'$' as u16 || index + 1 >= template_units.len() {
            out.push_unit(unit);
            index += 1;
            continue;
        }
        let next = template_units[index + 1];
        match next {
            0x24 => {
                out.push_unit(0x24);
                index += 2;
            }
            0x26 => {
                out.push_js(matched.get());
                index += 2;
            }
            0x60 => {
                push_range(&mut out, string.get(), 0, position);
                index += 2;
            }
            0x27 => {
                push_range(&mut out, string.get(), tail_position, string_length);
                index += 2;
            }
            0x3C => {
                let Some(groups) = named_captures else {
                    out.push_str("$<");
                    index += 2;
                    continue;
                };
                let Some(close) = template_units[index + 2..].iter().position(|&unit| unit == b'>' as u16) else {
                    out.push_str("$<");
                    index += 2;
                    continue;
                };
                let name = string::from_utf16(ctx, &template_units[index + 2..index + 2 + close]);
                let key = ctx.key_from_string(name);
                let capture = ops::get_property(ctx, groups, key)?;
                if !capture.is_undefined() {
                    let capture = conv::to_string(ctx, capture)?;
                    out.push_js(capture.get());
                }
                index += 2 + close + 1;
            }
            _ => {
                let Some(first) = digit(Some(&next)) else {
                    out.push_unit(unit);
                    index += 1;
                    continue;
                };
                // Two digits when they name a group, else one.
                let two = digit(template_units.get(index + 2)).map(|second| first * 10 + second);
                let (group, consumed) = match two {
                    Some(group) if group >= 1 && group <= capture_count => (group, 3),
                    _ => (first, 2),
                };
                if group == 0 || group > capture_count {
                    out.push_unit(unit);
                    index += 1;
                    continue;
                }
                let capture = captures.get().items[group];
                if let Some(capture) = capture.as_string() {
                    out.push_js(capture.get());
                }
                index += consumed;
            }
        }
    }
    out.finish(ctx)
}

/// RegExp.prototype [ @@search ] ( string ) (§22.2.6.12).
fn symbol_search(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let regexp = this_object(ctx, call.this, "RegExp.prototype.@@search", call.this)?;
    let string = conv::to_string(ctx, call.arg(0))?;
    let key = regexp::last_index_key(ctx);
    let previous = ops::get_property(ctx, regexp, key)?;
    if !conv::same_value(previous, Value::number(0.0)) {
        set_value_or_throw(ctx, regexp, Value::number(0.0))?;
    }
    let result = regexp_exec(ctx, regexp, string)?;
    let current = ops::get_property(ctx, regexp, key)?;
    if !conv::same_value(current, previous) {
        set_value_or_throw(ctx, regexp, previous)?;
    }
    let Some(result) = result.as_object() else { return Ok(Value::number(-1.0)) };
    let index_key = PropertyKey::String(ctx.atoms.index);
    ops::get_property(ctx, result, index_key)
}

/// Set(rx, "lastIndex", value, true) for any value.
fn set_value_or_throw(ctx: &mut Context, regexp: Gc<JsObject>, value: Value) -> JsResult<()> {
    let key = regexp::last_index_key(ctx);
    if !ops::set(ctx, regexp, key, value, Value::object(regexp))? {
        return ctx.throw_type_error("Cannot assign to read only property 'lastIndex' of object '[object RegExp]'");
    }
    Ok(())
}

/// RegExp.prototype [ @@split ] ( string, limit ) (§22.2.6.14).
fn symbol_split(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let regexp = this_object(ctx, call.this, "RegExp.prototype.@@split", call.this)?;
    let string = conv::to_string(ctx, call.arg(0))?;
    let default = ctx.realm.regexp_constructor;
    let constructor = species_constructor(ctx, regexp, default)?;
    let flags = flags_text(ctx, regexp)?;
    let unicode_matching = flags.contains('u') || flags.contains('v');
    // With %RegExp% as the species and a plain RegExp, constructing the sticky splitter and
    // trying each position with it is unobservable, and searching forward with `rx` itself
    // finds the same matches without a call (or a compilation) per position.
    let fast = constructor.as_object().is_some_and(|object| object.addr() == default.addr())
        && is_pristine_regexp(ctx, regexp)
        && !regexp::flags_of(regexp).has(regexp::RegExpFlags::STICKY);
    let splitter = if fast {
        regexp
    } else {
        let new_flags = if flags.contains('y') { flags } else { format!("{flags}y") };
        let new_flags = Value::string(string::from_str(ctx, &new_flags));
        let splitter = function::construct(ctx, constructor, &[Value::object(regexp), new_flags], constructor)?;
        match splitter.as_object() {
            Some(splitter) => splitter,
            None => return ctx.throw_type_error("object.constructor[Symbol.species] is not a constructor"),
        }
    };
    let parts = ctx.new_list();
    let limit = if call.arg(1).is_undefined() { u32::MAX } else { conv::to_uint32(ctx, call.arg(1))? };
    if limit == 0 {
        return Ok(Value::object(array::from_values(ctx, &[])));
    }
    let size = string.get().len();
    if size == 0 {
        let matched = if fast { regexp::match_from(splitter, string, 0).is_some_and(|record| record.range().start == 0) } else { !regexp_exec(ctx, splitter, string)?.is_null() };
        if matched {
            return Ok(Value::object(array::from_values(ctx, &[])));
        }
        return Ok(Value::object(array::from_values(ctx, &[Value::string(string)])));
    }
    let mut p = 0usize;
    let mut q = 0usize;
    while q < size {
        let (end, result) = if fast {
            let Some(record) = regexp::match_from(splitter, string, q) else { break };
            let start = record.range().start;
            if start >= size {
                break;
            }
            super::regexp_legacy::record(ctx, string, &record.captures);
            q = start;
            let end = record.range().end.min(size);
            if end == p {
                q = advance_string_index(string.get(), q as u64, unicode_matching) as usize;
                continue;
            }
            // The groups' values come straight from the record (no exec result array).
            let piece = string::substring(ctx, string, p, q);
            parts.get_mut().push(Value::string(piece));
            if parts.get().len() as u64 == limit as u64 {
                return Ok(Value::object(array::from_values(ctx, &parts.get().items)));
            }
            p = end;
            for capture in record.captures.iter().skip(1) {
                let value = match capture {
                    Some(range) => Value::string(string::substring(ctx, string, range.start, range.end)),
                    None => Value::UNDEFINED,
                };
                parts.get_mut().push(value);
                if parts.get().len() as u64 == limit as u64 {
                    return Ok(Value::object(array::from_values(ctx, &parts.get().items)));
                }
            }
            q = p;
            continue;
        } else {
            set_last_index(ctx, splitter, q as f64)?;
            let result = regexp_exec(ctx, splitter, string)?;
            let Some(result) = result.as_object() else {
                q = advance_string_index(string.get(), q as u64, unicode_matching) as usize;
                continue;
            };
            let end = (get_last_index(ctx, splitter)? as usize).min(size);
            if end == p {
                q = advance_string_index(string.get(), q as u64, unicode_matching) as usize;
                continue;
            }
            (end, result)
        };
        let piece = string::substring(ctx, string, p, q);
        parts.get_mut().push(Value::string(piece));
        if parts.get().len() as u64 == limit as u64 {
            return Ok(Value::object(array::from_values(ctx, &parts.get().items)));
        }
        p = end;
        let capture_count = iteration::length_of_array_like(ctx, result)?.saturating_sub(1);
        for capture_index in 1..=capture_count {
            let key = super::operations::index_key(ctx, capture_index);
            let capture = ops::get_property(ctx, result, key)?;
            parts.get_mut().push(capture);
            if parts.get().len() as u64 == limit as u64 {
                return Ok(Value::object(array::from_values(ctx, &parts.get().items)));
            }
        }
        q = p;
    }
    let piece = string::substring(ctx, string, p, size);
    parts.get_mut().push(Value::string(piece));
    Ok(Value::object(array::from_values(ctx, &parts.get().items)))
}

/// True when `regexp` is a RegExp whose `exec` is the built-in one reached through an
/// unmodified %RegExp.prototype%, with `lastIndex` its only own property: then running the
/// matcher directly is unobservable.
pub fn is_pristine_regexp(ctx: &mut Context, regexp: Gc<JsObject>) -> bool {
    if regexp::as_regexp(Value::object(regexp)).is_none() {
        return false;
    }
    let prototype = ctx.realm.regexp_prototype;
    if regexp.get().prototype().map(|object| object.addr()) != Some(prototype.addr()) {
        return false;
    }
    if regexp.get().is_dictionary() || regexp.get().shape().get().slot_count() != 1 {
        return false;
    }
    let exec_key = PropertyKey::String(ctx.atoms.exec);
    let exec_is_builtin = matches!(ops::own_lookup(ctx, prototype, exec_key),
        Some(crate::object::OwnProperty::Data { value, .. }) if regexp::is_builtin_exec(value));
    let match_key = PropertyKey::Symbol(ctx.symbols.match_);
    let match_is_builtin = matches!(ops::own_lookup(ctx, prototype, match_key),
        Some(crate::object::OwnProperty::Data { value, .. }) if regexp::is_native(value, symbol_match));
    exec_is_builtin && match_is_builtin
}
