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

/// The runtime functions every program runs at start-up (creating the realm) and to print a
/// line, as patterns of their code sections' names (`startup_profile.py` made the list from a
/// profile of a hello world; run it again when start-up changes much).
const STARTUP_FUNCTIONS: &str = include_str!("startup_functions.txt");

/// A linker script that adds to the default one (`INSERT`): the start-up functions, placed
/// side by side in a section of their own before the rest of the code. The kernel maps a
/// program's code in 64 KiB windows around each page it runs (fault-around), so start-up code
/// spread over the whole runtime made a hello world map in nearly all of its 1.4 MB of code
/// (1.3 MB resident); gathered in ~140 KB, 0.2 MB. (Valgrind attributes code outside `.text`
/// to the object `???`; the symbols are still found, and perf and gdb are not affected.)
fn startup_order_script() -> String {
    // First the plain `.text` sections: the C start-up files' and the program's own code.
    let mut script = String::from("SECTIONS\n{\n  .text.kiln_startup :\n  {\n    *(.text)\n");
    for name in STARTUP_FUNCTIONS.lines().filter(|line| !line.is_empty() && !line.starts_with('#')) {
        // `.llvm.<n>`: a local function the compiler made visible to another code unit.
        script.push_str(&format!("    *(.text.{name} .text.{name}.llvm.* .text.unlikely.{name} .text.unlikely.{name}.llvm.*)\n"));
    }
    script.push_str("  }\n}\nINSERT BEFORE .text;\n");
    script
}

/// Links `object` into the executable `output`. On failure nothing is left at `output`.
pub fn link_executable(object: &Path, output: &Path) -> Result<(), String> {
    let runtime = runtime_library()?;
    let compiler = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let script = object.with_extension("ld");
    std::fs::write(&script, startup_order_script()).map_err(|e| format!("cannot write {}: {e}", script.display()))?;
    let result = Command::new(&compiler)
        .arg(object)
        .arg(&runtime)
        .args(["-o"])
        .arg(output)
        // (-Xlinker passes the path as it is; -Wl would split it at commas.)
        .args(["-Xlinker", "-T", "-Xlinker"])
        .arg(&script)
        // A position-dependent executable: no run-time relocations of the data tables (a
        // PIE carries ~10% of its size in `.rela.dyn`); the code is position-independent
        // either way.
        .args(["-lpthread", "-ldl", "-lm", "-Wl,--gc-sections", "-no-pie"])
        // Symbols stay only when asked for (profiling: KILN_KEEP_SYMBOLS=1).
        .args(if std::env::var_os("KILN_KEEP_SYMBOLS").is_some() { &[][..] } else { &["-s"][..] })
        .output();
    let _ = std::fs::remove_file(&script);
    let result = result.map_err(|e| format!("cannot run the C compiler `{compiler}` to link: {e}"))?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn startup_patterns_are_plain_section_names() {
        let names: Vec<&str> = STARTUP_FUNCTIONS.lines().filter(|line| !line.is_empty() && !line.starts_with('#')).collect();
        assert!(names.len() > 50);
        for name in &names {
            // A space, parenthesis or quote would end the pattern early in the script.
            assert!(name.chars().all(|c| c.is_ascii_alphanumeric() || "_$.*".contains(c)), "{name}");
        }
        let script = startup_order_script();
        assert!(script.ends_with("INSERT BEFORE .text;\n"));
        assert_eq!(script.matches("*(.text.").count(), names.len());
        assert!(script.contains("    *(.text)\n"));
    }
}
