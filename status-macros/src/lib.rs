//! Procedural macros of [status-codes](https://docs.rs/status-codes): they read YAML specs of
//! HTTP status codes at compile time and generate a typed enum.
//!
//! Use them through the `status-codes` crate, which re-exports them and documents the spec
//! format; this crate has no API of its own.
//!
//! The work is done by `status-macros-core`; this crate holds the macros and the YAML parser
//! (`load/yaml.rs`, the one file that names serde_yaml), which it hands to the core with each
//! call. The core does not depend on serde_yaml, so cargo builds the two at the same time.

#![forbid(unsafe_code)]

use proc_macro::TokenStream;

use load::yaml::YAML;

/// The YAML parser, beside the names it uses from the core's `load` module (`super::Node`,
/// ...): the core's unit tests compile the same file inside that module.
mod load {
    pub(crate) use status_macros_core::load::{
        LoadError, Mark, Node, Pos, Value, Yaml, depth, syntax,
    };

    pub(crate) mod yaml;
}

/// Fills an empty enum with one variant per code of the given spec files.
///
/// See the `status-codes` crate for the generated API and the spec format.
#[proc_macro_attribute]
pub fn status_enum(args: TokenStream, item: TokenStream) -> TokenStream {
    // Where the enum is, so that the helpers of two enums of one name stay apart.
    let at = proc_macro::Span::call_site();
    let site = format!("{}:{}:{}", at.file(), at.line(), at.column());
    status_macros_core::status_enum(YAML, args.into(), item.into(), &site).into()
}

/// Maps an enum of errors to status codes: `#[status(404)]` on each variant gives
/// `fn status(&self)` and `From<&Error>` for the status enum, checked at compile time.
///
/// The status enum is `status_codes::StatusCode` unless the enum says
/// `#[status(enum = crate::AppStatus)]`. See the `status-codes` crate.
#[proc_macro_derive(HttpStatus, attributes(status))]
pub fn derive_http_status(input: TokenStream) -> TokenStream {
    status_macros_core::derive_http_status(YAML, input.into()).into()
}

/// The slow path of `status!`; called by generated code only.
#[doc(hidden)]
#[proc_macro]
pub fn __unknown_status(input: TokenStream) -> TokenStream {
    status_macros_core::unknown_status(input.into()).into()
}

/// The problem of an error variant that uses a problem type of the spec; called by generated
/// code only.
#[doc(hidden)]
#[proc_macro]
pub fn __problem_render(input: TokenStream) -> TokenStream {
    status_macros_core::problem_render(input.into()).into()
}

/// The Markdown table of a spec's codes by class, as a string literal for `#[doc = ...]`:
/// `__doc_table!(StatusCode, spec = "iana")`. Used by the crate docs of `status-codes`, so
/// the table is made from the spec and never written by hand.
#[doc(hidden)]
#[proc_macro]
pub fn __doc_table(input: TokenStream) -> TokenStream {
    status_macros_core::doc_table(YAML, input.into()).into()
}
