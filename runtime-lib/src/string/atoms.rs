//! The atom table: one canonical [`JsString`] per distinct property-key text, so keys compare
//! by address. Also the predefined atoms (`ctx.atoms.length`, …) built at context creation.
//!
//! Atoms live forever for now (the table is a strong root); a weak table swept by the GC is
//! future work. Interning never collects.

use super::{alloc_in_heap, JsString, StrView};
use crate::gc::{Gc, Heap, Trace, Tracer};

/// Interned strings in an open-addressing table (linear probing, at most half full), each
/// slot keeping its atom's hash so that a probe reads an atom's cell only when the hashes
/// agree; plus a small cache of recent non-atom strings and their atoms, for the common
/// `object[key]` read and write of one computed key.
pub struct AtomTable {
    slots: Box<[Slot]>,
    len: usize,
    /// Indexed by a string's address: (string, its atom). Cleared by every collection (a
    /// dead string's address may be reused by another string).
    recent: [(Option<Gc<JsString>>, Option<Gc<JsString>>); RECENT_SIZE],
}

/// One slot of the table: an atom and its hash, or empty.
#[derive(Clone, Copy, Default)]
struct Slot {
    hash: u32,
    atom: Option<Gc<JsString>>,
}

/// Entries of the recent-string cache (a power of two).
const RECENT_SIZE: usize = 64;

/// Slots of a new table (a power of two).
const INITIAL_SLOTS: usize = 1024;

impl Default for AtomTable {
    fn default() -> AtomTable {
        AtomTable { slots: vec![Slot::default(); INITIAL_SLOTS].into_boxed_slice(), len: 0, recent: [(None, None); RECENT_SIZE] }
    }
}

/// The first slot to probe for `hash` in a table of `mask + 1` slots (Fibonacci hashing: the
/// string hash's low bits alone cluster).
fn home_slot(hash: u32, mask: usize) -> usize {
    (hash.wrapping_mul(0x9E37_79B9) as usize >> 8) & mask
}

/// The recent-cache entry for a string at `address`.
fn recent_index(address: usize) -> usize {
    (address >> 4) & (RECENT_SIZE - 1)
}

fn view_hash(view: StrView<'_>) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for index in 0..view.len() {
        hash = (hash ^ view.unit(index) as u32).wrapping_mul(0x0100_0193);
    }
    if hash == 0 {
        1
    } else {
        hash
    }
}

fn view_eq(string: &JsString, view: StrView<'_>) -> bool {
    if string.len() != view.len() {
        return false;
    }
    match (string.view(), view) {
        (StrView::Latin1(a), StrView::Latin1(b)) => a == b,
        (stored, _) => (0..view.len()).all(|index| stored.unit(index) == view.unit(index)),
    }
}

impl AtomTable {
    /// The atom whose hash is `hash` and whose text `matches` accepts, if any, else the slot
    /// where it would go.
    fn probe(&self, hash: u32, matches: impl Fn(&JsString) -> bool) -> Result<Gc<JsString>, usize> {
        let mask = self.slots.len() - 1;
        let mut index = home_slot(hash, mask);
        loop {
            let slot = self.slots[index];
            match slot.atom {
                None => return Err(index),
                Some(atom) if slot.hash == hash && matches(atom.get()) => return Ok(atom),
                Some(_) => index = (index + 1) & mask,
            }
        }
    }

    /// Puts a new atom in the empty slot `index`, growing the table past half full.
    fn insert(&mut self, index: usize, hash: u32, atom: Gc<JsString>) {
        self.slots[index] = Slot { hash, atom: Some(atom) };
        self.len += 1;
        if self.len * 2 > self.slots.len() {
            let grown = vec![Slot::default(); self.slots.len() * 2].into_boxed_slice();
            let old = std::mem::replace(&mut self.slots, grown);
            let mask = self.slots.len() - 1;
            for slot in old.iter().filter(|slot| slot.atom.is_some()) {
                let mut index = home_slot(slot.hash, mask);
                while self.slots[index].atom.is_some() {
                    index = (index + 1) & mask;
                }
                self.slots[index] = *slot;
            }
        }
    }

    /// The atom for the given code units, allocating it on first use. Never collects.
    pub fn intern_view(&mut self, heap: &mut Heap, view: StrView<'_>) -> Gc<JsString> {
        let hash = view_hash(view);
        match self.probe(hash, |atom| view_eq(atom, view)) {
            Ok(atom) => atom,
            Err(index) => {
                let atom = alloc_in_heap(heap, view);
                atom.get().set_atom();
                debug_assert_eq!(atom.get().hash(), hash);
                self.insert(index, hash, atom);
                atom
            }
        }
    }

    /// The atom for `text`.
    pub fn intern_str(&mut self, heap: &mut Heap, text: &str) -> Gc<JsString> {
        if text.is_ascii() {
            return self.intern_view(heap, StrView::Latin1(text.as_bytes()));
        }
        let units: Vec<u16> = text.encode_utf16().collect();
        self.intern_view(heap, StrView::Utf16(&units))
    }

    /// The atom with the contents of `string`; `string` itself becomes the atom when its text
    /// was not interned yet (no allocation then).
    pub fn intern(&mut self, string: Gc<JsString>) -> Gc<JsString> {
        let cell = string.get();
        if cell.is_atom() {
            return string;
        }
        let recent = recent_index(string.addr());
        if let (Some(seen), Some(atom)) = self.recent[recent] {
            if seen == string {
                return atom;
            }
        }
        let hash = cell.hash();
        match self.probe(hash, |atom| atom.content_eq(cell)) {
            Ok(atom) => {
                self.recent[recent] = (Some(string), Some(atom));
                atom
            }
            Err(index) => {
                cell.set_atom();
                self.insert(index, hash, string);
                string
            }
        }
    }

    /// Forgets the recent-string cache; the collector calls this after marking, when dead
    /// strings' cells become reusable.
    pub fn forget_recent(&mut self) {
        self.recent = [(None, None); RECENT_SIZE];
    }

    /// Number of atoms (for tests).
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when no atom exists.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Trace for AtomTable {
    fn trace(&self, tracer: &mut Tracer) {
        for atom in self.slots.iter().filter_map(|slot| slot.atom) {
            tracer.cell(atom);
        }
    }
}

macro_rules! define_atoms {
    ($($field:ident => $text:expr,)*) => {
        /// Atoms the runtime uses by name, created with the context.
        pub struct Atoms {
            $(
                #[doc = concat!("The atom `", $text, "`.")]
                pub $field: Gc<JsString>,
            )*
        }

        impl Atoms {
            /// Interns every predefined atom.
            pub fn new(table: &mut AtomTable, heap: &mut Heap) -> Atoms {
                Atoms { $($field: table.intern_str(heap, $text),)* }
            }
        }
    };
}

define_atoms! {
    empty => "",
    length => "length",
    prototype => "prototype",
    constructor => "constructor",
    name => "name",
    message => "message",
    stack => "stack",
    cause => "cause",
    to_string => "toString",
    value_of => "valueOf",
    value => "value",
    done => "done",
    next => "next",
    return_ => "return",
    get => "get",
    set => "set",
    writable => "writable",
    enumerable => "enumerable",
    configurable => "configurable",
    callee => "callee",
    caller => "caller",
    arguments => "arguments",
    undefined => "undefined",
    null => "null",
    true_ => "true",
    false_ => "false",
    nan => "NaN",
    infinity => "Infinity",
    object => "object",
    function => "function",
    number => "number",
    string => "string",
    boolean => "boolean",
    symbol => "symbol",
    bigint => "bigint",
    default => "default",
    exit_code => "exitCode",
    anonymous => "anonymous",
    error => "Error",
    global_this => "globalThis",
    bound => "bound ",
    last_index => "lastIndex",
    index => "index",
    input => "input",
    groups => "groups",
    exec => "exec",
}
