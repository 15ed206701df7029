//! Generators, async functions and async generators (§27.5, §27.7, §27.6): the objects that
//! drive a compiled resume function over its heap frame.
//!
//! The compiler turns each resumable function into a starter, which calls
//! `kiln_generator_new_js` ([`start_js`]), and a resume function holding the body as a state
//! machine over a [`frame`]. This module owns what happens between resumptions:
//! - `mod.rs`: the generator state ([`GeneratorData`]), starting a call, and the sync
//!   generator protocol behind %GeneratorPrototype% (GeneratorResume, GeneratorResumeAbrupt);
//! - `delegate.rs`: one step of `yield*` (§14.4.14);
//! - `async_function.rs`: the await driver of async functions (Await, §27.7.5.3);
//! - `async_generator.rs`: the request queue of async generators (§27.6.3).
//!
//! The built-in prototypes (%GeneratorPrototype%, %AsyncGeneratorPrototype%, …) are installed
//! by `builtins/generator.rs`, which calls back into this module. Promises come from
//! `builtins/promise.rs`; this module never touches their internals.

pub mod async_function;
pub mod async_generator;
pub mod delegate;
pub mod frame;
mod promises;

use crate::context::Context;
use crate::error::{JsResult, Throw, ThrowExt};
use crate::gc::{Gc, Tracer};
use crate::object::{function, JsObject, ObjectKind};
use crate::value::Value;
use kiln_abi::{resume_mode, ResumeFunctionPtr};
use std::collections::VecDeque;

/// Which resumable function a [`GeneratorData`] runs (`kind` of `kiln_generator_new_js`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum GeneratorKind {
    /// `function*`.
    Sync,
    /// `async function`.
    Async,
    /// `async function*`.
    AsyncGenerator,
}

/// [[GeneratorState]] / [[AsyncGeneratorState]].
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum GeneratorState {
    /// Created, body not started.
    SuspendedStart,
    /// Stopped at a `yield` (or, for async functions, an `await`).
    SuspendedYield,
    /// The body is running (or, for async code, waiting for an `await` inside it).
    Executing,
    /// Async generators only: the body finished and queued requests are being settled.
    DrainingQueue,
    /// Finished.
    Completed,
}

/// What the pending `await` of a generator resumes when its promise settles. A resumable
/// function waits for at most one promise at a time, so one field suffices.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum AwaitAction {
    /// An `await` in the body: resume with next(value) / throw(reason).
    Body,
    /// Async generators: the implicit await of `yield v`, then the yield itself.
    Yield,
    /// Async generators: the await of a `return(v)` resumption at a `yield`.
    ReturnResumption,
    /// Async generators: the await of `return v` at the end of the body.
    BodyReturn,
    /// Async generators: AsyncGeneratorAwaitReturn for a `return(v)` request once finished.
    AwaitReturn,
}

/// One queued request of an async generator (AsyncGeneratorRequest Record, §27.6.3.1).
#[derive(Copy, Clone, Debug)]
pub struct AsyncGeneratorRequest {
    /// `resume_mode`: next, throw or return.
    pub mode: u32,
    /// The value passed to the method.
    pub value: Value,
    /// The promise the method returned.
    pub promise: Value,
}

/// The internal slots of a generator, async generator, or the driver object of an async
/// function call (an internal object no JS code sees).
pub struct GeneratorData {
    /// The frame cell, or null once finished (so a finished generator frees its locals).
    pub(crate) frame: *mut u8,
    /// The compiled resume function.
    pub(crate) resume: ResumeFunctionPtr,
    /// Which protocol drives it.
    pub(crate) kind: GeneratorKind,
    /// Where it stands.
    pub(crate) state: GeneratorState,
    /// What the pending await resumes (async kinds).
    pub(crate) await_action: AwaitAction,
    /// The async function's promise (undefined for the other kinds).
    pub(crate) promise: Value,
    /// [[AsyncGeneratorQueue]].
    pub(crate) queue: VecDeque<AsyncGeneratorRequest>,
}

impl GeneratorData {
    pub(crate) fn trace(&self, tracer: &mut Tracer) {
        tracer.raw(self.frame as usize);
        tracer.value(self.promise);
        for request in &self.queue {
            tracer.value(request.value);
            tracer.value(request.promise);
        }
        tracer.external(self.queue.capacity() * std::mem::size_of::<AsyncGeneratorRequest>());
    }

    /// Which protocol drives it.
    pub fn kind(&self) -> GeneratorKind {
        self.kind
    }

    /// Where it stands.
    pub fn state(&self) -> GeneratorState {
        self.state
    }
}

/// The generator data of `object`, if it is a generator-like object.
pub(crate) fn data_of(object: Gc<JsObject>) -> Option<&'static mut GeneratorData> {
    match object.get_mut().kind_mut() {
        Some(ObjectKind::Generator(data)) => Some(&mut **data),
        _ => None,
    }
}

/// The generator data of `object`, which the caller knows to be a generator-like object.
pub(crate) fn data(object: Gc<JsObject>) -> &'static mut GeneratorData {
    match data_of(object) {
        Some(data) => data,
        None => crate::util::fatal("generator operation on a non-generator object"),
    }
}

/// `kiln_generator_new_js`: the call of a resumable function. `args` are the caller's
/// arguments (copied into the frame), `resume` the compiled body, `slot_count` its locals.
pub fn start_js(
    ctx: &mut Context,
    callee: Value,
    this: Value,
    args: &[Value],
    resume: ResumeFunctionPtr,
    slot_count: u32,
    kind: GeneratorKind,
) -> JsResult<Value> {
    // `frame` stays in a local (a root) until the generator object holds it.
    let frame = frame::new_frame(ctx, callee, this, args, slot_count);
    match kind {
        GeneratorKind::Sync => {
            // OrdinaryCreateFromConstructor(callee, "%GeneratorFunction.prototype.prototype%").
            let default = ctx.realm.generator_prototype;
            let prototype = function::prototype_from_constructor(ctx, callee, default)?;
            let generator = new_generator_object(ctx, Some(prototype), frame, resume, kind);
            bind_parameters_js(ctx, generator)?;
            Ok(Value::object(generator))
        }
        GeneratorKind::AsyncGenerator => {
            let default = ctx.realm.async_generator_prototype;
            let prototype = function::prototype_from_constructor(ctx, callee, default)?;
            let generator = new_generator_object(ctx, Some(prototype), frame, resume, kind);
            bind_parameters_js(ctx, generator)?;
            Ok(Value::object(generator))
        }
        GeneratorKind::Async => {
            let driver = new_generator_object(ctx, None, frame, resume, kind);
            async_function::start_js(ctx, driver)
        }
    }
}

/// FunctionDeclarationInstantiation of a generator at the call, as the spec has it: the compiled
/// body binds its parameters (defaults and destructuring included) and hoisted functions, then
/// suspends at an initial point before its first statement; the first `next()` resumes there.
/// An error in the parameters is thrown by the call itself.
fn bind_parameters_js(ctx: &mut Context, generator: Gc<JsObject>) -> JsResult<()> {
    data(generator).state = GeneratorState::Executing;
    let step = run_body_js(ctx, generator, Value::UNDEFINED, kiln_abi::resume_mode::NEXT);
    data(generator).state = GeneratorState::SuspendedStart;
    match step {
        Step::Suspended(..) => Ok(()),
        Step::Returned(_) => {
            data(generator).state = GeneratorState::Completed;
            Ok(())
        }
        Step::Threw => {
            data(generator).state = GeneratorState::Completed;
            Err(crate::error::Throw)
        }
    }
}

/// A generator-like object over `frame`, suspended at its start.
fn new_generator_object(
    ctx: &mut Context,
    prototype: Option<Gc<JsObject>>,
    frame: *mut u8,
    resume: ResumeFunctionPtr,
    kind: GeneratorKind,
) -> Gc<JsObject> {
    // Allocate first, then move the frame pointer into the (Rust-heap) data: during the
    // allocation `frame` must still be in this stack frame, where the collector sees it.
    let shape = ctx.root_shape;
    let object = ctx.alloc(JsObject::new(shape, prototype, ObjectKind::Ordinary));
    let data = GeneratorData {
        frame,
        resume,
        kind,
        state: GeneratorState::SuspendedStart,
        await_action: AwaitAction::Body,
        promise: Value::UNDEFINED,
        queue: VecDeque::new(),
    };
    object.get_mut().set_kind(ObjectKind::Generator(Box::new(data)));
    object
}

/// How one run of the body ended.
pub(crate) enum Step {
    /// It suspended with a value, at a `yield` or an `await`.
    Suspended(Value, frame::SuspendKind),
    /// It finished with a return value.
    Returned(Value),
    /// It threw (the exception is pending in `ctx`).
    Threw,
}

/// Runs the body of `generator` from where it stands with `(sent, mode)` until it suspends,
/// returns or throws. The caller has set the state to Executing; a finished body leaves the
/// frame released (null).
pub(crate) fn run_body_js(ctx: &mut Context, generator: Gc<JsObject>, sent: Value, mode: u32) -> Step {
    let (frame, resume) = {
        let data = data(generator);
        (data.frame, data.resume)
    };
    if frame.is_null() {
        // Finished bodies are never resumed; treat a stray resumption as a return.
        return Step::Returned(Value::UNDEFINED);
    }
    if ctx.check_stack().is_err() {
        data(generator).frame = std::ptr::null_mut();
        return Step::Threw;
    }
    // SAFETY: `resume` is the compiled resume function made for this frame's layout; the frame
    // is alive (held by `generator`, which our caller keeps, and by the local `frame`).
    let bits = unsafe { resume(ctx as *mut Context as *mut u8, frame, sent.bits(), mode) };
    // SAFETY: the frame is still alive (see above).
    let (done, kind) = unsafe { (frame::is_done(frame), frame::suspend_kind(frame)) };
    std::hint::black_box(frame);
    if bits == kiln_abi::EXCEPTION {
        data(generator).frame = std::ptr::null_mut();
        return Step::Threw;
    }
    let value = Value::from_bits(bits);
    if done {
        data(generator).frame = std::ptr::null_mut();
        return Step::Returned(value);
    }
    Step::Suspended(value, kind)
}

// ---- sync generators (§27.5.3) ----

/// %GeneratorPrototype%.next / return / throw (§27.5.1.2–4): GeneratorResume or
/// GeneratorResumeAbrupt with `mode`.
pub fn generator_resume_js(ctx: &mut Context, this: Value, value: Value, mode: u32, method: &str) -> JsResult<Value> {
    // GeneratorValidate.
    let generator = match this.as_object() {
        Some(object) if matches!(data_of(object), Some(data) if data.kind == GeneratorKind::Sync) => object,
        _ => {
            let text = crate::error::describe_value(ctx, this);
            return ctx.throw_type_error(&format!("Method [Generator].prototype.{method} called on incompatible receiver {text}"));
        }
    };
    let state = data(generator).state;
    match state {
        GeneratorState::Executing | GeneratorState::DrainingQueue => {
            return ctx.throw_type_error("Generator is already running");
        }
        GeneratorState::SuspendedStart if mode != resume_mode::NEXT => {
            // A generator closed before it started never runs its body.
            finish(generator);
            return complete_abruptly(ctx, value, mode);
        }
        GeneratorState::Completed => {
            return if mode == resume_mode::NEXT { Ok(iter_result(ctx, Value::UNDEFINED, true)) } else { complete_abruptly(ctx, value, mode) };
        }
        GeneratorState::SuspendedStart | GeneratorState::SuspendedYield => {}
    }
    data(generator).state = GeneratorState::Executing;
    ctx.generator_delegated_yield = false;
    match run_body_js(ctx, generator, value, mode) {
        Step::Suspended(value, _) => {
            data(generator).state = GeneratorState::SuspendedYield;
            // `yield*` hands the inner iterator's result object through unchanged (§14.4.14
            // step 7.a.vi: GeneratorYield(innerResult)).
            if std::mem::take(&mut ctx.generator_delegated_yield) {
                return Ok(value);
            }
            Ok(iter_result(ctx, value, false))
        }
        Step::Returned(value) => {
            data(generator).state = GeneratorState::Completed;
            Ok(iter_result(ctx, value, true))
        }
        Step::Threw => {
            data(generator).state = GeneratorState::Completed;
            Err(Throw)
        }
    }
}

/// What [`next_for_iteration_js`] found.
pub(crate) enum IterationStep {
    /// The generator yielded this value.
    Yielded(Value),
    /// The generator returned (its value is not wanted by iteration).
    Returned,
    /// A `yield*` handed an inner iterator's result object through: read `done` and `value`
    /// from it.
    ResultObject(Value),
}

/// `generator.next()` as a for-of loop, a spread or destructuring takes it (§7.4.8
/// IteratorStep), for a sync generator suspended at its start or at a `yield`: the same steps
/// as [`generator_resume_js`] without the iterator result object. None for any other
/// generator state or object, which the caller calls `next` for.
pub(crate) fn next_for_iteration_js(ctx: &mut Context, generator: Gc<JsObject>) -> Option<JsResult<IterationStep>> {
    let data = data_of(generator)?;
    if data.kind != GeneratorKind::Sync || !matches!(data.state, GeneratorState::SuspendedStart | GeneratorState::SuspendedYield) {
        return None;
    }
    data.state = GeneratorState::Executing;
    ctx.generator_delegated_yield = false;
    Some(match run_body_js(ctx, generator, Value::UNDEFINED, resume_mode::NEXT) {
        Step::Suspended(value, _) => {
            self::data(generator).state = GeneratorState::SuspendedYield;
            if std::mem::take(&mut ctx.generator_delegated_yield) {
                Ok(IterationStep::ResultObject(value))
            } else {
                Ok(IterationStep::Yielded(value))
            }
        }
        Step::Returned(_) => {
            self::data(generator).state = GeneratorState::Completed;
            Ok(IterationStep::Returned)
        }
        Step::Threw => {
            self::data(generator).state = GeneratorState::Completed;
            Err(Throw)
        }
    })
}

/// Marks a generator finished and releases its frame.
fn finish(generator: Gc<JsObject>) {
    let data = data(generator);
    if !data.frame.is_null() {
        // SAFETY: the frame is alive (held by the generator).
        unsafe { frame::set_done(data.frame) };
    }
    data.frame = std::ptr::null_mut();
    data.state = GeneratorState::Completed;
}

/// The result of `return(value)` / `throw(value)` on a generator that is not running its body.
fn complete_abruptly(ctx: &mut Context, value: Value, mode: u32) -> JsResult<Value> {
    if mode == resume_mode::THROW {
        return ctx.throw_value(value);
    }
    Ok(iter_result(ctx, value, true))
}

fn iter_result(ctx: &mut Context, value: Value, done: bool) -> Value {
    crate::iteration::iter_result(ctx, value, done)
}

// ---- function objects ----

/// `kiln_function_new` for a generator, async or async generator function (`FLAG_GENERATOR`,
/// `FLAG_ASYNC`): never a constructor; [[Prototype]] is %GeneratorFunction.prototype%,
/// %AsyncFunction.prototype% or %AsyncGeneratorFunction.prototype%; generator functions get
/// a `prototype` object inheriting %GeneratorPrototype% (or %AsyncGeneratorPrototype%) with no
/// `constructor` (§15.5.4, §15.6.4).
pub fn new_resumable_function(
    ctx: &mut Context,
    entry: kiln_abi::JsFunctionPtr,
    env: *mut u8,
    name: Value,
    length: u32,
    flags: u32,
    id: u32,
) -> Gc<JsObject> {
    use function::{FunctionData, FunctionVariant, FLAG_ASYNC, FLAG_CONSTRUCTOR, FLAG_GENERATOR};
    let flags = flags & !FLAG_CONSTRUCTOR;
    let generator = flags & FLAG_GENERATOR != 0;
    let (function_prototype, instance_prototype) = match (generator, flags & FLAG_ASYNC != 0) {
        (true, false) => (ctx.realm.generator_function_prototype, Some(ctx.realm.generator_prototype)),
        (true, true) => (ctx.realm.async_generator_function_prototype, Some(ctx.realm.async_generator_prototype)),
        (false, _) => (ctx.realm.async_function_prototype, None),
    };
    let variant = FunctionVariant::Compiled { env, id };
    let data = FunctionData { entry, flags, variant, home_or_data: Value::UNDEFINED, instance_slots: 0 };
    let slots = [Value::number(length as f64), name, Value::UNDEFINED];
    let Some(instance_prototype) = instance_prototype else {
        let shape = ctx.realm.shapes.function;
        return crate::object::new_with_slots(ctx, shape, &slots[..2], Some(function_prototype), ObjectKind::Function(data));
    };
    let shape = ctx.realm.shapes.constructor_function;
    let function = crate::object::new_with_slots(ctx, shape, &slots, Some(function_prototype), ObjectKind::Function(data));
    let prototype_object = ctx.new_object_with_prototype(Some(instance_prototype));
    function.get_mut().slots.set(2, Value::object(prototype_object));
    function
}

#[cfg(test)]
mod tests;
