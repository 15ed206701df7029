//! `internal:child_process`, the native half of `runtime-lib/lib/child_process.js`: starting a
//! process (`std::process::Command`: fork/exec with the requested stdio, cwd, environment,
//! argv0, session and ids), waiting for it on the I/O bridge's blocking pool (its exit is a
//! poll-phase callback, so a running child keeps the loop alive until JS unrefs it), sending
//! signals, and the synchronous `spawnSync` (input written and output read on helper threads,
//! with a timeout and a maxBuffer limit).
//!
//! The JavaScript side validates options as node does and hands over plain values; errors come
//! back as negative errno numbers, which it turns into node's errors. Pipes to a child are raw
//! descriptors that `internal:stdio` reads and writes.

use crate::builtins::array_buffer;
use crate::builtins::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::JsResult;
use crate::event_loop::io::{spawn_blocking, WorkResult};
use crate::gc::Gc;
use crate::node::fs::views;
use crate::object::function::{self, NativeCall};
use crate::object::{array, ops, Attributes, JsObject, PropertyKey};
use crate::value::{conv, Value};
use std::io::Read;
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::Duration;

/// `require('internal:child_process')`.
pub fn binding(ctx: &mut Context) -> JsResult<Value> {
    let binding = ctx.new_object();
    ObjectBuilder::new(ctx, binding)
        .method("spawn", 1, spawn)
        .method("wait", 2, wait)
        .method("kill", 2, kill)
        .method("spawnSync", 1, spawn_sync);
    Ok(Value::object(binding))
}

/// How one of the child's descriptors is set up.
enum StdioKind {
    Pipe,
    Ignore,
    Inherit(i32),
    Fd(i32),
}

/// What `spawn` and `spawnSync` read from their options object.
struct SpawnOptions {
    file: String,
    /// argv, argv0 first.
    args: Vec<String>,
    cwd: Option<String>,
    env: Option<Vec<(String, String)>>,
    stdio: Vec<StdioKind>,
    detached: bool,
    uid: Option<u32>,
    gid: Option<u32>,
}

fn get(ctx: &mut Context, object: Gc<JsObject>, name: &str) -> JsResult<Value> {
    let key = ctx.key(name);
    ops::get_property(ctx, object, key)
}

fn string_list(ctx: &mut Context, value: Value) -> JsResult<Vec<String>> {
    let Some(list) = value.as_object() else { return Ok(Vec::new()) };
    let length = crate::iteration::length_of_array_like(ctx, list)?;
    let mut strings = Vec::new();
    for index in 0..length {
        let item = ops::get_property(ctx, list, PropertyKey::Index(index as u32))?;
        strings.push(conv::to_string(ctx, item)?.get().to_rust_string());
    }
    Ok(strings)
}

fn optional_string(ctx: &mut Context, value: Value) -> JsResult<Option<String>> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    Ok(Some(conv::to_string(ctx, value)?.get().to_rust_string()))
}

fn optional_u32(ctx: &mut Context, value: Value) -> JsResult<Option<u32>> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    Ok(Some(conv::to_uint32(ctx, value)?))
}

fn read_options(ctx: &mut Context, options: Value) -> JsResult<SpawnOptions> {
    let Some(object) = options.as_object() else {
        return crate::error::ThrowExt::throw_type_error(ctx, "kiln: spawn options must be an object");
    };
    let file = get(ctx, object, "file")?;
    let file = conv::to_string(ctx, file)?.get().to_rust_string();
    let args = get(ctx, object, "args")?;
    let args = string_list(ctx, args)?;
    let cwd = get(ctx, object, "cwd")?;
    let cwd = optional_string(ctx, cwd)?;
    let env_pairs = get(ctx, object, "envPairs")?;
    let env = if env_pairs.is_undefined() || env_pairs.is_null() {
        None
    } else {
        let pairs = string_list(ctx, env_pairs)?;
        Some(
            pairs
                .into_iter()
                .map(|pair| match pair.split_once('=') {
                    Some((name, value)) => (name.to_string(), value.to_string()),
                    None => (pair, String::new()),
                })
                .collect(),
        )
    };
    let stdio_value = get(ctx, object, "stdio")?;
    let mut stdio = Vec::new();
    if let Some(list) = stdio_value.as_object() {
        let length = crate::iteration::length_of_array_like(ctx, list)?;
        for index in 0..length {
            let item = ops::get_property(ctx, list, PropertyKey::Index(index as u32))?;
            let Some(item) = item.as_object() else {
                stdio.push(StdioKind::Ignore);
                continue;
            };
            let kind = get(ctx, item, "type")?;
            let kind = conv::to_string(ctx, kind)?.get().to_rust_string();
            let fd = get(ctx, item, "fd")?;
            let fd = if fd.is_undefined() { index as i32 } else { conv::to_int32(ctx, fd)? };
            stdio.push(match kind.as_str() {
                "pipe" => StdioKind::Pipe,
                "inherit" => StdioKind::Inherit(fd),
                "fd" => StdioKind::Fd(fd),
                _ => StdioKind::Ignore,
            });
        }
    }
    let detached = get(ctx, object, "detached")?;
    let detached = conv::to_boolean(detached);
    let uid = get(ctx, object, "uid")?;
    let uid = optional_u32(ctx, uid)?;
    let gid = get(ctx, object, "gid")?;
    let gid = optional_u32(ctx, gid)?;
    Ok(SpawnOptions { file, args, cwd, env, stdio, detached, uid, gid })
}

/// A `Stdio` for the child's descriptor `index`; descriptors of ours are duplicated so the
/// child gets its own copy and ours stay open.
fn stdio_for(kind: Option<&StdioKind>, index: i32) -> Result<Stdio, i32> {
    let duplicate = |fd: i32| -> Result<Stdio, i32> {
        // SAFETY: dup only creates a new descriptor for an existing one.
        let copy = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 3) };
        if copy < 0 {
            return Err(crate::node::fs::uv::last_errno());
        }
        // SAFETY: `copy` is a fresh descriptor that nothing else owns.
        Ok(Stdio::from(unsafe { std::fs::File::from_raw_fd(copy) }))
    };
    match kind {
        Some(StdioKind::Pipe) => Ok(Stdio::piped()),
        Some(StdioKind::Inherit(fd)) if *fd == index => Ok(Stdio::inherit()),
        Some(StdioKind::Inherit(fd)) | Some(StdioKind::Fd(fd)) => duplicate(*fd),
        Some(StdioKind::Ignore) | None => Ok(Stdio::null()),
    }
}

fn build_command(options: &SpawnOptions) -> Result<Command, i32> {
    let mut command = Command::new(&options.file);
    if let Some((argv0, rest)) = options.args.split_first() {
        command.arg0(argv0);
        command.args(rest);
    }
    if let Some(cwd) = &options.cwd {
        command.current_dir(cwd);
    }
    if let Some(env) = &options.env {
        command.env_clear();
        command.envs(env.iter().map(|(name, value)| (name.as_str(), value.as_str())));
    }
    command.stdin(stdio_for(options.stdio.first(), 0)?);
    command.stdout(stdio_for(options.stdio.get(1), 1)?);
    command.stderr(stdio_for(options.stdio.get(2), 2)?);
    if let Some(uid) = options.uid {
        command.uid(uid);
    }
    if let Some(gid) = options.gid {
        command.gid(gid);
    }
    // As libuv does for node's children: every signal back to its default action and none
    // blocked, whatever this process ignores or blocks (a program started under `nohup` still
    // gives its children a SIGHUP that ends them).
    // SAFETY: signal and sigprocmask are async-signal-safe, as a pre_exec hook must be.
    unsafe {
        command.pre_exec(|| {
            for signal in 1..32 {
                if signal != libc::SIGKILL && signal != libc::SIGSTOP {
                    libc::signal(signal, libc::SIG_DFL);
                }
            }
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            libc::sigprocmask(libc::SIG_SETMASK, &set, std::ptr::null_mut());
            Ok(())
        });
    }
    if options.detached {
        // SAFETY: setsid is async-signal-safe, as a pre_exec hook must be.
        unsafe {
            command.pre_exec(|| {
                libc::setsid();
                Ok(())
            });
        }
    }
    Ok(command)
}

fn errno_of_spawn(error: &std::io::Error) -> i32 {
    match error.raw_os_error() {
        Some(errno) => errno,
        None if error.kind() == std::io::ErrorKind::InvalidInput => libc::EINVAL,
        None => libc::EIO,
    }
}

fn set(ctx: &mut Context, object: Gc<JsObject>, name: &str, value: Value) {
    let key = ctx.key(name);
    ops::define_fresh(ctx, object, key, value, Attributes::DEFAULT);
}

/// spawn(options): `{ error, pid, fds }` — `error` is 0 or a negative errno (then no process
/// runs), `fds` the parent's ends of the pipes (-1 where the child's descriptor is no pipe).
fn spawn(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let options = read_options(ctx, call.arg(0))?;
    // A child writing to our stdout must come after what we buffered.
    ctx.output.flush();
    let result = ctx.new_object();
    let spawned = build_command(&options).and_then(|mut command| command.spawn().map_err(|error| errno_of_spawn(&error)));
    match spawned {
        Err(errno) => {
            set(ctx, result, "error", Value::number(-f64::from(errno)));
        }
        Ok(mut child) => {
            let fds = [
                child.stdin.take().map_or(-1, IntoRawFd::into_raw_fd),
                child.stdout.take().map_or(-1, IntoRawFd::into_raw_fd),
                child.stderr.take().map_or(-1, IntoRawFd::into_raw_fd),
            ];
            set(ctx, result, "error", Value::number(0.0));
            set(ctx, result, "pid", Value::number(f64::from(child.id())));
            let shares_output = options.stdio.iter().enumerate().any(|(index, kind)| match kind {
                StdioKind::Inherit(fd) | StdioKind::Fd(fd) => index > 0 && (*fd == 1 || *fd == 2),
                _ => false,
            });
            if shares_output {
                ctx.output.begin_write_through();
            }
            set(ctx, result, "sharesOutput", Value::boolean(shares_output));
            let values: Vec<Value> = fds.iter().map(|fd| Value::number(f64::from(*fd))).collect();
            let fds = array::from_values(ctx, &values);
            set(ctx, result, "fds", Value::object(fds));
            // The child is reaped by `wait`; dropping the handle neither waits nor kills.
            drop(child);
        }
    }
    Ok(Value::object(result))
}

/// How a process ended: its exit code, or the signal that killed it.
#[derive(Copy, Clone)]
enum Exit {
    Code(i32),
    Signal(i32),
}

fn wait_blocking(pid: i32) -> Result<Exit, i32> {
    let mut status = 0;
    loop {
        // SAFETY: `status` is a live int for waitpid to fill.
        let result = unsafe { libc::waitpid(pid, &mut status, 0) };
        if result == pid {
            break;
        }
        let errno = crate::node::fs::uv::last_errno();
        if result < 0 && errno == libc::EINTR {
            continue;
        }
        return Err(errno);
    }
    if libc::WIFSIGNALED(status) {
        Ok(Exit::Signal(libc::WTERMSIG(status)))
    } else {
        Ok(Exit::Code(libc::WEXITSTATUS(status)))
    }
}

/// wait(pid, callback, sharesOutput): reaps the child on the blocking pool, then
/// `callback(code, null)` or `callback(null, signalNumber)`; returns the request's id (an
/// unref'ed child does not keep the loop alive). `sharesOutput` (from spawn) ends the
/// write-through of stdout that the child's start began.
fn wait(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let pid = conv::to_int32(ctx, call.arg(0))?;
    let data = array::from_values(ctx, &[call.arg(1), Value::boolean(conv::to_boolean(call.arg(2)))]);
    let id = spawn_blocking(ctx, move || wait_blocking(pid), complete_wait, Value::object(data));
    Ok(Value::number(id.to_number()))
}

fn complete_wait(ctx: &mut Context, data: Value, result: WorkResult) -> JsResult<()> {
    let Some(data) = data.as_object() else { return Ok(()) };
    let callback = array::dense_get(data, 0).unwrap_or(Value::UNDEFINED);
    if array::dense_get(data, 1) == Some(Value::TRUE) {
        ctx.output.end_write_through();
    }
    let Ok(result) = result.downcast::<Result<Exit, i32>>() else { return Ok(()) };
    let arguments = match *result {
        Ok(Exit::Code(code)) => [Value::number(f64::from(code)), Value::NULL],
        Ok(Exit::Signal(signal)) => [Value::NULL, Value::number(f64::from(signal))],
        Err(errno) => [Value::number(-f64::from(errno)), Value::NULL],
    };
    function::call(ctx, callback, Value::UNDEFINED, &arguments)?;
    Ok(())
}

/// kill(pid, signal): 0, or a negative errno.
fn kill(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let pid = conv::to_int32(ctx, call.arg(0))?;
    let signal = conv::to_int32(ctx, call.arg(1))?;
    // SAFETY: kill only sends a signal.
    let result = unsafe { libc::kill(pid, signal) };
    if result < 0 {
        return Ok(Value::number(-f64::from(crate::node::fs::uv::last_errno())));
    }
    Ok(Value::number(0.0))
}

/// The output of one of the child's pipes, read to its end on a helper thread.
fn read_pipe(mut pipe: impl Read + Send + 'static, max_buffer: Option<usize>, pid: u32, kill_signal: i32) -> std::thread::JoinHandle<(Vec<u8>, bool)> {
    std::thread::spawn(move || {
        let mut out = Vec::new();
        let mut chunk = vec![0u8; 64 * 1024];
        let mut exceeded = false;
        loop {
            match pipe.read(&mut chunk) {
                Ok(0) => break,
                Ok(count) => {
                    out.extend_from_slice(&chunk[..count]);
                    if let Some(max) = max_buffer {
                        if out.len() > max && !exceeded {
                            exceeded = true;
                            // SAFETY: kill only sends a signal.
                            unsafe { libc::kill(pid as i32, kill_signal) };
                        }
                    }
                }
                Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            }
        }
        (out, exceeded)
    })
}

/// spawnSync(options): runs the child to its end. Options add `input` (bytes for its stdin),
/// `timeout` (ms, 0 for none), `maxBuffer` (bytes per output, absent for none) and
/// `killSignal`. Returns `{ error, pid, status, signal, output }`: `error` 0 or a negative
/// errno (ETIMEDOUT, ENOBUFS, or why it could not start), `status` the exit code or null,
/// `signal` the signal number or null, `output` `[null, stdout, stderr]` as ArrayBuffers (null
/// where not piped).
fn spawn_sync(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let options = read_options(ctx, call.arg(0))?;
    let Some(object) = call.arg(0).as_object() else { return Ok(Value::UNDEFINED) };
    let input = get(ctx, object, "input")?;
    let input = if views::is_view(input) { Some(views::copy_out(input, 0, usize::MAX)) } else { None };
    let timeout = get(ctx, object, "timeout")?;
    let timeout = conv::to_number(ctx, timeout)?;
    let max_buffer = get(ctx, object, "maxBuffer")?;
    let max_buffer = match max_buffer.as_number() {
        Some(max) if max.is_finite() && max >= 0.0 => Some(max as usize),
        _ => None,
    };
    let kill_signal = get(ctx, object, "killSignal")?;
    let kill_signal = if kill_signal.is_undefined() { libc::SIGTERM } else { conv::to_int32(ctx, kill_signal)? };
    ctx.output.flush();

    let result = ctx.new_object();
    let spawned = build_command(&options).and_then(|mut command| command.spawn().map_err(|error| errno_of_spawn(&error)));
    let mut child = match spawned {
        Ok(child) => child,
        Err(errno) => {
            set(ctx, result, "error", Value::number(-f64::from(errno)));
            return Ok(Value::object(result));
        }
    };
    let pid = child.id();
    let writer = child.stdin.take().map(|pipe| {
        let bytes = input.unwrap_or_default();
        std::thread::spawn(move || {
            // A child that exits without reading its input is not an error of ours.
            let _ = super::stdio::write_all_without_sigpipe(pipe.as_raw_fd(), &bytes);
            drop(pipe);
        })
    });
    let stdout_reader = child.stdout.take().map(|pipe| read_pipe(pipe, max_buffer, pid, kill_signal));
    let stderr_reader = child.stderr.take().map(|pipe| read_pipe(pipe, max_buffer, pid, kill_signal));
    drop(child);

    let mut timed_out = false;
    let exit = if timeout > 0.0 && timeout.is_finite() {
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = sender.send(wait_blocking(pid as i32));
        });
        match receiver.recv_timeout(Duration::from_millis(timeout as u64)) {
            Ok(exit) => exit,
            Err(_) => {
                timed_out = true;
                // SAFETY: kill only sends a signal.
                unsafe { libc::kill(pid as i32, kill_signal) };
                receiver.recv().unwrap_or(Err(libc::ECHILD))
            }
        }
    } else {
        wait_blocking(pid as i32)
    };
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    let (stdout, stdout_exceeded) = stdout_reader.map_or((None, false), |reader| {
        let (bytes, exceeded) = reader.join().unwrap_or_default();
        (Some(bytes), exceeded)
    });
    let (stderr, stderr_exceeded) = stderr_reader.map_or((None, false), |reader| {
        let (bytes, exceeded) = reader.join().unwrap_or_default();
        (Some(bytes), exceeded)
    });

    let error = if timed_out {
        -libc::ETIMEDOUT
    } else if stdout_exceeded || stderr_exceeded {
        -libc::ENOBUFS
    } else {
        0
    };
    set(ctx, result, "error", Value::number(f64::from(error)));
    set(ctx, result, "pid", Value::number(f64::from(pid)));
    let (status, signal) = match exit {
        Ok(Exit::Code(code)) => (Value::number(f64::from(code)), Value::NULL),
        Ok(Exit::Signal(signal)) => (Value::NULL, Value::number(f64::from(signal))),
        Err(_) => (Value::NULL, Value::NULL),
    };
    set(ctx, result, "status", status);
    set(ctx, result, "signal", signal);
    let output = array::from_values(ctx, &[Value::NULL, Value::NULL, Value::NULL]);
    set(ctx, result, "output", Value::object(output));
    for (index, bytes) in [(1u32, stdout), (2u32, stderr)] {
        if let Some(bytes) = bytes {
            let buffer = array_buffer::new_with_bytes(ctx, &bytes)?;
            ops::set(ctx, output, PropertyKey::Index(index), Value::object(buffer), Value::object(output))?;
        }
    }
    Ok(Value::object(result))
}

#[cfg(test)]
mod tests {
    use super::{build_command, wait_blocking, Exit, SpawnOptions, StdioKind};

    fn options(file: &str, args: &[&str]) -> SpawnOptions {
        SpawnOptions {
            file: file.to_string(),
            args: args.iter().map(|arg| arg.to_string()).collect(),
            cwd: None,
            env: None,
            stdio: vec![StdioKind::Ignore, StdioKind::Ignore, StdioKind::Ignore],
            detached: false,
            uid: None,
            gid: None,
        }
    }

    #[test]
    fn the_exit_code_and_the_killing_signal_come_back_from_wait() {
        let child = build_command(&options("sh", &["sh", "-c", "exit 3"])).expect("valid options").spawn().expect("sh runs");
        assert!(matches!(wait_blocking(child.id() as i32), Ok(Exit::Code(3))));
        let child = build_command(&options("sh", &["sh", "-c", "kill -9 $$"])).expect("valid options").spawn().expect("sh runs");
        assert!(matches!(wait_blocking(child.id() as i32), Ok(Exit::Signal(9))));
    }

    #[test]
    fn a_missing_program_fails_to_start_with_enoent() {
        let error = build_command(&options("kiln-no-such-program", &["kiln-no-such-program"])).expect("valid options").spawn().expect_err("missing");
        assert_eq!(super::errno_of_spawn(&error), libc::ENOENT);
    }
}
