//! Intl.NumberFormat (ECMA-402 §15) with en-US's patterns: decimal, percent, currency (CLDR
//! symbols and names from `data.rs`) and unit styles; standard, scientific, engineering and
//! compact notation; the digit options of NumberFormat v3 (rounding priority, increment, mode,
//! trailing zeros); sign display; Number, BigInt and numeric-string input. Numbers are turned
//! into exact decimal digits (the shortest round-trip digits of a double, as ICU does) before
//! rounding, so `1.005` rounds like ICU, not like binary floating point.

use super::{Member, data, get_number_option, get_raw_option, get_string_option, install_service, join_parts, locale_and_options, parts_to_array, string_value, this_service, ObjectWriter, Part};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall};
use crate::object::JsObject;
use crate::value::{conv, Value};

/// Installs `Intl.NumberFormat`.
pub(super) fn install(ctx: &mut Context, intl: Gc<JsObject>) {
    install_service(
        ctx,
        intl,
        "NumberFormat",
        0,
        construct,
        &[Member::Method("resolvedOptions", 0, resolved_options), Member::Method("formatToParts", 1, format_to_parts), Member::Getter("format", format_getter), Member::Method("formatRange", 2, format_range), Member::Method("formatRangeToParts", 2, format_range_to_parts)]);
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Style {
    Decimal,
    Percent,
    Currency,
    Unit,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Notation {
    Standard,
    Scientific,
    Engineering,
    Compact,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum RoundingType {
    Fraction,
    Significant,
    MorePrecision,
    LessPrecision,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Grouping {
    Auto,
    Always,
    Min2,
    Off,
}

/// The resolved options of a NumberFormat ([[...]] internal slots).
#[derive(Clone, Debug)]
pub struct NumberFormat {
    locale: String,
    style: Style,
    currency: String,
    currency_display: String,
    currency_sign: String,
    unit: String,
    unit_display: String,
    min_integer: u32,
    min_fraction: u32,
    max_fraction: u32,
    min_significant: u32,
    max_significant: u32,
    rounding_type: RoundingType,
    rounding_priority: &'static str,
    rounding_increment: u32,
    rounding_mode: String,
    strip_if_integer: bool,
    grouping: Grouping,
    notation: Notation,
    compact_long: bool,
    sign_display: String,
}

const ROUNDING_MODES: [&str; 9] = ["ceil", "floor", "expand", "trunc", "halfCeil", "halfFloor", "halfExpand", "halfTrunc", "halfEven"];

/// Intl.NumberFormat ( [ locales [ , options ] ] ) (§15.1.1): callable without `new`.
fn construct(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let format = create(ctx, call.arg(0), call.arg(1), call)?;
    super::new_service(ctx, call, format)
}

/// InitializeNumberFormat for Number.prototype.toLocaleString (no object needed).
pub fn create_for_locale_string(ctx: &mut Context, locales: Value, options: Value) -> JsResult<NumberFormat> {
    let requested = match super::locale::canonicalize_locale_list(ctx, locales) {
        Ok(list) => list,
        Err(throw) => {
            // toLocaleString reports the bad tag itself, as V8 does.
            if locales.is_string() {
                ctx.exception = Value::UNDEFINED;
                let text = conv::to_string(ctx, locales)?.get().to_rust_string();
                return ctx.throw_range_error(&format!("Invalid language tag: {text}"));
            }
            return Err(throw);
        }
    };
    let options = super::coerce_options(ctx, options, "Intl.NumberFormat")?;
    initialize(ctx, super::locale::resolve(&requested), options)
}

fn create(ctx: &mut Context, locales: Value, options: Value, call: &NativeCall) -> JsResult<NumberFormat> {
    let forwarded = NativeCall { callee: call.callee, this: call.this, args: &[locales, options], new_target: call.new_target };
    let (locale, options) = locale_and_options(ctx, &forwarded, "Intl.NumberFormat")?;
    initialize(ctx, locale, options)
}

const NAME: &str = "Intl.NumberFormat";

fn initialize(ctx: &mut Context, locale: String, options: Option<Gc<JsObject>>) -> JsResult<NumberFormat> {
    let numbering = get_string_option(ctx, options, "numberingSystem", &[], NAME)?;
    if let Some(numbering) = numbering {
        if !is_type_sequence(&numbering) {
            return ctx.throw_range_error(&format!("Invalid numberingSystem : {numbering}"));
        }
    }
    // SetNumberFormatUnitOptions (§15.1.3).
    let style = match get_string_option(ctx, options, "style", &["decimal", "percent", "currency", "unit"], NAME)?.as_deref() {
        Some("percent") => Style::Percent,
        Some("currency") => Style::Currency,
        Some("unit") => Style::Unit,
        _ => Style::Decimal,
    };
    let currency = get_string_option(ctx, options, "currency", &[], NAME)?;
    if let Some(code) = &currency {
        if code.len() != 3 || !code.bytes().all(|byte| byte.is_ascii_alphabetic()) {
            return ctx.throw_range_error(&format!("Invalid currency code : {code}"));
        }
    }
    let currency_display = get_string_option(ctx, options, "currencyDisplay", &["code", "symbol", "narrowSymbol", "name"], NAME)?.unwrap_or_else(|| "symbol".into());
    let currency_sign = get_string_option(ctx, options, "currencySign", &["standard", "accounting"], NAME)?.unwrap_or_else(|| "standard".into());
    let unit = get_string_option(ctx, options, "unit", &[], NAME)?;
    if let Some(unit) = &unit {
        if !is_well_formed_unit(unit) {
            return ctx.throw_range_error(&format!("Invalid unit argument for Intl.NumberFormat() '{unit}'"));
        }
    }
    let unit_display = get_string_option(ctx, options, "unitDisplay", &["short", "narrow", "long"], NAME)?.unwrap_or_else(|| "short".into());
    if style == Style::Currency && currency.is_none() {
        return ctx.throw_type_error("Currency code is required with currency style.");
    }
    if style == Style::Unit && unit.is_none() {
        return ctx.throw_type_error("Invalid unit argument for Intl.NumberFormat() ''");
    }
    let currency = currency.map(|code| code.to_ascii_uppercase()).unwrap_or_default();
    let notation = match get_string_option(ctx, options, "notation", &["standard", "scientific", "engineering", "compact"], NAME)?.as_deref() {
        Some("scientific") => Notation::Scientific,
        Some("engineering") => Notation::Engineering,
        Some("compact") => Notation::Compact,
        _ => Notation::Standard,
    };
    let (fraction_default_min, fraction_default_max) = match style {
        Style::Currency if notation == Notation::Standard => {
            let digits = currency_digits(&currency);
            (digits, digits)
        }
        Style::Currency => {
            let digits = currency_digits(&currency);
            (digits, digits)
        }
        Style::Percent => (0, 0),
        _ => (0, 3),
    };
    let mut format = NumberFormat { style, currency, currency_display, currency_sign, unit: unit.unwrap_or_default(), unit_display, notation, ..NumberFormat::decimal(locale) };
    set_digit_options(ctx, options, &mut format, fraction_default_min, fraction_default_max)?;
    let compact_display = get_string_option(ctx, options, "compactDisplay", &["short", "long"], NAME)?;
    format.compact_long = compact_display.as_deref() == Some("long");
    let default_grouping = if notation == Notation::Compact { Grouping::Min2 } else { Grouping::Auto };
    let grouping = get_raw_option(ctx, options, "useGrouping")?;
    format.grouping = if grouping.is_undefined() {
        default_grouping
    } else if grouping.as_boolean() == Some(true) {
        Grouping::Always
    } else if !conv::to_boolean(grouping) {
        Grouping::Off
    } else {
        let text = conv::to_string(ctx, grouping)?.get().to_rust_string();
        match text.as_str() {
            "min2" => Grouping::Min2,
            "auto" => Grouping::Auto,
            "always" => Grouping::Always,
            "true" | "false" => default_grouping,
            _ => return ctx.throw_range_error(&format!("Value {text} out of range for Intl.NumberFormat options property useGrouping")),
        }
    };
    format.sign_display = get_string_option(ctx, options, "signDisplay", &["auto", "never", "always", "exceptZero", "negative"], NAME)?.unwrap_or_else(|| "auto".into());
    Ok(format)
}

/// SetNumberFormatDigitOptions (§15.1.3, NumberFormat v3).
fn set_digit_options(ctx: &mut Context, options: Option<Gc<JsObject>>, format: &mut NumberFormat, default_min: u32, default_max: u32) -> JsResult<()> {
    let min_integer = get_number_option(ctx, options, "minimumIntegerDigits", 1.0, 21.0)?.unwrap_or(1);
    let min_fraction = get_raw_option(ctx, options, "minimumFractionDigits")?;
    let max_fraction = get_raw_option(ctx, options, "maximumFractionDigits")?;
    let min_significant = get_raw_option(ctx, options, "minimumSignificantDigits")?;
    let max_significant = get_raw_option(ctx, options, "maximumSignificantDigits")?;
    format.min_integer = min_integer;
    let increment = get_number_option(ctx, options, "roundingIncrement", 1.0, 5000.0)?.unwrap_or(1);
    if ![1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000].contains(&increment) {
        return ctx.throw_range_error("roundingIncrement value is out of range.");
    }
    let mode = get_string_option(ctx, options, "roundingMode", &ROUNDING_MODES, NAME)?.unwrap_or_else(|| "halfExpand".into());
    let priority = get_string_option(ctx, options, "roundingPriority", &["auto", "morePrecision", "lessPrecision"], NAME)?.unwrap_or_else(|| "auto".into());
    let trailing = get_string_option(ctx, options, "trailingZeroDisplay", &["auto", "stripIfInteger"], NAME)?;
    format.rounding_increment = increment;
    format.rounding_mode = mode;
    format.strip_if_integer = trailing.as_deref() == Some("stripIfInteger");
    let default_max = if increment != 1 { default_min } else { default_max };
    let has_significant = !min_significant.is_undefined() || !max_significant.is_undefined();
    let has_fraction = !min_fraction.is_undefined() || !max_fraction.is_undefined();
    let (mut need_significant, mut need_fraction) = (true, true);
    if priority == "auto" {
        need_significant = has_significant;
        if need_significant || (!has_fraction && format.notation == Notation::Compact) {
            need_fraction = false;
        }
    }
    if need_significant {
        if has_significant {
            let minimum = super::default_number_option(ctx, min_significant, 1.0, 21.0, "minimumSignificantDigits")?.unwrap_or(1);
            let maximum = super::default_number_option(ctx, max_significant, minimum as f64, 21.0, "maximumSignificantDigits")?.unwrap_or(21);
            format.min_significant = minimum;
            format.max_significant = maximum;
        } else {
            format.min_significant = 1;
            format.max_significant = 21;
        }
    }
    if need_fraction {
        if has_fraction {
            let minimum = super::default_number_option(ctx, min_fraction, 0.0, 100.0, "minimumFractionDigits")?;
            let maximum = super::default_number_option(ctx, max_fraction, 0.0, 100.0, "maximumFractionDigits")?;
            let (minimum, maximum) = match (minimum, maximum) {
                (None, Some(maximum)) => (default_min.min(maximum), maximum),
                (Some(minimum), None) => (minimum, default_max.max(minimum)),
                (Some(minimum), Some(maximum)) => {
                    if minimum > maximum {
                        return ctx.throw_range_error("maximumFractionDigits value is out of range.");
                    }
                    (minimum, maximum)
                }
                (None, None) => (default_min, default_max),
            };
            format.min_fraction = minimum;
            format.max_fraction = maximum;
        } else {
            format.min_fraction = default_min;
            format.max_fraction = default_max;
        }
    }
    if !need_significant && !need_fraction {
        format.min_fraction = 0;
        format.max_fraction = 0;
        format.min_significant = 1;
        format.max_significant = 2;
        format.rounding_type = RoundingType::MorePrecision;
        format.rounding_priority = "morePrecision";
    } else if priority == "morePrecision" {
        format.rounding_type = RoundingType::MorePrecision;
        format.rounding_priority = "morePrecision";
    } else if priority == "lessPrecision" {
        format.rounding_type = RoundingType::LessPrecision;
        format.rounding_priority = "lessPrecision";
    } else if has_significant {
        format.rounding_type = RoundingType::Significant;
    } else {
        format.rounding_type = RoundingType::Fraction;
    }
    if increment != 1 {
        if format.rounding_type != RoundingType::Fraction {
            return ctx.throw_type_error("roundingIncrement is only allowed with fraction digit rounding");
        }
        if format.max_fraction != format.min_fraction {
            return ctx.throw_range_error("maximumFractionDigits not equal to minimumFractionDigits");
        }
    }
    Ok(())
}

/// `(alphanum{3,8})(-alphanum{3,8})*`, the shape of a numbering system or calendar name.
fn is_type_sequence(text: &str) -> bool {
    !text.is_empty() && text.split('-').all(|part| (3..=8).contains(&part.len()) && part.bytes().all(|byte| byte.is_ascii_alphanumeric()))
}

fn is_simple_unit(unit: &str) -> bool {
    data::UNITS.iter().any(|entry| entry.0 == unit)
}

/// IsWellFormedUnitIdentifier (§6.5.2).
fn is_well_formed_unit(unit: &str) -> bool {
    if is_simple_unit(unit) {
        return true;
    }
    match unit.split_once("-per-") {
        Some((numerator, denominator)) => is_simple_unit(numerator) && is_simple_unit(denominator),
        None => false,
    }
}

fn currency_digits(code: &str) -> u32 {
    data::CURRENCIES.iter().find(|entry| entry.0 == code).map_or(2, |entry| entry.5 as u32)
}

impl NumberFormat {
    /// The default decimal format for `locale`.
    pub fn decimal(locale: String) -> NumberFormat {
        NumberFormat {
            locale,
            style: Style::Decimal,
            currency: String::new(),
            currency_display: "symbol".into(),
            currency_sign: "standard".into(),
            unit: String::new(),
            unit_display: "short".into(),
            min_integer: 1,
            min_fraction: 0,
            max_fraction: 3,
            min_significant: 1,
            max_significant: 21,
            rounding_type: RoundingType::Fraction,
            rounding_priority: "auto",
            rounding_increment: 1,
            rounding_mode: "halfExpand".into(),
            strip_if_integer: false,
            grouping: Grouping::Auto,
            notation: Notation::Standard,
            compact_long: false,
            sign_display: "auto".into(),
        }
    }

    /// A decimal format with the digit options read from `options` (PluralRules).
    pub(super) fn with_digit_options(ctx: &mut Context, locale: String, options: Option<Gc<JsObject>>) -> JsResult<NumberFormat> {
        let mut format = NumberFormat::decimal(locale);
        set_digit_options(ctx, options, &mut format, 0, 3)?;
        Ok(format)
    }

    /// The rounded integer and fraction digits of a finite `value`.
    pub(super) fn rounded_digits(&self, value: f64) -> (String, String) {
        let raw = self.round(&Decimal::from_f64(value));
        (raw.integer, raw.fraction)
    }

    /// Writes minimumIntegerDigits and the fraction/significant digit options.
    pub(super) fn write_digit_options(&self, ctx: &mut Context, out: &mut ObjectWriter) -> JsResult<()> {
        out.number(ctx, "minimumIntegerDigits", self.min_integer as f64)?;
        let (significant, fraction) = match self.rounding_type {
            RoundingType::Fraction => (false, true),
            RoundingType::Significant => (true, false),
            _ => (true, true),
        };
        if significant {
            out.number(ctx, "minimumSignificantDigits", self.min_significant as f64)?;
            out.number(ctx, "maximumSignificantDigits", self.max_significant as f64)?;
        }
        if fraction {
            out.number(ctx, "minimumFractionDigits", self.min_fraction as f64)?;
            out.number(ctx, "maximumFractionDigits", self.max_fraction as f64)?;
        }
        Ok(())
    }

    /// The formatted parts of a Number.
    pub(super) fn number_parts(&self, value: f64) -> Vec<Part> {
        self.format_to_parts(&Decimal::from_f64(value))
    }
}

// ------------------------------------------------------------------------------------------
// Methods
// ------------------------------------------------------------------------------------------

const THIS_NAME: &str = "Intl.NumberFormat.prototype";

/// get Intl.NumberFormat.prototype.format (§15.3.3): a function bound to this formatter.
fn format_getter(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    this_service::<NumberFormat>(ctx, call.this, "Intl.NumberFormat.prototype.format")?;
    let name = ctx.intern_str("");
    let bound = function::new_native_with_data(ctx, name, 1, bound_format, false, call.this);
    Ok(Value::object(bound))
}

fn bound_format(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let format = this_service::<NumberFormat>(ctx, call.data(), "Intl.NumberFormat.prototype.format")?;
    let value = to_intl_mathematical_value(ctx, call.arg(0))?;
    let text = join_parts(&format.format_to_parts(&value));
    Ok(string_value(ctx, &text))
}

/// Intl.NumberFormat.prototype.formatToParts ( x ) (§15.3.4).
fn format_to_parts(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let format = this_service::<NumberFormat>(ctx, call.this, &format!("{THIS_NAME}.formatToParts"))?;
    let value = to_intl_mathematical_value(ctx, call.arg(0))?;
    let parts = format.format_to_parts(&value);
    parts_to_array(ctx, &parts, None)
}

fn range_values(ctx: &mut Context, call: &NativeCall, method: &str) -> JsResult<(NumberFormat, Decimal, Decimal)> {
    let format = this_service::<NumberFormat>(ctx, call.this, &format!("{THIS_NAME}.{method}"))?;
    if call.arg(0).is_undefined() || call.arg(1).is_undefined() {
        return ctx.throw_type_error("start or end is undefined");
    }
    let start = to_intl_mathematical_value(ctx, call.arg(0))?;
    let end = to_intl_mathematical_value(ctx, call.arg(1))?;
    if start.nan || end.nan {
        return ctx.throw_range_error("Invalid time value");
    }
    Ok((format, start, end))
}

/// Intl.NumberFormat.prototype.formatRange ( start, end ) (§15.3.5): `start–end`, or `~x`
/// when both format alike.
fn format_range(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (format, start, end) = range_values(ctx, call, "formatRange")?;
    let text = join_parts(&format.range_parts(&start, &end));
    Ok(string_value(ctx, &text))
}

/// Intl.NumberFormat.prototype.formatRangeToParts ( start, end ) (§15.3.6).
fn format_range_to_parts(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (format, start, end) = range_values(ctx, call, "formatRangeToParts")?;
    let parts = format.range_parts(&start, &end);
    parts_to_array(ctx, &parts, None)
}

/// Intl.NumberFormat.prototype.resolvedOptions ( ) (§15.3.7).
fn resolved_options(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let format = this_service::<NumberFormat>(ctx, call.this, &format!("{THIS_NAME}.resolvedOptions"))?;
    let mut out = ObjectWriter::new(ctx);
    out.string(ctx, "locale", &format.locale)?;
    out.string(ctx, "numberingSystem", "latn")?;
    let style = match format.style {
        Style::Decimal => "decimal",
        Style::Percent => "percent",
        Style::Currency => "currency",
        Style::Unit => "unit",
    };
    out.string(ctx, "style", style)?;
    if format.style == Style::Currency {
        out.string(ctx, "currency", &format.currency)?;
        out.string(ctx, "currencyDisplay", &format.currency_display)?;
        out.string(ctx, "currencySign", &format.currency_sign)?;
    }
    if format.style == Style::Unit {
        out.string(ctx, "unit", &format.unit)?;
        out.string(ctx, "unitDisplay", &format.unit_display)?;
    }
    format.write_digit_options(ctx, &mut out)?;
    match format.grouping {
        Grouping::Auto => out.string(ctx, "useGrouping", "auto")?,
        Grouping::Always => out.string(ctx, "useGrouping", "always")?,
        Grouping::Min2 => out.string(ctx, "useGrouping", "min2")?,
        Grouping::Off => out.boolean(ctx, "useGrouping", false)?,
    }
    let notation = match format.notation {
        Notation::Standard => "standard",
        Notation::Scientific => "scientific",
        Notation::Engineering => "engineering",
        Notation::Compact => "compact",
    };
    out.string(ctx, "notation", notation)?;
    if format.notation == Notation::Compact {
        out.string(ctx, "compactDisplay", if format.compact_long { "long" } else { "short" })?;
    }
    out.string(ctx, "signDisplay", &format.sign_display)?;
    out.string(ctx, "roundingMode", &format.rounding_mode)?;
    out.number(ctx, "roundingIncrement", format.rounding_increment as f64)?;
    out.string(ctx, "trailingZeroDisplay", if format.strip_if_integer { "stripIfInteger" } else { "auto" })?;
    out.string(ctx, "roundingPriority", format.rounding_priority)?;
    Ok(out.finish())
}

/// Number.prototype.toLocaleString ( [ locales [ , options ] ] ) (ECMA-402 §20.1.1).
pub fn number_to_locale_string_js(ctx: &mut Context, number: f64, locales: Value, options: Value) -> JsResult<Value> {
    let format = create_for_locale_string(ctx, locales, options)?;
    let text = join_parts(&format.format_to_parts(&Decimal::from_f64(number)));
    Ok(string_value(ctx, &text))
}

/// BigInt.prototype.toLocaleString ( [ locales [ , options ] ] ) (ECMA-402 §20.3.1).
pub fn bigint_to_locale_string_js(ctx: &mut Context, value: Value, locales: Value, options: Value) -> JsResult<Value> {
    let format = create_for_locale_string(ctx, locales, options)?;
    let text = crate::bigint::to_string_radix(crate::bigint::of(value), 10);
    let decimal = Decimal::from_decimal_text(&text).expect("BigInt decimal text is a decimal");
    let text = join_parts(&format.format_to_parts(&decimal));
    Ok(string_value(ctx, &text))
}

/// ToIntlMathematicalValue (§15.5.16): BigInts and numeric strings exactly, else ToNumber.
fn to_intl_mathematical_value(ctx: &mut Context, value: Value) -> JsResult<Decimal> {
    let primitive = conv::to_primitive(ctx, value, conv::Hint::Number)?;
    if primitive.is_bigint() {
        let text = crate::bigint::to_string_radix(crate::bigint::of(primitive), 10);
        return Ok(Decimal::from_decimal_text(&text).expect("BigInt decimal text is a decimal"));
    }
    if let Some(text) = primitive.as_string() {
        let text = text.get().to_rust_string();
        if let Some(decimal) = Decimal::from_decimal_text(text.trim()) {
            return Ok(decimal);
        }
    }
    let number = conv::to_number(ctx, primitive)?;
    Ok(Decimal::from_f64(number))
}

// ------------------------------------------------------------------------------------------
// Exact decimals and rounding
// ------------------------------------------------------------------------------------------

/// An exact decimal: `0.digits × 10^exponent` (no leading zero digits; none at all for
/// zero), its sign, or NaN / infinity.
#[derive(Clone, Debug)]
pub struct Decimal {
    negative: bool,
    digits: Vec<u8>,
    exponent: i32,
    nan: bool,
    infinite: bool,
}

impl Decimal {
    /// The shortest round-trip decimal of `value`.
    pub fn from_f64(value: f64) -> Decimal {
        let mut decimal = Decimal { negative: value.is_sign_negative() && !value.is_nan(), digits: Vec::new(), exponent: 0, nan: value.is_nan(), infinite: value.is_infinite() };
        if !value.is_finite() || value == 0.0 {
            return decimal;
        }
        let scientific = format!("{:e}", value.abs());
        let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
        let exponent: i32 = exponent.parse().unwrap_or(0);
        decimal.digits = mantissa.bytes().filter(u8::is_ascii_digit).map(|digit| digit - b'0').collect();
        decimal.exponent = exponent + 1;
        decimal.normalize();
        decimal
    }

    /// Parses `[+-]digits[.digits][e[+-]digits]` (or `Infinity`) exactly.
    pub fn from_decimal_text(text: &str) -> Option<Decimal> {
        let (negative, body) = match text.as_bytes().first() {
            Some(b'-') => (true, &text[1..]),
            Some(b'+') => (false, &text[1..]),
            _ => (false, text),
        };
        if body == "Infinity" {
            return Some(Decimal { negative, digits: Vec::new(), exponent: 0, nan: false, infinite: true });
        }
        let (mantissa, exponent) = match body.find(['e', 'E']) {
            Some(position) => (&body[..position], body[position + 1..].parse::<i32>().ok()?),
            None => (body, 0),
        };
        let (integer, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        if integer.is_empty() && fraction.is_empty() {
            return None;
        }
        if !integer.bytes().chain(fraction.bytes()).all(|byte| byte.is_ascii_digit()) {
            return None;
        }
        let digits: Vec<u8> = integer.bytes().chain(fraction.bytes()).map(|byte| byte - b'0').collect();
        let mut decimal = Decimal { negative, digits, exponent: integer.len() as i32 + exponent, nan: false, infinite: false };
        decimal.normalize();
        Some(decimal)
    }

    fn normalize(&mut self) {
        let leading = self.digits.iter().take_while(|&&digit| digit == 0).count();
        self.digits.drain(..leading);
        self.exponent -= leading as i32;
        while self.digits.last() == Some(&0) {
            self.digits.pop();
        }
        if self.digits.is_empty() {
            self.exponent = 0;
        }
    }

    fn is_zero(&self) -> bool {
        self.digits.is_empty()
    }

    /// floor(log10(|x|)), the position of the first digit (0 for zero).
    fn magnitude(&self) -> i32 {
        if self.is_zero() {
            0
        } else {
            self.exponent - 1
        }
    }

    /// This value times 10^shift.
    fn scaled(&self, shift: i32) -> Decimal {
        let mut copy = self.clone();
        if !copy.is_zero() {
            copy.exponent += shift;
        }
        copy
    }
}

/// A rounded value: integer digits, fraction digits, and the magnitude of the last digit
/// rounding kept (for rounding priority).
#[derive(Clone, Debug)]
struct Raw {
    integer: String,
    fraction: String,
    rounding_magnitude: i32,
}

impl Raw {
    fn is_zero(&self) -> bool {
        self.integer.bytes().chain(self.fraction.bytes()).all(|byte| byte == b'0')
    }

    /// The number of integer digits, ignoring leading zeros.
    fn integer_value_digits(&self) -> usize {
        self.integer.trim_start_matches('0').len()
    }
}

/// Whether discarding `tail` (the digits after the kept ones) rounds the kept value up in
/// magnitude, by `mode`, for a value of sign `negative` whose last kept digit is `last`.
fn rounds_up(mode: &str, negative: bool, tail: &[u8], last_odd: bool) -> bool {
    let exact = tail.iter().all(|&digit| digit == 0);
    if exact {
        return false;
    }
    let first = tail[0];
    let rest_zero = tail[1..].iter().all(|&digit| digit == 0);
    let above = first > 5 || (first == 5 && !rest_zero);
    let half = first == 5 && rest_zero;
    match mode {
        "ceil" => !negative,
        "floor" => negative,
        "expand" => true,
        "trunc" => false,
        "halfCeil" => above || (half && !negative),
        "halfFloor" => above || (half && negative),
        "halfTrunc" => above,
        "halfEven" => above || (half && last_odd),
        _ => above || half,
    }
}

/// Rounds `value` to keep digits down to 10^`last_magnitude`: the digit string of the
/// rounded integer in units of 10^`last_magnitude` (at least one digit).
fn round_at(value: &Decimal, last_magnitude: i32, mode: &str) -> Vec<u8> {
    // Number of digits of `value.digits` that are at or above 10^last_magnitude.
    let keep = value.exponent - last_magnitude;
    if value.is_zero() {
        return vec![0];
    }
    let (mut kept, tail): (Vec<u8>, Vec<u8>) = if keep <= 0 {
        let mut tail = vec![0u8; (-keep) as usize];
        tail.extend_from_slice(&value.digits);
        (vec![0], tail)
    } else if keep as usize >= value.digits.len() {
        let mut kept = value.digits.clone();
        kept.resize(keep as usize, 0);
        (kept, Vec::new())
    } else {
        (value.digits[..keep as usize].to_vec(), value.digits[keep as usize..].to_vec())
    };
    let last_odd = kept.last().is_some_and(|digit| digit % 2 == 1);
    if !tail.is_empty() && rounds_up(mode, value.negative, &tail, last_odd) {
        increment(&mut kept);
    }
    kept
}

fn increment(digits: &mut Vec<u8>) {
    for index in (0..digits.len()).rev() {
        if digits[index] == 9 {
            digits[index] = 0;
        } else {
            digits[index] += 1;
            return;
        }
    }
    digits.insert(0, 1);
}

/// Splits an integer digit string in units of 10^`last_magnitude` into integer and fraction
/// digits (last_magnitude ≤ 0 means -last_magnitude fraction digits).
fn split_units(units: &[u8], last_magnitude: i32) -> (String, String) {
    let text: String = units.iter().map(|&digit| char::from(b'0' + digit)).collect();
    if last_magnitude >= 0 {
        let mut integer = text;
        integer.extend(std::iter::repeat_n('0', last_magnitude as usize));
        let integer = integer.trim_start_matches('0').to_string();
        return (if integer.is_empty() { "0".into() } else { integer }, String::new());
    }
    let fraction_digits = (-last_magnitude) as usize;
    let padded = if text.len() <= fraction_digits { format!("{}{}", "0".repeat(fraction_digits + 1 - text.len()), text) } else { text };
    let (integer, fraction) = padded.split_at(padded.len() - fraction_digits);
    let integer = integer.trim_start_matches('0');
    (if integer.is_empty() { "0".into() } else { integer.to_string() }, fraction.to_string())
}

/// ToRawPrecision (§15.5.8).
fn to_raw_precision(value: &Decimal, min_significant: u32, max_significant: u32, mode: &str) -> Raw {
    let rounding_magnitude = value.magnitude() - max_significant as i32 + 1;
    let (mut units, mut last) = if value.is_zero() {
        (vec![0u8], 0)
    } else {
        let mut last = rounding_magnitude;
        let mut units = round_at(value, last, mode);
        // Rounding up to a new power of ten (9.99 → 10.0) keeps max_significant digits.
        if units.len() > max_significant as usize {
            units.pop();
            last += 1;
        }
        (units, last)
    };
    // Trailing zeros beyond the minimum significant digits are dropped, and missing ones added.
    while units.len() > min_significant as usize && units.last() == Some(&0) && units.len() > 1 {
        units.pop();
        last += 1;
    }
    while units.len() < min_significant as usize {
        units.push(0);
        last -= 1;
    }
    let (integer, fraction) = split_units(&units, last);
    Raw { integer, fraction, rounding_magnitude }
}

/// ToRawFixed (§15.5.9), with a rounding increment.
fn to_raw_fixed(value: &Decimal, min_fraction: u32, max_fraction: u32, increment: u32, mode: &str) -> Raw {
    let last = -(max_fraction as i32);
    let units = if increment == 1 { round_at(value, last, mode) } else { round_to_increment(value, last, increment, mode) };
    let (integer, mut fraction) = split_units(&units, last);
    while fraction.len() > min_fraction as usize && fraction.ends_with('0') {
        fraction.pop();
    }
    Raw { integer, fraction, rounding_magnitude: last }
}

/// Rounds to a multiple of `increment` × 10^last.
fn round_to_increment(value: &Decimal, last: i32, increment: u32, mode: &str) -> Vec<u8> {
    let units = round_at(value, last, "trunc");
    let keep = value.exponent - last;
    let tail: Vec<u8> = if keep <= 0 {
        let mut tail = vec![0u8; (-keep) as usize];
        tail.extend_from_slice(&value.digits);
        tail
    } else if (keep as usize) < value.digits.len() {
        value.digits[keep as usize..].to_vec()
    } else {
        Vec::new()
    };
    let increment = increment as u64;
    let remainder = units.iter().fold(0u64, |acc, &digit| (acc * 10 + digit as u64) % increment);
    let double_remainder = units.iter().fold(0u64, |acc, &digit| (acc * 10 + digit as u64) % (2 * increment));
    let tail_zero = tail.iter().all(|&digit| digit == 0);
    let mut base = units.clone();
    subtract_small(&mut base, remainder);
    if remainder == 0 && tail_zero {
        return base;
    }
    // Compare (remainder + tail) with increment / 2.
    let twice = 2 * remainder;
    let above = twice > increment || (twice == increment && !tail_zero);
    let half = twice == increment && tail_zero;
    let odd = double_remainder >= increment;
    let up = match mode {
        "ceil" => !value.negative,
        "floor" => value.negative,
        "expand" => true,
        "trunc" => false,
        "halfCeil" => above || (half && !value.negative),
        "halfFloor" => above || (half && value.negative),
        "halfTrunc" => above,
        "halfEven" => above || (half && odd),
        _ => above || half,
    };
    if up {
        add_small(&mut base, increment);
    }
    base
}

fn subtract_small(digits: &mut [u8], mut amount: u64) {
    for index in (0..digits.len()).rev() {
        if amount == 0 {
            break;
        }
        let digit = digits[index] as i64 - (amount % 10) as i64;
        amount /= 10;
        if digit < 0 {
            digits[index] = (digit + 10) as u8;
            amount += 1;
        } else {
            digits[index] = digit as u8;
        }
    }
}

fn add_small(digits: &mut Vec<u8>, mut amount: u64) {
    let mut index = digits.len();
    while amount > 0 {
        if index == 0 {
            digits.insert(0, 0);
            index = 1;
        }
        index -= 1;
        let sum = digits[index] as u64 + amount % 10;
        amount /= 10;
        digits[index] = (sum % 10) as u8;
        amount += sum / 10;
    }
}

impl NumberFormat {
    /// FormatNumericToString (§15.5.3): the rounded digits of `value` (not NaN or infinite).
    fn round(&self, value: &Decimal) -> Raw {
        let mode = self.rounding_mode.as_str();
        let mut raw = match self.rounding_type {
            RoundingType::Significant => to_raw_precision(value, self.min_significant, self.max_significant, mode),
            RoundingType::Fraction => to_raw_fixed(value, self.min_fraction, self.max_fraction, self.rounding_increment, mode),
            RoundingType::MorePrecision | RoundingType::LessPrecision => {
                let significant = to_raw_precision(value, self.min_significant, self.max_significant, mode);
                let fixed = to_raw_fixed(value, self.min_fraction, self.max_fraction, self.rounding_increment, mode);
                let significant_wins = if self.rounding_type == RoundingType::MorePrecision {
                    significant.rounding_magnitude <= fixed.rounding_magnitude
                } else {
                    significant.rounding_magnitude > fixed.rounding_magnitude
                };
                if significant_wins {
                    significant
                } else {
                    fixed
                }
            }
        };
        if self.strip_if_integer && raw.fraction.bytes().all(|byte| byte == b'0') {
            raw.fraction.clear();
        }
        while raw.integer.len() < self.min_integer as usize {
            raw.integer.insert(0, '0');
        }
        raw
    }

    /// The rounded mantissa and the exponent for the notation.
    fn round_with_notation(&self, value: &Decimal) -> (Raw, i32) {
        match self.notation {
            Notation::Standard => {
                let value = if self.style == Style::Percent { value.scaled(2) } else { value.clone() };
                (self.round(&value), 0)
            }
            Notation::Scientific | Notation::Engineering => {
                let value = if self.style == Style::Percent { value.scaled(2) } else { value.clone() };
                let step = if self.notation == Notation::Scientific { 1 } else { 3 };
                let mut exponent = value.magnitude().div_euclid(step) * step;
                loop {
                    let raw = self.round(&value.scaled(-exponent));
                    if raw.integer_value_digits() > step as usize {
                        exponent += step;
                        continue;
                    }
                    return (raw, exponent);
                }
            }
            Notation::Compact => {
                let value = if self.style == Style::Percent { value.scaled(2) } else { value.clone() };
                let magnitude = value.magnitude();
                let mut exponent = if value.is_zero() || magnitude < 3 { 0 } else { (magnitude / 3 * 3).min(12) };
                loop {
                    let raw = self.round(&value.scaled(-exponent));
                    if raw.integer_value_digits() > 3 && exponent < 12 {
                        exponent += 3;
                        continue;
                    }
                    return (raw, exponent);
                }
            }
        }
    }

    /// PartitionNumberPattern (§15.5.4).
    pub fn format_to_parts(&self, value: &Decimal) -> Vec<Part> {
        let mut number: Vec<Part> = Vec::new();
        let mut zero = false;
        let mut plural_one = false;
        if value.nan {
            number.push(Part::new("nan", "NaN"));
        } else if value.infinite {
            number.push(Part::new("infinity", "∞"));
        } else {
            let (raw, exponent) = self.round_with_notation(value);
            zero = raw.is_zero();
            plural_one = raw.integer.trim_start_matches('0') == "1" && raw.fraction.is_empty() && exponent == 0;
            self.push_integer(&raw.integer, &mut number);
            if !raw.fraction.is_empty() {
                number.push(Part::new("decimal", "."));
                number.push(Part::new("fraction", raw.fraction));
            }
            match self.notation {
                Notation::Scientific | Notation::Engineering => {
                    number.push(Part::new("exponentSeparator", "E"));
                    if exponent < 0 {
                        number.push(Part::new("exponentMinusSign", "-"));
                    }
                    number.push(Part::new("exponentInteger", exponent.abs().to_string()));
                }
                Notation::Compact if exponent > 0 => {
                    let (short, long) = match exponent {
                        3 => ("K", "thousand"),
                        6 => ("M", "million"),
                        9 => ("B", "billion"),
                        _ => ("T", "trillion"),
                    };
                    if self.compact_long {
                        number.push(Part::new("literal", " "));
                        number.push(Part::new("compact", long));
                    } else {
                        number.push(Part::new("compact", short));
                    }
                }
                _ => {}
            }
        }
        let negative = value.negative && !value.nan;
        // The sign (§15.5.4 step 4, signDisplay).
        let sign = match self.sign_display.as_str() {
            "never" => None,
            "always" => Some(if negative { "-" } else { "+" }),
            "exceptZero" => {
                if zero || value.nan {
                    None
                } else {
                    Some(if negative { "-" } else { "+" })
                }
            }
            "negative" => {
                if negative && !zero {
                    Some("-")
                } else {
                    None
                }
            }
            _ => {
                if negative {
                    Some("-")
                } else {
                    None
                }
            }
        };
        let sign_part = |sign: &str| if sign == "-" { Part::new("minusSign", "-") } else { Part::new("plusSign", "+") };
        let mut parts: Vec<Part> = Vec::new();
        match self.style {
            Style::Decimal => {
                parts.extend(sign.map(sign_part));
                parts.extend(number);
            }
            Style::Percent => {
                parts.extend(sign.map(sign_part));
                parts.extend(number);
                // ICU reports a compact percent's sign as a unit.
                parts.push(Part::new(if self.notation == Notation::Compact { "unit" } else { "percentSign" }, "%"));
            }
            Style::Currency => {
                let entry = data::CURRENCIES.iter().find(|entry| entry.0 == self.currency);
                if self.currency_display == "name" {
                    parts.extend(sign.map(sign_part));
                    parts.extend(number);
                    parts.push(Part::new("literal", " "));
                    let name = match entry {
                        Some(entry) if plural_one => entry.3,
                        Some(entry) => entry.4,
                        None => self.currency.as_str(),
                    };
                    parts.push(Part::new("currency", name));
                } else {
                    let symbol = match (self.currency_display.as_str(), entry) {
                        ("code", _) | (_, None) => self.currency.as_str(),
                        ("narrowSymbol", Some(entry)) => entry.2,
                        (_, Some(entry)) => entry.1,
                    };
                    let accounting = self.currency_sign == "accounting" && sign == Some("-");
                    if accounting {
                        parts.push(Part::new("literal", "("));
                    } else {
                        parts.extend(sign.map(sign_part));
                    }
                    parts.push(Part::new("currency", symbol));
                    let finite = !value.nan && !value.infinite;
                    if finite && symbol.chars().last().is_some_and(char::is_alphabetic) {
                        parts.push(Part::new("literal", "\u{a0}"));
                    }
                    parts.extend(number);
                    if accounting {
                        parts.push(Part::new("literal", ")"));
                    }
                }
            }
            Style::Unit => {
                let pattern = self.unit_pattern(plural_one);
                let (before, after) = pattern.split_once("{0}").unwrap_or(("", &pattern));
                if !before.is_empty() {
                    parts.push(Part::new("unit", before.trim_end()));
                    if before.ends_with(' ') {
                        parts.push(Part::new("literal", " "));
                    }
                }
                parts.extend(sign.map(sign_part));
                parts.extend(number);
                if !after.is_empty() {
                    let unit = after.trim_start();
                    if unit.len() < after.len() {
                        parts.push(Part::new("literal", &after[..after.len() - unit.len()]));
                    }
                    parts.push(Part::new("unit", unit));
                }
            }
        }
        parts
    }

    fn unit_pattern(&self, one: bool) -> String {
        let column = match (self.unit_display.as_str(), one) {
            ("long", true) => 2,
            ("long", false) => 3,
            ("narrow", true) => 4,
            ("narrow", false) => 5,
            (_, true) => 0,
            (_, false) => 1,
        };
        let pick = |entry: &(&str, &str, &str, &str, &str, &str, &str)| -> String {
            [entry.1, entry.2, entry.3, entry.4, entry.5, entry.6][column].to_string()
        };
        if let Some(entry) = data::UNITS.iter().find(|entry| entry.0 == self.unit) {
            return pick(entry);
        }
        if let Some(entry) = data::PER_UNITS.iter().find(|entry| entry.0 == self.unit) {
            return pick(entry);
        }
        let (numerator, denominator) = self.unit.split_once("-per-").unwrap_or((&self.unit, ""));
        let numerator = data::UNITS.iter().find(|entry| entry.0 == numerator).map(pick).unwrap_or_else(|| "{0}".into());
        let width = match self.unit_display.as_str() {
            "long" => 2,
            "narrow" => 3,
            _ => 1,
        };
        let per = data::PER_FORMS.iter().find(|entry| entry.0 == denominator).map(|entry| [entry.1, entry.2, entry.3][width - 1]).unwrap_or("");
        format!("{numerator}{per}")
    }

    fn push_integer(&self, integer: &str, out: &mut Vec<Part>) {
        let group = match self.grouping {
            Grouping::Off => false,
            Grouping::Min2 => integer.len() >= 5,
            _ => integer.len() >= 4,
        };
        if !group {
            out.push(Part::new("integer", integer));
            return;
        }
        let first = integer.len() % 3;
        let mut start = 0;
        if first > 0 {
            out.push(Part::new("integer", &integer[..first]));
            start = first;
        }
        while start < integer.len() {
            if start > 0 {
                out.push(Part::new("group", ","));
            }
            out.push(Part::new("integer", &integer[start..start + 3]));
            start += 3;
        }
    }

    /// PartitionNumberRangePattern (§15.5.21) with en's range pattern: `3–5`, a shared unit or
    /// currency code written once (`3–5 m`), ` – ` between ends with signs or symbols, and
    /// `~x` when both ends format alike.
    fn range_parts(&self, start: &Decimal, end: &Decimal) -> Vec<Part> {
        let first = self.format_to_parts(start);
        let second = self.format_to_parts(end);
        let with_source = |parts: &[Part], source: &'static str| -> Vec<Part> { parts.iter().cloned().map(|part| Part { source: Some(source), ..part }).collect() };
        if join_parts(&first) == join_parts(&second) {
            let mut parts = vec![Part { kind: "approximatelySign", value: "~".into(), source: Some("shared") }];
            parts.extend(with_source(&first, "shared"));
            return parts;
        }
        let is_number = |part: &Part| matches!(part.kind, "integer" | "group" | "decimal" | "fraction");
        let affix_len = |parts: &[Part], from_end: bool| -> usize {
            let iter: Box<dyn Iterator<Item = &Part>> = if from_end { Box::new(parts.iter().rev()) } else { Box::new(parts.iter()) };
            iter.take_while(|part| !is_number(part)).count()
        };
        let signs = |parts: &[Part]| parts.iter().any(|part| matches!(part.kind, "minusSign" | "plusSign"));
        let collapsible = !signs(&first) && !signs(&second) && (self.style == Style::Unit || (self.style == Style::Currency && self.currency_display == "code")) && self.notation == Notation::Standard;
        if collapsible {
            let (prefix, suffix) = (affix_len(&first, false), affix_len(&first, true));
            if prefix == affix_len(&second, false) && suffix == affix_len(&second, true) && join_parts(&first[..prefix]) == join_parts(&second[..prefix]) {
                let mut parts = with_source(&first[..prefix], "shared");
                parts.extend(with_source(&first[prefix..first.len() - suffix], "startRange"));
                parts.push(Part { kind: "literal", value: "–".into(), source: Some("shared") });
                parts.extend(with_source(&second[prefix..second.len() - suffix], "endRange"));
                parts.extend(with_source(&second[second.len() - suffix..], "shared"));
                return parts;
            }
        }
        let plain = first.iter().chain(second.iter()).all(is_number);
        let mut parts = with_source(&first, "startRange");
        parts.push(Part { kind: "literal", value: if plain { "–".into() } else { " – ".into() }, source: Some("shared") });
        parts.extend(with_source(&second, "endRange"));
        parts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn default_format() -> NumberFormat {
        NumberFormat::decimal("en-US".into())
    }

    #[test]
    fn default_matches_node() {
        let format = default_format();
        let cases: [(f64, &str); 22] = [
            (1234567.891, "1,234,567.891"),
            (1.0005, "1.001"),
            (0.0005, "0.001"),
            (2.5e-7, "0"),
            (1e21, "1,000,000,000,000,000,000,000"),
            (123456789012345680000.0, "123,456,789,012,345,680,000"),
            (f64::INFINITY, "∞"),
            (f64::NEG_INFINITY, "-∞"),
            (-0.0, "-0"),
            (0.0, "0"),
            (-1234.5678, "-1,234.568"),
            (0.1 + 0.2, "0.3"),
            (999.9995, "1,000"),
            (999.9994999, "999.999"),
            (12.0, "12"),
            (1234.0, "1,234"),
            (-0.0001, "-0"),
            (5e-324, "0"),
            (1.2345e25, "12,345,000,000,000,000,000,000,000"),
            (0.5, "0.5"),
            (1.0045, "1.005"),
            (100.0, "100"),
        ];
        for (value, expected) in cases {
            assert_eq!(join_parts(&format.format_to_parts(&Decimal::from_f64(value))), expected, "{value}");
        }
    }
}
