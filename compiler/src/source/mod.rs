//! Source files and positions: a `SourceMap` owns the text of every file and turns the byte
//! offsets swc reports into 1-based line and UTF-16 column numbers, as V8 counts them.

pub mod core_lib;
pub mod resolve;

use crate::ir::{FileId, Pos};

/// One loaded source file.
pub struct SourceFile {
    /// The path as given on the command line or found by resolution.
    pub display_path: String,
    /// The absolute path (what node prints in stack traces).
    pub absolute_path: String,
    /// The text.
    pub text: String,
    /// The swc byte position of the first byte.
    pub start: u32,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// The 0-based line index and the line's byte range containing byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    /// The text of the 1-based line `line`, without its terminator.
    pub fn line_text(&self, line: u32) -> &str {
        let index = (line as usize).saturating_sub(1).min(self.line_starts.len() - 1);
        let start = self.line_starts[index];
        let end = self.line_starts.get(index + 1).copied().unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }
}

/// All files of a compilation.
#[derive(Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
    next_start: u32,
}

impl SourceMap {
    /// Adds a file and returns its id; swc positions for it start at `file.start`.
    pub fn add(&mut self, display_path: String, absolute_path: String, text: String) -> FileId {
        let start = self.next_start.max(1);
        self.next_start = start + text.len() as u32 + 1;
        let mut line_starts = vec![0];
        for (index, byte) in text.bytes().enumerate() {
            if byte == b'\n' {
                line_starts.push(index + 1);
            }
        }
        self.files.push(SourceFile { display_path, absolute_path, text, start, line_starts });
        FileId(self.files.len() as u32 - 1)
    }

    /// The text of every file.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.files.iter().map(|file| file.text.as_str())
    }

    /// The file with this id.
    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.index()]
    }

    /// The file holding swc byte position `position`.
    pub fn file_of(&self, position: u32) -> FileId {
        let index = self.files.iter().rposition(|f| f.start <= position).unwrap_or(0);
        FileId(index as u32)
    }

    /// The line and column of swc byte position `position`.
    pub fn pos(&self, position: u32) -> Pos {
        let file = self.file(self.file_of(position));
        let offset = (position.saturating_sub(file.start) as usize).min(file.text.len());
        let line = file.line_of(offset);
        let line_start = file.line_starts[line];
        let column = file.text.get(line_start..offset).map_or(0, |s| s.encode_utf16().count());
        Pos { line: line as u32 + 1, column: column as u32 + 1 }
    }
}
