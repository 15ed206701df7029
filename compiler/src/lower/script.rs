//! Lowering of a classic script's top level (`kiln build --script`), as a browser or
//! `vm.runInThisContext` runs a file rather than as node wraps a CommonJS module.
//!
//! The script's top-level `var` and function declarations are properties of the global object
//! (GlobalDeclarationInstantiation, ECMA-262 §16.1.7, creates them non-configurable before any
//! code runs), so they get no binding here: every read and write of such a name goes through
//! the global object like any other unresolved name, and `globalThis.x` and `x` always agree.
//! Top-level `let`/`const`/`class` are the global lexical environment; with one script per
//! program they are ordinary bindings of the script function, seen by all of its code. `this`
//! is the global object. The function keeps the CommonJS wrapper's signature (the module
//! loader calls it as module 0) and ignores its arguments, so `require`, `module` and
//! `exports` are unresolved names, as in a script.

use super::*;
use crate::ir::GlobalDeclaration;

/// Lowers a classic script into `module` as a new function and returns its id.
pub fn lower_script(
    module: &mut ir::Module,
    sources: &SourceMap,
    resolution: &Resolution,
    diagnostics: &mut Diagnostics,
    file: FileId,
    script: &Script,
) -> FuncId {
    let requires = HashMap::new();
    let mut lowerer = Lowerer::new(module, sources, resolution, diagnostics, file, &requires);
    lowerer.lower_script_function(script)
}

impl Lowerer<'_> {
    fn lower_script_function(&mut self, script: &Script) -> FuncId {
        let position = script.span.lo.0;
        let id = self.begin_module_level_function("", position, has_use_strict(&script.body));
        self.push_scope(&[]);
        // `this` at the top level of a script is the global object.
        let undefined = self.undefined();
        let global = self.emit(Op::SloppyThis(undefined), position);
        self.bind_implicit(THIS_NAME, resolve::this_key(position), global);

        let mut lexical = Vec::new();
        hoist::lexical_names(&script.body, true, &mut lexical);
        lexical.retain(|d| d.kind.is_lexical());
        // Of several declarations of one function name, the last is the one instantiated.
        let declarations = hoist::function_decls(&script.body);
        let functions: Vec<&FnDecl> = declarations
            .iter()
            .enumerate()
            .filter(|(index, decl)| !declarations[index + 1..].iter().any(|later| later.ident.sym == decl.ident.sym))
            .map(|(_, decl)| *decl)
            .collect();
        let mut vars = Vec::new();
        hoist::var_names(&script.body, &mut vars);
        // Block-level functions also get a global `var` (Annex B.3.2.2).
        vars.extend(self.annex_b_functions(&script.body));
        vars.extend(self.sloppy_eval_vars(&[], &script.body));
        self.state().annex_b = AnnexBTarget::Global;
        let mut seen: std::collections::HashSet<Atom> = functions.iter().map(|f| f.ident.sym.clone()).collect();
        vars.retain(|d| seen.insert(d.name.clone()));

        // GlobalDeclarationInstantiation: every check before any binding is made.
        for declared in &lexical {
            self.declare_global(&declared.name, GlobalDeclaration::CheckLexical, declared.position);
        }
        for decl in functions.iter().rev() {
            self.declare_global(&decl.ident.sym, GlobalDeclaration::CheckFunction, decl.ident.span.lo.0);
        }
        for declared in &vars {
            self.declare_global(&declared.name, GlobalDeclaration::CheckVar, declared.position);
        }
        self.push_scope(&lexical);
        for decl in &functions {
            let closure = self.lower_function(&decl.function, decl.ident.sym.to_string(), None, FunctionKind::Normal);
            let name = self.intern(&decl.ident.sym);
            self.emit_effect(Op::GlobalDefineFunction(name, closure), decl.ident.span.lo.0);
        }
        for declared in &vars {
            self.declare_global(&declared.name, GlobalDeclaration::CreateVar, declared.position);
        }

        for stmt in &script.body {
            self.lower_stmt(stmt);
        }
        let undefined = self.undefined();
        self.terminate(Terminator::Return(undefined));
        self.finish_function(id);
        id
    }

    fn declare_global(&mut self, name: &Atom, step: GlobalDeclaration, position: u32) {
        let id = self.intern(name);
        self.emit_effect(Op::GlobalDeclare(id, step), position);
    }
}
