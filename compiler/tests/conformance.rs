//! The conformance suite: every `tests/conformance/**/*.js` case is compiled with the kiln
//! binary, run, and its stdout and exit code are compared with what node recorded beside it
//! (`NAME.out`, and `NAME.code` when the code is not 0; see `tests/conformance/record.sh`).
//! A case whose first line is `// kiln: --script` is built with `--script` (a classic script).
//! TypeScript cases (`.ts`, `.mts`, `.cts`) are built like any other; their expected output was
//! recorded from a JavaScript twin (`NAME.expected.js`, `.mjs` or `.cjs`), which is not a case.
//!
//! Cases listed in `tests/conformance/known-failures.txt` are expected to fail: such a case that
//! fails is reported as passing (with the kind `known-failure`), and one that passes fails the
//! suite so that the list only ever shrinks. `KILN_BLESS_FAILURES=1` rewrites the list to the
//! cases that fail right now. This file owns the harness only; it never writes expected output,
//! which always comes from node.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};
use similar::TextDiff;

/// Path of the known-failures list, relative to the conformance directory.
const KNOWN_FAILURES_FILE: &str = "known-failures.txt";
/// Environment variable that rewrites the known-failures list instead of checking it.
const BLESS_VARIABLE: &str = "KILN_BLESS_FAILURES";
/// Environment variable naming another compiler binary to test instead of this build's kiln
/// (it must accept the same `build CASE.js -o OUTPUT` command line).
const KILN_VARIABLE: &str = "KILN_CONFORMANCE_KILN";
/// Environment variable overriding how long a compiled case may run, in seconds.
const RUN_TIMEOUT_VARIABLE: &str = "KILN_CONFORMANCE_RUN_TIMEOUT";
/// Environment variable overriding how long `kiln build` may take for one case, in seconds.
const BUILD_TIMEOUT_VARIABLE: &str = "KILN_CONFORMANCE_BUILD_TIMEOUT";
const DEFAULT_RUN_TIMEOUT: Duration = Duration::from_secs(60);
const DEFAULT_BUILD_TIMEOUT: Duration = Duration::from_secs(300);
/// A case whose first line is exactly this is a classic script: it is built with
/// `kiln build --script` (and recorded by running it with `vm.runInThisContext`).
const SCRIPT_MARKER: &str = "// kiln: --script";
/// How many lines of each stderr a failure report shows.
const STDERR_LINES: usize = 40;
/// How many lines from the end of a long stderr a failure report adds after the first ones.
const TAIL_LINES: usize = 5;
/// How many diff lines a failure report shows before cutting the diff short.
const DIFF_LINES: usize = 200;
/// The comment block written at the top of a blessed known-failures list that had none.
const DEFAULT_HEADER: &str = "\
# Conformance cases that are expected to fail today, one path per line, relative to
# tests/conformance. A listed case that fails is reported as passing; a listed case that
# passes fails the suite (\"now passes: remove it from known-failures.txt\").
# Regenerate with: KILN_BLESS_FAILURES=1 cargo test --release -p kiln --test conformance
";

fn main() -> ExitCode {
    let args = Arguments::from_args();
    let suite = match Suite::discover() {
        Ok(suite) => Arc::new(suite),
        Err(message) => {
            eprintln!("conformance: {message}");
            return ExitCode::FAILURE;
        }
    };
    let bless = std::env::var_os(BLESS_VARIABLE).is_some_and(|v| !v.is_empty() && v != "0");

    let mut trials: Vec<Trial> = suite
        .cases
        .iter()
        .map(|case| {
            let suite = Arc::clone(&suite);
            let case = case.clone();
            let known = suite.known_failures.entries.contains(&case.id);
            let name = case.id.clone();
            let trial = Trial::test(name, move || suite.check(&case, known, bless));
            if known {
                trial.with_kind("known-failure")
            } else {
                trial
            }
        })
        .collect();
    if !bless {
        let suite = Arc::clone(&suite);
        trials.push(Trial::test(KNOWN_FAILURES_FILE, move || {
            suite.check_known_failures_list()
        }));
    }

    let conclusion = libtest_mimic::run(&args, trials);

    let results = suite
        .results
        .lock()
        .expect("no trial panics while holding the lock");
    if bless {
        match suite.bless(&results) {
            Ok(summary) => println!("{summary}"),
            Err(message) => {
                eprintln!("conformance: {message}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        let still_failing = results
            .iter()
            .filter(|(id, r)| r.is_err() && suite.known_failures.entries.contains(*id))
            .count();
        if still_failing > 0 {
            println!(
                "note: {still_failing} of the cases run are known failures that still fail (tests/conformance/{KNOWN_FAILURES_FILE})"
            );
        }
    }
    let _ = fs::remove_dir(&suite.build_dir);
    conclusion.exit_code()
}

/// The extensions of case files: JavaScript, and TypeScript (recorded through a twin).
const CASE_EXTENSIONS: &[&str] = &["js", "ts", "mts", "cts"];

/// One conformance case: a `.js` (or TypeScript) file and the expectations recorded beside it.
#[derive(Clone)]
struct Case {
    /// Path relative to the conformance directory with `/` separators, e.g. `values/nan.js`.
    id: String,
    /// Absolute path of the `.js` file.
    source: PathBuf,
    /// Directory holding the case; the executable runs with it as the working directory.
    dir: PathBuf,
    /// Built with `--script` (the file starts with [`SCRIPT_MARKER`]).
    script: bool,
}

/// Everything the trials share: the case list, the known failures and where to build.
struct Suite {
    root: PathBuf,
    cases: Vec<Case>,
    known_failures: KnownFailures,
    kiln: PathBuf,
    build_dir: PathBuf,
    run_timeout: Duration,
    build_timeout: Duration,
    /// Outcome of every case that ran: `Err` holds the failure report.
    results: Mutex<BTreeMap<String, Result<(), String>>>,
}

/// The parsed known-failures list.
struct KnownFailures {
    /// Leading comment lines, kept when the list is blessed.
    header: String,
    entries: BTreeSet<String>,
}

/// What running one process produced.
struct Output {
    status: Option<ExitStatus>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    timed_out: bool,
}

impl Suite {
    fn discover() -> Result<Suite, String> {
        let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        let root = manifest_dir
            .parent()
            .expect("the compiler crate lives inside the workspace")
            .join("tests")
            .join("conformance");
        let mut sources = Vec::new();
        collect_cases(&root, &mut sources)
            .map_err(|e| format!("cannot list {}: {e}", root.display()))?;
        sources.sort();
        let cases = sources
            .into_iter()
            .map(|source| {
                let relative = source.strip_prefix(&root).expect("collected under root");
                let id = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                let dir = source
                    .parent()
                    .expect("a case file has a parent directory")
                    .to_path_buf();
                let script = fs::read_to_string(&source)
                    .is_ok_and(|text| text.lines().next().is_some_and(|line| line.trim_end() == SCRIPT_MARKER));
                Case { id, source, dir, script }
            })
            .collect();
        let known_failures = KnownFailures::read(&root.join(KNOWN_FAILURES_FILE))?;
        let tmp_dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
        remove_stale_build_dirs(tmp_dir);
        let build_dir = tmp_dir.join(format!("conformance-{}", std::process::id()));
        fs::create_dir_all(&build_dir)
            .map_err(|e| format!("cannot create {}: {e}", build_dir.display()))?;
        Ok(Suite {
            root,
            cases,
            known_failures,
            kiln: std::env::var_os(KILN_VARIABLE)
                .map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_kiln")), PathBuf::from),
            build_dir,
            run_timeout: timeout_from_env(RUN_TIMEOUT_VARIABLE, DEFAULT_RUN_TIMEOUT),
            build_timeout: timeout_from_env(BUILD_TIMEOUT_VARIABLE, DEFAULT_BUILD_TIMEOUT),
            results: Mutex::new(BTreeMap::new()),
        })
    }

    /// Runs one case and turns its outcome into the trial's result, taking the known-failures
    /// list (or blessing) into account.
    fn check(&self, case: &Case, known: bool, bless: bool) -> Result<(), Failed> {
        let outcome = self.run_case(case);
        self.results
            .lock()
            .expect("no trial panics while holding the lock")
            .insert(case.id.clone(), outcome.clone());
        if outcome.is_err() && (known || bless) {
            // Nobody will look at an expected failure's executable; keep only surprising ones.
            let _ = fs::remove_file(self.executable_path(case));
        }
        match (outcome, known) {
            _ if bless => Ok(()),
            (Ok(()), false) | (Err(_), true) => Ok(()),
            (Ok(()), true) => {
                Err(format!("now passes: remove it from {KNOWN_FAILURES_FILE}").into())
            }
            (Err(report), false) => Err(report.into()),
        }
    }

    /// Builds and runs a case; `Err` carries a readable report of what differed.
    fn run_case(&self, case: &Case) -> Result<(), String> {
        let expected_stdout = fs::read(case.source.with_extension("out")).map_err(|e| {
            format!("cannot read the expected output (run tests/conformance/record.sh): {e}")
        })?;
        let expected_code = read_expected_code(&case.source.with_extension("code"))?;

        let executable = self.executable_path(case);
        let _ = fs::remove_file(&executable);
        let mut build = Command::new(&self.kiln);
        build
            .arg("build")
            .arg(&case.source)
            .arg("-o")
            .arg(&executable)
            // Cranelift's IR verifier is off in release builds of kiln; the tests keep it on.
            .env("KILN_VERIFY_CLIF", "1")
            .current_dir(&case.dir);
        if case.script {
            build.arg("--script");
        }
        let build_output = run_with_timeout(build, self.build_timeout)
            .map_err(|e| format!("cannot start {}: {e}", self.kiln.display()))?;
        let build_ok = build_output.status.is_some_and(|s| s.success());
        if !build_ok || !executable.exists() {
            let mut report = String::new();
            if build_output.timed_out {
                let _ = writeln!(
                    report,
                    "kiln build timed out after {:?}",
                    self.build_timeout
                );
            } else if !build_ok {
                let _ = writeln!(
                    report,
                    "kiln build failed: {}",
                    describe_status(build_output.status)
                );
            } else {
                let _ = writeln!(
                    report,
                    "kiln build succeeded but wrote no executable at {}",
                    executable.display()
                );
            }
            append_stream(&mut report, "build stderr", &build_output.stderr);
            append_stream(&mut report, "build stdout", &build_output.stdout);
            return Err(report);
        }

        let mut run = Command::new(&executable);
        run.current_dir(&case.dir);
        let run_output = run_with_timeout(run, self.run_timeout)
            .map_err(|e| format!("cannot start {}: {e}", executable.display()))?;
        // A death by signal n reads as 128 + n, the way record.sh's shell reports node's.
        let actual_code = run_output.status.and_then(exit_code_or_signal);
        let stdout_matches = run_output.stdout == expected_stdout;
        let code_matches = !run_output.timed_out && actual_code == Some(expected_code);
        // Cases under `stderr/` also have node's standard error recorded (`NAME.err`).
        let expected_stderr = fs::read(case.source.with_extension("err")).ok();
        let actual_stderr = normalize_stderr(&run_output.stderr, &case.dir);
        let stderr_matches = expected_stderr.as_ref().is_none_or(|expected| *expected == actual_stderr);
        if stdout_matches && code_matches && stderr_matches {
            let _ = fs::remove_file(&executable);
            return Ok(());
        }

        let mut report = String::new();
        if run_output.timed_out {
            let _ = writeln!(
                report,
                "the executable timed out after {:?} and was killed",
                self.run_timeout
            );
        }
        if !stdout_matches {
            let _ = writeln!(
                report,
                "stdout differs (--- expected from node, +++ actual from kiln):"
            );
            report.push_str(&unified_diff(&expected_stdout, &run_output.stdout));
        }
        if let Some(expected) = expected_stderr.filter(|_| !stderr_matches) {
            let _ = writeln!(
                report,
                "stderr differs (--- expected from node, +++ actual from kiln):"
            );
            report.push_str(&unified_diff(&expected, &actual_stderr));
        }
        let _ = writeln!(
            report,
            "exit code: expected {expected_code}, actual {}",
            describe_status(run_output.status)
        );
        append_stream(&mut report, "build stderr", &build_output.stderr);
        append_stream(&mut report, "run stderr", &run_output.stderr);
        let _ = writeln!(report, "executable kept at {}", executable.display());
        Err(report)
    }

    /// Where the executable of a case is built: one flat, unique name per case.
    fn executable_path(&self, case: &Case) -> PathBuf {
        let stem = case.id.rsplit_once('.').map_or(case.id.as_str(), |(stem, _)| stem);
        self.build_dir.join(stem.replace('/', "__"))
    }

    /// Fails when the known-failures list names a case that does not exist.
    fn check_known_failures_list(&self) -> Result<(), Failed> {
        let ids: BTreeSet<&str> = self.cases.iter().map(|c| c.id.as_str()).collect();
        let stale: Vec<&str> = self
            .known_failures
            .entries
            .iter()
            .map(String::as_str)
            .filter(|e| !ids.contains(e))
            .collect();
        if stale.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "{KNOWN_FAILURES_FILE} lists cases that do not exist: {}",
                stale.join(", ")
            )
            .into())
        }
    }

    /// Rewrites the known-failures list: cases that ran are listed exactly when they failed;
    /// entries for existing cases that were filtered out of this run are kept as they were.
    fn bless(&self, results: &BTreeMap<String, Result<(), String>>) -> Result<String, String> {
        let ids: BTreeSet<&str> = self.cases.iter().map(|c| c.id.as_str()).collect();
        let mut entries: BTreeSet<String> = self
            .known_failures
            .entries
            .iter()
            .filter(|e| ids.contains(e.as_str()) && !results.contains_key(*e))
            .cloned()
            .collect();
        entries.extend(
            results
                .iter()
                .filter(|(_, r)| r.is_err())
                .map(|(id, _)| id.clone()),
        );
        let added = entries.difference(&self.known_failures.entries).count();
        let removed = self.known_failures.entries.difference(&entries).count();

        let mut text = if self.known_failures.header.is_empty() {
            DEFAULT_HEADER.to_string()
        } else {
            self.known_failures.header.clone()
        };
        for entry in &entries {
            text.push_str(entry);
            text.push('\n');
        }
        let path = self.root.join(KNOWN_FAILURES_FILE);
        fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        Ok(format!(
            "blessed tests/conformance/{KNOWN_FAILURES_FILE}: {} listed ({added} added, {removed} removed)",
            entries.len()
        ))
    }
}

impl KnownFailures {
    /// Reads the list; a missing file is an empty list.
    fn read(path: &Path) -> Result<KnownFailures, String> {
        let text = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
        };
        let mut header = String::new();
        let mut entries = BTreeSet::new();
        let mut in_header = true;
        for line in text.lines() {
            let trimmed = line.trim();
            if in_header && trimmed.starts_with('#') {
                header.push_str(line);
                header.push('\n');
                continue;
            }
            in_header = false;
            let entry = trimmed.split('#').next().unwrap_or_default().trim();
            if entry.is_empty() {
                continue;
            }
            let has_extension = CASE_EXTENSIONS.iter().any(|e| entry.ends_with(&format!(".{e}")));
            let entry = if has_extension {
                entry.to_string()
            } else {
                format!("{entry}.js")
            };
            entries.insert(entry);
        }
        Ok(KnownFailures { header, entries })
    }
}

/// Removes the build directories of earlier runs whose process is gone; they only hold the
/// executables of cases that failed. Each run builds in its own directory so that two runs at
/// once never overwrite each other's executables.
fn remove_stale_build_dirs(tmp_dir: &Path) {
    let proc_dir = Path::new("/proc");
    if !proc_dir.is_dir() {
        return;
    }
    let Ok(entries) = fs::read_dir(tmp_dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(|n| n.strip_prefix("conformance-")) else {
            continue;
        };
        if pid.parse::<u32>().is_ok() && !proc_dir.join(pid).exists() {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// Collects every case file below `dir` (see [`CASE_EXTENSIONS`]), except inside `fixtures/`
/// and `node_modules/` directories, which hold the modules that cases `require`, and except
/// the JavaScript twins of TypeScript cases (`NAME.expected.js`) and declaration files.
fn collect_cases(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "fixtures" || n == "node_modules") {
                continue;
            }
            collect_cases(&path, out)?;
        } else if is_case_file(&path) {
            out.push(path);
        }
    }
    Ok(())
}

/// Whether `path` names a case: a case extension, and not a twin or a declaration file.
fn is_case_file(path: &Path) -> bool {
    let name = path.file_name().map_or(String::new(), |n| n.to_string_lossy().into_owned());
    let is_case_extension = path
        .extension()
        .is_some_and(|e| CASE_EXTENSIONS.iter().any(|c| e == *c));
    is_case_extension && !name.contains(".expected.") && !name.ends_with(".d.ts")
}

/// Reads a `.code` file; a missing file means exit code 0.
fn read_expected_code(path: &Path) -> Result<i32, String> {
    match fs::read_to_string(path) {
        Ok(text) => text
            .trim()
            .parse()
            .map_err(|e| format!("bad exit code in {}: {e}", path.display())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(0),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

fn timeout_from_env(variable: &str, default: Duration) -> Duration {
    std::env::var(variable)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map_or(default, Duration::from_secs)
}

/// Runs a command with no stdin, capturing stdout and stderr, and kills it after `timeout`.
fn run_with_timeout(mut command: Command, timeout: Duration) -> io::Result<Output> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn()?;
    let stdout = drain(&mut child, true);
    let stderr = drain(&mut child, false);
    let deadline = Instant::now() + timeout;
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if Instant::now() >= deadline {
            timed_out = true;
            let _ = child.kill();
            break child.wait().ok();
        }
        thread::sleep(Duration::from_millis(5));
    };
    Ok(Output {
        status,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
        timed_out,
    })
}

/// Reads one of the child's pipes to the end on its own thread, so a full pipe never blocks it.
fn drain(child: &mut Child, stdout: bool) -> thread::JoinHandle<Vec<u8>> {
    let mut pipe: Box<dyn Read + Send> = if stdout {
        Box::new(child.stdout.take().expect("stdout is piped"))
    } else {
        Box::new(child.stderr.take().expect("stderr is piped"))
    };
    thread::spawn(move || {
        let mut buffer = Vec::new();
        let _ = pipe.read_to_end(&mut buffer);
        buffer
    })
}

#[cfg(unix)]
fn exit_code_or_signal(status: ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    status.code().or_else(|| status.signal().map(|signal| 128 + signal))
}

#[cfg(not(unix))]
fn exit_code_or_signal(status: ExitStatus) -> Option<i32> {
    status.code()
}

fn describe_status(status: Option<ExitStatus>) -> String {
    match status {
        None => "unknown (the process could not be waited for)".to_string(),
        Some(s) => match s.code() {
            Some(code) => code.to_string(),
            None => describe_signal(s),
        },
    }
}

#[cfg(unix)]
fn describe_signal(status: ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match status.signal() {
        Some(signal) => format!("none (killed by signal {signal})"),
        None => "none".to_string(),
    }
}

#[cfg(not(unix))]
fn describe_signal(_status: ExitStatus) -> String {
    "none".to_string()
}

/// A unified diff of expected and actual stdout, cut short after `DIFF_LINES` lines.
fn unified_diff(expected: &[u8], actual: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let diff = TextDiff::from_lines(expected.as_ref(), actual.as_ref());
    let text = diff
        .unified_diff()
        .context_radius(3)
        .header("expected", "actual")
        .to_string();
    let mut out = String::new();
    for (i, line) in text.lines().enumerate() {
        if i == DIFF_LINES {
            let _ = writeln!(out, "... diff cut after {DIFF_LINES} lines");
            break;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Appends the first `STDERR_LINES` lines of a captured stream, labelled. When the stream is
/// longer, its last `TAIL_LINES` lines follow too: tools such as the linker often print the
/// line that matters last, after pages of warnings.
fn append_stream(report: &mut String, label: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    if text.trim().is_empty() {
        let _ = writeln!(report, "{label}: (empty)");
        return;
    }
    let lines: Vec<&str> = text.lines().collect();
    let total = lines.len();
    let _ = writeln!(
        report,
        "{label} (first {} of {total} lines):",
        total.min(STDERR_LINES)
    );
    for line in lines.iter().take(STDERR_LINES) {
        let _ = writeln!(report, "  | {line}");
    }
    if total > STDERR_LINES {
        let tail_start = total.saturating_sub(TAIL_LINES).max(STDERR_LINES);
        let _ = writeln!(
            report,
            "  ... ({} lines left out; the last {}:)",
            tail_start - STDERR_LINES,
            total - tail_start
        );
        for line in &lines[tail_start..] {
            let _ = writeln!(report, "  | {line}");
        }
    }
}

/// A run's standard error as `record.sh` keeps node's: the case directory written as `<dir>`,
/// stack lines of node's internals (`node:internal/…`) left out.
fn normalize_stderr(stderr: &[u8], dir: &Path) -> Vec<u8> {
    let text = String::from_utf8_lossy(stderr);
    let kept: Vec<&str> = text
        .split('\n')
        .filter(|line| {
            let Some(frame) = line.strip_prefix("    at ") else { return true };
            let location = frame.rsplit_once(" (").map_or(frame, |(_, location)| location);
            !location.starts_with("node:internal/")
        })
        .collect();
    let mut text = kept.join("\n");
    let canonical = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    for form in [canonical, dir.to_path_buf()] {
        text = text.replace(&*form.to_string_lossy(), "<dir>");
    }
    text.into_bytes()
}
