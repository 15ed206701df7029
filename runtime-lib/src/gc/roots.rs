//! Root finding: the conservative scan of the native stack (callee-saved registers spilled
//! first), and [`ValueList`], the GC-managed vector Rust code uses to keep values that do not
//! fit in locals.
//!
//! The rule (docs/dev/gc.md): a value is safe if it is in a local variable or argument (the
//! stack is scanned), or inside a reachable cell. A `Vec<Value>` on the Rust heap is not
//! scanned; use a `ValueList` (`ctx.new_list()`), whose handle lives in a local.

use super::trace::{Trace, Tracer};
use super::{CellHeader, CellKind, CellType};
use crate::value::Value;

/// A GC cell holding a growable list of values. Holding its `Gc` in a local keeps the list and
/// every value in it alive across allocations and calls into JS.
#[repr(C)]
pub struct ValueList {
    header: CellHeader,
    /// The values; push and index freely (pushing never collects).
    pub items: Vec<Value>,
}

impl ValueList {
    /// A list cell payload with the given items (use `Context::new_list` to allocate one).
    pub fn new(items: Vec<Value>) -> ValueList {
        ValueList { header: CellHeader::new(CellKind::List), items }
    }

    /// Appends a value.
    pub fn push(&mut self, value: Value) {
        self.items.push(value);
    }

    /// The number of values.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when the list is empty.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The value at `index`, or undefined past the end.
    pub fn get(&self, index: usize) -> Value {
        self.items.get(index).copied().unwrap_or(Value::UNDEFINED)
    }
}

// SAFETY: `ValueList` is repr(C) with the header first, and trace.rs treats List cells as it.
unsafe impl CellType for ValueList {
    const KIND: CellKind = CellKind::List;
}

impl Trace for ValueList {
    fn trace(&self, tracer: &mut Tracer) {
        tracer.values(&self.items);
        tracer.external(self.items.capacity() * 8);
    }
}

/// Scans the native stack from the current stack pointer up to `stack_top`, after spilling the
/// callee-saved registers (which may hold the only copy of a caller's value) into this frame.
#[inline(never)]
pub(crate) fn scan_native_stack(tracer: &mut Tracer, stack_top: usize) {
    let mut registers = [0usize; 16];
    spill_callee_saved(&mut registers);
    let registers = std::hint::black_box(registers);
    for &word in &registers {
        tracer.conservative(word);
    }
    let start = (&registers as *const _ as usize) & !7;
    let mut addr = start;
    while addr + 8 <= stack_top {
        // SAFETY: [start, stack_top) lies within this thread's stack, which is mapped and
        // readable: `start` is in the current frame and `stack_top` is the stack's upper end.
        let word = unsafe { std::ptr::read_volatile(addr as *const usize) };
        tracer.conservative(word);
        addr += 8;
    }
}

#[inline(always)]
fn spill_callee_saved(registers: &mut [usize; 16]) {
    let out = registers.as_mut_ptr();
    #[cfg(target_arch = "x86_64")]
    // SAFETY: stores six registers into the 16-word buffer `out` points to; touches nothing else.
    unsafe {
        std::arch::asm!(
            "mov [{out}], rbx",
            "mov [{out} + 8], rbp",
            "mov [{out} + 16], r12",
            "mov [{out} + 24], r13",
            "mov [{out} + 32], r14",
            "mov [{out} + 40], r15",
            out = in(reg) out,
            options(nostack, preserves_flags),
        );
    }
    #[cfg(target_arch = "aarch64")]
    // SAFETY: stores x19..x30 into the 16-word buffer `out` points to; touches nothing else.
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{out}]",
            "stp x21, x22, [{out}, #16]",
            "stp x23, x24, [{out}, #32]",
            "stp x25, x26, [{out}, #48]",
            "stp x27, x28, [{out}, #64]",
            "stp x29, x30, [{out}, #80]",
            out = in(reg) out,
            options(nostack, preserves_flags),
        );
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    compile_error!("spill_callee_saved needs an implementation for this architecture");
    let _ = out;
}
