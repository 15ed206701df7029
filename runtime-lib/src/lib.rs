//! The kiln runtime, linked into every compiled program as `libkiln_runtime.a`.
//!
//! It owns values, the garbage collector, the object model, the built-ins and the Node core
//! modules. Compiled code reaches it only through the entry points declared in `kiln-abi`.

pub mod text;
