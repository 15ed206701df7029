//! The Atomics namespace (§25.4) for kiln's single JS thread: the read-modify-write
//! operations, load/store/compareExchange/exchange and isLockFree act on integer typed arrays
//! over ArrayBuffers or SharedArrayBuffers. With one thread nothing can interleave, so each
//! operation is a plain read and write of the element's bytes. BigInt64Array and
//! BigUint64Array take and return BigInts (ToBigInt on the operands), computing on the 64 raw
//! bits.
//!
//! `Atomics.wait` validates like V8 and answers "not-equal" or, after sleeping for a finite
//! timeout, "timed-out" (nothing can notify a single thread); with an infinite timeout it
//! would block forever, so it throws an Error saying so instead. `Atomics.notify` wakes no
//! one and returns 0. `Atomics.waitAsync` is absent.

use super::builder::ObjectBuilder;
use super::typed_array::{typed_array_data, ElementType};
use crate::context::Context;
use crate::error::{describe_value, JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{NativeCall, NativeFn};
use crate::object::{Attributes, JsObject, PropertyKey};
use crate::value::{conv, Value};

/// Installs the Atomics object.
pub fn init(ctx: &mut Context) {
    let object_prototype = ctx.realm.object_prototype;
    let atomics = ctx.new_object_with_prototype(Some(object_prototype));
    let methods: [(&str, u32, NativeFn); 12] = [
        ("load", 2, load),
        ("store", 3, store),
        ("add", 3, add),
        ("sub", 3, sub),
        ("and", 3, and),
        ("or", 3, or),
        ("xor", 3, xor),
        ("exchange", 3, exchange),
        ("compareExchange", 4, compare_exchange),
        ("isLockFree", 1, is_lock_free),
        ("wait", 4, wait),
        ("notify", 3, notify),
    ];
    let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);
    let tag = ctx.intern_str("Atomics");
    let mut builder = ObjectBuilder::new(ctx, atomics);
    for (name, length, native) in methods {
        builder.method(name, length, native);
    }
    builder.define(tag_key, Value::string(tag), Attributes::READONLY_HIDDEN);
    crate::realm::define_global(ctx, "Atomics", Value::object(atomics));
}

/// How V8 names a typed array in Atomics messages: `[object Int32Array]`, other values as
/// usual (`#<Object>`, `[object Array]`).
fn describe(ctx: &mut Context, value: Value) -> String {
    match value.as_object().and_then(typed_array_data) {
        Some(data) => format!("[object {}]", data.element.name()),
        None => describe_value(ctx, value),
    }
}

/// ValidateIntegerTypedArray (§25.4.3.1): the typed array and its element type. `waitable`
/// asks for Int32Array (wait/notify).
fn validate_integer(ctx: &mut Context, value: Value, waitable: bool, method: &str) -> JsResult<(Gc<JsObject>, ElementType)> {
    let Some((object, data)) = value.as_object().and_then(|object| typed_array_data(object).map(|data| (object, data))) else {
        let text = describe(ctx, value);
        return ctx.throw_type_error(&format!("{text} is not an integer typed array."));
    };
    if data.length_in_bounds().is_none() {
        return ctx.throw_type_error(&format!("Cannot perform {method} on a detached ArrayBuffer"));
    }
    let element = data.element;
    if waitable {
        if element != ElementType::Int32 && element != ElementType::BigInt64 {
            let text = describe(ctx, value);
            return ctx.throw_type_error(&format!("{text} is not an int32 or BigInt64 typed array."));
        }
    } else if !element.is_atomic_integer() {
        let text = describe(ctx, value);
        return ctx.throw_type_error(&format!("{text} is not an integer typed array."));
    }
    Ok((object, element))
}

/// ValidateAtomicAccess (§25.4.3.2): the element index, checked against the length.
fn validate_access(ctx: &mut Context, object: Gc<JsObject>, index: Value) -> JsResult<usize> {
    let index = super::array_buffer::to_index(ctx, index, "Invalid atomic access index")?;
    let length = typed_array_data(object).map_or(0, |data| data.length());
    if index >= length as u64 {
        return ctx.throw_range_error("Invalid atomic access index");
    }
    Ok(index as usize)
}

/// RevalidateAtomicAccess (§25.4.3.3) after the value conversions ran user code.
fn revalidate(ctx: &mut Context, object: Gc<JsObject>, index: usize, method: &str) -> JsResult<()> {
    match typed_array_data(object).and_then(|data| data.length_in_bounds()) {
        None => ctx.throw_type_error(&format!("Cannot perform {method} on a detached ArrayBuffer")),
        Some(length) if index >= length => ctx.throw_range_error("Invalid atomic access index"),
        Some(_) => Ok(()),
    }
}

fn read(object: Gc<JsObject>, index: usize) -> f64 {
    typed_array_data(object).and_then(|data| data.read(index)).unwrap_or(0.0)
}

fn write(object: Gc<JsObject>, index: usize, number: f64) {
    if let Some(data) = typed_array_data(object) {
        data.write(index, number);
    }
}

fn read_raw(object: Gc<JsObject>, index: usize) -> u64 {
    typed_array_data(object).and_then(|data| data.read_raw(index)).unwrap_or(0)
}

fn write_raw(object: Gc<JsObject>, index: usize, raw: u64) {
    if let Some(data) = typed_array_data(object) {
        data.write_raw(index, raw);
    }
}

/// The operand of an operation on a BigInt array: ToBigInt(value), kept rooted as the value
/// and returned with its 64 raw bits.
fn bigint_operand(ctx: &mut Context, value: Value) -> JsResult<(Value, u64)> {
    let bigint = super::bigint::to_bigint(ctx, value)?;
    Ok((bigint, super::typed_array::bigint_bits(crate::bigint::of(bigint))))
}

/// AtomicReadModifyWrite (§25.4.3.17): stores `combine(old, value)` and returns the old value.
fn read_modify_write(ctx: &mut Context, call: &NativeCall, method: &str, combine: fn(i64, i64) -> i64) -> JsResult<Value> {
    let (object, element) = validate_integer(ctx, call.arg(0), false, method)?;
    let index = validate_access(ctx, object, call.arg(1))?;
    if element.is_bigint() {
        let (_, operand) = bigint_operand(ctx, call.arg(2))?;
        revalidate(ctx, object, index, method)?;
        let old = read_raw(object, index);
        write_raw(object, index, combine(old as i64, operand as i64) as u64);
        return Ok(element.to_value(ctx, old));
    }
    let value = conv::to_integer_or_infinity(ctx, call.arg(2))?;
    revalidate(ctx, object, index, method)?;
    let old = read(object, index);
    // Both operands as the element type's bits; the result is wrapped by the write.
    let operand = element.decode(element.encode(value)) as i64;
    write(object, index, combine(old as i64, operand) as f64);
    Ok(Value::number(old))
}

/// Atomics.add ( typedArray, index, value ) (§25.4.4).
fn add(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    read_modify_write(ctx, call, "Atomics.add", |old, value| old.wrapping_add(value))
}

/// Atomics.sub ( typedArray, index, value ) (§25.4.14).
fn sub(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    read_modify_write(ctx, call, "Atomics.sub", |old, value| old.wrapping_sub(value))
}

/// Atomics.and ( typedArray, index, value ) (§25.4.5).
fn and(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    read_modify_write(ctx, call, "Atomics.and", |old, value| old & value)
}

/// Atomics.or ( typedArray, index, value ) (§25.4.11).
fn or(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    read_modify_write(ctx, call, "Atomics.or", |old, value| old | value)
}

/// Atomics.xor ( typedArray, index, value ) (§25.4.16).
fn xor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    read_modify_write(ctx, call, "Atomics.xor", |old, value| old ^ value)
}

/// Atomics.exchange ( typedArray, index, value ) (§25.4.8).
fn exchange(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    read_modify_write(ctx, call, "Atomics.exchange", |_, value| value)
}

/// Atomics.load ( typedArray, index ) (§25.4.10).
fn load(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    const METHOD: &str = "Atomics.load";
    let (object, element) = validate_integer(ctx, call.arg(0), false, METHOD)?;
    let index = validate_access(ctx, object, call.arg(1))?;
    revalidate(ctx, object, index, METHOD)?;
    let raw = read_raw(object, index);
    Ok(element.to_value(ctx, raw))
}

/// Atomics.store ( typedArray, index, value ) (§25.4.13): returns the integer stored (before
/// wrapping to the element type).
fn store(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    const METHOD: &str = "Atomics.store";
    let (object, element) = validate_integer(ctx, call.arg(0), false, METHOD)?;
    let index = validate_access(ctx, object, call.arg(1))?;
    if element.is_bigint() {
        let (bigint, raw) = bigint_operand(ctx, call.arg(2))?;
        revalidate(ctx, object, index, METHOD)?;
        write_raw(object, index, raw);
        return Ok(bigint);
    }
    let value = conv::to_integer_or_infinity(ctx, call.arg(2))?;
    revalidate(ctx, object, index, METHOD)?;
    write(object, index, value);
    Ok(Value::number(value))
}

/// Atomics.compareExchange ( typedArray, index, expectedValue, replacementValue ) (§25.4.6).
fn compare_exchange(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    const METHOD: &str = "Atomics.compareExchange";
    let (object, element) = validate_integer(ctx, call.arg(0), false, METHOD)?;
    let index = validate_access(ctx, object, call.arg(1))?;
    if element.is_bigint() {
        let (_, expected) = bigint_operand(ctx, call.arg(2))?;
        let (_, replacement) = bigint_operand(ctx, call.arg(3))?;
        revalidate(ctx, object, index, METHOD)?;
        let old = read_raw(object, index);
        if old == expected {
            write_raw(object, index, replacement);
        }
        return Ok(element.to_value(ctx, old));
    }
    let expected = conv::to_integer_or_infinity(ctx, call.arg(2))?;
    let replacement = conv::to_integer_or_infinity(ctx, call.arg(3))?;
    revalidate(ctx, object, index, METHOD)?;
    let old = read(object, index);
    // The comparison is of the raw bytes: the expected value as the element type stores it.
    let mask = u64::MAX >> (64 - 8 * element.size());
    if element.encode(old) & mask == element.encode(expected) & mask {
        write(object, index, replacement);
    }
    Ok(Value::number(old))
}

/// Atomics.isLockFree ( size ) (§25.4.9), with V8's answers.
fn is_lock_free(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let size = conv::to_integer_or_infinity(ctx, call.arg(0))?;
    Ok(Value::boolean(size == 1.0 || size == 2.0 || size == 4.0 || size == 8.0))
}

/// Atomics.wait ( typedArray, index, value, timeout ) (§25.4.15) on the only thread.
fn wait(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    const METHOD: &str = "Atomics.wait";
    let (object, element) = validate_integer(ctx, call.arg(0), true, METHOD)?;
    let shared = typed_array_data(object).and_then(|data| super::array_buffer::buffer_data(data.buffer)).is_some_and(|buffer| buffer.is_shared());
    if !shared {
        let text = describe(ctx, call.arg(0));
        return ctx.throw_type_error(&format!("{text} is not a shared typed array."));
    }
    let index = validate_access(ctx, object, call.arg(1))?;
    let equal = if element.is_bigint() {
        let (_, value) = bigint_operand(ctx, call.arg(2))?;
        read_raw(object, index) == value
    } else {
        let value = conv::to_int32(ctx, call.arg(2))?;
        read(object, index) == value as f64
    };
    let timeout = conv::to_number(ctx, call.arg(3))?;
    let timeout = if timeout.is_nan() { f64::INFINITY } else { timeout.max(0.0) };
    if !equal {
        return Ok(Value::string(crate::string::from_str(ctx, "not-equal")));
    }
    if timeout.is_infinite() {
        return ctx.throw_error(
            crate::error::ErrorKind::Error,
            "Atomics.wait would block forever: kiln runs JavaScript on one thread, so nothing can notify this waiter",
        );
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(timeout / 1000.0));
    Ok(Value::string(crate::string::from_str(ctx, "timed-out")))
}

/// Atomics.notify ( typedArray, index, count ) (§25.4.12): no agent ever waits, so it wakes 0.
fn notify(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (object, _) = validate_integer(ctx, call.arg(0), true, "Atomics.notify")?;
    validate_access(ctx, object, call.arg(1))?;
    if !call.arg(2).is_undefined() {
        conv::to_integer_or_infinity(ctx, call.arg(2))?;
    }
    Ok(Value::number(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_modify_write_wraps_to_the_element_type() {
        let mut ctx = Context::new_for_tests();
        let array = super::super::typed_array::allocate_intrinsic(&mut ctx, ElementType::Int16, 1).expect("array");
        write(array, 0, -1.0);
        let operand = ElementType::Int16.decode(ElementType::Int16.encode(0xffff as f64)) as i64;
        assert_eq!(operand, -1);
        let combined = (read(array, 0) as i64) ^ operand;
        write(array, 0, combined as f64);
        assert_eq!(read(array, 0), 0.0);
        write(array, 0, 40000.0);
        assert_eq!(read(array, 0), -25536.0);
    }
}
