//! Entry points of the inline caches: the miss handlers that do the full property access and
//! fill the per-site cache compiled code checks (layouts in `kiln_abi::get_cache_offset` and
//! `kiln_abi::set_cache_offset`).
//!
//! A cache records only what stays true while the recorded shapes stay the same: shapes are
//! immutable and shared, a dictionary-mode object (and a proxy) points at the shared
//! dictionary shape (never recorded), and the prototype is checked by pointer because it is not
//! part of the shape.
//!
//! A read cache has several entries (a polymorphic site sees several shapes). An inherited
//! entry (the property was found up the prototype chain) records the receiver's shape and
//! prototype, the holder and the context's prototype epoch. Everything between the receiver
//! and the holder is marked as a cached prototype (`JsObject::mark_cached_prototype`), and
//! `object::note_layout_change` bumps the epoch when such an object gains or loses a property,
//! changes a property's attributes or its prototype; every collection bumps it too (the cached
//! addresses of dead prototypes may be reused). So an entry whose epoch is current describes
//! the chain exactly as a full lookup would see it, at any depth.

use super::{context, finish, finish_bool, key_of};
use crate::builtins::typed_array;
use crate::context::Context;
use crate::gc::Gc;
use crate::object::function::{self, FunctionVariant};
use crate::object::shape::Shape;
use crate::object::{self, ops, Attributes, JsObject, ObjectKind, PropertyKey};
use crate::value::ops as value_ops;
use crate::value::Value;
use kiln_abi::{get_cache_offset, object_offset, set_cache_offset};

const _: () = {
    assert!(std::mem::offset_of!(JsObject, shape) == object_offset::SHAPE as usize);
    assert!(kiln_abi::instanceof_site_offset::DICTIONARY_SHAPE as u32 + 8 <= get_cache_offset::SIZE);
    assert!(kiln_abi::keyed_cache_offset::ENTRY_SIZE * kiln_abi::keyed_cache_offset::ENTRIES <= kiln_abi::keyed_cache_offset::RECORDS as u32);
    assert!(kiln_abi::keyed_cache_offset::RECORDS as u32 + 8 <= get_cache_offset::SIZE);
    assert!(kiln_abi::keyed_read_offset::OWN_ENTRIES as u32 + kiln_abi::keyed_cache_offset::ENTRY_SIZE * kiln_abi::keyed_cache_offset::ENTRIES <= kiln_abi::keyed_read_offset::OWN_RECORDS as u32);
    assert!(kiln_abi::keyed_read_offset::OWN_RECORDS as u32 + 8 <= get_cache_offset::SIZE);
    assert!(std::mem::offset_of!(JsObject, slots) == object_offset::SLOTS as usize);
    assert!(std::mem::offset_of!(JsObject, elements) == object_offset::ELEMENTS as usize);
    assert!(std::mem::offset_of!(JsObject, elements) + 8 == object_offset::ELEMENTS_LEN as usize);
    assert!(std::mem::offset_of!(JsObject, prototype) == object_offset::PROTOTYPE as usize);
};

/// Prototype chains longer than this are not cached.
const MAX_CACHED_DEPTH: usize = 16;

/// Writes a `u64` field of a cache.
///
/// # Safety
/// `cache` points at a cache of the layout the offset belongs to.
unsafe fn write_field(cache: *mut u8, offset: i32, value: u64) {
    // SAFETY: per the contract; caches are 8-byte aligned data the compiler emits.
    unsafe { (cache.add(offset as usize) as *mut u64).write(value) }
}

/// Reads a `u64` field of a cache.
///
/// # Safety
/// As for [`write_field`].
unsafe fn read_field(cache: *const u8, offset: i32) -> u64 {
    // SAFETY: per the contract.
    unsafe { (cache.add(offset as usize) as *const u64).read() }
}

fn named_key(ctx: &mut Context, key: Value) -> Option<PropertyKey> {
    let key = key.as_string().map(|name| ctx.key_from_string(name))?;
    matches!(key, PropertyKey::String(_)).then_some(key)
}

/// True for an object whose named properties live in its shape: not in dictionary mode and
/// not a proxy (whose shape is the dictionary shape and whose storage stays empty).
pub(crate) fn is_shaped(object: &JsObject) -> bool {
    !object.is_dictionary() && !object.shape.get().is_dictionary() && !matches!(*object.kind(), ObjectKind::Proxy(_))
}

/// A plain data property of `object`'s shape (not an accessor, not a lazily made value).
pub(crate) fn shape_data_slot(object: &JsObject, key: PropertyKey) -> Option<u32> {
    if !is_shaped(object) {
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

/// One read-cache entry (fields as in `kiln_abi::get_cache_offset`; `shape` has
/// `INHERITED` set for an inherited entry).
struct ReadEntry {
    shape: u64,
    prototype: u64,
    holder: u64,
    slot_offset: u64,
    epoch: u64,
}

/// The cache entry for reading `key` from `receiver`, and the value read, when the property is
/// a plain data property whose place every object of the receiver's shape and prototype shares.
fn plan_read(ctx: &mut Context, receiver: Gc<JsObject>, key: PropertyKey) -> Option<(ReadEntry, Value)> {
    let cell = receiver.get();
    if !is_shaped(cell) {
        return None;
    }
    let shape = cell.shape.as_ptr() as u64;
    if let Some(slot) = shape_data_slot(cell, key) {
        let value = cell.slots.as_slice()[slot as usize];
        return Some((ReadEntry { shape, prototype: 0, holder: 0, slot_offset: slot as u64 * 8, epoch: 0 }, value));
    }
    // Another object of this shape and prototype may have `key` as an exotic own property:
    // an array's or a String wrapper's `length`, a typed array's numeric keys.
    if key == PropertyKey::String(ctx.atoms.length) || typed_array::numeric_index(key).is_some() {
        return None;
    }
    if cell.shape.get().lookup(key).is_some() || ops::get_own_property(ctx, receiver, key).ok().flatten().is_some() {
        return None;
    }
    let prototype = receiver.get().prototype?;
    let mut current = prototype;
    let mut depth = 0;
    // The holder and slot, or None when no object of the chain has the key: then the read
    // is `undefined`, recorded as the first slot of the realm's absent holder.
    let found = loop {
        let object = current.get();
        if !is_shaped(object) {
            return None;
        }
        if let Some(slot) = shape_data_slot(object, key) {
            break Some((current, slot));
        }
        if object.shape.get().lookup(key).is_some() || ops::get_own_property(ctx, current, key).ok().flatten().is_some() {
            return None;
        }
        depth += 1;
        if depth == MAX_CACHED_DEPTH {
            return None;
        }
        match current.get().prototype {
            Some(next) => current = next,
            None => break None,
        }
    };
    // Only now that the chain qualifies: from here on a change to any of these objects' shapes
    // or prototypes bumps the epoch.
    let mut current = Some(prototype);
    while let Some(object) = current {
        object.get_mut().mark_cached_prototype();
        if found.is_some_and(|(holder, _)| holder == object) {
            break;
        }
        current = object.get().prototype;
    }
    let (holder, slot) = found.unwrap_or((ctx.realm.absent_holder, 0));
    let value = holder.get().slots.as_slice()[slot as usize];
    let entry = ReadEntry {
        shape: shape | get_cache_offset::INHERITED,
        prototype: prototype.as_ptr() as u64,
        holder: holder.as_ptr() as u64,
        slot_offset: slot as u64 * 8,
        epoch: ctx.prototype_epoch,
    };
    Some((entry, value))
}

/// Stores `entry` in a read cache: over the entry for the same receiver shape and prototype,
/// else in the first empty or stale one, else in front (the others move back, the last drops).
///
/// # Safety
/// `cache` is a read cache of the compiled program.
unsafe fn store_read_entry(ctx: &Context, cache: *mut u8, entry: &ReadEntry) {
    use get_cache_offset as c;
    let at = |index: u32| -> *mut u8 {
        // SAFETY: the index is below ENTRIES, inside the cache.
        unsafe { cache.add((index * c::ENTRY_SIZE) as usize) }
    };
    let mut target = None;
    for index in 0..c::ENTRIES {
        let slot = at(index);
        // SAFETY: `slot` is an entry of the cache.
        let (shape, prototype, epoch) = unsafe { (read_field(slot, c::SHAPE), read_field(slot, c::PROTOTYPE), read_field(slot, c::EPOCH)) };
        if shape == entry.shape && prototype == entry.prototype {
            target = Some(index);
            break;
        }
        let stale = shape == 0 || (prototype != 0 && epoch != ctx.prototype_epoch);
        if stale && target.is_none() {
            target = Some(index);
        }
    }
    let target = match target {
        Some(index) => index,
        None => {
            // SAFETY: both ranges lie inside the cache; `copy` allows the overlap.
            unsafe { std::ptr::copy(at(0), at(1), ((c::ENTRIES - 1) * c::ENTRY_SIZE) as usize) };
            0
        }
    };
    let slot = at(target);
    // SAFETY: `slot` is an entry of the cache.
    unsafe {
        write_field(slot, c::SHAPE, entry.shape);
        write_field(slot, c::PROTOTYPE, entry.prototype);
        write_field(slot, c::HOLDER, entry.holder);
        write_field(slot, c::SLOT_OFFSET, entry.slot_offset);
        write_field(slot, c::EPOCH, entry.epoch);
    }
}

/// What compiled code does on a read: the value when an entry of `cache` matches `receiver`.
///
/// # Safety
/// `cache` is a read cache of the compiled program.
unsafe fn probe_read(ctx: &Context, receiver: Gc<JsObject>, cache: *const u8) -> Option<Value> {
    use get_cache_offset as c;
    let cell = receiver.get();
    let shape = cell.shape.as_ptr() as u64;
    for index in 0..c::ENTRIES {
        // SAFETY: the index is below ENTRIES, inside the cache.
        let entry = unsafe { cache.add((index * c::ENTRY_SIZE) as usize) };
        // SAFETY: `entry` is an entry of the cache.
        let (entry_shape, prototype, offset) = unsafe { (read_field(entry, c::SHAPE), read_field(entry, c::PROTOTYPE), read_field(entry, c::SLOT_OFFSET)) };
        if entry_shape & !c::INHERITED != shape {
            continue;
        }
        let slot = (offset / 8) as usize;
        if prototype == 0 {
            return Some(cell.slots.as_slice()[slot]);
        }
        let receiver_prototype = cell.prototype.map_or(0, |prototype| prototype.as_ptr() as u64);
        // SAFETY: `entry` is an entry of the cache.
        if receiver_prototype == prototype && unsafe { read_field(entry, c::EPOCH) } == ctx.prototype_epoch {
            // SAFETY: a current inherited entry's holder is a live object on the receiver's
            // prototype chain (the epoch changes when that stops being true).
            let holder = unsafe { &*(read_field(entry, c::HOLDER) as *const JsObject) };
            return Some(holder.slots.as_slice()[slot]);
        }
    }
    None
}

/// `receiver[key]` through a read cache when it is (or becomes) cacheable: a plain data
/// property whose read runs no code. None means "do the full [[Get]]".
///
/// # Safety
/// `cache` is a read cache of the compiled program.
unsafe fn cached_read(ctx: &mut Context, receiver: Gc<JsObject>, key: PropertyKey, cache: *mut u8) -> Option<Value> {
    // SAFETY: per the contract.
    if let Some(value) = unsafe { probe_read(ctx, receiver, cache) } {
        return Some(value);
    }
    let (entry, value) = plan_read(ctx, receiver, key)?;
    // SAFETY: per the contract.
    unsafe { store_read_entry(ctx, cache, &entry) };
    Some(value)
}

/// A call at a site compiled code specialises for the intrinsic function `which`
/// (`kiln_abi::call_intrinsic`): records `callee` in the site's call cache when it is that
/// function, then calls it like `kiln_call_js`. Function objects never move and the intrinsics
/// stay reachable from the realm, so the recorded identity stays valid.
///
/// # Safety
/// As `kiln_call_js`; `cache` is the site's 8-byte call cache.
#[no_mangle]
pub unsafe extern "C" fn kiln_call_intrinsic_js(
    ctx: *mut Context,
    callee: Value,
    this: Value,
    argc: u32,
    argv: *mut u8,
    description: Value,
    which: u32,
    cache: *mut u8,
) -> Value {
    use kiln_abi::call_intrinsic as intrinsic;
    let is_intrinsic = match which {
        intrinsic::ARRAY_PUSH => crate::builtins::array::is_intrinsic_push(callee),
        intrinsic::ARRAY_POP => crate::builtins::array_methods::is_intrinsic_pop(callee),
        intrinsic::STRING_CHAR_CODE_AT | intrinsic::STRING_CHAR_AT => crate::builtins::string_methods::is_intrinsic(callee, which),
        _ => crate::builtins::math::is_intrinsic(callee, which),
    };
    if is_intrinsic {
        // SAFETY: `cache` is the site's call cache per the contract.
        unsafe { write_field(cache, 0, callee.bits()) };
    }
    // SAFETY: per the contract.
    unsafe { super::kiln_call_js(ctx, callee, this, argc, argv, description) }
}

/// A call whose site's callee cache missed: records a compiled callee that is not a class
/// constructor in the first free entry (all of them are free again once the epoch moved; a
/// site that has seen more callees than entries keeps the first ones rather than churning),
/// then calls it.
///
/// # Safety
/// As `kiln_call_js`; `cache` is the site's callee cache (`kiln_abi::call_cache_offset`).
#[no_mangle]
pub unsafe extern "C" fn kiln_call_cached_js(
    ctx: *mut Context,
    callee: Value,
    this: Value,
    argc: u32,
    argv: *mut u8,
    description: Value,
    cache: *mut u8,
) -> Value {
    use kiln_abi::call_cache_offset as c;
    // SAFETY: compiled code passes its live context.
    let epoch = unsafe { context(ctx) }.prototype_epoch;
    // SAFETY: `cache` is a callee cache of `c::SIZE` bytes per the contract.
    unsafe {
        let entry = |index: u32| cache.add((c::FIRST_ENTRY as u32 + index * c::ENTRY_SIZE) as usize);
        if read_field(cache, c::EPOCH) != epoch {
            std::ptr::write_bytes(entry(0), 0, (c::ENTRY_SIZE * c::ENTRIES) as usize);
            write_field(cache, c::EPOCH, epoch);
        }
        if read_field(entry(c::ENTRIES - 1), c::CALLEE) == 0 {
            let code = match callee.as_object().map(|object| object.get().kind()) {
                Some(ObjectKind::Function(data)) if matches!(data.variant, FunctionVariant::Compiled { .. }) && !data.is_class_constructor() => {
                    Some(data.entry as usize as u64)
                }
                _ => None,
            };
            if let Some(code) = code {
                if let Some(free) = (0..c::ENTRIES).map(entry).find(|&slot| read_field(slot, c::CALLEE) == 0) {
                    write_field(free, c::CODE, code);
                    write_field(free, c::CALLEE, callee.bits());
                }
            }
        }
    }
    // SAFETY: per the contract.
    unsafe { super::kiln_call_js(ctx, callee, this, argc, argv, description) }
}

/// `array.push(value)` of the intrinsic push on a dense array; HOLE when the full steps must run.
///
/// # Safety
/// `ctx` is the live context.
#[no_mangle]
pub unsafe extern "C" fn kiln_array_push_dense(ctx: *mut Context, array: Value, value: Value) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    match crate::builtins::array::push_dense(ctx, array, &[value]) {
        Some(length) => Value::number(length as f64),
        None => Value::HOLE,
    }
}

/// `array.pop()` of the intrinsic pop on a dense array; HOLE when the full steps must run.
#[no_mangle]
pub extern "C" fn kiln_array_pop_dense(array: Value) -> Value {
    crate::builtins::array_methods::pop_dense(array).unwrap_or(Value::HOLE)
}

/// `object.key` on a cache miss.
///
/// # Safety
/// `ctx` is the live context and `cache` a read cache of the compiled program.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_get_named_cached_js(ctx: *mut Context, object: Value, key: Value, cache: *mut u8) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    // `length` of an array or a string is exotic (never cached): answer it before interning.
    // (A string constant of the program need not be the atom itself.)
    if key.as_string().is_some_and(|name| name == ctx.atoms.length || name.get().eq_str("length")) {
        if let Some(string) = object.as_string() {
            return Value::number(string.get().len() as f64);
        }
        if let Some(ObjectKind::Array(data)) = object.as_object().map(|array| array.get().kind()) {
            return Value::number(data.length as f64);
        }
        if let Some((length, _)) = object.as_object().and_then(|receiver| intrinsic_typed_array_length(ctx, receiver)) {
            return length;
        }
    }
    let Some(property) = named_key(ctx, key) else {
        return finish(key_of(ctx, key).and_then(|key| ops::get_value(ctx, object, key)));
    };
    if let Some(receiver) = object.as_object() {
        if let Some((entry, value)) = plan_read(ctx, receiver, property) {
            // SAFETY: `cache` is a read cache per the contract.
            unsafe { store_read_entry(ctx, cache, &entry) };
            return value;
        }
    } else if object.is_string() {
        // Compiled code probes a string receiver's entries with String.prototype, whose own
        // properties and chain are where [[Get]] looks for a name that is not an index.
        if let Some((entry, value)) = plan_read(ctx, ctx.realm.string_prototype, property) {
            // SAFETY: `cache` is a read cache per the contract.
            unsafe { store_read_entry(ctx, cache, &entry) };
            return value;
        }
        if let Some(value) = string_prototype_read(ctx, property) {
            return value;
        }
    }
    finish(ops::get_value(ctx, object, property))
}

/// Where String.prototype keeps a named data property, remembered per name: the name's atom,
/// String.prototype's shape when it was found, and the slot (all zero when empty).
#[derive(Clone, Copy, Default)]
struct StringMethodMemo {
    key: u64,
    shape: u64,
    slot: u32,
}

const STRING_METHOD_MEMOS: usize = 32;

thread_local! {
    static STRING_METHODS: [std::cell::Cell<StringMethodMemo>; STRING_METHOD_MEMOS] =
        const { [const { std::cell::Cell::new(StringMethodMemo { key: 0, shape: 0, slot: 0 }) }; STRING_METHOD_MEMOS] };
}

/// `string.name` of a primitive string when `name` (not an index, not `length`) is a plain data
/// property of String.prototype itself — `'abc'.charAt` —, which is where [[Get]] finds it (a
/// string has no other own named properties). The slot is remembered per name together with
/// String.prototype's shape, which changes when a property is added, deleted or redefined; the
/// value is read from the slot each time, so an assignment to `String.prototype.charAt` is
/// seen. None for anything else (inherited from Object.prototype, accessors, symbols): the
/// caller does the full [[Get]].
fn string_prototype_read(ctx: &mut Context, property: PropertyKey) -> Option<Value> {
    let PropertyKey::String(atom) = property else { return None };
    let key = atom.as_ptr() as u64;
    let prototype = ctx.realm.string_prototype;
    let cell = prototype.get();
    let shape = cell.shape.as_ptr() as u64;
    let index = (key >> 4) as usize % STRING_METHOD_MEMOS;
    let memo = STRING_METHODS.with(|memos| memos[index].get());
    if memo.key == key && memo.shape == shape && is_shaped(cell) {
        return cell.slots.as_slice().get(memo.slot as usize).copied().filter(|value| !value.is_hole());
    }
    let slot = shape_data_slot(cell, property)?;
    STRING_METHODS.with(|memos| memos[index].set(StringMethodMemo { key, shape, slot }));
    cell.slots.as_slice().get(slot as usize).copied()
}

/// The last receiver layout found to read `length` from the intrinsic
/// %TypedArray%.prototype.length getter: receiver shape, receiver prototype, prototype epoch,
/// holder, the holder's slot and the accessor pair in it (all zero when none).
#[derive(Clone, Copy, Default)]
struct TypedArrayLengthMemo {
    shape: u64,
    prototype: u64,
    epoch: u64,
    holder: u64,
    slot: u64,
    pair: u64,
}

thread_local! {
    static TYPED_ARRAY_LENGTH: std::cell::Cell<TypedArrayLengthMemo> = const { std::cell::Cell::new(TypedArrayLengthMemo { shape: 0, prototype: 0, epoch: 0, holder: 0, slot: 0, pair: 0 }) };
}

/// `receiver.length` without calling the getter, when `receiver` is a typed array whose
/// `length` is the intrinsic %TypedArray%.prototype.length getter (which returns
/// TypedArrayLength, 0 when out of bounds or detached), with the memo that says so. None
/// otherwise: the caller does the full [[Get]].
///
/// Where the getter lives is remembered for one receiver shape and prototype: the objects from
/// the prototype to the holder are marked as cached prototypes, so while the epoch stays the
/// same none of them gained, lost or redefined a property or changed its prototype; the
/// holder's slot is also checked to still hold the same accessor pair.
fn intrinsic_typed_array_length(ctx: &mut Context, receiver: Gc<JsObject>) -> Option<(Value, TypedArrayLengthMemo)> {
    let cell = receiver.get();
    let ObjectKind::TypedArray(data) = cell.kind() else { return None };
    if !is_shaped(cell) {
        return None;
    }
    let prototype = cell.prototype?;
    let shape = cell.shape.as_ptr() as u64;
    let memo = TYPED_ARRAY_LENGTH.with(|memo| memo.get());
    let hit = memo.shape == shape && memo.prototype == prototype.as_ptr() as u64 && memo.epoch == ctx.prototype_epoch && {
        let holder: Gc<JsObject> = Gc::from_addr(memo.holder as usize);
        holder.get().slots.as_slice().get(memo.slot as usize).is_some_and(|slot| slot.bits() == memo.pair)
    };
    let memo = if hit {
        memo
    } else {
        let memo = plan_typed_array_length(ctx, receiver)?;
        TYPED_ARRAY_LENGTH.with(|cell| cell.set(memo));
        memo
    };
    Some((Value::number(data.length() as f64), memo))
}

/// `object.length` at a site with a typed-array `length` record (`kiln_abi::typed_length_offset`,
/// in the second of `caches`): for a typed array whose `length` is the intrinsic getter, the
/// length, with the record filled so that compiled code answers the next read of this layout
/// itself; anything else as `kiln_object_get_named_cached_js` with the first cache.
///
/// # Safety
/// `ctx` is the live context and `caches` two consecutive read caches of the compiled program.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_get_length_cached_js(ctx: *mut Context, object: Value, key: Value, caches: *mut u8) -> Value {
    use kiln_abi::typed_length_offset as r;
    if let Some(receiver) = object.as_object() {
        if matches!(*receiver.get().kind(), ObjectKind::TypedArray(_)) {
            // SAFETY: compiled code passes its live context.
            let context = unsafe { context(ctx) };
            if let Some((length, memo)) = intrinsic_typed_array_length(context, receiver) {
                let holder: Gc<JsObject> = Gc::from_addr(memo.holder as usize);
                // The holder is shaped and its slot vector stays where it is while the epoch
                // does (it gains no property without bumping the epoch; a collection bumps it).
                let slot_address = holder.get().slots.as_slice().as_ptr().wrapping_add(memo.slot as usize) as u64;
                // SAFETY: the record is the second read cache per the contract.
                unsafe {
                    let record = caches.add(get_cache_offset::SIZE as usize);
                    write_field(record, r::PROTOTYPE, memo.prototype);
                    write_field(record, r::EPOCH, memo.epoch);
                    write_field(record, r::SLOT_ADDRESS, slot_address);
                    write_field(record, r::PAIR, memo.pair);
                    write_field(record, r::SHAPE, memo.shape);
                }
                return length;
            }
        }
    }
    // SAFETY: per the contract; the first of `caches` is an ordinary read cache.
    unsafe { kiln_object_get_named_cached_js(ctx, object, key, caches) }
}

/// Walks `receiver`'s chain for `length`; a memo when the property found is the intrinsic
/// getter on an ordinary, shaped holder reached through ordinary objects.
fn plan_typed_array_length(ctx: &mut Context, receiver: Gc<JsObject>) -> Option<TypedArrayLengthMemo> {
    let key = PropertyKey::String(ctx.atoms.length);
    let cell = receiver.get();
    if cell.shape.get().lookup(key).is_some() {
        return None;
    }
    let prototype = cell.prototype?;
    let mut current = prototype;
    let mut depth = 0;
    let (holder, slot, pair) = loop {
        let object = current.get();
        if !matches!(*object.kind(), ObjectKind::Ordinary) {
            return None;
        }
        // A dictionary-mode object on the way (Buffer.prototype has too many methods to stay
        // shaped) is fine when it lacks `length`: adding one bumps the epoch. The holder must
        // be shaped, so that its slot can be checked.
        if !is_shaped(object) {
            match object.dictionary() {
                Some(dictionary) if dictionary.get(key).is_none() => {}
                _ => return None,
            }
        } else if let Some((slot, attributes)) = object.shape.get().lookup(key) {
            if !attributes.is_accessor() {
                return None;
            }
            let pair_value = *object.slots.as_slice().get(slot as usize)?;
            let getter = object::property::AccessorPair::from_slot(pair_value).get().getter;
            let intrinsic = match getter.as_object().map(|getter| getter.get().kind()) {
                Some(ObjectKind::Function(function::FunctionData { variant: FunctionVariant::Native { function, .. }, .. })) => {
                    std::ptr::fn_addr_eq(*function, crate::builtins::typed_array_methods::get_length as function::NativeFn)
                }
                _ => false,
            };
            if !intrinsic {
                return None;
            }
            break (current, slot, pair_value);
        }
        depth += 1;
        if depth == MAX_CACHED_DEPTH {
            return None;
        }
        current = object.prototype?;
    };
    let mut current = prototype;
    loop {
        current.get_mut().mark_cached_prototype();
        if current == holder {
            break;
        }
        current = current.get().prototype.expect("the chain was just walked");
    }
    Some(TypedArrayLengthMemo {
        shape: cell.shape.as_ptr() as u64,
        prototype: prototype.as_ptr() as u64,
        epoch: ctx.prototype_epoch,
        holder: holder.as_ptr() as u64,
        slot: slot as u64,
        pair: pair.bits(),
    })
}

/// `value instanceof target` (§13.10.2 InstanceofOperator) with `target[Symbol.hasInstance]`
/// and, for the intrinsic `Function.prototype[Symbol.hasInstance]`, `target.prototype` read
/// through the site's two read caches. Anything uncacheable takes the full operation, which
/// reads each property once.
///
/// # Safety
/// `ctx` is the live context and `caches` two consecutive read caches of the compiled program.
#[no_mangle]
pub unsafe extern "C" fn kiln_op_instanceof_cached_js(ctx: *mut Context, value: Value, target: Value, caches: *mut u8) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let Some(function) = target.as_object() else {
        return finish_bool(value_ops::instance_of(ctx, value, target));
    };
    let has_instance = PropertyKey::Symbol(ctx.symbols.has_instance);
    // SAFETY: `caches` starts with a read cache per the contract.
    let handler = unsafe { cached_read(ctx, function, has_instance, caches) };
    let plain_function = matches!(function.get().kind(), ObjectKind::Function(data) if !matches!(data.variant, FunctionVariant::Bound(_)));
    if handler != Some(Value::object(ctx.realm.function_has_instance)) || !plain_function {
        return finish_bool(value_ops::instance_of(ctx, value, target));
    }
    // OrdinaryHasInstance (§7.3.21) for a function that is not bound.
    let Some(mut object) = value.as_object() else { return Value::FALSE };
    let prototype_key = PropertyKey::String(ctx.atoms.prototype);
    // SAFETY: the second read cache follows the first per the contract.
    let prototype = unsafe { cached_read(ctx, function, prototype_key, caches.add(get_cache_offset::SIZE as usize)) };
    let Some(prototype) = prototype.and_then(|prototype| prototype.as_object()) else {
        return finish_bool(function::ordinary_has_instance(ctx, target, value));
    };
    loop {
        let cell = object.get();
        // Only an object with the dictionary shape can be a proxy (whose trap may throw).
        let next = if cell.shape != ctx.dictionary_shape {
            cell.prototype
        } else {
            match ops::get_prototype_of_js(ctx, object) {
                Ok(next) => next,
                Err(_) => return Value::EXCEPTION,
            }
        };
        match next {
            Some(next) if next == prototype => return Value::TRUE,
            Some(next) => object = next,
            None => return Value::FALSE,
        }
    }
}

/// `value instanceof target` at a site that also checks its `instanceof_site_offset` record
/// inline (the third of `caches`): the full cached operation, then the record refreshed.
///
/// # Safety
/// `ctx` is the live context and `caches` three consecutive read caches of the compiled program.
#[no_mangle]
pub unsafe extern "C" fn kiln_op_instanceof_site_js(ctx: *mut Context, value: Value, target: Value, caches: *mut u8) -> Value {
    // SAFETY: per the contract.
    let result = unsafe { kiln_op_instanceof_cached_js(ctx, value, target, caches) };
    if result.bits() != kiln_abi::EXCEPTION {
        // SAFETY: per the contract: the third cache follows the first two.
        unsafe { record_instanceof_site(context(ctx), target, caches) };
    }
    result
}

/// Records `target` in an `instanceof` site's record when OrdinaryHasInstance with its own
/// `prototype` slot is what `instanceof` does for it as long as its shape, its prototype and the
/// prototype epoch stay as they are: a shaped plain (not bound) function without an own
/// `Symbol.hasInstance`, whose inherited one, read through a current entry of the site's first
/// cache (so the chain up to its holder is marked as cached prototypes), is the intrinsic.
///
/// # Safety
/// `caches` is three consecutive read caches.
unsafe fn record_instanceof_site(ctx: &mut Context, target: Value, caches: *mut u8) {
    use kiln_abi::instanceof_site_offset as r;
    let Some(function) = target.as_object() else { return };
    let plain_function = matches!(function.get().kind(), ObjectKind::Function(data) if !matches!(data.variant, FunctionVariant::Bound(_)));
    let has_instance = PropertyKey::Symbol(ctx.symbols.has_instance);
    if !plain_function || !is_shaped(function.get()) || function.get().shape.get().lookup(has_instance).is_some() {
        return;
    }
    // SAFETY: the first of `caches` is a read cache.
    let handler = unsafe { probe_read(ctx, function, caches) };
    if handler != Some(Value::object(ctx.realm.function_has_instance)) {
        return;
    }
    let prototype_key = PropertyKey::String(ctx.atoms.prototype);
    let Some(slot) = shape_data_slot(function.get(), prototype_key) else { return };
    let cell = function.get();
    // SAFETY: the third cache lies inside the site's caches, and a cache holds the record.
    unsafe {
        let record = caches.add(2 * get_cache_offset::SIZE as usize);
        write_field(record, r::SHAPE, cell.shape.as_ptr() as u64);
        write_field(record, r::PROTOTYPE, cell.prototype.map_or(0, |prototype| prototype.as_ptr() as u64));
        write_field(record, r::TARGET, target.bits());
        write_field(record, r::SLOT_OFFSET, slot as u64 * 8);
        write_field(record, r::EPOCH, ctx.prototype_epoch);
        write_field(record, r::DICTIONARY_SHAPE, ctx.dictionary_shape.as_ptr() as u64);
    }
}

/// True when no object on `receiver`'s prototype chain has `key` in any form (so a store adds
/// an own data property without running a setter); marks the chain as cached prototypes.
fn chain_lacks(ctx: &mut Context, receiver: Gc<JsObject>, key: PropertyKey) -> bool {
    let mut next = receiver.get().prototype;
    let mut depth = 0;
    while let Some(current) = next {
        let object = current.get();
        if !is_shaped(object) || object.shape.get().lookup(key).is_some() {
            return false;
        }
        if ops::get_own_property(ctx, current, key).ok().flatten().is_some() {
            return false;
        }
        depth += 1;
        if depth == MAX_CACHED_DEPTH {
            return false;
        }
        next = object.prototype;
    }
    let mut next = receiver.get().prototype;
    while let Some(current) = next {
        current.get_mut().mark_cached_prototype();
        next = current.get().prototype;
    }
    true
}

/// Records in a write cache that storing `key` moved `receiver` from `old_shape` to its
/// current shape by adding a plain data property, when every object of that shape and
/// prototype would do the same.
///
/// # Safety
/// `cache` is a write cache of the compiled program.
pub(super) unsafe fn record_add(ctx: &mut Context, receiver: Gc<JsObject>, key: PropertyKey, old_shape: Gc<Shape>, cache: *mut u8) {
    use set_cache_offset as c;
    let cell = receiver.get();
    if !matches!(key, PropertyKey::String(_)) || !is_shaped(cell) || old_shape.get().is_dictionary() {
        return;
    }
    let shape = cell.shape.get();
    if shape.parent() != Some(old_shape) || shape.last_key() != Some(key) || shape.last_attributes() != Attributes::DEFAULT {
        return;
    }
    // Exotic receivers of the same shape define `length` and numeric keys differently.
    if key == PropertyKey::String(ctx.atoms.length) || typed_array::numeric_index(key).is_some() {
        return;
    }
    if !chain_lacks(ctx, receiver, key) {
        return;
    }
    let prototype = receiver.get().prototype.map_or(0, |prototype| prototype.as_ptr() as u64);
    let old_shape = old_shape.as_ptr() as u64;
    // The entry for the same shape and prototype, else the first empty or stale one, else the
    // first after moving the others back.
    let mut target = None;
    for index in 0..c::ADD_ENTRIES {
        let entry = add_entry(cache, index);
        // SAFETY: `entry` is an adding-store entry of the cache.
        let (shape, entry_prototype, epoch) = unsafe { (read_field(entry, c::ADD_SHAPE), read_field(entry, c::ADD_PROTOTYPE), read_field(entry, c::ADD_EPOCH)) };
        if shape == old_shape && entry_prototype == prototype {
            target = Some(index);
            break;
        }
        if (shape == 0 || epoch != ctx.prototype_epoch) && target.is_none() {
            target = Some(index);
        }
    }
    let target = target.unwrap_or_else(|| {
        let size = ((c::ADD_ENTRIES - 1) * c::ADD_ENTRY_SIZE) as usize;
        // SAFETY: both ranges lie inside the cache; `copy` allows the overlap.
        unsafe { std::ptr::copy(add_entry(cache, 0), add_entry(cache, 1), size) };
        0
    });
    let entry = add_entry(cache, target);
    // SAFETY: `entry` is an adding-store entry of the cache.
    unsafe {
        write_field(entry, c::ADD_SHAPE, old_shape);
        write_field(entry, c::ADD_NEW_SHAPE, receiver.get().shape.as_ptr() as u64);
        write_field(entry, c::ADD_PROTOTYPE, prototype);
        write_field(entry, c::ADD_EPOCH, ctx.prototype_epoch);
    }
}

/// The address of adding-store entry `index` of a write cache (its `ADD_` fields are at their
/// offsets from it).
fn add_entry(cache: *mut u8, index: u32) -> *mut u8 {
    cache.wrapping_add((index * set_cache_offset::ADD_ENTRY_SIZE) as usize)
}

/// A store that adds the property the write cache recorded an adding store of: moves the
/// receiver to the recorded shape and appends `value`. False when the cache does not apply.
///
/// # Safety
/// `cache` is a write cache of the compiled program.
pub(super) unsafe fn add_cached(ctx: &mut Context, object: Value, value: Value, cache: *mut u8) -> bool {
    use set_cache_offset as c;
    let Some(receiver) = object.as_object() else { return false };
    let cell = receiver.get_mut();
    let shape = cell.shape.as_ptr() as u64;
    let receiver_prototype = cell.prototype.map_or(0, |prototype| prototype.as_ptr() as u64);
    let epoch = ctx.prototype_epoch;
    // SAFETY: `entry` is an adding-store entry of the cache per the contract.
    let applies = |entry: *mut u8| unsafe {
        read_field(entry, c::ADD_SHAPE) == shape && read_field(entry, c::ADD_PROTOTYPE) == receiver_prototype && read_field(entry, c::ADD_EPOCH) == epoch
    };
    let mut index = 0;
    let entry = loop {
        if index == c::ADD_ENTRIES {
            return false;
        }
        let entry = add_entry(cache, index);
        if applies(entry) {
            break entry;
        }
        index += 1;
    };
    if !cell.is_extensible() {
        return false;
    }
    object::note_layout_change(ctx, receiver);
    // SAFETY: `entry` is an adding-store entry of the cache per the contract; `ADD_NEW_SHAPE`
    // holds the (immortal) shape recorded with `ADD_SHAPE`.
    cell.shape = Gc::<Shape>::from_addr(unsafe { read_field(entry, c::ADD_NEW_SHAPE) } as usize);
    let grew = cell.slots.push(value);
    if grew != 0 {
        ctx.heap.note_external(grew);
    }
    true
}

/// Reads the global `name` and, when it is a data property of the global object's dictionary,
/// records where its value lives (`kiln_abi::global_cache_offset`).
///
/// # Safety
/// `ctx` is the live context and `cache` a global-read cache of the compiled program.
#[no_mangle]
pub unsafe extern "C" fn kiln_global_get_cached_js(ctx: *mut Context, name: Value, cache: *mut u8) -> Value {
    use kiln_abi::global_cache_offset as c;
    // SAFETY: per the contract.
    let value = unsafe { super::kiln_global_get_js(ctx, name) };
    if value == Value::EXCEPTION {
        return value;
    }
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let Some(name) = name.as_string() else { return value };
    let key = ctx.key_from_string(name);
    let global = ctx.realm.global;
    let Some(dictionary) = global.get().dictionary() else { return value };
    let Some(entry) = dictionary.get(key) else { return value };
    if entry.attributes.is_accessor() || entry.value.is_hole() {
        return value;
    }
    let address = &entry.value as *const Value as u64;
    // From now on a change to the global object's properties bumps the epoch.
    global.get_mut().mark_cached_prototype();
    // SAFETY: `cache` is a global-read cache per the contract.
    unsafe {
        write_field(cache, c::EPOCH, ctx.prototype_epoch);
        write_field(cache, c::VALUE_ADDRESS, address);
    }
    value
}

/// An object literal's `key: value` (`key` a string that is not an array index) when compiled
/// code's check of the first adding-store entry of `cache` failed: CreateDataProperty; when
/// that added the property by a shape transition, records it there (shapes before and after
/// only: a definition reads no prototype), so that the next object of the same shape takes it
/// in compiled code.
///
/// # Safety
/// `ctx` is the live context and `cache` a write cache of the compiled program.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_define_named_cached_js(ctx: *mut Context, object: Value, key: Value, value: Value, cache: *mut u8) -> Value {
    let (Some(target), Some(name)) = (object.as_object(), key.as_string()) else {
        // SAFETY: per the contract.
        return unsafe { super::kiln_object_define_js(ctx, object, key, value) };
    };
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let property = ctx.key_from_string(name);
    let old_shape = target.get().shape;
    if super::define_by_transition(ctx, target, property, value) {
        // Compiled code checks the first adding-store entry only (by shape alone): it holds
        // the last transition.
        let entry = add_entry(cache, 0);
        // SAFETY: `entry` is an adding-store entry of the cache per the contract.
        unsafe {
            write_field(entry, set_cache_offset::ADD_SHAPE, old_shape.as_ptr() as u64);
            write_field(entry, set_cache_offset::ADD_NEW_SHAPE, target.get().shape.as_ptr() as u64);
        }
        return Value::UNDEFINED;
    }
    finish(ops::create_data_property_or_throw(ctx, target, property, value).map(|()| Value::UNDEFINED))
}

/// `object.key = value` (sloppy) on a cache miss.
///
/// # Safety
/// `ctx` is the live context and `cache` a write cache of the compiled program.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_set_named_cached_js(ctx: *mut Context, object: Value, key: Value, value: Value, cache: *mut u8) -> Value {
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    // SAFETY: `cache` is a write cache per the contract.
    if unsafe { add_cached(ctx, object, value, cache) } {
        return Value::UNDEFINED;
    }
    let property = match key_of(ctx, key) {
        Ok(property) => property,
        Err(_) => return Value::EXCEPTION,
    };
    let old_shape = object.as_object().map(|receiver| receiver.get().shape);
    if let Err(thrown) = ops::set_value(ctx, object, property, value) {
        let _ = thrown;
        return Value::EXCEPTION;
    }
    if let (Some(receiver), Some(old_shape)) = (object.as_object(), old_shape) {
        // SAFETY: `cache` is a write cache per the contract.
        unsafe { record_add(ctx, receiver, property, old_shape, cache) };
    }
    // After the store: cache it when the receiver now holds a writable plain data property.
    if let (Some(receiver), PropertyKey::String(_)) = (object.as_object(), property) {
        let cell = receiver.get();
        if !cell.is_dictionary() {
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

/// The slot of `property` in `receiver` when it is a plain own data property of the
/// receiver's shape (writable, `for_write`); None otherwise. No side effects.
fn keyed_slot(receiver: Gc<JsObject>, property: PropertyKey, for_write: bool) -> Option<u32> {
    let cell = receiver.get();
    if !is_shaped(cell) {
        return None;
    }
    let (slot, attributes) = cell.shape.get().lookup(property)?;
    if attributes.is_accessor() || attributes.is_lazy() || (for_write && !attributes.writable()) {
        return None;
    }
    cell.slots.as_slice().get(slot as usize).filter(|value| !value.is_hole())?;
    Some(slot)
}

/// Records (key, receiver shape, slot) in front of the entries at `entries`
/// (`kiln_abi::keyed_cache_offset` layout), the other entries moving back (the last drops),
/// unless the pair is there already; `records` counts the records made, and none is made
/// once it reaches `keyed_cache_offset::MAX_RECORDS`.
///
/// # Safety
/// `entries` and `records` are a keyed cache's entries and record counter.
unsafe fn record_keyed(entries: *mut u8, records: *mut u8, key: Value, receiver: Gc<JsObject>, slot: u32) {
    use kiln_abi::keyed_cache_offset as c;
    // SAFETY: per the contract.
    let made = unsafe { read_field(records, 0) };
    if made >= c::MAX_RECORDS {
        return;
    }
    let shape = receiver.get().shape.as_ptr() as u64;
    for index in 0..c::ENTRIES {
        let entry = entries.wrapping_add((index * c::ENTRY_SIZE) as usize);
        // SAFETY: the entry lies inside the cache per the contract.
        if unsafe { read_field(entry, c::KEY) == key.bits() && read_field(entry, c::SHAPE) == shape } {
            return;
        }
    }
    // SAFETY: both ranges lie inside the entries; `copy` allows the overlap.
    unsafe {
        write_field(records, 0, made + 1);
        std::ptr::copy(entries, entries.wrapping_add(c::ENTRY_SIZE as usize), ((c::ENTRIES - 1) * c::ENTRY_SIZE) as usize);
        write_field(entries, c::KEY, key.bits());
        write_field(entries, c::SHAPE, shape);
        write_field(entries, c::SLOT_OFFSET, u64::from(slot) * 8);
    }
}

/// `object[key]` on a miss of compiled code's inline paths; see the ABI table.
///
/// # Safety
/// `ctx` is the live context and `caches` a keyed read site's two read caches.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_get_keyed_cached_js(ctx: *mut Context, object: Value, key: Value, caches: *mut u8) -> Value {
    use kiln_abi::keyed_read_offset as k;
    // SAFETY: per the contract.
    let value = unsafe { super::kiln_object_get_computed_js(ctx, object, key) };
    if value == Value::EXCEPTION || key.is_number() {
        return value;
    }
    let record = caches.wrapping_add(get_cache_offset::SIZE as usize);
    // SAFETY: `record` is the site's key record per the contract.
    let (recorded, changes) = unsafe { (read_field(record, k::KEY), read_field(record, k::CHANGES)) };
    // Each kind of entry stops being recorded after a while: a site whose receivers or key
    // keep changing then costs no lookups.
    // SAFETY: the counter lies inside the record per the contract.
    let own_full = unsafe { read_field(record, k::OWN_RECORDS) } >= kiln_abi::keyed_cache_offset::MAX_RECORDS;
    let named_full = recorded != key.bits() && changes >= k::MAX_CHANGES;
    if own_full && named_full {
        return value;
    }
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    // A key no entry can hold (a string that is not interned, `"k" + n`): it counts towards
    // both limits, so a site that sees only such keys soon stops probing its entries.
    let Some(property) = own_key_value(ctx, key) else {
        // SAFETY: the counters lie inside the record per the contract.
        unsafe { note_uncacheable(record.wrapping_add(k::OWN_RECORDS as usize), kiln_abi::keyed_cache_offset::MAX_RECORDS) };
        // SAFETY: as above.
        unsafe { note_uncacheable(record.wrapping_add(k::CHANGES as usize), k::MAX_CHANGES) };
        return value;
    };
    let Some(receiver) = object.as_object() else { return value };
    // An own data property: the site's (key, shape, slot) entries.
    if !own_full {
        if let Some(slot) = keyed_slot(receiver, property, false) {
            // SAFETY: the entries and their counter lie inside the record per the contract.
            unsafe { record_keyed(record.wrapping_add(k::OWN_ENTRIES as usize), record.wrapping_add(k::OWN_RECORDS as usize), key, receiver, slot) };
            return value;
        }
    }
    if named_full {
        return value;
    }
    if recorded != key.bits() {
        // A new key: the entries were for the old one.
        // SAFETY: the read cache and the record lie inside the site's caches.
        unsafe {
            std::ptr::write_bytes(caches, 0, get_cache_offset::SIZE as usize);
            write_field(record, k::KEY, key.bits());
            write_field(record, k::CHANGES, changes + u64::from(recorded != 0));
        }
    }
    if let Some((entry, _)) = plan_read(ctx, receiver, property) {
        // SAFETY: the first cache is a read cache per the contract.
        unsafe { store_read_entry(ctx, caches, &entry) };
    }
    value
}

/// Adds one to the counter at `counter` unless it reached `limit`.
///
/// # Safety
/// `counter` is a `u64` field of a cache.
unsafe fn note_uncacheable(counter: *mut u8, limit: u64) {
    // SAFETY: per the contract.
    unsafe {
        let count = read_field(counter, 0);
        if count < limit {
            write_field(counter, 0, count + 1);
        }
    }
}

/// The property key `key` stands for when it is that key's own value: a symbol, or the
/// interned string itself (which the shapes holding it keep alive). None for anything else.
fn own_key_value(ctx: &mut Context, key: Value) -> Option<PropertyKey> {
    if let Some(symbol) = key.as_symbol() {
        return Some(PropertyKey::Symbol(symbol));
    }
    // Only an interned string can be its key's own value (and checking costs no lookup).
    let name = key.as_string().filter(|name| name.get().is_atom())?;
    match ctx.key_from_string(name) {
        PropertyKey::String(atom) if atom.addr() == name.addr() => Some(PropertyKey::String(atom)),
        _ => None,
    }
}

/// `object[key] = value` (sloppy) on a miss; see the ABI table.
///
/// # Safety
/// `ctx` is the live context and `cache` a keyed cache of the compiled program.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_set_keyed_cached_js(ctx: *mut Context, object: Value, key: Value, value: Value, cache: *mut u8) -> Value {
    let shape = shape_of(object);
    // SAFETY: per the contract.
    let result = unsafe { super::kiln_object_set_computed_js(ctx, object, key, value) };
    // SAFETY: per the contract.
    unsafe { after_keyed_set(ctx, object, key, shape, result, cache) }
}

/// `object[key] = value` in strict code on a miss; see the ABI table.
///
/// # Safety
/// `ctx` is the live context and `cache` a keyed cache of the compiled program.
#[no_mangle]
pub unsafe extern "C" fn kiln_object_set_keyed_strict_cached_js(ctx: *mut Context, object: Value, key: Value, value: Value, cache: *mut u8) -> Value {
    let shape = shape_of(object);
    // SAFETY: per the contract.
    let result = unsafe { super::strict::kiln_object_set_computed_strict_js(ctx, object, key, value) };
    // SAFETY: per the contract.
    unsafe { after_keyed_set(ctx, object, key, shape, result, cache) }
}

/// The shape of an object value (0 for anything else).
fn shape_of(object: Value) -> u64 {
    object.as_object().map_or(0, |receiver| receiver.get().shape.as_ptr() as u64)
}

/// After a keyed store that did not throw and left the receiver's shape as it was (`shape`):
/// records the property it wrote when it is a writable plain own data property. (A store
/// that added the property is not recorded: the next receiver would have the old shape.)
///
/// # Safety
/// As `kiln_object_set_keyed_cached_js`.
unsafe fn after_keyed_set(ctx: *mut Context, object: Value, key: Value, shape: u64, result: Value, cache: *mut u8) -> Value {
    use kiln_abi::keyed_cache_offset as c;
    // SAFETY: the counter lies inside the cache per the contract.
    let records = unsafe { read_field(cache, c::RECORDS) };
    if result == Value::EXCEPTION || key.is_number() || records >= c::MAX_RECORDS {
        return result;
    }
    // SAFETY: compiled code passes its live context.
    let ctx = unsafe { context(ctx) };
    let Some(property) = own_key_value(ctx, key) else {
        // A key no entry can hold counts towards the limit (see the read side).
        // SAFETY: the counter lies inside the cache per the contract.
        unsafe { note_uncacheable(cache.wrapping_add(c::RECORDS as usize), c::MAX_RECORDS) };
        return result;
    };
    if let Some(receiver) = object.as_object().filter(|_| shape != 0 && shape_of(object) == shape) {
        if let Some(slot) = keyed_slot(receiver, property, true) {
            // SAFETY: per the contract.
            unsafe { record_keyed(cache, cache.wrapping_add(c::RECORDS as usize), key, receiver, slot) };
        }
    }
    result
}
