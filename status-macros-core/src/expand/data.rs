//! What the spec says of each code, as data: `LANGUAGES` and the table `__ENTRIES` that the
//! template's methods read (`reason_phrase`, `description_in`, `headers`, `retry`, ...).

use proc_macro2::TokenStream;
use quote::quote;

use super::Input;
use crate::fields::code_fields;
use crate::model::{Code, HeaderRule};
use crate::vocab::{Condition, Content, Registration, Requirement, Retry};

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

/// Builds `entry` from the field list: one code's row of the table, a field of
/// `status_codes::__private::Entry` for each field of the list, and `display`.
macro_rules! entry_row {
    ($($yaml:literal $field:ident: $ty:ty = $read:path => $kind:ident $(($default:expr))?;)*) => {
        fn entry(code: &Code, krate: &TokenStream) -> TokenStream {
            let display = format!("{} {}", code.code, code.phrase);
            let mut fields = quote!(display: #display,);
            $(
                let value = code.$field.emit(krate);
                fields.extend(quote!($field: #value,));
            )*
            quote!(#krate::__private::Entry { #fields })
        }
    };
}

code_fields!(entry_row);

/// A value of a checked code as the tokens of the runtime `Entry`'s field.
trait Emit {
    fn emit(&self, krate: &TokenStream) -> TokenStream;
}

impl Emit for String {
    fn emit(&self, _: &TokenStream) -> TokenStream {
        quote!(#self)
    }
}

impl Emit for bool {
    fn emit(&self, _: &TokenStream) -> TokenStream {
        quote!(#self)
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, krate: &TokenStream) -> TokenStream {
        match self {
            Some(value) => {
                let value = value.emit(krate);
                quote!(::core::option::Option::Some(#value))
            }
            None => quote!(::core::option::Option::None),
        }
    }
}

/// A list becomes a static slice.
impl<T: Emit> Emit for Vec<T> {
    fn emit(&self, krate: &TokenStream) -> TokenStream {
        let items = self.iter().map(|item| item.emit(krate));
        quote!(&[#(#items),*])
    }
}

/// A text in a language: `("zh", "未找到")`.
impl Emit for (String, String) {
    fn emit(&self, _: &TokenStream) -> TokenStream {
        let (lang, text) = self;
        quote!((#lang, #text))
    }
}

/// A header field, its level and the condition of the level, if any.
impl Emit for HeaderRule {
    fn emit(&self, krate: &TokenStream) -> TokenStream {
        let name = &self.name;
        let level = requirement(self.level);
        let header = quote!(#krate::Header::new(#name, #krate::Requirement::#level));
        match self.condition {
            Some(condition) => {
                let condition = condition_variant(condition);
                quote!(#header.when(#krate::Condition::#condition))
            }
            None => header,
        }
    }
}

impl Emit for Content {
    fn emit(&self, krate: &TokenStream) -> TokenStream {
        let content = content_variant(*self);
        quote!(#krate::Content::#content)
    }
}

impl Emit for Retry {
    fn emit(&self, krate: &TokenStream) -> TokenStream {
        let retry = retry_variant(*self);
        quote!(#krate::Retry::#retry)
    }
}

impl Emit for Registration {
    fn emit(&self, krate: &TokenStream) -> TokenStream {
        let registration = registration_variant(*self);
        quote!(#krate::Registration::#registration)
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

fn condition_variant(condition: Condition) -> TokenStream {
    match condition {
        Condition::SentIn200 => quote!(SentIn200),
        Condition::SinglePart => quote!(SinglePart),
        Condition::Temporary => quote!(Temporary),
        Condition::PreferredChoice => quote!(PreferredChoice),
        Condition::UploadCreation => quote!(UploadCreation),
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
