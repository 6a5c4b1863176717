//! A service's workspace, built as a user's would be: in `tests/workspace/`, the crate
//! `errors` generates the service's status enums and `api` uses them, with status-codes renamed
//! to `sc` (`crate = "sc"`) and through a re-export. `api`'s own tests check the codes across the
//! crates and, with trybuild, the errors of a code another crate's enum lacks, of a built-in
//! spec named by a path and of the renamed dependency without `crate = "sc"`.
//!
//! It runs `cargo test` in that workspace with this build's lock file and target folder, so it
//! compiles only what differs. `TRYBUILD=overwrite` passes through to regenerate its snapshots.

#[path = "support/mod.rs"]
mod support;

use std::path::Path;
use std::process::Command;

#[test]
fn a_workspace_uses_the_codes_of_one_crate_in_another() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let workspace = root.join("tests/workspace");
    // The same versions as this build, and no network: the lock file is this workspace's.
    std::fs::copy(root.join("Cargo.lock"), workspace.join("Cargo.lock"))
        .expect("the lock file can be copied");
    let output = Command::new(support::cargo())
        .args(["test", "--offline"])
        .current_dir(&workspace)
        .env("CARGO_TARGET_DIR", support::target_dir())
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "cargo test in tests/workspace failed:\n{stdout}\n{stderr}"
    );
    // Each of api's suites ran its tests: the cross-crate checks and the compile errors.
    for suite in [
        "status_names_codes_of_another_crate",
        "the_derive_maps_to_a_foreign_enum",
        "test ui ... ok",
    ] {
        assert!(stdout.contains(suite), "{suite} did not run:\n{stdout}");
    }
}
