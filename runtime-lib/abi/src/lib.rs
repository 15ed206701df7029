//! The contract between compiled code and the runtime: the NaN-box value layout and the one
//! table of runtime entry points.
//!
//! The compiler imports every entry point from [`for_each_runtime_fn!`] and never links runtime
//! code; the runtime defines each one as `#[no_mangle] extern "C"` in `runtime-lib/src/abi.rs`
//! and checks its signature against this table at compile time. Nothing here depends on any
//! other crate.
//!
//! # Values
//! A JS value is 64 bits. A double is stored as itself, with every NaN canonicalised to
//! [`CANONICAL_NAN`]. Bit patterns at or above [`FIRST_TAGGED`] (negative quiet NaNs with a
//! payload, which no canonical double uses) carry a 16-bit tag in the top bits and a 48-bit
//! payload: a heap pointer for objects, strings, symbols and bigints, or a small constant for
//! the specials. So `is_number(v) == v < FIRST_TAGGED` is one unsigned compare.
//!
//! # Calls
//! Every JS function, compiled or native, has the signature [`JsFunctionPtr`]:
//! `fn(ctx, callee, this, argc, argv) -> Value`. `new.target` travels in the context.
//!
//! # Exceptions
//! A runtime entry point or JS function that throws stores the thrown value in the context and
//! returns [`EXCEPTION`], which is never a JS value. Callers compare the result with it and
//! branch to the innermost handler. Nothing unwinds through native frames.

#![no_std]

extern crate alloc;

use alloc::format;
use alloc::string::String;

/// Bits 48..64 of a value hold its tag; the low 48 bits hold the payload.
/// Named-property slots an empty object (`{}`, `Context::new_object`) gets in its cell; an
/// object literal with more properties asks for its count (`kiln_object_new_sized`).
pub const DEFAULT_OBJECT_SLOTS: usize = 4;

pub const TAG_SHIFT: u32 = 48;
/// Mask that keeps the payload of a tagged value.
pub const PAYLOAD_MASK: u64 = 0x0000_FFFF_FFFF_FFFF;
/// Every value at or above this pattern is tagged (not a number).
pub const FIRST_TAGGED: u64 = 0xFFF9_0000_0000_0000;

/// Reserved for a future int32 representation; never produced today.
pub const TAG_INT32: u64 = 0xFFF9;
/// `undefined`, `null`, booleans and the internal markers below.
pub const TAG_SPECIAL: u64 = 0xFFFA;
/// Pointer to a GC object cell (ordinary objects, arrays, functions, …).
pub const TAG_OBJECT: u64 = 0xFFFB;
/// Pointer to a GC string cell.
pub const TAG_STRING: u64 = 0xFFFC;
/// Pointer to a GC symbol cell.
pub const TAG_SYMBOL: u64 = 0xFFFD;
/// Pointer to a GC bigint cell.
pub const TAG_BIGINT: u64 = 0xFFFE;

const fn special(payload: u64) -> u64 {
    (TAG_SPECIAL << TAG_SHIFT) | payload
}

/// The value `undefined`.
pub const UNDEFINED: u64 = special(0);
/// The value `null`.
pub const NULL: u64 = special(1);
/// The value `false`; `TRUE` differs from it only in bit 0.
pub const FALSE: u64 = special(2);
/// The value `true`.
pub const TRUE: u64 = special(3);
/// Marks a hole in dense array elements; never visible to JS.
pub const HOLE: u64 = special(4);
/// Returned by anything that threw; the thrown value is in the context. Never a JS value.
pub const EXCEPTION: u64 = special(5);
/// Marks a `let`/`const`/`class` binding in its temporal dead zone; never visible to JS.
pub const UNINITIALIZED: u64 = special(6);
/// The one NaN bit pattern a value may hold.
pub const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// Byte offsets of fields in the runtime context (`#[repr(C)] struct Context`) that compiled
/// code reads directly. The runtime asserts these at compile time.
pub mod ctx_offset {
    /// `usize`: the lowest stack address JS may use; below it a call throws RangeError.
    pub const STACK_LIMIT: i32 = 0;
    /// `u64` value: the pending exception while [`super::EXCEPTION`] propagates.
    pub const EXCEPTION: i32 = 8;
    /// `u64` value: `new.target` of the call being entered (undefined for plain calls).
    pub const NEW_TARGET: i32 = 16;
    /// `u64`: the prototype epoch inherited read-cache entries are checked against (see
    /// [`super::get_cache_offset`]).
    pub const PROTOTYPE_EPOCH: i32 = 24;
    /// Pointer to the String.prototype object cell: a string receiver's named reads
    /// (`s.charCodeAt`) probe their read cache with it (the runtime fills such entries).
    pub const STRING_PROTOTYPE: i32 = 32;
    /// Pointer to 256 string cell pointers: the one-code-unit strings `"\0"` to `"\xFF"`.
    pub const UNIT_STRINGS: i32 = 40;
    /// Pointer to the Array.prototype object cell (`x.push(v)` inline checks the chain).
    pub const ARRAY_PROTOTYPE: i32 = 48;
    /// Pointer to the Object.prototype object cell.
    pub const OBJECT_PROTOTYPE: i32 = 56;
}

/// Byte offsets inside an environment cell (closure-captured variables). An environment is
/// passed as a raw, untagged pointer (`Ptr`): `[header: u64][parent: Ptr][slot 0: Value]…`.
pub mod env_offset {
    /// The enclosing environment, or null.
    pub const PARENT: i32 = 8;
    /// The first slot; slot `i` is at `SLOTS + 8 * i`.
    pub const SLOTS: i32 = 16;
}

/// Byte offsets inside an object cell that compiled code reads on inline-cache hits and dense
/// element reads. The runtime asserts them at compile time.
///
/// Invariant the runtime keeps: for any object, if `index < elements.len` and
/// `elements.ptr[index]` is not HOLE, then `[[Get]](index)` returns that value (so a dense
/// element is an own, plain data property).
pub mod object_offset {
    /// Pointer to the object's shape (hidden class).
    pub const SHAPE: i32 = 8;
    /// Pointer to the named-property slot values.
    pub const SLOTS: i32 = 16;
    /// Pointer to the dense elements.
    pub const ELEMENTS: i32 = 32;
    /// `u32`: the number of dense elements.
    pub const ELEMENTS_LEN: i32 = 40;
    /// `u32`: the dense elements' capacity, with [`SLOTS_INLINE`] set when the buffer is in
    /// the cell.
    pub const ELEMENTS_CAP: i32 = 44;
    /// Pointer to the object's rarely present parts (sparse and private elements, dictionary-mode
    /// properties), or null.
    pub const EXTRA: i32 = 56;
    /// Pointer to the prototype object, or null.
    pub const PROTOTYPE: i32 = 48;
    /// `u32`: the number of named-property slot values (`SLOTS` points at them).
    pub const SLOTS_LEN: i32 = 24;
    /// `u32`: the slot capacity, with [`SLOTS_INLINE`] set when the buffer is in the cell.
    pub const SLOTS_CAP: i32 = 28;
    /// The bit of `SLOTS_CAP` that is not capacity.
    pub const SLOTS_INLINE: u32 = 1 << 31;
    /// `u32`: the object's flags ([`super::object_flag`]).
    pub const FLAGS: i32 = 4;
}

/// Bits of an object's flags that compiled code tests (`object_offset::FLAGS`).
pub mod object_flag {
    /// New properties may be added.
    pub const EXTENSIBLE: u32 = 1;
    /// Inline caches read through the object as a prototype: a change of its shape must bump
    /// the prototype epoch (the runtime's business).
    pub const CACHED_PROTOTYPE: u32 = 2;
}

/// Where compiled code finds what it needs for inline typed-array element access
/// (`ta[i]`, `ta[i] = v`). Every object cell has an [`element_tag`] byte at [`TAG`](typed_array_offset::TAG).
/// A typed array whose tag is one of the element kinds has a valid *element view*: `DATA` is the
/// address of its element 0 and `LENGTH` its element count, both fixed for the view's life,
/// while the ArrayBuffer at `BUFFER` still has the tag [`element_tag::ATTACHED_FIXED`]
/// (detaching clears it). Views of resizable or growable buffers, length-tracking views and
/// the BigInt types have tag [`element_tag::NONE`] and always take the runtime path. The
/// runtime asserts these offsets at compile time.
pub mod typed_array_offset {
    /// `u8`: the object's [`super::element_tag`].
    pub const TAG: i32 = 1;
    /// Pointer to element 0 (the buffer's bytes plus the view's byte offset).
    pub const DATA: i32 = 72;
    /// `u64`: the element count of a view with an element tag.
    pub const LENGTH: i32 = 80;
    /// Pointer to the viewed ArrayBuffer object.
    pub const BUFFER: i32 = 88;
}

/// Values of the object byte at [`typed_array_offset::TAG`].
pub mod element_tag {
    /// Nothing compiled code may assume.
    pub const NONE: u8 = 0;
    /// Int8Array; the element kinds run from here to [`FLOAT64`] in this order.
    pub const INT8: u8 = 1;
    /// Uint8Array (and node's Buffer).
    pub const UINT8: u8 = 2;
    /// Uint8ClampedArray.
    pub const UINT8_CLAMPED: u8 = 3;
    /// Int16Array.
    pub const INT16: u8 = 4;
    /// Uint16Array.
    pub const UINT16: u8 = 5;
    /// Int32Array.
    pub const INT32: u8 = 6;
    /// Uint32Array.
    pub const UINT32: u8 = 7;
    /// Float32Array.
    pub const FLOAT32: u8 = 8;
    /// Float64Array.
    pub const FLOAT64: u8 = 9;
    /// An Array exotic object: its `length` is the `u32` at [`super::array_offset::LENGTH`].
    pub const ARRAY: u8 = 10;
    /// A compiled function that is not a class constructor: [[Call]] is its entry
    /// ([`super::function_offset::ENTRY`]) with `new.target` undefined.
    pub const CALLABLE: u8 = 11;
    /// An attached, fixed-length ArrayBuffer or SharedArrayBuffer: the element views of its
    /// typed arrays are valid.
    pub const ATTACHED_FIXED: u8 = 64;
}

/// Where compiled code finds the closure environment of the running function: its callee is
/// always a compiled function object (the runtime asserts the offset at compile time).
pub mod function_offset {
    /// Pointer to the environment cell, or null.
    pub const ENV: i32 = 80;
    /// The function's entry (`JsFunctionPtr`).
    pub const ENTRY: i32 = 88;
}

/// Where compiled code finds a string's `length` (the payload of a `TAG_STRING` value points at
/// its cell, flat or rope; the runtime asserts the offset at compile time).
pub mod string_offset {
    /// `u32`: the number of UTF-16 code units.
    pub const LENGTH: i32 = 8;
    /// `u32`: the string's flags ([`LATIN1`], [`ATOM`], [`ROPE`]).
    pub const FLAGS: i32 = 16;
    /// A flat string's code units (bytes when [`LATIN1`], else `u16`s) start here.
    pub const DATA: i32 = 24;
    /// In a rope cell: the flattened code units, or null until they are first needed.
    pub const ROPE_FLAT: i32 = 40;
    /// Flag: the code units are stored as bytes (Latin-1).
    pub const LATIN1: u32 = 1;
    /// Flag: the string is the interned atom for its contents (two different atoms differ).
    pub const ATOM: u32 = 2;
    /// Flag: the cell is a rope (its code units are at [`ROPE_FLAT`] once flattened).
    pub const ROPE: u32 = 4;
}

/// Where compiled code finds an Array's `length` (objects with [`element_tag::ARRAY`]; the
/// runtime asserts the offset at compile time).
pub mod array_offset {
    /// `u32`: the array's `length`.
    pub const LENGTH: i32 = 68;
    /// `u8`: whether `length` is writable (1) or not (0).
    pub const LENGTH_WRITABLE: i32 = 72;
}

/// Layout of a property-read inline cache (one per `object.name` site, zero-initialised):
/// [`get_cache_offset::ENTRIES`] entries of [`get_cache_offset::ENTRY_SIZE`] bytes, so a
/// polymorphic site keeps several receiver shapes. The runtime fills an entry on a miss when
/// the property is a plain data property found on the receiver (`PROTOTYPE` = 0) or anywhere
/// up its prototype chain (`PROTOTYPE` = the receiver's prototype, `HOLDER` = the object that
/// has the property). An inherited entry holds only while the context's prototype epoch
/// ([`ctx_offset::PROTOTYPE_EPOCH`]) equals `EPOCH`: the runtime bumps it whenever an object an
/// entry depends on (a prototype on a cached chain) changes shape or prototype, and at every
/// collection (a dead prototype's address may be reused). A hit reads `slots[SLOT_OFFSET / 8]`
/// of the receiver (own) or of the holder. Empty entries have `SHAPE` = 0 and never match.
pub mod get_cache_offset {
    /// The receiver's shape, or 0 while the entry is empty (offset inside an entry). An
    /// inherited entry stores the shape with [`INHERITED`] set, so that compiled code's check
    /// of its first entry is one compare: that value never equals a shape pointer.
    pub const SHAPE: i32 = 0;
    /// The bit set in `SHAPE` of an inherited entry (shapes are 8-byte aligned).
    pub const INHERITED: u64 = 1;
    /// 0 for an own property, else the raw pointer of the receiver's prototype.
    pub const PROTOTYPE: i32 = 8;
    /// The raw pointer of the object holding the property when `PROTOTYPE` is not 0.
    pub const HOLDER: i32 = 16;
    /// Byte offset of the value in the holder's (or own) slot values.
    pub const SLOT_OFFSET: i32 = 24;
    /// `u64`: the prototype epoch the entry was filled in (inherited entries only).
    pub const EPOCH: i32 = 32;
    /// Size of one entry in bytes.
    pub const ENTRY_SIZE: u32 = 40;
    /// Entries per cache.
    pub const ENTRIES: u32 = 4;
    /// Size of one cache in bytes.
    pub const SIZE: u32 = ENTRY_SIZE * ENTRIES;
}

/// The key record of an `object[key]` read site: the site has two consecutive read caches, an
/// ordinary one ([`get_cache_offset`]) holding entries for one key, and this record in the
/// second. While a key's bits equal `KEY`, the first cache's entries are for that key (a
/// symbol, or an interned string, which the entries' shapes keep alive); 0 when empty or given
/// up (after [`MAX_CHANGES`](keyed_read_offset::MAX_CHANGES) changes of key).
/// The record also holds (key, shape, slot) entries for own data properties, as a write
/// site's keyed cache does ([`keyed_cache_offset`] layout from [`OWN_ENTRIES`](keyed_read_offset::OWN_ENTRIES)),
/// probed first, so a site whose key changes among a few names still reads inline.
pub mod keyed_read_offset {
    /// The key's value bits.
    pub const KEY: i32 = 0;
    /// `u64`: how many times the recorded key changed.
    pub const CHANGES: i32 = 8;
    /// Changes of key after which the site stops recording.
    pub const MAX_CHANGES: u64 = 8;
    /// The first (key, shape, slot) entry of own data properties.
    pub const OWN_ENTRIES: i32 = 16;
    /// `u64`: how many own entries the runtime has recorded.
    pub const OWN_RECORDS: i32 = 112;
}

/// Layout of the keyed cache of an `object[key] = value` site, kept in one read cache's
/// room ([`get_cache_offset::SIZE`] bytes): [`ENTRIES`](keyed_cache_offset::ENTRIES) entries,
/// each a key value (a symbol, or an interned string, which the recorded shape keeps alive),
/// a receiver shape and the byte offset of the property's slot. While the receiver has `SHAPE`
/// and the key's bits equal `KEY`, the property is a plain own data property in that slot
/// (writable, for a write site). Empty entries have `SHAPE` = 0, which no shape has.
pub mod keyed_cache_offset {
    /// The key's value bits.
    pub const KEY: i32 = 0;
    /// The receiver's shape.
    pub const SHAPE: i32 = 8;
    /// Byte offset of the value in the receiver's slot values.
    pub const SLOT_OFFSET: i32 = 16;
    /// Size of one entry in bytes.
    pub const ENTRY_SIZE: u32 = 24;
    /// Entries per cache.
    pub const ENTRIES: u32 = 4;
    /// `u64` after the entries: how many entries the runtime has recorded.
    pub const RECORDS: i32 = 96;
    /// Records after which the site stops recording (its receivers keep changing).
    pub const MAX_RECORDS: u64 = 16;
}

/// Layout of the typed-array `length` record of a `.length` read site: the site has two
/// consecutive read caches, an ordinary one ([`get_cache_offset`]) and, in the second, this
/// record (`kiln_object_get_length_cached_js` fills it). While a typed array with an element
/// tag has shape `SHAPE` and prototype `PROTOTYPE`, the prototype epoch is `EPOCH` and the value
/// at `SLOT_ADDRESS` (the holder's slot of `length`) is still the accessor pair `PAIR`, its
/// `length` is the intrinsic %TypedArray%.prototype.length getter, which returns the view's
/// [`typed_array_offset::LENGTH`] while its buffer is attached. Empty while `SHAPE` is 0.
pub mod typed_length_offset {
    /// The receiver's shape, or 0 while empty.
    pub const SHAPE: i32 = 0;
    /// The raw pointer of the receiver's prototype.
    pub const PROTOTYPE: i32 = 8;
    /// `u64`: the prototype epoch the record was made in.
    pub const EPOCH: i32 = 16;
    /// The address of the slot holding the `length` accessor pair in its holder.
    pub const SLOT_ADDRESS: i32 = 24;
    /// The accessor pair (slot bits) the slot held.
    pub const PAIR: i32 = 32;
}

/// Layout of a call site's callee cache (`kiln_call_cached_js`): the first callees the site
/// has called (since the epoch last moved) that are compiled functions other than class
/// constructors, with their
/// code, valid while the prototype epoch is the one in `EPOCH` (every collection moves it, so a
/// recorded callee is never a dead object's reused address). A hit calls the code directly
/// with `new.target` undefined, as `kiln_call_js` would.
pub mod call_cache_offset {
    /// `u64`: the prototype epoch the entries were recorded in.
    pub const EPOCH: i32 = 0;
    /// Offset of the first entry.
    pub const FIRST_ENTRY: i32 = 8;
    /// The callee (a value), or 0 while the entry is empty (offset inside an entry).
    pub const CALLEE: i32 = 0;
    /// Its code: a `JsFunctionPtr` (offset inside an entry).
    pub const CODE: i32 = 8;
    /// Size of one entry in bytes.
    pub const ENTRY_SIZE: u32 = 16;
    /// Entries per cache.
    pub const ENTRIES: u32 = 4;
    /// Size of one cache in bytes.
    pub const SIZE: u32 = FIRST_ENTRY as u32 + ENTRY_SIZE * ENTRIES;
}

/// Layout of the record an `instanceof` site keeps in its third read cache
/// (`kiln_op_instanceof_site_js`). While the target is the function in `TARGET` with shape
/// `SHAPE` and prototype `PROTOTYPE`, and the prototype epoch is `EPOCH`, `target instanceof`
/// is OrdinaryHasInstance with `target.prototype` at `SLOT_OFFSET` of its slots: compiled code
/// walks the value's prototype chain itself, stopping (for the full operation) at an object
/// with the shape in `DICTIONARY_SHAPE` (which a proxy has). Every collection moves the epoch,
/// so a recorded target is never a dead object's reused address.
pub mod instanceof_site_offset {
    /// The target's shape.
    pub const SHAPE: i32 = 0;
    /// The raw pointer of the target's [[Prototype]] (0 for null).
    pub const PROTOTYPE: i32 = 8;
    /// The target function (a value), or 0 while nothing is recorded.
    pub const TARGET: i32 = 16;
    /// Byte offset of the target's `prototype` value in its slot values.
    pub const SLOT_OFFSET: i32 = 24;
    /// `u64`: the prototype epoch the record was made in.
    pub const EPOCH: i32 = 32;
    /// The context's dictionary shape.
    pub const DICTIONARY_SHAPE: i32 = 40;
}

/// Layout of a global-read cache (one per read of an undeclared name, carved from the read-cache
/// area: it uses the first 16 bytes of a [`get_cache_offset::SIZE`] cache). It holds while the
/// prototype epoch equals `EPOCH`: the runtime fills it only for a data property of the global
/// object in dictionary mode, whose entry stays where it is until the global object gains or
/// loses a property or a property's attributes change, and each of those bumps the epoch.
pub mod global_cache_offset {
    /// `u64`: the prototype epoch the cache was filled in (0 while empty).
    pub const EPOCH: i32 = 0;
    /// Pointer to the property's value inside the global object's dictionary.
    pub const VALUE_ADDRESS: i32 = 8;
}

/// Layout of a property-write inline cache: filled on a miss when the receiver already has the
/// property as a writable data property (not an accessor, not in dictionary mode). Then come
/// `ADD_ENTRIES` entries of `ADD_ENTRY_SIZE` bytes, which the runtime fills, recording
/// stores that added the property: from shape `ADD_SHAPE` to `ADD_NEW_SHAPE` for a receiver
/// whose prototype is `ADD_PROTOTYPE`, valid while the prototype epoch equals `ADD_EPOCH` (see
/// [`get_cache_offset`]); the `ADD_` offsets are those of the first entry.
pub mod set_cache_offset {
    /// The receiver's shape, or 0 while empty.
    pub const SHAPE: i32 = 0;
    /// Byte offset of the value in the receiver's slot values.
    pub const SLOT_OFFSET: i32 = 8;
    /// The receiver's shape before an adding store, or 0.
    pub const ADD_SHAPE: i32 = 16;
    /// The receiver's shape after the adding store.
    pub const ADD_NEW_SHAPE: i32 = 24;
    /// The receiver's prototype (raw pointer, 0 for null) for the adding store.
    pub const ADD_PROTOTYPE: i32 = 32;
    /// `u64`: the prototype epoch the adding store was recorded in.
    pub const ADD_EPOCH: i32 = 40;
    /// Size of one adding-store entry.
    pub const ADD_ENTRY_SIZE: u32 = 32;
    /// Adding-store entries per cache (a constructor's store sees a few prototypes).
    pub const ADD_ENTRIES: u32 = 2;
    /// Size of one cache in bytes.
    pub const SIZE: u32 = 16 + ADD_ENTRY_SIZE * ADD_ENTRIES;
}

/// Layout of a generator frame (a GC cell made by `kiln_generator_new_js`), which holds every
/// local of a generator or async function across suspensions. Slots may hold raw environment
/// pointers as well as values: the collector scans them conservatively.
pub mod generator_frame_offset {
    /// `u64`: where to resume: 0 at the start, `k` after the `k`th suspension point,
    /// [`super::GENERATOR_STATE_DONE`] once finished.
    pub const STATE: i32 = 8;
    /// `u64`: why the frame suspended: 0 `yield`, 1 `await`.
    pub const SUSPEND_KIND: i32 = 16;
    /// The function object that was called.
    pub const CALLEE: i32 = 24;
    /// The `this` it was called with.
    pub const THIS: i32 = 32;
    /// `u64`: the number of arguments.
    pub const ARGC: i32 = 40;
    /// Pointer to the saved arguments (`ARGC` values).
    pub const ARGV: i32 = 48;
    /// The first local; local `i` is at `SLOTS + 8 * i`.
    pub const SLOTS: i32 = 56;
}

/// The frame state of a finished generator.
pub const GENERATOR_STATE_DONE: u64 = u32::MAX as u64;

/// How a suspended generator is resumed: `next(v)`, `throw(v)` or `return(v)`.
pub mod resume_mode {
    /// `next(value)`.
    pub const NEXT: u32 = 0;
    /// `throw(value)`.
    pub const THROW: u32 = 1;
    /// `return(value)`.
    pub const RETURN: u32 = 2;
}

/// The `step` of `kiln_global_declare_js`: one part of a classic script's
/// GlobalDeclarationInstantiation (ECMA-262 §16.1.7) for one name.
pub mod global_declaration {
    /// SyntaxError when a lexical declaration's name is a non-configurable global property.
    pub const CHECK_LEXICAL: u32 = 0;
    /// TypeError unless CanDeclareGlobalFunction(name).
    pub const CHECK_FUNCTION: u32 = 1;
    /// TypeError unless CanDeclareGlobalVar(name).
    pub const CHECK_VAR: u32 = 2;
    /// CreateGlobalVarBinding(name, false).
    pub const CREATE_VAR: u32 = 3;
}

/// The intrinsic functions compiled code specialises at a call site once the site's call
/// cache holds the intrinsic function (`kiln_call_intrinsic_js`): the Math functions computed
/// inline at `Math.name(...)`, and `x.push(v)`/`x.pop()` on dense arrays.
pub mod call_intrinsic {
    /// `Math.sqrt(x)`.
    pub const SQRT: u32 = 0;
    /// `Math.floor(x)`.
    pub const FLOOR: u32 = 1;
    /// `Math.ceil(x)`.
    pub const CEIL: u32 = 2;
    /// `Math.abs(x)`.
    pub const ABS: u32 = 3;
    /// `Math.trunc(x)`.
    pub const TRUNC: u32 = 4;
    /// `Math.round(x)`.
    pub const ROUND: u32 = 5;
    /// `Math.min(x, y)`.
    pub const MIN: u32 = 6;
    /// `Math.max(x, y)`.
    pub const MAX: u32 = 7;
    /// `Array.prototype.push` with one argument.
    pub const ARRAY_PUSH: u32 = 8;
    /// `Array.prototype.pop`.
    pub const ARRAY_POP: u32 = 9;
    /// `String.prototype.charCodeAt` with one argument.
    pub const STRING_CHAR_CODE_AT: u32 = 10;
    /// `String.prototype.charAt` with one argument.
    pub const STRING_CHAR_AT: u32 = 11;
    /// The Math functions' names, indexed by the constants above.
    pub const MATH_NAMES: [&str; 8] = ["sqrt", "floor", "ceil", "abs", "trunc", "round", "min", "max"];
}

/// Signature of a generator's resume function: `(ctx, frame, sent, mode) -> Value`. It returns
/// the yielded (or awaited, or returned) value with the frame's state updated, or EXCEPTION.
pub type ResumeFunctionPtr = unsafe extern "C" fn(ctx: *mut u8, frame: *mut u8, sent: u64, mode: u32) -> u64;

/// Signature of every JS-callable function: `(ctx, callee, this, argc, argv) -> Value`.
pub type JsFunctionPtr =
    unsafe extern "C" fn(ctx: *mut u8, callee: u64, this: u64, argc: u64, argv: *const u64) -> u64;

/// The ABI types used in the entry-point table. `Value` is a NaN-boxed `u64`, `Ctx` and `Ptr`
/// are pointers, `U32`/`U64` integers, `F64` a double, `Bool` a `u8` that is 0 or 1.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum AbiType {
    /// A NaN-boxed JS value (`u64`).
    Value,
    /// The runtime context pointer.
    Ctx,
    /// Any other pointer.
    Ptr,
    /// A 32-bit unsigned integer.
    U32,
    /// A 64-bit unsigned integer.
    U64,
    /// A double.
    F64,
    /// A `u8` that is 0 or 1.
    Bool,
    /// No result.
    Void,
}

/// Invokes `$m!` with every runtime entry point as
/// `name(arg: Type, ...) -> Type;` where each Type is an [`AbiType`] variant name.
///
/// Naming: `kiln_<area>_<verb>`. Entry points whose name ends in `_js` may run user JS; every
/// entry point that returns `Value` may return [`EXCEPTION`] unless its doc says it cannot.
#[macro_export]
macro_rules! for_each_runtime_fn {
    ($m:ident) => {
        $m! {
            // ---- program and module set-up ----
            /// Interns `count` UTF-8 string constants (`table` holds `(ptr: *const u8, len: usize)`
            /// pairs) into `out[0..count]` (a writable array of values), and registers `out` as
            /// a GC root. Cannot throw.
            kiln_module_init_strings(ctx: Ctx, table: Ptr, count: U32, out: Ptr) -> Void;
            /// Registers `count` values at `slots` as GC roots (module-level cells). Cannot throw.
            kiln_module_add_roots(ctx: Ctx, slots: Ptr, count: U32) -> Void;

            // ---- conversions and operators (slow paths; numbers are handled inline) ----
            /// ToBoolean. Cannot throw.
            kiln_value_truthy(value: Value) -> Bool;
            /// ToNumeric (number or bigint), may call valueOf/toString.
            kiln_value_to_numeric_js(ctx: Ctx, value: Value) -> Value;
            /// ToNumber.
            kiln_value_to_number_js(ctx: Ctx, value: Value) -> Value;
            /// ToString, as a string value.
            kiln_value_to_string_js(ctx: Ctx, value: Value) -> Value;
            /// ToPropertyKey then ToString-or-symbol; used for computed keys in literals.
            kiln_value_to_property_key_js(ctx: Ctx, value: Value) -> Value;
            /// `a + b` for all types.
            kiln_op_add_js(ctx: Ctx, a: Value, b: Value) -> Value;
            /// `a - b`.
            kiln_op_sub_js(ctx: Ctx, a: Value, b: Value) -> Value;
            /// `a * b`.
            kiln_op_mul_js(ctx: Ctx, a: Value, b: Value) -> Value;
            /// `a / b`.
            kiln_op_div_js(ctx: Ctx, a: Value, b: Value) -> Value;
            /// `a % b`.
            kiln_op_rem_js(ctx: Ctx, a: Value, b: Value) -> Value;
            /// `a ** b`.
            kiln_op_exp_js(ctx: Ctx, a: Value, b: Value) -> Value;
            /// `a << b`.
            kiln_op_shl_js(ctx: Ctx, a: Value, b: Value) -> Value;
            /// `a >> b`.
            kiln_op_sar_js(ctx: Ctx, a: Value, b: Value) -> Value;
            /// `a >>> b`.
            kiln_op_shr_js(ctx: Ctx, a: Value, b: Value) -> Value;
            /// `a & b`.
            kiln_op_bitand_js(ctx: Ctx, a: Value, b: Value) -> Value;
            /// `a | b`.
            kiln_op_bitor_js(ctx: Ctx, a: Value, b: Value) -> Value;
            /// `a ^ b`.
            kiln_op_bitxor_js(ctx: Ctx, a: Value, b: Value) -> Value;
            /// `-a`.
            kiln_op_neg_js(ctx: Ctx, a: Value) -> Value;
            /// `~a`.
            kiln_op_bitnot_js(ctx: Ctx, a: Value) -> Value;
            /// `a + 1` of a numeric (`++`): a number or BigInt (throws).
            kiln_op_inc_js(ctx: Ctx, a: Value) -> Value;
            /// `a - 1` of a numeric (`--`) (throws).
            kiln_op_dec_js(ctx: Ctx, a: Value) -> Value;
            /// `a < b` as a boolean value.
            kiln_op_lt_js(ctx: Ctx, a: Value, b: Value) -> Value;
            /// `a <= b` as a boolean value.
            kiln_op_le_js(ctx: Ctx, a: Value, b: Value) -> Value;
            /// `a > b` as a boolean value.
            kiln_op_gt_js(ctx: Ctx, a: Value, b: Value) -> Value;
            /// `a >= b` as a boolean value.
            kiln_op_ge_js(ctx: Ctx, a: Value, b: Value) -> Value;
            /// `a == b` as a boolean value.
            kiln_op_loose_eq_js(ctx: Ctx, a: Value, b: Value) -> Value;
            /// `a === b`. Cannot throw.
            kiln_op_strict_eq(a: Value, b: Value) -> Bool;
            /// `typeof a` as a string value. Cannot throw.
            kiln_op_typeof(ctx: Ctx, a: Value) -> Value;
            /// `a instanceof b` as a boolean value.
            kiln_op_instanceof_js(ctx: Ctx, a: Value, b: Value) -> Value;
            /// `key in object` as a boolean value.
            kiln_op_in_js(ctx: Ctx, key: Value, object: Value) -> Value;

            // ---- objects and properties ----
            /// A new ordinary object with Object.prototype. Cannot throw.
            kiln_object_new(ctx: Ctx) -> Value;
            /// A new ordinary object with Object.prototype and room in its cell for `slots`
            /// named properties (at most 32 are kept inline). Cannot throw.
            kiln_object_new_sized(ctx: Ctx, slots: U32) -> Value;
            /// A new array of `count` elements copied from `elements` (HOLE makes a hole).
            kiln_array_new(ctx: Ctx, count: U32, elements: Ptr) -> Value;
            /// The concatenation of the `count` strings at `pieces` (a template literal's).
            kiln_string_concat_js(ctx: Ctx, count: U32, pieces: Ptr) -> Value;
            /// `object.key` where `key` is an interned string constant.
            kiln_object_get_named_js(ctx: Ctx, object: Value, key: Value) -> Value;
            /// `object.key = value` (sloppy mode); returns undefined or EXCEPTION.
            kiln_object_set_named_js(ctx: Ctx, object: Value, key: Value, value: Value) -> Value;
            /// `object[key]` for any key value.
            kiln_object_get_computed_js(ctx: Ctx, object: Value, key: Value) -> Value;
            /// `object[key] = value` (sloppy mode); returns undefined or EXCEPTION.
            kiln_object_set_computed_js(ctx: Ctx, object: Value, key: Value, value: Value) -> Value;
            /// `delete object[key]` (sloppy mode) as a boolean value.
            kiln_object_delete_js(ctx: Ctx, object: Value, key: Value) -> Value;
            /// CreateDataPropertyOrThrow(object, key, value) for literals; key is any value.
            kiln_object_define_js(ctx: Ctx, object: Value, key: Value, value: Value) -> Value;
            /// Defines a getter (`kind` 0) or setter (`kind` 1) `function` on `object` under `key`.
            kiln_object_define_accessor_js(ctx: Ctx, object: Value, key: Value, function: Value, kind: U32) -> Value;

            // ---- globals ----
            /// Reads global `name`; throws ReferenceError "name is not defined" when absent.
            kiln_global_get_js(ctx: Ctx, name: Value) -> Value;
            /// `typeof name` for a global that may be absent.
            kiln_global_typeof_js(ctx: Ctx, name: Value) -> Value;
            /// Writes global `name` (sloppy: creates it when absent).
            kiln_global_set_js(ctx: Ctx, name: Value, value: Value) -> Value;
            /// One step (`global_declaration::*`) of a classic script's global declaration
            /// instantiation for `name`; returns undefined or EXCEPTION.
            kiln_global_declare_js(ctx: Ctx, name: Value, step: U32) -> Value;
            /// CreateGlobalFunctionBinding(name, function, false) of a classic script.
            kiln_global_define_function_js(ctx: Ctx, name: Value, function: Value) -> Value;

            // ---- functions and calls ----
            /// A closure over compiled `code` with environment `env` (may be null); `flags`
            /// bit 0: constructor (gets a `prototype`), bit 1: arrow, bit 2: strict, bit 3: class
            /// constructor (TypeError when called without `new`; its `prototype` comes from
            /// `kiln_class_new_js`), bit 4: derived class constructor (no `this` is made for it),
            /// bit 5: generator function (`function*`), bit 6: async function (both bits: async
            /// generator). With bit 5 or 6 the function is never a constructor (bit 0 is
            /// ignored), its [[Prototype]] is %GeneratorFunction.prototype%,
            /// %AsyncFunction.prototype% or %AsyncGeneratorFunction.prototype%, and generator
            /// functions get a `prototype` object inheriting %GeneratorPrototype% /
            /// %AsyncGeneratorPrototype%.
            /// `id` indexes the program's function table (names, source positions).
            kiln_function_new(ctx: Ctx, code: Ptr, env: Ptr, name: Value, length: U32, flags: U32, id: U32) -> Value;
            /// The environment of a closure. Cannot throw.
            kiln_function_env(callee: Value) -> Ptr;
            /// Calls `callee`; throws TypeError "`description` is not a function" when it is not callable.
            kiln_call_js(ctx: Ctx, callee: Value, this: Value, argc: U32, argv: Ptr, description: Value) -> Value;
            /// `kiln_call_js` at a call site that compiled code specialises when the callee is the
            /// intrinsic function `which` (`call_intrinsic`): stores the callee in the site's
            /// 8-byte call cache when it is that function, then calls it.
            kiln_call_intrinsic_js(ctx: Ctx, callee: Value, this: Value, argc: U32, argv: Ptr, description: Value, which: U32, cache: Ptr) -> Value;
            /// `kiln_call_js` on a miss of a call site's callee cache (`call_cache_offset`):
            /// records a compiled, non-class-constructor callee's code there, then calls it.
            kiln_call_cached_js(ctx: Ctx, callee: Value, this: Value, argc: U32, argv: Ptr, description: Value, cache: Ptr) -> Value;
            /// `array.push(value)` for the intrinsic push when `array` is an extensible array whose
            /// dense elements reach its writable length, with nothing indexed on its prototypes:
            /// the new length; HOLE (nothing done) otherwise. Cannot throw.
            kiln_array_push_dense(ctx: Ctx, array: Value, value: Value) -> Value;
            /// `array.pop()` for the intrinsic pop when `array` is an array whose dense elements
            /// reach its writable length and whose last element is present: that element; HOLE
            /// (nothing done) otherwise. Cannot throw.
            kiln_array_pop_dense(array: Value) -> Value;
            /// `new callee(...)`; throws TypeError "`description` is not a constructor".
            kiln_construct_js(ctx: Ctx, callee: Value, argc: U32, argv: Ptr, description: Value) -> Value;
            /// The `this` of a sloppy-mode function: undefined/null become globalThis, primitives are boxed.
            kiln_function_sloppy_this(ctx: Ctx, this: Value) -> Value;
            /// A new arguments object for a call of a sloppy function without parameters
            /// (`callee` is a data property).
            kiln_arguments_new(ctx: Ctx, callee: Value, argc: U32, argv: Ptr) -> Value;

            // ---- environments (captured variables) ----
            /// A new environment with `slots` slots, all `UNINITIALIZED` or `undefined` per `init`.
            kiln_env_new(ctx: Ctx, parent: Ptr, slots: U32, init: Value) -> Ptr;
            /// A copy of `env` (same parent), for per-iteration `let` bindings.
            kiln_env_copy(ctx: Ctx, env: Ptr) -> Ptr;

            // ---- exceptions ----
            /// Throws `value`: stores it in the context and returns EXCEPTION.
            kiln_throw(ctx: Ctx, value: Value) -> Value;
            /// Throws `value` again (after `finally`, an iterator close, a resumption with
            /// `throw`), keeping the site of its original `throw`.
            kiln_rethrow(ctx: Ctx, value: Value) -> Value;
            /// Takes (and clears) the pending exception in a catch block. Cannot throw.
            kiln_exception_take(ctx: Ctx) -> Value;
            /// Throws ReferenceError "`name` is not defined".
            kiln_throw_not_defined(ctx: Ctx, name: Value) -> Value;
            /// Throws ReferenceError "Cannot access '`name`' before initialization".
            kiln_throw_uninitialized(ctx: Ctx, name: Value) -> Value;
            /// Throws TypeError "Assignment to constant variable.".
            kiln_throw_const_assign(ctx: Ctx) -> Value;
            /// Throws RangeError "Maximum call stack size exceeded".
            kiln_throw_stack_overflow(ctx: Ctx) -> Value;

            // ---- iteration ----
            /// GetIterator(value, sync) for for-of; returns an iterator record object.
            kiln_iterator_get_js(ctx: Ctx, value: Value) -> Value;
            /// Steps the iterator: returns HOLE when done, else the next value.
            kiln_iterator_next_js(ctx: Ctx, iterator: Value) -> Value;
            /// IteratorClose on early exit (break/return/throw out of for-of).
            kiln_iterator_close_js(ctx: Ctx, iterator: Value) -> Value;
            /// GetIterator(value, async) for `for await`: an iterator record (a sync iterator
            /// is wrapped as CreateAsyncFromSyncIterator does).
            kiln_async_iterator_get_js(ctx: Ctx, value: Value) -> Value;
            /// One `yield*` step of an async generator (see `Op::AsyncGeneratorDelegate`): the
            /// status as a number; the value goes to the 8-byte `out`.
            kiln_async_generator_delegate_js(ctx: Ctx, iterator: Value, mode: U32, sent: Value, out: Ptr) -> Value;
            /// Calls the record's `next()`: the value to await.
            kiln_async_iterator_next_js(ctx: Ctx, iterator: Value) -> Value;
            /// An awaited iterator result: its value, or HOLE when done; TypeError unless an object.
            kiln_iterator_step_result_js(ctx: Ctx, result: Value) -> Value;
            /// Calls the record's `return()` when it has one: the value to await, else HOLE.
            kiln_async_iterator_return_js(ctx: Ctx, iterator: Value) -> Value;
            /// TypeError unless `result` is an object; returns it.
            kiln_iterator_result_check_js(ctx: Ctx, result: Value) -> Value;
            /// Starts a for-in enumeration over `object`'s enumerable string keys.
            kiln_for_in_start_js(ctx: Ctx, object: Value) -> Value;
            /// The next key (a string) still present, or HOLE when done.
            kiln_for_in_next_js(ctx: Ctx, enumerator: Value) -> Value;

            // ---- strings ----
            /// Concatenates two string values. Cannot throw except on OOM-size strings.
            kiln_string_concat(ctx: Ctx, a: Value, b: Value) -> Value;

            // ---- modules ----
            /// `require` of program module `index` (see `ModuleInfo`): runs it the first time
            /// (cycles see the partial `module.exports`) and returns its `module.exports`.
            kiln_module_require_js(ctx: Ctx, index: U32) -> Value;
            /// `require(literal)` of program module `child` by module `parent`: as
            /// `kiln_module_require_js`, and lists the child in the parent's `module.children`.
            kiln_module_require_child_js(ctx: Ctx, child: U32, parent: U32) -> Value;
            /// `require` of a Node core module by name (without `node:`); throws node's
            /// "Cannot find module" error for one the runtime does not provide.
            kiln_module_require_builtin_js(ctx: Ctx, name: Value) -> Value;
            /// The namespace object of module `index` (an ES module's exports, or a CommonJS
            /// module's `module.exports` as `default` plus its own properties).
            kiln_esm_namespace_js(ctx: Ctx, index: U32) -> Value;
            /// `import.meta` of ES module `index`.
            kiln_esm_import_meta_js(ctx: Ctx, index: U32) -> Value;
            /// `import()` of module `index`: a promise of its namespace, evaluating it first.
            kiln_esm_import_js(ctx: Ctx, index: U32) -> Value;
            /// `import()` of a Node core module by name: a promise of its namespace.
            kiln_esm_import_builtin_js(ctx: Ctx, name: Value) -> Value;
            /// `import(specifier, options)` looked up at run time for module `index`: a promise
            /// of the module it names (the compiler put what it could prove in the module's
            /// specifier table), rejected as node would when there is none or when the import
            /// attributes in `options` do not fit it.
            kiln_esm_import_computed_js(ctx: Ctx, index: U32, specifier: Value, options: Value) -> Value;

            // ---- inline caches (see `get_cache_offset`, `set_cache_offset`) ----
            /// `object.key` on a cache miss: the full [[Get]], then fills `cache` when cacheable.
            kiln_object_get_named_cached_js(ctx: Ctx, object: Value, key: Value, cache: Ptr) -> Value;
            /// `object.length` on a miss of both of the site's read caches (`caches`: an ordinary
            /// read cache, then a `typed_length_offset` record filled for typed arrays whose
            /// `length` is the intrinsic getter); otherwise as `kiln_object_get_named_cached_js`.
            kiln_object_get_length_cached_js(ctx: Ctx, object: Value, key: Value, caches: Ptr) -> Value;
            /// `object.key = value` (sloppy) on a cache miss: the full [[Set]], then fills `cache`.
            kiln_object_set_named_cached_js(ctx: Ctx, object: Value, key: Value, value: Value, cache: Ptr) -> Value;
            /// An object literal's `name: value` on a miss of the write cache's adding-store
            /// entries: CreateDataProperty, then records in `cache` (`set_cache_offset`'s
            /// `ADD_` fields) the shape transition it made, if any.
            kiln_object_define_named_cached_js(ctx: Ctx, object: Value, key: Value, value: Value, cache: Ptr) -> Value;
            /// Reads a global (as `kiln_global_get_js`) and fills the global-read `cache`
            /// (`global_cache_offset`) when the global is a plain data property.
            kiln_global_get_cached_js(ctx: Ctx, name: Value, cache: Ptr) -> Value;
            /// `value instanceof target` with two consecutive read caches (`get_cache_offset`):
            /// the first for `target[Symbol.hasInstance]`, the second for `target.prototype`.
            kiln_op_instanceof_cached_js(ctx: Ctx, value: Value, target: Value, caches: Ptr) -> Value;
            /// `kiln_op_instanceof_cached_js` at a site compiled code also checks inline: `caches`
            /// is three read caches; the third is the site's `instanceof_site_offset` record,
            /// filled when `target` is a plain function using the intrinsic
            /// `Function.prototype[Symbol.hasInstance]` and an own data `prototype`.
            kiln_op_instanceof_site_js(ctx: Ctx, value: Value, target: Value, caches: Ptr) -> Value;
            /// `object[key]` on a miss of the inline paths: as `kiln_object_get_computed_js`,
            /// then, for a string or symbol key, fills the site's read cache for that key
            /// (`caches`: a read cache, then the `keyed_read_offset` record).
            kiln_object_get_keyed_cached_js(ctx: Ctx, object: Value, key: Value, caches: Ptr) -> Value;
            /// `object[key] = value` (sloppy) on a miss: as `kiln_object_set_computed_js`, then
            /// records a writable own data property in the site's keyed cache.
            kiln_object_set_keyed_cached_js(ctx: Ctx, object: Value, key: Value, value: Value, cache: Ptr) -> Value;
            /// `object[key] = value` in strict code on a miss: as
            /// `kiln_object_set_computed_strict_js`, then records as the sloppy one does.
            kiln_object_set_keyed_strict_cached_js(ctx: Ctx, object: Value, key: Value, value: Value, cache: Ptr) -> Value;

            // ---- strict-mode assignment and delete ----
            /// `object.key = value` in strict code on a write-cache miss (TypeError where sloppy
            /// code fails silently).
            kiln_object_set_named_strict_cached_js(ctx: Ctx, object: Value, key: Value, value: Value, cache: Ptr) -> Value;
            /// `object[key] = value` in strict code.
            kiln_object_set_computed_strict_js(ctx: Ctx, object: Value, key: Value, value: Value) -> Value;
            /// Assignment to an undeclared name in strict code: ReferenceError when the global
            /// object lacks it.
            kiln_global_set_strict_js(ctx: Ctx, name: Value, value: Value) -> Value;
            /// `delete object[key]` in strict code (TypeError for non-configurable properties).
            kiln_object_delete_strict_js(ctx: Ctx, object: Value, key: Value) -> Value;

            // ---- classes and super ----
            /// ClassDefinitionEvaluation's set-up for `constructor` (made by `kiln_function_new`
            /// with the class-constructor flags) and its heritage `parent` (`has_parent` 0: no
            /// `extends`): checks the parent ("Class extends value X is not a constructor or
            /// null"), makes and returns the prototype object, wires `constructor.prototype`
            /// (non-writable), `prototype.constructor` and both [[Prototype]]s.
            kiln_class_new_js(ctx: Ctx, constructor: Value, parent: Value, has_parent: U32) -> Value;
            /// Defines a class method (`kind` 0), getter (1) or setter (2) `function` on `target`
            /// (a prototype or a constructor), non-enumerable, and makes `target` its home object.
            kiln_class_define_method_js(ctx: Ctx, target: Value, key: Value, function: Value, kind: U32) -> Value;
            /// Sets the [[HomeObject]] of a method (object literal methods that use `super`).
            kiln_function_set_home_object(function: Value, home: Value) -> Void;
            /// The [[HomeObject]] of a function (undefined when it has none). Cannot throw.
            kiln_function_home_object(function: Value) -> Value;
            /// `super(...args)` in the derived constructor `callee`: constructs its parent class
            /// with `new_target` and returns the new `this` (TypeError "Super constructor X of
            /// anonymous class is not a constructor").
            kiln_super_construct_js(ctx: Ctx, callee: Value, new_target: Value, argc: U32, argv: Ptr) -> Value;
            /// `super(...array)`: as `kiln_super_construct_js` with the arguments in an array.
            kiln_super_construct_spread_js(ctx: Ctx, callee: Value, new_target: Value, arguments: Value) -> Value;
            /// `super[key]` for the method whose home object is `home`, with receiver `this`.
            kiln_super_get_js(ctx: Ctx, home: Value, key: Value, this: Value) -> Value;
            /// `super[key] = value` (strict: throws on failure).
            kiln_super_set_js(ctx: Ctx, home: Value, key: Value, value: Value, this: Value) -> Value;
            /// A new private name with description `#name` (a string value). Cannot throw.
            kiln_private_name_new(ctx: Ctx, description: Value) -> Value;
            /// `object.#name` (TypeError "Cannot read private member #x from an object whose
            /// class did not declare it").
            kiln_private_get_js(ctx: Ctx, object: Value, name: Value) -> Value;
            /// `object.#name = value` (TypeError "Cannot write private member #x to an object
            /// whose class did not declare it").
            kiln_private_set_js(ctx: Ctx, object: Value, name: Value, value: Value) -> Value;
            /// Adds private `name` to `object`: `kind` 0 field, 1 method, 2 getter, 3 setter
            /// (accessor halves of one name combine) (TypeError "Cannot initialize #x twice on
            /// the same object").
            kiln_private_define_js(ctx: Ctx, object: Value, name: Value, value: Value, kind: U32) -> Value;
            /// `#name in object` as a boolean value (TypeError when `object` is not an object).
            kiln_private_has_js(ctx: Ctx, object: Value, name: Value) -> Value;
            /// Throws TypeError with `message` (a string value).
            kiln_throw_type_error(ctx: Ctx, message: Value) -> Value;
            /// Throws ReferenceError with `message` (a string value).
            kiln_throw_reference_error(ctx: Ctx, message: Value) -> Value;

            // ---- spread and rest ----
            /// `callee(...arguments)` with `this`; `arguments` is an array.
            kiln_call_spread_js(ctx: Ctx, callee: Value, this: Value, arguments: Value, description: Value) -> Value;
            /// `new callee(...arguments)`; `arguments` is an array.
            kiln_construct_spread_js(ctx: Ctx, callee: Value, arguments: Value, description: Value) -> Value;
            /// A new array of `argv[start..argc]` (rest parameters). Cannot throw.
            kiln_array_from_arguments(ctx: Ctx, argc: U32, argv: Ptr, start: U32) -> Value;
            /// Appends every value of `iterable` to `array` (spread in array literals and calls).
            kiln_array_append_spread_js(ctx: Ctx, array: Value, iterable: Value) -> Value;
            /// CopyDataProperties(target, source, excluded): object spread (`excluded`
            /// undefined) and object rest (`excluded` an array of property keys).
            kiln_object_copy_data_properties_js(ctx: Ctx, target: Value, source: Value, excluded: Value) -> Value;

            // ---- literals ----
            /// `/pattern/flags` (SyntaxError "Invalid regular expression: /p/f: ...").
            kiln_regexp_new_js(ctx: Ctx, pattern: Value, flags: Value) -> Value;
            /// A BigInt from the digits of a literal (with its 0x/0o/0b prefix, without `n`).
            kiln_bigint_from_literal(ctx: Ctx, digits: Value) -> Value;
            /// SetFunctionName(function, key, prefix) for a computed key; returns undefined.
            kiln_function_set_name_js(ctx: Ctx, function: Value, key: Value, prefix: Value) -> Value;
            /// The template object of a tagged template site: frozen arrays of `cooked` strings
            /// (undefined where an escape is invalid) with a frozen `raw`; made once and kept in
            /// the 8-byte `cache` (a GC root the runtime registers).
            kiln_template_object(ctx: Ctx, cache: Ptr, cooked: Value, raw: Value) -> Value;

            // ---- generators and async functions (see `generator_frame_offset`) ----
            /// Calls a generator (`kind` 0: returns the generator object), an async function
            /// (1: runs it to its first `await` and returns its promise) or an async generator
            /// (2): saves the call in a new frame of `slots` locals run by `resume`.
            kiln_generator_new_js(ctx: Ctx, callee: Value, this: Value, argc: U32, argv: Ptr, resume: Ptr, slots: U32, kind: U32) -> Value;
            /// One step of `yield*` over the iterator record `iterator`, resumed with `mode` and
            /// `sent`, leaving a value in `*out`. Returns the number 0 when the inner iterator
            /// produced a value to yield, 1 when it finished (`*out` is the `yield*` value),
            /// 2 when a `return` resumption finished it (the generator must return `*out`).
            kiln_generator_delegate_js(ctx: Ctx, iterator: Value, mode: U32, sent: Value, out: Ptr) -> Value;

            // ---- sloppy-mode scopes: mapped arguments, `with`, direct eval ----
            /// A new mapped arguments object (a sloppy function with simple parameters): the
            /// arguments below `count` (and below `argc`) alias slots `0..count` of `env`.
            /// Cannot throw.
            kiln_arguments_new_mapped(ctx: Ctx, callee: Value, argc: U32, argv: Ptr, env: Ptr, count: U32) -> Value;
            /// A new unmapped arguments object (strict code, or parameters that are not
            /// simple), whose `callee` throws. Cannot throw.
            kiln_arguments_new_unmapped(ctx: Ctx, argc: U32, argv: Ptr) -> Value;
            /// ToObject(value): TypeError for undefined and null (the object of a `with`).
            kiln_to_object_js(ctx: Ctx, value: Value) -> Value;
            /// HasBinding(name) of a `with` object environment: HasProperty, then
            /// @@unscopables; a boolean value.
            kiln_with_has_js(ctx: Ctx, object: Value, name: Value) -> Value;
            /// GetBindingValue(name) of a `with` object environment that has the name.
            kiln_with_get_js(ctx: Ctx, object: Value, name: Value) -> Value;
            /// SetMutableBinding(name, value, strict) of a `with` object environment; returns
            /// undefined or EXCEPTION.
            kiln_with_set_js(ctx: Ctx, object: Value, name: Value, value: Value, strict: U32) -> Value;
            /// Throws SyntaxError with `message` (a string value): eval code that does not parse.
            kiln_throw_syntax_error(ctx: Ctx, message: Value) -> Value;
            /// Whether `value` is the realm's %eval% (a boolean value). Cannot throw.
            kiln_is_intrinsic_eval(ctx: Ctx, value: Value) -> Value;
        }
    };
}

/// Symbols the compiled program defines for the runtime to call or read.
pub mod program_symbols {
    /// `extern "C" fn(ctx) -> Value`: runs the entry module; EXCEPTION if it threw.
    pub const ENTRY: &str = "kiln_program_entry";
    /// A [`super::ProgramInfo`] describing the compiled functions.
    pub const INFO: &str = "kiln_program_info";

    /// Prefix of the runtime's data symbol holding the builder of a native core module
    /// (`kiln_native:internal:fs`, one per name in [`super::NATIVE_CORE_MODULES`]): the
    /// compiler lists only the natives a program's modules require, so the linker keeps only
    /// those builders.
    pub const NATIVE_MODULE_PREFIX: &str = "kiln_native:";
}

/// Describes the compiled program for stack traces: emitted by the compiler as data.
#[repr(C)]
pub struct ProgramInfo {
    /// Number of entries in `functions`.
    pub function_count: u64,
    /// `function_count` entries.
    pub functions: *const FunctionInfo,
    /// Number of source files.
    pub file_count: u64,
    /// `file_count` pointers to NUL-terminated absolute file paths.
    pub files: *const *const u8,
    /// Number of entries in `modules`; module 0 is the entry module.
    pub module_count: u64,
    /// The program's modules (CommonJS, JSON and ES modules).
    pub modules: *const ModuleInfo,
    /// The static slots of ES module top-level bindings (`static_count` values, zero at
    /// start; the runtime roots them).
    pub statics: *mut u64,
    /// Number of values at `statics`.
    pub static_count: u64,
    /// Number of entries in `natives`.
    pub native_count: u64,
    /// The native core modules the program's modules require.
    pub natives: *const NativeModuleInfo,
    /// UTF-8 source text of the program's functions for `Function.prototype.toString`, each
    /// file's text at most once; null when no function keeps its text.
    pub source_text: *const u8,
    /// Number of entries in `function_sources`.
    pub function_source_count: u64,
    /// Where the text of each function that keeps one lies in `source_text`, sorted by
    /// function; the functions not listed print as native code.
    pub function_sources: *const SourceRange,
    /// Number of entries in `file_sources`.
    pub file_source_count: u64,
    /// Where the whole text of each program file (not node's core modules, not JSON) lies in
    /// `source_text`, sorted by file; `SourceRange::function` is the index into `files`. The
    /// runtime prints a line of it above an uncaught exception, as node does.
    pub file_sources: *const SourceRange,
}

/// Where a function's source text lies in [`ProgramInfo::source_text`]: `length` bytes from
/// byte `start`.
#[repr(C)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct SourceRange {
    /// Index into `ProgramInfo::functions` (into `ProgramInfo::files` in `file_sources`).
    pub function: u32,
    /// Byte offset into `source_text`.
    pub start: u32,
    /// Length in bytes.
    pub length: u32,
}

/// One native core module a program requires.
#[repr(C)]
pub struct NativeModuleInfo {
    /// NUL-terminated module name (`internal:fs`).
    pub name: *const u8,
    /// The runtime's `NATIVE_MODULE_PREFIX` + name static: a pointer to its builder.
    pub builder: *const u8,
}

/// One module of the program's module graph.
#[repr(C)]
pub struct ModuleInfo {
    /// The compiled module function (a `JsFunctionPtr` taking `exports, require, module,
    /// __filename, __dirname`), or null for a JSON module.
    pub function: *const u8,
    /// NUL-terminated absolute path.
    pub filename: *const u8,
    /// NUL-terminated JSON text of a JSON module, else null.
    pub json: *const u8,
    /// Number of entries in `specifiers`.
    pub specifier_count: u64,
    /// What each `require` specifier of this module resolved to at build time.
    pub specifiers: *const SpecifierInfo,
    /// For an ES module, its instantiation function (a `JsFunctionPtr` taking no arguments:
    /// creates its hoisted functions, starts its lexical bindings uninitialised); else null.
    /// `function` is then the module body.
    pub esm_init: *const u8,
    /// Number of entries in `dependencies`.
    pub dependency_count: u64,
    /// The modules an ES module imports, in source order (each evaluated before its body).
    pub dependencies: *const u32,
    /// Number of entries in `exports`.
    pub export_count: u64,
    /// An ES module's exports, sorted by name (its namespace object's properties).
    pub exports: *const ExportInfo,
    /// The body is an async function (the module uses top-level await).
    pub is_async: u64,
}

/// One export of an ES module.
#[repr(C)]
pub struct ExportInfo {
    /// NUL-terminated export name.
    pub name: *const u8,
    /// `export_kind::*`.
    pub kind: u32,
    /// The static slot (`STATIC`) or module index (`CJS_PROPERTY`, `NAMESPACE`).
    pub index: u32,
    /// For `CJS_PROPERTY`: the NUL-terminated property name of the CommonJS module's
    /// `module.exports` (`default` means `module.exports` itself); else null.
    pub property: *const u8,
}

/// What an ES module export reads.
pub mod export_kind {
    /// A static slot.
    pub const STATIC: u32 = 0;
    /// A property of a CommonJS module's exports.
    pub const CJS_PROPERTY: u32 = 1;
    /// The namespace object of a module.
    pub const NAMESPACE: u32 = 2;
}

/// A `require` specifier resolved at build time.
#[repr(C)]
pub struct SpecifierInfo {
    /// NUL-terminated specifier text as written.
    pub text: *const u8,
    /// The module index it resolves to, -1 for a Node core module named by `text`, or -2 for
    /// a package subpath hidden by the package's `exports` (node's error message follows the
    /// text's NUL).
    pub module: i64,
}

/// One compiled JS function, as the stack walker sees it.
#[repr(C)]
pub struct FunctionInfo {
    /// Address of the compiled code.
    pub code: *const u8,
    /// Size of the compiled code in bytes.
    pub code_size: u64,
    /// NUL-terminated function name ("" for anonymous).
    pub name: *const u8,
    /// Index into `ProgramInfo::files`.
    pub file: u32,
    /// Number of `(code offset, line, column)` entries in `positions`, sorted by offset.
    pub position_count: u32,
    /// `position_count` entries, each three LEB128 numbers: the return-address offset minus the
    /// previous entry's (0 first), the 1-based line as a zigzag delta from the previous
    /// entry's (0 first), and the 1-based column.
    pub positions: *const u8,
    /// How far below the frame pointer the function's [`call_record`] lies (0: none).
    pub call_record: u32,
    /// `function_flags::*`.
    pub flags: u32,
}

/// The record every compiled JS function stores in its frame on entry, for the stack walker
/// to name the frame as V8 does (`Foo.bar`, `new Foo`): three values at these offsets.
pub mod call_record {
    /// The function object called.
    pub const CALLEE: i32 = 0;
    /// The receiver the caller passed (before sloppy-mode `this` conversion).
    pub const THIS: i32 = 8;
    /// `new.target` (undefined for a [[Call]]).
    pub const NEW_TARGET: i32 = 16;
    /// The record's size in bytes.
    pub const SIZE: u32 = 24;
}

/// [`FunctionInfo::flags`].
pub mod function_flags {
    /// The name is V8's inferred name (`a.b` of `a.b = function () {}`), printed without the
    /// receiver's type.
    pub const INFERRED_NAME: u32 = 1;
}

/// The position encoding of [`FunctionInfo::positions`]: `out` gets entry `(offset, line,
/// column)` following `previous` (`(0, 0)` before the first).
pub fn encode_position(out: &mut impl Extend<u8>, previous: (u32, u32), entry: (u32, u32, u32)) {
    let (offset, line, column) = entry;
    let line_delta = line as i64 - previous.1 as i64;
    let zigzag = ((line_delta << 1) ^ (line_delta >> 63)) as u64;
    for mut number in [(offset - previous.0) as u64, zigzag, column as u64] {
        loop {
            let byte = (number & 0x7F) as u8;
            number >>= 7;
            if number == 0 {
                out.extend([byte]);
                break;
            }
            out.extend([byte | 0x80]);
        }
    }
}

/// Decodes the entries that [`encode_position`] wrote, in order, as `(offset, line, column)`.
pub struct PositionDecoder {
    next: *const u8,
    remaining: u32,
    offset: u32,
    line: u32,
}

impl PositionDecoder {
    /// Reads `count` entries at `bytes`.
    ///
    /// # Safety
    /// `bytes` must point at `count` entries that [`encode_position`] wrote, alive while the
    /// decoder is used.
    pub unsafe fn new(bytes: *const u8, count: u32) -> Self {
        PositionDecoder { next: bytes, remaining: count, offset: 0, line: 0 }
    }

    fn number(&mut self) -> u64 {
        let mut value = 0u64;
        let mut shift = 0;
        loop {
            // SAFETY: `new`'s contract: the encoded numbers continue until the last entry's
            // final byte, and `next` is called at most `count` times.
            let byte = unsafe { *self.next };
            self.next = self.next.wrapping_add(1);
            value |= ((byte & 0x7F) as u64) << shift;
            shift += 7;
            if byte & 0x80 == 0 || shift >= 64 {
                return value;
            }
        }
    }
}

impl Iterator for PositionDecoder {
    type Item = (u32, u32, u32);

    fn next(&mut self) -> Option<(u32, u32, u32)> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        self.offset += self.number() as u32;
        let zigzag = self.number();
        let delta = (zigzag >> 1) as i64 ^ -((zigzag & 1) as i64);
        self.line = (self.line as i64 + delta) as u32;
        let column = self.number() as u32;
        Some((self.offset, self.line, column))
    }
}

/// Runtime features a program contains only when its source uses them (the compiler checks for
/// the words in [`RUNTIME_FEATURE_WORDS`]); listed in [`NATIVE_CORE_MODULES`], installed with the
/// realm. `feature:intl` is the `Intl` object and the locale-sensitive methods' formatting;
/// `feature:regexp` is `RegExp` (the regress engine and its Unicode tables) with the String
/// methods that exist for it (`match`, `matchAll`, `search`); the compiler also links it for
/// any regular expression literal.
pub const RUNTIME_FEATURES: &[&str] = &["feature:intl", "feature:regexp"];

/// For each of [`RUNTIME_FEATURES`], the words whose presence in any module's source text
/// (code, strings or comments: the check is textual and errs toward including) links it.
pub const RUNTIME_FEATURE_WORDS: &[&[&str]] = &[
    &["Intl", "toLocaleString", "toLocaleDateString", "toLocaleTimeString", "localeCompare"],
    // Reflection over the built-ins would see RegExp's methods missing, so it links them too.
    &["RegExp", "match", "search", "getOwnPropertyNames", "ownKeys", "getOwnPropertyDescriptors"],
];

/// The runtime feature every regular expression literal needs.
pub const REGEXP_FEATURE: &str = "feature:regexp";

/// Node's core module names (`require('fs')` and `require('node:fs')`), as node 20 lists them.
/// The compiler resolves these names to core modules; the runtime uses the list to say clearly
/// that a core module named only at run time is not part of the program.
pub const NODE_CORE_MODULES: &[&str] = &[
    "assert", "assert/strict", "async_hooks", "buffer", "child_process", "cluster", "console", "constants",
    "crypto", "dgram", "diagnostics_channel", "dns", "dns/promises", "domain", "events", "fs", "fs/promises",
    "http", "http2", "https", "inspector", "module", "net", "os", "path", "path/posix", "path/win32",
    "perf_hooks", "process", "punycode", "querystring", "readline", "readline/promises", "repl", "stream",
    "stream/consumers", "stream/promises", "stream/web", "string_decoder", "sys", "timers", "timers/promises",
    "tls", "trace_events", "tty", "url", "util", "util/types", "v8", "vm", "wasi", "worker_threads", "zlib",
];

/// Node core modules (and the `internal:` bindings that the JavaScript core modules in
/// `runtime-lib/lib/` build on) that the runtime implements natively: `require` of one of these
/// names reaches `node::native_module`. The compiler reads this list to tell a native core module
/// from one it compiles from JavaScript or one kiln does not have yet.
pub const NATIVE_CORE_MODULES: &[&str] = &[
    "internal:errors",
    "internal:util",
    "internal:fs",
    "internal:os",
    "internal:buffer",
    "internal:stdio",
    "internal:child_process",
    "internal:crypto",
    "internal:module",
    "feature:intl",
    "feature:regexp",
    "internal:url",
    "internal:zlib",
    "internal:perf",
    "internal:blob",
];

/// The `file://` URL of an absolute path, percent-encoding what a URL path cannot hold (as
/// node writes module URLs in `import.meta.url` and its errors).
pub fn file_url(path: &str) -> String {
    let mut url = String::from("file://");
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~!$&'()*+,;=:@".contains(&byte) {
            url.push(byte as char);
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    url
}

/// node's check of an import's attributes (`with { type: 'json' }`) against the format of the
/// module it names — a JSON module (`json`) or JavaScript/a core module — shared by the
/// compiler (static imports, checked at build time) and the runtime (`import()`). On failure:
/// the error's code and message; node throws it as a TypeError.
pub fn check_import_attributes(attributes: &[(String, String)], json: bool, url: &str) -> Result<(), (&'static str, String)> {
    if let Some((key, value)) = attributes.iter().find(|(key, _)| key != "type") {
        return Err(("ERR_IMPORT_ATTRIBUTE_UNSUPPORTED", format!("Import attribute \"{key}\" with value \"{value}\" is not supported")));
    }
    let given = attributes.iter().find(|(key, _)| key == "type").map(|(_, value)| value.as_str());
    match (given, json) {
        (None, false) | (Some("json"), true) => Ok(()),
        (None, true) => Err(("ERR_IMPORT_ASSERTION_TYPE_MISSING", format!("Module \"{url}\" needs an import attribute of type \"json\""))),
        (Some("json"), false) => Err(("ERR_IMPORT_ASSERTION_TYPE_FAILED", format!("Module \"{url}\" is not of type \"json\""))),
        (Some(other), _) => Err(("ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED", format!("Import attribute type \"{other}\" is unsupported"))),
    }
}

#[cfg(test)]
mod import_attribute_tests {
    use super::check_import_attributes;
    use alloc::string::{String, ToString};
    use alloc::vec::Vec;

    fn attributes(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn follows_node() {
        assert!(check_import_attributes(&[], false, "file:///a.js").is_ok());
        assert!(check_import_attributes(&attributes(&[("type", "json")]), true, "file:///a.json").is_ok());
        assert_eq!(check_import_attributes(&[], true, "file:///a.json").unwrap_err().0, "ERR_IMPORT_ASSERTION_TYPE_MISSING");
        assert_eq!(check_import_attributes(&attributes(&[("type", "json")]), false, "node:fs").unwrap_err().0, "ERR_IMPORT_ASSERTION_TYPE_FAILED");
        assert_eq!(check_import_attributes(&attributes(&[("type", "css")]), true, "x").unwrap_err().0, "ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED");
        assert_eq!(
            check_import_attributes(&attributes(&[("type", "json"), ("foo", "x")]), true, "x").unwrap_err(),
            ("ERR_IMPORT_ATTRIBUTE_UNSUPPORTED", "Import attribute \"foo\" with value \"x\" is not supported".to_string())
        );
    }
}
