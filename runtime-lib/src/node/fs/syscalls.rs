//! The file system operations behind `internal:fs`, as libuv performs them on Linux (`uv_fs_*`):
//! plain Rust over libc and `std::fs`, with no JS values, so that each can run on the loop
//! thread (sync API) or on the blocking pool (callback and promise APIs). Every failure is a
//! [`UvError`] naming the syscall and paths node shows.

use super::uv::{errno_of, last_errno, UvError};
use crate::node::encoding::Encoding;
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::FileTypeExt;

/// What an operation produced, before it becomes a JS value on the loop thread.
pub enum Output {
    /// `undefined`.
    Undefined,
    /// A number (a descriptor, a byte count).
    Number(f64),
    /// Bytes to decode into a string.
    Text(Vec<u8>, Encoding),
    /// node's stat array: dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then
    /// seconds and nanoseconds of atime, mtime, ctime and birthtime.
    Stats([f64; 18]),
    /// statfs: type, bsize, blocks, bfree, bavail, files, ffree.
    StatFs([f64; 7]),
    /// Directory entry names (sorted as libuv's scandir sorts them), with their `UV_DIRENT_*`
    /// types when asked for.
    Entries { names: Vec<Vec<u8>>, types: Option<Vec<u8>>, encoding: Encoding },
}

/// The result of one operation.
pub type FsResult = Result<Output, UvError>;

/// Where a read or write goes: a path to open, or a descriptor the caller owns.
pub enum Target {
    /// Opened (and closed) by the operation.
    Path(String),
    /// Used as is, from its current position.
    Fd(i32),
}

/// `path` as a C string; JS already rejected NUL bytes, so a NUL here is EINVAL.
fn c_path(path: &str, syscall: &'static str) -> Result<CString, UvError> {
    CString::new(path).map_err(|_| UvError::with_path(libc::EINVAL, syscall, path))
}

/// Retries `call` while it fails with EINTR; returns its non-negative result or the errno.
fn retry<T: PartialOrd + Default>(mut call: impl FnMut() -> T) -> Result<T, i32> {
    loop {
        let result = call();
        if result >= T::default() {
            return Ok(result);
        }
        let errno = last_errno();
        if errno != libc::EINTR {
            return Err(errno);
        }
    }
}

/// access(path, mode).
pub fn access(path: &str, mode: i32) -> FsResult {
    let c = c_path(path, "access")?;
    // SAFETY: `c` is a valid NUL-terminated string for the duration of the call.
    retry(|| unsafe { libc::access(c.as_ptr(), mode) }).map_err(|errno| UvError::with_path(errno, "access", path))?;
    Ok(Output::Undefined)
}

/// open(path, flags, mode): a new descriptor (close-on-exec, as libuv opens every file).
pub fn open(path: &str, flags: i32, mode: u32) -> FsResult {
    let fd = open_fd(path, flags, mode)?;
    Ok(Output::Number(f64::from(fd)))
}

fn open_fd(path: &str, flags: i32, mode: u32) -> Result<i32, UvError> {
    let c = c_path(path, "open")?;
    // SAFETY: `c` is a valid NUL-terminated string; open takes the mode as a variadic int.
    retry(|| unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) })
        .map_err(|errno| UvError::with_path(errno, "open", path))
}

/// close(fd).
pub fn close(fd: i32) -> FsResult {
    close_fd(fd)?;
    Ok(Output::Undefined)
}

fn close_fd(fd: i32) -> Result<(), UvError> {
    // SAFETY: closing a descriptor number has no memory effects; EINTR is not retried since
    // the descriptor is released either way on Linux.
    if unsafe { libc::close(fd) } < 0 {
        let errno = last_errno();
        if errno != libc::EINTR {
            return Err(UvError::new(errno, "close"));
        }
    }
    Ok(())
}

/// Reads up to `buffer.len()` bytes at `position` (-1: the current position).
fn read_into(fd: i32, buffer: &mut [u8], position: i64) -> Result<usize, UvError> {
    // SAFETY: `buffer` is valid for writes of its length.
    let count = retry(|| unsafe {
        if position < 0 {
            libc::read(fd, buffer.as_mut_ptr().cast(), buffer.len())
        } else {
            libc::pread(fd, buffer.as_mut_ptr().cast(), buffer.len(), position)
        }
    })
    .map_err(|errno| UvError::new(errno, "read"))?;
    Ok(count as usize)
}

/// Up to `length` bytes read at `position` (-1: the current position).
pub fn read_bytes(fd: i32, length: usize, position: i64) -> Result<Vec<u8>, UvError> {
    let mut buffer = vec![0u8; length];
    let count = read_into(fd, &mut buffer, position)?;
    buffer.truncate(count);
    Ok(buffer)
}

/// Reads from the current position to the end of file (with the file's size as a hint, as
/// `Read::read_to_end` takes it).
fn read_to_end(fd: i32) -> Result<Vec<u8>, UvError> {
    // A File cannot hold -1 (or any negative number); read(2) would say EBADF.
    if fd < 0 {
        return Err(UvError::new(libc::EBADF, "read"));
    }
    // SAFETY: the descriptor stays open while the borrowed File (never dropped) is used.
    let mut file = std::mem::ManuallyDrop::new(unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(fd) });
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut *file, &mut out).map_err(|error| UvError::new(errno_of(&error), "read"))?;
    Ok(out)
}

/// readFile(path | fd, flags): the whole file (from the current position for a descriptor),
/// decoded. Standard input (fd 0, `/dev/stdin`) reads until end of input. Like node, which
/// reads UTF-8 in one native call and everything else after an fstat, a bad descriptor fails
/// in `read` for UTF-8 and in `fstat` otherwise.
pub fn read_file(target: Target, flags: i32, encoding: Encoding) -> FsResult {
    let check = |fd: i32| -> Result<(), UvError> {
        if encoding != Encoding::Utf8 {
            fstat_raw(fd).map_err(|errno| UvError::new(errno, "fstat"))?;
        }
        Ok(())
    };
    let bytes = match target {
        Target::Fd(fd) => {
            check(fd)?;
            read_to_end(fd)?
        }
        Target::Path(path) => {
            let fd = open_fd(&path, flags, 0o666)?;
            let result = check(fd).and_then(|()| read_to_end(fd));
            let closed = close_fd(fd);
            let bytes = result?;
            closed?;
            bytes
        }
    };
    Ok(Output::Text(bytes, encoding))
}

/// Writes all of `data` at the current position.
fn write_all(fd: i32, mut data: &[u8]) -> Result<(), UvError> {
    while !data.is_empty() {
        let written = write_at(fd, data, -1)?;
        data = &data[written..];
    }
    Ok(())
}

/// One write(2) (or pwrite at `position` when it is not -1).
fn write_at(fd: i32, data: &[u8], position: i64) -> Result<usize, UvError> {
    // SAFETY: `data` is valid for reads of its length.
    let count = retry(|| unsafe {
        if position < 0 {
            libc::write(fd, data.as_ptr().cast(), data.len())
        } else {
            libc::pwrite(fd, data.as_ptr().cast(), data.len(), position)
        }
    })
    .map_err(|errno| UvError::new(errno, "write"))?;
    Ok(count as usize)
}

/// writeFile(path | fd, data, flags, mode): opens (for a path), writes everything, closes.
pub fn write_file(target: Target, data: Vec<u8>, flags: i32, mode: u32, flush: bool) -> FsResult {
    match target {
        Target::Fd(fd) => {
            write_all(fd, &data)?;
            if flush {
                fsync(fd)?;
            }
        }
        Target::Path(path) => {
            let fd = open_fd(&path, flags, mode)?;
            let mut result = write_all(fd, &data);
            if result.is_ok() && flush {
                result = fsync(fd).map(|_| ());
            }
            let closed = close_fd(fd);
            result?;
            closed?;
        }
    }
    Ok(Output::Undefined)
}

/// write(fd, data, position): the number of bytes one write(2) wrote.
pub fn write(fd: i32, data: Vec<u8>, position: i64) -> FsResult {
    let written = write_at(fd, &data, position)?;
    Ok(Output::Number(written as f64))
}

/// Which stat: follow links, do not follow, or of a descriptor.
#[derive(Copy, Clone)]
pub enum StatKind {
    /// stat(2).
    Follow,
    /// lstat(2).
    NoFollow,
}

/// stat / lstat (`statx` with the birth time, as libuv asks for it). With `throw_if_no_entry`
/// false a missing file gives `undefined`.
pub fn stat(path: &str, kind: StatKind, throw_if_no_entry: bool) -> FsResult {
    let syscall = match kind {
        StatKind::Follow => "stat",
        StatKind::NoFollow => "lstat",
    };
    let c = c_path(path, syscall)?;
    let flags = match kind {
        StatKind::Follow => 0,
        StatKind::NoFollow => libc::AT_SYMLINK_NOFOLLOW,
    };
    match statx(libc::AT_FDCWD, &c, flags) {
        Ok(values) => Ok(Output::Stats(values)),
        Err(libc::ENOENT) if !throw_if_no_entry => Ok(Output::Undefined),
        Err(errno) => Err(UvError::with_path(errno, syscall, path)),
    }
}

/// fstat(fd).
pub fn fstat(fd: i32) -> FsResult {
    let empty = CString::default();
    statx(fd, &empty, libc::AT_EMPTY_PATH).map(Output::Stats).map_err(|errno| UvError::new(errno, "fstat"))
}

fn statx(directory: i32, path: &CString, flags: i32) -> Result<[f64; 18], i32> {
    // SAFETY: statx writes a `struct statx` into zeroed, properly sized storage.
    let mut buffer: libc::statx = unsafe { std::mem::zeroed() };
    let mask = libc::STATX_BASIC_STATS | libc::STATX_BTIME;
    // SAFETY: `path` is NUL-terminated and `buffer` is a valid out pointer.
    retry(|| unsafe { libc::statx(directory, path.as_ptr(), flags | libc::AT_STATX_SYNC_AS_STAT, mask, &mut buffer) })?;
    let s = &buffer;
    let time = |t: libc::statx_timestamp| (t.tv_sec as f64, f64::from(t.tv_nsec));
    let (atime, atime_ns) = time(s.stx_atime);
    let (mtime, mtime_ns) = time(s.stx_mtime);
    let (ctime, ctime_ns) = time(s.stx_ctime);
    let (birthtime, birthtime_ns) = time(s.stx_btime);
    let device = libc::makedev(s.stx_dev_major, s.stx_dev_minor);
    let raw_device = libc::makedev(s.stx_rdev_major, s.stx_rdev_minor);
    Ok([
        device as f64,
        f64::from(s.stx_mode),
        f64::from(s.stx_nlink),
        f64::from(s.stx_uid),
        f64::from(s.stx_gid),
        raw_device as f64,
        f64::from(s.stx_blksize),
        s.stx_ino as f64,
        s.stx_size as f64,
        s.stx_blocks as f64,
        atime,
        atime_ns,
        mtime,
        mtime_ns,
        ctime,
        ctime_ns,
        birthtime,
        birthtime_ns,
    ])
}

/// statfs(path).
pub fn statfs(path: &str) -> FsResult {
    let c = c_path(path, "statfs")?;
    // SAFETY: statfs fills zeroed storage of the right type.
    let mut buffer: libc::statfs = unsafe { std::mem::zeroed() };
    // SAFETY: `c` is NUL-terminated and `buffer` is a valid out pointer.
    retry(|| unsafe { libc::statfs(c.as_ptr(), &mut buffer) }).map_err(|errno| UvError::with_path(errno, "statfs", path))?;
    Ok(Output::StatFs([
        buffer.f_type as f64,
        buffer.f_bsize as f64,
        buffer.f_blocks as f64,
        buffer.f_bfree as f64,
        buffer.f_bavail as f64,
        buffer.f_files as f64,
        buffer.f_ffree as f64,
    ]))
}

/// libuv's `UV_DIRENT_*` code of a file type.
fn dirent_type(file_type: std::fs::FileType) -> u8 {
    if file_type.is_file() {
        1
    } else if file_type.is_dir() {
        2
    } else if file_type.is_symlink() {
        3
    } else if file_type.is_fifo() {
        4
    } else if file_type.is_socket() {
        5
    } else if file_type.is_char_device() {
        6
    } else if file_type.is_block_device() {
        7
    } else {
        0
    }
}

/// readdir(path): the names (without `.` and `..`), sorted by bytes as libuv's scandir does
/// (or in the directory's own order, as `opendir` reads them, unless `sorted`), and their types
/// when `with_types`.
pub fn readdir(path: &str, with_types: bool, encoding: Encoding, sorted: bool) -> FsResult {
    let error = |e: std::io::Error| UvError::with_path(errno_of(&e), "scandir", path);
    let mut entries: Vec<(Vec<u8>, u8)> = Vec::new();
    for entry in std::fs::read_dir(path).map_err(error)? {
        let entry = entry.map_err(error)?;
        let kind = if with_types { entry.file_type().map(dirent_type).unwrap_or(0) } else { 0 };
        entries.push((entry.file_name().as_bytes().to_vec(), kind));
    }
    if sorted {
        entries.sort_by(|a, b| a.0.cmp(&b.0));
    }
    let types = with_types.then(|| entries.iter().map(|(_, kind)| *kind).collect());
    let names = entries.into_iter().map(|(name, _)| name).collect();
    Ok(Output::Entries { names, types, encoding })
}

fn mkdir_one(path: &str, mode: u32) -> Result<(), i32> {
    let c = CString::new(path).map_err(|_| libc::EINVAL)?;
    // SAFETY: `c` is NUL-terminated.
    retry(|| unsafe { libc::mkdir(c.as_ptr(), mode) }).map(|_| ())
}

fn is_directory(path: &str) -> Result<bool, i32> {
    std::fs::metadata(path).map(|metadata| metadata.is_dir()).map_err(|error| errno_of(&error))
}

/// mkdir(path, mode, recursive). Recursive creation follows node's `MKDirpSync`: create the
/// path, on ENOENT create its parent first (splitting at the last '/'), accept existing
/// directories, and return the first directory it created (as the caller spelled it), or
/// undefined when none was.
pub fn mkdir(path: &str, mode: u32, recursive: bool) -> FsResult {
    if !recursive {
        mkdir_one(path, mode).map_err(|errno| UvError::with_path(errno, "mkdir", path))?;
        return Ok(Output::Undefined);
    }
    let fail = |errno| UvError::with_path(errno, "mkdir", path);
    let mut stack = vec![path.to_string()];
    let mut first: Option<String> = None;
    while let Some(next) = stack.pop() {
        let mut result = mkdir_one(&next, mode);
        loop {
            match result {
                Ok(()) => {
                    first.get_or_insert_with(|| next.clone());
                }
                Err(errno @ (libc::EACCES | libc::ENOSPC | libc::ENOTDIR | libc::EPERM)) => return Err(fail(errno)),
                Err(libc::ENOENT) => {
                    let parent = next.rfind('/').map(|slash| next[..slash].to_string()).unwrap_or_else(|| next.clone());
                    if parent != next {
                        stack.push(next.clone());
                        stack.push(parent);
                    } else if stack.is_empty() {
                        result = Err(libc::EEXIST);
                        continue;
                    }
                }
                Err(original) => match is_directory(&next) {
                    Ok(true) => {}
                    Ok(false) if original == libc::EEXIST && !stack.is_empty() => return Err(fail(libc::ENOTDIR)),
                    Ok(false) => return Err(fail(libc::EEXIST)),
                    Err(errno) => return Err(fail(errno)),
                },
            }
            break;
        }
    }
    Ok(match first {
        Some(first) => Output::Text(first.into_bytes(), Encoding::Utf8),
        None => Output::Undefined,
    })
}

/// mkdtemp(prefix): `prefix` plus six random characters, created with mode 0700.
pub fn mkdtemp(prefix: &str, encoding: Encoding) -> FsResult {
    let template = format!("{prefix}XXXXXX");
    let c = c_path(&template, "mkdtemp")?;
    let mut bytes = c.into_bytes_with_nul();
    // SAFETY: `bytes` is a writable NUL-terminated template that mkdtemp fills in place.
    let result = unsafe { libc::mkdtemp(bytes.as_mut_ptr().cast()) };
    if result.is_null() {
        return Err(UvError::with_path(last_errno(), "mkdtemp", &template));
    }
    bytes.pop();
    Ok(Output::Text(bytes, encoding))
}

/// Calls a libc function of one path and maps failure to an error about `path`.
fn path_call(path: &str, syscall: &'static str, call: impl Fn(*const libc::c_char) -> libc::c_int) -> FsResult {
    let c = c_path(path, syscall)?;
    retry(|| call(c.as_ptr())).map_err(|errno| UvError::with_path(errno, syscall, path))?;
    Ok(Output::Undefined)
}

/// Calls a libc function of two paths and maps failure to an error about both.
fn two_path_call(path: &str, dest: &str, syscall: &'static str, call: impl Fn(*const libc::c_char, *const libc::c_char) -> libc::c_int) -> FsResult {
    let from = c_path(path, syscall)?;
    let to = c_path(dest, syscall)?;
    retry(|| call(from.as_ptr(), to.as_ptr())).map_err(|errno| UvError::with_dest(errno, syscall, path, dest))?;
    Ok(Output::Undefined)
}

/// Calls a libc function of a descriptor.
fn fd_call(syscall: &'static str, call: impl Fn() -> libc::c_int) -> FsResult {
    retry(call).map_err(|errno| UvError::new(errno, syscall))?;
    Ok(Output::Undefined)
}

/// rmdir(path).
pub fn rmdir(path: &str) -> FsResult {
    // SAFETY (all libc calls taking `p`): `p` points at a live NUL-terminated string.
    path_call(path, "rmdir", |p| unsafe { libc::rmdir(p) })
}

/// unlink(path).
pub fn unlink(path: &str) -> FsResult {
    path_call(path, "unlink", |p| unsafe { libc::unlink(p) })
}

/// chmod(path, mode).
pub fn chmod(path: &str, mode: u32) -> FsResult {
    path_call(path, "chmod", |p| unsafe { libc::chmod(p, mode) })
}

/// chown(path, uid, gid) and lchown (`follow` false).
pub fn chown(path: &str, uid: u32, gid: u32, follow: bool) -> FsResult {
    if follow {
        path_call(path, "chown", |p| unsafe { libc::chown(p, uid, gid) })
    } else {
        path_call(path, "lchown", |p| unsafe { libc::lchown(p, uid, gid) })
    }
}

/// rename(from, to).
pub fn rename(from: &str, to: &str) -> FsResult {
    // SAFETY (all two-path calls): both pointers are live NUL-terminated strings.
    two_path_call(from, to, "rename", |a, b| unsafe { libc::rename(a, b) })
}

/// link(existing, new).
pub fn link(existing: &str, new: &str) -> FsResult {
    two_path_call(existing, new, "link", |a, b| unsafe { libc::link(a, b) })
}

/// symlink(target, path).
pub fn symlink(target: &str, path: &str) -> FsResult {
    two_path_call(target, path, "symlink", |a, b| unsafe { libc::symlink(a, b) })
}

/// readlink(path).
pub fn readlink(path: &str, encoding: Encoding) -> FsResult {
    let target = std::fs::read_link(path).map_err(|e| UvError::with_path(errno_of(&e), "readlink", path))?;
    Ok(Output::Text(target.into_os_string().into_vec_bytes(), encoding))
}

/// realpath(3) of `path` (`fs.realpathSync.native`).
pub fn realpath(path: &str, encoding: Encoding) -> FsResult {
    let resolved = std::fs::canonicalize(path).map_err(|e| UvError::with_path(errno_of(&e), "realpath", path))?;
    Ok(Output::Text(resolved.into_os_string().into_vec_bytes(), encoding))
}

trait IntoVecBytes {
    fn into_vec_bytes(self) -> Vec<u8>;
}

impl IntoVecBytes for std::ffi::OsString {
    fn into_vec_bytes(self) -> Vec<u8> {
        std::os::unix::ffi::OsStringExt::into_vec(self)
    }
}

/// libuv's seconds → timespec: whole seconds and nanoseconds rounded down to microseconds.
fn timespec(seconds: f64) -> libc::timespec {
    let mut whole = seconds as i64;
    let mut nanos = ((seconds - whole as f64) * 1e9) as i64;
    nanos -= nanos % 1000;
    if nanos < 0 {
        nanos += 1_000_000_000;
        whole -= 1;
    }
    libc::timespec { tv_sec: whole as libc::time_t, tv_nsec: nanos as libc::c_long }
}

/// utimes(path, atime, mtime) in seconds; lutimes when `follow` is false.
pub fn utimes(path: &str, atime: f64, mtime: f64, follow: bool) -> FsResult {
    let times = [timespec(atime), timespec(mtime)];
    let (syscall, flags) = if follow { ("utime", 0) } else { ("lutime", libc::AT_SYMLINK_NOFOLLOW) };
    path_call(path, syscall, |p| unsafe { libc::utimensat(libc::AT_FDCWD, p, times.as_ptr(), flags) })
}

/// futimes(fd, atime, mtime).
pub fn futimes(fd: i32, atime: f64, mtime: f64) -> FsResult {
    let times = [timespec(atime), timespec(mtime)];
    // SAFETY: `times` holds two timespecs, as futimens reads.
    fd_call("futime", || unsafe { libc::futimens(fd, times.as_ptr()) })
}

/// fchmod(fd, mode).
pub fn fchmod(fd: i32, mode: u32) -> FsResult {
    // SAFETY: no memory is passed.
    fd_call("fchmod", || unsafe { libc::fchmod(fd, mode) })
}

/// fchown(fd, uid, gid).
pub fn fchown(fd: i32, uid: u32, gid: u32) -> FsResult {
    // SAFETY: no memory is passed.
    fd_call("fchown", || unsafe { libc::fchown(fd, uid, gid) })
}

/// ftruncate(fd, length).
pub fn ftruncate(fd: i32, length: i64) -> FsResult {
    // SAFETY: no memory is passed.
    fd_call("ftruncate", || unsafe { libc::ftruncate(fd, length) })
}

/// fsync(fd).
pub fn fsync(fd: i32) -> FsResult {
    // SAFETY: no memory is passed.
    fd_call("fsync", || unsafe { libc::fsync(fd) })
}

/// fdatasync(fd).
pub fn fdatasync(fd: i32) -> FsResult {
    // SAFETY: no memory is passed.
    fd_call("fdatasync", || unsafe { libc::fdatasync(fd) })
}

/// copyfile(src, dest, flags) as libuv does it: open the source, create the destination with
/// the source's mode (exclusively with COPYFILE_EXCL), stop early when both are the same file,
/// truncate, copy the permission bits, copy the bytes, and remove the destination on failure.
pub fn copy_file(src: &str, dest: &str, flags: i32) -> FsResult {
    let fail = |errno| UvError::with_dest(errno, "copyfile", src, dest);
    let source = open_fd(src, libc::O_RDONLY, 0).map_err(|e| fail(e.errno))?;
    let result = copy_from(source, dest, flags);
    let _ = close_fd(source);
    result.map_err(fail)?;
    Ok(Output::Undefined)
}

fn fstat_raw(fd: i32) -> Result<libc::stat, i32> {
    // SAFETY: fstat fills zeroed storage of the right type.
    let mut buffer: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `buffer` is a valid out pointer.
    retry(|| unsafe { libc::fstat(fd, &mut buffer) })?;
    Ok(buffer)
}

fn copy_from(source: i32, dest: &str, flags: i32) -> Result<(), i32> {
    let source_stat = fstat_raw(source)?;
    let mut dest_flags = libc::O_WRONLY | libc::O_CREAT;
    if flags & 1 != 0 {
        dest_flags |= libc::O_EXCL;
    }
    let target = open_fd(dest, dest_flags, source_stat.st_mode).map_err(|e| e.errno)?;
    let result = (|| {
        if flags & 1 == 0 {
            let dest_stat = fstat_raw(target)?;
            if source_stat.st_dev == dest_stat.st_dev && source_stat.st_ino == dest_stat.st_ino {
                return Ok(());
            }
            // SAFETY: no memory is passed.
            retry(|| unsafe { libc::ftruncate(target, 0) })?;
        }
        // SAFETY: no memory is passed. EPERM is ignored, as libuv does on Linux.
        if let Err(errno) = retry(|| unsafe { libc::fchmod(target, source_stat.st_mode) }) {
            if errno != libc::EPERM {
                return Err(errno);
            }
        }
        copy_bytes(source, target)
    })();
    let _ = close_fd(target);
    if result.is_err() {
        if let Ok(c) = CString::new(dest) {
            // SAFETY: `c` is NUL-terminated.
            unsafe { libc::unlink(c.as_ptr()) };
        }
    }
    result
}

fn copy_bytes(source: i32, target: i32) -> Result<(), i32> {
    // Borrow the descriptors as Files without taking ownership of them.
    // SAFETY: both descriptors stay open for the lifetime of the ManuallyDrop wrappers.
    let mut from = std::mem::ManuallyDrop::new(unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(source) });
    // SAFETY: as above.
    let mut to = std::mem::ManuallyDrop::new(unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(target) });
    std::io::copy(&mut *from, &mut *to).map_err(|error| errno_of(&error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh directory under the system temp dir, removed when dropped.
    struct Scratch(std::path::PathBuf);

    impl Scratch {
        fn new(name: &str) -> Scratch {
            let path = std::env::temp_dir().join(format!("kiln-syscalls-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&path);
            std::fs::create_dir_all(&path).expect("the temp dir is writable");
            Scratch(path)
        }

        fn path(&self, name: &str) -> String {
            self.0.join(name).to_string_lossy().into_owned()
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn text(result: FsResult) -> Option<String> {
        match result {
            Ok(Output::Text(bytes, _)) => Some(String::from_utf8(bytes).expect("utf8")),
            _ => None,
        }
    }

    #[test]
    fn recursive_mkdir_returns_the_first_directory_it_created() {
        let scratch = Scratch::new("mkdir");
        let deep = scratch.path("a/b/c");
        assert_eq!(text(mkdir(&deep, 0o777, true)), Some(scratch.path("a")));
        assert!(matches!(mkdir(&deep, 0o777, true), Ok(Output::Undefined)));
        std::fs::write(scratch.path("file"), "x").expect("write");
        let error = mkdir(&scratch.path("file"), 0o777, true).err().expect("a file is in the way");
        assert_eq!(error.errno, libc::EEXIST);
        let error = mkdir(&scratch.path("file/x/y"), 0o777, true).err().expect("a file is in the way");
        assert_eq!((error.errno, error.path), (libc::ENOTDIR, Some(scratch.path("file/x/y"))));
    }

    #[test]
    fn files_round_trip_and_copy_refuses_directories() {
        let scratch = Scratch::new("files");
        let file = scratch.path("f");
        let flags = libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC;
        assert!(write_file(Target::Path(file.clone()), b"hello".to_vec(), flags, 0o644, false).is_ok());
        assert_eq!(text(read_file(Target::Path(file.clone()), libc::O_RDONLY, Encoding::Utf8)), Some("hello".into()));
        let copy = scratch.path("g");
        assert!(copy_file(&file, &copy, 0).is_ok());
        assert_eq!(copy_file(&file, &copy, 1).err().map(|e| e.errno), Some(libc::EEXIST));
        let error = copy_file(&scratch.0.to_string_lossy(), &scratch.path("h"), 0).err().expect("a directory");
        assert_eq!(error.errno, libc::EISDIR);
        assert!(!std::path::Path::new(&scratch.path("h")).exists());
    }

    #[test]
    fn timespecs_keep_microseconds() {
        // 1.0005 - 1 is a hair under 0.0005 in binary, so 499 µs, as libuv (and node) store it.
        let time = timespec(1.0005);
        assert_eq!((time.tv_sec, time.tv_nsec), (1, 499_000));
        let time = timespec(2.25);
        assert_eq!((time.tv_sec, time.tv_nsec), (2, 250_000_000));
        let time = timespec(-1.5);
        assert_eq!((time.tv_sec, time.tv_nsec), (-2, 500_000_000));
    }
}
