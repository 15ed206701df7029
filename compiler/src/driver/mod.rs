//! The driver: runs the pipeline on an entry file and writes what the user asked for.

use crate::diagnostics::Diagnostics;
use crate::source::core_lib;
use crate::source::resolve::Resolved;
use crate::source::SourceMap;
use crate::{codegen, ir, link, lower, parse, resolve};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

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
}

/// A failed build: the text to print on stderr (already rendered).
pub struct BuildError(pub String);

/// Compiles the entry file and every module it `require`s to the requested output. Nothing
/// is left at the output path when the build fails.
pub fn build(options: &BuildOptions) -> Result<(), BuildError> {
    let mut sources = SourceMap::default();
    let mut diagnostics = Diagnostics::default();
    let module = build_module_graph(&options.input, &mut sources, &mut diagnostics)?;
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

/// Follows every string-literal `require` from the entry file (Node's resolution rules) and
/// lowers each module once; module 0 is the entry.
fn build_module_graph(entry: &Path, sources: &mut SourceMap, diagnostics: &mut Diagnostics) -> Result<ir::Module, BuildError> {
    let mut module = ir::Module::default();
    let entry_path = std::fs::canonicalize(entry).unwrap_or_else(|_| entry.to_path_buf());
    let mut paths: Vec<(PathBuf, String)> = vec![(entry_path.clone(), entry.display().to_string())];
    let mut index_of: HashMap<PathBuf, u32> = HashMap::from([(entry_path, 0)]);
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
        let absolute = path.to_string_lossy().into_owned();
        let file = sources.add(display, absolute.clone(), text);
        module.files.push(absolute);
        if path.extension().is_some_and(|e| e == "json") {
            let text = sources.file(file).text.clone();
            if let Err(error) = serde_json::from_str::<serde_json::Value>(&text) {
                let start = sources.file(file).start;
                diagnostics.push(crate::diagnostics::Diagnostic::syntax_error(start, format!("{}: {error}", path.display())));
            }
            module.modules.push(ir::ModuleEntry { file, function: None, json: Some(text), specifiers: Vec::new() });
            next += 1;
            continue;
        }
        let start = sources.file(file).start;
        let Some(script) = parse::parse_commonjs(&sources.file(file).text, start, diagnostics) else {
            module.modules.push(ir::ModuleEntry { file, function: None, json: Some("null".into()), specifiers: Vec::new() });
            next += 1;
            continue;
        };
        let directory = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let mut requires = HashMap::new();
        let mut specifiers = Vec::new();
        for (specifier, position) in collect_requires(&script) {
            if requires.contains_key(&specifier) {
                continue;
            }
            let resolved = match &core_name {
                // A core module reaches only other core modules and the runtime's bindings.
                Some(_) if specifier.starts_with("internal:") => Resolved::Builtin(specifier.clone()),
                Some(_) => Resolved::Builtin(specifier.strip_prefix("node:").unwrap_or(&specifier).to_string()),
                None => crate::source::resolve::resolve(&specifier, &directory),
            };
            match resolved {
                Resolved::File(found) => {
                    let index = *index_of.entry(found.clone()).or_insert_with(|| {
                        paths.push((found.clone(), found.display().to_string()));
                        paths.len() as u32 - 1
                    });
                    requires.insert(specifier.clone(), lower::RequireTarget::Module(index));
                    specifiers.push((specifier, ir::SpecifierTarget::Module(index)));
                }
                Resolved::Builtin(name) => match core_lib::core_module(&name) {
                    core_lib::CoreModule::Js(_) => {
                        let virtual_path = PathBuf::from(core_lib::core_module_path(&name));
                        let index = *index_of.entry(virtual_path.clone()).or_insert_with(|| {
                            paths.push((virtual_path.clone(), core_lib::core_module_path(&name)));
                            paths.len() as u32 - 1
                        });
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
                Resolved::NotExported { subpath, package_json } => {
                    let message = format!(
                        "Package subpath '{subpath}' is not defined by \"exports\" in {}",
                        package_json.display()
                    );
                    specifiers.push((specifier, ir::SpecifierTarget::NotExported(message)));
                }
                Resolved::NotFound => diagnostics.push(crate::diagnostics::Diagnostic::warning(
                    position,
                    format!("cannot find module '{specifier}'; require() will throw when it runs"),
                )),
            }
        }
        let resolution = resolve::resolve_script(&script, diagnostics);
        let function = lower::lower_commonjs(&mut module, sources, &resolution, diagnostics, file, &script, &requires);
        module.modules.push(ir::ModuleEntry { file, function: Some(function), json: None, specifiers });
        next += 1;
    }
    module.entry = module.modules.first().and_then(|m| m.function);
    if module.entry.is_none() {
        // The entry failed to parse; its diagnostics say why.
        module.entry = Some(ir::FuncId(0));
    }
    Ok(module)
}

/// The string-literal specifiers of `require(...)` calls, with their positions.
fn collect_requires(script: &swc_ecma_ast::Script) -> Vec<(String, u32)> {
    use swc_ecma_ast::{CallExpr, Callee, Expr, Lit};
    use swc_ecma_visit::{Visit, VisitWith};
    struct Finder(Vec<(String, u32)>);
    impl Visit for Finder {
        fn visit_call_expr(&mut self, call: &CallExpr) {
            if let Callee::Expr(callee) = &call.callee {
                if let Expr::Ident(ident) = &**callee {
                    if &*ident.sym == "require" && call.args.len() == 1 && call.args[0].spread.is_none() {
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
    let resolved = crate::source::resolve::resolve(&format!("./{}", entry.file_name().map_or(String::new(), |n| n.to_string_lossy().into_owned())), entry.parent().unwrap_or(input));
    let file = match resolved {
        Resolved::File(found) => found,
        _ => entry,
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

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), BuildError> {
    if path == Path::new("-") {
        use std::io::Write;
        std::io::stdout().write_all(bytes).map_err(|e| BuildError(format!("kiln: cannot write output: {e}")))?;
        return Ok(());
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
    std::fs::rename(&linked, output).map_err(|e| {
        let _ = std::fs::remove_file(&linked);
        BuildError(format!("kiln: cannot write {}: {}", output.display(), io_reason(&e)))
    })
}
