//! Node.js host APIs: `console`, `process`, the buffered standard output, and the placeholder
//! `util.inspect` walker that console uses. Spec built-ins (`builtins/`) never import this.

pub mod console;
pub mod errors;
pub mod inspect;
pub mod module;
pub mod output;
pub mod process;
pub mod process_events;
pub mod timers;
