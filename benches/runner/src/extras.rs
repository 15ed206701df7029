//! The measurements that are not per benchmark: for a hello-world program, the size of
//! kiln's executable, its start-up time and peak RSS against node's; and kiln's compile time
//! for generated 1,000- and 10,000-line programs.

use std::fs;
use std::process::Command;
use std::time::Duration;

use crate::generate;
use crate::stats;
use crate::suite::{self, Settings};

/// The hello-world program whose start-up is measured.
const HELLO: &str = "console.log(\"Hello, world!\");\n";

/// The sizes of the generated programs whose compile time is measured.
const GENERATED_LINES: [usize; 2] = [1_000, 10_000];

/// How many times each generated program is compiled (the median is kept).
const COMPILE_ROUNDS: usize = 3;

/// Start-up, size and compile-time figures; `None` where kiln could not do the work.
pub struct ExtrasReport {
    /// Number of start-up runs of each executable.
    pub startup_runs: usize,
    /// Size in bytes of kiln's hello-world executable.
    pub hello_size: Option<u64>,
    /// Median wall time of kiln's hello-world executable.
    pub kiln_startup: Option<Duration>,
    /// Median wall time of `node hello.js`.
    pub node_startup: Option<Duration>,
    /// Median peak RSS in KiB of kiln's hello-world executable.
    pub kiln_rss_kib: Option<u64>,
    /// Median peak RSS in KiB of `node hello.js`.
    pub node_rss_kib: Option<u64>,
    /// Compile times of the generated programs, by line count.
    pub compile_times: Vec<(usize, Option<Duration>)>,
    /// Problems worth a footnote.
    pub notes: Vec<String>,
}

/// Measures start-up, size and compile time, reporting progress on standard error.
pub fn measure(settings: &Settings, startup_runs: usize) -> ExtrasReport {
    let mut report = ExtrasReport {
        startup_runs,
        hello_size: None,
        kiln_startup: None,
        node_startup: None,
        kiln_rss_kib: None,
        node_rss_kib: None,
        compile_times: Vec::new(),
        notes: Vec::new(),
    };
    eprintln!("start-up: hello world, {startup_runs} runs each");
    measure_startup(settings, &mut report);
    for lines in GENERATED_LINES {
        eprintln!("compile time: generated {lines}-line program");
        let time = measure_compile(settings, lines, &mut report.notes);
        report.compile_times.push((lines, time));
    }
    report
}

/// Fills in the hello-world figures of `report`.
fn measure_startup(settings: &Settings, report: &mut ExtrasReport) {
    let source = settings.work_dir.join("hello.js");
    let executable = settings.work_dir.join("hello");
    if let Err(error) = fs::write(&source, HELLO) {
        report
            .notes
            .push(format!("cannot write {}: {error}", source.display()));
        return;
    }
    let mut kiln_ok = match suite::build(settings, &source, &executable) {
        Ok(_) => {
            report.hello_size = fs::metadata(&executable)
                .map(|metadata| metadata.len())
                .ok();
            true
        }
        Err(problem) => {
            report
                .notes
                .push(format!("hello world, kiln build: {problem}"));
            false
        }
    };
    let mut kiln_times = Vec::new();
    let mut kiln_rss = Vec::new();
    let mut node_times = Vec::new();
    let mut node_rss = Vec::new();
    for _ in 0..report.startup_runs {
        if kiln_ok {
            match suite::run_checked(&Command::new(&executable), settings.limit) {
                Ok(finished) if finished.stdout == "Hello, world!\n" => {
                    kiln_times.push(finished.wall);
                    kiln_rss.push(finished.peak_rss_kib);
                }
                Ok(finished) => {
                    kiln_ok = false;
                    let mismatch = suite::describe_mismatch("Hello, world!\n", &finished.stdout);
                    report.notes.push(format!("hello world, kiln: {mismatch}"));
                }
                Err(problem) => {
                    kiln_ok = false;
                    report
                        .notes
                        .push(format!("hello world, kiln executable: {problem}"));
                }
            }
        }
        match suite::run_checked(&suite::node_command(settings, &source), settings.limit) {
            Ok(finished) => {
                node_times.push(finished.wall);
                node_rss.push(finished.peak_rss_kib);
            }
            Err(problem) => {
                report.notes.push(format!("hello world, node: {problem}"));
                break;
            }
        }
    }
    if kiln_ok {
        report.kiln_startup = stats::median(&kiln_times);
        report.kiln_rss_kib = stats::median_u64(&kiln_rss);
    }
    report.node_startup = stats::median(&node_times);
    report.node_rss_kib = stats::median_u64(&node_rss);
    let _ = fs::remove_file(&executable);
}

/// The median time kiln takes to compile a generated program of `lines` lines, after
/// checking once that the executable prints what node prints.
fn measure_compile(settings: &Settings, lines: usize, notes: &mut Vec<String>) -> Option<Duration> {
    let source = settings.work_dir.join(format!("generated_{lines}.js"));
    let executable = settings.work_dir.join(format!("generated_{lines}"));
    if let Err(error) = fs::write(&source, generate::program(lines)) {
        notes.push(format!("cannot write {}: {error}", source.display()));
        return None;
    }
    let mut times = Vec::new();
    for _ in 0..COMPILE_ROUNDS {
        match suite::build(settings, &source, &executable) {
            Ok(time) => times.push(time),
            Err(problem) => {
                notes.push(format!("{lines}-line program, kiln build: {problem}"));
                return None;
            }
        }
    }
    let expected = suite::run_checked(&suite::node_command(settings, &source), settings.limit);
    let actual = suite::run_checked(&Command::new(&executable), settings.limit);
    match (expected, actual) {
        (Ok(expected), Ok(actual)) if expected.stdout != actual.stdout => {
            let mismatch = suite::describe_mismatch(&expected.stdout, &actual.stdout);
            notes.push(format!("{lines}-line program, kiln: {mismatch}"));
        }
        (Ok(_), Ok(_)) => {}
        (Err(problem), _) => notes.push(format!("{lines}-line program, node: {problem}")),
        (_, Err(problem)) => {
            notes.push(format!("{lines}-line program, kiln executable: {problem}"))
        }
    }
    let _ = fs::remove_file(&executable);
    stats::median(&times)
}
