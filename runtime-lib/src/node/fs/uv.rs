//! libuv's error names and messages for OS error numbers, and node's `uvException`: the
//! `Error: ENOENT: no such file or directory, open 'missing.txt'` objects that fs operations
//! throw or pass to callbacks, with own `errno` (negative), `code`, `syscall`, `path` and
//! `dest`, in that order.

use crate::context::Context;
use crate::error::ErrorKind;
use crate::gc::Gc;
use crate::object::{ops, Attributes, JsObject};
use crate::value::Value;

/// A failed system call, as it crosses back from the blocking pool: the OS error number and
/// what node shows with it.
#[derive(Clone, Debug)]
pub struct UvError {
    /// The positive OS error number (`libc::ENOENT`).
    pub errno: i32,
    /// The syscall name node reports (`open`, `scandir`, `copyfile`, …).
    pub syscall: &'static str,
    /// The path argument, as the caller gave it.
    pub path: Option<String>,
    /// The second path of two-path operations (`rename 'a' -> 'b'`).
    pub dest: Option<String>,
}

impl UvError {
    /// An error without paths.
    pub fn new(errno: i32, syscall: &'static str) -> UvError {
        UvError { errno, syscall, path: None, dest: None }
    }

    /// An error about `path`.
    pub fn with_path(errno: i32, syscall: &'static str, path: &str) -> UvError {
        UvError { errno, syscall, path: Some(path.to_string()), dest: None }
    }

    /// An error about `path` and `dest`.
    pub fn with_dest(errno: i32, syscall: &'static str, path: &str, dest: &str) -> UvError {
        UvError { errno, syscall, path: Some(path.to_string()), dest: Some(dest.to_string()) }
    }

    /// The error of the last failed libc call.
    pub fn last(syscall: &'static str) -> UvError {
        UvError::new(last_errno(), syscall)
    }

    /// The message node builds: `CODE: description, syscall 'path' -> 'dest'`.
    pub fn message(&self) -> String {
        let (code, description) = name_and_message(self.errno);
        let mut message = format!("{code}: {description}, {}", self.syscall);
        if let Some(path) = &self.path {
            message.push_str(&format!(" '{path}'"));
        }
        if let Some(dest) = &self.dest {
            message.push_str(&format!(" -> '{dest}'"));
        }
        message
    }

    /// The JS error object (node's `uvException`).
    pub fn to_js(&self, ctx: &mut Context) -> Gc<JsObject> {
        let error = crate::error::new_error(ctx, ErrorKind::Error, &self.message());
        let (code, _) = name_and_message(self.errno);
        define(ctx, error, "errno", Value::number(-f64::from(self.errno)));
        let code = crate::string::from_str(ctx, code);
        define(ctx, error, "code", Value::string(code));
        let syscall = crate::string::from_str(ctx, self.syscall);
        define(ctx, error, "syscall", Value::string(syscall));
        if let Some(path) = &self.path {
            let path = crate::string::from_str(ctx, path);
            define(ctx, error, "path", Value::string(path));
        }
        if let Some(dest) = &self.dest {
            let dest = crate::string::from_str(ctx, dest);
            define(ctx, error, "dest", Value::string(dest));
        }
        error
    }
}

fn define(ctx: &mut Context, object: Gc<JsObject>, name: &str, value: Value) {
    let key = ctx.key(name);
    ops::define_fresh(ctx, object, key, value, Attributes::DEFAULT);
}

/// The errno of the last failed libc call.
pub fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

/// The errno of a `std::io::Error` (EIO when it carries none).
pub fn errno_of(error: &std::io::Error) -> i32 {
    error.raw_os_error().unwrap_or(libc::EIO)
}

/// libuv's name and description for OS error `errno` (`uv_err_name`, `uv_strerror`);
/// numbers libuv does not map are `UNKNOWN`.
pub fn name_and_message(errno: i32) -> (&'static str, &'static str) {
    ERRORS
        .iter()
        .find(|(number, _, _)| *number == errno)
        .map(|(_, name, message)| (*name, *message))
        .unwrap_or(("UNKNOWN", "unknown error"))
}

/// libuv's error map on Linux (node's `util.getSystemErrorMap()` minus the getaddrinfo codes).
const ERRORS: &[(i32, &str, &str)] = &[
    (libc::E2BIG, "E2BIG", "argument list too long"),
    (libc::EACCES, "EACCES", "permission denied"),
    (libc::EADDRINUSE, "EADDRINUSE", "address already in use"),
    (libc::EADDRNOTAVAIL, "EADDRNOTAVAIL", "address not available"),
    (libc::EAFNOSUPPORT, "EAFNOSUPPORT", "address family not supported"),
    (libc::EAGAIN, "EAGAIN", "resource temporarily unavailable"),
    (libc::EALREADY, "EALREADY", "connection already in progress"),
    (libc::EBADF, "EBADF", "bad file descriptor"),
    (libc::EBUSY, "EBUSY", "resource busy or locked"),
    (libc::ECANCELED, "ECANCELED", "operation canceled"),
    (libc::ECONNABORTED, "ECONNABORTED", "software caused connection abort"),
    (libc::ECONNREFUSED, "ECONNREFUSED", "connection refused"),
    (libc::ECONNRESET, "ECONNRESET", "connection reset by peer"),
    (libc::EDESTADDRREQ, "EDESTADDRREQ", "destination address required"),
    (libc::EEXIST, "EEXIST", "file already exists"),
    (libc::EFAULT, "EFAULT", "bad address in system call argument"),
    (libc::EFBIG, "EFBIG", "file too large"),
    (libc::EHOSTDOWN, "EHOSTDOWN", "host is down"),
    (libc::EHOSTUNREACH, "EHOSTUNREACH", "host is unreachable"),
    (libc::EILSEQ, "EILSEQ", "illegal byte sequence"),
    (libc::EINTR, "EINTR", "interrupted system call"),
    (libc::EINVAL, "EINVAL", "invalid argument"),
    (libc::EIO, "EIO", "i/o error"),
    (libc::EISCONN, "EISCONN", "socket is already connected"),
    (libc::EISDIR, "EISDIR", "illegal operation on a directory"),
    (libc::ELOOP, "ELOOP", "too many symbolic links encountered"),
    (libc::EMFILE, "EMFILE", "too many open files"),
    (libc::EMLINK, "EMLINK", "too many links"),
    (libc::EMSGSIZE, "EMSGSIZE", "message too long"),
    (libc::ENAMETOOLONG, "ENAMETOOLONG", "name too long"),
    (libc::ENETDOWN, "ENETDOWN", "network is down"),
    (libc::ENETUNREACH, "ENETUNREACH", "network is unreachable"),
    (libc::ENFILE, "ENFILE", "file table overflow"),
    (libc::ENOBUFS, "ENOBUFS", "no buffer space available"),
    (libc::ENODATA, "ENODATA", "no data available"),
    (libc::ENODEV, "ENODEV", "no such device"),
    (libc::ENOENT, "ENOENT", "no such file or directory"),
    (libc::ENOMEM, "ENOMEM", "not enough memory"),
    (libc::ENONET, "ENONET", "machine is not on the network"),
    (libc::ENOPROTOOPT, "ENOPROTOOPT", "protocol not available"),
    (libc::ENOSPC, "ENOSPC", "no space left on device"),
    (libc::ENOSYS, "ENOSYS", "function not implemented"),
    (libc::ENOTCONN, "ENOTCONN", "socket is not connected"),
    (libc::ENOTDIR, "ENOTDIR", "not a directory"),
    (libc::ENOTEMPTY, "ENOTEMPTY", "directory not empty"),
    (libc::ENOTSOCK, "ENOTSOCK", "socket operation on non-socket"),
    (libc::ENOTSUP, "ENOTSUP", "operation not supported on socket"),
    (libc::ENOTTY, "ENOTTY", "inappropriate ioctl for device"),
    (libc::ENXIO, "ENXIO", "no such device or address"),
    (libc::EOVERFLOW, "EOVERFLOW", "value too large for defined data type"),
    (libc::EPERM, "EPERM", "operation not permitted"),
    (libc::EPIPE, "EPIPE", "broken pipe"),
    (libc::EPROTO, "EPROTO", "protocol error"),
    (libc::EPROTONOSUPPORT, "EPROTONOSUPPORT", "protocol not supported"),
    (libc::EPROTOTYPE, "EPROTOTYPE", "protocol wrong type for socket"),
    (libc::ERANGE, "ERANGE", "result too large"),
    (libc::EREMOTEIO, "EREMOTEIO", "remote I/O error"),
    (libc::EROFS, "EROFS", "read-only file system"),
    (libc::ESHUTDOWN, "ESHUTDOWN", "cannot send after transport endpoint shutdown"),
    (libc::ESOCKTNOSUPPORT, "ESOCKTNOSUPPORT", "socket type not supported"),
    (libc::ESPIPE, "ESPIPE", "invalid seek"),
    (libc::ESRCH, "ESRCH", "no such process"),
    (libc::ETIMEDOUT, "ETIMEDOUT", "connection timed out"),
    (libc::ETXTBSY, "ETXTBSY", "text file is busy"),
    (libc::EUNATCH, "EUNATCH", "protocol driver not attached"),
    (libc::EXDEV, "EXDEV", "cross-device link not permitted"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_read_like_node() {
        let error = UvError::with_dest(libc::ENOENT, "rename", "a", "b");
        assert_eq!(error.message(), "ENOENT: no such file or directory, rename 'a' -> 'b'");
        assert_eq!(UvError::new(libc::EBADF, "close").message(), "EBADF: bad file descriptor, close");
        assert_eq!(name_and_message(libc::EDQUOT), ("UNKNOWN", "unknown error"));
    }
}
