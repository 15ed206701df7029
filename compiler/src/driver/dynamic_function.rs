//! `Function(...)` and `new Function(...)` whose arguments are all string constants: the
//! function's source text is known at build time, so it is compiled like any other function
//! instead of at run time (which kiln never does). The call is replaced by the function
//! expression CreateDynamicFunction would build (`function anonymous(a,b\n) {\nbody\n}`),
//! parsed as a file of its own so that positions and `toString()` show that text.
//!
//! A dynamic function's scope is the global scope, while the replacement sits inside the module:
//! the rewrite is exact only when no name the function uses freely is declared by a scope
//! around the call (nor the call inside a `with`). When one is, or when an argument is not a
//! constant, the call stays and throws EvalError when it runs; the build warns either way.
//! `x.Function(...)` with constant arguments (dart2js calls `self.Function`, `self` being an
//! object whose prototype is globalThis) becomes `(x.Function === Function ? replacement :
//! x.Function(...))`.
//!
//! A direct `eval` of one constant string is compiled too: its text is parsed as a script of
//! its own file and the call becomes `eval(text, function %eval() { code })` — the marker
//! (`hoist::direct_eval_code` reads it) tells the resolver and lowering to compile `code` inline, in the caller's
//! scope, where the call is (when `eval` is still %eval% at run time). Text that does not parse
//! becomes `eval(text, function %eval-error() { "message" })`, a SyntaxError thrown when the
//! eval runs, as node throws it.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::resolve::hoist::{self, EVAL_CODE_FILE, EVAL_CODE_NAME, EVAL_ERROR_NAME};
use crate::source::SourceMap;
use std::collections::HashSet;
use swc_atoms::Atom;
use swc_common::Spanned;
use swc_ecma_ast::*;
use swc_ecma_visit::{Visit, VisitMut, VisitMutWith, VisitWith};

/// Parses direct eval text as a script of its own file.
fn parse_eval(text: &str, call_site: String, sources: &mut SourceMap, files: &mut Vec<String>) -> Result<Vec<Stmt>, String> {
    let file = sources.add(EVAL_CODE_FILE.into(), call_site.clone(), text.to_string());
    files.push(call_site);
    let start = sources.file(file).start;
    let text = &sources.file(file).text;
    let parsed = match parse_with_if_functions(text, start) {
        Some(parsed) => parsed,
        None => {
            let mut scratch = Diagnostics::default();
            let script = crate::parse::parse_script(text, start, &mut scratch);
            let error = scratch.list.iter().find(|d| d.severity == crate::diagnostics::Severity::Error);
            match (script, error) {
                (Some(script), None) => Ok(script.body),
                (_, Some(error)) => Err(error.message.clone()),
                (None, None) => Err("Invalid or unexpected token".into()),
            }
        }
    };
    // The early errors swc leaves to kiln (except for private names, which the enclosing
    // class declares).
    let body = parsed?;
    let script = Script { span: swc_common::DUMMY_SP, body, shebang: None };
    let mut scratch = Diagnostics::default();
    super::early_errors::check_eval(&script, sources.file(file), &mut scratch);
    match scratch.list.first() {
        Some(error) => Err(error.message.clone()),
        None => Ok(script.body),
    }
}

/// Parses eval text whose only syntax errors are plain function declarations as the body of
/// an `if` or `else`, which sloppy code allows (ECMA-262 B.3.4) and swc's parser reports; the
/// resolver rejects them when the eval code turns out to be strict (as this does for code
/// with its own "use strict", in V8's words). `None` when the text does not parse (or has other
/// errors): the caller reports why.
fn parse_with_if_functions(text: &str, start: u32) -> Option<Result<Vec<Stmt>, String>> {
    use swc_ecma_parser::{EsSyntax, Parser, StringInput, Syntax};
    let input = StringInput::new(text, swc_common::BytePos(start), swc_common::BytePos(start + text.len() as u32));
    let mut parser = Parser::new(Syntax::Es(EsSyntax::default()), input, None);
    let script = parser.parse_script().ok()?;
    let errors = parser.take_errors();
    if errors.is_empty() {
        return None;
    }
    let allowed = hoist::if_clause_functions(&script.body);
    let only_if_functions = errors.iter().all(|error| {
        matches!(error.kind(), swc_ecma_parser::error::SyntaxError::DeclNotAllowed) && allowed.contains(&error.span().lo.0)
    });
    if !only_if_functions {
        return None;
    }
    if hoist::has_use_strict(&script.body) {
        return Some(Err("In strict mode code, functions can only be declared at top level or inside a block.".into()));
    }
    Some(Ok(script.body))
}

/// The marker argument of a rewritten direct eval call.
fn eval_marker(name: &str, span: swc_common::Span, stmts: Vec<Stmt>) -> ExprOrSpread {
    let function = Function {
        this_param: None,
        params: Vec::new(),
        decorators: Vec::new(),
        span,
        ctxt: Default::default(),
        body: Some(FunctionBody { span, stmts }),
        is_generator: false,
        is_async: false,
        type_params: None,
        return_type: None,
    };
    let ident = Ident::new(Atom::from(name), span, Default::default());
    ExprOrSpread { spread: None, expr: Box::new(Expr::Fn(FnExpr { ident: Some(ident), function: Box::new(function) })) }
}

/// Rewrites the constant `Function` calls of a module (`node`: its Script or Module) and warns
/// at the others and at direct `eval` calls.
/// `files` is the program's file list, kept parallel to `sources`.
pub fn compile_constant_functions<N>(node: &mut N, sources: &mut SourceMap, files: &mut Vec<String>, diagnostics: &mut Diagnostics)
where
    N: for<'a> VisitMutWith<Rewriter<'a>> + VisitWith<Declared>,
{
    let mut declared = Declared::default();
    node.visit_with(&mut declared);
    if !declared.mentions_function {
        return;
    }
    let mut rewriter = Rewriter { shadowed: Vec::new(), visible: Vec::new(), in_with: 0, sources, files, diagnostics };
    node.visit_mut_with(&mut rewriter);
}

/// Parses the dynamic function's text as a file of its own.
/// `call_site` is how stack traces name the file (node: `eval at <anonymous> (app.js:3:11),
/// <anonymous>`).
fn parse_function(text: &str, call_site: String, sources: &mut SourceMap, files: &mut Vec<String>) -> Result<FnExpr, ()> {
    let wrapped = format!("({text})");
    let file = sources.add(super::DYNAMIC_FUNCTION_FILE.into(), call_site.clone(), wrapped);
    files.push(call_site);
    let start = sources.file(file).start;
    let mut scratch = Diagnostics::default();
    let script = crate::parse::parse_script(&sources.file(file).text, start, &mut scratch).ok_or(())?;
    let [Stmt::Expr(ExprStmt { expr, .. })] = <[Stmt; 1]>::try_from(script.body).map_err(|_| ())? else {
        return Err(());
    };
    match *expr {
        Expr::Paren(ParenExpr { expr, .. }) => match *expr {
            Expr::Fn(function) => Ok(function),
            _ => Err(()),
        },
        _ => Err(()),
    }
}

/// The first name the function uses freely (not declared by the function itself or a scope
/// inside it) that the module also declares: there the replacement, which sits inside the
/// module, would see the module's binding where node's function sees the global one.
fn function_uses_declared(function: &FnExpr, declared: &HashSet<Atom>) -> Option<String> {
    let mut uses = FreeNames { declared, scopes: Vec::new(), found: None };
    function.visit_with(&mut uses);
    uses.found
}

/// Walks a function with its scopes, noting the first free identifier in `declared`.
struct FreeNames<'a> {
    declared: &'a HashSet<Atom>,
    scopes: Vec<Vec<Atom>>,
    found: Option<String>,
}

impl FreeNames<'_> {
    fn with_scope(&mut self, names: Vec<hoist::Declared>, visit: impl FnOnce(&mut Self)) {
        self.scopes.push(names.into_iter().map(|d| d.name).collect());
        visit(self);
        self.scopes.pop();
    }

    fn function_scope(function: &Function, extra: &[Atom]) -> Vec<hoist::Declared> {
        let mut names = Vec::new();
        for param in &function.params {
            hoist::pattern_names(&param.pat, hoist::DeclKind::Param, &mut names);
        }
        if let Some(body) = &function.body {
            hoist::var_names(&body.stmts, &mut names);
            hoist::lexical_names(&body.stmts, true, &mut names);
        }
        for name in extra.iter().chain(std::iter::once(&Atom::from("arguments"))) {
            names.push(hoist::Declared { name: name.clone(), position: 0, kind: hoist::DeclKind::Param });
        }
        names
    }

    fn head_names(decl: &VarDecl) -> Vec<hoist::Declared> {
        let mut names = Vec::new();
        for declarator in &decl.decls {
            hoist::pattern_names(&declarator.name, hoist::DeclKind::Let, &mut names);
        }
        names
    }
}

impl Visit for FreeNames<'_> {
    fn visit_ident(&mut self, ident: &Ident) {
        if self.found.is_none() && self.declared.contains(&ident.sym) && !self.scopes.iter().any(|scope| scope.contains(&ident.sym)) {
            self.found = Some(ident.sym.to_string());
        }
    }
    fn visit_fn_expr(&mut self, expr: &FnExpr) {
        let own: Vec<Atom> = expr.ident.iter().map(|ident| ident.sym.clone()).collect();
        let names = Self::function_scope(&expr.function, &own);
        self.with_scope(names, |this| expr.function.visit_children_with(this));
    }
    fn visit_function(&mut self, function: &Function) {
        let names = Self::function_scope(function, &[]);
        self.with_scope(names, |this| function.visit_children_with(this));
    }
    fn visit_arrow_expr(&mut self, arrow: &ArrowExpr) {
        let mut names = Vec::new();
        for param in &arrow.params {
            hoist::pattern_names(param, hoist::DeclKind::Param, &mut names);
        }
        if let ArrowFunctionBody::FunctionBody(block) = &*arrow.body {
            hoist::var_names(&block.stmts, &mut names);
            hoist::lexical_names(&block.stmts, true, &mut names);
        }
        self.with_scope(names, |this| arrow.visit_children_with(this));
    }
    fn visit_block_stmt(&mut self, block: &BlockStmt) {
        let mut names = Vec::new();
        hoist::lexical_names(&block.stmts, false, &mut names);
        self.with_scope(names, |this| block.visit_children_with(this));
    }
    fn visit_switch_stmt(&mut self, switch: &SwitchStmt) {
        let mut names = Vec::new();
        for case in &switch.cases {
            hoist::lexical_names(&case.cons, false, &mut names);
        }
        self.with_scope(names, |this| switch.visit_children_with(this));
    }
    fn visit_catch_clause(&mut self, clause: &CatchClause) {
        let mut names = Vec::new();
        if let Some(param) = &clause.param {
            hoist::pattern_names(param, hoist::DeclKind::Let, &mut names);
        }
        self.with_scope(names, |this| clause.visit_children_with(this));
    }
    fn visit_class_expr(&mut self, expr: &ClassExpr) {
        let names = expr.ident.iter().map(|ident| hoist::Declared { name: ident.sym.clone(), position: 0, kind: hoist::DeclKind::Class }).collect();
        self.with_scope(names, |this| expr.class.visit_with(this));
    }
    fn visit_for_stmt(&mut self, stmt: &ForStmt) {
        let names = match &stmt.init {
            Some(VarDeclOrExpr::VarDecl(decl)) => Self::head_names(decl),
            _ => Vec::new(),
        };
        self.with_scope(names, |this| stmt.visit_children_with(this));
    }
    fn visit_for_in_stmt(&mut self, stmt: &ForInStmt) {
        let names = match &stmt.left {
            ForHead::VarDecl(decl) => Self::head_names(decl),
            _ => Vec::new(),
        };
        self.with_scope(names, |this| stmt.visit_children_with(this));
    }
    fn visit_for_of_stmt(&mut self, stmt: &ForOfStmt) {
        let names = match &stmt.left {
            ForHead::VarDecl(decl) => Self::head_names(decl),
            _ => Vec::new(),
        };
        self.with_scope(names, |this| stmt.visit_children_with(this));
    }
    fn visit_constructor(&mut self, constructor: &Constructor) {
        let mut names = constructor_names(constructor);
        names.push(hoist::Declared { name: Atom::from("arguments"), position: 0, kind: hoist::DeclKind::Param });
        self.with_scope(names, |this| constructor.visit_children_with(this));
    }
    // Labels are not variables.
    fn visit_labeled_stmt(&mut self, stmt: &LabeledStmt) {
        stmt.body.visit_with(self);
    }
    fn visit_break_stmt(&mut self, _: &BreakStmt) {}
    fn visit_continue_stmt(&mut self, _: &ContinueStmt) {}
}

/// Whether a module names `Function` or `eval` at all (most do not: they skip the rewrite).
#[derive(Default)]
pub struct Declared {
    /// Some identifier is `Function` or `eval`, or some property is `Function`.
    mentions_function: bool,
}

impl Visit for Declared {
    fn visit_ident(&mut self, ident: &Ident) {
        if &*ident.sym == "Function" || &*ident.sym == "eval" {
            self.mentions_function = true;
        }
    }
    /// `self.Function(...)`.
    fn visit_ident_name(&mut self, ident: &IdentName) {
        if &*ident.sym == "Function" {
            self.mentions_function = true;
        }
    }
}

/// Finds `Function(...)` / `new Function(...)` calls and replaces the constant ones.
pub struct Rewriter<'a> {
    /// For each enclosing scope (module, functions), the names of `Function` and `eval` it
    /// declares.
    shadowed: Vec<Vec<Atom>>,
    /// For each enclosing scope (module, functions, blocks, catch clauses, loop heads, named
    /// function and class expressions), every name it declares: what a function compiled in
    /// place of a call would see instead of the global of that name.
    visible: Vec<Vec<Atom>>,
    /// Inside a `with` statement, whose object's properties the replacement would see.
    in_with: u32,
    sources: &'a mut SourceMap,
    files: &'a mut Vec<String>,
    diagnostics: &'a mut Diagnostics,
}

impl Rewriter<'_> {
    /// Enters a scope whose declarations are `stmts` and `params` (left with `pop_scope`).
    fn push_scope<'p>(&mut self, stmts: &[Stmt], params: impl Iterator<Item = &'p Pat>) {
        let mut names = Vec::new();
        hoist::var_names(stmts, &mut names);
        hoist::lexical_names(stmts, true, &mut names);
        for param in params {
            hoist::pattern_names(param, hoist::DeclKind::Param, &mut names);
        }
        self.push_names(names);
    }

    /// Enters a scope declaring `names` (left with `pop_scope`).
    fn push_names(&mut self, names: Vec<hoist::Declared>) {
        let names: Vec<Atom> = names.into_iter().map(|d| d.name).collect();
        self.shadowed.push(names.iter().filter(|name| &***name == "Function" || &***name == "eval").cloned().collect());
        self.visible.push(names);
    }

    fn pop_scope(&mut self) {
        self.shadowed.pop();
        self.visible.pop();
    }

    /// Every name declared by a scope enclosing the current position.
    fn visible_names(&self) -> HashSet<Atom> {
        self.visible.iter().flatten().cloned().collect()
    }

    fn is_global(&self, name: &Atom) -> bool {
        !self.shadowed.iter().any(|scope| scope.contains(name))
    }
}

impl VisitMut for Rewriter<'_> {
    fn visit_mut_script(&mut self, script: &mut Script) {
        let mut names = Vec::new();
        hoist::var_names(&script.body, &mut names);
        hoist::lexical_names(&script.body, true, &mut names);
        for (name, _) in crate::resolve::MODULE_PARAMETERS {
            names.push(hoist::Declared { name: Atom::from(name), position: 0, kind: hoist::DeclKind::Param });
        }
        self.push_names(names);
        script.visit_mut_children_with(self);
        self.pop_scope();
    }

    fn visit_mut_module(&mut self, module: &mut Module) {
        // The module's statements, its exported declarations as statements, and its imports.
        let mut stmts: Vec<Stmt> = Vec::new();
        let mut names = Vec::new();
        for item in &module.body {
            match item {
                ModuleItem::Stmt(stmt) => stmts.push(stmt.clone()),
                ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => stmts.push(Stmt::Decl(export.decl.clone())),
                ModuleItem::ModuleDecl(ModuleDecl::ExportDefaultDecl(export)) => {
                    let ident = match &export.decl {
                        DefaultDecl::Fn(function) => function.ident.clone(),
                        DefaultDecl::Class(class) => class.ident.clone(),
                        _ => None,
                    };
                    if let Some(ident) = ident {
                        names.push(hoist::Declared { name: ident.sym, position: 0, kind: hoist::DeclKind::Let });
                    }
                }
                ModuleItem::ModuleDecl(ModuleDecl::Import(import)) => {
                    for specifier in &import.specifiers {
                        let local = match specifier {
                            ImportSpecifier::Named(named) => &named.local,
                            ImportSpecifier::Default(default) => &default.local,
                            ImportSpecifier::Namespace(namespace) => &namespace.local,
                        };
                        names.push(hoist::Declared { name: local.sym.clone(), position: 0, kind: hoist::DeclKind::Const });
                    }
                }
                _ => {}
            }
        }
        hoist::var_names(&stmts, &mut names);
        hoist::lexical_names(&stmts, true, &mut names);
        self.push_names(names);
        module.visit_mut_children_with(self);
        self.pop_scope();
    }

    fn visit_mut_fn_expr(&mut self, expr: &mut FnExpr) {
        let names = expr.ident.iter().map(|ident| hoist::Declared { name: ident.sym.clone(), position: 0, kind: hoist::DeclKind::Let }).collect();
        self.push_names(names);
        expr.visit_mut_children_with(self);
        self.pop_scope();
    }

    fn visit_mut_class_expr(&mut self, expr: &mut ClassExpr) {
        let names = expr.ident.iter().map(|ident| hoist::Declared { name: ident.sym.clone(), position: 0, kind: hoist::DeclKind::Class }).collect();
        self.push_names(names);
        expr.visit_mut_children_with(self);
        self.pop_scope();
    }

    fn visit_mut_constructor(&mut self, constructor: &mut Constructor) {
        let names = constructor_names(constructor);
        self.push_names(names);
        constructor.visit_mut_children_with(self);
        self.pop_scope();
    }

    fn visit_mut_block_stmt(&mut self, block: &mut BlockStmt) {
        let mut names = Vec::new();
        hoist::lexical_names(&block.stmts, false, &mut names);
        self.push_names(names);
        block.visit_mut_children_with(self);
        self.pop_scope();
    }

    fn visit_mut_switch_stmt(&mut self, switch: &mut SwitchStmt) {
        let mut names = Vec::new();
        for case in &switch.cases {
            hoist::lexical_names(&case.cons, false, &mut names);
        }
        self.push_names(names);
        switch.visit_mut_children_with(self);
        self.pop_scope();
    }

    fn visit_mut_catch_clause(&mut self, clause: &mut CatchClause) {
        let mut names = Vec::new();
        if let Some(param) = &clause.param {
            hoist::pattern_names(param, hoist::DeclKind::Let, &mut names);
        }
        self.push_names(names);
        clause.visit_mut_children_with(self);
        self.pop_scope();
    }

    fn visit_mut_for_stmt(&mut self, stmt: &mut ForStmt) {
        let names = match &stmt.init {
            Some(VarDeclOrExpr::VarDecl(decl)) => FreeNames::head_names(decl),
            _ => Vec::new(),
        };
        self.push_names(names);
        stmt.visit_mut_children_with(self);
        self.pop_scope();
    }

    fn visit_mut_for_in_stmt(&mut self, stmt: &mut ForInStmt) {
        self.push_names(for_head_names(&stmt.left));
        stmt.visit_mut_children_with(self);
        self.pop_scope();
    }

    fn visit_mut_for_of_stmt(&mut self, stmt: &mut ForOfStmt) {
        self.push_names(for_head_names(&stmt.left));
        stmt.visit_mut_children_with(self);
        self.pop_scope();
    }

    fn visit_mut_with_stmt(&mut self, stmt: &mut WithStmt) {
        stmt.obj.visit_mut_with(self);
        self.in_with += 1;
        stmt.body.visit_mut_with(self);
        self.in_with -= 1;
    }

    fn visit_mut_function(&mut self, function: &mut Function) {
        let stmts = function.body.as_ref().map_or(&[][..], |body| &body.stmts[..]);
        self.push_scope(stmts, function.params.iter().map(|param| &param.pat));
        function.visit_mut_children_with(self);
        self.pop_scope();
    }

    fn visit_mut_arrow_expr(&mut self, arrow: &mut ArrowExpr) {
        let stmts = match &*arrow.body {
            ArrowFunctionBody::FunctionBody(block) => &block.stmts[..],
            _ => &[][..],
        };
        self.push_scope(stmts, arrow.params.iter());
        arrow.visit_mut_children_with(self);
        self.pop_scope();
    }

    fn visit_mut_expr(&mut self, expr: &mut Expr) {
        expr.visit_mut_children_with(self);
        let (callee, args) = match &*expr {
            Expr::Call(CallExpr { callee: Callee::Expr(callee), args, .. }) => (&**callee, Some(args)),
            Expr::New(NewExpr { callee, args, .. }) => (&**callee, args.as_ref()),
            _ => return,
        };
        let position = expr.span().lo.0;
        let ident = match callee {
            Expr::Ident(ident) => ident,
            // `self.Function("a", "body")` (dart2js output, where `self` is an object whose
            // prototype is globalThis): compiled as `(self.Function === Function ? function
            // anonymous(a) { body } : self.Function("a", "body"))`.
            Expr::Member(MemberExpr { obj, prop: MemberProp::Ident(prop), .. })
                if &*prop.sym == "Function" && matches!(&**obj, Expr::Ident(_) | Expr::This(_)) && self.is_global(&Atom::from("Function")) =>
            {
                let texts: Option<Vec<String>> = args.map_or(Some(Vec::new()), |args| args.iter().map(constant_text).collect());
                let Some(texts) = texts else { return };
                let callee = callee.clone();
                if let Some(function) = self.constant_function(texts, position) {
                    let span = expr.span();
                    let intrinsic = Expr::Ident(Ident::new(Atom::from("Function"), span, Default::default()));
                    let test = Expr::Bin(BinExpr { span, op: BinaryOp::EqEqEq, left: Box::new(callee), right: Box::new(intrinsic) });
                    let compiled = Expr::Paren(ParenExpr { span: function.function.span, expr: Box::new(Expr::Fn(function)) });
                    let original = std::mem::replace(expr, Expr::Invalid(Invalid { span }));
                    *expr = Expr::Paren(ParenExpr {
                        span,
                        expr: Box::new(Expr::Cond(CondExpr { span, test: Box::new(test), cons: Box::new(compiled), alt: Box::new(original) })),
                    });
                }
                return;
            }
            _ => return,
        };
        if !self.is_global(&ident.sym) {
            return;
        }
        let literal_non_string = |args: Option<&Vec<ExprOrSpread>>| {
            args.and_then(|args| args.first())
                .is_some_and(|arg| arg.spread.is_none() && matches!(&*arg.expr, Expr::Lit(Lit::Num(_) | Lit::Null(_) | Lit::Bool(_))))
        };
        if &*ident.sym == "eval" && matches!(expr, Expr::Call(_)) && !literal_non_string(args) {
            let text = args.filter(|args| args.len() == 1).and_then(|args| constant_text(&args[0]));
            let Some(text) = text else {
                self.diagnostics.push(Diagnostic::warning(
                    position,
                    "eval() of a string computed at run time cannot be compiled ahead of time; it throws EvalError when it runs",
                ));
                return;
            };
            let call_site = {
                let at = self.sources.pos(position);
                let path = &self.sources.file(self.sources.file_of(position)).absolute_path;
                format!("eval at <anonymous> ({path}:{}:{}), <anonymous>", at.line, at.column)
            };
            let span = expr.span();
            let marker = match parse_eval(&text, call_site, self.sources, self.files) {
                Ok(mut stmts) => {
                    // Calls inside the eval code are rewritten too.
                    let mut names = Vec::new();
                    hoist::var_names(&stmts, &mut names);
                    hoist::lexical_names(&stmts, true, &mut names);
                    self.push_names(names);
                    for stmt in &mut stmts {
                        stmt.visit_mut_with(self);
                    }
                    self.pop_scope();
                    eval_marker(EVAL_CODE_NAME, span, stmts)
                }
                Err(message) => {
                    let text = Expr::Lit(Lit::Str(Str { span, value: message.as_str().into(), raw: None }));
                    eval_marker(EVAL_ERROR_NAME, span, vec![Stmt::Expr(ExprStmt { span, expr: Box::new(text) })])
                }
            };
            if let Expr::Call(call) = expr {
                call.args.push(marker);
            }
            return;
        }
        if &*ident.sym != "Function" {
            return;
        }
        let texts: Option<Vec<String>> = args.map_or(Some(Vec::new()), |args| args.iter().map(constant_text).collect());
        let Some(texts) = texts else {
            self.diagnostics.push(Diagnostic::warning(
                position,
                "the Function constructor with a non-constant argument cannot be compiled ahead of time; it throws EvalError when it runs",
            ));
            return;
        };
        if let Some(function) = self.constant_function(texts, position) {
            *expr = Expr::Paren(ParenExpr { span: function.function.span, expr: Box::new(Expr::Fn(function)) });
        }
    }
}

impl Rewriter<'_> {
    /// The function expression CreateDynamicFunction would build from constant `texts` (the
    /// parameters, then the body), or `None` with a warning when it cannot be compiled here.
    fn constant_function(&mut self, mut texts: Vec<String>, position: u32) -> Option<FnExpr> {
        let body = texts.pop().unwrap_or_default();
        let text = format!("function anonymous({}\n) {{\n{}\n}}", texts.join(","), body);
        let call_site = {
            let at = self.sources.pos(position);
            let path = &self.sources.file(self.sources.file_of(position)).absolute_path;
            format!("eval at <anonymous> ({path}:{}:{}), <anonymous>", at.line, at.column)
        };
        match parse_function(&text, call_site, self.sources, self.files) {
            Ok(_) if self.in_with > 0 => self.diagnostics.push(Diagnostic::warning(
                position,
                "a Function constructor inside a `with` statement cannot be compiled ahead of time; it throws EvalError when it runs",
            )),
            Ok(function) => match function_uses_declared(&function, &self.visible_names()) {
                None => return Some(function),
                Some(name) => self.diagnostics.push(Diagnostic::warning(
                    position,
                    format!(
                        "this Function constructor's body uses '{name}', which the module declares; a function built from a string sees only globals, so kiln cannot compile it ahead of time and it throws EvalError when it runs"
                    ),
                )),
            },
            Err(()) => self.diagnostics.push(Diagnostic::warning(
                position,
                "the source text given to the Function constructor does not parse; it throws when it runs",
            )),
        }
        None
    }
}

/// The string value of a constant argument: a string literal, a template without
/// substitutions, or a `+` of those.
fn constant_text(arg: &ExprOrSpread) -> Option<String> {
    if arg.spread.is_some() {
        return None;
    }
    fn text(expr: &Expr) -> Option<String> {
        match expr {
            Expr::Lit(Lit::Str(string)) => string.value.as_str().map(str::to_string),
            Expr::Tpl(template) if template.exprs.is_empty() => {
                template.quasis.first().and_then(|quasi| quasi.cooked.as_ref()).and_then(|cooked| cooked.as_str().map(str::to_string))
            }
            Expr::Paren(paren) => text(&paren.expr),
            Expr::Bin(BinExpr { op: BinaryOp::Add, left, right, .. }) => Some(text(left)? + &text(right)?),
            _ => None,
        }
    }
    text(&arg.expr)
}

/// The names a `for (let x of …)` / `for (const [a, b] in …)` head declares for its loop.
fn for_head_names(left: &ForHead) -> Vec<hoist::Declared> {
    match left {
        ForHead::VarDecl(decl) => FreeNames::head_names(decl),
        _ => Vec::new(),
    }
}

/// The names a class constructor declares for its body: parameters, `var`s and lexical
/// declarations.
fn constructor_names(constructor: &Constructor) -> Vec<hoist::Declared> {
    let mut names = Vec::new();
    for param in &constructor.params {
        if let ParamOrTsParamProp::Param(param) = param {
            hoist::pattern_names(&param.pat, hoist::DeclKind::Param, &mut names);
        }
    }
    if let Some(body) = &constructor.body {
        hoist::var_names(&body.stmts, &mut names);
        hoist::lexical_names(&body.stmts, true, &mut names);
    }
    names
}
