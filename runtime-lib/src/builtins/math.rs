//! The `Math` object (§21.3): its value properties, its functions and `Math.random`'s
//! generator.
//!
//! The spec leaves the accuracy of the transcendental functions to the implementation, and
//! node prints every digit, so each function uses the implementation that agrees with node 20
//! most often: the fdlibm-derived `libm` crate for most (V8's own code is fdlibm-derived too),
//! the platform's for `log10` and `tanh`, where that agrees more often, and for `cbrt` the
//! FreeBSD algorithm V8 uses, written out here (`libm` has a correctly rounded one, which
//! differs from node in about one case in eleven), and likewise fdlibm's classic `log` (where
//! `libm`'s differs in about one case in 400). `Math.pow` is `**` (`value::ops::exponentiate`).
//!
//! `Math.random` is xorshift128+, seeded from the operating system when the realm is built;
//! the state is per thread, as a context is.

use super::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::JsResult;
use crate::object::function::{self, NativeCall, NativeFn};
use crate::object::{Attributes, PropertyKey};
use crate::value::{conv, Value};
use std::cell::Cell;

/// The functions of Math whose only argument goes through ToNumber and whose result is a
/// function of that number alone, dispatched through the function's native data.
type UnaryFn = fn(f64) -> f64;

/// One function property of Math.
enum Entry {
    /// `Math.name(x)`: ToNumber(x), then the function.
    Unary(UnaryFn),
    /// A function with its own argument handling, and its `length`.
    Native(NativeFn, u32),
}

/// Math's function properties in V8's order (which `Object.getOwnPropertyNames(Math)` shows).
const FUNCTIONS: &[(&str, Entry)] = &[
    ("abs", Entry::Unary(f64::abs)),
    ("acos", Entry::Unary(libm::acos)),
    ("acosh", Entry::Unary(libm::acosh)),
    ("asin", Entry::Unary(libm::asin)),
    ("asinh", Entry::Unary(libm::asinh)),
    ("atan", Entry::Unary(libm::atan)),
    ("atanh", Entry::Unary(libm::atanh)),
    ("atan2", Entry::Native(atan2, 2)),
    ("ceil", Entry::Unary(f64::ceil)),
    ("cbrt", Entry::Unary(cbrt)),
    ("expm1", Entry::Unary(libm::expm1)),
    ("clz32", Entry::Unary(clz32)),
    ("cos", Entry::Unary(libm::cos)),
    ("cosh", Entry::Unary(libm::cosh)),
    ("exp", Entry::Unary(exp)),
    ("floor", Entry::Unary(f64::floor)),
    ("fround", Entry::Unary(fround)),
    ("hypot", Entry::Native(hypot, 2)),
    ("imul", Entry::Native(imul, 2)),
    ("log", Entry::Unary(log)),
    ("log1p", Entry::Unary(libm::log1p)),
    ("log2", Entry::Unary(libm::log2)),
    ("log10", Entry::Unary(f64::log10)),
    ("max", Entry::Native(max, 2)),
    ("min", Entry::Native(min, 2)),
    ("pow", Entry::Native(pow, 2)),
    ("random", Entry::Native(random, 0)),
    ("round", Entry::Unary(round)),
    ("sign", Entry::Unary(sign)),
    ("sin", Entry::Unary(libm::sin)),
    ("sinh", Entry::Unary(libm::sinh)),
    ("sqrt", Entry::Unary(f64::sqrt)),
    ("tan", Entry::Unary(libm::tan)),
    ("tanh", Entry::Unary(f64::tanh)),
    ("trunc", Entry::Unary(f64::trunc)),
];

/// The value properties (§21.3.1), non-writable, non-enumerable, non-configurable.
const CONSTANTS: [(&str, f64); 8] = [
    ("E", std::f64::consts::E),
    ("LN10", std::f64::consts::LN_10),
    ("LN2", std::f64::consts::LN_2),
    ("LOG10E", std::f64::consts::LOG10_E),
    ("LOG2E", std::f64::consts::LOG2_E),
    ("PI", std::f64::consts::PI),
    ("SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
    ("SQRT2", std::f64::consts::SQRT_2),
];

/// Creates `Math` and binds it on the global object; seeds `Math.random`.
pub fn init(ctx: &mut Context) {
    seed_random();
    let math = ctx.new_object();
    for (index, (name, entry)) in FUNCTIONS.iter().enumerate() {
        let atom = ctx.intern_str(name);
        let function = match entry {
            Entry::Unary(_) => function::new_native_with_data(ctx, atom, 1, unary, false, Value::number(index as f64)),
            Entry::Native(native, length) => function::new_native(ctx, atom, *length, *native, false),
        };
        ObjectBuilder::new(ctx, math).define(PropertyKey::from_atom(atom), Value::object(function), Attributes::HIDDEN);
    }
    for (name, value) in CONSTANTS {
        ObjectBuilder::new(ctx, math).property(name, Value::number(value), Attributes::NONE);
    }
    let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);
    let tag = ctx.intern_str("Math");
    ObjectBuilder::new(ctx, math).define(tag_key, Value::string(tag), Attributes::READONLY_HIDDEN);
    crate::realm::define_global(ctx, "Math", Value::object(math));
}

/// True when `callee` is the realm's Math function named `kiln_abi::call_intrinsic::MATH_NAMES[which]`,
/// which compiled code may then compute inline (its call cache remembers the function object).
pub fn is_intrinsic(callee: Value, which: u32) -> bool {
    use crate::object::function::FunctionVariant;
    use crate::object::ObjectKind;
    let Some(name) = kiln_abi::call_intrinsic::MATH_NAMES.get(which as usize) else { return false };
    let Some(index) = FUNCTIONS.iter().position(|(entry_name, _)| entry_name == name) else { return false };
    let Some(object) = callee.as_object() else { return false };
    let ObjectKind::Function(data) = object.get().kind() else { return false };
    let FunctionVariant::Native { function } = &data.variant else { return false };
    match &FUNCTIONS[index].1 {
        Entry::Unary(_) => std::ptr::fn_addr_eq(*function, unary as NativeFn) && data.native_data().as_number() == Some(index as f64),
        Entry::Native(native, _) => std::ptr::fn_addr_eq(*function, *native),
    }
}

/// The one-argument functions: Math.abs (§21.3.2.1) … Math.trunc (§21.3.2.35).
fn unary(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let number = conv::to_number(ctx, call.arg(0))?;
    let index = call.data().as_number().map_or(usize::MAX, |index| index as usize);
    match FUNCTIONS.get(index) {
        Some((_, Entry::Unary(function))) => Ok(Value::number(function(number))),
        _ => crate::util::fatal("Math function without its table entry"),
    }
}

/// Math.clz32 ( x ) (§21.3.2.11): leading zero bits of ToUint32(x).
fn clz32(number: f64) -> f64 {
    conv::f64_to_uint32(number).leading_zeros() as f64
}

/// Math.cbrt ( x ) (§21.3.2.9) as FreeBSD's `s_cbrt.c` computes it, which is what node
/// prints: an estimate from the exponent bits, a polynomial refinement to 23 bits, then one
/// Newton step (error below 0.667 ulp, not correctly rounded).
fn cbrt(x: f64) -> f64 {
    // Exponent biases: (1023 - 1023/3 - 0.03306235651) × 2^20 for normal numbers, and the same
    // less 54/3 for subnormals (which are first scaled by 2^54).
    const BIAS_NORMAL: u32 = 715_094_163;
    const BIAS_SUBNORMAL: u32 = 696_219_795;
    // |1/cbrt(r) - P(r)| < 2^-23.5 on the reduced range.
    const P0: f64 = 1.875_951_824_271_77;
    const P1: f64 = -1.884_979_795_433_771_7;
    const P2: f64 = 1.621_429_720_105_354_5;
    const P3: f64 = -0.758_397_934_778_766;
    const P4: f64 = 0.145_996_192_886_612_45;
    let bits = x.to_bits();
    let sign = (bits >> 32) as u32 & 0x8000_0000;
    let high = (bits >> 32) as u32 ^ sign;
    if high >= 0x7ff0_0000 {
        return x + x;
    }
    let mut t = if high < 0x0010_0000 {
        if bits << 1 == 0 {
            return x;
        }
        let scaled = f64::from_bits(0x4350_0000_u64 << 32) * x;
        let scaled_high = (scaled.to_bits() >> 32) as u32 & 0x7fff_ffff;
        f64::from_bits(u64::from(sign | (scaled_high / 3 + BIAS_SUBNORMAL)) << 32)
    } else {
        f64::from_bits(u64::from(sign | (high / 3 + BIAS_NORMAL)) << 32)
    };
    let r = (t * t) * (t / x);
    t *= (P0 + r * (P1 + r * P2)) + ((r * r) * r) * (P3 + r * P4);
    // Round t away from zero to 23 bits, so that t*t below is exact.
    t = f64::from_bits(t.to_bits().wrapping_add(0x8000_0000) & 0xffff_ffff_c000_0000);
    let square = t * t;
    let quotient = x / square;
    let correction = (quotient - t) / (t + t + quotient);
    t + t * correction
}

/// Math.exp ( x ) (§21.3.2.14): fdlibm's, except that V8 returns the correctly rounded `e`
/// for `exp(1)`, where fdlibm is one ulp off.
fn exp(x: f64) -> f64 {
    if x == 1.0 {
        return std::f64::consts::E;
    }
    libm::exp(x)
}

/// Math.log ( x ) (§21.3.2.20) as fdlibm's `e_log.c` computes it (what node prints):
/// x = 2^k × (1 + f) with √2/2 < 1 + f < √2, then log(1 + f) = f - s(f - R(s²)) with
/// s = f / (2 + f) and R a degree-14 minimax polynomial (error below 1 ulp).
fn log(x: f64) -> f64 {
    const LN2_HI: f64 = 0.693_147_180_369_123_8;
    const LN2_LO: f64 = 1.908_214_929_270_587_7e-10;
    const TWO54: f64 = 1.801_439_850_948_198_4e16;
    const LG1: f64 = 0.666_666_666_666_673_5;
    const LG2: f64 = 0.399_999_999_994_094_2;
    const LG3: f64 = 0.285_714_287_436_623_9;
    const LG4: f64 = 0.222_221_984_321_497_84;
    const LG5: f64 = 0.181_835_721_616_180_5;
    const LG6: f64 = 0.153_138_376_992_093_73;
    const LG7: f64 = 0.147_981_986_051_165_86;
    let mut x = x;
    let mut high = (x.to_bits() >> 32) as i32;
    let low = x.to_bits() as u32;
    let mut k: i32 = 0;
    if high < 0x0010_0000 {
        if ((high & 0x7fff_ffff) as u32 | low) == 0 {
            return f64::NEG_INFINITY;
        }
        if high < 0 {
            return f64::NAN;
        }
        // Subnormal: scale into the normal range.
        k -= 54;
        x *= TWO54;
        high = (x.to_bits() >> 32) as i32;
    }
    if high >= 0x7ff0_0000 {
        return x + x;
    }
    k += (high >> 20) - 1023;
    high &= 0x000f_ffff;
    // Normalize x or x/2 into [√2/2, √2).
    let carry = (high + 0x95f64) & 0x10_0000;
    x = f64::from_bits((u64::from((high | (carry ^ 0x3ff0_0000)) as u32) << 32) | (x.to_bits() & 0xffff_ffff));
    k += carry >> 20;
    let f = x - 1.0;
    let dk = f64::from(k);
    if (0x000f_ffff & (2 + high)) < 3 {
        // |f| < 2^-20.
        if f == 0.0 {
            return if k == 0 { 0.0 } else { dk * LN2_HI + dk * LN2_LO };
        }
        let r = f * f * (0.5 - 0.333_333_333_333_333_3 * f);
        return if k == 0 { f - r } else { dk * LN2_HI - ((r - dk * LN2_LO) - f) };
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let w = z * z;
    let t1 = w * (LG2 + w * (LG4 + w * LG6));
    let t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    let r = t2 + t1;
    if ((high - 0x6147a) | (0x6b851 - high)) > 0 {
        let half_square = 0.5 * f * f;
        if k == 0 {
            f - (half_square - s * (half_square + r))
        } else {
            dk * LN2_HI - ((half_square - (s * (half_square + r) + dk * LN2_LO)) - f)
        }
    } else if k == 0 {
        f - s * (f - r)
    } else {
        dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f)
    }
}

/// Math.fround ( x ) (§21.3.2.17): rounds to the nearest binary32 value (ties to even).
fn fround(number: f64) -> f64 {
    number as f32 as f64
}

/// Math.round ( x ) (§21.3.2.28): the closest integer, ties toward +∞; -0 for -0.5 ≤ x < 0.
fn round(number: f64) -> f64 {
    if !number.is_finite() || number == number.trunc() {
        return number;
    }
    if (-0.5..0.0).contains(&number) {
        return -0.0;
    }
    // `x + 0.5` would round up 0.49999999999999994; comparing the fraction does not.
    let floor = number.floor();
    if number - floor >= 0.5 {
        floor + 1.0
    } else {
        floor
    }
}

/// Math.sign ( x ) (§21.3.2.29): NaN and ±0 are returned as they are.
fn sign(number: f64) -> f64 {
    if number.is_nan() || number == 0.0 {
        number
    } else {
        number.signum()
    }
}

/// Math.atan2 ( y, x ) (§21.3.2.8).
fn atan2(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let y = conv::to_number(ctx, call.arg(0))?;
    let x = conv::to_number(ctx, call.arg(1))?;
    Ok(Value::number(libm::atan2(y, x)))
}

/// Math.hypot ( ...args ) (§21.3.2.18): every argument is coerced first; ±∞ wins over NaN.
fn hypot(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let mut magnitudes = Vec::with_capacity(call.args.len());
    for &argument in call.args {
        magnitudes.push(conv::to_number(ctx, argument)?.abs());
    }
    Ok(Value::number(hypot_of(&magnitudes)))
}

/// The hypotenuse of non-negative magnitudes: scaled by the largest (no overflow or underflow
/// of the squares), summed with compensation for the rounding of each addition.
fn hypot_of(magnitudes: &[f64]) -> f64 {
    if magnitudes.iter().any(|magnitude| magnitude.is_infinite()) {
        return f64::INFINITY;
    }
    if magnitudes.iter().any(|magnitude| magnitude.is_nan()) {
        return f64::NAN;
    }
    let largest = magnitudes.iter().copied().fold(0.0, f64::max);
    if largest == 0.0 {
        return 0.0;
    }
    let (mut sum, mut compensation) = (0.0f64, 0.0f64);
    for &magnitude in magnitudes {
        let scaled = magnitude / largest;
        let term = scaled * scaled - compensation;
        let next = sum + term;
        compensation = (next - sum) - term;
        sum = next;
    }
    sum.sqrt() * largest
}

/// Math.imul ( x, y ) (§21.3.2.19): the low 32 bits of the product, signed.
fn imul(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let a = conv::to_uint32(ctx, call.arg(0))?;
    let b = conv::to_uint32(ctx, call.arg(1))?;
    Ok(Value::number(a.wrapping_mul(b) as i32 as f64))
}

/// Math.max ( ...args ) (§21.3.2.24): all arguments are coerced before any is compared;
/// +0 is larger than -0; NaN wins.
fn max(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let numbers = coerce_all(ctx, call.args)?;
    Ok(Value::number(numbers.into_iter().fold(f64::NEG_INFINITY, |best, number| {
        if best.is_nan() || number.is_nan() {
            f64::NAN
        } else if number > best || (number == 0.0 && best == 0.0 && best.is_sign_negative()) {
            number
        } else {
            best
        }
    })))
}

/// Math.min ( ...args ) (§21.3.2.25): like max with -0 smaller than +0.
fn min(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let numbers = coerce_all(ctx, call.args)?;
    Ok(Value::number(numbers.into_iter().fold(f64::INFINITY, |best, number| {
        if best.is_nan() || number.is_nan() {
            f64::NAN
        } else if number < best || (number == 0.0 && best == 0.0 && number.is_sign_negative()) {
            number
        } else {
            best
        }
    })))
}

fn coerce_all(ctx: &mut Context, args: &[Value]) -> JsResult<Vec<f64>> {
    let mut numbers = Vec::with_capacity(args.len());
    for &argument in args {
        numbers.push(conv::to_number(ctx, argument)?);
    }
    Ok(numbers)
}

/// Math.pow ( base, exponent ) (§21.3.2.26): Number::exponentiate, exactly `**`.
fn pow(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let base = conv::to_number(ctx, call.arg(0))?;
    let exponent = conv::to_number(ctx, call.arg(1))?;
    Ok(Value::number(crate::value::ops::exponentiate(base, exponent)))
}

/// Math.random ( ) (§21.3.2.27).
fn random(_ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(Value::number(next_random()))
}

thread_local! {
    /// The xorshift128+ state of this thread's context.
    static RANDOM_STATE: Cell<[u64; 2]> = const { Cell::new([0x9e37_79b9_7f4a_7c15, 0xbf58_476d_1ce4_e5b9]) };
}

/// Seeds the generator from the operating system (falling back to the clock and an address
/// when that fails). The state is never all zero.
fn seed_random() {
    let mut bytes = [0u8; 16];
    // SAFETY: getrandom writes at most `bytes.len()` bytes into the buffer it is given.
    let filled = unsafe { libc::getrandom(bytes.as_mut_ptr().cast(), bytes.len(), 0) };
    if filled != bytes.len() as isize {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |elapsed| elapsed.as_nanos());
        let address = &bytes as *const _ as u64;
        bytes[..8].copy_from_slice(&(nanos as u64).to_le_bytes());
        bytes[8..].copy_from_slice(&(address ^ (nanos >> 64) as u64).to_le_bytes());
    }
    let mut state = [
        u64::from_le_bytes(bytes[..8].try_into().expect("8 bytes")),
        u64::from_le_bytes(bytes[8..].try_into().expect("8 bytes")),
    ];
    if state == [0, 0] {
        state = [0x9e37_79b9_7f4a_7c15, 1];
    }
    RANDOM_STATE.with(|cell| cell.set(state));
}

/// The next number in [0, 1): the top 53 bits of the next xorshift128+ output.
fn next_random() -> f64 {
    RANDOM_STATE.with(|cell| {
        let [mut s1, s0] = cell.get();
        let result = s0.wrapping_add(s1);
        s1 ^= s1 << 23;
        s1 ^= s1 >> 17;
        s1 ^= s0;
        s1 ^= s0 >> 26;
        cell.set([s0, s1]);
        (result >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clz32_counts_leading_zeros_of_uint32() {
        assert_eq!(clz32(0.0), 32.0);
        assert_eq!(clz32(1.0), 31.0);
        assert_eq!(clz32(-1.0), 0.0);
        assert_eq!(clz32(0.5), 32.0);
        assert_eq!(clz32(4294967296.0), 32.0);
        assert_eq!(clz32(f64::NAN), 32.0);
        assert_eq!(clz32(f64::INFINITY), 32.0);
    }

    #[test]
    fn imul_wraps_like_int32_multiplication() {
        let product = |a: f64, b: f64| conv::f64_to_uint32(a).wrapping_mul(conv::f64_to_uint32(b)) as i32 as f64;
        assert_eq!(product(3.0, 4.0), 12.0);
        assert_eq!(product(-5.0, 12.0), -60.0);
        assert_eq!(product(4294967295.0, 5.0), -5.0);
        assert_eq!(product(4294967294.0, 5.0), -10.0);
        assert_eq!(product(2147483648.0, 2.0), 0.0);
    }

    #[test]
    fn cbrt_matches_node() {
        assert_eq!(cbrt(27.0), 3.0);
        assert_eq!(cbrt(-8.0), -2.0);
        assert_eq!(cbrt(0.0029389607906341554), 0.14324009400675247);
        assert_eq!(cbrt(5e-324), 1.7031839360032603e-108);
        assert!(cbrt(-0.0).is_sign_negative());
        assert_eq!(cbrt(f64::NEG_INFINITY), f64::NEG_INFINITY);
        assert!(cbrt(f64::NAN).is_nan());
    }

    #[test]
    fn log_matches_node() {
        assert_eq!(log(2.930549383163452), 1.0751899082386869);
        assert_eq!(log(42.49183237552643), 3.749311878062166);
        assert_eq!(log(std::f64::consts::E), 1.0);
        assert_eq!(log(1.0), 0.0);
        assert_eq!(log(0.0), f64::NEG_INFINITY);
        assert!(log(-1.0).is_nan());
        assert_eq!(log(5e-324), -744.4400719213812);
        assert_eq!(log(f64::INFINITY), f64::INFINITY);
    }

    #[test]
    fn exp_of_one_is_e() {
        assert_eq!(exp(1.0).to_bits(), std::f64::consts::E.to_bits());
        assert_eq!(exp(0.0), 1.0);
        assert_eq!(exp(f64::NEG_INFINITY), 0.0);
    }

    #[test]
    fn fround_rounds_to_binary32() {
        assert_eq!(fround(5.5), 5.5);
        assert_eq!(fround(5.05), 5.050000190734863);
        assert_eq!(fround(2f64.powi(128)), f64::INFINITY);
        assert_eq!(fround(1e-50), 0.0);
        assert!(fround(-1e-50).is_sign_negative());
        assert!(fround(f64::NAN).is_nan());
    }

    #[test]
    fn round_takes_ties_up_and_keeps_negative_zero() {
        assert_eq!(round(2.5), 3.0);
        assert_eq!(round(-2.5), -2.0);
        assert_eq!(round(0.49999999999999994), 0.0);
        assert!(round(-0.5).is_sign_negative() && round(-0.5) == 0.0);
        assert!(round(-0.2).is_sign_negative());
        assert_eq!(round(4503599627370495.5), 4503599627370496.0);
        assert_eq!(round(-4503599627370495.5), -4503599627370495.0);
        assert!(round(-0.0).is_sign_negative());
    }

    #[test]
    fn hypot_handles_extremes() {
        assert_eq!(hypot_of(&[3.0, 4.0]), 5.0);
        assert_eq!(hypot_of(&[]), 0.0);
        assert_eq!(hypot_of(&[f64::NAN, f64::INFINITY]), f64::INFINITY);
        assert!(hypot_of(&[f64::NAN, 1.0]).is_nan());
        assert_eq!(hypot_of(&[1e200, 1e200]), 1.414213562373095e200);
        assert_eq!(hypot_of(&[1.0, 1.0, 1.0, 1.0]), 2.0);
    }

    #[test]
    fn random_stays_in_the_unit_interval() {
        seed_random();
        for _ in 0..10_000 {
            let value = next_random();
            assert!((0.0..1.0).contains(&value));
        }
    }
}
