//! Scope analysis: which declarations are captured by inner functions (those live in heap
//! environments; the rest stay in locals), and the early errors about declarations.
//!
//! Lowering rebuilds the same scopes with the helpers of `hoist` and asks [`Resolution`]
//! whether each binding is captured. This pass never fails on bad code: it records diagnostics.

pub mod hoist;

use crate::diagnostics::{Diagnostic, Diagnostics};
use hoist::{DeclKind, Declared};
use std::collections::{HashMap, HashSet};
use swc_atoms::Atom;
use swc_ecma_ast::*;
use swc_ecma_visit::{Visit, VisitWith};

/// Identifies one declared binding: the source position of its declaring identifier, or of
/// the function owning an implicit `this`/`arguments` binding.
pub type DeclKey = u64;

/// The key of a binding declared by the identifier at `position`.
pub fn ident_key(position: u32) -> DeclKey {
    position as u64
}

/// The key of the implicit `this` binding of the function starting at `position`.
pub fn this_key(function_position: u32) -> DeclKey {
    (1 << 32) | function_position as u64
}

/// The key of the implicit `arguments` binding of the function starting at `position`.
pub fn arguments_key(function_position: u32) -> DeclKey {
    (2 << 32) | function_position as u64
}

/// The key of the implicit home-object binding (`super` lookups) of the function at `position`.
pub fn home_key(function_position: u32) -> DeclKey {
    (4 << 32) | function_position as u64
}

/// The key of the implicit `new.target` binding of the function at `position`.
pub fn new_target_key(function_position: u32) -> DeclKey {
    (5 << 32) | function_position as u64
}

/// The key of a class's hidden bindings (its instance-field initialiser), by class position.
pub fn class_fields_key(class_position: u32) -> DeclKey {
    (6 << 32) | class_position as u64
}

/// The key of the hidden binding holding a computed instance field name, by the position of
/// the field's key.
pub fn computed_field_key(key_position: u32) -> DeclKey {
    (7 << 32) | key_position as u64
}

/// The key of the `var` binding a block-level function declaration whose name is at
/// `position` also gets in sloppy code (Annex B.3.2.1).
pub fn annex_b_key(name_position: u32) -> DeclKey {
    (9 << 32) | name_position as u64
}

/// The key of the hidden binding holding the closure of the instance private method at
/// `method_position`: created once with the class, installed on each instance by the field
/// initialiser (every instance sees the same function).
pub fn private_method_key(method_position: u32) -> DeclKey {
    (10 << 32) | method_position as u64
}

/// The scope name of the hidden binding [`private_method_key`] keys (not a valid identifier).
pub fn private_method_name(method_position: u32) -> Atom {
    Atom::from(format!("%method{method_position}"))
}

/// The positions of a class's instance private methods (and accessors).
pub fn class_instance_private_methods(class: &Class) -> Vec<u32> {
    class
        .body
        .iter()
        .filter_map(|member| match member {
            ClassMember::PrivateMethod(method) if !method.is_static => Some(method.span.lo.0),
            _ => None,
        })
        .collect()
}

/// The key of a declared name (`ident_key`, or `annex_b_key` for an Annex B `var`).
pub fn declared_key(declared: &Declared) -> DeclKey {
    if declared.kind == DeclKind::BlockFunctionVar {
        annex_b_key(declared.position)
    } else {
        ident_key(declared.position)
    }
}

/// The key of the hidden binding holding the object of the `with` statement at `position`.
pub fn with_key(statement_position: u32) -> DeclKey {
    (8 << 32) | statement_position as u64
}

/// The scope name of the hidden binding holding the object of the `with` statement at
/// `position` (not a valid identifier).
pub fn with_name(statement_position: u32) -> Atom {
    Atom::from(format!("%with{statement_position}"))
}

/// The scope name of the hidden binding holding a computed instance field name: the key is
/// evaluated once, with the class, and the field initialiser reads it.
pub fn computed_field_name(key_position: u32) -> Atom {
    Atom::from(format!("%key{key_position}"))
}

/// The computed instance field names of a class: the positions of their keys.
pub fn class_computed_fields(class: &Class) -> Vec<u32> {
    class
        .body
        .iter()
        .filter_map(|member| match member {
            ClassMember::ClassProp(p) if !p.is_static => match &p.key {
                PropName::Computed(c) => Some(c.span.lo.0),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// Scope name of the implicit home object binding.
pub const HOME_NAME: &str = "%home";
/// Scope name of the implicit `new.target` binding.
pub const NEW_TARGET_NAME: &str = "%newtarget";
/// Scope name of a class's instance-field initialiser function.
pub const FIELDS_NAME: &str = "%fields";

/// The scope name of private name `#name`.
pub fn private_scope_name(name: &str) -> Atom {
    Atom::from(format!("#{name}"))
}

/// The private names a class body declares, with the position of their first declaration.
pub fn class_private_names(class: &Class) -> Vec<(Atom, u32)> {
    let mut names: Vec<(Atom, u32)> = Vec::new();
    for member in &class.body {
        let key = match member {
            ClassMember::PrivateMethod(m) => &m.key,
            ClassMember::PrivateProp(p) => &p.key,
            _ => continue,
        };
        let name = private_scope_name(&key.name);
        if !names.iter().any(|(n, _)| *n == name) {
            names.push((name, key.span.lo.0));
        }
    }
    names
}

/// Whether a class needs an instance-field initialiser (instance fields or private methods).
pub fn class_has_instance_initializer(class: &Class) -> bool {
    class.body.iter().any(|member| match member {
        ClassMember::ClassProp(p) => !p.is_static,
        ClassMember::PrivateProp(p) => !p.is_static,
        ClassMember::PrivateMethod(m) => !m.is_static,
        _ => false,
    })
}

/// Keys of the CommonJS wrapper's implicit bindings `exports` and `module`.
pub const EXPORTS_KEY: DeclKey = (3 << 32) | 1;
/// See [`EXPORTS_KEY`].
pub const MODULE_KEY: DeclKey = (3 << 32) | 2;
/// The module's own `require` function.
pub const REQUIRE_KEY: DeclKey = (3 << 32) | 3;
/// `__filename`.
pub const FILENAME_KEY: DeclKey = (3 << 32) | 4;
/// `__dirname`.
pub const DIRNAME_KEY: DeclKey = (3 << 32) | 5;

/// The CommonJS wrapper's parameters, in order, with their keys.
pub const MODULE_PARAMETERS: [(&str, DeclKey); 5] = [
    ("exports", EXPORTS_KEY),
    ("require", REQUIRE_KEY),
    ("module", MODULE_KEY),
    ("__filename", FILENAME_KEY),
    ("__dirname", DIRNAME_KEY),
];

/// The name under which scopes hold the implicit `this` binding (not a valid identifier).
pub const THIS_NAME: &str = "%this";

/// What lowering needs to know about the program's scopes.
#[derive(Default)]
pub struct Resolution {
    /// Bindings referenced from a function other than the one declaring them.
    pub captured: HashSet<DeclKey>,
    /// Implicit `this`/`arguments` bindings that some code refers to.
    pub used_implicit: HashSet<DeclKey>,
    /// Bindings written after their declaration (assignments, updates, `var` initialisers,
    /// for-in/of heads); a function declaration not in here always holds its own closure.
    pub reassigned: HashSet<DeclKey>,
    /// The block-level function declarations (by the position of their name) that also assign
    /// a `var` of the enclosing function when evaluated (Annex B.3.2.1, sloppy code only).
    pub annex_b: HashSet<u32>,
    /// The direct evals (by call position) of sloppy code, whose `var` and function
    /// declarations are bindings of the enclosing function (declared when it is entered).
    /// Other direct evals have a variable scope of their own.
    pub sloppy_evals: HashSet<u32>,
    /// Direct evals (by call position) whose code has an early error: the SyntaxError message
    /// the eval throws when it runs.
    pub eval_errors: HashMap<u32, String>,
    /// `const` bindings initialised with a literal (`const PUSH = 0`): once out of its
    /// temporal dead zone such a binding can only hold that value.
    pub const_literals: HashMap<DeclKey, ConstLiteral>,
}

/// The value of a literal a `const` binding is initialised with.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstLiteral {
    Number(f64),
    Bool(bool),
    Null,
    /// UTF-16 code units (lone surrogates kept).
    Str(Vec<u16>),
}

impl ConstLiteral {
    /// The literal `init` denotes (a number may be negated), if it is one.
    fn of(init: &Expr) -> Option<ConstLiteral> {
        match init {
            Expr::Lit(Lit::Num(number)) => Some(ConstLiteral::Number(number.value)),
            Expr::Lit(Lit::Bool(boolean)) => Some(ConstLiteral::Bool(boolean.value)),
            Expr::Lit(Lit::Null(_)) => Some(ConstLiteral::Null),
            Expr::Lit(Lit::Str(string)) => Some(ConstLiteral::Str(string.value.to_ill_formed_utf16().collect())),
            Expr::Unary(UnaryExpr { op: UnaryOp::Minus, arg, .. }) => match &**arg {
                Expr::Lit(Lit::Num(number)) => Some(ConstLiteral::Number(-number.value)),
                _ => None,
            },
            Expr::Paren(inner) => ConstLiteral::of(&inner.expr),
            _ => None,
        }
    }
}

/// Analyses a CommonJS module body.
pub fn resolve_script(script: &Script, diagnostics: &mut Diagnostics) -> Resolution {
    resolve_top_level(script, diagnostics, true)
}

/// Analyses a classic script (`kiln build --script`): no CommonJS wrapper bindings; the
/// top-level `var` and function names it declares are global object properties, which lowering
/// reaches by name, so whether they are captured does not matter.
pub fn resolve_classic_script(script: &Script, diagnostics: &mut Diagnostics) -> Resolution {
    resolve_top_level(script, diagnostics, false)
}

/// Analyses an ES module body (rewritten as a script by `driver::esm`): strict code
/// throughout, so no Annex B function hoisting and no `var`s of eval code in the module scope.
pub fn resolve_module(script: &Script, diagnostics: &mut Diagnostics) -> Resolution {
    resolve_top_level_in(script, diagnostics, false, true)
}

fn resolve_top_level(script: &Script, diagnostics: &mut Diagnostics, commonjs: bool) -> Resolution {
    resolve_top_level_in(script, diagnostics, commonjs, false)
}

fn resolve_top_level_in(script: &Script, diagnostics: &mut Diagnostics, commonjs: bool, module: bool) -> Resolution {
    let strict = module || hoist::has_use_strict(&script.body);
    let mut resolver = Resolver { scopes: Vec::new(), function_depth: 0, resolution: Resolution::default(), diagnostics, strict };
    resolver.enter_function_scope(script.span.lo.0, &[], &script.body, true);
    if commonjs {
        let scope = resolver.scopes.last_mut().expect("just entered");
        for (name, key) in MODULE_PARAMETERS {
            scope.names.entry(Atom::from(name)).or_insert((key, DeclKind::Var));
        }
    }
    for stmt in &script.body {
        stmt.visit_with(&mut resolver);
    }
    resolver.scopes.pop();
    resolver.resolution
}

struct Scope {
    names: HashMap<Atom, (DeclKey, DeclKind)>,
    function_depth: usize,
    /// The body of a `with` statement: the key of the hidden binding of its object, which
    /// every name looked up through this scope reads at run time.
    with: Option<DeclKey>,
}

struct Resolver<'a> {
    scopes: Vec<Scope>,
    function_depth: usize,
    resolution: Resolution,
    diagnostics: &'a mut Diagnostics,
    /// The code being visited is strict (no Annex B function hoisting).
    strict: bool,
}

impl Resolver<'_> {
    fn declare_all(&mut self, declared: Vec<Declared>) {
        let depth = self.function_depth;
        let scope = self.scopes.last_mut().expect("a scope is open");
        debug_assert_eq!(scope.function_depth, depth);
        for d in declared {
            let key = declared_key(&d);
            match scope.names.get(&d.name) {
                Some((_, existing)) if existing.is_lexical() || d.kind.is_lexical() => {
                    // var/function redeclaring var/function is fine; anything lexical is not.
                    let both_var_like = !existing.is_lexical() && !d.kind.is_lexical();
                    if !both_var_like && !(existing == &DeclKind::Param && d.kind == DeclKind::Var) {
                        self.diagnostics.push(Diagnostic::syntax_error(
                            d.position,
                            format!("Identifier '{}' has already been declared", d.name),
                        ));
                    }
                }
                Some(_) => {}
                None => {
                    scope.names.insert(d.name, (key, d.kind));
                }
            }
        }
    }

    /// The early error of a `var` (hoisted through a block, switch or loop head) that shares
    /// its name with a lexical declaration of that block: `{ let x; { var x; } }`.
    fn check_var_clashes(&mut self, lexical: &[Declared], vars: &[Declared]) {
        for var in vars {
            // An inner block may already have reported this `var`.
            let reported = self.diagnostics.list.iter().any(|d| d.position == var.position);
            if !reported && lexical.iter().any(|l| l.name == var.name) {
                self.diagnostics.push(Diagnostic::syntax_error(
                    var.position,
                    format!("Identifier '{}' has already been declared", var.name),
                ));
            }
        }
    }

    fn push_scope(&mut self) {
        self.scopes.push(Scope { names: HashMap::new(), function_depth: self.function_depth, with: None });
    }

    /// Opens a function's scope with its parameters and implicit bindings
    /// ([`Self::enter_function_scope`] then [`Self::enter_body_scope`]).
    fn enter_function_scope(&mut self, position: u32, params: &[&Pat], body: &[Stmt], own_this: bool) {
        self.enter_parameter_scope(position, params, own_this);
        self.enter_body_scope(params, body, own_this);
    }

    /// Opens a function's scope: its parameters and implicit bindings.
    fn enter_parameter_scope(&mut self, position: u32, params: &[&Pat], own_this: bool) {
        self.function_depth += 1;
        self.push_scope();
        let mut declared = Vec::new();
        for param in params {
            hoist::pattern_names(param, DeclKind::Param, &mut declared);
        }
        self.declare_all(declared);
        if own_this {
            let scope = self.scopes.last_mut().expect("just pushed");
            scope.names.insert(Atom::from(THIS_NAME), (this_key(position), DeclKind::Const));
            scope.names.entry(Atom::from("arguments")).or_insert((arguments_key(position), DeclKind::Var));
            scope.names.insert(Atom::from(HOME_NAME), (home_key(position), DeclKind::Const));
            scope.names.insert(Atom::from(NEW_TARGET_NAME), (new_target_key(position), DeclKind::Const));
        }
        if !self.strict {
            // The `var`s of evals in the parameters (only parameters with expressions have
            // them) belong to the parameters' scope.
            self.declare_sloppy_eval_vars(params, &[]);
        }
    }

    /// Declares in the innermost scope the `var`s of the sloppy direct evals in `params` and
    /// `body`.
    fn declare_sloppy_eval_vars(&mut self, params: &[&Pat], body: &[Stmt]) {
        let scope = self.scopes.last_mut().expect("a function scope is open");
        for (position, names) in hoist::sloppy_direct_evals_in(params, body) {
            self.resolution.sloppy_evals.insert(position);
            for d in names {
                if d.kind == DeclKind::BlockFunctionVar {
                    self.resolution.annex_b.insert(d.position);
                }
                let (key, _) = *scope.names.entry(d.name.clone()).or_insert((declared_key(&d), d.kind));
                // Its value changes when the eval runs.
                self.resolution.reassigned.insert(key);
            }
        }
    }

    /// Declares a function body's hoisted vars, top-level functions and lexical declarations
    /// (after its parameters were visited).
    fn enter_body_scope(&mut self, params: &[&Pat], body: &[Stmt], own_this: bool) {
        let mut declared = Vec::new();
        hoist::var_names(body, &mut declared);
        hoist::lexical_names(body, true, &mut declared);
        if params.iter().any(|p| !matches!(p, Pat::Ident(_))) {
            // With parameter expressions the body's declarations get an environment of their
            // own (as lowering makes it); a lexical one still may not share a parameter's name.
            let parameters = &self.scopes.last().expect("the parameter scope is open").names;
            for d in &declared {
                if d.kind.is_lexical() && parameters.get(&d.name).is_some_and(|(_, kind)| *kind == DeclKind::Param) {
                    self.diagnostics.push(Diagnostic::syntax_error(d.position, format!("Identifier '{}' has already been declared", d.name)));
                }
            }
            if own_this {
                // `var arguments` starts as the arguments object: the same binding here.
                declared.retain(|d| !(&*d.name == "arguments" && d.kind == DeclKind::Var));
            }
            self.push_scope();
        }
        self.declare_all(declared);
        if !self.strict {
            let mut excluded = Vec::new();
            for param in params {
                let mut names = Vec::new();
                hoist::pattern_names(param, DeclKind::Param, &mut names);
                excluded.extend(names.into_iter().map(|d| d.name));
            }
            excluded.push(Atom::from("arguments"));
            self.declare_sloppy_eval_vars(&[], body);
            let scope = self.scopes.last_mut().expect("just pushed");
            for d in hoist::annex_b_functions(body, &excluded) {
                self.resolution.annex_b.insert(d.position);
                let (key, _) = *scope.names.entry(d.name.clone()).or_insert((annex_b_key(d.position), DeclKind::BlockFunctionVar));
                // Evaluating the declaration assigns the function's binding of the name.
                self.resolution.reassigned.insert(key);
            }
        }
    }

    fn leave_function_scope(&mut self) {
        // The function's scope, and the body's own when its parameters have expressions.
        while self.scopes.last().is_some_and(|scope| scope.function_depth == self.function_depth) {
            self.scopes.pop();
        }
        self.function_depth -= 1;
    }

    fn reference(&mut self, name: &Atom) {
        let dynamic = !name.starts_with('%') && !name.starts_with('#');
        for scope in self.scopes.iter().rev() {
            if let (Some(with), true) = (scope.with, dynamic) {
                // The name is looked up in the `with` object first.
                if scope.function_depth < self.function_depth {
                    self.resolution.captured.insert(with);
                }
            }
            if let Some((key, _)) = scope.names.get(name) {
                if key >> 32 != 0 {
                    self.resolution.used_implicit.insert(*key);
                }
                if scope.function_depth < self.function_depth {
                    self.resolution.captured.insert(*key);
                }
                return;
            }
        }
    }

    fn lookup_key(&self, name: &Atom) -> Option<DeclKey> {
        self.scopes.iter().rev().find_map(|scope| scope.names.get(name).map(|(key, _)| *key))
    }

    fn mark_reassigned(&mut self, name: &Atom) {
        if let Some(key) = self.lookup_key(name) {
            self.resolution.reassigned.insert(key);
        }
    }

    fn mark_pattern_reassigned(&mut self, pat: &Pat) {
        let mut names = Vec::new();
        hoist::pattern_names(pat, DeclKind::Var, &mut names);
        for declared in names {
            self.mark_reassigned(&declared.name);
        }
        // Assignment patterns may also name plain identifiers as expressions.
        if let Pat::Expr(expr) = pat {
            if let Expr::Ident(ident) = &**expr {
                self.mark_reassigned(&ident.sym);
            }
        }
    }

    /// A function: `visit_params` sees the parameters' scope only, `visit_body` also the
    /// body's declarations.
    fn visit_function_like(
        &mut self,
        position: u32,
        params: &[&Pat],
        body: &[Stmt],
        own_this: bool,
        visit_params: impl FnOnce(&mut Self),
        visit_body: impl FnOnce(&mut Self),
    ) {
        let outer_strict = self.strict;
        self.strict = outer_strict || hoist::has_use_strict(body);
        self.enter_parameter_scope(position, params, own_this);
        visit_params(self);
        self.enter_body_scope(params, body, own_this);
        visit_body(self);
        self.leave_function_scope();
        self.strict = outer_strict;
    }
    /// The code of a direct eval, in the scope of the call: a scope of its own for its
    /// lexical declarations (and, for strict code, its `var`s and functions; those of sloppy
    /// code were declared in the function). Early errors in it become the SyntaxError the eval
    /// throws when it runs, as do `var`s of sloppy code that clash with a lexical declaration
    /// between the call and the function (EvalDeclarationInstantiation step 3).
    fn visit_eval_code(&mut self, position: u32, code: &[Stmt]) {
        let mark = self.diagnostics.list.len();
        let sloppy = self.resolution.sloppy_evals.contains(&position);
        if sloppy {
            for var in hoist::eval_var_names(code) {
                let clash = self
                    .scopes
                    .iter()
                    .rev()
                    .take_while(|scope| scope.function_depth == self.function_depth)
                    .any(|scope| scope.names.get(&var.name).is_some_and(|(_, kind)| kind.is_lexical()));
                if clash {
                    self.diagnostics.push(Diagnostic::syntax_error(var.position, format!("Identifier '{}' has already been declared", var.name)));
                }
            }
        }
        let outer_strict = self.strict;
        self.strict = outer_strict || hoist::has_use_strict(code);
        if let (true, Some(&at)) = (self.strict, hoist::if_clause_functions(code).first()) {
            self.diagnostics.push(Diagnostic::syntax_error(at, "In strict mode code, functions can only be declared at top level or inside a block."));
        }
        if let (true, Some(at)) = (self.strict, hoist::strict_eval_or_arguments_target(code)) {
            self.diagnostics.push(Diagnostic::syntax_error(at, "Unexpected eval or arguments in strict mode"));
        }
        self.push_scope();
        let declared = hoist::eval_scope_names(code, sloppy);
        self.declare_all(declared);
        for stmt in code {
            stmt.visit_with(self);
        }
        self.scopes.pop();
        self.strict = outer_strict;
        if let Some(error) = self.diagnostics.list[mark..].iter().find(|d| d.severity == crate::diagnostics::Severity::Error) {
            let message = error.message.clone();
            self.resolution.eval_errors.entry(position).or_insert(message);
        }
        self.diagnostics.list.truncate(mark);
    }

    /// The scopes of a class body (after its heritage), in strict code.
    fn visit_class_strict(&mut self, node: &Class) {
        if let Some(parent) = &node.super_class {
            parent.visit_with(self);
        }
        self.push_scope();
        let position = node.span.lo.0;
        {
            let scope = self.scopes.last_mut().expect("just pushed");
            for (name, at) in class_private_names(node) {
                scope.names.insert(name, (ident_key(at), DeclKind::Const));
                // The field initialiser and methods (other functions) use every private name.
                self.resolution.captured.insert(ident_key(at));
            }
            scope.names.insert(Atom::from(FIELDS_NAME), (class_fields_key(position), DeclKind::Const));
            for at in class_computed_fields(node) {
                scope.names.insert(computed_field_name(at), (computed_field_key(at), DeclKind::Const));
                // Evaluated with the class, read by the field initialiser (another function).
                self.resolution.captured.insert(computed_field_key(at));
            }
            for at in class_instance_private_methods(node) {
                scope.names.insert(private_method_name(at), (private_method_key(at), DeclKind::Const));
                self.resolution.captured.insert(private_method_key(at));
            }
        }
        for member in &node.body {
            match member {
                ClassMember::Constructor(c) => {
                    c.key.visit_with(self);
                    let params: Vec<&Pat> = c
                        .params
                        .iter()
                        .filter_map(|p| match p {
                            ParamOrTsParamProp::Param(p) => Some(&p.pat),
                            ParamOrTsParamProp::TsParamProp(_) => None,
                        })
                        .collect();
                    let body: &[Stmt] = c.body.as_ref().map_or(&[], |b| &b.stmts);
                    self.visit_function_like(
                        c.span.lo.0,
                        &params,
                        body,
                        true,
                        |this| {
                            for p in &params {
                                p.visit_with(this);
                            }
                        },
                        |this| {
                            for s in body {
                                s.visit_with(this);
                            }
                        },
                    );
                }
                ClassMember::Method(m) => {
                    m.key.visit_with(self);
                    m.function.visit_with(self);
                }
                ClassMember::PrivateMethod(m) => {
                    m.key.visit_with(self);
                    m.function.visit_with(self);
                }
                ClassMember::ClassProp(p) => {
                    p.key.visit_with(self);
                    if let Some(value) = &p.value {
                        self.visit_function_like(p.span.lo.0, &[], &[], true, |_| {}, |this| value.visit_with(this));
                    }
                }
                ClassMember::PrivateProp(p) => {
                    p.key.visit_with(self);
                    if let Some(value) = &p.value {
                        self.visit_function_like(p.span.lo.0, &[], &[], true, |_| {}, |this| value.visit_with(this));
                    }
                }
                ClassMember::StaticBlock(b) => {
                    self.visit_function_like(b.span.lo.0, &[], &b.body.stmts, true, |_| {}, |this| {
                        for s in &b.body.stmts {
                            s.visit_with(this);
                        }
                    });
                }
                other => other.visit_children_with(self),
            }
        }
        // The constructor (another function) calls the field initialiser.
        self.resolution.captured.insert(class_fields_key(position));
        self.scopes.pop();
    }
}

impl Visit for Resolver<'_> {
    fn visit_function(&mut self, node: &Function) {
        let params: Vec<&Pat> = node.params.iter().map(|p| &p.pat).collect();
        let body: &[Stmt] = node.body.as_ref().map_or(&[], |b| &b.stmts);
        self.visit_function_like(
            node.span.lo.0,
            &params,
            body,
            true,
            |this| {
                for p in &node.params {
                    p.visit_with(this);
                }
            },
            |this| {
                for s in body {
                    s.visit_with(this);
                }
            },
        );
    }

    fn visit_fn_expr(&mut self, node: &FnExpr) {
        // A named function expression sees its own name in a scope between it and the outside.
        self.push_scope();
        if let Some(ident) = &node.ident {
            let scope = self.scopes.last_mut().expect("just pushed");
            scope.names.insert(ident.sym.clone(), (ident_key(ident.span.lo.0), DeclKind::Const));
        }
        node.function.visit_with(self);
        self.scopes.pop();
    }

    fn visit_arrow_expr(&mut self, node: &ArrowExpr) {
        let params: Vec<&Pat> = node.params.iter().collect();
        let body: &[Stmt] = match &*node.body {
            ArrowFunctionBody::FunctionBody(b) => &b.stmts,
            ArrowFunctionBody::Expr(_) => &[],
        };
        self.visit_function_like(
            node.span.lo.0,
            &params,
            body,
            false,
            |this| {
                for p in &node.params {
                    p.visit_with(this);
                }
            },
            |this| node.body.visit_with(this),
        );
    }

    fn visit_block_stmt(&mut self, node: &BlockStmt) {
        self.push_scope();
        let mut declared = Vec::new();
        hoist::lexical_names(&node.stmts, false, &mut declared);
        let mut vars = Vec::new();
        hoist::var_names(&node.stmts, &mut vars);
        self.check_var_clashes(&declared, &vars);
        self.declare_all(declared);
        node.visit_children_with(self);
        self.scopes.pop();
    }

    fn visit_switch_stmt(&mut self, node: &SwitchStmt) {
        node.discriminant.visit_with(self);
        self.push_scope();
        let mut declared = Vec::new();
        let mut vars = Vec::new();
        for case in &node.cases {
            hoist::lexical_names(&case.cons, false, &mut declared);
            hoist::var_names(&case.cons, &mut vars);
        }
        self.check_var_clashes(&declared, &vars);
        self.declare_all(declared);
        for case in &node.cases {
            case.visit_with(self);
        }
        self.scopes.pop();
    }

    fn visit_for_stmt(&mut self, node: &ForStmt) {
        self.push_scope();
        if let Some(VarDeclOrExpr::VarDecl(decl)) = &node.init {
            let mut declared = Vec::new();
            hoist::lexical_var_decl(decl, &mut declared);
            let mut vars = Vec::new();
            hoist::var_names(std::slice::from_ref(&*node.body), &mut vars);
            self.check_var_clashes(&declared, &vars);
            self.declare_all(declared);
        }
        node.visit_children_with(self);
        self.scopes.pop();
    }

    fn visit_for_in_stmt(&mut self, node: &ForInStmt) {
        node.right.visit_with(self);
        self.push_scope();
        if let ForHead::VarDecl(decl) = &node.left {
            let mut declared = Vec::new();
            hoist::lexical_var_decl(decl, &mut declared);
            let mut vars = Vec::new();
            hoist::var_names(std::slice::from_ref(&*node.body), &mut vars);
            self.check_var_clashes(&declared, &vars);
            self.declare_all(declared);
        }
        node.left.visit_with(self);
        node.body.visit_with(self);
        self.scopes.pop();
    }

    fn visit_for_of_stmt(&mut self, node: &ForOfStmt) {
        node.right.visit_with(self);
        self.push_scope();
        if let ForHead::VarDecl(decl) = &node.left {
            let mut declared = Vec::new();
            hoist::lexical_var_decl(decl, &mut declared);
            let mut vars = Vec::new();
            hoist::var_names(std::slice::from_ref(&*node.body), &mut vars);
            self.check_var_clashes(&declared, &vars);
            self.declare_all(declared);
        }
        node.left.visit_with(self);
        node.body.visit_with(self);
        self.scopes.pop();
    }

    fn visit_catch_clause(&mut self, node: &CatchClause) {
        self.push_scope();
        if let Some(param) = &node.param {
            let mut declared = Vec::new();
            hoist::pattern_names(param, DeclKind::CatchParam, &mut declared);
            self.declare_all(declared);
        }
        node.visit_children_with(self);
        self.scopes.pop();
    }

    fn visit_assign_expr(&mut self, node: &AssignExpr) {
        match &node.left {
            AssignTarget::Simple(SimpleAssignTarget::Ident(binding)) => self.mark_reassigned(&binding.id.sym),
            AssignTarget::Pat(AssignTargetPat::Array(array)) => self.mark_pattern_reassigned(&Pat::Array(array.clone())),
            AssignTarget::Pat(AssignTargetPat::Object(object)) => self.mark_pattern_reassigned(&Pat::Object(object.clone())),
            _ => {}
        }
        node.visit_children_with(self);
    }

    fn visit_update_expr(&mut self, node: &UpdateExpr) {
        if let Expr::Ident(ident) = &*node.arg {
            self.mark_reassigned(&ident.sym);
        }
        node.visit_children_with(self);
    }

    fn visit_var_decl(&mut self, node: &VarDecl) {
        if node.kind == VarDeclKind::Const {
            for declarator in &node.decls {
                if let (Pat::Ident(name), Some(init)) = (&declarator.name, &declarator.init) {
                    if let Some(literal) = ConstLiteral::of(init) {
                        self.resolution.const_literals.insert(ident_key(name.id.span.lo.0), literal);
                    }
                }
            }
        }
        node.visit_children_with(self);
    }

    fn visit_var_declarator(&mut self, node: &VarDeclarator) {
        if node.init.is_some() {
            self.mark_pattern_reassigned(&node.name);
        }
        node.visit_children_with(self);
    }

    fn visit_for_head(&mut self, node: &ForHead) {
        match node {
            ForHead::VarDecl(decl) => {
                for d in &decl.decls {
                    self.mark_pattern_reassigned(&d.name);
                }
            }
            ForHead::Pat(pat) => self.mark_pattern_reassigned(pat),
            ForHead::UsingDecl(_) => {}
        }
        node.visit_children_with(self);
    }

    fn visit_ident(&mut self, node: &Ident) {
        self.reference(&node.sym);
    }

    fn visit_this_expr(&mut self, _node: &ThisExpr) {
        self.reference(&Atom::from(THIS_NAME));
    }

    fn visit_class(&mut self, node: &Class) {
        // All parts of a class are strict code.
        let outer_strict = self.strict;
        self.strict = true;
        self.visit_class_strict(node);
        self.strict = outer_strict;
    }

    fn visit_class_expr(&mut self, node: &ClassExpr) {
        // A named class expression sees its own name, like a named function expression.
        self.push_scope();
        if let Some(ident) = &node.ident {
            let scope = self.scopes.last_mut().expect("just pushed");
            scope.names.insert(ident.sym.clone(), (ident_key(ident.span.lo.0), DeclKind::Const));
        }
        node.class.visit_with(self);
        self.scopes.pop();
    }

    fn visit_private_name(&mut self, node: &PrivateName) {
        self.reference(&private_scope_name(&node.name));
    }

    fn visit_super_prop_expr(&mut self, node: &SuperPropExpr) {
        self.reference(&Atom::from(HOME_NAME));
        self.reference(&Atom::from(THIS_NAME));
        node.visit_children_with(self);
    }

    fn visit_meta_prop_expr(&mut self, node: &MetaPropExpr) {
        if node.kind == MetaPropKind::NewTarget {
            self.reference(&Atom::from(NEW_TARGET_NAME));
        }
    }

    fn visit_call_expr(&mut self, node: &CallExpr) {
        if let Some(code) = hoist::direct_eval_code(node) {
            node.callee.visit_with(self);
            node.args[0].visit_with(self);
            let position = node.span.lo.0;
            match code {
                Ok(code) => self.visit_eval_code(position, code),
                Err(message) => {
                    self.resolution.eval_errors.insert(position, message);
                }
            }
            return;
        }
        if let Callee::Super(_) = node.callee {
            self.reference(&Atom::from(NEW_TARGET_NAME));
            self.reference(&Atom::from(THIS_NAME));
        }
        node.visit_children_with(self);
    }

    fn visit_if_stmt(&mut self, node: &IfStmt) {
        node.test.visit_with(self);
        for clause in std::iter::once(&node.cons).chain(node.alt.as_ref()) {
            if let Stmt::Decl(Decl::Fn(_)) = &**clause {
                // A function declaration as the body of `if`/`else` is in a block of its own
                // (B.3.4), as lowering's `lower_nested` puts it.
                self.push_scope();
                let mut declared = Vec::new();
                hoist::lexical_names(std::slice::from_ref(&**clause), false, &mut declared);
                self.declare_all(declared);
                clause.visit_with(self);
                self.scopes.pop();
            } else {
                clause.visit_with(self);
            }
        }
    }

    fn visit_with_stmt(&mut self, node: &WithStmt) {
        node.obj.visit_with(self);
        self.push_scope();
        let scope = self.scopes.last_mut().expect("just pushed");
        scope.with = Some(with_key(node.span.lo.0));
        node.body.visit_with(self);
        self.scopes.pop();
    }

    fn visit_labeled_stmt(&mut self, node: &LabeledStmt) {
        node.body.visit_with(self);
    }

    fn visit_break_stmt(&mut self, _node: &BreakStmt) {}

    fn visit_continue_stmt(&mut self, _node: &ContinueStmt) {}
}
