//! JS exceptions on the Rust side: [`Throw`] / [`JsResult`] (the thrown value itself waits in
//! `Context::exception`), the helpers that build and throw native errors with node's exact
//! message texts, Error instances' internal data, and the lazily formatted `stack` property.
//!
//! Messages must match V8 byte for byte; add new texts here rather than at call sites when
//! they are shared.

use crate::context::Context;
use crate::gc::Gc;
use crate::object::{ops, Attributes, JsObject, ObjectKind, OwnProperty, PropertyKey};
use crate::string::StringBuilder;
use crate::value::Value;

/// Marker for "a JS exception is pending in the context". Carries nothing: the value is in
/// `Context::exception` so that `Result<Value, Throw>` stays one word plus a flag.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Throw;

/// The result of anything that may throw a JS exception.
pub type JsResult<T> = Result<T, Throw>;

/// The native error constructors (§20.5.5).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `Error`.
    Error = 0,
    /// `TypeError`.
    TypeError = 1,
    /// `RangeError`.
    RangeError = 2,
    /// `SyntaxError`.
    SyntaxError = 3,
    /// `ReferenceError`.
    ReferenceError = 4,
    /// `EvalError`.
    EvalError = 5,
    /// `URIError`.
    UriError = 6,
}

impl ErrorKind {
    /// Every kind, in index order.
    pub const ALL: [ErrorKind; 7] = [
        ErrorKind::Error,
        ErrorKind::TypeError,
        ErrorKind::RangeError,
        ErrorKind::SyntaxError,
        ErrorKind::ReferenceError,
        ErrorKind::EvalError,
        ErrorKind::UriError,
    ];

    /// The constructor's name.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Error => "Error",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::RangeError => "RangeError",
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::ReferenceError => "ReferenceError",
            ErrorKind::EvalError => "EvalError",
            ErrorKind::UriError => "URIError",
        }
    }
}

/// [[ErrorData]]: the stack frames captured at construction, already formatted as
/// `"\n    at f (file:line:col)"` lines. The `stack` property's header is formatted on first
/// read, like V8, so `err.name = 'X'` after construction still shows in the stack.
pub struct ErrorData {
    /// The formatted frame lines.
    pub frames: Box<str>,
}

/// Throwing helpers, implemented by `Context`.
pub trait ThrowExt {
    /// Throws `value`.
    fn throw_value<T>(&mut self, value: Value) -> JsResult<T>;
    /// Throws a new native error of `kind` with `message`.
    fn throw_error<T>(&mut self, kind: ErrorKind, message: &str) -> JsResult<T>;
    /// Throws a TypeError.
    fn throw_type_error<T>(&mut self, message: &str) -> JsResult<T> {
        self.throw_error(ErrorKind::TypeError, message)
    }
    /// Throws a RangeError.
    fn throw_range_error<T>(&mut self, message: &str) -> JsResult<T> {
        self.throw_error(ErrorKind::RangeError, message)
    }
    /// Throws a ReferenceError.
    fn throw_reference_error<T>(&mut self, message: &str) -> JsResult<T> {
        self.throw_error(ErrorKind::ReferenceError, message)
    }
    /// Throws a SyntaxError.
    fn throw_syntax_error<T>(&mut self, message: &str) -> JsResult<T> {
        self.throw_error(ErrorKind::SyntaxError, message)
    }
}

impl ThrowExt for Context {
    fn throw_value<T>(&mut self, value: Value) -> JsResult<T> {
        set_exception(self, value);
        Err(Throw)
    }

    fn throw_error<T>(&mut self, kind: ErrorKind, message: &str) -> JsResult<T> {
        let error = new_error(self, kind, message);
        self.throw_value(Value::object(error))
    }
}

/// Makes `value` the pending exception, remembering where compiled code threw it (the
/// innermost compiled frame: node points there if it goes uncaught). Out of line so that the
/// many `throw_*` instantiations share it.
#[inline(never)]
fn set_exception(ctx: &mut Context, value: Value) {
    ctx.exception = value;
    ctx.throw_site = (value.bits(), crate::stack_trace::innermost_compiled_return_address(ctx));
    ctx.throw_arrow = None;
}

/// A new native error object of `kind` with an own `message` and a captured stack.
pub fn new_error(ctx: &mut Context, kind: ErrorKind, message: &str) -> Gc<JsObject> {
    let prototype = ctx.realm.error_prototypes[kind as usize];
    let message = crate::string::from_str(ctx, message);
    new_error_object(ctx, prototype, Some(Value::string(message)))
}

/// Creates an Error instance with `prototype`: own `stack` (lazy) first, then `message` when
/// given (a string value), as V8 orders them.
pub fn new_error_object(ctx: &mut Context, prototype: Gc<JsObject>, message: Option<Value>) -> Gc<JsObject> {
    new_error_object_above(ctx, prototype, message, None)
}

/// [`new_error_object`] recording only the frames below the topmost activation of the
/// compiled function whose code starts at `above` (none when it is not on the stack), as V8
/// does for `new.target` when an Error constructor runs for a subclass.
pub fn new_error_object_above(ctx: &mut Context, prototype: Gc<JsObject>, message: Option<Value>, above: Option<usize>) -> Gc<JsObject> {
    let frames = crate::stack_trace::capture_above(ctx, above).into_boxed_str();
    let shape = ctx.root_shape;
    let error = ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::Error(ErrorData { frames })));
    let stack_key = PropertyKey::String(ctx.atoms.stack);
    ops::define_fresh(ctx, error, stack_key, Value::HOLE, Attributes::HIDDEN.with_lazy());
    if let Some(message) = message {
        let message_key = PropertyKey::String(ctx.atoms.message);
        ops::define_fresh(ctx, error, message_key, message, Attributes::HIDDEN);
    }
    error
}

/// Formats the `stack` of an Error on first read and stores it. Called by the property code
/// when a data slot holds the lazy marker (HOLE); returns undefined for anything else.
pub(crate) fn materialize_stack(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) -> Value {
    let ObjectKind::Error(data) = object.get().kind() else { return Value::UNDEFINED };
    if key != PropertyKey::String(ctx.atoms.stack) {
        return Value::UNDEFINED;
    }
    let frames = data.frames.to_string();
    let mut text = StringBuilder::new();
    text.push_str(&error_header(ctx, object));
    text.push_str(&frames);
    let stack = match text.finish(ctx) {
        Ok(stack) => Value::string(stack),
        Err(_) => Value::UNDEFINED,
    };
    let cell = object.get_mut();
    if !cell.is_dictionary() {
        if let Some((slot, _)) = cell.shape.get().lookup(key) {
            cell.slots.set(slot as usize, stack);
        }
    } else if let Some(entry) = cell.dictionary_mut().and_then(|dictionary| dictionary.get_mut(key)) {
        entry.value = stack;
    }
    stack
}

/// `name: message` of an error using only data properties (never runs JS), as V8's stack
/// header does.
pub fn error_header(ctx: &mut Context, object: Gc<JsObject>) -> String {
    let name_key = PropertyKey::String(ctx.atoms.name);
    let message_key = PropertyKey::String(ctx.atoms.message);
    let name = data_property_text(ctx, object, name_key).unwrap_or_else(|| "Error".to_string());
    let message = data_property_text(ctx, object, message_key).unwrap_or_default();
    match (name.is_empty(), message.is_empty()) {
        (true, _) => message,
        (false, true) => name,
        (false, false) => format!("{name}: {message}"),
    }
}

/// The text of a data property found along the prototype chain, without running JS.
fn data_property_text(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) -> Option<String> {
    let mut current = Some(object);
    while let Some(holder) = current {
        match ops::own_lookup(ctx, holder, key) {
            Some(OwnProperty::Data { value, .. }) => {
                if value.is_undefined() {
                    return None;
                }
                return Some(primitive_text(ctx, value));
            }
            Some(OwnProperty::Accessor { .. }) => return None,
            None => current = holder.get().prototype(),
        }
    }
    None
}

/// A primitive's ToString text without running JS (objects give `[object Object]`-like text).
pub fn primitive_text(ctx: &mut Context, value: Value) -> String {
    if let Some(string) = value.as_string() {
        return string.get().to_rust_string();
    }
    if let Some(number) = value.as_number() {
        return crate::value::number::to_rust_string(number);
    }
    if let Some(symbol) = value.as_symbol() {
        return symbol.get().descriptive_string();
    }
    if let Some(object) = value.as_object() {
        return describe_value(ctx, Value::object(object));
    }
    match value.as_boolean() {
        Some(true) => "true".to_string(),
        Some(false) => "false".to_string(),
        None if value.is_null() => "null".to_string(),
        None => "undefined".to_string(),
    }
}

/// How V8 names a value in messages such as "x is not a function" when it has no source
/// text: primitives as text, errors as `Name: message`, arrays as `[object Array]`, other
/// objects as `#<Constructor>`. Never runs JS.
pub fn describe_value(ctx: &mut Context, value: Value) -> String {
    let Some(object) = value.as_object() else {
        if value.is_symbol() || value.is_string() || value.is_number() || value.is_boolean() || value.is_nullish() {
            return primitive_text(ctx, value);
        }
        return "value".to_string();
    };
    if object.get().is_error() {
        return error_header(ctx, object);
    }
    if object.get().is_array() {
        return "[object Array]".to_string();
    }
    if object.get().is_callable() {
        let name = crate::object::function::name_of(object, ctx.atoms.name);
        return format!("function {name}() {{ [native code] }}");
    }
    match constructor_name(ctx, object) {
        Some(name) => format!("#<{name}>"),
        None => "[object Object]".to_string(),
    }
}

/// The `name` of the `constructor` data property found from `object`'s prototype, if any.
pub fn constructor_name(ctx: &mut Context, object: Gc<JsObject>) -> Option<String> {
    let constructor_key = PropertyKey::String(ctx.atoms.constructor);
    let mut current = Some(object);
    while let Some(holder) = current {
        if let Some(property) = ops::own_lookup(ctx, holder, constructor_key) {
            let OwnProperty::Data { value, .. } = property else { return None };
            let constructor = value.as_object()?;
            let name = crate::object::function::name_of(constructor, ctx.atoms.name);
            return if name.is_empty() { None } else { Some(name) };
        }
        current = holder.get().prototype();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_has_stack_then_message() {
        let mut ctx = Context::new_for_tests();
        let error = new_error(&mut ctx, ErrorKind::TypeError, "boom");
        let keys = ops::own_property_keys(&mut ctx, error);
        let names: Vec<String> = keys.iter().map(|key| key.display()).collect();
        assert_eq!(names, ["stack", "message"]);
        let stack_key = PropertyKey::String(ctx.atoms.stack);
        let stack = ops::get_property(&mut ctx, error, stack_key).expect("stack reads");
        assert_eq!(stack.as_string().map(|text| text.get().to_rust_string()).as_deref(), Some("TypeError: boom"));
        let message_key = PropertyKey::String(ctx.atoms.message);
        let attributes = ops::own_lookup(&mut ctx, error, message_key).map(|property| property.attributes());
        assert_eq!(attributes, Some(Attributes::HIDDEN));
        let attributes = ops::own_lookup(&mut ctx, error, stack_key).map(|property| property.attributes());
        assert_eq!(attributes, Some(Attributes::HIDDEN.with_lazy()));
    }

    #[test]
    fn stack_header_is_formatted_lazily() {
        let mut ctx = Context::new_for_tests();
        let error = new_error(&mut ctx, ErrorKind::Error, "x");
        let name_key = PropertyKey::String(ctx.atoms.name);
        let custom = crate::string::from_str(&mut ctx, "Custom");
        ops::set_or_throw(&mut ctx, error, name_key, Value::string(custom)).expect("set name");
        let stack_key = PropertyKey::String(ctx.atoms.stack);
        let stack = ops::get_property(&mut ctx, error, stack_key).expect("stack reads");
        assert_eq!(stack.as_string().map(|text| text.get().to_rust_string()).as_deref(), Some("Custom: x"));
    }
}
