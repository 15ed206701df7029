//! Intl.ListFormat (ECMA-402 §13) with English's list patterns: `a, b, and c` (conjunction),
//! `a, b, or c` (disjunction), `a, b, c` (unit), in long, short and narrow styles.

use super::{Member, get_string_option, install_service, join_parts, parts_to_array, string_value, this_service, ObjectWriter, Part};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::iteration::{get_iterator, iterator_close, iterator_next};
use crate::object::function::NativeCall;
use crate::object::JsObject;
use crate::value::Value;

/// Installs `Intl.ListFormat`.
pub(super) fn install(ctx: &mut Context, intl: Gc<JsObject>) {
    install_service(ctx, intl, "ListFormat", 0, construct, &[Member::Method("resolvedOptions", 0, resolved_options), Member::Method("format", 1, format), Member::Method("formatToParts", 1, format_to_parts)]);
}

#[derive(Clone)]
struct ListFormat {
    locale: String,
    kind: String,
    style: String,
}

const NAME: &str = "Intl.ListFormat";

/// Intl.ListFormat ( [ locales [ , options ] ] ) (§13.1.1): `new` only.
fn construct(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if !call.is_construct() {
        return ctx.throw_type_error("Constructor Intl.ListFormat requires 'new'");
    }
    let requested = super::locale::canonicalize_locale_list(ctx, call.arg(0))?;
    let options = super::get_options_object(ctx, call.arg(1))?;
    get_string_option(ctx, options, "localeMatcher", &["lookup", "best fit"], NAME)?;
    let locale = super::locale::resolve(&requested);
    let kind = get_string_option(ctx, options, "type", &["conjunction", "disjunction", "unit"], NAME)?.unwrap_or_else(|| "conjunction".into());
    let style = get_string_option(ctx, options, "style", &["long", "short", "narrow"], NAME)?.unwrap_or_else(|| "long".into());
    super::new_service(ctx, call, ListFormat { locale, kind, style })
}

/// StringListFromIterable (§13.5.3): every item must be a string.
fn string_list(ctx: &mut Context, iterable: Value) -> JsResult<Vec<String>> {
    let mut items = Vec::new();
    if iterable.is_undefined() {
        return Ok(items);
    }
    let record = get_iterator(ctx, iterable)?;
    loop {
        let value = iterator_next(ctx, record)?;
        if value.is_hole() {
            return Ok(items);
        }
        match value.as_string() {
            Some(text) => items.push(text.get().to_rust_string()),
            None => {
                let text = crate::error::describe_value(ctx, value);
                let saved = ctx.exception;
                let _ = iterator_close(ctx, record);
                ctx.exception = saved;
                return ctx.throw_type_error(&format!("Iterable yielded {text} which is not a string"));
            }
        }
    }
}

/// CreatePartsFromList (§13.5.2) with English's patterns.
fn parts(list: &ListFormat, items: &[String]) -> Vec<Part> {
    let (pair, end) = match (list.kind.as_str(), list.style.as_str()) {
        ("conjunction", "long") => (" and ", ", and "),
        ("conjunction", "short") => (" & ", ", & "),
        ("conjunction", _) => (", ", ", "),
        ("disjunction", _) => (" or ", ", or "),
        (_, "narrow") => (" ", " "),
        _ => (", ", ", "),
    };
    let middle = if list.kind == "unit" && list.style == "narrow" { " " } else { ", " };
    let mut out = Vec::new();
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            let separator = if items.len() == 2 {
                pair
            } else if index == items.len() - 1 {
                end
            } else {
                middle
            };
            out.push(Part::new("literal", separator));
        }
        out.push(Part::new("element", item.as_str()));
    }
    out
}

/// Intl.ListFormat.prototype.format ( list ) (§13.3.3).
fn format(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let list = this_service::<ListFormat>(ctx, call.this, "Intl.ListFormat.prototype.format")?;
    let items = string_list(ctx, call.arg(0))?;
    Ok(string_value(ctx, &join_parts(&parts(&list, &items))))
}

/// Intl.ListFormat.prototype.formatToParts ( list ) (§13.3.4).
fn format_to_parts(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let list = this_service::<ListFormat>(ctx, call.this, "Intl.ListFormat.prototype.formatToParts")?;
    let items = string_list(ctx, call.arg(0))?;
    parts_to_array(ctx, &parts(&list, &items), None)
}

/// Intl.ListFormat.prototype.resolvedOptions ( ) (§13.3.5).
fn resolved_options(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let list = this_service::<ListFormat>(ctx, call.this, "Intl.ListFormat.prototype.resolvedOptions")?;
    let mut out = ObjectWriter::new(ctx);
    out.string(ctx, "locale", &list.locale)?;
    out.string(ctx, "type", &list.kind)?;
    out.string(ctx, "style", &list.style)?;
    Ok(out.finish())
}
