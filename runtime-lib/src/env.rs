//! Environments: heap cells holding closure-captured variables, with the exact layout in
//! `kiln_abi::env_offset` — `[header][parent pointer][slot 0][slot 1]…` — because compiled
//! code loads and stores slots directly. Environments travel as raw untagged pointers; the
//! header's extra field holds the slot count so the collector can trace them.

use crate::context::Context;
use crate::gc::{CellHeader, CellKind, Tracer};
use crate::value::Value;
use kiln_abi::env_offset;

#[repr(C)]
struct EnvHeader {
    header: CellHeader,
    parent: *mut u8,
}

const _: () = {
    assert!(std::mem::offset_of!(EnvHeader, parent) == env_offset::PARENT as usize);
    assert!(std::mem::size_of::<EnvHeader>() == env_offset::SLOTS as usize);
};

/// Allocates an environment with `slot_count` slots set to `init` (`kiln_env_new`).
pub fn new_env(ctx: &mut Context, parent: *mut u8, slot_count: u32, init: Value) -> *mut u8 {
    let size = env_offset::SLOTS as usize + 8 * slot_count as usize;
    let cell = ctx.alloc_cell_bytes(size);
    let base = cell.as_ptr();
    // SAFETY: `cell` is a fresh allocation of `size` bytes; we write the header, the parent and
    // every slot before anything can observe it.
    unsafe {
        base.cast::<EnvHeader>().write(EnvHeader { header: CellHeader::with_extra(CellKind::Env, slot_count), parent });
        let slots = base.add(env_offset::SLOTS as usize).cast::<Value>();
        for index in 0..slot_count as usize {
            slots.add(index).write(init);
        }
    }
    base
}

/// A copy of `env` with the same parent and slot values (`kiln_env_copy`).
///
/// # Safety
/// `env` must point at a live environment cell.
pub unsafe fn copy_env(ctx: &mut Context, env: *mut u8) -> *mut u8 {
    // SAFETY: `env` is a live environment cell (compiled code only passes those); reading its
    // header and parent is in bounds.
    let (slot_count, parent) = unsafe {
        let header = &*env.cast::<EnvHeader>();
        (header.header.extra(), header.parent)
    };
    let copy = new_env(ctx, parent, slot_count, Value::UNDEFINED);
    // SAFETY: both cells have `slot_count` slots after the fixed header; `env` is still alive
    // because the caller holds its pointer on the stack.
    unsafe {
        std::ptr::copy_nonoverlapping(
            env.add(env_offset::SLOTS as usize).cast::<Value>(),
            copy.add(env_offset::SLOTS as usize).cast::<Value>(),
            slot_count as usize,
        );
    }
    copy
}

/// Reads slot `index` of `env` (for tests and runtime helpers).
///
/// # Safety
/// `env` must point at a live environment cell with more than `index` slots.
pub unsafe fn slot(env: *mut u8, index: u32) -> Value {
    // SAFETY: the caller passes a live environment and an index below its slot count.
    unsafe { env.add(env_offset::SLOTS as usize + 8 * index as usize).cast::<Value>().read() }
}

/// Writes slot `index` of `env` (a mapped arguments object writing through to a parameter).
///
/// # Safety
/// `env` must point at a live environment cell with more than `index` slots.
pub unsafe fn set_slot(env: *mut u8, index: u32, value: Value) {
    // SAFETY: the caller passes a live environment and an index below its slot count.
    unsafe { env.add(env_offset::SLOTS as usize + 8 * index as usize).cast::<Value>().write(value) }
}

/// The number of slots of `env`.
///
/// # Safety
/// `env` must point at a live environment cell.
pub unsafe fn slot_count(env: *mut u8) -> u32 {
    // SAFETY: the caller passes a live environment; its header holds the slot count.
    unsafe { (*env.cast::<EnvHeader>()).header.extra() }
}

/// The parent environment pointer of `env`.
///
/// # Safety
/// `env` must point at a live environment cell.
pub unsafe fn parent(env: *mut u8) -> *mut u8 {
    // SAFETY: the caller passes a live environment.
    unsafe { (*env.cast::<EnvHeader>()).parent }
}

/// Traces an environment cell: its parent and every slot.
///
/// # Safety
/// `cell` must point at a live Env cell.
pub(crate) unsafe fn trace_env(cell: *mut CellHeader, tracer: &mut Tracer) {
    // SAFETY: per the contract, `cell` is an Env cell whose header holds the slot count.
    unsafe {
        let header = &*cell.cast::<EnvHeader>();
        tracer.raw(header.parent as usize);
        let slots = cell.cast::<u8>().add(env_offset::SLOTS as usize).cast::<Value>();
        tracer.values(std::slice::from_raw_parts(slots, header.header.extra() as usize));
    }
}
