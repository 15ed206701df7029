//! Small helpers with no knowledge of JS: a fast hasher for pointer-keyed maps and the fatal
//! error path for broken runtime invariants.

pub mod hash;

/// Reports a broken runtime invariant (a kiln bug, never a JS error) and aborts the process.
#[cold]
#[inline(never)]
pub fn fatal(message: &str) -> ! {
    eprintln!("kiln runtime internal error: {message}");
    std::process::abort()
}
