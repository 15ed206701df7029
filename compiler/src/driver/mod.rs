//! The driver: runs the pipeline on an entry file and writes what the user asked for.

use crate::diagnostics::Diagnostics;
use crate::source::core_lib;
use crate::source::resolve::Resolved;
use crate::ir::FileId;
use crate::source::SourceMap;
use crate::{codegen, ir, link, lower, parse, resolve};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

mod cjs_exports;
mod dynamic_function;
mod early_errors;

/// The file name of a function compiled from the Function constructor's constant text.
pub const DYNAMIC_FUNCTION_FILE: &str = "<anonymous>";
mod esm;
mod require_context;
mod script;

/// What to write.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Emit {
    /// A native executable.
    Executable,
    /// The kiln IR text.
    Ir,
    /// The Cranelift IR text.
    Clif,
    /// The object file.
    Object,
}

/// Options of one build.
pub struct BuildOptions {
    /// The entry file.
    pub input: PathBuf,
    /// Where to write the result.
    pub output: PathBuf,
    /// What to write.
    pub emit: Emit,
    /// Compile the entry as a classic script (global code, no `require`) instead of a
    /// CommonJS module (`--script`).
    pub script: bool,
}

/// A failed build: the text to print on stderr (already rendered).
pub struct BuildError(pub String);

/// Compiles the entry file and every module it `require`s to the requested output. Nothing
/// is left at the output path when the build fails.
pub fn build(options: &BuildOptions) -> Result<(), BuildError> {
    let mut sources = SourceMap::default();
    let mut diagnostics = Diagnostics::default();
    let mut module = build_module_graph(&options.input, options.script, &mut sources, &mut diagnostics)?;
    // Every file's text goes into the program (source_text.rs picks the program's own files):
    // node prints a line of it above an uncaught exception.
    let file_count = sources.texts().count().min(module.files.len());
    for index in 0..file_count {
        let file = ir::FileId(index as u32);
        module.source_texts.entry(file).or_insert_with(|| sources.file(file).text.clone());
    }
    module.runtime_features = runtime_features(&sources);
    let has_regexp_literal = module
        .functions
        .iter()
        .flat_map(|function| &function.blocks)
        .flat_map(|block| &block.insts)
        .any(|inst| matches!(inst.op, ir::Op::RegExp(..)));
    if has_regexp_literal && !module.runtime_features.iter().any(|f| f == kiln_abi::REGEXP_FEATURE) {
        module.runtime_features.push(kiln_abi::REGEXP_FEATURE.to_string());
    }
    diagnostics.list.sort_by_key(|d| d.position);
    if diagnostics.has_errors() {
        let rendered: Vec<String> = diagnostics
            .list
            .iter()
            .filter(|d| d.severity == crate::diagnostics::Severity::Error)
            .map(|d| d.render(&sources))
            .collect();
        return Err(BuildError(rendered.join("\n")));
    }
    for warning in &diagnostics.list {
        eprint!("{}", warning.render(&sources));
    }
    let problems = ir::verify(&module);
    if !problems.is_empty() {
        return Err(BuildError(format!("kiln: internal compiler error: invalid IR:\n{}", problems.join("\n"))));
    }
    match options.emit {
        Emit::Ir => write_atomically(&options.output, module.to_string().as_bytes()),
        Emit::Clif | Emit::Object | Emit::Executable => {
            let codegen_options = codegen::Options { keep_clif: options.emit == Emit::Clif };
            let output = codegen::compile(&module, &codegen_options).map_err(BuildError)?;
            match options.emit {
                Emit::Clif => write_atomically(&options.output, output.clif.unwrap_or_default().as_bytes()),
                Emit::Object => write_atomically(&options.output, &output.object),
                _ => link_to(&options.output, &output.object),
            }
        }
    }
}

/// A module resolution algorithm: a specifier and the importer's directory to what it names.
type Resolver = fn(&str, &Path) -> Resolved;

/// A module of the graph, parsed and waiting to be lowered.
enum Parsed {
    /// JSON text, or a module that failed to parse (`null`).
    Json(String),
    /// A CommonJS module with what its `require`s and `import()`s resolved to.
    CommonJs { script: swc_ecma_ast::Script, requires: HashMap<String, lower::RequireTarget>, imports: HashMap<String, lower::RequireTarget> },
    /// An ES module.
    Esm { script: swc_ecma_ast::Script, record: esm::EsmRecord, targets: HashMap<String, esm::Target>, imports: HashMap<String, lower::RequireTarget> },
    /// The entry compiled as a classic script (`--script`): global code, no `require`.
    Script(swc_ecma_ast::Script),
}

/// Follows every string-literal `require`, `import` and `import()` from the entry file
/// (Node's resolution rules), links the ES modules, and lowers each module once; module 0 is
/// the entry.
/// For each module, the named exports an ES module may import from it if it is CommonJS
/// (`cjs_exports`, with re-exports followed through what its `require`s resolved to).
/// `None` for node's core modules, whose every property is a named export (as node's built-in
/// modules are).
fn commonjs_export_names(parsed: &[(FileId, Parsed, Vec<(String, ir::SpecifierTarget)>)], sources: &SourceMap) -> Vec<Option<HashSet<String>>> {
    let found: Vec<Option<(cjs_exports::CjsExports, Vec<u32>)>> = parsed
        .iter()
        .map(|(_, entry, _)| match entry {
            Parsed::CommonJs { script, requires, .. } => {
                let exports = cjs_exports::detect(script);
                let targets = exports
                    .reexports
                    .iter()
                    .filter_map(|specifier| match requires.get(specifier) {
                        Some(lower::RequireTarget::Module(index)) => Some(*index),
                        _ => None,
                    })
                    .collect();
                Some((exports, targets))
            }
            _ => None,
        })
        .collect();
    fn collect(found: &[Option<(cjs_exports::CjsExports, Vec<u32>)>], index: usize, visiting: &mut Vec<usize>, out: &mut HashSet<String>) {
        if visiting.contains(&index) {
            return;
        }
        visiting.push(index);
        if let Some((exports, targets)) = &found[index] {
            out.extend(exports.names.iter().cloned());
            for &target in targets {
                collect(found, target as usize, visiting, out);
            }
        }
    }
    (0..parsed.len())
        .map(|index| {
            if index > 0 && sources.file(parsed[index].0).display_path.starts_with("node:") {
                return None;
            }
            let mut names = HashSet::new();
            collect(&found, index, &mut Vec::new(), &mut names);
            Some(names)
        })
        .collect()
}

/// The runtime features (`kiln_abi::RUNTIME_FEATURES`) whose words some file of the program
/// contains.
fn runtime_features(sources: &SourceMap) -> Vec<String> {
    kiln_abi::RUNTIME_FEATURES
        .iter()
        .zip(kiln_abi::RUNTIME_FEATURE_WORDS)
        .filter(|(_, words)| sources.texts().any(|text| words.iter().any(|word| text.contains(word))))
        .map(|(feature, _)| feature.to_string())
        .collect()
}

/// With `script_entry`, the entry is a classic script (`script::parse_entry`); the only other
/// modules are the JavaScript core modules installing the globals it names.
fn build_module_graph(entry: &Path, script_entry: bool, sources: &mut SourceMap, diagnostics: &mut Diagnostics) -> Result<ir::Module, BuildError> {
    let mut module = ir::Module::default();
    let entry_path = std::fs::canonicalize(entry).unwrap_or_else(|_| entry.to_path_buf());
    let mut paths: Vec<(PathBuf, String)> = vec![(entry_path.clone(), entry.display().to_string())];
    let mut index_of: HashMap<PathBuf, u32> = HashMap::from([(entry_path, 0)]);
    let mut parsed: Vec<(FileId, Parsed, Vec<(String, ir::SpecifierTarget)>)> = Vec::new();
    let mut next = 0;
    while next < paths.len() {
        let (path, display) = paths[next].clone();
        let core_name = display.strip_prefix("node:").filter(|_| next > 0).map(str::to_string);
        let text = match &core_name {
            Some(name) => match core_lib::core_module(name) {
                core_lib::CoreModule::Js(source) => source.to_string(),
                _ => unreachable!("only JavaScript core modules join the graph"),
            },
            None => std::fs::read_to_string(&path).map_err(|e| {
                let shown = if next == 0 { display.clone() } else { path.display().to_string() };
                BuildError(format!("kiln: cannot read {shown}: {}", io_reason(&e)))
            })?,
        };
        let typescript = core_name.is_none() && crate::source::resolve::is_typescript(&path);
        let absolute = path.to_string_lossy().into_owned();
        let file = sources.add(display, absolute.clone(), text);
        let start = sources.file(file).start;
        // A TypeScript file is erased to JavaScript first: its syntax (and extension) decides
        // whether it is an ES module, and its specifiers resolve with TypeScript's extensions.
        let erased = if typescript {
            let kind = parse::typescript::TsFile {
                flavor: path
                    .extension()
                    .and_then(|e| parse::typescript::Flavor::from_extension(&e.to_string_lossy()))
                    .expect("is_typescript checked the extension"),
                package_type_module: crate::source::resolve::package_type_is_module(&path),
            };
            match parse::typescript::parse_typescript(&sources.file(file).text, start, kind, diagnostics) {
                Some(erased) => Some(erased),
                None => {
                    module.files.push(absolute);
                    parsed.push((file, Parsed::Json("null".into()), Vec::new()));
                    next += 1;
                    continue;
                }
            }
        } else {
            None
        };
        let (resolve_import, resolve_require): (Resolver, Resolver) = if typescript {
            (crate::source::resolve::resolve_typescript_import, crate::source::resolve::resolve_typescript_require)
        } else {
            (crate::source::resolve::resolve_import, crate::source::resolve::resolve)
        };
        let is_esm = match &erased {
            Some(erased) => matches!(erased, parse::typescript::Erased::EsModule(_)),
            None => core_name.is_none() && !(script_entry && next == 0) && crate::source::resolve::is_es_module(&path),
        };
        module.files.push(if is_esm { kiln_abi::file_url(&absolute) } else { absolute.clone() });
        if path.extension().is_some_and(|e| e == "json") {
            let text = sources.file(file).text.clone();
            if let Err(error) = serde_json::from_str::<serde_json::Value>(&text) {
                diagnostics.push(crate::diagnostics::Diagnostic::syntax_error(start, format!("{}: {error}", path.display())));
            }
            parsed.push((file, Parsed::Json(text), Vec::new()));
            next += 1;
            continue;
        }
        if script_entry && next == 0 {
            let parsed_script = script::parse_entry(sources, file, &mut module.files, diagnostics);
            for name in parsed_script.iter().flat_map(collect_js_globals) {
                let path = core_lib::core_module_path(name);
                let index = *index_of.entry(PathBuf::from(&path)).or_insert_with(|| {
                    paths.push((PathBuf::from(&path), path.clone()));
                    paths.len() as u32 - 1
                });
                module.preloads.push(index);
            }
            let entry = parsed_script.map_or_else(|| Parsed::Json("null".into()), Parsed::Script);
            parsed.push((file, entry, Vec::new()));
            next += 1;
            continue;
        }
        let directory = path.parent().map(Path::to_path_buf).unwrap_or_default();
        // Adds a resolved file to the graph; returns its module index.
        let mut add = |found: PathBuf, display: String| -> u32 {
            *index_of.entry(found.clone()).or_insert_with(|| {
                paths.push((found, display));
                paths.len() as u32 - 1
            })
        };
        if is_esm {
            let es_module = match erased {
                Some(parse::typescript::Erased::EsModule(es_module)) => Some(es_module),
                _ => parse::parse_es_module(&sources.file(file).text, start, diagnostics),
            };
            let Some(mut es_module) = es_module else {
                parsed.push((file, Parsed::Json("null".into()), Vec::new()));
                next += 1;
                continue;
            };
            early_errors::check_module(&es_module, sources.file(file), diagnostics);
            dynamic_function::compile_constant_functions(&mut es_module, sources, &mut module.files, diagnostics);
            let dynamic = collect_dynamic_imports(&es_module);
            for name in collect_js_globals(&es_module) {
                let index = add(PathBuf::from(core_lib::core_module_path(name)), core_lib::core_module_path(name));
                if !module.preloads.contains(&index) {
                    module.preloads.push(index);
                }
            }
            let (script, record) = esm::rewrite(es_module, diagnostics);
            let mut targets = HashMap::new();
            let mut specifiers = Vec::new();
            // What each specifier names, for the import-attribute check: (JSON?, URL).
            let mut formats: HashMap<String, (bool, String)> = HashMap::new();
            for (specifier, position) in &record.specifiers {
                let target = match resolve_import(specifier, &directory) {
                    Resolved::File(found) => {
                        let json = found.extension().is_some_and(|e| e == "json");
                        formats.insert(specifier.clone(), (json, kiln_abi::file_url(&found.display().to_string())));
                        esm::Target::Module(add(found.clone(), found.display().to_string()))
                    }
                    Resolved::Builtin(name) => {
                        formats.insert(specifier.clone(), (false, format!("node:{name}")));
                        match core_lib::core_module(&name) {
                            core_lib::CoreModule::Js(_) => {
                                let virtual_path = PathBuf::from(core_lib::core_module_path(&name));
                                esm::Target::Module(add(virtual_path, core_lib::core_module_path(&name)))
                            }
                            _ => {
                                diagnostics.push(crate::diagnostics::Diagnostic::unsupported(
                                    *position,
                                    format!("the node core module '{name}' (kiln does not implement it yet)"),
                                ));
                                esm::Target::Missing
                            }
                        }
                    }
                    Resolved::NotExported { subpath, package_json, .. } => {
                        diagnostics.push(crate::diagnostics::Diagnostic::error(
                            *position,
                            format!("Package subpath '{subpath}' is not defined by \"exports\" in {}", package_json.display()),
                        ));
                        esm::Target::Missing
                    }
                    Resolved::MissingTarget(path) => {
                        diagnostics.push(crate::diagnostics::Diagnostic::error(
                            *position,
                            format!("Cannot find module '{}' imported from {}", path.display(), sources.file(file).display_path),
                        ));
                        esm::Target::Missing
                    }
                    Resolved::ImportNotDefined { package_json } => {
                        diagnostics.push(crate::diagnostics::Diagnostic::error(
                            *position,
                            format!("TypeError [ERR_PACKAGE_IMPORT_NOT_DEFINED]: {}", import_not_defined(specifier, package_json.as_deref(), &absolute)),
                        ));
                        esm::Target::Missing
                    }
                    Resolved::NotFound => {
                        diagnostics.push(crate::diagnostics::Diagnostic::error(
                            *position,
                            format!("Cannot find module '{specifier}' imported from {}", sources.file(file).display_path),
                        ));
                        esm::Target::Missing
                    }
                };
                if let esm::Target::Module(index) = target {
                    specifiers.push((specifier.clone(), ir::SpecifierTarget::Module(index)));
                }
                targets.insert(specifier.clone(), target);
            }
            for (specifier, attributes, position) in &record.attributes {
                let Some((json, url)) = formats.get(specifier) else { continue };
                if let Err((code, message)) = kiln_abi::check_import_attributes(attributes, *json, url) {
                    diagnostics.push(crate::diagnostics::Diagnostic::error(*position, format!("TypeError [{code}]: {message}")));
                }
            }
            let imports = resolve_dynamic_imports(&dynamic.0, &directory, resolve_import, &mut add, &mut specifiers, diagnostics);
            add_computed_imports(&dynamic.1, &directory, resolve_import, &mut add, &mut specifiers, diagnostics);
            parsed.push((file, Parsed::Esm { script, record, targets, imports }, specifiers));
            next += 1;
            continue;
        }
        let script = match erased {
            Some(parse::typescript::Erased::CommonJs(script)) => Some(script),
            _ => parse::parse_commonjs(&sources.file(file).text, start, diagnostics),
        };
        let Some(mut script) = script else {
            parsed.push((file, Parsed::Json("null".into()), Vec::new()));
            next += 1;
            continue;
        };
        early_errors::check(&script, sources.file(file), diagnostics);
        dynamic_function::compile_constant_functions(&mut script, sources, &mut module.files, diagnostics);
        for name in collect_js_globals(&script) {
            let index = add(PathBuf::from(core_lib::core_module_path(name)), core_lib::core_module_path(name));
            if !module.preloads.contains(&index) {
                module.preloads.push(index);
            }
        }
        let mut requires = HashMap::new();
        let mut specifiers = Vec::new();
        let (literal_requires, computed_requires) = collect_requires(&script);
        let mut all_requires = literal_requires;
        if core_name.is_none() {
            all_requires.extend(require_context::expand(&computed_requires, &directory, require_context::Rules::Require, "require()", diagnostics));
        }
        for (specifier, position) in all_requires {
            if requires.contains_key(&specifier) {
                continue;
            }
            let resolved = match &core_name {
                // A core module reaches only other core modules and the runtime's bindings.
                Some(_) if specifier.starts_with("internal:") => Resolved::Builtin(specifier.clone()),
                Some(_) => Resolved::Builtin(specifier.strip_prefix("node:").unwrap_or(&specifier).to_string()),
                None => resolve_require(&specifier, &directory),
            };
            match resolved {
                Resolved::File(found) => {
                    let index = add(found.clone(), found.display().to_string());
                    requires.insert(specifier.clone(), lower::RequireTarget::Module(index));
                    specifiers.push((specifier, ir::SpecifierTarget::Module(index)));
                }
                Resolved::Builtin(name) => match core_lib::core_module(&name) {
                    core_lib::CoreModule::Js(_) => {
                        let index = add(PathBuf::from(core_lib::core_module_path(&name)), core_lib::core_module_path(&name));
                        requires.insert(specifier.clone(), lower::RequireTarget::Module(index));
                        specifiers.push((specifier, ir::SpecifierTarget::Module(index)));
                    }
                    found => {
                        if found == core_lib::CoreModule::Missing {
                            diagnostics.push(crate::diagnostics::Diagnostic::warning(
                                position,
                                format!("kiln does not implement the node core module '{name}' yet; require() will throw when it runs"),
                            ));
                        }
                        requires.insert(specifier.clone(), lower::RequireTarget::Builtin(name));
                        specifiers.push((specifier, ir::SpecifierTarget::Builtin));
                    }
                },
                Resolved::NotExported { subpath, package_json, self_reference } => {
                    let mut message = format!(
                        "Package subpath '{subpath}' is not defined by \"exports\" in {}",
                        package_json.display()
                    );
                    if self_reference {
                        message.push_str(&format!(" imported from {absolute}"));
                    }
                    specifiers.push((specifier, ir::SpecifierTarget::Failed { code: "ERR_PACKAGE_PATH_NOT_EXPORTED", message }));
                }
                Resolved::MissingTarget(path) => {
                    let message = format!("Cannot find module '{}'", path.display());
                    specifiers.push((specifier, ir::SpecifierTarget::Failed { code: "MODULE_NOT_FOUND", message }));
                }
                Resolved::ImportNotDefined { package_json } => {
                    let message = import_not_defined(&specifier, package_json.as_deref(), &absolute);
                    specifiers.push((specifier, ir::SpecifierTarget::Failed { code: "ERR_PACKAGE_IMPORT_NOT_DEFINED", message }));
                }
                Resolved::NotFound => diagnostics.push(crate::diagnostics::Diagnostic::warning(
                    position,
                    format!("cannot find module '{specifier}'; require() will throw when it runs"),
                )),
            }
        }
        if core_name.is_none() {
            // `require.resolve('literal')`: the path, without loading the module.
            for (specifier, _) in collect_require_resolves(&script) {
                if specifiers.iter().any(|(s, _)| *s == specifier) {
                    continue;
                }
                match resolve_require(&specifier, &directory) {
                    Resolved::File(found) => specifiers.push((specifier, ir::SpecifierTarget::ResolvedPath(found.display().to_string()))),
                    Resolved::Builtin(_) => specifiers.push((specifier, ir::SpecifierTarget::Builtin)),
                    _ => {}
                }
            }
        }
        let imports = if core_name.is_none() {
            let dynamic = collect_dynamic_imports(&script);
            add_computed_imports(&dynamic.1, &directory, resolve_import, &mut add, &mut specifiers, diagnostics);
            resolve_dynamic_imports(&dynamic.0, &directory, resolve_import, &mut add, &mut specifiers, diagnostics)
        } else {
            HashMap::new()
        };
        parsed.push((file, Parsed::CommonJs { script, requires, imports }, specifiers));
        next += 1;
    }

    // Link: a static slot for every top-level name of every ES module, then the export tables.
    let mut slots: Vec<HashMap<swc_atoms::Atom, (u32, crate::resolve::hoist::DeclKind)>> = Vec::new();
    let mut locals: Vec<Vec<(swc_atoms::Atom, u32, crate::resolve::hoist::DeclKind)>> = Vec::new();
    let mut lexical_slots = std::collections::HashSet::new();
    for (_, entry, _) in &parsed {
        let mut map = HashMap::new();
        let mut list = Vec::new();
        if let Parsed::Esm { script, .. } = entry {
            let this_name = (swc_atoms::Atom::from(crate::resolve::THIS_NAME), crate::resolve::hoist::DeclKind::Var, 0);
            for (name, kind, _) in esm::top_level_names(script).into_iter().chain([this_name]) {
                let slot = module.static_count;
                module.static_count += 1;
                if kind.is_lexical() {
                    lexical_slots.insert(slot);
                }
                map.insert(name.clone(), (slot, kind));
                list.push((name, slot, kind));
            }
        }
        slots.push(map);
        locals.push(list);
    }
    let cjs_names = commonjs_export_names(&parsed, sources);
    let mut cjs_export_lists: Vec<Option<Vec<String>>> = cjs_names
        .iter()
        .map(|names| {
            names.as_ref().map(|names| {
                let mut list: Vec<String> = names.iter().filter(|n| *n != "default").cloned().collect();
                list.sort();
                list
            })
        })
        .collect();
    let link_modules: Vec<esm::LinkModule> = parsed
        .iter()
        .zip(&slots)
        .zip(cjs_names)
        .map(|(((_, entry, _), slots), names)| match entry {
            Parsed::Esm { record, targets, .. } => esm::LinkModule::Esm { record, targets, slots },
            _ => esm::LinkModule::CommonJs { names },
        })
        .collect();
    let mut esm_info = Vec::new();
    for (index, (_, entry, _)) in parsed.iter().enumerate() {
        let Parsed::Esm { record, targets, script, .. } = entry else {
            esm_info.push(None);
            continue;
        };
        for import in &record.imports {
            if esm::top_level_names(script).iter().any(|(name, _, _)| *name == import.local) {
                diagnostics.push(crate::diagnostics::Diagnostic::syntax_error(
                    import.position,
                    format!("Identifier '{}' has already been declared", import.local),
                ));
            }
        }
        let (live, held) = esm::bind_imports(&link_modules, index as u32, &lexical_slots, &mut module.static_count, diagnostics);
        let exports = esm::export_table(&link_modules, index as u32);
        let dependencies = record
            .specifiers
            .iter()
            .filter_map(|(specifier, _)| match targets.get(specifier) {
                Some(esm::Target::Module(target)) => Some(*target),
                _ => None,
            })
            .collect();
        let bindings = esm::bindings(index as u32, locals[index].clone(), live, held, record.has_top_level_await);
        esm_info.push(Some((bindings, ir::EsmModule { init: None, dependencies, exports, is_async: record.has_top_level_await })));
    }
    drop(link_modules);

    // Lower every module in index order.
    for (index, (file, entry, specifiers)) in parsed.into_iter().enumerate() {
        match entry {
            Parsed::Json(text) => {
                module.modules.push(ir::ModuleEntry { file, function: None, json: Some(text), specifiers, esm: None, cjs_exports: None });
            }
            Parsed::CommonJs { script, requires, imports } => {
                let resolution = resolve::resolve_script(&script, diagnostics);
                let function = lower::lower_commonjs(&mut module, sources, &resolution, diagnostics, file, &script, &requires, &imports, index as u32);
                let cjs_exports = cjs_export_lists[index].take();
                module.modules.push(ir::ModuleEntry { file, function: Some(function), json: None, specifiers, esm: None, cjs_exports });
            }
            Parsed::Script(script) => {
                let resolution = resolve::resolve_classic_script(&script, diagnostics);
                let function = lower::lower_script(&mut module, sources, &resolution, diagnostics, file, &script);
                module.modules.push(ir::ModuleEntry { file, function: Some(function), json: None, specifiers, esm: None, cjs_exports: None });
            }
            Parsed::Esm { script, imports, .. } => {
                let (bindings, mut info) = esm_info[index].take().expect("linked above");
                let resolution = resolve::resolve_module(&script, diagnostics);
                let (init, body) = lower::lower_esm(&mut module, sources, &resolution, diagnostics, file, &script, &bindings, &imports);
                info.init = Some(init);
                module.modules.push(ir::ModuleEntry { file, function: Some(body), json: None, specifiers, esm: Some(info), cjs_exports: None });
            }
        }
    }
    module.entry = module.modules.first().and_then(|m| m.function);
    if module.entry.is_none() {
        // The entry failed to parse; its diagnostics say why.
        module.entry = Some(ir::FuncId(0));
    }
    Ok(module)
}

/// The specifiers of `import(...)` calls, with their positions: string literals, then what
/// `require_context` proves about the computed ones.
fn collect_dynamic_imports<N: swc_ecma_visit::VisitWith<ImportFinder>>(node: &N) -> (Vec<(String, u32)>, Vec<(require_context::Computed, u32)>) {
    let mut finder = ImportFinder(Vec::new(), Vec::new());
    node.visit_with(&mut finder);
    (finder.0, finder.1)
}

/// node's ERR_PACKAGE_IMPORT_NOT_DEFINED message for `#specifier` imported by file `from`.
fn import_not_defined(specifier: &str, package_json: Option<&Path>, from: &str) -> String {
    match package_json {
        Some(package_json) => format!("Package import specifier \"{specifier}\" is not defined in package {} imported from {from}", package_json.display()),
        None => format!("Package import specifier \"{specifier}\" is not defined imported from {from}"),
    }
}

/// Puts in a module's specifier table the files that its `import()` calls of computed
/// specifiers can be proven to name (ES module rules: exact file names).
fn add_computed_imports(
    computed: &[(require_context::Computed, u32)],
    directory: &Path,
    resolve_import: Resolver,
    add: &mut dyn FnMut(PathBuf, String) -> u32,
    specifiers: &mut Vec<(String, ir::SpecifierTarget)>,
    diagnostics: &mut Diagnostics,
) {
    let texts = require_context::expand(computed, directory, require_context::Rules::Import, "import()", diagnostics);
    resolve_dynamic_imports(&texts, directory, resolve_import, add, specifiers, diagnostics);
}

/// The string-literal specifiers of `require.resolve(...)` calls, with their positions.
fn collect_require_resolves(script: &swc_ecma_ast::Script) -> Vec<(String, u32)> {
    use swc_ecma_ast::{CallExpr, Callee, Expr, Lit, MemberProp};
    use swc_ecma_visit::{Visit, VisitWith};
    struct Finder(Vec<(String, u32)>);
    impl Visit for Finder {
        fn visit_call_expr(&mut self, call: &CallExpr) {
            if let Callee::Expr(callee) = &call.callee {
                if let Expr::Member(member) = &**callee {
                    let is_require = matches!(&*member.obj, Expr::Ident(i) if &*i.sym == "require");
                    let is_resolve = matches!(&member.prop, MemberProp::Ident(p) if &*p.sym == "resolve");
                    if is_require && is_resolve && !call.args.is_empty() && call.args[0].spread.is_none() {
                        if let Expr::Lit(Lit::Str(text)) = &*call.args[0].expr {
                            self.0.push((text.value.to_string_lossy().into_owned(), call.span.lo.0));
                        }
                    }
                }
            }
            call.visit_children_with(self);
        }
    }
    let mut finder = Finder(Vec::new());
    script.visit_with(&mut finder);
    finder.0
}

/// The core modules (by name) installing the `JS_GLOBALS` that `node` names as identifiers.
fn collect_js_globals<N: swc_ecma_visit::VisitWith<GlobalFinder>>(node: &N) -> Vec<&'static str> {
    let mut finder = GlobalFinder(Vec::new());
    node.visit_with(&mut finder);
    finder.0
}

/// Finds identifiers that name a global a JavaScript core module installs.
struct GlobalFinder(Vec<&'static str>);

impl swc_ecma_visit::Visit for GlobalFinder {
    fn visit_ident(&mut self, ident: &swc_ecma_ast::Ident) {
        let console_class = core_lib::JS_CONSOLE_PROPERTIES.iter().filter(|(name, _)| *name == "Console");
        if let Some((_, module)) = core_lib::JS_GLOBALS.iter().chain(core_lib::JS_PROCESS_PROPERTIES).chain(console_class).find(|(name, _)| *name == &*ident.sym) {
            if !self.0.contains(module) {
                self.0.push(module);
            }
        }
    }

    /// `process.stdout` and `console.table` name properties that a JavaScript core module
    /// installs.
    fn visit_ident_name(&mut self, ident: &swc_ecma_ast::IdentName) {
        if let Some((_, module)) = core_lib::JS_PROCESS_PROPERTIES.iter().chain(core_lib::JS_CONSOLE_PROPERTIES).find(|(name, _)| *name == &*ident.sym) {
            if !self.0.contains(module) {
                self.0.push(module);
            }
        }
    }
}

/// Finds `import(...)` calls: literal specifiers, and what `require_context` proves about the
/// computed ones.
struct ImportFinder(Vec<(String, u32)>, Vec<(require_context::Computed, u32)>);

impl swc_ecma_visit::Visit for ImportFinder {
    fn visit_call_expr(&mut self, call: &swc_ecma_ast::CallExpr) {
        use swc_ecma_ast::{Callee, Expr, Lit};
        use swc_ecma_visit::VisitWith;
        if let Callee::Import(_) = &call.callee {
            if let Some(first) = call.args.first() {
                match &*first.expr {
                    Expr::Lit(Lit::Str(text)) => self.0.push((text.value.to_string_lossy().into_owned(), call.span.lo.0)),
                    Expr::Tpl(tpl) if tpl.exprs.is_empty() && tpl.quasis.len() == 1 => {
                        if let Some(cooked) = &tpl.quasis[0].cooked {
                            self.0.push((cooked.to_string_lossy().into_owned(), call.span.lo.0));
                        }
                    }
                    computed => self.1.push((require_context::analyse(computed), call.span.lo.0)),
                }
            }
        }
        call.visit_children_with(self);
    }
}

/// Resolves `import()` specifiers with the ES module rules; what is not found rejects at run
/// time, with a build-time warning.
fn resolve_dynamic_imports(
    dynamic: &[(String, u32)],
    directory: &Path,
    resolve_import: Resolver,
    add: &mut dyn FnMut(PathBuf, String) -> u32,
    specifiers: &mut Vec<(String, ir::SpecifierTarget)>,
    diagnostics: &mut Diagnostics,
) -> HashMap<String, lower::RequireTarget> {
    let mut imports = HashMap::new();
    for (specifier, position) in dynamic {
        // Every target also enters the specifier table: an `import()` with attributes, of a
        // JSON module or of a computed specifier is looked up there at run time.
        let (target, entry) = match resolve_import(specifier, directory) {
            Resolved::File(found) => {
                let index = add(found.clone(), found.display().to_string());
                // A JSON module is looked up at run time, which checks its import attributes.
                let json = found.extension().is_some_and(|e| e == "json");
                ((!json).then_some(lower::RequireTarget::Module(index)), ir::SpecifierTarget::Module(index))
            }
            Resolved::Builtin(name) => match core_lib::core_module(&name) {
                core_lib::CoreModule::Js(_) => {
                    let index = add(PathBuf::from(core_lib::core_module_path(&name)), core_lib::core_module_path(&name));
                    (Some(lower::RequireTarget::Module(index)), ir::SpecifierTarget::Module(index))
                }
                _ => (Some(lower::RequireTarget::Builtin(name)), ir::SpecifierTarget::Builtin),
            },
            _ => {
                diagnostics.push(crate::diagnostics::Diagnostic::warning(
                    *position,
                    format!("cannot find module '{specifier}'; import() will reject when it runs"),
                ));
                continue;
            }
        };
        if let Some(target) = target {
            imports.insert(specifier.clone(), target);
        }
        if !specifiers.iter().any(|(known, _)| known == specifier) {
            specifiers.push((specifier.clone(), entry));
        }
    }
    imports
}

/// The specifiers of `require(...)` calls, with their positions: string literals first, then
/// what `require_context` proves about the computed ones (contexts and unknowns).
fn collect_requires(script: &swc_ecma_ast::Script) -> (Vec<(String, u32)>, Vec<(require_context::Computed, u32)>) {
    use swc_ecma_ast::{CallExpr, Callee};
    use swc_ecma_visit::{Visit, VisitWith};
    struct Finder(Vec<(String, u32)>, Vec<(require_context::Computed, u32)>);
    impl Visit for Finder {
        fn visit_call_expr(&mut self, call: &CallExpr) {
            if let Callee::Expr(callee) = &call.callee {
                if may_be_require(callee) {
                    if call.args.len() == 1 && call.args[0].spread.is_none() {
                        match require_context::analyse(&call.args[0].expr) {
                            require_context::Computed::Literals(texts) => {
                                self.0.extend(texts.into_iter().map(|text| (text, call.span.lo.0)));
                            }
                            computed => self.1.push((computed, call.span.lo.0)),
                        }
                    }
                }
            }
            call.visit_children_with(self);
        }
    }
    let mut finder = Finder(Vec::new(), Vec::new());
    script.visit_with(&mut finder);
    (finder.0, finder.1)
}

/// Whether a callee is `require`, or an expression that may evaluate to it: bundlers call
/// `(typeof __webpack_require__ !== "undefined" ? __non_webpack_require__ : require)("url")`
/// (a conditional, `||`/`&&`/`??`, or a comma expression with `require` as a possible value).
/// The call's specifiers join the program so the run-time `require` finds them.
fn may_be_require(callee: &swc_ecma_ast::Expr) -> bool {
    use swc_ecma_ast::{BinaryOp, Expr};
    match callee {
        Expr::Ident(ident) => &*ident.sym == "require",
        Expr::Paren(paren) => may_be_require(&paren.expr),
        Expr::Cond(cond) => may_be_require(&cond.cons) || may_be_require(&cond.alt),
        Expr::Bin(bin) if matches!(bin.op, BinaryOp::LogicalOr | BinaryOp::LogicalAnd | BinaryOp::NullishCoalescing) => {
            may_be_require(&bin.left) || may_be_require(&bin.right)
        }
        Expr::Seq(seq) => seq.exprs.last().is_some_and(|last| may_be_require(last)),
        _ => false,
    }
}

/// For a directory holding a `package.json`: the program's entry file (`bin` — a string, or
/// the first entry of an object — else `main`, else `index.js`) and the executable's name (the
/// `bin` key, else the package name without its scope). A file is returned as it is.
pub fn package_entry(input: &Path) -> Result<(PathBuf, Option<String>), BuildError> {
    if !input.is_dir() {
        return Ok((input.to_path_buf(), None));
    }
    let manifest_path = input.join("package.json");
    let text = std::fs::read_to_string(&manifest_path).map_err(|e| {
        BuildError(format!("kiln: cannot read {}: {}", manifest_path.display(), io_reason(&e)))
    })?;
    let manifest: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| BuildError(format!("kiln: {} is not valid JSON: {e}", manifest_path.display())))?;
    let package_name = manifest
        .get("name")
        .and_then(|n| n.as_str())
        .map(|n| n.rsplit('/').next().unwrap_or(n).to_string());
    let (entry, name) = match manifest.get("bin") {
        Some(serde_json::Value::String(path)) => (Some(path.clone()), package_name),
        Some(serde_json::Value::Object(map)) => match map.iter().next() {
            Some((key, serde_json::Value::String(path))) => (Some(path.clone()), Some(key.clone())),
            _ => (None, package_name),
        },
        _ => (manifest.get("main").and_then(|m| m.as_str()).map(str::to_string), package_name),
    };
    let entry = input.join(entry.unwrap_or_else(|| "index.js".into()));
    let relative = format!("./{}", entry.file_name().map_or(String::new(), |n| n.to_string_lossy().into_owned()));
    let parent = entry.parent().unwrap_or(input);
    let resolved = crate::source::resolve::resolve(&relative, parent);
    let file = match resolved {
        Resolved::File(found) => found,
        // An entry written without its extension (`src/main`), or as its JavaScript name
        // (`main.js`), may be a TypeScript file.
        _ => match crate::source::resolve::resolve_typescript_require(&relative, parent) {
            Resolved::File(found) => found,
            _ => entry,
        },
    };
    Ok((file, name))
}

fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => error.to_string(),
    }
}

/// A temporary path beside `path`, so a rename onto it is atomic.
fn temporary_beside(path: &Path, suffix: &str) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    dir.join(format!(".{name}.{}.{suffix}", std::process::id()))
}

/// Whether `path` exists and is not a regular file (a device such as `/dev/null`, a FIFO):
/// such an output is written in place, never replaced by a rename.
fn is_special_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), BuildError> {
    if path == Path::new("-") {
        use std::io::Write;
        std::io::stdout().write_all(bytes).map_err(|e| BuildError(format!("kiln: cannot write output: {e}")))?;
        return Ok(());
    }
    if is_special_file(path) {
        return std::fs::write(path, bytes).map_err(|e| BuildError(format!("kiln: cannot write {}: {}", path.display(), io_reason(&e))));
    }
    let temporary = temporary_beside(path, "tmp");
    std::fs::write(&temporary, bytes)
        .and_then(|_| std::fs::rename(&temporary, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&temporary);
            BuildError(format!("kiln: cannot write {}: {}", path.display(), io_reason(&e)))
        })
}

fn link_to(output: &Path, object: &[u8]) -> Result<(), BuildError> {
    let object_path = temporary_beside(output, "o");
    let linked = temporary_beside(output, "exe");
    std::fs::write(&object_path, object)
        .map_err(|e| BuildError(format!("kiln: cannot write {}: {}", output.display(), io_reason(&e))))?;
    let result = link::link_executable(&object_path, &linked);
    let _ = std::fs::remove_file(&object_path);
    result.map_err(|e| BuildError(format!("kiln: {e}")))?;
    if is_special_file(output) {
        // e.g. `-o /dev/null`: copy the executable's bytes into it, never replace the device.
        let bytes = std::fs::read(&linked);
        let _ = std::fs::remove_file(&linked);
        let bytes = bytes.map_err(|e| BuildError(format!("kiln: cannot write {}: {}", output.display(), io_reason(&e))))?;
        return std::fs::write(output, bytes).map_err(|e| BuildError(format!("kiln: cannot write {}: {}", output.display(), io_reason(&e))));
    }
    std::fs::rename(&linked, output).map_err(|e| {
        let _ = std::fs::remove_file(&linked);
        BuildError(format!("kiln: cannot write {}: {}", output.display(), io_reason(&e)))
    })
}
