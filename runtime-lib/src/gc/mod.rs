//! The garbage collector: a non-moving, tracing mark-sweep collector over size-classed pages.
//!
//! Every heap cell starts with a [`CellHeader`] whose kind says how to trace and finalize it.
//! Cells never move, so a [`Gc`] pointer stays valid as long as the cell is reachable, and a
//! future inline cache may compare shape pointers. Roots are found conservatively on the
//! native stack (see `roots.rs`) plus the context's explicit roots; `docs/dev/gc.md` states the
//! rooting rule. This module knows the cell kinds of the runtime (to dispatch tracing and
//! finalization) but nothing about JS semantics.

pub mod collect;
pub mod heap;
pub mod roots;
pub mod trace;

use std::marker::PhantomData;
use std::ptr::NonNull;

pub use heap::Heap;
pub use roots::ValueList;
pub use trace::{Trace, Tracer};

/// What a heap cell holds; stored in the low byte of its header.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CellKind {
    /// A free cell on a free list (never a live cell).
    Free = 0,
    /// A `JsObject`.
    Object = 1,
    /// A `JsString`.
    String = 2,
    /// A `JsSymbol`.
    Symbol = 3,
    /// A `Shape` (hidden class).
    Shape = 4,
    /// An environment of captured variables (`env.rs`).
    Env = 5,
    /// A getter/setter pair stored in an accessor property's slot.
    Accessor = 6,
    /// A GC-managed list of values (`ValueList`), the rooting tool for Rust code.
    List = 7,
    /// A generator frame: the locals of a suspended generator or async function
    /// (`generator/frame.rs`).
    Frame = 8,
    /// A `JsBigInt` (`bigint.rs`).
    BigInt = 9,
}

impl CellKind {
    fn from_byte(byte: u8) -> Option<CellKind> {
        Some(match byte {
            0 => CellKind::Free,
            1 => CellKind::Object,
            2 => CellKind::String,
            3 => CellKind::Symbol,
            4 => CellKind::Shape,
            5 => CellKind::Env,
            6 => CellKind::Accessor,
            7 => CellKind::List,
            8 => CellKind::Frame,
            9 => CellKind::BigInt,
            _ => return None,
        })
    }
}

/// The first word of every cell: kind in bits 0..8, a kind-specific 32-bit field in bits
/// 32..64 (the slot count of an environment). Mark bits live in the page, not here, so
/// marking never writes into a cell that Rust code may be borrowing.
#[derive(Debug)]
#[repr(C)]
pub struct CellHeader {
    word: u64,
}

impl CellHeader {
    /// A header for a cell of `kind` with a zero extra field.
    pub const fn new(kind: CellKind) -> CellHeader {
        CellHeader { word: kind as u64 }
    }

    /// A header for a cell of `kind` carrying `extra` in its high half.
    pub const fn with_extra(kind: CellKind, extra: u32) -> CellHeader {
        CellHeader { word: kind as u64 | (extra as u64) << 32 }
    }

    /// The cell kind.
    pub fn kind(&self) -> CellKind {
        CellKind::from_byte(self.word as u8).unwrap_or(CellKind::Free)
    }

    /// The kind-specific extra field.
    pub fn extra(&self) -> u32 {
        (self.word >> 32) as u32
    }
}

/// A type stored in a GC cell: `#[repr(C)]` with a [`CellHeader`] as its first field.
///
/// # Safety
/// Implementors must be `#[repr(C)]` with `CellHeader` at offset 0, and `KIND` must be the
/// kind whose tracing and finalization code (in `trace.rs`) treats the cell as `Self`.
pub unsafe trait CellType: Sized {
    /// The kind written into the header.
    const KIND: CellKind;
}

/// A pointer to a live GC cell of type `T`. Copy, compared by address.
///
/// A `Gc` is valid while its cell is reachable: held in a local variable or argument (the
/// native stack is scanned conservatively) or inside another reachable cell. A `Gc` stored in
/// a Rust heap container (Vec, Box, HashMap) is *not* a root — see `docs/dev/gc.md`.
#[repr(transparent)]
pub struct Gc<T> {
    pointer: NonNull<T>,
    marker: PhantomData<*mut T>,
}

impl<T> Clone for Gc<T> {
    fn clone(&self) -> Gc<T> {
        *self
    }
}
impl<T> Copy for Gc<T> {}
impl<T> PartialEq for Gc<T> {
    fn eq(&self, other: &Gc<T>) -> bool {
        self.pointer == other.pointer
    }
}
impl<T> Eq for Gc<T> {}
impl<T> std::hash::Hash for Gc<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.pointer.hash(state)
    }
}
impl<T> std::fmt::Debug for Gc<T> {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "Gc({:p})", self.pointer)
    }
}

impl<T> Gc<T> {
    /// Wraps the address of a live cell of type `T`.
    ///
    /// Callers obtain addresses only from values or fields that already pointed at a `T`
    /// cell; a null address is a bug and aborts.
    #[inline]
    pub fn from_addr(addr: usize) -> Gc<T> {
        match NonNull::new(addr as *mut T) {
            Some(pointer) => Gc { pointer, marker: PhantomData },
            None => crate::util::fatal("null GC pointer"),
        }
    }

    /// Wraps a non-null cell pointer.
    #[inline]
    pub fn from_non_null(pointer: NonNull<T>) -> Gc<T> {
        Gc { pointer, marker: PhantomData }
    }

    /// The raw cell pointer.
    #[inline]
    pub fn as_ptr(self) -> *mut T {
        self.pointer.as_ptr()
    }

    /// The cell address.
    #[inline]
    pub fn addr(self) -> usize {
        self.pointer.as_ptr() as usize
    }

    /// Shared access to the cell.
    ///
    /// The reference is short-lived by convention: do not keep it across a call that may run
    /// JS or otherwise mutate the same cell.
    #[inline]
    pub fn get<'a>(self) -> &'a T {
        // SAFETY: a `Gc` only exists for a live, initialized cell (see the type's docs), and
        // cells never move, so the pointer is valid for reads.
        unsafe { &*self.pointer.as_ptr() }
    }

    /// Mutable access to the cell.
    ///
    /// The runtime is single-threaded and cells are reached only through `Gc` pointers; the
    /// convention that makes this sound in practice is that no other reference to the same
    /// cell is used while this one is alive (keep it local; never across a call into JS).
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub fn get_mut<'a>(self) -> &'a mut T {
        // SAFETY: as in `get`; exclusivity is the caller's convention stated above.
        unsafe { &mut *self.pointer.as_ptr() }
    }

    /// Reinterprets the pointer as a pointer to another cell type at the same address.
    #[inline]
    pub fn cast<U>(self) -> Gc<U> {
        Gc { pointer: self.pointer.cast(), marker: PhantomData }
    }
}

#[cfg(test)]
mod tests;
