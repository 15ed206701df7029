//! The named exports an ES module may import from a CommonJS module: what node's static
//! analysis (cjs-module-lexer) detects in the CommonJS source, without running it —
//! `exports.a = …`, `exports['b'] = …`, `module.exports.c = …`, `Object.defineProperty(exports,
//! 'd', { value | get() { return x.y } })`, the identifier-valued entries of
//! `module.exports = { e, f: g, 'h': i }`, and re-exports (`module.exports = require('x')`,
//! `...require('x')` in that literal, top-level `__export(require('x'))` /
//! `__exportStar(require('x'), exports)`, Babel's `Object.keys(_x).forEach(…)` over
//! `var _x = require('x')`). Like the lexer this ignores scopes. Any other name is a link-time
//! SyntaxError in node, and so at build time in kiln; `default` is always `module.exports`.

use std::collections::{HashMap, HashSet};
use swc_ecma_ast::*;
use swc_ecma_visit::{Visit, VisitWith};

/// What the analysis found in one CommonJS module.
#[derive(Default, Debug, Clone)]
pub struct CjsExports {
    /// Export names (without re-exports).
    pub names: HashSet<String>,
    /// Specifiers whose exports this module re-exports.
    pub reexports: Vec<String>,
}

/// Analyses a CommonJS module.
pub fn detect(script: &Script) -> CjsExports {
    let mut finder = Finder::default();
    script.visit_with(&mut finder);
    let mut found = CjsExports::default();
    for name in finder.names {
        found.names.insert(name);
    }
    for (name, supported) in finder.defines {
        if supported {
            found.names.insert(name);
        }
    }
    found.reexports = finder.last_assign_reexports;
    // Top-level re-export forms.
    let mut required: HashMap<String, String> = HashMap::new();
    for stmt in &script.body {
        match stmt {
            Stmt::Decl(Decl::Var(var)) => {
                for declarator in &var.decls {
                    if let (Pat::Ident(binding), Some(init)) = (&declarator.name, &declarator.init) {
                        let init = match &**init {
                            Expr::Call(call) if callee_name(&call.callee) == Some("_interopRequireWildcard") => call.args.first().map(|a| &*a.expr),
                            other => Some(other),
                        };
                        if let Some(specifier) = init.and_then(require_specifier) {
                            required.insert(binding.id.sym.to_string(), specifier);
                        }
                    }
                }
            }
            Stmt::Expr(ExprStmt { expr, .. }) => {
                let Expr::Call(call) = &**expr else { continue };
                match callee_name(&call.callee) {
                    Some("__export" | "__exportStar") => {
                        if let Some(specifier) = call.args.first().and_then(|a| require_specifier(&a.expr)) {
                            found.reexports.push(specifier);
                        }
                    }
                    Some("forEach") => {
                        // Object.keys(_x).forEach(function (key) { ... })
                        let Callee::Expr(callee) = &call.callee else { continue };
                        let Expr::Member(member) = &**callee else { continue };
                        let Expr::Call(keys) = &*member.obj else { continue };
                        if !is_object_method(&keys.callee, "keys") {
                            continue;
                        }
                        if let Some(Expr::Ident(source)) = keys.args.first().map(|a| &*a.expr) {
                            if let Some(specifier) = required.get(&*source.sym) {
                                found.reexports.push(specifier.clone());
                            }
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    found
}

/// The name a call's callee ends in: `f(…)` → `f`, `a.b.f(…)` → `f`.
fn callee_name(callee: &Callee) -> Option<&str> {
    let Callee::Expr(callee) = callee else { return None };
    match &**callee {
        Expr::Ident(ident) => Some(&ident.sym),
        Expr::Member(MemberExpr { prop: MemberProp::Ident(prop), .. }) => Some(&prop.sym),
        _ => None,
    }
}

/// `Object.<method>`.
fn is_object_method(callee: &Callee, method: &str) -> bool {
    let Callee::Expr(callee) = callee else { return false };
    matches!(&**callee, Expr::Member(MemberExpr { obj, prop: MemberProp::Ident(prop), .. })
        if &*prop.sym == method && matches!(&**obj, Expr::Ident(object) if &*object.sym == "Object"))
}

/// Whether `expr` starts with an identifier-like token (an identifier or a keyword such as
/// `function`, `true`, `this`, `new`): `Some(true)` when that token is all of it, `Some(false)`
/// when more follows, `None` when it starts otherwise.
fn leading_identifier_token(expr: &Expr) -> Option<bool> {
    match expr {
        Expr::Ident(_) | Expr::This(_) | Expr::Lit(Lit::Bool(_) | Lit::Null(_)) => Some(true),
        Expr::Fn(_) | Expr::Class(_) | Expr::New(_) | Expr::Await(_) | Expr::Yield(_) => Some(false),
        Expr::Unary(unary) if matches!(unary.op, UnaryOp::TypeOf | UnaryOp::Void | UnaryOp::Delete) => Some(false),
        Expr::Arrow(arrow) if arrow.is_async => Some(false),
        Expr::Member(member) => leading_identifier_token(&member.obj).map(|_| false),
        Expr::Call(CallExpr { callee: Callee::Expr(callee), .. }) => leading_identifier_token(callee).map(|_| false),
        Expr::Bin(binary) => leading_identifier_token(&binary.left).map(|_| false),
        Expr::Cond(conditional) => leading_identifier_token(&conditional.test).map(|_| false),
        Expr::Assign(AssignExpr { left: AssignTarget::Simple(SimpleAssignTarget::Ident(_)), .. }) => Some(false),
        Expr::TaggedTpl(tagged) => leading_identifier_token(&tagged.tag).map(|_| false),
        Expr::Seq(sequence) => sequence.exprs.first().and_then(|first| leading_identifier_token(first)).map(|_| false),
        Expr::Update(update) if !update.prefix => leading_identifier_token(&update.arg).map(|_| false),
        _ => None,
    }
}

/// `require('x')` → `x`.
fn require_specifier(expr: &Expr) -> Option<String> {
    let Expr::Call(call) = expr else { return None };
    let Callee::Expr(callee) = &call.callee else { return None };
    let Expr::Ident(ident) = &**callee else { return None };
    if &*ident.sym != "require" || call.args.len() != 1 {
        return None;
    }
    match &*call.args[0].expr {
        Expr::Lit(Lit::Str(text)) => text.value.as_str().map(str::to_string),
        _ => None,
    }
}

/// `exports` or `module.exports`.
fn is_exports(expr: &Expr) -> bool {
    match expr {
        Expr::Ident(ident) => &*ident.sym == "exports",
        _ => is_module_exports(expr),
    }
}

/// `module.exports`.
fn is_module_exports(expr: &Expr) -> bool {
    matches!(expr, Expr::Member(MemberExpr { obj, prop: MemberProp::Ident(prop), .. })
        if &*prop.sym == "exports" && matches!(&**obj, Expr::Ident(module) if &*module.sym == "module"))
}

/// A string literal's text.
fn string_text(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Lit(Lit::Str(text)) => text.value.as_str().map(str::to_string),
        _ => None,
    }
}

#[derive(Default)]
struct Finder {
    names: Vec<String>,
    /// `Object.defineProperty(exports, name, …)`: whether every such call for the name had a
    /// supported descriptor.
    defines: HashMap<String, bool>,
    /// The re-exports of the last `module.exports = require(…)` / `module.exports = {…}`.
    last_assign_reexports: Vec<String>,
}

impl Finder {
    fn object_literal(&mut self, object: &ObjectLit) {
        let mut reexports = Vec::new();
        for prop in &object.props {
            match prop {
                PropOrSpread::Prop(prop) => match &**prop {
                    Prop::Shorthand(ident) => self.names.push(ident.sym.to_string()),
                    Prop::KeyValue(KeyValueProp { key, value }) => {
                        // The lexer takes `key: <identifier token>` (keywords included) and
                        // reads on only when that token is the whole value.
                        let Some(leading) = leading_identifier_token(value) else { break };
                        match key {
                            PropName::Ident(ident) => self.names.push(ident.sym.to_string()),
                            PropName::Str(text) => match text.value.as_str() {
                                Some(text) => self.names.push(text.to_string()),
                                None => break,
                            },
                            _ => break,
                        }
                        if !leading {
                            break;
                        }
                    }
                    _ => break,
                },
                PropOrSpread::Spread(spread) => {
                    if let Some(specifier) = require_specifier(&spread.expr) {
                        reexports.push(specifier);
                    } else if !matches!(&*spread.expr, Expr::Ident(_)) {
                        break;
                    }
                }
            }
        }
        self.last_assign_reexports = reexports;
    }

    /// `{ value: … }` or `{ get() { return x } }` / `get: function () { return x.y }` (with an
    /// optional `enumerable: true`).
    fn supported_descriptor(descriptor: &Expr) -> bool {
        let Expr::Object(object) = descriptor else { return false };
        let mut supported = false;
        for prop in &object.props {
            let PropOrSpread::Prop(prop) = prop else { return false };
            let key = match &**prop {
                Prop::KeyValue(KeyValueProp { key: PropName::Ident(key), .. }) => key.sym.to_string(),
                Prop::Method(MethodProp { key: PropName::Ident(key), .. }) => key.sym.to_string(),
                _ => return false,
            };
            match (&*key, &**prop) {
                ("enumerable", Prop::KeyValue(KeyValueProp { value, .. })) => {
                    if !matches!(&**value, Expr::Lit(Lit::Bool(Bool { value: true, .. }))) {
                        return false;
                    }
                }
                ("value", Prop::KeyValue(_)) => supported = true,
                ("get", Prop::Method(MethodProp { function, .. })) => supported = Self::returns_reference(function),
                ("get", Prop::KeyValue(KeyValueProp { value, .. })) => match &**value {
                    Expr::Fn(FnExpr { function, .. }) => supported = Self::returns_reference(function),
                    _ => return false,
                },
                _ => return false,
            }
        }
        supported
    }

    /// A function whose body is `return x;`, `return x.y;` or `return x['y'];`.
    fn returns_reference(function: &Function) -> bool {
        if !function.params.is_empty() {
            return false;
        }
        let Some(body) = &function.body else { return false };
        let [Stmt::Return(ReturnStmt { arg: Some(arg), .. })] = &body.stmts[..] else { return false };
        match &**arg {
            Expr::Ident(_) => true,
            Expr::Member(MemberExpr { obj, prop, .. }) => {
                matches!(&**obj, Expr::Ident(_))
                    && match prop {
                        MemberProp::Ident(_) => true,
                        MemberProp::Computed(computed) => string_text(&computed.expr).is_some(),
                        MemberProp::PrivateName(_) => false,
                    }
            }
            _ => false,
        }
    }
}

impl Visit for Finder {
    fn visit_assign_expr(&mut self, assign: &AssignExpr) {
        if let AssignTarget::Simple(SimpleAssignTarget::Member(member)) = &assign.left {
            if is_module_exports(&Expr::Member(member.clone())) && assign.op == AssignOp::Assign {
                match &*assign.right {
                    Expr::Object(object) => self.object_literal(object),
                    right => {
                        if let Some(specifier) = require_specifier(right) {
                            self.last_assign_reexports = vec![specifier];
                        }
                    }
                }
            } else if is_exports(&member.obj) {
                match &member.prop {
                    MemberProp::Ident(name) => self.names.push(name.sym.to_string()),
                    MemberProp::Computed(computed) => {
                        if let Some(name) = string_text(&computed.expr) {
                            self.names.push(name);
                        }
                    }
                    MemberProp::PrivateName(_) => {}
                }
            }
        }
        assign.visit_children_with(self);
    }

    fn visit_call_expr(&mut self, call: &CallExpr) {
        if is_object_method(&call.callee, "defineProperty") && call.args.len() >= 3 && is_exports(&call.args[0].expr) {
            if let Some(name) = string_text(&call.args[1].expr) {
                let supported = Self::supported_descriptor(&call.args[2].expr);
                let entry = self.defines.entry(name).or_insert(true);
                *entry = *entry && supported;
            }
        }
        call.visit_children_with(self);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(source: &str) -> (Vec<String>, Vec<String>) {
        let mut diagnostics = crate::diagnostics::Diagnostics::default();
        let script = crate::parse::parse_commonjs(source, 1, &mut diagnostics).expect("parses");
        let found = detect(&script);
        let mut names: Vec<String> = found.names.into_iter().collect();
        names.sort();
        (names, found.reexports)
    }

    #[test]
    fn detects_what_the_lexer_detects() {
        assert_eq!(names("exports.a = 1; exports['b'] = 2; module.exports.c = 3; if (x) exports.d = 4;").0, ["a", "b", "c", "d"]);
        assert_eq!(
            names("Object.defineProperty(exports, '__esModule', { value: true }); Object.defineProperty(exports, 'x', { enumerable: true, get: function () { return m.x; } }); Object.defineProperty(exports, 'y', { get() { return compute(); } });").0,
            ["__esModule", "x"]
        );
        assert_eq!(names("module.exports = { a, b: c, 'd': e, f: function () {}, g };").0, ["a", "b", "d", "f"]);
        assert_eq!(names("module.exports = { a: true, b: x.y, c };").0, ["a", "b"]);
        assert_eq!(names("module.exports = { a: 'text', b };").0, Vec::<String>::new());
        assert_eq!(names("module.exports = require('./other');").1, ["./other"]);
        assert_eq!(names("module.exports = { ...require('./x'), a };"), (vec!["a".to_string()], vec!["./x".to_string()]));
        assert_eq!(names("__exportStar(require('./y'), exports); var _z = require('./z'); Object.keys(_z).forEach(function (k) {});").1, ["./y", "./z"]);
        assert!(names("const e = exports; e.a = 1; module.exports = make();").0.is_empty());
    }
}
