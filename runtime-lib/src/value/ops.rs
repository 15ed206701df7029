//! Operators (ECMA-262 §13.15.3 ApplyStringOrNumericBinaryOperator, §7.2 comparisons):
//! the slow paths behind `kiln_op_*`, taking any values. Number-only fast paths live inline
//! in generated code; these must agree with them exactly.

use super::conv::{self, Hint};
use super::Value;
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::{function, ops as object_ops, PropertyKey};
use crate::string::{self, JsString};

/// The binary operators that work on numerics.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum NumericOp {
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
    /// `**`
    Exp,
    /// `<<`
    Shl,
    /// `>>`
    Sar,
    /// `>>>`
    Shr,
    /// `&`
    BitAnd,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
}

/// `a + b` (§13.15.3 with `+`).
pub fn add(ctx: &mut Context, a: Value, b: Value) -> JsResult<Value> {
    if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
        return Ok(Value::number(x + y));
    }
    if let (Some(x), Some(y)) = (a.as_string(), b.as_string()) {
        return Ok(Value::string(string::concat(ctx, x, y)?));
    }
    let left = conv::to_primitive(ctx, a, Hint::Default)?;
    let right = conv::to_primitive(ctx, b, Hint::Default)?;
    if left.is_string() || right.is_string() {
        let x = conv::to_string(ctx, left)?;
        let y = conv::to_string(ctx, right)?;
        return Ok(Value::string(string::concat(ctx, x, y)?));
    }
    let left = conv::to_numeric(ctx, left)?;
    let right = conv::to_numeric(ctx, right)?;
    if left.is_bigint() && right.is_bigint() {
        return Ok(crate::bigint::add(ctx, left, right));
    }
    let (x, y) = numbers(ctx, left, right)?;
    Ok(Value::number(x + y))
}

fn numbers(ctx: &mut Context, left: Value, right: Value) -> JsResult<(f64, f64)> {
    match (left.as_number(), right.as_number()) {
        (Some(x), Some(y)) => Ok((x, y)),
        _ => ctx.throw_type_error("Cannot mix BigInt and other types, use explicit conversions"),
    }
}

/// A numeric binary operator on any values.
pub fn numeric(ctx: &mut Context, op: NumericOp, a: Value, b: Value) -> JsResult<Value> {
    let left = conv::to_numeric(ctx, a)?;
    let right = conv::to_numeric(ctx, b)?;
    if left.is_bigint() && right.is_bigint() {
        return crate::bigint::numeric(ctx, op, left, right);
    }
    let (x, y) = numbers(ctx, left, right)?;
    Ok(Value::number(apply_numeric(op, x, y)))
}

/// The Number::op of a numeric operator (§6.1.6.1).
pub fn apply_numeric(op: NumericOp, x: f64, y: f64) -> f64 {
    match op {
        NumericOp::Sub => x - y,
        NumericOp::Mul => x * y,
        NumericOp::Div => x / y,
        NumericOp::Rem => x % y,
        NumericOp::Exp => exponentiate(x, y),
        NumericOp::Shl => (conv::f64_to_int32(x).wrapping_shl(conv::f64_to_uint32(y) & 31)) as f64,
        NumericOp::Sar => (conv::f64_to_int32(x) >> (conv::f64_to_uint32(y) & 31)) as f64,
        NumericOp::Shr => (conv::f64_to_uint32(x) >> (conv::f64_to_uint32(y) & 31)) as f64,
        NumericOp::BitAnd => (conv::f64_to_int32(x) & conv::f64_to_int32(y)) as f64,
        NumericOp::BitOr => (conv::f64_to_int32(x) | conv::f64_to_int32(y)) as f64,
        NumericOp::BitXor => (conv::f64_to_int32(x) ^ conv::f64_to_int32(y)) as f64,
    }
}

/// Number::exponentiate (§6.1.6.1.3), which differs from C `pow` for ±1 ** ±Infinity and NaN.
///
/// FIXME: V8 computes the power with its own fdlibm-derived `ieee754::legacy::pow`, which is
/// not correctly rounded: node prints `10 ** -4` as `0.00009999999999999999` where libm gives
/// `0.0001`. Porting that function makes `**` and Math.pow match node digit for digit.
pub fn exponentiate(base: f64, exponent: f64) -> f64 {
    if exponent.is_nan() {
        return f64::NAN;
    }
    if exponent == 0.0 {
        return 1.0;
    }
    if base.is_nan() {
        return f64::NAN;
    }
    if base.abs() == 1.0 && exponent.is_infinite() {
        return f64::NAN;
    }
    base.powf(exponent)
}

/// `-a`.
pub fn negate(ctx: &mut Context, a: Value) -> JsResult<Value> {
    let value = conv::to_numeric(ctx, a)?;
    match value.as_number() {
        Some(number) => Ok(Value::number(-number)),
        None => Ok(crate::bigint::negate(ctx, value)),
    }
}

/// `a + 1` (`delta` 1) or `a - 1` (`delta` -1) for `++`/`--`: ToNumeric, then the numeric's add.
pub fn increment(ctx: &mut Context, a: Value, delta: i64) -> JsResult<Value> {
    let value = conv::to_numeric(ctx, a)?;
    match value.as_number() {
        Some(number) => Ok(Value::number(number + delta as f64)),
        None => Ok(crate::bigint::add_small(ctx, value, delta)),
    }
}

/// `~a`.
pub fn bitwise_not(ctx: &mut Context, a: Value) -> JsResult<Value> {
    let value = conv::to_numeric(ctx, a)?;
    match value.as_number() {
        Some(number) => Ok(Value::number(!conv::f64_to_int32(number) as f64)),
        None => Ok(crate::bigint::bitwise_not(ctx, value)),
    }
}

/// The result of IsLessThan: true, false, or undefined (a NaN was involved).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum LessThan {
    /// x < y.
    True,
    /// Not x < y.
    False,
    /// A NaN was involved.
    Undefined,
}

/// IsLessThan(x, y, LeftFirst) (§7.2.13).
pub fn is_less_than(ctx: &mut Context, x: Value, y: Value, left_first: bool) -> JsResult<LessThan> {
    if let (Some(a), Some(b)) = (x.as_number(), y.as_number()) {
        return Ok(number_less_than(a, b));
    }
    let (px, py) = if left_first {
        let px = conv::to_primitive(ctx, x, Hint::Number)?;
        let py = conv::to_primitive(ctx, y, Hint::Number)?;
        (px, py)
    } else {
        let py = conv::to_primitive(ctx, y, Hint::Number)?;
        let px = conv::to_primitive(ctx, x, Hint::Number)?;
        (px, py)
    };
    if let (Some(a), Some(b)) = (px.as_string(), py.as_string()) {
        return Ok(if a.get().compare(b.get()).is_lt() { LessThan::True } else { LessThan::False });
    }
    // A BigInt against a string compares with StringToBigInt (undefined when it fails).
    if px.is_bigint() && py.is_string() {
        let text = py.as_string().map(|s| s.get().to_rust_string()).unwrap_or_default();
        return Ok(match crate::bigint::string_to_bigint(&text) {
            Some(other) => ordering_less(Some(crate::bigint::of(px).cmp(&other))),
            None => LessThan::Undefined,
        });
    }
    if px.is_string() && py.is_bigint() {
        let text = px.as_string().map(|s| s.get().to_rust_string()).unwrap_or_default();
        return Ok(match crate::bigint::string_to_bigint(&text) {
            Some(other) => ordering_less(Some(other.cmp(crate::bigint::of(py)))),
            None => LessThan::Undefined,
        });
    }
    let nx = conv::to_numeric(ctx, px)?;
    let ny = conv::to_numeric(ctx, py)?;
    match (nx.is_bigint(), ny.is_bigint()) {
        (true, true) => return Ok(ordering_less(Some(crate::bigint::of(nx).cmp(crate::bigint::of(ny))))),
        (true, false) => {
            return Ok(ordering_less(crate::bigint::compare_with_number(crate::bigint::of(nx), ny.as_number_unchecked())))
        }
        (false, true) => {
            let ordering = crate::bigint::compare_with_number(crate::bigint::of(ny), nx.as_number_unchecked());
            return Ok(ordering_less(ordering.map(std::cmp::Ordering::reverse)));
        }
        (false, false) => {}
    }
    let (a, b) = numbers(ctx, nx, ny)?;
    Ok(number_less_than(a, b))
}

fn ordering_less(ordering: Option<std::cmp::Ordering>) -> LessThan {
    match ordering {
        None => LessThan::Undefined,
        Some(std::cmp::Ordering::Less) => LessThan::True,
        Some(_) => LessThan::False,
    }
}

fn number_less_than(a: f64, b: f64) -> LessThan {
    if a.is_nan() || b.is_nan() {
        LessThan::Undefined
    } else if a < b {
        LessThan::True
    } else {
        LessThan::False
    }
}

/// The relational operators.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Relation {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

/// `a < b`, `a <= b`, `a > b`, `a >= b` (§13.10.1).
pub fn relational(ctx: &mut Context, relation: Relation, a: Value, b: Value) -> JsResult<bool> {
    Ok(match relation {
        Relation::Lt => is_less_than(ctx, a, b, true)? == LessThan::True,
        Relation::Gt => is_less_than(ctx, b, a, false)? == LessThan::True,
        Relation::Le => is_less_than(ctx, b, a, false)? == LessThan::False,
        Relation::Ge => is_less_than(ctx, a, b, true)? == LessThan::False,
    })
}

/// IsLooselyEqual (§7.2.14).
pub fn loosely_equal(ctx: &mut Context, x: Value, y: Value) -> JsResult<bool> {
    let mut x = x;
    let mut y = y;
    loop {
        if let (Some(a), Some(b)) = (x.as_number(), y.as_number()) {
            return Ok(a == b);
        }
        if same_type(x, y) {
            return Ok(conv::strict_equals(x, y));
        }
        if x.is_nullish() && y.is_nullish() {
            return Ok(true);
        }
        if x.is_nullish() || y.is_nullish() {
            return Ok(false);
        }
        if x.is_number() && y.is_string() {
            let b = conv::to_number(ctx, y)?;
            return Ok(x.as_number_unchecked() == b);
        }
        if x.is_string() && y.is_number() {
            let a = conv::to_number(ctx, x)?;
            return Ok(a == y.as_number_unchecked());
        }
        if x.is_bigint() && y.is_string() || x.is_string() && y.is_bigint() {
            let (big, text) = if x.is_bigint() { (x, y) } else { (y, x) };
            let text = text.as_string().map(|s| s.get().to_rust_string()).unwrap_or_default();
            return Ok(crate::bigint::string_to_bigint(&text).is_some_and(|other| *crate::bigint::of(big) == other));
        }
        if x.is_bigint() && y.is_number() || x.is_number() && y.is_bigint() {
            let (big, number) = if x.is_bigint() { (x, y) } else { (y, x) };
            let ordering = crate::bigint::compare_with_number(crate::bigint::of(big), number.as_number_unchecked());
            return Ok(ordering == Some(std::cmp::Ordering::Equal));
        }
        if let Some(boolean) = x.as_boolean() {
            x = Value::number(if boolean { 1.0 } else { 0.0 });
            continue;
        }
        if let Some(boolean) = y.as_boolean() {
            y = Value::number(if boolean { 1.0 } else { 0.0 });
            continue;
        }
        if (x.is_number() || x.is_string() || x.is_symbol() || x.is_bigint()) && y.is_object() {
            y = conv::to_primitive(ctx, y, Hint::Default)?;
            continue;
        }
        if x.is_object() && (y.is_number() || y.is_string() || y.is_symbol() || y.is_bigint()) {
            x = conv::to_primitive(ctx, x, Hint::Default)?;
            continue;
        }
        return Ok(false);
    }
}

fn same_type(x: Value, y: Value) -> bool {
    if x.is_number() || y.is_number() {
        return x.is_number() && y.is_number();
    }
    if x.is_boolean() || y.is_boolean() {
        return x.is_boolean() && y.is_boolean();
    }
    if x.is_nullish() || y.is_nullish() {
        return x == y;
    }
    x.tag() == y.tag()
}

/// `typeof a` (§13.5.3) as an atom.
pub fn type_of(ctx: &Context, a: Value) -> Gc<JsString> {
    let atoms = &ctx.atoms;
    if a.is_number() {
        atoms.number
    } else if a.is_string() {
        atoms.string
    } else if a.is_boolean() {
        atoms.boolean
    } else if a.is_undefined() {
        atoms.undefined
    } else if a.is_null() {
        atoms.object
    } else if a.is_symbol() {
        atoms.symbol
    } else if a.is_bigint() {
        atoms.bigint
    } else if a.is_callable() {
        atoms.function
    } else {
        atoms.object
    }
}

/// InstanceofOperator (§13.10.2).
pub fn instance_of(ctx: &mut Context, value: Value, target: Value) -> JsResult<bool> {
    if !target.is_object() {
        return ctx.throw_type_error("Right-hand side of 'instanceof' is not an object");
    }
    let has_instance_key = PropertyKey::Symbol(ctx.symbols.has_instance);
    let handler = object_ops::get_value(ctx, target, has_instance_key)?;
    if !handler.is_nullish() {
        if handler == Value::object(ctx.realm.function_has_instance) {
            return function::ordinary_has_instance(ctx, target, value);
        }
        if !handler.is_callable() {
            let text = crate::error::describe_value(ctx, handler);
            return ctx.throw_type_error(&format!("{text} is not a function"));
        }
        let result = function::call(ctx, handler, target, &[value])?;
        return Ok(conv::to_boolean(result));
    }
    if !target.is_callable() {
        return ctx.throw_type_error("Right-hand side of 'instanceof' is not callable");
    }
    function::ordinary_has_instance(ctx, target, value)
}

/// `key in object` (§13.10.1 with `in`).
pub fn has_in(ctx: &mut Context, key: Value, object: Value) -> JsResult<bool> {
    let Some(target) = object.as_object() else {
        let key_text = crate::error::primitive_text(ctx, key);
        let object_text = crate::error::describe_value(ctx, object);
        return ctx.throw_type_error(&format!("Cannot use 'in' operator to search for '{key_text}' in {object_text}"));
    };
    let key = conv::to_property_key(ctx, key)?;
    object_ops::has_property(ctx, target, key)
}

#[cfg(test)]
mod tests;
