//! The NaN-boxed JS value ([`Value`]) and the spec operations on it.
//!
//! The bit layout is fixed by `kiln_abi` (compiled code builds and tests values inline), so
//! this module only wraps it: constructors, predicates and accessors. Conversions live in
//! `conv.rs`, operators and comparisons in `ops.rs`, number ↔ text glue in `number.rs`.
//! Nothing here allocates except through the `Context` passed in.

pub mod conv;
pub mod number;
pub mod ops;

use crate::gc::Gc;
use crate::object::JsObject;
use crate::string::JsString;
use crate::symbol::JsSymbol;
use kiln_abi as abi;

/// A JS value: a double, or a tagged pointer/special in the NaN space (see `kiln_abi`).
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(u64);

impl Value {
    /// `undefined`.
    pub const UNDEFINED: Value = Value(abi::UNDEFINED);
    /// `null`.
    pub const NULL: Value = Value(abi::NULL);
    /// `true`.
    pub const TRUE: Value = Value(abi::TRUE);
    /// `false`.
    pub const FALSE: Value = Value(abi::FALSE);
    /// The internal hole marker (array holes, "done" from iteration entry points).
    pub const HOLE: Value = Value(abi::HOLE);
    /// The exception sentinel; never a JS value.
    pub const EXCEPTION: Value = Value(abi::EXCEPTION);
    /// The TDZ marker for uninitialized lexical bindings.
    pub const UNINITIALIZED: Value = Value(abi::UNINITIALIZED);
    /// The canonical NaN.
    pub const NAN: Value = Value(abi::CANONICAL_NAN);

    /// Reinterprets raw bits as a value (the caller vouches the bits came from a value).
    #[inline]
    pub const fn from_bits(bits: u64) -> Value {
        Value(bits)
    }

    /// The raw 64 bits.
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// A number value; every NaN becomes the canonical NaN.
    #[inline]
    pub fn number(n: f64) -> Value {
        if n.is_nan() {
            Value::NAN
        } else {
            Value(n.to_bits())
        }
    }

    /// A number value from an integer (exact for |i| < 2^53).
    #[inline]
    pub fn int(i: i64) -> Value {
        Value::number(i as f64)
    }

    /// A boolean value.
    #[inline]
    pub const fn boolean(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    #[inline]
    fn tagged(tag: u64, ptr: usize) -> Value {
        debug_assert!(ptr as u64 & !abi::PAYLOAD_MASK == 0, "pointer exceeds 48 bits");
        Value((tag << abi::TAG_SHIFT) | ptr as u64)
    }

    /// An object value.
    #[inline]
    pub fn object(object: Gc<JsObject>) -> Value {
        Value::tagged(abi::TAG_OBJECT, object.as_ptr() as usize)
    }

    /// A string value.
    #[inline]
    pub fn string(string: Gc<JsString>) -> Value {
        Value::tagged(abi::TAG_STRING, string.as_ptr() as usize)
    }

    /// A symbol value.
    #[inline]
    pub fn symbol(symbol: Gc<JsSymbol>) -> Value {
        Value::tagged(abi::TAG_SYMBOL, symbol.as_ptr() as usize)
    }

    /// A BigInt value.
    #[inline]
    pub fn bigint(bigint: Gc<crate::bigint::JsBigInt>) -> Value {
        Value::tagged(abi::TAG_BIGINT, bigint.as_ptr() as usize)
    }

    /// The BigInt cell, when this is a BigInt.
    #[inline]
    pub fn as_bigint(self) -> Option<Gc<crate::bigint::JsBigInt>> {
        if self.is_bigint() {
            Some(Gc::from_addr(self.payload()))
        } else {
            None
        }
    }

    /// The tag (top 16 bits); meaningful only when `!is_number()`.
    #[inline]
    pub const fn tag(self) -> u64 {
        self.0 >> abi::TAG_SHIFT
    }

    /// The 48-bit payload as an address.
    #[inline]
    pub const fn payload(self) -> usize {
        (self.0 & abi::PAYLOAD_MASK) as usize
    }

    /// True for doubles (including NaN).
    #[inline]
    pub const fn is_number(self) -> bool {
        self.0 < abi::FIRST_TAGGED
    }

    /// The double; only meaningful when `is_number()`.
    #[inline]
    pub fn as_number_unchecked(self) -> f64 {
        f64::from_bits(self.0)
    }

    /// The double, if this is a number.
    #[inline]
    pub fn as_number(self) -> Option<f64> {
        if self.is_number() {
            Some(f64::from_bits(self.0))
        } else {
            None
        }
    }

    /// True for `undefined`.
    #[inline]
    pub const fn is_undefined(self) -> bool {
        self.0 == abi::UNDEFINED
    }

    /// True for `null`.
    #[inline]
    pub const fn is_null(self) -> bool {
        self.0 == abi::NULL
    }

    /// True for `undefined` or `null`.
    #[inline]
    pub const fn is_nullish(self) -> bool {
        self.0 == abi::UNDEFINED || self.0 == abi::NULL
    }

    /// True for `true` or `false`.
    #[inline]
    pub const fn is_boolean(self) -> bool {
        self.0 | 1 == abi::TRUE
    }

    /// The boolean, if this is one.
    #[inline]
    pub const fn as_boolean(self) -> Option<bool> {
        if self.is_boolean() {
            Some(self.0 == abi::TRUE)
        } else {
            None
        }
    }

    /// True for the hole marker.
    #[inline]
    pub const fn is_hole(self) -> bool {
        self.0 == abi::HOLE
    }

    /// True for the exception sentinel.
    #[inline]
    pub const fn is_exception(self) -> bool {
        self.0 == abi::EXCEPTION
    }

    /// True for object values.
    #[inline]
    pub const fn is_object(self) -> bool {
        self.tag() == abi::TAG_OBJECT && !self.is_number()
    }

    /// True for string values.
    #[inline]
    pub const fn is_string(self) -> bool {
        self.tag() == abi::TAG_STRING && !self.is_number()
    }

    /// True for symbol values.
    #[inline]
    pub const fn is_symbol(self) -> bool {
        self.tag() == abi::TAG_SYMBOL && !self.is_number()
    }

    /// True for bigint values (not produced yet; reserved by the layout).
    #[inline]
    pub const fn is_bigint(self) -> bool {
        self.tag() == abi::TAG_BIGINT && !self.is_number()
    }

    /// True when the value carries a heap pointer (object, string, symbol, bigint).
    #[inline]
    pub const fn is_heap_pointer(self) -> bool {
        let tag = self.tag();
        tag >= abi::TAG_OBJECT && tag <= abi::TAG_BIGINT && !self.is_number()
    }

    /// The object, if this is one.
    #[inline]
    pub fn as_object(self) -> Option<Gc<JsObject>> {
        if self.is_object() {
            Some(Gc::from_addr(self.payload()))
        } else {
            None
        }
    }

    /// The string, if this is one.
    #[inline]
    pub fn as_string(self) -> Option<Gc<JsString>> {
        if self.is_string() {
            Some(Gc::from_addr(self.payload()))
        } else {
            None
        }
    }

    /// The symbol, if this is one.
    #[inline]
    pub fn as_symbol(self) -> Option<Gc<JsSymbol>> {
        if self.is_symbol() {
            Some(Gc::from_addr(self.payload()))
        } else {
            None
        }
    }

    /// True when the value is a callable object.
    pub fn is_callable(self) -> bool {
        self.as_object().is_some_and(|object| object.get().is_callable())
    }

    /// True when the value is a constructor.
    pub fn is_constructor(self) -> bool {
        self.as_object().is_some_and(|object| object.get().is_constructor())
    }

    /// The value as an `Option`, mapping `undefined` to `None`.
    #[inline]
    pub fn non_undefined(self) -> Option<Value> {
        if self.is_undefined() {
            None
        } else {
            Some(self)
        }
    }
}

impl Default for Value {
    fn default() -> Value {
        Value::UNDEFINED
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(number) = self.as_number() {
            return write!(formatter, "{number}");
        }
        match self.0 {
            abi::UNDEFINED => return formatter.write_str("undefined"),
            abi::NULL => return formatter.write_str("null"),
            abi::TRUE => return formatter.write_str("true"),
            abi::FALSE => return formatter.write_str("false"),
            abi::HOLE => return formatter.write_str("<hole>"),
            abi::EXCEPTION => return formatter.write_str("<exception>"),
            abi::UNINITIALIZED => return formatter.write_str("<uninitialized>"),
            _ => {}
        }
        if let Some(string) = self.as_string() {
            return write!(formatter, "{:?}", string.get().to_rust_string());
        }
        if self.is_symbol() {
            return write!(formatter, "<symbol {:#x}>", self.payload());
        }
        if self.is_object() {
            return write!(formatter, "<object {:#x}>", self.payload());
        }
        write!(formatter, "<value {:#018x}>", self.0)
    }
}

impl From<f64> for Value {
    fn from(n: f64) -> Value {
        Value::number(n)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::boolean(b)
    }
}

impl From<Gc<JsObject>> for Value {
    fn from(object: Gc<JsObject>) -> Value {
        Value::object(object)
    }
}

impl From<Gc<JsString>> for Value {
    fn from(string: Gc<JsString>) -> Value {
        Value::string(string)
    }
}

impl From<Gc<JsSymbol>> for Value {
    fn from(symbol: Gc<JsSymbol>) -> Value {
        Value::symbol(symbol)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_box_as_themselves() {
        for n in [0.0, -0.0, 1.5, -1e308, f64::INFINITY, f64::NEG_INFINITY, f64::MIN_POSITIVE] {
            let value = Value::number(n);
            assert!(value.is_number());
            assert_eq!(value.as_number().map(f64::to_bits), Some(n.to_bits()));
        }
    }

    #[test]
    fn every_nan_is_canonical() {
        let weird = f64::from_bits(0xFFFF_FFFF_FFFF_FFFF);
        assert!(weird.is_nan());
        assert_eq!(Value::number(weird).bits(), abi::CANONICAL_NAN);
        assert_eq!(Value::number(-f64::NAN).bits(), abi::CANONICAL_NAN);
        assert!(Value::NAN.is_number());
    }

    #[test]
    fn specials_are_not_numbers() {
        for value in [Value::UNDEFINED, Value::NULL, Value::TRUE, Value::FALSE, Value::HOLE, Value::EXCEPTION] {
            assert!(!value.is_number());
            assert!(!value.is_object());
            assert!(!value.is_string());
        }
        assert!(Value::TRUE.is_boolean() && Value::FALSE.is_boolean());
        assert_eq!(Value::TRUE.as_boolean(), Some(true));
        assert_eq!(Value::FALSE.as_boolean(), Some(false));
        assert!(!Value::NULL.is_boolean());
        assert!(Value::NULL.is_nullish() && Value::UNDEFINED.is_nullish());
    }

    #[test]
    fn pointers_round_trip() {
        let fake = Value::tagged(abi::TAG_STRING, 0x7fff_1234_5670);
        assert!(fake.is_string());
        assert!(fake.is_heap_pointer());
        assert_eq!(fake.payload(), 0x7fff_1234_5670);
        assert!(!fake.is_object());
    }
}
