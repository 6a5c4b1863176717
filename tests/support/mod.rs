//! What the tests that run cargo themselves share; each includes this file and uses part of it.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;

/// The target folder of this build, as `cargo metadata` reports it (trybuild asks the same
/// way), so that the builds a test starts reuse what this one compiled.
pub(crate) fn target_dir() -> PathBuf {
    let output = Command::new(cargo())
        .args(["metadata", "--no-deps", "--format-version=1"])
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    // JSON is YAML, and serde_yaml is already a dev-dependency.
    let metadata: serde_yaml::Value =
        serde_yaml::from_slice(&output.stdout).expect("cargo metadata prints JSON");
    let target = metadata["target_directory"]
        .as_str()
        .expect("cargo metadata names the target directory");
    PathBuf::from(target)
}

/// The cargo that runs this test.
pub(crate) fn cargo() -> std::ffi::OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}
