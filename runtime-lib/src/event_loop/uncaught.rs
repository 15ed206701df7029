//! Uncaught exceptions and fatal exits, as node's `triggerUncaughtException`: an exception no
//! JS code caught (thrown by the main module, a timer, an immediate, a tick, a microtask, or an
//! unhandled rejection) goes to `process.on('uncaughtException')` listeners; without any, the
//! process emits `exit` with code 1, prints the error to stderr as node does and exits.
//!
//! Fatal paths end the process with `std::process::exit` after flushing stdout, the way node's
//! `env->Exit()` does; they never return to JS.

use crate::context::Context;
use crate::error::ErrorKind;
use crate::node::process_events;
use crate::object::{ops, Attributes, ObjectKind, PropertyKey};
use crate::value::Value;

/// The exit code when an `uncaughtException` listener itself throws (node's
/// kExceptionInFatalExceptionHandler).
const EXCEPTION_IN_HANDLER_EXIT_CODE: i32 = 7;

/// Reports the pending exception (`ctx.exception`) as uncaught; returns only if a listener
/// handled it.
pub fn report_exception(ctx: &mut Context) {
    let error = ctx.take_exception();
    trigger_uncaught_exception(ctx, error, false);
}

/// node's `triggerUncaughtException(error, fromPromise)`: emits `uncaughtExceptionMonitor`
/// and `uncaughtException` (with origin `unhandledRejection` for promises); returns when a
/// listener handled the error, otherwise ends the process with code 1.
pub fn trigger_uncaught_exception(ctx: &mut Context, error: Value, from_promise: bool) {
    let origin = if from_promise { "unhandledRejection" } else { "uncaughtException" };
    let origin = Value::string(crate::string::from_str(ctx, origin));
    if process_events::emit(ctx, "uncaughtExceptionMonitor", &[error, origin]).is_err() {
        let thrown = ctx.take_exception();
        fatal_exit(ctx, thrown, EXCEPTION_IN_HANDLER_EXIT_CODE);
    }
    if process_events::listener_count(ctx, "uncaughtException") > 0 {
        if process_events::emit(ctx, "uncaughtException", &[error, origin]).is_err() {
            let thrown = ctx.take_exception();
            fatal_exit(ctx, thrown, EXCEPTION_IN_HANDLER_EXIT_CODE);
        }
        // node queues `setImmediate(noop)` so that the loop turns once more and ticks the
        // handler queued get processed.
        crate::node::timers::schedule_noop_immediate(ctx);
        return;
    }
    if !ctx.event_loop.exiting {
        ctx.event_loop.exiting = true;
        process_events::set_exit_code(ctx, 1);
        // node swallows exceptions from `exit` listeners on this path.
        if process_events::emit(ctx, "exit", &[Value::number(1.0)]).is_err() {
            ctx.take_exception();
        }
    }
    print_fatal_exception(ctx, error);
    let code = process_events::exit_code_or(ctx, 1);
    exit_now(ctx, code)
}

/// Prints `error` and exits with `code` without emitting anything (the error happened while
/// handling another one).
fn fatal_exit(ctx: &mut Context, error: Value, code: i32) -> ! {
    print_fatal_exception(ctx, error);
    exit_now(ctx, code)
}

/// Flushes stdout and ends the process with `code`.
pub fn exit_now(ctx: &mut Context, code: i32) -> ! {
    ctx.output.flush();
    std::process::exit(code)
}

/// Prints an uncaught exception to stderr as node does (minus the source-line excerpt, which
/// needs source text the binary does not carry yet): a thrown string as is, anything else
/// inspected, then node's version line.
pub fn print_fatal_exception(ctx: &mut Context, exception: Value) {
    let is_object = exception.is_object();
    let text = match exception.as_string() {
        Some(string) => string.get().to_rust_string(),
        None => match crate::node::inspect::inspect_uncaught(ctx, exception) {
            Ok(text) => text,
            Err(_) => {
                ctx.take_exception();
                crate::error::describe_value(ctx, exception)
            }
        },
    };
    let is_error = exception.as_object().is_some_and(|object| matches!(object.get().kind, ObjectKind::Error(_)));
    let mut message = text;
    if !is_object && !is_error {
        message.push_str("\n(Use `node --trace-uncaught ...` to show where the exception was thrown)");
    }
    message.push_str(&format!("\n\nNode.js {}\n", crate::node::process::NODE_VERSION));
    ctx.output.write_stderr(message.as_bytes());
}

/// node's `UnhandledPromiseRejection` error for a rejection whose reason is not error-like:
/// an Error named `UnhandledPromiseRejection` with `code: 'ERR_UNHANDLED_REJECTION'`.
pub fn unhandled_rejection_error(ctx: &mut Context, reason: Value) -> Value {
    let text = crate::error::primitive_text(ctx, reason);
    let message = format!(
        "This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"{text}\"."
    );
    let error = crate::error::new_error(ctx, ErrorKind::Error, &message);
    let name_key = PropertyKey::String(ctx.atoms.name);
    let name = crate::string::from_str(ctx, "UnhandledPromiseRejection");
    ops::define_fresh(ctx, error, name_key, Value::string(name), Attributes::HIDDEN);
    let code_key = ctx.key("code");
    let code = crate::string::from_str(ctx, "ERR_UNHANDLED_REJECTION");
    ops::define_fresh(ctx, error, code_key, Value::string(code), Attributes::DEFAULT);
    Value::object(error)
}
