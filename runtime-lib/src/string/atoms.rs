//! The atom table: one canonical [`JsString`] per distinct property-key text, so keys compare
//! by address. Also the predefined atoms (`ctx.atoms.length`, …) built at context creation.
//!
//! Atoms live forever for now (the table is a strong root); a weak table swept by the GC is
//! future work. Interning never collects.

use super::{alloc_in_heap, JsString, StrView};
use crate::gc::{Gc, Heap, Trace, Tracer};
use crate::util::hash::FxHashMap;

/// Interned strings, bucketed by content hash.
#[derive(Default)]
pub struct AtomTable {
    buckets: FxHashMap<u32, Vec<Gc<JsString>>>,
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
    /// The atom for the given code units, allocating it on first use. Never collects.
    pub fn intern_view(&mut self, heap: &mut Heap, view: StrView<'_>) -> Gc<JsString> {
        let hash = view_hash(view);
        if let Some(bucket) = self.buckets.get(&hash) {
            if let Some(&atom) = bucket.iter().find(|atom| view_eq(atom.get(), view)) {
                return atom;
            }
        }
        let atom = alloc_in_heap(heap, view);
        atom.get().set_atom();
        debug_assert_eq!(atom.get().hash(), hash);
        self.buckets.entry(hash).or_default().push(atom);
        atom
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
        let hash = cell.hash();
        let bucket = self.buckets.entry(hash).or_default();
        if let Some(&atom) = bucket.iter().find(|atom| atom.get().content_eq(cell)) {
            return atom;
        }
        cell.set_atom();
        bucket.push(string);
        string
    }

    /// Number of atoms (for tests).
    pub fn len(&self) -> usize {
        self.buckets.values().map(Vec::len).sum()
    }

    /// True when no atom exists.
    pub fn is_empty(&self) -> bool {
        self.buckets.is_empty()
    }
}

impl Trace for AtomTable {
    fn trace(&self, tracer: &mut Tracer) {
        for bucket in self.buckets.values() {
            for &atom in bucket {
                tracer.cell(atom);
            }
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
