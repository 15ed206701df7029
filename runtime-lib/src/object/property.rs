//! Property keys, attributes and descriptors, and the accessor-pair cell an accessor property's
//! slot points to.

use crate::context::Context;
use crate::gc::{CellHeader, CellKind, CellType, Gc, Trace, Tracer};
use crate::string::JsString;
use crate::symbol::JsSymbol;
use crate::value::Value;

/// A property key after ToPropertyKey: an array index, an interned string (atom) or a symbol.
/// Strings that spell an array index ("0" … "4294967294") are always `Index`.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum PropertyKey {
    /// An array index (0 ..= 2^32 - 2).
    Index(u32),
    /// An atom that is not an array index.
    String(Gc<JsString>),
    /// A symbol.
    Symbol(Gc<JsSymbol>),
}

impl PropertyKey {
    /// The key for an atom (`Index` when the atom spells an array index).
    pub fn from_atom(atom: Gc<JsString>) -> PropertyKey {
        debug_assert!(atom.get().is_atom(), "property keys must be atoms");
        match atom.get().as_array_index() {
            Some(index) => PropertyKey::Index(index),
            None => PropertyKey::String(atom),
        }
    }

    /// True for symbol keys.
    pub fn is_symbol(self) -> bool {
        matches!(self, PropertyKey::Symbol(_))
    }

    /// The key as a JS value (a string or a symbol); allocates for indices.
    pub fn to_value(self, ctx: &mut Context) -> Value {
        match self {
            PropertyKey::Index(index) => Value::string(ctx.index_string(index)),
            PropertyKey::String(atom) => Value::string(atom),
            PropertyKey::Symbol(symbol) => Value::symbol(symbol),
        }
    }

    /// The key as Rust text for messages: `x`, `0`, `Symbol(desc)`.
    pub fn display(self) -> String {
        match self {
            PropertyKey::Index(index) => index.to_string(),
            PropertyKey::String(atom) => atom.get().to_rust_string(),
            PropertyKey::Symbol(symbol) => symbol.get().descriptive_string(),
        }
    }

    pub(crate) fn trace(self, tracer: &mut Tracer) {
        match self {
            PropertyKey::Index(_) => {}
            PropertyKey::String(atom) => tracer.cell(atom),
            PropertyKey::Symbol(symbol) => tracer.cell(symbol),
        }
    }
}

/// Property attributes packed in a byte.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct Attributes(u8);

impl Attributes {
    /// [[Writable]] (data properties only).
    pub const WRITABLE: u8 = 1;
    /// [[Enumerable]].
    pub const ENUMERABLE: u8 = 2;
    /// [[Configurable]].
    pub const CONFIGURABLE: u8 = 4;
    /// Set for accessor properties (the slot holds an `AccessorPair`).
    pub const ACCESSOR: u8 = 8;
    /// The slot may hold the lazy marker (HOLE) until first read (an Error's `stack`); inline
    /// caches never cache such a property.
    pub const LAZY: u8 = 16;

    /// Writable, enumerable, configurable data: what assignment creates.
    pub const DEFAULT: Attributes = Attributes(1 | 2 | 4);
    /// Writable, configurable, not enumerable: built-in methods.
    pub const HIDDEN: Attributes = Attributes(1 | 4);
    /// Not writable, not enumerable, configurable: `name` and `length` of functions.
    pub const READONLY_HIDDEN: Attributes = Attributes(4);
    /// Nothing set: frozen, non-enumerable data (e.g. `Math.PI`).
    pub const NONE: Attributes = Attributes(0);

    /// Attributes from raw bits.
    pub const fn from_bits(bits: u8) -> Attributes {
        Attributes(bits)
    }

    /// Data attributes from the three flags.
    pub const fn data(writable: bool, enumerable: bool, configurable: bool) -> Attributes {
        Attributes((writable as u8) | (enumerable as u8) << 1 | (configurable as u8) << 2)
    }

    /// Accessor attributes from the two flags.
    pub const fn accessor(enumerable: bool, configurable: bool) -> Attributes {
        Attributes(Self::ACCESSOR | (enumerable as u8) << 1 | (configurable as u8) << 2)
    }

    /// The raw bits.
    pub const fn bits(self) -> u8 {
        self.0
    }

    /// [[Writable]].
    pub const fn writable(self) -> bool {
        self.0 & Self::WRITABLE != 0
    }

    /// [[Enumerable]].
    pub const fn enumerable(self) -> bool {
        self.0 & Self::ENUMERABLE != 0
    }

    /// [[Configurable]].
    pub const fn configurable(self) -> bool {
        self.0 & Self::CONFIGURABLE != 0
    }

    /// True for accessor properties.
    pub const fn is_accessor(self) -> bool {
        self.0 & Self::ACCESSOR != 0
    }

    /// True when the slot may hold the lazy marker.
    pub const fn is_lazy(self) -> bool {
        self.0 & Self::LAZY != 0
    }

    /// These attributes with the lazy bit set.
    pub const fn with_lazy(self) -> Attributes {
        Attributes(self.0 | Self::LAZY)
    }
}

/// An own property as [[GetOwnProperty]] reports it.
#[derive(Copy, Clone, Debug)]
pub enum OwnProperty {
    /// A data property.
    Data {
        /// [[Value]].
        value: Value,
        /// Attributes (never `ACCESSOR`).
        attributes: Attributes,
    },
    /// An accessor property.
    Accessor {
        /// [[Get]] (a function or undefined).
        getter: Value,
        /// [[Set]] (a function or undefined).
        setter: Value,
        /// Attributes (always `ACCESSOR`).
        attributes: Attributes,
    },
}

impl OwnProperty {
    /// The attributes.
    pub fn attributes(&self) -> Attributes {
        match *self {
            OwnProperty::Data { attributes, .. } | OwnProperty::Accessor { attributes, .. } => attributes,
        }
    }

    /// [[Enumerable]].
    pub fn enumerable(&self) -> bool {
        self.attributes().enumerable()
    }
}

/// A property descriptor with optional fields, as [[DefineOwnProperty]] takes it (§6.2.6).
#[derive(Copy, Clone, Debug, Default)]
pub struct PropertyDescriptor {
    /// [[Value]].
    pub value: Option<Value>,
    /// [[Writable]].
    pub writable: Option<bool>,
    /// [[Get]].
    pub get: Option<Value>,
    /// [[Set]].
    pub set: Option<Value>,
    /// [[Enumerable]].
    pub enumerable: Option<bool>,
    /// [[Configurable]].
    pub configurable: Option<bool>,
}

impl PropertyDescriptor {
    /// A complete data descriptor.
    pub fn data(value: Value, attributes: Attributes) -> PropertyDescriptor {
        PropertyDescriptor {
            value: Some(value),
            writable: Some(attributes.writable()),
            get: None,
            set: None,
            enumerable: Some(attributes.enumerable()),
            configurable: Some(attributes.configurable()),
        }
    }

    /// A complete accessor descriptor.
    pub fn accessor(getter: Value, setter: Value, enumerable: bool, configurable: bool) -> PropertyDescriptor {
        PropertyDescriptor {
            value: None,
            writable: None,
            get: Some(getter),
            set: Some(setter),
            enumerable: Some(enumerable),
            configurable: Some(configurable),
        }
    }

    /// A descriptor that only sets [[Value]].
    pub fn value_only(value: Value) -> PropertyDescriptor {
        PropertyDescriptor { value: Some(value), ..PropertyDescriptor::default() }
    }

    /// IsAccessorDescriptor.
    pub fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }

    /// IsDataDescriptor.
    pub fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }

    /// IsGenericDescriptor.
    pub fn is_generic(&self) -> bool {
        !self.is_accessor() && !self.is_data()
    }

    /// The descriptor of an existing own property.
    pub fn from_own(property: OwnProperty) -> PropertyDescriptor {
        match property {
            OwnProperty::Data { value, attributes } => PropertyDescriptor::data(value, attributes),
            OwnProperty::Accessor { getter, setter, attributes } => {
                PropertyDescriptor::accessor(getter, setter, attributes.enumerable(), attributes.configurable())
            }
        }
    }
}

/// The getter/setter pair an accessor property's slot points to (an internal cell, never a JS
/// value).
#[repr(C)]
pub struct AccessorPair {
    header: CellHeader,
    /// The getter, or undefined.
    pub getter: Value,
    /// The setter, or undefined.
    pub setter: Value,
}

// SAFETY: repr(C) with the header first; trace.rs traces Accessor cells as `AccessorPair`.
unsafe impl CellType for AccessorPair {
    const KIND: CellKind = CellKind::Accessor;
}

impl Trace for AccessorPair {
    fn trace(&self, tracer: &mut Tracer) {
        tracer.value(self.getter);
        tracer.value(self.setter);
    }
}

impl AccessorPair {
    /// A pair payload.
    pub fn new(getter: Value, setter: Value) -> AccessorPair {
        AccessorPair { header: CellHeader::new(CellKind::Accessor), getter, setter }
    }

    /// Allocates a pair and returns it as a slot value.
    pub fn alloc_slot(ctx: &mut Context, getter: Value, setter: Value) -> Value {
        let pair = ctx.alloc(AccessorPair::new(getter, setter));
        Value::from_bits((kiln_abi::TAG_OBJECT << kiln_abi::TAG_SHIFT) | pair.addr() as u64)
    }

    /// The pair a slot value of an accessor property points to.
    pub fn from_slot(slot: Value) -> Gc<AccessorPair> {
        Gc::from_addr(slot.payload())
    }
}
