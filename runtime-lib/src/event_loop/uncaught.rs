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
    print_fatal_exception(ctx, error, from_promise);
    let code = process_events::exit_code_or(ctx, 1);
    exit_now(ctx, code)
}

/// Prints `error` and exits with `code` without emitting anything (the error happened while
/// handling another one).
fn fatal_exit(ctx: &mut Context, error: Value, code: i32) -> ! {
    print_fatal_exception(ctx, error, false);
    exit_now(ctx, code)
}

/// Flushes stdout and ends the process with `code`.
pub fn exit_now(ctx: &mut Context, code: i32) -> ! {
    ctx.output.flush();
    std::process::exit(code)
}

/// Prints an uncaught exception to stderr as node does: the source line it was thrown at
/// with a caret under the spot (when that line is in the program's own files), a thrown
/// string as is, anything else inspected, then node's version line.
pub fn print_fatal_exception(ctx: &mut Context, exception: Value, from_promise: bool) {
    let arrow = source_arrow(ctx, exception, from_promise);
    enhance_emitted_error_stack(ctx, exception);
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
    let is_error = exception.as_object().is_some_and(|object| matches!(*object.get().kind(), ObjectKind::Error(_)));
    // node prints the arrow, a blank line and an error's stack; a newline, the arrow and
    // anything else.
    let mut message = match arrow {
        Some(arrow) if is_error => format!("{arrow}\n{text}"),
        Some(arrow) => format!("\n{arrow}{text}"),
        None => text,
    };
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

/// node's "arrow" for an uncaught exception: `file:line`, the source line and a caret under
/// the column, each ending in a newline. A thrown exception points where it was thrown (the
/// last `throw` of this value, or the call into the runtime that threw it); a rejection, like
/// an exception whose throw was not recorded, points where its Error was created (the top
/// frame of its stack). `None` when that is not a line of the program's own files.
fn source_arrow(ctx: &mut Context, exception: Value, from_promise: bool) -> Option<String> {
    if let Some((bits, arrow)) = &ctx.throw_arrow {
        if !from_promise && *bits == exception.bits() {
            return Some(arrow.to_string());
        }
    }
    let index = ctx.program_index()?;
    let (site_bits, site) = ctx.throw_site;
    let (file, line, column) = if !from_promise && site != 0 && site_bits == exception.bits() {
        index.locate(site)?
    } else {
        let object = exception.as_object()?;
        let ObjectKind::Error(data) = object.get().kind() else { return None };
        let (name, line, column) = first_frame_location(&data.frames)?;
        (index.file_index(name)?, line, column)
    };
    let text = index.file_text(file)?;
    let source_line = nth_line(text, line.checked_sub(1)? as usize)?;
    Some(format!("{}:{line}\n{source_line}\n{}", index.file_name(file), underline(source_line, column)))
}

/// node's frames below a CommonJS main module's top level, which kiln's stacks do not have.
const CJS_MAIN_FRAMES: [&str; 6] = [
    "    at Module._compile (node:internal/modules/cjs/loader:1521:14)",
    "    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)",
    "    at Module.load (node:internal/modules/cjs/loader:1266:32)",
    "    at Module._load (node:internal/modules/cjs/loader:1091:12)",
    "    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)",
    "    at node:internal/main/run_main_module:28:49",
];

/// The frames of a stack (its lines after the first) as node would have them, each marked
/// whether node alone has it: when the stack ends at a module's top level, node's loader
/// frames follow, and node keeps 10 frames.
fn node_frames(stack: &str) -> Vec<(&str, bool)> {
    let mut frames: Vec<(&str, bool)> = stack.split('\n').skip(1).map(|line| (line, false)).collect();
    if frames.last().is_some_and(|(line, _)| line.starts_with("    at Object.<anonymous> (")) {
        frames.extend(CJS_MAIN_FRAMES.iter().map(|line| (*line, true)));
        frames.truncate(10);
    }
    frames
}

/// node's `identicalSequenceRange` (lib/internal/util/inspect.js): where in `a` the first run
/// of more than three lines also found consecutively in `b` starts, and its length.
fn identical_sequence_range(a: &[(&str, bool)], b: &[(&str, bool)]) -> Option<(usize, usize)> {
    for i in 0..a.len().saturating_sub(3) {
        let Some(position) = b.iter().position(|line| line.0 == a[i].0) else { continue };
        let rest = b.len() - position;
        if rest > 3 {
            let max = (a.len() - i).min(rest);
            let mut len = 1;
            while max > len && a[i + len].0 == b[position + len].0 {
                len += 1;
            }
            if len > 3 {
                return Some((i, len));
            }
        }
    }
    None
}

/// For an Error an EventEmitter threw for an unhandled `error` event (see the `internal:util`
/// binding's `throwUnhandledError`): sets its `stack` to what node's `enhanceStackTrace`
/// makes of it before printing — the stack, `Emitted 'error' event on X instance at:` and the
/// stack of the `emit` call, its run of lines matching the error's stack shortened to
/// `[... lines matching original stack trace ...]` — less node's own frames.
fn enhance_emitted_error_stack(ctx: &mut Context, exception: Value) {
    let Some((bits, separator, own)) = ctx.uncaught_enhancement.take() else { return };
    let Some(object) = exception.as_object().filter(|_| bits == exception.bits()) else { return };
    let stack_key = ctx.key("stack");
    let Ok(stack) = ops::get(ctx, object, stack_key, exception) else {
        ctx.take_exception();
        return;
    };
    let Some(stack) = stack.as_string().map(|text| text.get().to_rust_string()) else { return };
    let error_frames = node_frames(&stack);
    let mut own_frames = node_frames(&own);
    if let Some((offset, len)) = identical_sequence_range(&own_frames, &error_frames) {
        own_frames.splice(offset + 1..offset + len - 1, [("    [... lines matching original stack trace ...]", false)]);
    }
    let own_text: Vec<&str> = own_frames.iter().filter(|(_, node_only)| !node_only).map(|(line, _)| *line).collect();
    let enhanced = format!("{stack}{separator}{}", own_text.join("\n"));
    let enhanced = Value::string(crate::string::from_str(ctx, &enhanced));
    if ops::set(ctx, object, stack_key, enhanced, exception).is_err() {
        ctx.take_exception();
    }
}

/// The file, line and column of the first `    at …` line of an Error's frames.
fn first_frame_location(frames: &str) -> Option<(&str, u32, u32)> {
    let first = frames.strip_prefix("\n    at ")?;
    let first = first.split('\n').next()?;
    let location = match first.strip_suffix(')') {
        Some(inner) => &inner[inner.rfind('(')? + 1..],
        None => first,
    };
    let mut parts = location.rsplitn(3, ':');
    let column = parts.next()?.parse().ok()?;
    let line = parts.next()?.parse().ok()?;
    Some((parts.next()?, line, column))
}

/// Line `index` (from 0) of `text`, split at ECMAScript line terminators.
fn nth_line(text: &str, index: usize) -> Option<&str> {
    let mut rest = text;
    for _ in 0..index {
        let end = rest.find(['\n', '\r', '\u{2028}', '\u{2029}'])?;
        let terminator = if rest[end..].starts_with("\r\n") { 2 } else { rest[end..].chars().next()?.len_utf8() };
        rest = &rest[end + terminator..];
    }
    Some(&rest[..rest.find(['\n', '\r', '\u{2028}', '\u{2029}']).unwrap_or(rest.len())])
}

/// node's underline line for 1-based `column` (UTF-16 units) of `line`, with its newline: as
/// many blanks as the column's index (tabs kept), then a caret, counted over the line's UTF-8
/// bytes the way node does; nothing when the caret would fall past the end of the line.
pub(crate) fn underline(line: &str, column: u32) -> String {
    let bytes = line.as_bytes();
    let start = column.saturating_sub(1) as usize;
    if start >= bytes.len() {
        return String::new();
    }
    let mut out: String = bytes[..start].iter().map(|&byte| if byte == b'\t' { '\t' } else { ' ' }).collect();
    out.push_str("^\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_follow_node() {
        assert_eq!(first_frame_location("\n    at f (/a/b.js:3:21)\n    at /a/b.js:5:1"), Some(("/a/b.js", 3, 21)));
        assert_eq!(first_frame_location("\n    at file:///a/b.mjs:1:6"), Some(("file:///a/b.mjs", 1, 6)));
        assert_eq!(first_frame_location(""), None);
        assert_eq!(nth_line("a\r\nb\rc\u{2028}d\ne", 3), Some("d"));
        assert_eq!(nth_line("a\r\nb", 0), Some("a"));
        assert_eq!(nth_line("a", 1), None);
        assert_eq!(underline("null.x", 6), "     ^\n");
        assert_eq!(underline("\tnull.x", 7), "\t     ^\n");
        assert_eq!(underline("ab", 3), "");
    }
}
