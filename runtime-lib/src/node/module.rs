//! CommonJS modules: the program's module table (`kiln_abi::ModuleInfo`, emitted by the
//! compiler) loaded on demand as node's `Module._load` does — a `module` object cached before
//! the module body runs (so cycles see the partial `module.exports`), removed again when the
//! body throws — plus each module's `require` function and the Node core module table.

use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall};
use crate::object::{ops, Attributes, JsObject, PropertyKey};
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
    let filename = c_text(info.filename);
    // A program file's module lives in `require.cache` under its filename, which the program may
    // change: a deleted entry loads the module again, a replaced one is what require returns.
    // Core modules compiled from JavaScript are not listed there, as in node.
    let listed = !filename.starts_with("node:");
    if listed {
        let cache = shared_object(ctx, "require.cache");
        let cached = get(ctx, Value::object(cache), &filename)?;
        if cached.is_object() {
            return get(ctx, cached, "exports");
        }
    } else {
        let cached = ctx.module_cache[index as usize];
        if cached.is_object() {
            return get(ctx, cached, "exports");
        }
    }
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
    if listed {
        let paths = node_modules_paths(ctx, &dirname);
        set(ctx, module, "paths", paths)?;
        let cache = shared_object(ctx, "require.cache");
        set(ctx, cache, &filename, Value::object(module))?;
    }
    ctx.module_cache[index as usize] = Value::object(module);

    let result = run_module(ctx, info, index, module, exports, filename_value, &dirname);
    if let Err(thrown) = result {
        // node forgets a module whose body threw, so a later require runs it again.
        ctx.module_cache[index as usize] = Value::UNDEFINED;
        if listed {
            let cache = shared_object(ctx, "require.cache");
            let key = ctx.key(&filename);
            // An ordinary object: deleting runs no JavaScript and cannot throw.
            let _ = ops::delete(ctx, cache, key);
        }
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
    // `module.require(id)`: node's Module.prototype.require, a plain function (no `cache`,
    // `resolve`, ...), requiring from this module.
    let name = string::from_str(ctx, "require");
    let module_require = function::new_native_with_data(ctx, name, 1, require_native, false, Value::number(index as f64));
    set(ctx, module, "require", Value::object(module_require))?;
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
    let cache = shared_object(ctx, "require.cache");
    ops::define_fresh(ctx, require, cache_key, Value::object(cache), Attributes::DEFAULT);
    let extensions_key = ctx.key("extensions");
    let extensions = require_extensions(ctx);
    ops::define_fresh(ctx, require, extensions_key, Value::object(extensions), Attributes::DEFAULT);
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

/// `require` of program module `child` by module `parent`: the child's exports, with the
/// child's `module` added to the parent's `module.children` if it is not there yet (as node's
/// loader does for every require, cached or not).
pub fn require_child(ctx: &mut Context, parent: u32, child: u32) -> JsResult<Value> {
    let exports = require_js(ctx, child)?;
    let parent_module = ctx.module_cache.get(parent as usize).copied().unwrap_or(Value::UNDEFINED);
    let filename = module_info(ctx, child).map(|info| c_text(info.filename)).unwrap_or_default();
    if filename.starts_with("node:") || super::esm::is_esm(ctx, child) {
        return Ok(exports);
    }
    // The child is what `require.cache` holds for it (the program may have replaced it).
    let cache = shared_object(ctx, "require.cache");
    let child_module = get(ctx, Value::object(cache), &filename)?;
    if parent_module.is_object() && child_module.is_object() {
        let children = get(ctx, parent_module, "children")?;
        if let Some(list) = children.as_object() {
            let length_key = ctx.key("length");
            let length = ops::get_property(ctx, list, length_key)?.as_number().unwrap_or(0.0) as u32;
            let mut present = false;
            for i in 0..length {
                if ops::get_property(ctx, list, PropertyKey::Index(i))? == child_module {
                    present = true;
                    break;
                }
            }
            if !present {
                ops::set_or_throw(ctx, list, PropertyKey::Index(length), child_module)?;
            }
        }
    }
    Ok(exports)
}

/// An object shared by every module of the program (`require.cache`, `require.extensions`),
/// made on first use and kept in the realm's core-module cache under a key no module name has.
fn shared_object(ctx: &mut Context, name: &str) -> Gc<JsObject> {
    let holder = ctx.realm.core_module_cache;
    let key = ctx.key(&format!("#{name}"));
    if let Ok(found) = ops::get_property(ctx, holder, key) {
        if let Some(object) = found.as_object() {
            return object;
        }
    }
    let object = ctx.new_object_with_prototype(None);
    ops::define_fresh(ctx, holder, key, Value::object(object), Attributes::DEFAULT);
    object
}

/// `require.extensions` (deprecated in node, still read by some packages): the `.js`, `.json`
/// and `.node` loaders. kiln loads every module at build time, so they only exist to be seen;
/// calling one throws.
fn require_extensions(ctx: &mut Context) -> Gc<JsObject> {
    let extensions = shared_object(ctx, "require.extensions");
    let key = ctx.key(".js");
    if ops::get_own_property(ctx, extensions, key).ok().flatten().is_some() {
        return extensions;
    }
    for extension in [".js", ".json", ".node"] {
        let name = string::from_str(ctx, "");
        let loader = function::new_native_with_data(ctx, name, 2, extension_loader, false, Value::UNDEFINED);
        let key = ctx.key(extension);
        ops::define_fresh(ctx, extensions, key, Value::object(loader), Attributes::DEFAULT);
    }
    extensions
}

/// A `require.extensions` loader: kiln compiled the program's modules at build time.
fn extension_loader(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    ctx.throw_error(crate::error::ErrorKind::Error, "kiln: require.extensions loaders cannot load files at run time (kiln compiles every module at build time)")
}

/// `module.paths`: the `node_modules` directories node would search from `directory`.
fn node_modules_paths(ctx: &mut Context, directory: &str) -> Value {
    let mut paths = Vec::new();
    let mut current = Some(std::path::Path::new(directory));
    while let Some(dir) = current {
        if dir.file_name().is_some_and(|name| name != "node_modules") || dir.parent().is_none() {
            let joined = if dir.parent().is_none() { "/node_modules".to_string() } else { format!("{}/node_modules", dir.display()) };
            paths.push(joined);
        }
        current = dir.parent();
    }
    let list = ctx.new_list();
    for path in &paths {
        let text = Value::string(string::from_str(ctx, path));
        list.get_mut().push(text);
    }
    let values: Vec<Value> = (0..list.get().len()).map(|i| list.get().get(i)).collect();
    // The strings are held by `list` while the array is made.
    Value::object(crate::object::array::from_values(ctx, &values))
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
    // A specifier computed at run time: a program module by node's file rules.
    let path = super::esm::file_url_to_path(&from);
    if let Some(found) = program_module_for(ctx, &path, &specifier) {
        if let Some(target) = module_info(ctx, found) {
            let resolved = super::esm::file_url_to_path(&c_text(target.filename));
            return Ok(Value::string(string::from_str(ctx, &resolved)));
        }
    }
    throw_not_found(ctx, &specifier, &from)
}

/// `require` of the core module `specifier` names, when the program has it (compiled from
/// JavaScript or native); None for any other specifier.
fn core_module_for(ctx: &mut Context, specifier: &str) -> Option<JsResult<Value>> {
    let core_name = specifier.strip_prefix("node:").unwrap_or(specifier);
    if core_name.starts_with("internal:") || core_name.starts_with('.') || core_name.starts_with('/') {
        return None;
    }
    if let Some(index) = module_with_path(ctx, &format!("node:{core_name}")) {
        return Some(require_js(ctx, index));
    }
    if super::native_module(ctx, core_name).is_some() {
        return Some(require_builtin_js(ctx, core_name));
    }
    if kiln_abi::NODE_CORE_MODULES.contains(&core_name) {
        return Some(throw_core_not_compiled(ctx, core_name));
    }
    None
}

/// The error for a node core module the program names only with a specifier computed at run
/// time (kiln builds in only the core modules a program names).
fn throw_core_not_compiled(ctx: &mut Context, name: &str) -> JsResult<Value> {
    let message = format!(
        "kiln: the node core module '{name}' is not part of this program: kiln builds in the core modules a \
         program names with a literal (require('{name}') or import '{name}'), and this specifier was computed at run time"
    );
    let error = crate::error::new_error(ctx, crate::error::ErrorKind::Error, &message);
    let code = Value::string(string::from_str(ctx, "MODULE_NOT_FOUND"));
    set(ctx, error, "code", code)?;
    ctx.throw_value(Value::object(error))
}

/// The line kiln adds to "Cannot find module" when the file exists on disk but a `what`
/// (`a require()`, `an import()`) of a computed specifier could not reach it.
fn not_compiled_note(what: &str) -> String {
    format!(
        "kiln: the file exists but is not part of this program: kiln compiles modules at build time, and \
         {what} whose specifier is computed at run time finds only modules the program names with a literal \
         (or a literal prefix such as './dir/' + name)"
    )
}

/// The suffixes node's `require` tries after a relative specifier's path.
const FILE_FORMS: [&str; 7] = ["", ".js", ".json", ".cjs", ".mjs", "/index.js", "/index.json"];

/// The absolute path a relative specifier names from the module file `from`, if relative.
fn relative_base(from: &str, specifier: &str) -> Option<String> {
    let relative = specifier.starts_with("./") || specifier.starts_with("../") || specifier == "." || specifier == "..";
    if !relative && !specifier.starts_with('/') {
        return None;
    }
    let directory = std::path::Path::new(from).parent().map(std::path::Path::to_path_buf).unwrap_or_default();
    Some(normalize(&directory.join(specifier)))
}

/// The program module a path specifier names from the module file `from`, by node's extension
/// and index rules.
fn program_module_for(ctx: &Context, from: &str, specifier: &str) -> Option<u32> {
    let base = relative_base(from, specifier)?;
    FILE_FORMS.iter().find_map(|form| module_with_path(ctx, &format!("{base}{form}")))
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
        return super::errors::throw_invalid_arg_type(ctx, "id", "of type string", argument);
    };
    let specifier = text.get().to_rust_string();
    let Some(info) = module_info(ctx, index) else {
        return throw_not_found(ctx, &specifier, "");
    };
    for entry in specifiers(info) {
        if c_text(entry.text) == specifier && entry.module != -3 {
            if entry.module == -2 {
                // SAFETY: the compiler puts "CODE\nmessage" right after the text's NUL.
                let text = c_text(unsafe { entry.text.add(specifier.len() + 1) });
                let (code, message) = text.split_once('\n').unwrap_or(("ERR_PACKAGE_PATH_NOT_EXPORTED", &text));
                // node throws ERR_PACKAGE_IMPORT_NOT_DEFINED as a TypeError.
                let kind = if code == "ERR_PACKAGE_IMPORT_NOT_DEFINED" { crate::error::ErrorKind::TypeError } else { crate::error::ErrorKind::Error };
                let error = crate::error::new_error(ctx, kind, message);
                let code = Value::string(string::from_str(ctx, code));
                set(ctx, error, "code", code)?;
                return ctx.throw_value(Value::object(error));
            }
            return if entry.module < 0 {
                let name = specifier.strip_prefix("node:").unwrap_or(&specifier).to_string();
                require_builtin_js(ctx, &name)
            } else {
                require_child(ctx, index, entry.module as u32)
            };
        }
    }
    let from = c_text(info.filename);
    // A specifier computed at run time: a core module the program has, or any program module
    // it names by node's file rules.
    if let Some(found) = core_module_for(ctx, &specifier) {
        return found;
    }
    let path = super::esm::file_url_to_path(&from);
    if let Some(found) = program_module_for(ctx, &path, &specifier) {
        return require_child(ctx, index, found);
    }
    if let Some(base) = relative_base(&path, &specifier) {
        if FILE_FORMS.iter().any(|form| std::path::Path::new(&format!("{base}{form}")).is_file()) {
            let message = format!("Cannot find module '{specifier}'\nRequire stack:\n- {from}\n{}", not_compiled_note("a require()"));
            let error = crate::error::new_error(ctx, crate::error::ErrorKind::Error, &message);
            let code = Value::string(string::from_str(ctx, "MODULE_NOT_FOUND"));
            set(ctx, error, "code", code)?;
            return ctx.throw_value(Value::object(error));
        }
    }
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
    if let Some(found) = core_module_for(ctx, &specifier) {
        return found;
    }
    if let Some(index) = program_module_for(ctx, &from, &specifier) {
        return require_js(ctx, index);
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

/// `import()` of a specifier computed at run time by program module `index`: a promise of the
/// namespace of what it names — an entry of the module's specifier table (the compiler put
/// there what it could prove), a core module the program has, or a program module by its
/// exact path — rejected with node's ERR_MODULE_NOT_FOUND otherwise.
pub fn dynamic_import_computed(ctx: &mut Context, index: u32, specifier: Value, options: Value) -> JsResult<Value> {
    let text = match crate::value::conv::to_string(ctx, specifier) {
        Ok(text) => text.get().to_rust_string(),
        Err(_) => return rejected(ctx),
    };
    let attributes = match import_attributes(ctx, options) {
        Ok(attributes) => attributes,
        Err(_) => return rejected(ctx),
    };
    let from = module_info(ctx, index).map(|info| c_text(info.filename)).unwrap_or_default();
    let path = super::esm::file_url_to_path(&from);
    let base = relative_base(&path, &text);
    // What the specifier names: a program module, or a core module by name.
    let mut target: Option<Result<u32, String>> = None;
    let entries = module_info(ctx, index).map(specifiers).unwrap_or(&[]);
    if let Some(entry) = entries.iter().find(|entry| c_text(entry.text) == text && entry.module != -3 && entry.module != -2) {
        target = Some(if entry.module >= 0 { Ok(entry.module as u32) } else { Err(text.strip_prefix("node:").unwrap_or(&text).to_string()) });
    }
    let core_name = text.strip_prefix("node:").unwrap_or(&text).to_string();
    if target.is_none() && !core_name.starts_with("internal:") {
        if let Some(found) = module_with_path(ctx, &format!("node:{core_name}")) {
            target = Some(Ok(found));
        } else if super::native_module(ctx, &core_name).is_some() {
            target = Some(Err(core_name.clone()));
        } else if kiln_abi::NODE_CORE_MODULES.contains(&core_name.as_str()) {
            let _ = throw_core_not_compiled(ctx, &core_name);
            return rejected(ctx);
        }
    }
    if target.is_none() {
        target = base.as_deref().and_then(|base| module_with_path(ctx, base)).map(Ok);
    }
    if let Some(target) = target {
        let (json, url) = match &target {
            Ok(module) => {
                let info = module_info(ctx, *module);
                let name = info.map(|info| c_text(info.filename)).unwrap_or_default();
                let url = if name.starts_with("node:") || name.starts_with("file://") { name.clone() } else { kiln_abi::file_url(&name) };
                (info.is_some_and(|info| !info.json.is_null()), url)
            }
            Err(name) => (false, format!("node:{name}")),
        };
        if let Err((code, message)) = kiln_abi::check_import_attributes(&attributes, json, &url) {
            let error = crate::error::new_error(ctx, crate::error::ErrorKind::TypeError, &message);
            let code = Value::string(string::from_str(ctx, code));
            set(ctx, error, "code", code)?;
            let promise = crate::builtins::promise::new_promise(ctx);
            crate::builtins::promise::reject_promise(ctx, promise, Value::object(error));
            return Ok(Value::object(promise));
        }
        return match target {
            Ok(module) => super::esm::dynamic_import(ctx, module),
            Err(name) => super::esm::dynamic_import_builtin(ctx, &name),
        };
    }
    let mut message = match &base {
        Some(base) => format!("Cannot find module '{base}' imported from {path}"),
        None => {
            let package = text.split('/').take(if text.starts_with('@') { 2 } else { 1 }).collect::<Vec<_>>().join("/");
            format!("Cannot find package '{package}' imported from {path}")
        }
    };
    if base.as_deref().is_some_and(|base| std::path::Path::new(base).is_file()) {
        message.push('\n');
        message.push_str(&not_compiled_note("an import()"));
    }
    let error = crate::error::new_error(ctx, crate::error::ErrorKind::Error, &message);
    let code = Value::string(string::from_str(ctx, "ERR_MODULE_NOT_FOUND"));
    set(ctx, error, "code", code)?;
    let promise = crate::builtins::promise::new_promise(ctx);
    crate::builtins::promise::reject_promise(ctx, promise, Value::object(error));
    Ok(Value::object(promise))
}

/// The import attributes of `import(specifier, options)` as V8 reads them: `options.with`
/// (else `options.assert`), its own enumerable string-valued properties, keeping only `type`
/// (the one attribute node supports). Throws V8's TypeErrors for the wrong types.
fn import_attributes(ctx: &mut Context, options: Value) -> JsResult<Vec<(String, String)>> {
    if options.is_undefined() {
        return Ok(Vec::new());
    }
    let Some(options) = options.as_object() else {
        return ctx.throw_type_error("The second argument to import() must be an object");
    };
    let mut attributes = get(ctx, Value::object(options), "with")?;
    if attributes.is_undefined() {
        attributes = get(ctx, Value::object(options), "assert")?;
    }
    if attributes.is_undefined() {
        return Ok(Vec::new());
    }
    let Some(object) = attributes.as_object() else {
        return ctx.throw_type_error("The 'assert' option must be an object");
    };
    let mut out = Vec::new();
    for key in ops::own_property_keys(ctx, object) {
        if matches!(key, PropertyKey::Symbol(_)) {
            continue;
        }
        let Some(property) = ops::get_own_property(ctx, object, key)? else { continue };
        if !property.attributes().enumerable() {
            continue;
        }
        let value = ops::get_property(ctx, object, key)?;
        let Some(value) = value.as_string() else {
            return ctx.throw_type_error("Import assertion value must be a string");
        };
        let name = key.display();
        if name == "type" {
            out.push((name, value.get().to_rust_string()));
        }
    }
    Ok(out)
}

/// A promise rejected with the pending exception.
fn rejected(ctx: &mut Context) -> JsResult<Value> {
    let error = ctx.take_exception();
    let promise = crate::builtins::promise::new_promise(ctx);
    crate::builtins::promise::reject_promise(ctx, promise, error);
    Ok(Value::object(promise))
}
