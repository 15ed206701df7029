//! The weak collections and references: `WeakMap` (§24.3), `WeakSet` (§24.4), `WeakRef`
//! (§26.1) and `FinalizationRegistry` (§26.2), with the data the collector's weak phase works
//! on ([`WeakTable`], [`RegistryData`]).
//!
//! None of these objects' `trace` reports what they hold weakly. Instead they register as weak
//! containers (`JsObject::trace`), and after marking the collector (`gc/collect.rs`) first
//! marks WeakMap values whose keys are live, to a fixpoint (ephemerons), then asks each
//! container to drop entries whose key or target died. A FinalizationRegistry cell whose target
//! died is queued on `Context::pending_finalizations`; [`run_pending_finalizations_js`] calls
//! the cleanup callbacks and is for the event loop to run between jobs. WeakRef targets are
//! also kept alive until the end of the current job through `Context::add_to_kept_objects`
//! (the host calls `Context::clear_kept_objects`).

use super::builder::{constructor, ObjectBuilder};
use super::map_set::{add_entries_from_iterable, get_adder, open_iterable};
use super::operations::{close_on_throw, iterator_step_value};
use crate::context::Context;
use crate::error::{describe_value, primitive_text, JsResult, ThrowExt};
use crate::gc::{Gc, Tracer};
use crate::object::function::{self, NativeCall};
use crate::object::{Attributes, JsObject, ObjectKind, PropertyKey};
use crate::util::hash::FxBuildHasher;
use crate::value::{conv, Value};
use std::collections::HashMap;

/// Installs `WeakMap`, `WeakSet`, `WeakRef` and `FinalizationRegistry`.
pub fn init(ctx: &mut Context) {
    let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);

    let prototype = new_prototype(ctx);
    ctx.realm.weak_map_prototype = prototype;
    constructor(ctx, "WeakMap", 0, weak_map_constructor, prototype);
    let tag = ctx.intern_str("WeakMap");
    ObjectBuilder::new(ctx, prototype)
        .method("delete", 1, weak_map_delete)
        .method("get", 1, weak_map_get)
        .method("set", 2, weak_map_set)
        .method("has", 1, weak_map_has)
        .define(tag_key, Value::string(tag), Attributes::READONLY_HIDDEN);

    let prototype = new_prototype(ctx);
    ctx.realm.weak_set_prototype = prototype;
    constructor(ctx, "WeakSet", 0, weak_set_constructor, prototype);
    let tag = ctx.intern_str("WeakSet");
    ObjectBuilder::new(ctx, prototype)
        .method("delete", 1, weak_set_delete)
        .method("has", 1, weak_set_has)
        .method("add", 1, weak_set_add)
        .define(tag_key, Value::string(tag), Attributes::READONLY_HIDDEN);

    let prototype = new_prototype(ctx);
    ctx.realm.weak_ref_prototype = prototype;
    constructor(ctx, "WeakRef", 1, weak_ref_constructor, prototype);
    let tag = ctx.intern_str("WeakRef");
    ObjectBuilder::new(ctx, prototype)
        .method("deref", 0, weak_ref_deref)
        .define(tag_key, Value::string(tag), Attributes::READONLY_HIDDEN);

    let prototype = new_prototype(ctx);
    ctx.realm.finalization_registry_prototype = prototype;
    constructor(ctx, "FinalizationRegistry", 1, registry_constructor, prototype);
    let tag = ctx.intern_str("FinalizationRegistry");
    ObjectBuilder::new(ctx, prototype)
        .method("register", 2, registry_register)
        .method("unregister", 1, registry_unregister)
        .define(tag_key, Value::string(tag), Attributes::READONLY_HIDDEN);
}

fn new_prototype(ctx: &mut Context) -> Gc<JsObject> {
    let object_prototype = ctx.realm.object_prototype;
    ctx.new_object_with_prototype(Some(object_prototype))
}

// ---------------------------------------------------------------------------------------------
// Data the collector works on
// ---------------------------------------------------------------------------------------------

/// The entries of a WeakMap or WeakSet, by key cell address (cells never move). A WeakSet's
/// values are undefined.
#[derive(Default)]
pub struct WeakTable {
    entries: HashMap<usize, (Value, Value), FxBuildHasher>,
}

impl WeakTable {
    /// Number of entries (including ones whose key died since the last collection).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn get(&self, key: Value) -> Option<Value> {
        self.entries.get(&key.payload()).map(|&(_, value)| value)
    }

    /// The ephemeron step: marks the value of every entry whose key is live.
    pub(crate) fn trace_ephemerons(&self, tracer: &mut Tracer) {
        for &(key, value) in self.entries.values() {
            if tracer.is_live(key) {
                tracer.value(value);
            }
        }
        tracer.external(self.entries.capacity() * 24);
    }

    /// Drops the entries whose key died.
    pub(crate) fn clear_dead(&mut self, tracer: &Tracer) {
        self.entries.retain(|_, (key, _)| tracer.is_live(*key));
    }
}

/// One `register` call: the target (weak), the held value (strong) and the unregister token
/// (weak; undefined when none was given or it died).
struct RegistryCell {
    target: Value,
    held: Value,
    token: Value,
}

/// A FinalizationRegistry's [[CleanupCallback]] and [[Cells]].
pub struct RegistryData {
    cleanup: Value,
    cells: Vec<RegistryCell>,
}

impl RegistryData {
    /// Reports the strongly held parts: the callback and the held values.
    pub(crate) fn trace_strong(&self, tracer: &mut Tracer) {
        tracer.value(self.cleanup);
        for cell in &self.cells {
            tracer.value(cell.held);
        }
        tracer.external(self.cells.capacity() * 24);
    }

    /// Removes the cells whose target died, queueing `(registry, held)` in `pending`, and
    /// forgets dead unregister tokens.
    pub(crate) fn clear_dead(&mut self, tracer: &Tracer, registry: Value, pending: &mut Vec<(Value, Value)>) {
        self.cells.retain_mut(|cell| {
            if !tracer.is_live(cell.target) {
                pending.push((registry, cell.held));
                return false;
            }
            if !tracer.is_live(cell.token) {
                cell.token = Value::UNDEFINED;
            }
            true
        });
    }
}

/// CanBeHeldWeakly (§9.13): objects, and symbols not in the global registry.
fn can_be_held_weakly(ctx: &mut Context, value: Value) -> bool {
    if value.is_object() {
        return true;
    }
    match value.as_symbol() {
        Some(symbol) => !super::symbol::is_registered(ctx, symbol),
        None => false,
    }
}

/// Runs the cleanup callbacks of FinalizationRegistry cells whose targets were collected
/// (CleanupFinalizationRegistry, §9.13 / HostEnqueueFinalizationRegistryCleanupJob). The event
/// loop calls this between jobs; an exception from a callback stops the run and is returned
/// (the remaining work stays queued).
pub fn run_pending_finalizations_js(ctx: &mut Context) -> JsResult<()> {
    if ctx.pending_finalizations.is_empty() {
        return Ok(());
    }
    // Move the pairs into a GC list first: the allocation may collect while they are still on
    // the context (a root), and afterwards the list holds them.
    let list = ctx.new_list();
    for (registry, held) in std::mem::take(&mut ctx.pending_finalizations) {
        list.get_mut().push(registry);
        list.get_mut().push(held);
    }
    let mut index = 0;
    while index < list.get().len() {
        let (registry, held) = (list.get().get(index), list.get().get(index + 1));
        index += 2;
        let cleanup = match registry.as_object().map(|object| object.get().kind()) {
            Some(ObjectKind::FinalizationRegistry(data)) => data.cleanup,
            _ => continue,
        };
        if let Err(throw) = function::call(ctx, cleanup, Value::UNDEFINED, &[held]) {
            let rest = list.get().items[index..].chunks(2).map(|pair| (pair[0], pair[1])).collect::<Vec<_>>();
            ctx.pending_finalizations.splice(0..0, rest);
            return Err(throw);
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// WeakMap and WeakSet
// ---------------------------------------------------------------------------------------------

fn allocate(ctx: &mut Context, call: &NativeCall, name: &str, default: Gc<JsObject>, kind: ObjectKind) -> JsResult<Gc<JsObject>> {
    if !call.is_construct() {
        return ctx.throw_type_error(&format!("Constructor {name} requires 'new'"));
    }
    let prototype = function::prototype_from_constructor(ctx, call.new_target, default)?;
    let shape = ctx.root_shape;
    Ok(ctx.alloc(JsObject::new(shape, Some(prototype), kind)))
}

/// WeakMap ( [ iterable ] ) (§24.3.1.1).
fn weak_map_constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let default = ctx.realm.weak_map_prototype;
    let map = allocate(ctx, call, "WeakMap", default, ObjectKind::WeakMap(Box::default()))?;
    let iterable = call.arg(0);
    if !iterable.is_nullish() {
        let adder = get_adder(ctx, map, "set")?;
        add_entries_from_iterable(ctx, map, iterable, adder)?;
    }
    Ok(Value::object(map))
}

/// WeakSet ( [ iterable ] ) (§24.4.1.1).
fn weak_set_constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let default = ctx.realm.weak_set_prototype;
    let set = allocate(ctx, call, "WeakSet", default, ObjectKind::WeakSet(Box::default()))?;
    let iterable = call.arg(0);
    if !iterable.is_nullish() {
        let adder = get_adder(ctx, set, "add")?;
        let record = open_iterable(ctx, iterable)?;
        while let Some(item) = iterator_step_value(ctx, record)? {
            let result = function::call(ctx, adder, Value::object(set), &[item]);
            close_on_throw(ctx, record, result)?;
        }
    }
    Ok(Value::object(set))
}

fn this_weak_table(ctx: &mut Context, this: Value, is_map: bool, method: &str) -> JsResult<&'static mut WeakTable> {
    match this.as_object().and_then(|object| object.get_mut().kind_mut()) {
        Some(ObjectKind::WeakMap(table)) if is_map => Ok(table),
        Some(ObjectKind::WeakSet(table)) if !is_map => Ok(table),
        _ => {
            let text = describe_value(ctx, this);
            let name = if is_map { "WeakMap" } else { "WeakSet" };
            ctx.throw_type_error(&format!("Method {name}.prototype.{method} called on incompatible receiver {text}"))
        }
    }
}

/// WeakMap.prototype.get (§24.3.3.3).
fn weak_map_get(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let table = this_weak_table(ctx, call.this, true, "get")?;
    Ok(table.get(call.arg(0)).filter(|_| call.arg(0).is_heap_pointer()).unwrap_or(Value::UNDEFINED))
}

/// WeakMap.prototype.set (§24.3.3.5).
fn weak_map_set(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    this_weak_table(ctx, call.this, true, "set")?;
    let key = call.arg(0);
    if !can_be_held_weakly(ctx, key) {
        return ctx.throw_type_error("Invalid value used as weak map key");
    }
    let table = this_weak_table(ctx, call.this, true, "set")?;
    table.entries.insert(key.payload(), (key, call.arg(1)));
    ctx.heap.note_external(24);
    Ok(call.this)
}

/// WeakMap.prototype.has (§24.3.3.4).
fn weak_map_has(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let table = this_weak_table(ctx, call.this, true, "has")?;
    Ok(Value::boolean(call.arg(0).is_heap_pointer() && table.get(call.arg(0)).is_some()))
}

/// WeakMap.prototype.delete (§24.3.3.2).
fn weak_map_delete(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let table = this_weak_table(ctx, call.this, true, "delete")?;
    Ok(Value::boolean(call.arg(0).is_heap_pointer() && table.entries.remove(&call.arg(0).payload()).is_some()))
}

/// WeakSet.prototype.add (§24.4.3.1).
fn weak_set_add(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    this_weak_table(ctx, call.this, false, "add")?;
    let value = call.arg(0);
    if !can_be_held_weakly(ctx, value) {
        return ctx.throw_type_error("Invalid value used in weak set");
    }
    let table = this_weak_table(ctx, call.this, false, "add")?;
    table.entries.insert(value.payload(), (value, Value::UNDEFINED));
    ctx.heap.note_external(24);
    Ok(call.this)
}

/// WeakSet.prototype.has (§24.4.3.4).
fn weak_set_has(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let table = this_weak_table(ctx, call.this, false, "has")?;
    Ok(Value::boolean(call.arg(0).is_heap_pointer() && table.get(call.arg(0)).is_some()))
}

/// WeakSet.prototype.delete (§24.4.3.3).
fn weak_set_delete(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let table = this_weak_table(ctx, call.this, false, "delete")?;
    Ok(Value::boolean(call.arg(0).is_heap_pointer() && table.entries.remove(&call.arg(0).payload()).is_some()))
}

// ---------------------------------------------------------------------------------------------
// WeakRef
// ---------------------------------------------------------------------------------------------

/// WeakRef ( target ) (§26.1.1.1).
fn weak_ref_constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if !call.is_construct() {
        return ctx.throw_type_error("Constructor WeakRef requires 'new'");
    }
    let target = call.arg(0);
    if !can_be_held_weakly(ctx, target) {
        return ctx.throw_type_error("WeakRef: invalid target");
    }
    let default = ctx.realm.weak_ref_prototype;
    let prototype = function::prototype_from_constructor(ctx, call.new_target, default)?;
    ctx.add_to_kept_objects(target);
    let shape = ctx.root_shape;
    Ok(Value::object(ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::WeakRef(target)))))
}

/// WeakRef.prototype.deref (§26.1.3.2).
fn weak_ref_deref(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = match call.this.as_object().map(|object| object.get().kind()) {
        Some(ObjectKind::WeakRef(target)) => *target,
        _ => {
            let text = describe_value(ctx, call.this);
            return ctx.throw_type_error(&format!("Method WeakRef.prototype.deref called on incompatible receiver {text}"));
        }
    };
    if !target.is_undefined() {
        ctx.add_to_kept_objects(target);
    }
    Ok(target)
}

// ---------------------------------------------------------------------------------------------
// FinalizationRegistry
// ---------------------------------------------------------------------------------------------

/// FinalizationRegistry ( cleanupCallback ) (§26.2.1.1).
fn registry_constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if !call.is_construct() {
        return ctx.throw_type_error("Constructor FinalizationRegistry requires 'new'");
    }
    let cleanup = call.arg(0);
    if !cleanup.is_callable() {
        return ctx.throw_type_error("FinalizationRegistry: cleanup must be callable");
    }
    let default = ctx.realm.finalization_registry_prototype;
    let prototype = function::prototype_from_constructor(ctx, call.new_target, default)?;
    let shape = ctx.root_shape;
    let data = RegistryData { cleanup, cells: Vec::new() };
    Ok(Value::object(ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::FinalizationRegistry(Box::new(data))))))
}

fn this_registry(ctx: &mut Context, this: Value, method: &str) -> JsResult<&'static mut RegistryData> {
    match this.as_object().and_then(|object| object.get_mut().kind_mut()) {
        Some(ObjectKind::FinalizationRegistry(data)) => Ok(data),
        _ => {
            let text = describe_value(ctx, this);
            ctx.throw_type_error(&format!("Method FinalizationRegistry.prototype.{method} called on incompatible receiver {text}"))
        }
    }
}

fn invalid_token<T>(ctx: &mut Context, token: Value) -> JsResult<T> {
    let text = match token.as_object() {
        Some(_) => describe_value(ctx, token),
        None => primitive_text(ctx, token),
    };
    ctx.throw_type_error(&format!("Invalid unregisterToken ('{text}')"))
}

/// FinalizationRegistry.prototype.register ( target, heldValue [ , unregisterToken ] )
/// (§26.2.3.2).
fn registry_register(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    this_registry(ctx, call.this, "register")?;
    let (target, held, token) = (call.arg(0), call.arg(1), call.arg(2));
    if !can_be_held_weakly(ctx, target) {
        return ctx.throw_type_error("FinalizationRegistry.prototype.register: invalid target");
    }
    if conv::same_value(target, held) {
        return ctx.throw_type_error("FinalizationRegistry.prototype.register: target and holdings must not be same");
    }
    if !token.is_undefined() && !can_be_held_weakly(ctx, token) {
        return invalid_token(ctx, token);
    }
    let data = this_registry(ctx, call.this, "register")?;
    data.cells.push(RegistryCell { target, held, token });
    ctx.heap.note_external(24);
    Ok(Value::UNDEFINED)
}

/// FinalizationRegistry.prototype.unregister ( unregisterToken ) (§26.2.3.3).
fn registry_unregister(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    this_registry(ctx, call.this, "unregister")?;
    let token = call.arg(0);
    if !can_be_held_weakly(ctx, token) {
        return invalid_token(ctx, token);
    }
    let data = this_registry(ctx, call.this, "unregister")?;
    let before = data.cells.len();
    data.cells.retain(|cell| cell.token != token);
    Ok(Value::boolean(data.cells.len() != before))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::ops;

    fn construct(ctx: &mut Context, name: &str, args: &[Value]) -> Value {
        let key = ctx.key(name);
        let global = ctx.realm.global;
        let constructor = ops::get_property(ctx, global, key).expect("global constructor");
        function::construct(ctx, constructor, args, constructor).expect("construct")
    }

    fn call_method(ctx: &mut Context, target: Value, name: &str, args: &[Value]) -> Value {
        let key = ctx.key(name);
        let method = ops::get_value(ctx, target, key).expect("method");
        function::call(ctx, method, target, args).expect("call")
    }

    fn weak_entries(value: Value) -> usize {
        match value.as_object().expect("object").get().kind() {
            ObjectKind::WeakMap(table) | ObjectKind::WeakSet(table) => table.len(),
            _ => panic!("not a weak collection"),
        }
    }

    /// Adds `count` entries whose keys are reachable only through the map, each value pointing
    /// back at its key (the classic ephemeron cycle). Kept out of line so no key stays on the
    /// stack.
    #[inline(never)]
    fn add_garbage_entries(ctx: &mut Context, map: Value, count: usize) {
        let back = ctx.key("key");
        for _ in 0..count {
            let key = ctx.new_object();
            let value = ctx.new_object();
            ops::set_or_throw(ctx, value, back, Value::object(key)).expect("set");
            call_method(ctx, map, "set", &[Value::object(key), Value::object(value)]);
        }
    }

    #[inline(never)]
    fn scrub_stack() {
        let mut junk = [0u64; 4096];
        std::hint::black_box(&mut junk);
    }

    #[test]
    fn weak_map_entries_with_dead_keys_disappear() {
        let mut ctx = Context::new_for_tests();
        let map = construct(&mut ctx, "WeakMap", &[]);
        let kept = ctx.new_object();
        let kept_value = ctx.new_object();
        call_method(&mut ctx, map, "set", &[Value::object(kept), Value::object(kept_value)]);
        add_garbage_entries(&mut ctx, map, 200);
        assert_eq!(weak_entries(map), 201);
        scrub_stack();
        ctx.collect_garbage();
        // The conservative stack scan may keep a stray key or two alive.
        assert!(weak_entries(map) < 5, "{} entries left", weak_entries(map));
        assert_eq!(call_method(&mut ctx, map, "get", &[Value::object(kept)]), Value::object(kept_value));
    }

    #[inline(never)]
    fn chain_of_ephemerons(ctx: &mut Context, map: Value, root: Gc<JsObject>, length: usize) {
        // root → (map) → a1 → (map) → a2 … : each value is the next key, reachable only
        // through the map; marking needs one ephemeron round per link.
        let mut key = root;
        for _ in 0..length {
            let next = ctx.new_object();
            call_method(ctx, map, "set", &[Value::object(key), Value::object(next)]);
            key = next;
        }
    }

    #[test]
    fn ephemeron_chains_are_kept_through_live_keys() {
        let mut ctx = Context::new_for_tests();
        let map = construct(&mut ctx, "WeakMap", &[]);
        let root = ctx.new_object();
        chain_of_ephemerons(&mut ctx, map, root, 50);
        scrub_stack();
        ctx.collect_garbage();
        assert_eq!(weak_entries(map), 50);
        let mut key = Value::object(root);
        for _ in 0..50 {
            key = call_method(&mut ctx, map, "get", &[key]);
            assert!(key.is_object());
        }
    }

    #[inline(never)]
    fn make_weak_refs(ctx: &mut Context, count: usize) -> Vec<Value> {
        (0..count)
            .map(|_| {
                let target = ctx.new_object();
                construct(ctx, "WeakRef", &[Value::object(target)])
            })
            .collect()
    }

    #[test]
    fn weak_ref_clears_after_its_target_dies() {
        let mut ctx = Context::new_for_tests();
        let weak_refs = make_weak_refs(&mut ctx, 10);
        // The vector lives on the Rust heap, which the collector does not scan.
        ctx.add_root_array(weak_refs.as_ptr(), weak_refs.len());
        let live = |ctx: &mut Context| weak_refs.iter().filter(|&&weak_ref| call_method(ctx, weak_ref, "deref", &[]).is_object()).count();
        scrub_stack();
        ctx.collect_garbage();
        // Still kept: the job that created the WeakRefs has not ended.
        assert_eq!(live(&mut ctx), 10);
        ctx.clear_kept_objects();
        scrub_stack();
        ctx.collect_garbage();
        // The conservative stack scan may keep a stray target or two alive.
        assert!(live(&mut ctx) <= 2, "{} targets left", live(&mut ctx));
    }

    #[inline(never)]
    fn register_garbage(ctx: &mut Context, registry: Value, count: usize) {
        for index in 0..count {
            let target = ctx.new_object();
            call_method(ctx, registry, "register", &[Value::object(target), Value::int(index as i64)]);
        }
    }

    fn record_held(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
        let global = ctx.realm.global;
        let key = ctx.key("total");
        let total = ops::get_property(ctx, global, key)?.as_number().unwrap_or(0.0);
        let held = call.arg(0).as_number().unwrap_or(0.0);
        ops::set_or_throw(ctx, global, key, Value::number(total + held + 1.0))?;
        Ok(Value::UNDEFINED)
    }

    #[test]
    fn unreachable_registries_run_no_callbacks() {
        let mut ctx = Context::new_for_tests();
        let name = ctx.intern_str("record");
        let callback = function::new_native(&mut ctx, name, 1, record_held, false);
        make_dead_registries(&mut ctx, Value::object(callback), 20);
        scrub_stack();
        ctx.collect_garbage();
        // The conservative stack scan may keep a stray registry or two alive (a live registry
        // rightly queues its dead targets); the other eighteen must queue nothing.
        let mut registries: Vec<u64> = ctx.pending_finalizations.iter().map(|&(registry, _)| registry.bits()).collect();
        registries.sort_unstable();
        registries.dedup();
        assert!(registries.len() <= 2, "{} registries queued callbacks", registries.len());
    }

    /// `count` registries, each with five targets, all unreachable once this returns.
    #[inline(never)]
    fn make_dead_registries(ctx: &mut Context, callback: Value, count: usize) {
        for _ in 0..count {
            let registry = construct(ctx, "FinalizationRegistry", &[callback]);
            register_garbage(ctx, registry, 5);
        }
    }

    #[test]
    fn finalization_callbacks_run_for_collected_targets() {
        let mut ctx = Context::new_for_tests();
        let name = ctx.intern_str("record");
        let callback = function::new_native(&mut ctx, name, 1, record_held, false);
        let registry = construct(&mut ctx, "FinalizationRegistry", &[Value::object(callback)]);
        register_garbage(&mut ctx, registry, 10);
        scrub_stack();
        ctx.collect_garbage();
        // An unreachable registry's callbacks need not run: keep this one alive.
        std::hint::black_box(registry);
        assert!(ctx.pending_finalizations.len() >= 8, "{} pending", ctx.pending_finalizations.len());
        let pending = ctx.pending_finalizations.len();
        run_pending_finalizations_js(&mut ctx).expect("callbacks run");
        assert!(ctx.pending_finalizations.is_empty());
        let global = ctx.realm.global;
        let key = ctx.key("total");
        let total = ops::get_property(&mut ctx, global, key).expect("total").as_number().expect("number");
        // Each callback adds held + 1; with all ten, 0 + 1 + … + 9 + 10 = 55.
        assert!(total >= pending as f64, "total {total}");
        if pending == 10 {
            assert_eq!(total, 55.0);
        }
    }
}
