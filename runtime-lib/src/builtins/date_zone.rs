//! The local time zone for Date (§21.4.1.20-25): offsets come from the system tz database
//! through `tz-rs` (`TZ` honoured as node does: a zone name, `:name`, a file path or a POSIX
//! rule; unset means /etc/localtime; empty or unknown means UTC), and the long zone names node
//! prints (`Central European Standard Time`) from a table generated from node's ICU data
//! (`date_zone/names.rs`). The zone is read once per process, as V8 caches it.

mod names;

use super::date_time::{MS_PER_DAY, MS_PER_MINUTE};
use std::sync::OnceLock;
use tz::TimeZone;

/// The process's local zone: the rules and the IANA name (for the long name), if known.
struct LocalZone {
    rules: TimeZone,
    name: Option<String>,
}

fn local_zone() -> &'static LocalZone {
    static ZONE: OnceLock<LocalZone> = OnceLock::new();
    ZONE.get_or_init(|| {
        let utc = || LocalZone { rules: TimeZone::utc(), name: None };
        match std::env::var("TZ") {
            Ok(tz) if tz.is_empty() => utc(),
            Ok(tz) => match TimeZone::from_posix_tz(&tz) {
                Ok(rules) => LocalZone { rules, name: Some(zone_name_from_path(tz.trim_start_matches(':'))) },
                Err(_) => utc(),
            },
            Err(_) => match TimeZone::local() {
                Ok(rules) => LocalZone { rules, name: system_zone_name() },
                Err(_) => LocalZone { rules: TimeZone::utc(), name: Some("UTC".to_string()) },
            },
        }
    })
}

/// The IANA name of the local zone (`Intl.DateTimeFormat`'s default), if known.
pub fn local_zone_name() -> Option<String> {
    local_zone().name.clone()
}

/// `Europe/Berlin` from `Europe/Berlin` or `/usr/share/zoneinfo/Europe/Berlin`.
fn zone_name_from_path(text: &str) -> String {
    match text.find("zoneinfo/") {
        Some(position) => text[position + "zoneinfo/".len()..].to_string(),
        None => text.to_string(),
    }
}

/// The IANA name of the system zone: the target of the /etc/localtime link, else
/// /etc/timezone.
fn system_zone_name() -> Option<String> {
    if let Ok(target) = std::fs::read_link("/etc/localtime") {
        return Some(zone_name_from_path(&target.to_string_lossy()));
    }
    let text = std::fs::read_to_string("/etc/timezone").ok()?;
    Some(text.trim().to_string())
}

/// The local zone's offset from UTC in milliseconds at time value `t` (UTC): LocalTZA(t, true)
/// (§21.4.1.20). Zero for NaN.
pub fn offset_at_utc(t: f64) -> f64 {
    local_type_at(t).0
}

/// The offset (milliseconds) and whether daylight-saving time is in force at `t`.
pub fn local_type_at(t: f64) -> (f64, bool) {
    if !t.is_finite() {
        return (0.0, false);
    }
    let seconds = (t / 1000.0).floor() as i64;
    match local_zone().rules.find_local_time_type(seconds) {
        Ok(local) => (local.ut_offset() as f64 * 1000.0, local.is_dst()),
        Err(_) => (0.0, false),
    }
}

/// LocalTime(t) (§21.4.1.25).
pub fn local_time(t: f64) -> f64 {
    t + offset_at_utc(t)
}

/// UTC(t) (§21.4.1.26): the time value whose local time is `t`. For a local time that occurs
/// twice (clocks set back) the earlier instant; for one skipped (clocks set forward) the offset
/// before the transition applies, as the spec and V8 do.
pub fn utc(t: f64) -> f64 {
    if !t.is_finite() {
        return f64::NAN;
    }
    // Offsets in force a day either side cover any transition near `t`.
    let before = offset_at_utc(t - MS_PER_DAY);
    let after = offset_at_utc(t + MS_PER_DAY);
    let mut best: Option<f64> = None;
    for offset in [before, after] {
        let candidate = t - offset;
        if offset_at_utc(candidate) == offset {
            best = Some(best.map_or(candidate, |current: f64| current.min(candidate)));
        }
    }
    best.unwrap_or(t - before)
}

/// The long name of the local zone at time value `t` as node prints it in `toString`
/// (`Coordinated Universal Time`), or `GMT+hh:mm` when ICU has none.
pub fn long_name(t: f64) -> String {
    let (offset, is_dst) = local_type_at(t);
    let minutes = offset / MS_PER_MINUTE;
    if let Some(name) = local_zone().name.as_deref() {
        if let Ok(index) = names::ZONES.binary_search_by(|entry| entry.0.cmp(name)) {
            let (_, january, january_name, july, july_name) = names::ZONES[index];
            // Today's offsets pick their names; another offset (history) takes the standard
            // name, or the daylight one while DST is in force.
            let (standard, daylight) = if july >= january { (january_name, july_name) } else { (july_name, january_name) };
            let chosen = if minutes == january as f64 {
                january_name
            } else if minutes == july as f64 {
                july_name
            } else if is_dst {
                daylight
            } else {
                standard
            };
            if chosen != names::NONE {
                return names::NAMES[chosen as usize].to_string();
            }
        }
    }
    let sign = if minutes < 0.0 { '-' } else { '+' };
    let total = minutes.abs().trunc() as i64;
    format!("GMT{sign}{:02}:{:02}", total / 60, total % 60)
}
