//! Entry points for the language beyond the first milestone: spread and rest, classes and
//! `super`, private names, regular-expression, BigInt and template literals, generators and
//! async functions.
//!
//! Those marked PENDING throw a TypeError that names them; each is replaced by its real
//! implementation as the runtime grows (the compiler reports the corresponding syntax as
//! unsupported until then, so no program reaches them).

use super::{arguments, context, finish, key_of};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::iteration;
use crate::class;
use crate::object::{array, function, ops, private, ObjectKind, PropertyKey};
use crate::gc::Gc;
use crate::generator;
use crate::value::{conv, Value};

/// Spread argument lists up to this long are copied onto the native stack (see `spread_args_js`).
const STACK_SPREAD_LIMIT: usize = 16;

/// Runs `call` with the values of the array (or array-like) `values` as its argument slice. A
/// dense array without holes of at most `STACK_SPREAD_LIMIT` elements is copied into a buffer on
/// the native stack, which the collector scans (the callee may change the array while it
/// runs); anything else goes through a rooted list.
fn spread_args_js(ctx: &mut Context, values: Value, call: impl FnOnce(&mut Context, &[Value]) -> JsResult<Value>) -> JsResult<Value> {
    if let Some(array) = values.as_object() {
        let cell = array.get();
        if let crate::object::ObjectKind::Array(data) = cell.kind() {
            let elements = cell.dense_elements();
            if !cell.has_sparse_elements()
                && data.length as usize == elements.len()
                && elements.len() <= STACK_SPREAD_LIMIT
                && !elements.iter().any(|value| value.is_hole())
            {
                let mut buffer = [Value::UNDEFINED; STACK_SPREAD_LIMIT];
                let count = elements.len();
                buffer[..count].copy_from_slice(elements);
                let result = call(ctx, &buffer[..count]);
                // Keeps the buffer (and so every argument) on the stack until the call returns.
                std::hint::black_box(&buffer);
                return result;
            }
        }
    }
    let list = list_of(ctx, values)?;
    let args = list.get().items.clone();
    let result = call(ctx, &args);
    // Keeps the list (and so every argument) alive on the stack until the call returns.
    std::hint::black_box(&list);
    result
}

/// The values of an array (or array-like) object, in a rooted list.
fn list_of(ctx: &mut Context, values: Value) -> JsResult<Gc<crate::gc::ValueList>> {
    let list = ctx.new_list();
    let Some(object) = values.as_object() else {
        return Ok(list);
    };
    let length = iteration::length_of_array_like(ctx, object)?;
    for index in 0..length {
        let value = ops::get_property(ctx, object, PropertyKey::Index(index as u32))?;
        list.get_mut().items.push(value);
    }
    Ok(list)
}

fn describe(ctx: &mut Context, callee: Value, description: Value) -> String {
    match description.as_string() {
        Some(text) => text.get().to_rust_string(),
        None => crate::error::describe_value(ctx, callee),
    }
}

// ---- errors the compiler knows statically ----

/// Throws TypeError with `message`.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_throw_type_error(ctx: *mut Context, message: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let text = message.as_string().map(|m| m.get().to_rust_string()).unwrap_or_default();
    finish(ctx.throw_type_error(&text))
}

/// Throws ReferenceError with `message`.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_throw_reference_error(ctx: *mut Context, message: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let text = message.as_string().map(|m| m.get().to_rust_string()).unwrap_or_default();
    finish(ctx.throw_reference_error(&text))
}

// ---- spread and rest ----

/// `callee(...arguments)`.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_call_spread_js(ctx: *mut Context, callee: Value, this: Value, arguments: Value, description: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    if !callee.is_callable() {
        let text = describe(ctx, callee, description);
        return finish(ctx.throw_type_error(&format!("{text} is not a function")));
    }
    finish(spread_args_js(ctx, arguments, |ctx, args| function::call(ctx, callee, this, args)))
}

/// `new callee(...arguments)`.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_construct_spread_js(ctx: *mut Context, callee: Value, arguments: Value, description: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    if !callee.is_constructor() {
        let text = describe(ctx, callee, description);
        return finish(ctx.throw_type_error(&format!("{text} is not a constructor")));
    }
    finish(spread_args_js(ctx, arguments, |ctx, args| function::construct(ctx, callee, args, callee)))
}

/// A new array of `argv[start..argc]`.
///
/// # Safety
/// `ctx` is the live context and `argv` holds `argc` values.
#[no_mangle]
pub unsafe extern "C" fn kiln_array_from_arguments(ctx: *mut Context, argc: u32, argv: *mut u8, start: u32) -> Value {
    // SAFETY: compiled code passes its live context and arguments.
    let (ctx, args) = unsafe { (context(ctx), arguments(argc, argv)) };
    let rest = args.get(start as usize..).unwrap_or(&[]);
    Value::object(array::from_values(ctx, rest))
}

/// Appends every value of `iterable` to `array`.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_array_append_spread_js(ctx: *mut Context, array_value: Value, iterable: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let Some(target) = array_value.as_object() else {
        return finish(ctx.throw_type_error("spread target is not an array"));
    };
    let result: JsResult<Value> = (|| {
        // A dense array without holes whose iteration is the built-in one: the iterator would
        // read its elements in order and nothing could observe it, so copy them without
        // making an iterator (`[...array]`, `f(...args)` of rest arrays).
        if let Some(source) = iterable.as_object().filter(|&source| source != target) {
            if crate::builtins::operations::array_iteration_is_pristine(ctx, source) {
                let cell = source.get();
                let count = cell.dense_elements().len();
                let dense = match cell.kind() {
                    ObjectKind::Array(data) => data.length as usize == count && !cell.has_sparse_elements(),
                    _ => false,
                };
                if dense && !cell.dense_elements().iter().any(|value| value.is_hole()) {
                    // Defining elements of the fresh target runs no JS and cannot change
                    // `source`, which the argument `iterable` keeps alive.
                    let grew = target.get_mut().elements.reserve(count);
                    ctx.heap.note_external(grew);
                    for index in 0..count {
                        let value = source.get().dense_elements()[index];
                        if crate::builtins::array::push_dense(ctx, array_value, &[value]).is_none() {
                            array::push(ctx, target, value)?;
                        }
                    }
                    return Ok(Value::UNDEFINED);
                }
            }
        }
        let record = iteration::get_iterator(ctx, iterable)?;
        loop {
            let value = iteration::iterator_next(ctx, record)?;
            if value.is_hole() {
                return Ok(Value::UNDEFINED);
            }
            array::push(ctx, target, value)?;
        }
    })();
    finish(result)
}

/// CopyDataProperties(target, source, excluded) (§7.3.25).
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_copy_data_properties_js(ctx: *mut Context, target: Value, source: Value, excluded: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let result: JsResult<Value> = (|| {
        let Some(target) = target.as_object() else {
            return ctx.throw_type_error("copy target is not an object");
        };
        if source.is_nullish() {
            return Ok(Value::UNDEFINED);
        }
        let mut excluded_keys = Vec::new();
        if let Some(list) = excluded.as_object() {
            let length = iteration::length_of_array_like(ctx, list)?;
            for index in 0..length {
                let key = ops::get_property(ctx, list, PropertyKey::Index(index as u32))?;
                excluded_keys.push(key_of(ctx, key)?);
            }
        }
        let from = conv::to_object(ctx, source)?;
        for key in ops::own_property_keys_js(ctx, from)? {
            if excluded_keys.contains(&key) {
                continue;
            }
            let Some(property) = ops::get_own_property(ctx, from, key)? else { continue };
            if !property.enumerable() {
                continue;
            }
            let value = ops::get_property(ctx, from, key)?;
            ops::create_data_property(ctx, target, key, value)?;
        }
        Ok(Value::UNDEFINED)
    })();
    finish(result)
}

// ---- classes and super (PENDING) ----

/// ClassDefinitionEvaluation's set-up of a constructor and its heritage.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_class_new_js(ctx: *mut Context, constructor: Value, parent: Value, has_parent: u32) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(class::class_new(ctx, constructor, parent, has_parent != 0))
}

/// Defines a class method, getter or setter.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_class_define_method_js(ctx: *mut Context, target: Value, key: Value, function: Value, kind: u32) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(class::define_method(ctx, target, key, function, kind).map(|()| Value::UNDEFINED))
}

/// Sets a method's [[HomeObject]].
#[no_mangle]
pub extern "C" fn kiln_function_set_home_object(function: Value, home: Value) {
    class::set_home_object(function, home)
}

/// A function's [[HomeObject]], or undefined.
#[no_mangle]
pub extern "C" fn kiln_function_home_object(function: Value) -> Value {
    class::home_object(function)
}

/// `super(...args)`.
///
/// # Safety
/// `ctx` is the live context and `argv` holds `argc` values.
#[no_mangle]
pub unsafe extern "C" fn kiln_super_construct_js(ctx: *mut Context, callee: Value, new_target: Value, argc: u32, argv: *mut u8) -> Value {
    // SAFETY: compiled code passes its live context and arguments.
    let (ctx, args) = unsafe { (context(ctx), arguments(argc, argv)) };
    finish(class::super_construct(ctx, callee, new_target, args))
}

/// `super(...array)`.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_super_construct_spread_js(ctx: *mut Context, callee: Value, new_target: Value, arguments_array: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(spread_args_js(ctx, arguments_array, |ctx, args| class::super_construct(ctx, callee, new_target, args)))
}

/// `super[key]`.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_super_get_js(ctx: *mut Context, home: Value, key: Value, this: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(class::super_get(ctx, home, key, this))
}

/// `super[key] = value`.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_super_set_js(ctx: *mut Context, home: Value, key: Value, value: Value, this: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(class::super_set(ctx, home, key, value, this).map(|()| Value::UNDEFINED))
}

/// A new private name: a symbol no property operation can see.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_private_name_new(ctx: *mut Context, description: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    Value::symbol(crate::symbol::new_symbol(ctx, description))
}

/// `object.#name`.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_private_get_js(ctx: *mut Context, object: Value, name: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let Some(name) = name.as_symbol() else {
        return finish(ctx.throw_type_error("invalid private name"));
    };
    finish(private::get(ctx, object, name))
}

/// `object.#name = value`.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_private_set_js(ctx: *mut Context, object: Value, name: Value, value: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let Some(name) = name.as_symbol() else {
        return finish(ctx.throw_type_error("invalid private name"));
    };
    finish(private::set(ctx, object, name, value).map(|()| Value::UNDEFINED))
}

/// Adds a private element.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_private_define_js(ctx: *mut Context, object: Value, name: Value, value: Value, kind: u32) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let Some(name) = name.as_symbol() else {
        return finish(ctx.throw_type_error("invalid private name"));
    };
    finish(private::define(ctx, object, name, value, kind).map(|()| Value::UNDEFINED))
}

/// `#name in object` as a boolean value.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_private_has_js(ctx: *mut Context, object: Value, name: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let Some(name) = name.as_symbol() else {
        return finish(ctx.throw_type_error("invalid private name"));
    };
    match private::has(ctx, object, name) {
        Ok(found) => Value::boolean(found),
        Err(_) => Value::EXCEPTION,
    }
}

// ---- literals (PENDING) ----

/// `/pattern/flags`: a new RegExp object (SyntaxError for an invalid pattern or flags).
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_regexp_new_js(ctx: *mut Context, pattern: Value, flags: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(crate::builtins::regexp::regexp_literal(ctx, pattern, flags))
}

/// A BigInt literal from its digits (with a 0x/0o/0b prefix, without `n`).
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_bigint_from_literal(ctx: *mut Context, digits: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let text = digits.as_string().map(|s| s.get().to_rust_string()).unwrap_or_default();
    match crate::bigint::parse_literal(&text) {
        Some(value) => crate::bigint::new(ctx, value),
        None => finish(ctx.throw_syntax_error(&format!("Cannot convert {text} to a BigInt"))),
    }
}

/// A tagged template's cached template object.
///
/// # Safety
/// `ctx` is the live context and `cache` an 8-byte cell of the compiled program.
#[no_mangle]
pub unsafe extern "C" fn kiln_template_object(ctx: *mut Context, cache: *mut u8, cooked: Value, raw: Value) -> Value {
    // SAFETY: compiled code passes its live context and its own cache cell.
    let ctx = unsafe { context(ctx) };
    // SAFETY: per this function's contract.
    finish(unsafe { crate::template::template_object(ctx, cache, cooked, raw) })
}

// ---- generators and async ----

/// Starts a generator (`kind` 0), async function (1) or async generator (2).
///
/// # Safety
/// `ctx` is the live context, `argv` holds `argc` values and `resume` is the compiled resume
/// function made for a frame of `slots` locals.
#[no_mangle]
pub unsafe extern "C" fn kiln_generator_new_js(
    ctx: *mut Context,
    callee: Value,
    this: Value,
    argc: u32,
    argv: *mut u8,
    resume: *mut u8,
    slots: u32,
    kind: u32,
) -> Value {
    // SAFETY: compiled code passes its live context and arguments.
    let (ctx, args) = unsafe { (context(ctx), arguments(argc, argv)) };
    // SAFETY: `resume` is the address of a compiled function with the ResumeFunctionPtr
    // signature (the starter passes its own resume function).
    let resume = unsafe { std::mem::transmute::<*mut u8, kiln_abi::ResumeFunctionPtr>(resume) };
    let kind = match kind {
        0 => generator::GeneratorKind::Sync,
        1 => generator::GeneratorKind::Async,
        _ => generator::GeneratorKind::AsyncGenerator,
    };
    finish(generator::start_js(ctx, callee, this, args, resume, slots, kind))
}

/// One step of `yield*`: the status number, with the value in `*out`.
///
/// # Safety
/// `ctx` is the live context and `out` points at 8 writable bytes.
#[no_mangle]
pub unsafe extern "C" fn kiln_generator_delegate_js(ctx: *mut Context, iterator: Value, mode: u32, sent: Value, out: *mut u8) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    match generator::delegate::delegate_js(ctx, iterator, mode, sent) {
        Ok((status, value)) => {
            // SAFETY: `out` is the caller's 8-byte stack slot (a root for the value).
            unsafe { out.cast::<Value>().write(value) };
            Value::number(status as u32 as f64)
        }
        Err(_) => Value::EXCEPTION,
    }
}

// ---- modules ----

/// `require` of program module `index`.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_module_require_js(ctx: *mut Context, index: u32) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(crate::node::module::require_js(ctx, index))
}

/// `require(literal)` of program module `child` by module `parent`.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_module_require_child_js(ctx: *mut Context, child: u32, parent: u32) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(crate::node::module::require_child(ctx, parent, child))
}

/// `require` of a Node core module.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_module_require_builtin_js(ctx: *mut Context, name: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let name = name.as_string().map(|n| n.get().to_rust_string()).unwrap_or_default();
    finish(crate::node::module::require_builtin_js(ctx, &name))
}

/// The namespace object of module `index`.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_esm_namespace_js(ctx: *mut Context, index: u32) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(crate::node::esm::namespace(ctx, index))
}

/// `import.meta` of ES module `index`.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_esm_import_meta_js(ctx: *mut Context, index: u32) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(crate::node::esm::import_meta(ctx, index))
}

/// `import()` of program module `index`.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_esm_import_js(ctx: *mut Context, index: u32) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(crate::node::esm::dynamic_import(ctx, index))
}

/// `import()` of a Node core module.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_esm_import_builtin_js(ctx: *mut Context, name: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let name = name.as_string().map(|n| n.get().to_rust_string()).unwrap_or_default();
    finish(crate::node::esm::dynamic_import_builtin(ctx, &name))
}

/// `import(specifier, options)` looked up at run time for module `index`.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_esm_import_computed_js(ctx: *mut Context, index: u32, specifier: Value, options: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(crate::node::module::dynamic_import_computed(ctx, index, specifier, options))
}

/// SetFunctionName (§10.2.9) for a function defined under a computed key: `name` becomes the
/// prefix and the key (a symbol as `[description]`, or "" without one).
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_function_set_name_js(ctx: *mut Context, function: Value, key: Value, prefix: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let Some(object) = function.as_object().filter(|f| f.get().is_callable()) else { return Value::UNDEFINED };
    let prefix = prefix.as_string().map(|p| p.get().to_rust_string()).unwrap_or_default();
    let text = match key.as_symbol() {
        Some(symbol) => match symbol.get().description.as_string() {
            Some(description) => format!("[{}]", description.get().to_rust_string()),
            None => String::new(),
        },
        None => match crate::value::conv::to_string(ctx, key) {
            Ok(text) => text.get().to_rust_string(),
            Err(_) => return Value::EXCEPTION,
        },
    };
    let name = crate::string::from_str(ctx, &format!("{prefix}{text}"));
    let name_key = crate::object::PropertyKey::String(ctx.atoms.name);
    let descriptor = crate::object::property::PropertyDescriptor::data(Value::string(name), crate::object::Attributes::READONLY_HIDDEN);
    finish(crate::object::ops::define_property_or_throw(ctx, object, name_key, descriptor).map(|()| Value::UNDEFINED))
}
