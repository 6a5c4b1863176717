//! The enum itself: a variant per code, each with its rustdoc card and search aliases, and
//! `Unknown` for every other `u16`.

use crate::item::Attr;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::Input;
use crate::args::Target;
use crate::docs;

/// The traits the template implements itself (they follow the numeric code), so a user's
/// `#[derive]` of them is dropped rather than conflicting.
const IMPLEMENTED: &[&str] = &[
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    "Debug",
];

/// The enum, `#[repr(u16)]` with each code its own discriminant.
pub(super) fn definition(input: &Input<'_>) -> TokenStream {
    let Target { attrs, vis, ident } = input.target;
    let krate_path = input.krate;
    let attrs = user_attrs(attrs);
    let krate = input.doc_crate();
    let variants = input.spec.codes.iter().map(|c| {
        let name = format_ident!("{}", c.name);
        let code = Literal::u16_unsuffixed(c.code);
        let docs = docs::variant(c, input.spec, &krate);
        let aliases = docs::aliases(c);
        quote!(#(#[doc = #docs])* #(#[doc(alias = #aliases)])* #name = #code,)
    });
    let unknown_doc = format!(
        " A code that the spec does not define, kept with its number.\n\n \
         [`{ident}::from`] puts a code here only when no other variant has it, so \
         `{ident}::from(n)` never returns `Unknown` for a code listed in the spec."
    );
    let problems = docs::problems(input.spec).unwrap_or_default();
    quote! {
        #(#attrs)*
        #(#[doc = #problems])*
        #[repr(u16)]
        #vis enum #ident {
            #(#variants)*
            #[doc = #unknown_doc]
            Unknown(#krate_path::UnknownCode<#ident>) = 0,
        }
    }
}

/// The user's attributes, without derives of the traits the expansion implements itself.
fn user_attrs(attrs: &[Attr]) -> Vec<TokenStream> {
    let mut kept_attrs = Vec::with_capacity(attrs.len());
    for attr in attrs {
        if !attr.is("derive") {
            kept_attrs.push(quote!(#attr));
            continue;
        }
        let Some(paths) = attr.list() else {
            continue;
        };
        let mut kept = Vec::new();
        for path in crate::item::split(paths) {
            // The path's last word names the trait: `Clone`, `core::clone::Clone`.
            let path: Vec<_> = crate::item::flat(path).into_iter().collect();
            let implemented = path.iter().rev().find_map(|token| match token {
                proc_macro2::TokenTree::Ident(word) => {
                    Some(IMPLEMENTED.contains(&word.to_string().as_str()))
                }
                _ => None,
            });
            if implemented != Some(true) {
                kept.push(path.into_iter().collect::<TokenStream>());
            }
        }
        if !kept.is_empty() {
            kept_attrs.push(quote!(#[derive(#(#kept),*)]));
        }
    }
    kept_attrs
}
