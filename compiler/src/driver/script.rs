//! The module graph of a classic script (`kiln build --script`): the entry file alone, parsed
//! as a script and lowered by `lower::lower_script`. A script has no `require`, so nothing else
//! joins the program.

use super::{io_reason, BuildError};
use crate::diagnostics::Diagnostics;
use crate::source::SourceMap;
use crate::{ir, lower, parse, resolve};
use std::path::Path;

/// Reads, parses and lowers the entry file as a classic script into a one-module program.
pub(super) fn build_script_module(entry: &Path, sources: &mut SourceMap, diagnostics: &mut Diagnostics) -> Result<ir::Module, BuildError> {
    let mut module = ir::Module::default();
    let text = std::fs::read_to_string(entry)
        .map_err(|e| BuildError(format!("kiln: cannot read {}: {}", entry.display(), io_reason(&e))))?;
    let absolute = std::fs::canonicalize(entry).unwrap_or_else(|_| entry.to_path_buf()).to_string_lossy().into_owned();
    let file = sources.add(entry.display().to_string(), absolute.clone(), text);
    module.files.push(absolute);
    let start = sources.file(file).start;
    let function = parse::parse_script(&sources.file(file).text, start, diagnostics).map(|mut script| {
        super::early_errors::check(&script, diagnostics);
        super::dynamic_function::compile_constant_functions(&mut script, sources, &mut module.files, diagnostics);
        let resolution = resolve::resolve_classic_script(&script, diagnostics);
        lower::lower_script(&mut module, sources, &resolution, diagnostics, file, &script)
    });
    let json = if function.is_none() { Some("null".into()) } else { None };
    module.modules.push(ir::ModuleEntry { file, function, json, specifiers: Vec::new(), esm: None, cjs_exports: None });
    // When the script failed to parse its diagnostics say why and nothing is emitted.
    module.entry = Some(function.unwrap_or(ir::FuncId(0)));
    Ok(module)
}
