//! The object model: [`JsObject`] cells with a shape (hidden class) and slot vector for named
//! properties, dense or sparse indexed elements, a prototype, and a kind for exotic and
//! built-in objects (arrays, functions, errors, wrappers, iterators).
//!
//! Layout contract for a future inline cache (see docs/dev/runtime-api.md): `shape` is the
//! pointer at offset 8 (`OFFSET_SHAPE`); named property slot `i` is at `slots.ptr[i]` where
//! `slots.ptr` is at offset 16 (`OFFSET_SLOTS`); dense elements' pointer and length are at
//! offsets 32 and 40. Dictionary-mode objects point at the shared dictionary shape, which a
//! cache never records. The prototype is *not* part of the shape. Slots (and a small array's
//! elements) are usually *inline*: stored in the object's own cell after the `JsObject`
//! (`alloc_object`), with `slots.ptr` pointing there.
//!
//! Files: `property.rs` (keys, attributes, descriptors), `shape.rs` (hidden classes),
//! `storage.rs` (slot/element containers), `ops.rs` (the internal methods [[Get]], [[Set]], …),
//! `array.rs`, `function.rs` (closures, natives, bound functions, calls), `builder.rs`.

pub mod array;
pub mod function;
pub mod integrity;
pub mod ops;
pub mod private;
pub mod property;
pub mod shape;
pub mod storage;

use crate::builtins::map_set::{CollectionIteratorState, OrderedTable};
use crate::builtins::weak::{RegistryData, WeakTable};
use crate::error::ErrorData;
use crate::gc::{CellHeader, CellKind, CellType, Gc, Trace, Tracer};
use crate::iteration::{ArrayIteratorState, ForInState, IteratorRecord, StringIteratorState};
use crate::string::JsString;
use crate::symbol::JsSymbol;
use crate::value::Value;
use function::FunctionData;
use std::ptr::NonNull;
use shape::Shape;
use storage::{PropertyMap, SparseElements, ValueVec};

pub use property::{Attributes, OwnProperty, PropertyDescriptor, PropertyKey};

/// Byte offset of the shape pointer in a `JsObject`.
pub const OFFSET_SHAPE: usize = 8;
/// Byte offset of the slot vector's data pointer in a `JsObject`.
pub const OFFSET_SLOTS: usize = 16;
/// Byte offset of the dense elements' data pointer in a `JsObject`.
pub const OFFSET_ELEMENTS: usize = 32;
/// Byte offset of the dense elements' length (`u32`) in a `JsObject`.
pub const OFFSET_ELEMENTS_LEN: usize = 40;

const FLAG_EXTENSIBLE: u32 = 1;
/// Set on an object once an inline-cache entry reads through it as a prototype: a change to
/// its shape or prototype must then bump `Context::prototype_epoch` (see `note_layout_change`).
const FLAG_CACHED_PROTOTYPE: u32 = 2;
/// Set by [`new_ordinary`], never cleared: the object is Ordinary and its cell holds only the
/// fields before `kind_payload` and its inline slots, which start where `kind_payload` would
/// (`COMPACT_OBJECT_SIZE`). Its kind is read as Ordinary and can never change. A `{}` or
/// `new F` object with two properties takes an 80-byte cell instead of 128. A compact object
/// without `extra` is *plain*: tracing and finalizing it need only its first cache line and
/// its slots (`JsObject::trace`, `JsObject::finalize`), which saves a cache miss per object.
const FLAG_COMPACT: u32 = 8;

/// An object cell.
///
/// The first word is the cell header (`CellHeader`): its low byte is the cell kind, and an
/// object keeps its element tag and flags in the rest of that word, so that the fields every
/// object needs, with two inline slots, fit in 128 bytes.
#[repr(C)]
pub struct JsObject {
    /// `CellKind::Object`: the low byte of the cell's header word.
    cell_kind: CellKind,
    /// `kiln_abi::element_tag`: what compiled code's inline element access may assume of this
    /// object (a typed array whose element view is valid, an attached fixed-length buffer).
    pub(crate) element_tag: u8,
    reserved: u16,
    flags: u32,
    pub(crate) shape: Gc<Shape>,
    pub(crate) slots: ValueVec,
    pub(crate) elements: ValueVec,
    pub(crate) prototype: Option<Gc<JsObject>>,
    /// Sparse elements, private elements and dictionary-mode properties, which few objects
    /// have, boxed together so that objects without them pay one word (see [`ObjectExtra`]).
    extra: Option<Box<ObjectExtra>>,
    /// What kind of object this is, with its internal slots; read through [`JsObject::kind`].
    /// A *compact* object (`FLAG_COMPACT`, made by [`new_ordinary`]) has no such field: its
    /// cell ends before it, or its inline slots occupy these bytes, and its kind is Ordinary.
    kind_payload: ObjectKind,
}

/// The kind every compact object has.
struct OrdinaryKind(ObjectKind);
// SAFETY: `ObjectKind::Ordinary` holds nothing, and the static is never written.
unsafe impl Sync for OrdinaryKind {}
static ORDINARY: OrdinaryKind = OrdinaryKind(ObjectKind::Ordinary);

/// Where an object's kind (`kind_payload`) starts, for the ABI's offset checks.
pub(crate) const KIND_OFFSET: usize = std::mem::offset_of!(JsObject, kind_payload);
/// Bytes of a compact object before its inline slots: the fields up to its (absent) kind.
pub const COMPACT_OBJECT_SIZE: usize = KIND_OFFSET;
/// The fewest inline slots a compact object gets, so that its cell holds every byte compiled
/// code may read from an object before checking its element tag (an Array's length fields).
const MIN_COMPACT_SLOTS: usize = 2;

const _: () = {
    assert!(std::mem::offset_of!(JsObject, shape) == OFFSET_SHAPE);
    assert!(std::mem::offset_of!(JsObject, slots) == OFFSET_SLOTS);
    assert!(std::mem::offset_of!(JsObject, elements) == OFFSET_ELEMENTS);
    assert!(std::mem::offset_of!(JsObject, elements) + 8 == OFFSET_ELEMENTS_LEN);
    assert!(std::mem::offset_of!(JsObject, element_tag) == kiln_abi::typed_array_offset::TAG as usize);
    assert!(std::mem::size_of::<CellHeader>() == 8 && cfg!(target_endian = "little"), "the cell kind is the header's low byte");
    assert!(std::mem::offset_of!(JsObject, cell_kind) == 0);
    // Two inline slots fit a 128-byte cell (binary trees and the like allocate ~20% less
    // than with 144-byte objects, and their cells are then aligned to cache lines).
    assert!(std::mem::size_of::<JsObject>() == 112);
    assert!(COMPACT_OBJECT_SIZE == 64);
    // Compiled code reads an Array's length and its writability from any object before
    // checking the element tag (`dense_array_length`); a compact cell must hold those bytes.
    assert!(COMPACT_OBJECT_SIZE + MIN_COMPACT_SLOTS * 8 >= kiln_abi::array_offset::LENGTH_WRITABLE as usize + 1);
    assert!(std::mem::offset_of!(JsObject, extra) == kiln_abi::object_offset::EXTRA as usize);
    assert!(std::mem::size_of::<Option<Box<ObjectExtra>>>() == 8);
    assert!(std::mem::offset_of!(JsObject, elements) + 12 == kiln_abi::object_offset::ELEMENTS_CAP as usize);
    assert!(std::mem::offset_of!(JsObject, flags) == kiln_abi::object_offset::FLAGS as usize);
    assert!(FLAG_EXTENSIBLE == kiln_abi::object_flag::EXTENSIBLE);
    assert!(FLAG_CACHED_PROTOTYPE == kiln_abi::object_flag::CACHED_PROTOTYPE);
};

/// The parts of an object that few objects have (a [`JsObject`] holds them boxed, when any is
/// present).
#[derive(Default)]
struct ObjectExtra {
    /// Named properties in a per-object map (dictionary mode), instead of shaped slots.
    dictionary: Option<PropertyMap>,
    /// Indexed properties kept in a map instead of the dense elements.
    sparse: Option<SparseElements>,
    /// Private elements (`#x` fields, methods, accessors), invisible to every property
    /// operation.
    private_elements: Vec<private::PrivateElement>,
}

/// Allocates an object with a prebuilt `shape` whose slots are `slots` (fast construction of
/// functions, iterator results, …); `slots.len()` must equal the shape's slot count. The slots
/// are inline in the cell.
///
/// The cell is allocated *before* the values are copied out of `slots`, so a collection during
/// the allocation still sees them in the caller's slice. (Building a `Vec<Value>` first and
/// allocating afterwards would leave them only on the Rust heap, where nothing scans.)
pub fn new_with_slots(
    ctx: &mut crate::context::Context,
    shape: Gc<Shape>,
    slots: &[Value],
    prototype: Option<Gc<JsObject>>,
    kind: ObjectKind,
) -> Gc<JsObject> {
    debug_assert_eq!(shape.get().slot_count() as usize, slots.len());
    let object = alloc_object(ctx, JsObject::new(shape, prototype, kind), slots.len());
    let cell = object.get_mut();
    for &value in slots {
        cell.slots.push(value);
    }
    object
}

/// Named-property slots an object made by `{}` (or `Context::new_object`) gets inside its cell.
pub const DEFAULT_INLINE_SLOTS: usize = kiln_abi::DEFAULT_OBJECT_SLOTS;
/// The most inline slots an object cell gets (a constructor's learned slot count is capped).
pub const MAX_INLINE_SLOTS: usize = 32;

/// Allocates the cell of `object` with room for at least `inline_slots` named-property slots
/// inside it (more when the cell's size class has room), so that adding that many properties
/// never allocates a slot buffer. `object` must have no slots yet. May collect.
#[inline]
pub fn alloc_object(ctx: &mut crate::context::Context, object: JsObject, inline_slots: usize) -> Gc<JsObject> {
    alloc_with_inline_storage(ctx, object, inline_slots, false)
}

/// Allocates a compact ordinary object (`{}`, the `this` of `new F`; see `FLAG_COMPACT`) with
/// `shape` (which has no slots) and room for at least `inline_slots` inline slots. The cell is
/// allocated first and then written in place (no `JsObject` is built on the stack and
/// copied); `shape` and `prototype` are arguments, so a collection during the allocation sees
/// them. May collect.
#[inline]
pub fn new_ordinary(ctx: &mut crate::context::Context, shape: Gc<Shape>, prototype: Option<Gc<JsObject>>, inline_slots: usize) -> Gc<JsObject> {
    let base = COMPACT_OBJECT_SIZE;
    let inline_slots = inline_slots.clamp(MIN_COMPACT_SLOTS, MAX_INLINE_SLOTS);
    let (cell, cell_size) = ctx.alloc_cell_bytes_sized(base + inline_slots * 8);
    let cell = cell.cast::<JsObject>();
    // SAFETY: a fresh cell of `cell_size >= base` bytes, suitably aligned. The fields before
    // `kind_payload` are written one by one (a compact cell may end before `kind_payload`);
    // the rest of the cell is the inline slot area.
    unsafe {
        let capacity = ((cell_size - base) / 8).min(MAX_INLINE_SLOTS) as u32;
        let buffer = NonNull::new_unchecked(cell.as_ptr().cast::<u8>().add(base).cast::<Value>());
        let object = cell.as_ptr();
        std::ptr::addr_of_mut!((*object).cell_kind).write(CellKind::Object);
        std::ptr::addr_of_mut!((*object).element_tag).write(kiln_abi::element_tag::NONE);
        std::ptr::addr_of_mut!((*object).reserved).write(0);
        std::ptr::addr_of_mut!((*object).flags).write(FLAG_EXTENSIBLE | FLAG_COMPACT);
        std::ptr::addr_of_mut!((*object).shape).write(shape);
        std::ptr::addr_of_mut!((*object).slots).write(ValueVec::inline(buffer, capacity));
        std::ptr::addr_of_mut!((*object).elements).write(ValueVec::new());
        std::ptr::addr_of_mut!((*object).prototype).write(prototype);
        std::ptr::addr_of_mut!((*object).extra).write(None);
    }
    Gc::from_non_null(cell)
}

/// Allocates the cell of `object` with inline storage for at least `inline` values (more when
/// the cell's size class has room), used by its named-property slots, or by its dense elements
/// when `elements` (a small array). The vector it is given must be empty. May collect.
#[inline]
pub(crate) fn alloc_with_inline_storage(ctx: &mut crate::context::Context, object: JsObject, inline: usize, elements: bool) -> Gc<JsObject> {
    debug_assert!(object.slots.capacity() == 0 && object.elements.capacity() == 0);
    let base = std::mem::size_of::<JsObject>();
    let cell = ctx.alloc_cell_bytes(base + inline.min(MAX_INLINE_SLOTS) * 8).cast::<JsObject>();
    // SAFETY: a fresh cell of at least `base` bytes, suitably aligned; writing initializes the
    // object, and the cell's remaining bytes (its whole size class) are the inline area.
    unsafe {
        cell.as_ptr().write(object);
        let capacity = ((ctx.heap.cell_size(cell.cast()) - base) / 8).min(MAX_INLINE_SLOTS) as u32;
        let buffer = NonNull::new_unchecked(cell.as_ptr().cast::<u8>().add(base).cast::<Value>());
        // The old, empty vector owns nothing: overwrite it without dropping.
        if elements {
            std::ptr::addr_of_mut!((*cell.as_ptr()).elements).write(ValueVec::inline(buffer, capacity));
        } else {
            std::ptr::addr_of_mut!((*cell.as_ptr()).slots).write(ValueVec::inline(buffer, capacity));
        }
    }
    Gc::from_non_null(cell)
}

/// Called after `object`'s shape, dictionary properties or prototype changed: when an
/// inline-cache entry reads through it as a prototype, every inherited cache entry becomes
/// stale (`kiln_abi::get_cache_offset`).
#[inline]
pub(crate) fn note_layout_change(ctx: &mut crate::context::Context, object: Gc<JsObject>) {
    if object.get().is_cached_prototype() {
        ctx.prototype_epoch += 1;
    }
}

/// The kind of an object and its internal slots.
pub enum ObjectKind {
    /// An ordinary object.
    Ordinary,
    /// A module namespace object (`import * as ns`) of program module `index` (`u32::MAX` for
    /// a core module); its properties are the exports (`node::esm`).
    ModuleNamespace(u32),
    /// An Array exotic object.
    Array(array::ArrayData),
    /// A function (compiled closure, native built-in or bound function).
    Function(FunctionData),
    /// An Error instance ([[ErrorData]]).
    Error(ErrorData),
    /// A Boolean wrapper.
    Boolean(bool),
    /// A Number wrapper.
    Number(f64),
    /// A String wrapper (String exotic object).
    String(Gc<JsString>),
    /// A Symbol wrapper.
    Symbol(Gc<JsSymbol>),
    /// A BigInt wrapper (its [[BigIntData]], a BigInt value).
    BigInt(Value),
    /// An unmapped arguments object.
    Arguments,
    /// A mapped arguments object (a sloppy function with simple parameters), whose first
    /// elements alias the parameters (`crate::arguments`).
    MappedArguments(Box<crate::arguments::ParameterMap>),
    /// An Array Iterator.
    ArrayIterator(ArrayIteratorState),
    /// A String Iterator.
    StringIterator(StringIteratorState),
    /// Internal: the iterator record `kiln_iterator_get_js` returns.
    IteratorRecord(IteratorRecord),
    /// Internal: the enumerator `kiln_for_in_start_js` returns.
    ForIn(ForInState),
    /// A Promise instance ([[PromiseState]], [[PromiseResult]], reactions; `builtins::promise`).
    Promise(crate::builtins::promise::PromiseData),
    /// Internal: the captured state of a promise built-in closure (resolving functions,
    /// combinator elements, `finally` callbacks).
    PromiseRecord(Box<crate::builtins::promise::PromiseRecord>),
    /// A node `Timeout` or `Immediate` (`event_loop::timers`).
    Timer(Box<crate::event_loop::timers::TimerObject>),
    /// A generator, an async generator, or the internal driver of an async function call.
    Generator(Box<crate::generator::GeneratorData>),
    /// A RegExp instance ([[OriginalSource]], [[OriginalFlags]], [[RegExpMatcher]]).
    RegExp(Box<crate::builtins::regexp::RegExpData>),
    /// A RegExp String Iterator (`String.prototype.matchAll`).
    RegExpStringIterator(crate::builtins::regexp_symbols::RegExpStringIteratorState),
    /// A Date instance ([[DateValue]], a time value or NaN).
    Date(f64),
    /// A Map: [[MapData]] is the internal `OrderedTable` object it points to.
    Map(Gc<JsObject>),
    /// A Set: [[SetData]] is the internal `OrderedTable` object it points to.
    Set(Gc<JsObject>),
    /// Internal: the insertion-ordered hash table of a Map or Set. A table replaced by a
    /// compaction stays alive while iterators still walk it (`builtins/map_set.rs`).
    OrderedTable(Box<OrderedTable>),
    /// A Map Iterator.
    MapIterator(CollectionIteratorState),
    /// A Set Iterator.
    SetIterator(CollectionIteratorState),
    /// A WeakMap: an ephemeron table, traced only by the collector's weak phase.
    WeakMap(Box<WeakTable>),
    /// A WeakSet: a table of weakly held keys.
    WeakSet(Box<WeakTable>),
    /// A WeakRef: [[WeakRefTarget]], held weakly (undefined once collected).
    WeakRef(Value),
    /// A FinalizationRegistry: its cleanup callback and registered cells.
    FinalizationRegistry(Box<RegistryData>),
    /// An ArrayBuffer or SharedArrayBuffer: its bytes are a Rust vector freed with the cell
    /// (`builtins::array_buffer`).
    ArrayBuffer(crate::builtins::array_buffer::ArrayBufferData),
    /// A typed array (integer-indexed exotic object, §10.4.5): a view of a buffer; its dense
    /// elements stay empty (`builtins::typed_array`).
    TypedArray(crate::builtins::typed_array::TypedArrayData),
    /// A DataView (`builtins::data_view`).
    DataView(crate::builtins::data_view::DataViewData),
    /// Internal: Rust state a node binding keeps in an object (a running digest of
    /// `node::crypto`); it holds no GC references and is dropped with the cell.
    HostData(Box<dyn std::any::Any>),
    /// A Proxy exotic object (§10.5): its target and handler; every internal method goes to
    /// `builtins::proxy`, and its own storage stays empty.
    Proxy(crate::builtins::proxy::ProxyData),
}

impl ObjectKind {
    fn trace(&self, tracer: &mut Tracer) {
        match self {
            ObjectKind::Ordinary
            | ObjectKind::ModuleNamespace(_)
            | ObjectKind::Array(_)
            | ObjectKind::Error(_)
            | ObjectKind::Boolean(_)
            | ObjectKind::Number(_)
            | ObjectKind::Arguments
            | ObjectKind::Date(_) => {}
            ObjectKind::Function(function) => function.trace(tracer),
            ObjectKind::String(string) => tracer.cell(*string),
            ObjectKind::Symbol(symbol) => tracer.cell(*symbol),
            ObjectKind::BigInt(value) => tracer.value(*value),
            ObjectKind::ArrayIterator(state) => state.trace(tracer),
            ObjectKind::StringIterator(state) => state.trace(tracer),
            ObjectKind::IteratorRecord(record) => record.trace(tracer),
            ObjectKind::ForIn(state) => state.trace(tracer),
            ObjectKind::Promise(data) => data.trace(tracer),
            ObjectKind::PromiseRecord(record) => record.trace(tracer),
            ObjectKind::Timer(timer) => timer.trace(tracer),
            ObjectKind::Generator(data) => data.trace(tracer),
            ObjectKind::RegExp(data) => data.trace(tracer),
            ObjectKind::RegExpStringIterator(state) => state.trace(tracer),
            ObjectKind::Map(table) | ObjectKind::Set(table) => tracer.cell(*table),
            ObjectKind::OrderedTable(table) => table.trace(tracer),
            ObjectKind::MapIterator(state) | ObjectKind::SetIterator(state) => state.trace(tracer),
            ObjectKind::FinalizationRegistry(registry) => registry.trace_strong(tracer),
            ObjectKind::ArrayBuffer(data) => tracer.external(data.heap_size()),
            ObjectKind::TypedArray(data) => tracer.cell(data.buffer),
            ObjectKind::DataView(data) => tracer.cell(data.buffer),
            ObjectKind::HostData(_) => {}
            ObjectKind::Proxy(data) => data.trace(tracer),
            ObjectKind::MappedArguments(map) => map.trace(tracer),
            // Weak parts are handled by `trace_ephemerons` / `clear_dead_weak_references`.
            ObjectKind::WeakMap(_) | ObjectKind::WeakSet(_) | ObjectKind::WeakRef(_) => {}
        }
    }

    /// True when the object holds references the collector must treat weakly.
    fn holds_weak_references(&self) -> bool {
        matches!(
            self,
            ObjectKind::WeakMap(_) | ObjectKind::WeakSet(_) | ObjectKind::WeakRef(_) | ObjectKind::FinalizationRegistry(_)
        )
    }
}

// SAFETY: repr(C) with the header first; trace.rs traces and drops Object cells as `JsObject`.
unsafe impl CellType for JsObject {
    const KIND: CellKind = CellKind::Object;
}

impl Trace for JsObject {
    #[inline]
    fn trace(&self, tracer: &mut Tracer) {
        tracer.cell_recent(self.shape, 0);
        tracer.values(self.slots.as_slice());
        if self.elements.len() != 0 {
            tracer.values(self.elements.as_slice());
        }
        if let Some(prototype) = self.prototype {
            tracer.cell_recent(prototype, 1);
        }
        let external = self.slots.heap_bytes() + self.elements.heap_bytes();
        if external != 0 {
            tracer.external(external);
        }
        // A plain object (compact, no `extra`) has nothing else: its kind is not read.
        if self.flags & FLAG_COMPACT == 0 || self.extra.is_some() {
            self.trace_rest(tracer);
        }
    }
}

impl JsObject {
    /// The part of `trace` that plain objects skip: sparse and private elements, the
    /// dictionary, the kind's internal slots, weak references.
    #[inline(never)]
    fn trace_rest(&self, tracer: &mut Tracer) {
        if let Some(extra) = &self.extra {
            if let Some(sparse) = &extra.sparse {
                sparse.trace(tracer);
            }
            if let Some(dictionary) = &extra.dictionary {
                dictionary.trace(tracer);
            }
            for element in &extra.private_elements {
                element.trace(tracer);
            }
            tracer.external(extra.private_elements.capacity() * std::mem::size_of::<private::PrivateElement>());
        }
        self.kind().trace(tracer);
        if self.kind().holds_weak_references() {
            tracer.weak_container(self as *const JsObject);
        }
    }

    /// Runs the destructor of a dead object cell. A compact object owns at most its slot and
    /// element buffers and its `extra`, fields of its first cache line; it has no
    /// `kind_payload` to drop.
    ///
    /// # Safety
    /// `cell` is a dead object cell, finalized exactly once (the sweep then frees or reuses it).
    #[inline]
    pub(crate) unsafe fn finalize(cell: *mut JsObject) {
        // SAFETY: per the contract; a compact object has no `kind_payload` (its kind owns
        // nothing), so dropping the fields before it frees everything it owns.
        unsafe {
            if (*cell).flags & FLAG_COMPACT != 0 {
                std::ptr::drop_in_place(std::ptr::addr_of_mut!((*cell).slots));
                std::ptr::drop_in_place(std::ptr::addr_of_mut!((*cell).elements));
                std::ptr::drop_in_place(std::ptr::addr_of_mut!((*cell).extra));
                return;
            }
            std::ptr::drop_in_place(cell);
        }
    }

    /// What kind of object this is, with its internal slots.
    #[inline]
    pub fn kind(&self) -> &ObjectKind {
        if self.flags & FLAG_COMPACT != 0 {
            return &ORDINARY.0;
        }
        &self.kind_payload
    }

    /// The kind, mutably; None for a compact object (an Ordinary one, whose kind has no
    /// internal slots and never changes).
    #[inline]
    pub fn kind_mut(&mut self) -> Option<&mut ObjectKind> {
        if self.flags & FLAG_COMPACT != 0 {
            return None;
        }
        Some(&mut self.kind_payload)
    }

    /// Replaces the kind of an object made by [`JsObject::new`] (a compact object, from
    /// [`new_ordinary`] / `Context::new_object`, has no room for one: make such an object with
    /// `JsObject::new` instead).
    pub fn set_kind(&mut self, kind: ObjectKind) {
        assert!(self.flags & FLAG_COMPACT == 0, "a compact object's kind cannot change");
        if matches!(kind, ObjectKind::Array(_)) || matches!(*self.kind(), ObjectKind::Array(_)) {
            self.element_tag = if matches!(kind, ObjectKind::Array(_)) { kiln_abi::element_tag::ARRAY } else { kiln_abi::element_tag::NONE };
        }
        self.kind_payload = kind;
    }
}

impl JsObject {
    /// The collector's ephemeron step: marks the WeakMap values whose keys are live.
    pub(crate) fn trace_ephemerons(&self, tracer: &mut Tracer) {
        if let ObjectKind::WeakMap(table) = self.kind() {
            table.trace_ephemerons(tracer);
        }
    }

    /// After marking: drops references to dead cells from a weak container, queueing
    /// FinalizationRegistry cleanup work as `(registry, held value)` in `pending`.
    pub(crate) fn clear_dead_weak_references(&mut self, tracer: &Tracer, pending: &mut Vec<(Value, Value)>) {
        let this = Value::object(Gc::from_addr(self as *mut JsObject as usize));
        match self.kind_mut() {
            Some(ObjectKind::WeakMap(table) | ObjectKind::WeakSet(table)) => table.clear_dead(tracer),
            Some(ObjectKind::WeakRef(target)) => {
                if !tracer.is_live(*target) {
                    *target = Value::UNDEFINED;
                }
            }
            Some(ObjectKind::FinalizationRegistry(registry)) => registry.clear_dead(tracer, this, pending),
            _ => {}
        }
    }

    /// An extensible object payload with no properties.
    #[inline]
    pub fn new(shape: Gc<Shape>, prototype: Option<Gc<JsObject>>, kind: ObjectKind) -> JsObject {
        let element_tag = match kind {
            ObjectKind::Array(_) => kiln_abi::element_tag::ARRAY,
            _ => kiln_abi::element_tag::NONE,
        };
        JsObject {
            cell_kind: CellKind::Object,
            element_tag,
            reserved: 0,
            flags: FLAG_EXTENSIBLE,
            shape,
            slots: ValueVec::new(),
            elements: ValueVec::new(),
            prototype,
            extra: None,
            kind_payload: kind,
        }
    }

    /// The shape.
    #[inline]
    pub fn shape(&self) -> Gc<Shape> {
        self.shape
    }

    /// [[Prototype]].
    #[inline]
    pub fn prototype(&self) -> Option<Gc<JsObject>> {
        self.prototype
    }

    /// [[Extensible]].
    #[inline]
    pub fn is_extensible(&self) -> bool {
        self.flags & FLAG_EXTENSIBLE != 0
    }

    /// Clears [[Extensible]] (PreventExtensions).
    pub fn prevent_extensions(&mut self) {
        self.flags &= !FLAG_EXTENSIBLE;
    }

    /// Marks the object as a prototype some inline-cache entry reads through.
    #[inline]
    pub(crate) fn mark_cached_prototype(&mut self) {
        self.flags |= FLAG_CACHED_PROTOTYPE;
    }

    /// True once an inline-cache entry has read through this object as a prototype.
    #[inline]
    pub(crate) fn is_cached_prototype(&self) -> bool {
        self.flags & FLAG_CACHED_PROTOTYPE != 0
    }

    /// True when the object has a [[Call]].
    #[inline]
    pub fn is_callable(&self) -> bool {
        match self.kind() {
            ObjectKind::Function(_) => true,
            ObjectKind::Proxy(data) => data.callable,
            _ => false,
        }
    }

    /// True when the object has a [[Construct]].
    pub fn is_constructor(&self) -> bool {
        match self.kind() {
            ObjectKind::Function(function) => function.is_constructor(),
            ObjectKind::Proxy(data) => data.constructor,
            _ => false,
        }
    }

    /// True for Array exotic objects.
    #[inline]
    pub fn is_array(&self) -> bool {
        matches!(*self.kind(), ObjectKind::Array(_))
    }

    /// True for Error instances.
    pub fn is_error(&self) -> bool {
        matches!(*self.kind(), ObjectKind::Error(_))
    }

    /// The function data, if this is a function.
    pub fn function(&self) -> Option<&FunctionData> {
        match self.kind() {
            ObjectKind::Function(function) => Some(function),
            _ => None,
        }
    }

    /// The named-property slots.
    pub fn slots(&self) -> &[Value] {
        self.slots.as_slice()
    }

    /// The dense elements (holes are `Value::HOLE`).
    pub fn dense_elements(&self) -> &[Value] {
        self.elements.as_slice()
    }

    /// True when indexed properties are kept in the sparse map.
    pub fn has_sparse_elements(&self) -> bool {
        self.sparse().is_some()
    }

    /// The sparse elements, when indexed properties are kept in a map.
    #[inline]
    pub(crate) fn sparse(&self) -> Option<&SparseElements> {
        self.extra.as_ref()?.sparse.as_ref()
    }

    /// The sparse elements, mutably.
    #[inline]
    pub(crate) fn sparse_mut(&mut self) -> Option<&mut SparseElements> {
        self.extra.as_mut()?.sparse.as_mut()
    }

    /// Replaces the sparse elements (None: indexed properties are dense again).
    pub(crate) fn set_sparse(&mut self, sparse: Option<SparseElements>) {
        if sparse.is_none() && self.extra.is_none() {
            return;
        }
        self.extra.get_or_insert_with(Default::default).sparse = sparse;
    }

    /// The private elements, if the object ever had any.
    #[inline]
    pub(crate) fn private_elements(&self) -> Option<&Vec<private::PrivateElement>> {
        self.extra.as_ref().map(|extra| &extra.private_elements)
    }

    /// The private elements, mutably.
    pub(crate) fn private_elements_mut(&mut self) -> Option<&mut Vec<private::PrivateElement>> {
        self.extra.as_mut().map(|extra| &mut extra.private_elements)
    }

    /// The private elements, creating the (empty) list first if needed.
    pub(crate) fn private_elements_or_insert(&mut self) -> &mut Vec<private::PrivateElement> {
        &mut self.extra.get_or_insert_with(Default::default).private_elements
    }

    /// True in dictionary mode.
    #[inline]
    pub fn is_dictionary(&self) -> bool {
        self.dictionary().is_some()
    }

    /// The named properties of a dictionary-mode object.
    #[inline]
    pub(crate) fn dictionary(&self) -> Option<&PropertyMap> {
        self.extra.as_ref()?.dictionary.as_ref()
    }

    /// The named properties of a dictionary-mode object, mutably.
    #[inline]
    pub(crate) fn dictionary_mut(&mut self) -> Option<&mut PropertyMap> {
        self.extra.as_mut()?.dictionary.as_mut()
    }

    /// Puts the object in dictionary mode with `map` as its named properties.
    pub(crate) fn set_dictionary(&mut self, map: PropertyMap) {
        self.extra.get_or_insert_with(Default::default).dictionary = Some(map);
    }

    /// The `[object X]` tag Object.prototype.toString uses before @@toStringTag.
    pub fn builtin_tag(&self) -> &'static str {
        match *self.kind() {
            ObjectKind::Array(_) => "Array",
            ObjectKind::Function(_) => "Function",
            ObjectKind::Error(_) => "Error",
            ObjectKind::Boolean(_) => "Boolean",
            ObjectKind::Number(_) => "Number",
            ObjectKind::String(_) => "String",
            ObjectKind::Arguments | ObjectKind::MappedArguments(_) => "Arguments",
            ObjectKind::RegExp(_) => "RegExp",
            ObjectKind::Date(_) => "Date",
            ObjectKind::Proxy(ref data) if data.callable => "Function",
            _ => "Object",
        }
    }
}
