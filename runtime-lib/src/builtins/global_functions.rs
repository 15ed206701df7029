//! The function properties of the global object (§19.2): eval, isFinite, isNaN, parseFloat
//! and parseInt. kiln compiles ahead of time, so `eval` of a string throws EvalError (the
//! compiler warns at direct calls); any other argument is returned unchanged, as the spec says. parseFloat and parseInt are also Number.parseFloat and Number.parseInt — the same
//! function objects (§21.1.2.12-13), installed on both here.
//!
//! The parsing itself is `text::number::{parse_float, parse_int}`.

use super::iterator::method_of;
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::object::function::{self, NativeCall, NativeFn};
use crate::object::{ops, Attributes, PropertyKey};
use crate::value::{conv, Value};

/// Installs the global functions and Number.parseFloat/parseInt.
pub fn init(ctx: &mut Context) {
    let global = ctx.realm.global;
    let prototype = ctx.realm.number_prototype;
    let number_constructor = method_of(ctx, prototype, "constructor");
    let functions: [(&str, u32, NativeFn); 5] = [
        ("eval", 1, eval),
        ("isFinite", 1, is_finite),
        ("isNaN", 1, is_nan),
        ("parseFloat", 1, parse_float),
        ("parseInt", 2, parse_int),
    ];
    for (name, length, native) in functions {
        let atom = ctx.intern_str(name);
        let key = PropertyKey::from_atom(atom);
        if ops::own_lookup(ctx, global, key).is_some() {
            continue;
        }
        let function = function::new_native(ctx, atom, length, native, false);
        ops::define_fresh(ctx, global, key, Value::object(function), Attributes::HIDDEN);
        if name.starts_with("parse") && ops::own_lookup(ctx, number_constructor, key).is_none() {
            ops::define_fresh(ctx, number_constructor, key, Value::object(function), Attributes::HIDDEN);
        }
    }
}

/// eval ( x ) (§19.2.1): a non-string is the result; a string would need a compiler at run
/// time, which a kiln program does not contain.
pub(crate) fn eval(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let source = call.arg(0);
    if !source.is_string() {
        return Ok(source);
    }
    ctx.throw_error(crate::error::ErrorKind::EvalError, "Code generation from strings is not supported by kiln: eval() of a string needs a compiler at run time")
}

/// isFinite ( number ) (§19.2.2): after ToNumber.
fn is_finite(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let number = conv::to_number(ctx, call.arg(0))?;
    Ok(Value::boolean(number.is_finite()))
}

/// isNaN ( number ) (§19.2.3): after ToNumber.
fn is_nan(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let number = conv::to_number(ctx, call.arg(0))?;
    Ok(Value::boolean(number.is_nan()))
}

/// parseFloat ( string ) (§19.2.4).
fn parse_float(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = conv::to_string(ctx, call.arg(0))?;
    let units = string.get().to_utf16();
    Ok(Value::number(crate::text::number::parse_float(&units)))
}

/// parseInt ( string, radix ) (§19.2.5): ToString(string) before ToInt32(radix).
fn parse_int(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let string = conv::to_string(ctx, call.arg(0))?;
    let radix = conv::to_int32(ctx, call.arg(1))?;
    let units = string.get().to_utf16();
    Ok(Value::number(crate::text::number::parse_int(&units, radix)))
}
