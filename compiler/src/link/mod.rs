//! Linking: the object file plus `libkiln_runtime.a` become an executable through the system
//! C compiler driver (`cc`). The runtime library is found beside the `kiln` binary (the build
//! puts it there) or where `KILN_RUNTIME_LIB` points.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Finds `libkiln_runtime.a`.
pub fn runtime_library() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("KILN_RUNTIME_LIB") {
        return Ok(PathBuf::from(path));
    }
    let exe = std::env::current_exe().map_err(|e| format!("cannot locate the kiln binary: {e}"))?;
    let beside = exe.parent().map(|dir| dir.join("libkiln_runtime.a"));
    match beside {
        Some(path) if path.is_file() => Ok(path),
        _ => Err(format!(
            "cannot find libkiln_runtime.a beside {} (build it with `cargo build --release -p kiln`, or set KILN_RUNTIME_LIB)",
            exe.display()
        )),
    }
}

/// Links `object` into the executable `output`. On failure nothing is left at `output`.
pub fn link_executable(object: &Path, output: &Path) -> Result<(), String> {
    let runtime = runtime_library()?;
    let compiler = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let result = Command::new(&compiler)
        .arg(object)
        .arg(&runtime)
        .args(["-o"])
        .arg(output)
        // A position-dependent executable: no run-time relocations of the data tables (a
        // PIE carries ~10% of its size in `.rela.dyn`); the code is position-independent
        // either way.
        .args(["-lpthread", "-ldl", "-lm", "-Wl,--gc-sections", "-no-pie"])
        // Symbols stay only when asked for (profiling: KILN_KEEP_SYMBOLS=1).
        .args(if std::env::var_os("KILN_KEEP_SYMBOLS").is_some() { &[][..] } else { &["-s"][..] })
        .output()
        .map_err(|e| format!("cannot run the C compiler `{compiler}` to link: {e}"))?;
    if !result.status.success() {
        let _ = std::fs::remove_file(output);
        return Err(format!(
            "linking failed ({compiler} exited with {}):\n{}",
            result.status,
            String::from_utf8_lossy(&result.stderr)
        ));
    }
    Ok(())
}
