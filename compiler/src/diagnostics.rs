//! Diagnostics: errors in the user's program, reported with `file:line:col`, a code frame and
//! a `Kind: message` line as node prints them. Bad user code is recorded here, never a panic.

use crate::source::SourceMap;
use std::fmt::Write;

/// How bad a diagnostic is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The program cannot be compiled.
    Error,
    /// The program compiles, but something deserves attention.
    Warning,
}

/// One problem in the user's program.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The heading node would print, e.g. `SyntaxError`, or `error` for kiln's own limits.
    pub kind: String,
    /// The message.
    pub message: String,
    /// swc byte position where it happened.
    pub position: u32,
}

impl Diagnostic {
    /// A JS SyntaxError (node reports these before running anything).
    pub fn syntax_error(position: u32, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            kind: "SyntaxError".into(),
            message: message.into(),
            position,
        }
    }

    /// A program error node would report before running anything (e.g. a module that
    /// cannot be found).
    pub fn error(position: u32, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, kind: "error".into(), message: message.into(), position }
    }

    /// Something that compiles but deserves attention.
    pub fn warning(position: u32, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, kind: "warning".into(), message: message.into(), position }
    }

    /// Something valid JS that kiln cannot compile yet.
    pub fn unsupported(position: u32, what: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            kind: "error".into(),
            message: format!("kiln does not support {} yet", what.into()),
            position,
        }
    }

    /// Renders the diagnostic with its location and a code frame.
    pub fn render(&self, sources: &SourceMap) -> String {
        let file = sources.file(sources.file_of(self.position));
        let pos = sources.pos(self.position);
        let mut out = String::new();
        let _ = writeln!(out, "{}:{}:{}", file.display_path, pos.line, pos.column);
        let (line, caret_indent) = frame_line(file.line_text(pos.line), pos.column.saturating_sub(1) as usize);
        let _ = writeln!(out, "{line}");
        let _ = writeln!(out, "{caret_indent}^");
        let _ = writeln!(out);
        let heading = match self.severity {
            Severity::Warning => "warning".to_string(),
            Severity::Error => self.kind.clone(),
        };
        let _ = writeln!(out, "{heading}: {}", self.message);
        out
    }
}

/// Lines longer than this many characters (minified code) are shown as a window of this
/// width around the caret.
const FRAME_WIDTH: usize = 160;
/// How much of a long line the window shows before the caret.
const FRAME_BEFORE: usize = 60;

/// The code frame's source line and the indentation of its caret line for a caret under
/// character `column` (0-based): the whole line, or for a long line a window around the
/// column marked `...` where it is cut.
fn frame_line(line: &str, column: usize) -> (String, String) {
    let chars: Vec<char> = line.chars().collect();
    let (start, end) = if chars.len() > FRAME_WIDTH {
        let start = column.min(chars.len()).saturating_sub(FRAME_BEFORE);
        (start, (start + FRAME_WIDTH).min(chars.len()))
    } else {
        (0, chars.len())
    };
    let mut text = String::new();
    let mut indent = String::new();
    if start > 0 {
        text.push_str("...");
        indent.push_str("   ");
    }
    text.extend(&chars[start..end]);
    if end < chars.len() {
        text.push_str("...");
    }
    indent.extend(chars[start..column.clamp(start, end)].iter().map(|&c| if c == '\t' { '\t' } else { ' ' }));
    (text, indent)
}

/// Collects diagnostics during a compilation.
#[derive(Default)]
pub struct Diagnostics {
    /// Everything reported so far, in order.
    pub list: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records a diagnostic (once: the early-error check and lowering may both find one).
    pub fn push(&mut self, diagnostic: Diagnostic) {
        let repeated = self.list.iter().any(|d| {
            d.position == diagnostic.position && d.kind == diagnostic.kind && d.message == diagnostic.message
        });
        if !repeated {
            self.list.push(diagnostic);
        }
    }

    /// Whether any error was recorded.
    pub fn has_errors(&self) -> bool {
        self.list.iter().any(|d| d.severity == Severity::Error)
    }
}

#[cfg(test)]
mod tests {
    use super::frame_line;

    #[test]
    fn short_lines_are_shown_whole() {
        let (text, indent) = frame_line("\tlet x = y;", 9);
        assert_eq!(text, "\tlet x = y;");
        assert_eq!(indent, "\t        ");
    }

    #[test]
    fn long_lines_are_cut_around_the_caret() {
        let line: String = (0..1000).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
        let (text, indent) = frame_line(&line, 500);
        assert!(text.starts_with("...") && text.ends_with("..."));
        assert_eq!(text.chars().count(), 3 + 160 + 3);
        // The caret stays under the same character.
        let caret = indent.chars().count();
        assert_eq!(text.chars().nth(caret), line.chars().nth(500));
        let (text, indent) = frame_line(&line, 10);
        assert!(!text.starts_with("...") && text.ends_with("..."));
        assert_eq!(indent.len(), 10);
        let (text, indent) = frame_line(&line, 990);
        assert!(text.starts_with("...") && !text.ends_with("..."));
        assert_eq!(text.chars().nth(indent.chars().count()), line.chars().nth(990));
    }
}
