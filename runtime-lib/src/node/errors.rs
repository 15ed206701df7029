//! node's internal errors (`lib/internal/errors.js`): errors that carry a `code` property and
//! show it in their stack header (`TypeError [ERR_INVALID_ARG_TYPE]: …`), and the validators
//! that throw them with node's exact text.

use crate::builtins::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::{ErrorKind, JsResult};
use crate::gc::Gc;
use crate::object::function::NativeCall;
use crate::object::{ops, Attributes, JsObject, PropertyKey};
use crate::value::{conv, Value};

/// A node error: a `kind` error with `message` and an own enumerable `code`, whose stack
/// header and `toString()` read `Name [CODE]: message`. Its prototype (node's per-code
/// `NodeError` class) inherits from the `kind` prototype.
pub fn node_error(ctx: &mut Context, kind: ErrorKind, code: &str, message: &str) -> Gc<JsObject> {
    let kind_prototype = ctx.realm.error_prototypes[kind as usize];
    let prototype = ctx.new_object_with_prototype(Some(kind_prototype));
    ObjectBuilder::new(ctx, prototype).method("toString", 0, node_error_to_string);
    // Own properties in node's order: stack, code, message.
    let error = crate::error::new_error_object(ctx, prototype, None);
    let code_key = ctx.key("code");
    let code_value = crate::string::from_str(ctx, code);
    ops::define_fresh(ctx, error, code_key, Value::string(code_value), Attributes::DEFAULT);
    let message_key = PropertyKey::String(ctx.atoms.message);
    let message = crate::string::from_str(ctx, message);
    ops::define_fresh(ctx, error, message_key, Value::string(message), Attributes::HIDDEN);
    // node formats the stack while `name` briefly reads `TypeError [CODE]`, then removes it.
    let name_key = PropertyKey::String(ctx.atoms.name);
    let name = crate::string::from_str(ctx, &format!("{} [{code}]", kind.name()));
    ops::define_fresh(ctx, error, name_key, Value::string(name), Attributes::HIDDEN);
    let stack_key = PropertyKey::String(ctx.atoms.stack);
    if ops::get_property(ctx, error, stack_key).is_err() {
        ctx.take_exception();
    }
    if ops::delete(ctx, error, name_key).is_err() {
        ctx.take_exception();
    }
    error
}

/// NodeError.prototype.toString(): `${name} [${code}]: ${message}`.
fn node_error_to_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let mut parts = Vec::new();
    for key in ["name", "code", "message"] {
        let key = ctx.key(key);
        let value = ops::get_value(ctx, call.this, key)?;
        parts.push(conv::to_string(ctx, value)?.get().to_rust_string());
    }
    let text = format!("{} [{}]: {}", parts[0], parts[1], parts[2]);
    Ok(Value::string(crate::string::from_str(ctx, &text)))
}

/// Throws a node error (see [`node_error`]).
pub fn throw_node_error<T>(ctx: &mut Context, kind: ErrorKind, code: &str, message: &str) -> JsResult<T> {
    let error = node_error(ctx, kind, code, message);
    crate::error::ThrowExt::throw_value(ctx, Value::object(error))
}

/// node's `validateFunction(value, name)`: throws ERR_INVALID_ARG_TYPE unless callable.
pub fn validate_function(ctx: &mut Context, value: Value, name: &str) -> JsResult<()> {
    if value.is_callable() {
        return Ok(());
    }
    throw_invalid_arg_type(ctx, name, "of type function", value)
}

/// Throws `TypeError [ERR_INVALID_ARG_TYPE]: The "name" argument must be <expected>. Received
/// <actual>` ("property" instead of "argument" for a dotted name, as node says).
pub fn throw_invalid_arg_type<T>(ctx: &mut Context, name: &str, expected: &str, actual: Value) -> JsResult<T> {
    let received = describe_received(ctx, actual)?;
    // node says "property" for a dotted name (`options.user`).
    let what = if name.contains('.') { "property" } else { "argument" };
    let message = format!("The \"{name}\" {what} must be {expected}. Received {received}");
    throw_node_error(ctx, ErrorKind::TypeError, "ERR_INVALID_ARG_TYPE", &message)
}

/// node's `determineSpecificType`, as ERR_INVALID_ARG_TYPE messages show the actual value.
fn describe_received(ctx: &mut Context, value: Value) -> JsResult<String> {
    if value.is_null() {
        return Ok("null".to_string());
    }
    if value.is_undefined() {
        return Ok("undefined".to_string());
    }
    if let Some(number) = value.as_number() {
        let text = if number == 0.0 && number.is_sign_negative() { "-0".to_string() } else { crate::value::number::to_rust_string(number) };
        return Ok(format!("type number ({text})"));
    }
    if let Some(boolean) = value.as_boolean() {
        return Ok(format!("type boolean ({boolean})"));
    }
    if let Some(symbol) = value.as_symbol() {
        return Ok(format!("type symbol ({})", symbol.get().descriptive_string()));
    }
    if let Some(string) = value.as_string() {
        let mut text = string.get().to_rust_string();
        if string.get().len() > 28 {
            text = format!("{}...", text.chars().take(25).collect::<String>());
        }
        if !text.contains('\'') {
            return Ok(format!("type string ('{text}')"));
        }
        return Ok(format!("type string ({})", json_quote(&text)));
    }
    if let Some(object) = value.as_object() {
        if object.get().is_callable() {
            let name_key = PropertyKey::String(ctx.atoms.name);
            let name = ops::get_property(ctx, object, name_key)?;
            let name = conv::to_string(ctx, name)?.get().to_rust_string();
            return Ok(format!("function {name}"));
        }
        let constructor_key = PropertyKey::String(ctx.atoms.constructor);
        let constructor = ops::get_property(ctx, object, constructor_key)?;
        if let Some(constructor) = constructor.as_object() {
            let name_key = PropertyKey::String(ctx.atoms.name);
            if ops::has_property(ctx, constructor, name_key)? {
                let name = ops::get_property(ctx, constructor, name_key)?;
                let name = conv::to_string(ctx, name)?.get().to_rust_string();
                return Ok(format!("an instance of {name}"));
            }
        }
        return super::inspect::inspect(ctx, value);
    }
    let mut inspected = super::inspect::inspect(ctx, value)?;
    if inspected.chars().count() > 28 {
        inspected = format!("{}...", inspected.chars().take(25).collect::<String>());
    }
    let type_name = crate::value::ops::type_of(ctx, value).get().to_rust_string();
    Ok(format!("type {type_name} ({inspected})"))
}

/// `JSON.stringify` of a string.
fn json_quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ch if (ch as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", ch as u32)),
            ch => out.push(ch),
        }
    }
    out.push('"');
    out
}
