//! One IR function to Cranelift IR. IR locals become Cranelift variables, so
//! `FunctionBuilder` builds the SSA form; each throwing operation is followed by a compare
//! with the EXCEPTION sentinel and a branch to the block's handler.
//!
//! ## Two versions
//! A function with a loop is emitted twice. The *speculative* version assumes that arithmetic
//! on values that may be numbers (`kinds::speculates`) sees numbers: it checks the operands,
//! and so knows the results are numbers (`kinds::Mode::Speculative`) and keeps chains of
//! arithmetic in float registers without tag checks. Where a check fails, or a read cache
//! misses, it does not call the runtime and come back (a call on a cold path still makes the
//! register allocator spill what lives across it on the hot one): it jumps to the *generic*
//! version of the same instruction, which is the ordinary code, and goes on there. The generic
//! version returns to the speculative one at loop headers, after checking the speculative
//! facts of that header's locals. No code is thrown away at run time: both versions are
//! compiled ahead of time, and the generic one is emitted only from the places it is entered.

use super::kinds::{self, Kinds, VarKinds};
use super::Globals;
use crate::ir::{self, BinaryOp, Constant, Op, Pos, Terminator, UnaryOp};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    types, Block, FuncRef, Function, InstBuilder, MemFlagsData, SourceLoc, StackSlot, StackSlotData, StackSlotKind,
    Value,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::Module;
use cranelift_object::ObjectModule;
use kiln_abi as abi;
use std::collections::HashMap;

mod calls;
mod strings;

const FIRST_TAGGED: i64 = abi::FIRST_TAGGED as i64;

/// An element access whose receiver is an object and whose key is a number.
#[derive(Copy, Clone)]
struct IndexedAccess {
    /// The receiver's raw object pointer.
    pointer: Value,
    /// The key converted to an `i64` (saturating; NaN is 0).
    integer: Value,
    /// Whether the key equals `integer` (false for fractions, NaN and out-of-range keys).
    integral: Value,
}

/// A typed-array element kind compiled code reads and writes inline.
#[derive(Copy, Clone)]
struct TypedKind {
    /// Its `kiln_abi::element_tag`.
    tag: u8,
    /// The element size in bytes.
    size: u32,
}

/// The inline element kinds, in the order they are tested: Uint8 (node's Buffer) first.
const TYPED_KINDS: [TypedKind; 9] = {
    use abi::element_tag as tags;
    [
        TypedKind { tag: tags::UINT8, size: 1 },
        TypedKind { tag: tags::FLOAT64, size: 8 },
        TypedKind { tag: tags::INT32, size: 4 },
        TypedKind { tag: tags::UINT8_CLAMPED, size: 1 },
        TypedKind { tag: tags::INT8, size: 1 },
        TypedKind { tag: tags::INT16, size: 2 },
        TypedKind { tag: tags::UINT16, size: 2 },
        TypedKind { tag: tags::UINT32, size: 4 },
        TypedKind { tag: tags::FLOAT32, size: 4 },
    ]
};

/// How the function being emitted keeps its locals.
#[derive(Copy, Clone, PartialEq, Eq)]
pub(super) enum Shape {
    /// An ordinary function: locals are Cranelift variables.
    Plain,
    /// The resume function of a generator or async function: `(ctx, frame, sent, mode)`,
    /// locals live in the heap frame so they survive suspension.
    Resume,
}

/// Builds `func` from the IR function; returns the source positions indexed by the
/// `SourceLoc`s attached to the calls.
pub(super) fn build(
    object: &mut ObjectModule,
    globals: &mut Globals,
    func: &mut Function,
    builder_context: &mut FunctionBuilderContext,
    module: &ir::Module,
    function: &ir::Function,
    shape: Shape,
) -> Result<(Vec<Pos>, StackSlot), String> {
    let builder = FunctionBuilder::new(func, builder_context);
    let mut emitter = Emitter {
        shape,
        frame: None,
        sent: None,
        mode: None,
        object,
        globals,
        builder,
        module,
        function,
        vars: Vec::new(),
        block_local: Vec::new(),
        local_values: Vec::new(),
        blocks: Vec::new(),
        func_refs: HashMap::new(),
        positions: Vec::new(),
        ctx: None,
        callee: None,
        this: None,
        argc: None,
        argv: None,
        new_target: None,
        exception_return: None,
        current_handler: None,
        kinds: Vec::new(),
        js_signature: None,
        read_locals: kinds::read_locals(function),
        f64_of: HashMap::new(),
        bool_of: HashMap::new(),
        version: kinds::Mode::Generic,
        speculative_blocks: Vec::new(),
        generic_wanted: Vec::new(),
        generic_asked: Vec::new(),
        diverts: HashMap::new(),
        position: (0, 0),
        divert: None,
        generic_kinds: None,
        speculative_kinds: None,
        two_versions: false,
        loop_headers: Vec::new(),
        object_pointers: HashMap::new(),
        inst_caches: HashMap::new(),
        suspend_points: HashMap::new(),
        call_record: None,
    };
    emitter.run();
    let Emitter { builder, positions, object, call_record, .. } = emitter;
    builder.finalize(object.target_config());
    Ok((positions, call_record.expect("the prologue records the call")))
}

struct Emitter<'a, 'b> {
    shape: Shape,
    /// The generator frame (resume functions only).
    frame: Option<Value>,
    /// The resumption value and mode (resume functions only).
    sent: Option<Value>,
    mode: Option<Value>,
    object: &'a mut ObjectModule,
    globals: &'a mut Globals,
    builder: FunctionBuilder<'b>,
    module: &'a ir::Module,
    function: &'a ir::Function,
    vars: Vec<Variable>,
    /// Locals that live in one block only (`kinds::block_local_vars`), kept as plain values
    /// in `local_values` instead of Cranelift variables; empty in resume functions.
    block_local: Vec<bool>,
    local_values: Vec<Option<Value>>,
    blocks: Vec<Block>,
    func_refs: HashMap<cranelift_module::FuncId, FuncRef>,
    positions: Vec<Pos>,
    ctx: Option<Value>,
    callee: Option<Value>,
    this: Option<Value>,
    argc: Option<Value>,
    argv: Option<Value>,
    /// `new.target`, read from the context before anything else runs.
    new_target: Option<Value>,
    /// A block that returns EXCEPTION (the function has no handler there).
    exception_return: Option<Block>,
    /// Where exceptions go in the IR block being emitted.
    current_handler: Option<Block>,
    /// What `kinds` knows of each local at the instruction being emitted (empty: nothing).
    kinds: Vec<Kinds>,
    /// The JS function signature once imported (`call_indirect` of cached callees).
    js_signature: Option<cranelift_codegen::ir::SigRef>,
    /// Which locals the function reads: operations without side effects whose result nobody
    /// reads (the closure environment of a function that captures nothing it uses) are skipped.
    read_locals: Vec<bool>,
    /// The `f64` each boxed number value was made from (`from_f64`), so chains of arithmetic
    /// skip the round trip through an integer register.
    f64_of: HashMap<Value, Value>,
    /// The `i8` condition each boolean value was made from (`bool_value`).
    bool_of: HashMap<Value, Value>,
    /// The version being emitted (module docs, "Two versions").
    version: kinds::Mode,
    /// The speculative version's blocks, one per IR block (empty: the function has one version).
    speculative_blocks: Vec<Block>,
    /// Generic blocks that were jumped to and wait to be emitted (IR block indices), and
    /// which already were asked for (speculating functions emit generic blocks on demand).
    generic_wanted: Vec<usize>,
    generic_asked: Vec<bool>,
    /// Where the speculative version leaves for the generic one: the Cranelift block at which
    /// the generic code of an instruction (IR block index, instruction index) starts.
    diverts: HashMap<(usize, usize), Block>,
    /// The IR block and instruction being emitted, and the block that leaves the speculative
    /// version there (made when first asked for).
    position: (usize, usize),
    divert: Option<Block>,
    /// The facts of each version at block entries (`None`: no analysis for this function).
    generic_kinds: Option<VarKinds>,
    speculative_kinds: Option<VarKinds>,
    /// Whether the function is emitted in two versions (`decide_two_versions`).
    two_versions: bool,
    /// IR blocks that some later block jumps back to.
    loop_headers: Vec<bool>,
    /// In the speculative version, the object pointer of each boxed value known to be an
    /// object in the IR block being emitted (its check left for the generic version otherwise,
    /// so the pointer dominates the rest of the block).
    object_pointers: HashMap<Value, Value>,
    /// The caches of each kind (`cache_counters`: the first index and the count) an
    /// instruction took when the speculative version emitted it: the generic version's code of
    /// the same instruction uses the same ones (a tagged template is the same object in both,
    /// and a cache the generic version's miss handler fills serves the speculative version).
    inst_caches: HashMap<(usize, usize), ([u32; 4], [u32; 4])>,
    /// A resume function's state number for each block it resumes at.
    suspend_points: HashMap<ir::BlockId, u64>,
    /// The stack slot where the prologue stores the callee, `this` and `new.target`
    /// (`kiln_abi::call_record`), which the stack walker reads to name the frame.
    call_record: Option<StackSlot>,
}

/// The largest function (in IR instructions) emitted in two versions.
const MAX_SPECULATIVE_INSTS: usize = 3000;

impl Emitter<'_, '_> {
    fn run(&mut self) {
        let entry = self.builder.create_block();
        self.builder.append_block_params_for_function_params(entry);
        for _ in 0..self.function.blocks.len() {
            let block = self.builder.create_block();
            self.blocks.push(block);
        }
        self.builder.switch_to_block(entry);
        let params = self.builder.block_params(entry).to_vec();
        self.ctx = Some(params[0]);
        let mut start = self.blocks[0];
        match self.shape {
            Shape::Plain => {
                self.callee = Some(params[1]);
                self.this = Some(params[2]);
                self.argc = Some(params[3]);
                self.argv = Some(params[4]);
                let new_target = self.builder.ins().load(types::I64, MemFlagsData::trusted(), params[0], abi::ctx_offset::NEW_TARGET);
                self.new_target = Some(new_target);
                let undefined = self.iconst(abi::UNDEFINED);
                // The speculative version enters generic blocks in the middle, so there every
                // local is a Cranelift variable.
                self.two_versions = self.decide_two_versions();
                self.block_local = if self.two_versions {
                    vec![false; self.function.var_count as usize]
                } else {
                    kinds::block_local_vars(self.function)
                };
                self.local_values = vec![None; self.function.var_count as usize];
                for index in 0..self.function.var_count as usize {
                    let var = self.builder.declare_var(types::I64);
                    if !self.block_local[index] {
                        self.builder.def_var(var, undefined);
                    }
                    self.vars.push(var);
                }
            }
            Shape::Resume => {
                use abi::generator_frame_offset as frame;
                let frame_pointer = params[1];
                self.frame = Some(frame_pointer);
                self.sent = Some(params[2]);
                self.mode = Some(params[3]);
                self.callee = Some(self.load(frame_pointer, frame::CALLEE));
                self.this = Some(self.load(frame_pointer, frame::THIS));
                self.argc = Some(self.load(frame_pointer, frame::ARGC));
                self.argv = Some(self.load(frame_pointer, frame::ARGV));
                self.new_target = Some(self.iconst(abi::UNDEFINED));
                start = self.builder.create_block();
            }
        }
        // The stack walker names the frame after its callee and receiver (`Error.stack`).
        let record = self.builder.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            abi::call_record::SIZE,
            3,
        ));
        let (callee, this, new_target) = (self.callee.unwrap(), self.this.unwrap(), self.new_target.unwrap());
        self.builder.ins().stack_store(types::I64, callee, record, abi::call_record::CALLEE);
        self.builder.ins().stack_store(types::I64, this, record, abi::call_record::THIS);
        self.builder.ins().stack_store(types::I64, new_target, record, abi::call_record::NEW_TARGET);
        self.call_record = Some(record);
        // Locals of a resume function live in its frame across suspensions: no facts there.
        // The analysis keeps a state per block and local, so a huge function (a module's top
        // level of thousands of statements, run once) goes without it.
        if self.shape == Shape::Plain && self.table_size() <= kinds::MAX_TABLE_SIZE {
            self.generic_kinds = Some(VarKinds::analyse(self.function, kinds::Mode::Generic));
            if self.two_versions {
                self.speculative_kinds = Some(VarKinds::analyse(self.function, kinds::Mode::Speculative));
                let count = self.function.blocks.len();
                self.speculative_blocks = (0..count).map(|_| self.builder.create_block()).collect();
                self.generic_asked = vec![false; count];
                start = self.speculative_blocks[0];
            }
        }
        let exception_return = self.builder.create_block();
        self.exception_return = Some(exception_return);

        // Stack overflow check: the stack grows down towards the limit in the context.
        let sp = self.builder.ins().get_stack_pointer(types::I64);
        let limit = self.builder.ins().load(types::I64, MemFlagsData::trusted(), params[0], abi::ctx_offset::STACK_LIMIT);
        let overflow = self.builder.ins().icmp(IntCC::UnsignedLessThan, sp, limit);
        let overflow_block = self.builder.create_block();
        self.builder.ins().brif(overflow, overflow_block, &[], start, &[]);
        self.builder.switch_to_block(overflow_block);
        self.builder.set_cold_block(overflow_block);
        let throw = self.runtime(self.globals.runtime.kiln_throw_stack_overflow);
        self.builder.ins().call(throw, &[params[0]]);
        self.builder.ins().jump(exception_return, &[]);

        // A resume function dispatches on the frame's state to where it suspended.
        if self.shape == Shape::Resume {
            self.builder.switch_to_block(start);
            let frame_pointer = self.frame.expect("resume functions have a frame");
            let state = self.load(frame_pointer, abi::generator_frame_offset::STATE);
            let mut switch = cranelift_frontend::Switch::new();
            switch.set_entry(0, self.blocks[0]);
            for block in &self.function.blocks {
                if let Some(Terminator::Suspend(_, resume, _)) = &block.terminator {
                    let state = self.suspend_points.len() as u128 + 1;
                    self.suspend_points.insert(*resume, state as u64);
                    switch.set_entry(state, self.blocks[resume.index()]);
                }
            }
            let finished = self.builder.create_block();
            switch.emit(&mut self.builder, state, finished);
            self.builder.switch_to_block(finished);
            let undefined = self.iconst(abi::UNDEFINED);
            self.builder.ins().return_(&[undefined]);
        }

        if !self.speculative_blocks.is_empty() {
            self.version = kinds::Mode::Speculative;
            for index in 0..self.function.blocks.len() {
                let block = self.speculative_blocks[index];
                let kinds = self.entry_kinds(index);
                self.builder.switch_to_block(block);
                self.emit_block(index, 0, kinds);
            }
            self.version = kinds::Mode::Generic;
            while let Some(index) = self.generic_wanted.pop() {
                self.builder.switch_to_block(self.blocks[index]);
                if self.loop_headers[index] && self.reenter(index) {
                    // Gone back to the speculative version; the rest is entered only in the
                    // middle, where the speculative version leaves.
                    let body = self.builder.create_block();
                    self.builder.switch_to_block(body);
                }
                let kinds = self.entry_kinds(index);
                self.emit_block(index, 0, kinds);
            }
        } else {
            for index in 0..self.function.blocks.len() {
                self.builder.switch_to_block(self.blocks[index]);
                let kinds = self.entry_kinds(index);
                self.emit_block(index, 0, kinds);
            }
        }
        self.builder.switch_to_block(exception_return);
        self.builder.set_cold_block(exception_return);
        self.set_state(abi::GENERATOR_STATE_DONE, None);
        let exception = self.iconst(abi::EXCEPTION);
        self.builder.ins().return_(&[exception]);
        self.builder.seal_all_blocks();
    }

    /// The size of the facts table of this function (blocks × locals).
    fn table_size(&self) -> usize {
        self.function.blocks.len().saturating_mul(self.function.var_count as usize)
    }

    /// Whether this function is emitted in two versions: a plain function with a loop, not
    /// huge (sets `loop_headers`).
    fn decide_two_versions(&mut self) -> bool {
        if self.shape != Shape::Plain || self.table_size() > kinds::MAX_TABLE_SIZE {
            return false;
        }
        if std::env::var_os("KILN_SPECULATE").is_some_and(|value| value == "0") {
            return false;
        }
        let count = self.function.blocks.len();
        self.loop_headers = vec![false; count];
        for (index, block) in self.function.blocks.iter().enumerate() {
            let mut targets = block.terminator.as_ref().map(|t| t.successors()).unwrap_or_default();
            targets.extend(block.handler);
            for target in targets {
                if target.index() <= index {
                    self.loop_headers[target.index()] = true;
                }
            }
        }
        let insts: usize = self.function.blocks.iter().map(|block| block.insts.len()).sum();
        self.loop_headers.contains(&true) && insts <= MAX_SPECULATIVE_INSTS
    }

    /// The facts at the entry of IR block `index` in the version being emitted (empty: none).
    fn entry_kinds(&self, index: usize) -> Vec<Kinds> {
        let analysis = match self.version {
            kinds::Mode::Generic => &self.generic_kinds,
            kinds::Mode::Speculative => &self.speculative_kinds,
        };
        analysis.as_ref().map(|analysis| analysis.entry(index).to_vec()).unwrap_or_default()
    }

    /// The Cranelift block of IR block `id` in the version being emitted (a generic block of a
    /// speculating function is queued to be emitted).
    fn target(&mut self, id: ir::BlockId) -> Block {
        let index = id.index();
        if self.speculative_blocks.is_empty() {
            return self.blocks[index];
        }
        match self.version {
            kinds::Mode::Speculative => self.speculative_blocks[index],
            kinds::Mode::Generic => {
                self.ask_generic(index);
                self.blocks[index]
            }
        }
    }

    /// Queues the generic version of IR block `index` to be emitted.
    fn ask_generic(&mut self, index: usize) {
        if !self.generic_asked[index] {
            self.generic_asked[index] = true;
            self.generic_wanted.push(index);
        }
    }

    /// In the speculative version, the block that leaves for the generic code of the
    /// instruction being emitted (which then runs from its start); `None` in the generic one.
    /// Only an instruction that has done nothing yet may leave.
    fn divert_target(&mut self) -> Option<Block> {
        if self.version != kinds::Mode::Speculative {
            return None;
        }
        if let Some(block) = self.divert {
            return Some(block);
        }
        let target = self.builder.create_block();
        self.builder.set_cold_block(target);
        let (block, inst) = self.position;
        self.diverts.insert((block, inst), target);
        self.ask_generic(block);
        self.divert = Some(target);
        Some(target)
    }

    /// At the generic entry of loop header `index` (the current block): goes back to the
    /// speculative version when the locals hold what its facts there say. Returns whether the
    /// generic block is left with nothing more to emit (the facts agree: it just goes back).
    fn reenter(&mut self, index: usize) -> bool {
        let (Some(generic), Some(speculative)) = (&self.generic_kinds, &self.speculative_kinds) else { return false };
        let (generic, speculative) = (generic.entry(index).to_vec(), speculative.entry(index).to_vec());
        if speculative.iter().all(|kinds| *kinds == Kinds::NONE) {
            // The speculative version never gets here.
            return false;
        }
        let mut condition: Option<Value> = None;
        for (var, (speculative, generic)) in speculative.iter().zip(&generic).enumerate() {
            if self.block_local[var] {
                // Written in its block before any read: nothing lives at a block's entry.
                continue;
            }
            let check = if speculative.is_number() && !generic.is_number() {
                let value = self.var(ir::Var(var as u32));
                self.is_number(value)
            } else if speculative.is_boolean() && !generic.is_boolean() {
                let value = self.var(ir::Var(var as u32));
                let is_true = self.builder.ins().icmp_imm_u(IntCC::Equal, value, abi::TRUE as i64);
                let is_false = self.builder.ins().icmp_imm_u(IntCC::Equal, value, abi::FALSE as i64);
                self.builder.ins().bor(is_true, is_false)
            } else {
                continue;
            };
            condition = Some(match condition {
                Some(condition) => self.builder.ins().band(condition, check),
                None => check,
            });
        }
        let speculative_block = self.speculative_blocks[index];
        match condition {
            None => {
                self.builder.ins().jump(speculative_block, &[]);
                true
            }
            Some(condition) => {
                let body = self.builder.create_block();
                self.builder.ins().brif(condition, speculative_block, &[], body, &[]);
                self.builder.switch_to_block(body);
                false
            }
        }
    }

    /// Whether the speculative version is being emitted and checks the operands of `op`
    /// (`kinds::speculates`).
    fn speculating(&self, op: &Op) -> bool {
        self.version == kinds::Mode::Speculative && !self.kinds.is_empty() && kinds::speculates(&self.kinds, op)
    }

    /// Goes on here when `condition` holds, else leaves for the generic version (`divert`).
    fn branch_or_divert(&mut self, condition: Value, divert: Block) {
        let next = self.builder.create_block();
        self.builder.ins().brif(condition, next, &[], divert, &[]);
        self.builder.switch_to_block(next);
    }

    /// In the speculative version, ends the current (slow-path) block with a jump to the
    /// generic version of the instruction and returns true; in the generic one returns false.
    fn divert_here(&mut self) -> bool {
        match self.divert_target() {
            Some(divert) => {
                self.builder.ins().jump(divert, &[]);
                true
            }
            None => false,
        }
    }

    /// The next index of each kind of per-site cache: reads, writes, templates, calls.
    fn cache_counters(&self) -> [u32; 4] {
        let globals = &self.globals;
        [globals.get_cache_count, globals.set_cache_count, globals.template_cache_count, globals.call_cache_count]
    }

    fn set_cache_counters(&mut self, counters: [u32; 4]) {
        let globals = &mut *self.globals;
        [globals.get_cache_count, globals.set_cache_count, globals.template_cache_count, globals.call_cache_count] = counters;
    }

    /// `op`, where a function in two versions gives both versions of an instruction the same
    /// caches (`inst_caches`).
    fn op_with_shared_caches(&mut self, op: &Op) -> Option<Value> {
        if self.speculative_blocks.is_empty() {
            return self.op(op);
        }
        let before = self.cache_counters();
        let counts = |end: [u32; 4], start: [u32; 4]| std::array::from_fn::<u32, 4, _>(|kind| end[kind] - start[kind]);
        let Some(&(first, taken)) = self.inst_caches.get(&self.position) else {
            let result = self.op(op);
            let taken = counts(self.cache_counters(), before);
            self.inst_caches.insert(self.position, (before, taken));
            return result;
        };
        self.set_cache_counters(first);
        let result = self.op(op);
        // Both versions take the same caches: their code differs in number paths and misses,
        // never in which caches a site has.
        assert_eq!(counts(self.cache_counters(), first), taken, "an instruction took different caches in its two versions");
        self.set_cache_counters(before);
        result
    }

    /// Emits IR block `index` from instruction `from` into the current Cranelift block, in the
    /// version being emitted, with the facts `kinds` at that instruction.
    fn emit_block(&mut self, index: usize, from: usize, kinds: Vec<Kinds>) {
        let function = self.function;
        let block = &function.blocks[index];
        self.kinds = kinds;
        self.object_pointers.clear();
        self.current_handler = block.handler.map(|handler| self.target(handler));
        for (offset, inst) in block.insts[from..].iter().enumerate() {
            self.position = (index, from + offset);
            self.divert = None;
            if self.version == kinds::Mode::Generic {
                if let Some(&entry) = self.diverts.get(&self.position) {
                    // The speculative version comes in here.
                    self.builder.ins().jump(entry, &[]);
                    self.builder.switch_to_block(entry);
                }
            }
            self.builder.set_srcloc(match inst.pos {
                Some(pos) => {
                    self.positions.push(pos);
                    SourceLoc::new(self.positions.len() as u32 - 1)
                }
                None => SourceLoc::default(),
            });
            let unread = inst.dst.is_some_and(|dst| !self.read_locals[dst.index()]);
            if unread && matches!(inst.op, Op::FunctionEnv) {
                continue;
            }
            let blocks_before = self.builder.func.dfg.num_blocks();
            let result = self.op_with_shared_caches(&inst.op);
            if let (Some(dst), Some(value)) = (inst.dst, result) {
                self.write_var(dst, value);
            }
            self.seal_blocks_from(blocks_before);
            if !self.kinds.is_empty() {
                kinds::transfer(&mut self.kinds, inst, self.version);
            }
        }
        self.builder.set_srcloc(SourceLoc::default());
        let terminator = block.terminator.as_ref().expect("verified: every block is terminated");
        match terminator {
            Terminator::Jump(target) => match self.threaded_branch(*target) {
                Some((truthy, then, otherwise)) => {
                    let (then, otherwise) = (self.target(then), self.target(otherwise));
                self.builder.ins().brif(truthy, then, &[], otherwise, &[]);
                }
                None => {
                    let target = self.target(*target);
                    self.builder.ins().jump(target, &[]);
                }
            },
            Terminator::Branch(condition, then, otherwise) => {
                let kinds = self.kinds_of(*condition);
                let value = self.var(*condition);
                let truthy = self.truthy_known(value, kinds);
                let then = self.known_branch_target(*then, value, true);
                let otherwise = self.known_branch_target(*otherwise, value, false);
                let (then, otherwise) = (self.target(then), self.target(otherwise));
                self.builder.ins().brif(truthy, then, &[], otherwise, &[]);
            }
            Terminator::Return(value) => {
                let value = self.var(*value);
                self.set_state(abi::GENERATOR_STATE_DONE, None);
                self.builder.ins().return_(&[value]);
            }
            Terminator::Suspend(value, resume, kind) => {
                let value = self.var(*value);
                let state = self.suspend_points[resume];
                let kind = match kind {
                    ir::SuspendKind::Yield => 0,
                    ir::SuspendKind::Await => 1,
                };
                self.set_state(state, Some(kind));
                self.builder.ins().return_(&[value]);
            }
            Terminator::Throw(value, _) | Terminator::Rethrow(value) => {
                let throw = match terminator {
                    Terminator::Throw(_, pos) => {
                        // The call's return address is the position node prints when the
                        // exception goes uncaught.
                        self.positions.push(*pos);
                        self.builder.set_srcloc(SourceLoc::new(self.positions.len() as u32 - 1));
                        self.globals.runtime.kiln_throw
                    }
                    _ => self.globals.runtime.kiln_rethrow,
                };
                let value = self.var(*value);
                let throw = self.runtime(throw);
                let ctx = self.ctx();
                self.builder.ins().call(throw, &[ctx, value]);
                let target = self.exception_target();
                self.builder.ins().jump(target, &[]);
            }
        }
    }

    /// Seals the blocks made since block number `first` by one instruction's code: every
    /// jump into them is emitted by then, but for its divert block's, which the generic version
    /// enters later. A local read in a sealed block with one predecessor (such as the rest of a
    /// fast path after an inline cache's merge, when its miss leaves for the generic version)
    /// is then the value it had there rather than a new block parameter, so that what was
    /// learnt about the value — an object's checked pointer (`object_pointers`) — holds on,
    /// and Cranelift has fewer parameters to remove.
    fn seal_blocks_from(&mut self, first: usize) {
        for index in first..self.builder.func.dfg.num_blocks() {
            let block = Block::from_u32(index as u32);
            if Some(block) != self.divert {
                self.builder.seal_block(block);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    /// The local and targets of `block` when it is nothing but a branch (what `a && b` and
    /// `a || b` in a condition lower to: the joined value is tested again right away).
    fn pure_branch(&self, block: ir::BlockId) -> Option<(ir::Var, ir::BlockId, ir::BlockId)> {
        let block = &self.function.blocks[block.index()];
        match (&block.terminator, block.insts.is_empty()) {
            (Some(Terminator::Branch(condition, then, otherwise)), true) => Some((*condition, *then, *otherwise)),
            _ => None,
        }
    }

    /// For a jump to a block that only branches on a local whose truth is a condition at hand
    /// (a comparison made in this block, or a boolean or number local): that condition and the
    /// branch's targets, so the branch is made here instead of once more after the jump.
    fn threaded_branch(&mut self, target: ir::BlockId) -> Option<(Value, ir::BlockId, ir::BlockId)> {
        let (condition, then, otherwise) = self.pure_branch(target)?;
        let kinds = self.kinds_of(condition);
        let value = self.var(condition);
        if !self.bool_of.contains_key(&value) && !kinds.is_boolean() && !kinds.is_number() {
            return None;
        }
        let truthy = self.truthy_known(value, kinds);
        Some((truthy, then, otherwise))
    }

    /// Where a branch on `value` goes when it is `truth` and its target is `target`: past
    /// `target` when that block only branches again on a local that holds this same value.
    fn known_branch_target(&mut self, target: ir::BlockId, value: Value, truth: bool) -> ir::BlockId {
        let Some((condition, then, otherwise)) = self.pure_branch(target) else { return target };
        if self.var(condition) != value {
            return target;
        }
        if truth {
            then
        } else {
            otherwise
        }
    }

    fn ctx(&self) -> Value {
        self.ctx.expect("set at entry")
    }

    fn var(&mut self, var: ir::Var) -> Value {
        if self.block_local.get(var.index()) == Some(&true) {
            // Written earlier in this block (kinds::block_local_vars).
            return match self.local_values[var.index()] {
                Some(value) => value,
                None => self.iconst(abi::UNDEFINED),
            };
        }
        match self.frame {
            None => self.builder.use_var(self.vars[var.index()]),
            Some(frame) => self.load(frame, abi::generator_frame_offset::SLOTS + var.0 as i32 * 8),
        }
    }

    fn write_var(&mut self, var: ir::Var, value: Value) {
        if self.block_local.get(var.index()) == Some(&true) {
            self.local_values[var.index()] = Some(value);
            return;
        }
        match self.frame {
            None => self.builder.def_var(self.vars[var.index()], value),
            Some(frame) => {
                let offset = abi::generator_frame_offset::SLOTS + var.0 as i32 * 8;
                self.builder.ins().store(MemFlagsData::trusted(), value, frame, offset);
            }
        }
    }

    /// In a resume function, records where the frame stands (and why it suspended).
    fn set_state(&mut self, state: u64, suspend_kind: Option<u64>) {
        let Some(frame) = self.frame else { return };
        let state = self.iconst(state);
        self.builder.ins().store(MemFlagsData::trusted(), state, frame, abi::generator_frame_offset::STATE);
        if let Some(kind) = suspend_kind {
            let kind = self.iconst(kind);
            self.builder.ins().store(MemFlagsData::trusted(), kind, frame, abi::generator_frame_offset::SUSPEND_KIND);
        }
    }

    fn iconst(&mut self, bits: u64) -> Value {
        self.builder.ins().iconst(types::I64, bits as i64)
    }

    fn runtime(&mut self, id: cranelift_module::FuncId) -> FuncRef {
        if let Some(r) = self.func_refs.get(&id) {
            return *r;
        }
        let r = self.object.declare_func_in_func(id, self.builder.func);
        self.func_refs.insert(id, r);
        r
    }

    fn call(&mut self, id: cranelift_module::FuncId, args: &[Value]) -> Value {
        let f = self.runtime(id);
        let inst = self.builder.ins().call(f, args);
        self.builder.inst_results(inst).first().copied().unwrap_or_else(|| self.builder.ins().iconst(types::I64, 0))
    }

    fn exception_target(&self) -> Block {
        self.current_handler.or(self.exception_return).expect("set at entry")
    }

    /// Branches to the handler when `value` is the EXCEPTION sentinel.
    fn check_exception(&mut self, value: Value) {
        let is_exception = self.builder.ins().icmp_imm_u(IntCC::Equal, value, abi::EXCEPTION as i64);
        let next = self.builder.create_block();
        let target = self.exception_target();
        self.builder.ins().brif(is_exception, target, &[], next, &[]);
        // The rest of a slow path stays with it, away from the fast paths it rejoins.
        if self.builder.current_block().is_some_and(|block| self.builder.func.layout.is_cold(block)) {
            self.builder.set_cold_block(next);
        }
        self.builder.switch_to_block(next);
    }

    /// A call that may throw.
    fn call_checked(&mut self, id: cranelift_module::FuncId, args: &[Value]) -> Value {
        let result = self.call(id, args);
        self.check_exception(result);
        result
    }

    /// Calls a runtime function that always throws, then goes to the handler.
    fn call_throwing(&mut self, id: cranelift_module::FuncId, args: &[Value]) {
        self.call(id, args);
        let target = self.exception_target();
        self.builder.ins().jump(target, &[]);
        let dead = self.builder.create_block();
        self.builder.switch_to_block(dead);
    }

    fn string_constant(&mut self, index: u32) -> Value {
        let gv = self.object.declare_data_in_func(self.globals.string_values, self.builder.func);
        let base = self.builder.ins().symbol_value(types::I64, gv);
        self.builder.ins().load(types::I64, MemFlagsData::trusted(), base, (index * 8) as i32)
    }

    fn str_id(&mut self, id: ir::StrId) -> Value {
        self.string_constant(id.0)
    }

    fn bool_value(&mut self, condition: Value) -> Value {
        let t = self.iconst(abi::TRUE);
        let f = self.iconst(abi::FALSE);
        let value = self.builder.ins().select(condition, t, f);
        self.bool_of.insert(value, condition);
        value
    }

    fn is_number(&mut self, value: Value) -> Value {
        self.builder.ins().icmp_imm_u(IntCC::UnsignedLessThan, value, FIRST_TAGGED)
    }

    fn both_numbers(&mut self, a: Value, b: Value) -> Value {
        // Numbers are exactly the patterns below FIRST_TAGGED: so is the larger of the two.
        let larger = self.builder.ins().umax(a, b);
        self.is_number(larger)
    }

    fn to_f64(&mut self, value: Value) -> Value {
        if let Some(float) = self.f64_of.get(&value) {
            return *float;
        }
        self.builder.ins().bitcast(types::F64, MemFlagsData::new(), value)
    }

    fn from_f64(&mut self, value: Value) -> Value {
        let boxed = self.builder.ins().bitcast(types::I64, MemFlagsData::new(), value);
        self.f64_of.insert(boxed, value);
        boxed
    }

    /// What the type facts say of a local here.
    fn kinds_of(&self, var: ir::Var) -> Kinds {
        self.kinds.get(var.index()).copied().unwrap_or(Kinds::ANY)
    }

    /// The condition under which both values are numbers, or `None` when the facts say they
    /// are.
    fn numbers_condition(&mut self, a: Value, b: Value, kinds: (Kinds, Kinds)) -> Option<Value> {
        match (kinds.0.is_number(), kinds.1.is_number()) {
            (true, true) => None,
            (true, false) => Some(self.is_number(b)),
            (false, true) => Some(self.is_number(a)),
            (false, false) => Some(self.both_numbers(a, b)),
        }
    }

    /// `fast_or_slow_checked` under a condition that may be known to hold (`None`): then only
    /// the fast side is emitted.
    fn guarded_checked(
        &mut self,
        condition: Option<Value>,
        fast: impl FnOnce(&mut Self) -> Value,
        slow: impl FnOnce(&mut Self) -> Value,
    ) -> Value {
        match condition {
            None => fast(self),
            Some(condition) => self.fast_or_slow_checked(condition, fast, slow),
        }
    }

    /// ToBoolean as an `i8` of a value with known kinds.
    fn truthy_known(&mut self, value: Value, kinds: Kinds) -> Value {
        if let Some(condition) = self.bool_of.get(&value) {
            return *condition;
        }
        if kinds.is_boolean() {
            return self.builder.ins().icmp_imm_u(IntCC::Equal, value, abi::TRUE as i64);
        }
        if kinds.is_number() {
            let f = self.to_f64(value);
            let zero = self.builder.ins().f64const(0.0);
            return self.builder.ins().fcmp(FloatCC::OrderedNotEqual, f, zero);
        }
        self.truthy(value)
    }

    /// Emits `if fast_condition { fast() } else { slow() }` and returns the merged value.
    ///
    /// When the fast side's value was made from an `f64` (`from_f64`), the merge also takes
    /// that `f64` (the slow side passes its value's bits as one), so that arithmetic on the
    /// result keeps working in float registers: whenever the merged value is a number, the
    /// merged `f64` is it.
    fn fast_or_slow(
        &mut self,
        fast_condition: Value,
        fast: impl FnOnce(&mut Self) -> Value,
        slow: impl FnOnce(&mut Self) -> Value,
    ) -> Value {
        let fast_block = self.builder.create_block();
        let slow_block = self.builder.create_block();
        let merge = self.builder.create_block();
        let result = self.builder.append_block_param(merge, types::I64);
        self.builder.ins().brif(fast_condition, fast_block, &[], slow_block, &[]);
        self.builder.switch_to_block(fast_block);
        let value = fast(self);
        let float = self.f64_of.get(&value).copied();
        let float_result = float.map(|_| self.builder.append_block_param(merge, types::F64));
        match float {
            Some(float) => self.builder.ins().jump(merge, &[value.into(), float.into()]),
            None => self.builder.ins().jump(merge, &[value.into()]),
        };
        self.builder.switch_to_block(slow_block);
        self.builder.set_cold_block(slow_block);
        let value = slow(self);
        if float_result.is_some() {
            let bits = self.builder.ins().bitcast(types::F64, MemFlagsData::new(), value);
            self.builder.ins().jump(merge, &[value.into(), bits.into()]);
        } else {
            self.builder.ins().jump(merge, &[value.into()]);
        }
        self.builder.switch_to_block(merge);
        if let Some(float_result) = float_result {
            self.f64_of.insert(result, float_result);
        }
        result
    }

    /// `fast_or_slow` where only the slow side may throw: its result is checked for the
    /// EXCEPTION sentinel before the merge, so the fast side pays no check.
    fn fast_or_slow_checked(
        &mut self,
        fast_condition: Value,
        fast: impl FnOnce(&mut Self) -> Value,
        slow: impl FnOnce(&mut Self) -> Value,
    ) -> Value {
        self.fast_or_slow(fast_condition, fast, |this| {
            let value = slow(this);
            this.check_exception(value);
            value
        })
    }

    /// ToBoolean as an `i8`: booleans and numbers inline, the rest in the runtime.
    fn truthy(&mut self, value: Value) -> Value {
        let is_true = self.builder.ins().icmp_imm_u(IntCC::Equal, value, abi::TRUE as i64);
        let is_false = self.builder.ins().icmp_imm_u(IntCC::Equal, value, abi::FALSE as i64);
        let is_bool = self.builder.ins().bor(is_true, is_false);
        let bool_block = self.builder.create_block();
        let other_block = self.builder.create_block();
        let number_block = self.builder.create_block();
        let slow_block = self.builder.create_block();
        let merge = self.builder.create_block();
        let result = self.builder.append_block_param(merge, types::I8);
        self.builder.ins().brif(is_bool, bool_block, &[], other_block, &[]);
        self.builder.switch_to_block(bool_block);
        self.builder.ins().jump(merge, &[is_true.into()]);
        self.builder.switch_to_block(other_block);
        let number = self.is_number(value);
        self.builder.ins().brif(number, number_block, &[], slow_block, &[]);
        self.builder.switch_to_block(number_block);
        let f = self.to_f64(value);
        let zero = self.builder.ins().f64const(0.0);
        let nonzero = self.builder.ins().fcmp(FloatCC::OrderedNotEqual, f, zero);
        self.builder.ins().jump(merge, &[nonzero.into()]);
        self.builder.switch_to_block(slow_block);
        self.builder.set_cold_block(slow_block);
        let truthy = self.call(self.globals.runtime.kiln_value_truthy, &[value]);
        self.builder.ins().jump(merge, &[truthy.into()]);
        self.builder.switch_to_block(merge);
        result
    }

    /// Stores values into a new stack slot and returns its address (null when empty).
    fn value_array(&mut self, values: &[Value]) -> Value {
        if values.is_empty() {
            return self.builder.ins().iconst(types::I64, 0);
        }
        let slot = self.builder.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (values.len() * 8) as u32,
            3,
        ));
        for (index, value) in values.iter().enumerate() {
            self.builder.ins().stack_store(types::I64, *value, slot, (index * 8) as i32);
        }
        self.builder.ins().stack_addr(types::I64, slot, 0)
    }

    /// Zeroes an argument array after its call returned: the collector scans stack frames
    /// conservatively, and a long-running frame (a module's top level) would otherwise keep
    /// every object it ever passed as an argument alive.
    fn clear_value_array(&mut self, array: Value, count: usize) {
        if count == 0 {
            return;
        }
        let zero = self.builder.ins().iconst(types::I64, 0);
        for index in 0..count {
            self.builder.ins().store(MemFlagsData::trusted(), zero, array, (index * 8) as i32);
        }
    }

    /// ToInt32 of a number inline when it is integral and in i64 range; `None` path calls out.
    fn int32_fast(&mut self, a: Value, b: Value, op: BinaryOp, kinds: (Kinds, Kinds)) -> Value {
        let both = self.numbers_condition(a, b, kinds);
        let slow_fn = match op {
            BinaryOp::Shl => self.globals.runtime.kiln_op_shl_js,
            BinaryOp::Sar => self.globals.runtime.kiln_op_sar_js,
            BinaryOp::Shr => self.globals.runtime.kiln_op_shr_js,
            BinaryOp::BitAnd => self.globals.runtime.kiln_op_bitand_js,
            BinaryOp::BitOr => self.globals.runtime.kiln_op_bitor_js,
            _ => self.globals.runtime.kiln_op_bitxor_js,
        };
        let integral_block = self.builder.create_block();
        let fast_block = self.builder.create_block();
        let slow_block = self.builder.create_block();
        let merge = self.builder.create_block();
        let result = self.builder.append_block_param(merge, types::I64);
        match both {
            Some(both) => {
                self.builder.ins().brif(both, integral_block, &[], slow_block, &[]);
            }
            None => {
                self.builder.ins().jump(integral_block, &[]);
            }
        }
        self.builder.switch_to_block(integral_block);
        let fa = self.to_f64(a);
        let fb = self.to_f64(b);
        let ia = self.builder.ins().fcvt_to_sint_sat(types::I64, fa);
        let ib = self.builder.ins().fcvt_to_sint_sat(types::I64, fb);
        let ra = self.builder.ins().fcvt_from_sint(types::F64, ia);
        let rb = self.builder.ins().fcvt_from_sint(types::F64, ib);
        let ea = self.builder.ins().fcmp(FloatCC::Equal, ra, fa);
        let eb = self.builder.ins().fcmp(FloatCC::Equal, rb, fb);
        // Saturation at the i64 bounds would be wrong modulo 2^32; those magnitudes go slow.
        let limit = self.builder.ins().iconst(types::I64, 1 << 53);
        let na = self.builder.ins().iabs(ia);
        let nb = self.builder.ins().iabs(ib);
        let sa = self.builder.ins().icmp(IntCC::SignedLessThan, na, limit);
        let sb = self.builder.ins().icmp(IntCC::SignedLessThan, nb, limit);
        let e = self.builder.ins().band(ea, eb);
        let s = self.builder.ins().band(sa, sb);
        let ok = self.builder.ins().band(e, s);
        self.builder.ins().brif(ok, fast_block, &[], slow_block, &[]);
        self.builder.switch_to_block(fast_block);
        let x = self.builder.ins().ireduce(types::I32, ia);
        let y = self.builder.ins().ireduce(types::I32, ib);
        let value = match op {
            BinaryOp::Shl => {
                let r = self.builder.ins().ishl(x, y);
                self.builder.ins().fcvt_from_sint(types::F64, r)
            }
            BinaryOp::Sar => {
                let r = self.builder.ins().sshr(x, y);
                self.builder.ins().fcvt_from_sint(types::F64, r)
            }
            BinaryOp::Shr => {
                let r = self.builder.ins().ushr(x, y);
                self.builder.ins().fcvt_from_uint(types::F64, r)
            }
            BinaryOp::BitAnd => {
                let r = self.builder.ins().band(x, y);
                self.builder.ins().fcvt_from_sint(types::F64, r)
            }
            BinaryOp::BitOr => {
                let r = self.builder.ins().bor(x, y);
                self.builder.ins().fcvt_from_sint(types::F64, r)
            }
            _ => {
                let r = self.builder.ins().bxor(x, y);
                self.builder.ins().fcvt_from_sint(types::F64, r)
            }
        };
        let value = self.from_f64(value);
        self.builder.ins().jump(merge, &[value.into()]);
        self.builder.switch_to_block(slow_block);
        self.builder.set_cold_block(slow_block);
        let ctx = self.ctx();
        let value = self.call(slow_fn, &[ctx, a, b]);
        self.check_exception(value);
        self.builder.ins().jump(merge, &[value.into()]);
        self.builder.switch_to_block(merge);
        result
    }

    /// A comparison merged as an `i8`: when `both` (the operands are numbers) the float compare
    /// `cc`, else what the caller emits in the slow block the builder is left in (it ends by
    /// jumping to the returned merge block with an `i8`; `condition` is the merged one).
    fn compare_numbers_or(&mut self, both: Value, a: Value, b: Value, cc: FloatCC, cold: bool) -> (Block, Value) {
        let fast_block = self.builder.create_block();
        let slow_block = self.builder.create_block();
        let merge = self.builder.create_block();
        let condition = self.builder.append_block_param(merge, types::I8);
        self.builder.ins().brif(both, fast_block, &[], slow_block, &[]);
        self.builder.switch_to_block(fast_block);
        let x = self.to_f64(a);
        let y = self.to_f64(b);
        let c = self.builder.ins().fcmp(cc, x, y);
        self.builder.ins().jump(merge, &[c.into()]);
        self.builder.switch_to_block(slow_block);
        if cold {
            self.builder.set_cold_block(slow_block);
        }
        (merge, condition)
    }

    /// The bits of `value` when it is the constant null, undefined, true or false (values
    /// equal only to themselves, strictly).
    fn singleton_constant(&self, value: Value) -> Option<u64> {
        use cranelift_codegen::ir::{InstructionData, Opcode, ValueDef};
        let ValueDef::Result(inst, _) = self.builder.func.dfg.value_def(value) else { return None };
        let InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } = self.builder.func.dfg.insts[inst] else { return None };
        let bits = imm.bits() as u64;
        [abi::NULL, abi::UNDEFINED, abi::TRUE, abi::FALSE].contains(&bits).then_some(bits)
    }

    fn binary(&mut self, op: BinaryOp, a: Value, b: Value, kinds: (Kinds, Kinds)) -> Value {
        let rt = &self.globals.runtime;
        let ctx = self.ctx();
        let arithmetic = match op {
            BinaryOp::Add => Some(rt.kiln_op_add_js),
            BinaryOp::Sub => Some(rt.kiln_op_sub_js),
            BinaryOp::Mul => Some(rt.kiln_op_mul_js),
            BinaryOp::Div => Some(rt.kiln_op_div_js),
            _ => None,
        };
        if let Some(slow_fn) = arithmetic {
            let both = self.numbers_condition(a, b, kinds);
            let result = self.guarded_checked(
                both,
                |this| {
                    let x = this.to_f64(a);
                    let y = this.to_f64(b);
                    let r = match op {
                        BinaryOp::Add => this.builder.ins().fadd(x, y),
                        BinaryOp::Sub => this.builder.ins().fsub(x, y),
                        BinaryOp::Mul => this.builder.ins().fmul(x, y),
                        _ => this.builder.ins().fdiv(x, y),
                    };
                    this.from_f64(r)
                },
                |this| this.call(slow_fn, &[ctx, a, b]),
            );
            return result;
        }
        // Against null, undefined or a boolean constant, equality is a compare of the bits
        // (`x == null` also holds for undefined).
        let constant = self.singleton_constant(a).or(self.singleton_constant(b));
        if let Some(constant) = constant {
            let other = if self.singleton_constant(a).is_some() { b } else { a };
            let condition = match op {
                BinaryOp::StrictEq | BinaryOp::StrictNe => Some(self.builder.ins().icmp_imm_u(IntCC::Equal, other, constant as i64)),
                BinaryOp::LooseEq | BinaryOp::LooseNe if constant == abi::NULL || constant == abi::UNDEFINED => {
                    let is_null = self.builder.ins().icmp_imm_u(IntCC::Equal, other, abi::NULL as i64);
                    let is_undefined = self.builder.ins().icmp_imm_u(IntCC::Equal, other, abi::UNDEFINED as i64);
                    Some(self.builder.ins().bor(is_null, is_undefined))
                }
                _ => None,
            };
            if let Some(condition) = condition {
                let condition = if matches!(op, BinaryOp::StrictNe | BinaryOp::LooseNe) {
                    self.builder.ins().bxor_imm_u(condition, 1)
                } else {
                    condition
                };
                return self.bool_value(condition);
            }
        }
        let comparison = match op {
            BinaryOp::Lt => Some((FloatCC::LessThan, rt.kiln_op_lt_js)),
            BinaryOp::Le => Some((FloatCC::LessThanOrEqual, rt.kiln_op_le_js)),
            BinaryOp::Gt => Some((FloatCC::GreaterThan, rt.kiln_op_gt_js)),
            BinaryOp::Ge => Some((FloatCC::GreaterThanOrEqual, rt.kiln_op_ge_js)),
            BinaryOp::LooseEq | BinaryOp::LooseNe => Some((FloatCC::Equal, rt.kiln_op_loose_eq_js)),
            _ => None,
        };
        if let Some((cc, slow_fn)) = comparison {
            let both = self.numbers_condition(a, b, kinds);
            if both.is_none() {
                let x = self.to_f64(a);
                let y = self.to_f64(b);
                let cc = if op == BinaryOp::LooseNe { FloatCC::NotEqual } else { cc };
                let c = self.builder.ins().fcmp(cc, x, y);
                return self.bool_value(c);
            }
            // The condition is merged as an `i8` (the runtime's boolean turned into one), so a
            // branch on the result tests it directly instead of a boxed boolean.
            let both = both.expect("handled above");
            let (merge, condition) = self.compare_numbers_or(both, a, b, cc, true);
            let value = self.call(slow_fn, &[ctx, a, b]);
            self.check_exception(value);
            let c = self.builder.ins().icmp_imm_u(IntCC::Equal, value, abi::TRUE as i64);
            self.builder.ins().jump(merge, &[c.into()]);
            self.builder.switch_to_block(merge);
            let condition = if op == BinaryOp::LooseNe { self.builder.ins().bxor_imm_u(condition, 1) } else { condition };
            return self.bool_value(condition);
        }
        match op {
            BinaryOp::StrictEq | BinaryOp::StrictNe => {
                let strict_eq = rt.kiln_op_strict_eq;
                if kinds.0.is_number() && kinds.1.is_number() {
                    let x = self.to_f64(a);
                    let y = self.to_f64(b);
                    let cc = if op == BinaryOp::StrictNe { FloatCC::NotEqual } else { FloatCC::Equal };
                    let c = self.builder.ins().fcmp(cc, x, y);
                    return self.bool_value(c);
                }
                let both = self.both_numbers(a, b);
                let (merge, condition) = self.compare_numbers_or(both, a, b, FloatCC::Equal, false);
                // Identical bits of non-numbers are equal; strings need a look.
                let same = self.builder.ins().icmp(IntCC::Equal, a, b);
                let tags_block = self.builder.create_block();
                self.builder.ins().brif(same, merge, &[same.into()], tags_block, &[]);
                // Different bits are equal only for two strings or two BigInts (numbers took
                // the fast side): then the runtime compares their contents.
                self.builder.switch_to_block(tags_block);
                let tag_a = self.builder.ins().ushr_imm_u(a, abi::TAG_SHIFT as i64);
                let tag_b = self.builder.ins().ushr_imm_u(b, abi::TAG_SHIFT as i64);
                let same_tag = self.builder.ins().icmp(IntCC::Equal, tag_a, tag_b);
                let is_string = self.builder.ins().icmp_imm_u(IntCC::Equal, tag_a, abi::TAG_STRING as i64);
                let is_bigint = self.builder.ins().icmp_imm_u(IntCC::Equal, tag_a, abi::TAG_BIGINT as i64);
                let content = self.builder.ins().bor(is_string, is_bigint);
                let look = self.builder.ins().band(same_tag, content);
                let look_block = self.builder.create_block();
                let unequal = self.builder.ins().iconst(types::I8, 0);
                self.builder.ins().brif(look, look_block, &[], merge, &[unequal.into()]);
                self.builder.switch_to_block(look_block);
                // Two strings of different lengths, or two different atoms, differ.
                let call_block = self.builder.create_block();
                let strings_block = self.builder.create_block();
                self.builder.ins().brif(is_string, strings_block, &[], call_block, &[]);
                self.builder.switch_to_block(strings_block);
                let differ = self.strings_differ(a, b);
                self.builder.ins().brif(differ, merge, &[unequal.into()], call_block, &[]);
                self.builder.switch_to_block(call_block);
                let r = self.call(strict_eq, &[a, b]);
                let r = self.builder.ins().icmp_imm_u(IntCC::NotEqual, r, 0);
                self.builder.ins().jump(merge, &[r.into()]);
                self.builder.switch_to_block(merge);
                let condition = if op == BinaryOp::StrictNe { self.builder.ins().bxor_imm_u(condition, 1) } else { condition };
                self.bool_value(condition)
            }
            BinaryOp::Shl | BinaryOp::Sar | BinaryOp::Shr | BinaryOp::BitAnd | BinaryOp::BitOr | BinaryOp::BitXor => {
                self.int32_fast(a, b, op, kinds)
            }
            BinaryOp::Rem => self.remainder(a, b, kinds),
            BinaryOp::Exp => self.call_checked(rt.kiln_op_exp_js, &[ctx, a, b]),
            BinaryOp::InstanceOf => self.instance_of(a, b),
            BinaryOp::In => self.call_checked(rt.kiln_op_in_js, &[ctx, a, b]),
            _ => unreachable!("handled above"),
        }
    }

    /// `a % b`: for numbers that are integers below 2^63 with `a >= 0` and `b > 0` (whose
    /// remainder is the integer one, never -0, and exactly a double, as every `fmod` result
    /// is), a 64-bit integer remainder; the rest in the runtime.
    fn remainder(&mut self, a: Value, b: Value, kinds: (Kinds, Kinds)) -> Value {
        let slow_fn = self.globals.runtime.kiln_op_rem_js;
        let integer_block = self.builder.create_block();
        let fast_block = self.builder.create_block();
        let slow_block = self.builder.create_block();
        let merge = self.builder.create_block();
        let result = self.builder.append_block_param(merge, types::I64);
        match self.numbers_condition(a, b, kinds) {
            Some(both) => {
                self.builder.ins().brif(both, integer_block, &[], slow_block, &[]);
            }
            None => {
                self.builder.ins().jump(integer_block, &[]);
            }
        }
        self.builder.switch_to_block(integer_block);
        let fa = self.to_f64(a);
        let fb = self.to_f64(b);
        let ia = self.builder.ins().fcvt_to_sint_sat(types::I64, fa);
        let ib = self.builder.ins().fcvt_to_sint_sat(types::I64, fb);
        let ra = self.builder.ins().fcvt_from_sint(types::F64, ia);
        let rb = self.builder.ins().fcvt_from_sint(types::F64, ib);
        let ea = self.builder.ins().fcmp(FloatCC::Equal, ra, fa);
        let eb = self.builder.ins().fcmp(FloatCC::Equal, rb, fb);
        // i64::MAX saturates and converts back to 2^63 itself, so the values must stay below
        // it (NaN fails the compare too).
        let limit = self.builder.ins().f64const(9.2e18);
        let a_small = self.builder.ins().fcmp(FloatCC::LessThan, fa, limit);
        let b_small = self.builder.ins().fcmp(FloatCC::LessThan, fb, limit);
        // `fcvt_to_sint_sat` gives 0 for -0, which compares equal: -0 % b is -0, so a must be
        // above zero or +0 (whose bits are zero).
        let a_non_negative = self.builder.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, a, 0);
        let b_positive = self.builder.ins().icmp_imm_s(IntCC::SignedGreaterThan, ib, 0);
        let integral = self.builder.ins().band(ea, eb);
        let small = self.builder.ins().band(a_small, b_small);
        let integral = self.builder.ins().band(integral, small);
        let signs = self.builder.ins().band(a_non_negative, b_positive);
        let ok = self.builder.ins().band(integral, signs);
        self.builder.ins().brif(ok, fast_block, &[], slow_block, &[]);
        self.builder.switch_to_block(fast_block);
        let r = self.builder.ins().urem(ia, ib);
        let r = self.builder.ins().fcvt_from_sint(types::F64, r);
        let value = self.from_f64(r);
        self.builder.ins().jump(merge, &[value.into()]);
        self.builder.switch_to_block(slow_block);
        self.builder.set_cold_block(slow_block);
        let ctx = self.ctx();
        let value = self.call(slow_fn, &[ctx, a, b]);
        self.check_exception(value);
        self.builder.ins().jump(merge, &[value.into()]);
        self.builder.switch_to_block(merge);
        result
    }

    /// A unary operator of a value known to be a number, when it has an inline form.
    fn unary_number(&mut self, op: UnaryOp, a: Value) -> Option<Value> {
        let x = self.to_f64(a);
        let r = match op {
            UnaryOp::ToNumber | UnaryOp::ToNumeric => return Some(a),
            UnaryOp::Neg => self.builder.ins().fneg(x),
            UnaryOp::Increment => {
                let one = self.builder.ins().f64const(1.0);
                self.builder.ins().fadd(x, one)
            }
            UnaryOp::Decrement => {
                let one = self.builder.ins().f64const(1.0);
                self.builder.ins().fsub(x, one)
            }
            UnaryOp::Not => {
                let zero = self.builder.ins().f64const(0.0);
                // NaN and zeros are falsy: `!x` is "not (x != 0)", unordered included.
                let truthy = self.builder.ins().fcmp(FloatCC::OrderedNotEqual, x, zero);
                let falsy = self.builder.ins().bxor_imm_u(truthy, 1);
                return Some(self.bool_value(falsy));
            }
            _ => return None,
        };
        Some(self.from_f64(r))
    }

    fn unary(&mut self, op: UnaryOp, a: Value) -> Value {
        let rt = &self.globals.runtime;
        let ctx = self.ctx();
        match op {
            UnaryOp::Neg => {
                let slow_fn = rt.kiln_op_neg_js;
                let number = self.is_number(a);
                let r = self.fast_or_slow_checked(
                    number,
                    |this| {
                        let x = this.to_f64(a);
                        let n = this.builder.ins().fneg(x);
                        this.from_f64(n)
                    },
                    |this| this.call(slow_fn, &[ctx, a]),
                );
                r
            }
            UnaryOp::Increment | UnaryOp::Decrement => {
                let slow_fn = if op == UnaryOp::Increment { rt.kiln_op_inc_js } else { rt.kiln_op_dec_js };
                let delta = if op == UnaryOp::Increment { 1.0 } else { -1.0 };
                let number = self.is_number(a);
                let r = self.fast_or_slow_checked(
                    number,
                    |this| {
                        let x = this.to_f64(a);
                        let one = this.builder.ins().f64const(delta);
                        let n = this.builder.ins().fadd(x, one);
                        this.from_f64(n)
                    },
                    |this| this.call(slow_fn, &[ctx, a]),
                );
                r
            }
            UnaryOp::ToNumber | UnaryOp::ToNumeric => {
                let slow_fn = if op == UnaryOp::ToNumber { rt.kiln_value_to_number_js } else { rt.kiln_value_to_numeric_js };
                let number = self.is_number(a);
                let r = self.fast_or_slow_checked(number, |_| a, |this| this.call(slow_fn, &[ctx, a]));
                r
            }
            UnaryOp::ToString => {
                let slow_fn = rt.kiln_value_to_string_js;
                let tag = self.builder.ins().ushr_imm_u(a, abi::TAG_SHIFT as i64);
                let is_string = self.builder.ins().icmp_imm_u(IntCC::Equal, tag, abi::TAG_STRING as i64);
                let r = self.fast_or_slow_checked(is_string, |_| a, |this| this.call(slow_fn, &[ctx, a]));
                r
            }
            UnaryOp::BitNot => self.call_checked(rt.kiln_op_bitnot_js, &[ctx, a]),
            UnaryOp::Not => {
                let t = self.truthy(a);
                let f = self.iconst(abi::FALSE);
                let tr = self.iconst(abi::TRUE);
                self.builder.ins().select(t, f, tr)
            }
            UnaryOp::TypeOf => self.call(rt.kiln_op_typeof, &[ctx, a]),
            UnaryOp::ToPropertyKey => self.call_checked(rt.kiln_value_to_property_key_js, &[ctx, a]),
            UnaryOp::IsHole => {
                let c = self.builder.ins().icmp_imm_u(IntCC::Equal, a, abi::HOLE as i64);
                self.bool_value(c)
            }
        }
    }

    fn param(&mut self, index: u32) -> Value {
        let argc = self.argc.expect("set at entry");
        let argv = self.argv.expect("set at entry");
        let present = self.builder.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, argc, index as i64);
        let load_block = self.builder.create_block();
        let merge = self.builder.create_block();
        let result = self.builder.append_block_param(merge, types::I64);
        let undefined = self.iconst(abi::UNDEFINED);
        self.builder.ins().brif(present, load_block, &[], merge, &[undefined.into()]);
        self.builder.switch_to_block(load_block);
        let value = self.builder.ins().load(types::I64, MemFlagsData::trusted(), argv, (index * 8) as i32);
        self.builder.ins().jump(merge, &[value.into()]);
        self.builder.switch_to_block(merge);
        result
    }

    /// The raw object pointer of `value` when it is an object (the other branch gets nothing).
    /// The object pointer of `value` for an access whose miss side (`not_object` included)
    /// leaves for the generic version in the speculative one: there the check is made once per
    /// value and block.
    fn object_pointer(&mut self, value: Value, not_object: Block) -> Value {
        if self.version != kinds::Mode::Speculative {
            return self.branch_if_object(value, not_object);
        }
        if let Some(pointer) = self.object_pointers.get(&value) {
            return *pointer;
        }
        let pointer = self.branch_if_object(value, not_object);
        self.object_pointers.insert(value, pointer);
        pointer
    }

    fn branch_if_object(&mut self, value: Value, not_object: Block) -> Value {
        let is_object = self.has_tag(value, abi::TAG_OBJECT);
        let object_block = self.builder.create_block();
        self.builder.ins().brif(is_object, object_block, &[], not_object, &[]);
        self.builder.switch_to_block(object_block);
        self.builder.ins().band_imm_u(value, abi::PAYLOAD_MASK as i64)
    }

    fn load(&mut self, base: Value, offset: i32) -> Value {
        self.builder.ins().load(types::I64, MemFlagsData::trusted(), base, offset)
    }

    fn cache_address(&mut self, data: cranelift_module::DataId, index: u32, size: u32) -> Value {
        let gv = self.object.declare_data_in_func(data, self.builder.func);
        let base = self.builder.ins().symbol_value(types::I64, gv);
        self.builder.ins().iadd_imm_s(base, (index * size) as i64)
    }

    /// `count` consecutive read caches (`kiln_abi::get_cache_offset::SIZE` bytes each) for one
    /// site: the address of the first.
    fn take_read_caches(&mut self, count: u32) -> Value {
        let index = self.globals.get_cache_count;
        self.globals.get_cache_count += count;
        self.cache_address(self.globals.get_caches, index, abi::get_cache_offset::SIZE)
    }

    /// A write cache (`kiln_abi::set_cache_offset::SIZE` bytes) for one site: its address.
    fn take_write_cache(&mut self) -> Value {
        let index = self.globals.set_cache_count;
        self.globals.set_cache_count += 1;
        self.cache_address(self.globals.set_caches, index, abi::set_cache_offset::SIZE)
    }

    /// Probes the (key, shape, slot) entries at `entries` (`kiln_abi::keyed_cache_offset`) for
    /// the object at raw `pointer`, while the runtime still records them (the `u64` counter at
    /// `records` below `keyed_cache_offset::MAX_RECORDS`): when an entry holds `key`'s bits and
    /// the object's shape, continues (in a new current block) with the address of the
    /// property's slot; anything else goes to `slow`.
    fn keyed_slot_address(&mut self, pointer: Value, key: Value, entries: Value, records: Value, slow: Block) -> Value {
        use abi::keyed_cache_offset as c;
        let made = self.load(records, 0);
        let recording = self.builder.ins().icmp_imm_u(IntCC::UnsignedLessThan, made, c::MAX_RECORDS as i64);
        let probe = self.builder.create_block();
        self.builder.set_cold_block(probe);
        self.builder.ins().brif(recording, probe, &[], slow, &[]);
        self.builder.switch_to_block(probe);
        let shape = self.load(pointer, abi::object_offset::SHAPE);
        let found = self.builder.create_block();
        let offset = self.builder.append_block_param(found, types::I64);
        self.builder.set_cold_block(found);
        for index in 0..c::ENTRIES {
            let entry = self.builder.ins().iadd_imm_s(entries, i64::from(index * c::ENTRY_SIZE));
            let recorded_key = self.load(entry, c::KEY);
            let recorded_shape = self.load(entry, c::SHAPE);
            let same_key = self.builder.ins().icmp(IntCC::Equal, key, recorded_key);
            let same_shape = self.builder.ins().icmp(IntCC::Equal, shape, recorded_shape);
            let hit = self.builder.ins().band(same_key, same_shape);
            let slot_offset = self.load(entry, c::SLOT_OFFSET);
            let next = self.builder.create_block();
            self.builder.set_cold_block(next);
            self.builder.ins().brif(hit, found, &[slot_offset.into()], next, &[]);
            self.builder.switch_to_block(next);
        }
        self.builder.ins().jump(slow, &[]);
        self.builder.switch_to_block(found);
        let slots = self.load(pointer, abi::object_offset::SLOTS);
        self.builder.ins().iadd(slots, offset)
    }

    /// `object.key` through a read inline cache: the entries are probed in order; an own entry
    /// needs the receiver's shape, an inherited one also its prototype and the current
    /// prototype epoch (`kiln_abi::get_cache_offset`). A hit loads straight from the slot
    /// vector; anything else calls the miss handler, which fills an entry.
    ///
    /// A `.length` site has a second cache, a typed-array length record
    /// ([`Self::typed_array_length`]), checked first when the receiver is a typed array.
    fn get_named_cached(&mut self, object: Value, key: ir::StrId) -> Value {
        let is_length = self.module.strings.get(key.index()).is_some_and(|name| name.iter().copied().eq("length".encode_utf16()));
        let cache = self.take_read_caches(if is_length { 2 } else { 1 });
        let miss = self.builder.create_block();
        let merge = self.builder.create_block();
        let result = self.builder.append_block_param(merge, types::I64);
        let pointer = if is_length {
            // A string's length is in its cell (no property can hide it). The merge then has
            // a side without the object pointer, so it is not kept for what follows.
            let is_string = self.has_tag(object, abi::TAG_STRING);
            let string = self.builder.create_block();
            let not_string = self.builder.create_block();
            self.builder.ins().brif(is_string, string, &[], not_string, &[]);
            self.builder.switch_to_block(string);
            let cell = self.builder.ins().band_imm_u(object, abi::PAYLOAD_MASK as i64);
            let length = self.builder.ins().uload32(MemFlagsData::trusted(), cell, abi::string_offset::LENGTH);
            self.jump_with_length(length, merge);
            self.builder.switch_to_block(not_string);
            let pointer = self.branch_if_object(object, miss);
            self.typed_array_length(pointer, cache, miss, merge);
            pointer
        } else if self.probes_string_receivers(key) && !self.object_pointers.contains_key(&object) {
            self.receiver_or_string_prototype(object, miss)
        } else {
            self.object_pointer(object, miss)
        };
        self.probe_read_cache(pointer, cache, merge, miss);

        self.builder.switch_to_block(miss);
        self.builder.set_cold_block(miss);
        if self.divert_here() {
            self.builder.switch_to_block(merge);
            return result;
        }
        let ctx = self.ctx();
        let key = self.str_id(key);
        let miss_handler = if is_length {
            self.globals.runtime.kiln_object_get_length_cached_js
        } else {
            self.globals.runtime.kiln_object_get_named_cached_js
        };
        let value = self.call(miss_handler, &[ctx, object, key, cache]);
        self.check_exception(value);
        self.builder.ins().jump(merge, &[value.into()]);
        self.builder.switch_to_block(merge);
        result
    }

    /// Probes read cache `cache` (`kiln_abi::get_cache_offset`) for the object at raw
    /// `pointer`: a hit jumps to `merge` with the value; a miss goes to `miss`.
    fn probe_read_cache(&mut self, pointer: Value, cache: Value, merge: Block, miss: Block) {
        use abi::get_cache_offset as c;
        let shape = self.load(pointer, abi::object_offset::SHAPE);
        let end = self.builder.ins().iadd_imm_s(cache, c::SIZE as i64);
        let probe = self.builder.create_block();
        let entry = self.builder.append_block_param(probe, types::I64);
        let next = self.builder.create_block();
        let next_entry = self.builder.append_block_param(next, types::I64);
        // The first entry holding an own property (a monomorphic site): straight-line code. An
        // inherited entry's recorded shape has the INHERITED bit, so it never matches here.
        let first_shape = self.load(cache, c::SHAPE);
        let first_hit = self.builder.ins().icmp(IntCC::Equal, shape, first_shape);
        let first_block = self.builder.create_block();
        self.builder.ins().brif(first_hit, first_block, &[], probe, &[cache.into()]);
        self.builder.switch_to_block(first_block);
        let slots = self.load(pointer, abi::object_offset::SLOTS);
        let offset = self.load(cache, c::SLOT_OFFSET);
        let address = self.builder.ins().iadd(slots, offset);
        let value = self.load(address, 0);
        self.builder.ins().jump(merge, &[value.into()]);
        // The probe loop is laid out away from the monomorphic path.
        for block in [probe, next] {
            self.builder.set_cold_block(block);
        }

        self.builder.switch_to_block(probe);
        let cached_shape = self.load(entry, c::SHAPE);
        let cached_shape = self.builder.ins().band_imm_u(cached_shape, !c::INHERITED as i64);
        let same_shape = self.builder.ins().icmp(IntCC::Equal, shape, cached_shape);
        let shape_hit = self.builder.create_block();
        self.builder.ins().brif(same_shape, shape_hit, &[], next, &[entry.into()]);

        self.builder.switch_to_block(shape_hit);
        self.builder.set_cold_block(shape_hit);
        let prototype = self.load(entry, c::PROTOTYPE);
        let offset = self.load(entry, c::SLOT_OFFSET);
        let own = self.builder.create_block();
        let inherited = self.builder.create_block();
        let is_own = self.builder.ins().icmp_imm_u(IntCC::Equal, prototype, 0);
        self.builder.ins().brif(is_own, own, &[], inherited, &[]);

        self.builder.switch_to_block(own);
        self.builder.set_cold_block(own);
        let slots = self.load(pointer, abi::object_offset::SLOTS);
        let address = self.builder.ins().iadd(slots, offset);
        let value = self.load(address, 0);
        self.builder.ins().jump(merge, &[value.into()]);

        // Several entries may share a receiver shape (objects built alike with different
        // prototypes), so a failed prototype or epoch check goes on probing.
        self.builder.switch_to_block(inherited);
        self.builder.set_cold_block(inherited);
        let receiver_prototype = self.load(pointer, abi::object_offset::PROTOTYPE);
        let same_prototype = self.builder.ins().icmp(IntCC::Equal, receiver_prototype, prototype);
        let ctx = self.ctx();
        let epoch = self.load(ctx, abi::ctx_offset::PROTOTYPE_EPOCH);
        let cached_epoch = self.load(entry, c::EPOCH);
        let same_epoch = self.builder.ins().icmp(IntCC::Equal, epoch, cached_epoch);
        let valid = self.builder.ins().band(same_prototype, same_epoch);
        let holder_hit = self.builder.create_block();
        self.builder.ins().brif(valid, holder_hit, &[], next, &[entry.into()]);

        self.builder.switch_to_block(holder_hit);
        self.builder.set_cold_block(holder_hit);
        let holder = self.load(entry, c::HOLDER);
        let slots = self.load(holder, abi::object_offset::SLOTS);
        let address = self.builder.ins().iadd(slots, offset);
        let value = self.load(address, 0);
        self.builder.ins().jump(merge, &[value.into()]);

        self.builder.switch_to_block(next);
        let following = self.builder.ins().iadd_imm_s(next_entry, c::ENTRY_SIZE as i64);
        let more = self.builder.ins().icmp(IntCC::UnsignedLessThan, following, end);
        self.builder.ins().brif(more, probe, &[following.into()], miss, &[]);
    }

    /// Jumps to a `.length` site's `merge` with `length` (an integer below 2^53) as a number.
    fn jump_with_length(&mut self, length: Value, merge: Block) {
        let float = self.builder.ins().fcvt_from_sint(types::F64, length);
        let value = self.from_f64(float);
        self.builder.ins().jump(merge, &[value.into()]);
    }

    /// At a `.length` site, for a receiver (raw `pointer`) that is a typed array with an element
    /// tag: its length when the site's record (`kiln_abi::typed_length_offset`, the cache after
    /// `cache`) matches its layout, the epoch and the getter's slot and its buffer is attached
    /// (to `merge`), else the miss handler (`miss`), which fills the record. Any other object
    /// goes on to the ordinary read cache, where the builder is left. An Array's `length` is
    /// read from its cell (`kiln_abi::array_offset`).
    fn typed_array_length(&mut self, pointer: Value, cache: Value, miss: Block, merge: Block) {
        use abi::{element_tag as tags, typed_array_offset as view, typed_length_offset as r};
        let tag = self.builder.ins().uload8(types::I64, MemFlagsData::trusted(), pointer, view::TAG);
        let is_array = self.builder.ins().icmp_imm_u(IntCC::Equal, tag, i64::from(tags::ARRAY));
        let array = self.builder.create_block();
        let not_array = self.builder.create_block();
        self.builder.ins().brif(is_array, array, &[], not_array, &[]);
        self.builder.switch_to_block(array);
        let length = self.builder.ins().uload32(MemFlagsData::trusted(), pointer, abi::array_offset::LENGTH);
        self.jump_with_length(length, merge);
        self.builder.switch_to_block(not_array);
        let kind_index = self.builder.ins().iadd_imm_s(tag, -i64::from(tags::INT8));
        let is_view = self.builder.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, kind_index, i64::from(tags::FLOAT64 - tags::INT8));
        let typed = self.builder.create_block();
        let other = self.builder.create_block();
        self.builder.ins().brif(is_view, typed, &[], other, &[]);

        self.builder.switch_to_block(typed);
        let record = self.builder.ins().iadd_imm_s(cache, i64::from(abi::get_cache_offset::SIZE));
        let shape = self.load(pointer, abi::object_offset::SHAPE);
        let prototype = self.load(pointer, abi::object_offset::PROTOTYPE);
        let ctx = self.ctx();
        let epoch = self.load(ctx, abi::ctx_offset::PROTOTYPE_EPOCH);
        let current = self.matches_record(record, (r::SHAPE, r::PROTOTYPE, r::EPOCH), [shape, prototype, epoch]);
        // The slot address is only valid once the record is known to be filled and current.
        let recorded = self.builder.create_block();
        self.builder.ins().brif(current, recorded, &[], miss, &[]);

        self.builder.switch_to_block(recorded);
        let slot_address = self.load(record, r::SLOT_ADDRESS);
        let pair = self.load(slot_address, 0);
        let recorded_pair = self.load(record, r::PAIR);
        let same_getter = self.builder.ins().icmp(IntCC::Equal, pair, recorded_pair);
        let buffer = self.load(pointer, view::BUFFER);
        let buffer_tag = self.builder.ins().uload8(types::I64, MemFlagsData::trusted(), buffer, view::TAG);
        let attached = self.builder.ins().icmp_imm_u(IntCC::Equal, buffer_tag, i64::from(tags::ATTACHED_FIXED));
        let hit = self.builder.ins().band(same_getter, attached);
        let hit_block = self.builder.create_block();
        self.builder.ins().brif(hit, hit_block, &[], miss, &[]);

        self.builder.switch_to_block(hit_block);
        let length = self.load(pointer, view::LENGTH);
        self.jump_with_length(length, merge);

        self.builder.switch_to_block(other);
    }

    /// A global read through a global-read cache (`kiln_abi::global_cache_offset`): while the
    /// prototype epoch is the one recorded, the value is loaded from where the runtime found it.
    fn global_get_cached(&mut self, name: ir::StrId) -> Value {
        use abi::global_cache_offset as c;
        let cache = self.take_read_caches(1);
        let ctx = self.ctx();
        let epoch = self.load(ctx, abi::ctx_offset::PROTOTYPE_EPOCH);
        let cached_epoch = self.load(cache, c::EPOCH);
        let current = self.builder.ins().icmp(IntCC::Equal, epoch, cached_epoch);
        let hit = self.builder.create_block();
        let miss = self.builder.create_block();
        let merge = self.builder.create_block();
        let result = self.builder.append_block_param(merge, types::I64);
        self.builder.ins().brif(current, hit, &[], miss, &[]);
        self.builder.switch_to_block(hit);
        let address = self.load(cache, c::VALUE_ADDRESS);
        let value = self.load(address, 0);
        self.builder.ins().jump(merge, &[value.into()]);
        self.builder.switch_to_block(miss);
        self.builder.set_cold_block(miss);
        if self.divert_here() {
            self.builder.switch_to_block(merge);
            return result;
        }
        let name = self.str_id(name);
        let value = self.call(self.globals.runtime.kiln_global_get_cached_js, &[ctx, name, cache]);
        self.check_exception(value);
        self.builder.ins().jump(merge, &[value.into()]);
        self.builder.switch_to_block(merge);
        result
    }

    /// Whether the shape, prototype and epoch recorded at `offsets` from `record` are `current`.
    fn matches_record(&mut self, record: Value, offsets: (i32, i32, i32), current: [Value; 3]) -> Value {
        let mut all = None;
        for (offset, value) in [offsets.0, offsets.1, offsets.2].into_iter().zip(current) {
            let recorded = self.load(record, offset);
            let same = self.builder.ins().icmp(IntCC::Equal, value, recorded);
            all = Some(match all {
                Some(all) => self.builder.ins().band(all, same),
                None => same,
            });
        }
        all.expect("three fields")
    }

    /// Whether a property can be appended to the object at raw `pointer` in compiled code
    /// (extensible, no cached prototype, room in its slot buffer), and its slot count.
    fn room_to_add(&mut self, pointer: Value) -> (Value, Value) {
        use abi::{object_flag as flag, object_offset as o};
        let trusted = MemFlagsData::trusted();
        let flags = self.builder.ins().uload32(trusted, pointer, o::FLAGS);
        let tested = self.builder.ins().band_imm_u(flags, i64::from(flag::EXTENSIBLE | flag::CACHED_PROTOTYPE));
        let flags_ok = self.builder.ins().icmp_imm_u(IntCC::Equal, tested, i64::from(flag::EXTENSIBLE));
        let len = self.builder.ins().uload32(trusted, pointer, o::SLOTS_LEN);
        let cap = self.builder.ins().uload32(trusted, pointer, o::SLOTS_CAP);
        let cap = self.builder.ins().band_imm_u(cap, i64::from(!o::SLOTS_INLINE));
        let room = self.builder.ins().icmp(IntCC::UnsignedLessThan, len, cap);
        (self.builder.ins().band(flags_ok, room), len)
    }

    /// Appends `value` as slot `len` of the object at raw `pointer`, which takes `new_shape`
    /// (after [`Self::room_to_add`] said it may).
    fn append_slot(&mut self, pointer: Value, len: Value, value: Value, new_shape: Value) {
        use abi::object_offset as o;
        let trusted = MemFlagsData::trusted();
        let slots = self.load(pointer, o::SLOTS);
        let byte_offset = self.builder.ins().ishl_imm_u(len, 3);
        let address = self.builder.ins().iadd(slots, byte_offset);
        self.builder.ins().store(trusted, value, address, 0);
        let longer = self.builder.ins().iadd_imm_s(len, 1);
        self.builder.ins().istore32(trusted, longer, pointer, o::SLOTS_LEN);
        self.builder.ins().store(trusted, new_shape, pointer, o::SHAPE);
    }

    /// A store that adds the property the write cache (`cache`) recorded an adding store of
    /// (`kiln_abi::set_cache_offset`'s `ADD_` entries), for an object (raw `pointer`, current
    /// `shape`): when an entry matches its shape, prototype and the epoch, the object is
    /// extensible, no cache reads through it as a prototype and its slot buffer has room, the
    /// value is appended and the object takes the recorded shape (to `done`); else to `miss`.
    /// What the runtime's `add_cached` does, without the call.
    fn add_property_cached(&mut self, pointer: Value, shape: Value, value: Value, cache: Value, miss: Block, done: Block) {
        use abi::{object_offset as o, set_cache_offset as c};
        let prototype = self.load(pointer, o::PROTOTYPE);
        let ctx = self.ctx();
        let epoch = self.load(ctx, abi::ctx_offset::PROTOTYPE_EPOCH);
        let (possible, len) = self.room_to_add(pointer);
        let add = self.builder.create_block();
        let entry_param = self.builder.append_block_param(add, types::I64);
        self.builder.set_cold_block(add);
        for index in 0..c::ADD_ENTRIES {
            let entry = self.builder.ins().iadd_imm_s(cache, i64::from(index * c::ADD_ENTRY_SIZE));
            let matches = self.matches_record(entry, (c::ADD_SHAPE, c::ADD_PROTOTYPE, c::ADD_EPOCH), [shape, prototype, epoch]);
            let matches = self.builder.ins().band(matches, possible);
            let next = self.builder.create_block();
            self.builder.set_cold_block(next);
            self.builder.ins().brif(matches, add, &[entry.into()], next, &[]);
            self.builder.switch_to_block(next);
        }
        self.builder.ins().jump(miss, &[]);
        self.builder.switch_to_block(add);
        let new_shape = self.load(entry_param, c::ADD_NEW_SHAPE);
        self.append_slot(pointer, len, value, new_shape);
        self.builder.ins().jump(done, &[]);
    }

    /// `object.key = value` through a write inline cache.
    fn set_named_cached(&mut self, object: Value, key: ir::StrId, value: Value) {
        use abi::set_cache_offset as c;
        let cache = self.take_write_cache();
        let miss = self.builder.create_block();
        let done = self.builder.create_block();
        // Not an object: the speculative version leaves (so the pointer serves what follows).
        let not_object = self.divert_target().unwrap_or(miss);
        let pointer = self.object_pointer(object, not_object);
        let shape = self.load(pointer, abi::object_offset::SHAPE);
        let cached_shape = self.load(cache, c::SHAPE);
        let same_shape = self.builder.ins().icmp(IntCC::Equal, shape, cached_shape);
        let hit = self.builder.create_block();
        let adding = self.builder.create_block();
        self.builder.ins().brif(same_shape, hit, &[], adding, &[]);
        self.builder.switch_to_block(adding);
        self.builder.set_cold_block(adding);
        self.add_property_cached(pointer, shape, value, cache, miss, done);
        self.builder.switch_to_block(hit);
        let slots = self.load(pointer, abi::object_offset::SLOTS);
        let offset = self.load(cache, c::SLOT_OFFSET);
        let address = self.builder.ins().iadd(slots, offset);
        self.builder.ins().store(MemFlagsData::trusted(), value, address, 0);
        self.builder.ins().jump(done, &[]);
        self.builder.switch_to_block(miss);
        self.builder.set_cold_block(miss);
        let ctx = self.ctx();
        let key = self.str_id(key);
        let miss_handler = if self.function.strict {
            self.globals.runtime.kiln_object_set_named_strict_cached_js
        } else {
            self.globals.runtime.kiln_object_set_named_cached_js
        };
        let result = self.call(miss_handler, &[ctx, object, key, value, cache]);
        self.check_exception(result);
        self.builder.ins().jump(done, &[]);
        self.builder.switch_to_block(done);
    }

    /// An object literal's `key: value` (CreateDataProperty on its fresh ordinary object)
    /// through the first adding-store entry of a write cache, which only this site's miss
    /// handler (`kiln_object_define_named_cached_js`) fills, with the shape transition its last
    /// definition made: when the object has that entry's shape, is extensible, is no cached
    /// prototype and has room in its slot buffer, the value is appended and the object takes
    /// the entry's new shape. A definition reads no prototype, so the entry's prototype and
    /// epoch are not compared; a site sees one shape but for spreads and `__proto__`, so
    /// only the one entry is checked inline (the code is emitted for every literal property).
    fn define_named_cached(&mut self, object: Value, key: ir::StrId, value: Value) {
        use abi::{object_offset as o, set_cache_offset as c};
        let cache = self.take_write_cache();
        let miss = self.builder.create_block();
        let done = self.builder.create_block();
        let pointer = self.branch_if_object(object, miss);
        let shape = self.load(pointer, o::SHAPE);
        let recorded = self.load(cache, c::ADD_SHAPE);
        let same_shape = self.builder.ins().icmp(IntCC::Equal, shape, recorded);
        let (possible, len) = self.room_to_add(pointer);
        let hit = self.builder.ins().band(same_shape, possible);
        let add = self.builder.create_block();
        self.builder.ins().brif(hit, add, &[], miss, &[]);
        self.builder.switch_to_block(add);
        let new_shape = self.load(cache, c::ADD_NEW_SHAPE);
        self.append_slot(pointer, len, value, new_shape);
        self.builder.ins().jump(done, &[]);
        self.builder.switch_to_block(miss);
        self.builder.set_cold_block(miss);
        let ctx = self.ctx();
        let key = self.str_id(key);
        let result = self.call(self.globals.runtime.kiln_object_define_named_cached_js, &[ctx, object, key, value, cache]);
        self.check_exception(result);
        self.builder.ins().jump(done, &[]);
        self.builder.switch_to_block(done);
    }

    /// For an object and a number key that is an in-bounds index of its dense elements,
    /// returns the element's address; for any other object and number key branches to
    /// `other` (where the returned access may be used); for anything else to `miss`.
    /// `leaves`: `miss` leaves for the generic version in the speculative one (see
    /// `object_pointer`).
    fn dense_element_address(&mut self, object: Value, key: Value, key_is_number: bool, miss: Block, other: Block, leaves: bool) -> (Value, IndexedAccess) {
        let pointer = if leaves { self.object_pointer(object, miss) } else { self.branch_if_object(object, miss) };
        let (integer, integral) = self.integer_index(key, key_is_number, miss);
        let length = self.builder.ins().uload32(MemFlagsData::trusted(), pointer, abi::object_offset::ELEMENTS_LEN);
        let in_bounds = self.builder.ins().icmp(IntCC::UnsignedLessThan, integer, length);
        let ok = self.builder.ins().band(integral, in_bounds);
        let in_block = self.builder.create_block();
        self.builder.ins().brif(ok, in_block, &[], other, &[]);
        self.builder.switch_to_block(in_block);
        let elements = self.load(pointer, abi::object_offset::ELEMENTS);
        let byte_offset = self.builder.ins().ishl_imm_u(integer, 3);
        let address = self.builder.ins().iadd(elements, byte_offset);
        (address, IndexedAccess { pointer, integer, integral })
    }

    /// `key` as an index: branches to `miss` unless it is a number (known when `is_number`), then
    /// gives its integer (saturating) and whether that is exactly the key. The check compares
    /// bits, so -0 counts as not integral (the runtime's path takes it).
    fn integer_index(&mut self, key: Value, is_number: bool, miss: Block) -> (Value, Value) {
        if !is_number {
            let number = self.is_number(key);
            let number_block = self.builder.create_block();
            self.builder.ins().brif(number, number_block, &[], miss, &[]);
            self.builder.switch_to_block(number_block);
        }
        let float = self.to_f64(key);
        let integer = self.builder.ins().fcvt_to_sint_sat(types::I64, float);
        let back = self.builder.ins().fcvt_from_sint(types::F64, integer);
        let back_bits = self.builder.ins().bitcast(types::I64, MemFlagsData::new(), back);
        let integral = self.builder.ins().icmp(IntCC::Equal, back_bits, key);
        (integer, integral)
    }

    /// On the dense path's miss side: when the object is a typed array with a valid element
    /// view (`kiln_abi::typed_array_offset`: an element tag, an attached buffer) and the key
    /// an in-bounds integer index, and `also` holds, returns the element tag (as `I64`) and
    /// the address of element 0; otherwise branches to `miss`.
    fn typed_element_view(&mut self, access: IndexedAccess, also: Option<Value>, miss: Block) -> (Value, Value) {
        use abi::{element_tag as tags, typed_array_offset as offsets};
        let tag = self.builder.ins().uload8(types::I64, MemFlagsData::trusted(), access.pointer, offsets::TAG);
        let kind_index = self.builder.ins().iadd_imm_s(tag, -i64::from(tags::INT8));
        let is_view = self.builder.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, kind_index, i64::from(tags::FLOAT64 - tags::INT8));
        let mut candidate = self.builder.ins().band(is_view, access.integral);
        if let Some(also) = also {
            candidate = self.builder.ins().band(candidate, also);
        }
        let view_block = self.builder.create_block();
        self.builder.ins().brif(candidate, view_block, &[], miss, &[]);
        self.builder.switch_to_block(view_block);
        let length = self.load(access.pointer, offsets::LENGTH);
        let in_bounds = self.builder.ins().icmp(IntCC::UnsignedLessThan, access.integer, length);
        let buffer = self.load(access.pointer, offsets::BUFFER);
        let buffer_tag = self.builder.ins().uload8(types::I64, MemFlagsData::trusted(), buffer, offsets::TAG);
        let attached = self.builder.ins().icmp_imm_u(IntCC::Equal, buffer_tag, i64::from(tags::ATTACHED_FIXED));
        let ok = self.builder.ins().band(in_bounds, attached);
        let data_block = self.builder.create_block();
        self.builder.ins().brif(ok, data_block, &[], miss, &[]);
        self.builder.switch_to_block(data_block);
        let data = self.load(access.pointer, offsets::DATA);
        (tag, data)
    }

    /// Branches on an element tag known to be an element kind: one new block per kind, in
    /// [`TYPED_KINDS`] order (Uint8, node's Buffer, tested first). A chain of compares is
    /// smaller per access site than a jump table here.
    fn switch_element_kind(&mut self, tag: Value) -> [Block; TYPED_KINDS.len()] {
        let blocks = TYPED_KINDS.map(|_| self.builder.create_block());
        for (index, (&kind, &block)) in TYPED_KINDS.iter().zip(blocks.iter()).enumerate() {
            if index + 1 == TYPED_KINDS.len() {
                self.builder.ins().jump(block, &[]);
                break;
            }
            let is_kind = self.builder.ins().icmp_imm_u(IntCC::Equal, tag, i64::from(kind.tag));
            let next = self.builder.create_block();
            self.builder.ins().brif(is_kind, block, &[], next, &[]);
            self.builder.switch_to_block(next);
        }
        blocks
    }

    /// The address of element `integer` of a typed array whose element 0 is at `data`.
    fn typed_element_address(&mut self, data: Value, integer: Value, kind: TypedKind) -> Value {
        let byte_offset = self.builder.ins().ishl_imm_u(integer, i64::from(kind.size.trailing_zeros()));
        self.builder.ins().iadd(data, byte_offset)
    }

    /// A float read from a typed array as a value: every NaN becomes the canonical one.
    fn canonical_number(&mut self, float: Value) -> Value {
        let is_nan = self.builder.ins().fcmp(FloatCC::Unordered, float, float);
        let bits = self.builder.ins().bitcast(types::I64, MemFlagsData::new(), float);
        let nan = self.iconst(abi::CANONICAL_NAN);
        self.builder.ins().select(is_nan, nan, bits)
    }

    /// `object[key]`: dense elements and typed-array elements inline, the rest in the runtime.
    fn get_element(&mut self, object: Value, key: Value, key_is_number: bool) -> Value {
        let miss = self.builder.create_block();
        let typed = self.builder.create_block();
        let merge = self.builder.create_block();
        let result = self.builder.append_block_param(merge, types::I64);
        // A string's code unit (`s[i]`) unless the value is known to be an object here; that
        // side has no object pointer, so the object side's is not remembered.
        let known_object = self.version == kinds::Mode::Speculative && self.object_pointers.contains_key(&object);
        if !known_object {
            let is_string = self.has_tag(object, abi::TAG_STRING);
            let string = self.builder.create_block();
            let not_string = self.builder.create_block();
            self.builder.ins().brif(is_string, string, &[], not_string, &[]);
            self.builder.switch_to_block(string);
            let unit = self.string_code_unit(object, key, key_is_number, miss);
            let value = self.unit_string(unit, miss);
            self.builder.ins().jump(merge, &[value.into()]);
            self.builder.switch_to_block(not_string);
        }
        let (address, access) = self.dense_element_address(object, key, key_is_number, miss, typed, known_object);
        let value = self.load(address, 0);
        let is_hole = self.builder.ins().icmp_imm_u(IntCC::Equal, value, abi::HOLE as i64);
        self.builder.ins().brif(is_hole, miss, &[], merge, &[value.into()]);

        self.builder.switch_to_block(typed);
        let (tag, data) = self.typed_element_view(access, None, miss);
        let blocks = self.switch_element_kind(tag);
        // Each kind loads its element and jumps to the conversion it shares with the others.
        let from_integer = self.builder.create_block();
        let integer = self.builder.append_block_param(from_integer, types::I64);
        let from_float = self.builder.create_block();
        let float = self.builder.append_block_param(from_float, types::F64);
        let flags = MemFlagsData::new().with_notrap();
        for (kind, block) in TYPED_KINDS.into_iter().zip(blocks) {
            self.builder.switch_to_block(block);
            let address = self.typed_element_address(data, access.integer, kind);
            let ins = self.builder.ins();
            let (target, loaded) = match kind.tag {
                abi::element_tag::INT8 => (from_integer, ins.sload8(types::I64, flags, address, 0)),
                abi::element_tag::UINT8 | abi::element_tag::UINT8_CLAMPED => (from_integer, ins.uload8(types::I64, flags, address, 0)),
                abi::element_tag::INT16 => (from_integer, ins.sload16(types::I64, flags, address, 0)),
                abi::element_tag::UINT16 => (from_integer, ins.uload16(types::I64, flags, address, 0)),
                abi::element_tag::INT32 => (from_integer, ins.sload32(flags, address, 0)),
                abi::element_tag::UINT32 => (from_integer, ins.uload32(flags, address, 0)),
                abi::element_tag::FLOAT32 => {
                    let single = ins.load(types::F32, flags, address, 0);
                    (from_float, self.builder.ins().fpromote(types::F64, single))
                }
                _ => (from_float, ins.load(types::F64, flags, address, 0)),
            };
            self.builder.ins().jump(target, &[loaded.into()]);
        }
        self.builder.switch_to_block(from_integer);
        let converted = self.builder.ins().fcvt_from_sint(types::F64, integer);
        let value = self.from_f64(converted);
        self.builder.ins().jump(merge, &[value.into()]);
        self.builder.switch_to_block(from_float);
        let value = self.canonical_number(float);
        self.builder.ins().jump(merge, &[value.into()]);

        self.builder.switch_to_block(miss);
        self.builder.set_cold_block(miss);
        // A string or symbol key: the site's keyed read cache, a read cache for the one key
        // recorded after it (`kiln_abi::keyed_read_offset`). Taken in both versions (whose
        // facts about the key may differ).
        let cache = self.take_read_caches(2);
        let keyed = (!key_is_number).then_some(cache);
        if let Some(cache) = keyed {
            let slow = self.builder.create_block();
            self.builder.set_cold_block(slow);
            use abi::keyed_read_offset as k;
            let record = self.builder.ins().iadd_imm_s(cache, i64::from(abi::get_cache_offset::SIZE));
            let not_own = self.builder.create_block();
            self.builder.set_cold_block(not_own);
            let pointer = self.branch_if_object(object, slow);
            let own_entries = self.builder.ins().iadd_imm_s(record, i64::from(k::OWN_ENTRIES));
            let own_records = self.builder.ins().iadd_imm_s(record, i64::from(k::OWN_RECORDS));
            let address = self.keyed_slot_address(pointer, key, own_entries, own_records, not_own);
            let value = self.load(address, 0);
            self.builder.ins().jump(merge, &[value.into()]);
            self.builder.switch_to_block(not_own);
            let recorded = self.load(record, k::KEY);
            let same_key = self.builder.ins().icmp(IntCC::Equal, key, recorded);
            let probe = self.builder.create_block();
            self.builder.set_cold_block(probe);
            self.builder.ins().brif(same_key, probe, &[], slow, &[]);
            self.builder.switch_to_block(probe);
            self.probe_read_cache(pointer, cache, merge, slow);
            self.builder.switch_to_block(slow);
        }
        if self.divert_here() {
            self.builder.switch_to_block(merge);
            return result;
        }
        let ctx = self.ctx();
        let value = match keyed {
            Some(cache) => self.call(self.globals.runtime.kiln_object_get_keyed_cached_js, &[ctx, object, key, cache]),
            None => self.call(self.globals.runtime.kiln_object_get_computed_js, &[ctx, object, key]),
        };
        self.check_exception(value);
        self.builder.ins().jump(merge, &[value.into()]);
        self.builder.switch_to_block(merge);
        result
    }

    /// `object[key] = value`: overwriting a dense element, or storing a number into a
    /// typed-array element (integer kinds: an integral number within the i64 range), inline;
    /// the rest in the runtime.
    fn set_element(&mut self, object: Value, key: Value, value: Value, key_is_number: bool) {
        let miss = self.builder.create_block();
        let typed = self.builder.create_block();
        let done = self.builder.create_block();
        let (address, access) = self.dense_element_address(object, key, key_is_number, miss, typed, false);
        let old = self.load(address, 0);
        let is_hole = self.builder.ins().icmp_imm_u(IntCC::Equal, old, abi::HOLE as i64);
        let store = self.builder.create_block();
        self.builder.ins().brif(is_hole, miss, &[], store, &[]);
        self.builder.switch_to_block(store);
        self.builder.ins().store(MemFlagsData::trusted(), value, address, 0);
        self.builder.ins().jump(done, &[]);

        // A number only: anything else is converted by the runtime (ToNumber may run JS,
        // which may detach the buffer, so it must come before the bounds check).
        self.builder.switch_to_block(typed);
        let is_number = self.is_number(value);
        let (tag, data) = self.typed_element_view(access, Some(is_number), miss);
        let float = self.to_f64(value);
        // The integer kinds store the low bits of the number's integer value, which is
        // ToInt32 and friends when the number is integral and within i64 (the saturated
        // maximum is not: 2^63 converts to it exactly).
        let integer = self.builder.ins().fcvt_to_sint_sat(types::I64, float);
        let back = self.builder.ins().fcvt_from_sint(types::F64, integer);
        let exact = self.builder.ins().fcmp(FloatCC::Equal, back, float);
        let not_saturated = self.builder.ins().icmp_imm_u(IntCC::NotEqual, integer, i64::MAX);
        let exact = self.builder.ins().band(exact, not_saturated);
        let blocks = self.switch_element_kind(tag);
        let flags = MemFlagsData::new().with_notrap();
        for (kind, block) in TYPED_KINDS.into_iter().zip(blocks) {
            self.builder.switch_to_block(block);
            let address = self.typed_element_address(data, access.integer, kind);
            match kind.tag {
                abi::element_tag::FLOAT32 => {
                    let single = self.builder.ins().fdemote(types::F32, float);
                    self.builder.ins().store(flags, single, address, 0);
                }
                abi::element_tag::FLOAT64 => {
                    self.builder.ins().store(flags, float, address, 0);
                }
                _ => {
                    let integral_block = self.builder.create_block();
                    self.builder.ins().brif(exact, integral_block, &[], miss, &[]);
                    self.builder.switch_to_block(integral_block);
                    let stored = if kind.tag == abi::element_tag::UINT8_CLAMPED {
                        let zero = self.iconst(0);
                        let max = self.iconst(255);
                        let low = self.builder.ins().smax(integer, zero);
                        self.builder.ins().smin(low, max)
                    } else {
                        integer
                    };
                    let ins = self.builder.ins();
                    match kind.size {
                        1 => ins.istore8(flags, stored, address, 0),
                        2 => ins.istore16(flags, stored, address, 0),
                        _ => ins.istore32(flags, stored, address, 0),
                    };
                }
            }
            self.builder.ins().jump(done, &[]);
        }

        self.builder.switch_to_block(miss);
        self.builder.set_cold_block(miss);
        // A string or symbol key: the site's keyed cache (writable own data properties),
        // taken in both versions (whose facts about the key may differ).
        let cache = self.take_read_caches(1);
        let keyed = (!key_is_number).then_some(cache);
        if let Some(cache) = keyed {
            let slow = self.builder.create_block();
            self.builder.set_cold_block(slow);
            let pointer = self.branch_if_object(object, slow);
            let records = self.builder.ins().iadd_imm_s(cache, i64::from(abi::keyed_cache_offset::RECORDS));
            let address = self.keyed_slot_address(pointer, key, cache, records, slow);
            self.builder.ins().store(MemFlagsData::trusted(), value, address, 0);
            self.builder.ins().jump(done, &[]);
            self.builder.switch_to_block(slow);
        }
        let ctx = self.ctx();
        let rt = &self.globals.runtime;
        let result = match (keyed, self.function.strict) {
            (Some(cache), true) => self.call(rt.kiln_object_set_keyed_strict_cached_js, &[ctx, object, key, value, cache]),
            (Some(cache), false) => self.call(rt.kiln_object_set_keyed_cached_js, &[ctx, object, key, value, cache]),
            (None, true) => self.call(rt.kiln_object_set_computed_strict_js, &[ctx, object, key, value]),
            (None, false) => self.call(rt.kiln_object_set_computed_js, &[ctx, object, key, value]),
        };
        self.check_exception(result);
        self.builder.ins().jump(done, &[]);
        self.builder.switch_to_block(done);
    }

    /// A tagged template's template object: the cached one, or made (once) by the runtime.
    fn template_object(&mut self, cooked: &[Option<ir::StrId>], raw: &[ir::StrId]) -> Value {
        let index = self.globals.template_cache_count;
        self.globals.template_cache_count += 1;
        let cache = self.cache_address(self.globals.template_caches, index, 8);
        let cached = self.load(cache, 0);
        let make = self.builder.create_block();
        let merge = self.builder.create_block();
        let result = self.builder.append_block_param(merge, types::I64);
        let is_empty = self.builder.ins().icmp_imm_u(IntCC::Equal, cached, 0);
        self.builder.ins().brif(is_empty, make, &[], merge, &[cached.into()]);
        self.builder.switch_to_block(make);
        self.builder.set_cold_block(make);
        let ctx = self.ctx();
        let cooked_values: Vec<Value> = cooked
            .iter()
            .map(|c| match c {
                Some(id) => self.str_id(*id),
                None => self.iconst(abi::UNDEFINED),
            })
            .collect();
        let raw_values: Vec<Value> = raw.iter().map(|id| self.str_id(*id)).collect();
        let count = self.u32const(cooked_values.len() as u32);
        let elements = self.value_array(&cooked_values);
        let cooked_array = self.call_checked(self.globals.runtime.kiln_array_new, &[ctx, count, elements]);
        let count = self.u32const(raw_values.len() as u32);
        let elements = self.value_array(&raw_values);
        let raw_array = self.call_checked(self.globals.runtime.kiln_array_new, &[ctx, count, elements]);
        let value = self.call(self.globals.runtime.kiln_template_object, &[ctx, cache, cooked_array, raw_array]);
        self.builder.ins().jump(merge, &[value.into()]);
        self.builder.switch_to_block(merge);
        self.check_exception(result);
        result
    }

    fn u32const(&mut self, value: u32) -> Value {
        self.builder.ins().iconst(types::I32, value as i64)
    }

    fn op(&mut self, op: &Op) -> Option<Value> {
        let ctx = self.ctx();
        Some(match op {
            Op::Const(constant) => match constant {
                Constant::Number(n) => {
                    let bits = if n.is_nan() { abi::CANONICAL_NAN } else { n.to_bits() };
                    self.iconst(bits)
                }
                Constant::Undefined => self.iconst(abi::UNDEFINED),
                Constant::Null => self.iconst(abi::NULL),
                Constant::Bool(b) => self.iconst(if *b { abi::TRUE } else { abi::FALSE }),
                Constant::Uninitialized => self.iconst(abi::UNINITIALIZED),
                Constant::Str(id) => self.str_id(*id),
            },
            Op::Copy(v) => self.var(*v),
            Op::Binary(binary, a, b) => {
                let mut kinds = (self.kinds_of(*a), self.kinds_of(*b));
                let a = self.var(*a);
                let b = self.var(*b);
                if self.speculating(op) {
                    if let (Some(divert), Some(numbers)) = (self.divert_target(), self.numbers_condition(a, b, kinds)) {
                        self.branch_or_divert(numbers, divert);
                        kinds = (Kinds::NUMBER, Kinds::NUMBER);
                    }
                }
                self.binary(*binary, a, b, kinds)
            }
            Op::Unary(unary, a) => {
                let mut kinds = self.kinds_of(*a);
                let a = self.var(*a);
                if self.speculating(op) {
                    if let Some(divert) = self.divert_target() {
                        let number = self.is_number(a);
                        self.branch_or_divert(number, divert);
                        kinds = Kinds::NUMBER;
                    }
                }
                let op = unary;
                if kinds.is_number() {
                    if let Some(value) = self.unary_number(*op, a) {
                        return Some(value);
                    }
                }
                if *op == UnaryOp::Not && (kinds.is_boolean() || self.bool_of.contains_key(&a)) {
                    let truthy = self.truthy_known(a, kinds);
                    let falsy = self.builder.ins().bxor_imm_u(truthy, 1);
                    return Some(self.bool_value(falsy));
                }
                self.unary(*op, a)
            }
            Op::Param(index) => self.param(*index),
            Op::This => self.this.expect("set at entry"),
            Op::Callee => self.callee.expect("set at entry"),
            Op::SloppyThis(v) => {
                // An object `this` stays as it is; the runtime handles the rest.
                let v = self.var(*v);
                let tag = self.builder.ins().ushr_imm_u(v, abi::TAG_SHIFT as i64);
                let is_object = self.builder.ins().icmp_imm_u(IntCC::Equal, tag, abi::TAG_OBJECT as i64);
                let sloppy_this = self.globals.runtime.kiln_function_sloppy_this;
                self.fast_or_slow(is_object, |_| v, |this| this.call(sloppy_this, &[ctx, v]))
            }
            Op::Arguments => {
                let callee = self.callee.expect("set at entry");
                let argc = self.argc.expect("set at entry");
                let argc = self.builder.ins().ireduce(types::I32, argc);
                let argv = self.argv.expect("set at entry");
                self.call(self.globals.runtime.kiln_arguments_new, &[ctx, callee, argc, argv])
            }
            Op::GetNamed(object, key) => {
                let object = self.var(*object);
                self.get_named_cached(object, *key)
            }
            Op::SetNamed(object, key, value) => {
                let object = self.var(*object);
                let value = self.var(*value);
                self.set_named_cached(object, *key, value);
                return None;
            }
            Op::GetComputed(object, key) => {
                let key_is_number = self.kinds_of(*key).is_number();
                let object = self.var(*object);
                let key = self.var(*key);
                self.get_element(object, key, key_is_number)
            }
            Op::SetComputed(object, key, value) => {
                let key_is_number = self.kinds_of(*key).is_number();
                let object = self.var(*object);
                let key = self.var(*key);
                let value = self.var(*value);
                self.set_element(object, key, value, key_is_number);
                return None;
            }
            Op::Delete(object, key) => {
                let object = self.var(*object);
                let key = self.var(*key);
                let delete = if self.function.strict {
                    self.globals.runtime.kiln_object_delete_strict_js
                } else {
                    self.globals.runtime.kiln_object_delete_js
                };
                self.call_checked(delete, &[ctx, object, key])
            }
            // A literal with few properties takes the default cell (room for later ones).
            Op::NewObject(slots) if *slots as usize <= abi::DEFAULT_OBJECT_SLOTS => self.call(self.globals.runtime.kiln_object_new, &[ctx]),
            Op::NewObject(slots) => {
                let slots = self.u32const(*slots);
                self.call(self.globals.runtime.kiln_object_new_sized, &[ctx, slots])
            }
            Op::NewArray(elements) => {
                let values: Vec<Value> = elements
                    .iter()
                    .map(|e| match e {
                        Some(v) => self.var(*v),
                        None => self.iconst(abi::HOLE),
                    })
                    .collect();
                let count = self.u32const(values.len() as u32);
                let array = self.value_array(&values);
                self.call_checked(self.globals.runtime.kiln_array_new, &[ctx, count, array])
            }
            Op::ConcatStrings(pieces) => {
                let values: Vec<Value> = pieces.iter().map(|piece| self.var(*piece)).collect();
                let count = self.u32const(values.len() as u32);
                let array = self.value_array(&values);
                let result = self.call_checked(self.globals.runtime.kiln_string_concat_js, &[ctx, count, array]);
                self.clear_value_array(array, values.len());
                result
            }
            Op::DefineProperty(object, key, value) => {
                let object = self.var(*object);
                let key = self.var(*key);
                let value = self.var(*value);
                self.call_checked(self.globals.runtime.kiln_object_define_js, &[ctx, object, key, value])
            }
            Op::DefineNamed(object, key, value) => {
                let object = self.var(*object);
                let value = self.var(*value);
                self.define_named_cached(object, *key, value);
                return None;
            }
            Op::DefineAccessor(object, key, function, setter) => {
                let object = self.var(*object);
                let key = self.var(*key);
                let function = self.var(*function);
                let kind = self.u32const(*setter as u32);
                self.call_checked(self.globals.runtime.kiln_object_define_accessor_js, &[ctx, object, key, function, kind])
            }
            Op::GlobalGet(name) => self.global_get_cached(*name),
            Op::GlobalTypeOf(name) => {
                let name = self.str_id(*name);
                self.call_checked(self.globals.runtime.kiln_global_typeof_js, &[ctx, name])
            }
            Op::GlobalSet(name, value) => {
                let name = self.str_id(*name);
                let value = self.var(*value);
                let set = if self.function.strict {
                    self.globals.runtime.kiln_global_set_strict_js
                } else {
                    self.globals.runtime.kiln_global_set_js
                };
                self.call_checked(set, &[ctx, name, value])
            }
            Op::GlobalDeclare(name, step) => {
                let name = self.str_id(*name);
                let step = self.u32const(match step {
                    ir::GlobalDeclaration::CheckLexical => abi::global_declaration::CHECK_LEXICAL,
                    ir::GlobalDeclaration::CheckFunction => abi::global_declaration::CHECK_FUNCTION,
                    ir::GlobalDeclaration::CheckVar => abi::global_declaration::CHECK_VAR,
                    ir::GlobalDeclaration::CreateVar => abi::global_declaration::CREATE_VAR,
                });
                self.call_checked(self.globals.runtime.kiln_global_declare_js, &[ctx, name, step])
            }
            Op::GlobalDefineFunction(name, value) => {
                let name = self.str_id(*name);
                let value = self.var(*value);
                self.call_checked(self.globals.runtime.kiln_global_define_function_js, &[ctx, name, value])
            }
            Op::Closure(id, env) => {
                let target = &self.module.functions[id.index()];
                let code_ref = self.object.declare_func_in_func(self.globals.functions[id.index()], self.builder.func);
                let code = self.builder.ins().func_addr(types::I64, code_ref);
                let env = match env {
                    Some(env) => self.var(*env),
                    None => self.builder.ins().iconst(types::I64, 0),
                };
                let name_index = self.globals.intern(&target.name);
                let name = self.string_constant(name_index);
                let length = self.u32const(target.length);
                let mut flags = 0;
                match target.kind {
                    // Generators and async functions are never constructors.
                    ir::FunctionKind::Normal if target.generator.is_none() => flags |= 1,
                    ir::FunctionKind::ClassConstructor => flags |= 1 | 8,
                    ir::FunctionKind::DerivedConstructor => flags |= 1 | 8 | 16,
                    _ => {}
                }
                match target.generator {
                    Some(ir::GeneratorKind::Generator) => flags |= 32,
                    Some(ir::GeneratorKind::Async) => flags |= 64,
                    Some(ir::GeneratorKind::AsyncGenerator) => flags |= 32 | 64,
                    None => {}
                }
                if target.kind == ir::FunctionKind::Arrow {
                    flags |= 2;
                }
                if target.strict {
                    flags |= 4;
                }
                // Generators and async functions are never constructors (bit 5: generator,
                // bit 6: async; see `kiln_function_new`).
                match target.generator {
                    Some(ir::GeneratorKind::Generator) => flags = (flags & !1) | 32,
                    Some(ir::GeneratorKind::Async) => flags = (flags & !1) | 64,
                    Some(ir::GeneratorKind::AsyncGenerator) => flags = (flags & !1) | 32 | 64,
                    None => {}
                }
                let flags = self.u32const(flags);
                let function_id = self.u32const(id.0);
                self.call(self.globals.runtime.kiln_function_new, &[ctx, code, env, name, length, flags, function_id])
            }
            Op::Call(callee, this, args, description) => {
                match self.call_intrinsic(*description, args.len()) {
                    Some(which @ (abi::call_intrinsic::ARRAY_PUSH | abi::call_intrinsic::ARRAY_POP)) => {
                        return Some(self.call_array(which, *callee, *this, args, *description));
                    }
                    Some(which @ (abi::call_intrinsic::STRING_CHAR_CODE_AT | abi::call_intrinsic::STRING_CHAR_AT)) => {
                        return Some(self.call_string(which, *callee, *this, args, *description));
                    }
                    Some(which) => return Some(self.call_math(which, *callee, *this, args, *description)),
                    None => {}
                }
                let callee = self.var(*callee);
                let this = self.var(*this);
                let values: Vec<Value> = args.iter().map(|a| self.var(*a)).collect();
                self.call_cached(callee, this, &values, *description)
            }
            Op::CallDirect(id, callee, this, args) => {
                let callee = self.var(*callee);
                let this = self.var(*this);
                let values: Vec<Value> = args.iter().map(|a| self.var(*a)).collect();
                let argc = self.builder.ins().iconst(types::I64, values.len() as i64);
                let argv = self.value_array(&values);
                // [[Call]] leaves new.target undefined for the callee's prologue.
                let undefined = self.iconst(abi::UNDEFINED);
                self.builder.ins().store(MemFlagsData::trusted(), undefined, ctx, abi::ctx_offset::NEW_TARGET);
                let target = self.object.declare_func_in_func(self.globals.functions[id.index()], self.builder.func);
                let inst = self.builder.ins().call(target, &[ctx, callee, this, argc, argv]);
                let result = self.builder.inst_results(inst)[0];
                self.check_exception(result);
                self.clear_value_array(argv, values.len());
                result
            }
            Op::CallSpread(callee, this, array, description) => {
                let (callee, this, array) = (self.var(*callee), self.var(*this), self.var(*array));
                let description = self.str_id(*description);
                self.call_checked(self.globals.runtime.kiln_call_spread_js, &[ctx, callee, this, array, description])
            }
            Op::ConstructSpread(callee, array, description) => {
                let (callee, array) = (self.var(*callee), self.var(*array));
                let description = self.str_id(*description);
                self.call_checked(self.globals.runtime.kiln_construct_spread_js, &[ctx, callee, array, description])
            }
            Op::NewTarget => self.new_target.expect("read in the prologue"),
            Op::SuperConstruct(callee, new_target, args) => {
                let (callee, new_target) = (self.var(*callee), self.var(*new_target));
                let values: Vec<Value> = args.iter().map(|a| self.var(*a)).collect();
                let argc = self.u32const(values.len() as u32);
                let argv = self.value_array(&values);
                let result = self.call_checked(self.globals.runtime.kiln_super_construct_js, &[ctx, callee, new_target, argc, argv]);
                self.clear_value_array(argv, values.len());
                result
            }
            Op::SuperConstructSpread(callee, new_target, array) => {
                let (callee, new_target, array) = (self.var(*callee), self.var(*new_target), self.var(*array));
                self.call_checked(self.globals.runtime.kiln_super_construct_spread_js, &[ctx, callee, new_target, array])
            }
            Op::SuperConstructForward(callee, new_target) => {
                let (callee, new_target) = (self.var(*callee), self.var(*new_target));
                let argc = self.argc.expect("set at entry");
                let argc = self.builder.ins().ireduce(types::I32, argc);
                let argv = self.argv.expect("set at entry");
                self.call_checked(self.globals.runtime.kiln_super_construct_js, &[ctx, callee, new_target, argc, argv])
            }
            Op::HomeObject(function) => {
                let function = self.var(*function);
                self.call(self.globals.runtime.kiln_function_home_object, &[function])
            }
            Op::SetHomeObject(function, home) => {
                let (function, home) = (self.var(*function), self.var(*home));
                let f = self.runtime(self.globals.runtime.kiln_function_set_home_object);
                self.builder.ins().call(f, &[function, home]);
                return None;
            }
            Op::SuperGet(home, key, this) => {
                let (home, key, this) = (self.var(*home), self.var(*key), self.var(*this));
                self.call_checked(self.globals.runtime.kiln_super_get_js, &[ctx, home, key, this])
            }
            Op::SuperSet(home, key, value, this) => {
                let (home, key, value, this) = (self.var(*home), self.var(*key), self.var(*value), self.var(*this));
                self.call_checked(self.globals.runtime.kiln_super_set_js, &[ctx, home, key, value, this])
            }
            Op::ClassNew(constructor, parent, has_parent) => {
                let (constructor, parent) = (self.var(*constructor), self.var(*parent));
                let has_parent = self.u32const(*has_parent as u32);
                self.call_checked(self.globals.runtime.kiln_class_new_js, &[ctx, constructor, parent, has_parent])
            }
            Op::ClassDefineMethod(target, key, function, kind) => {
                let (target, key, function) = (self.var(*target), self.var(*key), self.var(*function));
                let kind = self.u32const(*kind);
                self.call_checked(self.globals.runtime.kiln_class_define_method_js, &[ctx, target, key, function, kind])
            }
            Op::PrivateName(description) => {
                let description = self.str_id(*description);
                self.call(self.globals.runtime.kiln_private_name_new, &[ctx, description])
            }
            Op::PrivateGet(object, name) => {
                let (object, name) = (self.var(*object), self.var(*name));
                self.call_checked(self.globals.runtime.kiln_private_get_js, &[ctx, object, name])
            }
            Op::PrivateSet(object, name, value) => {
                let (object, name, value) = (self.var(*object), self.var(*name), self.var(*value));
                self.call_checked(self.globals.runtime.kiln_private_set_js, &[ctx, object, name, value])
            }
            Op::PrivateDefine(object, name, value, kind) => {
                let (object, name, value) = (self.var(*object), self.var(*name), self.var(*value));
                let kind = self.u32const(*kind);
                self.call_checked(self.globals.runtime.kiln_private_define_js, &[ctx, object, name, value, kind])
            }
            Op::PrivateHas(object, name) => {
                let (object, name) = (self.var(*object), self.var(*name));
                self.call_checked(self.globals.runtime.kiln_private_has_js, &[ctx, object, name])
            }
            Op::ThrowTypeError(message) => {
                let message = self.str_id(*message);
                self.call_throwing(self.globals.runtime.kiln_throw_type_error, &[ctx, message]);
                return None;
            }
            Op::ThrowReferenceError(message) => {
                let message = self.str_id(*message);
                self.call_throwing(self.globals.runtime.kiln_throw_reference_error, &[ctx, message]);
                return None;
            }
            Op::StaticGet(slot) => {
                let address = self.cache_address(self.globals.statics, *slot, 8);
                self.builder.ins().load(types::I64, MemFlagsData::trusted(), address, 0)
            }
            Op::StaticSet(slot, value) => {
                let value = self.var(*value);
                let address = self.cache_address(self.globals.statics, *slot, 8);
                self.builder.ins().store(MemFlagsData::trusted(), value, address, 0);
                return None;
            }
            Op::SetFunctionName(function, key, prefix) => {
                let (function, key) = (self.var(*function), self.var(*key));
                let prefix = self.str_id(*prefix);
                self.call_checked(self.globals.runtime.kiln_function_set_name_js, &[ctx, function, key, prefix]);
                return None;
            }
            Op::BigInt(digits) => {
                let digits = self.str_id(*digits);
                self.call_checked(self.globals.runtime.kiln_bigint_from_literal, &[ctx, digits])
            }
            Op::ModuleNamespace(index) => {
                let index = self.u32const(*index);
                self.call_checked(self.globals.runtime.kiln_esm_namespace_js, &[ctx, index])
            }
            Op::ImportMeta(index) => {
                let index = self.u32const(*index);
                self.call_checked(self.globals.runtime.kiln_esm_import_meta_js, &[ctx, index])
            }
            Op::DynamicImport(index) => {
                let index = self.u32const(*index);
                self.call_checked(self.globals.runtime.kiln_esm_import_js, &[ctx, index])
            }
            Op::DynamicImportBuiltin(name) => {
                let name = self.str_id(*name);
                self.call_checked(self.globals.runtime.kiln_esm_import_builtin_js, &[ctx, name])
            }
            Op::DynamicImportComputed(specifier, options, index) => {
                let specifier = self.var(*specifier);
                let options = self.var(*options);
                let index = self.u32const(*index);
                self.call_checked(self.globals.runtime.kiln_esm_import_computed_js, &[ctx, index, specifier, options])
            }
            Op::RequireModule(index) => {
                let index = self.u32const(*index);
                self.call_checked(self.globals.runtime.kiln_module_require_js, &[ctx, index])
            }
            Op::RequireChild(child, parent) => {
                let child = self.u32const(*child);
                let parent = self.u32const(*parent);
                self.call_checked(self.globals.runtime.kiln_module_require_child_js, &[ctx, child, parent])
            }
            Op::RequireBuiltin(name) => {
                let name = self.str_id(*name);
                self.call_checked(self.globals.runtime.kiln_module_require_builtin_js, &[ctx, name])
            }
            Op::ResumeValue => self.sent.expect("resume functions only"),
            Op::ResumeMode => {
                let mode = self.mode.expect("resume functions only");
                let number = self.builder.ins().fcvt_from_uint(types::F64, mode);
                self.from_f64(number)
            }
            Op::GeneratorDelegate(iterator, mode, sent, out) | Op::AsyncGeneratorDelegate(iterator, mode, sent, out) => {
                let entry = if matches!(op, Op::AsyncGeneratorDelegate(..)) {
                    self.globals.runtime.kiln_async_generator_delegate_js
                } else {
                    self.globals.runtime.kiln_generator_delegate_js
                };
                let (iterator, sent) = (self.var(*iterator), self.var(*sent));
                let mode = self.var(*mode);
                let mode = self.to_f64(mode);
                let mode = self.builder.ins().fcvt_to_uint_sat(types::I32, mode);
                let slot = self.builder.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3));
                let undefined = self.iconst(abi::UNDEFINED);
                self.builder.ins().stack_store(types::I64, undefined, slot, 0);
                let out_address = self.builder.ins().stack_addr(types::I64, slot, 0);
                let status = self.call_checked(entry, &[ctx, iterator, mode, sent, out_address]);
                let value = self.builder.ins().stack_load(types::I64, types::I64, slot, 0);
                self.write_var(*out, value);
                status
            }
            Op::RegExp(pattern, flags) => {
                let pattern = self.str_id(*pattern);
                let flags = self.str_id(*flags);
                self.call_checked(self.globals.runtime.kiln_regexp_new_js, &[ctx, pattern, flags])
            }
            Op::TemplateObject(cooked, raw) => self.template_object(cooked, raw),
            Op::RestArguments(start) => {
                let argc = self.argc.expect("set at entry");
                let argc = self.builder.ins().ireduce(types::I32, argc);
                let argv = self.argv.expect("set at entry");
                let start = self.u32const(*start);
                self.call(self.globals.runtime.kiln_array_from_arguments, &[ctx, argc, argv, start])
            }
            Op::ArrayAppendSpread(array, iterable) => {
                let (array, iterable) = (self.var(*array), self.var(*iterable));
                self.call_checked(self.globals.runtime.kiln_array_append_spread_js, &[ctx, array, iterable])
            }
            Op::CopyDataProperties(target, source, excluded) => {
                let (target, source, excluded) = (self.var(*target), self.var(*source), self.var(*excluded));
                self.call_checked(self.globals.runtime.kiln_object_copy_data_properties_js, &[ctx, target, source, excluded])
            }
            Op::Construct(callee, args, description) => {
                let callee = self.var(*callee);
                let values: Vec<Value> = args.iter().map(|a| self.var(*a)).collect();
                let argc = self.u32const(values.len() as u32);
                let argv = self.value_array(&values);
                let description = self.str_id(*description);
                let result = self.call_checked(self.globals.runtime.kiln_construct_js, &[ctx, callee, argc, argv, description]);
                self.clear_value_array(argv, values.len());
                result
            }
            Op::FunctionEnv => {
                // The callee of compiled code is always its compiled function object.
                let callee = self.callee.expect("set at entry");
                let pointer = self.builder.ins().band_imm_u(callee, abi::PAYLOAD_MASK as i64);
                self.load(pointer, abi::function_offset::ENV)
            }
            Op::EnvNew(parent, slots, tdz) => {
                let parent = match parent {
                    Some(p) => self.var(*p),
                    None => self.builder.ins().iconst(types::I64, 0),
                };
                let slots = self.u32const(*slots);
                let init = self.iconst(if *tdz { abi::UNINITIALIZED } else { abi::UNDEFINED });
                self.call(self.globals.runtime.kiln_env_new, &[ctx, parent, slots, init])
            }
            Op::EnvCopy(env) => {
                let env = self.var(*env);
                self.call(self.globals.runtime.kiln_env_copy, &[ctx, env])
            }
            Op::EnvParent(env, hops) => {
                let mut env = self.var(*env);
                for _ in 0..*hops {
                    env = self.builder.ins().load(types::I64, MemFlagsData::trusted(), env, abi::env_offset::PARENT);
                }
                env
            }
            Op::EnvGet(env, slot) => {
                let env = self.var(*env);
                let offset = abi::env_offset::SLOTS + (*slot as i32) * 8;
                self.builder.ins().load(types::I64, MemFlagsData::trusted(), env, offset)
            }
            Op::EnvSet(env, slot, value) => {
                let env = self.var(*env);
                let value = self.var(*value);
                let offset = abi::env_offset::SLOTS + (*slot as i32) * 8;
                self.builder.ins().store(MemFlagsData::trusted(), value, env, offset);
                return None;
            }
            Op::CheckInitialized(value, name) => {
                let value = self.var(*value);
                let uninitialized = self.builder.ins().icmp_imm_u(IntCC::Equal, value, abi::UNINITIALIZED as i64);
                let throw_block = self.builder.create_block();
                let next = self.builder.create_block();
                self.builder.ins().brif(uninitialized, throw_block, &[], next, &[]);
                self.builder.switch_to_block(throw_block);
                self.builder.set_cold_block(throw_block);
                let name = self.str_id(*name);
                self.call_throwing(self.globals.runtime.kiln_throw_uninitialized, &[ctx, name]);
                self.builder.ins().jump(next, &[]);
                self.builder.switch_to_block(next);
                return None;
            }
            Op::ThrowNotDefined(name) => {
                let name = self.str_id(*name);
                self.call_throwing(self.globals.runtime.kiln_throw_not_defined, &[ctx, name]);
                return None;
            }
            Op::ThrowConstAssign => {
                self.call_throwing(self.globals.runtime.kiln_throw_const_assign, &[ctx]);
                return None;
            }
            Op::TakeException => self.call(self.globals.runtime.kiln_exception_take, &[ctx]),
            Op::IteratorGet(v) => {
                let v = self.var(*v);
                self.call_checked(self.globals.runtime.kiln_iterator_get_js, &[ctx, v])
            }
            Op::IteratorNext(v) => {
                let v = self.var(*v);
                self.call_checked(self.globals.runtime.kiln_iterator_next_js, &[ctx, v])
            }
            Op::IteratorClose(v) => {
                let v = self.var(*v);
                self.call_checked(self.globals.runtime.kiln_iterator_close_js, &[ctx, v])
            }
            Op::AsyncIteratorGet(v) => {
                let v = self.var(*v);
                self.call_checked(self.globals.runtime.kiln_async_iterator_get_js, &[ctx, v])
            }
            Op::AsyncIteratorNext(v) => {
                let v = self.var(*v);
                self.call_checked(self.globals.runtime.kiln_async_iterator_next_js, &[ctx, v])
            }
            Op::IteratorStepResult(v) => {
                let v = self.var(*v);
                self.call_checked(self.globals.runtime.kiln_iterator_step_result_js, &[ctx, v])
            }
            Op::AsyncIteratorReturn(v) => {
                let v = self.var(*v);
                self.call_checked(self.globals.runtime.kiln_async_iterator_return_js, &[ctx, v])
            }
            Op::IteratorResultCheck(v) => {
                let v = self.var(*v);
                self.call_checked(self.globals.runtime.kiln_iterator_result_check_js, &[ctx, v])
            }
            Op::ForInStart(v) => {
                let v = self.var(*v);
                self.call_checked(self.globals.runtime.kiln_for_in_start_js, &[ctx, v])
            }
            Op::ForInNext(v) => {
                let v = self.var(*v);
                self.call_checked(self.globals.runtime.kiln_for_in_next_js, &[ctx, v])
            }
            Op::MappedArguments(env, count) => {
                let env = self.var(*env);
                let callee = self.callee.expect("set at entry");
                let argc = self.argc.expect("set at entry");
                let argc = self.builder.ins().ireduce(types::I32, argc);
                let argv = self.argv.expect("set at entry");
                let count = self.u32const(*count);
                self.call(self.globals.runtime.kiln_arguments_new_mapped, &[ctx, callee, argc, argv, env, count])
            }
            Op::UnmappedArguments => {
                let argc = self.argc.expect("set at entry");
                let argc = self.builder.ins().ireduce(types::I32, argc);
                let argv = self.argv.expect("set at entry");
                self.call(self.globals.runtime.kiln_arguments_new_unmapped, &[ctx, argc, argv])
            }
            Op::ToObject(v) => {
                let v = self.var(*v);
                self.call_checked(self.globals.runtime.kiln_to_object_js, &[ctx, v])
            }
            Op::WithHas(object, name) => {
                let object = self.var(*object);
                let name = self.str_id(*name);
                self.call_checked(self.globals.runtime.kiln_with_has_js, &[ctx, object, name])
            }
            Op::WithGet(object, name) => {
                let object = self.var(*object);
                let name = self.str_id(*name);
                self.call_checked(self.globals.runtime.kiln_with_get_js, &[ctx, object, name])
            }
            Op::WithSet(object, name, value) => {
                let object = self.var(*object);
                let name = self.str_id(*name);
                let value = self.var(*value);
                let strict = self.u32const(self.function.strict as u32);
                let result = self.call(self.globals.runtime.kiln_with_set_js, &[ctx, object, name, value, strict]);
                self.check_exception(result);
                return None;
            }
            Op::ThrowSyntaxError(message) => {
                let message = self.str_id(*message);
                self.call_throwing(self.globals.runtime.kiln_throw_syntax_error, &[ctx, message]);
                return None;
            }
            Op::IsIntrinsicEval(v) => {
                let v = self.var(*v);
                self.call(self.globals.runtime.kiln_is_intrinsic_eval, &[ctx, v])
            }
        })
    }
}
