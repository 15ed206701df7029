//! TypeScript input: parses `.ts`, `.mts` and `.cts` text with swc's TypeScript grammar and
//! erases it to plain JavaScript with swc's `typescript` pass (the `resolver` pass first, for
//! the scope marks the erasure needs; `hygiene` after, for the few names it introduces). Types,
//! interfaces, `declare`, `abstract` members and type-only imports and exports disappear as
//! TypeScript elides them; enums, namespaces and parameter properties become JavaScript.
//!
//! The result is an ordinary ES module or CommonJS script for the rest of the pipeline, with
//! the spans of the TypeScript text: nodes the erasure creates (an enum's function, a
//! namespace's) take the span of the construct they came from, so errors and stack traces
//! point at the `.ts` source. This module knows nothing of paths; the driver tells it which
//! kind of file it has.

use super::finish;
use crate::diagnostics::{Diagnostic, Diagnostics};
use std::collections::{HashMap, HashSet};
use swc_atoms::Atom;
use swc_common::{BytePos, Mark, Span, Spanned, SyntaxContext, GLOBALS};
use swc_ecma_ast::{
    BindingIdent, ClassMember, Decl, Decorator, Expr, Ident, KeyValueProp, MemberExpr, MemberProp, Module, ModuleDecl,
    ModuleItem, Pass, Pat, Program, Prop, PropName, Script, SimpleAssignTarget, Stmt, TsModuleDecl, TsModuleName,
    TsNamespaceBody, VarDeclarator,
};
use swc_ecma_parser::{Parser, StringInput, Syntax, TsSyntax};
use swc_ecma_visit::{Visit, VisitMut, VisitMutWith, VisitWith};

/// A TypeScript file's kind, from its extension.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Flavor {
    /// `.ts`: an ES module when it uses `import`/`export` or its package says
    /// `"type": "module"`, else CommonJS.
    Ts,
    /// `.mts`: always an ES module.
    Mts,
    /// `.cts`: always CommonJS.
    Cts,
    /// `.tsx`: TypeScript with JSX, which kiln rejects.
    Tsx,
}

impl Flavor {
    /// The flavor of a file with this extension (without the dot), if it is TypeScript.
    pub fn from_extension(extension: &str) -> Option<Flavor> {
        match extension {
            "ts" => Some(Flavor::Ts),
            "mts" => Some(Flavor::Mts),
            "cts" => Some(Flavor::Cts),
            "tsx" => Some(Flavor::Tsx),
            _ => None,
        }
    }
}

/// What the driver knows about a TypeScript file besides its text.
#[derive(Copy, Clone, Debug)]
pub struct TsFile {
    /// Its extension's kind.
    pub flavor: Flavor,
    /// Its nearest `package.json` says `"type": "module"`.
    pub package_type_module: bool,
}

/// A TypeScript file erased to JavaScript.
pub enum Erased {
    /// An ES module.
    EsModule(Module),
    /// A CommonJS module body.
    CommonJs(Script),
}

/// Parses and erases a TypeScript file (starting at swc position `start`). Returns `None`
/// when it does not parse or uses what kiln cannot compile; the errors are recorded.
pub fn parse_typescript(text: &str, start: u32, file: TsFile, diagnostics: &mut Diagnostics) -> Option<Erased> {
    if file.flavor == Flavor::Tsx {
        diagnostics.push(Diagnostic::unsupported(start, ".tsx"));
        return None;
    }
    // A file that is an ES module whatever it holds parses with the (strict) module grammar.
    // Any other first parses with TypeScript's module grammar, which keeps a script's sloppy
    // mode, since module-ness follows from the syntax found; a CommonJS file that grammar
    // rejects gets the CommonJS grammar (top-level `return`) as a second chance, and a `.ts`
    // file that turns out to be an ES module is parsed again as one, for strict mode's errors.
    let always_es_module = file.flavor == Flavor::Mts || (file.flavor == Flavor::Ts && file.package_type_module);
    let mut module_errors = Diagnostics::default();
    let module = match parse_module_grammar(text, start, always_es_module, &mut module_errors) {
        Some(module) => module,
        None if always_es_module => {
            diagnostics.list.append(&mut module_errors.list);
            return None;
        }
        None => {
            let mut script_errors = Diagnostics::default();
            let Some(script) = parse_commonjs_grammar(text, start, &mut script_errors) else {
                diagnostics.list.append(&mut module_errors.list);
                return None;
            };
            if !reject_decorators(&script, diagnostics) {
                return None;
            }
            let Program::Script(script) = erase(Program::Script(script)) else {
                unreachable!("erasure keeps the program's kind")
            };
            return Some(Erased::CommonJs(script));
        }
    };
    if !reject_decorators(&module, diagnostics) {
        return None;
    }
    let is_es_module = match file.flavor {
        Flavor::Mts => true,
        Flavor::Cts => false,
        Flavor::Ts | Flavor::Tsx => always_es_module || module.body.iter().any(is_es_module_syntax),
    };
    let module = if is_es_module && !always_es_module {
        parse_module_grammar(text, start, true, diagnostics)?
    } else {
        module
    };
    let Program::Module(module) = erase(Program::Module(module)) else {
        unreachable!("erasure keeps the program's kind")
    };
    if is_es_module {
        return Some(Erased::EsModule(module));
    }
    // A CommonJS file: what is left of `import`/`export` after erasure is syntax TypeScript
    // would compile to `require` calls, which kiln does not do.
    let mut body = Vec::with_capacity(module.body.len());
    for item in module.body {
        match item {
            ModuleItem::Stmt(stmt) => body.push(stmt),
            ModuleItem::ModuleDecl(declaration) => {
                diagnostics.push(Diagnostic::unsupported(
                    declaration.span().lo.0,
                    "ES module syntax in a CommonJS TypeScript file",
                ));
                return None;
            }
        }
    }
    Some(Erased::CommonJs(Script { span: module.span, body, shebang: module.shebang }))
}

/// The TypeScript grammar kiln parses with: decorators parse, so that they are reported as
/// unsupported rather than as a syntax error.
fn syntax() -> Syntax {
    Syntax::Typescript(TsSyntax { decorators: true, ..TsSyntax::default() })
}

/// Parses with the module grammar: strict (an ES module's), or TypeScript's sloppy one.
fn parse_module_grammar(text: &str, start: u32, strict: bool, diagnostics: &mut Diagnostics) -> Option<Module> {
    let end = start + text.len() as u32;
    let mut parser = Parser::new(syntax(), StringInput::new(text, BytePos(start), BytePos(end)), None);
    let result = if strict { parser.parse_module() } else { parser.parse_typescript_module() };
    let errors = parser.take_errors();
    finish(result, errors, text, start, diagnostics)
}

/// Parses with the CommonJS grammar (a function body: top-level `return`).
fn parse_commonjs_grammar(text: &str, start: u32, diagnostics: &mut Diagnostics) -> Option<Script> {
    let end = start + text.len() as u32;
    let mut parser = Parser::new(syntax(), StringInput::new(text, BytePos(start), BytePos(end)), None);
    let result = parser.parse_commonjs();
    let errors = parser.take_errors();
    finish(result, errors, text, start, diagnostics)
}

/// Whether `item` is `import`/`export` syntax that makes a `.ts` file an ES module (as
/// TypeScript's own module detection decides). `import x = require(...)` and `export =` are
/// TypeScript's CommonJS forms and do not count.
fn is_es_module_syntax(item: &ModuleItem) -> bool {
    match item {
        ModuleItem::Stmt(_) => false,
        ModuleItem::ModuleDecl(declaration) => !matches!(
            declaration,
            ModuleDecl::TsImportEquals(_) | ModuleDecl::TsExportAssignment(_) | ModuleDecl::TsNamespaceExport(_)
        ),
    }
}

/// Records "kiln does not support decorators yet" at the first decorator; false when there is one.
fn reject_decorators<N: VisitWith<DecoratorFinder>>(node: &N, diagnostics: &mut Diagnostics) -> bool {
    let mut finder = DecoratorFinder(None);
    node.visit_with(&mut finder);
    match finder.0 {
        Some(position) => {
            diagnostics.push(Diagnostic::unsupported(position, "decorators"));
            false
        }
        None => true,
    }
}

/// Finds the first decorator (legacy TypeScript or TC39) in source order.
struct DecoratorFinder(Option<u32>);

impl Visit for DecoratorFinder {
    fn visit_decorator(&mut self, decorator: &Decorator) {
        let position = decorator.span.lo.0;
        if self.0.is_none_or(|first| position < first) {
            self.0 = Some(position);
        }
    }
}

/// Erases the TypeScript of a parsed program: `resolver` marks scopes, `typescript` strips and
/// compiles, `hygiene` renames the names it introduced where they would clash, and the spans
/// it left empty get their construct's.
fn erase(program: Program) -> Program {
    let config = swc_ecma_transforms_typescript::Config {
        // Class fields keep ES2022 [[Define]] semantics (tsc's `useDefineForClassFields`,
        // the default for modern targets); parameter properties are assigned in the
        // constructor after `super()`.
        native_class_properties: true,
        // Only `const enum` members are inlined, as tsc does; a plain enum's members are read
        // from the enum object.
        ts_enum_is_mutable: true,
        // The driver decides module-ness; no `export {}` is added to a stripped module.
        no_empty_export: true,
        ..Default::default()
    };
    let mut program = GLOBALS.set(&Default::default(), || {
        let unresolved_mark = Mark::new();
        let top_level_mark = Mark::new();
        let mut program = program;
        swc_ecma_transforms_base::resolver(unresolved_mark, top_level_mark, true).process(&mut program);
        let unresolved = SyntaxContext::empty().apply_mark(unresolved_mark);
        program.visit_mut_with(&mut MergedNamespaces { unresolved });
        swc_ecma_transforms_typescript::typescript(config, unresolved_mark, top_level_mark).process(&mut program);
        let hygiene = swc_ecma_transforms_base::hygiene::Config { keep_class_names: true, top_level_mark, ignore_eval: true };
        swc_ecma_transforms_base::hygiene::hygiene_with_config(hygiene).process(&mut program);
        program
    });
    program.visit_mut_with(&mut SpanFiller { enclosing: program.span() });
    program
}

/// Gives every node the erasure created without a position the span of the nearest enclosing
/// node that has one.
struct SpanFiller {
    enclosing: Span,
}

impl SpanFiller {
    /// Visits `node`'s children with `span` (when real) as the enclosing span.
    fn within<N: VisitMutWith<Self>>(&mut self, span: Span, node: &mut N) {
        let saved = self.enclosing;
        if !span.is_dummy() {
            self.enclosing = span;
        }
        node.visit_mut_children_with(self);
        self.enclosing = saved;
    }
}

impl VisitMut for SpanFiller {
    fn visit_mut_span(&mut self, span: &mut Span) {
        if span.is_dummy() {
            *span = self.enclosing;
        }
    }

    fn visit_mut_module_item(&mut self, node: &mut ModuleItem) {
        self.within(node.span(), node);
    }

    fn visit_mut_stmt(&mut self, node: &mut Stmt) {
        self.within(node.span(), node);
    }

    fn visit_mut_decl(&mut self, node: &mut Decl) {
        self.within(node.span(), node);
    }

    fn visit_mut_var_declarator(&mut self, node: &mut VarDeclarator) {
        self.within(node.span, node);
    }

    fn visit_mut_expr(&mut self, node: &mut Expr) {
        self.within(node.span(), node);
    }

    fn visit_mut_pat(&mut self, node: &mut Pat) {
        self.within(node.span(), node);
    }

    fn visit_mut_prop(&mut self, node: &mut Prop) {
        self.within(node.span(), node);
    }

    fn visit_mut_class_member(&mut self, node: &mut ClassMember) {
        self.within(node.span(), node);
    }
}

/// Qualifies the names a namespace block uses from another block of the same namespace:
/// in `namespace N { export const a = 1 } namespace N { console.log(a) }` the second block's
/// `a` is `N.a`. tsc knows this from its checker; swc's pass rewrites only a block's own
/// exports, so kiln does the rest between `resolver` (which leaves such a name unresolved) and
/// the erasure. Blocks merge when they have the same dotted path (`A.B` in
/// `namespace A.B {}` and in `namespace A { export namespace B {} }`) under one statement list.
struct MergedNamespaces {
    /// The syntax context `resolver` gives names it found no declaration for.
    unresolved: SyntaxContext,
}

/// The names each namespace path exports, over all its blocks.
type NamespaceExports = HashMap<Vec<Atom>, HashSet<Atom>>;

impl MergedNamespaces {
    /// Qualifies the namespaces declared in one statement list (and those nested in them).
    fn qualify_list<'a>(&self, namespaces: impl Iterator<Item = &'a mut TsModuleDecl>) {
        let mut namespaces: Vec<&mut TsModuleDecl> = namespaces.filter(|n| !n.declare).collect();
        let mut exports = NamespaceExports::new();
        for namespace in &namespaces {
            collect_namespace_exports(namespace, &mut Vec::new(), &mut exports);
        }
        for namespace in &mut namespaces {
            self.qualify_namespace(namespace, &mut Vec::new(), &exports);
        }
    }

    /// Qualifies the blocks of `namespace`, declared inside the namespaces `outer`.
    fn qualify_namespace(&self, namespace: &mut TsModuleDecl, outer: &mut Vec<Ident>, exports: &NamespaceExports) {
        let TsModuleName::Ident(name) = &namespace.id else {
            return;
        };
        outer.push(name.clone());
        let mut body = namespace.body.as_mut();
        loop {
            match body {
                Some(TsNamespaceBody::TsModuleBlock(block)) => {
                    // A name any enclosing path exports, the innermost winning.
                    let mut names: HashMap<Atom, Ident> = HashMap::new();
                    for depth in 1..=outer.len() {
                        let path: Vec<Atom> = outer[..depth].iter().map(|i| i.sym.clone()).collect();
                        for exported in exports.get(&path).into_iter().flatten() {
                            names.insert(exported.clone(), outer[depth - 1].clone());
                        }
                    }
                    let mut qualifier = Qualifier { names, unresolved: self.unresolved };
                    block.body.visit_mut_with(&mut qualifier);
                    for item in &mut block.body {
                        if let Some(inner) = namespace_of_item(item) {
                            if !inner.declare {
                                self.qualify_namespace(inner, outer, exports);
                            }
                        }
                    }
                    break;
                }
                Some(TsNamespaceBody::TsNamespaceDecl(dotted)) => {
                    outer.push(dotted.id.clone());
                    body = Some(&mut *dotted.body);
                }
                None => break,
            }
        }
        // Pop what this namespace pushed: its name and any dotted parts.
        let depth = namespace_depth(namespace);
        outer.truncate(outer.len() - depth);
    }
}

impl VisitMut for MergedNamespaces {
    fn visit_mut_module(&mut self, module: &mut Module) {
        module.visit_mut_children_with(self);
        self.qualify_list(module.body.iter_mut().filter_map(namespace_of_item));
    }

    fn visit_mut_stmts(&mut self, stmts: &mut Vec<Stmt>) {
        stmts.visit_mut_children_with(self);
        self.qualify_list(stmts.iter_mut().filter_map(|stmt| match stmt {
            Stmt::Decl(Decl::TsModule(namespace)) => Some(&mut **namespace),
            _ => None,
        }));
    }
}

/// The namespace an item declares, exported or not.
fn namespace_of_item(item: &mut ModuleItem) -> Option<&mut TsModuleDecl> {
    match item {
        ModuleItem::Stmt(Stmt::Decl(Decl::TsModule(namespace))) => Some(&mut **namespace),
        ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => match &mut export.decl {
            Decl::TsModule(namespace) => Some(&mut **namespace),
            _ => None,
        },
        _ => None,
    }
}

/// How many names a namespace declaration's dotted name has (`A.B.C`: 3).
fn namespace_depth(namespace: &TsModuleDecl) -> usize {
    let mut depth = 1;
    let mut body = namespace.body.as_ref();
    while let Some(TsNamespaceBody::TsNamespaceDecl(dotted)) = body {
        depth += 1;
        body = Some(&*dotted.body);
    }
    depth
}

/// Adds what `namespace`'s blocks export to `exports`, by path (`outer` holds the enclosing
/// namespaces' names).
fn collect_namespace_exports(namespace: &TsModuleDecl, outer: &mut Vec<Atom>, exports: &mut NamespaceExports) {
    let TsModuleName::Ident(name) = &namespace.id else {
        return;
    };
    let saved = outer.len();
    outer.push(name.sym.clone());
    let mut body = namespace.body.as_ref();
    loop {
        match body {
            Some(TsNamespaceBody::TsModuleBlock(block)) => {
                exports.entry(outer.clone()).or_default().extend(block.body.iter().flat_map(exported_names));
                for item in &block.body {
                    let inner = match item {
                        ModuleItem::Stmt(Stmt::Decl(Decl::TsModule(inner))) => inner,
                        ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => match &export.decl {
                            Decl::TsModule(inner) => inner,
                            _ => continue,
                        },
                        _ => continue,
                    };
                    if !inner.declare {
                        collect_namespace_exports(inner, outer, exports);
                    }
                }
                break;
            }
            Some(TsNamespaceBody::TsNamespaceDecl(dotted)) => {
                // `namespace A.B {}` is `namespace A { export namespace B {} }`.
                exports.entry(outer.clone()).or_default().insert(dotted.id.sym.clone());
                outer.push(dotted.id.sym.clone());
                body = Some(&*dotted.body);
            }
            None => break,
        }
    }
    outer.truncate(saved);
}

/// The value names a namespace block item exports.
fn exported_names(item: &ModuleItem) -> Vec<Atom> {
    match item {
        ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => match &export.decl {
            Decl::Var(var) => {
                let mut finder = BindingNames(Vec::new());
                var.decls.iter().for_each(|d| d.name.visit_with(&mut finder));
                finder.0
            }
            Decl::Fn(function) => vec![function.ident.sym.clone()],
            Decl::Class(class) => vec![class.ident.sym.clone()],
            Decl::TsEnum(enumeration) if !enumeration.declare => vec![enumeration.id.sym.clone()],
            Decl::TsModule(namespace) if !namespace.declare => match &namespace.id {
                TsModuleName::Ident(name) => vec![name.sym.clone()],
                TsModuleName::Str(_) => Vec::new(),
            },
            _ => Vec::new(),
        },
        ModuleItem::ModuleDecl(ModuleDecl::TsImportEquals(import)) if import.is_export && !import.is_type_only => {
            vec![import.id.sym.clone()]
        }
        _ => Vec::new(),
    }
}

/// The names a binding pattern declares.
struct BindingNames(Vec<Atom>);

impl Visit for BindingNames {
    fn visit_binding_ident(&mut self, ident: &BindingIdent) {
        self.0.push(ident.id.sym.clone());
    }

    fn visit_expr(&mut self, _: &Expr) {
        // Default values are expressions, not declarations.
    }
}

/// Rewrites unresolved uses of the names of `names` into `namespace.name`, leaving nested
/// namespaces to their own pass.
struct Qualifier {
    /// A name and the namespace (the innermost) that exports it.
    names: HashMap<Atom, Ident>,
    unresolved: SyntaxContext,
}

impl Qualifier {
    fn member(&self, ident: &Ident) -> Option<MemberExpr> {
        let namespace = self.names.get(&ident.sym).filter(|_| ident.ctxt == self.unresolved)?;
        Some(MemberExpr {
            span: ident.span,
            obj: Box::new(Expr::Ident(Ident { span: ident.span, ..namespace.clone() })),
            prop: MemberProp::Ident(ident.clone().into()),
        })
    }
}

impl VisitMut for Qualifier {
    fn visit_mut_ts_module_decl(&mut self, _: &mut TsModuleDecl) {}

    fn visit_mut_expr(&mut self, expr: &mut Expr) {
        if let Expr::Ident(ident) = expr {
            if let Some(member) = self.member(ident) {
                *expr = Expr::Member(member);
            }
            return;
        }
        expr.visit_mut_children_with(self);
    }

    fn visit_mut_simple_assign_target(&mut self, target: &mut SimpleAssignTarget) {
        if let SimpleAssignTarget::Ident(binding) = target {
            if let Some(member) = self.member(&binding.id) {
                *target = SimpleAssignTarget::Member(member);
            }
            return;
        }
        target.visit_mut_children_with(self);
    }

    fn visit_mut_prop(&mut self, prop: &mut Prop) {
        if let Prop::Shorthand(ident) = prop {
            if let Some(member) = self.member(ident) {
                let key = PropName::Ident(ident.clone().into());
                *prop = Prop::KeyValue(KeyValueProp { key, value: Box::new(Expr::Member(member)) });
            }
            return;
        }
        prop.visit_mut_children_with(self);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn erase_text(text: &str, flavor: Flavor, package_type_module: bool) -> (Option<Erased>, Vec<String>) {
        let mut diagnostics = Diagnostics::default();
        let erased = parse_typescript(text, 1, TsFile { flavor, package_type_module }, &mut diagnostics);
        (erased, diagnostics.list.into_iter().map(|d| d.message).collect())
    }

    fn is_es_module(text: &str, flavor: Flavor, package_type_module: bool) -> bool {
        match erase_text(text, flavor, package_type_module) {
            (Some(Erased::EsModule(_)), _) => true,
            (Some(Erased::CommonJs(_)), _) => false,
            (None, messages) => panic!("{text}: {messages:?}"),
        }
    }

    #[test]
    fn module_kind_follows_extension_syntax_and_package() {
        assert!(!is_es_module("const x: number = 1;", Flavor::Ts, false));
        assert!(is_es_module("const x: number = 1;", Flavor::Ts, true));
        assert!(is_es_module("import type { A } from './a'; const x: A = 1;", Flavor::Ts, false));
        assert!(is_es_module("export {};", Flavor::Ts, false));
        // TypeScript's CommonJS forms.
        assert!(!is_es_module("import fs = require('fs'); export = fs;", Flavor::Ts, false));
        assert!(is_es_module("const x = 1;", Flavor::Mts, false));
        assert!(!is_es_module("import type { A } from './a'; const x: A = 1;", Flavor::Cts, true));
        // A top-level `return` makes sense only in CommonJS.
        assert!(!is_es_module("const n: number = 1; if (n) return;", Flavor::Ts, false));
    }

    #[test]
    fn unsupported_input_is_reported() {
        let (erased, messages) = erase_text("@dec class A {}", Flavor::Ts, false);
        assert!(erased.is_none());
        assert_eq!(messages, ["kiln does not support decorators yet"]);
        let (erased, messages) = erase_text("const a = <b />;", Flavor::Tsx, false);
        assert!(erased.is_none());
        assert_eq!(messages, ["kiln does not support .tsx yet"]);
        let (erased, messages) = erase_text("import { a } from './a'; a();", Flavor::Cts, false);
        assert!(erased.is_none());
        assert_eq!(messages, ["kiln does not support ES module syntax in a CommonJS TypeScript file yet"]);
        let (erased, messages) = erase_text("let a: = 1;", Flavor::Ts, false);
        assert!(erased.is_none());
        assert_eq!(messages, ["Unexpected token '='"]);
    }

    /// Records every span of a tree.
    struct Spans(Vec<Span>);

    impl Visit for Spans {
        fn visit_span(&mut self, span: &Span) {
            self.0.push(*span);
        }
    }

    #[test]
    fn created_nodes_have_positions_in_the_text() {
        let text = "enum E { A, B = 'b' }\nnamespace N { export const x = 1; }\nnamespace N { export const y = x; }\n\
                    class P { constructor(private p: number) {} }\n";
        let (Some(Erased::CommonJs(script)), _) = erase_text(text, Flavor::Ts, false) else {
            panic!("a CommonJS script");
        };
        let mut spans = Spans(Vec::new());
        script.visit_with(&mut spans);
        assert!(!spans.0.is_empty());
        for span in spans.0 {
            assert!(!span.is_dummy() && span.lo.0 >= 1 && span.hi.0 <= 1 + text.len() as u32, "{span:?}");
        }
    }
}
