//! Finds the benchmark programs: every `*.js` in `benches/programs/` (the suite) and in
//! `benches/programs/later/` (programs using features kiln does not compile yet, run all the
//! same so they light up when it does).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// One benchmark program on disk.
pub struct Program {
    /// The name in the report: the file stem, prefixed `later/` for the later programs.
    pub name: String,
    /// The stem alone, used for file names of build outputs.
    pub stem: String,
    /// Where the source lives.
    pub path: PathBuf,
}

/// The programs under `programs_dir` whose name contains `filter` (all of them without
/// one): the suite first, then the later programs, each group sorted by name.
pub fn discover(programs_dir: &Path, filter: Option<&str>) -> io::Result<Vec<Program>> {
    let mut programs = scripts_in(programs_dir, "")?;
    let later_dir = programs_dir.join("later");
    if later_dir.is_dir() {
        programs.extend(scripts_in(&later_dir, "later/")?);
    }
    if let Some(filter) = filter {
        programs.retain(|program| program.name.contains(filter));
    }
    Ok(programs)
}

/// The `*.js` files directly in `dir`, sorted, named with `prefix` before the stem.
fn scripts_in(dir: &Path, prefix: &str) -> io::Result<Vec<Program>> {
    let mut programs = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().and_then(|ext| ext.to_str()) != Some("js") {
            continue;
        }
        let Some(stem) = path.file_stem().and_then(|stem| stem.to_str()) else {
            continue;
        };
        programs.push(Program {
            name: format!("{prefix}{stem}"),
            stem: stem.to_string(),
            path: path.clone(),
        });
    }
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(programs)
}
