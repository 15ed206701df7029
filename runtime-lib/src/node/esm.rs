//! ES modules. The compiler links the module graph at build time: every top-level binding of
//! an ES module lives in a static slot (`ProgramInfo::statics`), and an import reads the
//! exporter's slot directly. What is left for run time is the order of things (ECMA-262
//! §16.2.1.5): before any module body runs, every module of the graph is instantiated (its
//! `esm_init` creates hoisted functions and puts lexical bindings in their temporal dead zone),
//! then bodies run depth-first, dependencies first, each once. Also here: namespace objects
//! (`import * as ns`, `import()`), `import.meta`, and `require()` of an ES module.

use crate::builtins::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall};
use crate::object::property::PropertyDescriptor;
use crate::object::{ops, Attributes, JsObject, ObjectKind, PropertyKey};
use crate::string;
use crate::value::Value;
use kiln_abi::{export_kind, ExportInfo, ModuleInfo};
use std::ffi::CStr;

/// Where an ES module is in its life.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Default)]
pub enum EsmState {
    /// Nothing has run.
    #[default]
    New,
    /// Its `esm_init` ran.
    Linked,
    /// Its body (or a dependency's) is running.
    Evaluating,
    /// Its body finished.
    Evaluated,
    /// Its body threw; the error is thrown again by later imports.
    Failed,
}

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

/// Whether module `index` is an ES module.
pub fn is_esm(ctx: &Context, index: u32) -> bool {
    module_info(ctx, index).is_some_and(|info| !info.esm_init.is_null())
}

fn c_text(pointer: *const u8) -> String {
    if pointer.is_null() {
        return String::new();
    }
    // SAFETY: the compiler emits NUL-terminated UTF-8.
    unsafe { CStr::from_ptr(pointer.cast()).to_string_lossy().into_owned() }
}

fn dependencies(info: &ModuleInfo) -> &'static [u32] {
    if info.dependencies.is_null() || info.dependency_count == 0 {
        return &[];
    }
    // SAFETY: the compiler emits `dependency_count` indices.
    unsafe { std::slice::from_raw_parts(info.dependencies, info.dependency_count as usize) }
}

fn exports(info: &ModuleInfo) -> &'static [ExportInfo] {
    if info.exports.is_null() || info.export_count == 0 {
        return &[];
    }
    // SAFETY: the compiler emits `export_count` entries.
    unsafe { std::slice::from_raw_parts(info.exports, info.export_count as usize) }
}

fn state(ctx: &Context, index: u32) -> EsmState {
    ctx.esm_states.get(index as usize).copied().unwrap_or_default()
}

fn set_state(ctx: &mut Context, index: u32, state: EsmState) {
    if ctx.esm_states.len() <= index as usize {
        ctx.esm_states.resize(index as usize + 1, EsmState::New);
    }
    ctx.esm_states[index as usize] = state;
}

fn call_compiled(ctx: &mut Context, code: *const u8) -> JsResult<Value> {
    // SAFETY: the compiler emits a JsFunctionPtr for `esm_init` and the module body.
    let entry: kiln_abi::JsFunctionPtr = unsafe { std::mem::transmute::<*const u8, kiln_abi::JsFunctionPtr>(code) };
    let name = string::from_str(ctx, "");
    let closure = function::new_compiled(ctx, entry, std::ptr::null_mut(), Value::string(name), 0, 0, u32::MAX);
    function::call(ctx, Value::object(closure), Value::UNDEFINED, &[])
}

/// Instantiates ES module `index` and every ES module it reaches (Link, §16.2.1.5.1).
pub fn link(ctx: &mut Context, index: u32) -> JsResult<()> {
    if state(ctx, index) != EsmState::New || !is_esm(ctx, index) {
        return Ok(());
    }
    set_state(ctx, index, EsmState::Linked);
    let Some(info) = module_info(ctx, index) else { return Ok(()) };
    for &dependency in dependencies(info) {
        link(ctx, dependency)?;
    }
    call_compiled(ctx, info.esm_init)?;
    Ok(())
}

/// Runs the body of ES module `index` after its dependencies (Evaluate, §16.2.1.5.3). A
/// CommonJS dependency is `require`d at its place in that order. A module already running
/// (an import cycle) or finished is skipped; one that failed throws its error again. When the
/// module or a dependency awaits at top level, the rest of the work continues after that
/// promise and the promise of the whole is returned (also to later importers); otherwise
/// undefined.
pub fn evaluate(ctx: &mut Context, index: u32) -> JsResult<Value> {
    if !is_esm(ctx, index) {
        return super::module::require_js(ctx, index);
    }
    link(ctx, index)?;
    match state(ctx, index) {
        EsmState::Evaluating | EsmState::Evaluated => return record(ctx, index, "pending"),
        EsmState::Failed => {
            let error = record(ctx, index, "error")?;
            return ctx.throw_value(error);
        }
        _ => {}
    }
    set_state(ctx, index, EsmState::Evaluating);
    evaluate_from(ctx, index, 0)
}

/// Evaluates dependencies `position..` of module `index`, then its body.
fn evaluate_from(ctx: &mut Context, index: u32, position: usize) -> JsResult<Value> {
    let Some(info) = module_info(ctx, index) else { return Ok(Value::UNDEFINED) };
    let dependencies = dependencies(info);
    for (offset, &dependency) in dependencies.iter().enumerate().skip(position) {
        let result = match evaluate(ctx, dependency) {
            Ok(result) => result,
            Err(thrown) => return fail(ctx, index, thrown),
        };
        if crate::builtins::promise::is_promise(result) {
            // Continue after the dependency's top-level await.
            let name = string::from_str(ctx, "");
            let data = Value::number(((index as u64) << 20 | (offset as u64 + 1)) as f64);
            let resume = function::new_native_with_data(ctx, name, 0, resume_evaluation, false, data);
            let pending = crate::builtins::promise::invoke_then_js(ctx, result, &[Value::object(resume)])?;
            remember_pending(ctx, index, pending);
            return Ok(pending);
        }
    }
    match call_compiled(ctx, info.function) {
        Ok(result) => {
            set_state(ctx, index, EsmState::Evaluated);
            if info.is_async != 0 && crate::builtins::promise::is_promise(result) {
                remember_pending(ctx, index, result);
                return Ok(result);
            }
            Ok(Value::UNDEFINED)
        }
        Err(thrown) => fail(ctx, index, thrown),
    }
}

fn remember_pending(ctx: &mut Context, index: u32, pending: Value) {
    let record_object = module_record(ctx, index);
    let key = ctx.key("pending");
    let _ = ops::set(ctx, record_object, key, pending, Value::object(record_object));
}

/// The continuation of [`evaluate_from`] after a dependency's promise settled.
fn resume_evaluation(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let data = call.data().as_number().unwrap_or(0.0) as u64;
    let (index, position) = ((data >> 20) as u32, (data & 0xF_FFFF) as usize);
    evaluate_from(ctx, index, position)
}

fn fail(ctx: &mut Context, index: u32, thrown: crate::error::Throw) -> JsResult<Value> {
    let error = ctx.take_exception();
    set_state(ctx, index, EsmState::Failed);
    let record = module_record(ctx, index);
    let key = ctx.key("error");
    ops::define_fresh(ctx, record, key, error, Attributes::DEFAULT);
    let _ = thrown;
    ctx.throw_value(error)
}

/// The runtime's per-module record object (namespace, `import.meta`, error), kept in the
/// module cache slot that a CommonJS module would use for its `module` object.
fn module_record(ctx: &mut Context, index: u32) -> Gc<JsObject> {
    if ctx.module_cache.len() <= index as usize {
        ctx.module_cache.resize(index as usize + 1, Value::UNDEFINED);
    }
    if let Some(record) = ctx.module_cache[index as usize].as_object() {
        return record;
    }
    let record = ctx.new_object_with_prototype(None);
    ctx.module_cache[index as usize] = Value::object(record);
    record
}

fn record(ctx: &mut Context, index: u32, name: &str) -> JsResult<Value> {
    let record = module_record(ctx, index);
    let key = ctx.key(name);
    ops::get_property(ctx, record, key)
}

fn statics(ctx: &Context) -> *mut u64 {
    let program = ctx.program();
    // SAFETY: the program table lives forever.
    unsafe { if program.is_null() { std::ptr::null_mut() } else { (*program).statics } }
}

/// Roots the static slots of ES module bindings (called once at start-up).
pub fn root_statics(ctx: &mut Context) {
    let program = ctx.program();
    if program.is_null() {
        return;
    }
    // SAFETY: the program table lives forever; its statics are `static_count` values.
    let (slots, count) = unsafe { ((*program).statics, (*program).static_count as usize) };
    if !slots.is_null() && count > 0 {
        ctx.add_root_array(slots as *const Value, count);
    }
}

/// The namespace object of module `index`: an ES module's exports, read live through the
/// static slots, or for a CommonJS module `{ default: module.exports, ...its own properties }`.
pub fn namespace(ctx: &mut Context, index: u32) -> JsResult<Value> {
    if !is_esm(ctx, index) {
        return cjs_namespace(ctx, index);
    }
    build_namespace(ctx, index, false)
}

/// What `require()` of ES module `index` returns: its namespace, but when it has a default
/// export (and no `__esModule` of its own), node's variant that adds `__esModule: true` so
/// transpiled CommonJS code finds `default`.
pub fn require_namespace(ctx: &mut Context, index: u32) -> JsResult<Value> {
    let Some(info) = module_info(ctx, index) else { return Ok(Value::UNDEFINED) };
    let names: Vec<String> = exports(info).iter().map(|e| c_text(e.name)).collect();
    // An export named "module.exports" is what require() returns instead of the namespace.
    if names.iter().any(|n| n == "module.exports") {
        let namespace = build_namespace(ctx, index, false)?;
        let key = ctx.key("module.exports");
        return ops::get_value(ctx, namespace, key);
    }
    let flagged = names.iter().any(|n| n == "default") && !names.iter().any(|n| n == "__esModule");
    build_namespace(ctx, index, flagged)
}

fn build_namespace(ctx: &mut Context, index: u32, es_module_flag: bool) -> JsResult<Value> {
    let cache_name = if es_module_flag { "requireNamespace" } else { "namespace" };
    let cached = record(ctx, index, cache_name)?;
    if cached.is_object() {
        return Ok(cached);
    }
    let Some(info) = module_info(ctx, index) else { return Ok(Value::UNDEFINED) };
    let namespace = new_namespace(ctx, index);
    let record_object = module_record(ctx, index);
    let key = ctx.key(cache_name);
    ops::define_fresh(ctx, record_object, key, Value::object(namespace), Attributes::DEFAULT);
    if es_module_flag {
        let key = ctx.key("__esModule");
        ops::define_fresh(ctx, namespace, key, Value::TRUE, Attributes::data(false, true, false));
    }
    for (position, export) in exports(info).iter().enumerate() {
        let name = c_text(export.name);
        let name_string = string::from_str(ctx, &name);
        let data = Value::number(((index as u64) << 20 | position as u64) as f64);
        let getter = function::new_native_with_data(ctx, name_string, 0, namespace_get, false, data);
        let key = ctx.key(&name);
        let descriptor = PropertyDescriptor::accessor(Value::object(getter), Value::UNDEFINED, true, false);
        ops::define_property_or_throw(ctx, namespace, key, descriptor)?;
    }
    let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);
    let tag = string::from_str(ctx, "Module");
    ops::define_fresh(ctx, namespace, tag_key, Value::string(tag), Attributes::NONE);
    namespace.get_mut().prevent_extensions();
    Ok(Value::object(namespace))
}

/// The getter of one namespace property: reads the export's current value.
fn namespace_get(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let data = call.data().as_number().unwrap_or(0.0) as u64;
    let (index, position) = ((data >> 20) as u32, (data & 0xF_FFFF) as usize);
    export_value(ctx, index, position)
}

/// The current value of export `position` of ES module `index`.
pub fn export_value(ctx: &mut Context, index: u32, position: usize) -> JsResult<Value> {
    let Some(info) = module_info(ctx, index) else { return Ok(Value::UNDEFINED) };
    let Some(export) = exports(info).get(position) else { return Ok(Value::UNDEFINED) };
    match export.kind {
        export_kind::STATIC => {
            // SAFETY: the compiler numbers static slots below `static_count`.
            let bits = unsafe { *statics(ctx).add(export.index as usize) };
            let value = Value::from_bits(bits);
            if bits == kiln_abi::UNINITIALIZED {
                let name = c_text(export.name);
                return ctx.throw_reference_error(&format!("Cannot access '{name}' before initialization"));
            }
            Ok(value)
        }
        export_kind::CJS_PROPERTY => {
            let exports = super::module::require_js(ctx, export.index)?;
            let property = c_text(export.property);
            if property == "default" {
                return Ok(exports);
            }
            let key = ctx.key(&property);
            ops::get_value(ctx, exports, key)
        }
        _ => namespace(ctx, export.index),
    }
}

/// The namespace of a CommonJS module: `default` is `module.exports`, beside it the names
/// node's static analysis found in the source (the module's export table, from the compiler),
/// each the own property of that name of `module.exports` when it has one, else undefined;
/// for a node core module, its exports' own enumerable properties.
fn cjs_namespace(ctx: &mut Context, index: u32) -> JsResult<Value> {
    let exports = super::module::require_js(ctx, index)?;
    // Built once, at the first import, like node's: later imports see the same object. It is
    // kept in the realm's core-module cache under a key no module name can have.
    let cache = ctx.realm.core_module_cache;
    let cache_key = ctx.key(&format!("#namespace {index}"));
    let cached = ops::get_property(ctx, cache, cache_key)?;
    if cached.is_object() {
        return Ok(cached);
    }
    let namespace = new_namespace(ctx, index);
    let is_core = module_info(ctx, index).is_some_and(|info| c_text(info.filename).starts_with("node:"));
    if is_core {
        // A node core module: every own enumerable property is an export.
        if let Some(object) = exports.as_object() {
            for key in ops::own_property_keys(ctx, object) {
                if matches!(key, PropertyKey::Symbol(_)) || key == ctx.key("default") {
                    continue;
                }
                let Some(property) = ops::get_own_property(ctx, object, key)? else { continue };
                if property.attributes().enumerable() {
                    let value = ops::get_property(ctx, object, key)?;
                    ops::define_fresh(ctx, namespace, key, value, Attributes::data(true, true, false));
                }
            }
        }
    }
    let names: Vec<String> = module_info(ctx, index).map(|info| self::exports(info).iter().map(|e| c_text(e.name)).collect()).unwrap_or_default();
    for name in names {
        let key = ctx.key(&name);
        let value = match exports.as_object() {
            Some(object) if ops::get_own_property(ctx, object, key)?.is_some() => ops::get_property(ctx, object, key)?,
            _ => Value::UNDEFINED,
        };
        ops::define_fresh(ctx, namespace, key, value, Attributes::data(true, true, false));
    }
    let default_key = ctx.key("default");
    ops::define_fresh(ctx, namespace, default_key, exports, Attributes::data(true, true, false));
    let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);
    let tag = string::from_str(ctx, "Module");
    ops::define_fresh(ctx, namespace, tag_key, Value::string(tag), Attributes::NONE);
    namespace.get_mut().prevent_extensions();
    ops::define_fresh(ctx, cache, cache_key, Value::object(namespace), Attributes::DEFAULT);
    Ok(Value::object(namespace))
}

/// `import.meta` of ES module `index`: `url`, `dirname`, `filename`, `resolve`.
pub fn import_meta(ctx: &mut Context, index: u32) -> JsResult<Value> {
    let cached = record(ctx, index, "meta")?;
    if cached.is_object() {
        return Ok(cached);
    }
    let Some(info) = module_info(ctx, index) else { return Ok(Value::UNDEFINED) };
    let url = c_text(info.filename);
    let filename = file_url_to_path(&url);
    let dirname = std::path::Path::new(&filename).parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    let meta = ctx.new_object_with_prototype(None);
    let dirname_value = Value::string(string::from_str(ctx, &dirname));
    let filename_value = Value::string(string::from_str(ctx, &filename));
    let url_value = Value::string(string::from_str(ctx, &url));
    ObjectBuilder::new(ctx, meta)
        .property("dirname", dirname_value, Attributes::DEFAULT)
        .property("filename", filename_value, Attributes::DEFAULT)
        .property("resolve", Value::UNDEFINED, Attributes::DEFAULT)
        .property("url", url_value, Attributes::DEFAULT);
    let resolve_name = string::from_str(ctx, "resolve");
    let resolve = function::new_native_with_data(ctx, resolve_name, 1, meta_resolve, false, Value::number(index as f64));
    let key = ctx.key("resolve");
    ops::set(ctx, meta, key, Value::object(resolve), Value::object(meta))?;
    let record_object = module_record(ctx, index);
    let key = ctx.key("meta");
    ops::define_fresh(ctx, record_object, key, Value::object(meta), Attributes::DEFAULT);
    Ok(Value::object(meta))
}

/// `import.meta.resolve(specifier)`: a relative or absolute specifier against the module's URL.
fn meta_resolve(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let index = call.data().as_number().unwrap_or(0.0) as u32;
    let specifier = crate::value::conv::to_string(ctx, call.arg(0))?.get().to_rust_string();
    let Some(info) = module_info(ctx, index) else { return Ok(Value::UNDEFINED) };
    let base = file_url_to_path(&c_text(info.filename));
    let resolved = if specifier.starts_with("node:") {
        specifier
    } else if let Some(path) = specifier.strip_prefix('/') {
        format!("file:///{path}")
    } else if specifier.starts_with("./") || specifier.starts_with("../") {
        let directory = std::path::Path::new(&base).parent().map(|p| p.to_path_buf()).unwrap_or_default();
        let joined = directory.join(&specifier);
        let mut parts: Vec<String> = Vec::new();
        for component in joined.components() {
            match component {
                std::path::Component::ParentDir => {
                    parts.pop();
                }
                std::path::Component::Normal(part) => parts.push(part.to_string_lossy().into_owned()),
                _ => {}
            }
        }
        format!("file:///{}", parts.join("/"))
    } else {
        return super::errors::throw_node_error(
            ctx,
            crate::error::ErrorKind::TypeError,
            "ERR_UNSUPPORTED_RESOLVE_REQUEST",
            &format!("kiln resolves only relative, absolute and node: specifiers at run time, not '{specifier}'"),
        );
    };
    Ok(Value::string(string::from_str(ctx, &resolved)))
}

/// `file:///a/b%20c.mjs` → `/a/b c.mjs`.
pub fn file_url_to_path(url: &str) -> String {
    let Some(path) = url.strip_prefix("file://") else { return url.to_string() };
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(byte) = u8::from_str_radix(&path[i + 1..i + 3], 16) {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `import()` of module `index`: a promise of its namespace. As in node, the module is
/// evaluated after the current job (here: in a promise job), and the promise is rejected with
/// the error of its evaluation.
pub fn dynamic_import(ctx: &mut Context, index: u32) -> JsResult<Value> {
    let ready = crate::builtins::promise::new_promise(ctx);
    crate::builtins::promise::resolve_promise_js(ctx, ready, Value::UNDEFINED);
    let name = string::from_str(ctx, "");
    let step = function::new_native_with_data(ctx, name, 0, import_step, false, Value::number(index as f64));
    crate::builtins::promise::invoke_then_js(ctx, Value::object(ready), &[Value::object(step)])
}

/// The job of [`dynamic_import`]: evaluate, then the namespace (after a top-level await's
/// promise when the module has one).
fn import_step(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let index = call.data().as_number().unwrap_or(0.0) as u32;
    let result = evaluate(ctx, index)?;
    let namespace = namespace(ctx, index)?;
    if crate::builtins::promise::is_promise(result) {
        let name = string::from_str(ctx, "");
        let give = function::new_native_with_data(ctx, name, 0, give_data, false, namespace);
        return crate::builtins::promise::invoke_then_js(ctx, result, &[Value::object(give)]);
    }
    Ok(namespace)
}

/// Returns the value stored in the function.
fn give_data(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(call.data())
}

/// `import()` of a Node core module: a promise of `{ default: exports, ...exports }`.
pub fn dynamic_import_builtin(ctx: &mut Context, name: &str) -> JsResult<Value> {
    let promise = crate::builtins::promise::new_promise(ctx);
    match super::module::require_builtin_js(ctx, name) {
        Ok(exports) => {
            let namespace = builtin_namespace(ctx, exports)?;
            crate::builtins::promise::resolve_promise_js(ctx, promise, namespace);
        }
        Err(_) => {
            let error = ctx.take_exception();
            crate::builtins::promise::reject_promise(ctx, promise, error);
        }
    }
    Ok(Value::object(promise))
}

/// The namespace node gives a core module: its exports' own enumerable properties and
/// `default`.
pub fn builtin_namespace(ctx: &mut Context, exports: Value) -> JsResult<Value> {
    let namespace = new_namespace(ctx, u32::MAX);
    if let Some(object) = exports.as_object() {
        for key in ops::own_property_keys(ctx, object) {
            if matches!(key, PropertyKey::Symbol(_)) {
                continue;
            }
            let value = ops::get_property(ctx, object, key)?;
            ops::define_fresh(ctx, namespace, key, value, Attributes::data(true, true, false));
        }
    }
    let default_key = ctx.key("default");
    ops::define_fresh(ctx, namespace, default_key, exports, Attributes::data(true, true, false));
    namespace.get_mut().prevent_extensions();
    Ok(Value::object(namespace))
}

/// Runs the entry module when it is an ES module: link, then evaluate.
pub fn run_entry(ctx: &mut Context, index: u32) -> JsResult<Value> {
    link(ctx, index)?;
    evaluate(ctx, index)
}

/// An empty module namespace object (no prototype) of program module `index` (`u32::MAX`
/// for a core module).
fn new_namespace(ctx: &mut Context, index: u32) -> Gc<JsObject> {
    let shape = ctx.root_shape;
    ctx.alloc(JsObject::new(shape, None, ObjectKind::ModuleNamespace(index)))
}
