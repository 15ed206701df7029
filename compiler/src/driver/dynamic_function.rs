//! `Function(...)` and `new Function(...)` whose arguments are all string constants: the
//! function's source text is known at build time, so it is compiled like any other function
//! instead of at run time (which kiln never does). The call is replaced by the function
//! expression CreateDynamicFunction would build (`function anonymous(a,b\n) {\nbody\n}`),
//! parsed as a file of its own so that positions and `toString()` show that text.
//!
//! A dynamic function's scope is the global scope, while the replacement sits inside the module:
//! the rewrite is exact only when no name the function uses is declared by the module. When
//! one is, or when an argument is not a constant, the call stays and throws EvalError when it
//! runs; the build warns either way.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::resolve::hoist;
use crate::source::SourceMap;
use std::collections::HashSet;
use swc_atoms::Atom;
use swc_common::Spanned;
use swc_ecma_ast::*;
use swc_ecma_visit::{Visit, VisitMut, VisitMutWith, VisitWith};

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
    let mut rewriter = Rewriter { declared: declared.names, shadowed: Vec::new(), sources, files, diagnostics };
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

/// The first identifier the function refers to or declares that the module also declares.
fn function_uses_declared(function: &FnExpr, declared: &HashSet<Atom>) -> Option<String> {
    struct Uses<'a> {
        declared: &'a HashSet<Atom>,
        found: Option<String>,
    }
    impl Visit for Uses<'_> {
        fn visit_ident(&mut self, ident: &Ident) {
            if self.found.is_none() && self.declared.contains(&ident.sym) {
                self.found = Some(ident.sym.to_string());
            }
        }
    }
    let mut uses = Uses { declared, found: None };
    function.function.visit_with(&mut uses);
    uses.found
}

/// The names a module declares anywhere (any scope), plus the CommonJS wrapper's.
#[derive(Default)]
pub struct Declared {
    names: HashSet<Atom>,
    /// Some identifier is `Function` or `eval`.
    mentions_function: bool,
}

impl Visit for Declared {
    fn visit_binding_ident(&mut self, ident: &BindingIdent) {
        self.names.insert(ident.id.sym.clone());
    }
    fn visit_fn_decl(&mut self, decl: &FnDecl) {
        self.names.insert(decl.ident.sym.clone());
        decl.visit_children_with(self);
    }
    fn visit_class_decl(&mut self, decl: &ClassDecl) {
        self.names.insert(decl.ident.sym.clone());
        decl.visit_children_with(self);
    }
    fn visit_fn_expr(&mut self, expr: &FnExpr) {
        if let Some(ident) = &expr.ident {
            self.names.insert(ident.sym.clone());
        }
        expr.visit_children_with(self);
    }
    fn visit_class_expr(&mut self, expr: &ClassExpr) {
        if let Some(ident) = &expr.ident {
            self.names.insert(ident.sym.clone());
        }
        expr.visit_children_with(self);
    }
    fn visit_import_named_specifier(&mut self, specifier: &ImportNamedSpecifier) {
        self.names.insert(specifier.local.sym.clone());
    }
    fn visit_import_default_specifier(&mut self, specifier: &ImportDefaultSpecifier) {
        self.names.insert(specifier.local.sym.clone());
    }
    fn visit_import_star_as_specifier(&mut self, specifier: &ImportStarAsSpecifier) {
        self.names.insert(specifier.local.sym.clone());
    }
    fn visit_ident(&mut self, ident: &Ident) {
        if &*ident.sym == "Function" || &*ident.sym == "eval" {
            self.mentions_function = true;
        }
    }
    fn visit_script(&mut self, script: &Script) {
        for (name, _) in crate::resolve::MODULE_PARAMETERS {
            self.names.insert(Atom::from(name));
        }
        script.visit_children_with(self);
    }
}

/// Finds `Function(...)` / `new Function(...)` calls and replaces the constant ones.
pub struct Rewriter<'a> {
    declared: HashSet<Atom>,
    /// For each enclosing scope (module, functions), the names of `Function` and `eval` it
    /// declares.
    shadowed: Vec<Vec<Atom>>,
    sources: &'a mut SourceMap,
    files: &'a mut Vec<String>,
    diagnostics: &'a mut Diagnostics,
}

impl Rewriter<'_> {
    /// Enters a scope whose declarations are `stmts` and `params` (left with `shadowed.pop()`).
    fn push_scope<'p>(&mut self, stmts: &[Stmt], params: impl Iterator<Item = &'p Pat>) {
        let mut names = Vec::new();
        hoist::var_names(stmts, &mut names);
        hoist::lexical_names(stmts, true, &mut names);
        for param in params {
            hoist::pattern_names(param, hoist::DeclKind::Param, &mut names);
        }
        let shadowed = names.into_iter().map(|d| d.name).filter(|name| &**name == "Function" || &**name == "eval").collect();
        self.shadowed.push(shadowed);
    }

    fn is_global(&self, name: &Atom) -> bool {
        !self.shadowed.iter().any(|scope| scope.contains(name))
    }
}

impl VisitMut for Rewriter<'_> {
    fn visit_mut_script(&mut self, script: &mut Script) {
        self.push_scope(&script.body, std::iter::empty());
        script.visit_mut_children_with(self);
        self.shadowed.pop();
    }

    fn visit_mut_module(&mut self, module: &mut Module) {
        let stmts: Vec<Stmt> = module.body.iter().filter_map(|item| item.as_stmt()).filter(|stmt| matches!(stmt, Stmt::Decl(_))).cloned().collect();
        self.push_scope(&stmts, std::iter::empty());
        module.visit_mut_children_with(self);
        self.shadowed.pop();
    }

    fn visit_mut_function(&mut self, function: &mut Function) {
        let stmts = function.body.as_ref().map_or(&[][..], |body| &body.stmts[..]);
        self.push_scope(stmts, function.params.iter().map(|param| &param.pat));
        function.visit_mut_children_with(self);
        self.shadowed.pop();
    }

    fn visit_mut_arrow_expr(&mut self, arrow: &mut ArrowExpr) {
        let stmts = match &*arrow.body {
            ArrowFunctionBody::FunctionBody(block) => &block.stmts[..],
            _ => &[][..],
        };
        self.push_scope(stmts, arrow.params.iter());
        arrow.visit_mut_children_with(self);
        self.shadowed.pop();
    }

    fn visit_mut_expr(&mut self, expr: &mut Expr) {
        expr.visit_mut_children_with(self);
        let (callee, args) = match &*expr {
            Expr::Call(CallExpr { callee: Callee::Expr(callee), args, .. }) => (&**callee, Some(args)),
            Expr::New(NewExpr { callee, args, .. }) => (&**callee, args.as_ref()),
            _ => return,
        };
        let Expr::Ident(ident) = callee else { return };
        if !self.is_global(&ident.sym) {
            return;
        }
        let position = expr.span().lo.0;
        let literal_non_string = |args: Option<&Vec<ExprOrSpread>>| {
            args.and_then(|args| args.first())
                .is_some_and(|arg| arg.spread.is_none() && matches!(&*arg.expr, Expr::Lit(Lit::Num(_) | Lit::Null(_) | Lit::Bool(_))))
        };
        if &*ident.sym == "eval" && matches!(expr, Expr::Call(_)) && !literal_non_string(args) {
            self.diagnostics.push(Diagnostic::warning(
                position,
                "eval() of a string cannot be compiled ahead of time; it throws EvalError when it runs",
            ));
            return;
        }
        if &*ident.sym != "Function" {
            return;
        }
        let texts: Option<Vec<String>> = args.map_or(Some(Vec::new()), |args| args.iter().map(constant_text).collect());
        let Some(mut texts) = texts else {
            self.diagnostics.push(Diagnostic::warning(
                position,
                "the Function constructor with a non-constant argument cannot be compiled ahead of time; it throws EvalError when it runs",
            ));
            return;
        };
        let body = texts.pop().unwrap_or_default();
        let text = format!("function anonymous({}\n) {{\n{}\n}}", texts.join(","), body);
        let call_site = {
            let at = self.sources.pos(position);
            let path = &self.sources.file(self.sources.file_of(position)).absolute_path;
            format!("eval at <anonymous> ({path}:{}:{}), <anonymous>", at.line, at.column)
        };
        match parse_function(&text, call_site, self.sources, self.files) {
            Ok(function) => match function_uses_declared(&function, &self.declared) {
                None => *expr = Expr::Paren(ParenExpr { span: function.function.span, expr: Box::new(Expr::Fn(function)) }),
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
