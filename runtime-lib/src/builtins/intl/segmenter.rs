//! Intl.Segmenter (ECMA-402 §18): grapheme, word and sentence boundaries from the
//! `unicode-segmentation` crate (UAX #29 default rules, as ICU's root locale has them).
//! `segment()` returns a %SegmentsPrototype% object (with `containing` and
//! `[Symbol.iterator]`) whose iterators yield `{ segment, index, input[, isWordLike] }`.
//! Boundaries are computed once per `segment()` call over the string's UTF-16 units.

use super::{Member, get_string_option, install_service, string_value, this_service, ObjectWriter};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::iteration::iter_result;
use crate::object::function::{self, NativeCall, NativeFn};
use crate::object::{ops, Attributes, JsObject, ObjectKind, PropertyKey};
use crate::value::{conv, Value};
use std::rc::Rc;
use unicode_segmentation::UnicodeSegmentation;

/// Installs `Intl.Segmenter`, %SegmentsPrototype% and %SegmentIteratorPrototype%.
pub(super) fn install(ctx: &mut Context, intl: Gc<JsObject>) {
    let (_, prototype) = install_service(ctx, intl, "Segmenter", 0, construct, &[Member::Method("resolvedOptions", 0, resolved_options)]);
    // %SegmentIteratorPrototype%: inherits %IteratorPrototype%.
    let iterator_parent = ctx.realm.iterator_prototype;
    let iterator_prototype = ctx.new_object_with_prototype(Some(iterator_parent));
    define_method(ctx, iterator_prototype, PropertyKey::String(ctx.atoms.next), "next", 0, iterator_next, Value::UNDEFINED);
    let tag = string_value(ctx, "Segmenter String Iterator");
    ops::define_fresh(ctx, iterator_prototype, PropertyKey::Symbol(ctx.symbols.to_string_tag), tag, Attributes::READONLY_HIDDEN);
    // %SegmentsPrototype%.
    let object_prototype = ctx.realm.object_prototype;
    let segments_prototype = ctx.new_object_with_prototype(Some(object_prototype));
    let containing_key = ctx.key("containing");
    define_method(ctx, segments_prototype, containing_key, "containing", 1, containing, Value::UNDEFINED);
    let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
    define_method(ctx, segments_prototype, iterator_key, "[Symbol.iterator]", 0, segments_iterator, Value::object(iterator_prototype));
    let segment_key = ctx.key("segment");
    define_method(ctx, prototype, segment_key, "segment", 1, segment, Value::object(segments_prototype));
}

fn define_method(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, name: &str, length: u32, native: NativeFn, data: Value) {
    let atom = ctx.intern_str(name);
    let function = function::new_native_with_data(ctx, atom, length, native, false, data);
    ops::define_fresh(ctx, object, key, Value::object(function), Attributes::HIDDEN);
}

#[derive(Clone, Copy, PartialEq)]
enum Granularity {
    Grapheme,
    Word,
    Sentence,
}

#[derive(Clone)]
struct Segmenter {
    locale: String,
    granularity: Granularity,
}

/// The segments of one string: its units and the boundaries (UTF-16 offsets, starting at 0
/// and ending at the length), with word-likeness per segment.
struct SegmentData {
    units: Vec<u16>,
    boundaries: Vec<usize>,
    word_like: Vec<bool>,
    granularity: Granularity,
}

/// A Segments object's slots (shared with its iterators).
#[derive(Clone)]
struct Segments(Rc<SegmentData>);

/// A Segment Iterator's slots.
#[derive(Clone)]
struct SegmentIterator {
    data: Rc<SegmentData>,
    /// Index into `boundaries` of the next segment's start.
    next: Rc<std::cell::Cell<usize>>,
}

const NAME: &str = "Intl.Segmenter";

/// Intl.Segmenter ( [ locales [ , options ] ] ) (§18.1.1): `new` only.
fn construct(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if !call.is_construct() {
        return ctx.throw_type_error("Constructor Intl.Segmenter requires 'new'");
    }
    let requested = super::locale::canonicalize_locale_list(ctx, call.arg(0))?;
    let options = super::get_options_object(ctx, call.arg(1))?;
    get_string_option(ctx, options, "localeMatcher", &["lookup", "best fit"], NAME)?;
    let locale = super::locale::resolve(&requested);
    let granularity = match get_string_option(ctx, options, "granularity", &["grapheme", "word", "sentence"], NAME)?.as_deref() {
        Some("word") => Granularity::Word,
        Some("sentence") => Granularity::Sentence,
        _ => Granularity::Grapheme,
    };
    super::new_service(ctx, call, Segmenter { locale, granularity })
}

/// Intl.Segmenter.prototype.resolvedOptions ( ) (§18.3.4).
fn resolved_options(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let segmenter = this_service::<Segmenter>(ctx, call.this, "Intl.Segmenter.prototype.resolvedOptions")?;
    let mut out = ObjectWriter::new(ctx);
    out.string(ctx, "locale", &segmenter.locale)?;
    let granularity = match segmenter.granularity {
        Granularity::Grapheme => "grapheme",
        Granularity::Word => "word",
        Granularity::Sentence => "sentence",
    };
    out.string(ctx, "granularity", granularity)?;
    Ok(out.finish())
}

/// The boundaries of `units` for `granularity`.
fn compute(units: Vec<u16>, granularity: Granularity) -> SegmentData {
    // Lone surrogates become U+FFFD, which is one unit like them, so offsets carry over.
    let text: String = char::decode_utf16(units.iter().copied()).map(|item| item.unwrap_or('\u{FFFD}')).collect();
    let pieces: Vec<&str> = match granularity {
        Granularity::Grapheme => text.graphemes(true).collect(),
        Granularity::Word => text.split_word_bounds().collect(),
        Granularity::Sentence => text.split_sentence_bounds().collect(),
    };
    let mut boundaries = vec![0usize];
    let mut word_like = Vec::with_capacity(pieces.len());
    let mut offset = 0;
    for piece in pieces {
        offset += piece.encode_utf16().count();
        boundaries.push(offset);
        word_like.push(piece.chars().any(|character| character.is_alphanumeric()));
    }
    SegmentData { units, boundaries, word_like, granularity }
}

/// Intl.Segmenter.prototype.segment ( string ) (§18.3.3).
fn segment(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let segmenter = this_service::<Segmenter>(ctx, call.this, "Intl.Segmenter.prototype.segment")?;
    let string = conv::to_string(ctx, call.arg(0))?;
    let data = compute(string.get().to_utf16(), segmenter.granularity);
    let prototype = call.data().as_object().expect("segment carries %SegmentsPrototype%");
    let shape = ctx.root_shape;
    let object = ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::HostData(Box::new(Segments(Rc::new(data))))));
    Ok(Value::object(object))
}

/// CreateSegmentDataObject (§18.7.1) for segment `index` (into the boundaries).
fn segment_object(ctx: &mut Context, data: &SegmentData, index: usize) -> JsResult<Value> {
    let (start, end) = (data.boundaries[index], data.boundaries[index + 1]);
    let mut out = ObjectWriter::new(ctx);
    let segment = Value::string(crate::string::from_utf16(ctx, &data.units[start..end]));
    out.value(ctx, "segment", segment)?;
    out.number(ctx, "index", start as f64)?;
    let input = Value::string(crate::string::from_utf16(ctx, &data.units));
    out.value(ctx, "input", input)?;
    if data.granularity == Granularity::Word {
        out.boolean(ctx, "isWordLike", data.word_like[index])?;
    }
    Ok(out.finish())
}

/// %SegmentsPrototype%.containing ( index ) (§18.5.2.1).
fn containing(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let segments = this_service::<Segments>(ctx, call.this, "%Segments.prototype%.containing")?;
    let position = conv::to_integer_or_infinity(ctx, call.arg(0))?;
    let data = &segments.0;
    if position < 0.0 || position >= data.units.len() as f64 {
        return Ok(Value::UNDEFINED);
    }
    let position = position as usize;
    let index = match data.boundaries.binary_search(&position) {
        Ok(index) => index,
        Err(insert) => insert - 1,
    };
    segment_object(ctx, data, index)
}

/// %SegmentsPrototype% [ @@iterator ] ( ) (§18.5.2.2).
fn segments_iterator(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let segments = this_service::<Segments>(ctx, call.this, "%Segments.prototype%[@@iterator]")?;
    let prototype = call.data().as_object().expect("the iterator method carries %SegmentIteratorPrototype%");
    let iterator = SegmentIterator { data: segments.0, next: Rc::new(std::cell::Cell::new(0)) };
    let shape = ctx.root_shape;
    let object = ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::HostData(Box::new(iterator))));
    Ok(Value::object(object))
}

/// %SegmentIteratorPrototype%.next ( ) (§18.6.2.1).
fn iterator_next(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(iterator) = super::service_of::<SegmentIterator>(call.this) else {
        let text = crate::error::describe_value(ctx, call.this);
        return ctx.throw_type_error(&format!("Method %SegmentIterator.prototype%.next called on incompatible receiver {text}"));
    };
    let index = iterator.next.get();
    if index + 1 >= iterator.data.boundaries.len() {
        return Ok(iter_result(ctx, Value::UNDEFINED, true));
    }
    iterator.next.set(index + 1);
    let segment = segment_object(ctx, &iterator.data, index)?;
    Ok(iter_result(ctx, segment, false))
}
