//! `RegExp` (§22.2): the constructor, RegExp.prototype.exec/test/toString/compile and the flag
//! accessors, and the matcher itself. Patterns compile with the `regress` engine and match over
//! UTF-16 code units, so every index the engine reports is a JS string index.
//!
//! The Symbol-keyed protocol methods (@@match, @@matchAll, @@replace, @@search, @@split) and the
//! RegExp String Iterator are in `regexp_symbols.rs`; the String.prototype methods that dispatch
//! to them are in `regexp_string.rs`. Syntax errors carry V8's message texts
//! (`Invalid regular expression: /(/: Unterminated group`), see [`syntax_error_message`].

use super::builder::{constructor, ObjectBuilder};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::{Gc, Tracer, ValueList};
use crate::object::function::{self, FunctionData, FunctionVariant, NativeCall, NativeFn};
use crate::object::{array, ops, Attributes, JsObject, ObjectKind, PropertyKey};
use crate::string::{self, JsString, StrView, StringBuilder};
use crate::value::{conv, Value};
use std::ops::Range;
use std::rc::Rc;

/// A set of RegExp flags (`dgimsuvy`).
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct RegExpFlags(u8);

impl RegExpFlags {
    /// `d`: the result has `indices`.
    pub const HAS_INDICES: u8 = 1;
    /// `g`.
    pub const GLOBAL: u8 = 2;
    /// `i`.
    pub const IGNORE_CASE: u8 = 4;
    /// `m`.
    pub const MULTILINE: u8 = 8;
    /// `s`.
    pub const DOT_ALL: u8 = 16;
    /// `u`.
    pub const UNICODE: u8 = 32;
    /// `v`.
    pub const UNICODE_SETS: u8 = 64;
    /// `y`.
    pub const STICKY: u8 = 128;

    /// Each flag with its letter, in the order the `flags` getter writes them.
    const LETTERS: [(u8, u16); 8] = [
        (Self::HAS_INDICES, b'd' as u16),
        (Self::GLOBAL, b'g' as u16),
        (Self::IGNORE_CASE, b'i' as u16),
        (Self::MULTILINE, b'm' as u16),
        (Self::DOT_ALL, b's' as u16),
        (Self::UNICODE, b'u' as u16),
        (Self::UNICODE_SETS, b'v' as u16),
        (Self::STICKY, b'y' as u16),
    ];

    /// Parses flag letters; None for an unknown or repeated letter, or `u` with `v`.
    pub fn parse(units: impl Iterator<Item = u16>) -> Option<RegExpFlags> {
        let mut bits = 0u8;
        for unit in units {
            let (bit, _) = Self::LETTERS.iter().find(|(_, letter)| *letter == unit)?;
            if bits & bit != 0 {
                return None;
            }
            bits |= bit;
        }
        if bits & Self::UNICODE != 0 && bits & Self::UNICODE_SETS != 0 {
            return None;
        }
        Some(RegExpFlags(bits))
    }

    /// True when `flag` (one of the constants) is set.
    pub fn has(self, flag: u8) -> bool {
        self.0 & flag != 0
    }

    /// `u` or `v`: the pattern and the input are read as code points.
    pub fn full_unicode(self) -> bool {
        self.has(Self::UNICODE) || self.has(Self::UNICODE_SETS)
    }

    /// The letters in canonical order (`gimuy`).
    pub fn text(self) -> String {
        Self::LETTERS.iter().filter(|(bit, _)| self.has(*bit)).map(|(_, letter)| *letter as u8 as char).collect()
    }
}

/// The internal slots of a RegExp instance: [[OriginalSource]], [[OriginalFlags]] and the
/// compiled [[RegExpMatcher]].
pub struct RegExpData {
    /// [[OriginalSource]]: the pattern text as given.
    pub source: Gc<JsString>,
    /// [[OriginalFlags]].
    pub flags: RegExpFlags,
    /// The compiled pattern, shared by every RegExp made from the same pattern and flags.
    compiled: Rc<Compiled>,
    /// The last Latin-1 input widened to UTF-16 (the engine reads UTF-16), kept so that a
    /// global replace over a long string widens it once, not once per match.
    widened: Option<(Gc<JsString>, Box<[u16]>)>,
}

impl RegExpData {
    /// Reports the GC references: the source and the cached input.
    pub fn trace(&self, tracer: &mut Tracer) {
        tracer.cell(self.source);
        if let Some((string, _)) = &self.widened {
            tracer.cell(*string);
        }
    }
}

/// One successful match: capture ranges in UTF-16 code units (index 0 is the whole match) and
/// the group names (empty when the pattern has no named groups; else one per capture, `""` for
/// an unnamed group).
pub struct MatchRecord {
    /// The ranges; None for a group that did not participate.
    pub captures: Vec<Option<Range<usize>>>,
    /// The names of groups 1.., or empty.
    pub names: Vec<Box<str>>,
}

impl MatchRecord {
    /// The whole match.
    pub fn range(&self) -> Range<usize> {
        self.captures[0].clone().unwrap_or(0..0)
    }
}

/// The runtime feature `feature:regexp`: a program has `RegExp` only when its source names
/// `RegExp`, `match` or `search`, or holds a regular expression literal (the compiler lists
/// the feature in `ProgramInfo::natives`), so hello world carries neither the engine nor its
/// Unicode tables.
pub fn install(ctx: &mut Context) -> JsResult<Value> {
    init(ctx);
    Ok(Value::UNDEFINED)
}

/// Installs `RegExp` and RegExp.prototype.
pub fn init(ctx: &mut Context) {
    let object_prototype = ctx.realm.object_prototype;
    let prototype = ctx.new_object_with_prototype(Some(object_prototype));
    ctx.realm.regexp_prototype = prototype;
    let regexp = constructor(ctx, "RegExp", 2, regexp_constructor, prototype);
    ctx.realm.regexp_constructor = regexp;
    let species = ctx.symbols.species;
    ObjectBuilder::new(ctx, regexp).accessor_with_key(PropertyKey::Symbol(species), "[Symbol.species]", Some(get_species), None);
    super::regexp_legacy::init(ctx, regexp);

    // V8's property order: exec, the accessors, compile, toString, test, then the symbols.
    ObjectBuilder::new(ctx, prototype)
        .method("exec", 1, exec)
        .accessor("dotAll", Some(get_dot_all), None)
        .accessor("flags", Some(get_flags), None)
        .accessor("global", Some(get_global), None)
        .accessor("hasIndices", Some(get_has_indices), None)
        .accessor("ignoreCase", Some(get_ignore_case), None)
        .accessor("multiline", Some(get_multiline), None)
        .accessor("source", Some(get_source), None)
        .accessor("sticky", Some(get_sticky), None)
        .accessor("unicode", Some(get_unicode), None)
        .method("compile", 2, compile)
        .method("toString", 0, to_string)
        .method("test", 1, test)
        .accessor("unicodeSets", Some(get_unicode_sets), None);
    super::regexp_symbols::init(ctx);
    super::regexp_string::init(ctx);
}

/// `/pattern/flags` evaluated by compiled code (`kiln_regexp_new_js`): a new RegExp from the
/// literal's pattern and flags strings. Invalid flags throw V8's early-error text.
pub fn regexp_literal(ctx: &mut Context, pattern: Value, flags: Value) -> JsResult<Value> {
    let pattern = conv::to_string(ctx, pattern)?;
    let flags_text = conv::to_string(ctx, flags)?;
    let Some(flags) = RegExpFlags::parse(flags_text.get().units()) else {
        return ctx.throw_syntax_error("Invalid regular expression flags");
    };
    let prototype = ctx.realm.regexp_prototype;
    let data = compile_or_throw(ctx, pattern, flags)?;
    Ok(Value::object(alloc_regexp(ctx, prototype, data)?))
}

/// RegExpCreate (§22.2.3.1) with %RegExp%: `new RegExp(pattern, flags)` without observable
/// lookups of `RegExp` itself (String.prototype.match and friends use it).
pub fn regexp_create(ctx: &mut Context, pattern: Value, flags: Option<&str>) -> JsResult<Gc<JsObject>> {
    let pattern = if pattern.is_undefined() { ctx.atoms.empty } else { conv::to_string(ctx, pattern)? };
    let flags_text = flags.unwrap_or("");
    let Some(parsed) = RegExpFlags::parse(flags_text.encode_utf16()) else {
        return ctx.throw_syntax_error(&format!("Invalid flags supplied to RegExp constructor '{flags_text}'"));
    };
    let prototype = ctx.realm.regexp_prototype;
    let data = compile_or_throw(ctx, pattern, parsed)?;
    alloc_regexp(ctx, prototype, data)
}

/// The RegExp object `value`, if it has [[RegExpMatcher]].
pub fn as_regexp(value: Value) -> Option<Gc<JsObject>> {
    value.as_object().filter(|object| matches!(*object.get().kind(), ObjectKind::RegExp(_)))
}

/// The flags of a RegExp object (caller checked `as_regexp`).
pub fn flags_of(regexp: Gc<JsObject>) -> RegExpFlags {
    match regexp.get().kind() {
        ObjectKind::RegExp(data) => data.flags,
        _ => RegExpFlags::default(),
    }
}

/// `/source/flags` of a RegExp object from its internal slots (util.inspect's rendering).
pub fn display_text(regexp: Gc<JsObject>) -> Option<String> {
    match regexp.get().kind() {
        ObjectKind::RegExp(data) => {
            let units = escape_pattern(&data.source.get().to_utf16());
            Some(format!("/{}/{}", String::from_utf16_lossy(&units), data.flags.text()))
        }
        _ => None,
    }
}

/// IsRegExp (§7.2.8): `argument[Symbol.match]` decides when defined, else [[RegExpMatcher]].
pub fn is_regexp(ctx: &mut Context, argument: Value) -> JsResult<bool> {
    let Some(object) = argument.as_object() else { return Ok(false) };
    let key = PropertyKey::Symbol(ctx.symbols.match_);
    let matcher = ops::get_property(ctx, object, key)?;
    if !matcher.is_undefined() {
        return Ok(conv::to_boolean(matcher));
    }
    Ok(as_regexp(argument).is_some())
}

/// The `lastIndex` key.
pub fn last_index_key(ctx: &mut Context) -> PropertyKey {
    PropertyKey::String(ctx.atoms.last_index)
}

/// Set(R, "lastIndex", value, true), with V8's message when it is read-only.
pub fn set_last_index(ctx: &mut Context, regexp: Gc<JsObject>, value: f64) -> JsResult<()> {
    // A RegExp with only its own writable `lastIndex` (in slot 0): a plain store.
    if regexp.get().shape == ctx.realm.shapes.regexp {
        regexp.get_mut().slots.set(0, Value::number(value));
        return Ok(());
    }
    let key = last_index_key(ctx);
    if !ops::set(ctx, regexp, key, Value::number(value), Value::object(regexp))? {
        let text = object_text(ctx, regexp);
        return ctx.throw_type_error(&format!("Cannot assign to read only property 'lastIndex' of object '{text}'"));
    }
    Ok(())
}

/// ToLength(Get(R, "lastIndex")).
pub fn get_last_index(ctx: &mut Context, regexp: Gc<JsObject>) -> JsResult<u64> {
    let value = if regexp.get().shape == ctx.realm.shapes.regexp {
        regexp.get().slots.as_slice()[0]
    } else {
        let key = last_index_key(ctx);
        ops::get_property(ctx, regexp, key)?
    };
    conv::to_length(ctx, value)
}

/// AdvanceStringIndex (§22.2.7.3).
pub fn advance_string_index(string: &JsString, index: u64, full_unicode: bool) -> u64 {
    if !full_unicode || index + 1 >= string.len() as u64 {
        return index + 1;
    }
    let (_, width) = string::code_point_at(string.view(), index as usize);
    index + width as u64
}

/// RegExpExec (§22.2.7.1): calls `R.exec` when it is callable (checking that it returns an
/// object or null), else the built-in exec.
pub fn regexp_exec(ctx: &mut Context, regexp: Gc<JsObject>, string: Gc<JsString>) -> JsResult<Value> {
    let key = PropertyKey::String(ctx.atoms.exec);
    let exec_function = ops::get_property(ctx, regexp, key)?;
    if exec_function.is_callable() {
        if is_builtin_exec(exec_function) && as_regexp(Value::object(regexp)).is_some() {
            return builtin_exec(ctx, regexp, string);
        }
        let result = function::call(ctx, exec_function, Value::object(regexp), &[Value::string(string)])?;
        if !result.is_object() && !result.is_null() {
            return ctx.throw_type_error("RegExp exec method returned something other than an Object or null");
        }
        return Ok(result);
    }
    if as_regexp(Value::object(regexp)).is_none() {
        return incompatible(ctx, "RegExp.prototype.exec", Value::object(regexp));
    }
    builtin_exec(ctx, regexp, string)
}

/// True when `function` is the built-in RegExp.prototype.exec.
pub fn is_builtin_exec(function: Value) -> bool {
    is_native(function, exec)
}

/// True when `function` is the native built-in `native`.
pub fn is_native(function: Value, native: NativeFn) -> bool {
    match function.as_object().map(|object| object.get().kind()) {
        Some(ObjectKind::Function(FunctionData { variant: FunctionVariant::Native { function, .. }, .. })) => std::ptr::fn_addr_eq(*function, native),
        _ => false,
    }
}

/// RegExpBuiltinExec (§22.2.7.2): reads and updates `lastIndex`, matches, and builds the result
/// array (`index`, `input`, `groups`, and `indices` with `d`), or returns null.
pub fn builtin_exec(ctx: &mut Context, regexp: Gc<JsObject>, string: Gc<JsString>) -> JsResult<Value> {
    // 1-2. ToLength(Get(R, "lastIndex")) may run JS (even `compile`), so the flags are read after.
    let mut last_index = get_last_index(ctx, regexp)?;
    let flags = flags_of(regexp);
    let global_or_sticky = flags.has(RegExpFlags::GLOBAL) || flags.has(RegExpFlags::STICKY);
    if !global_or_sticky {
        last_index = 0;
    }
    let length = string.get().len() as u64;
    if last_index > length {
        if global_or_sticky {
            set_last_index(ctx, regexp, 0.0)?;
        }
        return Ok(Value::NULL);
    }
    // With `u`/`v` the input is code points: an index inside a surrogate pair means the pair.
    if flags.full_unicode() && last_index > 0 && last_index < length {
        let view = string.get().view();
        let (unit, previous) = (view.unit(last_index as usize), view.unit(last_index as usize - 1));
        if (0xDC00..0xE000).contains(&unit) && (0xD800..0xDC00).contains(&previous) {
            last_index -= 1;
        }
    }
    let Some(record) = match_from(regexp, string, last_index as usize) else {
        if global_or_sticky {
            set_last_index(ctx, regexp, 0.0)?;
        }
        return Ok(Value::NULL);
    };
    if global_or_sticky {
        set_last_index(ctx, regexp, record.range().end as f64)?;
    }
    super::regexp_legacy::record(ctx, string, &record.captures);
    Ok(Value::object(match_result(ctx, &record, string, flags.has(RegExpFlags::HAS_INDICES))?))
}

/// Runs the matcher of `regexp` (a RegExp object) over `string` from `start` without touching
/// `lastIndex`: the first match at or after `start` (exactly at `start` with `y`).
pub fn match_from(regexp: Gc<JsObject>, string: Gc<JsString>, mut start: usize) -> Option<MatchRecord> {
    let Some(ObjectKind::RegExp(data)) = regexp.get_mut().kind_mut() else { return None };
    let data: &mut RegExpData = data;
    let compiled = Rc::clone(&data.compiled);
    let input = match string.get().view() {
        StrView::Latin1(bytes) if compiled.ascii_input && bytes.is_ascii() => {
            // SAFETY: ASCII bytes are UTF-8; the engine's byte indices are code unit indices.
            Input::Ascii(unsafe { std::str::from_utf8_unchecked(bytes) })
        }
        StrView::Latin1(bytes) => {
            let cached = matches!(&data.widened, Some((cached, _)) if cached.addr() == string.addr());
            if !cached {
                let units: Box<[u16]> = bytes.iter().map(|&byte| byte as u16).collect();
                data.widened = Some((string, units));
            }
            match &data.widened {
                Some((_, units)) => Input::Units(units),
                None => return None,
            }
        }
        StrView::Utf16(units) => Input::Units(units),
    };
    if let Some(probe) = &compiled.probe {
        let latin1 = match string.get().view() {
            StrView::Latin1(bytes) => Some(bytes),
            StrView::Utf16(_) => None,
        };
        match probe_search(probe, input, latin1, start) {
            Probed::Found(captures) => return Some(MatchRecord { captures, names: compiled.group_names.to_vec() }),
            Probed::None => return None,
            Probed::SearchFrom(position) => start = position,
        }
    }
    let found = input.find(&compiled.matcher, start, data.flags.full_unicode())?;
    let mut captures = captures_of(&found);
    if data.flags.has(RegExpFlags::STICKY) {
        if compiled.sticky_sentinel {
            // The sentinel group has no name: the names of the pattern's groups stay.
            if captures.pop().flatten().is_some() {
                return None;
            }
        } else if found.range().start != start {
            return None;
        }
    }
    Some(MatchRecord { captures, names: compiled.group_names.to_vec() })
}

/// The text a matcher runs over: ASCII text as bytes (when the pattern allows, see
/// [`Compiled::ascii_input`]), or UTF-16 code units.
#[derive(Clone, Copy)]
enum Input<'a> {
    Ascii(&'a str),
    Units(&'a [u16]),
}

impl Input<'_> {
    /// The first match of `matcher` at or after `start` (code points with `full_unicode`).
    fn find(self, matcher: &regress::Regex, start: usize, full_unicode: bool) -> Option<regress::Match> {
        match self {
            Input::Ascii(text) => matcher.find_from_ascii(text, start).next(),
            Input::Units(units) if full_unicode => matcher.find_from_utf16(units, start).next(),
            Input::Units(units) => matcher.find_from_ucs2(units, start).next(),
        }
    }
}

/// What [`probe_search`] found.
enum Probed {
    /// The captures of the first match, whole match first.
    Found(Vec<Option<Range<usize>>>),
    /// No match.
    None,
    /// Many candidate positions failed: the ordinary search goes on from this one (where a
    /// match may start; none starts before it).
    SearchFrom(usize),
}

/// One-position attempts a search makes before it leaves the rest to the engine's own loop
/// (an attempt costs more than the engine's step to the next position, so a filter that
/// admits many positions is given up).
const PROBE_ATTEMPTS: usize = 8;

/// The first match at or after `start` through a [`Probe`]: only the positions its filter
/// admits are tried, each with the one-position matcher.
fn probe_search(probe: &Probe, input: Input<'_>, latin1: Option<&[u8]>, start: usize) -> Probed {
    use super::regexp_prefilter::Prefilter;
    let mut position = start;
    for _ in 0..PROBE_ATTEMPTS {
        let next = match &probe.filter {
            Prefilter::Anchored if position == 0 => Some(0),
            Prefilter::Anchored => None,
            // A filter admitting many units saves little: the engine goes on from the first
            // admitted position.
            Prefilter::FirstUnits(set) if !set.is_selective() => {
                return match next_candidate(set, input, latin1, position) {
                    Some(candidate) => Probed::SearchFrom(candidate),
                    None => Probed::None,
                };
            }
            Prefilter::FirstUnits(set) => next_candidate(set, input, latin1, position),
        };
        let Some(next) = next else { return Probed::None };
        position = next;
        let Some(found) = input.find(&probe.once, position, false) else { return Probed::None };
        let mut captures = captures_of(&found);
        if captures.pop().flatten().is_none() {
            return Probed::Found(captures);
        }
        position += 1;
    }
    Probed::SearchFrom(position)
}

/// The first position at or after `from` whose code unit `set` admits (through the Latin-1
/// bytes when the input has them, with memchr for a one-byte set).
fn next_candidate(set: &super::regexp_prefilter::UnitSet, input: Input<'_>, latin1: Option<&[u8]>, from: usize) -> Option<usize> {
    let offset = match (latin1, set.single_byte(), input) {
        (Some(bytes), Some(byte), _) => memchr::memchr(byte, bytes.get(from..)?),
        (Some(bytes), None, _) => bytes.get(from..)?.iter().position(|&byte| set.contains(u16::from(byte))),
        (None, _, Input::Units(units)) => units.get(from..)?.iter().position(|&unit| set.contains(unit)),
        (None, _, Input::Ascii(text)) => text.as_bytes().get(from..)?.iter().position(|&byte| set.contains(u16::from(byte))),
    }?;
    Some(from + offset)
}

/// A match's ranges as a match record holds them: the whole match, then each group's.
fn captures_of(found: &regress::Match) -> Vec<Option<Range<usize>>> {
    let mut captures = Vec::with_capacity(found.captures.len() + 1);
    captures.push(Some(found.range()));
    captures.extend(found.captures.iter().cloned());
    captures
}

/// The names of the capturing groups of `pattern` in order (`""` for unnamed groups), or an
/// empty list when no group is named; read by scanning the source (escapes and classes skipped,
/// classes nest with `v`).
fn group_names_in_order(pattern: &[u16], unicode_sets: bool) -> Box<[Box<str>]> {
    let mut names: Vec<Box<str>> = Vec::new();
    let mut index = 0;
    let mut class_depth = 0usize;
    while index < pattern.len() {
        let unit = pattern[index];
        if unit == b'\\' as u16 {
            index += 2;
            continue;
        }
        if class_depth > 0 {
            if unit == b']' as u16 {
                class_depth -= 1;
            } else if unit == b'[' as u16 && unicode_sets {
                class_depth += 1;
            }
            index += 1;
            continue;
        }
        if unit == b'[' as u16 {
            class_depth = 1;
        } else if unit == b'(' as u16 {
            if pattern.get(index + 1) != Some(&(b'?' as u16)) {
                names.push(Box::from(""));
            } else if pattern.get(index + 2) == Some(&(b'<' as u16))
                && !matches!(pattern.get(index + 3), Some(&next) if next == b'=' as u16 || next == b'!' as u16)
            {
                let start = index + 3;
                let end = pattern[start..].iter().position(|&unit| unit == b'>' as u16).map_or(pattern.len(), |offset| start + offset);
                names.push(decode_group_name(&pattern[start..end]).into_boxed_str());
            }
        }
        index += 1;
    }
    if names.iter().all(|name| name.is_empty()) {
        return Box::new([]);
    }
    names.into_boxed_slice()
}

/// A group name as written (`\uXXXX` and `\u{X}` escapes decoded), as regress reports it.
fn decode_group_name(units: &[u16]) -> String {
    String::from_utf16_lossy(&kiln_regexp_syntax::unescape_group_name(units))
}

/// Builds the exec result array for `record` (steps 22-36 of RegExpBuiltinExec).
pub fn match_result(ctx: &mut Context, record: &MatchRecord, string: Gc<JsString>, has_indices: bool) -> JsResult<Gc<JsObject>> {
    let list = ctx.new_list();
    for capture in &record.captures {
        let value = match capture {
            Some(range) => Value::string(string::substring(ctx, string, range.start, range.end)),
            None => Value::UNDEFINED,
        };
        list.get_mut().push(value);
    }
    let result = array::from_values(ctx, &list.get().items);
    let groups = groups_object(ctx, record, list)?;
    // `index`, `input` and `groups` in the prebuilt shape of exec results (the array is new:
    // nothing has seen its shape yet).
    {
        let cell = result.get_mut();
        cell.shape = ctx.realm.shapes.match_result;
        let mut grew = 0;
        for value in [Value::number(record.range().start as f64), Value::string(string), groups] {
            grew += cell.slots.push(value);
        }
        ctx.heap.note_external(grew);
    }
    let groups_key = PropertyKey::String(ctx.atoms.groups);
    if has_indices {
        let pairs = ctx.new_list();
        for capture in &record.captures {
            let value = match capture {
                Some(range) => {
                    let bounds = [Value::number(range.start as f64), Value::number(range.end as f64)];
                    Value::object(array::from_values(ctx, &bounds))
                }
                None => Value::UNDEFINED,
            };
            pairs.get_mut().push(value);
        }
        let indices = array::from_values(ctx, &pairs.get().items);
        let index_groups = groups_object(ctx, record, pairs)?;
        ops::define_fresh(ctx, indices, groups_key, index_groups, Attributes::DEFAULT);
        let indices_key = ctx.key("indices");
        ops::define_fresh(ctx, result, indices_key, Value::object(indices), Attributes::DEFAULT);
    }
    Ok(result)
}

/// The `groups` object of a match (see [`groups_object`]) from the capture values `values`
/// (the whole match first).
pub fn groups_of(ctx: &mut Context, record: &MatchRecord, values: Gc<ValueList>) -> Value {
    // Defining fresh properties on a fresh object cannot throw.
    groups_object(ctx, record, values).unwrap_or(Value::UNDEFINED)
}

/// The `groups` object of a match: undefined without named groups, else a null-prototype object
/// with one property per name in pattern order, valued by `values` (one per group, 0 first).
fn groups_object(ctx: &mut Context, record: &MatchRecord, values: Gc<ValueList>) -> JsResult<Value> {
    if record.names.iter().all(|name| name.is_empty()) {
        return Ok(Value::UNDEFINED);
    }
    let groups = ctx.new_object_with_prototype(None);
    for (position, name) in record.names.iter().enumerate() {
        if name.is_empty() {
            continue;
        }
        let key = ctx.key(name);
        let value = values.get().items.get(position + 1).copied().unwrap_or(Value::UNDEFINED);
        if ops::own_lookup(ctx, groups, key).is_some() {
            if !value.is_undefined() {
                ops::set_or_throw(ctx, groups, key, value)?;
            }
            continue;
        }
        ops::define_fresh(ctx, groups, key, value, Attributes::DEFAULT);
    }
    Ok(Value::object(groups))
}

// ---- construction ----

/// Compiles `pattern` with `flags`, throwing V8's SyntaxError on invalid syntax.
fn compile_or_throw(ctx: &mut Context, pattern: Gc<JsString>, flags: RegExpFlags) -> JsResult<RegExpData> {
    let units = pattern.get().to_utf16();
    match compile_cached(&units, flags) {
        Ok(compiled) => Ok(RegExpData { source: pattern, flags, compiled, widened: None }),
        Err(message) => {
            let source = String::from_utf16_lossy(&units);
            ctx.throw_syntax_error(&format!("Invalid regular expression: /{source}/{}: {message}", flags.text()))
        }
    }
}

/// Most recently compiled patterns by (pattern, flags): a regex literal in a loop, or a
/// `new RegExp(text)` repeated, compiles once. Holds no GC references.
type CompileCache = std::collections::HashMap<(Box<[u16]>, u8), Rc<Compiled>>;

/// A compiled pattern: the matcher, whether it carries the sticky sentinel group, the probe of
/// a non-sticky pattern whose match starts are known, the group names, and whether ASCII text
/// may be matched as bytes.
struct Compiled {
    matcher: regress::Regex,
    /// With `y`, the matcher is compiled as `(?:pattern)|()`: the empty alternative always
    /// matches where the search starts, so the search never moves past `lastIndex`, and a
    /// match of that trailing group means "no match here".
    sticky_sentinel: bool,
    /// Where a match can start, with a matcher that tries one position only, when the
    /// pattern tells (see [`Probe`]).
    probe: Option<Probe>,
    /// The names of groups 1.. (`""` for unnamed ones), or empty when no group is named.
    group_names: Box<[Box<str>]>,
    /// The engine's ASCII input gives the same matches as UTF-16 input holding the same text
    /// (see [`ascii_folding_suffices`]).
    ascii_input: bool,
}

/// A search that tries only the positions where a match can start: `once` is the pattern
/// compiled as `(?:pattern)|()`, whose empty alternative matches where an attempt starts, so
/// the engine tries that one position (a match of the trailing group means "not here").
struct Probe {
    once: regress::Regex,
    filter: super::regexp_prefilter::Prefilter,
}

/// Entries kept before the cache starts over.
const COMPILE_CACHE_LIMIT: usize = 256;

thread_local! {
    static COMPILE_CACHE: std::cell::RefCell<CompileCache> = std::cell::RefCell::new(CompileCache::new());
}

/// [`compile_pattern`] through the cache (errors are not cached).
fn compile_cached(units: &[u16], flags: RegExpFlags) -> Result<Rc<Compiled>, String> {
    let key = (Box::<[u16]>::from(units), flags.0);
    if let Some(hit) = COMPILE_CACHE.with(|cache| cache.borrow().get(&key).cloned()) {
        return Ok(hit);
    }
    let compiled = Rc::new(compile_pattern(units, flags)?);
    COMPILE_CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= COMPILE_CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(key, Rc::clone(&compiled));
    });
    Ok(compiled)
}

/// Compiles a pattern ([`Compiled`]), or gives V8's message for the syntax error.
fn compile_pattern(units: &[u16], flags: RegExpFlags) -> Result<Compiled, String> {
    let pattern_flags = kiln_regexp_syntax::PatternFlags {
        ignore_case: flags.has(RegExpFlags::IGNORE_CASE),
        multiline: flags.has(RegExpFlags::MULTILINE),
        dot_all: flags.has(RegExpFlags::DOT_ALL),
        unicode: flags.has(RegExpFlags::UNICODE),
        unicode_sets: flags.has(RegExpFlags::UNICODE_SETS),
    };
    let engine_flags = pattern_flags.engine();
    let matcher = kiln_regexp_syntax::compile(units, pattern_flags)?;
    let finish = |matcher, sticky_sentinel, probe| Compiled {
        matcher,
        sticky_sentinel,
        probe,
        group_names: group_names_in_order(units, flags.has(RegExpFlags::UNICODE_SETS)),
        ascii_input: !pattern_flags.ignore_case || ascii_folding_suffices(units),
    };
    // `\1`..`\9` may mean different things once a group is added: no sentinel then.
    if has_decimal_escape(units) {
        return Ok(finish(matcher, false, None));
    }
    let sticky = flags.has(RegExpFlags::STICKY);
    let filter = if sticky {
        None
    } else {
        super::regexp_prefilter::analyse(units, pattern_flags.ignore_case, pattern_flags.multiline, flags.full_unicode())
    };
    if !sticky && filter.is_none() {
        return Ok(finish(matcher, false, None));
    }
    let code_points = kiln_regexp_syntax::pattern_code_points(units, flags.full_unicode());
    let mut wrapped: Vec<u32> = "(?:".chars().map(|ch| ch as u32).collect();
    wrapped.extend_from_slice(&code_points);
    wrapped.extend(")|()".chars().map(|ch| ch as u32));
    let Ok(once) = regress::Regex::from_unicode(wrapped.iter().copied(), engine_flags) else {
        return Ok(finish(matcher, false, None));
    };
    Ok(match filter {
        Some(filter) => finish(matcher, false, Some(Probe { once, filter })),
        None => finish(once, true, None),
    })
}

/// True when a case-insensitive pattern names no character outside ASCII, so the engine's
/// ASCII input (which folds ASCII letters only) matches ASCII text as its UTF-16 input would:
/// the source is ASCII and has no escape that can name another character (`\u`, `\x`, `\c`,
/// property classes, octal or back references). `/\u017F/iu` matches "s", and with ASCII
/// folding it would not; `/\u017F/i` must not match "s", and ASCII input would let it.
fn ascii_folding_suffices(units: &[u16]) -> bool {
    let mut index = 0;
    while index < units.len() {
        let unit = units[index];
        if unit >= 128 {
            return false;
        }
        if unit == b'\\' as u16 {
            let next = units.get(index + 1).copied().unwrap_or(0);
            if next < 128 && b"uxcpP0123456789".contains(&(next as u8)) {
                return false;
            }
            index += 2;
        } else {
            index += 1;
        }
    }
    true
}

/// True when the pattern has `\1`..`\9`: one more group would change what those mean in
/// non-Unicode patterns, so the sticky sentinel is not used.
fn has_decimal_escape(units: &[u16]) -> bool {
    let mut index = 0;
    while index + 1 < units.len() {
        if units[index] == b'\\' as u16 {
            if (b'1' as u16..=b'9' as u16).contains(&units[index + 1]) {
                return true;
            }
            index += 2;
        } else {
            index += 1;
        }
    }
    false
}

/// V8's message for a pattern regress rejected (`kiln_regexp_syntax`).
pub fn syntax_error_message(units: &[u16], full_unicode: bool, engine_message: &str) -> String {
    kiln_regexp_syntax::syntax_error_message(units, full_unicode, engine_message)
}


/// Allocates a RegExp object with `data` and an own `lastIndex` of 0 (RegExpAlloc +
/// RegExpInitialize's last step).
fn alloc_regexp(ctx: &mut Context, prototype: Gc<JsObject>, data: RegExpData) -> JsResult<Gc<JsObject>> {
    let shape = ctx.realm.shapes.regexp;
    let object = crate::object::new_with_slots(ctx, shape, &[Value::number(0.0)], Some(prototype), ObjectKind::RegExp(Box::new(data)));
    Ok(object)
}

/// RegExpInitialize's coercions (§22.2.3.3 steps 1-4): pattern and flags strings, flags parsed.
fn initialize_arguments(ctx: &mut Context, pattern: Value, flags: Value) -> JsResult<(Gc<JsString>, RegExpFlags)> {
    let pattern = if pattern.is_undefined() { ctx.atoms.empty } else { conv::to_string(ctx, pattern)? };
    let flags_text = if flags.is_undefined() { ctx.atoms.empty } else { conv::to_string(ctx, flags)? };
    match RegExpFlags::parse(flags_text.get().units()) {
        Some(parsed) => Ok((pattern, parsed)),
        None => {
            let text = flags_text.get().to_rust_string();
            ctx.throw_syntax_error(&format!("Invalid flags supplied to RegExp constructor '{text}'"))
        }
    }
}

/// RegExp ( pattern, flags ) (§22.2.4.1).
fn regexp_constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let pattern = call.arg(0);
    let flags = call.arg(1);
    // 1. IsRegExp(pattern).
    let pattern_is_regexp = is_regexp(ctx, pattern)?;
    // 2. Called as a function: RegExp(re) returns `re` when its constructor is RegExp.
    let new_target = if call.is_construct() { call.new_target } else { call.callee };
    if !call.is_construct() && pattern_is_regexp && flags.is_undefined() {
        if let Some(object) = pattern.as_object() {
            let key = PropertyKey::String(ctx.atoms.constructor);
            let pattern_constructor = ops::get_property(ctx, object, key)?;
            if conv::same_value(new_target, pattern_constructor) {
                return Ok(pattern);
            }
        }
    }
    // 4-6. The source and flags of a RegExp argument.
    let (source, flags) = if let Some(regexp) = as_regexp(pattern) {
        let (source, original) = match regexp.get().kind() {
            ObjectKind::RegExp(data) => (data.source, data.flags),
            _ => (ctx.atoms.empty, RegExpFlags::default()),
        };
        let flags = if flags.is_undefined() { Value::string(string::from_str(ctx, &original.text())) } else { flags };
        (Value::string(source), flags)
    } else if pattern_is_regexp {
        let object = pattern.as_object().expect("IsRegExp is true only for objects");
        let source_key = ctx.key("source");
        let source = ops::get_property(ctx, object, source_key)?;
        let flags = if flags.is_undefined() {
            let flags_key = ctx.key("flags");
            ops::get_property(ctx, object, flags_key)?
        } else {
            flags
        };
        (source, flags)
    } else {
        (pattern, flags)
    };
    // 7. RegExpAlloc: the prototype first (observable), then RegExpInitialize.
    let default = ctx.realm.regexp_prototype;
    let prototype = function::prototype_from_constructor(ctx, new_target, default)?;
    let (source, flags) = initialize_arguments(ctx, source, flags)?;
    let data = compile_or_throw(ctx, source, flags)?;
    Ok(Value::object(alloc_regexp(ctx, prototype, data)?))
}

/// get RegExp [ @@species ] (§22.2.5.2).
fn get_species(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(call.this)
}

// ---- RegExp.prototype ----

/// "Method M called on incompatible receiver X".
pub fn incompatible<T>(ctx: &mut Context, method: &str, receiver: Value) -> JsResult<T> {
    let text = crate::error::describe_value(ctx, receiver);
    ctx.throw_type_error(&format!("Method {method} called on incompatible receiver {text}"))
}

/// `[object RegExp]`-style text V8 uses for the object in "read only property" messages.
fn object_text(ctx: &mut Context, object: Gc<JsObject>) -> String {
    let _ = ctx;
    format!("[object {}]", object.get().builtin_tag())
}

/// RegExp.prototype.exec ( string ) (§22.2.6.2).
fn exec(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(regexp) = as_regexp(call.this) else {
        return incompatible(ctx, "RegExp.prototype.exec", call.this);
    };
    let string = conv::to_string(ctx, call.arg(0))?;
    builtin_exec(ctx, regexp, string)
}

/// RegExp.prototype.test ( S ) (§22.2.6.16).
fn test(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(regexp) = call.this.as_object() else {
        // V8 names the receiver `undefined` here whatever it was.
        return incompatible(ctx, "RegExp.prototype.test", Value::UNDEFINED);
    };
    let string = conv::to_string(ctx, call.arg(0))?;
    let result = regexp_exec(ctx, regexp, string)?;
    Ok(Value::boolean(!result.is_null()))
}

/// RegExp.prototype.toString ( ) (§22.2.6.17).
fn to_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(regexp) = call.this.as_object() else {
        return incompatible(ctx, "RegExp.prototype.toString", call.this);
    };
    let source_key = ctx.key("source");
    let source = ops::get_property(ctx, regexp, source_key)?;
    let source = conv::to_string(ctx, source)?;
    let flags_key = ctx.key("flags");
    let flags = ops::get_property(ctx, regexp, flags_key)?;
    let flags = conv::to_string(ctx, flags)?;
    let mut out = StringBuilder::new();
    out.push_str("/");
    out.push_js(source.get());
    out.push_str("/");
    out.push_js(flags.get());
    Ok(Value::string(out.finish(ctx)?))
}

/// RegExp.prototype.compile ( pattern, flags ) (§B.2.4.1).
fn compile(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(regexp) = as_regexp(call.this) else {
        return incompatible(ctx, "RegExp.prototype.compile", call.this);
    };
    let (pattern, flags) = match as_regexp(call.arg(0)) {
        Some(source) => {
            if !call.arg(1).is_undefined() {
                return ctx.throw_type_error("Cannot supply flags when constructing one RegExp from another");
            }
            let (text, flags) = match source.get().kind() {
                ObjectKind::RegExp(data) => (data.source, data.flags),
                _ => (ctx.atoms.empty, RegExpFlags::default()),
            };
            (text, flags)
        }
        None => initialize_arguments(ctx, call.arg(0), call.arg(1))?,
    };
    let data = compile_or_throw(ctx, pattern, flags)?;
    if let Some(ObjectKind::RegExp(slot)) = regexp.get_mut().kind_mut() {
        **slot = data;
    }
    set_last_index(ctx, regexp, 0.0)?;
    Ok(Value::object(regexp))
}

/// get RegExp.prototype.flags (§22.2.6.4).
fn get_flags(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(regexp) = call.this.as_object() else {
        let text = crate::error::describe_value(ctx, call.this);
        return ctx.throw_type_error(&format!("RegExp.prototype.flags getter called on non-object {text}"));
    };
    let mut out = String::new();
    for (name, letter) in [
        ("hasIndices", 'd'),
        ("global", 'g'),
        ("ignoreCase", 'i'),
        ("multiline", 'm'),
        ("dotAll", 's'),
        ("unicode", 'u'),
        ("unicodeSets", 'v'),
        ("sticky", 'y'),
    ] {
        let key = ctx.key(name);
        if conv::to_boolean(ops::get_property(ctx, regexp, key)?) {
            out.push(letter);
        }
    }
    Ok(Value::string(string::from_str(ctx, &out)))
}

/// RegExpHasFlag (§22.2.6.4.1) for the getter `name`.
fn has_flag(ctx: &mut Context, this: Value, flag: u8, name: &str) -> JsResult<Value> {
    if let Some(regexp) = as_regexp(this) {
        return Ok(Value::boolean(flags_of(regexp).has(flag)));
    }
    if this.as_object().is_some_and(|object| object.addr() == ctx.realm.regexp_prototype.addr()) {
        return Ok(Value::UNDEFINED);
    }
    ctx.throw_type_error(&format!("RegExp.prototype.{name} getter called on non-RegExp object"))
}

macro_rules! flag_getters {
    ($($function:ident => $flag:ident, $name:literal;)*) => {
        $(
            #[doc = concat!("get RegExp.prototype.", $name, " (§22.2.6).")]
            fn $function(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
                has_flag(ctx, call.this, RegExpFlags::$flag, $name)
            }
        )*
    };
}

flag_getters! {
    get_has_indices => HAS_INDICES, "hasIndices";
    get_global => GLOBAL, "global";
    get_ignore_case => IGNORE_CASE, "ignoreCase";
    get_multiline => MULTILINE, "multiline";
    get_dot_all => DOT_ALL, "dotAll";
    get_unicode => UNICODE, "unicode";
    get_unicode_sets => UNICODE_SETS, "unicodeSets";
    get_sticky => STICKY, "sticky";
}

/// get RegExp.prototype.source (§22.2.6.13).
fn get_source(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(regexp) = as_regexp(call.this) else {
        if call.this.as_object().is_some_and(|object| object.addr() == ctx.realm.regexp_prototype.addr()) {
            return Ok(Value::string(string::from_str(ctx, "(?:)")));
        }
        return ctx.throw_type_error("RegExp.prototype.source getter called on non-RegExp object");
    };
    let source = match regexp.get().kind() {
        ObjectKind::RegExp(data) => data.source,
        _ => ctx.atoms.empty,
    };
    let units = escape_pattern(&source.get().to_utf16());
    Ok(Value::string(string::from_utf16(ctx, &units)))
}

/// EscapeRegExpPattern (§22.2.6.13.1) as V8 does it: `(?:)` for the empty pattern, `/` escaped
/// outside classes, line terminators written as escapes.
pub fn escape_pattern(units: &[u16]) -> Vec<u16> {
    if units.is_empty() {
        return "(?:)".encode_utf16().collect();
    }
    let mut out = Vec::with_capacity(units.len());
    let mut in_class = false;
    let mut index = 0;
    while index < units.len() {
        let unit = units[index];
        match unit {
            0x5C => {
                out.push(unit);
                if let Some(&next) = units.get(index + 1) {
                    push_line_terminator_or(&mut out, next, false);
                    index += 1;
                }
            }
            0x2F if !in_class => out.extend_from_slice(&[0x5C, 0x2F]),
            0x5B => {
                in_class = true;
                out.push(unit);
            }
            0x5D => {
                in_class = false;
                out.push(unit);
            }
            _ => push_line_terminator_or(&mut out, unit, true),
        }
        index += 1;
    }
    out
}

/// Pushes `unit`, writing line terminators as `n`, `r`, `u2028`, `u2029` (after a backslash
/// when `with_backslash`).
fn push_line_terminator_or(out: &mut Vec<u16>, unit: u16, with_backslash: bool) {
    let replacement = match unit {
        0x0A => "n",
        0x0D => "r",
        0x2028 => "u2028",
        0x2029 => "u2029",
        _ => {
            out.push(unit);
            return;
        }
    };
    if with_backslash {
        out.push(0x5C);
    }
    out.extend(replacement.encode_utf16());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(pattern: &str, unicode: bool) -> String {
        let units: Vec<u16> = pattern.encode_utf16().collect();
        let flags = if unicode { RegExpFlags(RegExpFlags::UNICODE) } else { RegExpFlags::default() };
        match compile_pattern(&units, flags) {
            Ok(_) => "ok".to_string(),
            Err(message) => message,
        }
    }

    #[test]
    fn syntax_errors_use_v8_texts() {
        assert_eq!(message("(", false), "Unterminated group");
        assert_eq!(message("a)b(", false), "Unmatched ')'");
        assert_eq!(message("*", false), "Nothing to repeat");
        assert_eq!(message("a**", false), "Nothing to repeat");
        assert_eq!(message("[", false), "Unterminated character class");
        assert_eq!(message("(?", false), "Invalid group");
        assert_eq!(message("(?<", false), "Invalid capture group name");
        assert_eq!(message("\\", false), "\\ at end of pattern");
        assert_eq!(message("a{2,1}", false), "numbers out of order in {} quantifier");
        assert_eq!(message("[b-a]", false), "Range out of order in character class");
        assert_eq!(message("{", true), "Lone quantifier brackets");
        assert_eq!(message("a{", false), "ok");
        assert_eq!(message("]", false), "ok");
    }

    #[test]
    fn flags_parse_and_print_in_canonical_order() {
        let flags = RegExpFlags::parse("yumgi".encode_utf16()).expect("valid flags");
        assert_eq!(flags.text(), "gimuy");
        assert!(RegExpFlags::parse("gg".encode_utf16()).is_none());
        assert!(RegExpFlags::parse("uv".encode_utf16()).is_none());
        assert!(RegExpFlags::parse("x".encode_utf16()).is_none());
    }

    #[test]
    fn source_escaping() {
        let escaped = |text: &str| String::from_utf16_lossy(&escape_pattern(&text.encode_utf16().collect::<Vec<_>>()));
        assert_eq!(escaped(""), "(?:)");
        assert_eq!(escaped("a/b"), "a\\/b");
        assert_eq!(escaped("[/]\\/"), "[/]\\/");
        assert_eq!(escaped("\n"), "\\n");
        assert_eq!(escaped("\\\n"), "\\n");
    }
}
