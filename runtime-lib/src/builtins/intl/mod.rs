//! `Intl` (ECMA-402) for the one locale kiln carries data for: English as CLDR has it for
//! `en-US`, the data a node built with only English ICU data would have. Every constructor
//! resolves its locale with the spec's lookup over the available locales `en` and `en-US`;
//! any other requested locale falls back to the default `en-US` (so `new
//! Intl.NumberFormat('de').resolvedOptions().locale` is `'en-US'`, where node with full ICU
//! says `'de'` and formats in German).
//!
//! This module owns the `Intl` object, locale lists (`locale.rs`), option reading and the
//! internal-slot plumbing shared by the services: each service object is an ordinary object
//! whose `ObjectKind::HostData` holds the service's resolved options (plain Rust data, no GC
//! references). The services live one per file; `Number.prototype.toLocaleString`,
//! `Date.prototype.toLocale*String` and `String.prototype.localeCompare` call into them.

mod collator;
mod data;
pub mod date_time_format;
mod display_names;
mod list_format;
mod locale;
pub mod number_format;
mod plural_rules;
mod relative_time_format;
mod segmenter;

use super::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::{describe_value, JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall, NativeFn};
use crate::object::{array, ops, Attributes, JsObject, ObjectKind, PropertyKey};
use crate::value::{conv, Value};

pub use collator::compare_strings_js;
pub use number_format::{bigint_to_locale_string_js, number_to_locale_string_js};

/// The runtime feature `feature:intl` (`builtins::intl_link`): installs `Intl` and registers
/// the entry points of the locale-sensitive methods.
pub fn install(ctx: &mut Context) -> JsResult<Value> {
    init(ctx);
    super::intl_link::register(super::intl_link::IntlHooks {
        compare_strings: compare_strings_js,
        number_to_locale_string: number_to_locale_string_js,
        bigint_to_locale_string: bigint_to_locale_string_js,
        date_to_locale_string: date_time_format::date_to_locale_string_js,
    });
    Ok(Value::UNDEFINED)
}

/// Installs the `Intl` namespace object and its services.
pub fn init(ctx: &mut Context) {
    let object_prototype = ctx.realm.object_prototype;
    let intl = ctx.new_object_with_prototype(Some(object_prototype));
    ObjectBuilder::new(ctx, intl).method("getCanonicalLocales", 1, get_canonical_locales).method("supportedValuesOf", 1, supported_values_of);
    let tag = Value::string(crate::string::from_str(ctx, "Intl"));
    let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);
    ObjectBuilder::new(ctx, intl).define(tag_key, tag, Attributes::READONLY_HIDDEN);
    date_time_format::install(ctx, intl);
    number_format::install(ctx, intl);
    collator::install(ctx, intl);
    plural_rules::install(ctx, intl);
    relative_time_format::install(ctx, intl);
    list_format::install(ctx, intl);
    display_names::install(ctx, intl);
    segmenter::install(ctx, intl);
    crate::realm::define_global(ctx, "Intl", Value::object(intl));
}

/// Intl.getCanonicalLocales ( locales ) (ECMA-402 §8.3.1).
fn get_canonical_locales(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let list = locale::canonicalize_locale_list(ctx, call.arg(0))?;
    strings_to_array(ctx, &list)
}

/// Intl.supportedValuesOf ( key ) (ECMA-402 §8.3.2): the values this implementation supports.
fn supported_values_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let key = conv::to_string(ctx, call.arg(0))?.get().to_rust_string();
    let values: Vec<String> = match key.as_str() {
        "calendar" => vec!["gregory".into()],
        "collation" => vec![],
        "currency" => data::CURRENCIES.iter().map(|entry| entry.0.to_string()).collect(),
        "numberingSystem" => vec!["latn".into()],
        "timeZone" => date_time_format::canonical_zone_names(),
        "unit" => data::UNITS.iter().map(|entry| entry.0.to_string()).collect(),
        _ => return ctx.throw_range_error(&format!("Invalid key : {key}")),
    };
    strings_to_array(ctx, &values)
}

// ------------------------------------------------------------------------------------------
// Shared helpers
// ------------------------------------------------------------------------------------------

/// A JS array of strings.
pub(super) fn strings_to_array(ctx: &mut Context, items: &[String]) -> JsResult<Value> {
    let result = array::from_values(ctx, &[]);
    for item in items {
        let value = Value::string(crate::string::from_str(ctx, item));
        array::push(ctx, result, value)?;
    }
    Ok(Value::object(result))
}

/// A JS string value.
pub(super) fn string_value(ctx: &mut Context, text: &str) -> Value {
    Value::string(crate::string::from_str(ctx, text))
}

/// A prototype member of a service: a method (name, length) or a getter.
pub(super) enum Member {
    Method(&'static str, u32, NativeFn),
    Getter(&'static str, NativeFn),
}

/// Installs constructor `Intl.<name>` with `prototype` (its `[Symbol.toStringTag]` is
/// `Intl.<name>`), the prototype members in order, and `supportedLocalesOf`.
pub(super) fn install_service(
    ctx: &mut Context,
    intl: Gc<JsObject>,
    name: &str,
    length: u32,
    construct: NativeFn,
    members: &[Member],
) -> (Gc<JsObject>, Gc<JsObject>) {
    let object_prototype = ctx.realm.object_prototype;
    let prototype = ctx.new_object_with_prototype(Some(object_prototype));
    let atom = ctx.intern_str(name);
    let constructor = function::new_native_with_data(ctx, atom, length, construct, true, Value::object(prototype));
    let prototype_key = PropertyKey::String(ctx.atoms.prototype);
    ops::define_fresh(ctx, constructor, prototype_key, Value::object(prototype), Attributes::NONE);
    let constructor_key = PropertyKey::String(ctx.atoms.constructor);
    ops::define_fresh(ctx, prototype, constructor_key, Value::object(constructor), Attributes::HIDDEN);
    ObjectBuilder::new(ctx, constructor).method("supportedLocalesOf", 1, supported_locales_of);
    {
        let mut builder = ObjectBuilder::new(ctx, prototype);
        for member in members {
            match *member {
                Member::Method(method, method_length, native) => builder.method(method, method_length, native),
                Member::Getter(getter, native) => builder.accessor(getter, Some(native), None),
            };
        }
    }
    let tag = Value::string(crate::string::from_str(ctx, &format!("Intl.{name}")));
    let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);
    ObjectBuilder::new(ctx, prototype).define(tag_key, tag, Attributes::READONLY_HIDDEN);
    let key = ctx.key(name);
    ops::define_fresh(ctx, intl, key, Value::object(constructor), Attributes::HIDDEN);
    (constructor, prototype)
}

/// `C.supportedLocalesOf(locales, options)` (ECMA-402 §9.2.8): the requested locales that
/// `en` data serves.
fn supported_locales_of(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let requested = locale::canonicalize_locale_list(ctx, call.arg(0))?;
    let options = coerce_options(ctx, call.arg(1), "supportedLocalesOf")?;
    get_string_option(ctx, options, "localeMatcher", &["lookup", "best fit"], "Intl.supportedLocalesOf")?;
    let supported: Vec<String> = requested.into_iter().filter(|tag| locale::best_available(tag).is_some()).collect();
    strings_to_array(ctx, &supported)
}

/// Allocates a service object of `T` for `new_target` (or the callee's prototype), the
/// construct step every Intl constructor starts with.
pub(super) fn new_service<T: 'static>(ctx: &mut Context, call: &NativeCall, data: T) -> JsResult<Value> {
    let default = call.data().as_object().expect("Intl constructors carry their prototype");
    let target = if call.new_target.is_undefined() { call.callee } else { call.new_target };
    let prototype = function::prototype_from_constructor(ctx, target, default)?;
    let shape = ctx.root_shape;
    let object = ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::HostData(Box::new(data))));
    Ok(Value::object(object))
}

/// The service data of `value` when it is a `T` service object.
pub(super) fn service_of<T: Clone + 'static>(value: Value) -> Option<T> {
    let object = value.as_object()?;
    match object.get().kind() {
        ObjectKind::HostData(data) => data.downcast_ref::<T>().cloned(),
        _ => None,
    }
}

/// The service data of `this`, or V8's "incompatible receiver" TypeError naming `method`.
pub(super) fn this_service<T: Clone + 'static>(ctx: &mut Context, this: Value, method: &str) -> JsResult<T> {
    if let Some(data) = service_of::<T>(this) {
        return Ok(data);
    }
    let text = describe_value(ctx, this);
    ctx.throw_type_error(&format!("Method {method} called on incompatible receiver {text}"))
}

/// CoerceOptionsToObject (ECMA-402 §9.2.11): undefined is no options.
pub(super) fn coerce_options(ctx: &mut Context, options: Value, constructor: &str) -> JsResult<Option<Gc<JsObject>>> {
    if options.is_undefined() {
        return Ok(None);
    }
    if options.is_nullish() {
        return ctx.throw_type_error(&format!("{constructor} called on null or undefined"));
    }
    Ok(Some(conv::to_object(ctx, options)?))
}

/// GetOptionsObject (ECMA-402 §9.2.10): undefined is no options; anything else not an object
/// is a TypeError.
pub(super) fn get_options_object(ctx: &mut Context, options: Value) -> JsResult<Option<Gc<JsObject>>> {
    if options.is_undefined() {
        return Ok(None);
    }
    match options.as_object() {
        Some(object) => Ok(Some(object)),
        None => ctx.throw_type_error("Options must be an object"),
    }
}

/// Reads property `name` of the options (undefined when there are none).
pub(super) fn get_raw_option(ctx: &mut Context, options: Option<Gc<JsObject>>, name: &str) -> JsResult<Value> {
    match options {
        Some(object) => {
            let key = ctx.key(name);
            ops::get_property(ctx, object, key)
        }
        None => Ok(Value::UNDEFINED),
    }
}

/// GetOption(options, name, string, allowed, undefined) (ECMA-402 §9.2.12): the string, or
/// None when absent; a value outside `allowed` is V8's RangeError naming `constructor`.
pub(super) fn get_string_option(ctx: &mut Context, options: Option<Gc<JsObject>>, name: &str, allowed: &[&str], constructor: &str) -> JsResult<Option<String>> {
    let value = get_raw_option(ctx, options, name)?;
    if value.is_undefined() {
        return Ok(None);
    }
    let text = conv::to_string(ctx, value)?.get().to_rust_string();
    if !allowed.is_empty() && !allowed.contains(&text.as_str()) {
        return ctx.throw_range_error(&format!("Value {text} out of range for {constructor} options property {name}"));
    }
    Ok(Some(text))
}

/// GetOption(options, name, boolean, empty, undefined).
pub(super) fn get_boolean_option(ctx: &mut Context, options: Option<Gc<JsObject>>, name: &str) -> JsResult<Option<bool>> {
    let value = get_raw_option(ctx, options, name)?;
    if value.is_undefined() {
        return Ok(None);
    }
    Ok(Some(conv::to_boolean(value)))
}

/// DefaultNumberOption (ECMA-402 §9.2.14): an integer in `minimum..=maximum`, or the
/// fallback when undefined.
pub(super) fn default_number_option(ctx: &mut Context, value: Value, minimum: f64, maximum: f64, name: &str) -> JsResult<Option<u32>> {
    if value.is_undefined() {
        return Ok(None);
    }
    let number = conv::to_number(ctx, value)?;
    if number.is_nan() || number < minimum || number > maximum {
        return ctx.throw_range_error(&format!("{name} value is out of range."));
    }
    Ok(Some(number.floor() as u32))
}

/// GetNumberOption (ECMA-402 §9.2.13).
pub(super) fn get_number_option(ctx: &mut Context, options: Option<Gc<JsObject>>, name: &str, minimum: f64, maximum: f64) -> JsResult<Option<u32>> {
    let value = get_raw_option(ctx, options, name)?;
    default_number_option(ctx, value, minimum, maximum, name)
}

/// Builds a plain object with the given properties in order (resolvedOptions, parts).
pub(super) struct ObjectWriter {
    object: Gc<JsObject>,
}

impl ObjectWriter {
    /// A new empty ordinary object.
    pub(super) fn new(ctx: &mut Context) -> ObjectWriter {
        ObjectWriter { object: ctx.new_object() }
    }

    /// Adds `name: value`.
    pub(super) fn value(&mut self, ctx: &mut Context, name: &str, value: Value) -> JsResult<()> {
        let key = ctx.key(name);
        ops::create_data_property_or_throw(ctx, self.object, key, value)
    }

    /// Adds `name: "text"`.
    pub(super) fn string(&mut self, ctx: &mut Context, name: &str, text: &str) -> JsResult<()> {
        let value = string_value(ctx, text);
        self.value(ctx, name, value)
    }

    /// Adds `name: number`.
    pub(super) fn number(&mut self, ctx: &mut Context, name: &str, number: f64) -> JsResult<()> {
        self.value(ctx, name, Value::number(number))
    }

    /// Adds `name: boolean`.
    pub(super) fn boolean(&mut self, ctx: &mut Context, name: &str, flag: bool) -> JsResult<()> {
        self.value(ctx, name, Value::boolean(flag))
    }

    /// The object.
    pub(super) fn finish(self) -> Value {
        Value::object(self.object)
    }
}

/// One piece of formatted output: its `type` and text (formatToParts).
#[derive(Clone, Debug)]
pub struct Part {
    pub kind: &'static str,
    pub value: String,
    /// formatRangeToParts' `source` (`startRange`, `endRange`, `shared`), when set.
    pub source: Option<&'static str>,
}

impl Part {
    pub(super) fn new(kind: &'static str, value: impl Into<String>) -> Part {
        Part { kind, value: value.into(), source: None }
    }
}

/// The parts joined into the formatted string.
pub(super) fn join_parts(parts: &[Part]) -> String {
    parts.iter().map(|part| part.value.as_str()).collect()
}

/// The parts as an array of `{ type, value }` objects (plus `source`, or `unit` for
/// RelativeTimeFormat, when the caller adds it).
pub(super) fn parts_to_array(ctx: &mut Context, parts: &[Part], extra: Option<(&str, &str)>) -> JsResult<Value> {
    let result = array::from_values(ctx, &[]);
    for part in parts {
        let mut writer = ObjectWriter::new(ctx);
        writer.string(ctx, "type", part.kind)?;
        writer.string(ctx, "value", &part.value)?;
        if let Some(source) = part.source {
            writer.string(ctx, "source", source)?;
        }
        if let Some((name, text)) = extra {
            if part.kind != "literal" {
                writer.string(ctx, name, text)?;
            }
        }
        let object = writer.finish();
        array::push(ctx, result, object)?;
    }
    Ok(Value::object(result))
}

/// The locale (and options) arguments every service constructor starts with: the resolved
/// locale, and the options object (None when undefined).
pub(super) fn locale_and_options(ctx: &mut Context, call: &NativeCall, constructor: &str) -> JsResult<(String, Option<Gc<JsObject>>)> {
    let requested = locale::canonicalize_locale_list(ctx, call.arg(0))?;
    let options = coerce_options(ctx, call.arg(1), constructor)?;
    get_string_option(ctx, options, "localeMatcher", &["lookup", "best fit"], constructor)?;
    Ok((locale::resolve(&requested), options))
}
