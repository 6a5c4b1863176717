//! Expansion: the checked model becomes the enum, its impls and its `status!` helper.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use syn::{Attribute, Ident, Visibility};

use crate::args::Target;
use crate::docs;
use crate::model::{Code, Keyword, Retry, Spec};

/// What the expansion is built from.
pub(crate) struct Input<'a> {
    pub(crate) target: &'a Target,
    pub(crate) spec: &'a Spec,
    /// Spec files to include so that cargo rebuilds when they change (paths relative to Cargo.toml).
    pub(crate) tracked: &'a [String],
    pub(crate) macro_export: bool,
    /// False when the spec had problems: `status!` then accepts any code quietly, because the
    /// user has been told about the spec and should not also see an error per call site.
    pub(crate) complete: bool,
}

/// The traits that are implemented by hand (they follow the numeric code), so a user's
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

pub(crate) fn expand(input: &Input<'_>) -> TokenStream {
    let Target { attrs, vis, ident } = input.target;
    let codes = &input.spec.codes;
    let krate = quote!(::status_codes);
    let unknown = format_ident!("Unknown{}", ident);
    let attrs = user_attrs(attrs);

    let variants = codes.iter().map(|c| {
        let name = variant(c);
        let code = Literal::u16_unsuffixed(c.code);
        let docs = docs::variant(c, &input.spec.sources)
            .into_iter()
            .map(|line| quote!(#[doc = #line]));
        let aliases = docs::aliases(c)
            .into_iter()
            .map(|a| quote!(#[doc(alias = #a)]));
        quote!(#(#docs)* #(#aliases)* #name = #code,)
    });
    let names: Vec<Ident> = codes.iter().map(variant).collect();
    let numbers: Vec<Literal> = codes
        .iter()
        .map(|c| Literal::u16_unsuffixed(c.code))
        .collect();
    let all = &names;

    let phrase_list = codes.iter().map(|c| &c.phrase);
    let count = codes.len();
    let slot_body = slot_table(codes);
    let from_body = value_table(codes, ident, &unknown);
    let display: Vec<String> = codes
        .iter()
        .map(|c| format!("{} {}", c.code, c.phrase))
        .collect();
    let name_str = strings(codes, |c| Some(c.name.clone()));
    let reference = strings(codes, |c| Some(c.reference.clone()));
    let link = strings(codes, |c| c.link.clone());
    let key = strings(codes, |c| c.key.clone());
    let english = strings(codes, |c| c.description("en").map(str::to_owned));

    let languages = languages(codes);
    let description_arms = translation_arms(codes, &names, |c| &c.descriptions);
    let title_arms = translation_arms(codes, &names, |c| &c.titles);

    let cacheable: Vec<&Ident> = codes
        .iter()
        .zip(&names)
        .filter(|(c, _)| c.cacheable)
        .map(|(_, n)| n)
        .collect();
    // `matches!` needs at least one pattern, and a spec may mark no code cacheable.
    let is_cacheable = if cacheable.is_empty() {
        quote!(false)
    } else {
        quote!(::core::matches!(self, #(Self::#cacheable)|*))
    };
    let registration = codes.iter().map(|c| {
        let r = format_ident!("{}", c.registration.variant());
        quote!(::core::option::Option::Some(#krate::Registration::#r))
    });
    let content = codes.iter().map(|c| {
        let v = format_ident!("{}", c.content.variant());
        quote!(#krate::Content::#v)
    });
    let retry = codes.iter().map(|c| {
        let v = format_ident!("{}", retry_variant(c.retry));
        quote!(#krate::Retry::#v)
    });
    let headers = codes.iter().map(|c| {
        let items = c.headers.iter().map(|(name, level)| {
            let level = format_ident!("{}", level.variant());
            quote!(#krate::Header { name: #name, requirement: #krate::Requirement::#level })
        });
        quote!(&[#(#items),*])
    });
    let aliases = codes.iter().map(|c| {
        let list = &c.aliases;
        quote!(&[#(#list),*])
    });
    let language_list = &languages;

    let enum_doc_unknown = format!(
        " A code that the spec does not define, kept with its number.\n\n \
         [`{ident}::from`] puts a code here only when no other variant has it, so \
         `{ident}::from(n)` never returns `Unknown` for a code listed in the spec."
    );
    let unknown_doc = format!(
        " A status code that [`{ident}`] has no variant for.\n\n \
         Only [`{ident}::from`] makes one, so it never holds a code that the spec defines."
    );

    let helper = helper_macro(input, ident, vis);
    let tracked = input.tracked.iter().map(|path| {
        let path = format!("/{path}");
        quote!(
            const _: &str =
                ::core::include_str!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"), #path));
        )
    });

    quote! {
        #(#attrs)*
        #[repr(u16)]
        #vis enum #ident {
            #(#variants)*
            #[doc = #enum_doc_unknown]
            Unknown(#unknown) = 0,
        }

        #[doc = #unknown_doc]
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #vis struct #unknown(u16);

        impl #unknown {
            /// The numeric code.
            #[inline]
            pub const fn get(self) -> u16 {
                self.0
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for #unknown {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Debug::fmt(&self.0, f)
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #unknown {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Display::fmt(&self.0, f)
            }
        }

        #[allow(dead_code)]
        impl #ident {
            /// Every code the spec defines, in ascending order.
            pub const ALL: &'static [Self] = &[#(Self::#all),*];

            /// The languages that descriptions are written in, `"en"` first.
            pub const LANGUAGES: &'static [&'static str] = &[#(#language_list),*];

            /// The value for a numeric code: its variant, or `Unknown` for a code the spec lacks.
            ///
            /// Every `u16` is accepted and kept: `Self::from_u16(n).as_u16() == n` for all `n`.
            #[inline]
            pub const fn from_u16(code: u16) -> Self {
                #from_body
            }

            /// The position of a code in [`Self::ALL`] plus one, or 0 for a code the spec lacks.
            ///
            /// Two loads from a table indexed by the code: no chain of compares and no indirect
            /// jump, so it costs the same for every code.
            #[inline]
            const fn __slot(code: u16) -> usize {
                #slot_body
            }

            /// The variant of a code the spec defines, or `None`.
            #[inline]
            pub const fn known(code: u16) -> ::core::option::Option<Self> {
                match Self::from_u16(code) {
                    Self::Unknown(_) => ::core::option::Option::None,
                    known => ::core::option::Option::Some(known),
                }
            }

            /// The numeric code.
            #[inline(always)]
            pub const fn as_u16(self) -> u16 {
                // The catch-all first, so that the match below maps each variant to a constant:
                // the compiler turns that into reading the discriminant, and callers such as the
                // class predicates stay a range check instead of a jump table.
                if let Self::Unknown(code) = self {
                    return code.0;
                }
                match self {
                    #(Self::#names => #numbers,)*
                    Self::Unknown(_) => 0,
                }
            }

            /// Whether the spec defines this code (it is not `Unknown`).
            #[inline]
            pub const fn is_known(self) -> bool {
                !::core::matches!(self, Self::Unknown(_))
            }

            /// The reason phrase sent on the wire, such as `"Not Found"`; `None` for a code the spec lacks.
            #[inline]
            pub const fn reason_phrase(self) -> ::core::option::Option<&'static str> {
                match Self::__slot(self.as_u16()) {
                    0 => ::core::option::Option::None,
                    slot => ::core::option::Option::Some(Self::__PHRASES[slot - 1]),
                }
            }

            /// The reason phrases in the order of [`Self::ALL`].
            const __PHRASES: [&'static str; #count] = [#(#phrase_list),*];

            /// The variant's name, such as `"NotFound"`; `None` for a code the spec lacks.
            #[inline]
            pub const fn name(self) -> ::core::option::Option<&'static str> {
                match self { #(Self::#all => #name_str,)* Self::Unknown(_) => ::core::option::Option::None }
            }

            /// The class given by the first digit; `None` outside `100..=599`.
            #[inline]
            pub const fn class(self) -> ::core::option::Option<#krate::StatusClass> {
                #krate::StatusClass::of(self.as_u16())
            }

            /// Whether the code is in `100..=199`.
            #[inline]
            pub const fn is_informational(self) -> bool {
                ::core::matches!(self.as_u16(), 100..=199)
            }

            /// Whether the code is in `200..=299`.
            #[inline]
            pub const fn is_success(self) -> bool {
                ::core::matches!(self.as_u16(), 200..=299)
            }

            /// Whether the code is in `300..=399`.
            #[inline]
            pub const fn is_redirection(self) -> bool {
                ::core::matches!(self.as_u16(), 300..=399)
            }

            /// Whether the code is in `400..=499`.
            #[inline]
            pub const fn is_client_error(self) -> bool {
                ::core::matches!(self.as_u16(), 400..=499)
            }

            /// Whether the code is in `500..=599`.
            #[inline]
            pub const fn is_server_error(self) -> bool {
                ::core::matches!(self.as_u16(), 500..=599)
            }

            /// Whether the code is a client or server error (`400..=599`).
            #[inline]
            pub const fn is_error(self) -> bool {
                ::core::matches!(self.as_u16(), 400..=599)
            }

            /// The English description: what the code means and what to do about it.
            #[inline]
            pub const fn description(self) -> ::core::option::Option<&'static str> {
                match self { #(Self::#all => #english,)* Self::Unknown(_) => ::core::option::Option::None }
            }

            /// The description in a language of [`Self::LANGUAGES`] (`"en"`, `"zh"`, ...).
            pub fn description_in(self, lang: &str) -> ::core::option::Option<&'static str> {
                match lang {
                    "en" => self.description(),
                    _ => match self {
                        #(#description_arms)*
                        _ => ::core::option::Option::None,
                    },
                }
            }

            /// The phrase in a language of [`Self::LANGUAGES`]; in `"en"` this is the reason phrase.
            pub fn title_in(self, lang: &str) -> ::core::option::Option<&'static str> {
                match lang {
                    "en" => self.reason_phrase(),
                    _ => match self {
                        #(#title_arms)*
                        _ => ::core::option::Option::None,
                    },
                }
            }

            /// Older and other names of the code, such as `"Payload Too Large"` for 413.
            #[inline]
            pub const fn aliases(self) -> &'static [&'static str] {
                match self { #(Self::#all => #aliases,)* Self::Unknown(_) => &[] }
            }

            /// Where the code is defined, such as `"RFC 9110, Section 15.5.5"`.
            #[inline]
            pub const fn reference(self) -> ::core::option::Option<&'static str> {
                match self { #(Self::#all => #reference,)* Self::Unknown(_) => ::core::option::Option::None }
            }

            /// A link to the definition, such as the RFC section.
            #[inline]
            pub const fn link(self) -> ::core::option::Option<&'static str> {
                match self { #(Self::#all => #link,)* Self::Unknown(_) => ::core::option::Option::None }
            }

            /// Whether a cache may reuse the response with a heuristic lifetime when it carries no
            /// explicit freshness (RFC 9110 section 15.1, RFC 9111 section 4.2.2).
            #[inline]
            pub const fn is_heuristically_cacheable(self) -> bool {
                #is_cacheable
            }

            /// Whether a response with this code may carry content.
            ///
            /// A code the spec lacks follows its class: none for 1xx, allowed otherwise.
            #[inline]
            pub const fn content(self) -> #krate::Content {
                match self {
                    #(Self::#names => #content,)*
                    Self::Unknown(code) => #krate::Content::of_class(code.0),
                }
            }

            /// The header fields that go with the code, and how strongly.
            #[inline]
            pub const fn headers(self) -> &'static [#krate::Header] {
                match self { #(Self::#names => #headers,)* Self::Unknown(_) => &[] }
            }

            /// Whether a client may send the same request again.
            ///
            /// A code the spec lacks is never retried unchanged if it is an error.
            #[inline]
            pub const fn retry(self) -> #krate::Retry {
                match self {
                    #(Self::#names => #retry,)*
                    Self::Unknown(code) => #krate::Retry::of_class(code.0),
                }
            }

            /// The code's state in its registry; `None` for a code the spec lacks.
            #[inline]
            pub const fn registration(self) -> ::core::option::Option<#krate::Registration> {
                match self { #(Self::#names => #registration,)* Self::Unknown(_) => ::core::option::Option::None }
            }

            /// The machine-readable key the spec gives the code, for API error bodies.
            #[inline]
            pub const fn key(self) -> ::core::option::Option<&'static str> {
                match self { #(Self::#all => #key,)* Self::Unknown(_) => ::core::option::Option::None }
            }
        }

        #[automatically_derived]
        impl ::core::clone::Clone for #ident {
            #[inline]
            fn clone(&self) -> Self {
                *self
            }
        }

        #[automatically_derived]
        impl ::core::marker::Copy for #ident {}

        #[automatically_derived]
        impl ::core::cmp::PartialEq for #ident {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                self.as_u16() == other.as_u16()
            }
        }

        #[automatically_derived]
        impl ::core::cmp::Eq for #ident {}

        #[automatically_derived]
        impl ::core::cmp::PartialEq<u16> for #ident {
            #[inline]
            fn eq(&self, other: &u16) -> bool {
                self.as_u16() == *other
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<#ident> for u16 {
            #[inline]
            fn eq(&self, other: &#ident) -> bool {
                *self == other.as_u16()
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialOrd for #ident {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        #[automatically_derived]
        impl ::core::cmp::Ord for #ident {
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                ::core::cmp::Ord::cmp(&self.as_u16(), &other.as_u16())
            }
        }

        #[automatically_derived]
        impl ::core::hash::Hash for #ident {
            #[inline]
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                ::core::hash::Hash::hash(&self.as_u16(), state)
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self.name() {
                    ::core::option::Option::Some(name) => f.write_str(name),
                    ::core::option::Option::None => ::core::write!(f, "Unknown({})", self.as_u16()),
                }
            }
        }

        /// Writes `404 Not Found`, or only the number (`599`) for a code the spec lacks.
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self { #(Self::#all => f.pad(#display),)* Self::Unknown(code) => ::core::fmt::Display::fmt(&code.0, f) }
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<u16> for #ident {
            #[inline]
            fn from(code: u16) -> Self {
                Self::from_u16(code)
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#ident> for u16 {
            #[inline]
            fn from(status: #ident) -> u16 {
                status.as_u16()
            }
        }

        /// Parses the numeric form, such as `"404"`.
        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #krate::ParseStatusError;

            #[inline]
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                match #krate::__private::parse_code(s) {
                    ::core::result::Result::Ok(code) => ::core::result::Result::Ok(Self::from_u16(code)),
                    ::core::result::Result::Err(err) => ::core::result::Result::Err(err),
                }
            }
        }

        // The impls of status-codes' optional features (`http`, `serde`): these macros
        // expand to the impls or to nothing, as status-codes was built. A `cfg` here would
        // test the user's features instead; see status-codes/src/interop.rs.
        #krate::__private::impl_http!(#ident);
        #krate::__private::impl_serde!(#ident);

        #helper

        #(#tracked)*
    }
}

/// The body of `from_u16`: every code from the lowest to the highest the spec defines has its
/// value in a table, the codes in between as `Unknown`, so a conversion is one load.
fn value_table(codes: &[Code], ident: &Ident, unknown: &Ident) -> TokenStream {
    let (Some(first), Some(last)) = (codes.first(), codes.last()) else {
        return quote!(#ident::Unknown(#unknown(code)));
    };
    let lowest = Literal::u16_unsuffixed(first.code);
    let mut defined = codes.iter().peekable();
    let values: Vec<TokenStream> = (first.code..=last.code)
        .map(|n| match defined.next_if(|c| c.code == n) {
            Some(c) => {
                let name = variant(c);
                quote!(#ident::#name)
            }
            None => {
                let n = Literal::u16_unsuffixed(n);
                quote!(#ident::Unknown(#unknown(#n)))
            }
        })
        .collect();
    let len = values.len();
    // The table is a `const` of the function (a local item cannot name `Self`).
    quote! {
        const VALUES: [#ident; #len] = [#(#values),*];
        let offset = code.wrapping_sub(#lowest) as usize;
        if offset < VALUES.len() {
            VALUES[offset]
        } else {
            #ident::Unknown(#unknown(code))
        }
    }
}

/// The body of `__slot`: a table from `code - lowest` to the position in `ALL`, plus one.
fn slot_table(codes: &[Code]) -> TokenStream {
    let (Some(first), Some(last)) = (codes.first(), codes.last()) else {
        return quote!({
            let _ = code;
            0
        });
    };
    let lowest = Literal::u16_unsuffixed(first.code);
    let mut slots = vec![0usize; usize::from(last.code - first.code) + 1];
    for (i, c) in codes.iter().enumerate() {
        slots[usize::from(c.code - first.code)] = i + 1;
    }
    let len = slots.len();
    // A byte per code while the spec has fewer than 256 codes, two bytes beyond.
    let (ty, slots): (TokenStream, Vec<Literal>) = if codes.len() < 256 {
        (
            quote!(u8),
            slots
                .iter()
                .map(|&s| Literal::u8_unsuffixed(s as u8))
                .collect(),
        )
    } else {
        (
            quote!(u16),
            slots
                .iter()
                .map(|&s| Literal::u16_unsuffixed(s as u16))
                .collect(),
        )
    };
    quote! {
        const SLOTS: [#ty; #len] = [#(#slots),*];
        let offset = code.wrapping_sub(#lowest) as usize;
        if offset < SLOTS.len() { SLOTS[offset] as usize } else { 0 }
    }
}

/// The user's attributes, without derives of the traits the expansion implements itself.
fn user_attrs(attrs: &[Attribute]) -> Vec<TokenStream> {
    attrs
        .iter()
        .filter_map(|attr| {
            if !attr.path().is_ident("derive") {
                return Some(quote!(#attr));
            }
            let paths = attr
                .parse_args_with(
                    syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
                )
                .ok()?;
            let kept: Vec<_> = paths
                .into_iter()
                .filter(|p| {
                    !p.segments
                        .last()
                        .is_some_and(|s| IMPLEMENTED.contains(&s.ident.to_string().as_str()))
                })
                .collect();
            (!kept.is_empty()).then(|| quote!(#[derive(#(#kept),*)]))
        })
        .collect()
}

fn variant(code: &Code) -> Ident {
    format_ident!("{}", code.name)
}

/// `Some("...")`/`None` expressions for each code.
fn strings(codes: &[Code], f: impl Fn(&Code) -> Option<String>) -> Vec<TokenStream> {
    codes
        .iter()
        .map(|c| match f(c) {
            Some(s) => quote!(::core::option::Option::Some(#s)),
            None => quote!(::core::option::Option::None),
        })
        .collect()
}

/// The arms of `description_in`/`title_in` for languages other than `en`: one per code that
/// has any, matching only that code's languages.
///
/// So the code grows with the texts the spec holds. A table of every language for every code
/// would grow with their product: one code with 100,000 language tags would make 90 million
/// arms across 900 codes.
fn translation_arms(
    codes: &[Code],
    names: &[Ident],
    texts: impl Fn(&Code) -> &[(String, String)],
) -> Vec<TokenStream> {
    codes
        .iter()
        .zip(names)
        .filter_map(|(code, name)| {
            let (langs, texts): (Vec<&str>, Vec<&str>) = texts(code)
                .iter()
                .filter(|(lang, _)| lang != "en")
                .map(|(lang, text)| (lang.as_str(), text.as_str()))
                .unzip();
            (!langs.is_empty()).then(|| {
                quote!(Self::#name => match lang {
                    #(#langs => ::core::option::Option::Some(#texts),)*
                    _ => ::core::option::Option::None,
                },)
            })
        })
        .collect()
}

/// Every language of the codes' descriptions and titles, `en` first, the rest sorted.
fn languages(codes: &[Code]) -> Vec<String> {
    let mut langs: Vec<String> = codes
        .iter()
        .flat_map(|c| {
            c.descriptions
                .iter()
                .chain(&c.titles)
                .map(|(l, _)| l.clone())
        })
        .filter(|l| l != "en")
        .collect();
    langs.sort();
    langs.dedup();
    langs.insert(0, "en".to_owned());
    langs
}

fn retry_variant(retry: Retry) -> &'static str {
    match retry {
        Retry::NotApplicable => "NotApplicable",
        other => other.variant(),
    }
}

/// The `macro_rules!` helper behind `status!`: one arm per code, so a call site costs one
/// pattern match, and a slow path that explains a code the spec lacks.
///
/// The call is `Helper!([404] path::To::Enum)`: the code comes first, so an arm that does not
/// match fails on its first token. `#[derive(HttpStatus)]` puts the variant it maps in a group
/// before the code, `Helper!([["ApiError::Gone"] 404] E)`, which the arms ignore and the slow
/// path names in its error.
fn helper_macro(input: &Input<'_>, ident: &Ident, vis: &Visibility) -> TokenStream {
    let macro_name = format_ident!("__status_codes_{}", ident);
    let arms = input.spec.codes.iter().map(|c| {
        let code = Literal::u16_unsuffixed(c.code);
        let name = variant(c);
        quote!(([$([$($subject:tt)*])? #code] $($e:tt)*) => { $($e)*::#name };)
    });
    let table = input.spec.codes.iter().map(|c| {
        let code = Literal::u16_unsuffixed(c.code);
        let name = variant(c);
        quote!(#code #name)
    });
    let specs = &input.spec.sources;
    let complete = input.complete;
    let body = quote! {
        #(#arms)*
        ([$($input:tt)*] $($e:tt)*) => {
            ::status_codes::__private::unknown_status! {
                enum [$($e)*]
                specs [#(#specs)*]
                complete #complete
                codes [#(#table)*]
                input [$($input)*]
            }
        };
    };
    if input.macro_export {
        quote! {
            #[doc(hidden)]
            #[macro_export]
            macro_rules! #macro_name { #body }
        }
    } else {
        let alias_vis = match vis {
            Visibility::Public(_) => quote!(pub(crate)),
            other => quote!(#other),
        };
        quote! {
            #[doc(hidden)]
            macro_rules! #macro_name { #body }
            #[allow(unused_imports)]
            #alias_vis use #macro_name as #ident;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iana() -> Spec {
        crate::generate::builtin_spec("iana")
    }

    #[test]
    fn expansion_is_plain_core_code() {
        let spec = iana();
        let target = crate::args::parse_target(quote!(
            pub enum StatusCode {}
        ))
        .expect("an enum");
        let input = Input {
            target: &target,
            spec: &spec,
            tracked: &[],
            macro_export: false,
            complete: true,
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
