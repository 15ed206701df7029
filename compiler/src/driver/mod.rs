//! The driver: runs the pipeline on an entry file and writes what the user asked for.

use crate::diagnostics::Diagnostics;
use crate::source::SourceMap;
use crate::{codegen, ir, link, lower, parse, resolve};
use std::path::{Path, PathBuf};

/// What to write.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Emit {
    /// A native executable.
    Executable,
    /// The kiln IR text.
    Ir,
    /// The Cranelift IR text.
    Clif,
    /// The object file.
    Object,
}

/// Options of one build.
pub struct BuildOptions {
    /// The entry file.
    pub input: PathBuf,
    /// Where to write the result.
    pub output: PathBuf,
    /// What to write.
    pub emit: Emit,
}

/// A failed build: the text to print on stderr (already rendered).
pub struct BuildError(pub String);

/// Compiles the entry file to the requested output. Nothing is left at the output path
/// when the build fails.
pub fn build(options: &BuildOptions) -> Result<(), BuildError> {
    let text = std::fs::read_to_string(&options.input).map_err(|e| {
        BuildError(format!("kiln: cannot read {}: {}", options.input.display(), io_reason(&e)))
    })?;
    let absolute = std::fs::canonicalize(&options.input)
        .unwrap_or_else(|_| options.input.clone())
        .to_string_lossy()
        .into_owned();
    let mut sources = SourceMap::default();
    let file = sources.add(options.input.display().to_string(), absolute.clone(), text);
    let mut diagnostics = Diagnostics::default();
    let start = sources.file(file).start;
    let script = parse::parse_commonjs(&sources.file(file).text, start, &mut diagnostics);
    let module = script.map(|script| {
        let resolution = resolve::resolve_script(&script, &mut diagnostics);
        let mut module = ir::Module::default();
        module.files.push(absolute);
        let entry = lower::lower_commonjs(&mut module, &sources, &resolution, &mut diagnostics, file, &script);
        module.entry = Some(entry);
        module
    });
    diagnostics.list.sort_by_key(|d| d.position);
    if diagnostics.has_errors() {
        let rendered: Vec<String> = diagnostics.list.iter().map(|d| d.render(&sources)).collect();
        return Err(BuildError(rendered.join("\n")));
    }
    for warning in &diagnostics.list {
        eprint!("{}", warning.render(&sources));
    }
    let module = module.expect("no errors means the file parsed");
    let problems = ir::verify(&module);
    if !problems.is_empty() {
        return Err(BuildError(format!("kiln: internal compiler error: invalid IR:\n{}", problems.join("\n"))));
    }
    match options.emit {
        Emit::Ir => write_atomically(&options.output, module.to_string().as_bytes()),
        Emit::Clif | Emit::Object | Emit::Executable => {
            let codegen_options = codegen::Options { keep_clif: options.emit == Emit::Clif };
            let output = codegen::compile(&module, &codegen_options).map_err(BuildError)?;
            match options.emit {
                Emit::Clif => write_atomically(&options.output, output.clif.unwrap_or_default().as_bytes()),
                Emit::Object => write_atomically(&options.output, &output.object),
                _ => link_to(&options.output, &output.object),
            }
        }
    }
}

fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => error.to_string(),
    }
}

/// A temporary path beside `path`, so a rename onto it is atomic.
fn temporary_beside(path: &Path, suffix: &str) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    dir.join(format!(".{name}.{}.{suffix}", std::process::id()))
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), BuildError> {
    if path == Path::new("-") {
        use std::io::Write;
        std::io::stdout().write_all(bytes).map_err(|e| BuildError(format!("kiln: cannot write output: {e}")))?;
        return Ok(());
    }
    let temporary = temporary_beside(path, "tmp");
    std::fs::write(&temporary, bytes)
        .and_then(|_| std::fs::rename(&temporary, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&temporary);
            BuildError(format!("kiln: cannot write {}: {}", path.display(), io_reason(&e)))
        })
}

fn link_to(output: &Path, object: &[u8]) -> Result<(), BuildError> {
    let object_path = temporary_beside(output, "o");
    let linked = temporary_beside(output, "exe");
    std::fs::write(&object_path, object)
        .map_err(|e| BuildError(format!("kiln: cannot write {}: {}", output.display(), io_reason(&e))))?;
    let result = link::link_executable(&object_path, &linked);
    let _ = std::fs::remove_file(&object_path);
    result.map_err(|e| BuildError(format!("kiln: {e}")))?;
    std::fs::rename(&linked, output).map_err(|e| {
        let _ = std::fs::remove_file(&linked);
        BuildError(format!("kiln: cannot write {}: {}", output.display(), io_reason(&e)))
    })
}
