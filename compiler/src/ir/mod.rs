//! kiln IR: a control-flow graph of JS operations, independent of swc and Cranelift.
//!
//! Each function has numbered mutable locals ([`Var`]); every instruction writes at most one
//! local. Codegen maps locals to Cranelift variables, so SSA construction is Cranelift's job and
//! lowering never builds phis. Every instruction that may throw sends control, with the
//! exception pending in the runtime context, to its block's `handler` (or out of the function
//! when there is none). `ir` must never name swc or Cranelift types.

mod display;
mod verify;

pub use verify::verify;
pub use verify::op_uses;

use std::fmt;

macro_rules! entity {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
        impl $name {
            /// The index of this entity in its table.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}

entity!(
    /// A function of the module.
    FuncId,
    "fn"
);
entity!(
    /// A basic block of a function.
    BlockId,
    "block"
);
entity!(
    /// A mutable local of a function.
    Var,
    "v"
);
entity!(
    /// An interned string constant of the module.
    StrId,
    "str"
);
entity!(
    /// A source file of the module.
    FileId,
    "file"
);

/// A 1-based source position, used for stack traces and error locations.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Pos {
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
}

/// A whole program: every function of every module, and the string constants they use.
#[derive(Default)]
pub struct Module {
    /// All functions; `FuncId` indexes this.
    pub functions: Vec<Function>,
    /// String constants as UTF-16 code units; `StrId` indexes this.
    pub strings: Vec<Vec<u16>>,
    /// Absolute paths of the source files; `FileId` indexes this.
    pub files: Vec<String>,
    /// The function that runs the entry module.
    pub entry: Option<FuncId>,
    /// The program's modules; module 0 is the entry.
    pub modules: Vec<ModuleEntry>,
    /// Number of static slots (ES module top-level bindings; see `Op::StaticGet`).
    pub static_count: u32,
    /// Core modules to run before the entry: those that install a global the program names
    /// (`source::core_lib::JS_GLOBALS`).
    pub preloads: Vec<u32>,
    /// The runtime features the program uses (`kiln_abi::RUNTIME_FEATURES`), linked in with
    /// the native core modules.
    pub runtime_features: Vec<String>,
    /// The text of every file some function's [`Function::source_text`] points into.
    pub source_texts: std::collections::BTreeMap<FileId, String>,
}

/// A byte range of a source file's text.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct TextRange {
    /// The file (a key of `Module::source_texts`).
    pub file: FileId,
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte offset just past the last byte.
    pub end: u32,
}

/// One module of the program.
#[derive(Clone, Debug)]
pub struct ModuleEntry {
    /// Its source file.
    pub file: FileId,
    /// The module function (CommonJS wrapper), or `None` for a JSON module.
    pub function: Option<FuncId>,
    /// The text of a JSON module.
    pub json: Option<String>,
    /// Each `require` specifier seen in it and what it names.
    pub specifiers: Vec<(String, SpecifierTarget)>,
    /// For an ES module (then `function` is its body): how it links.
    pub esm: Option<EsmModule>,
    /// For a CommonJS module, the named exports node's static analysis finds (sorted): the
    /// keys of its namespace object besides `default`. `None` for a node core module (every
    /// property of its exports is one) and for other kinds of module.
    pub cjs_exports: Option<Vec<String>>,
}

/// The link-time facts of an ES module.
#[derive(Clone, Debug, Default)]
pub struct EsmModule {
    /// The instantiation function: hoisted functions, lexical bindings set uninitialised.
    pub init: Option<FuncId>,
    /// The modules it imports or re-exports from, in source order.
    pub dependencies: Vec<u32>,
    /// Its exports, sorted by name.
    pub exports: Vec<(String, ExportTarget)>,
    /// The body uses top-level await.
    pub is_async: bool,
}

/// What one export reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportTarget {
    /// A static slot.
    Static(u32),
    /// Property `name` of CommonJS module `module`'s exports (`default`: the exports object).
    CjsProperty(u32, String),
    /// The namespace object of module `module`.
    Namespace(u32),
}

/// What a `require` specifier resolved to at build time.
#[derive(Clone, Debug)]
pub enum SpecifierTarget {
    /// A program module.
    Module(u32),
    /// A Node core module named by the specifier.
    Builtin,
    /// A package specifier node's resolution rejects: the error's code
    /// (ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_PACKAGE_IMPORT_NOT_DEFINED) and message.
    Failed { code: &'static str, message: String },
    /// A file named only by `require.resolve` (not loaded): its absolute path.
    ResolvedPath(String),
}

impl Module {
    /// Interns a string constant given as UTF-16 code units.
    pub fn intern_utf16(&mut self, units: &[u16]) -> StrId {
        if let Some(index) = self.strings.iter().position(|s| s == units) {
            return StrId(index as u32);
        }
        self.strings.push(units.to_vec());
        StrId(self.strings.len() as u32 - 1)
    }

    /// Interns a string constant given as Rust text.
    pub fn intern(&mut self, text: &str) -> StrId {
        let units: Vec<u16> = text.encode_utf16().collect();
        self.intern_utf16(&units)
    }
}

/// What kind of JS function this is; it decides `this`, `arguments` and constructibility.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FunctionKind {
    /// Top-level code of a CommonJS module.
    Module,
    /// A `function` declaration or expression: constructible, own `this`.
    Normal,
    /// An arrow function: lexical `this` and `arguments`.
    Arrow,
    /// A shorthand method in an object literal or a class: not constructible, own `this`.
    Method,
    /// The constructor of a class without `extends`.
    ClassConstructor,
    /// The constructor of a class with `extends`: `this` comes from `super(...)`.
    DerivedConstructor,
}

/// The resumable kinds of function, compiled as state machines over a heap frame.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum GeneratorKind {
    /// `function*`.
    Generator,
    /// `async function` (and async arrows and methods).
    Async,
    /// `async function*`.
    AsyncGenerator,
}

impl GeneratorKind {
    /// The `kind` argument of `kiln_generator_new_js`.
    pub fn abi_kind(self) -> u32 {
        match self {
            GeneratorKind::Generator => 0,
            GeneratorKind::Async => 1,
            GeneratorKind::AsyncGenerator => 2,
        }
    }
}

/// Why a resumable function suspends.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SuspendKind {
    /// `yield`: the value goes to the consumer.
    Yield,
    /// `await`: the runtime resumes once the value settles.
    Await,
}

/// One compiled function.
pub struct Function {
    /// Set for generators and async functions.
    pub generator: Option<GeneratorKind>,
    /// The JS name ("" when anonymous).
    pub name: String,
    /// What kind of function it is.
    pub kind: FunctionKind,
    /// Strict-mode code.
    pub strict: bool,
    /// The number of declared parameters (the `length` property).
    pub length: u32,
    /// The source file.
    pub file: FileId,
    /// Where the function starts.
    pub pos: Pos,
    /// Number of locals.
    pub var_count: u32,
    /// Blocks; `BlockId` indexes this; block 0 is the entry.
    pub blocks: Vec<Block>,
    /// The function's source text (in `Module::source_texts`), which
    /// `Function.prototype.toString` returns; `None` for functions without text of their own
    /// (module bodies, field initialisers), which print as native code.
    pub source_text: Option<TextRange>,
    /// V8's inferred name of a nameless function assigned to a property (`a.b` of
    /// `a.b = function () {}`): stack traces print it; the function's `name` stays "".
    pub inferred_name: Option<String>,
}

impl Function {
    /// An empty function with an entry block.
    pub fn new(name: String, kind: FunctionKind, file: FileId, pos: Pos) -> Self {
        Function {
            generator: None,
            name,
            kind,
            strict: false,
            length: 0,
            file,
            pos,
            var_count: 0,
            blocks: vec![Block::default()],
            source_text: None,
            inferred_name: None,
        }
    }
}

/// A basic block: straight-line instructions and one terminator.
#[derive(Default)]
pub struct Block {
    /// The instructions, in order.
    pub insts: Vec<Inst>,
    /// How control leaves the block; `None` only while the block is being built.
    pub terminator: Option<Terminator>,
    /// Where throwing instructions of this block go, with the exception pending.
    pub handler: Option<BlockId>,
}

/// An instruction: `dst = op`, at a source position.
#[derive(Clone, Debug)]
pub struct Inst {
    /// The local written, if any.
    pub dst: Option<Var>,
    /// The operation.
    pub op: Op,
    /// The source position for stack traces, if the operation can call out.
    pub pos: Option<Pos>,
}

/// Binary operators that take two values and produce one.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Exp,
    Shl,
    Sar,
    Shr,
    BitAnd,
    BitOr,
    BitXor,
    Lt,
    Le,
    Gt,
    Ge,
    LooseEq,
    LooseNe,
    StrictEq,
    StrictNe,
    InstanceOf,
    In,
}

/// Unary operators.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-x`
    Neg,
    /// `+x` (ToNumber)
    ToNumber,
    /// ToNumeric, for update expressions.
    ToNumeric,
    /// `~x`
    BitNot,
    /// `!x`
    Not,
    /// `typeof x`
    TypeOf,
    /// ToString, for template literals.
    ToString,
    /// ToPropertyKey, for computed keys.
    ToPropertyKey,
    /// Whether the value is the internal HOLE marker (iteration done), as a boolean.
    IsHole,
    /// `x + 1` of a numeric (number or BigInt), for `++`.
    Increment,
    /// `x - 1` of a numeric, for `--`.
    Decrement,
}

/// A constant value.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Constant {
    Number(f64),
    Undefined,
    Null,
    Bool(bool),
    Str(StrId),
    /// The internal marker of an uninitialised lexical binding.
    Uninitialized,
}

/// The steps of GlobalDeclarationInstantiation (ECMA-262 §16.1.7) a classic script's top level
/// takes for one declared name, before and after its function declarations are instantiated.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum GlobalDeclaration {
    /// SyntaxError when a `let`/`const`/`class` name is a non-configurable global property.
    CheckLexical,
    /// TypeError unless CanDeclareGlobalFunction.
    CheckFunction,
    /// TypeError unless CanDeclareGlobalVar.
    CheckVar,
    /// CreateGlobalVarBinding(name, false): a non-configurable global property, unless one exists.
    CreateVar,
}

/// The operations. Comments give the runtime behaviour; "throws" marks those that may throw.
#[derive(Clone, Debug)]
pub enum Op {
    /// A constant.
    Const(Constant),
    /// A copy of another local.
    Copy(Var),
    /// A binary operator (throws).
    Binary(BinaryOp, Var, Var),
    /// A unary operator (throws, except `Not`, `IsHole`, `TypeOf`).
    Unary(UnaryOp, Var),
    /// The `index`th argument, or undefined.
    Param(u32),
    /// The raw `this` passed by the caller.
    This,
    /// `this` of a sloppy function: globalThis for undefined/null, primitives boxed.
    SloppyThis(Var),
    /// The function object being run.
    Callee,
    /// A new arguments object for this call of a sloppy function without parameters.
    Arguments,
    /// `object.name` (throws).
    GetNamed(Var, StrId),
    /// `object.name = value` (throws).
    SetNamed(Var, StrId, Var),
    /// `object[key]` (throws).
    GetComputed(Var, Var),
    /// `object[key] = value` (throws).
    SetComputed(Var, Var, Var),
    /// `delete object[key]` (throws).
    Delete(Var, Var),
    /// A new empty object, with room in its cell for this many properties (0: the
    /// runtime's default; an object literal passes its property count).
    NewObject(u32),
    /// A new array; `None` elements are holes.
    NewArray(Vec<Option<Var>>),
    /// The concatenation of three or more strings (a template literal's pieces, each
    /// already a string value), in one allocation (throws RangeError past the maximum length).
    ConcatStrings(Vec<Var>),
    /// CreateDataProperty(object, key, value) (throws).
    DefineProperty(Var, Var, Var),
    /// CreateDataProperty(object, name, value) for a name that is not an array index, on an
    /// object literal's fresh ordinary object (throws), through a cache of the shape
    /// transitions it made.
    DefineNamed(Var, StrId, Var),
    /// Defines a getter (`false`) or setter (`true`) (throws).
    DefineAccessor(Var, Var, Var, bool),
    /// Reads a global (throws ReferenceError when absent).
    GlobalGet(StrId),
    /// `typeof` of a global that may be absent.
    GlobalTypeOf(StrId),
    /// Writes a global (throws).
    GlobalSet(StrId, Var),
    /// One step of a classic script's GlobalDeclarationInstantiation for `name` (throws).
    GlobalDeclare(StrId, GlobalDeclaration),
    /// CreateGlobalFunctionBinding(name, closure, false) of a classic script (throws).
    GlobalDefineFunction(StrId, Var),
    /// A closure of `FuncId` over the environment in the local (or none).
    Closure(FuncId, Option<Var>),
    /// `callee.call(this, ...args)`, `StrId` describes the callee for errors (throws).
    Call(Var, Var, Vec<Var>, StrId),
    /// A call of a closure whose code is statically known to be `FuncId` (the callee local
    /// holds that closure): skips the runtime's dispatch (throws).
    CallDirect(FuncId, Var, Var, Vec<Var>),
    /// `new callee(...args)` (throws).
    Construct(Var, Vec<Var>, StrId),
    /// `callee(...array)` with `this` (throws).
    CallSpread(Var, Var, Var, StrId),
    /// `new callee(...array)` (throws).
    ConstructSpread(Var, Var, StrId),
    /// `new.target` of the running call, read in the prologue.
    NewTarget,
    /// `super(...args)`: constructs the parent of the class constructor in the first local
    /// with new.target in the second; the result is the new `this` (throws).
    SuperConstruct(Var, Var, Vec<Var>),
    /// `super(...array)` (throws).
    SuperConstructSpread(Var, Var, Var),
    /// `super(...arguments)` of a default derived constructor: forwards the call's own
    /// arguments (throws).
    SuperConstructForward(Var, Var),
    /// `[[HomeObject]]` of the function in the local (methods using `super`).
    HomeObject(Var),
    /// Sets the home object of the function in the first local to the second.
    SetHomeObject(Var, Var),
    /// `super[key]` with home object, key and receiver (throws).
    SuperGet(Var, Var, Var),
    /// `super[key] = value` with home object, key, value, receiver (throws).
    SuperSet(Var, Var, Var, Var),
    /// Sets up a class: constructor, parent, whether there is an `extends`; yields the
    /// prototype (throws).
    ClassNew(Var, Var, bool),
    /// Defines a class method (0), getter (1) or setter (2) on a target (throws).
    ClassDefineMethod(Var, Var, Var, u32),
    /// A new private name with a description string (`#x`).
    PrivateName(StrId),
    /// `object.#name` (throws).
    PrivateGet(Var, Var),
    /// `object.#name = value` (throws).
    PrivateSet(Var, Var, Var),
    /// Adds private `name` to `object`: field (0), method (1), getter (2), setter (3) (throws).
    PrivateDefine(Var, Var, Var, u32),
    /// `#name in object` (throws).
    PrivateHas(Var, Var),
    /// Throws TypeError with a fixed message (throws).
    ThrowTypeError(StrId),
    /// Throws ReferenceError with a fixed message (throws).
    ThrowReferenceError(StrId),
    /// `require` of program module `index`: its `module.exports` (throws).
    RequireModule(u32),
    /// `require(literal)` of program module `child` by CommonJS module `parent`: like
    /// `RequireModule`, and lists the child in the parent's `module.children` (throws).
    RequireChild(u32, u32),
    /// `require` of a Node core module by name (throws).
    RequireBuiltin(StrId),
    /// SetFunctionName(function, key, prefix) for a computed key: names the fresh function
    /// after the key (a symbol as `[description]`).
    SetFunctionName(Var, Var, StrId),
    /// A BigInt from the decimal digits of a literal.
    BigInt(StrId),
    /// Reads static slot `n` (an ES module top-level binding).
    StaticGet(u32),
    /// Writes static slot `n`.
    StaticSet(u32, Var),
    /// The namespace object of program module `index` (throws).
    ModuleNamespace(u32),
    /// `import.meta` of ES module `index` (throws).
    ImportMeta(u32),
    /// `import()` of program module `index`: a promise (throws).
    DynamicImport(u32),
    /// `import()` of a Node core module: a promise (throws).
    DynamicImportBuiltin(StrId),
    /// `import(specifier, options)` looked up at run time for module `index` (a computed
    /// specifier, import attributes, a JSON module): a promise of what the module's specifier
    /// table (or the program's modules by path) names, after node's attribute checks (throws).
    DynamicImportComputed(Var, Var, u32),
    /// The value a suspended function was resumed with.
    ResumeValue,
    /// How it was resumed, as a number: 0 next, 1 throw, 2 return.
    ResumeMode,
    /// One step of `yield*` over an iterator record with a resume mode and value: the status
    /// number (0 yield, 1 done, 2 return) goes to the destination, the value to the last
    /// local (throws).
    GeneratorDelegate(Var, Var, Var, Var),
    /// One step of `yield*` in an async generator over an async iterator record, a resume
    /// mode and value: the status (0 the call's result, to await, goes to the last local; 1 no
    /// `return` method: return the value in the last local) (throws).
    AsyncGeneratorDelegate(Var, Var, Var, Var),
    /// A regular expression object for a literal: pattern and flags (throws).
    RegExp(StrId, StrId),
    /// The cached template object of a tagged template site: cooked strings (`None` where an
    /// escape is invalid) and raw strings; made on first evaluation (throws).
    TemplateObject(Vec<Option<StrId>>, Vec<StrId>),
    /// A new array of the arguments from this index on (rest parameters).
    RestArguments(u32),
    /// Appends every value of an iterable to an array (throws).
    ArrayAppendSpread(Var, Var),
    /// CopyDataProperties(target, source, excluded keys array or undefined) (throws).
    CopyDataProperties(Var, Var, Var),
    /// The environment captured by the running closure (a raw pointer).
    FunctionEnv,
    /// A new environment with the parent (or none) and slot count, slots set to
    /// uninitialised (`true`) or undefined.
    EnvNew(Option<Var>, u32, bool),
    /// A copy of an environment (per-iteration bindings).
    EnvCopy(Var),
    /// The environment `hops` parents up from the one in the local.
    EnvParent(Var, u32),
    /// Slot `index` of the environment in the local.
    EnvGet(Var, u32),
    /// Sets slot `index` of the environment in the local.
    EnvSet(Var, u32, Var),
    /// Throws ReferenceError "Cannot access 'name' before initialization" if the value is
    /// the uninitialised marker (throws).
    CheckInitialized(Var, StrId),
    /// Throws ReferenceError "name is not defined" (throws).
    ThrowNotDefined(StrId),
    /// Throws TypeError "Assignment to constant variable." (throws).
    ThrowConstAssign,
    /// The pending exception, taken in a handler block.
    TakeException,
    /// GetIterator for for-of (throws).
    IteratorGet(Var),
    /// The next value, or the HOLE marker when done (throws).
    IteratorNext(Var),
    /// IteratorClose (throws).
    IteratorClose(Var),
    /// GetIterator(value, async): an iterator record for `for await` (throws).
    AsyncIteratorGet(Var),
    /// Calls the async iterator record's `next()`; the result is to be awaited (throws).
    AsyncIteratorNext(Var),
    /// An awaited iterator result's value, or HOLE when done (throws unless an object).
    IteratorStepResult(Var),
    /// Calls the async iterator record's `return()`: the value to await, or HOLE (throws).
    AsyncIteratorReturn(Var),
    /// Throws TypeError unless the value is an object; yields it (throws).
    IteratorResultCheck(Var),
    /// Starts a for-in enumeration (throws).
    ForInStart(Var),
    /// The next for-in key, or the HOLE marker when done (throws).
    ForInNext(Var),
    /// A new mapped arguments object for this call (a sloppy function with simple
    /// parameters): argument `i` below the count (and below the number passed) aliases slot
    /// `i` of the environment in the local until it is deleted or redefined.
    MappedArguments(Var, u32),
    /// A new unmapped arguments object for this call (strict code, or parameters that are not
    /// simple): its `callee` throws.
    UnmappedArguments,
    /// ToObject (throws TypeError for undefined and null): the object of a `with` statement.
    ToObject(Var),
    /// HasBinding(name) of a `with` object environment: HasProperty, then @@unscopables; a
    /// boolean (throws).
    WithHas(Var, StrId),
    /// GetBindingValue(name) of a `with` object environment (throws).
    WithGet(Var, StrId),
    /// SetMutableBinding(name, value) of a `with` object environment (throws).
    WithSet(Var, StrId, Var),
    /// Throws SyntaxError with a fixed message (throws): eval code that does not parse.
    ThrowSyntaxError(StrId),
    /// Whether the value is the realm's %eval%, as a boolean (a direct eval call).
    IsIntrinsicEval(Var),
}

impl Op {
    /// Whether the operation may throw (and so needs an exception edge).
    pub fn may_throw(&self) -> bool {
        match self {
            Op::Const(_)
            | Op::Copy(_)
            | Op::Param(_)
            | Op::This
            | Op::Callee
            | Op::NewObject(_)
            | Op::FunctionEnv
            | Op::EnvParent(..)
            | Op::EnvGet(..)
            | Op::EnvSet(..)
            | Op::EnvNew(..)
            | Op::EnvCopy(_)
            | Op::Closure(..)
            | Op::TakeException
            | Op::SloppyThis(_)
            | Op::Arguments
            | Op::NewTarget
            | Op::ResumeValue
            | Op::ResumeMode
            | Op::HomeObject(_)
            | Op::SetHomeObject(..)
            | Op::PrivateName(_)
            | Op::RestArguments(_)
            | Op::StaticGet(_)
            | Op::StaticSet(..)
            | Op::GlobalTypeOf(_)
            | Op::MappedArguments(..)
            | Op::UnmappedArguments
            | Op::IsIntrinsicEval(_) => false,
            Op::Unary(op, _) => !matches!(op, UnaryOp::Not | UnaryOp::IsHole | UnaryOp::TypeOf),
            _ => true,
        }
    }
}

/// How control leaves a block.
#[derive(Clone, Debug)]
pub enum Terminator {
    /// Go to the block.
    Jump(BlockId),
    /// Go to the first block if the value is truthy, else to the second.
    Branch(Var, BlockId, BlockId),
    /// Return the value.
    Return(Var),
    /// Throw the value (to the block's handler): a `throw` statement at the position, which
    /// is where node points when the exception goes uncaught.
    Throw(Var, Pos),
    /// Throw the value again (to the block's handler) after a `finally` block or an iterator
    /// close: the exception keeps the position of its `throw`.
    Rethrow(Var),
    /// Suspend a resumable function with the value; it continues at the block, where
    /// `ResumeValue` and `ResumeMode` say how it was resumed.
    Suspend(Var, BlockId, SuspendKind),
}

impl Terminator {
    /// The blocks this terminator may go to (not counting the exception edge).
    pub fn successors(&self) -> Vec<BlockId> {
        match self {
            Terminator::Jump(b) => vec![*b],
            Terminator::Branch(_, a, b) => vec![*a, *b],
            Terminator::Suspend(_, resume, _) => vec![*resume],
            Terminator::Return(_) | Terminator::Throw(..) | Terminator::Rethrow(_) => vec![],
        }
    }
}
