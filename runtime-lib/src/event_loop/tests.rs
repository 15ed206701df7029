//! Unit tests of the loop's queues: job order, tick/microtask interleaving, promise job order,
//! timers and immediates through the phases, keep-alive, and I/O completions.

use super::*;
use crate::builtins::promise::{self, Handler, PromiseState};
use crate::gc::Gc;
use crate::object::function::NativeCall;
use crate::object::{ops, JsObject};

/// A native that writes its data string and a newline to (captured) stdout.
fn log_native(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let label = call.data().as_string().map(|text| text.get().to_rust_string()).unwrap_or_default();
    let suffix = if call.args.is_empty() { String::new() } else { format!(" {}", crate::error::primitive_text(ctx, call.arg(0))) };
    ctx.output.write_stdout(format!("{label}{suffix}\n").as_bytes());
    Ok(Value::UNDEFINED)
}

fn logger(ctx: &mut Context, label: &str) -> Value {
    let text = crate::string::from_str(ctx, label);
    let name = ctx.atoms.empty;
    Value::object(function::new_native_with_data(ctx, name, 0, log_native, false, Value::string(text)))
}

/// A Rust reaction handler that logs `data` and the value, and returns the value.
fn log_handler(ctx: &mut Context, data: Value, value: Value) -> JsResult<Value> {
    let label = crate::error::primitive_text(ctx, data);
    let text = crate::error::primitive_text(ctx, value);
    ctx.output.write_stdout(format!("{label} {text}\n").as_bytes());
    Ok(value)
}

fn log_job(ctx: &mut Context, data: Value, _argument: Value) -> JsResult<()> {
    let label = crate::error::primitive_text(ctx, data);
    ctx.output.write_stdout(format!("{label}\n").as_bytes());
    Ok(())
}

fn native_job(ctx: &mut Context, label: &str) -> Job {
    let data = Value::string(crate::string::from_str(ctx, label));
    Job::Native { function: log_job, data, argument: Value::UNDEFINED }
}

fn global_function(ctx: &mut Context, name: &str) -> Value {
    let global = ctx.realm.global;
    let key = ctx.key(name);
    ops::get_property(ctx, global, key).expect("global exists")
}

fn call_global(ctx: &mut Context, name: &str, args: &[Value]) -> Value {
    let function = global_function(ctx, name);
    function::call(ctx, function, Value::UNDEFINED, args).expect("call succeeds")
}

#[test]
fn microtasks_run_in_order_including_jobs_queued_while_draining() {
    let mut ctx = Context::new_for_tests();
    let first = native_job(&mut ctx, "a");
    enqueue_job(&mut ctx, first);
    let callback = logger(&mut ctx, "b");
    enqueue_job(&mut ctx, Job::Callback(callback));
    let last = native_job(&mut ctx, "c");
    enqueue_job(&mut ctx, last);
    assert_eq!(ctx.event_loop.microtasks.len(), 3);
    run_microtasks(&mut ctx);
    assert!(ctx.event_loop.microtasks.is_empty());
    assert_eq!(ctx.output.take_stdout(), "a\nb\nc\n");
}

#[test]
fn ticks_drain_before_microtasks_and_again_after_them() {
    let mut ctx = Context::new_for_tests();
    let micro = native_job(&mut ctx, "micro");
    enqueue_job(&mut ctx, micro);
    let first = logger(&mut ctx, "tick 1");
    next_tick(&mut ctx, first, &[]);
    let second = logger(&mut ctx, "tick 2");
    let argument = Value::number(7.0);
    next_tick(&mut ctx, second, &[argument]);
    after_callback(&mut ctx);
    assert_eq!(ctx.output.take_stdout(), "tick 1\ntick 2 7\nmicro\n");
    assert!(!ctx.event_loop.has_tick_scheduled());
}

#[test]
fn reactions_run_in_registration_order_and_chain_one_tick_apart() {
    let mut ctx = Context::new_for_tests();
    let first = promise::new_promise(&mut ctx);
    let second = promise::new_promise(&mut ctx);
    for (promise, label) in [(first, "first"), (second, "second")] {
        let data = Value::string(crate::string::from_str(&mut ctx, label));
        let handler = Handler::Native { function: log_handler, data };
        let derived = promise::new_promise(&mut ctx);
        promise::perform_then(&mut ctx, promise, handler, Handler::Empty, Some(promise::Capability::Intrinsic(derived)));
        let data = Value::string(crate::string::from_str(&mut ctx, &format!("{label} again")));
        promise::perform_then(&mut ctx, derived, Handler::Native { function: log_handler, data }, Handler::Empty, None);
    }
    promise::resolve_promise_js(&mut ctx, second, Value::number(2.0));
    promise::resolve_promise_js(&mut ctx, first, Value::number(1.0));
    // A second resolution is ignored, as the resolve function's [[AlreadyResolved]] says.
    promise::reject_promise(&mut ctx, first, Value::number(9.0));
    assert_eq!(promise::promise_state(first), PromiseState::Fulfilled);
    run_microtasks(&mut ctx);
    assert_eq!(ctx.output.take_stdout(), "second 2\nfirst 1\nsecond again 2\nfirst again 1\n");
}

#[test]
fn resolving_with_a_promise_takes_two_extra_ticks() {
    let mut ctx = Context::new_for_tests();
    let inner = promise::new_promise(&mut ctx);
    promise::resolve_promise_js(&mut ctx, inner, Value::number(1.0));
    let outer = promise::new_promise(&mut ctx);
    promise::resolve_promise_js(&mut ctx, outer, Value::object(inner));
    let data = Value::string(crate::string::from_str(&mut ctx, "outer"));
    promise::perform_then(&mut ctx, outer, Handler::Native { function: log_handler, data }, Handler::Empty, None);
    // Three plain jobs queued now run before the outer reaction: the thenable job, the
    // inner reaction that resolves outer, then outer's reaction.
    for label in ["job 1", "job 2"] {
        let job = native_job(&mut ctx, label);
        enqueue_job(&mut ctx, job);
    }
    run_microtasks(&mut ctx);
    assert_eq!(ctx.output.take_stdout(), "job 1\njob 2\nouter 1\n");
    assert_eq!(promise::promise_state(outer), PromiseState::Fulfilled);
}

#[test]
fn a_rejection_handled_in_time_is_not_reported() {
    let mut ctx = Context::new_for_tests();
    let rejected = promise::new_promise(&mut ctx);
    promise::reject_promise(&mut ctx, rejected, Value::number(3.0));
    assert!(ctx.event_loop.rejections.has_rejection_to_warn());
    let data = Value::string(crate::string::from_str(&mut ctx, "caught"));
    promise::perform_then(&mut ctx, rejected, Handler::Empty, Handler::Native { function: log_handler, data }, None);
    after_callback(&mut ctx);
    assert_eq!(ctx.output.take_stdout(), "caught 3\n");
    assert!(!ctx.event_loop.rejections.has_rejection_to_warn());
}

#[test]
fn timers_fire_by_expiry_then_insertion_and_immediates_run_in_the_check_phase() {
    let mut ctx = Context::new_for_tests();
    let late = logger(&mut ctx, "timeout 20");
    call_global(&mut ctx, "setTimeout", &[late, Value::number(20.0)]);
    for label in ["timeout 5 a", "timeout 5 b"] {
        let callback = logger(&mut ctx, label);
        call_global(&mut ctx, "setTimeout", &[callback, Value::number(5.0)]);
    }
    let immediate = logger(&mut ctx, "immediate");
    call_global(&mut ctx, "setImmediate", &[immediate]);
    let cleared = logger(&mut ctx, "cleared");
    let timeout = call_global(&mut ctx, "setTimeout", &[cleared, Value::number(1.0)]);
    call_global(&mut ctx, "clearTimeout", &[timeout]);
    assert_eq!(ctx.event_loop.timers.ref_count, 3);
    assert!(loop_alive(&ctx));
    spin(&mut ctx);
    assert_eq!(ctx.output.take_stdout(), "immediate\ntimeout 5 a\ntimeout 5 b\ntimeout 20\n");
    assert_eq!(ctx.event_loop.timers.ref_count, 0);
    assert!(ctx.event_loop.timers.lists.is_empty());
}

#[test]
fn unrefed_timers_do_not_keep_the_loop_alive() {
    let mut ctx = Context::new_for_tests();
    let callback = logger(&mut ctx, "never");
    let timeout = call_global(&mut ctx, "setTimeout", &[callback, Value::number(50.0)]);
    let unref_key = ctx.key("unref");
    let unref = ops::get_value(&mut ctx, timeout, unref_key).expect("unref exists");
    function::call(&mut ctx, unref, timeout, &[]).expect("unref succeeds");
    assert!(!loop_alive(&ctx));
    let started = Instant::now();
    spin(&mut ctx);
    assert!(started.elapsed() < Duration::from_millis(40));
    assert_eq!(ctx.output.take_stdout(), "");
}

#[test]
fn an_interval_repeats_until_cleared() {
    fn tick_and_maybe_clear(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
        let counter = call.data().as_object().expect("counter object");
        let key = ctx.key("count");
        let count = ops::get_property(ctx, counter, key)?.as_number().unwrap_or(0.0) + 1.0;
        ops::set_or_throw(ctx, counter, key, Value::number(count))?;
        ctx.output.write_stdout(format!("tick {count}\n").as_bytes());
        if count == 3.0 {
            call_global(ctx, "clearInterval", &[call.this]);
        }
        Ok(Value::UNDEFINED)
    }
    let mut ctx = Context::new_for_tests();
    let counter: Gc<JsObject> = ctx.new_object();
    let name = ctx.atoms.empty;
    let callback = function::new_native_with_data(&mut ctx, name, 0, tick_and_maybe_clear, false, Value::object(counter));
    call_global(&mut ctx, "setInterval", &[Value::object(callback), Value::number(1.0)]);
    spin(&mut ctx);
    assert_eq!(ctx.output.take_stdout(), "tick 1\ntick 2\ntick 3\n");
}

#[test]
fn blocking_work_completes_in_the_poll_phase() {
    fn on_complete(ctx: &mut Context, data: Value, result: io::WorkResult) -> JsResult<()> {
        let sum = result.downcast::<u64>().map(|sum| *sum).unwrap_or(0);
        let label = crate::error::primitive_text(ctx, data);
        ctx.output.write_stdout(format!("{label} {sum}\n").as_bytes());
        Ok(())
    }
    let mut ctx = Context::new_for_tests();
    let data = Value::string(crate::string::from_str(&mut ctx, "sum"));
    io::spawn_blocking(&mut ctx, || (1..=100u64).sum::<u64>(), on_complete, data);
    assert!(loop_alive(&ctx));
    spin(&mut ctx);
    assert_eq!(ctx.output.take_stdout(), "sum 5050\n");
    assert!(!loop_alive(&ctx));
}
