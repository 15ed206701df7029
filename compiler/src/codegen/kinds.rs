//! Local type inference over the IR locals of one function, for codegen: which locals are
//! certainly numbers (or booleans) at each instruction, so the emitter can skip their tag checks
//! and keep number chains (`dx * dx + dy * dy`) free of runtime slow paths.
//!
//! The facts are sets of possible kinds ([`Kinds`]), computed by a forward data-flow analysis
//! over the blocks (the meet is the union). A local starts as `undefined` (what the prologue
//! stores). A throwing instruction's handler sees the state before the instruction, since a
//! throwing operation writes no local. Operations this pass does not know about make their
//! destination "anything", so new IR operations are safe without changes here; an operation
//! that writes a second local (the `yield*` steps) must be listed in [`extra_written`].
//!
//! The speculative version of a function (see `codegen::function`, "Two versions") is analysed
//! with [`Mode::Speculative`]: there an arithmetic operation whose operands may be numbers
//! ([`speculates`]) yields a number, because its code leaves for the generic version when they
//! are not.

use crate::ir::{self, BinaryOp, Constant, Op, UnaryOp};

/// A set of value kinds a local may hold.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub(super) struct Kinds(u8);

impl Kinds {
    /// No value (the point is unreachable so far).
    pub(super) const NONE: Kinds = Kinds(0);
    /// A number.
    pub(super) const NUMBER: Kinds = Kinds(1);
    /// A boolean.
    pub(super) const BOOLEAN: Kinds = Kinds(2);
    /// Anything else.
    pub(super) const OTHER: Kinds = Kinds(4);
    /// Any value.
    pub(super) const ANY: Kinds = Kinds(7);

    fn union(self, other: Kinds) -> Kinds {
        Kinds(self.0 | other.0)
    }

    /// Certainly a number.
    pub(super) fn is_number(self) -> bool {
        self == Kinds::NUMBER
    }

    /// Certainly a boolean.
    pub(super) fn is_boolean(self) -> bool {
        self == Kinds::BOOLEAN
    }
}

/// Which version of a function the facts are for.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(super) enum Mode {
    /// Every operation as it is.
    Generic,
    /// Operations [`speculates`] accepts yield numbers.
    Speculative,
}

/// The largest blocks × locals table [`VarKinds::analyse`] is run for (bytes, one per entry).
pub(super) const MAX_TABLE_SIZE: usize = 16 << 20;

/// The kinds of every local at the entry of every block.
pub(super) struct VarKinds {
    entries: Vec<Vec<Kinds>>,
}

impl VarKinds {
    /// Analyses `function`.
    pub(super) fn analyse(function: &ir::Function, mode: Mode) -> VarKinds {
        let var_count = function.var_count as usize;
        let block_count = function.blocks.len();
        let mut entries = vec![vec![Kinds::NONE; var_count]; block_count];
        if block_count == 0 {
            return VarKinds { entries };
        }
        entries[0] = vec![Kinds::OTHER; var_count];
        let mut queued = vec![false; block_count];
        let mut worklist = vec![0usize];
        queued[0] = true;
        while let Some(index) = worklist.pop() {
            queued[index] = false;
            let block = &function.blocks[index];
            let mut state = entries[index].clone();
            let mut propagate = |target: usize, state: &[Kinds], entries: &mut Vec<Vec<Kinds>>, worklist: &mut Vec<usize>| {
                let mut changed = false;
                for (entry, kinds) in entries[target].iter_mut().zip(state) {
                    let merged = entry.union(*kinds);
                    if merged != *entry {
                        *entry = merged;
                        changed = true;
                    }
                }
                if changed && !queued[target] {
                    queued[target] = true;
                    worklist.push(target);
                }
            };
            for inst in &block.insts {
                if let Some(handler) = block.handler {
                    propagate(handler.index(), &state, &mut entries, &mut worklist);
                }
                transfer(&mut state, inst, mode);
            }
            if let Some(handler) = block.handler {
                propagate(handler.index(), &state, &mut entries, &mut worklist);
            }
            if let Some(terminator) = &block.terminator {
                for successor in terminator.successors() {
                    propagate(successor.index(), &state, &mut entries, &mut worklist);
                }
            }
        }
        VarKinds { entries }
    }

    /// The kinds of the locals at the entry of `block`.
    pub(super) fn entry(&self, block: usize) -> &[Kinds] {
        &self.entries[block]
    }
}

/// Which locals some instruction or terminator of `function` reads.
pub(super) fn read_locals(function: &ir::Function) -> Vec<bool> {
    let mut read = vec![false; function.var_count as usize];
    let mut uses = Vec::new();
    for block in &function.blocks {
        for inst in &block.insts {
            uses.clear();
            ir::op_uses(&inst.op, &mut uses);
            for var in &uses {
                read[var.index()] = true;
            }
        }
        match &block.terminator {
            Some(ir::Terminator::Branch(var, ..) | ir::Terminator::Return(var) | ir::Terminator::Throw(var, _) | ir::Terminator::Rethrow(var) | ir::Terminator::Suspend(var, ..)) => {
                read[var.index()] = true;
            }
            Some(ir::Terminator::Jump(_)) | None => {}
        }
    }
    read
}

/// Which locals live in one block only and are written there before any read: codegen keeps
/// those as plain SSA values instead of Cranelift variables (whose per-block tables make a
/// function of thousands of blocks cost time and memory quadratic in its size).
pub(super) fn block_local_vars(function: &ir::Function) -> Vec<bool> {
    const NONE: u32 = u32::MAX;
    const MANY: u32 = u32::MAX - 1;
    let count = function.var_count as usize;
    // The one block a local appears in (NONE before any, MANY for several), and whether its
    // first appearance there is a write.
    let mut home = vec![NONE; count];
    let mut written_first = vec![false; count];
    let mut uses = Vec::new();
    for (index, block) in function.blocks.iter().enumerate() {
        let index = index as u32;
        let mut note = |var: ir::Var, write: bool| {
            let slot = &mut home[var.index()];
            if *slot == NONE {
                *slot = index;
                written_first[var.index()] = write;
            } else if *slot != index {
                *slot = MANY;
            }
        };
        for inst in &block.insts {
            uses.clear();
            ir::op_uses(&inst.op, &mut uses);
            for &var in &uses {
                note(var, false);
            }
            if let Some(var) = extra_written(&inst.op) {
                note(var, true);
            }
            if let Some(var) = inst.dst {
                note(var, true);
            }
        }
        match &block.terminator {
            Some(ir::Terminator::Branch(var, ..) | ir::Terminator::Return(var) | ir::Terminator::Throw(var, _) | ir::Terminator::Rethrow(var) | ir::Terminator::Suspend(var, ..)) => note(*var, false),
            Some(ir::Terminator::Jump(_)) | None => {}
        }
    }
    home.iter().zip(&written_first).map(|(&home, &written)| home != NONE && home != MANY && written).collect()
}

/// Updates `state` for one instruction.
pub(super) fn transfer(state: &mut [Kinds], inst: &ir::Inst, mode: Mode) {
    if let Some(var) = extra_written(&inst.op) {
        state[var.index()] = Kinds::ANY;
    }
    if let Some(dst) = inst.dst {
        let comparison = matches!(inst.op, Op::Binary(BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge, ..));
        state[dst.index()] = if mode == Mode::Speculative && !comparison && speculates(state, &inst.op) {
            Kinds::NUMBER
        } else {
            result_kinds(state, &inst.op)
        };
    }
}

/// Whether the speculative version checks that the operands of `op` are numbers (leaving for
/// the generic version when they are not), so that its result is a number there: arithmetic
/// whose operands may be numbers and are not both known to be. `+` only when one side is
/// known to be a number (the other one may well be a string, and then every run would leave).
/// Comparisons are checked the same way, though their result is a boolean anyway.
pub(super) fn speculates(state: &[Kinds], op: &Op) -> bool {
    let kinds = |var: &ir::Var| state[var.index()];
    let maybe_number = |kinds: Kinds| kinds.0 & Kinds::NUMBER.0 != 0;
    match op {
        Op::Binary(op, a, b) => {
            let (a, b) = (kinds(a), kinds(b));
            if a.is_number() && b.is_number() || !maybe_number(a) || !maybe_number(b) {
                return false;
            }
            match op {
                BinaryOp::Sub
                | BinaryOp::Mul
                | BinaryOp::Div
                | BinaryOp::Rem
                | BinaryOp::Shl
                | BinaryOp::Sar
                | BinaryOp::Shr
                | BinaryOp::BitAnd
                | BinaryOp::BitOr
                | BinaryOp::BitXor
                | BinaryOp::Lt
                | BinaryOp::Le
                | BinaryOp::Gt
                | BinaryOp::Ge => true,
                BinaryOp::Add => a.is_number() || b.is_number(),
                _ => false,
            }
        }
        Op::Unary(UnaryOp::Neg | UnaryOp::Increment | UnaryOp::Decrement | UnaryOp::ToNumeric, a) => {
            let a = kinds(a);
            !a.is_number() && maybe_number(a)
        }
        _ => false,
    }
}

/// Locals an operation writes besides its destination.
fn extra_written(op: &Op) -> Option<ir::Var> {
    match op {
        Op::GeneratorDelegate(_, _, _, out) | Op::AsyncGeneratorDelegate(_, _, _, out) => Some(*out),
        _ => None,
    }
}

fn result_kinds(state: &[Kinds], op: &Op) -> Kinds {
    let kinds = |var: &ir::Var| state[var.index()];
    match op {
        Op::Const(Constant::Number(_)) => Kinds::NUMBER,
        Op::Const(Constant::Bool(_)) => Kinds::BOOLEAN,
        Op::Const(_) => Kinds::OTHER,
        Op::Copy(var) => kinds(var),
        Op::Binary(op, a, b) => match op {
            // Numbers in, a number out; otherwise strings or BigInts may come out.
            BinaryOp::Add
            | BinaryOp::Sub
            | BinaryOp::Mul
            | BinaryOp::Div
            | BinaryOp::Rem
            | BinaryOp::Exp
            | BinaryOp::Shl
            | BinaryOp::Sar
            | BinaryOp::BitAnd
            | BinaryOp::BitOr
            | BinaryOp::BitXor => {
                if kinds(a).is_number() && kinds(b).is_number() {
                    Kinds::NUMBER
                } else {
                    Kinds::ANY
                }
            }
            // `>>>` throws for BigInts.
            BinaryOp::Shr => Kinds::NUMBER,
            BinaryOp::Lt
            | BinaryOp::Le
            | BinaryOp::Gt
            | BinaryOp::Ge
            | BinaryOp::LooseEq
            | BinaryOp::LooseNe
            | BinaryOp::StrictEq
            | BinaryOp::StrictNe
            | BinaryOp::InstanceOf
            | BinaryOp::In => Kinds::BOOLEAN,
        },
        Op::Unary(op, a) => match op {
            UnaryOp::Neg | UnaryOp::ToNumeric | UnaryOp::BitNot | UnaryOp::Increment | UnaryOp::Decrement => {
                if kinds(a).is_number() {
                    Kinds::NUMBER
                } else {
                    Kinds::ANY
                }
            }
            // ToNumber throws for BigInts and symbols.
            UnaryOp::ToNumber => Kinds::NUMBER,
            UnaryOp::Not | UnaryOp::IsHole => Kinds::BOOLEAN,
            UnaryOp::TypeOf | UnaryOp::ToString => Kinds::OTHER,
            UnaryOp::ToPropertyKey => Kinds::ANY,
        },
        _ => Kinds::ANY,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn union_is_the_meet() {
        assert_eq!(Kinds::NUMBER.union(Kinds::NUMBER), Kinds::NUMBER);
        assert!(!Kinds::NUMBER.union(Kinds::BOOLEAN).is_number());
        assert!(Kinds::NONE.union(Kinds::BOOLEAN).is_boolean());
    }
}
