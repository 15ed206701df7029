//! Runs one child process to completion and measures it: wall time, peak resident set size
//! and captured output. It owns process spawning and reaping for the whole runner; it knows
//! nothing about JavaScript, kiln or node.
//!
//! Linux folds the peak RSS of the address space a process replaces at `exec` into that
//! process's `ru_maxrss`, so a program spawned straight from the runner (whose own peak grows
//! to tens of MiB once QuickJS has run) would report at least the runner's peak. Every
//! measured program is therefore started through a small helper: a fresh exec of this binary
//! (`kiln-bench __spawn ...`) that spawns the program, reaps it with `wait4` and writes the
//! program's own wall time, peak RSS and exit status to a result file. The figures then
//! carry only the helper's small footprint, as with `/usr/bin/time` (see `measure_child`).

use std::ffi::OsString;
use std::fs;
use std::io::{self, Read};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// The first argument that puts this binary in helper mode.
pub const HELPER_ARGUMENT: &str = "__spawn";

/// What one finished child process did and cost.
pub struct Finished {
    /// Time from just before spawning the program to just after it was reaped.
    pub wall: Duration,
    /// The program's own peak resident set size in KiB (`ru_maxrss` from `wait4`).
    pub peak_rss_kib: u64,
    /// How the program ended.
    pub exit: Exit,
    /// Everything the program wrote to standard output, lossily decoded.
    pub stdout: String,
    /// Everything the program wrote to standard error, lossily decoded.
    pub stderr: String,
}

/// How a child process ended.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Exit {
    /// It exited with this status code.
    Code(i32),
    /// It was killed by this signal.
    Signal(i32),
    /// It ran past the time limit and was killed.
    TimedOut,
}

impl Finished {
    /// Whether the program exited normally with status 0.
    pub fn succeeded(&self) -> bool {
        self.exit == Exit::Code(0)
    }

    /// A one-line description of a failed run for the report's notes.
    pub fn failure_summary(&self) -> String {
        let how = match self.exit {
            Exit::Code(code) => format!("exit status {code}"),
            Exit::Signal(signal) => format!("killed by signal {signal}"),
            Exit::TimedOut => "timed out".to_string(),
        };
        match diagnostic_line(&self.stderr) {
            Some(line) => format!("{how}: {line}"),
            None => how,
        }
    }
}

/// Runs `command`'s program and arguments through the helper, with no standard input and
/// captured output, killing the program after `limit`. Only the program and arguments of
/// `command` are used.
pub fn run(command: &Command, limit: Duration) -> io::Result<Finished> {
    static NEXT_RESULT: AtomicUsize = AtomicUsize::new(0);
    let result_path = std::env::temp_dir().join(format!(
        "kiln-bench-{}-{}.result",
        std::process::id(),
        NEXT_RESULT.fetch_add(1, Ordering::Relaxed)
    ));
    let mut helper = Command::new(std::env::current_exe()?);
    helper
        .arg(HELPER_ARGUMENT)
        .arg(&result_path)
        .arg(limit.as_millis().to_string())
        .arg(command.get_program())
        .args(command.get_args())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = helper.spawn()?;
    let mut stdout_pipe = child.stdout.take().expect("stdout was set to piped above");
    let mut stderr_pipe = child.stderr.take().expect("stderr was set to piped above");
    let stderr_reader = thread::spawn(move || {
        let mut bytes = Vec::new();
        // A read error only loses diagnostics; the exit status still tells what happened.
        let _ = stderr_pipe.read_to_end(&mut bytes);
        bytes
    });
    let mut stdout_bytes = Vec::new();
    let read_result = stdout_pipe.read_to_end(&mut stdout_bytes);
    let helper_status = child.wait()?;
    let stderr_bytes = stderr_reader
        .join()
        .expect("the stderr reader does not panic");
    read_result?;
    let result = fs::read_to_string(&result_path);
    let _ = fs::remove_file(&result_path);
    let stderr = String::from_utf8_lossy(&stderr_bytes).into_owned();
    let result = result.map_err(|error| {
        io::Error::other(format!(
            "the spawn helper ({helper_status}) left no result: {error}; {stderr}"
        ))
    })?;
    let (wall, peak_rss_kib, exit) = parse_result(&result).ok_or_else(|| {
        io::Error::other(format!(
            "the spawn helper wrote a malformed result `{result}`"
        ))
    })?;
    Ok(Finished {
        wall,
        peak_rss_kib,
        exit,
        stdout: String::from_utf8_lossy(&stdout_bytes).into_owned(),
        stderr,
    })
}

/// The helper's `main`: `__spawn RESULT_FILE LIMIT_MS PROGRAM ARGS...` runs PROGRAM with this
/// process's standard streams and writes `WALL_NANOS PEAK_RSS_KIB EXIT` to RESULT_FILE.
pub fn helper_main(arguments: &[OsString]) -> ExitCode {
    let [result_path, limit, program, program_arguments @ ..] = arguments else {
        eprintln!("kiln-bench {HELPER_ARGUMENT}: expected RESULT_FILE LIMIT_MS PROGRAM ARGS...");
        return ExitCode::from(2);
    };
    let Some(limit) = limit.to_str().and_then(|limit| limit.parse::<u64>().ok()) else {
        eprintln!("kiln-bench {HELPER_ARGUMENT}: bad time limit {limit:?}");
        return ExitCode::from(2);
    };
    let mut command = Command::new(program);
    command.args(program_arguments);
    let line = match measure_child(&mut command, Duration::from_millis(limit)) {
        Ok((wall, peak_rss_kib, exit)) => {
            let exit = match exit {
                Exit::Code(code) => format!("code {code}"),
                Exit::Signal(signal) => format!("signal {signal}"),
                Exit::TimedOut => "timeout 0".to_string(),
            };
            format!("{} {peak_rss_kib} {exit}\n", wall.as_nanos())
        }
        Err(error) => {
            // Report a failure to start as exit status 127, as a shell would.
            eprintln!(
                "kiln-bench: cannot run {}: {error}",
                Path::new(program).display()
            );
            "0 0 code 127\n".to_string()
        }
    };
    match fs::write(PathBuf::from(result_path), line) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("kiln-bench {HELPER_ARGUMENT}: cannot write the result: {error}");
            ExitCode::from(2)
        }
    }
}

/// The first non-empty line of `text`, trimmed, if any.
pub fn first_line(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .find(|line| !line.is_empty())
        .map(str::to_string)
}

/// The line of `stderr` that says what went wrong: the first `error: ...` or `...Error: ...`
/// line (kiln's diagnostics put a location and a code frame before it), else the first line.
pub fn diagnostic_line(stderr: &str) -> Option<String> {
    stderr
        .lines()
        .map(str::trim)
        .find(|line| line.starts_with("error") || line.contains("Error:"))
        .map(str::to_string)
        .or_else(|| first_line(stderr))
}

/// Runs `command` with inherited standard streams, killing it after `limit`; returns its
/// wall time, its own peak RSS in KiB and how it ended.
fn measure_child(command: &mut Command, limit: Duration) -> io::Result<(Duration, u64, Exit)> {
    command.stdin(Stdio::null());
    // An empty `pre_exec` makes std fork instead of using `posix_spawn` (a `vfork`). The
    // program's `exec` then replaces a forked copy of this helper, which holds only the
    // helper's few anonymous pages, rather than the helper's whole address space; that keeps
    // the floor under every peak-RSS figure near 1 MiB, as with `/usr/bin/time`.
    // SAFETY: the closure does nothing, so it is async-signal-safe and touches no locks.
    unsafe { command.pre_exec(|| Ok(())) };
    let start = Instant::now();
    let child = command.spawn()?;
    let pid = child.id() as libc::pid_t;
    let (done_sender, done_receiver) = mpsc::channel::<()>();
    let watchdog = thread::spawn(move || {
        if done_receiver.recv_timeout(limit) == Err(mpsc::RecvTimeoutError::Timeout) {
            // SAFETY: the child has not been reaped (this process reaps it only after joining
            // this thread), so `pid` still names our own child, live or zombie.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            return true;
        }
        false
    });
    let waited = wait_without_reaping(pid);
    // The watchdog may already have fired; either way it is finished after this.
    let _ = done_sender.send(());
    let timed_out = watchdog.join().expect("the watchdog thread does not panic");
    waited?;
    let (status, usage) = reap(pid)?;
    let wall = start.elapsed();
    let exit = if timed_out {
        Exit::TimedOut
    } else if libc::WIFEXITED(status) {
        Exit::Code(libc::WEXITSTATUS(status))
    } else {
        Exit::Signal(libc::WTERMSIG(status))
    };
    Ok((wall, u64::try_from(usage.ru_maxrss).unwrap_or(0), exit))
}

/// Parses the helper's `WALL_NANOS PEAK_RSS_KIB KIND VALUE` line.
fn parse_result(line: &str) -> Option<(Duration, u64, Exit)> {
    let mut fields = line.split_whitespace();
    let wall = Duration::from_nanos(fields.next()?.parse().ok()?);
    let peak_rss_kib = fields.next()?.parse().ok()?;
    let kind = fields.next()?;
    let value: i32 = fields.next()?.parse().ok()?;
    let exit = match kind {
        "code" => Exit::Code(value),
        "signal" => Exit::Signal(value),
        "timeout" => Exit::TimedOut,
        _ => return None,
    };
    Some((wall, peak_rss_kib, exit))
}

/// Blocks until child `pid` has exited, leaving it a zombie so its pid stays reserved.
fn wait_without_reaping(pid: libc::pid_t) -> io::Result<()> {
    loop {
        // SAFETY: `siginfo_t` is plain data for which all-zero bytes are a valid value.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: `pid` is our own child and `info` is a live, writable `siginfo_t`.
        let result = unsafe {
            libc::waitid(
                libc::P_PID,
                pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOWAIT,
            )
        };
        if result == 0 {
            return Ok(());
        }
        let error = io::Error::last_os_error();
        if error.kind() != io::ErrorKind::Interrupted {
            return Err(error);
        }
    }
}

/// Reaps child `pid`, returning its wait status and its own resource usage.
fn reap(pid: libc::pid_t) -> io::Result<(libc::c_int, libc::rusage)> {
    let mut status: libc::c_int = 0;
    // SAFETY: `rusage` is plain data for which all-zero bytes are a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: `pid` is our own un-reaped child; `status` and `usage` are live locals.
        let result = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if result == pid {
            return Ok((status, usage));
        }
        let error = io::Error::last_os_error();
        if error.kind() != io::ErrorKind::Interrupted {
            return Err(error);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diagnostic_line_skips_the_code_frame() {
        let stderr = "prog.js:3:1\nclass A {}\n^\n\nerror: kiln does not support classes yet\n";
        assert_eq!(
            diagnostic_line(stderr).as_deref(),
            Some("error: kiln does not support classes yet")
        );
        assert_eq!(
            diagnostic_line("kiln: linking failed\n").as_deref(),
            Some("kiln: linking failed")
        );
    }

    #[test]
    fn helper_results_round_trip() {
        assert_eq!(
            parse_result("1500 2048 code 0\n"),
            Some((Duration::from_nanos(1500), 2048, Exit::Code(0)))
        );
        assert_eq!(
            parse_result("9 1 signal 11"),
            Some((Duration::from_nanos(9), 1, Exit::Signal(11)))
        );
        assert_eq!(
            parse_result("9 1 timeout 0").map(|result| result.2),
            Some(Exit::TimedOut)
        );
        assert_eq!(parse_result("garbage"), None);
    }
}
