//! The entry of a classic script (`kiln build --script`): parsed as a script, with its early
//! errors and constant `Function`/`eval` texts handled, and later lowered by
//! `lower::lower_script`. A script has no `require`; the only modules joining it are the
//! JavaScript core modules installing globals it names (`structuredClone`, `URL`, …).

use crate::diagnostics::Diagnostics;
use crate::ir::FileId;
use crate::parse;
use crate::source::SourceMap;

/// Parses the entry file `file` as a classic script; `None` when it does not parse (the
/// diagnostics say why).
pub(super) fn parse_entry(sources: &mut SourceMap, file: FileId, files: &mut Vec<String>, diagnostics: &mut Diagnostics) -> Option<swc_ecma_ast::Script> {
    let start = sources.file(file).start;
    let mut script = parse::parse_script(&sources.file(file).text, start, diagnostics)?;
    super::early_errors::check(&script, sources.file(file), diagnostics);
    super::dynamic_function::compile_constant_functions(&mut script, sources, files, diagnostics);
    Some(script)
}
