//! Builds the runtime static library (`libkiln_runtime.a`) and places it beside the `kiln`
//! binary, where the linker step finds it. A nested cargo with its own target directory keeps
//! the two builds from waiting on each other's lock.

use std::env;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let workspace = manifest_dir.parent().expect("compiler/ sits in the workspace").to_path_buf();
    println!("cargo:rerun-if-changed={}", workspace.join("runtime-lib").display());
    println!("cargo:rerun-if-env-changed=KILN_SKIP_RUNTIME_BUILD");
    if env::var_os("KILN_SKIP_RUNTIME_BUILD").is_some() {
        return;
    }
    // OUT_DIR is <target>/<profile>/build/kiln-<hash>/out; the binary goes to <target>/<profile>.
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let profile_dir = out_dir.ancestors().nth(3).expect("OUT_DIR has the usual shape").to_path_buf();
    let target_root = profile_dir.parent().expect("profile dir has a parent").to_path_buf();
    let runtime_target = target_root.join("kiln-runtime");
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(&workspace)
        .args(["build", "--release", "-p", "kiln-runtime", "--lib", "--target-dir"])
        .arg(&runtime_target)
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        .status()
        .expect("running cargo for the runtime");
    if !status.success() {
        panic!("building the kiln runtime failed");
    }
    let built = runtime_target.join("release").join("libkiln_runtime.a");
    let destination = profile_dir.join("libkiln_runtime.a");
    std::fs::copy(&built, &destination).expect("copying libkiln_runtime.a beside kiln");
}
