//! The program entry: the C `main` that every compiled program gets from the runtime. It
//! creates the context, fills `process.argv`, runs the compiled entry module
//! (`kiln_program_entry`), reports an uncaught exception the way node does, flushes stdout and
//! exits with `process.exitCode`. Not compiled for unit tests (the test harness has its own
//! `main`).

use crate::context::{Context, ContextOptions};
use crate::object::ObjectKind;
use crate::value::Value;
use kiln_abi::ProgramInfo;
use std::ffi::{c_char, c_int, CStr};
use std::ptr::NonNull;

extern "C" {
    /// The compiled entry module (emitted by the compiler).
    /// The context is passed as an opaque pointer; compiled code reads only the fields at
    /// `kiln_abi::ctx_offset`.
    fn kiln_program_entry(ctx: *mut u8) -> u64;
    /// The compiled program's function table (emitted by the compiler).
    static kiln_program_info: ProgramInfo;
}

/// The process entry point of a compiled program.
#[no_mangle]
pub extern "C" fn main(argc: c_int, argv: *const *const c_char) -> c_int {
    // Taking the address of the compiler-emitted table needs no unsafe; reading it does.
    let program = NonNull::new(std::ptr::addr_of!(kiln_program_info) as *mut ProgramInfo);
    let gc_stress_interval = std::env::var("KILN_GC_STRESS").ok().and_then(|text| text.trim().parse().ok()).unwrap_or(0);
    let mut ctx = Context::new(ContextOptions { capture_output: false, gc_stress_interval, program });
    let args = program_arguments(&ctx, argc, argv);
    crate::node::process::set_argv(&mut ctx, &args);
    let context_pointer = &mut *ctx as *mut Context as *mut u8;
    // SAFETY: the compiled entry takes the live context and returns a value or EXCEPTION.
    let result = unsafe { kiln_program_entry(context_pointer) };
    let code = if result == kiln_abi::EXCEPTION {
        report_uncaught(&mut ctx);
        1
    } else {
        crate::node::process::exit_code(&mut ctx)
    };
    ctx.output.flush();
    // Finalizing every cell at exit is wasted work: the process is about to end.
    std::mem::forget(ctx);
    code
}

/// `[execPath, entry file, ...user arguments]`, as node's process.argv.
fn program_arguments(ctx: &Context, argc: c_int, argv: *const *const c_char) -> Vec<String> {
    let mut args = Vec::new();
    let exec_path = std::env::current_exe().map(|path| path.to_string_lossy().into_owned()).unwrap_or_default();
    args.push(exec_path);
    let program = ctx.program();
    // SAFETY: the program table's `files` has `file_count` NUL-terminated paths.
    let entry_file = unsafe {
        if !program.is_null() && (*program).file_count > 0 && !(*program).files.is_null() && !(*(*program).files).is_null() {
            CStr::from_ptr((*(*program).files).cast()).to_string_lossy().into_owned()
        } else {
            String::new()
        }
    };
    args.push(entry_file);
    for index in 1..argc.max(0) as usize {
        // SAFETY: the C runtime passes `argc` NUL-terminated strings in `argv`.
        let arg = unsafe { CStr::from_ptr(*argv.add(index)) };
        args.push(arg.to_string_lossy().into_owned());
    }
    args
}

/// Prints an uncaught exception to stderr as node does (minus the source-line excerpt, which
/// needs source text the binary does not carry yet).
fn report_uncaught(ctx: &mut Context) {
    let exception = std::mem::replace(&mut ctx.exception, Value::UNDEFINED);
    let is_object = exception.is_object();
    // Node prints a thrown string as is and inspects everything else.
    let text = match exception.as_string() {
        Some(string) => string.get().to_rust_string(),
        None => match crate::node::inspect::inspect(ctx, exception) {
            Ok(text) => text,
            Err(_) => crate::error::describe_value(ctx, exception),
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
