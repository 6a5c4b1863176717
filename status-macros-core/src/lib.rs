//! The work behind the macros of [status-codes](https://docs.rs/status-codes): reading the
//! macro input and the YAML specs, checking them, and generating the enum, its docs and its
//! tables.
//!
//! Use the macros through the `status-codes` crate. This crate has no stable API: its public
//! items are the entry points `status-macros` calls and the tree its YAML parser builds. It
//! is a crate of its own so that cargo compiles it at the same time as serde_yaml, which only
//! `status-macros` depends on (in one file, the parser), and a cold build waits less.
//!
//! The pipeline, one stage per module, each pushing its problems into one context (`cx`):
//! `args`/`attr` (the macro's input) → `load` (a spec's YAML into nodes with places) →
//! `valid` (nodes into checked codes) → `expand`/`docs` (codes into tokens and rustdoc).
//! `vocab` is the vocabulary status-codes exports, compiled here from the same file.

#![forbid(unsafe_code)]

mod args;
mod attr;
mod cx;
mod derive;
mod docs;
mod expand;
mod fields;
mod generate;
mod ident;
mod item;
pub mod load;
mod lookup;
mod manifest;
mod model;
mod render;
mod report;
mod sources;
#[cfg(test)]
mod tests;
mod valid;
// The same file as status-codes' `vocab` module, which makes it public; here it is private,
// and not all of it is used.
#[allow(dead_code, unreachable_pub)]
mod vocab;

use proc_macro2::TokenStream;

pub use load::Yaml;

/// `#[status_enum(args)]` on `item`; `site` is where the call is (`file:line:column`), so
/// that the helpers of two enums of one name stay apart.
pub fn status_enum(yaml: Yaml, args: TokenStream, item: TokenStream, site: &str) -> TokenStream {
    generate::status_enum(yaml, args, item, site)
}

/// `#[derive(HttpStatus)]` on `input`.
pub fn derive_http_status(yaml: Yaml, input: TokenStream) -> TokenStream {
    derive::http_status(yaml, input)
}

/// `__unknown_status!`, the slow path of `status!`.
pub fn unknown_status(input: TokenStream) -> TokenStream {
    lookup::unknown_status(input)
}

/// `__problem_render!`, the problem of an error variant that uses a problem type of the spec.
pub fn problem_render(input: TokenStream) -> TokenStream {
    render::problem_render(input)
}

/// `__doc_table!`, the Markdown table of a spec's codes by class, as a string literal.
pub fn doc_table(yaml: Yaml, input: TokenStream) -> TokenStream {
    generate::doc_table(yaml, input)
}
