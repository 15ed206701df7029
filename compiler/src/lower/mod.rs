//! Lowering: the swc AST plus the resolver's facts become kiln IR.
//!
//! `Lowerer` keeps a stack of functions being built (a nested function is lowered while its
//! parent is open, so name lookup can walk outward through both). Each function has a stack of
//! lexical scopes mapping names to bindings — a local or a slot of a heap environment — and a
//! stack of control contexts (loops, labels, `finally` blocks, for-of iterators) that `break`,
//! `continue` and `return` walk through. Statements are in `stmt.rs`, expressions in `expr.rs`.
//! Unsupported syntax is reported as a diagnostic with its position; lowering goes on.

mod class;
mod esm;
mod expr;
mod pattern;
mod script;
mod stmt;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::ir::{
    self, BinaryOp, BlockId, Constant, FileId, FuncId, FunctionKind, Inst, Op, Pos, StrId,
    Terminator, Var,
};
use crate::resolve::hoist::{self, DeclKind, Declared};
use crate::resolve::{self, Resolution, HOME_NAME, NEW_TARGET_NAME, THIS_NAME};
use crate::source::SourceMap;
use std::collections::HashMap;
use swc_atoms::Atom;
use swc_ecma_ast::*;

pub use esm::{lower_esm, EsmBindings, HeldImport};
pub use script::lower_script;

/// What a `require("specifier")` of the module being lowered refers to.
#[derive(Clone, Debug)]
pub enum RequireTarget {
    /// Program module `index`.
    Module(u32),
    /// A Node core module.
    Builtin(String),
}

/// Lowers a CommonJS module body into `module` as a new function (the wrapper
/// `(exports, require, module, __filename, __dirname)`) and returns its id. `requires` maps the
/// string-literal `require` specifiers of the module to what they resolved to; `module_index`
/// is the module's index in the program's module table.
pub fn lower_commonjs(
    module: &mut ir::Module,
    sources: &SourceMap,
    resolution: &Resolution,
    diagnostics: &mut Diagnostics,
    file: FileId,
    script: &Script,
    requires: &HashMap<String, RequireTarget>,
    dynamic_imports: &HashMap<String, RequireTarget>,
    module_index: u32,
) -> FuncId {
    let mut lowerer = Lowerer::new(module, sources, resolution, diagnostics, file, requires);
    lowerer.dynamic_imports = dynamic_imports.clone();
    lowerer.module_index = Some(module_index);
    lowerer.lower_module_function(script)
}

/// Where a binding's value lives.
#[derive(Copy, Clone, Debug)]
enum Location {
    /// A local of the function that declares it.
    Local(Var),
    /// Slot `slot` of the environment at lexical depth `depth`.
    Env { depth: usize, slot: u32 },
    /// Static slot `n` (an ES module's top-level binding, or one it imports).
    Static(u32),
}

#[derive(Clone, Debug)]
struct Binding {
    /// The resolver's key of the declaration.
    key: resolve::DeclKey,
    location: Location,
    kind: DeclKind,
    /// Reads must check the temporal dead zone.
    tdz: bool,
}

struct Scope {
    bindings: HashMap<Atom, Binding>,
    /// A `switch` body: later cases can run without the earlier declarations having run, so
    /// reads keep their TDZ checks.
    is_switch: bool,
    /// The environment this scope created: the local holding it and its depth.
    env: Option<(Var, usize)>,
    /// The body of a `with` statement: the hidden binding (in `bindings`) holding its object,
    /// where every name looked up through this scope is searched first at run time.
    with: Option<Atom>,
}

/// Why control leaves a region abruptly.
#[derive(Clone, Debug)]
enum Exit {
    Break(usize),
    Continue(usize),
    Return(Var),
}

enum Control {
    /// A loop, `continue` target and `break` target, with its labels.
    Loop { labels: Vec<Atom>, break_to: BlockId, continue_to: BlockId },
    /// A labelled statement or switch: only `break`.
    Breakable { labels: Vec<Atom>, break_to: BlockId, is_switch: bool },
    /// A `finally` block: exits are recorded and replayed after it runs.
    Finally { state: Var, value: Var, entry: BlockId, exits: Vec<Exit> },
    /// A for-of loop's (or an array pattern's) iterator, closed when control leaves the loop
    /// abruptly; a pattern's is not closed once `done` (a local holding a boolean) is true.
    Iterator { iterator: Var, outer_handler: Option<BlockId>, done: Option<Var> },
    /// A `for await` loop's iterator: leaving abruptly awaits its `return()`.
    AsyncIterator { iterator: Var, outer_handler: Option<BlockId> },
}

/// State of completion codes in a `finally` dispatch.
const COMPLETION_NORMAL: f64 = 0.0;
const COMPLETION_THROW: f64 = 1.0;
const COMPLETION_FIRST_EXIT: f64 = 2.0;

struct FunctionState {
    function: ir::Function,
    current: BlockId,
    handler: Option<BlockId>,
    scopes: Vec<Scope>,
    controls: Vec<Control>,
    /// Depth of the environment the closure captured (0: none).
    closure_env_depth: usize,
    /// The local holding the closure's environment, when `closure_env_depth > 0`.
    closure_env: Option<Var>,
    /// Labels waiting for the next loop statement.
    pending_labels: Vec<Atom>,
    /// Where V8 would place an error of the statement being lowered that no nearer position
    /// claims (see `Lowerer::statement_position`): a compound assignment's operation.
    statement_position: Option<u32>,
    /// Set while lowering a class constructor.
    class: Option<class::ClassInfo>,
    /// Where a block-level function declaration's Annex B `var` lives (B.3.2.1).
    annex_b: AnnexBTarget,
    /// The function's id (`None` for a module or script top level).
    id: Option<FuncId>,
}

/// Where the evaluation of a block-level function declaration with Annex B semantics copies
/// the function.
#[derive(Copy, Clone, Debug)]
enum AnnexBTarget {
    /// Nowhere (an ES module's top level, whose names are static slots).
    None,
    /// The binding of that name in scope `n` of the function (its `var` scope).
    Scope(usize),
    /// The global object (a classic script's top level).
    Global,
}

struct Lowerer<'a> {
    module: &'a mut ir::Module,
    sources: &'a SourceMap,
    resolution: &'a Resolution,
    diagnostics: &'a mut Diagnostics,
    file: FileId,
    /// What the module's literal `require` specifiers resolved to.
    requires: &'a HashMap<String, RequireTarget>,
    functions: Vec<FunctionState>,
    /// Function ids reserved for function declarations before their scope's bodies are
    /// lowered, by the declaration's source position.
    reserved: HashMap<u32, FuncId>,
    /// Bindings known to always hold the closure of a function declaration.
    known_functions: HashMap<resolve::DeclKey, FuncId>,
    /// How many classes enclose the code being lowered (class code is strict).
    class_depth: u32,
    /// What the module's literal `import()` specifiers resolved to (ES module rules).
    dynamic_imports: HashMap<String, RequireTarget>,
    /// The module index when lowering an ES module.
    esm_index: Option<u32>,
    /// The module's index in the program's module table (for `import()` of a computed
    /// specifier), when lowering a module.
    module_index: Option<u32>,
    /// The completion value of each direct eval being lowered inline, innermost last, with
    /// the depth of `functions` its code runs at.
    eval_completions: Vec<(Var, usize)>,
    /// How many evals of strict code enclose the code being lowered (functions defined there
    /// are strict).
    strict_eval_depth: u32,
    /// The inferred name (`ir::Function::inferred_name`) for the next function made.
    inferred_name: Option<String>,
}

/// The parts of a function-like AST node lowering needs.
struct FunctionSource<'s> {
    /// Set for generators and async functions.
    generator: Option<ir::GeneratorKind>,
    name: String,
    kind: FunctionKind,
    position: u32,
    params: Vec<&'s Pat>,
    body: FunctionBodySource<'s>,
    /// A named function expression binds its own name.
    self_name: Option<&'s Ident>,
    /// Set for class constructors.
    class: Option<class::ClassInfo>,
    /// What `Function.prototype.toString` returns (the whole class for a class constructor);
    /// `None` for functions the program cannot reach (field initialisers, module bodies).
    text: Option<swc_common::Span>,
}

enum FunctionBodySource<'s> {
    Statements(&'s [Stmt]),
    Expression(&'s Expr),
    /// A class's field initialiser (instance members, or one static field).
    Fields(Vec<&'s ClassMember>),
    /// The implicit constructor of a class without one.
    DefaultConstructor,
    /// An ES module body with top-level await: its names are the module's static slots and
    /// its functions were instantiated by the module's `init`.
    ModuleBody(&'s [Stmt]),
}

impl<'a> Lowerer<'a> {
    /// A lowerer for one module of `file` (no ES module index, no `import()` targets yet).
    fn new(
        module: &'a mut ir::Module,
        sources: &'a SourceMap,
        resolution: &'a Resolution,
        diagnostics: &'a mut Diagnostics,
        file: FileId,
        requires: &'a HashMap<String, RequireTarget>,
    ) -> Lowerer<'a> {
        Lowerer {
            module,
            sources,
            resolution,
            diagnostics,
            file,
            requires,
            functions: Vec::new(),
            reserved: HashMap::new(),
            known_functions: HashMap::new(),
            class_depth: 0,
            dynamic_imports: HashMap::new(),
            esm_index: None,
            module_index: None,
            eval_completions: Vec::new(),
            strict_eval_depth: 0,
            inferred_name: None,
        }
    }

    /// Starts lowering a module-level function (a module body, a script, an ES module's
    /// init or body) named `name` at `position`; returns the id it will have.
    fn begin_module_level_function(&mut self, name: &str, position: u32, strict: bool) -> FuncId {
        let pos = self.sources.pos(position);
        let mut function = ir::Function::new(name.into(), FunctionKind::Module, self.file, pos);
        function.strict = strict;
        let id = FuncId(self.module.functions.len() as u32);
        self.module.functions.push(ir::Function::new(String::new(), FunctionKind::Module, self.file, pos));
        self.functions.push(FunctionState {
            function,
            current: BlockId(0),
            handler: None,
            scopes: Vec::new(),
            controls: Vec::new(),
            closure_env_depth: 0,
            closure_env: None,
            pending_labels: Vec::new(),
            statement_position: None,
            class: None,
            annex_b: AnnexBTarget::None,
            id: None,
        });
        id
    }

    // ---------------------------------------------------------------- building blocks

    fn state(&mut self) -> &mut FunctionState {
        self.functions.last_mut().expect("a function is being lowered")
    }

    fn state_ref(&self) -> &FunctionState {
        self.functions.last().expect("a function is being lowered")
    }

    fn new_var(&mut self) -> Var {
        let f = &mut self.state().function;
        f.var_count += 1;
        Var(f.var_count - 1)
    }

    /// A new block that uses the current exception handler.
    fn new_block(&mut self) -> BlockId {
        let handler = self.state_ref().handler;
        self.new_block_with_handler(handler)
    }

    fn new_block_with_handler(&mut self, handler: Option<BlockId>) -> BlockId {
        let f = &mut self.state().function;
        f.blocks.push(ir::Block { handler, ..Default::default() });
        BlockId(f.blocks.len() as u32 - 1)
    }

    fn switch_to(&mut self, block: BlockId) {
        let state = self.state();
        state.current = block;
        state.handler = state.function.blocks[block.index()].handler;
    }

    fn is_terminated(&self) -> bool {
        let state = self.state_ref();
        state.function.blocks[state.current.index()].terminator.is_some()
    }

    /// Ends the current block; later code goes to a fresh block nothing jumps to.
    fn terminate(&mut self, terminator: Terminator) {
        if self.is_terminated() {
            return;
        }
        let state = self.state();
        let current = state.current;
        state.function.blocks[current.index()].terminator = Some(terminator);
        let dead = self.new_block();
        self.switch_to(dead);
    }

    fn jump(&mut self, target: BlockId) {
        self.terminate(Terminator::Jump(target));
    }

    fn branch(&mut self, condition: Var, then: BlockId, otherwise: BlockId) {
        self.terminate(Terminator::Branch(condition, then, otherwise));
    }

    /// Makes `handler` the exception target of the code that follows.
    fn set_handler(&mut self, handler: Option<BlockId>) {
        let state = self.state_ref();
        let block = &state.function.blocks[state.current.index()];
        if block.insts.is_empty() && block.terminator.is_none() {
            let current = state.current;
            let state = self.state();
            state.function.blocks[current.index()].handler = handler;
            state.handler = handler;
            return;
        }
        let next = self.new_block_with_handler(handler);
        self.jump(next);
        self.switch_to(next);
    }

    fn emit_at(&mut self, dst: Option<Var>, op: Op, pos: Option<Pos>) {
        let state = self.state();
        let current = state.current;
        state.function.blocks[current.index()].insts.push(Inst { dst, op, pos });
    }

    /// Emits `op` into a new local and returns it.
    fn emit(&mut self, op: Op, position: u32) -> Var {
        let dst = self.new_var();
        let pos = if op.may_throw() { Some(self.sources.pos(position)) } else { None };
        self.emit_at(Some(dst), op, pos);
        dst
    }

    /// Emits `op` whose result is not needed.
    fn emit_effect(&mut self, op: Op, position: u32) {
        let pos = Some(self.sources.pos(position));
        self.emit_at(None, op, pos);
    }

    fn assign(&mut self, dst: Var, src: Var) {
        self.emit_at(Some(dst), Op::Copy(src), None);
    }

    fn constant(&mut self, constant: Constant) -> Var {
        self.emit(Op::Const(constant), 0)
    }

    fn undefined(&mut self) -> Var {
        self.constant(Constant::Undefined)
    }

    fn string(&mut self, text: &str) -> Var {
        let id = self.module.intern(text);
        self.constant(Constant::Str(id))
    }

    fn intern(&mut self, text: &str) -> StrId {
        self.module.intern(text)
    }

    fn unsupported(&mut self, position: u32, what: &str) {
        self.diagnostics.push(Diagnostic::unsupported(position, what));
    }

    fn syntax_error(&mut self, position: u32, message: String) {
        self.diagnostics.push(Diagnostic::syntax_error(position, message));
    }

    /// `a === b` on locals, as a boolean local.
    fn strict_equals_number(&mut self, a: Var, number: f64) -> Var {
        let b = self.constant(Constant::Number(number));
        self.emit(Op::Binary(BinaryOp::StrictEq, a, b), 0)
    }

    // ---------------------------------------------------------------- scopes and bindings

    /// The innermost environment visible at this point: its local and depth.
    fn innermost_env(&self) -> Option<(Var, usize)> {
        let state = self.state_ref();
        for scope in state.scopes.iter().rev() {
            if let Some(env) = scope.env {
                return Some(env);
            }
        }
        state.closure_env.map(|var| (var, state.closure_env_depth))
    }

    /// Opens a scope declaring `declared`; captured bindings get slots in a new environment.
    fn push_scope(&mut self, declared: &[Declared]) {
        let mut bindings = HashMap::new();
        let mut captured = Vec::new();
        for d in declared {
            if bindings.contains_key(&d.name) {
                continue;
            }
            let key = resolve::declared_key(d);
            let is_captured = self.resolution.captured.contains(&key);
            let location = if is_captured {
                captured.push(d.name.clone());
                Location::Env { depth: 0, slot: captured.len() as u32 - 1 }
            } else {
                Location::Local(self.new_var())
            };
            bindings.insert(d.name.clone(), Binding { key, location, kind: d.kind, tdz: d.kind.is_lexical() });
        }
        let env = if captured.is_empty() {
            None
        } else {
            let parent = self.innermost_env();
            let depth = parent.map_or(0, |(_, d)| d) + 1;
            let var = self.new_var();
            self.emit_at(Some(var), Op::EnvNew(parent.map(|(v, _)| v), captured.len() as u32, false), None);
            for binding in bindings.values_mut() {
                if let Location::Env { slot, .. } = binding.location {
                    binding.location = Location::Env { depth, slot };
                }
            }
            Some((var, depth))
        };
        self.state().scopes.push(Scope { bindings, env, is_switch: false, with: None });
        // Lexical bindings start uninitialised; vars and parameters start undefined. (In
        // declaration order, so the IR does not depend on hash order.)
        let scope = self.state_ref().scopes.last().expect("just pushed");
        let mut seen = std::collections::HashSet::new();
        let names: Vec<Binding> = declared
            .iter()
            .filter(|d| seen.insert(d.name.clone()))
            .filter_map(|d| scope.bindings.get(&d.name).cloned())
            .collect();
        for binding in names {
            let value = if binding.tdz { Constant::Uninitialized } else { Constant::Undefined };
            match binding.location {
                Location::Local(var) => self.emit_at(Some(var), Op::Const(value), None),
                Location::Env { .. } if binding.tdz => {
                    let v = self.constant(value);
                    self.store_location(binding.location, v);
                }
                Location::Env { .. } | Location::Static(_) => {}
            }
        }
    }

    /// Adds an implicit binding (`this`, `arguments`, a function expression's own name) to
    /// the innermost scope, initialised to `value`.
    fn bind_implicit(&mut self, name: &str, key: resolve::DeclKey, value: Var) {
        self.bind_implicit_as(name, key, value, DeclKind::Const);
    }

    /// [`Self::bind_implicit`] for a binding of `kind` (the CommonJS wrapper's parameters are
    /// ordinary, writable parameters).
    fn bind_implicit_as(&mut self, name: &str, key: resolve::DeclKey, value: Var, kind: DeclKind) {
        let captured = self.resolution.captured.contains(&key);
        let location = if captured {
            // Give it a slot of its own environment so closures can see it.
            let parent = self.innermost_env();
            let depth = parent.map_or(0, |(_, d)| d) + 1;
            let env = self.new_var();
            self.emit_at(Some(env), Op::EnvNew(parent.map(|(v, _)| v), 1, false), None);
            let mut bindings = HashMap::new();
            let location = Location::Env { depth, slot: 0 };
            bindings.insert(Atom::from(name), Binding { key, location, kind, tdz: false });
            self.state().scopes.push(Scope { bindings, env: Some((env, depth)), is_switch: false, with: None });
            self.store_location(location, value);
            return;
        } else {
            let var = self.new_var();
            self.assign(var, value);
            Location::Local(var)
        };
        let scope = self.state().scopes.last_mut().expect("a scope is open");
        scope.bindings.insert(Atom::from(name), Binding { key, location, kind, tdz: false });
    }

    /// Binds several implicit constant names (a class's private names and hidden bindings)
    /// to `value` in one new scope: those captured share one environment, so a class with
    /// thousands of private names does not nest thousands of environments.
    fn bind_implicit_group(&mut self, names: &[(Atom, resolve::DeclKey)], value: Var) {
        let mut bindings = HashMap::new();
        let mut captured = 0;
        for (name, key) in names {
            let location = if self.resolution.captured.contains(key) {
                captured += 1;
                Location::Env { depth: 0, slot: captured - 1 }
            } else {
                let var = self.new_var();
                self.assign(var, value);
                Location::Local(var)
            };
            bindings.insert(name.clone(), Binding { key: *key, location, kind: DeclKind::Const, tdz: false });
        }
        let env = if captured == 0 {
            None
        } else {
            let parent = self.innermost_env();
            let depth = parent.map_or(0, |(_, d)| d) + 1;
            let env = self.new_var();
            self.emit_at(Some(env), Op::EnvNew(parent.map(|(v, _)| v), captured, false), None);
            for binding in bindings.values_mut() {
                if let Location::Env { slot, .. } = binding.location {
                    binding.location = Location::Env { depth, slot };
                }
            }
            Some((env, depth))
        };
        self.state().scopes.push(Scope { bindings, env, is_switch: false, with: None });
        for (name, _) in names {
            let location = self.state_ref().scopes.last().expect("just pushed").bindings[name].location;
            if let Location::Env { .. } = location {
                self.store_location(location, value);
            }
        }
    }

    fn pop_scope(&mut self) {
        self.state().scopes.pop();
    }

    /// Pops scopes until `mark` remain (undoing `push_scope` and `bind_implicit` together).
    fn truncate_scopes(&mut self, mark: usize) {
        self.state().scopes.truncate(mark);
    }

    /// The function a callee name statically refers to, when its binding always holds the
    /// closure of one function declaration.
    fn known_function(&self, name: &Atom) -> Option<FuncId> {
        let binding = self.lookup(name)?;
        self.known_functions.get(&binding.key).copied()
    }

    /// Finds a binding by walking scopes of this function and then of enclosing functions.
    fn lookup(&self, name: &Atom) -> Option<Binding> {
        for state in self.functions.iter().rev() {
            for scope in state.scopes.iter().rev() {
                if let Some(binding) = scope.bindings.get(name) {
                    return Some(binding.clone());
                }
            }
        }
        None
    }

    /// The local holding the environment at `depth`, walking parents as needed.
    fn env_at(&mut self, depth: usize) -> Var {
        let state = self.state_ref();
        for scope in state.scopes.iter().rev() {
            if let Some((var, d)) = scope.env {
                if d == depth {
                    return var;
                }
            }
        }
        // Not created by this function: an ancestor of the closure's environment.
        let closure_env = state.closure_env.expect("an outer binding implies a closure environment");
        let closure_depth = state.closure_env_depth;
        if closure_depth == depth {
            return closure_env;
        }
        let hops = (closure_depth - depth) as u32;
        self.emit(Op::EnvParent(closure_env, hops), 0)
    }

    fn load_location(&mut self, location: Location) -> Var {
        match location {
            Location::Local(var) => var,
            Location::Env { depth, slot } => {
                let env = self.env_at(depth);
                self.emit(Op::EnvGet(env, slot), 0)
            }
            Location::Static(slot) => self.emit(Op::StaticGet(slot), 0),
        }
    }

    fn store_location(&mut self, location: Location, value: Var) {
        match location {
            Location::Local(var) => self.assign(var, value),
            Location::Env { depth, slot } => {
                let env = self.env_at(depth);
                self.emit_at(None, Op::EnvSet(env, slot, value), None);
            }
            Location::Static(slot) => self.emit_at(None, Op::StaticSet(slot, value), None),
        }
    }

    /// The hidden bindings of the `with` objects a lookup of `name` passes before it reaches
    /// the name's binding (or the global object), innermost first.
    fn with_objects(&self, name: &Atom) -> Vec<Binding> {
        let mut objects = Vec::new();
        if name.starts_with('%') || name.starts_with('#') {
            return objects;
        }
        for state in self.functions.iter().rev() {
            for scope in state.scopes.iter().rev() {
                if scope.bindings.contains_key(name) {
                    return objects;
                }
                if let Some(with) = &scope.with {
                    objects.push(scope.bindings.get(with).expect("a with scope binds its object").clone());
                }
            }
        }
        objects
    }

    /// ResolveBinding for a name some `with` statement encloses: the first `with` object that
    /// has the name (HasBinding, in order), or undefined when the static binding is meant.
    /// `None` when no `with` is in the way.
    pub(super) fn resolve_with(&mut self, name: &Atom, position: u32) -> Option<Var> {
        let objects = self.with_objects(name);
        if objects.is_empty() {
            return None;
        }
        let id = self.intern(name);
        let target = self.new_var();
        let undefined = self.undefined();
        self.assign(target, undefined);
        let done = self.new_block();
        for binding in objects {
            let object = self.load_location(binding.location);
            let has = self.emit(Op::WithHas(object, id), position);
            let found = self.new_block();
            let next = self.new_block();
            self.branch(has, found, next);
            self.switch_to(found);
            self.assign(target, object);
            self.jump(done);
            self.switch_to(next);
        }
        self.jump(done);
        self.switch_to(done);
        Some(target)
    }

    /// Chooses between the `with` object `target` (from `resolve_with`) and the static
    /// binding: `with_object(object)` or `fallback()`, as one local.
    pub(super) fn with_or_static(
        &mut self,
        target: Var,
        position: u32,
        with_object: impl FnOnce(&mut Self, Var) -> Var,
        fallback: impl FnOnce(&mut Self) -> Var,
    ) -> Var {
        let result = self.new_var();
        let undefined = self.undefined();
        let is_static = self.emit(Op::Binary(BinaryOp::StrictEq, target, undefined), position);
        let static_block = self.new_block();
        let object_block = self.new_block();
        let after = self.new_block();
        self.branch(is_static, static_block, object_block);
        self.switch_to(object_block);
        let value = with_object(self, target);
        self.assign(result, value);
        self.jump(after);
        self.switch_to(static_block);
        let value = fallback(self);
        self.assign(result, value);
        self.jump(after);
        self.switch_to(after);
        result
    }

    /// Reads a variable by name (through enclosing `with` objects, then its binding with a TDZ
    /// check, or a global).
    fn read_name(&mut self, name: &Atom, position: u32) -> Var {
        let target = self.resolve_with(name, position);
        self.read_resolved(name, target, position)
    }

    /// GetValue of a name resolved by `resolve_with`.
    pub(super) fn read_resolved(&mut self, name: &Atom, target: Option<Var>, position: u32) -> Var {
        let Some(target) = target else { return self.read_static(name, position) };
        let id = self.intern(name);
        self.with_or_static(target, position, |this, object| this.emit(Op::WithGet(object, id), position), |this| this.read_static(name, position))
    }

    /// PutValue of a name resolved by `resolve_with`.
    pub(super) fn write_resolved(&mut self, name: &Atom, target: Option<Var>, value: Var, position: u32) {
        let Some(target) = target else { return self.write_static(name, value, position) };
        let id = self.intern(name);
        self.with_or_static(
            target,
            position,
            |this, object| {
                this.emit_effect(Op::WithSet(object, id, value), position);
                value
            },
            |this| {
                this.write_static(name, value, position);
                value
            },
        );
    }

    /// Reads a variable's binding by name (with TDZ check), or a global.
    fn read_static(&mut self, name: &Atom, position: u32) -> Var {
        match self.lookup(name) {
            Some(binding) => {
                let value = self.load_location(binding.location);
                if binding.tdz && &**name == THIS_NAME {
                    self.check_this_initialized(value, position);
                } else if binding.tdz {
                    let id = self.intern(name);
                    self.emit_effect(Op::CheckInitialized(value, id), position);
                }
                // A `const` initialised with a literal holds that literal once initialised: the
                // constant tells code generation what the value is.
                if binding.kind == DeclKind::Const {
                    if let Some(literal) = self.resolution.const_literals.get(&binding.key).cloned() {
                        let constant = match literal {
                            resolve::ConstLiteral::Number(number) => Constant::Number(number),
                            resolve::ConstLiteral::Bool(boolean) => Constant::Bool(boolean),
                            resolve::ConstLiteral::Null => Constant::Null,
                            resolve::ConstLiteral::Str(units) => Constant::Str(self.module.intern_utf16(&units)),
                        };
                        return self.constant(constant);
                    }
                }
                // Copy so later writes to the binding do not change this read.
                let copy = self.new_var();
                self.assign(copy, value);
                copy
            }
            None => match &**name {
                "undefined" => self.undefined(),
                "NaN" => self.constant(Constant::Number(f64::NAN)),
                "Infinity" => self.constant(Constant::Number(f64::INFINITY)),
                _ => {
                    let id = self.intern(name);
                    self.emit(Op::GlobalGet(id), position)
                }
            },
        }
    }

    fn check_this_initialized(&mut self, value: Var, position: u32) {
        let uninitialized = self.constant(Constant::Uninitialized);
        let missing = self.emit(Op::Binary(BinaryOp::StrictEq, value, uninitialized), position);
        let throw = self.new_block();
        let fine = self.new_block();
        self.branch(missing, throw, fine);
        self.switch_to(throw);
        let message =
            self.intern("Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
        self.emit_effect(Op::ThrowReferenceError(message), position);
        let undefined = self.undefined();
        self.terminate(Terminator::Return(undefined));
        self.switch_to(fine);
    }

    /// Writes a variable by name (assignment, not declaration), through enclosing `with`
    /// objects.
    fn write_name(&mut self, name: &Atom, value: Var, position: u32) {
        let target = self.resolve_with(name, position);
        self.write_resolved(name, target, value, position);
    }

    /// Writes a variable's binding by name, or a global.
    fn write_static(&mut self, name: &Atom, value: Var, position: u32) {
        match self.lookup(name) {
            Some(binding) => {
                if binding.tdz {
                    let current = self.load_location(binding.location);
                    let id = self.intern(name);
                    self.emit_effect(Op::CheckInitialized(current, id), position);
                }
                if binding.kind == DeclKind::Const {
                    self.emit_effect(Op::ThrowConstAssign, position);
                    return;
                }
                if binding.kind == DeclKind::FunctionName {
                    if self.state_ref().function.strict || self.strict_eval_depth > 0 {
                        self.emit_effect(Op::ThrowConstAssign, position);
                    }
                    return;
                }
                self.store_location(binding.location, value);
            }
            None => {
                let id = self.intern(name);
                self.emit_effect(Op::GlobalSet(id, value), position);
            }
        }
    }

    /// Initialises a declared binding (its declaration ran), ending its TDZ.
    fn initialize_name(&mut self, name: &Atom, value: Var) {
        if let Some(binding) = self.lookup(name) {
            self.store_location(binding.location, value);
            // A local (never captured) is only read by this function, in textual order after
            // this point, so its later reads need no TDZ check — except across switch cases.
            if let (Location::Local(_), false) = (binding.location, &**name == THIS_NAME) {
                let state = self.state();
                for scope in state.scopes.iter_mut().rev() {
                    if let Some(found) = scope.bindings.get_mut(name) {
                        if !scope.is_switch {
                            found.tdz = false;
                        }
                        break;
                    }
                }
            }
        }
    }

    /// Puts parameter `name` (of the innermost scope) in its temporal dead zone.
    fn start_parameter_tdz(&mut self, name: &Atom) {
        let Some(binding) = self.state().scopes.last_mut().and_then(|scope| scope.bindings.get_mut(name)) else { return };
        binding.tdz = true;
        let location = binding.location;
        let uninitialized = self.constant(Constant::Uninitialized);
        self.store_location(location, uninitialized);
    }

    /// Gives the innermost binding of `name` a temporal dead zone.
    fn mark_tdz(&mut self, name: &str) {
        let atom = Atom::from(name);
        for scope in self.state().scopes.iter_mut().rev() {
            if let Some(binding) = scope.bindings.get_mut(&atom) {
                binding.tdz = true;
                binding.kind = DeclKind::Let;
                return;
            }
        }
    }

    /// Calls the class's `%fields` initialiser on a new instance.
    fn call_field_initializer(&mut self, this: Var, position: u32) {
        let fields = self.read_name(&Atom::from(resolve::FIELDS_NAME), position);
        let description = self.intern("<instance_members_initializer>");
        self.emit(Op::Call(fields, this, Vec::new(), description), position);
    }

    /// After `super(...)` returned `this`: bind it (once only) and initialise fields.
    fn after_super_call(&mut self, this: Var, position: u32) {
        let this_name = Atom::from(THIS_NAME);
        if let Some(binding) = self.lookup(&this_name) {
            let current = self.load_location(binding.location);
            let uninitialized = self.constant(Constant::Uninitialized);
            let is_first = self.emit(Op::Binary(BinaryOp::StrictEq, current, uninitialized), position);
            let again = self.new_block();
            let first = self.new_block();
            self.branch(is_first, first, again);
            self.switch_to(again);
            let message = self.intern("Super constructor may only be called once");
            self.emit_effect(Op::ThrowReferenceError(message), position);
            let undefined = self.undefined();
            self.terminate(Terminator::Return(undefined));
            self.switch_to(first);
            self.store_location(binding.location, this);
        }
        if self.state_ref().class.is_some_and(|c| c.has_fields) {
            self.call_field_initializer(this, position);
        }
    }

    /// Returns `value` from the function being lowered, through any `finally` blocks. A
    /// derived constructor returns `this` for undefined and rejects other primitives.
    fn emit_return(&mut self, value: Var, position: u32) {
        let value = if self.state_ref().function.kind == FunctionKind::DerivedConstructor {
            self.derived_constructor_result(value, position)
        } else {
            value
        };
        let level = self.state_ref().controls.len();
        self.emit_exit(Exit::Return(value), level, position);
    }

    fn derived_constructor_result(&mut self, value: Var, position: u32) -> Var {
        let result = self.new_var();
        let undefined = self.undefined();
        let is_undefined = self.emit(Op::Binary(BinaryOp::StrictEq, value, undefined), position);
        let use_this = self.new_block();
        let check_object = self.new_block();
        let after = self.new_block();
        self.branch(is_undefined, use_this, check_object);
        self.switch_to(use_this);
        let this = self.read_name(&Atom::from(THIS_NAME), position);
        self.assign(result, this);
        self.jump(after);
        self.switch_to(check_object);
        let kind = self.emit(Op::Unary(ir::UnaryOp::TypeOf, value), position);
        let function_text = self.string("function");
        let is_function = self.emit(Op::Binary(BinaryOp::StrictEq, kind, function_text), position);
        let object_text = self.string("object");
        let is_object_type = self.emit(Op::Binary(BinaryOp::StrictEq, kind, object_text), position);
        let null = self.constant(Constant::Null);
        let is_null = self.emit(Op::Binary(BinaryOp::StrictEq, value, null), position);
        let ok = self.new_block();
        let not_function = self.new_block();
        let object_case = self.new_block();
        let bad = self.new_block();
        self.branch(is_function, ok, not_function);
        self.switch_to(not_function);
        self.branch(is_object_type, object_case, bad);
        self.switch_to(object_case);
        self.branch(is_null, bad, ok);
        self.switch_to(bad);
        let message = self.intern("Derived constructors may only return object or undefined");
        self.emit_effect(Op::ThrowTypeError(message), position);
        self.terminate(Terminator::Return(undefined));
        self.switch_to(ok);
        self.assign(result, value);
        self.jump(after);
        self.switch_to(after);
        result
    }

    /// Marks the innermost scope as a `switch` body.
    fn mark_switch_scope(&mut self) {
        if let Some(scope) = self.state().scopes.last_mut() {
            scope.is_switch = true;
        }
    }

    // ---------------------------------------------------------------- functions

    fn lower_module_function(&mut self, script: &Script) -> FuncId {
        let position = script.span.lo.0;
        let id = self.begin_module_level_function("Object.<anonymous>", position, has_use_strict(&script.body));
        // The CommonJS wrapper: `exports`, `module`, and `this` is `module.exports`.
        let mut declared = Vec::new();
        hoist::var_names(&script.body, &mut declared);
        hoist::lexical_names(&script.body, true, &mut declared);
        declared.extend(self.annex_b_functions(&script.body));
        declared.extend(self.sloppy_eval_vars(&[], &script.body));
        self.push_scope(&[]);
        let mut exports = None;
        for (index, (name, key)) in resolve::MODULE_PARAMETERS.iter().enumerate() {
            let value = self.emit(Op::Param(index as u32), position);
            if *name == "exports" {
                exports = Some(value);
            }
            self.bind_implicit_as(name, *key, value, DeclKind::Param);
        }
        let exports = exports.expect("the wrapper has an exports parameter");
        self.bind_implicit(THIS_NAME, resolve::this_key(position), exports);
        let var_scope = self.state_ref().scopes.len();
        self.state().annex_b = AnnexBTarget::Scope(var_scope);
        self.push_scope(&declared);
        self.instantiate_functions(&script.body);
        for stmt in &script.body {
            self.lower_stmt(stmt);
        }
        let undefined = self.undefined();
        self.terminate(Terminator::Return(undefined));
        self.finish_function(id);
        id
    }

    /// Ends the function being built: blocks left open (only unreachable code, after a
    /// `return` or `throw`) return undefined; every local starts as undefined.
    /// The file-relative range of `span`, keeping its file's text in the module; `None` for a
    /// span the parser did not take from the text (nodes TypeScript erasure made).
    fn source_text_range(&mut self, span: swc_common::Span) -> Option<ir::TextRange> {
        let sources = self.sources;
        let file_id = sources.file_of(span.lo.0);
        let file = sources.file(file_id);
        let start = span.lo.0.checked_sub(file.start)?;
        let end = span.hi.0.checked_sub(file.start)?;
        if span.lo.0 == 0 || end <= start || end as usize > file.text.len() {
            return None;
        }
        self.module.source_texts.entry(file_id).or_insert_with(|| file.text.clone());
        Some(ir::TextRange { file: file_id, start, end })
    }

    /// Notes where the statement being lowered starts, as V8 records a statement position:
    /// until an expression nearer in V8's eyes does, that is where the operation of a compound
    /// assignment (`x -= 1n` mixing BigInt) places its error.
    pub(super) fn set_statement_position(&mut self, position: u32) {
        self.state().statement_position = Some(position);
    }

    /// Notes `expr` as what V8 records a statement position for (a loop condition, a `for`
    /// update, a comma operand, an arrow function's expression body): its own position, which
    /// for an assignment is its operator.
    pub(super) fn set_statement_position_of(&mut self, expr: &Expr) {
        use swc_common::Spanned;
        let position = match expr {
            Expr::Assign(assign) => self.operator_position(assign.left.span().hi.0, assign.right.span().lo.0).unwrap_or(assign.span.lo.0),
            other => other.span().lo.0,
        };
        self.set_statement_position(position);
    }

    /// The position of the operator between two operands (the first character between `from`
    /// and `to` that is not white space, a comment or a closing parenthesis).
    fn operator_position(&self, from: u32, to: u32) -> Option<u32> {
        let file = self.sources.file(self.sources.file_of(from));
        let bytes = file.text.as_bytes();
        let mut at = from.checked_sub(file.start)? as usize;
        let end = (to.checked_sub(file.start)? as usize).min(bytes.len());
        while at < end {
            match bytes[at] {
                b' ' | b'\t' | b'\n' | b'\r' | b')' | 0x0b | 0x0c => at += 1,
                b'/' if bytes.get(at + 1) == Some(&b'/') => {
                    at += bytes[at..end].iter().position(|&byte| byte == b'\n').unwrap_or(end - at);
                }
                b'/' if bytes.get(at + 1) == Some(&b'*') => {
                    let close = bytes[at + 2..end].windows(2).position(|pair| pair == b"*/")?;
                    at += close + 4;
                }
                // Other white space (no-break spaces, line separators) is rare here: leave
                // the position at the expression.
                byte if byte >= 0x80 => return None,
                _ => return Some(at as u32 + file.start),
            }
        }
        None
    }

    fn finish_function(&mut self, id: FuncId) {
        let undefined = self.new_var();
        let mut state = self.functions.pop().expect("a function is being lowered");
        for block in &mut state.function.blocks {
            if block.terminator.is_none() {
                block.terminator = Some(Terminator::Return(undefined));
            }
        }
        self.module.functions[id.index()] = state.function;
    }

    /// Creates closures for the function declarations of a statement list and binds them.
    fn instantiate_functions(&mut self, stmts: &[Stmt]) {
        let decls = hoist::function_decls(stmts);
        // Reserve ids first so calls between sibling declarations can be direct.
        for (index, decl) in decls.iter().enumerate() {
            let function = &decl.function;
            if function.is_generator || function.is_async {
                continue;
            }
            let pos = self.sources.pos(function.span.lo.0);
            let id = FuncId(self.module.functions.len() as u32);
            self.module.functions.push(ir::Function::new(String::new(), FunctionKind::Normal, self.file, pos));
            self.reserved.insert(function.span.lo.0, id);
            let duplicated = decls.iter().enumerate().any(|(other, d)| other != index && d.ident.sym == decl.ident.sym);
            let key = resolve::ident_key(decl.ident.span.lo.0);
            if !duplicated && !self.resolution.reassigned.contains(&key) {
                self.known_functions.insert(key, id);
            }
        }
        for decl in decls {
            let closure = self.lower_function(&decl.function, decl.ident.sym.to_string(), None, FunctionKind::Normal);
            self.initialize_name(&decl.ident.sym, closure);
        }
    }

    /// Lowers a `function` and returns the local holding its closure.
    fn lower_function(&mut self, function: &Function, name: String, self_name: Option<&Ident>, kind: FunctionKind) -> Var {
        let position = function.span.lo.0;
        let source = FunctionSource {
            generator: generator_kind(function.is_generator, function.is_async),
            name,
            kind,
            position,
            params: function.params.iter().map(|p| &p.pat).collect(),
            body: FunctionBodySource::Statements(function.body.as_ref().map_or(&[], |b| &b.stmts)),
            self_name,
            class: None,
            text: Some(function.span),
        };
        self.lower_function_source(source)
    }

    /// Lowers an arrow function and returns the local holding its closure.
    fn lower_arrow(&mut self, arrow: &ArrowExpr, name: String) -> Var {
        let position = arrow.span.lo.0;
        let body = match &*arrow.body {
            ArrowFunctionBody::FunctionBody(b) => FunctionBodySource::Statements(&b.stmts),
            ArrowFunctionBody::Expr(e) => FunctionBodySource::Expression(e),
        };
        let source = FunctionSource {
            generator: generator_kind(false, arrow.is_async),
            name,
            kind: FunctionKind::Arrow,
            position,
            params: arrow.params.iter().collect(),
            body,
            self_name: None,
            class: None,
            text: Some(arrow.span),
        };
        self.lower_function_source(source)
    }

    fn lower_function_source(&mut self, source: FunctionSource<'_>) -> Var {
        let position = source.position;
        let pos = self.sources.pos(position);
        // A function the Function constructor would build from constant text
        // (`driver::dynamic_function`) has a file of its own and does not inherit strictness.
        let display_path = &self.sources.file(self.sources.file_of(position)).display_path;
        let dynamic = display_path == crate::driver::DYNAMIC_FUNCTION_FILE;
        // A function defined in direct eval code is named after the eval's own file.
        let own_file = dynamic || display_path == hoist::EVAL_CODE_FILE;
        let file = if own_file { self.sources.file_of(position) } else { self.file };
        let mut function = ir::Function::new(source.name.clone(), source.kind, file, pos);
        function.inferred_name = self.inferred_name.take();
        function.generator = source.generator;
        function.source_text = source.text.and_then(|span| self.source_text_range(span));
        let outer_strict = (self.state_ref().function.strict || self.strict_eval_depth > 0) && !dynamic;
        function.strict = outer_strict
            || self.class_depth > 0
            || source.class.is_some()
            || matches!(source.body, FunctionBodySource::Statements(stmts) if has_use_strict(stmts));
        function.length = source
            .params
            .iter()
            .take_while(|p| matches!(p, Pat::Ident(_)))
            .count() as u32;
        let id = match self.reserved.get(&position) {
            Some(id) => *id,
            None => {
                let id = FuncId(self.module.functions.len() as u32);
                self.module.functions.push(ir::Function::new(String::new(), source.kind, self.file, pos));
                id
            }
        };

        // A named function expression's own name lives in an environment between the
        // function and its surroundings when captured; otherwise it is read from `callee`.
        let outer_env = self.innermost_env();
        self.functions.push(FunctionState {
            function,
            current: BlockId(0),
            handler: None,
            scopes: Vec::new(),
            controls: Vec::new(),
            closure_env_depth: outer_env.map_or(0, |(_, d)| d),
            closure_env: None,
            pending_labels: Vec::new(),
            statement_position: None,
            class: source.class,
            annex_b: AnnexBTarget::None,
            id: Some(id),
        });
        if outer_env.is_some() {
            let env = self.emit(Op::FunctionEnv, position);
            self.state().closure_env = Some(env);
        }
        self.push_scope(&[]);
        let mut uses_arguments = false;
        let mut mapped = false;
        if let Some(ident) = source.self_name {
            let callee = self.emit(Op::Callee, position);
            self.bind_implicit_as(&ident.sym, resolve::ident_key(ident.span.lo.0), callee, DeclKind::FunctionName);
        }
        if source.kind != FunctionKind::Arrow {
            let new_target_key = resolve::new_target_key(position);
            if self.resolution.used_implicit.contains(&new_target_key) {
                let new_target = self.emit(Op::NewTarget, position);
                self.bind_implicit(NEW_TARGET_NAME, new_target_key, new_target);
            }
            let home_key = resolve::home_key(position);
            if self.resolution.used_implicit.contains(&home_key) {
                let callee = self.emit(Op::Callee, position);
                let home = self.emit(Op::HomeObject(callee), position);
                self.bind_implicit(HOME_NAME, home_key, home);
            }
            let this_key = resolve::this_key(position);
            let derived = source.kind == FunctionKind::DerivedConstructor;
            if derived {
                // `this` exists only once super(...) returns.
                let uninitialized = self.constant(Constant::Uninitialized);
                self.bind_implicit(THIS_NAME, this_key, uninitialized);
                self.mark_tdz(THIS_NAME);
            } else if self.resolution.used_implicit.contains(&this_key) || matches!(source.body, FunctionBodySource::Fields(_)) {
                let raw = self.emit(Op::This, position);
                let this = if self.state_ref().function.strict { raw } else { self.emit(Op::SloppyThis(raw), position) };
                self.bind_implicit(THIS_NAME, this_key, this);
            }
            if source.kind == FunctionKind::ClassConstructor && source.class.is_some_and(|c| c.has_fields) {
                let this = self.emit(Op::This, position);
                self.call_field_initializer(this, position);
            }
            let arguments_key = resolve::arguments_key(position);
            if self.resolution.used_implicit.contains(&arguments_key) {
                uses_arguments = true;
                let simple = source.params.iter().all(|p| matches!(p, Pat::Ident(_)));
                if simple && !source.params.is_empty() && !self.state_ref().function.strict {
                    let env = self.bind_mapped_parameters(&source.params, position);
                    let arguments = self.emit(Op::MappedArguments(env, source.params.len() as u32), position);
                    self.bind_implicit_as("arguments", arguments_key, arguments, DeclKind::Var);
                    mapped = true;
                } else {
                    let op = if simple && !self.state_ref().function.strict { Op::Arguments } else { Op::UnmappedArguments };
                    let arguments = self.emit(op, position);
                    self.bind_implicit_as("arguments", arguments_key, arguments, DeclKind::Var);
                }
            }
        }
        let mut declared = Vec::new();
        for param in &source.params {
            hoist::pattern_names(param, DeclKind::Param, &mut declared);
        }
        // With parameter expressions the body's declarations live in an environment of their
        // own (FunctionDeclarationInstantiation step 28): closures in the parameters do not
        // see them, and a `var` of a parameter's name starts with the parameter's value.
        let separate_body = !mapped && source.params.iter().any(|p| !matches!(p, Pat::Ident(_)));
        if separate_body {
            // The `var`s of evals in the parameters belong to the parameters' environment.
            declared.extend(self.sloppy_eval_vars(&source.params, &[]));
        }
        let parameter_count = declared.len();
        if let FunctionBodySource::Statements(stmts) = source.body {
            hoist::var_names(stmts, &mut declared);
            hoist::lexical_names(stmts, true, &mut declared);
            declared.extend(self.annex_b_functions(stmts));
            let eval_params: &[&Pat] = if separate_body { &[] } else { &source.params };
            declared.extend(self.sloppy_eval_vars(eval_params, stmts));
        }
        if mapped {
            // The parameters already live in the parameter environment; `var` redeclarations
            // of them are the same bindings.
            let names: Vec<Atom> = declared.iter().filter(|d| d.kind == DeclKind::Param).map(|d| d.name.clone()).collect();
            declared.retain(|d| !names.contains(&d.name));
        }
        if uses_arguments {
            // `var arguments` names the arguments object itself.
            declared.retain(|d| !(&*d.name == "arguments" && d.kind == DeclKind::Var));
        }
        let body_declared = if separate_body { declared.split_off(parameter_count.min(declared.len())) } else { Vec::new() };
        let var_scope = self.state_ref().scopes.len();
        self.state().annex_b = AnnexBTarget::Scope(var_scope);
        self.push_scope(&declared);
        if source.params.iter().any(|p| !matches!(p, Pat::Ident(_))) {
            // With parameter expressions, a parameter is in its temporal dead zone until its
            // turn: `function f(a = b, b) {}` throws ReferenceError.
            let mut names = Vec::new();
            for param in &source.params {
                hoist::pattern_names(param, DeclKind::Param, &mut names);
            }
            for name in names {
                self.start_parameter_tdz(&name.name);
            }
        }
        for (index, param) in source.params.iter().enumerate() {
            if mapped {
                break;
            }
            if let Pat::Rest(rest) = param {
                let value = self.emit(Op::RestArguments(index as u32), position);
                self.bind_pattern(&rest.arg, value, pattern::BindMode::Initialize);
                continue;
            }
            let value = self.emit(Op::Param(index as u32), position);
            self.bind_pattern(param, value, pattern::BindMode::Initialize);
        }
        if separate_body {
            // The `var`s named like a parameter take its value.
            let parameter_names: Vec<Atom> = declared.iter().filter(|d| d.kind == DeclKind::Param).map(|d| d.name.clone()).collect();
            let mut copies = Vec::new();
            for d in &body_declared {
                if d.kind == DeclKind::Var && parameter_names.contains(&d.name) && !copies.iter().any(|(name, _)| name == &d.name) {
                    let value = self.read_static(&d.name, position);
                    copies.push((d.name.clone(), value));
                }
            }
            self.state().annex_b = AnnexBTarget::Scope(var_scope + 1);
            self.push_scope(&body_declared);
            for (name, value) in copies {
                let binding = self.lookup(&name).expect("declared in the body scope just pushed");
                self.store_location(binding.location, value);
            }
        }
        match source.body {
            FunctionBodySource::Statements(stmts) => {
                self.instantiate_functions(stmts);
                if matches!(self.state_ref().function.generator, Some(ir::GeneratorKind::Generator | ir::GeneratorKind::AsyncGenerator)) {
                    // Parameters and hoisted functions are bound at the call: the runtime runs
                    // the body to this point when it creates the generator.
                    let resume = self.new_block();
                    let start = self.constant(Constant::Undefined);
                    self.terminate(Terminator::Suspend(start, resume, ir::SuspendKind::Yield));
                    self.switch_to(resume);
                }
                for stmt in stmts {
                    self.lower_stmt(stmt);
                }
                let undefined = self.undefined();
                self.emit_return(undefined, position);
            }
            FunctionBodySource::Expression(expr) => {
                self.set_statement_position_of(expr);
                let value = self.lower_expr(expr);
                self.terminate(Terminator::Return(value));
            }
            FunctionBodySource::ModuleBody(stmts) => {
                for stmt in stmts {
                    self.lower_stmt(stmt);
                }
                let undefined = self.undefined();
                self.emit_return(undefined, position);
            }
            FunctionBodySource::Fields(members) => {
                let this = self.read_name(&Atom::from(THIS_NAME), position);
                self.lower_field_members(&members, this);
                let undefined = self.undefined();
                self.terminate(Terminator::Return(undefined));
            }
            FunctionBodySource::DefaultConstructor => {
                if source.kind == FunctionKind::DerivedConstructor {
                    let callee = self.emit(Op::Callee, position);
                    let new_target = self.emit(Op::NewTarget, position);
                    let this = self.emit(Op::SuperConstructForward(callee, new_target), position);
                    self.after_super_call(this, position);
                }
                let undefined = self.undefined();
                self.emit_return(undefined, position);
            }
        }
        self.finish_function(id);
        let env = outer_env.map(|(var, _)| var);
        self.emit(Op::Closure(id, env), position)
    }

    /// The block-level function declarations of a body that also get a `var` binding (Annex
    /// B.3.2.1), exactly as the resolver decided them.
    fn annex_b_functions(&self, body: &[Stmt]) -> Vec<Declared> {
        let mut found = hoist::annex_b_functions(body, &[]);
        found.retain(|d| self.resolution.annex_b.contains(&d.position));
        found
    }

    /// The `var` and function names the sloppy direct evals of a body declare in it, as the
    /// resolver decided them.
    fn sloppy_eval_vars(&self, params: &[&Pat], body: &[Stmt]) -> Vec<Declared> {
        hoist::sloppy_direct_evals_in(params, body)
            .into_iter()
            .filter(|(position, _)| self.resolution.sloppy_evals.contains(position))
            .flat_map(|(_, names)| names)
            .collect()
    }

    /// Records `value` as the completion value of the eval code being lowered, when the
    /// statement producing it belongs to that code (not to a function inside it).
    fn note_completion(&mut self, value: Option<Var>) {
        if let Some(&(completion, depth)) = self.eval_completions.last() {
            if depth == self.functions.len() {
                let value = value.unwrap_or_else(|| self.undefined());
                self.assign(completion, value);
            }
        }
    }

    /// Evaluating a block-level function declaration with Annex B semantics: its `var` of the
    /// enclosing function (or the global object) takes the block's binding's value.
    fn evaluate_annex_b_function(&mut self, decl: &FnDecl) {
        let name = &decl.ident.sym;
        let position = decl.ident.span.lo.0;
        match self.state_ref().annex_b {
            AnnexBTarget::None => {}
            AnnexBTarget::Scope(index) => {
                let Some(binding) = self.state_ref().scopes.get(index).and_then(|scope| scope.bindings.get(name)).cloned() else { return };
                let value = self.read_static(name, position);
                self.store_location(binding.location, value);
            }
            AnnexBTarget::Global => {
                let value = self.read_static(name, position);
                let id = self.intern(name);
                self.emit_effect(Op::GlobalSet(id, value), position);
            }
        }
    }

    /// Puts the simple parameters of a sloppy function that uses `arguments` in one new
    /// environment, parameter `i` in slot `i`, where its mapped arguments object can reach
    /// them (a repeated name binds its last slot); returns the environment's local.
    fn bind_mapped_parameters(&mut self, params: &[&Pat], position: u32) -> Var {
        let parent = self.innermost_env();
        let depth = parent.map_or(0, |(_, d)| d) + 1;
        let env = self.new_var();
        self.emit_at(Some(env), Op::EnvNew(parent.map(|(v, _)| v), params.len() as u32, false), None);
        let mut bindings = HashMap::new();
        for (index, param) in params.iter().enumerate() {
            let value = self.emit(Op::Param(index as u32), position);
            self.emit_at(None, Op::EnvSet(env, index as u32, value), None);
            if let Pat::Ident(binding) = param {
                let key = resolve::ident_key(binding.id.span.lo.0);
                let location = Location::Env { depth, slot: index as u32 };
                bindings.insert(binding.id.sym.clone(), Binding { key, location, kind: DeclKind::Param, tdz: false });
            }
        }
        self.state().scopes.push(Scope { bindings, env: Some((env, depth)), is_switch: false, with: None });
        env
    }

    // ---------------------------------------------------------------- abrupt completions

    /// Sends control out through the control contexts below `level` (exclusive), running
    /// `finally` blocks and closing iterators on the way.
    fn emit_exit(&mut self, exit: Exit, level: usize, position: u32) {
        let mut index = level;
        while index > 0 {
            index -= 1;
            let state = self.state_ref();
            match &state.controls[index] {
                Control::Loop { break_to, continue_to, .. } => match exit {
                    Exit::Break(target) if target == index => {
                        let to = *break_to;
                        self.jump(to);
                        return;
                    }
                    Exit::Continue(target) if target == index => {
                        let to = *continue_to;
                        self.jump(to);
                        return;
                    }
                    _ => {}
                },
                Control::Breakable { break_to, .. } => {
                    if let Exit::Break(target) = exit {
                        if target == index {
                            let to = *break_to;
                            self.jump(to);
                            return;
                        }
                    }
                }
                Control::Finally { state: completion, value, entry, exits } => {
                    let code = COMPLETION_FIRST_EXIT + exits.len() as f64;
                    let (completion, value, entry) = (*completion, *value, *entry);
                    if let Exit::Return(v) = exit {
                        self.assign(value, v);
                    }
                    if let Control::Finally { exits, .. } = &mut self.state().controls[index] {
                        exits.push(exit);
                    }
                    let code = self.constant(Constant::Number(code));
                    self.assign(completion, code);
                    self.jump(entry);
                    return;
                }
                Control::Iterator { iterator, outer_handler, done } => {
                    // The loop's own `continue` (the control just below) keeps iterating.
                    let is_own_continue = matches!(exit, Exit::Continue(t) if t + 1 == index);
                    if !is_own_continue {
                        let (iterator, outer_handler, done) = (*iterator, *outer_handler, *done);
                        let saved = self.state_ref().handler;
                        self.set_handler(outer_handler);
                        let after = done.map(|done| {
                            let close = self.new_block();
                            let after = self.new_block();
                            self.branch(done, after, close);
                            self.switch_to(close);
                            after
                        });
                        self.emit_effect(Op::IteratorClose(iterator), position);
                        if let Some(after) = after {
                            self.jump(after);
                            self.switch_to(after);
                        }
                        self.set_handler(saved);
                    }
                }
                Control::AsyncIterator { iterator, outer_handler } => {
                    let is_own_continue = matches!(exit, Exit::Continue(t) if t + 1 == index);
                    if !is_own_continue {
                        let (iterator, outer_handler) = (*iterator, *outer_handler);
                        let saved = self.state_ref().handler;
                        self.set_handler(outer_handler);
                        self.emit_async_iterator_close(iterator, position);
                        self.set_handler(saved);
                    }
                }
            }
        }
        match exit {
            Exit::Return(v) => self.terminate(Terminator::Return(v)),
            Exit::Break(_) | Exit::Continue(_) => {
                // Targets are checked when the statement is lowered; nothing to do.
                let undefined = self.undefined();
                self.terminate(Terminator::Return(undefined));
            }
        }
    }
}

fn generator_kind(is_generator: bool, is_async: bool) -> Option<ir::GeneratorKind> {
    match (is_generator, is_async) {
        (false, false) => None,
        (true, false) => Some(ir::GeneratorKind::Generator),
        (false, true) => Some(ir::GeneratorKind::Async),
        (true, true) => Some(ir::GeneratorKind::AsyncGenerator),
    }
}

/// Whether a statement list starts with a `"use strict"` directive.
fn has_use_strict(stmts: &[Stmt]) -> bool {
    hoist::has_use_strict(stmts)
}
