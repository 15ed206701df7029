//! `internal:fs`, the native half of node's `fs` (`runtime-lib/lib/fs.js` is the other): one
//! native per system call, taking arguments that the JavaScript side has already validated.
//!
//! Like node's binding, every native's last argument is the request: `undefined` runs the
//! operation now and throws node's `uvException` on failure (the sync API); a function runs it
//! on the I/O bridge's blocking pool and calls `callback(error)` or `callback(null, result)`
//! from the poll phase (the callback and promise APIs build on that). The operations
//! themselves (`syscalls.rs`) never see a JS value, so the same code serves both.

pub mod syscalls;
pub mod uv;
pub mod views;

use crate::builtins::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::event_loop::io::{spawn_blocking, WorkResult};
use crate::gc::Gc;
use crate::node::encoding::{self, Encoding};
use crate::object::function::{self, NativeCall};
use crate::object::{array, Attributes, JsObject};
use crate::value::{conv, Value};
use syscalls::{FsResult, Output, StatKind, Target};

/// `require('internal:fs')`.
pub fn binding(ctx: &mut Context) -> JsResult<Value> {
    let binding = ctx.new_object();
    let constants = constants(ctx);
    ObjectBuilder::new(ctx, binding)
        .property("constants", Value::object(constants), Attributes::DEFAULT)
        .method("access", 3, access)
        .method("open", 4, open)
        .method("close", 2, close)
        .method("readFile", 4, read_file)
        .method("writeFile", 7, write_file)
        .method("writeString", 5, write_string)
        .method("writeBuffer", 6, write_buffer)
        .method("readInto", 6, read_into)
        .method("stat", 3, stat)
        .method("lstat", 3, lstat)
        .method("fstat", 2, fstat)
        .method("statfs", 2, statfs)
        .method("readdir", 4, readdir)
        .method("opendirEntries", 4, opendir_entries)
        .method("mkdir", 4, mkdir)
        .method("mkdtemp", 3, mkdtemp)
        .method("rmdir", 2, rmdir)
        .method("unlink", 2, unlink)
        .method("chmod", 3, chmod)
        .method("fchmod", 3, fchmod)
        .method("chown", 4, chown)
        .method("lchown", 4, lchown)
        .method("fchown", 4, fchown)
        .method("rename", 3, rename)
        .method("link", 3, link)
        .method("symlink", 3, symlink)
        .method("readlink", 3, readlink)
        .method("realpath", 3, realpath)
        .method("utimes", 4, utimes)
        .method("lutimes", 4, lutimes)
        .method("futimes", 4, futimes)
        .method("ftruncate", 3, ftruncate)
        .method("fsync", 2, fsync)
        .method("fdatasync", 2, fdatasync)
        .method("copyFile", 4, copy_file)
        .method("transcode", 2, transcode)
        .method("sleep", 1, sleep);
    Ok(Value::object(binding))
}

/// Runs `work` now (request `undefined`: returns the result or throws) or on the blocking pool
/// (request a function: calls it back from the poll phase).
fn dispatch<W>(ctx: &mut Context, request: Value, work: W) -> JsResult<Value>
where
    W: FnOnce() -> FsResult + Send + 'static,
{
    if request.is_callable() {
        spawn_blocking(ctx, work, complete, request);
        return Ok(Value::UNDEFINED);
    }
    match work() {
        Ok(output) => output_to_js(ctx, output),
        Err(error) => {
            let error = error.to_js(ctx);
            ctx.throw_value(Value::object(error))
        }
    }
}

/// The poll-phase end of an asynchronous operation: `callback(error)` or `callback(null, value)`.
fn complete(ctx: &mut Context, callback: Value, result: WorkResult) -> JsResult<()> {
    let Ok(result) = result.downcast::<FsResult>() else {
        return Ok(());
    };
    let arguments = match *result {
        Ok(output) => match output_to_js(ctx, output) {
            Ok(value) => [Value::NULL, value],
            // A result too large for a string fails like node's ERR_STRING_TOO_LONG.
            Err(_) => [ctx.take_exception(), Value::UNDEFINED],
        },
        Err(error) => [Value::object(error.to_js(ctx)), Value::UNDEFINED],
    };
    // node passes no second argument when the result is undefined.
    let count = if arguments[0].is_null() && !arguments[1].is_undefined() { 2 } else { 1 };
    function::call(ctx, callback, Value::UNDEFINED, &arguments[..count])?;
    Ok(())
}

fn output_to_js(ctx: &mut Context, output: Output) -> JsResult<Value> {
    Ok(match output {
        Output::Undefined => Value::UNDEFINED,
        Output::Number(number) => Value::number(number),
        Output::Text(bytes, encoding) => Value::string(encoding::decode(ctx, &bytes, encoding)?),
        Output::Stats(values) => Value::object(numbers(ctx, &values)),
        Output::StatFs(values) => Value::object(numbers(ctx, &values)),
        Output::Entries { names, types, encoding } => {
            let list = ctx.new_list();
            for name in &names {
                let name = encoding::decode(ctx, name, encoding)?;
                list.get_mut().push(Value::string(name));
            }
            // The list (a local) keeps the names alive while the array is allocated.
            let values = list.get().items.clone();
            let names = array::from_values(ctx, &values);
            match types {
                None => Value::object(names),
                Some(types) => {
                    let types: Vec<f64> = types.iter().map(|kind| f64::from(*kind)).collect();
                    let types = numbers(ctx, &types);
                    Value::object(array::from_values(ctx, &[Value::object(names), Value::object(types)]))
                }
            }
        }
    })
}

fn numbers(ctx: &mut Context, values: &[f64]) -> Gc<JsObject> {
    let values: Vec<Value> = values.iter().map(|number| Value::number(*number)).collect();
    array::from_values(ctx, &values)
}

// ---------------------------------------------------------------------------------------------
// Argument conversion (the JavaScript side validated the values already).

fn string_arg(ctx: &mut Context, call: &NativeCall, index: usize) -> JsResult<String> {
    Ok(conv::to_string(ctx, call.arg(index))?.get().to_rust_string())
}

fn int_arg(ctx: &mut Context, call: &NativeCall, index: usize) -> JsResult<i32> {
    conv::to_int32(ctx, call.arg(index))
}

fn uint_arg(ctx: &mut Context, call: &NativeCall, index: usize) -> JsResult<u32> {
    conv::to_uint32(ctx, call.arg(index))
}

fn number_arg(ctx: &mut Context, call: &NativeCall, index: usize) -> JsResult<f64> {
    conv::to_number(ctx, call.arg(index))
}

/// A position: a number at least 0, or -1 (anything else) for "the current position".
fn position_arg(call: &NativeCall, index: usize) -> i64 {
    match call.arg(index).as_number() {
        Some(position) if position >= 0.0 => position as i64,
        _ => -1,
    }
}

fn encoding_arg(ctx: &mut Context, call: &NativeCall, index: usize) -> JsResult<Encoding> {
    if call.arg(index).is_undefined() {
        return Ok(Encoding::Utf8);
    }
    let name = string_arg(ctx, call, index)?;
    match Encoding::from_name(&name) {
        Some(encoding) => Ok(encoding),
        None => ctx.throw_type_error(&format!("kiln: unknown encoding '{name}'")),
    }
}

/// A path (string) or a descriptor (number).
fn target_arg(ctx: &mut Context, call: &NativeCall, index: usize) -> JsResult<Target> {
    if call.arg(index).as_number().is_some() {
        return Ok(Target::Fd(int_arg(ctx, call, index)?));
    }
    Ok(Target::Path(string_arg(ctx, call, index)?))
}

/// The bytes of `data` (argument `index`): a typed array's or DataView's bytes, or a string in
/// the encoding at `encoding_index`.
fn data_arg(ctx: &mut Context, call: &NativeCall, index: usize, encoding_index: usize) -> JsResult<Vec<u8>> {
    if views::is_view(call.arg(index)) {
        return Ok(views::copy_out(call.arg(index), 0, usize::MAX));
    }
    let encoding = encoding_arg(ctx, call, encoding_index)?;
    let data = conv::to_string(ctx, call.arg(index))?;
    Ok(encoding::encode(data.get(), encoding))
}

/// Before bytes go to descriptor 1 or 2 directly, what `console.log` buffered goes first, so
/// the output keeps the program's order (node writes both synchronously).
fn flush_standard_output(ctx: &mut Context, fd: i32) {
    if fd == 1 || fd == 2 {
        ctx.output.flush();
    }
}

// ---------------------------------------------------------------------------------------------
// The natives, one per operation: (arguments..., request).

fn access(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let path = string_arg(ctx, call, 0)?;
    let mode = int_arg(ctx, call, 1)?;
    dispatch(ctx, call.arg(2), move || syscalls::access(&path, mode))
}

fn open(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let path = string_arg(ctx, call, 0)?;
    let flags = int_arg(ctx, call, 1)?;
    let mode = uint_arg(ctx, call, 2)?;
    dispatch(ctx, call.arg(3), move || syscalls::open(&path, flags, mode))
}

fn close(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let fd = int_arg(ctx, call, 0)?;
    dispatch(ctx, call.arg(1), move || syscalls::close(fd))
}

/// readFile(path | fd, flags, encoding, request).
fn read_file(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = target_arg(ctx, call, 0)?;
    let flags = int_arg(ctx, call, 1)?;
    let encoding = encoding_arg(ctx, call, 2)?;
    dispatch(ctx, call.arg(3), move || syscalls::read_file(target, flags, encoding))
}

/// writeFile(path | fd, data, encoding, flags, mode, flush, request).
fn write_file(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = target_arg(ctx, call, 0)?;
    let data = data_arg(ctx, call, 1, 2)?;
    let flags = int_arg(ctx, call, 3)?;
    let mode = uint_arg(ctx, call, 4)?;
    let flush = conv::to_boolean(call.arg(5));
    if let Target::Fd(fd) = &target {
        flush_standard_output(ctx, *fd);
    }
    dispatch(ctx, call.arg(6), move || syscalls::write_file(target, data, flags, mode, flush))
}

/// writeString(fd, data, position, encoding, request): bytes written by one write(2).
fn write_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let fd = int_arg(ctx, call, 0)?;
    let data = data_arg(ctx, call, 1, 3)?;
    let position = position_arg(call, 2);
    flush_standard_output(ctx, fd);
    dispatch(ctx, call.arg(4), move || syscalls::write(fd, data, position))
}

/// writeBuffer(fd, view, offset, length, position, request): bytes written by one write(2)
/// of `length` bytes of the view from `offset`.
fn write_buffer(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let fd = int_arg(ctx, call, 0)?;
    let offset = number_arg(ctx, call, 2)?.max(0.0) as usize;
    let length = number_arg(ctx, call, 3)?.max(0.0) as usize;
    let data = views::copy_out(call.arg(1), offset, length);
    let position = position_arg(call, 4);
    flush_standard_output(ctx, fd);
    dispatch(ctx, call.arg(5), move || syscalls::write(fd, data, position))
}

/// readInto(fd, view, offset, length, position, request): reads up to `length` bytes into the
/// view at `offset`; the number read. The bytes land in the view on the JS thread (for the
/// callback form, just before the callback runs).
fn read_into(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let fd = int_arg(ctx, call, 0)?;
    let view = call.arg(1);
    let offset = number_arg(ctx, call, 2)?.max(0.0) as usize;
    let length = number_arg(ctx, call, 3)?.max(0.0) as usize;
    let position = position_arg(call, 4);
    let request = call.arg(5);
    let work = move || syscalls::read_bytes(fd, length, position);
    if request.is_callable() {
        // The pending request keeps both the callback and the view alive.
        let data = array::from_values(ctx, &[request, view, Value::number(offset as f64)]);
        spawn_blocking(ctx, work, complete_read, Value::object(data));
        return Ok(Value::UNDEFINED);
    }
    match work() {
        Ok(bytes) => Ok(Value::number(views::copy_in(view, offset, &bytes) as f64)),
        Err(error) => {
            let error = error.to_js(ctx);
            ctx.throw_value(Value::object(error))
        }
    }
}

/// The poll-phase end of readInto: copies the bytes into the view, then
/// `callback(null, bytesRead)` or `callback(error)`.
fn complete_read(ctx: &mut Context, data: Value, result: WorkResult) -> JsResult<()> {
    let (Some(pair), Ok(result)) = (data.as_object(), result.downcast::<Result<Vec<u8>, uv::UvError>>()) else {
        return Ok(());
    };
    let callback = array::dense_get(pair, 0).unwrap_or(Value::UNDEFINED);
    let view = array::dense_get(pair, 1).unwrap_or(Value::UNDEFINED);
    match *result {
        Ok(bytes) => {
            // The offset travels in the view's own window: the read started at 0 of `bytes`.
            let offset = array::dense_get(pair, 2).and_then(Value::as_number).unwrap_or(0.0) as usize;
            let count = views::copy_in(view, offset, &bytes);
            function::call(ctx, callback, Value::UNDEFINED, &[Value::NULL, Value::number(count as f64)])?;
        }
        Err(error) => {
            let error = error.to_js(ctx);
            function::call(ctx, callback, Value::UNDEFINED, &[Value::object(error)])?;
        }
    }
    Ok(())
}

fn stat(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let path = string_arg(ctx, call, 0)?;
    let throw_if_no_entry = conv::to_boolean(call.arg(1));
    dispatch(ctx, call.arg(2), move || syscalls::stat(&path, StatKind::Follow, throw_if_no_entry))
}

fn lstat(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let path = string_arg(ctx, call, 0)?;
    let throw_if_no_entry = conv::to_boolean(call.arg(1));
    dispatch(ctx, call.arg(2), move || syscalls::stat(&path, StatKind::NoFollow, throw_if_no_entry))
}

fn fstat(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let fd = int_arg(ctx, call, 0)?;
    dispatch(ctx, call.arg(1), move || syscalls::fstat(fd))
}

fn statfs(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let path = string_arg(ctx, call, 0)?;
    dispatch(ctx, call.arg(1), move || syscalls::statfs(&path))
}

/// readdir(path, withTypes, encoding, request): names (sorted), or [names, types].
fn readdir(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    readdir_with(ctx, call, true)
}

/// opendirEntries(path, withTypes, encoding, request): as readdir, in the directory's order
/// (what `fs.opendir` reads; cp walks directories this way).
fn opendir_entries(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    readdir_with(ctx, call, false)
}

fn readdir_with(ctx: &mut Context, call: &NativeCall, sorted: bool) -> JsResult<Value> {
    let path = string_arg(ctx, call, 0)?;
    let with_types = conv::to_boolean(call.arg(1));
    let encoding = encoding_arg(ctx, call, 2)?;
    dispatch(ctx, call.arg(3), move || syscalls::readdir(&path, with_types, encoding, sorted))
}

/// mkdir(path, mode, recursive, request): with `recursive`, the first directory created.
fn mkdir(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let path = string_arg(ctx, call, 0)?;
    let mode = uint_arg(ctx, call, 1)?;
    let recursive = conv::to_boolean(call.arg(2));
    dispatch(ctx, call.arg(3), move || syscalls::mkdir(&path, mode, recursive))
}

fn mkdtemp(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let prefix = string_arg(ctx, call, 0)?;
    let encoding = encoding_arg(ctx, call, 1)?;
    dispatch(ctx, call.arg(2), move || syscalls::mkdtemp(&prefix, encoding))
}

fn rmdir(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let path = string_arg(ctx, call, 0)?;
    dispatch(ctx, call.arg(1), move || syscalls::rmdir(&path))
}

fn unlink(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let path = string_arg(ctx, call, 0)?;
    dispatch(ctx, call.arg(1), move || syscalls::unlink(&path))
}

fn chmod(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let path = string_arg(ctx, call, 0)?;
    let mode = uint_arg(ctx, call, 1)?;
    dispatch(ctx, call.arg(2), move || syscalls::chmod(&path, mode))
}

fn fchmod(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let fd = int_arg(ctx, call, 0)?;
    let mode = uint_arg(ctx, call, 1)?;
    dispatch(ctx, call.arg(2), move || syscalls::fchmod(fd, mode))
}

fn chown_with(ctx: &mut Context, call: &NativeCall, follow: bool) -> JsResult<Value> {
    let path = string_arg(ctx, call, 0)?;
    let uid = uint_arg(ctx, call, 1)?;
    let gid = uint_arg(ctx, call, 2)?;
    dispatch(ctx, call.arg(3), move || syscalls::chown(&path, uid, gid, follow))
}

fn chown(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    chown_with(ctx, call, true)
}

fn lchown(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    chown_with(ctx, call, false)
}

fn fchown(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let fd = int_arg(ctx, call, 0)?;
    let uid = uint_arg(ctx, call, 1)?;
    let gid = uint_arg(ctx, call, 2)?;
    dispatch(ctx, call.arg(3), move || syscalls::fchown(fd, uid, gid))
}

fn rename(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let from = string_arg(ctx, call, 0)?;
    let to = string_arg(ctx, call, 1)?;
    dispatch(ctx, call.arg(2), move || syscalls::rename(&from, &to))
}

fn link(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let existing = string_arg(ctx, call, 0)?;
    let new = string_arg(ctx, call, 1)?;
    dispatch(ctx, call.arg(2), move || syscalls::link(&existing, &new))
}

/// symlink(target, path, request).
fn symlink(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let target = string_arg(ctx, call, 0)?;
    let path = string_arg(ctx, call, 1)?;
    dispatch(ctx, call.arg(2), move || syscalls::symlink(&target, &path))
}

fn readlink(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let path = string_arg(ctx, call, 0)?;
    let encoding = encoding_arg(ctx, call, 1)?;
    dispatch(ctx, call.arg(2), move || syscalls::readlink(&path, encoding))
}

fn realpath(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let path = string_arg(ctx, call, 0)?;
    let encoding = encoding_arg(ctx, call, 1)?;
    dispatch(ctx, call.arg(2), move || syscalls::realpath(&path, encoding))
}

fn utimes_with(ctx: &mut Context, call: &NativeCall, follow: bool) -> JsResult<Value> {
    let path = string_arg(ctx, call, 0)?;
    let atime = number_arg(ctx, call, 1)?;
    let mtime = number_arg(ctx, call, 2)?;
    dispatch(ctx, call.arg(3), move || syscalls::utimes(&path, atime, mtime, follow))
}

/// utimes(path, atime, mtime, request), times in seconds.
fn utimes(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    utimes_with(ctx, call, true)
}

fn lutimes(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    utimes_with(ctx, call, false)
}

fn futimes(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let fd = int_arg(ctx, call, 0)?;
    let atime = number_arg(ctx, call, 1)?;
    let mtime = number_arg(ctx, call, 2)?;
    dispatch(ctx, call.arg(3), move || syscalls::futimes(fd, atime, mtime))
}

fn ftruncate(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let fd = int_arg(ctx, call, 0)?;
    let length = number_arg(ctx, call, 1)?.max(0.0) as i64;
    dispatch(ctx, call.arg(2), move || syscalls::ftruncate(fd, length))
}

fn fsync(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let fd = int_arg(ctx, call, 0)?;
    dispatch(ctx, call.arg(1), move || syscalls::fsync(fd))
}

fn fdatasync(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let fd = int_arg(ctx, call, 0)?;
    dispatch(ctx, call.arg(1), move || syscalls::fdatasync(fd))
}

/// copyFile(src, dest, mode, request).
fn copy_file(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let src = string_arg(ctx, call, 0)?;
    let dest = string_arg(ctx, call, 1)?;
    let mode = int_arg(ctx, call, 2)?;
    dispatch(ctx, call.arg(3), move || syscalls::copy_file(&src, &dest, mode))
}

/// transcode(string, encoding): the UTF-8 bytes of `string` decoded as `encoding` (realpath's
/// `encoding` option re-encodes the path this way).
fn transcode(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let text = conv::to_string(ctx, call.arg(0))?;
    let encoding = encoding_arg(ctx, call, 1)?;
    let bytes = encoding::encode(text.get(), Encoding::Utf8);
    Ok(Value::string(encoding::decode(ctx, &bytes, encoding)?))
}

/// sleep(ms): blocks the thread (rm's retry delay in the synchronous API, as node's
/// `Atomics.wait` does).
fn sleep(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let ms = number_arg(ctx, call, 0)?;
    if ms > 0.0 && ms.is_finite() {
        std::thread::sleep(std::time::Duration::from_secs_f64(ms / 1000.0));
    }
    Ok(Value::UNDEFINED)
}

/// `fs.constants` (a null-prototype object of read-only enumerable numbers), in node's order,
/// with Linux's values.
fn constants(ctx: &mut Context) -> Gc<JsObject> {
    let object = ctx.new_object_with_prototype(None);
    let entries: &[(&str, i64)] = &[
        ("UV_FS_SYMLINK_DIR", 1),
        ("UV_FS_SYMLINK_JUNCTION", 2),
        ("O_RDONLY", libc::O_RDONLY.into()),
        ("O_WRONLY", libc::O_WRONLY.into()),
        ("O_RDWR", libc::O_RDWR.into()),
        ("UV_DIRENT_UNKNOWN", 0),
        ("UV_DIRENT_FILE", 1),
        ("UV_DIRENT_DIR", 2),
        ("UV_DIRENT_LINK", 3),
        ("UV_DIRENT_FIFO", 4),
        ("UV_DIRENT_SOCKET", 5),
        ("UV_DIRENT_CHAR", 6),
        ("UV_DIRENT_BLOCK", 7),
        ("EXTENSIONLESS_FORMAT_JAVASCRIPT", 0),
        ("EXTENSIONLESS_FORMAT_WASM", 1),
        ("S_IFMT", libc::S_IFMT.into()),
        ("S_IFREG", libc::S_IFREG.into()),
        ("S_IFDIR", libc::S_IFDIR.into()),
        ("S_IFCHR", libc::S_IFCHR.into()),
        ("S_IFBLK", libc::S_IFBLK.into()),
        ("S_IFIFO", libc::S_IFIFO.into()),
        ("S_IFLNK", libc::S_IFLNK.into()),
        ("S_IFSOCK", libc::S_IFSOCK.into()),
        ("O_CREAT", libc::O_CREAT.into()),
        ("O_EXCL", libc::O_EXCL.into()),
        ("UV_FS_O_FILEMAP", 0),
        ("O_NOCTTY", libc::O_NOCTTY.into()),
        ("O_TRUNC", libc::O_TRUNC.into()),
        ("O_APPEND", libc::O_APPEND.into()),
        ("O_DIRECTORY", libc::O_DIRECTORY.into()),
        ("O_NOATIME", libc::O_NOATIME.into()),
        ("O_NOFOLLOW", libc::O_NOFOLLOW.into()),
        ("O_SYNC", libc::O_SYNC.into()),
        ("O_DSYNC", libc::O_DSYNC.into()),
        ("O_DIRECT", libc::O_DIRECT.into()),
        ("O_NONBLOCK", libc::O_NONBLOCK.into()),
        ("S_IRWXU", libc::S_IRWXU.into()),
        ("S_IRUSR", libc::S_IRUSR.into()),
        ("S_IWUSR", libc::S_IWUSR.into()),
        ("S_IXUSR", libc::S_IXUSR.into()),
        ("S_IRWXG", libc::S_IRWXG.into()),
        ("S_IRGRP", libc::S_IRGRP.into()),
        ("S_IWGRP", libc::S_IWGRP.into()),
        ("S_IXGRP", libc::S_IXGRP.into()),
        ("S_IRWXO", libc::S_IRWXO.into()),
        ("S_IROTH", libc::S_IROTH.into()),
        ("S_IWOTH", libc::S_IWOTH.into()),
        ("S_IXOTH", libc::S_IXOTH.into()),
        ("F_OK", libc::F_OK.into()),
        ("R_OK", libc::R_OK.into()),
        ("W_OK", libc::W_OK.into()),
        ("X_OK", libc::X_OK.into()),
        ("UV_FS_COPYFILE_EXCL", 1),
        ("COPYFILE_EXCL", 1),
        ("UV_FS_COPYFILE_FICLONE", 2),
        ("COPYFILE_FICLONE", 2),
        ("UV_FS_COPYFILE_FICLONE_FORCE", 4),
        ("COPYFILE_FICLONE_FORCE", 4),
    ];
    let mut builder = ObjectBuilder::new(ctx, object);
    for (name, value) in entries {
        builder.property(name, Value::number(*value as f64), Attributes::data(false, true, false));
    }
    object
}
