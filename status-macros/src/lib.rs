//! Procedural macros of [status-codes](https://docs.rs/status-codes): they read YAML specs of
//! HTTP status codes at compile time and generate a typed enum.
//!
//! Use them through the `status-codes` crate, which re-exports them and documents the spec
//! format; this crate has no API of its own.

mod args;
mod expand;
mod fallback;
mod generate;
mod load;
mod lookup;
mod model;
#[cfg(test)]
mod tests;
mod valid;

use proc_macro::TokenStream;

/// Fills an empty enum with one variant per code of the given spec files.
///
/// See the `status-codes` crate for the generated API and the spec format.
#[proc_macro_attribute]
pub fn status_enum(args: TokenStream, item: TokenStream) -> TokenStream {
    generate::status_enum(args.into(), item.into()).into()
}

/// The slow path of `status!`; called by generated code only.
#[doc(hidden)]
#[proc_macro]
pub fn __unknown_status(input: TokenStream) -> TokenStream {
    lookup::unknown_status(input.into()).into()
}
