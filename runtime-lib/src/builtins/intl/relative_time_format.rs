//! Intl.RelativeTimeFormat (ECMA-402 §17) with English's patterns (`in 3 days`, `3 days
//! ago`, `yesterday` with `numeric: 'auto'`) in long, short and narrow styles; the number is
//! formatted by the default NumberFormat.

use super::number_format::NumberFormat;
use super::{Member, get_string_option, install_service, join_parts, parts_to_array, string_value, this_service, ObjectWriter, Part};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::NativeCall;
use crate::object::JsObject;
use crate::value::{conv, Value};

/// Installs `Intl.RelativeTimeFormat`.
pub(super) fn install(ctx: &mut Context, intl: Gc<JsObject>) {
    install_service(ctx, intl, "RelativeTimeFormat", 0, construct, &[Member::Method("resolvedOptions", 0, resolved_options), Member::Method("format", 2, format), Member::Method("formatToParts", 2, format_to_parts)]);
}

#[derive(Clone)]
struct RelativeTimeFormat {
    locale: String,
    style: String,
    numeric_auto: bool,
}

const NAME: &str = "Intl.RelativeTimeFormat";

/// Intl.RelativeTimeFormat ( [ locales [ , options ] ] ) (§17.1.1): `new` only.
fn construct(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if !call.is_construct() {
        return ctx.throw_type_error("Constructor Intl.RelativeTimeFormat requires 'new'");
    }
    let (locale, options) = super::locale_and_options(ctx, call, NAME)?;
    let numbering = get_string_option(ctx, options, "numberingSystem", &[], NAME)?;
    if numbering.is_some_and(|text| text.is_empty()) {
        return ctx.throw_range_error("Invalid numberingSystem : ");
    }
    let style = get_string_option(ctx, options, "style", &["long", "short", "narrow"], NAME)?.unwrap_or_else(|| "long".into());
    let numeric = get_string_option(ctx, options, "numeric", &["always", "auto"], NAME)?;
    super::new_service(ctx, call, RelativeTimeFormat { locale, style, numeric_auto: numeric.as_deref() == Some("auto") })
}

/// `(singular unit, long one, long other, short one, short other, narrow one, narrow other)`.
const UNITS: [(&str, &str, &str, &str, &str, &str, &str); 8] = [
    ("second", " second", " seconds", " sec.", " sec.", "s", "s"),
    ("minute", " minute", " minutes", " min.", " min.", "m", "m"),
    ("hour", " hour", " hours", " hr.", " hr.", "h", "h"),
    ("day", " day", " days", " day", " days", "d", "d"),
    ("week", " week", " weeks", " wk.", " wk.", "w", "w"),
    ("month", " month", " months", " mo.", " mo.", "mo", "mo"),
    ("quarter", " quarter", " quarters", " qtr.", " qtrs.", "q", "q"),
    ("year", " year", " years", " yr.", " yr.", "y", "y"),
];

/// The `numeric: 'auto'` phrases for -1, 0, 1 (and 0 only for the time units).
fn auto_phrase(unit: &str, style: &str, value: f64) -> Option<&'static str> {
    let short = style != "long";
    let phrase = match (unit, value as i64) {
        ("second", 0) => "now",
        ("minute", 0) => "this minute",
        ("hour", 0) => "this hour",
        ("day", -1) => "yesterday",
        ("day", 0) => "today",
        ("day", 1) => "tomorrow",
        ("week", -1) => if short { "last wk." } else { "last week" },
        ("week", 0) => if short { "this wk." } else { "this week" },
        ("week", 1) => if short { "next wk." } else { "next week" },
        ("month", -1) => if short { "last mo." } else { "last month" },
        ("month", 0) => if short { "this mo." } else { "this month" },
        ("month", 1) => if short { "next mo." } else { "next month" },
        ("quarter", -1) => if short { "last qtr." } else { "last quarter" },
        ("quarter", 0) => if short { "this qtr." } else { "this quarter" },
        ("quarter", 1) => if short { "next qtr." } else { "next quarter" },
        ("year", -1) => if short { "last yr." } else { "last year" },
        ("year", 0) => if short { "this yr." } else { "this year" },
        ("year", 1) => if short { "next yr." } else { "next year" },
        _ => return None,
    };
    if value.fract() != 0.0 {
        return None;
    }
    Some(phrase)
}

/// PartitionRelativeTimePattern (§17.5.2): the parts and the singular unit name.
fn partition(ctx: &mut Context, format: &RelativeTimeFormat, value: Value, unit: Value) -> JsResult<(Vec<Part>, &'static str)> {
    let value = conv::to_number(ctx, value)?;
    let unit_text = conv::to_string(ctx, unit)?.get().to_rust_string();
    if !value.is_finite() {
        return ctx.throw_range_error("Value need to be finite number for Intl.RelativeTimeFormat.prototype.format()");
    }
    let singular = unit_text.strip_suffix('s').unwrap_or(&unit_text);
    let Some(entry) = UNITS.iter().find(|entry| entry.0 == singular) else {
        return ctx.throw_range_error(&format!("Invalid unit argument for Intl.RelativeTimeFormat.prototype.format() '{unit_text}'"));
    };
    if format.numeric_auto {
        if let Some(phrase) = auto_phrase(entry.0, &format.style, value) {
            return Ok((vec![Part::new("literal", phrase)], entry.0));
        }
    }
    let number = NumberFormat::decimal(format.locale.clone());
    let past = value < 0.0 || (value == 0.0 && value.is_sign_negative());
    let parts = number.number_parts(value.abs());
    let one = join_parts(&parts) == "1";
    let name = match (format.style.as_str(), one) {
        ("long", true) => entry.1,
        ("long", false) => entry.2,
        ("short", true) => entry.3,
        ("short", false) => entry.4,
        (_, true) => entry.5,
        (_, false) => entry.6,
    };
    let mut out = Vec::new();
    if past {
        out.extend(parts);
        out.push(Part::new("literal", format!("{name} ago")));
    } else {
        out.push(Part::new("literal", "in "));
        out.extend(parts);
        out.push(Part::new("literal", name));
    }
    Ok((out, entry.0))
}

/// Intl.RelativeTimeFormat.prototype.format ( value, unit ) (§17.3.3).
fn format(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let format = this_service::<RelativeTimeFormat>(ctx, call.this, "Intl.RelativeTimeFormat.prototype.format")?;
    let (parts, _) = partition(ctx, &format, call.arg(0), call.arg(1))?;
    Ok(string_value(ctx, &join_parts(&parts)))
}

/// Intl.RelativeTimeFormat.prototype.formatToParts ( value, unit ) (§17.3.4): number parts
/// carry the unit.
fn format_to_parts(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let format = this_service::<RelativeTimeFormat>(ctx, call.this, "Intl.RelativeTimeFormat.prototype.formatToParts")?;
    let (parts, unit) = partition(ctx, &format, call.arg(0), call.arg(1))?;
    parts_to_array(ctx, &parts, Some(("unit", unit)))
}

/// Intl.RelativeTimeFormat.prototype.resolvedOptions ( ) (§17.3.5).
fn resolved_options(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let format = this_service::<RelativeTimeFormat>(ctx, call.this, "Intl.RelativeTimeFormat.prototype.resolvedOptions")?;
    let mut out = ObjectWriter::new(ctx);
    out.string(ctx, "locale", &format.locale)?;
    out.string(ctx, "style", &format.style)?;
    out.string(ctx, "numeric", if format.numeric_auto { "auto" } else { "always" })?;
    out.string(ctx, "numberingSystem", "latn")?;
    Ok(out.finish())
}
