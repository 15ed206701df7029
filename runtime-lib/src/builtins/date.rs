//! `Date` (§21.4): the constructor, `Date.now/parse/UTC` and Date.prototype's getters,
//! setters and conversions. Time-value arithmetic is in `date_time.rs`, the local zone in
//! `date_zone.rs`, string parsing in `date_parse.rs` and formatting in `date_format.rs`.

use super::builder::{constructor, ObjectBuilder};
use super::date_format;
use super::intl::date_time_format::{Defaults, Required};
use super::date_parse;
use super::date_time::{
    date_from_time, day, hour_from_time, make_date, make_day, make_time, min_from_time, month_from_time, ms_from_time, sec_from_time, time_clip,
    time_within_day, week_day, year_from_time, MS_PER_MINUTE,
};
use super::date_zone::{local_time, utc};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall, NativeFn};
use crate::object::{ops, Attributes, JsObject, ObjectKind, PropertyKey};
use crate::string;
use crate::value::conv::{self, Hint};
use crate::value::Value;

/// Installs `Date` and Date.prototype.
pub fn init(ctx: &mut Context) {
    let object_prototype = ctx.realm.object_prototype;
    let prototype = ctx.new_object_with_prototype(Some(object_prototype));
    ctx.realm.date_prototype = prototype;
    let date = constructor(ctx, "Date", 7, date_constructor, prototype);
    ObjectBuilder::new(ctx, date).method("now", 0, now).method("parse", 1, parse).method("UTC", 7, date_utc);

    // Node's property order.
    let methods: &[(&str, u32, NativeFn)] = &[
        ("toString", 0, to_string),
        ("toDateString", 0, to_date_string),
        ("toTimeString", 0, to_time_string),
        ("toISOString", 0, to_iso_string),
        ("toUTCString", 0, to_utc_string),
    ];
    super::operations::install_methods(ctx, prototype, methods);
    // toGMTString is the same function object as toUTCString (§B.2.3.1).
    let utc_string = super::iterator::method_of(ctx, prototype, "toUTCString");
    ObjectBuilder::new(ctx, prototype).property("toGMTString", Value::object(utc_string), Attributes::HIDDEN);
    let methods: &[(&str, u32, NativeFn)] = &[
        ("getDate", 0, get_date),
        ("setDate", 1, set_date),
        ("getDay", 0, get_day),
        ("getFullYear", 0, get_full_year),
        ("setFullYear", 3, set_full_year),
        ("getHours", 0, get_hours),
        ("setHours", 4, set_hours),
        ("getMilliseconds", 0, get_milliseconds),
        ("setMilliseconds", 1, set_milliseconds),
        ("getMinutes", 0, get_minutes),
        ("setMinutes", 3, set_minutes),
        ("getMonth", 0, get_month),
        ("setMonth", 2, set_month),
        ("getSeconds", 0, get_seconds),
        ("setSeconds", 2, set_seconds),
        ("getTime", 0, get_time),
        ("setTime", 1, set_time),
        ("getTimezoneOffset", 0, get_timezone_offset),
        ("getUTCDate", 0, get_utc_date),
        ("setUTCDate", 1, set_utc_date),
        ("getUTCDay", 0, get_utc_day),
        ("getUTCFullYear", 0, get_utc_full_year),
        ("setUTCFullYear", 3, set_utc_full_year),
        ("getUTCHours", 0, get_utc_hours),
        ("setUTCHours", 4, set_utc_hours),
        ("getUTCMilliseconds", 0, get_utc_milliseconds),
        ("setUTCMilliseconds", 1, set_utc_milliseconds),
        ("getUTCMinutes", 0, get_utc_minutes),
        ("setUTCMinutes", 3, set_utc_minutes),
        ("getUTCMonth", 0, get_utc_month),
        ("setUTCMonth", 2, set_utc_month),
        ("getUTCSeconds", 0, get_utc_seconds),
        ("setUTCSeconds", 2, set_utc_seconds),
        ("valueOf", 0, get_time),
        ("getYear", 0, get_year),
        ("setYear", 1, set_year),
        ("toJSON", 1, to_json),
        ("toLocaleString", 0, to_locale_string),
        ("toLocaleDateString", 0, to_locale_date_string),
        ("toLocaleTimeString", 0, to_locale_time_string),
    ];
    super::operations::install_methods(ctx, prototype, methods);
    // [Symbol.toPrimitive] is not writable (§21.4.4.45).
    let to_primitive_symbol = ctx.symbols.to_primitive;
    let name = ctx.intern_str("[Symbol.toPrimitive]");
    let to_primitive_function = function::new_native(ctx, name, 1, to_primitive, false);
    ObjectBuilder::new(ctx, prototype).define(PropertyKey::Symbol(to_primitive_symbol), Value::object(to_primitive_function), Attributes::READONLY_HIDDEN);
}

/// The [[DateValue]] of `value` if it is a Date.
pub fn time_value_of(value: Value) -> Option<f64> {
    match value.as_object().map(|object| object.get().kind()) {
        Some(ObjectKind::Date(time)) => Some(*time),
        _ => None,
    }
}

/// The current time in milliseconds since the epoch (whole milliseconds, as Date.now).
pub fn current_time() -> f64 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(elapsed) => elapsed.as_millis() as f64,
        Err(before) => -(before.duration().as_millis() as f64),
    }
}

/// util.inspect's rendering of a Date: its ISO string, or `Invalid Date`.
pub fn display_text(object: Gc<JsObject>) -> Option<String> {
    let time = time_value_of(Value::object(object))?;
    Some(if time.is_nan() { "Invalid Date".to_string() } else { date_format::to_iso_string(time) })
}

/// Date ( ...values ) (§21.4.2.1).
fn date_constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if !call.is_construct() {
        let text = date_format::to_date_time_string(current_time());
        return Ok(Value::string(string::from_str(ctx, &text)));
    }
    let time = match call.args.len() {
        0 => current_time(),
        1 => {
            let value = call.arg(0);
            if let Some(time) = time_value_of(value) {
                time
            } else {
                let primitive = conv::to_primitive(ctx, value, Hint::Default)?;
                if let Some(text) = primitive.as_string() {
                    date_parse::parse(&text.get().to_utf16())
                } else {
                    time_clip(conv::to_number(ctx, primitive)?)
                }
            }
        }
        _ => utc(date_from_components(ctx, call.args)?),
    };
    let default = ctx.realm.date_prototype;
    let prototype = function::prototype_from_constructor(ctx, call.new_target, default)?;
    let shape = ctx.root_shape;
    let date = ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::Date(time_clip(time))));
    Ok(Value::object(date))
}

/// The shared steps of `new Date(y, m, ...)` and `Date.UTC`: ToNumber of each component in
/// order, two-digit years mean 19xx, and MakeDate (the result is not yet clipped or converted).
fn date_from_components(ctx: &mut Context, args: &[Value]) -> JsResult<f64> {
    let mut fields = [f64::NAN, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0];
    for (index, field) in fields.iter_mut().enumerate() {
        if let Some(&value) = args.get(index) {
            *field = conv::to_number(ctx, value)?;
        }
    }
    let [year, month, date, hours, minutes, seconds, milliseconds] = fields;
    let mut full_year = year;
    if !year.is_nan() {
        let integer = year.trunc();
        if (0.0..=99.0).contains(&integer) {
            full_year = 1900.0 + integer;
        }
    }
    Ok(make_date(make_day(full_year, month, date), make_time(hours, minutes, seconds, milliseconds)))
}

/// Date.now ( ) (§21.4.3.1).
fn now(_ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(Value::number(current_time()))
}

/// Date.parse ( string ) (§21.4.3.2).
fn parse(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let text = conv::to_string(ctx, call.arg(0))?;
    Ok(Value::number(date_parse::parse(&text.get().to_utf16())))
}

/// Date.UTC ( year [ , month [ , date [ , hours [ , minutes [ , seconds [ , ms ] ] ] ] ] ] )
/// (§21.4.3.4).
fn date_utc(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let time = date_from_components(ctx, call.args)?;
    Ok(Value::number(time_clip(time)))
}

// ---- this-value checks ----

/// thisTimeValue for the getters: V8's "this is not a Date object."
fn this_time(ctx: &mut Context, this: Value) -> JsResult<f64> {
    match time_value_of(this) {
        Some(time) => Ok(time),
        None => ctx.throw_type_error("this is not a Date object."),
    }
}

/// The Date `this` for methods V8 reports as "Method Date.prototype.x called on incompatible
/// receiver".
fn this_date(ctx: &mut Context, this: Value, method: &str) -> JsResult<(Gc<JsObject>, f64)> {
    match (this.as_object(), time_value_of(this)) {
        (Some(object), Some(time)) => Ok((object, time)),
        _ => super::regexp::incompatible(ctx, &format!("Date.prototype.{method}"), this),
    }
}

/// Stores a new [[DateValue]] and returns it.
fn store(date: Gc<JsObject>, time: f64) -> Value {
    let time = time_clip(time);
    if let Some(ObjectKind::Date(slot)) = date.get_mut().kind_mut() {
        *slot = time;
    }
    Value::number(time)
}

// ---- getters ----

macro_rules! getters {
    ($($function:ident => $local:expr, $field:expr;)*) => {
        $(
            fn $function(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
                let time = this_time(ctx, call.this)?;
                if time.is_nan() {
                    return Ok(Value::number(f64::NAN));
                }
                let time = if $local { local_time(time) } else { time };
                Ok(Value::number($field(time)))
            }
        )*
    };
}

getters! {
    get_date => true, date_from_time;
    get_day => true, week_day;
    get_full_year => true, year_from_time;
    get_hours => true, hour_from_time;
    get_milliseconds => true, ms_from_time;
    get_minutes => true, min_from_time;
    get_month => true, month_from_time;
    get_seconds => true, sec_from_time;
    get_utc_date => false, date_from_time;
    get_utc_day => false, week_day;
    get_utc_full_year => false, year_from_time;
    get_utc_hours => false, hour_from_time;
    get_utc_milliseconds => false, ms_from_time;
    get_utc_minutes => false, min_from_time;
    get_utc_month => false, month_from_time;
    get_utc_seconds => false, sec_from_time;
}

/// Date.prototype.getTime / valueOf (§21.4.4.10, §21.4.4.44).
fn get_time(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::number(this_time(ctx, call.this)?))
}

/// Date.prototype.getTimezoneOffset (§21.4.4.11): whole minutes, positive west of UTC.
fn get_timezone_offset(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let time = this_time(ctx, call.this)?;
    if time.is_nan() {
        return Ok(Value::number(f64::NAN));
    }
    // V8 divides whole milliseconds by 60,000 in integers: zones with second offsets (local
    // mean time before 1900) give truncated minutes.
    Ok(Value::number(((time - local_time(time)) / MS_PER_MINUTE).trunc() + 0.0))
}

/// Date.prototype.getYear (§B.2.3.1).
fn get_year(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (_, time) = this_date(ctx, call.this, "getYear")?;
    if time.is_nan() {
        return Ok(Value::number(f64::NAN));
    }
    Ok(Value::number(year_from_time(local_time(time)) - 1900.0))
}

// ---- setters ----

/// ToNumber of argument `index` if it was passed. (V8 converts the arguments after the first
/// only when the date is valid; node is the reference, so the setters do the same.)
fn optional_number(ctx: &mut Context, call: &NativeCall, index: usize) -> JsResult<Option<f64>> {
    if index < call.args.len() {
        Ok(Some(conv::to_number(ctx, call.args[index])?))
    } else {
        Ok(None)
    }
}

/// Converts to local time for the local setters, or leaves UTC.
fn to_frame(time: f64, local: bool) -> f64 {
    if local {
        local_time(time)
    } else {
        time
    }
}

/// Converts a frame time back to a time value.
fn from_frame(time: f64, local: bool) -> f64 {
    if local {
        utc(time)
    } else {
        time
    }
}

/// setMilliseconds/setUTCMilliseconds (§21.4.4.23).
fn set_milliseconds_in(ctx: &mut Context, call: &NativeCall, local: bool, method: &str) -> JsResult<Value> {
    let (date, time) = this_date(ctx, call.this, method)?;
    let ms = conv::to_number(ctx, call.arg(0))?;
    if time.is_nan() {
        return Ok(Value::number(f64::NAN));
    }
    let t = to_frame(time, local);
    let new_time = make_time(hour_from_time(t), min_from_time(t), sec_from_time(t), ms);
    Ok(store(date, from_frame(make_date(day(t), new_time), local)))
}

/// setSeconds/setUTCSeconds (§21.4.4.26).
fn set_seconds_in(ctx: &mut Context, call: &NativeCall, local: bool, method: &str) -> JsResult<Value> {
    let (date, time) = this_date(ctx, call.this, method)?;
    let s = conv::to_number(ctx, call.arg(0))?;
    if time.is_nan() {
        return Ok(Value::number(f64::NAN));
    }
    let milli = optional_number(ctx, call, 1)?;
    let t = to_frame(time, local);
    let new_time = make_time(hour_from_time(t), min_from_time(t), s, milli.unwrap_or_else(|| ms_from_time(t)));
    Ok(store(date, from_frame(make_date(day(t), new_time), local)))
}

/// setMinutes/setUTCMinutes (§21.4.4.24).
fn set_minutes_in(ctx: &mut Context, call: &NativeCall, local: bool, method: &str) -> JsResult<Value> {
    let (date, time) = this_date(ctx, call.this, method)?;
    let m = conv::to_number(ctx, call.arg(0))?;
    if time.is_nan() {
        return Ok(Value::number(f64::NAN));
    }
    let s = optional_number(ctx, call, 1)?;
    let milli = optional_number(ctx, call, 2)?;
    let t = to_frame(time, local);
    let new_time = make_time(hour_from_time(t), m, s.unwrap_or_else(|| sec_from_time(t)), milli.unwrap_or_else(|| ms_from_time(t)));
    Ok(store(date, from_frame(make_date(day(t), new_time), local)))
}

/// setHours/setUTCHours (§21.4.4.22).
fn set_hours_in(ctx: &mut Context, call: &NativeCall, local: bool, method: &str) -> JsResult<Value> {
    let (date, time) = this_date(ctx, call.this, method)?;
    let h = conv::to_number(ctx, call.arg(0))?;
    if time.is_nan() {
        return Ok(Value::number(f64::NAN));
    }
    let m = optional_number(ctx, call, 1)?;
    let s = optional_number(ctx, call, 2)?;
    let milli = optional_number(ctx, call, 3)?;
    let t = to_frame(time, local);
    let new_time = make_time(
        h,
        m.unwrap_or_else(|| min_from_time(t)),
        s.unwrap_or_else(|| sec_from_time(t)),
        milli.unwrap_or_else(|| ms_from_time(t)),
    );
    Ok(store(date, from_frame(make_date(day(t), new_time), local)))
}

/// setDate/setUTCDate (§21.4.4.20).
fn set_date_in(ctx: &mut Context, call: &NativeCall, local: bool, method: &str) -> JsResult<Value> {
    let (date, time) = this_date(ctx, call.this, method)?;
    let dt = conv::to_number(ctx, call.arg(0))?;
    if time.is_nan() {
        return Ok(Value::number(f64::NAN));
    }
    let t = to_frame(time, local);
    let new_date = make_date(make_day(year_from_time(t), month_from_time(t), dt), time_within_day(t));
    Ok(store(date, from_frame(new_date, local)))
}

/// setMonth/setUTCMonth (§21.4.4.25).
fn set_month_in(ctx: &mut Context, call: &NativeCall, local: bool, method: &str) -> JsResult<Value> {
    let (date, time) = this_date(ctx, call.this, method)?;
    let m = conv::to_number(ctx, call.arg(0))?;
    if time.is_nan() {
        return Ok(Value::number(f64::NAN));
    }
    let dt = optional_number(ctx, call, 1)?;
    let t = to_frame(time, local);
    let new_date = make_date(make_day(year_from_time(t), m, dt.unwrap_or_else(|| date_from_time(t))), time_within_day(t));
    Ok(store(date, from_frame(new_date, local)))
}

/// setFullYear/setUTCFullYear (§21.4.4.21): an invalid date counts as +0.
fn set_full_year_in(ctx: &mut Context, call: &NativeCall, local: bool, method: &str) -> JsResult<Value> {
    let (date, time) = this_date(ctx, call.this, method)?;
    let y = conv::to_number(ctx, call.arg(0))?;
    let t = if time.is_nan() { 0.0 } else { to_frame(time, local) };
    let m = optional_number(ctx, call, 1)?;
    let dt = optional_number(ctx, call, 2)?;
    let new_date = make_date(
        make_day(y, m.unwrap_or_else(|| month_from_time(t)), dt.unwrap_or_else(|| date_from_time(t))),
        time_within_day(t),
    );
    Ok(store(date, from_frame(new_date, local)))
}

macro_rules! setters {
    ($($function:ident => $implementation:ident, $local:expr, $name:literal;)*) => {
        $(
            #[doc = concat!("Date.prototype.", $name, ".")]
            fn $function(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
                $implementation(ctx, call, $local, $name)
            }
        )*
    };
}

setters! {
    set_milliseconds => set_milliseconds_in, true, "setMilliseconds";
    set_utc_milliseconds => set_milliseconds_in, false, "setUTCMilliseconds";
    set_seconds => set_seconds_in, true, "setSeconds";
    set_utc_seconds => set_seconds_in, false, "setUTCSeconds";
    set_minutes => set_minutes_in, true, "setMinutes";
    set_utc_minutes => set_minutes_in, false, "setUTCMinutes";
    set_hours => set_hours_in, true, "setHours";
    set_utc_hours => set_hours_in, false, "setUTCHours";
    set_date => set_date_in, true, "setDate";
    set_utc_date => set_date_in, false, "setUTCDate";
    set_month => set_month_in, true, "setMonth";
    set_utc_month => set_month_in, false, "setUTCMonth";
    set_full_year => set_full_year_in, true, "setFullYear";
    set_utc_full_year => set_full_year_in, false, "setUTCFullYear";
}

/// Date.prototype.setTime ( time ) (§21.4.4.27).
fn set_time(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (date, _) = this_date(ctx, call.this, "setTime")?;
    let time = conv::to_number(ctx, call.arg(0))?;
    Ok(store(date, time))
}

/// Date.prototype.setYear ( year ) (§B.2.3.2).
fn set_year(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (date, time) = this_date(ctx, call.this, "setYear")?;
    let y = conv::to_number(ctx, call.arg(0))?;
    let t = if time.is_nan() { 0.0 } else { local_time(time) };
    if y.is_nan() {
        return Ok(store(date, f64::NAN));
    }
    let integer = y.trunc();
    let year = if (0.0..=99.0).contains(&integer) { 1900.0 + integer } else { y };
    let new_date = make_date(make_day(year, month_from_time(t), date_from_time(t)), time_within_day(t));
    Ok(store(date, utc(new_date)))
}

// ---- conversions ----

/// A string result from Rust text.
fn text(ctx: &mut Context, text: &str) -> Value {
    Value::string(string::from_str(ctx, text))
}

/// The shared shape of the string conversions: `Invalid Date` for NaN.
fn format_with(ctx: &mut Context, this: Value, method: &str, formatter: fn(f64) -> String) -> JsResult<Value> {
    let (_, time) = this_date(ctx, this, method)?;
    if time.is_nan() {
        return Ok(text(ctx, "Invalid Date"));
    }
    Ok(text(ctx, &formatter(time)))
}

/// Date.prototype.toString (§21.4.4.41).
fn to_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    format_with(ctx, call.this, "toString", date_format::to_date_time_string)
}

/// Date.prototype.toDateString (§21.4.4.35).
fn to_date_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    format_with(ctx, call.this, "toDateString", date_format::to_date_string)
}

/// Date.prototype.toTimeString (§21.4.4.42).
fn to_time_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    format_with(ctx, call.this, "toTimeString", date_format::to_time_string)
}

/// Date.prototype.toUTCString (§21.4.4.43).
fn to_utc_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    format_with(ctx, call.this, "toUTCString", date_format::to_utc_string)
}

/// Date.prototype.toLocaleString ( [ locales [ , options ] ] ) (ECMA-402 §20.4.1).
fn to_locale_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    locale_format(ctx, call, "toLocaleString", Required::Any, Defaults::All)
}

/// Date.prototype.toLocaleDateString ( [ locales [ , options ] ] ) (ECMA-402 §20.4.2).
fn to_locale_date_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    locale_format(ctx, call, "toLocaleDateString", Required::Date, Defaults::Date)
}

/// Date.prototype.toLocaleTimeString ( [ locales [ , options ] ] ) (ECMA-402 §20.4.3).
fn to_locale_time_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    locale_format(ctx, call, "toLocaleTimeString", Required::Time, Defaults::Time)
}

/// Formats through `Intl.DateTimeFormat` (`builtins::intl`); an invalid date is `Invalid Date`.
fn locale_format(ctx: &mut Context, call: &NativeCall, method: &str, required: Required, defaults: Defaults) -> JsResult<Value> {
    let (_, time) = this_date(ctx, call.this, method)?;
    if time.is_nan() {
        return Ok(text(ctx, "Invalid Date"));
    }
    super::intl_link::date_to_locale_string(ctx, time, call.arg(0), call.arg(1), required, defaults)
}

/// Date.prototype.toISOString (§21.4.4.36): RangeError for an invalid date.
fn to_iso_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (_, time) = this_date(ctx, call.this, "toISOString")?;
    if time.is_nan() {
        return ctx.throw_range_error("Invalid time value");
    }
    Ok(text(ctx, &date_format::to_iso_string(time)))
}

/// Date.prototype.toJSON ( key ) (§21.4.4.37): generic; null for a non-finite time.
fn to_json(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = conv::to_object(ctx, call.this)?;
    let primitive = conv::to_primitive(ctx, Value::object(object), Hint::Number)?;
    if let Some(number) = primitive.as_number() {
        if !number.is_finite() {
            return Ok(Value::NULL);
        }
    }
    let key = ctx.key("toISOString");
    let method = ops::get_property(ctx, object, key)?;
    if !method.is_callable() {
        return ctx.throw_type_error("toISOString is not a function");
    }
    function::call(ctx, method, Value::object(object), &[])
}

/// Date.prototype [ @@toPrimitive ] ( hint ) (§21.4.4.45).
fn to_primitive(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(object) = call.this.as_object() else {
        return super::regexp::incompatible(ctx, "Date.prototype [ @@toPrimitive ]", call.this);
    };
    let hint = call.arg(0);
    let hint_text = hint.as_string().map(|hint| hint.get().to_rust_string());
    let try_first = match hint_text.as_deref() {
        Some("string") | Some("default") => Hint::String,
        Some("number") => Hint::Number,
        _ => {
            let shown = crate::error::primitive_text(ctx, hint);
            return ctx.throw_type_error(&format!("Invalid hint: {shown}"));
        }
    };
    conv::ordinary_to_primitive(ctx, object, try_first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::date_zone::offset_at_utc;

    #[test]
    fn offsets_round_trip_through_utc() {
        for time in [0.0, 1_583_575_200_000.0, -1e12, 1e13] {
            assert_eq!(utc(local_time(time)), time);
            assert_eq!(local_time(time) - time, offset_at_utc(time));
        }
    }
}
