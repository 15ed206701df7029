//! Node.js host APIs: `console`, `process`, the buffered standard output, and the placeholder
//! `util.inspect` walker that console uses. Spec built-ins (`builtins/`) never import this.

pub mod blob;
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
pub mod perf;
pub mod process;
pub mod process_events;
pub mod process_usage;
pub mod stdio;
pub mod child_process;
pub mod timers;
pub mod zlib;
pub mod url;

use crate::context::Context;
use crate::error::JsResult;
use crate::value::Value;

/// Builds one native core module's exports object.
pub type NativeModuleInit = fn(&mut Context) -> JsResult<Value>;

/// Declares THE table of native core modules and `internal:` bindings (its names are exactly
/// `kiln_abi::NATIVE_CORE_MODULES`; a unit test checks) and, for each, the exported static
/// `kiln_abi::program_symbols::NATIVE_MODULE_PREFIX` + name holding its builder. A compiled program
/// lists the statics of the natives it requires (`ProgramInfo::natives`), so the linker keeps
/// only those builders and what they reach.
macro_rules! native_modules {
    ($(($name:literal, $init:path)),* $(,)?) => {
        #[cfg_attr(not(test), allow(dead_code))]
        const NATIVE_MODULES: &[(&str, NativeModuleInit)] = &[$(($name, $init)),*];
        $(
            const _: () = {
                #[unsafe(export_name = concat!("kiln_native:", $name))]
                static BUILDER: NativeModuleInit = $init;
            };
        )*
    };
}

native_modules! {
    ("internal:errors", internal::errors_binding),
    ("internal:util", internal::util_binding),
    ("internal:fs", fs::binding),
    ("internal:os", os::binding),
    ("internal:buffer", buffer::binding),
    ("internal:stdio", stdio::binding),
    ("internal:child_process", child_process::binding),
    ("internal:crypto", crypto::binding),
    ("internal:module", module::binding),
    ("feature:intl", crate::builtins::intl::install),
    ("feature:regexp", crate::builtins::regexp::install),
    ("internal:url", url::binding),
    ("internal:zlib", zlib::binding),
    ("internal:perf", perf::binding),
    ("internal:blob", blob::binding),
}

/// The builder of native core module `name`: `internal:errors` and `internal:util` (which
/// the runtime itself uses) always, any other only when the program lists it.
pub fn native_module(ctx: &Context, name: &str) -> Option<NativeModuleInit> {
    match name {
        "internal:errors" => return Some(internal::errors_binding),
        "internal:util" => return Some(internal::util_binding),
        _ => {}
    }
    let program = ctx.program();
    if program.is_null() {
        // Unit tests run without a compiled program.
        #[cfg(test)]
        return NATIVE_MODULES.iter().find(|(n, _)| *n == name).map(|(_, init)| *init);
        #[cfg(not(test))]
        return None;
    }
    // SAFETY: the compiler's program table lives forever; `natives` has `native_count`
    // entries whose names are NUL-terminated and whose builders point at the statics above.
    unsafe {
        let natives = (*program).natives;
        for index in 0..(*program).native_count as usize {
            let entry = &*natives.add(index);
            if std::ffi::CStr::from_ptr(entry.name.cast()).to_bytes() == name.as_bytes() {
                return Some(*entry.builder.cast::<NativeModuleInit>());
            }
        }
    }
    None
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
