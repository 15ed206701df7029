//! Intl.Collator (ECMA-402 §10) over `text::collation` (an approximation of ICU's root
//! collation, which English uses): sensitivity, numeric, caseFirst and ignorePunctuation,
//! and the `kn`/`kf` Unicode extension keys. `String.prototype.localeCompare` uses it.

use super::{Member, get_boolean_option, get_string_option, install_service, this_service, ObjectWriter};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall};
use crate::object::JsObject;
use crate::text::collation::{self, Sensitivity};
use crate::value::{conv, Value};

/// Installs `Intl.Collator`.
pub(super) fn install(ctx: &mut Context, intl: Gc<JsObject>) {
    install_service(ctx, intl, "Collator", 0, construct, &[Member::Method("resolvedOptions", 0, resolved_options), Member::Getter("compare", compare_getter)]);
}

#[derive(Clone)]
struct Collator {
    locale: String,
    usage: String,
    options: collation::Options,
    case_first: String,
}

const NAME: &str = "Intl.Collator";

/// Intl.Collator ( [ locales [ , options ] ] ) (§10.1.1): callable without `new`.
fn construct(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let collator = create(ctx, call.arg(0), call.arg(1))?;
    super::new_service(ctx, call, collator)
}

/// InitializeCollator (§10.1.2).
fn create(ctx: &mut Context, locales: Value, options: Value) -> JsResult<Collator> {
    let requested = super::locale::canonicalize_locale_list(ctx, locales)?;
    let options = super::coerce_options(ctx, options, NAME)?;
    let usage = get_string_option(ctx, options, "usage", &["sort", "search"], NAME)?.unwrap_or_else(|| "sort".into());
    get_string_option(ctx, options, "localeMatcher", &["lookup", "best fit"], NAME)?;
    let collation_type = get_string_option(ctx, options, "collation", &[], NAME)?;
    if let Some(collation_type) = collation_type {
        if collation_type.is_empty() || !collation_type.split('-').all(|part| (3..=8).contains(&part.len()) && part.bytes().all(|byte| byte.is_ascii_alphanumeric())) {
            return ctx.throw_range_error(&format!("Invalid collation : {collation_type}"));
        }
    }
    let numeric = get_boolean_option(ctx, options, "numeric")?;
    let case_first = get_string_option(ctx, options, "caseFirst", &["upper", "lower", "false"], NAME)?;
    let locale = super::locale::resolve(&requested);
    let numeric = numeric.unwrap_or_else(|| super::locale::extension_of_resolved(&requested, "kn").is_some_and(|value| value == "true"));
    let case_first = case_first.or_else(|| super::locale::extension_of_resolved(&requested, "kf")).unwrap_or_else(|| "false".into());
    let sensitivity = get_string_option(ctx, options, "sensitivity", &["base", "accent", "case", "variant"], NAME)?;
    let ignore_punctuation = get_boolean_option(ctx, options, "ignorePunctuation")?.unwrap_or(false);
    let sensitivity = match sensitivity.as_deref() {
        Some("base") => Sensitivity::Base,
        Some("accent") => Sensitivity::Accent,
        Some("case") => Sensitivity::Case,
        _ => Sensitivity::Variant,
    };
    let options = collation::Options { sensitivity, numeric, ignore_punctuation, upper_first: case_first == "upper" };
    Ok(Collator { locale, usage, options, case_first })
}

fn compare_values(ctx: &mut Context, collator: &Collator, x: Value, y: Value) -> JsResult<Value> {
    let x = conv::to_string(ctx, x)?;
    let y = conv::to_string(ctx, y)?;
    let order = collation::compare_with(&x.get().to_utf16(), &y.get().to_utf16(), &collator.options);
    Ok(Value::number(order as i8 as f64))
}

/// String.prototype.localeCompare ( that [ , locales [ , options ] ] ) (ECMA-402 §19.1.1)
/// for `this` already coerced to `string`.
pub fn compare_strings_js(ctx: &mut Context, string: Value, that: Value, locales: Value, options: Value) -> JsResult<Value> {
    let that = conv::to_string(ctx, that)?;
    let collator = create(ctx, locales, options)?;
    compare_values(ctx, &collator, string, Value::string(that))
}

/// get Intl.Collator.prototype.compare (§10.3.3): a function bound to this collator.
fn compare_getter(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    this_service::<Collator>(ctx, call.this, "Intl.Collator.prototype.compare")?;
    let name = ctx.intern_str("");
    let bound = function::new_native_with_data(ctx, name, 2, bound_compare, false, call.this);
    Ok(Value::object(bound))
}

fn bound_compare(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let collator = this_service::<Collator>(ctx, call.data(), "Intl.Collator.prototype.compare")?;
    compare_values(ctx, &collator, call.arg(0), call.arg(1))
}

/// Intl.Collator.prototype.resolvedOptions ( ) (§10.3.4).
fn resolved_options(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let collator = this_service::<Collator>(ctx, call.this, "Intl.Collator.prototype.resolvedOptions")?;
    let mut out = ObjectWriter::new(ctx);
    out.string(ctx, "locale", &collator.locale)?;
    out.string(ctx, "usage", &collator.usage)?;
    let sensitivity = match collator.options.sensitivity {
        Sensitivity::Base => "base",
        Sensitivity::Accent => "accent",
        Sensitivity::Case => "case",
        Sensitivity::Variant => "variant",
    };
    out.string(ctx, "sensitivity", sensitivity)?;
    out.boolean(ctx, "ignorePunctuation", collator.options.ignore_punctuation)?;
    out.string(ctx, "collation", "default")?;
    out.boolean(ctx, "numeric", collator.options.numeric)?;
    out.string(ctx, "caseFirst", &collator.case_first)?;
    Ok(out.finish())
}
