//! Exact decimal digits of a double, and rounding of those digits, for `toFixed`,
//! `toExponential` and `toPrecision`.
//!
//! Every finite double is `mantissa × 2^exponent`, which has a finite decimal expansion of at
//! most about 770 significant digits. We compute it with a small base-10^9 big integer: speed
//! does not matter here, exactness does. Nothing in this module knows about JS values.

/// A positive decimal number `0.d1 d2 d3 … × 10^point`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Decimal {
    /// Decimal digits 0..=9, most significant first; never empty, first digit never 0.
    pub digits: Vec<u8>,
    /// Where the decimal point goes: the number of digits before it (may be ≤ 0 or > len).
    pub point: i32,
}

/// One limb holds nine decimal digits.
const LIMB_BASE: u64 = 1_000_000_000;

impl Decimal {
    /// The exact decimal expansion of a finite, positive double.
    pub fn exact(value: f64) -> Decimal {
        debug_assert!(value.is_finite() && value > 0.0);
        let bits = value.to_bits();
        let biased_exponent = ((bits >> 52) & 0x7ff) as i32;
        let fraction = bits & ((1 << 52) - 1);
        let (mantissa, exponent) = if biased_exponent == 0 {
            (fraction, -1074)
        } else {
            (fraction | (1 << 52), biased_exponent - 1075)
        };

        // Little-endian base-10^9 limbs.
        let mut limbs = vec![mantissa % LIMB_BASE, mantissa / LIMB_BASE];
        let mut decimal_exponent = 0;
        if exponent >= 0 {
            multiply_by_power(&mut limbs, 2, exponent as u32, 31);
        } else {
            // m × 2^-k = m × 5^k × 10^-k.
            multiply_by_power(&mut limbs, 5, (-exponent) as u32, 13);
            decimal_exponent = exponent;
        }

        let mut digits = limbs_to_digits(&limbs);
        let point = digits.len() as i32 + decimal_exponent;
        while digits.last() == Some(&0) {
            digits.pop();
        }
        Decimal { digits, point }
    }

    /// The shortest digits that round-trip to `value` (a finite, positive double), as
    /// `Number::toString` picks them.
    pub fn shortest(value: f64) -> Decimal {
        debug_assert!(value.is_finite() && value > 0.0);
        let mut buffer = ryu_js::Buffer::new();
        let text = buffer.format_finite(value);
        let (mantissa, exponent) = match text.split_once('e') {
            Some((mantissa, exponent)) => (
                mantissa,
                exponent
                    .parse::<i32>()
                    .expect("ryu-js writes a decimal exponent"),
            ),
            None => (text, 0),
        };
        let (integer_part, fraction_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let mut digits: Vec<u8> = integer_part
            .bytes()
            .chain(fraction_part.bytes())
            .map(|byte| byte - b'0')
            .collect();
        let mut point = integer_part.len() as i32 + exponent;
        let leading_zeros = digits.iter().take_while(|&&digit| digit == 0).count();
        digits.drain(..leading_zeros);
        point -= leading_zeros as i32;
        while digits.last() == Some(&0) {
            digits.pop();
        }
        Decimal { digits, point }
    }

    /// Rounds to `count` (≥ 1) significant digits, ties away from zero, as the spec's "if there
    /// are two such sets of e and n, pick the e and n for which n × 10^(e–p+1) is larger" asks.
    /// Returns exactly `count` digits and the (possibly carried) decimal point.
    pub fn round_significant(&self, count: usize) -> (Vec<u8>, i32) {
        debug_assert!(count >= 1);
        let mut digits: Vec<u8> = self.digits.iter().copied().take(count).collect();
        digits.resize(count, 0);
        let mut point = self.point;
        if self.digits.get(count).is_some_and(|&next| next >= 5) && increment(&mut digits) {
            // 99…9 became 100…0: one more integer digit, still `count` significant ones.
            digits.insert(0, 1);
            digits.truncate(count);
            point += 1;
        }
        (digits, point)
    }

    /// The digits of the integer nearest to `self × 10^fraction_digits`, ties away from zero:
    /// the `n` of `Number.prototype.toFixed`. Zero is `[0]`.
    pub fn round_fixed(&self, fraction_digits: i32) -> Vec<u8> {
        let integer_digits = self.point + fraction_digits;
        if integer_digits < 0 {
            // The value is below 0.1 × 10^-fraction_digits, so it rounds to zero.
            return vec![0];
        }
        if integer_digits == 0 {
            return vec![u8::from(self.digits[0] >= 5)];
        }
        let count = integer_digits as usize;
        let mut digits: Vec<u8> = self.digits.iter().copied().take(count).collect();
        digits.resize(count, 0);
        if self.digits.get(count).is_some_and(|&next| next >= 5) && increment(&mut digits) {
            digits.insert(0, 1);
        }
        digits
    }
}

/// Multiplies `limbs` by `base^power`, `chunk` powers at a time (`base^chunk` must fit a u32).
fn multiply_by_power(limbs: &mut Vec<u64>, base: u64, mut power: u32, chunk: u32) {
    while power > 0 {
        let step = power.min(chunk);
        multiply_small(limbs, base.pow(step));
        power -= step;
    }
}

/// Multiplies base-10^9 `limbs` by a factor below 2^32; no product can overflow a u64.
fn multiply_small(limbs: &mut Vec<u64>, factor: u64) {
    let mut carry = 0;
    for limb in limbs.iter_mut() {
        let product = *limb * factor + carry;
        *limb = product % LIMB_BASE;
        carry = product / LIMB_BASE;
    }
    while carry > 0 {
        limbs.push(carry % LIMB_BASE);
        carry /= LIMB_BASE;
    }
}

/// The decimal digits of base-10^9 `limbs`, without leading zeros (the value is non-zero).
fn limbs_to_digits(limbs: &[u64]) -> Vec<u8> {
    let mut text = String::new();
    let mut started = false;
    for &limb in limbs.iter().rev() {
        if started {
            text.push_str(&format!("{limb:09}"));
        } else if limb != 0 {
            text.push_str(&limb.to_string());
            started = true;
        }
    }
    text.bytes().map(|byte| byte - b'0').collect()
}

/// Adds one to the decimal digit string; returns whether it carried out of the top digit
/// (all digits are then 0).
fn increment(digits: &mut [u8]) -> bool {
    for digit in digits.iter_mut().rev() {
        if *digit == 9 {
            *digit = 0;
        } else {
            *digit += 1;
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(digits: &[u8]) -> String {
        digits
            .iter()
            .map(|digit| char::from(b'0' + digit))
            .collect()
    }

    #[test]
    fn exact_expansions() {
        let half = Decimal::exact(0.5);
        assert_eq!((text(&half.digits), half.point), ("5".to_string(), 0));
        let big = Decimal::exact(1e21);
        assert_eq!((text(&big.digits), big.point), ("1".to_string(), 22));
        // 1.005 is really 1.00499999999999989341858963598497211933135986328125.
        let tricky = Decimal::exact(1.005);
        assert_eq!(
            text(&tricky.digits),
            "100499999999999989341858963598497211933135986328125"
        );
        assert_eq!(tricky.point, 1);
        let tiny = Decimal::exact(5e-324);
        assert_eq!(tiny.point, -323);
        assert_eq!(&text(&tiny.digits)[..10], "4940656458");
        assert_eq!(tiny.digits.len(), 751);
        let max = Decimal::exact(f64::MAX);
        assert_eq!(max.point, 309);
        assert_eq!(&text(&max.digits)[..17], "17976931348623157");
    }

    #[test]
    fn shortest_digits() {
        for (value, digits, point) in [
            (0.1, "1", 0),
            (123.456, "123456", 3),
            (1e21, "1", 22),
            (1.5e-7, "15", -6),
            (123456789012345680000.0, "12345678901234568", 21),
            (5e-324, "5", -323),
        ] {
            let decimal = Decimal::shortest(value);
            assert_eq!(
                (text(&decimal.digits), decimal.point),
                (digits.to_string(), point)
            );
        }
    }

    #[test]
    fn rounding_carries() {
        let nines = Decimal::exact(9.96);
        assert_eq!(nines.round_significant(2), (vec![1, 0], 2));
        assert_eq!(nines.round_fixed(1), vec![1, 0, 0]);
        assert_eq!(Decimal::exact(0.5).round_fixed(0), vec![1]);
        assert_eq!(Decimal::exact(0.4).round_fixed(0), vec![0]);
        assert_eq!(Decimal::exact(0.004).round_fixed(1), vec![0]);
    }
}
