//! Promise (§27.2): the promise abstract operations, the `Promise` constructor,
//! `Promise.prototype.then/catch/finally`, `Promise.resolve/reject`, and the jobs the microtask
//! queue runs. The combinators (`all`, `allSettled`, `any`, `race`) are `promise_combinators.rs`.
//!
//! Promises follow the spec step by step, including the observable lookups (`constructor`,
//! `@@species`, `then`) and NewPromiseResolveThenableJob's extra tick, which node shows. Where
//! the spec's resolving functions could never be observed (the derived promise of `then` with
//! %Promise% as species, `Promise.resolve` on %Promise%) the promise is settled directly
//! ([`Capability::Intrinsic`]) instead of through two fresh function objects.
//!
//! Rust API for the async-function driver and host code: [`new_promise`],
//! [`resolve_promise_js`], [`reject_promise`], [`promise_resolve_js`], [`perform_then`] with
//! [`Handler`]s (JS functions or Rust functions), [`new_promise_capability_js`]; jobs go
//! through `event_loop::enqueue_job`. Unhandled rejections are reported to
//! `event_loop::rejections` (HostPromiseRejectionTracker).

use super::builder::{constructor, ObjectBuilder};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::event_loop::rejections::{self, RejectionState};
use crate::event_loop::{enqueue_job, Job};
use crate::gc::{Gc, Tracer, ValueList};
use crate::object::function::{self, NativeCall, NativeFn};
use crate::object::{Attributes, JsObject, ObjectKind, PropertyKey};
use crate::value::Value;

/// [[PromiseState]].
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum PromiseState {
    /// Not settled yet.
    Pending,
    /// Fulfilled with [[PromiseResult]].
    Fulfilled,
    /// Rejected with [[PromiseResult]].
    Rejected,
}

/// The internal slots of a Promise instance.
pub struct PromiseData {
    state: PromiseState,
    /// [[PromiseIsHandled]].
    is_handled: bool,
    /// The [[AlreadyResolved]] of the promise's implicit resolving functions, used by the Rust
    /// API ([`resolve_promise_js`], [`reject_promise`]) and intrinsic capabilities.
    already_resolved: bool,
    /// Where the promise is in unhandled-rejection tracking: `RejectionState`'s variant
    /// (0 untracked, 1 pending, 2 warned) and id, kept apart so that the promise's data
    /// takes 40 bytes (`ObjectKind`'s size).
    rejection_kind: u8,
    rejection_id: u32,
    /// [[PromiseResult]] (undefined while pending).
    result: Value,
    /// [[PromiseFulfillReactions]] and [[PromiseRejectReactions]], which are always appended in
    /// pairs, kept as one list of pairs. Emptied on settlement.
    reactions: Vec<PromiseReaction>,
}

impl PromiseData {
    /// Where the promise is in unhandled-rejection tracking.
    fn rejection(&self) -> RejectionState {
        match self.rejection_kind {
            1 => RejectionState::Pending(self.rejection_id),
            2 => RejectionState::Warned(self.rejection_id),
            _ => RejectionState::Untracked,
        }
    }

    fn set_rejection(&mut self, state: RejectionState) {
        (self.rejection_kind, self.rejection_id) = match state {
            RejectionState::Untracked => (0, 0),
            RejectionState::Pending(id) => (1, id),
            RejectionState::Warned(id) => (2, id),
        };
    }

    fn new() -> PromiseData {
        PromiseData {
            state: PromiseState::Pending,
            is_handled: false,
            already_resolved: false,
            rejection_kind: 0,
            rejection_id: 0,
            result: Value::UNDEFINED,
            reactions: Vec::new(),
        }
    }

    /// Reports the result and the reactions' values.
    pub fn trace(&self, tracer: &mut Tracer) {
        tracer.value(self.result);
        for reaction in &self.reactions {
            reaction.trace(tracer);
        }
        tracer.external(self.reactions.capacity() * std::mem::size_of::<PromiseReaction>());
    }
}

/// A reaction's handler ([[Handler]] of a PromiseReaction Record).
#[derive(Copy, Clone)]
pub enum Handler {
    /// Empty: the value (or reason) passes through to the capability.
    Empty,
    /// A callable JS value, called with `this` undefined and the value.
    Js(Value),
    /// A Rust function `function(ctx, data, value)`; its result is the handler's result.
    Native {
        /// What to run.
        function: NativeHandlerFn,
        /// Its data argument (rooted while the reaction waits).
        data: Value,
    },
}

/// A Rust promise reaction handler: `(ctx, data, value) -> result`.
pub type NativeHandlerFn = fn(&mut Context, Value, Value) -> JsResult<Value>;

impl Handler {
    /// A `then` argument as a handler: empty unless callable.
    pub fn from_value(value: Value) -> Handler {
        if value.is_callable() {
            Handler::Js(value)
        } else {
            Handler::Empty
        }
    }

    fn trace(&self, tracer: &mut Tracer) {
        match self {
            Handler::Empty => {}
            Handler::Js(value) => tracer.value(*value),
            Handler::Native { data, .. } => tracer.value(*data),
        }
    }
}

/// A PromiseCapability Record (§27.2.1.1).
#[derive(Copy, Clone)]
pub enum Capability {
    /// A %Promise% the runtime made whose resolving functions are never exposed: it is
    /// settled directly, through its implicit resolving functions.
    Intrinsic(Gc<JsObject>),
    /// { [[Promise]], [[Resolve]], [[Reject]] } from NewPromiseCapability(C).
    Generic {
        /// [[Promise]].
        promise: Value,
        /// [[Resolve]].
        resolve: Value,
        /// [[Reject]].
        reject: Value,
    },
}

impl Capability {
    /// [[Promise]].
    pub fn promise(&self) -> Value {
        match *self {
            Capability::Intrinsic(promise) => Value::object(promise),
            Capability::Generic { promise, .. } => promise,
        }
    }

    /// Call(capability.[[Resolve]], undefined, « value »).
    pub fn resolve_js(&self, ctx: &mut Context, value: Value) -> JsResult<()> {
        match *self {
            Capability::Intrinsic(promise) => {
                resolve_promise_js(ctx, promise, value);
                Ok(())
            }
            Capability::Generic { resolve, .. } => function::call(ctx, resolve, Value::UNDEFINED, &[value]).map(drop),
        }
    }

    /// Call(capability.[[Reject]], undefined, « reason »).
    pub fn reject_js(&self, ctx: &mut Context, reason: Value) -> JsResult<()> {
        match *self {
            Capability::Intrinsic(promise) => {
                reject_promise(ctx, promise, reason);
                Ok(())
            }
            Capability::Generic { reject, .. } => function::call(ctx, reject, Value::UNDEFINED, &[reason]).map(drop),
        }
    }

    /// The capability with real [[Resolve]] and [[Reject]] functions, for algorithms that hand
    /// them to user code (an intrinsic one gets a pair of resolving functions for its promise).
    pub fn with_functions(self, ctx: &mut Context) -> Capability {
        match self {
            Capability::Intrinsic(promise) => {
                let (resolve, reject) = create_resolving_functions(ctx, promise);
                Capability::Generic { promise: Value::object(promise), resolve, reject }
            }
            generic => generic,
        }
    }

    /// IfAbruptRejectPromise: rejects with the pending exception and returns [[Promise]].
    pub fn reject_with_exception_js(&self, ctx: &mut Context) -> JsResult<Value> {
        let reason = ctx.take_exception();
        self.reject_js(ctx, reason)?;
        Ok(self.promise())
    }

    fn trace(&self, tracer: &mut Tracer) {
        match *self {
            Capability::Intrinsic(promise) => tracer.cell(promise),
            Capability::Generic { promise, resolve, reject } => {
                tracer.value(promise);
                tracer.value(resolve);
                tracer.value(reject);
            }
        }
    }
}

/// A pair of PromiseReaction Records sharing a capability.
#[derive(Copy, Clone)]
struct PromiseReaction {
    capability: Option<Capability>,
    on_fulfilled: Handler,
    on_rejected: Handler,
}

impl PromiseReaction {
    fn trace(&self, tracer: &mut Tracer) {
        if let Some(capability) = &self.capability {
            capability.trace(tracer);
        }
        self.on_fulfilled.trace(tracer);
        self.on_rejected.trace(tracer);
    }
}

/// [[Type]] of a PromiseReaction.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ReactionKind {
    /// A fulfill reaction.
    Fulfill,
    /// A reject reaction.
    Reject,
}

/// A promise job waiting in the microtask queue.
pub enum PromiseJob {
    /// NewPromiseReactionJob (§27.2.2.1).
    Reaction {
        /// [[Capability]].
        capability: Option<Capability>,
        /// [[Handler]].
        handler: Handler,
        /// [[Type]].
        kind: ReactionKind,
        /// The value or reason.
        argument: Value,
    },
    /// NewPromiseResolveThenableJob (§27.2.2.2).
    ResolveThenable {
        /// The promise to resolve.
        promise: Gc<JsObject>,
        /// The thenable it was resolved with.
        thenable: Value,
        /// `thenable.then`, read when the promise was resolved.
        then: Value,
    },
}

impl PromiseJob {
    /// Reports the job's values.
    pub fn trace(&self, tracer: &mut Tracer) {
        match self {
            PromiseJob::Reaction { capability, handler, argument, .. } => {
                if let Some(capability) = capability {
                    capability.trace(tracer);
                }
                handler.trace(tracer);
                tracer.value(*argument);
            }
            PromiseJob::ResolveThenable { promise, thenable, then } => {
                tracer.cell(*promise);
                tracer.value(*thenable);
                tracer.value(*then);
            }
        }
    }
}

/// The captured state of a promise built-in closure (the internal slots of the spec's
/// CreateBuiltinFunction closures), kept in an internal object passed as native data.
pub enum PromiseRecord {
    /// The resolving functions' [[Promise]] and shared [[AlreadyResolved]].
    Resolving {
        /// The promise they settle.
        promise: Gc<JsObject>,
        /// [[AlreadyResolved]].
        already_resolved: bool,
    },
    /// GetCapabilitiesExecutor's resolvingFunctions record.
    Executor {
        /// [[Resolve]] (undefined until set).
        resolve: Value,
        /// [[Reject]] (undefined until set).
        reject: Value,
    },
    /// Promise.prototype.finally's thenFinally / catchFinally: onFinally and C.
    Finally {
        /// onFinally.
        on_finally: Value,
        /// C.
        constructor: Value,
    },
    /// finally's valueThunk / thrower: the value to return or throw.
    Thunk(Value),
    /// The state one combinator call shares between its element functions: [[Values]]
    /// (or the errors of `any`), the result capability and [[RemainingElements]].
    Combinator {
        /// The values or errors, by index.
        values: Gc<ValueList>,
        /// The result capability.
        capability: Capability,
        /// remainingElementsCount.[[Value]].
        remaining: u64,
    },
    /// One element function's (or allSettled pair's) [[AlreadyCalled]] and [[Index]], with
    /// the shared combinator record.
    Element {
        /// [[Index]].
        index: usize,
        /// [[AlreadyCalled]].
        already_called: bool,
        /// The `Combinator` record.
        shared: Gc<JsObject>,
    },
}

impl PromiseRecord {
    /// Reports the record's values.
    pub fn trace(&self, tracer: &mut Tracer) {
        match self {
            PromiseRecord::Resolving { promise, .. } => tracer.cell(*promise),
            PromiseRecord::Executor { resolve, reject } => {
                tracer.value(*resolve);
                tracer.value(*reject);
            }
            PromiseRecord::Finally { on_finally, constructor } => {
                tracer.value(*on_finally);
                tracer.value(*constructor);
            }
            PromiseRecord::Thunk(value) => tracer.value(*value),
            PromiseRecord::Combinator { values, capability, .. } => {
                tracer.cell(*values);
                capability.trace(tracer);
            }
            PromiseRecord::Element { shared, .. } => tracer.cell(*shared),
        }
    }
}

/// Installs `Promise`, `Promise.prototype` and the statics.
pub fn init(ctx: &mut Context) {
    let object_prototype = ctx.realm.object_prototype;
    let prototype = ctx.new_object_with_prototype(Some(object_prototype));
    ctx.realm.promise_prototype = prototype;
    let promise = constructor(ctx, "Promise", 1, promise_constructor, prototype);
    ctx.realm.promise_constructor = promise;
    let species = PropertyKey::Symbol(ctx.symbols.species);
    ObjectBuilder::new(ctx, promise)
        .method("all", 1, super::promise_combinators::all)
        .method("allSettled", 1, super::promise_combinators::all_settled)
        .method("any", 1, super::promise_combinators::any)
        .method("race", 1, super::promise_combinators::race)
        .method("resolve", 1, resolve)
        .method("reject", 1, reject)
        .accessor_with_key(species, "[Symbol.species]", Some(get_species), None);
    let tag = crate::string::from_str(ctx, "Promise");
    let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);
    ObjectBuilder::new(ctx, prototype)
        .method("then", 2, then)
        .method("catch", 1, catch)
        .method("finally", 1, finally)
        .define(tag_key, Value::string(tag), Attributes::READONLY_HIDDEN);
}

// ---------------------------------------------------------------------------------------------
// The Rust API

/// A new pending %Promise%.
pub fn new_promise(ctx: &mut Context) -> Gc<JsObject> {
    let prototype = ctx.realm.promise_prototype;
    promise_with_prototype(ctx, prototype)
}

fn promise_with_prototype(ctx: &mut Context, prototype: Gc<JsObject>) -> Gc<JsObject> {
    let shape = ctx.root_shape;
    ctx.alloc(JsObject::new(shape, Some(prototype), ObjectKind::Promise(PromiseData::new())))
}

/// IsPromise (§27.2.1.6): an object with [[PromiseState]].
pub fn is_promise(value: Value) -> bool {
    value.as_object().is_some_and(|object| matches!(*object.get().kind(), ObjectKind::Promise(_)))
}

/// The promise data of `object`, if it is a promise.
fn data_of(object: Gc<JsObject>) -> Option<&'static mut PromiseData> {
    match object.get_mut().kind_mut() {
        Some(ObjectKind::Promise(data)) => Some(data),
        _ => None,
    }
}

fn data(promise: Gc<JsObject>) -> &'static mut PromiseData {
    data_of(promise).unwrap_or_else(|| crate::util::fatal("promise operation on a non-promise"))
}

/// [[PromiseState]] of `promise` (which must be a promise).
pub fn promise_state(promise: Gc<JsObject>) -> PromiseState {
    data(promise).state
}

/// [[PromiseResult]] of `promise` (undefined while pending).
pub fn promise_result(promise: Gc<JsObject>) -> Value {
    data(promise).result
}

/// The state and result of `value` if it is a promise (for `util.inspect`).
pub fn promise_details(value: Value) -> Option<(PromiseState, Value)> {
    let data = data_of(value.as_object()?)?;
    Some((data.state, data.result))
}

/// The steps of the promise's resolve function (§27.2.1.3.2) with `resolution`: adopts a
/// thenable through a job, fulfills otherwise. Does nothing once the promise was resolved
/// through this API. Never throws (a throwing `then` getter rejects); may run user JS.
pub fn resolve_promise_js(ctx: &mut Context, promise: Gc<JsObject>, resolution: Value) {
    let data = data(promise);
    if data.already_resolved || data.state != PromiseState::Pending {
        return;
    }
    data.already_resolved = true;
    resolve_steps_js(ctx, promise, resolution);
}

/// The steps of the promise's reject function (§27.2.1.3.1): RejectPromise unless it was
/// already resolved through this API.
pub fn reject_promise(ctx: &mut Context, promise: Gc<JsObject>, reason: Value) {
    let data = data(promise);
    if data.already_resolved || data.state != PromiseState::Pending {
        return;
    }
    data.already_resolved = true;
    reject_settle(ctx, promise, reason);
}

/// PromiseResolve(C, x) (§27.2.4.7.1): `x` itself when it is a promise whose `constructor` is
/// `C`, else a new promise of `C` resolved with `x`. Runs user JS (`constructor`, C itself).
pub fn promise_resolve_js(ctx: &mut Context, constructor: Value, value: Value) -> JsResult<Value> {
    // 1. If IsPromise(x) is true, then
    if let Some(object) = value.as_object().filter(|_| is_promise(value)) {
        let key = PropertyKey::String(ctx.atoms.constructor);
        let value_constructor = crate::object::ops::get_property(ctx, object, key)?;
        if value_constructor == constructor {
            return Ok(value);
        }
    }
    // 2–4.
    let capability = new_promise_capability_js(ctx, constructor)?;
    capability.resolve_js(ctx, value)?;
    Ok(capability.promise())
}

/// NewPromiseCapability(C) (§27.2.1.5). With C = %Promise% the capability is intrinsic (the
/// steps are unobservable then).
pub fn new_promise_capability_js(ctx: &mut Context, constructor: Value) -> JsResult<Capability> {
    // 1. If IsConstructor(C) is false, throw a TypeError exception.
    if !constructor.is_constructor() {
        let text = crate::error::describe_value(ctx, constructor);
        return ctx.throw_type_error(&format!("{text} is not a constructor"));
    }
    if constructor == Value::object(ctx.realm.promise_constructor) {
        return Ok(Capability::Intrinsic(new_promise(ctx)));
    }
    // 3–5. The executor closes over a fresh resolvingFunctions record.
    let record = new_record(ctx, PromiseRecord::Executor { resolve: Value::UNDEFINED, reject: Value::UNDEFINED });
    let empty = ctx.atoms.empty;
    let executor = function::new_native_with_data(ctx, empty, 2, capabilities_executor, false, Value::object(record));
    // 6. Let promise be ? Construct(C, « executor »).
    let promise = function::construct(ctx, constructor, &[Value::object(executor)], constructor)?;
    let PromiseRecord::Executor { resolve, reject } = *record_of(record) else {
        crate::util::fatal("executor record changed kind")
    };
    // 7–8.
    if !resolve.is_callable() || !reject.is_callable() {
        return ctx.throw_type_error("Promise resolve or reject function is not callable");
    }
    Ok(Capability::Generic { promise, resolve, reject })
}

/// PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability) (§27.2.5.4.1):
/// registers the reactions (or queues the job if already settled) and marks the promise
/// handled. Returns the capability's promise, or undefined without one.
pub fn perform_then(
    ctx: &mut Context,
    promise: Gc<JsObject>,
    on_fulfilled: Handler,
    on_rejected: Handler,
    capability: Option<Capability>,
) -> Value {
    let reaction = PromiseReaction { capability, on_fulfilled, on_rejected };
    let data = data(promise);
    match data.state {
        // 9. Pending: append the reactions.
        PromiseState::Pending => data.reactions.push(reaction),
        // 10. Fulfilled: queue the fulfill job.
        PromiseState::Fulfilled => {
            let argument = data.result;
            enqueue_reaction(ctx, &reaction, ReactionKind::Fulfill, argument);
        }
        // 11. Rejected: track the late handler, queue the reject job.
        PromiseState::Rejected => {
            let argument = data.result;
            if !data.is_handled {
                let state = data.rejection();
                let state = rejections::track_handled(ctx, promise, state);
                self::data(promise).set_rejection(state);
            }
            enqueue_reaction(ctx, &reaction, ReactionKind::Reject, argument);
        }
    }
    // 12. Set promise.[[PromiseIsHandled]] to true.
    self::data(promise).is_handled = true;
    capability.map_or(Value::UNDEFINED, |capability| capability.promise())
}

/// Runs a promise job (called by the microtask checkpoint).
pub fn run_job(ctx: &mut Context, job: PromiseJob) -> JsResult<()> {
    match job {
        PromiseJob::Reaction { capability, handler, kind, argument } => run_reaction_job(ctx, capability, handler, kind, argument),
        PromiseJob::ResolveThenable { promise, thenable, then } => {
            // a. Let resolvingFunctions be CreateResolvingFunctions(promiseToResolve).
            let (resolve_function, reject_function) = create_resolving_functions(ctx, promise);
            // b. Let thenCallResult be Completion(HostCallJobCallback(then, thenable, « … »)).
            let result = function::call(ctx, then, thenable, &[resolve_function, reject_function]);
            // c. If thenCallResult is an abrupt completion, reject.
            if result.is_err() {
                let reason = ctx.take_exception();
                function::call(ctx, reject_function, Value::UNDEFINED, &[reason])?;
            }
            Ok(())
        }
    }
}

/// The unhandled-rejection state of `promise`.
pub fn rejection_state(promise: Gc<JsObject>) -> RejectionState {
    data(promise).rejection()
}

/// Sets the unhandled-rejection state of `promise`.
pub fn set_rejection_state(promise: Gc<JsObject>, state: RejectionState) {
    data(promise).set_rejection(state);
}

/// The id node's rejection warnings give `promise`.
pub fn rejection_id(promise: Gc<JsObject>) -> u32 {
    match data(promise).rejection() {
        RejectionState::Pending(id) | RejectionState::Warned(id) => id,
        RejectionState::Untracked => 0,
    }
}

/// Invoke(value, "then", args) (§7.3.21) with V8's message for a non-callable `then`.
pub fn invoke_then_js(ctx: &mut Context, value: Value, args: &[Value]) -> JsResult<Value> {
    let key = ctx.key("then");
    let then = crate::object::ops::get_value(ctx, value, key)?;
    if !then.is_callable() {
        let text = type_and_value(ctx, then);
        return ctx.throw_type_error(&format!("{text} is not a function"));
    }
    function::call(ctx, then, value, args)
}

/// How V8 names a value in "… is not a function" when the call site has no name:
/// `undefined`, `object null`, `number 5`, `string "a"`, `boolean true`, `symbol`,
/// `function`, `object`.
pub fn type_and_value(ctx: &mut Context, value: Value) -> String {
    if value.is_undefined() {
        return "undefined".to_string();
    }
    if value.is_null() {
        return "object null".to_string();
    }
    if let Some(string) = value.as_string() {
        return format!("string \"{}\"", string.get().to_rust_string());
    }
    if value.is_symbol() {
        return "symbol".to_string();
    }
    if value.is_callable() {
        return "function".to_string();
    }
    if value.is_object() {
        return "object".to_string();
    }
    let type_name = crate::value::ops::type_of(ctx, value).get().to_rust_string();
    format!("{type_name} {}", crate::error::primitive_text(ctx, value))
}

// ---------------------------------------------------------------------------------------------
// Abstract operations

/// Allocates an internal record object.
pub(crate) fn new_record(ctx: &mut Context, record: PromiseRecord) -> Gc<JsObject> {
    let shape = ctx.root_shape;
    ctx.alloc(JsObject::new(shape, None, ObjectKind::PromiseRecord(Box::new(record))))
}

/// The record in `object`.
pub(crate) fn record_of(object: Gc<JsObject>) -> &'static mut PromiseRecord {
    match object.get_mut().kind_mut() {
        Some(ObjectKind::PromiseRecord(record)) => record,
        _ => crate::util::fatal("promise closure without its record"),
    }
}

/// The record of the running closure (`call.data()`).
pub(crate) fn closure_record(call: &NativeCall) -> Gc<JsObject> {
    call.data().as_object().unwrap_or_else(|| crate::util::fatal("promise closure without data"))
}

/// A closure function named "" with `length`, over `record`.
pub(crate) fn new_closure(ctx: &mut Context, length: u32, native: NativeFn, record: Gc<JsObject>) -> Value {
    let empty = ctx.atoms.empty;
    Value::object(function::new_native_with_data(ctx, empty, length, native, false, Value::object(record)))
}

/// CreateResolvingFunctions(promise) (§27.2.1.3).
fn create_resolving_functions(ctx: &mut Context, promise: Gc<JsObject>) -> (Value, Value) {
    let record = new_record(ctx, PromiseRecord::Resolving { promise, already_resolved: false });
    let resolve = new_closure(ctx, 1, resolve_function, record);
    let reject = new_closure(ctx, 1, reject_function, record);
    (resolve, reject)
}

/// Promise Resolve Functions (§27.2.1.3.2).
fn resolve_function(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let record = closure_record(call);
    let PromiseRecord::Resolving { promise, already_resolved } = record_of(record) else {
        crate::util::fatal("resolve function without its record")
    };
    // 5–6.
    if *already_resolved {
        return Ok(Value::UNDEFINED);
    }
    *already_resolved = true;
    let promise = *promise;
    resolve_steps_js(ctx, promise, call.arg(0));
    Ok(Value::UNDEFINED)
}

/// Promise Reject Functions (§27.2.1.3.1).
fn reject_function(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let record = closure_record(call);
    let PromiseRecord::Resolving { promise, already_resolved } = record_of(record) else {
        crate::util::fatal("reject function without its record")
    };
    if *already_resolved {
        return Ok(Value::UNDEFINED);
    }
    *already_resolved = true;
    let promise = *promise;
    reject_settle(ctx, promise, call.arg(0));
    Ok(Value::UNDEFINED)
}

/// Steps 7–16 of the resolve functions: self-resolution, non-objects, `then` lookup,
/// thenables (through NewPromiseResolveThenableJob).
fn resolve_steps_js(ctx: &mut Context, promise: Gc<JsObject>, resolution: Value) {
    // 7. If SameValue(resolution, promise) is true, reject with a TypeError.
    if resolution == Value::object(promise) {
        let text = crate::error::describe_value(ctx, resolution);
        let error = crate::error::new_error(ctx, crate::error::ErrorKind::TypeError, &format!("Chaining cycle detected for promise {text}"));
        reject_settle(ctx, promise, Value::object(error));
        return;
    }
    // 8. If resolution is not an Object, fulfill.
    let Some(object) = resolution.as_object() else {
        fulfill(ctx, promise, resolution);
        return;
    };
    // 9–10. Let then be Completion(Get(resolution, "then")).
    let key = ctx.key("then");
    let then = match crate::object::ops::get_property(ctx, object, key) {
        Ok(then) => then,
        Err(_) => {
            let reason = ctx.take_exception();
            reject_settle(ctx, promise, reason);
            return;
        }
    };
    // 12. If IsCallable(thenAction) is false, fulfill.
    if !then.is_callable() {
        fulfill(ctx, promise, resolution);
        return;
    }
    // 13–15. Queue NewPromiseResolveThenableJob.
    enqueue_job(ctx, Job::Promise(PromiseJob::ResolveThenable { promise, thenable: resolution, then }));
}

/// FulfillPromise(promise, value) (§27.2.1.4).
fn fulfill(ctx: &mut Context, promise: Gc<JsObject>, value: Value) {
    let data = data(promise);
    if data.state != PromiseState::Pending {
        return;
    }
    let reactions = std::mem::take(&mut data.reactions);
    data.result = value;
    data.state = PromiseState::Fulfilled;
    trigger_reactions(ctx, &reactions, ReactionKind::Fulfill, value);
}

/// RejectPromise(promise, reason) (§27.2.1.7), with HostPromiseRejectionTracker "reject".
fn reject_settle(ctx: &mut Context, promise: Gc<JsObject>, reason: Value) {
    let data = data(promise);
    if data.state != PromiseState::Pending {
        return;
    }
    let reactions = std::mem::take(&mut data.reactions);
    data.result = reason;
    data.state = PromiseState::Rejected;
    if !data.is_handled {
        let state = rejections::track_unhandled(ctx, promise);
        self::data(promise).set_rejection(state);
    }
    trigger_reactions(ctx, &reactions, ReactionKind::Reject, reason);
}

/// TriggerPromiseReactions (§27.2.1.8). The reactions were taken out of the promise, but
/// queueing never collects (the queue is a Rust deque), so they need no rooting.
fn trigger_reactions(ctx: &mut Context, reactions: &[PromiseReaction], kind: ReactionKind, argument: Value) {
    for reaction in reactions {
        enqueue_reaction(ctx, reaction, kind, argument);
    }
}

fn enqueue_reaction(ctx: &mut Context, reaction: &PromiseReaction, kind: ReactionKind, argument: Value) {
    let handler = match kind {
        ReactionKind::Fulfill => reaction.on_fulfilled,
        ReactionKind::Reject => reaction.on_rejected,
    };
    let job = PromiseJob::Reaction { capability: reaction.capability, handler, kind, argument };
    enqueue_job(ctx, Job::Promise(job));
}

/// NewPromiseReactionJob's job (§27.2.2.1).
fn run_reaction_job(ctx: &mut Context, capability: Option<Capability>, handler: Handler, kind: ReactionKind, argument: Value) -> JsResult<()> {
    // 5–6. The handler's result (Err carries the thrown value).
    let handler_result: Result<Value, Value> = match handler {
        Handler::Empty => match kind {
            ReactionKind::Fulfill => Ok(argument),
            ReactionKind::Reject => Err(argument),
        },
        Handler::Js(callback) => function::call(ctx, callback, Value::UNDEFINED, &[argument]).map_err(|_| ctx.take_exception()),
        Handler::Native { function, data } => function(ctx, data, argument).map_err(|_| ctx.take_exception()),
    };
    // 7. Without a capability (Await), the result is dropped; a Rust handler that throws is
    // a bug in the caller, reported as uncaught.
    let Some(capability) = capability else {
        return match handler_result {
            Ok(_) => Ok(()),
            Err(thrown) => ctx.throw_value(thrown),
        };
    };
    // 9–10.
    match handler_result {
        Err(reason) => capability.reject_js(ctx, reason),
        Ok(value) => capability.resolve_js(ctx, value),
    }
}

/// SpeciesConstructor(O, defaultConstructor) (§7.3.22) with V8's messages.
pub fn species_constructor(ctx: &mut Context, object: Gc<JsObject>, default: Value) -> JsResult<Value> {
    let key = PropertyKey::String(ctx.atoms.constructor);
    let constructor = crate::object::ops::get_property(ctx, object, key)?;
    if constructor.is_undefined() {
        return Ok(default);
    }
    let Some(constructor) = constructor.as_object() else {
        return ctx.throw_type_error("The .constructor property is not an object");
    };
    let species_key = PropertyKey::Symbol(ctx.symbols.species);
    let species = crate::object::ops::get_property(ctx, constructor, species_key)?;
    if species.is_nullish() {
        return Ok(default);
    }
    if species.is_constructor() {
        return Ok(species);
    }
    ctx.throw_type_error("object.constructor[Symbol.species] is not a constructor")
}

// ---------------------------------------------------------------------------------------------
// The constructor and its statics

/// Promise ( executor ) (§27.2.3.1).
fn promise_constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if !call.is_construct() {
        return ctx.throw_type_error("Promise constructor cannot be invoked without 'new'");
    }
    // 2. If IsCallable(executor) is false, throw a TypeError exception.
    let executor = call.arg(0);
    if !executor.is_callable() {
        let text = crate::error::describe_value(ctx, executor);
        return ctx.throw_type_error(&format!("Promise resolver {text} is not a function"));
    }
    // 3–7. OrdinaryCreateFromConstructor(NewTarget, "%Promise.prototype%").
    let default = ctx.realm.promise_prototype;
    let prototype = function::prototype_from_constructor(ctx, call.new_target, default)?;
    let promise = promise_with_prototype(ctx, prototype);
    // 8–10. Call the executor; a throw rejects.
    let (resolve_function, reject_function) = create_resolving_functions(ctx, promise);
    if function::call(ctx, executor, Value::UNDEFINED, &[resolve_function, reject_function]).is_err() {
        let reason = ctx.take_exception();
        function::call(ctx, reject_function, Value::UNDEFINED, &[reason])?;
    }
    Ok(Value::object(promise))
}

/// GetCapabilitiesExecutor Functions (§27.2.1.5 step 4).
fn capabilities_executor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let record = closure_record(call);
    let PromiseRecord::Executor { resolve, reject } = record_of(record) else {
        crate::util::fatal("capability executor without its record")
    };
    if !resolve.is_undefined() || !reject.is_undefined() {
        return ctx.throw_type_error("Promise executor has already been invoked with non-undefined arguments");
    }
    *resolve = call.arg(0);
    *reject = call.arg(1);
    Ok(Value::UNDEFINED)
}

/// Promise.resolve ( x ) (§27.2.4.7).
fn resolve(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if !call.this.is_object() {
        return ctx.throw_type_error("PromiseResolve called on non-object");
    }
    promise_resolve_js(ctx, call.this, call.arg(0))
}

/// Promise.reject ( r ) (§27.2.4.6).
fn reject(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if !call.this.is_object() {
        return ctx.throw_type_error("PromiseReject called on non-object");
    }
    let capability = new_promise_capability_js(ctx, call.this)?;
    capability.reject_js(ctx, call.arg(0))?;
    Ok(capability.promise())
}

/// get Promise [ @@species ] (§27.2.4.8).
fn get_species(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(call.this)
}

// ---------------------------------------------------------------------------------------------
// Promise.prototype

/// Promise.prototype.then ( onFulfilled, onRejected ) (§27.2.5.4).
fn then(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    // 1–2. If IsPromise(promise) is false, throw a TypeError exception.
    let Some(promise) = call.this.as_object().filter(|_| is_promise(call.this)) else {
        let text = crate::error::describe_value(ctx, call.this);
        return ctx.throw_type_error(&format!("Method Promise.prototype.then called on incompatible receiver {text}"));
    };
    // 3. Let C be ? SpeciesConstructor(promise, %Promise%).
    let intrinsic = Value::object(ctx.realm.promise_constructor);
    let constructor = species_constructor(ctx, promise, intrinsic)?;
    // 4. Let resultCapability be ? NewPromiseCapability(C).
    let capability = new_promise_capability_js(ctx, constructor)?;
    // 5.
    Ok(perform_then(ctx, promise, Handler::from_value(call.arg(0)), Handler::from_value(call.arg(1)), Some(capability)))
}

/// Promise.prototype.catch ( onRejected ) (§27.2.5.1).
fn catch(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    invoke_then_js(ctx, call.this, &[Value::UNDEFINED, call.arg(0)])
}

/// Promise.prototype.finally ( onFinally ) (§27.2.5.3).
fn finally(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    // 1–2.
    let Some(promise) = call.this.as_object() else {
        return ctx.throw_type_error("Promise.prototype.finally called on non-object");
    };
    // 3. Let C be ? SpeciesConstructor(promise, %Promise%).
    let intrinsic = Value::object(ctx.realm.promise_constructor);
    let constructor = species_constructor(ctx, promise, intrinsic)?;
    let on_finally = call.arg(0);
    // 5–6.
    let (then_finally, catch_finally) = if !on_finally.is_callable() {
        (on_finally, on_finally)
    } else {
        let record = new_record(ctx, PromiseRecord::Finally { on_finally, constructor });
        let then_finally = new_closure(ctx, 1, then_finally, record);
        let catch_finally = new_closure(ctx, 1, catch_finally, record);
        (then_finally, catch_finally)
    };
    // 7. Return ? Invoke(promise, "then", « thenFinally, catchFinally »).
    invoke_then_js(ctx, call.this, &[then_finally, catch_finally])
}

/// thenFinally / catchFinally's shared steps: Call(onFinally), PromiseResolve(C, result),
/// then `p.then(thunk)`.
fn finally_steps_js(ctx: &mut Context, call: &NativeCall, thunk: NativeFn) -> JsResult<Value> {
    let record = closure_record(call);
    let PromiseRecord::Finally { on_finally, constructor } = *record_of(record) else {
        crate::util::fatal("finally closure without its record")
    };
    // i. Let result be ? Call(onFinally, undefined).
    let result = function::call(ctx, on_finally, Value::UNDEFINED, &[])?;
    // ii. Let p be ? PromiseResolve(C, result).
    let promise = promise_resolve_js(ctx, constructor, result)?;
    // iii–iv. valueThunk / thrower over the value.
    let thunk_record = new_record(ctx, PromiseRecord::Thunk(call.arg(0)));
    let thunk = new_closure(ctx, 0, thunk, thunk_record);
    // v. Return ? Invoke(p, "then", « thunk »).
    invoke_then_js(ctx, promise, &[thunk])
}

fn then_finally(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    finally_steps_js(ctx, call, value_thunk)
}

fn catch_finally(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    finally_steps_js(ctx, call, thrower)
}

fn thunk_value(call: &NativeCall) -> Value {
    match record_of(closure_record(call)) {
        PromiseRecord::Thunk(value) => *value,
        _ => crate::util::fatal("finally thunk without its record"),
    }
}

/// valueThunk: returns the captured value.
fn value_thunk(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(thunk_value(call))
}

/// thrower: throws the captured reason.
fn thrower(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    ctx.throw_value(thunk_value(call))
}
