//! Lowering of an ES module. The driver links the graph first (`driver::esm`): every top-level
//! binding of every ES module has a static slot, and each import names the slot it reads
//! (a live binding) or a slot of the importer's own that holds a namespace object or a value
//! taken from a CommonJS module. The module becomes two functions:
//! - `init` (run for the whole graph before any body): hoisted function declarations, lexical
//!   bindings in their temporal dead zone, `var`s undefined, ES namespace imports;
//! - the body: CommonJS imports (their modules ran first), then the statements.
//!
//! The module's `Script` is the driver's rewrite of its items: import and re-export
//! declarations removed, `export` keywords dropped, `export default expression` a `const`
//! named `default` (no user binding can have that name).

use super::*;

/// The link-time view of one ES module that lowering needs.
#[derive(Clone, Debug, Default)]
pub struct EsmBindings {
    /// The module's index in the program.
    pub index: u32,
    /// Every top-level declared name with its static slot.
    pub locals: Vec<(Atom, u32, DeclKind)>,
    /// Imported names bound to another module's slot: (local name, slot, lexical).
    pub live_imports: Vec<(Atom, u32, bool)>,
    /// Imported names held in a slot of this module: (local name, slot, how it is filled).
    pub held_imports: Vec<(Atom, u32, HeldImport)>,
    /// The body uses top-level await (lowered as an async body).
    pub is_async: bool,
}

/// How a held import slot gets its value.
#[derive(Clone, Debug)]
pub enum HeldImport {
    /// The namespace object of an ES module (at instantiation).
    EsmNamespace(u32),
    /// The namespace of a CommonJS module (when the body starts).
    CjsNamespace(u32),
    /// `module.exports` of a CommonJS module (`None`) or one of its properties.
    CjsValue(u32, Option<String>),
}

/// Lowers ES module `script` into `module`; returns (init, body).
#[allow(clippy::too_many_arguments)]
pub fn lower_esm(
    module: &mut ir::Module,
    sources: &SourceMap,
    resolution: &Resolution,
    diagnostics: &mut Diagnostics,
    file: FileId,
    script: &Script,
    bindings: &EsmBindings,
    dynamic_imports: &HashMap<String, RequireTarget>,
) -> (FuncId, FuncId) {
    let requires = HashMap::new();
    let mut lowerer = Lowerer::new(module, sources, resolution, diagnostics, file, &requires);
    lowerer.dynamic_imports = dynamic_imports.clone();
    lowerer.esm_index = Some(bindings.index);
    lowerer.module_index = Some(bindings.index);
    let init = lowerer.lower_esm_init(script, bindings);
    let body = lowerer.lower_esm_body(script, bindings);
    (init, body)
}

impl Lowerer<'_> {
    /// The module scope: every top-level and imported name at its static slot; `this` is
    /// undefined.
    fn push_esm_scope(&mut self, script: &Script, bindings: &EsmBindings) {
        let mut map = HashMap::new();
        let mut declared = Vec::new();
        hoist::var_names(&script.body, &mut declared);
        hoist::lexical_names(&script.body, true, &mut declared);
        for d in &declared {
            if let Some((_, slot, kind)) = bindings.locals.iter().find(|(name, _, _)| *name == d.name) {
                let key = resolve::ident_key(d.position);
                map.entry(d.name.clone()).or_insert(Binding { key, location: Location::Static(*slot), kind: *kind, tdz: kind.is_lexical() });
            }
        }
        for (name, slot, lexical) in &bindings.live_imports {
            let key = resolve::ident_key(u32::MAX - *slot);
            map.insert(name.clone(), Binding { key, location: Location::Static(*slot), kind: DeclKind::Const, tdz: *lexical });
        }
        for (name, slot, _) in &bindings.held_imports {
            let key = resolve::ident_key(u32::MAX - *slot);
            map.insert(name.clone(), Binding { key, location: Location::Static(*slot), kind: DeclKind::Const, tdz: false });
        }
        // `this` is undefined: a static slot (set by `init`), so nested async bodies see it.
        if let Some((_, slot, _)) = bindings.locals.iter().find(|(name, _, _)| &**name == THIS_NAME) {
            let key = resolve::this_key(script.span.lo.0);
            map.insert(Atom::from(THIS_NAME), Binding { key, location: Location::Static(*slot), kind: DeclKind::Const, tdz: false });
        }
        self.state().scopes.push(Scope { bindings: map, env: None, is_switch: false, with: None });
    }

    fn lower_esm_init(&mut self, script: &Script, bindings: &EsmBindings) -> FuncId {
        let position = script.span.lo.0;
        let id = self.begin_module_level_function("", position, true);
        self.push_esm_scope(script, bindings);
        for (_, slot, kind) in &bindings.locals {
            let value = if kind.is_lexical() { Constant::Uninitialized } else { Constant::Undefined };
            let value = self.constant(value);
            self.emit_at(None, Op::StaticSet(*slot, value), None);
        }
        for (_, slot, held) in &bindings.held_imports {
            let value = match held {
                HeldImport::EsmNamespace(index) => self.emit(Op::ModuleNamespace(*index), position),
                _ => self.undefined(),
            };
            self.emit_at(None, Op::StaticSet(*slot, value), None);
        }
        self.instantiate_functions(&script.body);
        let undefined = self.undefined();
        self.terminate(Terminator::Return(undefined));
        self.finish_function(id);
        id
    }

    fn lower_esm_body(&mut self, script: &Script, bindings: &EsmBindings) -> FuncId {
        let position = script.span.lo.0;
        let id = self.begin_module_level_function("", position, true);
        self.push_esm_scope(script, bindings);
        for (_, slot, held) in &bindings.held_imports {
            let value = match held {
                HeldImport::EsmNamespace(_) => continue,
                HeldImport::CjsNamespace(index) => self.emit(Op::ModuleNamespace(*index), position),
                HeldImport::CjsValue(index, property) => {
                    let exports = self.emit(Op::RequireModule(*index), position);
                    match property {
                        None => exports,
                        Some(name) => {
                            let key = self.intern(name);
                            self.emit(Op::GetNamed(exports, key), position)
                        }
                    }
                }
            };
            self.emit_at(None, Op::StaticSet(*slot, value), None);
        }
        if bindings.is_async {
            // Top-level await: the statements run as an async arrow over the module scope;
            // the body returns its promise.
            let source = FunctionSource {
                generator: Some(ir::GeneratorKind::Async),
                name: String::new(),
                kind: FunctionKind::Arrow,
                position,
                params: Vec::new(),
                body: FunctionBodySource::ModuleBody(&script.body),
                self_name: None,
                class: None,
                text: None,
            };
            let closure = self.lower_function_source(source);
            let undefined = self.undefined();
            let description = self.intern("module body");
            let promise = self.emit(Op::Call(closure, undefined, Vec::new(), description), position);
            self.terminate(Terminator::Return(promise));
        } else {
            for stmt in &script.body {
                self.lower_stmt(stmt);
            }
            let undefined = self.undefined();
            self.terminate(Terminator::Return(undefined));
        }
        self.finish_function(id);
        id
    }
}
