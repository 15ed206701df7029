//! How the rest of the runtime reaches `Intl` (`builtins::intl`) without linking it: a program
//! contains Intl only when its source names `Intl` or a locale-sensitive method (the compiler
//! lists the runtime feature `feature:intl` in `ProgramInfo::natives`; `realm::initialize`
//! installs it, which registers these hooks). Hello world does not carry Intl's code and data.

use super::intl::date_time_format::{Defaults, Required};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::value::Value;
use std::sync::OnceLock;

/// Intl's entry points for `localeCompare` and the `toLocale*String` methods.
pub struct IntlHooks {
    /// String.prototype.localeCompare(that, locales, options) on `string`.
    pub compare_strings: fn(&mut Context, Value, Value, Value, Value) -> JsResult<Value>,
    /// Number.prototype.toLocaleString(locales, options).
    pub number_to_locale_string: fn(&mut Context, f64, Value, Value) -> JsResult<Value>,
    /// BigInt.prototype.toLocaleString(locales, options).
    pub bigint_to_locale_string: fn(&mut Context, Value, Value, Value) -> JsResult<Value>,
    /// Date.prototype.toLocale{,Date,Time}String(locales, options) of time value `t`.
    pub date_to_locale_string: fn(&mut Context, f64, Value, Value, Required, Defaults) -> JsResult<Value>,
}

static HOOKS: OnceLock<IntlHooks> = OnceLock::new();

/// Registers Intl's entry points (once per process).
pub fn register(hooks: IntlHooks) {
    let _ = HOOKS.set(hooks);
}

/// The hooks, or the TypeError a program built without Intl gets (it reached a locale method
/// through a name the compiler could not see, such as a computed property).
fn hooks(ctx: &mut Context) -> JsResult<&'static IntlHooks> {
    match HOOKS.get() {
        Some(hooks) => Ok(hooks),
        None => ctx.throw_type_error(
            "kiln: Intl is not in this program (no use of Intl, toLocaleString or localeCompare was found when it was built)",
        ),
    }
}

/// See [`IntlHooks::compare_strings`].
pub fn compare_strings(ctx: &mut Context, string: Value, that: Value, locales: Value, options: Value) -> JsResult<Value> {
    (hooks(ctx)?.compare_strings)(ctx, string, that, locales, options)
}

/// See [`IntlHooks::number_to_locale_string`].
pub fn number_to_locale_string(ctx: &mut Context, number: f64, locales: Value, options: Value) -> JsResult<Value> {
    (hooks(ctx)?.number_to_locale_string)(ctx, number, locales, options)
}

/// See [`IntlHooks::bigint_to_locale_string`].
pub fn bigint_to_locale_string(ctx: &mut Context, value: Value, locales: Value, options: Value) -> JsResult<Value> {
    (hooks(ctx)?.bigint_to_locale_string)(ctx, value, locales, options)
}

/// See [`IntlHooks::date_to_locale_string`].
pub fn date_to_locale_string(ctx: &mut Context, t: f64, locales: Value, options: Value, required: Required, defaults: Defaults) -> JsResult<Value> {
    (hooks(ctx)?.date_to_locale_string)(ctx, t, locales, options, required, defaults)
}
