//! The runtime entry points compiled code calls: every function of
//! `kiln_abi::for_each_runtime_fn!`, defined here and nowhere else as `#[no_mangle] extern "C"`.
//! A compile-time check at the bottom verifies each definition against the table.
//!
//! Each entry point only converts between the ABI (raw values, pointers, EXCEPTION) and the
//! Rust API (`JsResult`), then calls the module that owns the behaviour. Rules every entry
//! point obeys are in docs/dev/runtime-api.md.
//!
//! # Safety
//! Every entry point has the same contract, stated once here instead of on each function:
//! `ctx` is the live context of the calling thread, and each `Ptr` argument points at what the
//! table's documentation says (e.g. `argc` values at `argv`, a live environment cell).
#![allow(clippy::missing_safety_doc)]

use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::object::function;
use crate::object::{ops, Attributes, JsObject, ObjectKind, PropertyDescriptor, PropertyKey};
use crate::value::ops::{self as value_ops, NumericOp, Relation};
use crate::value::{conv, Value};
use crate::{env, iteration, string};

/// Reborrows the context pointer compiled code passes.
///
/// # Safety
/// `ctx` must be the live context of the current thread.
#[inline(always)]
unsafe fn context<'a>(ctx: *mut Context) -> &'a mut Context {
    // SAFETY: per the contract.
    unsafe { &mut *ctx }
}

#[inline(always)]
fn finish(result: JsResult<Value>) -> Value {
    result.unwrap_or(Value::EXCEPTION)
}

#[inline(always)]
fn finish_bool(result: JsResult<bool>) -> Value {
    match result {
        Ok(value) => Value::boolean(value),
        Err(_) => Value::EXCEPTION,
    }
}

/// The values `argv[0..argc]`.
///
/// # Safety
/// `argv` must point at `argc` values (or `argc` must be 0).
unsafe fn arguments<'a>(argc: u32, argv: *mut u8) -> &'a [Value] {
    if argc == 0 || argv.is_null() {
        return &[];
    }
    // SAFETY: per the contract.
    unsafe { std::slice::from_raw_parts(argv as *const Value, argc as usize) }
}

fn key_of(ctx: &mut Context, key: Value) -> JsResult<PropertyKey> {
    conv::to_property_key(ctx, key)
}

// ---- program and module set-up ----

/// Interns the module's string constants and registers them as roots.
#[no_mangle]
pub unsafe extern "C" fn kiln_module_init_strings(ctx: *mut Context, table: *mut u8, count: u32, out: *mut u8) {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let pairs = table as *const (*const u8, usize);
    let out = out as *mut Value;
    for index in 0..count as usize {
        // SAFETY: `table` holds `count` (pointer, length) pairs of UTF-8 bytes; `out` has `count`
        // writable slots.
        unsafe {
            let (pointer, len) = *pairs.add(index);
            let bytes = std::slice::from_raw_parts(pointer, len);
            let atom = match std::str::from_utf8(bytes) {
                Ok(text) => ctx.intern_str(text),
                // WTF-8: a lone surrogate is encoded like any other code point.
                Err(_) => {
                    let units = decode_wtf8(bytes);
                    let view = crate::string::StrView::Utf16(&units);
                    ctx.atom_table.intern_view(&mut ctx.heap, view)
                }
            };
            out.add(index).write(Value::string(atom));
        }
    }
    ctx.add_root_array(out, count as usize);
}

/// Decodes WTF-8 (generalised UTF-8, which may encode lone surrogates) to UTF-16 code units.
fn decode_wtf8(bytes: &[u8]) -> Vec<u16> {
    let mut units = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let first = bytes[index] as u32;
        let (code, width) = if first < 0x80 {
            (first, 1)
        } else if first < 0xE0 && index + 1 < bytes.len() {
            (((first & 0x1F) << 6) | (bytes[index + 1] as u32 & 0x3F), 2)
        } else if first < 0xF0 && index + 2 < bytes.len() {
            (((first & 0x0F) << 12) | ((bytes[index + 1] as u32 & 0x3F) << 6) | (bytes[index + 2] as u32 & 0x3F), 3)
        } else if index + 3 < bytes.len() {
            let code = ((first & 0x07) << 18)
                | ((bytes[index + 1] as u32 & 0x3F) << 12)
                | ((bytes[index + 2] as u32 & 0x3F) << 6)
                | (bytes[index + 3] as u32 & 0x3F);
            (code, 4)
        } else {
            (0xFFFD, 1)
        };
        if code >= 0x10000 {
            let offset = code - 0x10000;
            units.push(0xD800 + (offset >> 10) as u16);
            units.push(0xDC00 + (offset & 0x3FF) as u16);
        } else {
            units.push(code as u16);
        }
        index += width;
    }
    units
}

/// Registers module-level value cells as roots.
#[no_mangle]
pub unsafe extern "C" fn kiln_module_add_roots(ctx: *mut Context, slots: *mut u8, count: u32) {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    ctx.add_root_array(slots as *const Value, count as usize);
}

// ---- conversions and operators ----

/// ToBoolean.
#[no_mangle]
pub unsafe extern "C" fn kiln_value_truthy(value: Value) -> u8 {
    conv::to_boolean(value) as u8
}

/// ToNumeric.
#[no_mangle]
pub unsafe extern "C" fn kiln_value_to_numeric_js(ctx: *mut Context, value: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(conv::to_numeric(ctx, value))
}

/// ToNumber.
#[no_mangle]
pub unsafe extern "C" fn kiln_value_to_number_js(ctx: *mut Context, value: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(conv::to_number(ctx, value).map(Value::number))
}

/// ToString.
#[no_mangle]
pub unsafe extern "C" fn kiln_value_to_string_js(ctx: *mut Context, value: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(conv::to_string(ctx, value).map(Value::string))
}

/// ToPropertyKey as a string or symbol value.
#[no_mangle]
pub unsafe extern "C" fn kiln_value_to_property_key_js(ctx: *mut Context, value: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(conv::to_property_key(ctx, value).map(|key| key.to_value(ctx)))
}

/// `a + b`.
#[no_mangle]
pub unsafe extern "C" fn kiln_op_add_js(ctx: *mut Context, a: Value, b: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(value_ops::add(ctx, a, b))
}

macro_rules! numeric_entry {
    ($($name:ident => $op:ident, $doc:expr;)*) => {
        $(
            #[doc = $doc]
            #[no_mangle]
            pub unsafe extern "C" fn $name(ctx: *mut Context, a: Value, b: Value) -> Value {
                if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
                    return Value::number(value_ops::apply_numeric(NumericOp::$op, x, y));
                }
                // SAFETY: compiled code passes its live context.
                let ctx = unsafe { context(ctx) };
                finish(value_ops::numeric(ctx, NumericOp::$op, a, b))
            }
        )*
    };
}

numeric_entry! {
    kiln_op_sub_js => Sub, "`a - b`.";
    kiln_op_mul_js => Mul, "`a * b`.";
    kiln_op_div_js => Div, "`a / b`.";
    kiln_op_exp_js => Exp, "`a ** b`.";
    kiln_op_shl_js => Shl, "`a << b`.";
    kiln_op_sar_js => Sar, "`a >> b`.";
    kiln_op_shr_js => Shr, "`a >>> b`.";
    kiln_op_bitand_js => BitAnd, "`a & b`.";
    kiln_op_bitor_js => BitOr, "`a | b`.";
    kiln_op_bitxor_js => BitXor, "`a ^ b`.";
}

/// `a % b`. Integral operands (the common case) take an exact integer remainder instead of
/// `fmod`, which the runtime gets from a slow portable implementation.
#[no_mangle]
pub unsafe extern "C" fn kiln_op_rem_js(ctx: *mut Context, a: Value, b: Value) -> Value {
    if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
        return Value::number(number_remainder(x, y));
    }
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(value_ops::numeric(ctx, NumericOp::Rem, a, b))
}

/// Number::remainder (§6.1.6.1.6): exact for integers below 2^53 in magnitude (the result
/// takes the dividend's sign, -0 included), `fmod` otherwise.
#[inline]
fn number_remainder(x: f64, y: f64) -> f64 {
    const EXACT: f64 = 9007199254740992.0;
    if x.abs() < EXACT && y.abs() < EXACT {
        let (xi, yi) = (x as i64, y as i64);
        if xi as f64 == x && yi as f64 == y && yi != 0 {
            let r = xi % yi;
            return if r == 0 && x.is_sign_negative() { -0.0 } else { r as f64 };
        }
    }
    value_ops::apply_numeric(NumericOp::Rem, x, y)
}

/// `-a`.
#[no_mangle]
pub unsafe extern "C" fn kiln_op_neg_js(ctx: *mut Context, a: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(value_ops::negate(ctx, a))
}

/// `a + 1` for `++`.
#[no_mangle]
pub unsafe extern "C" fn kiln_op_inc_js(ctx: *mut Context, a: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(value_ops::increment(ctx, a, 1))
}

/// `a - 1` for `--`.
#[no_mangle]
pub unsafe extern "C" fn kiln_op_dec_js(ctx: *mut Context, a: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(value_ops::increment(ctx, a, -1))
}

/// `~a`.
#[no_mangle]
pub unsafe extern "C" fn kiln_op_bitnot_js(ctx: *mut Context, a: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(value_ops::bitwise_not(ctx, a))
}

macro_rules! relational_entry {
    ($($name:ident => $relation:ident, $doc:expr;)*) => {
        $(
            #[doc = $doc]
            #[no_mangle]
            pub unsafe extern "C" fn $name(ctx: *mut Context, a: Value, b: Value) -> Value {
                // SAFETY: compiled code passes its live context.
                let ctx = unsafe { context(ctx) };
                finish_bool(value_ops::relational(ctx, Relation::$relation, a, b))
            }
        )*
    };
}

relational_entry! {
    kiln_op_lt_js => Lt, "`a < b`.";
    kiln_op_le_js => Le, "`a <= b`.";
    kiln_op_gt_js => Gt, "`a > b`.";
    kiln_op_ge_js => Ge, "`a >= b`.";
}

/// `a == b`.
#[no_mangle]
pub unsafe extern "C" fn kiln_op_loose_eq_js(ctx: *mut Context, a: Value, b: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish_bool(value_ops::loosely_equal(ctx, a, b))
}

/// `a === b`.
#[no_mangle]
pub unsafe extern "C" fn kiln_op_strict_eq(a: Value, b: Value) -> u8 {
    conv::strict_equals(a, b) as u8
}

/// `typeof a`.
#[no_mangle]
pub unsafe extern "C" fn kiln_op_typeof(ctx: *mut Context, a: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    Value::string(value_ops::type_of(ctx, a))
}

/// `a instanceof b`.
#[no_mangle]
pub unsafe extern "C" fn kiln_op_instanceof_js(ctx: *mut Context, a: Value, b: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish_bool(value_ops::instance_of(ctx, a, b))
}

/// `key in object`.
#[no_mangle]
pub unsafe extern "C" fn kiln_op_in_js(ctx: *mut Context, key: Value, object: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish_bool(value_ops::has_in(ctx, key, object))
}

// ---- objects and properties ----

/// `{}`.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_new(ctx: *mut Context) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    Value::object(ctx.new_object())
}

/// An object literal with `slots` properties.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_new_sized(ctx: *mut Context, slots: u32) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    Value::object(ctx.new_object_sized(slots as usize))
}

/// `[a, b, …]`.
#[no_mangle]
pub unsafe extern "C" fn kiln_array_new(ctx: *mut Context, count: u32, elements: *mut u8) -> Value {
    // SAFETY: compiled code passes its live context and `count` values at `elements`.
    let (ctx, elements) = unsafe { (context(ctx), arguments(count, elements)) };
    Value::object(crate::object::array::from_values(ctx, elements))
}

/// A template literal's pieces joined: `count` string values at `pieces`.
#[no_mangle]
pub unsafe extern "C" fn kiln_string_concat_js(ctx: *mut Context, count: u32, pieces: *mut u8) -> Value {
    // SAFETY: compiled code passes its live context and `count` string values at `pieces`.
    let (ctx, pieces) = unsafe { (context(ctx), arguments(count, pieces)) };
    finish(crate::string::concat_all(ctx, pieces).map(Value::string))
}

/// `object.key`.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_get_named_js(ctx: *mut Context, object: Value, key: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let key = match key.as_string() {
        Some(name) => ctx.key_from_string(name),
        None => match key_of(ctx, key) {
            Ok(key) => key,
            Err(_) => return Value::EXCEPTION,
        },
    };
    finish(ops::get_value(ctx, object, key))
}

/// `object.key = value`.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_set_named_js(ctx: *mut Context, object: Value, key: Value, value: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let result = key_of(ctx, key).and_then(|key| ops::set_value(ctx, object, key, value));
    finish(result.map(|()| Value::UNDEFINED))
}

/// `object[key]`.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_get_computed_js(ctx: *mut Context, object: Value, key: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    if let (Some(target), Some(index)) = (object.as_object(), key.as_number()) {
        // (A saturating conversion and a compare, cheaper than `fract`; -0 becomes 0, as its
        // key "0" does.)
        let integer = index as u32;
        if integer as f64 == index && integer != u32::MAX {
            if let Some(value) = crate::object::array::dense_get(target, integer) {
                return value;
            }
        }
        // A typed array's [[Get]] of a number key is TypedArrayGetElement (ToString of a
        // number is a canonical numeric string; `+ 0.0` makes -0, whose key is "0", 0).
        if let Some(value) = crate::builtins::typed_array::get_number_key(target, index + 0.0) {
            return value;
        }
    }
    if object.is_nullish() {
        let text = crate::error::primitive_text(ctx, key);
        let base = if object.is_null() { "null" } else { "undefined" };
        return finish(ctx.throw_type_error(&format!("Cannot read properties of {base} (reading '{text}')")));
    }
    let result = key_of(ctx, key).and_then(|key| ops::get_value(ctx, object, key));
    finish(result)
}

/// `object[key] = value`.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_set_computed_js(ctx: *mut Context, object: Value, key: Value, value: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    if object.is_nullish() {
        let text = crate::error::primitive_text(ctx, key);
        let base = if object.is_null() { "null" } else { "undefined" };
        return finish(ctx.throw_type_error(&format!("Cannot set properties of {base} (setting '{text}')")));
    }
    if let Some(result) = crate::builtins::typed_array::set_number_key(ctx, object, key, value) {
        return finish(result.map(|()| Value::UNDEFINED));
    }
    let result = key_of(ctx, key).and_then(|key| ops::set_value(ctx, object, key, value));
    finish(result.map(|()| Value::UNDEFINED))
}

/// `delete object[key]` (sloppy).
#[no_mangle]
pub unsafe extern "C" fn kiln_object_delete_js(ctx: *mut Context, object: Value, key: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let result = conv::to_object(ctx, object).and_then(|target| {
        let key = key_of(ctx, key)?;
        ops::delete(ctx, target, key)
    });
    finish_bool(result)
}

/// CreateDataPropertyOrThrow for object and array literals.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_define_js(ctx: *mut Context, object: Value, key: Value, value: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let Some(target) = object.as_object() else {
        return finish(ctx.throw_type_error("CreateDataProperty called on non-object"));
    };
    if let Some(name) = key.as_string() {
        let key = ctx.key_from_string(name);
        if define_by_transition(ctx, target, key, value) {
            return Value::UNDEFINED;
        }
        return finish(ops::create_data_property_or_throw(ctx, target, key, value).map(|()| Value::UNDEFINED));
    }
    let result = key_of(ctx, key).and_then(|key| ops::create_data_property_or_throw(ctx, target, key, value));
    finish(result.map(|()| Value::UNDEFINED))
}

/// The common case of a literal's property definition: an extensible, shaped ordinary object
/// whose shape already has a transition adding `key` as a default data property. Such a
/// transition exists only when the shape lacks `key`, so the definition adds it: move to the
/// child shape and append the value. False when the case does not apply.
#[inline]
fn define_by_transition(ctx: &mut Context, target: crate::gc::Gc<JsObject>, key: PropertyKey, value: Value) -> bool {
    if !matches!(key, PropertyKey::String(_)) {
        return false;
    }
    let cell = target.get();
    if !matches!(*cell.kind(), ObjectKind::Ordinary) || cell.is_dictionary() || !cell.is_extensible() {
        return false;
    }
    let Some(child) = cell.shape().get().find_transition(key, crate::object::Attributes::DEFAULT) else {
        return false;
    };
    crate::object::note_layout_change(ctx, target);
    let cell = target.get_mut();
    cell.shape = child;
    let grew = cell.slots.push(value);
    ctx.heap.note_external(grew);
    true
}

/// Defines a getter (`kind` 0) or setter (`kind` 1) from an object literal.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_define_accessor_js(ctx: *mut Context, object: Value, key: Value, function: Value, kind: u32) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let Some(target) = object.as_object() else {
        return finish(ctx.throw_type_error("Cannot define an accessor on a non-object"));
    };
    let mut descriptor = PropertyDescriptor { enumerable: Some(true), configurable: Some(true), ..PropertyDescriptor::default() };
    if kind == 0 {
        descriptor.get = Some(function);
    } else {
        descriptor.set = Some(function);
    }
    let result = key_of(ctx, key).and_then(|key| ops::define_property_or_throw(ctx, target, key, descriptor));
    finish(result.map(|()| Value::UNDEFINED))
}

// ---- globals ----

fn global_lookup(ctx: &mut Context, name: Value) -> JsResult<Option<Value>> {
    let global = ctx.realm.global;
    let key = key_of(ctx, name)?;
    // The common case, an own data property of the global object (`Math`, `console`, user
    // globals), takes one lookup.
    if let Some(crate::object::OwnProperty::Data { value, .. }) = ops::own_lookup(ctx, global, key) {
        return Ok(Some(value));
    }
    if !ops::has_property(ctx, global, key)? {
        return Ok(None);
    }
    ops::get(ctx, global, key, Value::object(global)).map(Some)
}

/// Reads a global; ReferenceError when absent.
#[no_mangle]
pub unsafe extern "C" fn kiln_global_get_js(ctx: *mut Context, name: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    match global_lookup(ctx, name) {
        Ok(Some(value)) => value,
        Ok(None) => {
            let text = crate::error::primitive_text(ctx, name);
            finish(ctx.throw_reference_error(&format!("{text} is not defined")))
        }
        Err(_) => Value::EXCEPTION,
    }
}

/// `typeof name` for a possibly absent global.
#[no_mangle]
pub unsafe extern "C" fn kiln_global_typeof_js(ctx: *mut Context, name: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    match global_lookup(ctx, name) {
        Ok(Some(value)) => Value::string(value_ops::type_of(ctx, value)),
        Ok(None) => Value::string(ctx.atoms.undefined),
        Err(_) => Value::EXCEPTION,
    }
}

/// Writes a global (sloppy: creates it).
#[no_mangle]
pub unsafe extern "C" fn kiln_global_set_js(ctx: *mut Context, name: Value, value: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let global = ctx.realm.global;
    let result = key_of(ctx, name).and_then(|key| ops::set(ctx, global, key, value, Value::object(global)));
    finish(result.map(|_| Value::UNDEFINED))
}

// ---- functions and calls ----

/// A closure over compiled code.
#[no_mangle]
pub unsafe extern "C" fn kiln_function_new(ctx: *mut Context, code: *mut u8, env: *mut u8, name: Value, length: u32, flags: u32, id: u32) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    // SAFETY: `code` is the address of a compiled JS function with the JsFunctionPtr signature.
    let entry: kiln_abi::JsFunctionPtr = unsafe { std::mem::transmute::<*mut u8, kiln_abi::JsFunctionPtr>(code) };
    Value::object(function::new_compiled(ctx, entry, env, name, length, flags, id))
}

/// The environment of a closure.
#[no_mangle]
pub unsafe extern "C" fn kiln_function_env(callee: Value) -> *mut u8 {
    match callee.as_object().and_then(|object| object.get().function().map(|data| data.env())) {
        Some(env) => env,
        None => std::ptr::null_mut(),
    }
}

fn describe_callee(ctx: &mut Context, callee: Value, description: Value) -> String {
    match description.as_string() {
        Some(text) => text.get().to_rust_string(),
        None => crate::error::describe_value(ctx, callee),
    }
}

/// [[Call]].
#[no_mangle]
pub unsafe extern "C" fn kiln_call_js(ctx: *mut Context, callee: Value, this: Value, argc: u32, argv: *mut u8, description: Value) -> Value {
    // SAFETY: compiled code passes its live context and `argc` values at `argv`.
    let (ctx, args) = unsafe { (context(ctx), arguments(argc, argv)) };
    // The common case, a compiled function that is not a class constructor, straight to its
    // entry (whose prologue checks the stack limit itself).
    if let Some(ObjectKind::Function(data)) = callee.as_object().map(|object| object.get().kind()) {
        if matches!(data.variant, function::FunctionVariant::Compiled { .. }) && !data.is_class_constructor() {
            let entry = data.entry;
            ctx.new_target = Value::UNDEFINED;
            // SAFETY: as in `function::call`: the entry of a live compiled function, given the
            // context, the callee and `args`, which outlives the call.
            let result = unsafe { entry(ctx as *mut Context as *mut u8, callee.bits(), this.bits(), args.len() as u64, args.as_ptr() as *const u64) };
            return Value::from_bits(result);
        }
    }
    if !callee.is_callable() {
        let text = describe_callee(ctx, callee, description);
        return finish(ctx.throw_type_error(&format!("{text} is not a function")));
    }
    finish(function::call(ctx, callee, this, args))
}

/// [[Construct]] for `new callee(...)`.
#[no_mangle]
pub unsafe extern "C" fn kiln_construct_js(ctx: *mut Context, callee: Value, argc: u32, argv: *mut u8, description: Value) -> Value {
    // SAFETY: compiled code passes its live context and `argc` values at `argv`.
    let (ctx, args) = unsafe { (context(ctx), arguments(argc, argv)) };
    // `function::construct` starts with the common case (a compiled base constructor), which
    // is a constructor: test that first.
    let compiled_base = match callee.as_object().map(|object| object.get().kind()) {
        Some(ObjectKind::Function(data)) => {
            data.flags & (function::FLAG_CONSTRUCTOR | function::FLAG_DERIVED) == function::FLAG_CONSTRUCTOR
                && matches!(data.variant, function::FunctionVariant::Compiled { .. })
        }
        _ => false,
    };
    if !compiled_base && !callee.is_constructor() {
        let text = describe_callee(ctx, callee, description);
        return finish(ctx.throw_type_error(&format!("{text} is not a constructor")));
    }
    finish(function::construct(ctx, callee, args, callee))
}

/// The `this` of sloppy-mode code.
#[no_mangle]
pub unsafe extern "C" fn kiln_function_sloppy_this(ctx: *mut Context, this: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    if this.is_nullish() {
        return Value::object(ctx.realm.global);
    }
    if this.is_object() {
        return this;
    }
    finish(conv::to_object(ctx, this).map(Value::object))
}

/// A new arguments object of a sloppy function without parameters.
#[no_mangle]
pub unsafe extern "C" fn kiln_arguments_new(ctx: *mut Context, callee: Value, argc: u32, argv: *mut u8) -> Value {
    // SAFETY: compiled code passes its live context and `argc` values at `argv`.
    let (ctx, args) = unsafe { (context(ctx), arguments(argc, argv)) };
    Value::object(new_arguments(ctx, Some(callee), args))
}

/// An arguments object without mapped parameters: CreateUnmappedArgumentsObject (§10.4.4.6)
/// when `callee` is `None` (strict functions and functions whose parameters are not simple:
/// `callee` is an accessor that throws), or for a sloppy function with no parameters, whose
/// mapped arguments object maps nothing, with `callee` as a data property (mapped arguments
/// objects of functions with parameters are `crate::arguments`).
pub fn new_arguments(ctx: &mut Context, callee: Option<Value>, args: &[Value]) -> crate::gc::Gc<JsObject> {
    let shape = ctx.root_shape;
    let prototype = ctx.realm.object_prototype;
    // Allocate first, then copy: `args` (the caller's argv) keeps the values alive meanwhile.
    let arguments = ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::Arguments));
    arguments.get_mut().elements = crate::object::storage::ValueVec::from_vec(args.to_vec());
    let length_key = PropertyKey::String(ctx.atoms.length);
    ops::define_fresh(ctx, arguments, length_key, Value::number(args.len() as f64), Attributes::HIDDEN);
    let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
    let values = ctx.realm.array_values;
    ops::define_fresh(ctx, arguments, iterator_key, Value::object(values), Attributes::HIDDEN);
    let callee_key = PropertyKey::String(ctx.atoms.callee);
    match callee {
        Some(callee) => ops::define_fresh(ctx, arguments, callee_key, callee, Attributes::HIDDEN),
        None => {
            let thrower = Value::object(ctx.realm.throw_type_error);
            let accessor = crate::object::property::AccessorPair::alloc_slot(ctx, thrower, thrower);
            ops::define_fresh(ctx, arguments, callee_key, accessor, Attributes::accessor(false, false));
        }
    }
    arguments
}

// ---- environments ----

/// A new environment.
#[no_mangle]
pub unsafe extern "C" fn kiln_env_new(ctx: *mut Context, parent: *mut u8, slots: u32, init: Value) -> *mut u8 {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    env::new_env(ctx, parent, slots, init)
}

/// A copy of an environment.
#[no_mangle]
pub unsafe extern "C" fn kiln_env_copy(ctx: *mut Context, env: *mut u8) -> *mut u8 {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    // SAFETY: compiled code passes a live environment.
    unsafe { env::copy_env(ctx, env) }
}

// ---- exceptions ----

/// `throw value`: remembers where (the return address into the `throw` statement's code).
#[no_mangle]
pub unsafe extern "C" fn kiln_throw(ctx: *mut Context, value: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    ctx.exception = value;
    ctx.throw_site = (value.bits(), crate::stack_trace::caller_return_address());
    ctx.throw_arrow = None;
    Value::EXCEPTION
}

/// Throws `value` again after a `finally` block, an iterator close or a resumption with
/// `throw`: it keeps the site of its original `throw`.
#[no_mangle]
pub unsafe extern "C" fn kiln_rethrow(ctx: *mut Context, value: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    ctx.exception = value;
    Value::EXCEPTION
}

/// Takes the pending exception.
#[no_mangle]
pub unsafe extern "C" fn kiln_exception_take(ctx: *mut Context) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    std::mem::replace(&mut ctx.exception, Value::UNDEFINED)
}

/// ReferenceError "x is not defined".
#[no_mangle]
pub unsafe extern "C" fn kiln_throw_not_defined(ctx: *mut Context, name: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let text = crate::error::primitive_text(ctx, name);
    finish(ctx.throw_reference_error(&format!("{text} is not defined")))
}

/// ReferenceError "Cannot access 'x' before initialization".
#[no_mangle]
pub unsafe extern "C" fn kiln_throw_uninitialized(ctx: *mut Context, name: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let text = crate::error::primitive_text(ctx, name);
    finish(ctx.throw_reference_error(&format!("Cannot access '{text}' before initialization")))
}

/// TypeError "Assignment to constant variable.".
#[no_mangle]
pub unsafe extern "C" fn kiln_throw_const_assign(ctx: *mut Context) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(ctx.throw_type_error("Assignment to constant variable."))
}

/// RangeError "Maximum call stack size exceeded".
#[no_mangle]
pub unsafe extern "C" fn kiln_throw_stack_overflow(ctx: *mut Context) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(ctx.throw_stack_overflow())
}

// ---- iteration ----

/// GetIterator for for-of.
#[no_mangle]
pub unsafe extern "C" fn kiln_iterator_get_js(ctx: *mut Context, value: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(iteration::get_iterator(ctx, value))
}

/// The next value, or HOLE when done.
#[no_mangle]
pub unsafe extern "C" fn kiln_iterator_next_js(ctx: *mut Context, iterator: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(iteration::iterator_next(ctx, iterator))
}

/// IteratorClose on early exit.
#[no_mangle]
pub unsafe extern "C" fn kiln_iterator_close_js(ctx: *mut Context, iterator: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(iteration::iterator_close(ctx, iterator).map(|()| Value::UNDEFINED))
}

/// GetIterator(value, async).
#[no_mangle]
pub unsafe extern "C" fn kiln_async_iterator_get_js(ctx: *mut Context, value: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(crate::async_iteration::get_async_iterator(ctx, value))
}

/// One `yield*` step of an async generator.
#[no_mangle]
pub unsafe extern "C" fn kiln_async_generator_delegate_js(ctx: *mut Context, iterator: Value, mode: u32, sent: Value, out: *mut u8) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    match crate::async_iteration::async_delegate(ctx, iterator, mode, sent) {
        Ok((status, value)) => {
            // SAFETY: `out` is the caller's 8-byte stack slot (a root for the value).
            unsafe { out.cast::<Value>().write(value) };
            Value::number(status as f64)
        }
        Err(_) => Value::EXCEPTION,
    }
}

/// The async iterator's `next()` result, to be awaited.
#[no_mangle]
pub unsafe extern "C" fn kiln_async_iterator_next_js(ctx: *mut Context, iterator: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(crate::async_iteration::async_iterator_next(ctx, iterator))
}

/// An awaited iterator result's value, or HOLE when done.
#[no_mangle]
pub unsafe extern "C" fn kiln_iterator_step_result_js(ctx: *mut Context, result: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(crate::async_iteration::step_result(ctx, result))
}

/// The async iterator's `return()` result to await, or HOLE without one.
#[no_mangle]
pub unsafe extern "C" fn kiln_async_iterator_return_js(ctx: *mut Context, iterator: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(crate::async_iteration::async_iterator_return(ctx, iterator))
}

/// TypeError unless `result` is an object.
#[no_mangle]
pub unsafe extern "C" fn kiln_iterator_result_check_js(ctx: *mut Context, result: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(crate::async_iteration::check_result(ctx, result))
}

/// Starts a for-in enumeration.
#[no_mangle]
pub unsafe extern "C" fn kiln_for_in_start_js(ctx: *mut Context, object: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(iteration::for_in_start(ctx, object))
}

/// The next for-in key, or HOLE.
#[no_mangle]
pub unsafe extern "C" fn kiln_for_in_next_js(ctx: *mut Context, enumerator: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    finish(iteration::for_in_next(ctx, enumerator))
}

// ---- strings ----

/// Concatenates two strings.
#[no_mangle]
pub unsafe extern "C" fn kiln_string_concat(ctx: *mut Context, a: Value, b: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    match (a.as_string(), b.as_string()) {
        (Some(x), Some(y)) => finish(string::concat(ctx, x, y).map(Value::string)),
        _ => finish(value_ops::add(ctx, a, b)),
    }
}

// ---- compile-time check of every signature against the table ----

macro_rules! abi_type {
    (Value) => { Value };
    (Ctx) => { *mut Context };
    (Ptr) => { *mut u8 };
    (U32) => { u32 };
    (U64) => { u64 };
    (F64) => { f64 };
    (Bool) => { u8 };
    (Void) => { () };
}

macro_rules! check_signatures {
    ($($(#[$attribute:meta])* $name:ident($($argument:ident: $type:ident),* $(,)?) -> $result:ident;)*) => {
        $(
            const _: unsafe extern "C" fn($(abi_type!($type)),*) -> abi_type!($result) = $name;
        )*
        /// The number of entry points in the table (all of which are defined above).
        pub const ENTRY_POINT_COUNT: usize = [$(stringify!($name)),*].len();
    };
}

kiln_abi::for_each_runtime_fn!(check_signatures);

pub(crate) mod caches;
mod language;
mod scope;
mod script;
mod strict;
pub use caches::*;
pub use language::*;
pub use scope::*;
pub use script::*;
pub use strict::*;

#[cfg(test)]
mod tests;
