//! Measures one benchmark program: builds it with kiln, takes node's output as the expected
//! output, checks kiln's executable and QuickJS against it, then times all three in
//! alternation and keeps the median of each. A program kiln cannot compile, or whose output
//! is wrong, is reported as such and not timed; node and QuickJS are still timed.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::process::{self, Finished};
use crate::programs::Program;
use crate::quickjs;
use crate::stats;

/// What the runner needs to know to measure programs.
pub struct Settings {
    /// The kiln compiler binary.
    pub kiln: PathBuf,
    /// The node binary.
    pub node: PathBuf,
    /// How many timed rounds of each engine.
    pub rounds: usize,
    /// Whether to run QuickJS at all.
    pub with_quickjs: bool,
    /// The time limit for one build or one run.
    pub limit: Duration,
    /// A scratch directory for executables.
    pub work_dir: PathBuf,
}

/// How one engine fared on one program.
#[derive(Clone, Debug)]
pub enum Outcome {
    /// Output matched node's; the median wall time and (for processes) median peak RSS.
    Timed {
        median: Duration,
        peak_rss_kib: Option<u64>,
    },
    /// kiln could not build the program.
    NotCompiled,
    /// The engine ran but printed something other than node's output.
    WrongOutput,
    /// The engine crashed, threw, exited non-zero or timed out.
    Failed,
    /// The engine was not asked to run (QuickJS with `--no-quickjs`, or node failed).
    NotRun,
}

impl Outcome {
    /// The median time, if the engine was timed.
    pub fn time(&self) -> Option<Duration> {
        match self {
            Outcome::Timed { median, .. } => Some(*median),
            _ => None,
        }
    }

    /// The median peak RSS in KiB, if the engine was timed as a process.
    pub fn peak_rss_kib(&self) -> Option<u64> {
        match self {
            Outcome::Timed { peak_rss_kib, .. } => *peak_rss_kib,
            _ => None,
        }
    }
}

/// Everything measured for one program.
pub struct ProgramReport {
    /// The program's name in the report.
    pub name: String,
    /// How long `kiln build` took, when it succeeded.
    pub compile_time: Option<Duration>,
    /// The kiln executable's result.
    pub kiln: Outcome,
    /// node's result.
    pub node: Outcome,
    /// QuickJS's result.
    pub quickjs: Outcome,
    /// One line per problem worth a footnote (build errors, mismatches, crashes).
    pub notes: Vec<String>,
}

impl ProgramReport {
    /// kiln's time over node's (below 1 means kiln is faster).
    pub fn kiln_over_node(&self) -> Option<f64> {
        ratio(self.kiln.time()?, self.node.time()?)
    }

    /// QuickJS's time over kiln's (above 1 means kiln is faster).
    pub fn quickjs_over_kiln(&self) -> Option<f64> {
        ratio(self.quickjs.time()?, self.kiln.time()?)
    }

    /// QuickJS's time over node's.
    pub fn quickjs_over_node(&self) -> Option<f64> {
        ratio(self.quickjs.time()?, self.node.time()?)
    }
}

/// Builds, checks and times `program`, reporting progress on standard error.
pub fn measure(settings: &Settings, program: &Program) -> ProgramReport {
    let mut report = ProgramReport {
        name: program.name.clone(),
        compile_time: None,
        kiln: Outcome::NotRun,
        node: Outcome::NotRun,
        quickjs: Outcome::NotRun,
        notes: Vec::new(),
    };
    let source = match fs::read_to_string(&program.path) {
        Ok(source) => source,
        Err(error) => {
            report
                .notes
                .push(format!("cannot read {}: {error}", program.path.display()));
            return report;
        }
    };

    // node's output is the specification; without it nothing can be checked.
    let expected = match run_checked(&node_command(settings, &program.path), settings.limit) {
        Ok(finished) => finished.stdout,
        Err(problem) => {
            report.node = Outcome::Failed;
            report.notes.push(format!("node: {problem}"));
            return report;
        }
    };

    let executable = settings.work_dir.join(&program.stem);
    let mut kiln_ok = false;
    match build(settings, &program.path, &executable) {
        Ok(compile_time) => {
            report.compile_time = Some(compile_time);
            match run_checked(&Command::new(&executable), settings.limit) {
                Ok(finished) if finished.stdout == expected => kiln_ok = true,
                Ok(finished) => {
                    report.kiln = Outcome::WrongOutput;
                    report.notes.push(format!(
                        "kiln: {}",
                        describe_mismatch(&expected, &finished.stdout)
                    ));
                }
                Err(problem) => {
                    report.kiln = Outcome::Failed;
                    report.notes.push(format!("kiln executable: {problem}"));
                }
            }
        }
        Err(problem) => {
            report.kiln = Outcome::NotCompiled;
            report.notes.push(format!("kiln build: {problem}"));
        }
    }

    let mut quickjs_ok = false;
    if settings.with_quickjs {
        let evaluated = quickjs::evaluate(&source, settings.limit);
        match evaluated.error {
            Some(error) => {
                report.quickjs = Outcome::Failed;
                report.notes.push(format!(
                    "QuickJS: {}",
                    process::first_line(&error).unwrap_or(error)
                ));
            }
            None if evaluated.stdout != expected => {
                report.quickjs = Outcome::WrongOutput;
                report.notes.push(format!(
                    "QuickJS: {}",
                    describe_mismatch(&expected, &evaluated.stdout)
                ));
            }
            None => quickjs_ok = true,
        }
    }

    // Alternate the engines within each round so that drift in machine load (two shared
    // cores) affects all of them alike.
    let mut kiln_times = Vec::new();
    let mut kiln_rss = Vec::new();
    let mut node_times = Vec::new();
    let mut node_rss = Vec::new();
    let mut quickjs_times = Vec::new();
    for round in 1..=settings.rounds {
        eprintln!("  {} round {round}/{}", program.name, settings.rounds);
        if kiln_ok {
            match timed_run(&Command::new(&executable), settings.limit, &expected) {
                Ok(finished) => {
                    kiln_times.push(finished.wall);
                    kiln_rss.push(finished.peak_rss_kib);
                }
                Err(problem) => {
                    kiln_ok = false;
                    report.kiln = Outcome::Failed;
                    report
                        .notes
                        .push(format!("kiln executable, round {round}: {problem}"));
                }
            }
        }
        match timed_run(
            &node_command(settings, &program.path),
            settings.limit,
            &expected,
        ) {
            Ok(finished) => {
                node_times.push(finished.wall);
                node_rss.push(finished.peak_rss_kib);
            }
            Err(problem) => report.notes.push(format!("node, round {round}: {problem}")),
        }
        if quickjs_ok {
            let evaluated = quickjs::evaluate(&source, settings.limit);
            if evaluated.error.is_none() && evaluated.stdout == expected {
                quickjs_times.push(evaluated.wall);
            } else {
                quickjs_ok = false;
                report.quickjs = Outcome::Failed;
                report.notes.push(format!(
                    "QuickJS, round {round}: failed or printed something else"
                ));
            }
        }
    }
    let _ = fs::remove_file(&executable);

    if kiln_ok {
        report.kiln = timed(&kiln_times, Some(&kiln_rss));
    }
    report.node = timed(&node_times, Some(&node_rss));
    if quickjs_ok {
        report.quickjs = timed(&quickjs_times, None);
    }
    report
}

/// Runs `kiln build source -o executable`, returning the build's wall time or why it failed.
pub fn build(settings: &Settings, source: &Path, executable: &Path) -> Result<Duration, String> {
    let mut command = Command::new(&settings.kiln);
    command.arg("build").arg(source).arg("-o").arg(executable);
    let finished = process::run(&command, settings.limit)
        .map_err(|error| format!("cannot run {}: {error}", settings.kiln.display()))?;
    if !finished.succeeded() {
        return Err(finished.failure_summary());
    }
    Ok(finished.wall)
}

/// `node path`.
pub fn node_command(settings: &Settings, path: &Path) -> Command {
    let mut command = Command::new(&settings.node);
    command.arg(path);
    command
}

/// Runs `command` and insists that it exits with status 0.
pub fn run_checked(command: &Command, limit: Duration) -> Result<Finished, String> {
    let finished = process::run(command, limit).map_err(|error| format!("cannot run: {error}"))?;
    if !finished.succeeded() {
        return Err(finished.failure_summary());
    }
    Ok(finished)
}

/// Says where `actual` first differs from `expected`, in one line.
pub fn describe_mismatch(expected: &str, actual: &str) -> String {
    let mut expected_lines = expected.lines();
    let mut actual_lines = actual.lines();
    let mut line_number = 1;
    loop {
        match (expected_lines.next(), actual_lines.next()) {
            (Some(want), Some(got)) if want == got => line_number += 1,
            (Some(want), Some(got)) => {
                return format!("output differs from node's at line {line_number}: expected `{want}`, got `{got}`");
            }
            (Some(want), None) => {
                return format!("output ends early at line {line_number}; node printed `{want}`");
            }
            (None, Some(got)) => {
                return format!("output has extra line {line_number}: `{got}`");
            }
            (None, None) => return "output differs from node's in whitespace".to_string(),
        }
    }
}

/// Runs `command` once for timing, checking its exit status and output again.
fn timed_run(command: &Command, limit: Duration, expected: &str) -> Result<Finished, String> {
    let finished = run_checked(command, limit)?;
    if finished.stdout != expected {
        return Err(describe_mismatch(expected, &finished.stdout));
    }
    Ok(finished)
}

/// The outcome for a list of timings (and peak RSS figures, for processes).
fn timed(times: &[Duration], rss: Option<&[u64]>) -> Outcome {
    match stats::median(times) {
        Some(median) => Outcome::Timed {
            median,
            peak_rss_kib: rss.and_then(stats::median_u64),
        },
        None => Outcome::Failed,
    }
}

/// `numerator / denominator` in seconds, when the denominator is not zero.
fn ratio(numerator: Duration, denominator: Duration) -> Option<f64> {
    let denominator = denominator.as_secs_f64();
    (denominator > 0.0).then(|| numerator.as_secs_f64() / denominator)
}
