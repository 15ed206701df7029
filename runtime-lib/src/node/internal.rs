//! The `internal:` bindings that the JavaScript core modules (`runtime-lib/lib/*.js`) build on:
//! `internal:errors` (node's coded errors with exact messages) and `internal:util` (the native
//! `util.inspect` walker and `util.format`). Each is a plain object of natives.

use crate::builtins::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::{ErrorKind, JsResult, ThrowExt};
use crate::object::function::NativeCall;
use crate::value::{conv, Value};

/// `require('internal:errors')`.
pub fn errors_binding(ctx: &mut Context) -> JsResult<Value> {
    let binding = ctx.new_object();
    ObjectBuilder::new(ctx, binding)
        .method("invalidArgType", 3, invalid_arg_type)
        .method("nodeError", 3, node_error);
    Ok(Value::object(binding))
}

/// invalidArgType(name, expected, actual): the ERR_INVALID_ARG_TYPE TypeError (not thrown), with
/// node's "Received ..." description of `actual`. `expected` reads like "of type string".
fn invalid_arg_type(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let name = conv::to_string(ctx, call.arg(0))?.get().to_rust_string();
    let expected = conv::to_string(ctx, call.arg(1))?.get().to_rust_string();
    match super::errors::throw_invalid_arg_type::<()>(ctx, &name, &expected, call.arg(2)) {
        Ok(()) => Ok(Value::UNDEFINED),
        Err(_) => Ok(ctx.take_exception()),
    }
}

/// nodeError(kind, code, message): a coded error of `kind` ("Error", "TypeError", "RangeError",
/// "SyntaxError"), not thrown.
fn node_error(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let kind = conv::to_string(ctx, call.arg(0))?.get().to_rust_string();
    let code = conv::to_string(ctx, call.arg(1))?.get().to_rust_string();
    let message = conv::to_string(ctx, call.arg(2))?.get().to_rust_string();
    let kind = match kind.as_str() {
        "TypeError" => ErrorKind::TypeError,
        "RangeError" => ErrorKind::RangeError,
        "SyntaxError" => ErrorKind::SyntaxError,
        _ => ErrorKind::Error,
    };
    Ok(Value::object(super::errors::node_error(ctx, kind, &code, &message)))
}

/// throwUnhandledError(error, arrow, separator, ownStack): throws `error` for an unhandled
/// `error` event with node's source arrow (a line of node's `events.js`) and, for an Error,
/// what node's uncaught-exception printer appends to its stack (`Emitted 'error' event …`).
fn throw_unhandled_error(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let error = call.arg(0);
    let arrow = conv::to_string(ctx, call.arg(1))?.get().to_rust_string();
    let enhancement = match (call.arg(2).as_string(), call.arg(3).as_string()) {
        (Some(separator), Some(own)) if !separator.get().is_empty() => {
            Some((error.bits(), separator.get().to_rust_string().into_boxed_str(), own.get().to_rust_string().into_boxed_str()))
        }
        _ => None,
    };
    let result: JsResult<Value> = ctx.throw_value(error);
    ctx.throw_arrow = Some((error.bits(), arrow.into_boxed_str()));
    ctx.uncaught_enhancement = enhancement;
    result
}

/// `require('internal:util')`.
pub fn util_binding(ctx: &mut Context) -> JsResult<Value> {
    let binding = ctx.new_object();
    ObjectBuilder::new(ctx, binding)
        .method("inspect", 2, super::inspect_options::inspect_native)
        .method("format", 0, format)
        .method("formatWithOptions", 1, super::inspect_options::format_with_options_native)
        .method("typeTag", 1, type_tag)
        .method("stripVTControlCharacters", 1, strip_vt_control_characters)
        .method("stringWidth", 1, string_width)
        .method("processId", 0, process_id)
        .method("readSourceText", 1, read_source_text)
        .method("throwUnhandledError", 4, throw_unhandled_error);
    let defaults = super::inspect_options::new_default_options_object(ctx);
    ObjectBuilder::new(ctx, binding).property("defaultOptions", Value::object(defaults), crate::object::Attributes::HIDDEN);
    Ok(Value::object(binding))
}

/// The `internal:util` binding's `inspect` (which `util.inspect` is), building the binding
/// when no module loaded it yet; custom inspectors receive it as their third argument.
pub fn util_inspect_function(ctx: &mut Context) -> JsResult<Value> {
    let binding = super::module::require_builtin_js(ctx, "internal:util")?;
    let key = ctx.key("inspect");
    crate::object::ops::get_value(ctx, binding, key)
}

/// typeTag(value): the internal kind of an object that `util.types` reports on (`'Map'`,
/// `'Promise'`, `'AsyncFunction'`, `'Generator'`, `'Number'` for a Number wrapper, …), or
/// `''` for an ordinary object or a primitive.
fn type_tag(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    use crate::object::function::FunctionVariant;
    use crate::object::ObjectKind;
    let tag = match call.arg(0).as_object().map(|object| object.get().kind()) {
        Some(ObjectKind::Promise(_)) => "Promise",
        Some(ObjectKind::RegExp(_)) => "RegExp",
        Some(ObjectKind::Date(_)) => "Date",
        Some(ObjectKind::Map(_)) => "Map",
        Some(ObjectKind::Set(_)) => "Set",
        Some(ObjectKind::WeakMap(_)) => "WeakMap",
        Some(ObjectKind::WeakSet(_)) => "WeakSet",
        Some(ObjectKind::WeakRef(_)) => "WeakRef",
        Some(ObjectKind::MapIterator(_)) => "MapIterator",
        Some(ObjectKind::SetIterator(_)) => "SetIterator",
        Some(ObjectKind::Error(_)) => "Error",
        Some(ObjectKind::Number(_)) => "Number",
        Some(ObjectKind::String(_)) => "String",
        Some(ObjectKind::Boolean(_)) => "Boolean",
        Some(ObjectKind::Symbol(_)) => "Symbol",
        Some(ObjectKind::Arguments | ObjectKind::MappedArguments(_)) => "Arguments",
        Some(ObjectKind::Proxy(_)) => "Proxy",
        Some(ObjectKind::ModuleNamespace(_)) => "ModuleNamespace",
        Some(ObjectKind::Array(_)) => "Array",
        Some(ObjectKind::Generator(data)) => match data.kind {
            crate::generator::GeneratorKind::Sync => "Generator",
            crate::generator::GeneratorKind::AsyncGenerator => "AsyncGenerator",
            crate::generator::GeneratorKind::Async => "",
        },
        Some(ObjectKind::Function(data)) => match (&data.variant, data.is_async(), data.is_generator()) {
            (FunctionVariant::Bound(_), _, _) => "Function",
            (_, true, true) => "AsyncGeneratorFunction",
            (_, true, false) => "AsyncFunction",
            (_, false, true) => "GeneratorFunction",
            _ => "Function",
        },
        _ => "",
    };
    Ok(Value::string(crate::string::from_str(ctx, tag)))
}

/// stripVTControlCharacters(text): `util.stripVTControlCharacters` (validated by the caller).
fn strip_vt_control_characters(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let text = conv::to_string(ctx, call.arg(0))?.get().to_rust_string();
    let stripped = crate::text::inspect::strip_vt_control_characters(&text);
    Ok(Value::string(crate::string::from_str(ctx, &stripped)))
}

/// stringWidth(text): node's `getStringWidth(text)`, the columns `text` takes on a terminal
/// (escape sequences removed), as console.table measures its cells.
fn string_width(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let text = conv::to_string(ctx, call.arg(0))?.get().to_rust_string();
    Ok(Value::number(crate::text::inspect::string_width(&text, true) as f64))
}

/// readSourceText(path): the UTF-8 text of a program's source file, or undefined when it
/// cannot be read. node reads the call site's source the same way to word the message of a
/// failed `assert(value)` ("The expression evaluated to a falsy value: ...").
fn read_source_text(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let path = conv::to_string(ctx, call.arg(0))?.get().to_rust_string();
    match std::fs::read(&path) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            Ok(Value::string(crate::string::from_str(ctx, &text)))
        }
        Err(_) => Ok(Value::UNDEFINED),
    }
}

/// processId(): the process id, for node's `(node:PID)` warning prefix.
fn process_id(_ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(Value::number(f64::from(std::process::id())))
}

/// format(...args): `util.format`.
fn format(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let text = super::inspect::format_args(ctx, call.args)?;
    Ok(Value::string(crate::string::from_str(ctx, &text)))
}
