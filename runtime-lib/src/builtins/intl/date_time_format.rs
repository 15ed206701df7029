//! Intl.DateTimeFormat (ECMA-402 §11) with English's (en-US) patterns: the date and time
//! styles, the component options combined as ICU's pattern generator does for `en`, 12- and
//! 24-hour cycles, time zone names, `formatToParts`, `formatRange` (ICU's interval patterns for
//! the common shapes) and `resolvedOptions`. Time zones are IANA names resolved against the
//! list node accepts (`data.rs`), with rules read from the system tz database through `tz-rs`;
//! the default zone is the one `Date` uses (`date_zone`). `Date.prototype.toLocaleString` and
//! friends format through here.
//!
//! node prints an ordinary space before AM/PM in `format` (V8 replaces ICU's U+202F) but keeps
//! U+202F in `formatRange`; both are reproduced.

use super::{Member, data, get_boolean_option, get_number_option, get_string_option, install_service, join_parts, parts_to_array, string_value, this_service, ObjectWriter, Part};
use crate::builtins::date_time::{date_from_time, hour_from_time, min_from_time, month_from_time, ms_from_time, sec_from_time, time_clip, week_day, year_from_time};
use crate::builtins::date_zone;
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall};
use crate::object::JsObject;
use crate::value::{conv, Value};
use std::cell::RefCell;
use std::collections::HashMap;

/// Installs `Intl.DateTimeFormat`.
pub(super) fn install(ctx: &mut Context, intl: Gc<JsObject>) {
    install_service(
        ctx,
        intl,
        "DateTimeFormat",
        0,
        construct,
        &[Member::Method("resolvedOptions", 0, resolved_options), Member::Method("formatToParts", 1, format_to_parts), Member::Getter("format", format_getter), Member::Method("formatRange", 2, format_range), Member::Method("formatRangeToParts", 2, format_range_to_parts)]);
}

/// Which components a caller needs and which it fills in by default (ToDateTimeOptions).
#[derive(Clone, Copy, PartialEq)]
pub enum Required {
    /// Any component will do (the constructor, toLocaleString).
    Any,
    /// Date components (toLocaleDateString).
    Date,
    /// Time components (toLocaleTimeString).
    Time,
}

#[derive(Clone, Copy, PartialEq)]
pub enum Defaults {
    Date,
    Time,
    All,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum HourCycle {
    H11,
    H12,
    H23,
    H24,
}

impl HourCycle {
    fn name(self) -> &'static str {
        match self {
            HourCycle::H11 => "h11",
            HourCycle::H12 => "h12",
            HourCycle::H23 => "h23",
            HourCycle::H24 => "h24",
        }
    }
}

/// The resolved options of a DateTimeFormat.
#[derive(Clone, Debug)]
pub struct DateTimeFormat {
    locale: String,
    time_zone: String,
    hour_cycle: Option<HourCycle>,
    weekday: Option<String>,
    era: Option<String>,
    year: Option<String>,
    month: Option<String>,
    day: Option<String>,
    hour: Option<String>,
    minute: Option<String>,
    second: Option<String>,
    fractional: u32,
    time_zone_name: Option<String>,
    date_style: Option<String>,
    time_style: Option<String>,
}

const NAME: &str = "Intl.DateTimeFormat";

/// Intl.DateTimeFormat ( [ locales [ , options ] ] ) (§11.1.1): callable without `new`.
fn construct(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let format = create(ctx, call.arg(0), call.arg(1), Required::Any, Defaults::Date)?;
    super::new_service(ctx, call, format)
}

/// CreateDateTimeFormat (§11.1.2).
pub fn create(ctx: &mut Context, locales: Value, options: Value, required: Required, defaults: Defaults) -> JsResult<DateTimeFormat> {
    let requested = super::locale::canonicalize_locale_list(ctx, locales)?;
    let options = super::coerce_options(ctx, options, NAME)?;
    get_string_option(ctx, options, "localeMatcher", &["lookup", "best fit"], NAME)?;
    let calendar = get_string_option(ctx, options, "calendar", &[], NAME)?;
    if calendar.is_some_and(|name| name.is_empty() || !name.split('-').all(|part| (3..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric()))) {
        return ctx.throw_range_error("Invalid calendar");
    }
    let numbering = get_string_option(ctx, options, "numberingSystem", &[], NAME)?;
    if numbering.is_some_and(|name| name.is_empty()) {
        return ctx.throw_range_error("Invalid numberingSystem");
    }
    let hour12 = get_boolean_option(ctx, options, "hour12")?;
    let hour_cycle_option = get_string_option(ctx, options, "hourCycle", &["h11", "h12", "h23", "h24"], NAME)?;
    let locale = super::locale::resolve(&requested);
    let extension_cycle = super::locale::extension_of_resolved(&requested, "hc");
    let time_zone_value = super::get_raw_option(ctx, options, "timeZone")?;
    let time_zone = if time_zone_value.is_undefined() {
        default_time_zone()
    } else {
        let name = conv::to_string(ctx, time_zone_value)?.get().to_rust_string();
        match canonicalize_time_zone(&name) {
            Some(canonical) => canonical,
            None => return ctx.throw_range_error(&format!("Invalid time zone specified: {name}")),
        }
    };
    let text = ["narrow", "short", "long"];
    let numeric = ["2-digit", "numeric"];
    let weekday = get_string_option(ctx, options, "weekday", &text, NAME)?;
    let era = get_string_option(ctx, options, "era", &text, NAME)?;
    let year = get_string_option(ctx, options, "year", &numeric, NAME)?;
    let month = get_string_option(ctx, options, "month", &["2-digit", "numeric", "narrow", "short", "long"], NAME)?;
    let day = get_string_option(ctx, options, "day", &numeric, NAME)?;
    let day_period = get_string_option(ctx, options, "dayPeriod", &text, NAME)?;
    let hour = get_string_option(ctx, options, "hour", &numeric, NAME)?;
    let minute = get_string_option(ctx, options, "minute", &numeric, NAME)?;
    let second = get_string_option(ctx, options, "second", &numeric, NAME)?;
    let fractional = get_number_option(ctx, options, "fractionalSecondDigits", 1.0, 3.0)?;
    let time_zone_name = get_string_option(ctx, options, "timeZoneName", &["short", "long", "shortOffset", "longOffset", "shortGeneric", "longGeneric"], NAME)?;
    get_string_option(ctx, options, "formatMatcher", &["basic", "best fit"], NAME)?;
    let date_style = get_string_option(ctx, options, "dateStyle", &["full", "long", "medium", "short"], NAME)?;
    let time_style = get_string_option(ctx, options, "timeStyle", &["full", "long", "medium", "short"], NAME)?;
    let mut format = DateTimeFormat {
        locale,
        time_zone,
        hour_cycle: None,
        weekday,
        era,
        year,
        month,
        day,
        hour,
        minute,
        second,
        fractional: fractional.unwrap_or(0),
        time_zone_name,
        date_style,
        time_style,
    };
    if format.date_style.is_some() || format.time_style.is_some() {
        let explicit = [
            ("weekday", format.weekday.is_some()),
            ("era", format.era.is_some()),
            ("year", format.year.is_some()),
            ("month", format.month.is_some()),
            ("day", format.day.is_some()),
            ("dayPeriod", day_period.is_some()),
            ("hour", format.hour.is_some()),
            ("minute", format.minute.is_some()),
            ("second", format.second.is_some()),
            ("fractionalSecondDigits", format.fractional > 0),
            ("timeZoneName", format.time_zone_name.is_some()),
        ];
        if let Some((name, _)) = explicit.iter().find(|entry| entry.1) {
            let style = if format.date_style.is_some() { "dateStyle" } else { "timeStyle" };
            return ctx.throw_type_error(&format!("Can't set option {name} when {style} is used"));
        }
        if required == Required::Date && format.date_style.is_none() {
            return ctx.throw_type_error("Invalid option : timeStyle");
        }
        if required == Required::Time && format.time_style.is_none() {
            return ctx.throw_type_error("Invalid option : dateStyle");
        }
    } else {
        let has_date = format.weekday.is_some() || format.year.is_some() || format.month.is_some() || format.day.is_some();
        let has_time = day_period.is_some() || format.hour.is_some() || format.minute.is_some() || format.second.is_some() || format.fractional > 0;
        let need_defaults = match required {
            Required::Date => !has_date,
            Required::Time => !has_time,
            Required::Any => !has_date && !has_time,
        };
        if need_defaults {
            if matches!(defaults, Defaults::Date | Defaults::All) {
                format.year = Some("numeric".into());
                format.month = Some("numeric".into());
                format.day = Some("numeric".into());
            }
            if matches!(defaults, Defaults::Time | Defaults::All) {
                format.hour = Some("numeric".into());
                format.minute = Some("numeric".into());
                format.second = Some("numeric".into());
            }
        }
    }
    if format.hour.is_some() || format.time_style.is_some() {
        let cycle = match hour12 {
            Some(true) => HourCycle::H12,
            // V8 keeps ES2021's rule: hour12 false in a 12-hour locale is h24.
            Some(false) => HourCycle::H24,
            None => match hour_cycle_option.as_deref().or(extension_cycle.as_deref()) {
                Some("h11") => HourCycle::H11,
                Some("h23") => HourCycle::H23,
                Some("h24") => HourCycle::H24,
                _ => HourCycle::H12,
            },
        };
        format.hour_cycle = Some(cycle);
        if matches!(cycle, HourCycle::H23 | HourCycle::H24) && format.hour.is_some() {
            format.hour = Some("2-digit".into());
        }
    }
    // ICU's en patterns pad minutes and seconds next to another time field.
    if format.minute.is_some() && (format.hour.is_some() || format.second.is_some()) {
        format.minute = Some("2-digit".into());
    }
    if format.second.is_some() && (format.minute.is_some() || format.hour.is_some()) {
        format.second = Some("2-digit".into());
    }
    Ok(format)
}

// ------------------------------------------------------------------------------------------
// Time zones
// ------------------------------------------------------------------------------------------

/// The canonical name of the time zone `name` (case-insensitive), if node accepts it.
fn canonicalize_time_zone(name: &str) -> Option<String> {
    let found = data::ZONE_NAMES.iter().find(|zone| zone.eq_ignore_ascii_case(name))?;
    let canonical = data::ZONE_ALIASES.binary_search_by(|entry| entry.0.cmp(found)).map(|index| data::ZONE_ALIASES[index].1).unwrap_or(found);
    Some(canonical.to_string())
}

/// The canonical zone names, for `Intl.supportedValuesOf('timeZone')`.
pub(super) fn canonical_zone_names() -> Vec<String> {
    data::ZONE_DISPLAY.iter().map(|entry| entry.0.to_string()).filter(|name| name != "UTC" && !name.starts_with("Etc/")).collect()
}

/// DefaultTimeZone: the zone `Date` uses, by its canonical name (UTC when unknown).
fn default_time_zone() -> String {
    date_zone::local_zone_name().and_then(|name| canonicalize_time_zone(&name)).unwrap_or_else(|| "UTC".to_string())
}

thread_local! {
    static RULES: RefCell<HashMap<String, Option<tz::TimeZone>>> = RefCell::new(HashMap::new());
}

/// The offset from UTC (ms) of `zone` at time value `t`.
fn offset_in(zone: &str, t: f64) -> f64 {
    zone_type_at(zone, t).0
}

/// The offset from UTC (ms) of `zone` at time value `t`, and whether it is daylight time.
fn zone_type_at(zone: &str, t: f64) -> (f64, bool) {
    if zone == "UTC" {
        return (0.0, false);
    }
    if Some(zone.to_string()) == date_zone::local_zone_name().and_then(|name| canonicalize_time_zone(&name)) {
        return date_zone::local_type_at(t);
    }
    RULES.with(|rules| {
        let mut rules = rules.borrow_mut();
        let entry = rules.entry(zone.to_string()).or_insert_with(|| {
            let direct = tz::TimeZone::from_posix_tz(zone).ok();
            direct.or_else(|| {
                // A canonical ICU name the tz database only has under an alias (Asia/Calcutta).
                data::ZONE_ALIASES.iter().filter(|entry| entry.1 == zone).find_map(|entry| tz::TimeZone::from_posix_tz(entry.0).ok())
            })
        });
        match entry {
            Some(rules) => {
                let seconds = (t / 1000.0).floor() as i64;
                rules.find_local_time_type(seconds).map(|local| (local.ut_offset() as f64 * 1000.0, local.is_dst())).unwrap_or((0.0, false))
            }
            None => (0.0, false),
        }
    })
}

/// `GMT-5`, `GMT+5:30`, `GMT+0` (short) or `GMT-05:00` (long); local mean time offsets
/// keep their seconds (`GMT+5:53:28`).
fn offset_name(offset: f64, long: bool) -> String {
    let total = (offset / 1000.0).round() as i64;
    let sign = if total < 0 { '-' } else { '+' };
    let (hours, minutes, seconds) = (total.abs() / 3600, total.abs() / 60 % 60, total.abs() % 60);
    let mut text = if long { format!("GMT{sign}{hours:02}:{minutes:02}") } else if minutes == 0 && seconds == 0 { format!("GMT{sign}{hours}") } else { format!("GMT{sign}{hours}:{minutes:02}") };
    if seconds != 0 {
        text.push_str(&format!(":{seconds:02}"));
    }
    text
}

/// The time zone name of `style` for `zone` at `t`.
fn zone_name(zone: &str, t: f64, style: &str) -> String {
    let (offset, is_dst) = zone_type_at(zone, t);
    let entry = data::ZONE_DISPLAY.binary_search_by(|entry| entry.0.cmp(zone)).ok().map(|index| data::ZONE_DISPLAY[index]);
    let pick = |january: &'static str, july: &'static str| -> Option<&'static str> {
        // The table's names are for 2024's offsets: this offset must be one of them, with the
        // same daylight-saving state, in the years ICU maps the zone to names.
        // 1850, the first year probed, stands for "always".
        let since = entry.map_or(2024, |entry| entry.7);
        if since > 1850 && year_from_time(t) < since as f64 {
            return None;
        }
        let (january_offset, january_dst) = zone_type_at(zone, 1_705_320_000_000.0);
        let (july_offset, july_dst) = zone_type_at(zone, 1_721_044_800_000.0);
        let name = if offset == january_offset && is_dst == january_dst {
            january
        } else if offset == july_offset && is_dst == july_dst {
            july
        } else {
            ""
        };
        (!name.is_empty()).then_some(name)
    };
    let named = match (style, entry) {
        ("short", Some(entry)) => pick(entry.1, entry.2),
        ("long", Some(entry)) => pick(entry.5, entry.6),
        ("shortGeneric", Some(entry)) => (!entry.3.is_empty()).then_some(entry.3),
        ("longGeneric", Some(entry)) => (!entry.4.is_empty()).then_some(entry.4),
        _ => None,
    };
    match named {
        Some(name) => name.to_string(),
        None => offset_name(offset, matches!(style, "long" | "longOffset" | "longGeneric")),
    }
}

// ------------------------------------------------------------------------------------------
// Formatting
// ------------------------------------------------------------------------------------------

const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/// The calendar fields of one instant in the format's zone.
struct Fields {
    year: i64,
    month: usize,
    day: i64,
    weekday: usize,
    hour: i64,
    minute: i64,
    second: i64,
    millisecond: i64,
    t: f64,
}

impl DateTimeFormat {
    fn fields(&self, t: f64) -> Fields {
        let local = t + offset_in(&self.time_zone, t);
        Fields {
            year: year_from_time(local) as i64,
            month: month_from_time(local) as usize,
            day: date_from_time(local) as i64,
            weekday: week_day(local) as usize,
            hour: hour_from_time(local) as i64,
            minute: min_from_time(local) as i64,
            second: sec_from_time(local) as i64,
            millisecond: ms_from_time(local) as i64,
            t,
        }
    }

    fn has_time(&self) -> bool {
        self.hour.is_some() || self.minute.is_some() || self.second.is_some() || self.fractional > 0 || self.time_style.is_some()
    }

    fn has_date(&self) -> bool {
        self.weekday.is_some() || self.era.is_some() || self.year.is_some() || self.month.is_some() || self.day.is_some() || self.date_style.is_some()
    }

    /// The date parts (no time), in en's pattern for the requested fields.
    fn date_parts(&self, fields: &Fields) -> Vec<Part> {
        let (weekday, era, year, month, day) = match self.date_style.as_deref() {
            Some("full") => (Some("long"), None, Some("numeric"), Some("long"), Some("numeric")),
            Some("long") => (None, None, Some("numeric"), Some("long"), Some("numeric")),
            Some("medium") => (None, None, Some("numeric"), Some("short"), Some("numeric")),
            Some(_) => (None, None, Some("2-digit"), Some("numeric"), Some("numeric")),
            None => (self.weekday.as_deref(), self.era.as_deref(), self.year.as_deref(), self.month.as_deref(), self.day.as_deref()),
        };
        let era_year = if fields.year <= 0 { 1 - fields.year } else { fields.year };
        let year_part = year.map(|style| Part::new("year", if style == "2-digit" { format!("{:02}", era_year % 100) } else { era_year.to_string() }));
        let textual = month.is_some_and(|style| !matches!(style, "numeric" | "2-digit"));
        let month_part = month.map(|style| {
            let name = MONTHS[fields.month];
            Part::new(
                "month",
                match style {
                    "long" => name.to_string(),
                    "short" => name[..3].to_string(),
                    "narrow" => name[..1].to_string(),
                    "2-digit" => format!("{:02}", fields.month + 1),
                    _ => (fields.month + 1).to_string(),
                },
            )
        });
        let day_part = day.map(|style| Part::new("day", if style == "2-digit" { format!("{:02}", fields.day) } else { fields.day.to_string() }));
        let weekday_part = weekday.map(|style| {
            let name = WEEKDAYS[fields.weekday];
            Part::new(
                "weekday",
                match style {
                    "long" => name,
                    "short" => &name[..3],
                    _ => &name[..1],
                },
            )
        });
        let era_part = era.map(|style| {
            let bc = fields.year <= 0;
            Part::new(
                "era",
                match (style, bc) {
                    ("long", false) => "Anno Domini",
                    ("long", true) => "Before Christ",
                    ("narrow", false) => "A",
                    ("narrow", true) => "B",
                    (_, false) => "AD",
                    (_, true) => "BC",
                },
            )
        });
        let literal = |text: &str| Part::new("literal", text);
        let mut out: Vec<Part> = Vec::new();
        let core_fields = [month_part.is_some(), day_part.is_some(), year_part.is_some()];
        if let Some(weekday) = weekday_part.clone() {
            if core_fields == [false, true, false] {
                // "d E" (CLDR Ed).
                out.push(day_part.clone().expect("day present"));
                out.push(literal(" "));
                out.push(weekday);
                if let Some(era) = era_part {
                    out.push(literal(" "));
                    out.push(era);
                }
                return out;
            }
            out.push(weekday);
            if core_fields.iter().any(|&present| present) {
                out.push(literal(", "));
            }
        }
        if textual {
            // MMM d, y / MMM y / MMM d / MMM.
            match (month_part, day_part, year_part) {
                (Some(m), Some(d), Some(y)) => out.extend([m, literal(" "), d, literal(", "), y]),
                (Some(m), None, Some(y)) => out.extend([m, literal(" "), y]),
                (Some(m), Some(d), None) => out.extend([m, literal(" "), d]),
                (Some(m), None, None) => out.push(m),
                _ => {}
            }
        } else {
            let present: Vec<Part> = [month_part, day_part, year_part].into_iter().flatten().collect();
            let count = present.len();
            for (index, part) in present.into_iter().enumerate() {
                if index > 0 {
                    out.push(literal("/"));
                }
                out.push(part);
            }
            let _ = count;
        }
        if let Some(era) = era_part {
            if !out.is_empty() {
                out.push(literal(" "));
            }
            out.push(era);
        }
        out
    }

    /// The time parts, with `period_space` before AM/PM, and the zone name when requested.
    fn time_parts(&self, fields: &Fields, period_space: &str) -> Vec<Part> {
        let (hour, minute, second, zone) = match self.time_style.as_deref() {
            Some("full") => (Some("numeric"), Some("2-digit"), Some("2-digit"), Some("long")),
            Some("long") => (Some("numeric"), Some("2-digit"), Some("2-digit"), Some("short")),
            Some("medium") => (Some("numeric"), Some("2-digit"), Some("2-digit"), None),
            Some(_) => (Some("numeric"), Some("2-digit"), None, None),
            None => (self.hour.as_deref(), self.minute.as_deref(), self.second.as_deref(), None),
        };
        let cycle = self.hour_cycle.unwrap_or(HourCycle::H12);
        let twelve = matches!(cycle, HourCycle::H11 | HourCycle::H12);
        let literal = |text: &str| Part::new("literal", text);
        let mut out: Vec<Part> = Vec::new();
        if let Some(style) = hour {
            let value = match cycle {
                HourCycle::H11 => fields.hour % 12,
                HourCycle::H12 => (fields.hour + 11) % 12 + 1,
                HourCycle::H23 => fields.hour,
                HourCycle::H24 => (fields.hour + 23) % 24 + 1,
            };
            let text = if style == "2-digit" || (!twelve && self.time_style.is_some()) { format!("{value:02}") } else { value.to_string() };
            out.push(Part::new("hour", text));
        }
        if let Some(style) = minute {
            if !out.is_empty() {
                out.push(literal(":"));
            }
            // A lone minute is unpadded even when 2-digit is asked for (ICU's en "m" pattern).
            let padded = style == "2-digit" && (hour.is_some() || second.is_some());
            out.push(Part::new("minute", if padded { format!("{:02}", fields.minute) } else { fields.minute.to_string() }));
        }
        if let Some(style) = second {
            if !out.is_empty() {
                out.push(literal(":"));
            }
            let padded = style == "2-digit" && (hour.is_some() || minute.is_some());
            out.push(Part::new("second", if padded { format!("{:02}", fields.second) } else { fields.second.to_string() }));
        }
        if self.fractional > 0 {
            if !out.is_empty() {
                out.push(literal("."));
            }
            let digits = format!("{:03}", fields.millisecond);
            out.push(Part::new("fractionalSecond", &digits[..self.fractional as usize]));
        }
        if hour.is_some() && twelve {
            out.push(literal(period_space));
            out.push(Part::new("dayPeriod", if fields.hour < 12 { "AM" } else { "PM" }));
        }
        if let Some(zone) = zone {
            out.push(literal(" "));
            out.push(Part::new("timeZoneName", zone_name(&self.time_zone, fields.t, zone)));
        }
        out
    }

    /// The separator between the date and the time: ` at ` for long dates, `, ` otherwise,
    /// and a space after a lone weekday.
    fn glue(&self) -> &'static str {
        if let Some(style) = self.date_style.as_deref() {
            return if matches!(style, "full" | "long") { " at " } else { ", " };
        }
        if self.month.as_deref() == Some("long") {
            return " at ";
        }
        if self.weekday.is_some() && self.year.is_none() && self.month.is_none() && self.day.is_none() {
            return " ";
        }
        ", "
    }

    /// PartitionDateTimePattern (§11.5.5) for a finite, clipped time value.
    fn parts_of(&self, t: f64, period_space: &str) -> Vec<Part> {
        let fields = self.fields(t);
        let mut out = Vec::new();
        if self.has_date() {
            out.extend(self.date_parts(&fields));
        }
        if self.has_time() {
            if !out.is_empty() {
                out.push(Part::new("literal", self.glue()));
            }
            out.extend(self.time_parts(&fields, period_space));
        }
        if let Some(style) = &self.time_zone_name {
            let separator = if self.has_time() { " " } else { ", " };
            if !out.is_empty() {
                out.push(Part::new("literal", separator));
            }
            out.push(Part::new("timeZoneName", zone_name(&self.time_zone, t, style)));
        }
        out
    }

    /// The formatted text of time value `t` (finite): V8 puts an ordinary space before AM/PM.
    pub fn format_text(&self, t: f64) -> String {
        join_parts(&self.parts_of(t, " "))
    }

    /// The parts of time value `t` (finite), with ICU's U+202F before AM/PM.
    pub fn format_parts(&self, t: f64) -> Vec<Part> {
        self.parts_of(t, "\u{202f}")
    }

    /// PartitionDateTimeRangePattern (§11.5.9) with en's interval patterns for the usual
    /// shapes: shared date with a time range, a day or month range inside one month or year,
    /// and otherwise both ends in full around ` – `.
    fn range_parts(&self, start: f64, end: f64) -> Vec<Part> {
        let narrow = "\u{202f}";
        let first = self.parts_of(start, narrow);
        let second = self.parts_of(end, narrow);
        let tag = |parts: Vec<Part>, source: &'static str| -> Vec<Part> { parts.into_iter().map(|part| Part { source: Some(source), ..part }).collect() };
        if join_parts(&first) == join_parts(&second) {
            return tag(first, "shared");
        }
        let dash = || Part { kind: "literal", value: "\u{2009}–\u{2009}".into(), source: Some("shared") };
        let (a, b) = (self.fields(start), self.fields(end));
        let same_day = a.year == b.year && a.month == b.month && a.day == b.day;
        if self.has_time() {
            if same_day && self.time_zone_name.is_none() && !matches!(self.time_style.as_deref(), Some("full" | "long")) {
                let mut out = Vec::new();
                if self.has_date() {
                    out.extend(tag(self.date_parts(&a), "shared"));
                    out.push(Part { kind: "literal", value: self.glue().into(), source: Some("shared") });
                }
                let first_time = self.time_parts(&a, narrow);
                let second_time = self.time_parts(&b, narrow);
                let twelve = matches!(self.hour_cycle, Some(HourCycle::H11 | HourCycle::H12)) && (self.hour.is_some() || self.time_style.is_some());
                let same_period = (a.hour < 12) == (b.hour < 12);
                if twelve && same_period {
                    let trimmed = first_time.len().saturating_sub(2);
                    out.extend(tag(first_time[..trimmed].to_vec(), "startRange"));
                    out.push(dash());
                    let split = second_time.len().saturating_sub(2);
                    out.extend(tag(second_time[..split].to_vec(), "endRange"));
                    out.extend(tag(second_time[split..].to_vec(), "shared"));
                } else {
                    out.extend(tag(first_time, "startRange"));
                    out.push(dash());
                    out.extend(tag(second_time, "endRange"));
                }
                return out;
            }
            if !self.has_date() {
                // A time range across days shows the dates too.
                let mut with_date = self.clone();
                with_date.year = Some("numeric".into());
                with_date.month = Some("numeric".into());
                with_date.day = Some("numeric".into());
                let mut out = tag(with_date.parts_of(start, narrow), "startRange");
                out.push(dash());
                out.extend(tag(with_date.parts_of(end, narrow), "endRange"));
                return out;
            }
        } else if self.time_zone_name.is_none() && self.era.is_none() {
            let textual = matches!(self.date_style.as_deref(), Some("long" | "medium")) || (self.date_style.is_none() && self.month.as_deref().is_some_and(|style| matches!(style, "long" | "short")) && self.weekday.is_none());
            let full_date = self.date_style.is_some() || (self.year.is_some() && self.day.is_some());
            if textual && full_date && a.year == b.year {
                // "March 5 – 8, 2024" or "March 5 – April 14, 2024".
                let first_parts = self.date_parts(&a);
                let second_parts = self.date_parts(&b);
                // Parts: month, " ", day, ", ", year.
                let mut out = Vec::new();
                if a.month == b.month {
                    out.extend(tag(first_parts[..2].to_vec(), "shared"));
                    out.extend(tag(first_parts[2..3].to_vec(), "startRange"));
                    out.push(dash());
                    out.extend(tag(second_parts[2..3].to_vec(), "endRange"));
                } else {
                    out.extend(tag(first_parts[..3].to_vec(), "startRange"));
                    out.push(dash());
                    out.extend(tag(second_parts[..3].to_vec(), "endRange"));
                }
                out.extend(tag(second_parts[3..].to_vec(), "shared"));
                return out;
            }
        }
        let mut out = tag(self.parts_of(start, narrow), "startRange");
        out.push(dash());
        out.extend(tag(self.parts_of(end, narrow), "endRange"));
        out
    }
}

// ------------------------------------------------------------------------------------------
// Methods
// ------------------------------------------------------------------------------------------

/// ToNumber(date) with TimeClip, or the current time for undefined; NaN is a RangeError.
fn time_argument(ctx: &mut Context, value: Value) -> JsResult<f64> {
    let t = if value.is_undefined() { crate::builtins::date::current_time() } else { conv::to_number(ctx, value)? };
    let t = time_clip(t);
    if t.is_nan() {
        return ctx.throw_range_error("Invalid time value");
    }
    Ok(t)
}

/// get Intl.DateTimeFormat.prototype.format (§11.3.3).
fn format_getter(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    this_service::<DateTimeFormat>(ctx, call.this, "Intl.DateTimeFormat.prototype.format")?;
    let name = ctx.intern_str("");
    let bound = function::new_native_with_data(ctx, name, 1, bound_format, false, call.this);
    Ok(Value::object(bound))
}

fn bound_format(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let format = this_service::<DateTimeFormat>(ctx, call.data(), "Intl.DateTimeFormat.prototype.format")?;
    let t = time_argument(ctx, call.arg(0))?;
    Ok(string_value(ctx, &format.format_text(t)))
}

/// Intl.DateTimeFormat.prototype.formatToParts ( date ) (§11.3.4).
fn format_to_parts(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let format = this_service::<DateTimeFormat>(ctx, call.this, "Intl.DateTimeFormat.prototype.formatToParts")?;
    let t = time_argument(ctx, call.arg(0))?;
    parts_to_array(ctx, &format.format_parts(t), None)
}

fn range_arguments(ctx: &mut Context, call: &NativeCall, method: &str) -> JsResult<(DateTimeFormat, f64, f64)> {
    let format = this_service::<DateTimeFormat>(ctx, call.this, &format!("Intl.DateTimeFormat.prototype.{method}"))?;
    if call.arg(0).is_undefined() || call.arg(1).is_undefined() {
        return ctx.throw_type_error("Invalid time value");
    }
    let start = conv::to_number(ctx, call.arg(0))?;
    let end = conv::to_number(ctx, call.arg(1))?;
    let (start, end) = (time_clip(start), time_clip(end));
    if start.is_nan() || end.is_nan() {
        return ctx.throw_range_error("Invalid time value");
    }
    Ok((format, start, end))
}

/// Intl.DateTimeFormat.prototype.formatRange ( startDate, endDate ) (§11.3.5).
fn format_range(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (format, start, end) = range_arguments(ctx, call, "formatRange")?;
    Ok(string_value(ctx, &join_parts(&format.range_parts(start, end))))
}

/// Intl.DateTimeFormat.prototype.formatRangeToParts ( startDate, endDate ) (§11.3.6).
fn format_range_to_parts(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (format, start, end) = range_arguments(ctx, call, "formatRangeToParts")?;
    parts_to_array(ctx, &format.range_parts(start, end), None)
}

/// Intl.DateTimeFormat.prototype.resolvedOptions ( ) (§11.3.7).
fn resolved_options(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let format = this_service::<DateTimeFormat>(ctx, call.this, "Intl.DateTimeFormat.prototype.resolvedOptions")?;
    let mut out = ObjectWriter::new(ctx);
    out.string(ctx, "locale", &format.locale)?;
    out.string(ctx, "calendar", "gregory")?;
    out.string(ctx, "numberingSystem", "latn")?;
    out.string(ctx, "timeZone", &format.time_zone)?;
    if let Some(cycle) = format.hour_cycle {
        out.string(ctx, "hourCycle", cycle.name())?;
        out.boolean(ctx, "hour12", matches!(cycle, HourCycle::H11 | HourCycle::H12))?;
    }
    let components = [
        ("weekday", &format.weekday),
        ("era", &format.era),
        ("year", &format.year),
        ("month", &format.month),
        ("day", &format.day),
        ("hour", &format.hour),
        ("minute", &format.minute),
        ("second", &format.second),
    ];
    for (name, value) in components {
        if let Some(value) = value {
            out.string(ctx, name, value)?;
        }
    }
    if format.fractional > 0 {
        out.number(ctx, "fractionalSecondDigits", format.fractional as f64)?;
    }
    if let Some(value) = &format.time_zone_name {
        out.string(ctx, "timeZoneName", value)?;
    }
    if let Some(value) = &format.date_style {
        out.string(ctx, "dateStyle", value)?;
    }
    if let Some(value) = &format.time_style {
        out.string(ctx, "timeStyle", value)?;
    }
    Ok(out.finish())
}

/// Date.prototype.toLocaleString / toLocaleDateString / toLocaleTimeString (ECMA-402
/// §20.4.1-3) for time value `t` (already known finite).
pub fn date_to_locale_string_js(ctx: &mut Context, t: f64, locales: Value, options: Value, required: Required, defaults: Defaults) -> JsResult<Value> {
    let format = create(ctx, locales, options, required, defaults)?;
    Ok(string_value(ctx, &format.format_text(t)))
}
