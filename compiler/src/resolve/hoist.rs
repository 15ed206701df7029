//! Which names a statement list declares, and where: `var` declarations hoisted to the
//! function, lexical declarations of a block, and the names a binding pattern binds. Shared by
//! the resolver and by lowering so that both see the same scopes.

use swc_atoms::Atom;
use swc_ecma_ast::*;
use swc_ecma_visit::{Visit, VisitWith};

/// How a name was declared.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DeclKind {
    /// `var`
    Var,
    /// `let`
    Let,
    /// `const`
    Const,
    /// `class`
    Class,
    /// A function declaration.
    Function,
    /// A parameter.
    Param,
    /// A `catch` parameter.
    CatchParam,
    /// The `var` binding a function declaration in a block also gets in sloppy code (Annex
    /// B.3.2.1); its key is `resolve::annex_b_key` of the declaration's name.
    BlockFunctionVar,
    /// A named function expression's own name: immutable, but assigning it is silently
    /// ignored in sloppy code (ECMA-262 §15.2.5, CreateImmutableBinding(name, false)).
    FunctionName,
}

impl DeclKind {
    /// Whether the binding is block-scoped and has a temporal dead zone.
    pub fn is_lexical(self) -> bool {
        matches!(self, DeclKind::Let | DeclKind::Const | DeclKind::Class)
    }
}

/// One declared name.
#[derive(Clone, Debug)]
pub struct Declared {
    /// The name.
    pub name: Atom,
    /// Position of the declaring identifier (its `DeclKey`).
    pub position: u32,
    /// How it was declared.
    pub kind: DeclKind,
}

/// Appends the names bound by a pattern.
pub fn pattern_names(pat: &Pat, kind: DeclKind, out: &mut Vec<Declared>) {
    match pat {
        Pat::Ident(b) => out.push(Declared { name: b.id.sym.clone(), position: b.id.span.lo.0, kind }),
        Pat::Array(a) => {
            for element in a.elems.iter().flatten() {
                pattern_names(element, kind, out);
            }
        }
        Pat::Rest(r) => pattern_names(&r.arg, kind, out),
        Pat::Object(o) => {
            for prop in &o.props {
                match prop {
                    ObjectPatProp::KeyValue(kv) => pattern_names(&kv.value, kind, out),
                    ObjectPatProp::Assign(a) => {
                        out.push(Declared { name: a.key.id.sym.clone(), position: a.key.id.span.lo.0, kind })
                    }
                    ObjectPatProp::Rest(r) => pattern_names(&r.arg, kind, out),
                }
            }
        }
        Pat::Assign(a) => pattern_names(&a.left, kind, out),
        Pat::Invalid(_) | Pat::Expr(_) => {}
    }
}

fn var_decl_kind(decl: &VarDecl) -> DeclKind {
    match decl.kind {
        VarDeclKind::Var => DeclKind::Var,
        VarDeclKind::Let => DeclKind::Let,
        VarDeclKind::Const => DeclKind::Const,
    }
}

/// Appends the names of a `let`/`const` declaration (nothing for `var`).
pub fn lexical_var_decl(decl: &VarDecl, out: &mut Vec<Declared>) {
    let kind = var_decl_kind(decl);
    if kind.is_lexical() {
        for d in &decl.decls {
            pattern_names(&d.name, kind, out);
        }
    }
}

fn var_decl_names(decl: &VarDecl, out: &mut Vec<Declared>) {
    if decl.kind == VarDeclKind::Var {
        for d in &decl.decls {
            pattern_names(&d.name, DeclKind::Var, out);
        }
    }
}

/// Appends every `var` declared in the statements, looking into nested blocks and loops but
/// not into nested functions.
pub fn var_names(stmts: &[Stmt], out: &mut Vec<Declared>) {
    for stmt in stmts {
        var_names_stmt(stmt, out);
    }
}

fn var_names_stmt(stmt: &Stmt, out: &mut Vec<Declared>) {
    match stmt {
        Stmt::Decl(Decl::Var(decl)) => var_decl_names(decl, out),
        Stmt::Block(b) => var_names(&b.stmts, out),
        Stmt::If(s) => {
            var_names_stmt(&s.cons, out);
            if let Some(alt) = &s.alt {
                var_names_stmt(alt, out);
            }
        }
        Stmt::For(s) => {
            if let Some(VarDeclOrExpr::VarDecl(decl)) = &s.init {
                var_decl_names(decl, out);
            }
            var_names_stmt(&s.body, out);
        }
        Stmt::ForIn(s) => {
            if let ForHead::VarDecl(decl) = &s.left {
                var_decl_names(decl, out);
            }
            var_names_stmt(&s.body, out);
        }
        Stmt::ForOf(s) => {
            if let ForHead::VarDecl(decl) = &s.left {
                var_decl_names(decl, out);
            }
            var_names_stmt(&s.body, out);
        }
        Stmt::While(s) => var_names_stmt(&s.body, out),
        Stmt::DoWhile(s) => var_names_stmt(&s.body, out),
        Stmt::Labeled(s) => var_names_stmt(&s.body, out),
        Stmt::With(s) => var_names_stmt(&s.body, out),
        Stmt::Switch(s) => {
            for case in &s.cases {
                var_names(&case.cons, out);
            }
        }
        Stmt::Try(s) => {
            var_names(&s.block.stmts, out);
            if let Some(handler) = &s.handler {
                var_names(&handler.body.stmts, out);
            }
            if let Some(finalizer) = &s.finalizer {
                var_names(&finalizer.stmts, out);
            }
        }
        _ => {}
    }
}

/// The names direct eval code declares in its own scope: its lexical declarations, plus its
/// `var`s and functions when it is strict (sloppy eval code's `var`s belong to the caller).
pub fn eval_scope_names(code: &[Stmt], sloppy: bool) -> Vec<Declared> {
    let mut declared = Vec::new();
    if !sloppy {
        var_names(code, &mut declared);
    }
    lexical_names(code, true, &mut declared);
    if sloppy {
        declared.retain(|d| d.kind.is_lexical());
    }
    declared
}

/// Appends the lexical declarations directly in the statement list. Function declarations
/// count as var-like at a function's top level (`function_top`) and as lexical in blocks.
pub fn lexical_names(stmts: &[Stmt], function_top: bool, out: &mut Vec<Declared>) {
    for stmt in stmts {
        let stmt = unlabel(stmt);
        match stmt {
            Stmt::Decl(Decl::Var(decl)) => lexical_var_decl(decl, out),
            Stmt::Decl(Decl::Class(c)) => out.push(Declared {
                name: c.ident.sym.clone(),
                position: c.ident.span.lo.0,
                kind: DeclKind::Class,
            }),
            Stmt::Decl(Decl::Fn(f)) => out.push(Declared {
                name: f.ident.sym.clone(),
                position: f.ident.span.lo.0,
                kind: if function_top { DeclKind::Function } else { DeclKind::Let },
            }),
            _ => {}
        }
    }
}

/// The function declarations directly in the statement list (they are initialised when their
/// scope is entered).
pub fn function_decls(stmts: &[Stmt]) -> Vec<&FnDecl> {
    stmts
        .iter()
        .filter_map(|s| match unlabel(s) {
            Stmt::Decl(Decl::Fn(f)) => Some(f),
            _ => None,
        })
        .collect()
}

fn unlabel(stmt: &Stmt) -> &Stmt {
    match stmt {
        Stmt::Labeled(l) => unlabel(&l.body),
        other => other,
    }
}

/// The function declarations nested in blocks of a sloppy function body (not at its top
/// level, not in nested functions) that also get a `var` binding in the function (ECMA-262
/// B.3.2.1, "Changes to FunctionDeclarationInstantiation"): plain functions whose name is not
/// in `excluded` (the parameter names, and `arguments`) and for which a `var` of the same name
/// would not clash with a lexical declaration of an enclosing block or of the body itself.
/// Each is listed by its name and the position of its name (kind `BlockFunctionVar`).
pub fn annex_b_functions(body: &[Stmt], excluded: &[Atom]) -> Vec<Declared> {
    let mut lexical = Vec::new();
    lexical_names(body, true, &mut lexical);
    let mut enclosing: Vec<Atom> = lexical.into_iter().filter(|d| d.kind.is_lexical()).map(|d| d.name).collect();
    let mut out = Vec::new();
    for stmt in body {
        annex_b_nested(stmt, excluded, &mut enclosing, &mut out);
    }
    out
}

/// Walks a statement of a function body looking for block-level function declarations.
fn annex_b_nested(stmt: &Stmt, excluded: &[Atom], enclosing: &mut Vec<Atom>, out: &mut Vec<Declared>) {
    match stmt {
        Stmt::Block(block) => annex_b_block(&block.stmts, excluded, enclosing, out),
        Stmt::If(s) => {
            annex_b_clause(&s.cons, excluded, enclosing, out);
            if let Some(alt) = &s.alt {
                annex_b_clause(alt, excluded, enclosing, out);
            }
        }
        Stmt::Labeled(s) => annex_b_nested(&s.body, excluded, enclosing, out),
        Stmt::While(s) => annex_b_nested(&s.body, excluded, enclosing, out),
        Stmt::DoWhile(s) => annex_b_nested(&s.body, excluded, enclosing, out),
        Stmt::With(s) => annex_b_nested(&s.body, excluded, enclosing, out),
        Stmt::For(s) => {
            let mut head = Vec::new();
            if let Some(VarDeclOrExpr::VarDecl(decl)) = &s.init {
                lexical_var_decl(decl, &mut head);
            }
            annex_b_scoped(&head, &s.body, excluded, enclosing, out);
        }
        Stmt::ForIn(s) => annex_b_for_head(&s.left, &s.body, excluded, enclosing, out),
        Stmt::ForOf(s) => annex_b_for_head(&s.left, &s.body, excluded, enclosing, out),
        Stmt::Switch(s) => {
            let mut names = Vec::new();
            for case in &s.cases {
                lexical_names(&case.cons, false, &mut names);
            }
            let all: Vec<Stmt> = s.cases.iter().flat_map(|case| case.cons.iter().cloned()).collect();
            annex_b_statements(&all, &names, excluded, enclosing, out);
        }
        Stmt::Try(s) => {
            annex_b_block(&s.block.stmts, excluded, enclosing, out);
            if let Some(handler) = &s.handler {
                // A `var` may redeclare a simple catch parameter (B.3.4), not a pattern's names.
                let mut names = Vec::new();
                if let Some(param) = handler.param.as_ref().filter(|param| !matches!(param, Pat::Ident(_))) {
                    pattern_names(param, DeclKind::CatchParam, &mut names);
                }
                let mark = enclosing.len();
                enclosing.extend(names.into_iter().map(|d| d.name));
                annex_b_block(&handler.body.stmts, excluded, enclosing, out);
                enclosing.truncate(mark);
            }
            if let Some(finalizer) = &s.finalizer {
                annex_b_block(&finalizer.stmts, excluded, enclosing, out);
            }
        }
        _ => {}
    }
}

fn annex_b_for_head(left: &ForHead, body: &Stmt, excluded: &[Atom], enclosing: &mut Vec<Atom>, out: &mut Vec<Declared>) {
    let mut head = Vec::new();
    if let ForHead::VarDecl(decl) = left {
        lexical_var_decl(decl, &mut head);
    }
    annex_b_scoped(&head, body, excluded, enclosing, out);
}

/// A loop body inside the scope of its head's lexical declarations.
fn annex_b_scoped(head: &[Declared], body: &Stmt, excluded: &[Atom], enclosing: &mut Vec<Atom>, out: &mut Vec<Declared>) {
    let mark = enclosing.len();
    enclosing.extend(head.iter().map(|d| d.name.clone()));
    annex_b_nested(body, excluded, enclosing, out);
    enclosing.truncate(mark);
}

/// The body of `if`/`else`: a function declaration there is in a block of its own (B.3.4).
fn annex_b_clause(stmt: &Stmt, excluded: &[Atom], enclosing: &mut Vec<Atom>, out: &mut Vec<Declared>) {
    if let Stmt::Decl(Decl::Fn(_)) = stmt {
        annex_b_block(std::slice::from_ref(stmt), excluded, enclosing, out);
    } else {
        annex_b_nested(stmt, excluded, enclosing, out);
    }
}

fn annex_b_block(stmts: &[Stmt], excluded: &[Atom], enclosing: &mut Vec<Atom>, out: &mut Vec<Declared>) {
    let mut names = Vec::new();
    lexical_names(stmts, false, &mut names);
    annex_b_statements(stmts, &names, excluded, enclosing, out);
}

/// The statements of one block scope whose lexical declarations are `names`.
fn annex_b_statements(stmts: &[Stmt], names: &[Declared], excluded: &[Atom], enclosing: &mut Vec<Atom>, out: &mut Vec<Declared>) {
    for decl in function_decls(stmts) {
        let name = &decl.ident.sym;
        let plain = !decl.function.is_generator && !decl.function.is_async;
        // Other function declarations of the name in this block are the same lexical binding.
        let clashes_here = lexical_has_non_function(stmts, name);
        if plain && !clashes_here && !excluded.contains(name) && !enclosing.contains(name) {
            out.push(Declared { name: name.clone(), position: decl.ident.span.lo.0, kind: DeclKind::BlockFunctionVar });
        }
    }
    let mark = enclosing.len();
    enclosing.extend(names.iter().map(|d| d.name.clone()));
    for stmt in stmts {
        annex_b_nested(stmt, excluded, enclosing, out);
    }
    enclosing.truncate(mark);
}

/// Whether the block's statements declare `name` with `let`, `const` or `class`.
fn lexical_has_non_function(stmts: &[Stmt], name: &Atom) -> bool {
    stmts.iter().any(|stmt| match unlabel(stmt) {
        Stmt::Decl(Decl::Var(decl)) if decl.kind != VarDeclKind::Var => {
            let mut names = Vec::new();
            lexical_var_decl(decl, &mut names);
            names.iter().any(|d| d.name == *name)
        }
        Stmt::Decl(Decl::Class(c)) => c.ident.sym == *name,
        _ => false,
    })
}

/// Whether a statement list starts with a `"use strict"` directive.
pub fn has_use_strict(stmts: &[Stmt]) -> bool {
    for stmt in stmts {
        match stmt {
            Stmt::Expr(ExprStmt { expr, .. }) => match &**expr {
                Expr::Lit(Lit::Str(s)) => {
                    if s.raw.as_deref().map(|r| &r[1..r.len() - 1]) == Some("use strict") {
                        return true;
                    }
                }
                _ => return false,
            },
            _ => return false,
        }
    }
    false
}

/// The display path of the files holding direct eval code (their absolute path names the
/// call site, as node's stack traces do).
pub const EVAL_CODE_FILE: &str = "<eval>";

/// The name of the marker function expression holding the parsed code of a direct eval
/// (`driver::dynamic_function` rewrites `eval("code")` to `eval("code", function %eval() {
/// code })`).
pub const EVAL_CODE_NAME: &str = "%eval";
/// The name of the marker function expression holding the SyntaxError message of eval text
/// that does not parse (`eval("text", function %eval-error() { "message" })`).
pub const EVAL_ERROR_NAME: &str = "%eval-error";

/// The code of a direct eval call of constant text: `Ok(statements)`, or `Err(message)` for
/// text that does not parse. `None` for any other call.
pub fn direct_eval_code(call: &CallExpr) -> Option<Result<&[Stmt], String>> {
    let Callee::Expr(callee) = &call.callee else { return None };
    let Expr::Ident(ident) = &**callee else { return None };
    if &*ident.sym != "eval" || call.args.len() != 2 {
        return None;
    }
    let Expr::Fn(FnExpr { ident: Some(marker), function }) = &*call.args[1].expr else { return None };
    let body = function.body.as_ref()?;
    match &*marker.sym {
        EVAL_CODE_NAME => Some(Ok(&body.stmts)),
        EVAL_ERROR_NAME => {
            let message = match body.stmts.first() {
                Some(Stmt::Expr(ExprStmt { expr, .. })) => match &**expr {
                    Expr::Lit(Lit::Str(text)) => text.value.to_string_lossy().into_owned(),
                    _ => String::new(),
                },
                _ => String::new(),
            };
            Some(Err(message))
        }
        _ => None,
    }
}

/// The direct evals of constant text in a function body whose `var` and function declarations
/// would become the function's (sloppy eval code, ECMA-262 §19.2.1.3): every such call outside
/// nested functions and classes, also inside the code of such evals, by the call's position,
/// with the names its code declares that way (kind `BlockFunctionVar` for the Annex B `var`s
/// of its block-level functions). Evals of strict code (and the evals inside them) are left
/// out.
pub fn sloppy_direct_evals(body: &[Stmt]) -> Vec<(u32, Vec<Declared>)> {
    sloppy_direct_evals_in(&[], body)
}

/// [`sloppy_direct_evals`] of a function's parameter list (default values) and body.
pub fn sloppy_direct_evals_in(params: &[&Pat], body: &[Stmt]) -> Vec<(u32, Vec<Declared>)> {
    let mut finder = EvalFinder { found: Vec::new() };
    for param in params {
        param.visit_with(&mut finder);
    }
    for stmt in body {
        stmt.visit_with(&mut finder);
    }
    finder.found
}

/// The names eval code declares in its variable environment: its `var`s and its top-level
/// function declarations.
pub fn eval_var_names(code: &[Stmt]) -> Vec<Declared> {
    let mut names = Vec::new();
    var_names(code, &mut names);
    let mut top = Vec::new();
    lexical_names(code, true, &mut top);
    names.extend(top.into_iter().filter(|d| d.kind == DeclKind::Function).map(|d| Declared { kind: DeclKind::Var, ..d }));
    names
}

struct EvalFinder {
    found: Vec<(u32, Vec<Declared>)>,
}

impl Visit for EvalFinder {
    fn visit_call_expr(&mut self, call: &CallExpr) {
        let Some(code) = direct_eval_code(call) else {
            call.visit_children_with(self);
            return;
        };
        call.callee.visit_with(self);
        call.args[0].visit_with(self);
        if let Ok(code) = code {
            if !has_use_strict(code) {
                // Block-level functions of sloppy eval code also get a `var` (Annex B.3.2.3).
                let mut names = eval_var_names(code);
                names.extend(annex_b_functions(code, &[]));
                self.found.push((call.span.lo.0, names));
                for stmt in code {
                    stmt.visit_with(self);
                }
            }
        }
    }
    fn visit_function(&mut self, _function: &Function) {}
    fn visit_arrow_expr(&mut self, _arrow: &ArrowExpr) {}
    fn visit_class(&mut self, _class: &Class) {}
}

/// The positions of the plain function declarations that are the body of an `if` or `else`
/// (allowed in sloppy code only, B.3.4), anywhere in the statements.
pub fn if_clause_functions(stmts: &[Stmt]) -> Vec<u32> {
    struct Finder(Vec<u32>);
    impl Visit for Finder {
        fn visit_if_stmt(&mut self, node: &IfStmt) {
            for clause in std::iter::once(&node.cons).chain(node.alt.as_ref()) {
                if let Stmt::Decl(Decl::Fn(f)) = &**clause {
                    if !f.function.is_generator && !f.function.is_async {
                        self.0.push(f.function.span.lo.0);
                    }
                }
            }
            node.visit_children_with(self);
        }
    }
    let mut finder = Finder(Vec::new());
    for stmt in stmts {
        stmt.visit_with(&mut finder);
    }
    finder.0
}

/// The first place strict code binds or assigns `eval` or `arguments` (an early error the
/// parser reports only for code it knows to be strict, which eval code of a strict caller is
/// not when it is parsed).
pub fn strict_eval_or_arguments_target(stmts: &[Stmt]) -> Option<u32> {
    struct Finder(Option<u32>);
    impl Finder {
        fn check(&mut self, ident: &Ident) {
            if self.0.is_none() && matches!(&*ident.sym, "eval" | "arguments") {
                self.0 = Some(ident.span.lo.0);
            }
        }
    }
    impl Visit for Finder {
        fn visit_binding_ident(&mut self, node: &BindingIdent) {
            self.check(&node.id);
        }
        fn visit_simple_assign_target(&mut self, node: &SimpleAssignTarget) {
            if let SimpleAssignTarget::Ident(binding) = node {
                self.check(&binding.id);
            }
            node.visit_children_with(self);
        }
        fn visit_update_expr(&mut self, node: &UpdateExpr) {
            if let Expr::Ident(ident) = &*node.arg {
                self.check(ident);
            }
            node.visit_children_with(self);
        }
        fn visit_fn_decl(&mut self, node: &FnDecl) {
            self.check(&node.ident);
            node.visit_children_with(self);
        }
        fn visit_fn_expr(&mut self, node: &FnExpr) {
            if let Some(ident) = &node.ident {
                self.check(ident);
            }
            node.visit_children_with(self);
        }
    }
    let mut finder = Finder(None);
    for stmt in stmts {
        stmt.visit_with(&mut finder);
    }
    finder.0
}
