//! CommonJS modules: the program's module table (`kiln_abi::ModuleInfo`, emitted by the
//! compiler) loaded on demand as node's `Module._load` does — a `module` object cached before
//! the module body runs (so cycles see the partial `module.exports`), removed again when the
//! body throws — plus each module's `require` function and the Node core module table.

use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall};
use crate::object::{ops, Attributes, JsObject};
use crate::string;
use crate::value::Value;
use kiln_abi::{ModuleInfo, SpecifierInfo};
use std::ffi::CStr;

fn module_info(ctx: &Context, index: u32) -> Option<&'static ModuleInfo> {
    let program = ctx.program();
    // SAFETY: the compiled program's table has `module_count` entries that live forever.
    unsafe {
        if program.is_null() || (index as u64) >= (*program).module_count || (*program).modules.is_null() {
            return None;
        }
        Some(&*(*program).modules.add(index as usize))
    }
}

fn c_text(pointer: *const u8) -> String {
    if pointer.is_null() {
        return String::new();
    }
    // SAFETY: the compiler emits NUL-terminated UTF-8.
    unsafe { CStr::from_ptr(pointer.cast()).to_string_lossy().into_owned() }
}

fn set(ctx: &mut Context, object: Gc<JsObject>, name: &str, value: Value) -> JsResult<()> {
    let key = ctx.key(name);
    ops::create_data_property_or_throw(ctx, object, key, value).map(|_| ())
}

fn get(ctx: &mut Context, object: Value, name: &str) -> JsResult<Value> {
    let key = ctx.key(name);
    ops::get_value(ctx, object, key)
}

/// node's error for a specifier that resolves to nothing.
fn throw_not_found(ctx: &mut Context, specifier: &str, from: &str) -> JsResult<Value> {
    let message = if from.is_empty() {
        format!("Cannot find module '{specifier}'")
    } else {
        format!("Cannot find module '{specifier}'\nRequire stack:\n- {from}")
    };
    let error = crate::error::new_error(ctx, crate::error::ErrorKind::Error, &message);
    let code = Value::string(string::from_str(ctx, "MODULE_NOT_FOUND"));
    set(ctx, error, "code", code)?;
    ctx.throw_value(Value::object(error))
}

/// `require` of program module `index`.
pub fn require_js(ctx: &mut Context, index: u32) -> JsResult<Value> {
    if super::esm::is_esm(ctx, index) {
        // `require` of an ES module (node 20.19+): evaluate it, return its namespace.
        super::esm::evaluate(ctx, index)?;
        return super::esm::require_namespace(ctx, index);
    }
    let Some(info) = module_info(ctx, index) else {
        return ctx.throw_type_error("kiln: module index out of range");
    };
    if ctx.module_cache.len() <= index as usize {
        ctx.module_cache.resize(index as usize + 1, Value::UNDEFINED);
    }
    let cached = ctx.module_cache[index as usize];
    if cached.is_object() {
        return get(ctx, cached, "exports");
    }
    let filename = c_text(info.filename);
    let dirname = std::path::Path::new(&filename)
        .parent()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let module = ctx.new_object();
    let exports = ctx.new_object();
    let id = if index == 0 { ".".to_string() } else { filename.clone() };
    let id_value = Value::string(string::from_str(ctx, &id));
    set(ctx, module, "id", id_value)?;
    let path_value = Value::string(string::from_str(ctx, &dirname));
    set(ctx, module, "path", path_value)?;
    set(ctx, module, "exports", Value::object(exports))?;
    let filename_value = Value::string(string::from_str(ctx, &filename));
    set(ctx, module, "filename", filename_value)?;
    set(ctx, module, "loaded", Value::FALSE)?;
    let children = crate::object::array::from_values(ctx, &[]);
    set(ctx, module, "children", Value::object(children))?;
    ctx.module_cache[index as usize] = Value::object(module);

    let result = run_module(ctx, info, index, module, exports, filename_value, &dirname);
    if let Err(thrown) = result {
        // node forgets a module whose body threw, so a later require runs it again.
        ctx.module_cache[index as usize] = Value::UNDEFINED;
        return Err(thrown);
    }
    set(ctx, module, "loaded", Value::TRUE)?;
    get(ctx, Value::object(module), "exports")
}

fn run_module(
    ctx: &mut Context,
    info: &ModuleInfo,
    index: u32,
    module: Gc<JsObject>,
    exports: Gc<JsObject>,
    filename: Value,
    dirname: &str,
) -> JsResult<()> {
    if !info.json.is_null() {
        let text = c_text(info.json);
        let text_value = Value::string(string::from_str(ctx, &text));
        let json = get(ctx, Value::object(ctx.realm.global), "JSON")?;
        let parse = get(ctx, json, "parse")?;
        let parsed = function::call(ctx, parse, json, &[text_value])?;
        return set(ctx, module, "exports", parsed);
    }
    let require = new_require_function(ctx, index);
    // SAFETY: the compiler emits a JsFunctionPtr for every non-JSON module.
    let entry: kiln_abi::JsFunctionPtr = unsafe { std::mem::transmute::<*const u8, kiln_abi::JsFunctionPtr>(info.function) };
    let name = string::from_str(ctx, "");
    let closure = function::new_compiled(ctx, entry, std::ptr::null_mut(), Value::string(name), 5, 0, u32::MAX);
    let dirname_value = Value::string(string::from_str(ctx, dirname));
    let args = [Value::object(exports), Value::object(require), Value::object(module), filename, dirname_value];
    function::call(ctx, Value::object(closure), Value::object(exports), &args)?;
    Ok(())
}

/// The `require` function of module `index`: resolves the specifiers the compiler saw.
fn new_require_function(ctx: &mut Context, index: u32) -> Gc<JsObject> {
    let name = string::from_str(ctx, "require");
    let require = function::new_native_with_data(ctx, name, 1, require_native, false, Value::number(index as f64));
    let cache_key = ctx.key("cache");
    let cache = ctx.new_object();
    ops::define_fresh(ctx, require, cache_key, Value::object(cache), Attributes::DEFAULT);
    let resolve_name = string::from_str(ctx, "resolve");
    let resolve = function::new_native_with_data(ctx, resolve_name, 1, resolve_native, false, Value::number(index as f64));
    let resolve_key = ctx.key("resolve");
    ops::define_fresh(ctx, require, resolve_key, Value::object(resolve), Attributes::DEFAULT);
    // `require.main`: the entry module's `module` object.
    let main = ctx.module_cache.first().copied().filter(|m| m.is_object()).unwrap_or(Value::UNDEFINED);
    let main_key = ctx.key("main");
    ops::define_fresh(ctx, require, main_key, main, Attributes::DEFAULT);
    require
}

/// `require.resolve(specifier)`: what the compiler resolved the literal specifier to — a
/// module's path, a core module's name, or (`module` -3) a path recorded for
/// `require.resolve` alone (it follows the text's NUL); node's MODULE_NOT_FOUND otherwise.
fn resolve_native(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let index = call.data().as_number().unwrap_or(0.0) as u32;
    let argument = call.arg(0);
    let Some(text) = argument.as_string() else {
        return super::errors::throw_invalid_arg_type(ctx, "request", "of type string", argument);
    };
    let specifier = text.get().to_rust_string();
    let Some(info) = module_info(ctx, index) else {
        return throw_not_found(ctx, &specifier, "");
    };
    for entry in specifiers(info) {
        if c_text(entry.text) != specifier {
            continue;
        }
        let resolved = match entry.module {
            -1 => specifier.clone(),
            -3 => {
                // SAFETY: the compiler puts the path right after the text's NUL.
                c_text(unsafe { entry.text.add(specifier.len() + 1) })
            }
            module if module >= 0 => match module_info(ctx, module as u32) {
                Some(target) => super::esm::file_url_to_path(&c_text(target.filename)),
                None => break,
            },
            _ => break,
        };
        return Ok(Value::string(string::from_str(ctx, &resolved)));
    }
    let from = c_text(info.filename);
    throw_not_found(ctx, &specifier, &from)
}

fn specifiers(info: &ModuleInfo) -> &'static [SpecifierInfo] {
    if info.specifiers.is_null() || info.specifier_count == 0 {
        return &[];
    }
    // SAFETY: `specifier_count` entries, emitted by the compiler, living forever.
    unsafe { std::slice::from_raw_parts(info.specifiers, info.specifier_count as usize) }
}

fn require_native(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let index = call.data().as_number().unwrap_or(0.0) as u32;
    let argument = call.arg(0);
    let Some(text) = argument.as_string() else {
        let shown = crate::error::describe_value(ctx, argument);
        return ctx.throw_type_error(&format!(
            "The \"id\" argument must be of type string. Received {shown}"
        ));
    };
    let specifier = text.get().to_rust_string();
    let Some(info) = module_info(ctx, index) else {
        return throw_not_found(ctx, &specifier, "");
    };
    for entry in specifiers(info) {
        if c_text(entry.text) == specifier && entry.module != -3 {
            if entry.module == -2 {
                // SAFETY: the compiler puts the message right after the text's NUL.
                let message = c_text(unsafe { entry.text.add(specifier.len() + 1) });
                let error = crate::error::new_error(ctx, crate::error::ErrorKind::Error, &message);
                let code = Value::string(string::from_str(ctx, "ERR_PACKAGE_PATH_NOT_EXPORTED"));
                set(ctx, error, "code", code)?;
                return ctx.throw_value(Value::object(error));
            }
            return if entry.module < 0 {
                let name = specifier.strip_prefix("node:").unwrap_or(&specifier).to_string();
                require_builtin_js(ctx, &name)
            } else {
                require_js(ctx, entry.module as u32)
            };
        }
    }
    let from = c_text(info.filename);
    throw_not_found(ctx, &specifier, &from)
}

/// `require` of a native Node core module (or an `internal:` binding), built once and cached.
pub fn require_builtin_js(ctx: &mut Context, name: &str) -> JsResult<Value> {
    let cache = ctx.realm.core_module_cache;
    let key = ctx.key(name);
    let cached = ops::get_property(ctx, cache, key)?;
    if !cached.is_undefined() {
        return Ok(cached);
    }
    let Some(build) = super::native_module(ctx, name) else {
        let message = format!("kiln does not implement the node core module '{name}' yet");
        let error = crate::error::new_error(ctx, crate::error::ErrorKind::Error, &message);
        let code = Value::string(string::from_str(ctx, "ERR_UNKNOWN_BUILTIN_MODULE"));
        set(ctx, error, "code", code)?;
        return ctx.throw_value(Value::object(error));
    };
    let module = build(ctx)?;
    let key = ctx.key(name);
    ops::define_fresh(ctx, cache, key, module, Attributes::DEFAULT);
    Ok(module)
}

/// The `internal:module` binding behind `node:module`: `createRequire(filename)`.
pub fn binding(ctx: &mut Context) -> JsResult<Value> {
    let binding = ctx.new_object();
    crate::builtins::builder::ObjectBuilder::new(ctx, binding)
        .method("createRequire", 1, create_require);
    Ok(Value::object(binding))
}

/// createRequire(filename): a `require` that finds, at run time, the program modules a
/// specifier names relative to `filename` (the compiler must have put them in the program:
/// some `require` or `import` of the program named them), and node's core modules.
fn create_require(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    // `node:module` checked the argument: a file URL or an absolute path.
    let text = crate::value::conv::to_string(ctx, call.arg(0))?;
    let filename = super::esm::file_url_to_path(&text.get().to_rust_string());
    let name = string::from_str(ctx, "require");
    let data = Value::string(string::from_str(ctx, &filename));
    let require = function::new_native_with_data(ctx, name, 1, created_require, false, data);
    let cache_key = ctx.key("cache");
    let cache = ctx.new_object();
    ops::define_fresh(ctx, require, cache_key, Value::object(cache), Attributes::DEFAULT);
    Ok(Value::object(require))
}

/// The module index whose file is `path` (absolute, or `node:NAME` for a core module compiled
/// from JavaScript).
fn module_with_path(ctx: &Context, path: &str) -> Option<u32> {
    let program = ctx.program();
    if program.is_null() {
        return None;
    }
    // SAFETY: the program table lives forever.
    let count = unsafe { (*program).module_count } as u32;
    (0..count).find(|&index| {
        module_info(ctx, index).is_some_and(|info| super::esm::file_url_to_path(&c_text(info.filename)) == path)
    })
}

/// A created require: core modules by name, files by node's extension and index rules among
/// the program's modules.
fn created_require(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let from = call.data().as_string().map(|s| s.get().to_rust_string()).unwrap_or_default();
    let argument = call.arg(0);
    let Some(text) = argument.as_string() else {
        return super::errors::throw_invalid_arg_type(ctx, "id", "of type string", argument);
    };
    let specifier = text.get().to_rust_string();
    let core_name = specifier.strip_prefix("node:").unwrap_or(&specifier).to_string();
    if let Some(index) = module_with_path(ctx, &format!("node:{core_name}")) {
        return require_js(ctx, index);
    }
    if super::native_module(ctx, &core_name).is_some() && !core_name.starts_with("internal:") {
        return require_builtin_js(ctx, &core_name);
    }
    if specifier.starts_with("./") || specifier.starts_with("../") || specifier.starts_with('/') || specifier == "." || specifier == ".." {
        let directory = std::path::Path::new(&from).parent().map(std::path::Path::to_path_buf).unwrap_or_default();
        let base = normalize(&directory.join(&specifier));
        let candidates = [
            base.clone(),
            format!("{base}.js"),
            format!("{base}.json"),
            format!("{base}.cjs"),
            format!("{base}.mjs"),
            format!("{base}/index.js"),
            format!("{base}/index.json"),
        ];
        for candidate in candidates {
            if let Some(index) = module_with_path(ctx, &candidate) {
                return require_js(ctx, index);
            }
        }
    }
    throw_not_found(ctx, &specifier, &from)
}

/// `path` with `.` and `..` segments resolved (no file system access).
fn normalize(path: &std::path::Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for component in path.components() {
        match component {
            std::path::Component::ParentDir => {
                parts.pop();
            }
            std::path::Component::Normal(part) => parts.push(part.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    format!("/{}", parts.join("/"))
}
