//! Input parsing: the arguments of `#[status_enum(...)]` and the enum it is attached to.

use proc_macro2::{Span, TokenStream};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Attribute, Data, DeriveInput, Ident, LitStr, Token, Visibility};

/// One spec the enum is generated from, as written in the attribute.
pub(crate) struct SpecArg {
    /// A built-in spec name (`iana`) or a path relative to the calling crate's Cargo.toml.
    pub(crate) value: String,
    pub(crate) span: Span,
}

/// The attribute's arguments.
pub(crate) struct Args {
    pub(crate) specs: Vec<SpecArg>,
    /// Export the `status!` helper macro from the crate root, for use by other crates.
    pub(crate) macro_export: bool,
}

const KEYS: &str = "`spec = \"path.yaml\"`, `spec = [\"iana\", \"path.yaml\"]` and `macro_export`";

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut specs: Option<Vec<SpecArg>> = None;
        let mut macro_export = false;
        while !input.is_empty() {
            let key: Ident = input.call(syn::ext::IdentExt::parse_any)?;
            match key.to_string().as_str() {
                "spec" => {
                    if specs.is_some() {
                        return Err(syn::Error::new(
                            key.span(),
                            "`spec` is given twice; list every spec in one `spec = [...]`",
                        ));
                    }
                    input.parse::<Token![=]>()?;
                    specs = Some(parse_specs(input)?);
                }
                "macro_export" => {
                    if macro_export {
                        return Err(syn::Error::new(
                            key.span(),
                            "`macro_export` is given twice; remove one",
                        ));
                    }
                    macro_export = true;
                }
                other => {
                    return Err(syn::Error::new(
                        key.span(),
                        format!("unknown argument `{other}`; status_enum takes {KEYS}"),
                    ));
                }
            }
            if input.is_empty() {
                break;
            }
            input.parse::<Token![,]>()?;
        }
        let Some(specs) = specs else {
            return Err(syn::Error::new(
                Span::call_site(),
                "status_enum needs a spec: write `#[status_enum(spec = \"spec/codes.yaml\")]`",
            ));
        };
        Ok(Args {
            specs,
            macro_export,
        })
    }
}

fn parse_specs(input: ParseStream<'_>) -> syn::Result<Vec<SpecArg>> {
    let spec = |lit: LitStr| SpecArg {
        value: lit.value(),
        span: lit.span(),
    };
    if input.peek(syn::token::Bracket) {
        let content;
        let brackets = syn::bracketed!(content in input);
        let list = Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?;
        if list.is_empty() {
            return Err(syn::Error::new(
                brackets.span.join(),
                "the spec list is empty; name at least one spec",
            ));
        }
        Ok(list.into_iter().map(spec).collect())
    } else if input.peek(LitStr) {
        Ok(vec![spec(input.parse()?)])
    } else {
        Err(input.error("`spec` takes a string such as \"spec/codes.yaml\" or a list such as [\"iana\", \"spec/codes.yaml\"]"))
    }
}

/// The input of `__doc_table!`: the path of the enum whose variants the table links to,
/// then the same `spec = ...` as the attribute.
pub(crate) struct TableArgs {
    pub(crate) enum_path: syn::Path,
    pub(crate) args: Args,
}

impl Parse for TableArgs {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let enum_path = input.parse()?;
        input.parse::<Token![,]>()?;
        let args = input.parse()?;
        Ok(TableArgs { enum_path, args })
    }
}

/// The enum the attribute fills: everything the user wrote is kept.
pub(crate) struct Target {
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) vis: Visibility,
    pub(crate) ident: Ident,
}

/// Parses the item under the attribute, which must be an empty enum without generics.
pub(crate) fn parse_target(item: TokenStream) -> syn::Result<Target> {
    let input: DeriveInput = syn::parse2(item)?;
    let Data::Enum(data) = &input.data else {
        return Err(syn::Error::new(
            input.ident.span(),
            "status_enum applies to an enum: write `pub enum Name {}`",
        ));
    };
    if let Some(variant) = data.variants.first() {
        return Err(syn::Error::new(
            variant.ident.span(),
            "status_enum fills the enum from the spec; remove the variants and add codes to the spec instead",
        ));
    }
    if let Some(param) = input.generics.params.first() {
        return Err(syn::Error::new_spanned(
            param,
            "a status enum cannot be generic; remove the parameters",
        ));
    }
    Ok(Target {
        attrs: input.attrs,
        vis: input.vis,
        ident: input.ident,
    })
}
