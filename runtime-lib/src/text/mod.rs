//! Pure text algorithms with no dependence on the heap or object model: JS number formatting and
//! parsing, the JS whitespace set, Unicode case mapping, and the layout rules of node's
//! `util.inspect`. Everything here takes and returns plain Rust values (`f64`, `&[u16]`, `&str`,
//! `String`, `Vec<u16>`) so the built-ins can call it.

pub mod case;
pub mod collation;
mod decimal;
pub mod inspect;
pub mod number;
pub mod whitespace;
