//! Symbols: [`JsSymbol`] cells (identity plus an optional description) and the table of
//! well-known symbols (`Symbol.iterator`, …) created with the context.

use crate::context::Context;
use crate::gc::{CellHeader, CellKind, CellType, Gc, Heap, Trace, Tracer};
use crate::string::{AtomTable, JsString};
use crate::value::Value;

/// A symbol cell.
#[repr(C)]
pub struct JsSymbol {
    header: CellHeader,
    /// The description: a string, or undefined for `Symbol()`.
    pub description: Value,
}

// SAFETY: repr(C) with the header first; trace.rs traces Symbol cells as `JsSymbol`.
unsafe impl CellType for JsSymbol {
    const KIND: CellKind = CellKind::Symbol;
}

impl Trace for JsSymbol {
    fn trace(&self, tracer: &mut Tracer) {
        tracer.value(self.description);
    }
}

impl JsSymbol {
    /// A symbol payload with `description` (a string value or undefined).
    pub fn new(description: Value) -> JsSymbol {
        JsSymbol { header: CellHeader::new(CellKind::Symbol), description }
    }

    /// `Symbol(desc)` as node prints it: `Symbol(desc)` or `Symbol()`.
    pub fn descriptive_string(&self) -> String {
        match self.description.as_string() {
            Some(text) => format!("Symbol({})", text.get().to_rust_string()),
            None => "Symbol()".to_string(),
        }
    }
}

/// Allocates a new symbol.
pub fn new_symbol(ctx: &mut Context, description: Value) -> Gc<JsSymbol> {
    ctx.alloc(JsSymbol::new(description))
}

fn bootstrap_symbol(heap: &mut Heap, atoms: &mut AtomTable, description: &str) -> Gc<JsSymbol> {
    let text: Gc<JsString> = atoms.intern_str(heap, description);
    let cell = heap.alloc_raw(std::mem::size_of::<JsSymbol>()).cast::<JsSymbol>();
    // SAFETY: a fresh cell of the right size; we initialize it completely.
    unsafe { cell.as_ptr().write(JsSymbol::new(Value::string(text))) };
    Gc::from_non_null(cell)
}

macro_rules! define_well_known {
    ($($field:ident => $text:expr,)*) => {
        /// The well-known symbols (ECMA-262 §6.1.5.1).
        pub struct WellKnownSymbols {
            $(
                #[doc = concat!("`", $text, "`.")]
                pub $field: Gc<JsSymbol>,
            )*
        }

        impl WellKnownSymbols {
            /// Creates every well-known symbol (bootstrap: never collects).
            pub fn new(heap: &mut Heap, atoms: &mut AtomTable) -> WellKnownSymbols {
                WellKnownSymbols { $($field: bootstrap_symbol(heap, atoms, $text),)* }
            }

            /// Every well-known symbol with its property name on the `Symbol` constructor.
            pub fn all(&self) -> Vec<(&'static str, Gc<JsSymbol>)> {
                vec![$((&$text[7..], self.$field),)*]
            }
        }

        impl Trace for WellKnownSymbols {
            fn trace(&self, tracer: &mut Tracer) {
                $(tracer.cell(self.$field);)*
            }
        }
    };
}

define_well_known! {
    async_iterator => "Symbol.asyncIterator",
    has_instance => "Symbol.hasInstance",
    is_concat_spreadable => "Symbol.isConcatSpreadable",
    iterator => "Symbol.iterator",
    match_ => "Symbol.match",
    match_all => "Symbol.matchAll",
    replace => "Symbol.replace",
    search => "Symbol.search",
    species => "Symbol.species",
    split => "Symbol.split",
    to_primitive => "Symbol.toPrimitive",
    to_string_tag => "Symbol.toStringTag",
    unscopables => "Symbol.unscopables",
    dispose => "Symbol.dispose",
    async_dispose => "Symbol.asyncDispose",
}
