//! Golden tests of the compiler's own outputs: `testdata/diag/*.js` (and `.mjs`, and the
//! TypeScript `.ts`, `.mts`, `.cts`, `.tsx`) must fail to compile with
//! exactly `*.stderr`, and `testdata/ir/*.js` must lower to exactly `*.ir`. Set `KILN_BLESS=1`
//! to rewrite the expectations, then review the diff like code.

use std::path::{Path, PathBuf};
use std::process::Command;

fn cases(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata").join(dir);
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("testdata directory exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| ["js", "mjs", "ts", "mts", "cts", "tsx"].iter().any(|x| e == *x)))
        .collect();
    cases.sort();
    cases
}

fn kiln(args: &[&str], cwd: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kiln"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("kiln runs")
}

fn check(expected_path: &Path, actual: &str, failures: &mut Vec<String>) {
    if std::env::var_os("KILN_BLESS").is_some() {
        std::fs::write(expected_path, actual).expect("writable testdata");
        return;
    }
    let expected = std::fs::read_to_string(expected_path).unwrap_or_default();
    if expected != actual {
        failures.push(format!(
            "{}:\n--- expected\n{expected}\n--- actual\n{actual}",
            expected_path.display()
        ));
    }
}

#[test]
fn diagnostics() {
    let mut failures = Vec::new();
    for case in cases("diag") {
        let dir = case.parent().expect("file has a directory");
        let name = case.file_name().expect("file name").to_string_lossy().into_owned();
        let out = std::env::temp_dir().join(format!("kiln-diag-{}-{name}", std::process::id()));
        let output = kiln(&["build", &name, "-o", out.to_str().expect("utf-8 temp path")], dir);
        assert!(!output.status.success(), "{name} compiled but should not");
        assert_eq!(output.status.code(), Some(1), "{name}: exit code");
        assert!(!out.exists(), "{name}: a failed build left an output behind");
        // Messages that name absolute paths (node's module URLs) show the case directory as <dir>.
        let absolute = dir.canonicalize().expect("case directory exists");
        let stderr = String::from_utf8_lossy(&output.stderr).replace(&*absolute.to_string_lossy(), "<dir>");
        check(&case.with_extension("stderr"), &stderr, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn ir() {
    let mut failures = Vec::new();
    for case in cases("ir") {
        let dir = case.parent().expect("file has a directory");
        let name = case.file_name().expect("file name").to_string_lossy().into_owned();
        let output = kiln(&["build", &name, "--emit", "ir", "-o", "-"], dir);
        assert!(output.status.success(), "{name}: {}", String::from_utf8_lossy(&output.stderr));
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        check(&case.with_extension("ir"), &text, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn missing_input_is_one_clear_line() {
    let dir = std::env::temp_dir();
    let output = kiln(&["build", "kiln-no-such-file.js"], &dir);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "kiln: cannot read kiln-no-such-file.js: no such file or directory\n"
    );
}

#[test]
fn unwritable_output_leaves_nothing() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata").join("ir");
    let output = kiln(&["build", "closure_counter.js", "--emit", "ir", "-o", "/nonexistent-dir/out.ir"], &dir);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("kiln: cannot write /nonexistent-dir/out.ir"), "{stderr}");
}

#[test]
fn bad_flag_is_an_error() {
    let output = kiln(&["build", "--no-such-flag", "x.js"], &std::env::temp_dir());
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--no-such-flag"));
}

/// The examples of the table in docs/compat.md: rows marked "yes" compile, rows marked
/// "not yet" are rejected with "kiln does not support".
#[test]
fn compat_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root");
    let page = std::fs::read_to_string(root.join("docs/compat.md")).expect("docs/compat.md exists");
    let dir = std::env::temp_dir().join(format!("kiln-compat-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut failures = Vec::new();
    let mut rows = 0;
    for line in page.lines() {
        let cells: Vec<&str> = line.split(" | ").collect();
        if cells.len() != 3 || !line.starts_with("| ") || !line.ends_with(" |") {
            continue;
        }
        let status = cells[2].trim_end_matches(" |").trim();
        let supported = match status {
            "yes" => true,
            "not yet" => false,
            "in progress" => {
                rows += 1;
                continue;
            }
            _ => continue,
        };
        let example = cells[1].trim();
        let example = example
            .strip_prefix("``")
            .and_then(|e| e.strip_suffix("``"))
            .or_else(|| example.strip_prefix('`').and_then(|e| e.strip_suffix('`')))
            .expect("examples are code spans")
            .trim();
        rows += 1;
        // A row whose example is module code is an ES module (`.mjs`), as node would run it; a
        // row about TypeScript is a `.ts` file.
        let extension = if cells[0].contains("TypeScript") {
            "ts"
        } else if example.starts_with("import ") || example.starts_with("export ") {
            "mjs"
        } else {
            "js"
        };
        let file = dir.join(format!("row{rows}.{extension}"));
        std::fs::write(&file, example).expect("write example");
        let output = kiln(&["build", file.to_str().expect("utf-8"), "--emit", "ir", "-o", "-"], &dir);
        let stderr = String::from_utf8_lossy(&output.stderr);
        if supported && !output.status.success() {
            failures.push(format!("marked yes but rejected: {example}\n{stderr}"));
        }
        if !supported && (output.status.success() || !stderr.contains("kiln does not support")) {
            failures.push(format!("marked not yet but not rejected as unsupported: {example}\n{stderr}"));
        }
    }
    assert!(rows > 20, "the compat table was not found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The executable carries native code, string constants, the text of the program's own
/// functions (for `Function.prototype.toString`) and the lines holding code that can throw
/// (node prints the line above an uncaught exception), never the rest of its source: a unique
/// comment on a line of its own outside every function must not appear in the binary.
#[test]
fn binary_does_not_contain_source_comments() {
    let dir = std::env::temp_dir().join(format!("kiln-comment-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let marker = format!("kiln-unique-comment-{}-{}", std::process::id(), "b7f3c1e9");
    let source = format!("// {marker}\nconst shown = 'visible string';\n/* {marker}\n */ console.log(shown);\n");
    std::fs::write(dir.join("comment.js"), source).expect("write source");
    let output = kiln(&["build", "comment.js", "-o", "comment-bin"], &dir);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let binary = std::fs::read(dir.join("comment-bin")).expect("binary exists");
    let contains = |needle: &[u8]| binary.windows(needle.len()).any(|w| w == needle);
    assert!(!contains(marker.as_bytes()), "the comment leaked into the binary");
    assert!(contains(b"visible string"), "string constants are embedded");
    let run = Command::new(dir.join("comment-bin")).output().expect("runs");
    assert_eq!(String::from_utf8_lossy(&run.stdout), "visible string\n");
    let _ = std::fs::remove_dir_all(&dir);
}

/// `kiln build DIR` reads DIR/package.json: the entry is `bin` (else `main`), the executable
/// is named after the `bin` key (else the package name).
#[test]
fn build_package_directory() {
    let package = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata").join("package");
    let out_dir = std::env::temp_dir().join(format!("kiln-package-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).expect("temp dir");
    let output = kiln(&["build", package.to_str().expect("utf-8 path")], &out_dir);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let run = Command::new(out_dir.join("greet")).arg("kiln").output().expect("the executable is named after the bin key");
    assert_eq!(String::from_utf8_lossy(&run.stdout), "hello, kiln\n");
    let _ = std::fs::remove_dir_all(&out_dir);
}

/// `kiln build DIR` whose `package.json` `main` names a TypeScript file without its extension.
#[test]
fn build_typescript_package_directory() {
    let package = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata").join("package_typescript");
    let out_dir = std::env::temp_dir().join(format!("kiln-package-ts-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).expect("temp dir");
    let output = kiln(&["build", package.to_str().expect("utf-8 path")], &out_dir);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let run = Command::new(out_dir.join("ts-greeter")).arg("kiln").output().expect("named after the package");
    assert_eq!(String::from_utf8_lossy(&run.stdout), "hello, kiln!\n");
    let _ = std::fs::remove_dir_all(&out_dir);
}

/// A module whose top level is thousands of statements is compiled with the single-pass
/// register allocator (`codegen::HUGE_FUNCTION_INSTS`); its result must not change.
#[test]
fn huge_top_level_function() {
    let dir = std::env::temp_dir().join(format!("kiln-huge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut source = String::from("function step(t, k) { return (t * 31 + k) % 1000003; }\nconst box = { total: 1 };\nlet total = 1;\n");
    let mut expected: u64 = 1;
    let mut boxed: u64 = 1;
    for k in 0..4000u64 {
        source.push_str(&format!("total = step(total, {k}); box.total = (box.total + total + {}) % 1000003;\n", k % 7));
        expected = (expected * 31 + k) % 1000003;
        boxed = (boxed + expected + k % 7) % 1000003;
    }
    source.push_str("console.log(total, box.total);\n");
    std::fs::write(dir.join("huge.js"), source).expect("write source");
    let output = kiln(&["build", "huge.js", "-o", "huge-bin"], &dir);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let run = Command::new(dir.join("huge-bin")).output().expect("runs");
    assert_eq!(String::from_utf8_lossy(&run.stdout), format!("{expected} {boxed}\n"));
    let _ = std::fs::remove_dir_all(&dir);
}
