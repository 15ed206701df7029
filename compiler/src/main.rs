//! The `kiln` command line: `kiln build`, `kiln run`.

use clap::{Parser, Subcommand, ValueEnum};
use kiln::driver::{self, BuildOptions, Emit};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "kiln", version, about = "Compile Node.js programs to native executables")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum)]
enum EmitArg {
    /// kiln IR text
    Ir,
    /// Cranelift IR text
    Clif,
    /// the object file
    Obj,
}

#[derive(Subcommand)]
enum Command {
    /// Compile FILE to a native executable (or, with --emit, to IR or an object file).
    Build {
        /// The entry file.
        file: PathBuf,
        /// The output path (default: the file's stem in the current directory; `-` for stdout with --emit).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Write an intermediate form instead of an executable.
        #[arg(long, value_enum)]
        emit: Option<EmitArg>,
        /// Compile FILE as a classic script (global code: top-level declarations are globals,
        /// `this` is globalThis, no `require`) instead of a CommonJS module.
        #[arg(long)]
        script: bool,
    },
    /// Compile FILE into a cache directory and run it with ARGS.
    Run {
        /// Compile FILE as a classic script instead of a CommonJS module (see `build --script`).
        #[arg(long)]
        script: bool,
        /// The entry file.
        file: PathBuf,
        /// Arguments for the program.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { file, output, emit, script } => {
            let emit = match emit {
                None => Emit::Executable,
                Some(EmitArg::Ir) => Emit::Ir,
                Some(EmitArg::Clif) => Emit::Clif,
                Some(EmitArg::Obj) => Emit::Object,
            };
            let (file, package_name) = match driver::package_entry(&file) {
                Ok(found) => found,
                Err(error) => {
                    eprint!("{}", with_newline(&error.0));
                    return ExitCode::from(1);
                }
            };
            let output = output.unwrap_or_else(|| match &package_name {
                Some(name) if emit == Emit::Executable => PathBuf::from(name),
                _ => default_output(&file, emit),
            });
            match driver::build(&BuildOptions { input: file, output, emit, script }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprint!("{}", with_newline(&error.0));
                    ExitCode::from(1)
                }
            }
        }
        Command::Run { script, file, args } => match driver::package_entry(&file) {
            Ok((file, _)) => run(file, args, script),
            Err(error) => {
                eprint!("{}", with_newline(&error.0));
                ExitCode::from(1)
            }
        },
    }
}

fn with_newline(text: &str) -> String {
    if text.ends_with('\n') {
        text.to_string()
    } else {
        format!("{text}\n")
    }
}

fn default_output(file: &Path, emit: Emit) -> PathBuf {
    let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "a".into());
    match emit {
        Emit::Executable => PathBuf::from(stem),
        Emit::Ir => PathBuf::from(format!("{stem}.ir")),
        Emit::Clif => PathBuf::from(format!("{stem}.clif")),
        Emit::Object => PathBuf::from(format!("{stem}.o")),
    }
}

/// A per-user cache directory for `kiln run` executables.
fn cache_dir() -> PathBuf {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("kiln").join("run")
}

fn run(file: PathBuf, args: Vec<String>, script: bool) -> ExitCode {
    let dir = cache_dir();
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("kiln: cannot create the cache directory {}: {e}", dir.display());
        return ExitCode::from(1);
    }
    let absolute = std::fs::canonicalize(&file).unwrap_or_else(|_| file.clone());
    let key = {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        absolute.hash(&mut hasher);
        script.hash(&mut hasher);
        hasher.finish()
    };
    let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let output = dir.join(format!("{stem}-{key:016x}"));
    if let Err(error) = driver::build(&BuildOptions { input: file, output: output.clone(), emit: Emit::Executable, script }) {
        eprint!("{}", with_newline(&error.0));
        return ExitCode::from(1);
    }
    let status = std::process::Command::new(&output).args(&args).status();
    match status {
        Ok(status) => match status.code() {
            Some(code) => ExitCode::from(code as u8),
            None => {
                #[cfg(unix)]
                {
                    use std::os::unix::process::ExitStatusExt;
                    if let Some(signal) = status.signal() {
                        return ExitCode::from((128 + signal) as u8);
                    }
                }
                ExitCode::from(1)
            }
        },
        Err(e) => {
            eprintln!("kiln: cannot run {}: {e}", output.display());
            ExitCode::from(1)
        }
    }
}
