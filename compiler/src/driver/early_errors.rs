//! Early errors swc's parser does not report, found by one walk over a parsed file and
//! reported in V8's words (node refuses to run the file; only the first is reported, as node
//! does):
//! - a regular expression literal whose pattern or flags do not compile (`kiln_regexp_syntax`),
//!   or whose body holds a line terminator;
//! - reserved words written with escapes used as identifiers (`d\u0065lete`, `st\u0061tic` in
//!   strict code, `\u0061wait` in async functions and modules, `yi\u0065ld` in generators);
//! - what a function's own `"use strict"` makes wrong in the parameters and name read before
//!   it (`eval`/`arguments`, strict reserved words, a legacy octal escape in an earlier
//!   directive);
//! - duplicate parameters where ECMA-262 forbids them (strict code, non-simple lists, arrow
//!   functions, methods, generators and async functions with non-simple lists);
//! - duplicate private names in a class body, and private names not declared by an enclosing
//!   class (a class's `extends` clause sees only the enclosing classes' names);
//! - declarations as the body of `if`, loops, `with` and labels (a plain function as the body
//!   of an `if` in sloppy code is allowed, ECMA-262 B.3.4; `parse` lets swc's error for it
//!   through to here);
//! - a `for (;;)` head whose second `;` is missing (swc inserts it).
//!
//! It reads the AST and the file's text only; it never changes either.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::resolve::hoist::{self, DeclKind};
use crate::source::SourceFile;
use swc_atoms::Atom;
use swc_common::Spanned;
use swc_ecma_ast::*;
use swc_ecma_visit::{Visit, VisitWith};

/// Reports the early errors of a classic script or CommonJS module.
pub fn check(script: &Script, file: &SourceFile, diagnostics: &mut Diagnostics) {
    let strict = hoist::has_use_strict(&script.body);
    let mut checker = EarlyErrors::new(file, strict, false);
    checker.directives(&script.body, false);
    script.visit_with(&mut checker);
    checker.finish(diagnostics);
}

/// Reports the early errors of direct eval code, but not its references to private names
/// (the class around the eval call declares them).
pub fn check_eval(script: &Script, file: &SourceFile, diagnostics: &mut Diagnostics) {
    let strict = hoist::has_use_strict(&script.body);
    let mut checker = EarlyErrors::new(file, strict, false);
    checker.private_names_known = false;
    checker.directives(&script.body, false);
    script.visit_with(&mut checker);
    checker.finish(diagnostics);
}

/// Reports the early errors of an ES module (strict code, `await` reserved).
pub fn check_module(module: &Module, file: &SourceFile, diagnostics: &mut Diagnostics) {
    let mut checker = EarlyErrors::new(file, true, true);
    module.visit_with(&mut checker);
    checker.finish(diagnostics);
}

/// Words that are never identifiers (ECMA-262 §12.7.2 ReservedWord).
const RESERVED: &[&str] = &[
    "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
    "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new",
    "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
    "yield",
];

/// Words reserved in strict code only.
const STRICT_RESERVED: &[&str] =
    &["implements", "interface", "let", "package", "private", "protected", "public", "static", "yield"];

const ESCAPED_KEYWORD: &str = "Keyword must not contain escaped characters";
const DUPLICATE_PARAMETER: &str = "Duplicate parameter name not allowed in this context";

/// What kind of function a parameter list belongs to (which decides whether duplicate
/// parameter names are allowed).
#[derive(Copy, Clone, PartialEq, Eq)]
enum FunctionKind {
    /// `function` declarations and expressions (also generators and async functions).
    Plain,
    /// Methods, getters, setters, class constructors and arrow functions: UniqueFormalParameters.
    Unique,
}

/// A function's body as the checker walks it.
#[derive(Copy, Clone)]
enum Body<'b> {
    Statements(&'b [Stmt]),
    Expression(&'b Expr),
    None,
}

/// What a function is: async, a generator, and whether `await`/`yield` are reserved in its
/// parameters.
#[derive(Copy, Clone)]
struct FunctionFlags {
    arrow: bool,
    is_async: bool,
    is_generator: bool,
    params_context: (bool, bool),
}

/// The walk's state: the context of the code being visited and the errors found.
pub struct EarlyErrors<'a> {
    file: &'a SourceFile,
    strict: bool,
    module: bool,
    /// `await` is reserved here (the parameters and body of an async function, a static block).
    await_reserved: bool,
    /// `yield` is reserved here (the parameters and body of a generator).
    yield_reserved: bool,
    /// The private names each enclosing class declares, innermost last.
    private_names: Vec<Vec<Atom>>,
    /// Set while visiting an arrow function's parameters.
    in_arrow_params: bool,
    /// Whether every class declaring a private name the code can see is in the walk (not so
    /// for eval code).
    private_names_known: bool,
    errors: Vec<(u32, &'static str, String)>,
}

impl<'a> EarlyErrors<'a> {
    fn new(file: &'a SourceFile, strict: bool, module: bool) -> Self {
        EarlyErrors {
            file,
            strict,
            module,
            await_reserved: module,
            yield_reserved: false,
            private_names: Vec::new(),
            in_arrow_params: false,
            private_names_known: true,
            errors: Vec::new(),
        }
    }

    fn error(&mut self, position: u32, message: impl Into<String>) {
        self.errors.push((position, "SyntaxError", message.into()));
    }

    /// Reports the first error in the file (node stops at the first).
    fn finish(mut self, diagnostics: &mut Diagnostics) {
        self.errors.sort_by_key(|(position, ..)| *position);
        if let Some((position, _, message)) = self.errors.into_iter().next() {
            diagnostics.push(Diagnostic::syntax_error(position, message));
        }
    }

    /// Whether the file is TypeScript (its AST is the erased JavaScript, its text is not).
    fn typescript(&self) -> bool {
        [".ts", ".mts", ".cts", ".tsx"].iter().any(|extension| self.file.display_path.ends_with(extension))
    }

    /// The source text of a span, if it lies in this file.
    fn text(&self, span: swc_common::Span) -> Option<&'a str> {
        let from = span.lo.0.checked_sub(self.file.start)? as usize;
        let to = span.hi.0.checked_sub(self.file.start)? as usize;
        self.file.text.get(from..to)
    }

    /// An identifier written with a `\u` escape that spells a word reserved here.
    fn check_identifier(&mut self, ident: &Ident) {
        self.check_identifier_as(ident, false);
    }

    /// [`Self::check_identifier`]; V8 words an escaped `await` that a declaration binds
    /// differently.
    fn check_identifier_as(&mut self, ident: &Ident, binding: bool) {
        let word = &*ident.sym;
        let reserved = (RESERVED.contains(&word) && !matches!(word, "await" | "yield"))
            || (self.strict && STRICT_RESERVED.contains(&word))
            || (word == "await" && (self.await_reserved || self.module))
            || (word == "yield" && self.yield_reserved);
        if reserved && self.text(ident.span).is_some_and(|text| text.contains('\\')) {
            let message = if binding && word == "await" { "Unexpected reserved word" } else { ESCAPED_KEYWORD };
            self.error(ident.span.lo.0, message);
        }
    }

    /// The directive prologue of a body: a legacy octal escape in a directive before a
    /// `"use strict"` one is an error (the strictness applies to the whole body).
    fn directives(&mut self, stmts: &[Stmt], already_strict: bool) {
        if already_strict {
            return;
        }
        let mut octal = None;
        for stmt in stmts {
            let Stmt::Expr(ExprStmt { expr, .. }) = stmt else { return };
            let Expr::Lit(Lit::Str(string)) = &**expr else { return };
            let Some(raw) = string.raw.as_deref() else { return };
            if raw.len() >= 2 && &raw[1..raw.len() - 1] == "use strict" {
                if let Some((position, message)) = octal {
                    self.error(position, message);
                }
                return;
            }
            if octal.is_none() {
                octal = legacy_escape(raw).map(|message| (string.span.lo.0, message));
            }
        }
    }

    /// Checks a function's parameters and body in the function's own context. `params_context`
    /// says whether `await` and `yield` are reserved in the parameters.
    fn function_like(&mut self, kind: FunctionKind, name: Option<&Ident>, params: &[&Pat], body: Body<'_>, flags: FunctionFlags) {
        let own_strict = matches!(body, Body::Statements(stmts) if hoist::has_use_strict(stmts));
        if let Body::Statements(stmts) = body {
            self.directives(stmts, self.strict);
        }
        let saved = (self.strict, self.await_reserved, self.yield_reserved);
        self.strict = self.strict || own_strict;
        (self.await_reserved, self.yield_reserved) = flags.params_context;
        let retroactive = own_strict && !saved.0;
        if retroactive {
            if let Some(name) = name {
                self.strict_binding(name);
            }
        }
        let mut names = Vec::new();
        let saved_arrow = self.in_arrow_params;
        self.in_arrow_params = flags.arrow;
        for param in params {
            param.visit_with(self);
            hoist::pattern_names(param, DeclKind::Var, &mut names);
        }
        self.in_arrow_params = saved_arrow;
        if retroactive {
            for declared in &names {
                self.strict_binding_name(&declared.name, declared.position);
            }
        }
        let simple = params.iter().all(|param| matches!(param, Pat::Ident(_)));
        if kind == FunctionKind::Unique || self.strict || !simple {
            for (index, declared) in names.iter().enumerate() {
                if names[..index].iter().any(|earlier| earlier.name == declared.name) {
                    self.error(declared.position, DUPLICATE_PARAMETER);
                    break;
                }
            }
        }
        self.await_reserved = flags.is_async;
        self.yield_reserved = flags.is_generator;
        match body {
            Body::Statements(stmts) => {
                for stmt in stmts {
                    stmt.visit_with(self);
                }
            }
            Body::Expression(expr) => expr.visit_with(self),
            Body::None => {}
        }
        (self.strict, self.await_reserved, self.yield_reserved) = saved;
    }

    /// A function's name or parameter when its own `"use strict"` makes it strict.
    fn strict_binding(&mut self, ident: &Ident) {
        self.strict_binding_name(&ident.sym, ident.span.lo.0);
    }

    fn strict_binding_name(&mut self, name: &Atom, position: u32) {
        if matches!(&**name, "eval" | "arguments") {
            self.error(position, "Unexpected eval or arguments in strict mode");
        } else if STRICT_RESERVED.contains(&&**name) {
            self.error(position, "Unexpected strict mode reserved word");
        }
    }

    fn function(&mut self, function: &Function, kind: FunctionKind, name: Option<&Ident>) {
        let params: Vec<&Pat> = function.params.iter().map(|param| &param.pat).collect();
        let body = function.body.as_ref().map_or(Body::None, |body| Body::Statements(&body.stmts));
        let flags = FunctionFlags {
            arrow: false,
            is_async: function.is_async,
            is_generator: function.is_generator,
            params_context: (function.is_async, function.is_generator),
        };
        self.function_like(kind, name, &params, body, flags);
    }

    /// A statement that is the body of `if`, a loop, `with` or a label: no declarations
    /// (ECMA-262 §14.7.1.1, §14.11.1, §14.13.1, B.3.4).
    fn check_substatement(&mut self, stmt: &Stmt, if_clause: bool) {
        let mut inner = stmt;
        let mut labelled = false;
        while let Stmt::Labeled(labeled) = inner {
            inner = &labeled.body;
            labelled = true;
        }
        let Stmt::Decl(decl) = inner else { return };
        let message = match decl {
            Decl::Fn(f) if f.function.is_async => "Async functions can only be declared at the top level or inside a block.",
            Decl::Fn(f) if f.function.is_generator => "Generators can only be declared at the top level or inside a block.",
            Decl::Fn(_) if self.strict => "In strict mode code, functions can only be declared at top level or inside a block.",
            Decl::Fn(_) if if_clause && !labelled => return,
            Decl::Fn(_) => "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.",
            Decl::Class(_) => "Unexpected token 'class'",
            Decl::Var(var) if var.kind != VarDeclKind::Var => "Lexical declaration cannot appear in a single-statement context",
            _ => return,
        };
        self.error(decl.span().lo.0, message);
    }

    /// A class element may not be a static `prototype` or a field named `constructor`
    /// (ECMA-262 §15.7.1).
    fn check_class_element_names(&mut self, class: &Class) {
        for member in &class.body {
            let (key, is_static, field) = match member {
                ClassMember::Method(method) => (&method.key, method.is_static, false),
                ClassMember::ClassProp(prop) => (&prop.key, prop.is_static, true),
                _ => continue,
            };
            let name = match key {
                PropName::Ident(ident) => ident.sym.to_string(),
                PropName::Str(string) => string.value.to_string_lossy().into_owned(),
                _ => continue,
            };
            if is_static && name == "prototype" {
                self.error(key.span().lo.0, "Classes may not have a static property named 'prototype'");
            } else if field && name == "constructor" {
                self.error(key.span().lo.0, "Classes may not have a field named 'constructor'");
            }
        }
    }

    /// Checks the private names a class body declares, and returns them.
    fn declare_private_names(&mut self, class: &Class) -> Vec<Atom> {
        // (name, static, getter, setter) of each declaration so far.
        let mut declared: Vec<(Atom, bool, bool, bool)> = Vec::new();
        for member in &class.body {
            let (key, is_static, getter, setter) = match member {
                ClassMember::PrivateMethod(method) => (
                    &method.key,
                    method.is_static,
                    method.kind == MethodKind::Getter,
                    method.kind == MethodKind::Setter,
                ),
                ClassMember::PrivateProp(prop) => (&prop.key, prop.is_static, false, false),
                ClassMember::AutoAccessor(AutoAccessor { key: Key::Private(key), is_static, .. }) => (key, *is_static, false, false),
                _ => continue,
            };
            // swc decodes `#\u200D…` without checking that it starts an identifier.
            let starts_identifier = key.name.chars().next().is_some_and(|c| {
                c.is_alphabetic() || matches!(c, '$' | '_' | '\u{1885}' | '\u{1886}' | '\u{2118}' | '\u{212e}' | '\u{309b}' | '\u{309c}')
            });
            if !starts_identifier {
                self.error(key.span.lo.0, "Invalid or unexpected token");
            }
            if let Some(earlier) = declared.iter_mut().find(|d| d.0 == key.name) {
                // Only a getter and a setter of the same placement may share a name.
                let pairs = earlier.1 == is_static && ((earlier.2 && !earlier.3 && setter) || (earlier.3 && !earlier.2 && getter));
                if pairs {
                    earlier.2 |= getter;
                    earlier.3 |= setter;
                    continue;
                }
                self.error(key.span.lo.0, format!("Identifier '#{}' has already been declared", key.name));
                continue;
            }
            declared.push((key.name.clone(), is_static, getter, setter));
        }
        declared.into_iter().map(|d| d.0).collect()
    }

    /// The `;` after a `for (init; test` head must be in the text (swc inserts it at a line
    /// break, which automatic semicolon insertion never does there).
    fn check_for_head(&mut self, node: &ForStmt) {
        let Some(test) = &node.test else { return };
        if self.typescript() {
            // Erased type syntax (`x as T`) leaves text between an expression and its `;`.
            return;
        }
        let after = test.span().hi.0;
        let Some(rest) = after.checked_sub(self.file.start).and_then(|from| self.file.text.get(from as usize..)) else {
            return;
        };
        let skipped = skip_trivia(rest);
        if !rest[skipped..].starts_with(';') {
            let token = rest[skipped..].chars().next().map_or("end of input".to_string(), |c| format!("token '{c}'"));
            self.error(after + skipped as u32, format!("Unexpected {token}"));
        }
    }
}

impl Visit for EarlyErrors<'_> {
    fn visit_regex(&mut self, regex: &Regex) {
        if regex.exp.contains(['\n', '\r', '\u{2028}', '\u{2029}']) {
            self.error(regex.span.lo.0, "Invalid regular expression: missing /");
        } else if let Some(message) = kiln_regexp_syntax::literal_error(&regex.exp, &regex.flags) {
            self.error(regex.span.lo.0, message);
        }
    }

    fn visit_ident(&mut self, ident: &Ident) {
        self.check_identifier(ident);
    }

    fn visit_binding_ident(&mut self, node: &BindingIdent) {
        // V8 reads arrow parameters as expressions first.
        self.check_identifier_as(&node.id, !self.in_arrow_params);
    }

    fn visit_named_export(&mut self, _export: &NamedExport) {
        // Export names are IdentifierNames; the local names were declared (and checked) elsewhere.
    }

    fn visit_import_named_specifier(&mut self, specifier: &ImportNamedSpecifier) {
        self.check_identifier(&specifier.local);
    }

    fn visit_fn_decl(&mut self, node: &FnDecl) {
        // A declaration's name belongs to the enclosing context.
        self.check_identifier(&node.ident);
        self.function(&node.function, FunctionKind::Plain, Some(&node.ident));
    }

    fn visit_fn_expr(&mut self, node: &FnExpr) {
        let saved = (self.await_reserved, self.yield_reserved);
        // An expression's name belongs to the function's own context.
        self.await_reserved = node.function.is_async;
        self.yield_reserved = node.function.is_generator;
        if let Some(ident) = &node.ident {
            self.check_identifier(ident);
        }
        (self.await_reserved, self.yield_reserved) = saved;
        self.function(&node.function, FunctionKind::Plain, node.ident.as_ref());
    }

    fn visit_function(&mut self, node: &Function) {
        self.function(node, FunctionKind::Plain, None);
    }

    fn visit_arrow_expr(&mut self, node: &ArrowExpr) {
        let params: Vec<&Pat> = node.params.iter().collect();
        let body = match &*node.body {
            ArrowFunctionBody::FunctionBody(body) => Body::Statements(&body.stmts),
            ArrowFunctionBody::Expr(expr) => Body::Expression(expr),
        };
        // Arrow parameters keep the enclosing `await`/`yield` context (V8 reserves `await` in
        // them inside an async function); the body does not.
        let flags = FunctionFlags {
            arrow: true,
            is_async: node.is_async,
            is_generator: false,
            params_context: (self.await_reserved || node.is_async, self.yield_reserved),
        };
        self.function_like(FunctionKind::Unique, None, &params, body, flags);
    }

    fn visit_prop_name(&mut self, name: &PropName) {
        if let PropName::Computed(computed) = name {
            computed.visit_with(self);
        }
    }

    fn visit_method_prop(&mut self, node: &MethodProp) {
        node.key.visit_with(self);
        self.function(&node.function, FunctionKind::Unique, None);
    }

    fn visit_getter_prop(&mut self, node: &GetterProp) {
        node.key.visit_with(self);
        self.function(&node.function, FunctionKind::Unique, None);
    }

    fn visit_setter_prop(&mut self, node: &SetterProp) {
        node.key.visit_with(self);
        self.function(&node.function, FunctionKind::Unique, None);
    }

    fn visit_class(&mut self, class: &Class) {
        let saved = self.strict;
        // All parts of a class are strict code.
        self.strict = true;
        for decorator in &class.decorators {
            decorator.visit_with(self);
        }
        // The heritage is evaluated outside the class's private environment.
        if let Some(super_class) = &class.super_class {
            super_class.visit_with(self);
        }
        self.check_class_element_names(class);
        let names = self.declare_private_names(class);
        self.private_names.push(names);
        for member in &class.body {
            member.visit_with(self);
        }
        self.private_names.pop();
        self.strict = saved;
    }

    fn visit_class_method(&mut self, node: &ClassMethod) {
        node.key.visit_with(self);
        self.function(&node.function, FunctionKind::Unique, None);
    }

    fn visit_private_method(&mut self, node: &PrivateMethod) {
        self.function(&node.function, FunctionKind::Unique, None);
    }

    fn visit_private_prop(&mut self, node: &PrivateProp) {
        node.value.visit_with(self);
    }

    fn visit_constructor(&mut self, node: &Constructor) {
        let params: Vec<&Pat> = node
            .params
            .iter()
            .filter_map(|param| match param {
                ParamOrTsParamProp::Param(param) => Some(&param.pat),
                ParamOrTsParamProp::TsParamProp(_) => None,
            })
            .collect();
        let body = node.body.as_ref().map_or(Body::None, |body| Body::Statements(&body.stmts));
        let flags = FunctionFlags { arrow: false, is_async: false, is_generator: false, params_context: (false, false) };
        self.function_like(FunctionKind::Unique, None, &params, body, flags);
    }

    fn visit_static_block(&mut self, node: &StaticBlock) {
        let saved = (self.await_reserved, self.yield_reserved);
        self.await_reserved = true;
        self.yield_reserved = false;
        node.body.visit_with(self);
        (self.await_reserved, self.yield_reserved) = saved;
    }

    fn visit_expr_stmt(&mut self, node: &ExprStmt) {
        // ExpressionStatement's lookahead excludes `let [` (swc reads `let` as a name in a
        // statement position where a declaration cannot be).
        if let Some(text) = self.text(node.span).filter(|_| !self.typescript()) {
            if let Some(rest) = text.strip_prefix("let") {
                if rest[skip_trivia(rest)..].starts_with('[') {
                    self.error(node.span.lo.0, "Lexical declaration cannot appear in a single-statement context");
                }
            }
        }
        node.visit_children_with(self);
    }

    fn visit_private_name(&mut self, name: &PrivateName) {
        if self.private_names_known && !self.private_names.iter().any(|names| names.contains(&name.name)) {
            self.error(name.span.lo.0, format!("Private field '#{}' must be declared in an enclosing class", name.name));
        }
    }

    fn visit_if_stmt(&mut self, node: &IfStmt) {
        self.check_substatement(&node.cons, true);
        if let Some(alt) = &node.alt {
            self.check_substatement(alt, true);
        }
        node.visit_children_with(self);
    }

    fn visit_while_stmt(&mut self, node: &WhileStmt) {
        self.check_substatement(&node.body, false);
        node.visit_children_with(self);
    }

    fn visit_do_while_stmt(&mut self, node: &DoWhileStmt) {
        self.check_substatement(&node.body, false);
        node.visit_children_with(self);
    }

    fn visit_for_stmt(&mut self, node: &ForStmt) {
        self.check_for_head(node);
        self.check_substatement(&node.body, false);
        node.visit_children_with(self);
    }

    fn visit_for_in_stmt(&mut self, node: &ForInStmt) {
        self.check_substatement(&node.body, false);
        node.visit_children_with(self);
    }

    fn visit_for_of_stmt(&mut self, node: &ForOfStmt) {
        self.check_substatement(&node.body, false);
        node.visit_children_with(self);
    }

    fn visit_with_stmt(&mut self, node: &WithStmt) {
        self.check_substatement(&node.body, false);
        node.visit_children_with(self);
    }

    fn visit_labeled_stmt(&mut self, node: &LabeledStmt) {
        let mut inner = &*node.body;
        while let Stmt::Labeled(labeled) = inner {
            inner = &labeled.body;
        }
        // A labelled plain function is sloppy code's (B.3.1); nothing else declares.
        let plain_function = matches!(inner, Stmt::Decl(Decl::Fn(f)) if !f.function.is_async && !f.function.is_generator);
        if !(plain_function && !self.strict) {
            self.check_substatement(inner, false);
        }
        node.visit_children_with(self);
    }
}

/// The message for a legacy octal escape (`\1`, `\01`, `\8`) in a string literal's raw text.
fn legacy_escape(raw: &str) -> Option<&'static str> {
    let bytes = raw.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] != b'\\' {
            index += 1;
            continue;
        }
        let next = bytes.get(index + 1).copied();
        match next {
            Some(b'0') if bytes.get(index + 2).is_some_and(u8::is_ascii_digit) => {
                return Some("Octal escape sequences are not allowed in strict mode.")
            }
            Some(b'1'..=b'7') => return Some("Octal escape sequences are not allowed in strict mode."),
            Some(b'8' | b'9') => return Some("\\8 and \\9 are not allowed in strict mode."),
            _ => index += 2,
        }
    }
    None
}

/// The length of the whitespace and comments at the start of `text`.
fn skip_trivia(text: &str) -> usize {
    let mut index = 0;
    loop {
        let rest = &text[index..];
        if let Some(c) = rest.chars().next().filter(|c| c.is_whitespace() || *c == '\u{feff}') {
            index += c.len_utf8();
        } else if rest.starts_with("//") {
            index += rest.find(['\n', '\r', '\u{2028}', '\u{2029}']).unwrap_or(rest.len());
        } else if rest.starts_with("/*") {
            index += rest[2..].find("*/").map_or(rest.len(), |end| end + 4);
        } else {
            return index;
        }
    }
}
