//! The microtask queue (the spec's job queue for promise jobs, HostEnqueuePromiseJob, plus
//! `queueMicrotask` callbacks and Rust jobs) and the microtask checkpoint that drains it.
//!
//! A checkpoint runs jobs in FIFO order until the queue is empty, including jobs queued by the
//! jobs it runs, as V8's `PerformCheckpoint` does. A job that throws (a `queueMicrotask`
//! callback, or a promise job whose user-supplied capability functions throw) is reported as
//! an uncaught exception and the checkpoint goes on with the next job.

use super::uncaught;
use crate::builtins::promise::{self, PromiseJob};
use crate::context::Context;
use crate::error::JsResult;
use crate::gc::Tracer;
use crate::object::function;
use crate::value::Value;
use std::collections::VecDeque;

/// A Rust job: `function(ctx, data, argument)`. The values are rooted while the job waits.
pub type NativeJobFn = fn(&mut Context, Value, Value) -> JsResult<()>;

/// One queued microtask.
pub enum Job {
    /// A promise job (PromiseReactionJob or PromiseResolveThenableJob), run by
    /// `builtins::promise`.
    Promise(PromiseJob),
    /// `queueMicrotask(callback)`: called with `this` undefined and no arguments.
    Callback(Value),
    /// A job written in Rust.
    Native {
        /// What to run.
        function: NativeJobFn,
        /// Its first value argument.
        data: Value,
        /// Its second value argument.
        argument: Value,
    },
}

impl Job {
    fn trace(&self, tracer: &mut Tracer) {
        match self {
            Job::Promise(job) => job.trace(tracer),
            Job::Callback(callback) => tracer.value(*callback),
            Job::Native { data, argument, .. } => {
                tracer.value(*data);
                tracer.value(*argument);
            }
        }
    }
}

/// The queue of microtasks.
#[derive(Default)]
pub struct JobQueue {
    jobs: VecDeque<Job>,
    running: bool,
}

impl JobQueue {
    /// Reports the values of every queued job.
    pub fn trace(&self, tracer: &mut Tracer) {
        for job in &self.jobs {
            job.trace(tracer);
        }
    }

    /// The number of queued jobs.
    pub fn len(&self) -> usize {
        self.jobs.len()
    }

    /// True when no job is queued.
    pub fn is_empty(&self) -> bool {
        self.jobs.is_empty()
    }
}

/// HostEnqueuePromiseJob / `queueMicrotask`: appends `job` to the microtask queue.
pub fn enqueue_job(ctx: &mut Context, job: Job) {
    ctx.event_loop.microtasks.jobs.push_back(job);
}

/// The microtask checkpoint: runs queued jobs until the queue is empty. Does nothing when
/// called from inside a checkpoint.
pub fn run_microtasks(ctx: &mut Context) {
    if ctx.event_loop.microtasks.running {
        return;
    }
    ctx.event_loop.microtasks.running = true;
    // The popped job is a local, so its values stay rooted while it runs.
    while let Some(job) = ctx.event_loop.microtasks.jobs.pop_front() {
        if run_job(ctx, job).is_err() {
            uncaught::report_exception(ctx);
        }
    }
    ctx.event_loop.microtasks.running = false;
    // The end of a checkpoint ends the job for WeakRef purposes (ClearKeptObjects, §9.10.2).
    ctx.clear_kept_objects();
}

fn run_job(ctx: &mut Context, job: Job) -> JsResult<()> {
    match job {
        Job::Promise(job) => promise::run_job(ctx, job),
        Job::Callback(callback) => function::call(ctx, callback, Value::UNDEFINED, &[]).map(drop),
        Job::Native { function, data, argument } => function(ctx, data, argument),
    }
}
