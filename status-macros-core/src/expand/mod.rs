//! Expansion: the checked model becomes the enum, its tables and its `status!` helper.
//!
//! Only what the spec decides is generated here: the variants and their docs
//! (`enum_def`), the conversions between codes and variants (`convert`), the table of what the
//! spec says of each code (`data`) and the helper behind `status!` (`helper`). The methods and
//! trait impls, which are the same for every enum, come from
//! `status_codes::__private::impl_status_enum!`.

mod convert;
mod data;
mod enum_def;
mod helper;

use proc_macro2::TokenStream;
use quote::quote;

use crate::args::Target;
use crate::model::Spec;

/// What the expansion is built from.
pub(crate) struct Input<'a> {
    pub(crate) target: &'a Target,
    pub(crate) spec: &'a Spec,
    /// The path generated code reaches status-codes by: `::status_codes`, or the user's
    /// `crate = "..."`.
    pub(crate) krate: &'a TokenStream,
    /// False when the spec had problems: `status!` then accepts any code quietly, because the
    /// user has been told about the spec and should not also see an error per call site.
    pub(crate) complete: bool,
    /// Where the enum is, to name its exported helper apart from any other's.
    pub(crate) site: &'a str,
}

impl Input<'_> {
    /// The path of status-codes as docs write it in links: `status_codes`.
    fn doc_crate(&self) -> String {
        crate::ident::path_text(self.krate)
            .trim_start_matches("::")
            .to_owned()
    }
}

pub(crate) fn expand(input: &Input<'_>) -> TokenStream {
    let Target { ident, .. } = input.target;
    let krate = input.krate;
    let definition = enum_def::definition(input);
    let conversions = convert::conversions(input);
    let entries = data::entries(input);
    let helper = helper::helper(input);
    // Each spec file is included, so that cargo builds the crate again when one changes.
    let mut tracked = TokenStream::new();
    for source in &input.spec.sources {
        if source.builtin {
            continue;
        }
        let path = format!("/{}", source.spec);
        tracked.extend(quote! {
            const _: &str = ::core::include_str!(
                ::core::concat!(::core::env!("CARGO_MANIFEST_DIR"), #path)
            );
        });
    }
    quote! {
        #definition

        #krate::__private::impl_status_enum!(#ident);

        #[allow(dead_code)]
        impl #ident {
            #conversions
            #entries
        }

        #helper

        #tracked
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expansion_is_plain_core_code() {
        let spec = crate::tests::builtin_spec("iana");
        let target = crate::args::parse_target(quote!(
            pub enum StatusCode {}
        ))
        .expect("an enum");
        let krate = quote!(::status_codes);
        let input = Input {
            target: &target,
            spec: &spec,
            krate: &krate,
            complete: true,
            site: "src/lib.rs:1:1",
        };
        let text = expand(&input).to_string();
        for banned in [
            "unsafe",
            ":: std ::",
            ":: alloc ::",
            "String",
            "Vec <",
            "Box <",
            "format !",
        ] {
            assert!(!text.contains(banned), "expansion contains {banned:?}");
        }
        assert!(text.contains("# [repr (u16)]"));
    }
}
