//! Which names a statement list declares, and where: `var` declarations hoisted to the
//! function, lexical declarations of a block, and the names a binding pattern binds. Shared by
//! the resolver and by lowering so that both see the same scopes.

use swc_atoms::Atom;
use swc_ecma_ast::*;

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
