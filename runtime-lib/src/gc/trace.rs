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
}

impl<'heap> Tracer<'heap> {
    /// A tracer over `heap` with an empty gray stack.
    pub(crate) fn new(heap: &'heap Heap) -> Tracer<'heap> {
        Tracer { heap, gray: Vec::with_capacity(1024), external_bytes: 0 }
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
    pub(crate) fn drain(&mut self) {
        while let Some(cell) = self.gray.pop() {
            trace_cell(cell, self);
        }
    }

    /// The malloc'd bytes reported so far.
    pub(crate) fn external_bytes(&self) -> usize {
        self.external_bytes
    }
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
            CellKind::Object => std::ptr::drop_in_place(pointer.cast::<crate::object::JsObject>()),
            CellKind::Shape => std::ptr::drop_in_place(pointer.cast::<crate::object::shape::Shape>()),
            CellKind::List => std::ptr::drop_in_place(pointer.cast::<super::ValueList>()),
            CellKind::String => (*pointer.cast::<crate::string::JsString>()).finalize(),
            CellKind::Free | CellKind::Symbol | CellKind::Env | CellKind::Accessor => {}
        }
    }
}
