//! The I/O bridge, and the only module that names tokio: a current-thread tokio runtime
//! (built on first use) whose blocking pool runs work off the JS thread, a channel on which
//! finished work reports back, and the poll phase's wait ("sleep until the next timer, unless
//! a completion arrives first"). JS only ever runs on the loop thread: a completion's Rust
//! result crosses threads, and its callback runs in the poll phase as a callback scope.
//!
//! Core modules doing I/O (`fs`, `child_process`, …) call [`spawn_blocking`] with the work and a
//! completion function; a pending request keeps the loop alive unless unref'ed.
//!
//! Signals (`process.on('SIGINT', …)`) are watched through tokio's signal driver: a watch is a
//! persistent, unref'ed request (as node's signal handles are unref'ed) whose task reports
//! each delivery through the completion channel. Stopping a watch gives the signal its
//! default action back (tokio never uninstalls its handler, so the handler is set aside
//! with `sigaction` and put back when watching starts again).

use super::{after_callback, uncaught};
use crate::context::Context;
use crate::error::JsResult;
use crate::gc::Tracer;
use crate::value::Value;
use std::any::Any;
use std::collections::{HashMap, VecDeque};
use std::time::Instant;
use tokio::runtime::{Builder, Runtime};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};

/// The result of blocking work, as it crosses back to the loop thread.
pub type WorkResult = Box<dyn Any + Send>;

/// Runs on the loop thread when work finishes: `(ctx, data, result)`. An exception is
/// reported as uncaught; ticks and microtasks drain afterwards, as after any callback.
pub type CompletionFn = fn(&mut Context, Value, WorkResult) -> JsResult<()>;

/// Identifies one request to the I/O bridge.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct RequestId(u64);

impl RequestId {
    /// The id as a JS number, for natives that let JS ref or unref their request.
    pub fn to_number(self) -> f64 {
        self.0 as f64
    }

    /// The request a number from [`RequestId::to_number`] names.
    pub fn from_number(number: f64) -> RequestId {
        RequestId(number as u64)
    }
}

struct PendingRequest {
    on_complete: CompletionFn,
    data: Value,
    refed: bool,
    /// A signal watch: completes once per delivery and stays pending.
    persistent: bool,
}

/// One signal that has been watched: its request, and tokio's handler while the signal has
/// its default action back.
struct SignalWatch {
    id: RequestId,
    active: bool,
    saved_action: Option<libc::sigaction>,
}

/// The tokio runtime, the completion channel and the requests in flight.
#[derive(Default)]
pub struct IoDriver {
    runtime: Option<Runtime>,
    sender: Option<UnboundedSender<(RequestId, WorkResult)>>,
    receiver: Option<UnboundedReceiver<(RequestId, WorkResult)>>,
    pending: HashMap<RequestId, PendingRequest>,
    ready: VecDeque<(RequestId, WorkResult)>,
    /// Results known when their request was made ([`complete_later`]): they join `ready` at
    /// the next wait, so their callbacks run in the next poll phase, not the current one.
    deferred: VecDeque<(RequestId, WorkResult)>,
    refs: usize,
    next_id: u64,
    signals: HashMap<i32, SignalWatch>,
}

impl IoDriver {
    /// Reports the data values of requests in flight.
    pub fn trace(&self, tracer: &mut Tracer) {
        for request in self.pending.values() {
            tracer.value(request.data);
        }
    }

    /// True while a ref'ed request is in flight or a completion waits for its callback.
    pub fn is_alive(&self) -> bool {
        self.refs > 0 || !self.ready.is_empty() || !self.deferred.is_empty()
    }

    /// True when completions wait for their callbacks.
    pub fn has_completions(&self) -> bool {
        !self.ready.is_empty() || !self.deferred.is_empty()
    }

    /// Blocks until a completion arrives or `deadline` passes (`None`: no timer, wait for I/O
    /// only). Returns at once when completions are already waiting.
    pub fn wait(&mut self, deadline: Option<Instant>) {
        self.collect_ready();
        if self.ready.is_empty() && self.signals.values().any(|watch| watch.active) {
            // libuv polls (with a zero timeout when it must not sleep) in every iteration,
            // which is when signals that arrived meanwhile are seen: turn tokio's drivers once
            // and let the signal tasks run. Each yield is one scheduler round.
            if let Some(runtime) = &self.runtime {
                runtime.block_on(async {
                    for _ in 0..3 {
                        tokio::task::yield_now().await;
                    }
                });
            }
            self.collect_ready();
        }
        if !self.ready.is_empty() {
            return;
        }
        let now = Instant::now();
        match deadline {
            Some(deadline) if deadline <= now => return,
            None if self.pending.is_empty() => return,
            _ => {}
        }
        self.start();
        let (Some(runtime), Some(receiver)) = (&self.runtime, &mut self.receiver) else { return };
        let arrived = runtime.block_on(async {
            match deadline {
                Some(deadline) => {
                    let deadline = tokio::time::Instant::from_std(deadline);
                    tokio::time::timeout_at(deadline, receiver.recv()).await.ok().flatten()
                }
                None => receiver.recv().await,
            }
        });
        if let Some(completion) = arrived {
            self.ready.push_back(completion);
        }
        self.collect_ready();
    }

    fn collect_ready(&mut self) {
        self.ready.append(&mut self.deferred);
        if let Some(receiver) = &mut self.receiver {
            while let Ok(completion) = receiver.try_recv() {
                self.ready.push_back(completion);
            }
        }
    }

    /// Builds the runtime and the channel on first use.
    fn start(&mut self) {
        if self.runtime.is_some() {
            return;
        }
        let runtime = Builder::new_current_thread()
            .enable_time()
            .enable_io()
            .build()
            .unwrap_or_else(|error| crate::util::fatal(&format!("cannot start the event loop's runtime: {error}")));
        let (sender, receiver) = unbounded_channel();
        self.runtime = Some(runtime);
        self.sender = Some(sender);
        self.receiver = Some(receiver);
    }
}

/// Runs `work` on the blocking pool; when it finishes, `on_complete(ctx, data, result)` runs on
/// the loop thread in the poll phase. The request keeps the loop alive until then.
pub fn spawn_blocking<R, W>(ctx: &mut Context, work: W, on_complete: CompletionFn, data: Value) -> RequestId
where
    R: Send + 'static,
    W: FnOnce() -> R + Send + 'static,
{
    let driver = &mut ctx.event_loop.io;
    driver.start();
    let id = RequestId(driver.next_id);
    driver.next_id += 1;
    driver.pending.insert(id, PendingRequest { on_complete, data, refed: true, persistent: false });
    driver.refs += 1;
    let sender = driver.sender.clone();
    if let Some(runtime) = &driver.runtime {
        runtime.spawn_blocking(move || {
            let result: WorkResult = Box::new(work());
            if let Some(sender) = sender {
                // The loop may be gone (process exiting): nobody waits for this result then.
                let _ = sender.send((id, result));
            }
        });
    }
    id
}

/// A request whose work was done at once on the loop thread (it could not block: data was
/// already waiting): `on_complete(ctx, data, result)` runs in the next poll phase, as for
/// [`spawn_blocking`], without a trip through the blocking pool. Until then the request keeps
/// the loop alive and can be unref'ed.
pub fn complete_later(ctx: &mut Context, result: WorkResult, on_complete: CompletionFn, data: Value) -> RequestId {
    let driver = &mut ctx.event_loop.io;
    let id = RequestId(driver.next_id);
    driver.next_id += 1;
    driver.pending.insert(id, PendingRequest { on_complete, data, refed: true, persistent: false });
    driver.refs += 1;
    driver.deferred.push_back((id, result));
    id
}

/// Makes a request in flight keep the loop alive (`refed`) or not.
pub fn set_request_ref(ctx: &mut Context, id: RequestId, refed: bool) {
    let driver = &mut ctx.event_loop.io;
    let Some(request) = driver.pending.get_mut(&id) else { return };
    if request.refed != refed {
        request.refed = refed;
        if refed {
            driver.refs += 1;
        } else {
            driver.refs -= 1;
        }
    }
}

/// Starts delivering signal `signum`: each time it arrives, `on_signal(ctx, data, Box<i32>)`
/// runs in the poll phase. The watch does not keep the loop alive. An error (a signal that
/// cannot be caught, such as SIGKILL) is the errno of the failed registration.
pub fn watch_signal(ctx: &mut Context, signum: i32, on_signal: CompletionFn, data: Value) -> Result<(), i32> {
    let driver = &mut ctx.event_loop.io;
    if let Some(watch) = driver.signals.get_mut(&signum) {
        if !watch.active {
            if let Some(action) = watch.saved_action.take() {
                // SAFETY: `action` is the handler sigaction reported for this signal earlier.
                unsafe { libc::sigaction(signum, &action, std::ptr::null_mut()) };
            }
            watch.active = true;
        }
        if let Some(request) = driver.pending.get_mut(&watch.id) {
            request.on_complete = on_signal;
            request.data = data;
        }
        return Ok(());
    }
    driver.start();
    let (Some(runtime), Some(sender)) = (&driver.runtime, driver.sender.clone()) else { return Err(libc::EINVAL) };
    let id = RequestId(driver.next_id);
    let stream = {
        let _context = runtime.enter();
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::from_raw(signum))
    };
    let Ok(mut stream) = stream else { return Err(libc::EINVAL) };
    driver.next_id += 1;
    runtime.spawn(async move {
        while stream.recv().await.is_some() {
            let delivery: WorkResult = Box::new(signum);
            if sender.send((id, delivery)).is_err() {
                break;
            }
        }
    });
    driver.pending.insert(id, PendingRequest { on_complete: on_signal, data, refed: false, persistent: true });
    driver.signals.insert(signum, SignalWatch { id, active: true, saved_action: None });
    Ok(())
}

/// Stops delivering signal `signum`: it gets its default action back.
pub fn unwatch_signal(ctx: &mut Context, signum: i32) {
    let Some(watch) = ctx.event_loop.io.signals.get_mut(&signum) else { return };
    if !watch.active {
        return;
    }
    watch.active = false;
    // SAFETY: sigaction with a zeroed struct whose handler is SIG_DFL, and a valid out pointer
    // for the handler that was installed (tokio's).
    unsafe {
        let mut default: libc::sigaction = std::mem::zeroed();
        default.sa_sigaction = libc::SIG_DFL;
        let mut previous: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(signum, &default, &mut previous) == 0 {
            watch.saved_action = Some(previous);
        }
    }
}

/// Runs the callbacks of finished work, each as a callback scope.
pub fn run_completions(ctx: &mut Context) {
    while let Some((id, result)) = ctx.event_loop.io.ready.pop_front() {
        let driver = &mut ctx.event_loop.io;
        let Some(request) = driver.pending.get(&id) else { continue };
        let (on_complete, data) = (request.on_complete, request.data);
        if request.persistent {
            // A delivery for a watch that was stopped meanwhile is dropped.
            let watching = driver.signals.values().any(|watch| watch.id == id && watch.active);
            if !watching {
                continue;
            }
        } else {
            let request = driver.pending.remove(&id).expect("found above");
            if request.refed {
                driver.refs -= 1;
            }
        }
        match on_complete(ctx, data, result) {
            Ok(()) => after_callback(ctx),
            Err(_) => uncaught::report_exception(ctx),
        }
    }
}
