//! `Function` (§20.2): Function.prototype.call/apply/bind/toString/[Symbol.hasInstance]. The
//! `Function` constructor needs run-time compilation, which kiln does not have yet; it throws.

use super::builder::{constructor, ObjectBuilder};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::iteration::length_of_array_like;
use crate::object::function::{self, FunctionVariant, NativeCall};
use crate::object::{ops, Attributes, JsObject, ObjectKind, OwnProperty, PropertyKey};
use crate::string::StringBuilder;
use crate::value::Value;

/// Installs `Function` and Function.prototype's methods.
pub fn init(ctx: &mut Context) {
    let prototype = ctx.realm.function_prototype;
    let function_constructor = constructor(ctx, "Function", 1, function_constructor, prototype);
    ctx.realm.function_constructor = function_constructor;
    let has_instance_symbol = ctx.symbols.has_instance;
    ObjectBuilder::new(ctx, prototype)
        .method("apply", 2, apply)
        .method("bind", 1, bind)
        .method("call", 1, call)
        .method("toString", 0, to_string);
    let has_instance_atom = ctx.intern_str("[Symbol.hasInstance]");
    let has_instance = function::new_native(ctx, has_instance_atom, 1, has_instance, false);
    ops::define_fresh(ctx, prototype, PropertyKey::Symbol(has_instance_symbol), Value::object(has_instance), Attributes::NONE);
    ctx.realm.function_has_instance = has_instance;
    let thrower = new_throw_type_error(ctx);
    ctx.realm.throw_type_error = thrower;
    // AddRestrictedFunctionProperties (§10.2.4): `caller` and `arguments` of strict functions,
    // arrows, classes and methods (none has its own) are accessors that throw.
    for name in ["arguments", "caller"] {
        let key = ctx.key(name);
        let descriptor = crate::object::PropertyDescriptor {
            get: Some(Value::object(thrower)),
            set: Some(Value::object(thrower)),
            enumerable: Some(false),
            configurable: Some(true),
            ..Default::default()
        };
        // Function.prototype is a fresh extensible object without these keys: this cannot fail.
        let _ = ops::define_own_property(ctx, prototype, key, descriptor);
    }
}

/// %ThrowTypeError% (§10.2.4.1): an anonymous function of length 0 whose `length` and `name`
/// cannot be changed and which cannot be extended.
fn new_throw_type_error(ctx: &mut Context) -> Gc<JsObject> {
    let name = ctx.intern_str("");
    let thrower = function::new_native(ctx, name, 0, throw_type_error, false);
    for key in [PropertyKey::String(ctx.atoms.length), PropertyKey::String(ctx.atoms.name)] {
        let descriptor = crate::object::PropertyDescriptor { configurable: Some(false), ..Default::default() };
        // Both properties exist on a fresh native function, so this cannot fail.
        let _ = ops::define_own_property(ctx, thrower, key, descriptor);
    }
    thrower.get_mut().prevent_extensions();
    thrower
}

/// The behaviour of %ThrowTypeError%.
fn throw_type_error(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    ctx.throw_type_error("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them")
}

/// The behaviour of Function.prototype itself when called: returns undefined (§20.2.3).
pub fn function_prototype_call(_ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(Value::UNDEFINED)
}

fn function_constructor(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    ctx.throw_error(crate::error::ErrorKind::EvalError, "Code generation from strings is not supported by kiln yet")
}

fn this_function(ctx: &mut Context, this: Value, method: &str) -> JsResult<Gc<JsObject>> {
    match this.as_object().filter(|object| object.get().is_callable()) {
        Some(object) => Ok(object),
        None => ctx.throw_type_error(&format!("Function.prototype.{method} called on non-function")),
    }
}

/// Function.prototype.apply (§20.2.3.1).
fn apply(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if !call.this.is_callable() {
        return ctx.throw_type_error("Function.prototype.apply was called on , which is not a function");
    }
    let arguments = call.arg(1);
    if arguments.is_nullish() {
        return function::call(ctx, call.this, call.arg(0), &[]);
    }
    let list = create_list_from_array_like(ctx, arguments)?;
    let args = list.get().items.clone();
    // `args` is a Rust copy of values the list cell (alive in `list`) also holds.
    let result = function::call(ctx, call.this, call.arg(0), &args);
    std::hint::black_box(list);
    result
}

/// CreateListFromArrayLike (§7.3.20) into a rooted list.
pub fn create_list_from_array_like(ctx: &mut Context, value: Value) -> JsResult<Gc<crate::gc::ValueList>> {
    let Some(object) = value.as_object() else {
        return ctx.throw_type_error("CreateListFromArrayLike called on non-object");
    };
    let length = length_of_array_like(ctx, object)?;
    let list = ctx.new_list();
    for index in 0..length.min(u32::MAX as u64) as u32 {
        let element = ops::get_property(ctx, object, PropertyKey::Index(index))?;
        list.get_mut().push(element);
    }
    Ok(list)
}

/// Function.prototype.bind (§20.2.3.2).
fn bind(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = this_function(ctx, call.this, "bind")?;
    let bound_args = call.args.get(1..).unwrap_or(&[]).to_vec();
    let arg_count = bound_args.len() as f64;
    let bound = function::new_bound(ctx, target, call.arg(0), bound_args);
    // BoundFunctionCreate step 1: a proxy target answers [[GetPrototypeOf]] through its trap.
    if crate::builtins::proxy::is_proxy(target) {
        let prototype = ops::get_prototype_of_js(ctx, target)?;
        bound.get_mut().prototype = prototype;
    }
    let length_key = PropertyKey::String(ctx.atoms.length);
    let mut length = 0.0;
    if ops::has_own_property(ctx, target, length_key)? {
        let target_length = ops::get_property(ctx, target, length_key)?;
        if let Some(number) = target_length.as_number() {
            if number == f64::INFINITY {
                length = f64::INFINITY;
            } else if number.is_finite() {
                length = (number.trunc() - arg_count).max(0.0);
            }
        }
    }
    ops::define_fresh(ctx, bound, length_key, Value::number(length), Attributes::READONLY_HIDDEN);
    let name_key = PropertyKey::String(ctx.atoms.name);
    let target_name = ops::get_property(ctx, target, name_key)?;
    let mut name = StringBuilder::new();
    name.push_str("bound ");
    if let Some(text) = target_name.as_string() {
        name.push_js(text.get());
    }
    let name = name.finish(ctx)?;
    ops::define_fresh(ctx, bound, name_key, Value::string(name), Attributes::READONLY_HIDDEN);
    Ok(Value::object(bound))
}

/// Function.prototype.call (§20.2.3.3).
fn call(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if !call.this.is_callable() {
        return ctx.throw_type_error("Function.prototype.call was called on , which is not a function");
    }
    let args = call.args.get(1..).unwrap_or(&[]);
    function::call(ctx, call.this, call.arg(0), args)
}

/// Function.prototype.toString (§20.2.3.5): a compiled function's source text as the compiler
/// kept it (the whole class for a class constructor); built-in, bound and proxy functions, and
/// functions whose text the program does not keep (node's core modules), print as native code.
fn to_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(function) = call.this.as_object().filter(|object| object.get().is_callable()) else {
        return ctx.throw_type_error("Function.prototype.toString requires that 'this' be a Function");
    };
    // NativeFunction text: built-ins (and compiled functions without text) show their name;
    // bound functions and callable proxies have none.
    let named = match function.get().kind() {
        ObjectKind::Function(data) => match &data.variant {
            FunctionVariant::Compiled { id, .. } => {
                if let Some(text) = compiled_source_text(ctx, *id) {
                    return Ok(Value::string(crate::string::from_str(ctx, text)));
                }
                true
            }
            FunctionVariant::Native { .. } => true,
            FunctionVariant::Bound(_) => false,
        },
        _ => false,
    };
    if !named {
        return Ok(Value::string(crate::string::from_str(ctx, "function () { [native code] }")));
    }
    let name_key = PropertyKey::String(ctx.atoms.name);
    let name = match ops::own_lookup(ctx, function, name_key) {
        Some(OwnProperty::Data { value, .. }) => value.as_string().map(|name| name.get().to_rust_string()).unwrap_or_default(),
        _ => String::new(),
    };
    Ok(Value::string(crate::string::from_str(ctx, &format!("function {name}() {{ [native code] }}"))))
}

/// The source text the compiler kept for compiled function `id` ([[SourceText]]), if any.
fn compiled_source_text(ctx: &Context, id: u32) -> Option<&'static str> {
    let program = ctx.program();
    if program.is_null() {
        return None;
    }
    // SAFETY: `program` is the compiler-emitted static table, which lives as long as the process.
    let info: &'static kiln_abi::ProgramInfo = unsafe { &*program };
    if info.function_sources.is_null() {
        return None;
    }
    // SAFETY: a non-null `function_sources` has `function_source_count` entries.
    let ranges = unsafe { std::slice::from_raw_parts(info.function_sources, info.function_source_count as usize) };
    let range = ranges[ranges.binary_search_by_key(&id, |range| range.function).ok()?];
    // SAFETY: the compiler emits every range inside `source_text`.
    let bytes = unsafe { std::slice::from_raw_parts(info.source_text.add(range.start as usize), range.length as usize) };
    std::str::from_utf8(bytes).ok()
}

/// Function.prototype[@@hasInstance] (§20.2.3.6).
fn has_instance(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::boolean(function::ordinary_has_instance(ctx, call.this, call.arg(0))?))
}
