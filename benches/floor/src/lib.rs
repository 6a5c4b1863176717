//! `#[spec_enum("spec.yaml")] pub enum Status {}`: the least a spec-driven status enum needs.

use proc_macro::TokenStream;
use quote::{format_ident, quote};
use serde_yaml::Value;
use syn::{DeriveInput, LitStr};

#[proc_macro_attribute]
pub fn spec_enum(args: TokenStream, item: TokenStream) -> TokenStream {
    let path: LitStr = syn::parse_macro_input!(args);
    let DeriveInput { vis, ident, .. } = syn::parse_macro_input!(item);
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let file = format!("{dir}/{}", path.value());
    let text = match std::fs::read_to_string(&file) {
        Ok(text) => text,
        Err(err) => return syn::Error::new(path.span(), err).to_compile_error().into(),
    };
    let spec: Value = match serde_yaml::from_str(&text) {
        Ok(spec) => spec,
        Err(err) => return syn::Error::new(path.span(), err).to_compile_error().into(),
    };
    let mut names = Vec::new();
    let mut codes = Vec::new();
    let mut phrases = Vec::new();
    for (code, entry) in spec["codes"].as_mapping().into_iter().flatten() {
        let (Some(code), Some(phrase)) = (code.as_u64(), entry["phrase"].as_str()) else {
            continue;
        };
        let name: String = phrase
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(|word| word[..1].to_ascii_uppercase() + &word[1..].to_ascii_lowercase())
            .collect();
        names.push(format_ident!("{}{}", name, code as u16));
        codes.push(code as u16);
        phrases.push(phrase.to_owned());
    }
    quote! {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u16)]
        #vis enum #ident { #(#names = #codes,)* }

        impl #ident {
            pub const fn from_u16(code: u16) -> Option<Self> {
                match code { #(#codes => Some(Self::#names),)* _ => None }
            }

            pub const fn reason_phrase(self) -> &'static str {
                match self { #(Self::#names => #phrases,)* }
            }
        }

        const _: &str = include_str!(#file);
    }
    .into()
}
