//! The compile errors a user sees: one small crate per mistake, each compared with the
//! reviewed `.stderr` beside it, in one folder per macro: `tests/ui/enum/` (`#[status_enum]`
//! and its specs), `tests/ui/status/` (`status!`) and `tests/ui/derive/`
//! (`#[derive(HttpStatus)]`). After a change to a message, regenerate with
//! `TRYBUILD=overwrite cargo test -p status-codes --test ui` and read every diff.
//!
//! Where the specs live. trybuild builds every case as a binary of a crate it writes to
//! `<target dir>/tests/trybuild/status-codes/`, and that folder is the `CARGO_MANIFEST_DIR`
//! the macro resolves spec paths against. Written relative to the repository, a case would
//! need `spec = "../../../../tests/ui/specs/x.yaml"`: every message would carry that, and it
//! would break as soon as the target dir is elsewhere (`CARGO_TARGET_DIR`). So this test
//! copies `tests/ui/specs/` into that crate as `specs/` before trybuild builds it, and the
//! cases write `spec = "specs/x.yaml"`: the short relative path a user writes, shown as
//! written in the messages.

#[path = "support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};

#[test]
fn ui() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/ui/specs");
    let specs = trybuild_crate_dir().join("specs");
    // A fresh copy, so a fixture that was renamed or removed does not linger.
    if specs.exists() {
        std::fs::remove_dir_all(&specs).expect("the old copy of the specs can be removed");
    }
    copy_dir(&fixtures, &specs);

    let cases = trybuild::TestCases::new();
    for folder in ["enum", "status", "derive"] {
        cases.compile_fail(format!("../tests/ui/{folder}/*.rs"));
    }
    // What a derive asks of status-codes' features, where they are off.
    if cfg!(not(feature = "axum")) {
        cases.compile_fail("../tests/ui/without-axum/*.rs");
    }
    if cfg!(not(feature = "utoipa")) {
        cases.compile_fail("../tests/ui/without-utoipa/*.rs");
    }
    // What `#[status(openapi)]` adds to a mistake: nothing, one mistake stays one error.
    if cfg!(feature = "utoipa") {
        cases.compile_fail("../tests/ui/with-utoipa/*.rs");
    }
}

/// What every reviewed message must be: never a panic, never a path of this machine.
#[test]
fn snapshots_are_clean() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/ui");
    let mut cases = 0;
    let folders = std::fs::read_dir(&dir).expect("tests/ui exists");
    let files = folders
        .map(|folder| folder.expect("tests/ui can be listed").path())
        .filter(|folder| folder.is_dir())
        .flat_map(|folder| std::fs::read_dir(folder).expect("a folder of cases can be listed"));
    for entry in files {
        let path = entry.expect("a folder of cases can be listed").path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        cases += 1;
        let name = path.display();
        let stderr = std::fs::read_to_string(path.with_extension("stderr"))
            .unwrap_or_else(|err| panic!("{name} has no .stderr beside it: {err}"));
        assert!(!stderr.contains("panicked"), "{name}: the macro panicked");
        // trybuild writes `$WORKSPACE`, `$DIR` or `$CARGO` for absolute paths; in the text of
        // a message (not in its `-->` line) they mean that the macro leaked one.
        for line in stderr.lines().filter(|l| l.starts_with("error")) {
            assert!(!line.contains('$'), "{name}: absolute path in {line:?}");
        }
    }
    assert!(cases >= 40, "only {cases} cases in tests/ui");
}

/// The folder trybuild writes its crate to: `<target dir>/tests/trybuild/<package>/`.
fn trybuild_crate_dir() -> PathBuf {
    support::target_dir()
        .join("tests/trybuild")
        .join(env!("CARGO_PKG_NAME"))
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("the specs folder can be created");
    for entry in std::fs::read_dir(from).expect("tests/ui/specs exists") {
        let entry = entry.expect("tests/ui/specs can be listed");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("a spec fixture can be copied");
        }
    }
}
