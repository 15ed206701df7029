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
        let line = file.line_text(pos.line);
        let _ = writeln!(out, "{line}");
        let caret_indent: String = line
            .chars()
            .take(pos.column.saturating_sub(1) as usize)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
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
