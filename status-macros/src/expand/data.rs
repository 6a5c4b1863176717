//! What the spec says of each code, as data: `LANGUAGES` and the table `__ENTRIES` that the
//! template's methods read (`reason_phrase`, `description_in`, `headers`, `retry`, ...).

use proc_macro2::TokenStream;
use quote::quote;

use super::Input;
use crate::model::Code;
use crate::vocab::{Content, Registration, Requirement, Retry};

/// `LANGUAGES` and `__ENTRIES`, in the order of `ALL`.
pub(super) fn entries(input: &Input<'_>) -> TokenStream {
    let krate = input.krate;
    let languages = languages(&input.spec.codes);
    let entries = input.spec.codes.iter().map(|code| entry(code, krate));
    quote! {
        /// The languages that descriptions are written in, `"en"` first.
        pub const LANGUAGES: &'static [&'static str] = &[#(#languages),*];

        const __ENTRIES: &'static [#krate::__private::Entry] = &[#(#entries),*];
    }
}

/// One code's entry of the table.
fn entry(code: &Code, krate: &TokenStream) -> TokenStream {
    let name = &code.name;
    let phrase = &code.phrase;
    let display = format!("{} {}", code.code, code.phrase);
    let titles = pairs(&code.titles);
    let descriptions = pairs(&code.descriptions);
    let aliases = &code.aliases;
    let reference = &code.reference;
    let link = option(code.link.as_deref());
    let key = option(code.key.as_deref());
    let problem_type = option(code.problem_type.as_deref());
    let headers = code.headers.iter().map(|(name, level)| {
        let level = requirement(*level);
        quote!(#krate::Header::new(#name, #krate::Requirement::#level))
    });
    let cacheable = code.cacheable;
    let content = match code.content {
        Some(content) => {
            let content = content_variant(content);
            quote!(::core::option::Option::Some(#krate::Content::#content))
        }
        None => quote!(::core::option::Option::None),
    };
    let retry = match code.retry {
        Some(retry) => {
            let retry = retry_variant(retry);
            quote!(::core::option::Option::Some(#krate::Retry::#retry))
        }
        None => quote!(::core::option::Option::None),
    };
    let registration = registration_variant(code.registration());
    quote! {
        #krate::__private::Entry {
            name: #name,
            phrase: #phrase,
            display: #display,
            titles: &[#(#titles),*],
            descriptions: &[#(#descriptions),*],
            aliases: &[#(#aliases),*],
            reference: #reference,
            link: #link,
            key: #key,
            headers: &[#(#headers),*],
            cacheable: #cacheable,
            content: #content,
            retry: #retry,
            registration: #krate::Registration::#registration,
            problem_type: #problem_type,
        }
    }
}

fn pairs(pairs: &[(String, String)]) -> impl Iterator<Item = TokenStream> + '_ {
    pairs.iter().map(|(lang, text)| quote!((#lang, #text)))
}

fn option(text: Option<&str>) -> TokenStream {
    match text {
        Some(text) => quote!(::core::option::Option::Some(#text)),
        None => quote!(::core::option::Option::None),
    }
}

/// Every language of the codes' descriptions and titles, `en` first, the rest sorted.
fn languages(codes: &[Code]) -> Vec<&str> {
    let mut langs: Vec<&str> = Vec::new();
    for code in codes {
        for (lang, _) in code.descriptions.iter().chain(&code.titles) {
            if lang != "en" {
                langs.push(lang);
            }
        }
    }
    // Equal tags are the same text, so the order among them does not matter.
    langs.sort_unstable();
    langs.dedup();
    langs.insert(0, "en");
    langs
}

// The variants of the vocabulary as tokens, matched exhaustively so that a new variant in
// `vocab.rs` cannot be forgotten here.

fn requirement(level: Requirement) -> TokenStream {
    match level {
        Requirement::Must => quote!(Must),
        Requirement::Should => quote!(Should),
        Requirement::May => quote!(May),
    }
}

fn content_variant(content: Content) -> TokenStream {
    match content {
        Content::Allowed => quote!(Allowed),
        Content::Empty => quote!(Empty),
        Content::None => quote!(None),
    }
}

fn retry_variant(retry: Retry) -> TokenStream {
    match retry {
        Retry::NotApplicable => quote!(NotApplicable),
        Retry::Never => quote!(Never),
        Retry::May => quote!(May),
        Retry::After => quote!(After),
    }
}

fn registration_variant(registration: Registration) -> TokenStream {
    match registration {
        Registration::Permanent => quote!(Permanent),
        Registration::Temporary => quote!(Temporary),
        Registration::Reserved => quote!(Reserved),
        Registration::Obsolete => quote!(Obsolete),
        Registration::Deprecated => quote!(Deprecated),
        Registration::Unofficial => quote!(Unofficial),
    }
}
