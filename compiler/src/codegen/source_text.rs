//! The source-text tables behind `Function.prototype.toString` (§20.2.3.5) and the source
//! line node prints above an uncaught exception. One UTF-8 blob holds each file's text at most
//! once (from its first function's start to its last function's end), with a
//! `kiln_abi::SourceRange` for each function that keeps its text, sorted by function; and,
//! for each file, its *lines with code that can throw* (the lines of the position tables),
//! every other line left empty, with a `SourceRange` per file. Comments and code on other
//! lines stay out of the binary. The text is data the runtime copies into strings and error
//! messages; nothing evaluates it.
//!
//! Functions of node's JavaScript core modules (`node:NAME`) keep no text and print as native
//! code: their text would add tens of kilobytes to every program that requires `fs`.

use super::internal;
use crate::ir::{self, FileId, FunctionKind, TextRange};
use cranelift_module::{DataDescription, Linkage, Module};
use cranelift_object::ObjectModule;
use std::collections::{BTreeMap, BTreeSet};

/// Size of `kiln_abi::SourceRange`.
const RANGE_SIZE: usize = 12;

/// Defines the blob and the range table and writes the `ProgramInfo` fields `source_text`,
/// `function_source_count` and `function_sources` into `info` (whose bytes are `bytes`) from
/// `offset` on; they stay null and 0 when no function keeps its text.
/// `lines` holds, per file, the (1-based) lines that the position tables name.
pub(super) fn write_program_fields(
    object: &mut ObjectModule,
    module: &ir::Module,
    lines: &BTreeMap<FileId, BTreeSet<u32>>,
    info: &mut DataDescription,
    bytes: &mut [u8],
    offset: usize,
) -> Result<(), String> {
    // Each function's range, with a class element's modifiers left out.
    let ranges: Vec<Option<TextRange>> = module
        .functions
        .iter()
        .map(|function| {
            let range = function.source_text?;
            if !keeps_text(&module.files[range.file.index()]) {
                return None;
            }
            let text = module.source_texts.get(&range.file)?.get(range.start as usize..range.end as usize)?;
            let skipped = if function.kind == FunctionKind::Method { method_definition_offset(text) } else { 0 };
            Some(TextRange { start: range.start + skipped as u32, ..range })
        })
        .collect();
    // The part of each file that some function's text covers.
    let mut covered: BTreeMap<FileId, TextRange> = BTreeMap::new();
    for &range in ranges.iter().flatten() {
        let extent = covered.entry(range.file).or_insert(range);
        extent.start = extent.start.min(range.start);
        extent.end = extent.end.max(range.end);
    }
    // The lines of each file that an uncaught exception may point at.
    let line_texts: BTreeMap<FileId, String> = lines
        .iter()
        .filter(|(file, _)| keeps_text(&module.files[file.index()]))
        .filter_map(|(file, wanted)| Some((*file, kept_lines(module.source_texts.get(file)?, wanted))))
        .collect();
    if covered.is_empty() && line_texts.is_empty() {
        return Ok(());
    }
    let mut blob = Vec::new();
    let mut bases = BTreeMap::new();
    for (file, extent) in &covered {
        bases.insert(*file, blob.len() as u32);
        blob.extend_from_slice(&module.source_texts[file].as_bytes()[extent.start as usize..extent.end as usize]);
    }
    let mut table = Vec::new();
    for (index, entry) in ranges.iter().enumerate() {
        let Some(range) = entry else { continue };
        let start = bases[&range.file] + (range.start - covered[&range.file].start);
        table.extend_from_slice(&(index as u32).to_le_bytes());
        table.extend_from_slice(&start.to_le_bytes());
        table.extend_from_slice(&(range.end - range.start).to_le_bytes());
    }
    let count = table.len() / RANGE_SIZE;
    if table.is_empty() {
        // No function keeps its text; the (unread) table still needs a byte.
        table.resize(RANGE_SIZE, 0);
    }
    let mut file_table = Vec::new();
    for (file, text) in &line_texts {
        file_table.extend_from_slice(&file.0.to_le_bytes());
        file_table.extend_from_slice(&(blob.len() as u32).to_le_bytes());
        file_table.extend_from_slice(&(text.len() as u32).to_le_bytes());
        blob.extend_from_slice(text.as_bytes());
    }
    let file_count = line_texts.len();
    if file_table.is_empty() {
        file_table.resize(RANGE_SIZE, 0);
    }
    if blob.is_empty() {
        blob.push(0);
    }

    let blob_id = object.declare_data("kiln_source_text", Linkage::Local, false, false).map_err(internal)?;
    let mut description = DataDescription::new();
    description.define(blob.into_boxed_slice());
    object.define_data(blob_id, &description).map_err(internal)?;
    let table_id = object.declare_data("kiln_function_sources", Linkage::Local, false, false).map_err(internal)?;
    let mut description = DataDescription::new();
    description.define(table.into_boxed_slice());
    description.set_align(4);
    object.define_data(table_id, &description).map_err(internal)?;

    let file_table_id = object.declare_data("kiln_file_sources", Linkage::Local, false, false).map_err(internal)?;
    let mut description = DataDescription::new();
    description.define(file_table.into_boxed_slice());
    description.set_align(4);
    object.define_data(file_table_id, &description).map_err(internal)?;

    let blob_gv = object.declare_data_in_data(blob_id, info);
    let table_gv = object.declare_data_in_data(table_id, info);
    let file_table_gv = object.declare_data_in_data(file_table_id, info);
    info.write_data_addr(offset as u32, blob_gv, 0);
    bytes[offset + 8..offset + 16].copy_from_slice(&(count as u64).to_le_bytes());
    info.write_data_addr(offset as u32 + 16, table_gv, 0);
    bytes[offset + 24..offset + 32].copy_from_slice(&(file_count as u64).to_le_bytes());
    info.write_data_addr(offset as u32 + 32, file_table_gv, 0);
    Ok(())
}

/// `text` split into lines at ECMAScript line terminators (a CR LF pair is one), joined again
/// with `\n`, the lines not in `wanted` (1-based) left empty and the empty tail cut off.
fn kept_lines(text: &str, wanted: &BTreeSet<u32>) -> String {
    let last = wanted.last().copied().unwrap_or(0);
    let mut out = String::new();
    let mut rest = text;
    for line in 1..=last {
        let end = rest.find(['\n', '\r', '\u{2028}', '\u{2029}']).unwrap_or(rest.len());
        if wanted.contains(&line) {
            out.push_str(&rest[..end]);
        }
        if line < last {
            out.push('\n');
        }
        let terminator = if rest[end..].starts_with("\r\n") { 2 } else { rest[end..].chars().next().map_or(0, char::len_utf8) };
        rest = &rest[end + terminator..];
    }
    out
}

/// Whether the file at `path` (an entry of `ir::Module::files`) keeps its text: every file
/// but node's core modules and JSON modules.
fn keeps_text(path: &str) -> bool {
    !path.starts_with("node:") && !path.ends_with(".json")
}

/// How many bytes of a method's span come before its MethodDefinition: a class element's
/// span starts at `static` (and at TypeScript's modifiers), which the method's source text
/// leaves out (`static async *g() {}` prints as `async *g() {}`). A modifier word followed by
/// `(`, `<`, `?` or `=` is the method's name (`static() {}`), so it stays.
fn method_definition_offset(text: &str) -> usize {
    const MODIFIERS: [&str; 9] = ["static", "public", "private", "protected", "override", "readonly", "abstract", "declare", "accessor"];
    let mut offset = 0;
    loop {
        let rest = &text[offset..];
        let word_end = rest.find(|c: char| !is_identifier_part(c)).unwrap_or(rest.len());
        if !MODIFIERS.contains(&&rest[..word_end]) {
            return offset;
        }
        let next = skip_trivia(rest, word_end);
        match rest[next..].chars().next() {
            None | Some('(' | '<' | '?' | '=') => return offset,
            Some(_) => offset += next,
        }
    }
}

fn is_identifier_part(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '$' | '\\' | '\u{200C}' | '\u{200D}')
}

/// The offset of the first byte at or after `from` that is not white space, a line
/// terminator or a comment.
fn skip_trivia(text: &str, mut from: usize) -> usize {
    loop {
        let rest = &text[from..];
        if let Some(comment) = rest.strip_prefix("//") {
            from += 2 + comment.find(['\n', '\r', '\u{2028}', '\u{2029}']).unwrap_or(comment.len());
        } else if let Some(comment) = rest.strip_prefix("/*") {
            from += 2 + comment.find("*/").map_or(comment.len(), |end| end + 2);
        } else {
            match rest.chars().next() {
                Some(c) if c.is_whitespace() || c == '\u{FEFF}' => from += c.len_utf8(),
                _ => return from,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::method_definition_offset;

    #[test]
    fn leaves_out_class_element_modifiers() {
        assert_eq!(method_definition_offset("m() {}"), 0);
        assert_eq!(method_definition_offset("static m() {}"), 7);
        assert_eq!(method_definition_offset("static /* c */\n async *g() {}"), 16);
        assert_eq!(method_definition_offset("static() {}"), 0);
        assert_eq!(method_definition_offset("static static() {}"), 7);
        assert_eq!(method_definition_offset("staticky() {}"), 0);
        assert_eq!(method_definition_offset("public static get x() {}"), 14);
    }
}
