//! The event loop: what runs after the entry module, in node's order. It owns the
//! `process.nextTick` queue, the microtask queue (`microtask.rs`), timers and immediates
//! (`timers.rs`), the I/O bridge (`io.rs`, the only module that names tokio), unhandled
//! rejection tracking (`rejections.rs`) and uncaught-exception handling (`uncaught.rs`).
//!
//! The shape follows node on libuv:
//! - After the main module and after every callback the loop makes (a timer, an immediate, an
//!   I/O completion, `beforeExit`), the callback scope closes ([`after_callback`]): the
//!   nextTick queue drains fully, then the microtask queue, repeating until both are empty,
//!   then unhandled rejections are processed (node's `processTicksAndRejections`).
//! - One loop iteration ([`spin`]): timers → pending/poll (I/O, sleeping until the next timer)
//!   → check (immediates) → close callbacks, then timers again, while something ref'ed keeps
//!   the loop alive; then `beforeExit`, and the loop runs again if that made it alive.
//! - The process ends when nothing is pending: `exit` listeners run and the code is
//!   `process.exitCode`.
//!
//! Nothing in here is global: the state is [`EventLoop`], a field of the `Context`, traced as
//! a root. Callbacks run with `this` and arguments exactly as node passes them.

pub mod io;
pub mod microtask;
pub mod rejections;
pub mod timers;
pub mod uncaught;

use crate::context::Context;
use crate::error::JsResult;
use crate::gc::{Gc, Tracer, ValueList};
use crate::object::function;
use crate::value::Value;
use std::collections::VecDeque;
use std::time::{Duration, Instant};

pub use microtask::{enqueue_job, run_microtasks, Job, NativeJobFn};

/// The loop's state: queues, timers, I/O and the exit flag.
pub struct EventLoop {
    /// `process.nextTick` callbacks, in order.
    ticks: VecDeque<Tick>,
    /// Promise jobs and `queueMicrotask` callbacks.
    pub microtasks: microtask::JobQueue,
    /// Timeouts, intervals and immediates.
    pub timers: timers::Timers,
    /// Blocking work and its completions.
    pub io: io::IoDriver,
    /// Promises rejected without a handler, waiting for the end of the microtask drain.
    pub rejections: rejections::Rejections,
    /// `process._exiting`: the `exit` event was emitted (nextTick is a no-op from then on).
    pub exiting: bool,
    /// The loop's clock origin (node's timer base).
    epoch: Instant,
    /// The next async id handed to a Timeout, Immediate or tick (node's `newAsyncId()`).
    next_async_id: u64,
}

/// One `process.nextTick(callback, ...args)`.
struct Tick {
    callback: Value,
    /// Extra arguments, in a GC list so that they stay rooted while the callback runs.
    args: Option<Gc<ValueList>>,
}

impl Default for EventLoop {
    fn default() -> EventLoop {
        EventLoop::new()
    }
}

impl EventLoop {
    /// An empty loop whose clock starts now.
    pub fn new() -> EventLoop {
        EventLoop {
            ticks: VecDeque::new(),
            microtasks: microtask::JobQueue::default(),
            timers: timers::Timers::default(),
            io: io::IoDriver::default(),
            rejections: rejections::Rejections::default(),
            exiting: false,
            epoch: Instant::now(),
            // node's main script runs as async id 1; the first resource a program creates is 2.
            next_async_id: 2,
        }
    }

    /// Reports every value the loop holds: queued callbacks, scheduled timers, tracked
    /// promises, pending I/O callbacks.
    pub fn trace(&self, tracer: &mut Tracer) {
        for tick in &self.ticks {
            tracer.value(tick.callback);
            tracer.option(tick.args);
        }
        self.microtasks.trace(tracer);
        self.timers.trace(tracer);
        self.io.trace(tracer);
        self.rejections.trace(tracer);
    }

    /// A fresh async id (node's `newAsyncId()`).
    pub fn new_async_id(&mut self) -> u64 {
        let id = self.next_async_id;
        self.next_async_id += 1;
        id
    }

    /// True when `process.nextTick` callbacks are queued (node's `hasTickScheduled()`).
    pub fn has_tick_scheduled(&self) -> bool {
        !self.ticks.is_empty()
    }
}

/// The loop clock in whole milliseconds (libuv's `uv_now`, relative to the loop's start).
pub fn now_ms(ctx: &Context) -> u64 {
    ctx.event_loop.epoch.elapsed().as_millis() as u64
}

/// The instant at loop time `ms`.
fn instant_at(ctx: &Context, ms: u64) -> Instant {
    ctx.event_loop.epoch + Duration::from_millis(ms)
}

/// process.nextTick(callback, ...args) after validation: queues the callback unless the
/// process is exiting.
pub fn next_tick(ctx: &mut Context, callback: Value, args: &[Value]) {
    if ctx.event_loop.exiting {
        return;
    }
    let args = if args.is_empty() {
        None
    } else {
        let list = ctx.new_list();
        list.get_mut().items.extend_from_slice(args);
        Some(list)
    };
    ctx.event_loop.new_async_id();
    ctx.event_loop.ticks.push_back(Tick { callback, args });
}

/// Runs the entry module (`main`) and then the event loop until nothing is left, as node runs
/// a program; returns the process exit code. An uncaught exception without an
/// `uncaughtException` listener, or `process.exit()`, ends the process from inside.
pub fn run_program(ctx: &mut Context, main: impl FnOnce(&mut Context) -> JsResult<Value>) -> i32 {
    // The main module's callback scope is not marked failed by an exception: ticks and
    // microtasks still run after a handled one.
    if main(ctx).is_err() {
        uncaught::report_exception(ctx);
    }
    after_callback(ctx);
    spin(ctx);
    crate::node::process_events::emit_exit(ctx)
}

/// node's `SpinEventLoop`: runs the loop, drains V8's pending tasks (FinalizationRegistry
/// cleanup), emits `beforeExit`, and runs again while that made the loop alive.
pub fn spin(ctx: &mut Context) {
    loop {
        run_loop(ctx);
        run_finalizations(ctx);
        if loop_alive(ctx) {
            continue;
        }
        emit_before_exit(ctx);
        if !loop_alive(ctx) {
            return;
        }
    }
}

/// `process.emit('beforeExit', process.exitCode || 0)` in a callback scope.
fn emit_before_exit(ctx: &mut Context) {
    let code = crate::node::process_events::exit_code_or(ctx, 0);
    if crate::node::process_events::emit(ctx, "beforeExit", &[Value::number(code as f64)]).is_err() {
        uncaught::report_exception(ctx);
        return;
    }
    after_callback(ctx);
}

/// True while something ref'ed is pending: a ref'ed timeout, a ref'ed immediate, or I/O.
pub fn loop_alive(ctx: &Context) -> bool {
    let event_loop = &ctx.event_loop;
    event_loop.timers.ref_count > 0 || event_loop.timers.immediate_ref_count > 0 || event_loop.io.is_alive()
}

/// libuv's `uv_run(UV_RUN_DEFAULT)`: iterations of timers → poll → check → close.
fn run_loop(ctx: &mut Context) {
    let mut alive = loop_alive(ctx);
    if alive {
        timers::run_timers(ctx);
    }
    while alive {
        poll(ctx);
        timers::run_check(ctx);
        // Close callbacks: no kiln handle has one yet.
        timers::run_timers(ctx);
        alive = loop_alive(ctx);
    }
}

/// The pending and poll phases: waits for I/O until the next timer is due (not at all while
/// ref'ed immediates wait), then runs the I/O callbacks that completed.
fn poll(ctx: &mut Context) {
    let deadline = if ctx.event_loop.timers.immediate_ref_count > 0 || ctx.event_loop.io.has_completions() {
        Some(Instant::now())
    } else {
        ctx.event_loop.timers.lists.next_expiry().map(|expiry| instant_at(ctx, expiry))
    };
    // Before the loop may sleep, buffered stdout goes out: a reader at the other end of a pipe
    // (a parent waiting for this process's answer) sees it now, as node writes synchronously.
    ctx.output.flush();
    ctx.event_loop.io.wait(deadline);
    io::run_completions(ctx);
    run_finalizations(ctx);
}

/// Runs the FinalizationRegistry cleanup callbacks the collector queued, in their own
/// callback scope (node runs V8's cleanup task from the loop, never inside other JS).
fn run_finalizations(ctx: &mut Context) {
    if ctx.pending_finalizations.is_empty() {
        return;
    }
    match crate::builtins::weak::run_pending_finalizations_js(ctx) {
        Ok(()) => after_callback(ctx),
        Err(_) => uncaught::report_exception(ctx),
    }
}

/// Closes a callback scope that did not throw (node's `InternalCallbackScope::Close`): runs
/// microtasks, then ticks and rejections if any are waiting. Errors are reported as uncaught.
pub fn after_callback(ctx: &mut Context) {
    if run_next_ticks(ctx).is_err() {
        uncaught::report_exception(ctx);
    }
}

/// node's `runNextTicks()` (also between timers and between immediates): a microtask
/// checkpoint, then `processTicksAndRejections` if ticks or rejections are waiting.
pub fn run_next_ticks(ctx: &mut Context) -> JsResult<()> {
    if !has_ticks_or_rejections(ctx) {
        run_microtasks(ctx);
    }
    if !has_ticks_or_rejections(ctx) {
        return Ok(());
    }
    process_ticks_and_rejections(ctx)
}

fn has_ticks_or_rejections(ctx: &Context) -> bool {
    ctx.event_loop.has_tick_scheduled() || ctx.event_loop.rejections.has_rejection_to_warn()
}

/// node's `processTicksAndRejections()`: every tick, then every microtask, again while ticks
/// were queued meanwhile or rejection processing may have queued work. A throwing tick
/// callback stops the drain (the rest stays queued) and propagates.
pub fn process_ticks_and_rejections(ctx: &mut Context) -> JsResult<()> {
    loop {
        while let Some(tick) = ctx.event_loop.ticks.pop_front() {
            let callback = tick.callback;
            let args_list = tick.args;
            let args: &[Value] = match args_list {
                Some(list) => &list.get().items,
                None => &[],
            };
            let result = function::call(ctx, callback, Value::UNDEFINED, args);
            // The tick left the queue: only this local roots the argument list (the slice
            // points into its malloc'd items, which the stack scan does not see).
            std::hint::black_box(args_list);
            result?;
        }
        run_microtasks(ctx);
        if ctx.event_loop.has_tick_scheduled() {
            continue;
        }
        if !rejections::process_promise_rejections(ctx)? {
            return Ok(());
        }
    }
}

#[cfg(test)]
mod tests;
