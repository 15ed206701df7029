//! Node core modules written in JavaScript (`runtime-lib/lib/*.js`). The compiler embeds their
//! text and compiles a module into the program, like any other module of the graph, only when
//! the program requires it. They reach the runtime through `require('internal:NAME')`, which
//! only a core module may use (the natives listed in `kiln_abi::NATIVE_CORE_MODULES`).

/// The JavaScript core modules: name (as after `node:`) and source text.
const JS_CORE_MODULES: &[(&str, &str)] = &[
    ("path", include_str!("../../../runtime-lib/lib/path.js")),
    ("path/posix", "'use strict';\nmodule.exports = require('path');\n"),
];

/// How kiln provides core module `name`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CoreModule {
    /// Compiled from this JavaScript source.
    Js(&'static str),
    /// Built by the runtime (`kiln_abi::NATIVE_CORE_MODULES`).
    Native,
    /// Not implemented yet.
    Missing,
}

/// Looks up core module `name` (without `node:`).
pub fn core_module(name: &str) -> CoreModule {
    if let Some((_, source)) = JS_CORE_MODULES.iter().find(|(n, _)| *n == name) {
        return CoreModule::Js(source);
    }
    if kiln_abi::NATIVE_CORE_MODULES.contains(&name) {
        return CoreModule::Native;
    }
    CoreModule::Missing
}

/// The path a JavaScript core module has in stack traces and `module.filename` (`node:path`).
pub fn core_module_path(name: &str) -> String {
    format!("node:{name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_internal_binding_a_module_requires_is_native() {
        for (name, source) in JS_CORE_MODULES {
            for piece in source.split("require('internal:").skip(1) {
                let binding = piece.split('\'').next().unwrap_or_default();
                let full = format!("internal:{binding}");
                assert_eq!(core_module(&full), CoreModule::Native, "{name} requires {full}");
            }
        }
    }
}
