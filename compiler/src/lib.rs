//! kiln: an ahead-of-time compiler from Node.js programs to native executables.
//!
//! The pipeline: `parse` (swc) → `resolve` (scopes, captures, early errors) → `lower` (kiln IR)
//! → `codegen` (Cranelift, an object file) → `link` (`cc` with the runtime library). The
//! compiler never links runtime code; both sides share only the `kiln-abi` crate.

pub mod codegen;
pub mod diagnostics;
pub mod driver;
pub mod ir;
pub mod link;
pub mod lower;
pub mod parse;
pub mod resolve;
pub mod source;
