//! Intl.DisplayNames (ECMA-402 §12): the constructor validates its options as the spec says,
//! but kiln carries no display-name data (language, region, script, currency, calendar and
//! date-field names), so `of` throws an Error saying so.

use super::{Member, get_string_option, install_service, this_service, ObjectWriter};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::NativeCall;
use crate::object::JsObject;
use crate::value::Value;

/// Installs `Intl.DisplayNames`.
pub(super) fn install(ctx: &mut Context, intl: Gc<JsObject>) {
    install_service(ctx, intl, "DisplayNames", 2, construct, &[Member::Method("resolvedOptions", 0, resolved_options), Member::Method("of", 1, of)]);
}

#[derive(Clone)]
struct DisplayNames {
    locale: String,
    style: String,
    kind: String,
    fallback: String,
    language_display: Option<String>,
}

const NAME: &str = "Intl.DisplayNames";

/// Intl.DisplayNames ( locales, options ) (§12.1.1).
fn construct(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if !call.is_construct() {
        return ctx.throw_type_error("Constructor Intl.DisplayNames requires 'new'");
    }
    let requested = super::locale::canonicalize_locale_list(ctx, call.arg(0))?;
    if call.arg(1).is_undefined() {
        return ctx.throw_type_error("invalid_argument");
    }
    let options = super::get_options_object(ctx, call.arg(1))?;
    get_string_option(ctx, options, "localeMatcher", &["lookup", "best fit"], NAME)?;
    let style = get_string_option(ctx, options, "style", &["narrow", "short", "long"], NAME)?.unwrap_or_else(|| "long".into());
    let Some(kind) = get_string_option(ctx, options, "type", &["language", "region", "script", "currency", "calendar", "dateTimeField"], NAME)? else {
        return ctx.throw_type_error("invalid_argument");
    };
    let fallback = get_string_option(ctx, options, "fallback", &["code", "none"], NAME)?.unwrap_or_else(|| "code".into());
    let language_display = get_string_option(ctx, options, "languageDisplay", &["dialect", "standard"], NAME)?;
    let language_display = if kind == "language" { Some(language_display.unwrap_or_else(|| "dialect".into())) } else { None };
    let locale = super::locale::resolve(&requested);
    super::new_service(ctx, call, DisplayNames { locale, style, kind, fallback, language_display })
}

/// Intl.DisplayNames.prototype.of ( code ) (§12.3.3): not available (no display-name data).
fn of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let names = this_service::<DisplayNames>(ctx, call.this, "Intl.DisplayNames.prototype.of")?;
    ctx.throw_error(crate::error::ErrorKind::Error, &format!("kiln: Intl.DisplayNames has no display-name data (type '{}'); only en-US formatting data is built in", names.kind))
}

/// Intl.DisplayNames.prototype.resolvedOptions ( ) (§12.3.4).
fn resolved_options(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let names = this_service::<DisplayNames>(ctx, call.this, "Intl.DisplayNames.prototype.resolvedOptions")?;
    let mut out = ObjectWriter::new(ctx);
    out.string(ctx, "locale", &names.locale)?;
    out.string(ctx, "style", &names.style)?;
    out.string(ctx, "type", &names.kind)?;
    out.string(ctx, "fallback", &names.fallback)?;
    if let Some(display) = &names.language_display {
        out.string(ctx, "languageDisplay", display)?;
    }
    Ok(out.finish())
}
