//! Describes where and when the benchmarks ran, for the header of `docs/benchmarks.md`:
//! date, processor, core count, architecture and the versions of the engines compared.

use std::fs;
use std::path::Path;
use std::process::Command;

/// The facts about the run that make its figures comparable (or not) with another run.
pub struct Machine {
    /// The UTC date, `YYYY-MM-DD`.
    pub date: String,
    /// `nproc`.
    pub cores: String,
    /// `uname -m`.
    pub arch: String,
    /// The processor's model name from `/proc/cpuinfo`, when there is one.
    pub cpu: Option<String>,
    /// `node --version`.
    pub node_version: String,
    /// The workspace's git revision, marked when the tree has uncommitted changes.
    pub kiln_revision: Option<String>,
}

impl Machine {
    /// Gathers the facts, using `node` for node's version and `root` for kiln's revision.
    pub fn gather(node: &Path, root: &Path) -> Machine {
        let unknown = || "unknown".to_string();
        let kiln_revision = command_output(Command::new("git").arg("-C").arg(root).args([
            "rev-parse",
            "--short",
            "HEAD",
        ]))
        .map(|revision| {
            let dirty = command_output(
                Command::new("git")
                    .arg("-C")
                    .arg(root)
                    .args(["status", "--porcelain"]),
            )
            .is_some_and(|status| !status.is_empty());
            if dirty {
                format!("{revision} with uncommitted changes")
            } else {
                revision
            }
        });
        Machine {
            date: command_output(Command::new("date").args(["-u", "+%Y-%m-%d"]))
                .unwrap_or_else(unknown),
            cores: command_output(&mut Command::new("nproc")).unwrap_or_else(unknown),
            arch: command_output(Command::new("uname").arg("-m")).unwrap_or_else(unknown),
            cpu: cpu_model(),
            node_version: command_output(Command::new(node).arg("--version"))
                .unwrap_or_else(unknown),
            kiln_revision,
        }
    }
}

/// The trimmed standard output of `command`, if it ran and succeeded.
fn command_output(command: &mut Command) -> Option<String> {
    let output = command.output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
}

/// The first `model name` in `/proc/cpuinfo`.
fn cpu_model() -> Option<String> {
    let cpuinfo = fs::read_to_string("/proc/cpuinfo").ok()?;
    cpuinfo
        .lines()
        .find(|line| line.starts_with("model name"))
        .and_then(|line| line.split_once(':'))
        .map(|(_, model)| model.trim().to_string())
}
