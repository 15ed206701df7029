//! kiln-bench: builds each benchmark program in `benches/programs/` with kiln, checks the
//! executable's output against node's, and times it against node and an embedded QuickJS;
//! then measures start-up, size and compile time. It prints a markdown report and, with
//! `--write-docs`, writes `docs/benchmarks.md` and `docs/benchmarks.svg`. It is a report,
//! never a pass/fail test: it exits 0 whatever the figures, and non-zero only when it could
//! not produce a report at all.

mod chart;
mod extras;
mod format;
mod generate;
mod machine;
mod process;
mod programs;
mod quickjs;
mod report;
mod stats;
mod suite;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;

/// Command-line options.
#[derive(Parser)]
#[command(
    name = "kiln-bench",
    about = "Benchmark kiln executables against node and QuickJS"
)]
struct Options {
    /// Timed rounds per engine and program (engines alternate within a round).
    #[arg(long, default_value_t = 5)]
    rounds: usize,
    /// The kiln compiler [default: target/release/kiln in the workspace].
    #[arg(long, value_name = "PATH")]
    kiln: Option<PathBuf>,
    /// The node binary.
    #[arg(long, value_name = "PATH", default_value = "node")]
    node: PathBuf,
    /// Write docs/benchmarks.md and docs/benchmarks.svg.
    #[arg(long)]
    write_docs: bool,
    /// Skip QuickJS (much the slowest engine).
    #[arg(long)]
    no_quickjs: bool,
    /// Skip the start-up, size and compile-time measurements.
    #[arg(long)]
    programs_only: bool,
    /// Runs of the hello-world program per engine for start-up time.
    #[arg(long, default_value_t = 20)]
    startup_runs: usize,
    /// Seconds after which one build or run is killed and reported as failed.
    #[arg(long, default_value_t = 300)]
    timeout: u64,
    /// Only benchmarks whose name contains this text (e.g. `fib`, `later/`).
    filter: Option<String>,
}

fn main() -> ExitCode {
    let arguments: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    if arguments
        .first()
        .is_some_and(|first| first == process::HELPER_ARGUMENT)
    {
        return process::helper_main(&arguments[1..]);
    }
    let options = Options::parse();
    match run(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("kiln-bench: {message}");
            ExitCode::from(2)
        }
    }
}

/// Measures everything `options` asks for and writes the report.
fn run(options: &Options) -> Result<(), String> {
    let root = workspace_root();
    let kiln = match &options.kiln {
        Some(path) => absolute(path)?,
        None => root.join("target/release/kiln"),
    };
    if !kiln.is_file() {
        eprintln!(
            "kiln-bench: no kiln binary at {} (build it with `cargo build --release -p kiln`); \
             kiln's columns will read \"not compiled\"",
            kiln.display()
        );
    }
    let work_dir = std::env::temp_dir().join(format!("kiln-bench-{}", std::process::id()));
    fs::create_dir_all(&work_dir)
        .map_err(|error| format!("cannot create {}: {error}", work_dir.display()))?;
    let settings = suite::Settings {
        kiln,
        node: options.node.clone(),
        rounds: options.rounds.max(1),
        with_quickjs: !options.no_quickjs,
        limit: Duration::from_secs(options.timeout),
        work_dir: work_dir.clone(),
    };

    let programs_dir = root.join("benches/programs");
    let programs = programs::discover(&programs_dir, options.filter.as_deref())
        .map_err(|error| format!("cannot list {}: {error}", programs_dir.display()))?;
    let mut reports = Vec::new();
    for program in &programs {
        eprintln!("{}", program.name);
        reports.push(suite::measure(&settings, program));
    }
    let extras = (!options.programs_only).then(|| extras::measure(&settings, options.startup_runs));
    let _ = fs::remove_dir_all(&work_dir);

    let method = report::Method {
        rounds: settings.rounds,
        with_quickjs: settings.with_quickjs,
    };
    let tables = report::tables(&reports, extras.as_ref(), &method);
    println!("{tables}");
    if options.write_docs {
        let machine = machine::Machine::gather(&settings.node, &root);
        let markdown = root.join("docs/benchmarks.md");
        let svg = root.join("docs/benchmarks.svg");
        fs::write(&markdown, report::document(&machine, &method, &tables))
            .map_err(|error| format!("cannot write {}: {error}", markdown.display()))?;
        fs::write(&svg, chart::render(&reports))
            .map_err(|error| format!("cannot write {}: {error}", svg.display()))?;
        eprintln!("wrote {} and {}", markdown.display(), svg.display());
    }
    Ok(())
}

/// The workspace root: two levels above this crate's manifest.
fn workspace_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = manifest_dir.join("../..");
    root.canonicalize().unwrap_or(root)
}

/// `path` made absolute against the current directory.
fn absolute(path: &Path) -> Result<PathBuf, String> {
    std::path::absolute(path).map_err(|error| format!("cannot resolve {}: {error}", path.display()))
}
