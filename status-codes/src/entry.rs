//! What a spec says of one code ([`Entry`], a row of every generated enum's table), and the
//! read API over it, written once.
//!
//! [`accessors!`](crate::__private::accessors) lists every method that reads an entry: its
//! docs, its signature and its body. The list is expanded three times: here as the bodies
//! (`Entry::reason_phrase(entry, code)` and so on), in each generated enum as the inherent
//! methods (`const fn` where Rust allows), and in [`StatusEnum`](crate::StatusEnum) as the
//! trait's provided methods; the last two only forward to the first. A new per-code fact is a
//! field here, a line in the macro's field list (`status-macros-core/src/fields.rs`) and an
//! accessor in the list below.

use crate::{Content, Header, Registration, Retry};

/// What a spec says of one code, for the generated tables. The macro writes one per code from
/// its field list (`status-macros-core/src/fields.rs`), by these names.
#[doc(hidden)]
#[derive(Debug)]
pub struct Entry {
    /// The variant's name.
    pub name: &'static str,
    /// The reason phrase.
    pub phrase: &'static str,
    /// The code and the phrase, as `Display` writes them: `404 Not Found`.
    pub display: &'static str,
    /// Older and other names.
    pub aliases: &'static [&'static str],
    /// The phrase in other languages.
    pub titles: &'static [(&'static str, &'static str)],
    /// The descriptions, `en` first.
    pub descriptions: &'static [(&'static str, &'static str)],
    /// Where the code is defined.
    pub reference: &'static str,
    /// A link to the definition.
    pub link: Option<&'static str>,
    /// The registry state.
    pub registration: Registration,
    /// Whether the response is heuristically cacheable.
    pub cacheable: bool,
    /// Whether the response carries content; `None` where the class decides.
    pub content: Option<Content>,
    /// The header fields that go with the code.
    pub headers: &'static [Header],
    /// Whether to retry; `None` where the class decides.
    pub retry: Option<Retry>,
    /// The machine-readable key.
    pub key: Option<&'static str>,
    /// The URI of the RFC 9457 problem type.
    pub problem_type: Option<&'static str>,
}

/// The text of `lang` in a list of (language, text).
fn text_in(texts: &'static [(&'static str, &'static str)], lang: &str) -> Option<&'static str> {
    texts
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|&(_, text)| text)
}

/// Every method that reads what the spec says of a code, once; see the module docs.
///
/// `accessors!(logic)` writes the bodies as functions of `Entry` (only this crate does),
/// `accessors!(inherent)` the methods of a generated enum, `accessors!(provided)` those of
/// `StatusEnum`. An item reads `[const] fn name(entry, code, args...) -> Type { body }`, where
/// `entry` is the code's `Option<&'static Entry>` and `code` its number; `[]` marks a method
/// that cannot be `const`.
#[doc(hidden)]
#[macro_export]
macro_rules! __status_codes_accessors {
    ($mode:ident) => {
        $crate::__status_codes_accessors! { @$mode
            /// The reason phrase sent on the wire, such as `"Not Found"`; `None` for a code the
            /// spec lacks.
            [const] fn reason_phrase(entry, _code) -> ::core::option::Option<&'static str> {
                match entry {
                    Some(entry) => Some(entry.phrase),
                    None => None,
                }
            }

            /// The variant's name, such as `"NotFound"`; `None` for a code the spec lacks.
            [const] fn name(entry, _code) -> ::core::option::Option<&'static str> {
                match entry {
                    Some(entry) => Some(entry.name),
                    None => None,
                }
            }

            /// The English description: what the code means and what to do about it.
            [const] fn description(entry, _code) -> ::core::option::Option<&'static str> {
                match entry {
                    Some(Entry { descriptions: [(_, english), ..], .. }) => Some(english),
                    _ => None,
                }
            }

            /// The description in a language of [`Self::LANGUAGES`] (`"en"`, `"zh"`, ...).
            [] fn description_in(entry, _code, lang: &str) -> ::core::option::Option<&'static str> {
                text_in(entry?.descriptions, lang)
            }

            /// The phrase in a language of [`Self::LANGUAGES`]; in `"en"` this is the reason
            /// phrase.
            [] fn title_in(entry, code, lang: &str) -> ::core::option::Option<&'static str> {
                match lang {
                    "en" => Entry::reason_phrase(entry, code),
                    _ => text_in(entry?.titles, lang),
                }
            }

            /// Older and other names of the code, such as `"Payload Too Large"` for 413.
            [const] fn aliases(entry, _code) -> &'static [&'static str] {
                match entry {
                    Some(entry) => entry.aliases,
                    None => &[],
                }
            }

            /// Where the code is defined, such as `"RFC 9110, Section 15.5.5"`.
            [const] fn reference(entry, _code) -> ::core::option::Option<&'static str> {
                match entry {
                    Some(entry) => Some(entry.reference),
                    None => None,
                }
            }

            /// A link to the definition, such as the RFC section.
            [const] fn link(entry, _code) -> ::core::option::Option<&'static str> {
                match entry {
                    Some(entry) => entry.link,
                    None => None,
                }
            }

            /// Whether a cache may reuse the response with a heuristic lifetime when it carries
            /// no explicit freshness (RFC 9110 section 15.1, RFC 9111 section 4.2.2).
            [const] fn is_heuristically_cacheable(entry, _code) -> bool {
                match entry {
                    Some(entry) => entry.cacheable,
                    None => false,
                }
            }

            /// Whether a response with this code may carry content.
            ///
            /// Where the spec does not say, the class decides: none for 1xx, allowed otherwise.
            [const] fn content(entry, code) -> $crate::Content {
                match entry {
                    Some(Entry { content: Some(content), .. }) => *content,
                    _ => Content::of_class(code),
                }
            }

            /// The header fields that go with the code, and how strongly.
            [const] fn headers(entry, _code) -> &'static [$crate::Header] {
                match entry {
                    Some(entry) => entry.headers,
                    None => &[],
                }
            }

            /// Whether a client may send the same request again.
            ///
            /// Where the spec does not say, the class decides: an error is never retried
            /// unchanged, and there is nothing to retry below 400.
            [const] fn retry(entry, code) -> $crate::Retry {
                match entry {
                    Some(Entry { retry: Some(retry), .. }) => *retry,
                    _ => Retry::of_class(code),
                }
            }

            /// The code's state in its registry; `None` for a code the spec lacks.
            [const] fn registration(entry, _code) -> ::core::option::Option<$crate::Registration> {
                match entry {
                    Some(entry) => Some(entry.registration),
                    None => None,
                }
            }

            /// The machine-readable key the spec gives the code, for API error bodies.
            [const] fn key(entry, _code) -> ::core::option::Option<&'static str> {
                match entry {
                    Some(entry) => entry.key,
                    None => None,
                }
            }

            /// The URI of the RFC 9457 problem type the spec gives the code; problems of a code
            /// without one have the type `about:blank`.
            [const] fn problem_type(entry, _code) -> ::core::option::Option<&'static str> {
                match entry {
                    Some(entry) => entry.problem_type,
                    None => None,
                }
            }
        }
    };

    (@logic $(
        $(#[$doc:meta])*
        [$($qualifier:tt)?] fn $name:ident($entry:ident, $code:ident $(, $arg:ident: $arg_ty:ty)*)
            -> $ret:ty $body:block
    )*) => {
        impl Entry {
            $(
                #[doc = ::core::concat!(" The body of `", ::core::stringify!($name), "`.")]
                #[inline]
                pub $($qualifier)? fn $name(
                    $entry: ::core::option::Option<&'static Entry>,
                    $code: u16
                    $(, $arg: $arg_ty)*
                ) -> $ret $body
            )*
        }
    };

    (@inherent $(
        $(#[$doc:meta])*
        [$($qualifier:tt)?] fn $name:ident($entry:ident, $code:ident $(, $arg:ident: $arg_ty:ty)*)
            -> $ret:ty $body:block
    )*) => {
        $(
            $(#[$doc])*
            #[inline]
            pub $($qualifier)? fn $name(self $(, $arg: $arg_ty)*) -> $ret {
                $crate::__private::Entry::$name(self.__entry(), self.as_u16() $(, $arg)*)
            }
        )*
    };

    (@provided $(
        $(#[$doc:meta])*
        [$($qualifier:tt)?] fn $name:ident($entry:ident, $code:ident $(, $arg:ident: $arg_ty:ty)*)
            -> $ret:ty $body:block
    )*) => {
        $(
            $(#[$doc])*
            #[inline]
            fn $name(self $(, $arg: $arg_ty)*) -> $ret {
                $crate::__private::Entry::$name(Self::__entry(self), Self::as_u16(self) $(, $arg)*)
            }
        )*
    };
}

crate::__status_codes_accessors!(logic);
