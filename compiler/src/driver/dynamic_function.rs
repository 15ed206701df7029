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
                    self.shadowed.push(Vec::new());
                    for stmt in &mut stmts {
                        stmt.visit_mut_with(self);
                    }
                    self.shadowed.pop();
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
