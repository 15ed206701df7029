//! Standard output and error. Stdout is buffered in memory and flushed when the buffer is big,
//! at exit, on `process.exit`, and before anything is written to stderr so the interleaving of
//! the two streams stays as the program wrote it. Stderr is unbuffered. Tests capture both.

/// Flush stdout once this many bytes are buffered.
const FLUSH_THRESHOLD: usize = 64 * 1024;

/// The process's standard streams (or in-memory captures of them).
pub struct Output {
    stdout: Vec<u8>,
    /// While positive, stdout is written through at once: a child process that shares our
    /// descriptors is running, and its output must come after what we wrote before it.
    write_through: usize,
    capture: bool,
    /// The errno of the first failed write to stdout (EPIPE: the reader is gone), until the
    /// JavaScript stream takes it; -1 once taken (later failures are not reported again).
    stdout_error: i32,
    captured_stdout: Vec<u8>,
    captured_stderr: Vec<u8>,
}

impl Output {
    /// Writes to fds 1 and 2, or captures in memory when `capture` is set.
    pub fn new(capture: bool) -> Output {
        Output { stdout: Vec::with_capacity(if capture { 0 } else { FLUSH_THRESHOLD }), write_through: 0, capture, stdout_error: 0, captured_stdout: Vec::new(), captured_stderr: Vec::new() }
    }

    /// Appends bytes to stdout.
    pub fn write_stdout(&mut self, bytes: &[u8]) {
        if self.capture {
            self.captured_stdout.extend_from_slice(bytes);
            return;
        }
        if bytes.len() >= FLUSH_THRESHOLD {
            // A big write goes out as it is, after what was buffered.
            self.flush();
            let result = write_all(1, bytes);
            self.note_stdout_result(result);
            return;
        }
        self.stdout.extend_from_slice(bytes);
        if self.stdout.len() >= FLUSH_THRESHOLD || self.write_through > 0 {
            self.flush();
        }
    }

    /// Writes stdout through (unbuffered) until the matching [`Output::end_write_through`]:
    /// a child process inherited our standard output.
    pub fn begin_write_through(&mut self) {
        self.flush();
        self.write_through += 1;
    }

    /// Ends one [`Output::begin_write_through`].
    pub fn end_write_through(&mut self) {
        self.write_through = self.write_through.saturating_sub(1);
    }

    /// Writes bytes to stderr after flushing stdout.
    pub fn write_stderr(&mut self, bytes: &[u8]) {
        if self.capture {
            self.captured_stderr.extend_from_slice(bytes);
            return;
        }
        self.flush();
        // Like console.error in node, a failed write to stderr is ignored.
        let _ = write_all(2, bytes);
    }

    /// Writes buffered stdout bytes to fd 1.
    pub fn flush(&mut self) {
        if !self.stdout.is_empty() {
            let result = write_all(1, &self.stdout);
            self.stdout.clear();
            self.note_stdout_result(result);
        }
    }

    fn note_stdout_result(&mut self, result: Result<(), i32>) {
        if let Err(errno) = result {
            if self.stdout_error == 0 {
                self.stdout_error = errno;
            }
        }
    }

    /// The errno of a failed write to stdout not yet reported (once: later failures are
    /// not reported again). `console.log` ignores these, as node's console does;
    /// `process.stdout` reports it as an `error` event.
    pub fn take_stdout_error(&mut self) -> Option<i32> {
        if self.stdout_error > 0 {
            let errno = self.stdout_error;
            self.stdout_error = -1;
            return Some(errno);
        }
        None
    }

    /// Takes the captured stdout text (tests).
    pub fn take_stdout(&mut self) -> String {
        String::from_utf8_lossy(&std::mem::take(&mut self.captured_stdout)).into_owned()
    }

    /// Takes the captured stderr text (tests).
    pub fn take_stderr(&mut self) -> String {
        String::from_utf8_lossy(&std::mem::take(&mut self.captured_stderr)).into_owned()
    }
}

/// Writes all of `bytes` to `fd`, retrying on EINTR and short writes; stops at another error
/// and returns its errno (the process ignores SIGPIPE, so a closed pipe is EPIPE).
fn write_all(fd: i32, bytes: &[u8]) -> Result<(), i32> {
    let mut rest = bytes;
    while !rest.is_empty() {
        // SAFETY: `rest` is a valid buffer of `rest.len()` bytes.
        let written = unsafe { libc::write(fd, rest.as_ptr().cast(), rest.len()) };
        if written < 0 {
            let error = std::io::Error::last_os_error();
            if error.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(error.raw_os_error().unwrap_or(libc::EIO));
        }
        rest = &rest[written as usize..];
    }
    Ok(())
}
