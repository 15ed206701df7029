//! Storage containers of an object: [`ValueVec`] (a vector with a fixed `#[repr(C)]` layout so
//! generated code can index slots and dense elements directly), [`PropertyMap`] (the ordered
//! hash map of dictionary-mode objects) and [`SparseElements`].
//!
//! These hold values but never allocate GC cells; the owning object traces them.

use super::property::{Attributes, PropertyKey};
use crate::gc::Tracer;
use crate::util::hash::FxHashMap;
use crate::value::Value;
use std::collections::BTreeMap;
use std::mem::ManuallyDrop;
use std::ptr::NonNull;

/// A growable vector of values: `{ ptr: *mut Value, len: u32, cap: u32 }`, 16 bytes, `repr(C)`.
///
/// The buffer is either a Rust-heap buffer obtained from a `Vec<Value>`, or *inline*: storage
/// inside the GC cell that owns the vector (an object's inline slots, see
/// `object::alloc_with_inline_slots`), marked by the `INLINE` bit of `cap`. An inline buffer is
/// never freed; growing past it copies the values into a Rust-heap buffer. Generated code reads
/// only `ptr` and `len`, so it never needs to know which kind of buffer it indexes.
#[repr(C)]
pub struct ValueVec {
    ptr: NonNull<Value>,
    len: u32,
    cap: u32,
}

/// The `cap` bit of a buffer that lives inside the owning cell.
const INLINE: u32 = 1 << 31;

// Compiled code appends a slot value inline (a cached adding store; `kiln_abi::object_offset`).
const _: () = {
    use kiln_abi::object_offset as o;
    assert!(std::mem::offset_of!(ValueVec, len) == (o::SLOTS_LEN - o::SLOTS) as usize);
    assert!(std::mem::offset_of!(ValueVec, cap) == (o::SLOTS_CAP - o::SLOTS) as usize);
    assert!(INLINE == o::SLOTS_INLINE);
};

impl ValueVec {
    /// An empty vector (no allocation).
    pub const fn new() -> ValueVec {
        ValueVec { ptr: NonNull::dangling(), len: 0, cap: 0 }
    }

    /// An empty vector over `cap` values of inline storage at `buffer`.
    ///
    /// # Safety
    /// `buffer` points at `cap` writable values inside the cell that holds this vector, which
    /// never moves; the vector must stay in that cell (it is never moved out or swapped).
    pub(crate) unsafe fn inline(buffer: NonNull<Value>, cap: u32) -> ValueVec {
        debug_assert!(cap < INLINE);
        if cap == 0 {
            return ValueVec::new();
        }
        ValueVec { ptr: buffer, len: 0, cap: cap | INLINE }
    }

    /// True when the buffer is inline storage of the owning cell.
    #[inline]
    fn is_inline(&self) -> bool {
        self.cap & INLINE != 0
    }

    /// Takes ownership of a Vec's buffer.
    pub fn from_vec(vec: Vec<Value>) -> ValueVec {
        if vec.len() >= INLINE as usize || vec.capacity() >= INLINE as usize {
            crate::util::fatal("value vector too long");
        }
        let mut vec = ManuallyDrop::new(vec);
        let (len, cap) = (vec.len() as u32, vec.capacity() as u32);
        match NonNull::new(vec.as_mut_ptr()) {
            Some(ptr) => ValueVec { ptr, len, cap },
            None => crate::util::fatal("null vector buffer"),
        }
    }

    /// Runs `edit` on the buffer as a `Vec`, then takes it back. An inline buffer is first
    /// copied into a Rust-heap `Vec` of the same capacity (it stays unused in its cell).
    fn with_vec<R>(&mut self, edit: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        let mut vec = if self.is_inline() {
            let mut vec = Vec::with_capacity(self.capacity());
            vec.extend_from_slice(self.as_slice());
            vec
        } else {
            // SAFETY: ptr/len/cap of a non-inline vector describe a buffer obtained from a
            // `Vec<Value>` (or the dangling empty state with cap 0, which `from_raw_parts` accepts).
            unsafe { Vec::from_raw_parts(self.ptr.as_ptr(), self.len as usize, self.cap as usize) }
        };
        let result = edit(&mut vec);
        let old = std::mem::replace(self, ValueVec::from_vec(vec));
        std::mem::forget(old);
        result
    }

    /// Bytes of Rust-heap memory the buffer holds (0 for an inline buffer).
    #[inline]
    pub fn heap_bytes(&self) -> usize {
        if self.is_inline() {
            0
        } else {
            self.cap as usize * 8
        }
    }

    /// Number of values.
    #[inline]
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// True when empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Allocated capacity in values.
    #[inline]
    pub fn capacity(&self) -> usize {
        (self.cap & !INLINE) as usize
    }

    /// The values.
    #[inline]
    pub fn as_slice(&self) -> &[Value] {
        // SAFETY: the first `len` values of the buffer are initialized.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len as usize) }
    }

    /// The values, mutably.
    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [Value] {
        // SAFETY: as above, and `&mut self` gives exclusive access.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len as usize) }
    }

    /// The value at `index`, if in bounds.
    #[inline]
    pub fn get(&self, index: usize) -> Option<Value> {
        self.as_slice().get(index).copied()
    }

    /// Overwrites the value at `index` (must be in bounds).
    #[inline]
    pub fn set(&mut self, index: usize, value: Value) {
        self.as_mut_slice()[index] = value;
    }

    /// Appends a value; returns the bytes the buffer grew by.
    #[inline]
    pub fn push(&mut self, value: Value) -> usize {
        if (self.len as usize) < self.capacity() {
            // SAFETY: there is spare capacity at `len`.
            unsafe { self.ptr.as_ptr().add(self.len as usize).write(value) };
            self.len += 1;
            return 0;
        }
        self.push_slow(value)
    }

    #[inline(never)]
    fn push_slow(&mut self, value: Value) -> usize {
        let before = self.heap_bytes();
        self.with_vec(|vec| vec.push(value));
        self.heap_bytes().saturating_sub(before)
    }

    /// Makes room for `additional` more values without further reallocation; returns the
    /// bytes of growth.
    pub fn reserve(&mut self, additional: usize) -> usize {
        if self.len as usize + additional <= self.capacity() {
            return 0;
        }
        let before = self.heap_bytes();
        self.with_vec(|vec| vec.reserve_exact(additional));
        self.heap_bytes().saturating_sub(before)
    }

    /// Resizes to `len`, filling new entries with `fill`; returns the bytes of growth.
    pub fn resize(&mut self, len: usize, fill: Value) -> usize {
        let before = self.heap_bytes();
        self.with_vec(|vec| vec.resize(len, fill));
        self.heap_bytes().saturating_sub(before)
    }

    /// Shortens to `len` (no-op when already shorter).
    pub fn truncate(&mut self, len: usize) {
        if len < self.len as usize {
            self.len = len as u32;
        }
    }

    /// Removes and returns the last value.
    pub fn pop(&mut self) -> Option<Value> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: the value at the old last index is initialized.
        Some(unsafe { self.ptr.as_ptr().add(self.len as usize).read() })
    }

    /// Removes every value and returns them as a Vec.
    pub fn take(&mut self) -> Vec<Value> {
        let mut out = Vec::new();
        self.with_vec(|vec| out = std::mem::take(vec));
        out
    }

    /// Inserts at `index`, shifting later values; returns bytes of growth.
    pub fn insert(&mut self, index: usize, value: Value) -> usize {
        let before = self.heap_bytes();
        self.with_vec(|vec| vec.insert(index, value));
        self.heap_bytes().saturating_sub(before)
    }

    /// Removes the value at `index`, shifting later values.
    pub fn remove(&mut self, index: usize) -> Value {
        self.with_vec(|vec| vec.remove(index))
    }
}

impl Default for ValueVec {
    fn default() -> ValueVec {
        ValueVec::new()
    }
}

impl Drop for ValueVec {
    #[inline]
    fn drop(&mut self) {
        if self.cap == 0 || self.is_inline() {
            return;
        }
        // SAFETY: the parts of a non-inline vector came from a Vec (see `with_vec`); values
        // need no drop.
        drop(unsafe { Vec::from_raw_parts(self.ptr.as_ptr(), self.len as usize, self.cap as usize) });
    }
}

/// One entry of a dictionary-mode object: key, value (or accessor pair slot), attributes.
#[derive(Copy, Clone)]
pub struct DictionaryEntry {
    /// The key.
    pub key: PropertyKey,
    /// The value, or the `AccessorPair` slot for accessors.
    pub value: Value,
    /// The attributes.
    pub attributes: Attributes,
}

/// An insertion-ordered hash map of named properties, for objects in dictionary mode.
#[derive(Default)]
pub struct PropertyMap {
    entries: Vec<Option<DictionaryEntry>>,
    index: FxHashMap<PropertyKey, u32>,
}

impl PropertyMap {
    /// An empty map.
    pub fn new() -> PropertyMap {
        PropertyMap::default()
    }

    /// The entry for `key`.
    pub fn get(&self, key: PropertyKey) -> Option<&DictionaryEntry> {
        let &position = self.index.get(&key)?;
        self.entries[position as usize].as_ref()
    }

    /// The entry for `key`, mutably.
    pub fn get_mut(&mut self, key: PropertyKey) -> Option<&mut DictionaryEntry> {
        let &position = self.index.get(&key)?;
        self.entries[position as usize].as_mut()
    }

    /// Inserts a new key at the end, or replaces the value and attributes of an existing one
    /// (keeping its position).
    pub fn insert(&mut self, key: PropertyKey, value: Value, attributes: Attributes) {
        if let Some(entry) = self.get_mut(key) {
            entry.value = value;
            entry.attributes = attributes;
            return;
        }
        self.index.insert(key, self.entries.len() as u32);
        self.entries.push(Some(DictionaryEntry { key, value, attributes }));
    }

    /// Removes `key`; true if it was present.
    pub fn remove(&mut self, key: PropertyKey) -> bool {
        let Some(position) = self.index.remove(&key) else { return false };
        self.entries[position as usize] = None;
        if self.entries.len() > 16 && self.index.len() * 2 < self.entries.len() {
            self.compact();
        }
        true
    }

    fn compact(&mut self) {
        self.entries.retain(Option::is_some);
        self.index.clear();
        for (position, entry) in self.entries.iter().enumerate() {
            if let Some(entry) = entry {
                self.index.insert(entry.key, position as u32);
            }
        }
    }

    /// Entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &DictionaryEntry> {
        self.entries.iter().flatten()
    }

    /// Number of properties.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// Approximate malloc'd size.
    pub fn heap_size(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Option<DictionaryEntry>>() + self.index.capacity() * 24
    }

    pub(crate) fn trace(&self, tracer: &mut Tracer) {
        for entry in self.iter() {
            entry.key.trace(tracer);
            tracer.value(entry.value);
        }
        tracer.external(self.heap_size());
    }
}

/// Indexed properties of an object whose elements are not dense (huge indices, or elements
/// with non-default attributes or accessors).
#[derive(Default)]
pub struct SparseElements {
    /// Index → (value or accessor-pair slot, attributes).
    pub map: BTreeMap<u32, (Value, Attributes)>,
}

impl SparseElements {
    pub(crate) fn trace(&self, tracer: &mut Tracer) {
        for (value, _) in self.map.values() {
            tracer.value(*value);
        }
        tracer.external(self.map.len() * 40);
    }
}
