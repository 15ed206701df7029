//! Intl.PluralRules (ECMA-402 §16) with English's rules: cardinal `one` (integer 1 with no
//! visible fraction digits) and `other`; ordinal `one` (…1 but not …11), `two`, `few`, `other`.
//! The number is first rounded with the digit options, as the spec's ResolvePlural does.

use super::number_format::NumberFormat;
use super::{Member, get_string_option, install_service, locale_and_options, string_value, strings_to_array, this_service, ObjectWriter};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::NativeCall;
use crate::object::JsObject;
use crate::value::{conv, Value};

/// Installs `Intl.PluralRules`.
pub(super) fn install(ctx: &mut Context, intl: Gc<JsObject>) {
    install_service(ctx, intl, "PluralRules", 0, construct, &[Member::Method("resolvedOptions", 0, resolved_options), Member::Method("select", 1, select), Member::Method("selectRange", 2, select_range)]);
}

#[derive(Clone)]
struct PluralRules {
    ordinal: bool,
    format: NumberFormat,
    locale: String,
}

/// Intl.PluralRules ( [ locales [ , options ] ] ) (§16.1.1): `new` only.
fn construct(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if !call.is_construct() {
        return ctx.throw_type_error("Constructor Intl.PluralRules requires 'new'");
    }
    let (locale, options) = locale_and_options(ctx, call, "Intl.PluralRules")?;
    let kind = get_string_option(ctx, options, "type", &["cardinal", "ordinal"], "Intl.PluralRules")?;
    let format = NumberFormat::with_digit_options(ctx, locale.clone(), options)?;
    super::new_service(ctx, call, PluralRules { ordinal: kind.as_deref() == Some("ordinal"), format, locale })
}

/// The English plural category of `value` after rounding.
fn category(rules: &PluralRules, value: f64) -> &'static str {
    if !value.is_finite() {
        return "other";
    }
    let (integer, fraction) = rules.format.rounded_digits(value.abs());
    if rules.ordinal {
        if !fraction.is_empty() && fraction.bytes().any(|byte| byte != b'0') {
            return "other";
        }
        let last_two: u32 = integer[integer.len().saturating_sub(2)..].parse().unwrap_or(0);
        return match (last_two % 10, last_two) {
            (1, last) if last != 11 => "one",
            (2, last) if last != 12 => "two",
            (3, last) if last != 13 => "few",
            _ => "other",
        };
    }
    if integer.trim_start_matches('0') == "1" && fraction.is_empty() {
        "one"
    } else {
        "other"
    }
}

/// Intl.PluralRules.prototype.select ( value ) (§16.3.3).
fn select(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let rules = this_service::<PluralRules>(ctx, call.this, "Intl.PluralRules.prototype.select")?;
    let value = conv::to_number(ctx, call.arg(0))?;
    Ok(string_value(ctx, category(&rules, value)))
}

/// Intl.PluralRules.prototype.selectRange ( start, end ) (§16.3.4): every English range is
/// `other` (CLDR's plural ranges for en).
fn select_range(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let rules = this_service::<PluralRules>(ctx, call.this, "Intl.PluralRules.prototype.selectRange")?;
    if call.arg(0).is_undefined() || call.arg(1).is_undefined() {
        return ctx.throw_type_error("start or end is undefined");
    }
    let start = conv::to_number(ctx, call.arg(0))?;
    let end = conv::to_number(ctx, call.arg(1))?;
    if start.is_nan() || end.is_nan() {
        return ctx.throw_range_error("start or end is NaN");
    }
    let _ = (category(&rules, start), category(&rules, end));
    Ok(string_value(ctx, "other"))
}

/// Intl.PluralRules.prototype.resolvedOptions ( ) (§16.3.5).
fn resolved_options(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let rules = this_service::<PluralRules>(ctx, call.this, "Intl.PluralRules.prototype.resolvedOptions")?;
    let mut out = ObjectWriter::new(ctx);
    out.string(ctx, "locale", &rules.locale)?;
    out.string(ctx, "type", if rules.ordinal { "ordinal" } else { "cardinal" })?;
    rules.format.write_digit_options(ctx, &mut out)?;
    let categories: Vec<String> = if rules.ordinal { vec!["few".into(), "one".into(), "two".into(), "other".into()] } else { vec!["one".into(), "other".into()] };
    let categories = strings_to_array(ctx, &categories)?;
    out.value(ctx, "pluralCategories", categories)?;
    Ok(out.finish())
}
