//! Entry points of the inline caches: the miss handlers that do the full property access and
//! fill the per-site cache compiled code checks (layouts in `kiln_abi::get_cache_offset` and
//! `kiln_abi::set_cache_offset`).
//!
//! A cache records only what stays true while the recorded shapes stay the same: shapes are
//! immutable and shared, a dictionary-mode object points at the shared dictionary shape (never
//! recorded), and the prototype is checked by pointer because it is not part of the shape.

use super::{context, finish, key_of};
use crate::context::Context;
use crate::object::{ops, JsObject, PropertyKey};
use crate::value::Value;
use kiln_abi::{get_cache_offset, object_offset, set_cache_offset};

const _: () = {
    assert!(std::mem::offset_of!(JsObject, shape) == object_offset::SHAPE as usize);
    assert!(std::mem::offset_of!(JsObject, slots) == object_offset::SLOTS as usize);
    assert!(std::mem::offset_of!(JsObject, elements) == object_offset::ELEMENTS as usize);
    assert!(std::mem::offset_of!(JsObject, elements) + 8 == object_offset::ELEMENTS_LEN as usize);
    assert!(std::mem::offset_of!(JsObject, prototype) == object_offset::PROTOTYPE as usize);
};

/// Writes a `u64` field of a cache.
///
/// # Safety
/// `cache` points at a cache of the layout the offset belongs to.
unsafe fn write_field(cache: *mut u8, offset: i32, value: u64) {
    // SAFETY: per the contract; caches are 8-byte aligned data the compiler emits.
    unsafe { (cache.add(offset as usize) as *mut u64).write(value) }
}

fn named_key(ctx: &mut Context, key: Value) -> Option<PropertyKey> {
    let key = key.as_string().map(|name| ctx.key_from_string(name))?;
    matches!(key, PropertyKey::String(_)).then_some(key)
}

/// A plain data property of `object`'s shape (not an accessor, not a lazily made value).
fn shape_data_slot(object: &JsObject, key: PropertyKey) -> Option<u32> {
    if object.dictionary.is_some() {
        return None;
    }
    let (slot, attributes) = object.shape.get().lookup(key)?;
    // Lazily made values (an Error's `stack`) differ between objects of one shape.
    if attributes.is_accessor() || attributes.is_lazy() {
        return None;
    }
    let value = object.slots.as_slice().get(slot as usize)?;
    (!value.is_hole()).then_some(slot)
}

/// `object.key` on a cache miss.
///
/// # Safety
/// `ctx` is the live context and `cache` a read cache of the compiled program.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_get_named_cached_js(ctx: *mut Context, object: Value, key: Value, cache: *mut u8) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let Some(property) = named_key(ctx, key) else {
        return finish(key_of(ctx, key).and_then(|key| ops::get_value(ctx, object, key)));
    };
    if let Some(receiver) = object.as_object() {
        let cell = receiver.get();
        if let Some(slot) = shape_data_slot(cell, property) {
            // SAFETY: `cache` is a read cache per the contract.
            unsafe {
                write_field(cache, get_cache_offset::SHAPE, cell.shape.as_ptr() as u64);
                write_field(cache, get_cache_offset::HOLDER, 0);
                write_field(cache, get_cache_offset::SLOT_OFFSET, slot as u64 * 8);
            }
        } else if property != PropertyKey::String(ctx.atoms.length) && cell.dictionary.is_none() {
            // One level up: the common `instance.method` case. The receiver must not have the
            // property in any form (exotic own properties included).
            if let Some(prototype) = cell.prototype {
                let holder = prototype.get();
                if let Some(slot) = shape_data_slot(holder, property) {
                    if ops::get_own_property(ctx, receiver, property).ok().flatten().is_none() {
                        let cell = receiver.get();
                        // SAFETY: `cache` is a read cache per the contract.
                        unsafe {
                            write_field(cache, get_cache_offset::SHAPE, cell.shape.as_ptr() as u64);
                            write_field(cache, get_cache_offset::HOLDER, prototype.as_ptr() as u64);
                            write_field(cache, get_cache_offset::HOLDER_SHAPE, holder.shape.as_ptr() as u64);
                            write_field(cache, get_cache_offset::SLOT_OFFSET, slot as u64 * 8);
                        }
                    }
                }
            }
        }
    }
    finish(ops::get_value(ctx, object, property))
}

/// `object.key = value` (sloppy) on a cache miss.
///
/// # Safety
/// `ctx` is the live context and `cache` a write cache of the compiled program.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_set_named_cached_js(ctx: *mut Context, object: Value, key: Value, value: Value, cache: *mut u8) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let property = match key_of(ctx, key) {
        Ok(property) => property,
        Err(_) => return Value::EXCEPTION,
    };
    if let Err(thrown) = ops::set_value(ctx, object, property, value) {
        let _ = thrown;
        return Value::EXCEPTION;
    }
    // After the store: cache it when the receiver now holds a writable plain data property.
    if let (Some(receiver), PropertyKey::String(_)) = (object.as_object(), property) {
        let cell = receiver.get();
        if cell.dictionary.is_none() {
            if let Some((slot, attributes)) = cell.shape.get().lookup(property) {
                if !attributes.is_accessor() && !attributes.is_lazy() && attributes.writable() {
                    // SAFETY: `cache` is a write cache per the contract.
                    unsafe {
                        write_field(cache, set_cache_offset::SHAPE, cell.shape.as_ptr() as u64);
                        write_field(cache, set_cache_offset::SLOT_OFFSET, slot as u64 * 8);
                    }
                }
            }
        }
    }
    Value::UNDEFINED
}
