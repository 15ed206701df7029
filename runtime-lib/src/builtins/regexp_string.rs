//! The String.prototype methods whose argument is a pattern and which exist for RegExp:
//! `match`, `matchAll` and `search` (§22.1.3). Each dispatches to the argument's Symbol-keyed
//! method when it has one, else wraps it in a new RegExp. (`replace`, `replaceAll` and `split`
//! live with the other String methods and reach RegExp through the same Symbol hooks.)

use super::builder::ObjectBuilder;
use super::regexp;
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall};
use crate::object::{ops, JsObject, PropertyKey};
use crate::symbol::JsSymbol;
use crate::value::{conv, Value};

/// Installs String.prototype.match, matchAll and search.
pub fn init(ctx: &mut Context) {
    let prototype = ctx.realm.string_prototype;
    ObjectBuilder::new(ctx, prototype).method("match", 1, string_match).method("matchAll", 1, string_match_all).method("search", 1, string_search);
}

/// RequireObjectCoercible(this) with V8's message.
fn require_coercible(ctx: &mut Context, this: Value, method: &str) -> JsResult<()> {
    if this.is_nullish() {
        return ctx.throw_type_error(&format!("String.prototype.{method} called on null or undefined"));
    }
    Ok(())
}

/// GetMethod(value, symbol) with V8's message for a non-callable hook.
pub fn get_symbol_method(ctx: &mut Context, value: Value, symbol: Gc<JsSymbol>) -> JsResult<Option<Value>> {
    let key = PropertyKey::Symbol(symbol);
    let method = ops::get_value(ctx, value, key)?;
    if method.is_nullish() {
        return Ok(None);
    }
    if !method.is_callable() {
        let method_text = crate::error::primitive_text(ctx, method);
        let object_text = crate::error::describe_value(ctx, value);
        let symbol_text = symbol.get().descriptive_string();
        return ctx.throw_type_error(&format!("'{method_text}' returned for property '{symbol_text}' of object '{object_text}' is not a function"));
    }
    Ok(Some(method))
}

/// Invoke(rx, symbol, [string]).
fn invoke_symbol(ctx: &mut Context, regexp: Gc<JsObject>, symbol: Gc<JsSymbol>, string: Value) -> JsResult<Value> {
    let key = PropertyKey::Symbol(symbol);
    let method = ops::get_property(ctx, regexp, key)?;
    if !method.is_callable() {
        let text = crate::error::describe_value(ctx, method);
        return ctx.throw_type_error(&format!("{text} is not a function"));
    }
    function::call(ctx, method, Value::object(regexp), &[string])
}

/// The shared steps of match and search: the argument's hook, else RegExpCreate(regexp, flags)
/// and its hook.
fn dispatch(ctx: &mut Context, call: &NativeCall, method: &str, symbol: Gc<JsSymbol>, flags: Option<&str>) -> JsResult<Value> {
    require_coercible(ctx, call.this, method)?;
    let regexp = call.arg(0);
    if !regexp.is_nullish() {
        if let Some(hook) = get_symbol_method(ctx, regexp, symbol)? {
            return function::call(ctx, hook, regexp, &[call.this]);
        }
    }
    let string = conv::to_string(ctx, call.this)?;
    let created = regexp::regexp_create(ctx, regexp, flags)?;
    invoke_symbol(ctx, created, symbol, Value::string(string))
}

/// String.prototype.match ( regexp ) (§22.1.3.13).
fn string_match(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let symbol = ctx.symbols.match_;
    dispatch(ctx, call, "match", symbol, None)
}

/// String.prototype.search ( regexp ) (§22.1.3.23).
fn string_search(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let symbol = ctx.symbols.search;
    dispatch(ctx, call, "search", symbol, None)
}

/// String.prototype.matchAll ( regexp ) (§22.1.3.14): a RegExp argument must be global.
fn string_match_all(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    require_coercible(ctx, call.this, "matchAll")?;
    let regexp = call.arg(0);
    if !regexp.is_nullish() && regexp::is_regexp(ctx, regexp)? {
        let object = regexp.as_object().expect("IsRegExp is true only for objects");
        let key = ctx.key("flags");
        let flags = ops::get_property(ctx, object, key)?;
        if flags.is_nullish() {
            return ctx.throw_type_error("The .flags property of the argument to String.prototype.matchAll cannot be null or undefined");
        }
        let flags = conv::to_string(ctx, flags)?;
        if !flags.get().units().any(|unit| unit == b'g' as u16) {
            return ctx.throw_type_error("String.prototype.matchAll called with a non-global RegExp argument");
        }
    }
    let symbol = ctx.symbols.match_all;
    dispatch(ctx, call, "matchAll", symbol, Some("g"))
}
