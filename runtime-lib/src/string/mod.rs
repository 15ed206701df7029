//! Immutable JS strings: [`JsString`] cells in Latin-1 or UTF-16 storage, with a cached hash.
//!
//! Storage is canonical: a string whose code units all fit in a byte is always Latin-1, so two
//! equal strings always have equal representations and compare with `memcmp`. Property keys are
//! interned atoms (`atoms.rs`); text building is in `builder.rs`.
//!
//! `+` on long strings makes a *rope* (`concat`): a cell that points at its two halves and is
//! flattened into a malloc'd buffer the first time its characters are needed (`view`), after
//! which it drops the halves. So `s += x` in a loop is linear, not quadratic.

pub mod atoms;
pub mod builder;

use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::{CellHeader, CellKind, Gc, Heap};
use crate::value::Value;
use std::cell::Cell;
use std::cmp::Ordering;

pub use atoms::{AtomTable, Atoms};
pub use builder::StringBuilder;

/// The longest string we create (V8's limit on 64-bit targets); longer throws RangeError.
pub const MAX_STRING_LENGTH: usize = (1 << 29) - 24;

const FLAG_LATIN1: u32 = 1;
const FLAG_ATOM: u32 = 2;
const FLAG_ROPE: u32 = 4;

/// Concatenations at least this long make a rope instead of copying.
pub const MIN_ROPE_LENGTH: usize = 64;

/// The fields after the fixed part of a rope cell (where a flat string keeps its characters).
#[repr(C)]
struct RopeFields {
    /// The left half, until flattened (then null).
    left: Cell<*const JsString>,
    /// The right half, until flattened (then null).
    right: Cell<*const JsString>,
    /// The flattened characters (a leaked `Box<[u8]>` or `Box<[u16]>`), or null.
    flat: Cell<*mut u8>,
}

/// A string cell: header, length in code units, cached hash, flags, then the characters inline.
#[repr(C)]
pub struct JsString {
    header: CellHeader,
    len: u32,
    hash: Cell<u32>,
    flags: Cell<u32>,
    _reserved: u32,
}

// Compiled code reads `s.length` and code units (`charCodeAt`, `s[i]`) inline.
const _: () = {
    use kiln_abi::string_offset as offsets;
    assert!(std::mem::offset_of!(JsString, len) == offsets::LENGTH as usize);
    assert!(std::mem::offset_of!(JsString, flags) == offsets::FLAGS as usize);
    assert!(std::mem::size_of::<JsString>() == offsets::DATA as usize);
    assert!(offsets::DATA as usize + std::mem::offset_of!(RopeFields, flat) == offsets::ROPE_FLAT as usize);
    assert!(FLAG_LATIN1 == offsets::LATIN1 && FLAG_ATOM == offsets::ATOM && FLAG_ROPE == offsets::ROPE);
    assert!(std::mem::size_of::<Gc<JsString>>() == 8);
};

/// A borrowed view of a string's code units in their storage form.
#[derive(Copy, Clone, Debug)]
pub enum StrView<'a> {
    /// Every code unit is < 256.
    Latin1(&'a [u8]),
    /// UTF-16 code units (at least one is >= 256).
    Utf16(&'a [u16]),
}

impl StrView<'_> {
    /// Number of code units.
    pub fn len(&self) -> usize {
        match self {
            StrView::Latin1(bytes) => bytes.len(),
            StrView::Utf16(units) => units.len(),
        }
    }

    /// True for the empty string.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The code unit at `index` (caller checks bounds).
    #[inline]
    pub fn unit(&self, index: usize) -> u16 {
        match self {
            StrView::Latin1(bytes) => bytes[index] as u16,
            StrView::Utf16(units) => units[index],
        }
    }
}

impl JsString {
    const DATA_OFFSET: usize = std::mem::size_of::<JsString>();

    /// Length in UTF-16 code units.
    #[inline]
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// True for the empty string.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// True when stored as Latin-1.
    #[inline]
    pub fn is_latin1(&self) -> bool {
        self.flags.get() & FLAG_LATIN1 != 0
    }

    /// True when this string is the interned atom for its contents.
    #[inline]
    pub fn is_atom(&self) -> bool {
        self.flags.get() & FLAG_ATOM != 0
    }

    pub(crate) fn set_atom(&self) {
        self.flags.set(self.flags.get() | FLAG_ATOM);
    }

    fn data(&self) -> *const u8 {
        if self.is_rope() {
            return self.flatten();
        }
        (self as *const JsString as *const u8).wrapping_add(Self::DATA_OFFSET)
    }

    /// True for rope cells (flattened or not).
    #[inline]
    fn is_rope(&self) -> bool {
        self.flags.get() & FLAG_ROPE != 0
    }

    fn rope_fields(&self) -> &RopeFields {
        // SAFETY: rope cells are allocated with `RopeFields` right after the fixed part.
        unsafe { &*(self as *const JsString as *const u8).wrapping_add(Self::DATA_OFFSET).cast::<RopeFields>() }
    }

    /// Flattens a rope into one buffer (iteratively: ropes built by `s += x` are deep) and
    /// drops its halves. Returns the buffer.
    fn flatten(&self) -> *const u8 {
        let rope = self.rope_fields();
        let flat = rope.flat.get();
        if !flat.is_null() {
            return flat;
        }
        let latin1 = self.is_latin1();
        let mut bytes: Vec<u8> = Vec::new();
        let mut units: Vec<u16> = Vec::new();
        if latin1 {
            bytes.reserve_exact(self.len());
        } else {
            units.reserve_exact(self.len());
        }
        let mut pending: Vec<*const JsString> = vec![self as *const JsString];
        while let Some(node) = pending.pop() {
            // SAFETY: the halves of an unflattened rope are live cells: the rope (alive, since
            // we are reading it) traces them.
            let node = unsafe { &*node };
            if node.is_rope() && node.rope_fields().flat.get().is_null() {
                let fields = node.rope_fields();
                pending.push(fields.right.get());
                pending.push(fields.left.get());
                continue;
            }
            match node.view() {
                StrView::Latin1(part) if latin1 => bytes.extend_from_slice(part),
                StrView::Latin1(part) => units.extend(part.iter().map(|&byte| byte as u16)),
                StrView::Utf16(part) => units.extend_from_slice(part),
            }
        }
        let pointer = if latin1 {
            Box::into_raw(bytes.into_boxed_slice()) as *mut u8
        } else {
            Box::into_raw(units.into_boxed_slice()) as *mut u16 as *mut u8
        };
        rope.flat.set(pointer);
        rope.left.set(std::ptr::null());
        rope.right.set(std::ptr::null());
        pointer
    }

    /// Reports a rope's halves (or its flat buffer's size) to the collector.
    pub(crate) fn trace(&self, tracer: &mut crate::gc::Tracer) {
        if !self.is_rope() {
            return;
        }
        let rope = self.rope_fields();
        if rope.flat.get().is_null() {
            tracer.raw(rope.left.get() as usize);
            tracer.raw(rope.right.get() as usize);
        } else {
            tracer.external(self.len() * if self.is_latin1() { 1 } else { 2 });
        }
    }

    /// Frees a flattened rope's buffer (called once, when the cell dies).
    pub(crate) fn finalize(&self) {
        if !self.is_rope() {
            return;
        }
        let flat = self.rope_fields().flat.replace(std::ptr::null_mut());
        if flat.is_null() {
            return;
        }
        let len = self.len();
        // SAFETY: `flat` came from `Box::into_raw` of a slice of exactly `len` elements of the
        // type the Latin-1 flag says, and is freed only here.
        unsafe {
            if self.is_latin1() {
                drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(flat, len)));
            } else {
                drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(flat.cast::<u16>(), len)));
            }
        }
    }

    /// The code units in storage form.
    #[inline]
    pub fn view(&self) -> StrView<'_> {
        if self.is_latin1() {
            // SAFETY: a Latin-1 string cell holds `len` bytes right after the fixed fields.
            StrView::Latin1(unsafe { std::slice::from_raw_parts(self.data(), self.len()) })
        } else {
            // SAFETY: a UTF-16 string cell holds `len` u16s right after the fixed fields, whose
            // size (24) keeps them 2-aligned.
            StrView::Utf16(unsafe { std::slice::from_raw_parts(self.data().cast::<u16>(), self.len()) })
        }
    }

    /// The code unit at `index` (caller checks `index < len`).
    #[inline]
    pub fn unit(&self, index: usize) -> u16 {
        self.view().unit(index)
    }

    /// The code units, widened to UTF-16.
    pub fn to_utf16(&self) -> Vec<u16> {
        match self.view() {
            StrView::Latin1(bytes) => bytes.iter().map(|&byte| byte as u16).collect(),
            StrView::Utf16(units) => units.to_vec(),
        }
    }

    /// Iterates over the code units.
    pub fn units(&self) -> impl Iterator<Item = u16> + '_ {
        let view = self.view();
        (0..view.len()).map(move |index| view.unit(index))
    }

    /// The contents as Rust UTF-8; lone surrogates become U+FFFD.
    pub fn to_rust_string(&self) -> String {
        match self.view() {
            StrView::Latin1(bytes) => bytes.iter().map(|&byte| byte as char).collect(),
            StrView::Utf16(units) => String::from_utf16_lossy(units),
        }
    }

    /// True when the contents equal `text`.
    pub fn eq_str(&self, text: &str) -> bool {
        match self.view() {
            StrView::Latin1(bytes) if text.is_ascii() => bytes == text.as_bytes(),
            _ => self.units().eq(text.encode_utf16()),
        }
    }

    /// Content equality.
    pub fn content_eq(&self, other: &JsString) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        if self.len != other.len || (self.is_atom() && other.is_atom()) {
            return false;
        }
        let (hash, other_hash) = (self.hash.get(), other.hash.get());
        if hash != 0 && other_hash != 0 && hash != other_hash {
            return false;
        }
        match (self.view(), other.view()) {
            (StrView::Latin1(a), StrView::Latin1(b)) => a == b,
            (StrView::Utf16(a), StrView::Utf16(b)) => a == b,
            // Storage is canonical, so different representations mean different contents.
            _ => false,
        }
    }

    /// Orders by UTF-16 code units, as the spec's IsLessThan does for strings.
    pub fn compare(&self, other: &JsString) -> Ordering {
        match (self.view(), other.view()) {
            (StrView::Latin1(a), StrView::Latin1(b)) => a.cmp(b),
            _ => self.units().cmp(other.units()),
        }
    }

    /// A content hash that is the same for equal strings (cached after the first call).
    pub fn hash(&self) -> u32 {
        let cached = self.hash.get();
        if cached != 0 {
            return cached;
        }
        let hash = match self.view() {
            StrView::Latin1(bytes) => hash_units(bytes.iter().map(|&byte| byte as u16)),
            StrView::Utf16(units) => hash_units(units.iter().copied()),
        };
        self.hash.set(hash);
        hash
    }

    /// The array index this string denotes (canonical decimal below 2^32 - 1), if any.
    pub fn as_array_index(&self) -> Option<u32> {
        let StrView::Latin1(bytes) = self.view() else { return None };
        parse_array_index(bytes)
    }

    /// Index of the first occurrence of `needle` at or after `from`.
    pub fn index_of(&self, needle: &JsString, from: usize) -> Option<usize> {
        let (len, needle_len) = (self.len(), needle.len());
        if needle_len == 0 {
            return Some(from.min(len));
        }
        if needle_len > len {
            return None;
        }
        if let (StrView::Latin1(hay), StrView::Latin1(pin)) = (self.view(), needle.view()) {
            if from > len - needle_len {
                return None;
            }
            // Jump between occurrences of the needle's rarer end byte (a letter's upper case
            // or a digit over the lower case most text is), then compare the rest. (memchr's
            // substring search would be faster on long texts, but it is 8 KiB of code in
            // every executable.)
            let last_start = len - needle_len;
            let (anchor, offset) = if rarity(pin[needle_len - 1]) > rarity(pin[0]) { (pin[needle_len - 1], needle_len - 1) } else { (pin[0], 0) };
            let mut start = from;
            while start <= last_start {
                let found = start + memchr::memchr(anchor, &hay[start + offset..=last_start + offset])?;
                if &hay[found..found + needle_len] == pin {
                    return Some(found);
                }
                start = found + 1;
            }
            return None;
        }
        let (hay, pin) = (self.view(), needle.view());
        (from..=len - needle_len).find(|&start| (0..needle_len).all(|offset| hay.unit(start + offset) == pin.unit(offset)))
    }
}

/// How rare a byte is in typical text, roughly: lower-case letters and spaces are common,
/// other ASCII less so, the rest rare.
fn rarity(byte: u8) -> u8 {
    match byte {
        b'a'..=b'z' | b' ' => 0,
        b'A'..=b'Z' | b'0'..=b'9' | b'\n' => 1,
        _ => 2,
    }
}

/// Parses a canonical array index ("0", "17"; not "017", "-1", "4294967295").
pub fn parse_array_index(bytes: &[u8]) -> Option<u32> {
    if bytes.is_empty() || bytes.len() > 10 || (bytes.len() > 1 && bytes[0] == b'0') {
        return None;
    }
    let mut value: u64 = 0;
    for &byte in bytes {
        if !byte.is_ascii_digit() {
            return None;
        }
        value = value * 10 + (byte - b'0') as u64;
    }
    if value < u32::MAX as u64 {
        Some(value as u32)
    } else {
        None
    }
}

fn hash_units(units: impl Iterator<Item = u16>) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for unit in units {
        hash = (hash ^ unit as u32).wrapping_mul(0x0100_0193);
    }
    if hash == 0 {
        1
    } else {
        hash
    }
}

// SAFETY: `JsString` is repr(C) with the header first; trace.rs treats String cells as leaf
// cells without destructors, which matches (the characters are inline).
unsafe impl crate::gc::CellType for JsString {
    const KIND: CellKind = CellKind::String;
}

/// Allocates a string cell directly in `heap` without collecting (used by `Context` after it
/// decided about collection, and during bootstrap). Storage is made canonical here.
pub(crate) fn alloc_in_heap(heap: &mut Heap, view: StrView<'_>) -> Gc<JsString> {
    let latin1 = match view {
        StrView::Latin1(_) => true,
        StrView::Utf16(units) => units.iter().all(|&unit| unit < 256),
    };
    let len = view.len();
    let data_bytes = if latin1 { len } else { len * 2 };
    let size = (JsString::DATA_OFFSET + data_bytes + 7) & !7;
    let cell = heap.alloc_raw(size).cast::<JsString>();
    // SAFETY: `cell` is a fresh allocation of `size` bytes, enough for the fixed fields and the
    // characters; we initialize all of it before anything can observe the cell.
    unsafe {
        cell.as_ptr().write(JsString {
            header: CellHeader::new(CellKind::String),
            len: len as u32,
            hash: Cell::new(0),
            flags: Cell::new(if latin1 { FLAG_LATIN1 } else { 0 }),
            _reserved: 0,
        });
        let data = cell.as_ptr().cast::<u8>().add(JsString::DATA_OFFSET);
        match view {
            StrView::Latin1(bytes) => std::ptr::copy_nonoverlapping(bytes.as_ptr(), data, len),
            StrView::Utf16(units) if latin1 => {
                for (index, &unit) in units.iter().enumerate() {
                    *data.add(index) = unit as u8;
                }
            }
            StrView::Utf16(units) => std::ptr::copy_nonoverlapping(units.as_ptr(), data.cast::<u16>(), len),
        }
    }
    Gc::from_non_null(cell)
}

/// Allocates the flat string joining `parts` (string values, their total length at most
/// `MAX_STRING_LENGTH`), writing the characters straight into the new cell. Never collects:
/// the caller (`Context::alloc_flat_concat`) decided about collection first.
pub(crate) fn alloc_flat_concat_in_heap(heap: &mut Heap, parts: &[Value]) -> Gc<JsString> {
    alloc_flat_in_heap(heap, || parts.iter().filter_map(|part| part.as_string()))
}

/// [`alloc_flat_concat_in_heap`] of two strings.
pub(crate) fn alloc_flat_pair_in_heap(heap: &mut Heap, left: Gc<JsString>, right: Gc<JsString>) -> Gc<JsString> {
    alloc_flat_in_heap(heap, || [left, right].into_iter())
}

/// The flat string joining the strings `parts()` yields (called twice: lengths, then copies).
#[inline(always)]
fn alloc_flat_in_heap<I: Iterator<Item = Gc<JsString>>>(heap: &mut Heap, parts: impl Fn() -> I) -> Gc<JsString> {
    // Storage is canonical (a UTF-16 string has a unit above 255), so the result is Latin-1
    // exactly when every part is.
    let (mut len, mut latin1) = (0, true);
    for string in parts() {
        let cell = string.get();
        len += cell.len();
        latin1 &= cell.is_latin1();
    }
    let data_bytes = if latin1 { len } else { len * 2 };
    let size = (JsString::DATA_OFFSET + data_bytes + 7) & !7;
    let cell = heap.alloc_raw(size).cast::<JsString>();
    // SAFETY: `cell` is a fresh allocation of `size` bytes, enough for the fixed fields and the
    // characters; we initialize all of it before anything can observe the cell. The sources
    // are other cells, alive (the caller holds them) and not overlapping the new one.
    unsafe {
        cell.as_ptr().write(JsString {
            header: CellHeader::new(CellKind::String),
            len: len as u32,
            hash: Cell::new(0),
            flags: Cell::new(if latin1 { FLAG_LATIN1 } else { 0 }),
            _reserved: 0,
        });
        let data = cell.as_ptr().cast::<u8>().add(JsString::DATA_OFFSET);
        let mut at = 0;
        for string in parts() {
            match (string.get().view(), latin1) {
                (StrView::Latin1(bytes), true) => std::ptr::copy_nonoverlapping(bytes.as_ptr(), data.add(at), bytes.len()),
                (StrView::Latin1(bytes), false) => {
                    for (offset, &byte) in bytes.iter().enumerate() {
                        *data.cast::<u16>().add(at + offset) = u16::from(byte);
                    }
                }
                (StrView::Utf16(units), _) => std::ptr::copy_nonoverlapping(units.as_ptr(), data.cast::<u16>().add(at), units.len()),
            }
            at += string.get().len();
        }
    }
    Gc::from_non_null(cell)
}

/// Allocates a rope for `left + right` (both non-empty). Never collects: the caller
/// (`Context::alloc_rope`) decided about collection first.
pub(crate) fn alloc_rope_in_heap(heap: &mut Heap, left: Gc<JsString>, right: Gc<JsString>) -> Gc<JsString> {
    let (left_cell, right_cell) = (left.get(), right.get());
    let latin1 = left_cell.is_latin1() && right_cell.is_latin1();
    let len = left_cell.len() + right_cell.len();
    let size = JsString::DATA_OFFSET + std::mem::size_of::<RopeFields>();
    let cell = heap.alloc_raw(size).cast::<JsString>();
    // SAFETY: a fresh cell big enough for the fixed part and the rope fields, initialized
    // completely here.
    unsafe {
        cell.as_ptr().write(JsString {
            header: CellHeader::new(CellKind::String),
            len: len as u32,
            hash: Cell::new(0),
            flags: Cell::new(FLAG_ROPE | if latin1 { FLAG_LATIN1 } else { 0 }),
            _reserved: 0,
        });
        cell.as_ptr().cast::<u8>().add(JsString::DATA_OFFSET).cast::<RopeFields>().write(RopeFields {
            left: Cell::new(left.as_ptr()),
            right: Cell::new(right.as_ptr()),
            flat: Cell::new(std::ptr::null_mut()),
        });
    }
    Gc::from_non_null(cell)
}

/// A new string from Rust text (UTF-8 is transcoded to UTF-16 code units).
pub fn from_str(ctx: &mut Context, text: &str) -> Gc<JsString> {
    if text.is_ascii() {
        return ctx.alloc_string(StrView::Latin1(text.as_bytes()));
    }
    let units: Vec<u16> = text.encode_utf16().collect();
    ctx.alloc_string(StrView::Utf16(&units))
}

/// A new string from UTF-16 code units.
pub fn from_utf16(ctx: &mut Context, units: &[u16]) -> Gc<JsString> {
    ctx.alloc_string(StrView::Utf16(units))
}

/// A new string from Latin-1 bytes.
pub fn from_latin1(ctx: &mut Context, bytes: &[u8]) -> Gc<JsString> {
    ctx.alloc_string(StrView::Latin1(bytes))
}

/// `a + b` for two strings. Throws RangeError "Invalid string length" past the limit.
pub fn concat(ctx: &mut Context, a: Gc<JsString>, b: Gc<JsString>) -> JsResult<Gc<JsString>> {
    let (left, right) = (a.get(), b.get());
    if right.is_empty() {
        return Ok(a);
    }
    if left.is_empty() {
        return Ok(b);
    }
    let total = left.len() + right.len();
    if total > MAX_STRING_LENGTH {
        return ctx.throw_range_error("Invalid string length");
    }
    if total >= MIN_ROPE_LENGTH {
        return Ok(ctx.alloc_rope(a, b));
    }
    Ok(ctx.alloc_flat_pair(a, b))
}

/// Joined text up to this length is copied into one new string; longer, the pieces are
/// joined as `+` would (ropes), so a template that appends to a growing string stays linear.
const FLAT_JOIN_LIMIT: usize = 4096;

/// The concatenation of `pieces`, all string values (a template literal's): one allocation
/// when the result is short, else [`concat`] piece by piece. Throws RangeError past the
/// maximum string length.
pub fn concat_all(ctx: &mut Context, pieces: &[Value]) -> JsResult<Gc<JsString>> {
    let strings = || pieces.iter().filter_map(|piece| piece.as_string());
    if strings().count() != pieces.len() {
        crate::util::fatal("concat_all of a value that is not a string");
    }
    let total: usize = strings().map(|string| string.get().len()).sum();
    if total > MAX_STRING_LENGTH {
        return ctx.throw_range_error("Invalid string length");
    }
    let mut non_empty = strings().filter(|string| !string.get().is_empty());
    match (non_empty.next(), non_empty.next()) {
        (None, _) => return Ok(ctx.atoms.empty),
        (Some(only), None) => return Ok(only),
        _ => {}
    }
    if total <= FLAT_JOIN_LIMIT {
        return Ok(ctx.alloc_flat_concat(pieces));
    }
    let mut joined = ctx.atoms.empty;
    for piece in strings() {
        joined = concat(ctx, joined, piece)?;
    }
    Ok(joined)
}

/// The code units `start..end` of `string` as a new string (clamped to the length).
pub fn substring(ctx: &mut Context, string: Gc<JsString>, start: usize, end: usize) -> Gc<JsString> {
    let len = string.get().len();
    let end = end.min(len);
    let start = start.min(end);
    if start == 0 && end == len {
        return string;
    }
    match string.get().view() {
        StrView::Latin1(bytes) => {
            let copy = bytes[start..end].to_vec();
            ctx.alloc_string(StrView::Latin1(&copy))
        }
        StrView::Utf16(units) => {
            let copy = units[start..end].to_vec();
            ctx.alloc_string(StrView::Utf16(&copy))
        }
    }
}

/// Decodes the code point starting at `index` (surrogate pairs combine; lone surrogates are
/// returned as themselves). Returns the code point and the number of units it spans.
pub fn code_point_at(view: StrView<'_>, index: usize) -> (u32, usize) {
    let first = view.unit(index);
    if (0xD800..0xDC00).contains(&first) && index + 1 < view.len() {
        let second = view.unit(index + 1);
        if (0xDC00..0xE000).contains(&second) {
            let code_point = 0x10000 + (((first as u32) - 0xD800) << 10) + ((second as u32) - 0xDC00);
            return (code_point, 2);
        }
    }
    (first as u32, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_storage_and_equality() {
        let mut ctx = Context::new_for_tests();
        let a = from_str(&mut ctx, "héllo");
        let wide: Vec<u16> = "héllo".encode_utf16().collect();
        let b = from_utf16(&mut ctx, &wide);
        assert!(a.get().is_latin1() && b.get().is_latin1());
        assert!(a.get().content_eq(b.get()));
        assert_eq!(a.get().hash(), b.get().hash());
        let snowman = from_str(&mut ctx, "a☃b");
        assert!(!snowman.get().is_latin1());
        assert_eq!(snowman.get().len(), 3);
        assert_eq!(snowman.get().to_rust_string(), "a☃b");
        let emoji = from_str(&mut ctx, "😀");
        assert_eq!(emoji.get().len(), 2);
        assert_eq!(code_point_at(emoji.get().view(), 0), (0x1F600, 2));
    }

    #[test]
    fn compare_by_code_units() {
        let mut ctx = Context::new_for_tests();
        let upper = from_str(&mut ctx, "B");
        let lower = from_str(&mut ctx, "a");
        assert_eq!(upper.get().compare(lower.get()), Ordering::Less);
        // U+FF5E (one unit) sorts after U+1F600 (surrogates 0xD83D...) by code units.
        let high = from_str(&mut ctx, "\u{FF5E}");
        let astral = from_str(&mut ctx, "😀");
        assert_eq!(astral.get().compare(high.get()), Ordering::Less);
    }

    #[test]
    fn concat_and_substring() {
        let mut ctx = Context::new_for_tests();
        let a = from_str(&mut ctx, "foo");
        let b = from_str(&mut ctx, "bär☃");
        let joined = concat(&mut ctx, a, b).expect("small strings concatenate");
        assert_eq!(joined.get().to_rust_string(), "foobär☃");
        let middle = substring(&mut ctx, joined, 2, 5);
        assert_eq!(middle.get().to_rust_string(), "obä");
        assert!(middle.get().is_latin1());
        let needle = from_str(&mut ctx, "r☃");
        assert_eq!(joined.get().index_of(needle.get(), 0), Some(5));
    }

    #[test]
    fn ropes_flatten_lazily_and_deeply() {
        let mut ctx = Context::new_for_tests();
        let piece = from_str(&mut ctx, "0123456789");
        let mut text = from_str(&mut ctx, "");
        for _ in 0..100_000 {
            text = concat(&mut ctx, text, piece).expect("concat");
        }
        ctx.collect_garbage();
        assert_eq!(text.get().len(), 1_000_000);
        assert!(text.get().is_latin1());
        assert_eq!(text.get().unit(999_999), b'9' as u16);
        let wide = from_str(&mut ctx, "☃");
        let mixed = concat(&mut ctx, text, wide).expect("concat");
        assert!(!mixed.get().is_latin1());
        assert_eq!(mixed.get().unit(1_000_000), 0x2603);
        let long = from_str(&mut ctx, &"ab".repeat(40));
        let joined = concat(&mut ctx, long, long).expect("concat");
        assert!(joined.get().content_eq(from_str(&mut ctx, &"ab".repeat(80)).get()));
        ctx.collect_garbage();
        assert_eq!(joined.get().to_rust_string(), "ab".repeat(80));
    }

    #[test]
    fn array_indices() {
        assert_eq!(parse_array_index(b"0"), Some(0));
        assert_eq!(parse_array_index(b"4294967294"), Some(4294967294));
        assert_eq!(parse_array_index(b"4294967295"), None);
        assert_eq!(parse_array_index(b"01"), None);
        assert_eq!(parse_array_index(b""), None);
        assert_eq!(parse_array_index(b"1e3"), None);
    }
}
