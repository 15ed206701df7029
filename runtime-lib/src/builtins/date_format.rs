//! Date's string forms (§21.4.4.35-41) in V8's exact layout: `toString`
//! (`Sat Mar 07 2020 10:00:00 GMT+0100 (Central European Standard Time)`), `toDateString`,
//! `toTimeString`, `toUTCString`, `toISOString`. The `toLocale*String` family formats through
//! `Intl.DateTimeFormat` (`builtins::intl`). Inputs are finite time values (callers
//! handle NaN).

use super::date_time::{date_from_time, hour_from_time, min_from_time, month_from_time, ms_from_time, sec_from_time, week_day, year_from_time, MS_PER_MINUTE};
use super::date_zone;

const DAY_NAMES: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTH_NAMES: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// A year as `toString` writes it: at least four digits, `-` before negative years.
fn year_text(year: f64) -> String {
    if year < 0.0 {
        format!("-{:04}", -year as i64)
    } else {
        format!("{:04}", year as i64)
    }
}

fn day_name(t: f64) -> &'static str {
    DAY_NAMES[week_day(t) as usize]
}

fn month_name(t: f64) -> &'static str {
    MONTH_NAMES[month_from_time(t) as usize]
}

/// `Sat Mar 07 2020` for local time `local`.
fn date_part(local: f64) -> String {
    format!("{} {} {:02} {}", day_name(local), month_name(local), date_from_time(local) as i64, year_text(year_from_time(local)))
}

/// `10:00:00 GMT+0100 (Central European Standard Time)` for time value `t`.
fn time_part(t: f64) -> String {
    let offset = date_zone::offset_at_utc(t);
    let local = t + offset;
    let minutes = (offset / MS_PER_MINUTE).trunc() as i64;
    let sign = if minutes < 0 { '-' } else { '+' };
    let minutes = minutes.abs();
    format!(
        "{:02}:{:02}:{:02} GMT{sign}{:02}{:02} ({})",
        hour_from_time(local) as i64,
        min_from_time(local) as i64,
        sec_from_time(local) as i64,
        minutes / 60,
        minutes % 60,
        date_zone::long_name(t)
    )
}

/// Date.prototype.toString's text (§21.4.4.41.4 ToDateString).
pub fn to_date_time_string(t: f64) -> String {
    let local = date_zone::local_time(t);
    format!("{} {}", date_part(local), time_part(t))
}

/// Date.prototype.toDateString's text.
pub fn to_date_string(t: f64) -> String {
    date_part(date_zone::local_time(t))
}

/// Date.prototype.toTimeString's text.
pub fn to_time_string(t: f64) -> String {
    time_part(t)
}

/// Date.prototype.toUTCString's text: `Sat, 07 Mar 2020 10:00:00 GMT`.
pub fn to_utc_string(t: f64) -> String {
    format!(
        "{}, {:02} {} {} {:02}:{:02}:{:02} GMT",
        day_name(t),
        date_from_time(t) as i64,
        month_name(t),
        year_text(year_from_time(t)),
        hour_from_time(t) as i64,
        min_from_time(t) as i64,
        sec_from_time(t) as i64
    )
}

/// Date.prototype.toISOString's text: `2020-03-07T10:00:00.000Z`, six-digit signed years
/// outside 0..=9999.
pub fn to_iso_string(t: f64) -> String {
    let year = year_from_time(t);
    let year = if (0.0..=9999.0).contains(&year) {
        format!("{:04}", year as i64)
    } else if year < 0.0 {
        format!("-{:06}", -year as i64)
    } else {
        format!("+{:06}", year as i64)
    };
    format!(
        "{year}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        month_from_time(t) as i64 + 1,
        date_from_time(t) as i64,
        hour_from_time(t) as i64,
        min_from_time(t) as i64,
        sec_from_time(t) as i64,
        ms_from_time(t) as i64
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_and_utc_strings() {
        assert_eq!(to_iso_string(0.0), "1970-01-01T00:00:00.000Z");
        assert_eq!(to_iso_string(1_583_576_430_456.0), "2020-03-07T10:20:30.456Z");
        assert_eq!(to_iso_string(-1e14), "-001199-02-15T14:13:20.000Z");
        assert_eq!(to_iso_string(8.64e15), "+275760-09-13T00:00:00.000Z");
        assert_eq!(to_iso_string(-62_198_755_200_000.0), "-000001-01-01T00:00:00.000Z");
        assert_eq!(to_utc_string(1_583_575_200_000.0), "Sat, 07 Mar 2020 10:00:00 GMT");
        assert_eq!(to_utc_string(-1e14), "Thu, 15 Feb -1199 14:13:20 GMT");
    }
}
