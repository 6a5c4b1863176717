//! The `macro_rules!` helper behind `status!`: one arm per code, so a call site costs one
//! pattern match, and a slow path that explains a code the spec lacks.
//!
//! `status!(path::Enum, 404)` calls `path::Enum!([404] [$crate] path::Enum)`: the helper goes
//! by the enum's name, so wherever the enum can be named, so can its helper. The derive also
//! has it write the `HttpStatus` impl of an error enum (`[impl ...]` in place of the code). The code comes
//! first, so an arm that does not match fails on its first token; `$crate` is status-codes as
//! the calling crate names it, for the slow path. `#[derive(HttpStatus)]` puts the variant it
//! maps in a group before the code, `[["ApiError::Gone"] 404]`, which the arms ignore and the
//! slow path names in its error.
//!
//! A `pub` enum's helper is exported, so that other crates reach it through the enum's path.
//! `#[macro_export]` puts a macro at the crate root, where the helpers of two enums of one name
//! would clash, so the exported name carries a hash of where the enum is; the enum's module
//! re-exports it under the enum's name.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use syn::Ident;

use super::Input;
use crate::args::Target;
use crate::model::{Code, ProblemType};

pub(super) fn helper(input: &Input<'_>) -> TokenStream {
    let Target { vis, ident, .. } = input.target;
    let codes = &input.spec.codes;
    let arms = codes.iter().map(|c| {
        let code = Literal::u16_unsuffixed(c.code);
        let name = format_ident!("{}", c.name);
        quote!(([$([$($subject:tt)*])? #code] [$($krate:tt)*] $($e:tt)*) => { $($e)*::#name };)
    });
    let table = codes.iter().map(|c| {
        let code = Literal::u16_unsuffixed(c.code);
        let name = format_ident!("{}", c.name);
        quote!(#code #name)
    });
    let specs = input.spec.sources.iter().map(|s| s.name());
    let complete = input.complete;
    let problem_arms = input.spec.problems.iter().map(|p| problem_arms(p, codes));
    let problem_names = input.spec.problems.iter().map(|p| &p.name);
    let body = quote! {
        #(#arms)*
        #(#problem_arms)*
        // `HttpStatus` for a derived error enum: made here, so that a path that names no status
        // enum is one error (no such macro), not a cascade of unmet trait bounds.
        ([impl [$($generics:tt)*] [$($error:tt)*] [$($bounds:tt)*] [$($items:tt)*]] [$($krate:tt)*] $($e:tt)*) => {
            #[automatically_derived]
            impl $($generics)* $($krate)*::HttpStatus for $($error)* $($bounds)* {
                type Status = $($e)*;

                #[inline]
                fn status(&self) -> $($e)* {
                    <$($error)*>::status(self)
                }

                $($items)*
            }
        };
        ([$($input:tt)*] [$($krate:tt)*] $($e:tt)*) => {
            $($krate)*::__private::unknown_status! {
                enum [$($e)*]
                specs [#(#specs)*]
                complete #complete
                codes [#(#table)*]
                problems [#(#problem_names)*]
                input [$($input)*]
            }
        };
    };
    if vis.is_public() {
        let exported = format_ident!("__status_codes_{}_{:016x}", ident, fnv1a(input.site));
        quote! {
            #[doc(hidden)]
            #[macro_export]
            macro_rules! #exported { #body }
            #[doc(hidden)]
            #[allow(unused_imports)]
            pub use #exported as #ident;
        }
    } else {
        let local = format_ident!("__status_codes_{}", ident);
        quote! {
            #[doc(hidden)]
            macro_rules! #local { #body }
            #[allow(unused_imports)]
            #vis use #local as #ident;
        }
    }
}

/// The arms of a problem type: its status, for the derive's `status()` (`[problem "name"]`,
/// after the variant's name), and its problem, for `__problem` (`[render "name" ...]`), which
/// `__problem_render!` writes once it has checked the template against the variant's fields.
fn problem_arms(problem: &ProblemType, codes: &[Code]) -> TokenStream {
    let ProblemType {
        name,
        status,
        type_uri,
        titles,
        details,
        place,
        ..
    } = problem;
    // The status is a code of the enum: problems with another were reported and left out.
    let Some(variant) = codes.iter().find(|c| c.code == *status) else {
        return TokenStream::new();
    };
    let variant = format_ident!("{}", variant.name);
    let titles = titles.iter().map(|(lang, text)| quote!([#lang #text]));
    let details = details.iter().map(|(lang, template)| {
        let text = template.text();
        quote!([#lang #text])
    });
    let openapi = openapi_arm(problem, &variant);
    quote! {
        ([$([$($subject:tt)*])? problem #name] [$($krate:tt)*] $($e:tt)*) => { $($e)*::#variant };
        ([render #name $($input:tt)*] [$($krate:tt)*] $($e:tt)*) => {
            $($krate)*::__private::problem_render! {
                krate [$($krate)*]
                status [$($e)*::#variant]
                problem [#name #type_uri #place]
                titles [#(#titles)*]
                details [#(#details)*]
                input [$($input)*]
            }
        };
        #openapi
    }
}

/// The arm of a problem type for the derive's `#[status(openapi)]` (`[openapi "name"]`): its
/// status and its `type`, title and `detail` template in English, as a `VariantDoc` after the
/// variant's name. A problem the specs lack reaches the slow path, which stays quiet: the
/// variant's `status()` arm reports it.
fn openapi_arm(problem: &ProblemType, variant: &Ident) -> TokenStream {
    let ProblemType {
        name,
        type_uri,
        titles,
        details,
        ..
    } = problem;
    // Validation requires an English title; the detail is optional.
    let title = titles
        .iter()
        .find(|(lang, _)| lang == "en")
        .map(|(_, title)| title.as_str())
        .unwrap_or_default();
    let detail = match details.iter().find(|(lang, _)| lang == "en") {
        Some((_, template)) => {
            let text = template.text();
            quote!(::core::option::Option::Some(#text))
        }
        None => quote!(::core::option::Option::None),
    };
    quote! {
        ([openapi #name $variant_name:literal] [$($krate:tt)*] $($e:tt)*) => {
            ::core::option::Option::Some($($krate)*::openapi::VariantDoc::problem(
                $variant_name,
                $($e)*::#variant,
                $($krate)*::openapi::ProblemDoc::new(#type_uri, #title, #detail),
            ))
        };
    }
}

/// The 64-bit FNV-1a hash: short, stable across builds and machines, and enough to keep the
/// helpers of a crate's enums apart.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_fnv1a() {
        assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
