//! Tracing: the [`Trace`] trait cells implement, the [`Tracer`] that marks and queues cells,
//! and the per-kind dispatch of tracing and finalization.
//!
//! Adding a cell kind means adding an arm to [`trace_cell`] and [`finalize_cell`]; nothing else
//! in the collector changes.

use super::{CellHeader, CellKind, Gc, Heap};
use crate::value::Value;
use std::ptr::NonNull;

/// Implemented by everything that holds GC references: cells, and root structures such as the
/// realm. `trace` must report every `Value` and `Gc` it holds.
pub trait Trace {
    /// Reports every GC reference held by `self` to `tracer`.
    fn trace(&self, tracer: &mut Tracer);
}

/// Marks cells and keeps the gray stack during a collection.
pub struct Tracer<'heap> {
    heap: &'heap Heap,
    gray: Vec<NonNull<CellHeader>>,
    external_bytes: usize,
    /// Marked cells holding weak references (see [`Tracer::weak_container`]).
    weak_containers: Vec<NonNull<CellHeader>>,
    /// The cells last marked through [`Tracer::cell_recent`], by memo index: objects traced
    /// one after another mostly share their shape and prototype, already marked.
    recent: [usize; 2],
}

impl<'heap> Tracer<'heap> {
    /// A tracer over `heap` with an empty gray stack.
    pub(crate) fn new(heap: &'heap Heap) -> Tracer<'heap> {
        Tracer { heap, gray: Vec::with_capacity(1024), external_bytes: 0, weak_containers: Vec::new(), recent: [0; 2] }
    }

    /// Records that `cell`, which is being traced, holds weak references (a WeakMap, WeakRef,
    /// FinalizationRegistry, …) that its `trace` did not report. After marking, the collector
    /// lets it mark ephemeron values whose keys are live and then clear its dead references
    /// (`collect.rs`).
    pub fn weak_container<T>(&mut self, cell: *const T) {
        if let Some(cell) = NonNull::new(cell as *mut CellHeader) {
            self.weak_containers.push(cell);
        }
    }

    /// True when `value` survives this collection so far: it is not a heap pointer, or the
    /// cell it points to is marked. Meaningful for weak-reference processing after marking.
    pub fn is_live(&self, value: Value) -> bool {
        !value.is_heap_pointer() || self.heap.is_marked(value.payload() as *const CellHeader)
    }

    /// Marks the cell a value points to, if any.
    #[inline]
    pub fn value(&mut self, value: Value) {
        if value.is_heap_pointer() {
            self.mark_start(value.payload());
        }
    }

    /// Marks every value in a slice.
    pub fn values(&mut self, values: &[Value]) {
        for &value in values {
            self.value(value);
        }
    }

    /// Marks a cell.
    #[inline]
    pub fn cell<T>(&mut self, cell: Gc<T>) {
        self.mark_start(cell.addr());
    }

    /// Marks a cell that is often the same as the one last marked with the same `memo`
    /// (0 or 1): an object's shape, its prototype. A repeat costs one comparison.
    #[inline]
    pub fn cell_recent<T>(&mut self, cell: Gc<T>, memo: usize) {
        let addr = cell.addr();
        if self.recent[memo] != addr {
            self.recent[memo] = addr;
            self.mark_start(addr);
        }
    }

    /// Marks an optional cell.
    #[inline]
    pub fn option<T>(&mut self, cell: Option<Gc<T>>) {
        if let Some(cell) = cell {
            self.cell(cell);
        }
    }

    /// Marks the cell starting at a raw address (null is ignored).
    #[inline]
    pub fn raw(&mut self, addr: usize) {
        if addr != 0 {
            self.mark_start(addr);
        }
    }

    /// Counts malloc'd bytes owned by the cell being traced (drives the GC trigger).
    #[inline]
    pub fn external(&mut self, bytes: usize) {
        self.external_bytes += bytes;
    }

    /// Treats a word found on the stack as a possible reference: a NaN-boxed pointer value or
    /// a raw pointer into (or to the start of) a live cell.
    pub(crate) fn conservative(&mut self, word: usize) {
        let value = Value::from_bits(word as u64);
        let addr = if value.is_heap_pointer() { value.payload() } else { word };
        if let Some(cell) = self.heap.find_cell(addr) {
            if self.heap.mark(cell.as_ptr()) {
                self.gray.push(cell);
            }
        }
    }

    #[inline]
    fn mark_start(&mut self, addr: usize) {
        let cell = addr as *mut CellHeader;
        if self.heap.mark(cell) {
            if let Some(cell) = NonNull::new(cell) {
                self.gray.push(cell);
            }
        }
    }

    /// Traces gray cells until none are left.
    ///
    /// Cells go through a small FIFO between the gray stack and tracing, and are prefetched as
    /// they enter it: tracing is mostly waiting for cells to arrive from memory, and the FIFO
    /// gives each prefetch the time of tracing the cells ahead of it. How many: the FIFO also
    /// reorders the depth-first walk of the gray stack, and a deep structure (a tree, a list)
    /// marked depth-first visits cells close to where they were allocated — one after
    /// another, which the processor's own prefetcher follows — while a 16-cell FIFO
    /// interleaves 16 walks (binary_trees marked 1.6× slower with 16 than with 4; without the
    /// prefetches, 3.5×). A wide structure (a Map's entries, a big array) leaves many cells
    /// on the gray stack, and there the longer distance pays (graph_map_set: 10% faster
    /// with 16 than with 4). So the FIFO is filled to `PREFETCH_DISTANCE` cells while the gray
    /// stack holds at least `WIDE_GRAY`, else to `NARROW_DISTANCE`.
    pub(crate) fn drain(&mut self) {
        const PREFETCH_DISTANCE: usize = 16;
        const NARROW_DISTANCE: usize = 4;
        const WIDE_GRAY: usize = 256;
        let mut ring = [NonNull::<CellHeader>::dangling(); PREFETCH_DISTANCE];
        let mut head = 0usize;
        let mut len = 0usize;
        loop {
            let distance = if self.gray.len() >= WIDE_GRAY { PREFETCH_DISTANCE } else { NARROW_DISTANCE };
            if len < distance {
                if let Some(cell) = self.gray.pop() {
                    prefetch_cell(cell);
                    ring[(head + len) % PREFETCH_DISTANCE] = cell;
                    len += 1;
                    continue;
                }
                if len == 0 {
                    return;
                }
            }
            let cell = ring[head];
            head = (head + 1) % PREFETCH_DISTANCE;
            len -= 1;
            trace_cell(cell, self);
        }
    }

    /// Marks, to a fixpoint, the values that weak containers keep alive through live keys
    /// (ephemerons): a WeakMap value is live iff its map and its key are.
    pub(crate) fn trace_ephemerons(&mut self) {
        loop {
            let mut index = 0;
            // Containers found while draining join the list; the index loop picks them up.
            while index < self.weak_containers.len() {
                let cell = self.weak_containers[index];
                trace_weak_container(cell, self);
                index += 1;
            }
            if self.gray.is_empty() {
                return;
            }
            self.drain();
        }
    }

    /// After marking: lets every weak container drop its references to dead cells. Cleanup
    /// work it reports (FinalizationRegistry callbacks: `(registry, held value)`) is appended to
    /// `pending`; those values are live (their container traced them).
    pub(crate) fn clear_weak_references(&self, pending: &mut Vec<(Value, Value)>) {
        for &cell in &self.weak_containers {
            clear_weak_container(cell, self, pending);
        }
    }

    /// The malloc'd bytes reported so far.
    pub(crate) fn external_bytes(&self) -> usize {
        self.external_bytes
    }
}

/// Asks the processor to start loading the first lines of a cell (an object's hot fields, its
/// kind and, for a small object, its inline slots) that is about to be traced.
#[inline(always)]
fn prefetch_cell(cell: NonNull<CellHeader>) {
    #[cfg(target_arch = "x86_64")]
    {
        let addr = cell.as_ptr() as *const i8;
        // SAFETY: prefetching never faults and has no architectural effect; the addresses are
        // those of the cell's first 192 bytes (or just past a smaller cell, inside its page).
        unsafe {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            _mm_prefetch::<_MM_HINT_T0>(addr);
            _mm_prefetch::<_MM_HINT_T0>(addr.wrapping_add(64));
            _mm_prefetch::<_MM_HINT_T0>(addr.wrapping_add(144));
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = cell;
}

/// Traces the cell at `cell` according to its kind.
pub(crate) fn trace_cell(cell: NonNull<CellHeader>, tracer: &mut Tracer) {
    let pointer = cell.as_ptr();
    // SAFETY: `cell` is a live, marked cell; its header's kind says which type it holds (the
    // `CellType` contract), so each cast below matches the cell's real type.
    unsafe {
        match (*pointer).kind() {
            CellKind::Free => {}
            CellKind::String => (*pointer.cast::<crate::string::JsString>()).trace(tracer),
            CellKind::Object => (*pointer.cast::<crate::object::JsObject>()).trace(tracer),
            CellKind::Symbol => (*pointer.cast::<crate::symbol::JsSymbol>()).trace(tracer),
            CellKind::Shape => (*pointer.cast::<crate::object::shape::Shape>()).trace(tracer),
            CellKind::Env => crate::env::trace_env(pointer, tracer),
            CellKind::Accessor => (*pointer.cast::<crate::object::property::AccessorPair>()).trace(tracer),
            CellKind::List => (*pointer.cast::<super::ValueList>()).trace(tracer),
            CellKind::Frame => crate::generator::frame::trace_frame(pointer, tracer),
            CellKind::BigInt => {}
        }
    }
}

/// The ephemeron step of one weak container (only objects hold weak references).
fn trace_weak_container(cell: NonNull<CellHeader>, tracer: &mut Tracer) {
    let pointer = cell.as_ptr();
    // SAFETY: weak containers are live, marked cells registered by their own `trace`; the kind
    // check makes the cast match the cell's type.
    unsafe {
        if (*pointer).kind() == CellKind::Object {
            (*pointer.cast::<crate::object::JsObject>()).trace_ephemerons(tracer);
        }
    }
}

/// Clears the dead references of one weak container.
fn clear_weak_container(cell: NonNull<CellHeader>, tracer: &Tracer, pending: &mut Vec<(Value, Value)>) {
    let pointer = cell.as_ptr();
    // SAFETY: as in `trace_weak_container`; no Rust reference to the cell is live during a
    // collection, so mutating it here is exclusive.
    unsafe {
        if (*pointer).kind() == CellKind::Object {
            (&mut *pointer.cast::<crate::object::JsObject>()).clear_dead_weak_references(tracer, pending);
        }
    }
}

/// Runs the destructor of a dead cell so its malloc'd parts are freed.
pub(crate) fn finalize_cell(cell: NonNull<CellHeader>) {
    let pointer = cell.as_ptr();
    // SAFETY: the cell is dead (unreachable) and about to be reused; its kind says which type
    // it holds, and it is dropped exactly once because sweeping then marks it Free.
    unsafe {
        match (*pointer).kind() {
            CellKind::Object => crate::object::JsObject::finalize(pointer.cast::<crate::object::JsObject>()),
            CellKind::Shape => std::ptr::drop_in_place(pointer.cast::<crate::object::shape::Shape>()),
            CellKind::List => std::ptr::drop_in_place(pointer.cast::<super::ValueList>()),
            CellKind::String => (*pointer.cast::<crate::string::JsString>()).finalize(),
            CellKind::BigInt => std::ptr::drop_in_place(pointer.cast::<crate::bigint::JsBigInt>()),
            CellKind::Free | CellKind::Symbol | CellKind::Env | CellKind::Accessor | CellKind::Frame => {}
        }
    }
}
