//! The legacy static properties of the RegExp constructor (Annex B, as V8 has them):
//! `RegExp.$1`-`$9`, `input`/`$_`, `lastMatch`/`$&`, `lastParen`/`$+`, `leftContext`/`` $` ``
//! and `rightContext`/`$'`, read from the last successful built-in match
//! (`Context::regexp_last_match`, recorded by `regexp::builtin_exec` and the global fast paths).

use super::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::JsResult;
use crate::gc::Gc;
use crate::object::function::{NativeCall, NativeFn};
use crate::object::JsObject;
use crate::string::JsString;
use crate::value::{conv, Value};
use std::ops::Range;

/// The last successful built-in match.
pub struct LastMatch {
    /// The string matched.
    pub subject: Gc<JsString>,
    /// What `RegExp.input` reads: the subject, or what was assigned to it since.
    pub input: Gc<JsString>,
    /// The capture ranges in `subject`, the whole match first.
    pub captures: Vec<Option<Range<usize>>>,
}

/// Records a successful match of `subject` (the captures' ranges, whole match first).
pub fn record(ctx: &mut Context, subject: Gc<JsString>, captures: &[Option<Range<usize>>]) {
    ctx.regexp_last_match = Some(LastMatch { subject, input: subject, captures: captures.to_vec() });
}

/// Installs the accessors on the RegExp constructor.
pub fn init(ctx: &mut Context, regexp: Gc<JsObject>) {
    let accessors: [(&str, NativeFn, Option<NativeFn>); 15] = [
        ("input", get_input, Some(set_input)),
        ("$_", get_input, Some(set_input)),
        ("lastMatch", get_last_match, None),
        ("$&", get_last_match, None),
        ("lastParen", get_last_paren, None),
        ("$+", get_last_paren, None),
        ("leftContext", get_left_context, None),
        ("$`", get_left_context, None),
        ("rightContext", get_right_context, None),
        ("$'", get_right_context, None),
        ("$1", get_group_1, None),
        ("$2", get_group_2, None),
        ("$3", get_group_3, None),
        ("$4", get_group_4, None),
        ("$5", get_group_5, None),
    ];
    let mut builder = ObjectBuilder::new(ctx, regexp);
    for (name, getter, setter) in accessors {
        builder.accessor(name, Some(getter), Some(setter.unwrap_or(ignore_set)));
    }
    builder
        .accessor("$6", Some(get_group_6), Some(ignore_set))
        .accessor("$7", Some(get_group_7), Some(ignore_set))
        .accessor("$8", Some(get_group_8), Some(ignore_set))
        .accessor("$9", Some(get_group_9), Some(ignore_set));
}

/// The text of `range` in the last input, or "" without a match.
fn slice(ctx: &mut Context, pick: impl FnOnce(usize, &[Option<Range<usize>>]) -> Option<Range<usize>>) -> Value {
    let Some(last) = &ctx.regexp_last_match else { return Value::string(ctx.atoms.empty) };
    let input = last.subject;
    let length = input.get().len();
    match pick(length, &last.captures).filter(|range| range.start <= range.end && range.end <= length) {
        Some(range) => Value::string(crate::string::substring(ctx, input, range.start, range.end)),
        None => Value::string(ctx.atoms.empty),
    }
}

fn get_input(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(match &ctx.regexp_last_match {
        Some(last) => Value::string(last.input),
        None => Value::string(ctx.atoms.empty),
    })
}

/// Setting `RegExp.input` changes only what `input` reads (the match stays, as in V8).
fn set_input(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let text = conv::to_string(ctx, call.arg(0))?;
    match &mut ctx.regexp_last_match {
        Some(last) => last.input = text,
        None => ctx.regexp_last_match = Some(LastMatch { subject: ctx.atoms.empty, input: text, captures: vec![None] }),
    }
    Ok(Value::UNDEFINED)
}

/// The other setters accept and ignore a value (V8 defines them as no-ops).
fn ignore_set(_ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(Value::UNDEFINED)
}

fn get_last_match(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(slice(ctx, |_, captures| captures.first().cloned().flatten()))
}

fn get_last_paren(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(slice(ctx, |_, captures| if captures.len() > 1 { captures.last().cloned().flatten() } else { None }))
}

fn get_left_context(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(slice(ctx, |_, captures| captures.first().cloned().flatten().map(|whole| 0..whole.start)))
}

fn get_right_context(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(slice(ctx, |length, captures| captures.first().cloned().flatten().map(|whole| whole.end..length)))
}

fn group(ctx: &mut Context, index: usize) -> Value {
    slice(ctx, |_, captures| captures.get(index).cloned().flatten())
}

fn get_group_1(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(group(ctx, 1))
}
fn get_group_2(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(group(ctx, 2))
}
fn get_group_3(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(group(ctx, 3))
}
fn get_group_4(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(group(ctx, 4))
}
fn get_group_5(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(group(ctx, 5))
}
fn get_group_6(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(group(ctx, 6))
}
fn get_group_7(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(group(ctx, 7))
}
fn get_group_8(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(group(ctx, 8))
}
fn get_group_9(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(group(ctx, 9))
}
