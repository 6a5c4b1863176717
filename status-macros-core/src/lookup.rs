//! The slow path of `status!`: a code that no arm of the generated helper matched.
//!
//! The helper macro matches plain literals of known codes itself, so this runs only for a
//! code the spec lacks (to explain it) or for a literal written another way (`0x194`, `404u16`).

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::parse::{Parse, ParseBuffer, ParseStream};
use syn::{Ident, LitBool, LitInt, LitStr};

/// What the generated helper passes on.
struct Request {
    enum_path: TokenStream,
    specs: Vec<String>,
    complete: bool,
    codes: Vec<(u16, Ident)>,
    problems: Vec<String>,
    input: TokenStream,
}

/// The contents of `word [...]`.
fn bracketed_after<'a>(input: ParseStream<'a>, word: &str) -> syn::Result<ParseBuffer<'a>> {
    let key: Ident = input.call(syn::ext::IdentExt::parse_any)?;
    if key != word {
        return Err(syn::Error::new(key.span(), format!("expected `{word}`")));
    }
    let content;
    syn::bracketed!(content in input);
    Ok(content)
}

impl Parse for Request {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let enum_path = bracketed_after(input, "enum")?.parse()?;
        let list = bracketed_after(input, "specs")?;
        let mut specs = Vec::new();
        while !list.is_empty() {
            specs.push(list.parse::<LitStr>()?.value());
        }
        let key: Ident = input.parse()?;
        if key != "complete" {
            return Err(syn::Error::new(key.span(), "expected `complete`"));
        }
        let complete = input.parse::<LitBool>()?.value;
        let list = bracketed_after(input, "codes")?;
        let mut codes = Vec::new();
        while !list.is_empty() {
            let code: LitInt = list.parse()?;
            codes.push((code.base10_parse()?, list.parse()?));
        }
        let list = bracketed_after(input, "problems")?;
        let mut problems = Vec::new();
        while !list.is_empty() {
            problems.push(list.parse::<LitStr>()?.value());
        }
        let input = bracketed_after(input, "input")?.parse()?;
        Ok(Request {
            enum_path,
            specs,
            complete,
            codes,
            problems,
            input,
        })
    }
}

pub(crate) fn unknown_status(tokens: TokenStream) -> TokenStream {
    let request: Request = match syn::parse2(tokens) {
        Ok(request) => request,
        Err(err) => return err.to_compile_error(),
    };
    let Request {
        enum_path,
        specs,
        complete,
        codes,
        problems,
        input,
    } = request;
    // A derive's problem that the specs lack: its `status()` arm reports it, and its
    // `__problem` arm stays quiet, so that one mistake is one error.
    // The same for its `#[status(openapi)]` entry.
    if first_word(&input).is_some_and(|w| w == "render" || w == "openapi") {
        return quote!(::core::option::Option::None);
    }
    // `#[derive(HttpStatus)]` names the variant the code is for, in a group before it.
    let (subject, input) = match split_subject(input.clone()) {
        Some((subject, rest)) => (Some(subject), rest),
        None => (None, input),
    };
    if first_word(&input).is_some_and(|w| w == "problem") {
        return unknown_problem(input, &enum_path, &specs, &problems, complete, subject);
    }
    let literal = match syn::parse2::<LitInt>(input.clone()) {
        Ok(lit) if lit.suffix().is_empty() || lit.suffix() == "u16" => lit,
        _ => {
            let span = input
                .clone()
                .into_iter()
                .next()
                .map_or_else(Span::call_site, |t| t.span());
            let message = "status! takes one status code literal such as `404`; \
                           for a value known only at run time use `From<u16>`";
            return error_with_value(span, message, &enum_path, 0);
        }
    };
    let Ok(code) = literal.base10_parse::<u16>() else {
        let message = format!(
            "{} is not a status code; codes are numbers from 100 to 999",
            literal.base10_digits()
        );
        return error_with_value(literal.span(), &message, &enum_path, 0);
    };
    if let Some((_, name)) = codes.iter().find(|(c, _)| *c == code) {
        return quote!(#enum_path::#name);
    }
    if !complete {
        // The spec itself failed and has been reported; keep quiet here.
        return quote!(#enum_path::from_u16(#code));
    }
    let nearest = nearest(code, &codes);
    // `status!(404)` names `$crate::StatusCode`; the user knows it as `StatusCode`.
    let name = crate::ident::path_text(&enum_path);
    let name = name.strip_prefix("$crate::").unwrap_or(&name);
    let what = match subject {
        Some(subject) => format!("`{subject}` maps to {code}, which"),
        None => code.to_string(),
    };
    let from = listed(&specs);
    let message = if nearest.is_empty() {
        format!("{what} is not a code of `{name}`, which has none (from {from})")
    } else {
        format!("{what} is not a code of `{name}` (from {from}); nearest: {nearest}")
    };
    error_with_value(literal.span(), &message, &enum_path, code)
}

/// The first token of `input`, if it is a word.
fn first_word(input: &TokenStream) -> Option<Ident> {
    match input.clone().into_iter().next() {
        Some(TokenTree::Ident(word)) => Some(word),
        _ => None,
    }
}

/// `problem "name"` for a problem type the specs lack.
fn unknown_problem(
    input: TokenStream,
    enum_path: &TokenStream,
    specs: &[String],
    problems: &[String],
    complete: bool,
    subject: Option<String>,
) -> TokenStream {
    let mut tokens = input.into_iter().skip(1);
    let literal = match tokens.next() {
        Some(TokenTree::Literal(literal)) => syn::parse2::<LitStr>(literal.into_token_stream()),
        _ => Err(syn::Error::new(Span::call_site(), "")),
    };
    let Ok(literal) = literal else {
        let message = "`problem` takes the name of a problem type of the spec, such as `problem = \"out-of-stock\"`";
        return error_with_value(Span::call_site(), message, enum_path, 500);
    };
    if !complete {
        return quote!(#enum_path::from_u16(500));
    }
    let name = crate::ident::path_text(enum_path);
    let name = name.strip_prefix("$crate::").unwrap_or(&name);
    let what = match subject {
        Some(subject) => format!("`{subject}` uses problem {:?}, which", literal.value()),
        None => format!("problem {:?}", literal.value()),
    };
    let from = listed(specs);
    let known: Vec<String> = problems.iter().map(|p| format!("`{p}`")).collect();
    let names: Vec<&str> = problems.iter().map(String::as_str).collect();
    let message = match crate::ident::closest(&literal.value(), &names) {
        _ if problems.is_empty() => format!(
            "{what} is not a problem type of `{name}` (from {from}), whose specs have no `problems:` section; add it to a spec"
        ),
        Some(guess) => format!(
            "{what} is not a problem type of `{name}` (from {from}); did you mean `{guess}`?"
        ),
        None => format!(
            "{what} is not a problem type of `{name}` (from {from}); its problem types: {}",
            listed(&known)
        ),
    };
    error_with_value(literal.span(), &message, enum_path, 500)
}

/// `a`, `a and b`, `a, b and c`.
fn listed(items: &[String]) -> String {
    match items {
        [] => "no spec".to_owned(),
        [one] => one.clone(),
        [first, middle @ .., last] => {
            let mut list = first.clone();
            for item in middle {
                list.push_str(", ");
                list.push_str(item);
            }
            format!("{list} and {last}")
        }
    }
}

/// Splits `["ApiError::Gone"] 404` into the subject and the code.
fn split_subject(input: TokenStream) -> Option<(String, TokenStream)> {
    let mut tokens = input.into_iter();
    let Some(TokenTree::Group(group)) = tokens.next() else {
        return None;
    };
    if group.delimiter() != Delimiter::Bracket {
        return None;
    }
    let subject = syn::parse2::<LitStr>(group.stream()).ok()?.value();
    Some((subject, tokens.collect()))
}

/// The two codes closest to `code`, the closer first; of two as close, the higher.
fn nearest(code: u16, codes: &[(u16, Ident)]) -> String {
    let rank = |c: u16| (c.abs_diff(code), std::cmp::Reverse(c));
    let mut first: Option<u16> = None;
    let mut second: Option<u16> = None;
    for &(c, _) in codes {
        if first.is_none_or(|f| rank(c) < rank(f)) {
            second = first;
            first = Some(c);
        } else if second.is_none_or(|s| rank(c) < rank(s)) {
            second = Some(c);
        }
    }
    match (first, second) {
        (Some(first), Some(second)) => format!("{first}, {second}"),
        (Some(first), None) => first.to_string(),
        _ => String::new(),
    }
}

/// The error, plus a value of the right type so that the surrounding code still type-checks.
fn error_with_value(span: Span, message: &str, enum_path: &TokenStream, code: u16) -> TokenStream {
    let error = syn::Error::new(span, message).to_compile_error();
    quote!({ #error #enum_path::from_u16(#code) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(list: &[u16]) -> Vec<(u16, Ident)> {
        list.iter()
            .map(|&c| (c, Ident::new(&format!("C{c}"), Span::call_site())))
            .collect()
    }

    #[test]
    fn spec_lists_read_as_english() {
        let names =
            |list: &[&str]| -> Vec<String> { list.iter().map(|s| (*s).to_owned()).collect() };
        assert_eq!(listed(&names(&[])), "no spec");
        assert_eq!(listed(&names(&["a"])), "a");
        assert_eq!(listed(&names(&["a", "b"])), "a and b");
        assert_eq!(listed(&names(&["a", "b", "c"])), "a, b and c");
    }

    #[test]
    fn nearest_codes_come_closest_first() {
        assert_eq!(nearest(999, &codes(&[200, 404, 510, 511])), "511, 510");
        assert_eq!(nearest(405, &codes(&[404, 406, 500])), "406, 404");
        assert_eq!(nearest(1, &codes(&[])), "");
    }

    #[test]
    fn known_codes_written_another_way_resolve() {
        let out = unknown_status(
            quote!(enum [E] specs ["s.yaml"] complete true codes [404 NotFound] problems [] input [0x194]),
        );
        assert_eq!(out.to_string(), quote!(E::NotFound).to_string());
    }

    #[test]
    fn a_derive_subject_is_named_in_the_error() {
        let out = unknown_status(
            quote!(enum [E] specs ["iana" "cloudflare"] complete true codes [510 A 511 B] problems [] input [["ApiError::Gone"] 999]),
        );
        let text = out.to_string();
        assert!(
            text.contains(
                "`ApiError::Gone` maps to 999, which is not a code of `E` (from iana and cloudflare); nearest: 511, 510"
            ),
            "{text}"
        );
        let out = unknown_status(
            quote!(enum [E] specs ["s.yaml"] complete true codes [404 NotFound] problems [] input [["X::Y"] 0x194]),
        );
        assert_eq!(out.to_string(), quote!(E::NotFound).to_string());
    }

    #[test]
    fn unknown_codes_name_the_spec_and_the_nearest() {
        let out = unknown_status(
            quote!(enum [E] specs ["spec/http.yaml"] complete true codes [510 A 511 B] problems [] input [999]),
        );
        let text = out.to_string();
        assert!(
            text.contains("999 is not a code of `E` (from spec/http.yaml); nearest: 511, 510"),
            "{text}"
        );
    }
}
