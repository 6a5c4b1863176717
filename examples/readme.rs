//! README.md as doctests: every Rust example in it compiles and runs as shown, with the
//! features it needs (`readme`, on under `cargo test --workspace --all-features`). Paths
//! such as `spec/payments.yaml` are relative to this package, as they are to a user's.
#![cfg_attr(feature = "readme", doc = include_str!("../README.md"))]
#![cfg_attr(
    not(feature = "readme"),
    doc = "README.md's examples, with the `readme` feature."
)]
