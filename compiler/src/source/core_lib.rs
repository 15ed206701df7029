//! Node core modules written in JavaScript (`runtime-lib/lib/*.js`). The compiler embeds their
//! text and compiles a module into the program, like any other module of the graph, only when
//! the program requires it. They reach the runtime through `require('internal:NAME')`, which
//! only a core module may use (the natives listed in `kiln_abi::NATIVE_CORE_MODULES`).

/// The JavaScript core modules: name (as after `node:`) and source text.
const JS_CORE_MODULES: &[(&str, &str)] = &[
    ("path", include_str!("../../../runtime-lib/lib/path.js")),
    ("path/posix", "'use strict';\nmodule.exports = require('path');\n"),
    ("path/win32", "'use strict';\nmodule.exports = require('path').win32;\n"),
    ("internal/path_win32", include_str!("../../../runtime-lib/lib/internal/path_win32.js")),
    ("events", include_str!("../../../runtime-lib/lib/events.js")),
    ("internal/validators", include_str!("../../../runtime-lib/lib/internal/validators.js")),
    ("internal/warning", include_str!("../../../runtime-lib/lib/internal/warning.js")),
    ("internal/comparisons", include_str!("../../../runtime-lib/lib/internal/comparisons.js")),
    ("internal/parse_args", include_str!("../../../runtime-lib/lib/internal/parse_args.js")),
    ("util", include_str!("../../../runtime-lib/lib/util.js")),
    ("util/types", include_str!("../../../runtime-lib/lib/util/types.js")),
    ("internal/assertion_error", include_str!("../../../runtime-lib/lib/internal/assertion_error.js")),
    ("assert", include_str!("../../../runtime-lib/lib/assert.js")),
    ("assert/strict", "'use strict';\nmodule.exports = require('assert').strict;\n"),
    ("fs", include_str!("../../../runtime-lib/lib/fs.js")),
    ("fs/promises", "'use strict';\nmodule.exports = require('internal/fs/promises');\n"),
    ("internal/fs/utils", include_str!("../../../runtime-lib/lib/internal/fs/utils.js")),
    ("internal/fs/walk", include_str!("../../../runtime-lib/lib/internal/fs/walk.js")),
    ("internal/fs/promises", include_str!("../../../runtime-lib/lib/internal/fs/promises.js")),
    ("internal/fs/streams", include_str!("../../../runtime-lib/lib/internal/fs/streams.js")),
    ("internal/system_error", include_str!("../../../runtime-lib/lib/internal/system_error.js")),
    ("os", include_str!("../../../runtime-lib/lib/os.js")),
    ("buffer", include_str!("../../../runtime-lib/lib/buffer.js")),
    ("internal/dom_exception", include_str!("../../../runtime-lib/lib/internal/dom_exception.js")),
    ("internal/normalize_encoding", include_str!("../../../runtime-lib/lib/internal/normalize_encoding.js")),
    ("string_decoder", include_str!("../../../runtime-lib/lib/string_decoder.js")),
    ("internal/process/stdio", include_str!("../../../runtime-lib/lib/internal/process/stdio.js")),
    ("internal/fd_streams", include_str!("../../../runtime-lib/lib/internal/fd_streams.js")),
    ("internal/timers_promisify", include_str!("../../../runtime-lib/lib/internal/timers_promisify.js")),
    ("child_process", include_str!("../../../runtime-lib/lib/child_process.js")),
    ("internal/child_process", include_str!("../../../runtime-lib/lib/internal/child_process.js")),
    ("readline", include_str!("../../../runtime-lib/lib/readline.js")),
    ("readline/promises", "'use strict';\nmodule.exports = require('internal/readline/promises');\n"),
    ("internal/readline/interface", include_str!("../../../runtime-lib/lib/internal/readline/interface.js")),
    ("internal/readline/callbacks", include_str!("../../../runtime-lib/lib/internal/readline/callbacks.js")),
    ("internal/readline/promises", include_str!("../../../runtime-lib/lib/internal/readline/promises.js")),
    ("stream", include_str!("../../../runtime-lib/lib/stream.js")),
    ("stream/promises", "'use strict';\nmodule.exports = require('internal/streams/promises');\n"),
    ("internal/streams/errors", include_str!("../../../runtime-lib/lib/internal/streams/errors.js")),
    ("internal/streams/utils", include_str!("../../../runtime-lib/lib/internal/streams/utils.js")),
    ("internal/streams/state", include_str!("../../../runtime-lib/lib/internal/streams/state.js")),
    ("internal/streams/buffer_list", include_str!("../../../runtime-lib/lib/internal/streams/buffer_list.js")),
    ("internal/streams/destroy", include_str!("../../../runtime-lib/lib/internal/streams/destroy.js")),
    ("internal/streams/legacy", include_str!("../../../runtime-lib/lib/internal/streams/legacy.js")),
    ("internal/streams/end_of_stream", include_str!("../../../runtime-lib/lib/internal/streams/end_of_stream.js")),
    ("internal/streams/readable", include_str!("../../../runtime-lib/lib/internal/streams/readable.js")),
    ("internal/streams/writable", include_str!("../../../runtime-lib/lib/internal/streams/writable.js")),
    ("internal/streams/duplex", include_str!("../../../runtime-lib/lib/internal/streams/duplex.js")),
    ("internal/streams/transform", include_str!("../../../runtime-lib/lib/internal/streams/transform.js")),
    ("internal/streams/passthrough", include_str!("../../../runtime-lib/lib/internal/streams/passthrough.js")),
    ("internal/streams/from", include_str!("../../../runtime-lib/lib/internal/streams/from.js")),
    ("internal/streams/add_abort_signal", include_str!("../../../runtime-lib/lib/internal/streams/add_abort_signal.js")),
    ("internal/streams/operators", include_str!("../../../runtime-lib/lib/internal/streams/operators.js")),
    ("internal/streams/pipeline", include_str!("../../../runtime-lib/lib/internal/streams/pipeline.js")),
    ("internal/streams/duplexify", include_str!("../../../runtime-lib/lib/internal/streams/duplexify.js")),
    ("internal/streams/promises", include_str!("../../../runtime-lib/lib/internal/streams/promises.js")),
    ("internal/encoding", include_str!("../../../runtime-lib/lib/internal/encoding.js")),
    ("crypto", include_str!("../../../runtime-lib/lib/crypto.js")),
    ("tty", include_str!("../../../runtime-lib/lib/tty.js")),
    ("module", include_str!("../../../runtime-lib/lib/module.js")),
    ("process", "'use strict';\nmodule.exports = process;\n"),
    ("url", include_str!("../../../runtime-lib/lib/url.js")),
    ("internal/url", include_str!("../../../runtime-lib/lib/internal/url.js")),
    ("internal/url_parser", include_str!("../../../runtime-lib/lib/internal/url_parser.js")),
    ("querystring", include_str!("../../../runtime-lib/lib/querystring.js")),
    ("internal/event_target", include_str!("../../../runtime-lib/lib/internal/event_target.js")),
    ("internal/abort_controller", include_str!("../../../runtime-lib/lib/internal/abort_controller.js")),
    ("internal/structured_clone", include_str!("../../../runtime-lib/lib/internal/structured_clone.js")),
    ("zlib", include_str!("../../../runtime-lib/lib/zlib.js")),
    ("timers", include_str!("../../../runtime-lib/lib/timers.js")),
    ("timers/promises", include_str!("../../../runtime-lib/lib/timers/promises.js")),
    ("internal/process/warning", include_str!("../../../runtime-lib/lib/internal/process/warning.js")),
    ("perf_hooks", include_str!("../../../runtime-lib/lib/perf_hooks.js")),
    ("internal/blob", include_str!("../../../runtime-lib/lib/internal/blob.js")),
    ("internal/blob_url_store", include_str!("../../../runtime-lib/lib/internal/blob_url_store.js")),
    ("vm", include_str!("../../../runtime-lib/lib/vm.js")),
    ("diagnostics_channel", include_str!("../../../runtime-lib/lib/diagnostics_channel.js")),
    ("internal/console", include_str!("../../../runtime-lib/lib/internal/console.js")),
    ("console", "'use strict';\nmodule.exports = require('internal/console');\n"),
];

/// Globals that a JavaScript core module installs when it runs: the global's name and the
/// module. A program that names one of them (anywhere, as an identifier) gets the module run
/// before its entry, so the global exists as in node; others do not pay for it.
pub const JS_GLOBALS: &[(&str, &str)] = &[
    ("Buffer", "buffer"),
    ("atob", "buffer"),
    ("btoa", "buffer"),
    ("DOMException", "internal/dom_exception"),
    ("TextEncoder", "internal/encoding"),
    ("TextDecoder", "internal/encoding"),
    ("crypto", "crypto"),
    ("URL", "internal/url"),
    ("URLSearchParams", "internal/url"),
    ("Event", "internal/event_target"),
    ("CustomEvent", "internal/event_target"),
    ("EventTarget", "internal/event_target"),
    ("AbortController", "internal/abort_controller"),
    ("AbortSignal", "internal/abort_controller"),
    ("structuredClone", "internal/structured_clone"),
    ("performance", "perf_hooks"),
    ("Blob", "internal/blob"),
    ("File", "internal/blob"),
];

/// Properties of `process` that a JavaScript core module installs (as getters that build the
/// object on first use): the property's name and the module. A program that names one of
/// them (`process.stdout`, or any `.stdout` or `stdout` identifier, since the receiver is not
/// known at build time) gets the module run before its entry; others keep the plain native
/// `process.stdout.write`.
pub const JS_PROCESS_PROPERTIES: &[(&str, &str)] = &[
    ("stdin", "internal/process/stdio"),
    ("stdout", "internal/process/stdio"),
    ("stderr", "internal/process/stdio"),
    ("emitWarning", "internal/process/warning"),
];

/// Methods of `console` that a JavaScript core module adds (the runtime's own console has only
/// log/info/debug/error/warn). A program that names one of them as a property (`console.table`,
/// or any `.table`, since the receiver is not known at build time) gets the module run before
/// its entry; `Console` counts as an identifier too (`const { Console } = console`).
pub const JS_CONSOLE_PROPERTIES: &[(&str, &str)] = &[
    ("table", "internal/console"),
    ("group", "internal/console"),
    ("groupCollapsed", "internal/console"),
    ("groupEnd", "internal/console"),
    ("time", "internal/console"),
    ("timeEnd", "internal/console"),
    ("timeLog", "internal/console"),
    ("count", "internal/console"),
    ("countReset", "internal/console"),
    ("assert", "internal/console"),
    ("dir", "internal/console"),
    ("dirxml", "internal/console"),
    ("trace", "internal/console"),
    ("clear", "internal/console"),
    ("Console", "internal/console"),
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
    fn every_global_installer_is_a_javascript_module() {
        for (global, module) in JS_GLOBALS {
            assert!(matches!(core_module(module), CoreModule::Js(_)), "{global} comes from {module}");
        }
    }

    #[test]
    fn every_process_property_installer_is_a_javascript_module() {
        for (property, module) in JS_PROCESS_PROPERTIES.iter().chain(JS_CONSOLE_PROPERTIES) {
            assert!(matches!(core_module(module), CoreModule::Js(_)), "process.{property} comes from {module}");
        }
    }

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
