//! Compile-fail cases of `#[derive(HttpStatus)]`: one file per mistake in `tests/ui-derive/`,
//! each with the compiler's output beside it. Regenerate with `TRYBUILD=overwrite` and read
//! every diff.
//!
//! trybuild compiles the cases in its own crate under `target/tests/trybuild/`, where
//! `CARGO_MANIFEST_DIR` is that crate's folder, not this one: a relative spec path would not
//! resolve, so the cases use only built-in specs.

#[test]
fn derive_mistakes_are_compile_errors() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("../tests/ui-derive/*.rs");
}
