//! What is emitted when something failed: the errors, plus a stand-in for the enum so that
//! the rest of the crate still type-checks and the user sees one error, not a cascade.

use proc_macro2::TokenStream;

use crate::args::Target;
use crate::expand::{Input, expand};
use crate::model::Spec;

/// The item as written, for when it could not even be read as an enum.
pub(crate) fn item_with_error(item: TokenStream, err: syn::Error) -> TokenStream {
    let mut tokens = err.to_compile_error();
    tokens.extend(item);
    tokens
}

/// The enum with no named codes (only `Unknown`), for when no spec could be used.
pub(crate) fn empty_enum(target: &Target, err: syn::Error) -> TokenStream {
    let spec = Spec {
        sources: Vec::new(),
        codes: Vec::new(),
    };
    let tokens = expand(&Input {
        target,
        spec: &spec,
        tracked: &[],
        macro_export: false,
        complete: false,
    });
    with_errors(tokens, err)
}

/// The expansion of the codes that were valid, with the errors of the ones that were not.
pub(crate) fn with_errors(mut tokens: TokenStream, err: syn::Error) -> TokenStream {
    tokens.extend(err.to_compile_error());
    tokens
}
