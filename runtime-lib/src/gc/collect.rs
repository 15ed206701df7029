//! One full collection: mark from the roots (conservative stack + context roots), then hand the
//! marks to the lazy sweep.
//!
//! The context decides when to call [`collect`] (`Context::alloc_*` asks the heap); this file
//! only runs the phases in order: finish the previous cycle's lazy sweep, mark, ephemerons
//! (weak-map values of live keys) to a fixpoint, clear dead weak references (queueing
//! FinalizationRegistry work), and hand the marks to the allocator, which sweeps lazily.

use super::roots;
use super::trace::Tracer;
use crate::context::Context;

/// Runs a full mark-sweep collection. Every value reachable from the native stack (between the
/// current stack pointer and the thread's stack top) or from the context's roots survives.
#[inline(never)]
pub fn collect(ctx: &mut Context) {
    if ctx.heap.collecting {
        return;
    }
    ctx.heap.collecting = true;
    let started = ctx.heap.log.then(std::time::Instant::now);
    // Dead cells the allocator has not reused yet are finalized now, so that while marking
    // every cell is either allocated or Free (the conservative scan relies on it).
    ctx.heap.finish_sweep();
    let external_bytes = {
        let mut tracer = Tracer::new(&ctx.heap);
        roots::scan_native_stack(&mut tracer, ctx.stack_top());
        ctx.trace_roots(&mut tracer);
        tracer.drain();
        tracer.trace_ephemerons();
        tracer.clear_weak_references(&mut ctx.pending_finalizations);
        tracer.external_bytes()
    };
    // Sweeping is lazy: the allocator reuses unmarked cells page by page (`heap.rs`).
    ctx.heap.after_marking(external_bytes, started);
    ctx.atom_table.forget_recent();
    // A swept prototype's address may be reused by a new object: inherited inline-cache
    // entries compare prototypes by address, so they all become stale.
    ctx.prototype_epoch += 1;
    ctx.heap.collecting = false;
}
