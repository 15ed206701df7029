//! `internal:stdio`, the native half of the streams over file descriptors that
//! `runtime-lib/lib/internal/process/fd_streams.js` builds: `process.stdout`/`stderr` (written
//! synchronously through the buffered [`Output`](super::output::Output), so `console.log` and
//! stream writes keep their order and nothing is lost at exit), `process.stdin` and the pipes
//! of child processes (read and written on the I/O bridge's blocking pool, so the JS thread
//! never blocks; each read is one request that keeps the loop alive until JS unrefs it), and
//! the terminal queries (`isatty`, window size).
//!
//! Results cross back as Rust values; the callbacks run in the poll phase. Reads hand JS an
//! ArrayBuffer holding exactly the bytes read, or `null` at end of input.

use crate::builtins::{array_buffer, typed_array};
use crate::builtins::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::JsResult;
use crate::event_loop::io::{self, spawn_blocking, RequestId, WorkResult};
use crate::node::encoding::{self, Encoding};
use crate::node::fs::uv::{self, UvError};
use crate::node::fs::views;
use crate::object::function::{self, NativeCall};
use crate::object::{array, ops, Attributes};
use crate::value::{conv, Value};

/// `require('internal:stdio')`.
pub fn binding(ctx: &mut Context) -> JsResult<Value> {
    let binding = ctx.new_object();
    ObjectBuilder::new(ctx, binding)
        .method("writeSync", 3, write_sync)
        .method("isatty", 1, isatty)
        .method("windowSize", 1, window_size)
        .method("guessHandleType", 1, guess_handle_type)
        .method("read", 3, read)
        .method("write", 3, write)
        .method("setRef", 2, set_ref)
        .method("close", 1, close)
        .method("errname", 1, errname)
        .method("errorMessage", 1, error_message);
    Ok(Value::object(binding))
}

/// The bytes of a chunk: a typed array's bytes, or a string in `encoding` (UTF-8 default).
pub fn chunk_bytes(ctx: &mut Context, chunk: Value, encoding: Value) -> JsResult<Vec<u8>> {
    if views::is_view(chunk) {
        return Ok(views::copy_out(chunk, 0, usize::MAX));
    }
    let encoding = if encoding.is_undefined() || encoding.is_null() {
        Encoding::Utf8
    } else {
        let name = conv::to_string(ctx, encoding)?.get().to_rust_string();
        Encoding::from_name(&name).unwrap_or(Encoding::Utf8)
    };
    let text = conv::to_string(ctx, chunk)?;
    Ok(encoding::encode(text.get(), encoding))
}

/// The bytes a Uint8Array (or any typed array) covers, borrowed from its buffer; None for
/// anything else or a detached or out-of-bounds view.
fn typed_array_bytes<'a>(value: Value) -> Option<&'a [u8]> {
    let data = typed_array::typed_array_data(value.as_object()?)?;
    let length = data.length_in_bounds()? * data.element.size();
    let buffer = array_buffer::buffer_data(data.buffer)?;
    buffer.bytes().get(data.byte_offset..data.byte_offset + length)
}

/// writeSync(fd, chunk, encoding): stdout (1) goes through the output buffer, stderr (2)
/// right away after flushing it; any other descriptor gets a blocking write(2). Returns the
/// error (`write EPIPE`, …) of a failed write to stdout not reported before — this one's or
/// an earlier buffered one's —, else undefined.
fn write_sync(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let fd = conv::to_int32(ctx, call.arg(0))?;
    if let Some(bytes) = typed_array_bytes(call.arg(1)) {
        // Buffers are written from their own memory: nothing here allocates.
        write_to(ctx, fd, bytes)?;
    } else {
        let bytes = chunk_bytes(ctx, call.arg(1), call.arg(2))?;
        write_to(ctx, fd, &bytes)?;
    }
    if fd == 1 {
        if let Some(errno) = ctx.output.take_stdout_error() {
            return Ok(stream_error(ctx, &UvError::new(errno, "write")));
        }
    }
    Ok(Value::UNDEFINED)
}

fn write_to(ctx: &mut Context, fd: i32, bytes: &[u8]) -> JsResult<Value> {
    match fd {
        1 => ctx.output.write_stdout(bytes),
        2 => ctx.output.write_stderr(bytes),
        _ => {
            if let Err(error) = write_all_without_sigpipe(fd, bytes) {
                let error = error.to_js(ctx);
                return crate::error::ThrowExt::throw_value(ctx, Value::object(error));
            }
        }
    }
    Ok(Value::UNDEFINED)
}

/// isatty(fd).
fn isatty(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let fd = conv::to_int32(ctx, call.arg(0))?;
    // SAFETY: isatty only inspects the descriptor number.
    Ok(Value::boolean(unsafe { libc::isatty(fd) } == 1))
}

/// windowSize(fd): [columns, rows] of the terminal, or undefined when it is not one.
fn window_size(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let fd = conv::to_int32(ctx, call.arg(0))?;
    // SAFETY: winsize is plain data that TIOCGWINSZ fills.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: the pointer is to a live winsize, as TIOCGWINSZ expects.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) } != 0 {
        return Ok(Value::UNDEFINED);
    }
    let pair = array::from_values(ctx, &[Value::number(f64::from(size.ws_col)), Value::number(f64::from(size.ws_row))]);
    Ok(Value::object(pair))
}

/// guessHandleType(fd): node's `guessHandleType` — 'TTY', 'FILE', 'PIPE', 'UNIX' (sockets),
/// or 'UNKNOWN' (closed or anything else).
fn guess_handle_type(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let fd = conv::to_int32(ctx, call.arg(0))?;
    let kind = handle_type(fd);
    Ok(Value::string(crate::string::from_str(ctx, kind)))
}

fn handle_type(fd: i32) -> &'static str {
    // SAFETY: isatty only inspects the descriptor number.
    if unsafe { libc::isatty(fd) } == 1 {
        return "TTY";
    }
    // SAFETY: stat is plain data that fstat fills.
    let mut stat: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: the pointer is to a live stat buffer.
    if unsafe { libc::fstat(fd, &mut stat) } != 0 {
        return "UNKNOWN";
    }
    match stat.st_mode & libc::S_IFMT {
        libc::S_IFREG | libc::S_IFCHR => "FILE",
        libc::S_IFIFO => "PIPE",
        libc::S_IFSOCK => "UNIX",
        _ => "UNKNOWN",
    }
}

/// read(fd, size, callback): reads up to `size` bytes on the blocking pool, then
/// `callback(null, arrayBuffer)`, `callback(null, null)` at end of input, or
/// `callback(error)`; returns the request's id (for setRef).
fn read(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let fd = conv::to_int32(ctx, call.arg(0))?;
    let size = conv::to_number(ctx, call.arg(1))?.clamp(1.0, 16.0 * 1024.0 * 1024.0) as usize;
    let callback = call.arg(2);
    // Data already waiting in a pipe is read here: a trip to the blocking pool and back costs
    // two thread wake-ups per chunk. The callback still runs in a later poll phase.
    let id = match read_if_ready(fd, size) {
        Some(result) => io::complete_later(ctx, Box::new(result), complete_read, callback),
        None => spawn_blocking(ctx, move || read_blocking(fd, size), complete_read, callback),
    };
    Ok(Value::number(id.to_number()))
}

/// One read(2) of a pipe, socket or terminal that poll(2) says has data (or its end, or an
/// error) waiting, so the read cannot block; None when it would wait, and for regular files
/// and anything else, whose reads stay on the blocking pool (a disk read may be slow).
fn read_if_ready(fd: i32, size: usize) -> Option<Result<Vec<u8>, UvError>> {
    // SAFETY: stat is plain data that fstat fills.
    let mut stat: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: the pointer is to a live stat buffer.
    if unsafe { libc::fstat(fd, &mut stat) } != 0 {
        return None;
    }
    if !matches!(stat.st_mode & libc::S_IFMT, libc::S_IFIFO | libc::S_IFSOCK | libc::S_IFCHR) {
        return None;
    }
    let mut poll = libc::pollfd { fd, events: libc::POLLIN, revents: 0 };
    // SAFETY: one live pollfd; a zero timeout never waits.
    let ready = unsafe { libc::poll(&mut poll, 1, 0) };
    if ready != 1 || poll.revents & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) == 0 {
        return None;
    }
    let mut buffer: Vec<u8> = Vec::with_capacity(size);
    loop {
        // SAFETY: `buffer` has capacity for `size` bytes; read(2) writes at most that many.
        let count = unsafe { libc::read(fd, buffer.as_mut_ptr().cast(), size) };
        if count >= 0 {
            // SAFETY: read(2) initialised the first `count` bytes.
            unsafe { buffer.set_len(count as usize) };
            return Some(Ok(buffer));
        }
        match uv::last_errno() {
            libc::EINTR => continue,
            // Someone else took the data meanwhile: wait on the blocking pool after all.
            libc::EAGAIN => return None,
            errno => return Some(Err(UvError::new(errno, "read"))),
        }
    }
}

/// One read(2), waiting with poll(2) when the descriptor is non-blocking and empty.
fn read_blocking(fd: i32, size: usize) -> Result<Vec<u8>, UvError> {
    let mut buffer: Vec<u8> = Vec::with_capacity(size);
    loop {
        // SAFETY: `buffer` has capacity for `size` bytes; read(2) writes at most that many.
        let count = unsafe { libc::read(fd, buffer.as_mut_ptr().cast(), size) };
        if count >= 0 {
            // SAFETY: read(2) initialised the first `count` bytes.
            unsafe { buffer.set_len(count as usize) };
            return Ok(buffer);
        }
        let errno = uv::last_errno();
        if errno == libc::EINTR {
            continue;
        }
        if errno == libc::EAGAIN {
            let mut poll = libc::pollfd { fd, events: libc::POLLIN, revents: 0 };
            // SAFETY: one live pollfd.
            unsafe { libc::poll(&mut poll, 1, -1) };
            continue;
        }
        return Err(UvError::new(errno, "read"));
    }
}

fn complete_read(ctx: &mut Context, callback: Value, result: WorkResult) -> JsResult<()> {
    let Ok(result) = result.downcast::<Result<Vec<u8>, UvError>>() else { return Ok(()) };
    match *result {
        Ok(bytes) if bytes.is_empty() => {
            function::call(ctx, callback, Value::UNDEFINED, &[Value::NULL, Value::NULL])?;
        }
        Ok(bytes) => {
            // The vector read(2) filled becomes the buffer's memory.
            let buffer = array_buffer::from_vec(ctx, bytes);
            function::call(ctx, callback, Value::UNDEFINED, &[Value::NULL, Value::object(buffer)])?;
        }
        Err(error) => {
            let error = stream_error(ctx, &error);
            function::call(ctx, callback, Value::UNDEFINED, &[error])?;
        }
    }
    Ok(())
}

/// node's `errnoException` for stream operations: `read EPIPE` with errno, code, syscall.
fn stream_error(ctx: &mut Context, error: &UvError) -> Value {
    let (code, _) = uv::name_and_message(error.errno);
    let object = crate::error::new_error(ctx, crate::error::ErrorKind::Error, &format!("{} {code}", error.syscall));
    define(ctx, object, "errno", Value::number(-f64::from(error.errno)));
    let code = crate::string::from_str(ctx, code);
    define(ctx, object, "code", Value::string(code));
    let syscall = crate::string::from_str(ctx, error.syscall);
    define(ctx, object, "syscall", Value::string(syscall));
    Value::object(object)
}

fn define(ctx: &mut Context, object: crate::gc::Gc<crate::object::JsObject>, name: &str, value: Value) {
    let key = ctx.key(name);
    ops::define_fresh(ctx, object, key, value, Attributes::DEFAULT);
}

/// write(fd, chunk, callback): writes all of the chunk on the blocking pool, then
/// `callback(null)` or `callback(error)` (EPIPE when the reader is gone; SIGPIPE is blocked for
/// the write). Returns the request's id.
fn write(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let fd = conv::to_int32(ctx, call.arg(0))?;
    let bytes = chunk_bytes(ctx, call.arg(1), Value::UNDEFINED)?;
    let callback = call.arg(2);
    let id = spawn_blocking(ctx, move || write_all_without_sigpipe(fd, &bytes), complete_write, callback);
    Ok(Value::number(id.to_number()))
}

fn complete_write(ctx: &mut Context, callback: Value, result: WorkResult) -> JsResult<()> {
    let Ok(result) = result.downcast::<Result<(), UvError>>() else { return Ok(()) };
    let argument = match *result {
        Ok(()) => Value::NULL,
        Err(error) => stream_error(ctx, &error),
    };
    function::call(ctx, callback, Value::UNDEFINED, &[argument])?;
    Ok(())
}

/// Writes all of `bytes` to `fd`, with SIGPIPE blocked on this thread so that a closed pipe is
/// the error EPIPE instead of the end of the process (node ignores SIGPIPE).
pub fn write_all_without_sigpipe(fd: i32, bytes: &[u8]) -> Result<(), UvError> {
    // SAFETY: sigset_t is plain data initialised by sigemptyset.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a live sigset_t; blocking a signal on this thread has no other effect.
    unsafe {
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGPIPE);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
    let mut rest = bytes;
    while !rest.is_empty() {
        // SAFETY: `rest` is a valid buffer of `rest.len()` bytes.
        let written = unsafe { libc::write(fd, rest.as_ptr().cast(), rest.len()) };
        if written < 0 {
            let errno = uv::last_errno();
            match errno {
                libc::EINTR => continue,
                libc::EAGAIN => {
                    let mut poll = libc::pollfd { fd, events: libc::POLLOUT, revents: 0 };
                    // SAFETY: one live pollfd.
                    unsafe { libc::poll(&mut poll, 1, -1) };
                    continue;
                }
                libc::EPIPE => {
                    // The SIGPIPE this write raised stays pending on this thread: take it.
                    let timeout = libc::timespec { tv_sec: 0, tv_nsec: 0 };
                    // SAFETY: `set` names SIGPIPE, which is blocked; a zero timeout never waits.
                    unsafe { libc::sigtimedwait(&set, std::ptr::null_mut(), &timeout) };
                    return Err(UvError::new(errno, "write"));
                }
                _ => return Err(UvError::new(errno, "write")),
            }
        }
        rest = &rest[written as usize..];
    }
    Ok(())
}

/// setRef(id, refed): whether a read or write in flight keeps the event loop alive.
fn set_ref(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let id = conv::to_number(ctx, call.arg(0))?;
    let refed = conv::to_boolean(call.arg(1));
    io::set_request_ref(ctx, RequestId::from_number(id), refed);
    Ok(Value::UNDEFINED)
}

/// close(fd): closes a descriptor this process owns (a child's pipe); never 0, 1 or 2.
fn close(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let fd = conv::to_int32(ctx, call.arg(0))?;
    if fd > 2 {
        // SAFETY: closing a descriptor only affects the descriptor table.
        unsafe { libc::close(fd) };
    }
    Ok(Value::UNDEFINED)
}

/// errname(errno): libuv's name of a (negative) error number, as `util.getSystemErrorName`.
fn errname(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let errno = conv::to_int32(ctx, call.arg(0))?;
    let (name, _) = uv::name_and_message(errno.abs());
    Ok(Value::string(crate::string::from_str(ctx, name)))
}

/// errorMessage(errno): libuv's description of a (negative) error number.
fn error_message(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let errno = conv::to_int32(ctx, call.arg(0))?;
    let (_, message) = uv::name_and_message(errno.abs());
    Ok(Value::string(crate::string::from_str(ctx, message)))
}

#[cfg(test)]
mod tests {
    use super::{read_blocking, write_all_without_sigpipe};

    fn pipe() -> (i32, i32) {
        let mut fds = [0; 2];
        // SAFETY: `fds` has room for the two descriptors pipe(2) returns.
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        (fds[0], fds[1])
    }

    #[test]
    fn a_read_returns_what_was_written_then_an_empty_end_of_input() {
        let (reader, writer) = pipe();
        write_all_without_sigpipe(writer, b"chunk").expect("the reader is open");
        // SAFETY: closing our own descriptor.
        unsafe { libc::close(writer) };
        assert_eq!(read_blocking(reader, 64).expect("readable"), b"chunk");
        assert!(read_blocking(reader, 64).expect("end of input").is_empty());
        // SAFETY: closing our own descriptor.
        unsafe { libc::close(reader) };
    }

    #[test]
    fn writing_to_a_pipe_without_reader_is_epipe() {
        let (reader, writer) = pipe();
        // SAFETY: closing our own descriptor.
        unsafe { libc::close(reader) };
        let error = write_all_without_sigpipe(writer, b"lost").expect_err("nobody reads");
        assert_eq!(error.errno, libc::EPIPE);
        assert_eq!(error.syscall, "write");
        // SAFETY: closing our own descriptor.
        unsafe { libc::close(writer) };
    }
}
