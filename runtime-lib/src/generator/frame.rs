//! The generator frame: the GC cell that holds every local of a generator or async function
//! across suspensions, with the exact layout of `kiln_abi::generator_frame_offset` because the
//! compiled resume function reads and writes it directly.
//!
//! `[header][state][suspend kind][callee][this][argc][argv][slot 0]…[slot n-1][arg 0]…`
//!
//! The saved arguments live in the same cell after the slots (`argv` points at them). The
//! header's extra field holds the slot count. Tracing is precise for `callee`, `this` and the
//! arguments and conservative for the slots, which may hold raw environment pointers as well
//! as values. This file knows the layout only; what the states mean is `mod.rs`'s business.

use crate::context::Context;
use crate::gc::{CellHeader, CellKind, Tracer};
use crate::value::Value;
use kiln_abi::generator_frame_offset as offset;
use kiln_abi::GENERATOR_STATE_DONE;

/// The fixed part of a frame cell.
#[repr(C)]
struct FrameHeader {
    header: CellHeader,
    state: u64,
    suspend_kind: u64,
    callee: Value,
    this: Value,
    argc: u64,
    argv: *mut Value,
}

const _: () = {
    assert!(std::mem::offset_of!(FrameHeader, state) == offset::STATE as usize);
    assert!(std::mem::offset_of!(FrameHeader, suspend_kind) == offset::SUSPEND_KIND as usize);
    assert!(std::mem::offset_of!(FrameHeader, callee) == offset::CALLEE as usize);
    assert!(std::mem::offset_of!(FrameHeader, this) == offset::THIS as usize);
    assert!(std::mem::offset_of!(FrameHeader, argc) == offset::ARGC as usize);
    assert!(std::mem::offset_of!(FrameHeader, argv) == offset::ARGV as usize);
    assert!(std::mem::size_of::<FrameHeader>() == offset::SLOTS as usize);
};

/// Why a frame last suspended (`SUSPEND_KIND`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SuspendKind {
    /// `yield`.
    Yield,
    /// `await`.
    Await,
}

/// The function whose call made `frame` (a live frame cell).
pub(crate) fn frame_callee(frame: *mut u8) -> Value {
    // SAFETY: per the contract, `frame` is a frame cell, whose header `new_frame` wrote.
    unsafe { (*(frame as *const FrameHeader)).callee }
}

/// Allocates a frame for a call of `callee` with `this` and `args`, with `slot_count` locals
/// set to undefined and the state at the start. `args` stays in the caller's memory (compiled
/// code's argument array, on the stack) until it is copied into the new cell.
pub fn new_frame(ctx: &mut Context, callee: Value, this: Value, args: &[Value], slot_count: u32) -> *mut u8 {
    let slots_bytes = 8 * slot_count as usize;
    let size = offset::SLOTS as usize + slots_bytes + 8 * args.len();
    let cell = ctx.alloc_cell_bytes(size);
    let base = cell.as_ptr();
    // SAFETY: `cell` is a fresh allocation of `size` bytes; the header, every slot and every
    // saved argument are written before anything can observe the cell (nothing allocates
    // in between).
    unsafe {
        let argv = base.add(offset::SLOTS as usize + slots_bytes).cast::<Value>();
        base.cast::<FrameHeader>().write(FrameHeader {
            header: CellHeader::with_extra(CellKind::Frame, slot_count),
            state: 0,
            suspend_kind: 0,
            callee,
            this,
            argc: args.len() as u64,
            argv,
        });
        let slots = base.add(offset::SLOTS as usize).cast::<Value>();
        for index in 0..slot_count as usize {
            slots.add(index).write(Value::UNDEFINED);
        }
        std::ptr::copy_nonoverlapping(args.as_ptr(), argv, args.len());
    }
    base
}

/// The frame's state: 0 before the start, `GENERATOR_STATE_DONE` once finished.
///
/// # Safety
/// `frame` must point at a live frame cell.
pub unsafe fn state(frame: *mut u8) -> u64 {
    // SAFETY: per the contract.
    unsafe { (*frame.cast::<FrameHeader>()).state }
}

/// True once the body has finished (returned or thrown).
///
/// # Safety
/// `frame` must point at a live frame cell.
pub unsafe fn is_done(frame: *mut u8) -> bool {
    // SAFETY: per the contract.
    unsafe { state(frame) == GENERATOR_STATE_DONE }
}

/// Marks the frame finished without running it (`return()`/`throw()` before the start).
///
/// # Safety
/// `frame` must point at a live frame cell.
pub unsafe fn set_done(frame: *mut u8) {
    // SAFETY: per the contract; no compiled code runs on this frame at the same time.
    unsafe { (*frame.cast::<FrameHeader>()).state = GENERATOR_STATE_DONE }
}

/// Why the frame last suspended.
///
/// # Safety
/// `frame` must point at a live frame cell.
pub unsafe fn suspend_kind(frame: *mut u8) -> SuspendKind {
    // SAFETY: per the contract.
    match unsafe { (*frame.cast::<FrameHeader>()).suspend_kind } {
        1 => SuspendKind::Await,
        _ => SuspendKind::Yield,
    }
}

/// Traces a frame cell: callee, `this` and the saved arguments precisely, the slots
/// conservatively (they may hold raw environment pointers).
///
/// # Safety
/// `cell` must point at a live Frame cell.
pub(crate) unsafe fn trace_frame(cell: *mut CellHeader, tracer: &mut Tracer) {
    // SAFETY: per the contract the cell has the frame layout, its header's extra field is the
    // slot count and the saved arguments follow the slots inside the same cell.
    unsafe {
        let header = &*cell.cast::<FrameHeader>();
        tracer.value(header.callee);
        tracer.value(header.this);
        let slot_count = header.header.extra() as usize;
        let slots = cell.cast::<u8>().add(offset::SLOTS as usize).cast::<usize>();
        for index in 0..slot_count {
            tracer.conservative(slots.add(index).read());
        }
        let args = slots.add(slot_count).cast::<Value>();
        tracer.values(std::slice::from_raw_parts(args, header.argc as usize));
    }
}
