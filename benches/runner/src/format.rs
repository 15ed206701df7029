//! Formatting of durations, sizes and ratios for the report, shared by the table and the
//! chart so that both show the same figures.

use std::time::Duration;

/// `0.84 ms`, `12.3 ms`, `456 ms` or `1.23 s`.
pub fn duration(duration: Duration) -> String {
    let ms = duration.as_secs_f64() * 1000.0;
    if ms < 10.0 {
        format!("{ms:.2} ms")
    } else if ms < 100.0 {
        format!("{ms:.1} ms")
    } else if ms < 1000.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{:.2} s", ms / 1000.0)
    }
}

/// `512 KiB` or `3.4 MiB`, from a size in KiB.
pub fn kib(kib: u64) -> String {
    if kib < 1024 {
        format!("{kib} KiB")
    } else {
        format!("{:.1} MiB", kib as f64 / 1024.0)
    }
}

/// `0.42×`, `3.1×` or `42×`.
pub fn ratio(ratio: f64) -> String {
    if ratio < 10.0 {
        format!("{ratio:.2}×")
    } else if ratio < 100.0 {
        format!("{ratio:.1}×")
    } else {
        format!("{ratio:.0}×")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_keep_three_significant_digits() {
        assert_eq!(duration(Duration::from_micros(840)), "0.84 ms");
        assert_eq!(duration(Duration::from_micros(12_340)), "12.3 ms");
        assert_eq!(duration(Duration::from_millis(456)), "456 ms");
        assert_eq!(duration(Duration::from_millis(1234)), "1.23 s");
    }

    #[test]
    fn sizes_switch_to_mebibytes() {
        assert_eq!(kib(512), "512 KiB");
        assert_eq!(kib(3 * 1024 + 410), "3.4 MiB");
    }
}
