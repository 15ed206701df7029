//! [`StringBuilder`]: accumulates text in Latin-1 until a wide character forces UTF-16, then
//! allocates one string cell at the end. Holds no GC references, so it is safe across
//! allocations and calls into JS.

use super::{JsString, StrView};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;

/// Builds a JS string piece by piece.
#[derive(Default, Debug, Clone)]
pub struct StringBuilder {
    latin1: Vec<u8>,
    wide: Option<Vec<u16>>,
}

impl StringBuilder {
    /// An empty builder.
    pub fn new() -> StringBuilder {
        StringBuilder::default()
    }

    /// Number of code units so far.
    pub fn len(&self) -> usize {
        match &self.wide {
            Some(units) => units.len(),
            None => self.latin1.len(),
        }
    }

    /// True when nothing was appended.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn widen(&mut self) -> &mut Vec<u16> {
        if self.wide.is_none() {
            let units = self.latin1.iter().map(|&byte| byte as u16).collect();
            self.latin1 = Vec::new();
            self.wide = Some(units);
        }
        match &mut self.wide {
            Some(units) => units,
            None => crate::util::fatal("builder widened without wide storage"),
        }
    }

    /// Appends one UTF-16 code unit.
    pub fn push_unit(&mut self, unit: u16) {
        match &mut self.wide {
            Some(units) => units.push(unit),
            None if unit < 256 => self.latin1.push(unit as u8),
            None => self.widen().push(unit),
        }
    }

    /// Appends a code point (as a surrogate pair when above U+FFFF).
    pub fn push_code_point(&mut self, code_point: u32) {
        if code_point < 0x10000 {
            self.push_unit(code_point as u16);
        } else {
            let offset = code_point - 0x10000;
            self.push_unit(0xD800 + (offset >> 10) as u16);
            self.push_unit(0xDC00 + (offset & 0x3FF) as u16);
        }
    }

    /// Appends Rust text.
    pub fn push_str(&mut self, text: &str) {
        if self.wide.is_none() && text.is_ascii() {
            self.latin1.extend_from_slice(text.as_bytes());
            return;
        }
        for unit in text.encode_utf16() {
            self.push_unit(unit);
        }
    }

    /// Appends a view of code units.
    pub fn push_view(&mut self, view: StrView<'_>) {
        match (view, &mut self.wide) {
            // (A byte or two, as joins of characters push, without a call to memcpy.)
            (StrView::Latin1(&[byte]), None) => self.latin1.push(byte),
            (StrView::Latin1(bytes), None) => self.latin1.extend_from_slice(bytes),
            (StrView::Latin1(bytes), Some(units)) => units.extend(bytes.iter().map(|&byte| byte as u16)),
            (StrView::Utf16(units), _) => self.widen().extend_from_slice(units),
        }
    }

    /// Appends a JS string.
    pub fn push_js(&mut self, string: &JsString) {
        self.push_view(string.view());
    }

    /// The text as Rust UTF-8 (lossy for lone surrogates).
    pub fn to_rust_string(&self) -> String {
        match &self.wide {
            Some(units) => String::from_utf16_lossy(units),
            None => self.latin1.iter().map(|&byte| byte as char).collect(),
        }
    }

    /// Allocates the string. Throws RangeError "Invalid string length" past the limit.
    pub fn finish(&self, ctx: &mut Context) -> JsResult<Gc<JsString>> {
        if self.len() > super::MAX_STRING_LENGTH {
            return ctx.throw_range_error("Invalid string length");
        }
        Ok(match &self.wide {
            Some(units) => ctx.alloc_string(StrView::Utf16(units)),
            None => ctx.alloc_string(StrView::Latin1(&self.latin1)),
        })
    }
}
