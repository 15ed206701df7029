//! Arguments exotic objects (ECMA-262 §10.4.4).
//!
//! An unmapped arguments object (strict code, or a parameter list with defaults, patterns or a
//! rest element) is an ordinary object of kind `ObjectKind::Arguments`, built by
//! `abi::new_arguments`. A mapped one (a sloppy function with simple parameters) is
//! `ObjectKind::MappedArguments`: its first arguments alias the parameters, which the function
//! keeps in one environment where slot `i` is parameter `i` (`compiler/src/lower/mod.rs`).
//!
//! A mapped object keeps its elements in sparse storage, so compiled code's inline element
//! paths (which read and write dense elements directly) always call the runtime for it, and
//! every element operation reaches `object::ops`, which asks this module: reads of a mapped
//! index show the parameter's current value ([`own_element`]), definitions and assignments write
//! through to the parameter or end the mapping ([`define_own_element`], §10.4.4.2), and a
//! deletion ends it ([`note_deleted`], §10.4.4.5). The stored element of a mapped index is only
//! a placeholder for its attributes.

use crate::context::Context;
use crate::env;
use crate::gc::{Gc, Tracer};
use crate::object::ops;
use crate::object::storage::SparseElements;
use crate::object::{Attributes, JsObject, ObjectKind, OwnProperty, PropertyDescriptor, PropertyKey};
use crate::value::Value;

/// [[ParameterMap]] of a mapped arguments object: which indices still alias their parameter.
pub struct ParameterMap {
    /// The function's parameter environment (slot `i` holds parameter `i`).
    env: *mut u8,
    /// `mapped[i]`: index `i` aliases slot `i`.
    mapped: Vec<bool>,
}

impl ParameterMap {
    /// Marks the parameter environment for the collector.
    pub(crate) fn trace(&self, tracer: &mut Tracer) {
        tracer.raw(self.env as usize);
    }

    fn is_mapped(&self, index: u32) -> bool {
        self.mapped.get(index as usize).copied().unwrap_or(false)
    }

    /// The current value of the parameter index `index` aliases, if it is mapped.
    fn value(&self, index: u32) -> Option<Value> {
        // SAFETY: `env` is the live parameter environment (traced through this map) and
        // `mapped` is never longer than its slot count.
        self.is_mapped(index).then(|| unsafe { env::slot(self.env, index) })
    }

    fn set(&self, index: u32, value: Value) {
        if self.is_mapped(index) {
            // SAFETY: as in `value`.
            unsafe { env::set_slot(self.env, index, value) }
        }
    }

    fn unmap(&mut self, index: u32) {
        if let Some(entry) = self.mapped.get_mut(index as usize) {
            *entry = false;
        }
    }
}

/// CreateMappedArgumentsObject (§10.4.4.7): the arguments `args` of a call of `callee`, whose
/// first `count` parameters live in slots `0..count` of `env`.
///
/// # Safety
/// `env` must point at a live environment cell with at least `count` slots.
pub unsafe fn new_mapped(ctx: &mut Context, callee: Value, args: &[Value], env: *mut u8, count: u32) -> Gc<JsObject> {
    // SAFETY: per the contract.
    let count = count.min(unsafe { env::slot_count(env) });
    let mapped = vec![true; (count as usize).min(args.len())];
    let map = Box::new(ParameterMap { env, mapped });
    let shape = ctx.root_shape;
    let prototype = ctx.realm.object_prototype;
    // Allocate first, then copy: `args` (the caller's argv) and `env` (on the caller's stack)
    // stay alive meanwhile.
    let arguments = ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::MappedArguments(map)));
    let mut sparse = SparseElements::default();
    for (index, &value) in args.iter().enumerate() {
        sparse.map.insert(index as u32, (value, Attributes::DEFAULT));
    }
    arguments.get_mut().set_sparse(Some(sparse));
    ctx.heap.note_external(40 * args.len());
    let length_key = PropertyKey::String(ctx.atoms.length);
    ops::define_fresh(ctx, arguments, length_key, Value::number(args.len() as f64), Attributes::HIDDEN);
    let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
    let values = ctx.realm.array_values;
    ops::define_fresh(ctx, arguments, iterator_key, Value::object(values), Attributes::HIDDEN);
    let callee_key = PropertyKey::String(ctx.atoms.callee);
    ops::define_fresh(ctx, arguments, callee_key, callee, Attributes::HIDDEN);
    arguments
}

/// [[GetOwnProperty]] of a mapped arguments object for an index (§10.4.4.1): the ordinary
/// property, with a mapped index's value read from its parameter.
pub(crate) fn own_element(map: &ParameterMap, index: u32, ordinary: Option<OwnProperty>) -> Option<OwnProperty> {
    match (ordinary, map.value(index)) {
        (Some(OwnProperty::Data { attributes, .. }), Some(value)) => Some(OwnProperty::Data { value, attributes }),
        (ordinary, _) => ordinary,
    }
}

/// [[DefineOwnProperty]] of a mapped arguments object for an index (§10.4.4.2).
pub(crate) fn define_own_element(ctx: &mut Context, object: Gc<JsObject>, index: u32, descriptor: PropertyDescriptor) -> bool {
    let current = match object.get().kind() {
        ObjectKind::MappedArguments(map) => map.value(index),
        _ => None,
    };
    let key = PropertyKey::Index(index);
    let Some(current) = current else {
        return ops::ordinary_define_own_property(ctx, object, key, descriptor);
    };
    // Step 4: freezing a mapped index keeps the parameter's current value.
    let mut stored = descriptor;
    if descriptor.is_data() && descriptor.value.is_none() && descriptor.writable == Some(false) {
        stored.value = Some(current);
    }
    if !ops::ordinary_define_own_property(ctx, object, key, stored) {
        return false;
    }
    if let Some(ObjectKind::MappedArguments(map)) = object.get_mut().kind_mut() {
        if descriptor.is_accessor() {
            map.unmap(index);
        } else {
            if let Some(value) = descriptor.value {
                map.set(index, value);
            }
            if descriptor.writable == Some(false) {
                map.unmap(index);
            }
        }
    }
    true
}

/// After [[Delete]] removed index `index` of `object`: a mapped arguments object stops
/// aliasing it (§10.4.4.5).
pub(crate) fn note_deleted(object: Gc<JsObject>, index: u32) {
    if let Some(ObjectKind::MappedArguments(map)) = object.get_mut().kind_mut() {
        map.unmap(index);
    }
}
