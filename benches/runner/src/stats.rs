//! The two statistics the report uses: the median of repeated timings and the geometric
//! mean of ratios.

use std::time::Duration;

/// The median of `samples` (the mean of the middle two for an even count), or `None` when
/// there are none.
pub fn median(samples: &[Duration]) -> Option<Duration> {
    let mut sorted = samples.to_vec();
    sorted.sort();
    let middle = sorted.len() / 2;
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => Some(sorted[middle]),
        _ => Some((sorted[middle - 1] + sorted[middle]) / 2),
    }
}

/// The median of integer `samples`, or `None` when there are none.
pub fn median_u64(samples: &[u64]) -> Option<u64> {
    let mut sorted = samples.to_vec();
    sorted.sort_unstable();
    sorted.get(sorted.len() / 2).copied()
}

/// The geometric mean of positive `ratios`, or `None` when there are none.
pub fn geometric_mean(ratios: &[f64]) -> Option<f64> {
    if ratios.is_empty() {
        return None;
    }
    let log_sum: f64 = ratios.iter().map(|ratio| ratio.ln()).sum();
    Some((log_sum / ratios.len() as f64).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        let ms = Duration::from_millis;
        assert_eq!(median(&[ms(5), ms(1), ms(3)]), Some(ms(3)));
        assert_eq!(
            median(&[ms(4), ms(1), ms(3), ms(2)]),
            Some(Duration::from_micros(2500))
        );
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn geometric_mean_of_reciprocals_is_one() {
        let mean = geometric_mean(&[4.0, 0.25]).expect("two ratios");
        assert!((mean - 1.0).abs() < 1e-12);
    }
}
