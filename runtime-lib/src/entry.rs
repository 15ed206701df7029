//! The program entry: the C `main` that every compiled program gets from the runtime. It
//! creates the context, fills `process.argv`, runs the compiled entry module
//! (`kiln_program_entry`) and then the event loop (`event_loop::run_program`, which also
//! reports uncaught exceptions the way node does), flushes stdout and exits with
//! `process.exitCode`. Not compiled for unit tests (the test harness has its own `main`).

use crate::context::{Context, ContextOptions};
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
    // As node does: a write to a closed pipe is the error EPIPE, not the end of the process
    // (console.log to `| head` keeps running). Child processes start with the default again
    // (std's Command resets SIGPIPE before exec).
    // SAFETY: setting a signal's disposition to SIG_IGN has no other effect.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) };
    // Taking the address of the compiler-emitted table needs no unsafe; reading it does.
    let program = NonNull::new(std::ptr::addr_of!(kiln_program_info) as *mut ProgramInfo);
    let gc_stress_interval = std::env::var("KILN_GC_STRESS").ok().and_then(|text| text.trim().parse().ok()).unwrap_or(0);
    let mut ctx = Context::new(ContextOptions { capture_output: false, gc_stress_interval, program });
    let args = program_arguments(&ctx, argc, argv);
    crate::node::process::set_argv(&mut ctx, &args);
    crate::node::esm::root_statics(&mut ctx);
    let code = crate::event_loop::run_program(&mut ctx, |ctx| {
        let context_pointer = ctx as *mut Context as *mut u8;
        // SAFETY: the compiled entry takes the live context and returns a value or EXCEPTION.
        let result = unsafe { kiln_program_entry(context_pointer) };
        crate::object::function::result_of(result)
    });
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
    let entry_path = crate::node::esm::file_url_to_path(&entry_file);
    for index in 1..argc.max(0) as usize {
        // SAFETY: the C runtime passes `argc` NUL-terminated strings in `argv`.
        let arg = unsafe { CStr::from_ptr(*argv.add(index)) };
        let arg = arg.to_string_lossy().into_owned();
        // A program that starts itself the way it would under node —
        // `spawn(process.execPath, [__filename, ...])`, `[process.argv[1], ...]` — passes its
        // entry file first; the executable already is that program, so the path is dropped.
        if index == 1 && !entry_path.is_empty() && arg == entry_path {
            continue;
        }
        args.push(arg);
    }
    args.insert(1, entry_path);
    args
}
