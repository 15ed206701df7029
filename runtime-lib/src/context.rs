//! The runtime context: the `ctx` pointer compiled code passes to every entry point. It owns
//! the heap, the atom table, the realm (global object and intrinsics), registered roots, the
//! output buffers and the stack bounds. Its first three fields are read by compiled code at
//! the offsets in `kiln_abi::ctx_offset`.
//!
//! Nothing in the runtime is global: several contexts may live on different threads (tests do
//! this). A context must be used only on the thread that created it, because the collector
//! scans that thread's stack.

use crate::gc::{collect, CellType, Gc, Heap, Trace, Tracer, ValueList};
use crate::node::output::Output;
use crate::object::shape::Shape;
use crate::object::{JsObject, ObjectKind, PropertyKey};
use crate::realm::Realm;
use crate::stack_trace::ProgramIndex;
use crate::string::{self, AtomTable, Atoms, JsString, StrView};
use crate::symbol::WellKnownSymbols;
use crate::value::Value;
use kiln_abi::{ctx_offset, ProgramInfo};
use std::cell::OnceCell;
use std::ptr::NonNull;

/// Bytes of stack kept free below the JS stack limit for runtime work (throwing the
/// RangeError, collecting, formatting).
pub const STACK_SAFETY_MARGIN: usize = 256 * 1024;

/// How to create a context.
#[derive(Clone, Debug, Default)]
pub struct ContextOptions {
    /// Keep stdout/stderr output in memory instead of writing to fds 1 and 2 (tests).
    pub capture_output: bool,
    /// Collect at every n-th allocation (0: off). `KILN_GC_STRESS=n` sets it for programs.
    pub gc_stress_interval: u32,
    /// The compiled program's function table (null when there is none, e.g. in tests).
    pub program: Option<NonNull<ProgramInfo>>,
}

/// The runtime context.
#[repr(C)]
pub struct Context {
    /// The lowest stack address JS may use (compiled prologues compare against it).
    pub stack_limit: usize,
    /// The pending exception while `EXCEPTION` propagates.
    pub exception: Value,
    /// `new.target` of the call being entered.
    pub new_target: Value,
    /// Bumped whenever a prototype some inline-cache entry reads through changes shape or
    /// prototype, and at every collection (`kiln_abi::get_cache_offset`, `abi::caches`).
    pub prototype_epoch: u64,
    /// String.prototype's cell (`kiln_abi::ctx_offset::STRING_PROTOTYPE`), set with the realm.
    pub string_prototype_cell: *const u8,
    /// The buffer of `unit_strings` (`kiln_abi::ctx_offset::UNIT_STRINGS`; never reallocated).
    unit_string_table: *const Gc<JsString>,
    /// Array.prototype's and Object.prototype's cells (`kiln_abi::ctx_offset::ARRAY_PROTOTYPE`,
    /// `OBJECT_PROTOTYPE`), set with the realm.
    array_prototype_cell: *const u8,
    object_prototype_cell: *const u8,
    /// The cell allocator.
    pub heap: Heap,
    /// Predefined atoms.
    pub atoms: Atoms,
    /// All atoms.
    pub atom_table: AtomTable,
    /// The well-known symbols.
    pub symbols: WellKnownSymbols,
    /// The global object and intrinsics.
    pub realm: Realm,
    /// The empty shape every object starts from.
    pub root_shape: Gc<Shape>,
    /// The marker shape of dictionary-mode objects.
    pub dictionary_shape: Gc<Shape>,
    /// Buffered stdout and stderr.
    pub output: Output,
    /// The event loop: nextTick and microtask queues, timers, I/O, rejection tracking. Traced
    /// as roots.
    pub event_loop: crate::event_loop::EventLoop,
    /// Set by a `yield*` step that yields an inner result object, which the generator then
    /// returns unchanged (`generator/delegate.rs`).
    pub generator_delegated_yield: bool,
    /// FinalizationRegistry cleanup work found by collections: `(registry, held value)` pairs
    /// waiting for their callbacks (`builtins::weak::run_pending_finalizations_js`, which the
    /// event loop calls between jobs). Traced as roots.
    pub pending_finalizations: Vec<(Value, Value)>,
    /// The `module` object of each program module once `require` started loading it
    /// (`node::module`), UNDEFINED before. Traced as roots.
    pub module_cache: Vec<Value>,
    /// Where each ES module is in its life (`node::esm`), by module index.
    pub esm_states: Vec<crate::node::esm::EsmState>,
    /// [[KeptAlive]] (§9.10): targets of WeakRefs created or dereferenced during the current
    /// job, kept alive until `clear_kept_objects` at the job's end. Traced as roots.
    kept_objects: Vec<Value>,
    /// The last successful built-in RegExp match (input, capture ranges), which the legacy
    /// `RegExp.$1`-`$9`, `lastMatch`, `leftContext`, ... accessors read (`builtins::regexp_legacy`).
    pub regexp_last_match: Option<crate::builtins::regexp_legacy::LastMatch>,
    /// Where constructors' `prototype` is: shape address → slot of a plain data property
    /// (`function::prototype_from_constructor`; shapes live forever, so entries stay true).
    pub(crate) prototype_slots: [(usize, u32); 4],
    unit_strings: Vec<Gc<JsString>>,
    join_stack: Vec<Gc<JsObject>>,
    module_roots: Vec<(*const Value, usize)>,
    stack_top: usize,
    program: *const ProgramInfo,
    program_index: OnceCell<ProgramIndex>,
    /// The value last thrown by a `throw` statement or the runtime, as raw bits (never read
    /// as a value, so not a root), and the return address into compiled code where it was
    /// thrown: node prints that source line above the exception if it goes uncaught.
    pub throw_site: (u64, usize),
    /// The runtime calls in progress that node makes as method calls (`timer._onTimeout()`),
    /// innermost last: stack traces name the callback's frame after them
    /// (`stack_trace::call_as_method`).
    pub method_frames: Vec<crate::stack_trace::MethodFrame>,
    /// The built-in functions running that stack traces show (`at Array.map (<anonymous>)`),
    /// innermost first: a list through the records their calls keep on the native stack
    /// (`stack_trace::NativeFrame`).
    pub native_frames: *const crate::stack_trace::NativeFrame,
    /// Whether native functions made now are built-ins that stack traces show (set while the
    /// realm installs the ECMAScript built-ins).
    pub showing_native_frames: bool,
    /// node's source-line "arrow" for the value last thrown, when it was not thrown by compiled
    /// code (JSON.parse points into the JSON text); the value's raw bits and the arrow.
    pub throw_arrow: Option<(u64, Box<str>)>,
    /// What node appends to the stack of an Error an EventEmitter threw for an unhandled
    /// `error` event, if it goes uncaught: the value's raw bits, the separator (`Emitted 'error'
    /// event on X instance at:`) and the stack captured at the `emit` call.
    pub uncaught_enhancement: Option<(u64, Box<str>, Box<str>)>,
}

const _: () = {
    assert!(std::mem::offset_of!(Context, stack_limit) == ctx_offset::STACK_LIMIT as usize);
    assert!(std::mem::offset_of!(Context, exception) == ctx_offset::EXCEPTION as usize);
    assert!(std::mem::offset_of!(Context, new_target) == ctx_offset::NEW_TARGET as usize);
    assert!(std::mem::offset_of!(Context, prototype_epoch) == ctx_offset::PROTOTYPE_EPOCH as usize);
    assert!(std::mem::offset_of!(Context, string_prototype_cell) == ctx_offset::STRING_PROTOTYPE as usize);
    assert!(std::mem::offset_of!(Context, unit_string_table) == ctx_offset::UNIT_STRINGS as usize);
    assert!(std::mem::offset_of!(Context, array_prototype_cell) == ctx_offset::ARRAY_PROTOTYPE as usize);
    assert!(std::mem::offset_of!(Context, object_prototype_cell) == ctx_offset::OBJECT_PROTOTYPE as usize);
};

impl Context {
    /// Creates a context with its realm for the current thread. The context must stay on this
    /// thread; its stack bounds are this thread's.
    pub fn new(options: ContextOptions) -> Box<Context> {
        let mut heap = Heap::new();
        let mut atom_table = AtomTable::default();
        let atoms = Atoms::new(&mut atom_table, &mut heap);
        let symbols = WellKnownSymbols::new(&mut heap, &mut atom_table);
        let unit_strings = (0..=255u8).map(|byte| atom_table.intern_view(&mut heap, StrView::Latin1(&[byte]))).collect();
        let root_shape = bootstrap_alloc(&mut heap, Shape::root(false));
        let dictionary_shape = bootstrap_alloc(&mut heap, Shape::root(true));
        let placeholder = bootstrap_alloc(&mut heap, JsObject::new(root_shape, None, ObjectKind::Ordinary));
        let (stack_low, stack_top) = thread_stack_bounds();
        let mut ctx = Box::new(Context {
            stack_limit: stack_low + STACK_SAFETY_MARGIN,
            exception: Value::UNDEFINED,
            new_target: Value::UNDEFINED,
            prototype_epoch: 1,
            string_prototype_cell: std::ptr::null(),
            unit_string_table: std::ptr::null(),
            array_prototype_cell: std::ptr::null(),
            object_prototype_cell: std::ptr::null(),
            heap,
            atoms,
            atom_table,
            symbols,
            realm: Realm::placeholder(placeholder, root_shape),
            root_shape,
            dictionary_shape,
            output: Output::new(options.capture_output),
            event_loop: crate::event_loop::EventLoop::new(),
            generator_delegated_yield: false,
            pending_finalizations: Vec::new(),
            module_cache: Vec::new(),
            esm_states: Vec::new(),
            kept_objects: Vec::new(),
            regexp_last_match: None,
            prototype_slots: [(0, 0); 4],
            unit_strings,
            join_stack: Vec::new(),
            module_roots: Vec::new(),
            stack_top,
            program: options.program.map_or(std::ptr::null(), |program| program.as_ptr() as *const ProgramInfo),
            program_index: OnceCell::new(),
            throw_site: (0, 0),
            method_frames: Vec::new(),
            native_frames: std::ptr::null(),
            showing_native_frames: false,
            throw_arrow: None,
            uncaught_enhancement: None,
        });
        ctx.heap.set_stress_interval(options.gc_stress_interval);
        ctx.unit_string_table = ctx.unit_strings.as_ptr();
        crate::realm::initialize(&mut ctx);
        ctx.string_prototype_cell = ctx.realm.string_prototype.as_ptr() as *const u8;
        ctx.array_prototype_cell = ctx.realm.array_prototype.as_ptr() as *const u8;
        ctx.object_prototype_cell = ctx.realm.object_prototype.as_ptr() as *const u8;
        ctx
    }

    /// A context for unit tests: captured output, no program table.
    pub fn new_for_tests() -> Box<Context> {
        Context::new(ContextOptions { capture_output: true, ..ContextOptions::default() })
    }

    /// The upper end of this thread's stack (the conservative scan stops there).
    pub fn stack_top(&self) -> usize {
        self.stack_top
    }

    /// The program's function-table index, if a program table was given.
    pub fn program_index(&self) -> Option<&ProgramIndex> {
        if self.program.is_null() {
            return None;
        }
        // SAFETY: `program` is the compiler-emitted static table given at creation.
        Some(self.program_index.get_or_init(|| unsafe { ProgramIndex::new(self.program) }))
    }

    /// The program table (null in tests).
    pub fn program(&self) -> *const ProgramInfo {
        self.program
    }

    // ---- allocation (may collect) ----

    /// Runs a collection first if the heap asks for one.
    #[inline]
    fn before_allocation(&mut self) {
        if self.heap.wants_collection() {
            collect::collect(self);
        }
    }

    /// Allocates a cell holding `value`. May collect.
    pub fn alloc<T: CellType>(&mut self, value: T) -> Gc<T> {
        self.before_allocation();
        let cell = self.heap.alloc_raw(std::mem::size_of::<T>()).cast::<T>();
        // SAFETY: a fresh, suitably sized and aligned cell; writing initializes it fully.
        unsafe { cell.as_ptr().write(value) };
        Gc::from_non_null(cell)
    }

    /// Allocates `size` raw bytes for a variable-sized cell the caller initializes at once.
    /// May collect.
    pub(crate) fn alloc_cell_bytes(&mut self, size: usize) -> NonNull<u8> {
        self.before_allocation();
        self.heap.alloc_raw(size)
    }

    /// `alloc_cell_bytes` that also returns the cell's usable size (its size class). May collect.
    #[inline]
    pub(crate) fn alloc_cell_bytes_sized(&mut self, size: usize) -> (NonNull<u8>, usize) {
        self.before_allocation();
        self.heap.alloc_raw_sized(size)
    }

    /// Allocates a string with the given code units. May collect.
    pub fn alloc_string(&mut self, view: StrView<'_>) -> Gc<JsString> {
        if view.is_empty() {
            return self.atoms.empty;
        }
        if view.len() == 1 && view.unit(0) < 256 {
            return self.unit_strings[view.unit(0) as usize];
        }
        self.before_allocation();
        string::alloc_in_heap(&mut self.heap, view)
    }

    /// Allocates the flat string joining `parts` (string values; see `string::concat`). May
    /// collect (the parts are held on the native stack, which the collector scans).
    pub fn alloc_flat_concat(&mut self, parts: &[Value]) -> Gc<JsString> {
        self.before_allocation();
        string::alloc_flat_concat_in_heap(&mut self.heap, parts)
    }

    /// [`Context::alloc_flat_concat`] of two strings.
    pub fn alloc_flat_pair(&mut self, left: Gc<JsString>, right: Gc<JsString>) -> Gc<JsString> {
        self.before_allocation();
        string::alloc_flat_pair_in_heap(&mut self.heap, left, right)
    }

    /// Allocates a rope for `left + right` (both non-empty; see `string::concat`). May collect.
    pub fn alloc_rope(&mut self, left: Gc<JsString>, right: Gc<JsString>) -> Gc<JsString> {
        self.before_allocation();
        string::alloc_rope_in_heap(&mut self.heap, left, right)
    }

    /// A new, empty GC-managed value list (the way to keep many values alive in Rust code).
    pub fn new_list(&mut self) -> Gc<ValueList> {
        self.alloc(ValueList::new(Vec::new()))
    }

    /// A new ordinary object whose prototype is Object.prototype.
    pub fn new_object(&mut self) -> Gc<JsObject> {
        self.new_object_sized(crate::object::DEFAULT_INLINE_SLOTS)
    }

    /// A new ordinary object whose prototype is Object.prototype, with room in its cell for
    /// `slots` named properties (an object literal's count).
    #[inline]
    pub fn new_object_sized(&mut self, slots: usize) -> Gc<JsObject> {
        let (shape, prototype) = (self.root_shape, self.realm.object_prototype);
        crate::object::new_ordinary(self, shape, Some(prototype), slots)
    }

    /// A new ordinary object with the given prototype.
    pub fn new_object_with_prototype(&mut self, prototype: Option<Gc<JsObject>>) -> Gc<JsObject> {
        let shape = self.root_shape;
        crate::object::new_ordinary(self, shape, prototype, crate::object::DEFAULT_INLINE_SLOTS)
    }

    /// Runs a full collection now.
    pub fn collect_garbage(&mut self) {
        collect::collect(self);
    }

    // ---- strings and keys ----

    /// The one-unit string for `unit` (preallocated below 256).
    pub fn unit_string(&mut self, unit: u16) -> Gc<JsString> {
        if unit < 256 {
            return self.unit_strings[unit as usize];
        }
        string::from_utf16(self, &[unit])
    }

    /// The decimal string of an array index.
    pub fn index_string(&mut self, index: u32) -> Gc<JsString> {
        if index < 10 {
            return self.unit_strings[b'0' as usize + index as usize];
        }
        string::from_str(self, &index.to_string())
    }

    /// The atom for `text`.
    pub fn intern_str(&mut self, text: &str) -> Gc<JsString> {
        self.atom_table.intern_str(&mut self.heap, text)
    }

    /// The atom with the contents of `string`.
    pub fn intern(&mut self, string: Gc<JsString>) -> Gc<JsString> {
        self.atom_table.intern(string)
    }

    /// The property key spelled `text`.
    pub fn key(&mut self, text: &str) -> PropertyKey {
        let atom = self.intern_str(text);
        PropertyKey::from_atom(atom)
    }

    /// The property key for a string value's contents.
    pub fn key_from_string(&mut self, string: Gc<JsString>) -> PropertyKey {
        if let Some(index) = string.get().as_array_index() {
            return PropertyKey::Index(index);
        }
        PropertyKey::String(self.intern(string))
    }

    // ---- roots ----

    /// Registers `count` values at `slots` as roots for the rest of the context's life.
    pub fn add_root_array(&mut self, slots: *const Value, count: usize) {
        if count > 0 && !slots.is_null() {
            self.module_roots.push((slots, count));
        }
    }

    /// Reports every root the context owns (not the stack) to `tracer`.
    pub(crate) fn trace_roots(&self, tracer: &mut Tracer) {
        tracer.value(self.exception);
        tracer.value(self.new_target);
        self.atom_table.trace(tracer);
        self.symbols.trace(tracer);
        self.realm.trace(tracer);
        tracer.cell(self.root_shape);
        tracer.cell(self.dictionary_shape);
        self.event_loop.trace(tracer);
        tracer.values(&self.module_cache);
        for &(registry, held) in &self.pending_finalizations {
            tracer.value(registry);
            tracer.value(held);
        }
        tracer.values(&self.kept_objects);
        if let Some(last) = &self.regexp_last_match {
            tracer.cell(last.subject);
            tracer.cell(last.input);
        }
        for &(slots, count) in &self.module_roots {
            // SAFETY: registered arrays stay valid for the context's life (module data).
            tracer.values(unsafe { std::slice::from_raw_parts(slots, count) });
        }
    }

    /// AddToKeptObjects (§9.10.3): keeps `value` alive until the current job ends.
    pub fn add_to_kept_objects(&mut self, value: Value) {
        self.kept_objects.push(value);
    }

    /// ClearKeptObjects (§9.10.2): the host calls this when a job (the main script, a
    /// microtask checkpoint, a timer callback) ends, so WeakRef targets may be collected.
    pub fn clear_kept_objects(&mut self) {
        self.kept_objects.clear();
    }

    /// Takes (and clears) the pending exception.
    pub fn take_exception(&mut self) -> Value {
        std::mem::replace(&mut self.exception, Value::UNDEFINED)
    }

    // ---- cycle detection for Array.prototype.join ----

    /// True when `object` is being joined further up the stack (cycles print as "").
    pub fn join_stack_contains(&self, object: Gc<JsObject>) -> bool {
        self.join_stack.contains(&object)
    }

    /// Records that `object` is being joined. The objects are also held by the joining
    /// frames' locals, so this list needs no tracing.
    pub fn join_stack_push(&mut self, object: Gc<JsObject>) {
        self.join_stack.push(object);
    }

    /// Ends the innermost join.
    pub fn join_stack_pop(&mut self) {
        self.join_stack.pop();
    }

    // ---- stack ----

    /// Throws RangeError "Maximum call stack size exceeded" when the native stack is nearly
    /// exhausted. Native code that recurses on user data calls this at each level.
    #[inline]
    pub fn check_stack(&mut self) -> crate::error::JsResult<()> {
        let marker = 0u8;
        let sp = std::hint::black_box(&marker) as *const u8 as usize;
        if sp < self.stack_limit {
            return self.throw_stack_overflow();
        }
        Ok(())
    }

    /// Throws the stack-overflow RangeError (with headroom from the safety margin).
    #[cold]
    pub fn throw_stack_overflow<T>(&mut self) -> crate::error::JsResult<T> {
        use crate::error::ThrowExt;
        self.throw_range_error("Maximum call stack size exceeded")
    }
}

impl Drop for Context {
    fn drop(&mut self) {
        self.output.flush();
        let heap = &mut self.heap;
        heap.for_each_cell(&mut crate::gc::trace::finalize_cell);
        heap.release_all();
    }
}

fn bootstrap_alloc<T: CellType>(heap: &mut Heap, value: T) -> Gc<T> {
    let cell = heap.alloc_raw(std::mem::size_of::<T>()).cast::<T>();
    // SAFETY: a fresh cell of the right size; writing initializes it.
    unsafe { cell.as_ptr().write(value) };
    Gc::from_non_null(cell)
}

/// `(lowest usable address, top)` of the current thread's stack.
fn thread_stack_bounds() -> (usize, usize) {
    let marker = 0u8;
    let here = std::hint::black_box(&marker) as *const u8 as usize;
    let fallback = (here.saturating_sub(1 << 20), (here + 4096) & !4095);
    // SAFETY: pthread_getattr_np fills `attributes` for the calling thread; we destroy it after
    // reading the stack address and size.
    unsafe {
        let mut attributes: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attributes) != 0 {
            return fallback;
        }
        let mut address: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let status = libc::pthread_attr_getstack(&attributes, &mut address, &mut size);
        libc::pthread_attr_destroy(&mut attributes);
        if status != 0 || address.is_null() {
            return fallback;
        }
        let low = address as usize;
        let top = low + size;
        if here < low || here >= top {
            return fallback;
        }
        // An unlimited main-thread stack reports a huge size; keep 8 MiB like the default.
        let low = if size > (1 << 30) { top - (8 << 20) } else { low };
        (low, top)
    }
}

impl Trace for Context {
    fn trace(&self, tracer: &mut Tracer) {
        self.trace_roots(tracer);
    }
}
