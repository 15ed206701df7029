//! `require(...)` and `import(...)` whose specifier is computed at run time.
//!
//! kiln compiles every module of the program at build time, so a specifier the program
//! computes must be one the compiler already saw. What can be proven is included:
//! - every branch of a conditional whose branches are string literals
//!   (`require(debug ? './dev' : './prod')`);
//! - a *context*: a concatenation or template literal that starts with a relative literal
//!   prefix (`require('./locale/' + name)`, `` import(`./pages/${page}.js`) ``). Every file
//!   under the prefix's directory whose name could complete the specifier (node's extension
//!   and `index` rules for `require`, exact names for `import`) becomes a module of the
//!   program, named in the importing module's specifier table by each text that reaches it.
//!
//! Anything else is a build-time warning; at run time such a call finds only the modules the
//! file names some other way.

use std::path::Path;

use swc_ecma_ast::{BinaryOp, Expr, Lit};

/// What the compiler can say about a specifier expression.
#[derive(Debug, PartialEq)]
pub(super) enum Computed {
    /// One of these literal texts.
    Literals(Vec<String>),
    /// A literal prefix and suffix around text computed at run time.
    Context { prefix: String, suffix: String },
    /// Nothing useful.
    Unknown,
}

/// Most files a context may name before it is refused as too broad.
const CONTEXT_FILE_LIMIT: usize = 500;
/// Deepest directory level a context walks below its prefix's directory.
const CONTEXT_DEPTH_LIMIT: usize = 6;

/// One piece of a string concatenation.
enum Part {
    Text(String),
    Computed,
}

/// Analyses the argument of a `require`/`import` call.
pub(super) fn analyse(expr: &Expr) -> Computed {
    match expr {
        Expr::Paren(inner) => analyse(&inner.expr),
        Expr::Lit(Lit::Str(text)) => Computed::Literals(vec![text.value.to_string_lossy().into_owned()]),
        Expr::Cond(cond) => match (analyse(&cond.cons), analyse(&cond.alt)) {
            (Computed::Literals(mut a), Computed::Literals(b)) => {
                a.extend(b);
                Computed::Literals(a)
            }
            _ => Computed::Unknown,
        },
        Expr::Bin(_) | Expr::Tpl(_) => {
            let mut parts = Vec::new();
            if !concatenation(expr, &mut parts) {
                return Computed::Unknown;
            }
            let texts_only = parts.iter().all(|p| matches!(p, Part::Text(_)));
            let mut prefix = String::new();
            let mut index = 0;
            while let Some(Part::Text(text)) = parts.get(index) {
                prefix.push_str(text);
                index += 1;
            }
            if texts_only {
                return Computed::Literals(vec![prefix]);
            }
            let mut suffix = String::new();
            for part in parts[index..].iter().rev() {
                match part {
                    Part::Text(text) => suffix.insert_str(0, text),
                    Part::Computed => break,
                }
            }
            if prefix.starts_with("./") || prefix.starts_with("../") {
                Computed::Context { prefix, suffix }
            } else {
                Computed::Unknown
            }
        }
        _ => Computed::Unknown,
    }
}

/// Flattens `'a' + x + 'b'` or `` `a${x}b` `` into parts. False when the expression is not a
/// string concatenation whose leftmost operand is a string literal (so every `+` joins text).
fn concatenation(expr: &Expr, parts: &mut Vec<Part>) -> bool {
    match expr {
        Expr::Paren(inner) => concatenation(&inner.expr, parts),
        Expr::Tpl(tpl) => {
            for (index, quasi) in tpl.quasis.iter().enumerate() {
                let Some(cooked) = &quasi.cooked else { return false };
                parts.push(Part::Text(cooked.to_string_lossy().into_owned()));
                if index < tpl.exprs.len() {
                    match &*tpl.exprs[index] {
                        Expr::Lit(Lit::Str(text)) => parts.push(Part::Text(text.value.to_string_lossy().into_owned())),
                        _ => parts.push(Part::Computed),
                    }
                }
            }
            true
        }
        Expr::Bin(bin) if bin.op == BinaryOp::Add => {
            if !concatenation(&bin.left, parts) {
                return false;
            }
            match &*bin.right {
                Expr::Lit(Lit::Str(text)) => parts.push(Part::Text(text.value.to_string_lossy().into_owned())),
                Expr::Tpl(_) => return concatenation(&bin.right, parts),
                _ => parts.push(Part::Computed),
            }
            true
        }
        Expr::Lit(Lit::Str(text)) => {
            parts.push(Part::Text(text.value.to_string_lossy().into_owned()));
            true
        }
        _ => false,
    }
}

/// How a context's candidate texts are formed.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Rules {
    /// `require`: a file by its full name, without `.js`/`.json`, or its directory for
    /// `index.js`/`index.json`.
    Require,
    /// `import`: a file by its full name only.
    Import,
}

/// The specifier texts a context could produce that name files under `directory` (the
/// importing module's directory), or an error saying why the context is refused.
pub(super) fn candidates(directory: &Path, prefix: &str, suffix: &str, rules: Rules) -> Result<Vec<String>, String> {
    let (dir_part, name_prefix) = match prefix.rfind('/') {
        Some(slash) => prefix.split_at(slash + 1),
        None => return Ok(Vec::new()),
    };
    let base = directory.join(dir_part);
    if !base.is_dir() {
        return Ok(Vec::new());
    }
    if name_prefix.is_empty() && dir_part.trim_start_matches("./").trim_start_matches("../").trim_matches('/').is_empty() {
        return Err(format!("the prefix '{prefix}' names a whole directory of the program's own files"));
    }
    let mut files = Vec::new();
    walk(&base, String::new(), 0, &mut files)?;
    let mut texts = Vec::new();
    for relative in files {
        let mut forms = vec![relative.clone()];
        if rules == Rules::Require {
            for extension in [".js", ".json"] {
                if let Some(stem) = relative.strip_suffix(extension) {
                    forms.push(stem.to_string());
                    if stem == "index" || stem.ends_with("/index") {
                        let folder = stem.strip_suffix("index").unwrap_or("").trim_end_matches('/');
                        if !folder.is_empty() {
                            forms.push(folder.to_string());
                            forms.push(format!("{folder}/"));
                        }
                    }
                }
            }
        }
        for form in forms {
            if !form.starts_with(name_prefix) {
                continue;
            }
            let text = format!("{dir_part}{form}");
            if text.len() >= prefix.len() + suffix.len() && text.ends_with(suffix) && !texts.contains(&text) {
                texts.push(text);
            }
        }
    }
    texts.sort();
    Ok(texts)
}

/// The specifier texts the computed calls of one module can be proven to produce, each with
/// its call's position; a warning for each call that proves nothing. `what` names the call
/// in messages (`require()`, `import()`).
pub(super) fn expand(
    computed: &[(Computed, u32)],
    directory: &Path,
    rules: Rules,
    what: &str,
    diagnostics: &mut crate::diagnostics::Diagnostics,
) -> Vec<(String, u32)> {
    use crate::diagnostics::Diagnostic;
    let mut texts = Vec::new();
    for (computed, position) in computed {
        match computed {
            Computed::Literals(list) => texts.extend(list.iter().map(|text| (text.clone(), *position))),
            Computed::Context { prefix, suffix } => match candidates(directory, prefix, suffix, rules) {
                Ok(found) if found.is_empty() => diagnostics.push(Diagnostic::warning(
                    *position,
                    format!("{what} of a specifier computed at run time: no file matches '{prefix}…{suffix}'; it will throw when it runs"),
                )),
                Ok(found) => texts.extend(found.into_iter().map(|text| (text, *position))),
                Err(why) => diagnostics.push(Diagnostic::warning(
                    *position,
                    format!(
                        "{what} of a specifier computed at run time: kiln does not include the files matching '{prefix}…{suffix}' because {why}; only modules this file names with a literal can be found when it runs"
                    ),
                )),
            },
            Computed::Unknown => diagnostics.push(Diagnostic::warning(
                *position,
                format!(
                    "{what} of a specifier computed at run time: kiln compiles modules at build time, so only modules this file names with a literal (or a literal prefix such as './dir/' + name) can be found when it runs"
                ),
            )),
        }
    }
    texts
}

/// Collects the module files under `directory` (paths relative to the walk's start, with `/`).
fn walk(directory: &Path, relative: String, depth: usize, files: &mut Vec<String>) -> Result<(), String> {
    let Ok(entries) = std::fs::read_dir(directory) else { return Ok(()) };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "node_modules" {
            continue;
        }
        let path = entry.path();
        let child = if relative.is_empty() { name.clone() } else { format!("{relative}/{name}") };
        if path.is_dir() {
            if depth < CONTEXT_DEPTH_LIMIT {
                walk(&path, child, depth + 1, files)?;
            }
        } else if [".js", ".cjs", ".mjs", ".json"].iter().any(|ext| name.ends_with(ext)) {
            files.push(child);
            if files.len() > CONTEXT_FILE_LIMIT {
                return Err(format!("it would include more than {CONTEXT_FILE_LIMIT} files"));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Box<Expr> {
        use swc_common::{input::StringInput, BytePos};
        let input = StringInput::new(text, BytePos(1), BytePos(1 + text.len() as u32));
        let mut parser = swc_ecma_parser::Parser::new(swc_ecma_parser::Syntax::Es(Default::default()), input, None);
        parser.parse_expr().expect("expression")
    }

    #[test]
    fn analyses_specifier_expressions() {
        assert_eq!(analyse(&parse("'./a'")), Computed::Literals(vec!["./a".into()]));
        assert_eq!(analyse(&parse("x ? './a' : ('./b')")), Computed::Literals(vec!["./a".into(), "./b".into()]));
        assert_eq!(
            analyse(&parse("'./locale/' + name + '.js'")),
            Computed::Context { prefix: "./locale/".into(), suffix: ".js".into() }
        );
        assert_eq!(
            analyse(&parse("`../x/${a}-${b}.json`")),
            Computed::Context { prefix: "../x/".into(), suffix: ".json".into() }
        );
        assert_eq!(analyse(&parse("'./a' + 'b'")), Computed::Literals(vec!["./ab".into()]));
        assert_eq!(analyse(&parse("name + '.js'")), Computed::Unknown);
        assert_eq!(analyse(&parse("'lodash/' + name")), Computed::Unknown);
        assert_eq!(analyse(&parse("x")), Computed::Unknown);
    }

    #[test]
    fn lists_context_candidates() {
        let root = std::env::temp_dir().join(format!("kiln-context-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("locale/sub")).unwrap();
        for file in ["locale/fr.js", "locale/data.json", "locale/sub/index.js", "locale/notes.md"] {
            std::fs::write(root.join(file), "").unwrap();
        }
        let require = candidates(&root, "./locale/", "", Rules::Require).unwrap();
        assert_eq!(
            require,
            ["./locale/data", "./locale/data.json", "./locale/fr", "./locale/fr.js", "./locale/sub", "./locale/sub/", "./locale/sub/index", "./locale/sub/index.js"]
        );
        let import = candidates(&root, "./locale/f", ".js", Rules::Import).unwrap();
        assert_eq!(import, ["./locale/fr.js"]);
        assert!(candidates(&root, "./", "", Rules::Require).is_err());
        std::fs::remove_dir_all(&root).unwrap();
    }
}
