//! `__problem_render!`: the problem of an error variant that uses a problem type of the spec,
//! `#[status(problem = "out-of-stock")]`.
//!
//! The status enum's helper knows the problem type (from the spec) and the derive knows the
//! variant's fields; the helper's `render` arm brings the two together here. Each placeholder
//! of each `detail` template must be a field of the variant, or the build stops with the
//! spec's place and the variant's name. The output is an expression of type
//! `Option<Problem>`: the problem in the language the caller asked for, among the languages
//! that have both a title and a detail, with the detail formatted from the variant's fields.

use proc_macro2::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr};

use crate::model::{Part, Template};

/// What the helper passes on: the problem type from the spec, and the variant from the derive.
struct Request {
    krate: TokenStream,
    status: TokenStream,
    name: String,
    type_uri: String,
    place: String,
    titles: Vec<(String, String)>,
    details: Vec<(String, String)>,
    /// The name in the variant's attribute, which an error points at.
    at: LitStr,
    subject: String,
    lang: Ident,
    /// (field, the variable it is bound to).
    fields: Vec<(String, Ident)>,
}

/// `word [...]`, returning the contents.
fn group<'a>(input: ParseStream<'a>, word: &str) -> syn::Result<syn::parse::ParseBuffer<'a>> {
    let key: Ident = input.call(syn::ext::IdentExt::parse_any)?;
    if key != word {
        return Err(syn::Error::new(key.span(), format!("expected `{word}`")));
    }
    let content;
    syn::bracketed!(content in input);
    Ok(content)
}

/// `[lang text]` pairs.
fn pairs(input: ParseStream<'_>, word: &str) -> syn::Result<Vec<(String, String)>> {
    let list = group(input, word)?;
    let mut pairs = Vec::new();
    while !list.is_empty() {
        let pair;
        syn::bracketed!(pair in list);
        pairs.push((
            pair.parse::<LitStr>()?.value(),
            pair.parse::<LitStr>()?.value(),
        ));
    }
    Ok(pairs)
}

impl Parse for Request {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let krate = group(input, "krate")?.parse()?;
        let status = group(input, "status")?.parse()?;
        let problem = group(input, "problem")?;
        let name = problem.parse::<LitStr>()?.value();
        let type_uri = problem.parse::<LitStr>()?.value();
        let place = problem.parse::<LitStr>()?.value();
        let titles = pairs(input, "titles")?;
        let details = pairs(input, "details")?;
        let variant = group(input, "input")?;
        let at = group(&variant, "at")?.parse()?;
        let subject = group(&variant, "subject")?.parse::<LitStr>()?.value();
        let lang = group(&variant, "lang")?.parse()?;
        let list = group(&variant, "fields")?;
        let mut fields = Vec::new();
        while !list.is_empty() {
            let field;
            syn::bracketed!(field in list);
            fields.push((field.parse::<LitStr>()?.value(), field.parse()?));
        }
        Ok(Request {
            krate,
            status,
            name,
            type_uri,
            place,
            titles,
            details,
            at,
            subject,
            lang,
            fields,
        })
    }
}

pub(crate) fn problem_render(tokens: TokenStream) -> TokenStream {
    let request: Request = match syn::parse2(tokens) {
        Ok(request) => request,
        Err(err) => return err.to_compile_error(),
    };
    let Request {
        krate,
        status,
        name,
        type_uri,
        place,
        titles,
        details,
        at,
        subject,
        lang,
        fields,
    } = request;
    // The languages the problem can be told in: a title, and a detail unless it has none.
    // Titles come `en` first, and English has both: it is the last resort.
    let mut texts = Vec::new();
    for (language, title) in &titles {
        let detail = match details.iter().find(|(l, _)| l == language) {
            Some((_, text)) => {
                let template = Template::parse(text).unwrap_or_else(|_| Template {
                    parts: vec![Part::Text(text.clone())],
                });
                match detail(&template, &fields, &krate) {
                    Ok(detail) => quote!(::core::option::Option::Some(#detail)),
                    Err(field) => {
                        let message = format!(
                            "{place}: the `{language}` detail of problem `{name}` uses `{{{field}}}`, which `{subject}` does not have; add the field to the variant, or change the template"
                        );
                        let error = syn::Error::new(at.span(), message).to_compile_error();
                        return quote!({ #error ::core::option::Option::None });
                    }
                }
            }
            None if details.is_empty() => quote!(::core::option::Option::None),
            None => continue,
        };
        texts.push((language, quote!((#language, #title, #detail))));
    }
    let Some(((_, english), others)) = texts.split_first() else {
        // Validation requires an English title.
        return quote!(::core::option::Option::None);
    };
    let languages = texts.iter().map(|(language, _)| language);
    let others = others
        .iter()
        .map(|(language, text)| quote!(#language => #text,));
    quote! {
        {
            let (lang, title, detail) =
                match #krate::__private::problem_language(#lang, &[#(#languages),*]) {
                    #(#others)*
                    _ => #english,
                };
            ::core::option::Option::Some(
                #krate::__private::problem_of_type(#status, #type_uri, title, lang, detail)
            )
        }
    }
}

/// `format!` of a template with the variant's fields; `Err` names a placeholder that is not
/// one of them.
fn detail(
    template: &Template,
    fields: &[(String, Ident)],
    krate: &TokenStream,
) -> Result<TokenStream, String> {
    let mut format = String::new();
    let mut args = Vec::new();
    for part in &template.parts {
        match part {
            Part::Text(text) => format.push_str(&text.replace('{', "{{").replace('}', "}}")),
            Part::Field(field) => {
                let Some((_, binding)) = fields.iter().find(|(f, _)| f == field) else {
                    return Err(field.clone());
                };
                format.push_str("{}");
                args.push(binding);
            }
        }
    }
    Ok(quote!(#krate::__private::format!(#format #(, #args)*)))
}
