//! Node.js host APIs: `console`, `process`, the buffered standard output, and the placeholder
//! `util.inspect` walker that console uses. Spec built-ins (`builtins/`) never import this.

pub mod buffer;
pub mod console;
pub mod crypto;
pub mod encoding;
pub mod errors;
pub mod fs;
pub mod esm;
pub mod inspect;
pub mod inspect_options;
pub mod internal;
pub mod module;
pub mod os;
pub mod output;
pub mod process;
pub mod process_events;
pub mod stdio;
pub mod child_process;
pub mod timers;

use crate::context::Context;
use crate::error::JsResult;
use crate::value::Value;

/// Builds one native core module's exports object.
pub type NativeModuleInit = fn(&mut Context) -> JsResult<Value>;

/// THE table of native core modules and `internal:` bindings; its names are exactly
/// `kiln_abi::NATIVE_CORE_MODULES` (a unit test checks).
const NATIVE_MODULES: &[(&str, NativeModuleInit)] = &[
    ("internal:errors", internal::errors_binding),
    ("internal:util", internal::util_binding),
    ("internal:fs", fs::binding),
    ("internal:os", os::binding),
    ("internal:buffer", buffer::binding),
    ("internal:stdio", stdio::binding),
    ("internal:child_process", child_process::binding),
    ("internal:crypto", crypto::binding),
];

/// The builder of native core module `name`.
pub fn native_module(name: &str) -> Option<NativeModuleInit> {
    NATIVE_MODULES.iter().find(|(n, _)| *n == name).map(|(_, init)| *init)
}

/// Creates the cache of built native modules.
pub fn init(ctx: &mut Context) {
    ctx.realm.core_module_cache = ctx.new_object_with_prototype(None);
}

#[cfg(test)]
mod tests {
    #[test]
    fn native_module_table_matches_the_abi_list() {
        let mut ours: Vec<&str> = super::NATIVE_MODULES.iter().map(|(n, _)| *n).collect();
        let mut listed: Vec<&str> = kiln_abi::NATIVE_CORE_MODULES.to_vec();
        ours.sort_unstable();
        listed.sort_unstable();
        assert_eq!(ours, listed);
    }
}
