//! The compile errors of a workspace: a code another crate's enum lacks, a built-in spec
//! named by a path, and status-codes renamed (`sc`) without `crate = "sc"` or with a
//! `crate = ...` that is not a path. Regenerate with `TRYBUILD=overwrite` (through `tests/workspace.rs`) and read
//! every diff.

#[test]
fn ui() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
