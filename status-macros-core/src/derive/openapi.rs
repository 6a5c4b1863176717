//! `#[status(openapi)]`: utoipa's `IntoResponses` for a derived error enum, one
//! `VariantDoc` per variant, which status-codes turns into the responses at run time.
//!
//! The derive does not know the codes, as for `status()`: a variant with a code gives its
//! status as `Enum::from_u16(code)` (`status()` has checked the code already, so a code the
//! enum lacks is reported once), and a variant with a problem type asks the status enum's
//! helper (`[openapi "name" "Variant"]`), which knows the problem's status, `type`, title and
//! detail template from the spec. status-codes writes the impl, or, without its `utoipa`
//! feature, one error that names it.

use crate::attr::{StatusOf, VariantCode};
use crate::item::{Attr, Item, Variant};
use proc_macro2::TokenStream;
use quote::quote;

/// The call of status-codes' `impl_openapi!` for the enum.
pub(super) fn into_responses(
    input: &Item,
    variants: &[Variant],
    codes: &[Option<VariantCode>],
    krate: &TokenStream,
    target: &TokenStream,
) -> TokenStream {
    let docs = variants.iter().zip(codes).map(|(variant, code)| {
        let Some(code) = code else {
            // Reported already.
            return quote!(::core::option::Option::None,);
        };
        let name = variant.ident.to_string();
        let doc = match &code.of {
            StatusOf::Code(literal) => {
                let expose = match code.expose {
                    Some(expose) => quote!(::core::option::Option::Some(#expose)),
                    None => quote!(::core::option::Option::None),
                };
                quote! {
                    ::core::option::Option::Some(#krate::openapi::VariantDoc::new(
                        #name, <#target>::from_u16(#literal), #expose,
                    ))
                }
            }
            StatusOf::Problem(problem) => {
                quote!(#target!([openapi #problem #name] [#krate] #target))
            }
        };
        match summary(&variant.attrs) {
            Some(summary) => quote! {
                ::core::option::Option::map(#doc, |doc| {
                    #krate::openapi::VariantDoc::with_summary(doc, #summary)
                }),
            },
            None => quote!(#doc,),
        }
    });
    let count = variants.len();
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        #krate::__private::impl_openapi!(
            [#impl_generics] [#ident #ty_generics] [#where_clause] [#target; #count]
            [#(#docs)*]
        );
    }
}

/// The first paragraph of a variant's doc comment, on one line: the summary of its example,
/// as utoipa's own derives take doc comments into the document.
fn summary(attrs: &[Attr]) -> Option<String> {
    let mut lines = Vec::new();
    for attr in attrs.iter().filter(|a| a.is("doc")) {
        let Some(text) = attr.text() else {
            continue;
        };
        let line = text.trim();
        if line.is_empty() {
            if lines.is_empty() {
                continue;
            }
            break;
        }
        lines.push(line.to_owned());
    }
    (!lines.is_empty()).then(|| lines.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_is_the_first_paragraph_of_the_docs() {
        let item: Item = syn::parse_quote! {
            enum Error {
                /// No order has
                /// the number.
                ///
                /// Not this.
                #[status(404)]
                Missing,
                #[status(404)]
                Bare,
            }
        };
        assert_eq!(
            summary(&item.variants[0].attrs).as_deref(),
            Some("No order has the number.")
        );
        assert_eq!(summary(&item.variants[1].attrs), None);
    }
}
