//! Time-value arithmetic (§21.4.1): days, years, months and times of day of a time value
//! (milliseconds since the epoch, UTC), MakeTime/MakeDay/MakeDate/TimeClip. Pure functions of
//! `f64`s; the time zone is in `date_zone.rs`. Field results are never -0 (`+ 0.0`), as JS
//! prints them.

/// Milliseconds in a day (§21.4.1.3).
pub const MS_PER_DAY: f64 = 86_400_000.0;
/// Milliseconds in an hour.
pub const MS_PER_HOUR: f64 = 3_600_000.0;
/// Milliseconds in a minute.
pub const MS_PER_MINUTE: f64 = 60_000.0;
/// Milliseconds in a second.
pub const MS_PER_SECOND: f64 = 1000.0;
/// The largest magnitude of a time value (§21.4.1.31): 100,000,000 days.
pub const MAX_TIME: f64 = 8.64e15;

/// Day(t) (§21.4.1.3): the day number of time value `t`.
pub fn day(t: f64) -> f64 {
    (t / MS_PER_DAY).floor()
}

/// TimeWithinDay(t) (§21.4.1.3): milliseconds since the start of `t`'s day.
pub fn time_within_day(t: f64) -> f64 {
    t.rem_euclid(MS_PER_DAY) + 0.0
}

/// DaysInYear(y) (§21.4.1.5).
pub fn days_in_year(year: f64) -> f64 {
    if is_leap_year(year) {
        366.0
    } else {
        365.0
    }
}

/// True for Gregorian leap years (proleptic, year 0 is a leap year).
pub fn is_leap_year(year: f64) -> bool {
    year % 4.0 == 0.0 && (year % 100.0 != 0.0 || year % 400.0 == 0.0)
}

/// DayFromYear(y) (§21.4.1.6): the day number of January 1 of `year`.
pub fn day_from_year(year: f64) -> f64 {
    365.0 * (year - 1970.0) + ((year - 1969.0) / 4.0).floor() - ((year - 1901.0) / 100.0).floor() + ((year - 1601.0) / 400.0).floor()
}

/// TimeFromYear(y) (§21.4.1.7).
pub fn time_from_year(year: f64) -> f64 {
    MS_PER_DAY * day_from_year(year)
}

/// The civil date (year, month 0-11, day 1-31) of a day number (days since 1970-01-01), by
/// the era-based algorithm (exact for every representable day).
pub fn civil_from_days(days: f64) -> (f64, f64, f64) {
    let days = days as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 { shifted_month + 2 } else { shifted_month - 10 };
    let year = year_of_era + era * 400 + i64::from(month <= 1);
    (year as f64, month as f64, day as f64)
}

/// YearFromTime(t) (§21.4.1.8).
pub fn year_from_time(t: f64) -> f64 {
    civil_from_days(day(t)).0
}

/// MonthFromTime(t) (§21.4.1.11): 0 (January) to 11.
pub fn month_from_time(t: f64) -> f64 {
    civil_from_days(day(t)).1
}

/// DateFromTime(t) (§21.4.1.12): 1 to 31.
pub fn date_from_time(t: f64) -> f64 {
    civil_from_days(day(t)).2
}

/// WeekDay(t) (§21.4.1.13): 0 (Sunday) to 6.
pub fn week_day(t: f64) -> f64 {
    (day(t) + 4.0).rem_euclid(7.0) + 0.0
}

/// HourFromTime(t) (§21.4.1.14).
pub fn hour_from_time(t: f64) -> f64 {
    (t / MS_PER_HOUR).floor().rem_euclid(24.0) + 0.0
}

/// MinFromTime(t) (§21.4.1.14).
pub fn min_from_time(t: f64) -> f64 {
    (t / MS_PER_MINUTE).floor().rem_euclid(60.0) + 0.0
}

/// SecFromTime(t) (§21.4.1.14).
pub fn sec_from_time(t: f64) -> f64 {
    (t / MS_PER_SECOND).floor().rem_euclid(60.0) + 0.0
}

/// msFromTime(t) (§21.4.1.14).
pub fn ms_from_time(t: f64) -> f64 {
    t.rem_euclid(MS_PER_SECOND) + 0.0
}

/// ToIntegerOrInfinity on a number.
fn integer(value: f64) -> f64 {
    if value.is_nan() {
        0.0
    } else {
        value.trunc() + 0.0
    }
}

/// MakeTime(hour, min, sec, ms) (§21.4.1.28).
pub fn make_time(hour: f64, min: f64, sec: f64, ms: f64) -> f64 {
    if !(hour.is_finite() && min.is_finite() && sec.is_finite() && ms.is_finite()) {
        return f64::NAN;
    }
    integer(hour) * MS_PER_HOUR + integer(min) * MS_PER_MINUTE + integer(sec) * MS_PER_SECOND + integer(ms)
}

/// Days before the first of `month` (0-11) in a year.
fn days_before_month(month: usize, leap: bool) -> f64 {
    const CUMULATIVE: [f64; 12] = [0.0, 31.0, 59.0, 90.0, 120.0, 151.0, 181.0, 212.0, 243.0, 273.0, 304.0, 334.0];
    CUMULATIVE[month] + if leap && month >= 2 { 1.0 } else { 0.0 }
}

/// MakeDay(year, month, date) (§21.4.1.29): the day number, or NaN when out of range.
pub fn make_day(year: f64, month: f64, date: f64) -> f64 {
    if !(year.is_finite() && month.is_finite() && date.is_finite()) {
        return f64::NAN;
    }
    let (year, month, date) = (integer(year), integer(month), integer(date));
    let whole_year = year + (month / 12.0).floor();
    // Far outside the time-value range: nothing in it can be reached (and the arithmetic
    // below would lose precision).
    if whole_year.abs() > 400_000.0 {
        return f64::NAN;
    }
    let month_in_year = month.rem_euclid(12.0) as usize;
    let first = day_from_year(whole_year) + days_before_month(month_in_year, is_leap_year(whole_year));
    first + date - 1.0
}

/// MakeDate(day, time) (§21.4.1.30).
pub fn make_date(day: f64, time: f64) -> f64 {
    if !(day.is_finite() && time.is_finite()) {
        return f64::NAN;
    }
    let date = day * MS_PER_DAY + time;
    if !date.is_finite() {
        return f64::NAN;
    }
    date
}

/// TimeClip(time) (§21.4.1.31): NaN outside ±8.64e15, else the integer part (never -0).
pub fn time_clip(time: f64) -> f64 {
    if !time.is_finite() || time.abs() > MAX_TIME {
        return f64::NAN;
    }
    integer(time)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_from_year_matches_the_calendar() {
        assert_eq!(day_from_year(1970.0), 0.0);
        assert_eq!(day_from_year(1971.0), 365.0);
        assert_eq!(day_from_year(1973.0), 365.0 * 3.0 + 1.0);
        assert_eq!(day_from_year(2000.0), 10957.0);
        assert_eq!(day_from_year(1969.0), -365.0);
        assert_eq!(day_from_year(1900.0), -25567.0);
        assert_eq!(day_from_year(0.0), -719_528.0);
        for year in -1000..3000 {
            let year = year as f64;
            assert_eq!(day_from_year(year + 1.0) - day_from_year(year), days_in_year(year), "year {year}");
        }
    }

    #[test]
    fn leap_years() {
        assert!(is_leap_year(2000.0));
        assert!(is_leap_year(2024.0));
        assert!(!is_leap_year(1900.0));
        assert!(!is_leap_year(2023.0));
        assert!(is_leap_year(0.0));
        assert!(is_leap_year(-4.0));
        assert!(!is_leap_year(-100.0));
        assert!(is_leap_year(-400.0));
    }

    #[test]
    fn civil_dates_round_trip() {
        for days in (-800_000i64..800_000).step_by(997) {
            let (year, month, date) = civil_from_days(days as f64);
            assert_eq!(make_day(year, month, date), days as f64, "day {days}");
        }
        assert_eq!(civil_from_days(0.0), (1970.0, 0.0, 1.0));
        assert_eq!(civil_from_days(-1.0), (1969.0, 11.0, 31.0));
        assert_eq!(civil_from_days(day_from_year(2020.0) + 59.0), (2020.0, 1.0, 29.0));
    }

    #[test]
    fn make_day_normalises_months_and_dates() {
        assert_eq!(make_day(2020.0, 12.0, 1.0), make_day(2021.0, 0.0, 1.0));
        assert_eq!(make_day(2020.0, -1.0, 1.0), make_day(2019.0, 11.0, 1.0));
        assert_eq!(make_day(2020.0, 1.0, 30.0), make_day(2020.0, 2.0, 1.0));
        assert_eq!(make_day(2019.0, 1.0, 29.0), make_day(2019.0, 2.0, 1.0));
        assert_eq!(make_day(2020.0, 0.0, 0.0), make_day(2019.0, 11.0, 31.0));
        assert_eq!(make_day(2020.5, 0.9, 1.9), make_day(2020.0, 0.0, 1.0));
        assert!(make_day(f64::NAN, 0.0, 1.0).is_nan());
        assert!(make_day(f64::INFINITY, 0.0, 1.0).is_nan());
        assert!(make_day(1e9, 0.0, 1.0).is_nan());
    }

    #[test]
    fn make_time_and_clip_edges() {
        assert_eq!(make_time(1.0, 2.0, 3.0, 4.0), 3_723_004.0);
        assert_eq!(make_time(-1.0, 0.0, 0.0, 0.0), -MS_PER_HOUR);
        assert_eq!(make_time(1.9, 0.0, 0.0, 0.5), MS_PER_HOUR);
        assert!(make_time(f64::NAN, 0.0, 0.0, 0.0).is_nan());
        assert!(make_time(0.0, f64::INFINITY, 0.0, 0.0).is_nan());
        assert_eq!(time_clip(MAX_TIME), MAX_TIME);
        assert!(time_clip(MAX_TIME + 1.0).is_nan());
        assert_eq!(time_clip(-0.0).to_bits(), 0.0f64.to_bits());
        assert_eq!(time_clip(1.7), 1.0);
        assert!(make_date(f64::NAN, 0.0).is_nan());
    }

    #[test]
    fn fields_of_a_time_value() {
        // 2020-03-07T10:20:30.456Z
        let t = make_date(make_day(2020.0, 2.0, 7.0), make_time(10.0, 20.0, 30.0, 456.0));
        assert_eq!(t, 1_583_576_430_456.0);
        assert_eq!(year_from_time(t), 2020.0);
        assert_eq!(month_from_time(t), 2.0);
        assert_eq!(date_from_time(t), 7.0);
        assert_eq!(week_day(t), 6.0);
        assert_eq!(hour_from_time(t), 10.0);
        assert_eq!(min_from_time(t), 20.0);
        assert_eq!(sec_from_time(t), 30.0);
        assert_eq!(ms_from_time(t), 456.0);
        let before_epoch = -1.0;
        assert_eq!(year_from_time(before_epoch), 1969.0);
        assert_eq!(hour_from_time(before_epoch), 23.0);
        assert_eq!(ms_from_time(before_epoch), 999.0);
        assert_eq!(week_day(before_epoch), 3.0);
        assert_eq!(year_from_time(-MAX_TIME), -271_821.0);
        assert_eq!(year_from_time(MAX_TIME), 275_760.0);
    }
}
