//! ES modules at build time: the rewrite of a module's items into the statements lowering
//! compiles, the record of its imports and exports, and linking — each export resolved
//! (ResolveExport, ECMA-262 §16.2.1.6.3) to a static slot, a CommonJS property or a namespace,
//! so that every import reads its binding directly.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::ir::ExportTarget;
use crate::lower::{EsmBindings, HeldImport};
use crate::resolve::hoist::{self, DeclKind};
use std::collections::{BTreeMap, HashMap, HashSet};
use swc_atoms::Atom;
use swc_common::{Span, Spanned};
use swc_ecma_ast::*;

/// What an import or re-export takes from its module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Imported {
    /// A named export (`default` included).
    Name(String),
    /// The namespace object.
    Namespace,
}

/// One `import` binding.
#[derive(Clone, Debug)]
pub struct ImportEntry {
    pub local: Atom,
    pub specifier: String,
    pub imported: Imported,
    pub position: u32,
}

/// An ES module's imports and exports as written.
#[derive(Clone, Debug, Default)]
pub struct EsmRecord {
    pub imports: Vec<ImportEntry>,
    /// `export { local as name }` and exported declarations: (name, local, position).
    pub local_exports: Vec<(String, Atom, u32)>,
    /// `export { name as other } from 'x'`, `export * as ns from 'x'`.
    pub indirect_exports: Vec<(String, String, Imported, u32)>,
    /// `export * from 'x'`.
    pub star_exports: Vec<(String, u32)>,
    /// Every static specifier in source order (the module's dependencies).
    pub specifiers: Vec<(String, u32)>,
    /// The import attributes (`with { type: 'json' }`) of every static import and re-export:
    /// (specifier, attributes as written, position).
    pub attributes: Vec<(String, Vec<(String, String)>, u32)>,
    /// The body awaits at top level.
    pub has_top_level_await: bool,
}

fn export_name(name: &ModuleExportName) -> String {
    match name {
        ModuleExportName::Ident(ident) => ident.sym.to_string(),
        ModuleExportName::Str(text) => text.value.to_string_lossy().into_owned(),
    }
}

/// The key/value pairs of an import's `with { ... }` clause (values are string literals).
fn attributes_of(with: Option<&ObjectLit>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for property in with.map(|w| w.props.as_slice()).unwrap_or(&[]) {
        if let PropOrSpread::Prop(property) = property {
            if let Prop::KeyValue(entry) = &**property {
                let key = match &entry.key {
                    PropName::Ident(ident) => ident.sym.to_string(),
                    PropName::Str(text) => string_of(text),
                    _ => continue,
                };
                if let Expr::Lit(Lit::Str(value)) = &*entry.value {
                    out.push((key, string_of(value)));
                }
            }
        }
    }
    out
}

fn string_of(text: &Str) -> String {
    text.value.to_string_lossy().into_owned()
}

/// The names a binding pattern declares.
fn pattern_names(pattern: &Pat, out: &mut Vec<Atom>) {
    match pattern {
        Pat::Ident(binding) => out.push(binding.id.sym.clone()),
        Pat::Array(array) => array.elems.iter().flatten().for_each(|p| pattern_names(p, out)),
        Pat::Object(object) => {
            for property in &object.props {
                match property {
                    ObjectPatProp::KeyValue(kv) => pattern_names(&kv.value, out),
                    ObjectPatProp::Assign(assign) => out.push(assign.key.id.sym.clone()),
                    ObjectPatProp::Rest(rest) => pattern_names(&rest.arg, out),
                }
            }
        }
        Pat::Rest(rest) => pattern_names(&rest.arg, out),
        Pat::Assign(assign) => pattern_names(&assign.left, out),
        _ => {}
    }
}

/// Rewrites module items into statements (see `lower::esm`) and records imports and exports.
pub fn rewrite(module: Module, diagnostics: &mut Diagnostics) -> (Script, EsmRecord) {
    let mut record = EsmRecord::default();
    let mut body = Vec::new();
    // Module code is strict: a directive tells resolve and lowering so.
    body.push(Stmt::Expr(ExprStmt {
        span: Span::new(module.span.lo, module.span.lo),
        expr: Box::new(Expr::Lit(Lit::Str(Str { span: Span::new(module.span.lo, module.span.lo), value: "use strict".into(), raw: Some("\"use strict\"".into()) }))),
    }));
    let mut seen_specifiers = HashSet::new();
    let mut add_specifier = |record: &mut EsmRecord, text: &str, position: u32| {
        if seen_specifiers.insert(text.to_string()) {
            record.specifiers.push((text.to_string(), position));
        }
    };
    for item in module.body {
        let declaration = match item {
            ModuleItem::Stmt(stmt) => {
                body.push(stmt);
                continue;
            }
            ModuleItem::ModuleDecl(declaration) => declaration,
        };
        match declaration {
            ModuleDecl::Import(import) => {
                let specifier = string_of(&import.src);
                add_specifier(&mut record, &specifier, import.span.lo.0);
                record.attributes.push((specifier.clone(), attributes_of(import.with.as_deref()), import.span.lo.0));
                for entry in &import.specifiers {
                    let (local, imported, position) = match entry {
                        ImportSpecifier::Named(named) => {
                            let imported = named.imported.as_ref().map_or_else(|| named.local.sym.to_string(), export_name);
                            (named.local.sym.clone(), Imported::Name(imported), named.span.lo.0)
                        }
                        ImportSpecifier::Default(default) => (default.local.sym.clone(), Imported::Name("default".into()), default.span.lo.0),
                        ImportSpecifier::Namespace(namespace) => (namespace.local.sym.clone(), Imported::Namespace, namespace.span.lo.0),
                    };
                    record.imports.push(ImportEntry { local, specifier: specifier.clone(), imported, position });
                }
            }
            ModuleDecl::ExportDecl(export) => {
                let position = export.span.lo.0;
                let mut names = Vec::new();
                match &export.decl {
                    Decl::Fn(function) => names.push(function.ident.sym.clone()),
                    Decl::Class(class) => names.push(class.ident.sym.clone()),
                    Decl::Var(var) => var.decls.iter().for_each(|d| pattern_names(&d.name, &mut names)),
                    other => diagnostics.push(Diagnostic::unsupported(other.span().lo.0, "this exported declaration")),
                }
                for name in names {
                    record.local_exports.push((name.to_string(), name, position));
                }
                body.push(Stmt::Decl(export.decl));
            }
            ModuleDecl::ExportNamed(named) => {
                let position = named.span.lo.0;
                match &named.src {
                    None => {
                        for specifier in &named.specifiers {
                            if let ExportSpecifier::Named(entry) = specifier {
                                let local = Atom::from(export_name(&entry.orig));
                                let exported = entry.exported.as_ref().map_or_else(|| local.to_string(), export_name);
                                record.local_exports.push((exported, local, entry.span.lo.0));
                            }
                        }
                    }
                    Some(source) => {
                        let text = string_of(source);
                        add_specifier(&mut record, &text, position);
                        record.attributes.push((text.clone(), attributes_of(named.with.as_deref()), position));
                        for specifier in &named.specifiers {
                            match specifier {
                                ExportSpecifier::Named(entry) => {
                                    let imported = export_name(&entry.orig);
                                    let exported = entry.exported.as_ref().map_or_else(|| imported.clone(), export_name);
                                    record.indirect_exports.push((exported, text.clone(), Imported::Name(imported), entry.span.lo.0));
                                }
                                ExportSpecifier::Namespace(entry) => {
                                    record.indirect_exports.push((export_name(&entry.name), text.clone(), Imported::Namespace, entry.span.lo.0));
                                }
                                ExportSpecifier::Default(entry) => {
                                    diagnostics.push(Diagnostic::unsupported(entry.exported.span.lo.0, "`export x from`"));
                                }
                            }
                        }
                    }
                }
            }
            ModuleDecl::ExportAll(all) => {
                let text = string_of(&all.src);
                add_specifier(&mut record, &text, all.span.lo.0);
                record.attributes.push((text.clone(), attributes_of(all.with.as_deref()), all.span.lo.0));
                record.star_exports.push((text, all.span.lo.0));
            }
            ModuleDecl::ExportDefaultDecl(export) => {
                let position = export.span.lo.0;
                let default_ident = Ident::new_no_ctxt("default".into(), Span::new(export.span.lo, export.span.lo));
                match export.decl {
                    DefaultDecl::Fn(function) => {
                        let ident = function.ident.unwrap_or(default_ident);
                        record.local_exports.push(("default".into(), ident.sym.clone(), position));
                        body.push(Stmt::Decl(Decl::Fn(FnDecl { ident, declare: false, function: function.function })));
                    }
                    DefaultDecl::Class(class) => {
                        let ident = class.ident.unwrap_or(default_ident);
                        record.local_exports.push(("default".into(), ident.sym.clone(), position));
                        body.push(Stmt::Decl(Decl::Class(ClassDecl { ident, declare: false, class: class.class })));
                    }
                    DefaultDecl::TsInterfaceDecl(_) => {}
                }
            }
            ModuleDecl::ExportDefaultExpr(export) => {
                let position = export.span.lo.0;
                let ident = Ident::new_no_ctxt("default".into(), Span::new(export.span.lo, export.span.lo));
                record.local_exports.push(("default".into(), ident.sym.clone(), position));
                body.push(Stmt::Decl(Decl::Var(Box::new(VarDecl {
                    span: export.span,
                    ctxt: Default::default(),
                    kind: VarDeclKind::Const,
                    declare: false,
                    decls: vec![VarDeclarator { span: export.span, name: Pat::Ident(BindingIdent { id: ident, type_ann: None }), init: Some(export.expr), definite: false }],
                }))));
            }
            other => diagnostics.push(Diagnostic::unsupported(other.span().lo.0, "TypeScript module syntax")),
        }
    }
    let script = Script { span: module.span, body, shebang: module.shebang };
    record.has_top_level_await = has_top_level_await(&script);
    (script, record)
}

/// Whether `await` (or `for await`) appears outside every function.
fn has_top_level_await(script: &Script) -> bool {
    use swc_ecma_visit::{Visit, VisitWith};
    struct Finder(bool);
    impl Visit for Finder {
        fn visit_await_expr(&mut self, _: &AwaitExpr) {
            self.0 = true;
        }
        fn visit_for_of_stmt(&mut self, stmt: &ForOfStmt) {
            if stmt.is_await {
                self.0 = true;
            }
            stmt.visit_children_with(self);
        }
        fn visit_function(&mut self, _: &Function) {}
        fn visit_arrow_expr(&mut self, _: &ArrowExpr) {}
        fn visit_class(&mut self, class: &Class) {
            // Computed keys and static blocks of a class are not inside a function.
            for member in &class.body {
                if let ClassMember::Method(method) = member {
                    method.key.visit_with(self);
                }
            }
        }
    }
    let mut finder = Finder(false);
    script.visit_with(&mut finder);
    finder.0
}

/// What a module of the graph is, for linking.
pub enum LinkModule<'a> {
    /// An ES module with its record and where its top-level names live.
    Esm { record: &'a EsmRecord, targets: &'a HashMap<String, Target>, slots: &'a HashMap<Atom, (u32, DeclKind)> },
    /// A CommonJS or JSON module: the named exports node's static analysis finds in it
    /// (`cjs_exports`; none for JSON, any for a node core module); `default` is
    /// `module.exports`.
    CommonJs { names: Option<HashSet<String>> },
}

/// What a specifier of an ES module resolved to.
#[derive(Clone, Debug)]
pub enum Target {
    /// A program module.
    Module(u32),
    /// Nothing (the error was reported).
    Missing,
}

/// Resolves export `name` of module `index` (ResolveExport). `None` when it does not exist or
/// is ambiguous.
pub fn resolve_export(modules: &[LinkModule], index: u32, name: &str, visiting: &mut Vec<(u32, String)>) -> Option<ExportTarget> {
    let LinkModule::Esm { record, targets, slots } = &modules[index as usize] else {
        let LinkModule::CommonJs { names } = &modules[index as usize] else { unreachable!("two kinds") };
        let exported = name == "default" || names.as_ref().is_none_or(|names| names.contains(name));
        return exported.then(|| ExportTarget::CjsProperty(index, name.to_string()));
    };
    if visiting.iter().any(|(m, n)| *m == index && n == name) {
        return None;
    }
    visiting.push((index, name.to_string()));
    if let Some((_, local, _)) = record.local_exports.iter().find(|(exported, _, _)| exported == name) {
        // A re-exported import follows the import.
        if let Some(import) = record.imports.iter().find(|i| i.local == *local) {
            let Target::Module(target) = targets.get(&import.specifier)? else { return None };
            return match &import.imported {
                Imported::Namespace => Some(ExportTarget::Namespace(*target)),
                Imported::Name(imported) => resolve_export(modules, *target, imported, visiting),
            };
        }
        return slots.get(local).map(|(slot, _)| ExportTarget::Static(*slot));
    }
    if let Some((_, specifier, imported, _)) = record.indirect_exports.iter().find(|(exported, _, _, _)| exported == name) {
        let Target::Module(target) = targets.get(specifier)? else { return None };
        return match imported {
            Imported::Namespace => Some(ExportTarget::Namespace(*target)),
            Imported::Name(imported) => resolve_export(modules, *target, imported, visiting),
        };
    }
    if name == "default" {
        return None;
    }
    let mut found: Option<ExportTarget> = None;
    for (specifier, _) in &record.star_exports {
        let Some(Target::Module(target)) = targets.get(specifier) else { continue };
        if let Some(resolution) = resolve_export(modules, *target, name, visiting) {
            match &found {
                None => found = Some(resolution),
                Some(existing) if *existing == resolution => {}
                Some(_) => return None, // ambiguous
            }
        }
    }
    found
}

/// Every export name of module `index` (GetExportedNames), sorted.
pub fn exported_names(modules: &[LinkModule], index: u32, visited: &mut Vec<u32>) -> Vec<String> {
    let LinkModule::Esm { record, targets, .. } = &modules[index as usize] else {
        let LinkModule::CommonJs { names } = &modules[index as usize] else { unreachable!("two kinds") };
        let mut names: Vec<String> = names.iter().flatten().filter(|n| *n != "default").cloned().collect();
        names.sort();
        return names;
    };
    if visited.contains(&index) {
        return Vec::new();
    }
    visited.push(index);
    let mut names: Vec<String> = record.local_exports.iter().map(|(n, _, _)| n.clone()).collect();
    names.extend(record.indirect_exports.iter().map(|(n, _, _, _)| n.clone()));
    for (specifier, _) in &record.star_exports {
        if let Some(Target::Module(target)) = targets.get(specifier) {
            for name in exported_names(modules, *target, visited) {
                if name != "default" && !names.contains(&name) {
                    names.push(name);
                }
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

/// The export table of module `index`: every unambiguous export with its target.
pub fn export_table(modules: &[LinkModule], index: u32) -> Vec<(String, ExportTarget)> {
    let names = exported_names(modules, index, &mut Vec::new());
    let mut table = BTreeMap::new();
    for name in names {
        if let Some(target) = resolve_export(modules, index, &name, &mut Vec::new()) {
            table.insert(name, target);
        }
    }
    table.into_iter().collect()
}

/// The top-level names of a rewritten module, in declaration order, with their kinds.
pub fn top_level_names(script: &Script) -> Vec<(Atom, DeclKind, u32)> {
    let mut declared = Vec::new();
    hoist::var_names(&script.body, &mut declared);
    hoist::lexical_names(&script.body, true, &mut declared);
    let mut seen = HashSet::new();
    declared.into_iter().filter(|d| seen.insert(d.name.clone())).map(|d| (d.name, d.kind, d.position)).collect()
}

/// Binds module `index`'s imports: live slots, or held slots numbered from `next_slot`.
/// Reports missing exports as node's SyntaxError.
pub fn bind_imports(
    modules: &[LinkModule],
    index: u32,
    lexical_slots: &HashSet<u32>,
    next_slot: &mut u32,
    diagnostics: &mut Diagnostics,
) -> (Vec<(Atom, u32, bool)>, Vec<(Atom, u32, HeldImport)>) {
    let LinkModule::Esm { record, targets, .. } = &modules[index as usize] else { return (Vec::new(), Vec::new()) };
    let mut live = Vec::new();
    let mut held = Vec::new();
    let mut hold = |name: &Atom, import: HeldImport, held: &mut Vec<(Atom, u32, HeldImport)>| {
        held.push((name.clone(), *next_slot, import));
        *next_slot += 1;
    };
    for import in &record.imports {
        let Some(Target::Module(target)) = targets.get(&import.specifier) else { continue };
        let is_esm = matches!(modules[*target as usize], LinkModule::Esm { .. });
        match &import.imported {
            Imported::Namespace if is_esm => hold(&import.local, HeldImport::EsmNamespace(*target), &mut held),
            Imported::Namespace => hold(&import.local, HeldImport::CjsNamespace(*target), &mut held),
            Imported::Name(name) => match resolve_export(modules, *target, name, &mut Vec::new()) {
                Some(ExportTarget::Static(slot)) => live.push((import.local.clone(), slot, lexical_slots.contains(&slot))),
                Some(ExportTarget::Namespace(module)) => {
                    let kind = if matches!(modules[module as usize], LinkModule::Esm { .. }) {
                        HeldImport::EsmNamespace(module)
                    } else {
                        HeldImport::CjsNamespace(module)
                    };
                    hold(&import.local, kind, &mut held)
                }
                Some(ExportTarget::CjsProperty(module, property)) => {
                    let property = if property == "default" { None } else { Some(property) };
                    hold(&import.local, HeldImport::CjsValue(module, property), &mut held)
                }
                None if is_esm => diagnostics.push(Diagnostic::syntax_error(
                    import.position,
                    format!("The requested module '{}' does not provide an export named '{name}'", import.specifier),
                )),
                None => {
                    // node suggests destructuring every name the module imports from it.
                    let names: Vec<String> = record
                        .imports
                        .iter()
                        .filter(|other| other.specifier == import.specifier)
                        .filter_map(|other| match &other.imported {
                            Imported::Name(imported) if imported == &*other.local => Some(imported.to_string()),
                            Imported::Name(imported) => Some(format!("{imported}: {}", other.local)),
                            Imported::Namespace => None,
                        })
                        .filter(|name| name != "default" && !name.starts_with("default:"))
                        .collect();
                    diagnostics.push(Diagnostic::syntax_error(
                        import.position,
                        format!(
                            "Named export '{name}' not found. The requested module '{specifier}' is a CommonJS module, which may not support all module.exports as named exports.\nCommonJS modules can always be imported via the default export, for example using:\n\nimport pkg from '{specifier}';\nconst {{ {names} }} = pkg;",
                            specifier = import.specifier,
                            names = names.join(", ")
                        ),
                    ))
                }
            },
        }
    }
    (live, held)
}

/// Assembles the lowering view of module `index`.
pub fn bindings(index: u32, locals: Vec<(Atom, u32, DeclKind)>, live: Vec<(Atom, u32, bool)>, held: Vec<(Atom, u32, HeldImport)>, is_async: bool) -> EsmBindings {
    EsmBindings { index, locals, live_imports: live, held_imports: held, is_async }
}
