//! The kiln runtime, linked into every compiled program as `libkiln_runtime.a`.
//!
//! It owns values, the garbage collector, the object model, the built-ins and the Node core
//! modules. Compiled code reaches it only through the entry points declared in `kiln-abi` and
//! defined in `abi.rs`.
//!
//! Map (one concept per module):
//! - `value/` — the NaN-boxed [`value::Value`], conversions (`conv`), operators (`ops`),
//!   number text (`number`).
//! - `gc/` — the mark-sweep collector: pages and allocation (`heap`), tracing (`trace`),
//!   roots and the conservative stack scan (`roots`), one collection (`collect`).
//! - `string/` — [`string::JsString`], atoms, the string builder.
//! - `symbol` — symbols and the well-known symbols.
//! - `object/` — objects, shapes, properties, arrays, functions, the internal methods.
//! - `env` — closure environments with the ABI's fixed layout.
//! - `context` — [`context::Context`], the `ctx` compiled code passes around.
//! - `error`, `stack_trace` — exceptions, node's error messages, `Error.stack`.
//! - `iteration` — for-of and for-in; `class` — classes and `super`; `template` —
//!   tagged-template objects.
//! - `realm` — intrinsics and THE list of built-ins; `builtins/` — one module per global.
//! - `node/` — console, process (and its events), timers, node errors, output, the inspect
//!   walker.
//! - `event_loop/` — nextTick and microtask queues, timers and immediates, I/O (tokio),
//!   unhandled rejections, uncaught exceptions, the run of a program after its entry module.
//! - `text/` — pure text algorithms (number formatting/parsing, inspect layout).
//! - `abi` — the `#[no_mangle]` entry points; `entry` — the program's `main`.
//!
//! Invariants: everything hangs off `Context` (no global mutable state); a function that may
//! allocate takes `&mut Context`; one whose name ends in `_js` may run user JS.

pub mod abi;
pub mod arguments;
pub mod async_iteration;
pub mod bigint;
pub mod builtins;
pub mod class;
pub mod context;
#[cfg(not(test))]
pub mod entry;
pub mod env;
pub mod error;
pub mod event_loop;
pub mod gc;
pub mod generator;
pub mod iteration;
pub mod node;
pub mod object;
pub mod realm;
pub mod scope;
pub mod stack_trace;
pub mod string;
pub mod symbol;
pub mod template;
pub mod text;
pub mod util;
pub mod value;
