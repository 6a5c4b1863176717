//! Procedural macros of [status-codes](https://docs.rs/status-codes): they read YAML specs of
//! HTTP status codes at compile time and generate a typed enum.
//!
//! Use them through the `status-codes` crate, which re-exports them and documents the spec
//! format; this crate has no API of its own.
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
mod load;
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

use proc_macro::TokenStream;

/// Fills an empty enum with one variant per code of the given spec files.
///
/// See the `status-codes` crate for the generated API and the spec format.
#[proc_macro_attribute]
pub fn status_enum(args: TokenStream, item: TokenStream) -> TokenStream {
    // Where the enum is, so that the helpers of two enums of one name stay apart.
    let at = proc_macro::Span::call_site();
    let site = format!("{}:{}:{}", at.file(), at.line(), at.column());
    generate::status_enum(args.into(), item.into(), &site).into()
}

/// Maps an enum of errors to status codes: `#[status(404)]` on each variant gives
/// `fn status(&self)` and `From<&Error>` for the status enum, checked at compile time.
///
/// The status enum is `status_codes::StatusCode` unless the enum says
/// `#[status(enum = crate::AppStatus)]`. See the `status-codes` crate.
#[proc_macro_derive(HttpStatus, attributes(status))]
pub fn derive_http_status(input: TokenStream) -> TokenStream {
    derive::http_status(input.into()).into()
}

/// The slow path of `status!`; called by generated code only.
#[doc(hidden)]
#[proc_macro]
pub fn __unknown_status(input: TokenStream) -> TokenStream {
    lookup::unknown_status(input.into()).into()
}

/// The problem of an error variant that uses a problem type of the spec; called by generated
/// code only.
#[doc(hidden)]
#[proc_macro]
pub fn __problem_render(input: TokenStream) -> TokenStream {
    render::problem_render(input.into()).into()
}

/// The Markdown table of a spec's codes by class, as a string literal for `#[doc = ...]`:
/// `__doc_table!(StatusCode, spec = "iana")`. Used by the crate docs of `status-codes`, so
/// the table is made from the spec and never written by hand.
#[doc(hidden)]
#[proc_macro]
pub fn __doc_table(input: TokenStream) -> TokenStream {
    generate::doc_table(input.into()).into()
}
