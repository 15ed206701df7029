//! Node's module resolution algorithm (the CommonJS `require.resolve` rules), run at build
//! time: relative and absolute paths, directory `package.json` `main` and `index` files,
//! `node_modules` lookup up the tree, package `exports` with conditions and subpath patterns,
//! and Node core module names (with or without `node:`).

use std::path::{Path, PathBuf};

/// What a specifier names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A file of the program.
    File(PathBuf),
    /// A Node core module, by its name without `node:`.
    Builtin(String),
    /// Nothing: node would throw "Cannot find module" when the `require` runs.
    NotFound,
    /// An `imports` target path naming no file (node's MODULE_NOT_FOUND names the path).
    MissingTarget(PathBuf),
    /// A `#name` specifier the package's `imports` does not define
    /// (ERR_PACKAGE_IMPORT_NOT_DEFINED).
    ImportNotDefined {
        /// The package's `package.json`, when the importer is inside a package.
        package_json: Option<PathBuf>,
    },
    /// A package subpath its `exports` does not list (ERR_PACKAGE_PATH_NOT_EXPORTED).
    NotExported {
        /// The subpath, e.g. `./dist/x.js`.
        subpath: String,
        /// The package's `package.json`.
        package_json: PathBuf,
        /// The package named itself (node's message then names the importer).
        self_reference: bool,
    },
}

/// Node's core module names (`require('fs')` and `require('node:fs')`).
const CORE_MODULES: &[&str] = kiln_abi::NODE_CORE_MODULES;

/// The conditions kiln's `require` matches in package `exports`, in node's order.
const CONDITIONS: &[&str] = &["node", "require", "default"];

/// The conditions an `import` matches.
const IMPORT_CONDITIONS: &[&str] = &["node", "import", "default"];

/// Resolves `specifier` as `require` would from a module in directory `from`.
pub fn resolve(specifier: &str, from: &Path) -> Resolved {
    if let Some(name) = specifier.strip_prefix("node:") {
        return Resolved::Builtin(name.to_string());
    }
    if CORE_MODULES.contains(&specifier) {
        return Resolved::Builtin(specifier.to_string());
    }
    if specifier.starts_with('#') {
        return resolve_package_imports(specifier, from, CONDITIONS);
    }
    let is_path = specifier.starts_with("./")
        || specifier.starts_with("../")
        || specifier.starts_with('/')
        || specifier == "."
        || specifier == "..";
    if is_path {
        let base = from.join(specifier);
        return load_as_file(&base)
            .or_else(|| load_as_directory(&base))
            .map_or(Resolved::NotFound, Resolved::File);
    }
    load_node_modules(specifier, from, CONDITIONS)
}

/// Resolves `specifier` as an ES `import` would from a module in directory `from`: paths must
/// name a file exactly (no extension search, no directory index), packages match the `import`
/// condition, and a package without `exports` falls back to its `main` (with the legacy search).
pub fn resolve_import(specifier: &str, from: &Path) -> Resolved {
    if let Some(name) = specifier.strip_prefix("node:") {
        return Resolved::Builtin(name.to_string());
    }
    if CORE_MODULES.contains(&specifier) {
        return Resolved::Builtin(specifier.to_string());
    }
    let specifier = specifier.strip_prefix("file://").unwrap_or(specifier);
    if specifier.starts_with('#') {
        return resolve_package_imports(specifier, from, IMPORT_CONDITIONS);
    }
    let is_path = specifier.starts_with("./") || specifier.starts_with("../") || specifier.starts_with('/');
    if is_path {
        let path = from.join(specifier);
        return if is_file(&path) { Resolved::File(canonical(path)) } else { Resolved::NotFound };
    }
    load_node_modules(specifier, from, IMPORT_CONDITIONS)
}

/// Whether `path` is an ES module: `.mjs`, or `.js` under a `package.json` with
/// `"type": "module"` (the nearest one decides).
pub fn is_es_module(path: &Path) -> bool {
    match path.extension().and_then(|e| e.to_str()) {
        Some("mjs") => true,
        Some("js") => package_type_is_module(path),
        _ => false,
    }
}

/// Whether the nearest `package.json` above `path` says `"type": "module"`.
pub fn package_type_is_module(path: &Path) -> bool {
    for dir in path.ancestors().skip(1) {
        if let Some(package) = read_package_json(dir) {
            return package.get("type").and_then(|t| t.as_str()) == Some("module");
        }
    }
    false
}

/// Whether `path` is a TypeScript file (`.ts`, `.mts`, `.cts`, `.tsx`).
pub fn is_typescript(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| matches!(e, "ts" | "mts" | "cts" | "tsx"))
}

/// Resolves `specifier` as a `require` in a TypeScript file (in directory `from`): node's
/// rules, except that a relative or absolute path also finds TypeScript files the way
/// TypeScript does (see [`resolve_typescript_import`]).
pub fn resolve_typescript_require(specifier: &str, from: &Path) -> Resolved {
    resolve_typescript(specifier, from, CONDITIONS, &["js", "json", "cjs"])
}

/// Resolves `specifier` as an `import` (static or `import()`) in a TypeScript file (in
/// directory `from`). A relative or absolute path names a file as written; failing that, a
/// JavaScript extension stands for its TypeScript counterpart when the JavaScript file does
/// not exist (`./util.js` finds `util.ts` or `util.tsx`, `.mjs` finds `.mts`, `.cjs` `.cts`);
/// a path without an extension tries `.ts`, `.tsx`, `.mts`, `.cts`, then `.js`, `.mjs`,
/// `.cjs`, `.json`; a directory its `package.json` `main`, then `index` with those extensions.
/// Packages resolve as for JavaScript.
pub fn resolve_typescript_import(specifier: &str, from: &Path) -> Resolved {
    resolve_typescript(specifier, from, IMPORT_CONDITIONS, &["js", "mjs", "cjs", "json"])
}

/// The extensions a TypeScript importer's path without one may name, before the JavaScript ones.
const TYPESCRIPT_EXTENSIONS: &[&str] = &["ts", "tsx", "mts", "cts"];

/// A JavaScript extension in a TypeScript importer's specifier, and the TypeScript
/// extensions it stands for when the JavaScript file does not exist.
const TYPESCRIPT_COUNTERPARTS: &[(&str, &[&str])] =
    &[("js", &["ts", "tsx"]), ("mjs", &["mts"]), ("cjs", &["cts"]), ("jsx", &["tsx"])];

fn resolve_typescript(specifier: &str, from: &Path, conditions: &[&str], js_extensions: &[&str]) -> Resolved {
    if let Some(name) = specifier.strip_prefix("node:") {
        return Resolved::Builtin(name.to_string());
    }
    if CORE_MODULES.contains(&specifier) {
        return Resolved::Builtin(specifier.to_string());
    }
    let specifier = specifier.strip_prefix("file://").unwrap_or(specifier);
    if specifier.starts_with('#') {
        return resolve_package_imports(specifier, from, conditions);
    }
    let is_path = specifier.starts_with("./")
        || specifier.starts_with("../")
        || specifier.starts_with('/')
        || specifier == "."
        || specifier == "..";
    if is_path {
        let base = from.join(specifier);
        return load_typescript_file(&base, js_extensions)
            .or_else(|| load_typescript_directory(&base, js_extensions))
            .map_or(Resolved::NotFound, Resolved::File);
    }
    load_node_modules(specifier, from, conditions)
}

/// A TypeScript importer's file: `base` itself, its TypeScript counterpart, or `base` with
/// a TypeScript extension and then one of `js_extensions`.
fn load_typescript_file(base: &Path, js_extensions: &[&str]) -> Option<PathBuf> {
    if is_file(base) {
        return Some(canonical(base.to_path_buf()));
    }
    let extension = base.extension().and_then(|e| e.to_str()).unwrap_or_default();
    if let Some((_, counterparts)) = TYPESCRIPT_COUNTERPARTS.iter().find(|(js, _)| *js == extension) {
        if let Some(found) = counterparts.iter().map(|ts| base.with_extension(ts)).find(|p| is_file(p)) {
            return Some(canonical(found));
        }
    }
    with_typescript_extensions(base, js_extensions)
}

/// `base` with a TypeScript extension appended, then with one of `js_extensions`.
fn with_typescript_extensions(base: &Path, js_extensions: &[&str]) -> Option<PathBuf> {
    TYPESCRIPT_EXTENSIONS.iter().chain(js_extensions).find_map(|extension| {
        let mut candidate = base.as_os_str().to_owned();
        candidate.push(".");
        candidate.push(extension);
        let candidate = PathBuf::from(candidate);
        is_file(&candidate).then(|| canonical(candidate))
    })
}

/// A TypeScript importer's directory: `package.json` `main`, then `index` with the
/// extensions of [`load_typescript_file`].
fn load_typescript_directory(dir: &Path, js_extensions: &[&str]) -> Option<PathBuf> {
    if let Some(package) = read_package_json(dir) {
        if let Some(main) = package.get("main").and_then(|m| m.as_str()) {
            let target = dir.join(main);
            let found = load_typescript_file(&target, js_extensions)
                .or_else(|| with_typescript_extensions(&target.join("index"), js_extensions));
            if found.is_some() {
                return found;
            }
        }
    }
    with_typescript_extensions(&dir.join("index"), js_extensions)
}

fn is_file(path: &Path) -> bool {
    path.is_file()
}

fn canonical(path: PathBuf) -> PathBuf {
    std::fs::canonicalize(&path).unwrap_or(path)
}

/// LOAD_AS_FILE: X, X.js, X.json.
fn load_as_file(base: &Path) -> Option<PathBuf> {
    if is_file(base) {
        return Some(canonical(base.to_path_buf()));
    }
    for extension in ["js", "json", "cjs"] {
        let mut candidate = base.as_os_str().to_owned();
        candidate.push(".");
        candidate.push(extension);
        let candidate = PathBuf::from(candidate);
        if is_file(&candidate) {
            return Some(canonical(candidate));
        }
    }
    None
}

/// LOAD_INDEX: X/index.js, X/index.json.
fn load_index(base: &Path) -> Option<PathBuf> {
    ["index.js", "index.json"].iter().map(|name| base.join(name)).find(|p| is_file(p)).map(canonical)
}

fn read_package_json(dir: &Path) -> Option<serde_json::Value> {
    let text = std::fs::read_to_string(dir.join("package.json")).ok()?;
    serde_json::from_str(&text).ok()
}

/// LOAD_AS_DIRECTORY: `package.json` `main`, then `index`.
fn load_as_directory(dir: &Path) -> Option<PathBuf> {
    if let Some(package) = read_package_json(dir) {
        if let Some(main) = package.get("main").and_then(|m| m.as_str()) {
            let target = dir.join(main);
            if let Some(found) = load_as_file(&target).or_else(|| load_index(&target)) {
                return Some(found);
            }
        }
    }
    load_index(dir)
}

/// Splits `name/sub/path` (or `@scope/name/sub`) into the package name and `./sub/path`.
fn split_package(specifier: &str) -> (String, String) {
    let mut parts = specifier.splitn(if specifier.starts_with('@') { 3 } else { 2 }, '/');
    let mut name = parts.next().unwrap_or_default().to_string();
    if specifier.starts_with('@') {
        if let Some(second) = parts.next() {
            name = format!("{name}/{second}");
        }
    }
    let rest = parts.next().map_or(".".to_string(), |r| format!("./{r}"));
    (name, rest)
}

/// LOAD_NODE_MODULES: `node_modules` in `from` and every ancestor.
fn load_node_modules(specifier: &str, from: &Path, conditions: &[&str]) -> Resolved {
    let (name, subpath) = split_package(specifier);
    // PACKAGE_SELF_RESOLVE: a package names itself through its own `exports`.
    if let Some((scope, package)) = package_scope(from) {
        if package.get("name").and_then(|n| n.as_str()) == Some(name.as_str()) {
            if let Some(exports) = package.get("exports") {
                return match resolve_exports(&scope, exports, &subpath, conditions) {
                    Some(found) => Resolved::File(found),
                    None => Resolved::NotExported { subpath, package_json: canonical(scope.join("package.json")), self_reference: true },
                };
            }
        }
    }
    for dir in from.ancestors() {
        if dir.file_name().is_some_and(|n| n == "node_modules") {
            continue;
        }
        let package_dir = dir.join("node_modules").join(&name);
        if !package_dir.exists() {
            continue;
        }
        if let Some(package) = read_package_json(&package_dir) {
            if let Some(exports) = package.get("exports") {
                // With `exports`, only what it lists is reachable.
                return match resolve_exports(&package_dir, exports, &subpath, conditions) {
                    Some(found) => Resolved::File(found),
                    None => Resolved::NotExported { subpath, package_json: canonical(package_dir.join("package.json")), self_reference: false },
                };
            }
        }
        let target = package_dir.join(subpath.trim_start_matches("./"));
        if let Some(found) = load_as_file(&target).or_else(|| load_as_directory(&target)) {
            return Resolved::File(found);
        }
    }
    Resolved::NotFound
}

/// PACKAGE_EXPORTS_RESOLVE for `subpath` (`.` or `./x`).
fn resolve_exports(package_dir: &Path, exports: &serde_json::Value, subpath: &str, conditions: &[&str]) -> Option<PathBuf> {
    let is_subpath_map = exports
        .as_object()
        .is_some_and(|map| map.keys().next().is_some_and(|k| k.starts_with('.')));
    let target = if is_subpath_map {
        let (value, matched) = match_subpath(exports.as_object()?, subpath)?;
        resolve_target(value, &matched, conditions)?
    } else if subpath == "." {
        resolve_target(exports, "", conditions)?
    } else {
        return None;
    };
    let path = package_dir.join(target.trim_start_matches("./"));
    is_file(&path).then(|| canonical(path))
}

/// The entry of an `exports` or `imports` map for `key` (`./x` or `#x`): the exact key, else
/// the pattern (`./features/*`, `#lib/*`) with the longest prefix that matches, with what its
/// `*` matched.
fn match_subpath<'a>(map: &'a serde_json::Map<String, serde_json::Value>, key: &str) -> Option<(&'a serde_json::Value, String)> {
    if let Some(entry) = map.get(key) {
        return Some((entry, String::new()));
    }
    let mut best: Option<(&String, &serde_json::Value, String)> = None;
    for (pattern, value) in map {
        if let Some((prefix, suffix)) = pattern.split_once('*') {
            if key.starts_with(prefix) && key.ends_with(suffix) && key.len() >= prefix.len() + suffix.len() {
                let matched = key[prefix.len()..key.len() - suffix.len()].to_string();
                if best.as_ref().is_none_or(|(k, _, _)| pattern.len() > k.len()) {
                    best = Some((pattern, value, matched));
                }
            }
        }
    }
    best.map(|(_, value, matched)| (value, matched))
}

/// READ_PACKAGE_SCOPE: the nearest directory above `from` (not crossing `node_modules`) with a
/// `package.json`, and that file.
fn package_scope(from: &Path) -> Option<(PathBuf, serde_json::Value)> {
    for dir in from.ancestors() {
        if dir.file_name().is_some_and(|n| n == "node_modules") {
            return None;
        }
        if let Some(package) = read_package_json(dir) {
            return Some((dir.to_path_buf(), package));
        }
    }
    None
}

/// PACKAGE_IMPORTS_RESOLVE: a `#name` specifier through the `imports` of the importer's
/// package. A target path names a file of the package exactly; any other target is a package
/// (or core module) resolved from the package's directory.
fn resolve_package_imports(specifier: &str, from: &Path, conditions: &[&str]) -> Resolved {
    let Some((scope, package)) = package_scope(from) else {
        return Resolved::ImportNotDefined { package_json: None };
    };
    let package_json = Some(canonical(scope.join("package.json")));
    let not_defined = || Resolved::ImportNotDefined { package_json: package_json.clone() };
    if specifier == "#" || specifier.starts_with("#/") {
        return not_defined();
    }
    let Some(imports) = package.get("imports").and_then(|i| i.as_object()) else { return not_defined() };
    let Some((value, matched)) = match_subpath(imports, specifier) else { return not_defined() };
    let Some(target) = resolve_target(value, &matched, conditions) else { return not_defined() };
    if let Some(relative) = target.strip_prefix("./") {
        let path = scope.join(relative);
        return if is_file(&path) { Resolved::File(canonical(path)) } else { Resolved::MissingTarget(path) };
    }
    // Node rejects targets that leave the package or parse as URLs (`node:fs`).
    if target.starts_with("../") || target.starts_with('/') || target.contains(':') {
        return not_defined();
    }
    if CORE_MODULES.contains(&target.as_str()) {
        return Resolved::Builtin(target);
    }
    load_node_modules(&target, &scope, conditions)
}

/// A target string, or the first matching condition of an object, or the first that
/// resolves of an array; `*` in the target becomes `matched`.
fn resolve_target(target: &serde_json::Value, matched: &str, conditions: &[&str]) -> Option<String> {
    match target {
        serde_json::Value::String(text) => Some(text.replace('*', matched)),
        serde_json::Value::Object(map) => {
            for (condition, value) in map {
                if conditions.contains(&condition.as_str()) {
                    if let Some(found) = resolve_target(value, matched, conditions) {
                        return Some(found);
                    }
                }
            }
            None
        }
        serde_json::Value::Array(items) => items.iter().find_map(|item| resolve_target(item, matched, conditions)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("kiln-resolve-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let write = |path: &str, text: &str| {
            let full = dir.join(path);
            std::fs::create_dir_all(full.parent().expect("has a parent")).expect("mkdir");
            std::fs::write(full, text).expect("write");
        };
        write("app/main.js", "");
        write("app/lib/util.js", "");
        write("app/lib/data.json", "{}");
        write("app/dir/index.js", "");
        write("app/node_modules/plain/index.js", "");
        write("app/node_modules/withmain/package.json", r#"{"main": "lib/entry"}"#);
        write("app/node_modules/withmain/lib/entry.js", "");
        write(
            "app/node_modules/exp/package.json",
            r#"{"exports": {".": {"import": "./esm.mjs", "require": "./cjs.js"}, "./feature/*": "./src/*.js"}}"#,
        );
        write("app/node_modules/exp/cjs.js", "");
        write("app/node_modules/exp/src/x.js", "");
        write("app/node_modules/@scope/pkg/index.js", "");
        write(
            "app/package.json",
            r##"{"name": "app", "exports": {"./util": "./lib/util.js"}, "imports": {"#util": "./lib/util.js", "#lib/*": "./lib/*.js", "#plain": "plain", "#fs": "fs", "#url": "node:fs", "#cond": {"import": "./lib/data.json", "require": "./dir/index.js"}}}"##,
        );
        dir
    }

    #[test]
    fn follows_node_rules() {
        let root = fixture();
        let app = root.join("app");
        let file = |p: &str| Resolved::File(canonical(root.join(p)));
        assert_eq!(resolve("./lib/util", &app), file("app/lib/util.js"));
        assert_eq!(resolve("./lib/data.json", &app), file("app/lib/data.json"));
        assert_eq!(resolve("./lib/data", &app), file("app/lib/data.json"));
        assert_eq!(resolve("./dir", &app), file("app/dir/index.js"));
        assert_eq!(resolve("plain", &app.join("lib")), file("app/node_modules/plain/index.js"));
        assert_eq!(resolve("withmain", &app), file("app/node_modules/withmain/lib/entry.js"));
        assert_eq!(resolve("exp", &app), file("app/node_modules/exp/cjs.js"));
        assert_eq!(resolve("exp/feature/x", &app), file("app/node_modules/exp/src/x.js"));
        assert!(matches!(resolve("exp/cjs.js", &app), Resolved::NotExported { .. }));
        assert_eq!(resolve("@scope/pkg", &app), file("app/node_modules/@scope/pkg/index.js"));
        assert_eq!(resolve("fs", &app), Resolved::Builtin("fs".into()));
        assert_eq!(resolve("node:path", &app), Resolved::Builtin("path".into()));
        assert_eq!(resolve("./missing", &app), Resolved::NotFound);
        assert_eq!(resolve("#util", &app.join("dir")), file("app/lib/util.js"));
        assert_eq!(resolve("#lib/util", &app), file("app/lib/util.js"));
        assert_eq!(resolve("#plain", &app), file("app/node_modules/plain/index.js"));
        assert_eq!(resolve("#fs", &app), Resolved::Builtin("fs".into()));
        assert!(matches!(resolve("#url", &app), Resolved::ImportNotDefined { .. }));
        assert_eq!(resolve("#cond", &app), file("app/dir/index.js"));
        assert_eq!(resolve_import("#cond", &app), file("app/lib/data.json"));
        assert!(matches!(resolve("#nothing", &app), Resolved::ImportNotDefined { package_json: Some(_) }));
        assert_eq!(resolve("app/util", &app.join("lib")), file("app/lib/util.js"));
        assert!(matches!(resolve("app/other", &app), Resolved::NotExported { .. }));
        let _ = std::fs::remove_dir_all(root);
    }

    #[test]
    fn typescript_importers_find_typescript_files() {
        let root = std::env::temp_dir().join(format!("kiln-resolve-ts-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for path in [
            "util.ts", "both.ts", "both.js", "view.tsx", "esm.mts", "cjs.cts", "plain.js", "data.json",
            "lib/index.ts", "pkg/package.json", "pkg/src/main.ts", "only.mjs",
        ] {
            let full = root.join(path);
            std::fs::create_dir_all(full.parent().expect("has a parent")).expect("mkdir");
            let text = if path.ends_with("package.json") { r#"{"main": "src/main.js"}"# } else { "" };
            std::fs::write(full, text).expect("write");
        }
        let file = |p: &str| Resolved::File(canonical(root.join(p)));
        for resolve_ts in [resolve_typescript_import, resolve_typescript_require] {
            assert_eq!(resolve_ts("./util", &root), file("util.ts"));
            assert_eq!(resolve_ts("./util.js", &root), file("util.ts"));
            assert_eq!(resolve_ts("./util.ts", &root), file("util.ts"));
            // The JavaScript file, when it exists, is what the specifier names.
            assert_eq!(resolve_ts("./both.js", &root), file("both.js"));
            assert_eq!(resolve_ts("./both", &root), file("both.ts"));
            assert_eq!(resolve_ts("./view.js", &root), file("view.tsx"));
            assert_eq!(resolve_ts("./esm.mjs", &root), file("esm.mts"));
            assert_eq!(resolve_ts("./cjs.cjs", &root), file("cjs.cts"));
            assert_eq!(resolve_ts("./esm", &root), file("esm.mts"));
            assert_eq!(resolve_ts("./plain", &root), file("plain.js"));
            assert_eq!(resolve_ts("./data", &root), file("data.json"));
            assert_eq!(resolve_ts("./lib", &root), file("lib/index.ts"));
            assert_eq!(resolve_ts("./pkg", &root), file("pkg/src/main.ts"));
            assert_eq!(resolve_ts("node:fs", &root), Resolved::Builtin("fs".into()));
            assert_eq!(resolve_ts("./missing.js", &root), Resolved::NotFound);
        }
        assert_eq!(resolve_typescript_import("./only", &root), file("only.mjs"));
        assert_eq!(resolve_typescript_require("./only", &root), Resolved::NotFound);
        // JavaScript importers keep node's rules.
        assert_eq!(resolve("./util", &root), Resolved::NotFound);
        assert_eq!(resolve_import("./util.js", &root), Resolved::NotFound);
        let _ = std::fs::remove_dir_all(root);
    }
}
