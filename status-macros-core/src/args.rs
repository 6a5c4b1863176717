//! Input parsing: the arguments of `#[status_enum(...)]` and the enum it is attached to.

use proc_macro2::{Span, TokenStream};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Ident, LitStr, Token};

use crate::ident::closest;
use crate::item::{Attr, Item, Path, Vis};

/// One spec the enum is generated from, as written in the attribute.
pub(crate) struct SpecArg {
    /// A built-in spec name (`iana`) or a path relative to the calling crate's Cargo.toml.
    pub(crate) value: String,
    pub(crate) span: Span,
}

/// The attribute's arguments.
pub(crate) struct Args {
    pub(crate) specs: Vec<SpecArg>,
    /// The path of the `status-codes` crate, for a renamed dependency or a re-export
    /// (`crate = "sc"`); `::status_codes` when not given.
    pub(crate) krate: Option<Path>,
    /// A `crate = ...` that is not a path: reported, and the enum still generated, through a
    /// path that does not come from it.
    pub(crate) bad_crate: Option<syn::Error>,
}

const KEYS: &str =
    "`spec = \"path.yaml\"`, `spec = [\"iana\", \"path.yaml\"]` and `crate = \"path\"`";

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut specs: Option<Vec<SpecArg>> = None;
        let mut krate: Option<Path> = None;
        let mut bad_crate: Option<syn::Error> = None;
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
                "crate" => {
                    if krate.is_some() || bad_crate.is_some() {
                        return Err(syn::Error::new(
                            key.span(),
                            "`crate` is given twice; remove one",
                        ));
                    }
                    input.parse::<Token![=]>()?;
                    match crate_value(input)? {
                        Ok(path) => krate = Some(path),
                        Err(err) => bad_crate = Some(err),
                    }
                }
                "macro_export" => {
                    return Err(syn::Error::new(
                        key.span(),
                        "`macro_export` is not needed: a `pub` status enum works with `status!` in \
                         every crate that can name it (`status!(errors::AppStatus, 460)`); remove it",
                    ));
                }
                other => {
                    let hint = closest(other, &["spec", "crate"])
                        .map_or_else(String::new, |k| format!("did you mean `{k}`? "));
                    return Err(syn::Error::new(
                        key.span(),
                        format!("unknown argument `{other}`; {hint}status_enum takes {KEYS}"),
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
            krate,
            bad_crate,
        })
    }
}

/// The value of `crate = "path"`: the path generated code reaches status-codes by. The value
/// is read up to the next `,` whatever it is, so that a mistake in it (`Ok(Err(..))`) leaves
/// the other arguments to read; `Err` only when nothing follows the `=`.
pub(crate) fn crate_value(input: ParseStream<'_>) -> syn::Result<syn::Result<Path>> {
    let usage = "`crate` takes the path of the status-codes crate as a string, such as `crate = \"sc\"` for a renamed dependency";
    if input.is_empty() || input.peek(Token![,]) {
        return Err(syn::Error::new(input.span(), usage));
    }
    let mut value = TokenStream::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        value.extend([input.parse::<proc_macro2::TokenTree>()?]);
    }
    let Ok(lit) = syn::parse2::<LitStr>(value.clone()) else {
        return Ok(Err(syn::Error::new_spanned(value, usage)));
    };
    Ok(lit
        .parse::<Path>()
        .map_err(|_| syn::Error::new(lit.span(), usage)))
}

fn parse_specs(input: ParseStream<'_>) -> syn::Result<Vec<SpecArg>> {
    let spec = |lit: &LitStr| SpecArg {
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
        let mut specs = Vec::with_capacity(list.len());
        for lit in &list {
            specs.push(spec(lit));
        }
        Ok(specs)
    } else if input.peek(LitStr) {
        Ok(vec![spec(&input.parse()?)])
    } else {
        Err(input.error("`spec` takes a string such as \"spec/codes.yaml\" or a list such as [\"iana\", \"spec/codes.yaml\"]"))
    }
}

/// The input of `__doc_table!`: the path of the enum whose variants the table links to,
/// then the same `spec = ...` as the attribute.
pub(crate) struct TableArgs {
    pub(crate) enum_path: Path,
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
    pub(crate) attrs: Vec<Attr>,
    pub(crate) vis: Vis,
    pub(crate) ident: Ident,
}

/// Parses the item under the attribute, which must be an empty enum without generics.
pub(crate) fn parse_target(item: TokenStream) -> syn::Result<Target> {
    let input: Item = syn::parse2(item).map_err(|err| {
        syn::Error::new(
            err.span(),
            "status_enum applies to an empty enum; write `pub enum Name {}` and let the spec fill it",
        )
    })?;
    let not_an_enum = |token: Span, kind: &str| {
        syn::Error::new(
            token,
            format!(
                "status_enum applies to an empty enum, not a {kind}; write `enum {} {{}}`",
                input.ident
            ),
        )
    };
    if input.kind != "enum" {
        return Err(not_an_enum(input.kind.span(), &input.kind.to_string()));
    }
    if let Some(variant) = input.variants.first() {
        return Err(syn::Error::new(
            variant.ident.span(),
            "status_enum fills the enum from the spec; remove the variants and add codes to the spec instead",
        ));
    }
    if let Some(param) = input.generics.first() {
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

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    fn args_error(tokens: TokenStream) -> String {
        match syn::parse2::<Args>(tokens) {
            Ok(_) => panic!("the arguments were accepted"),
            Err(err) => err.to_string(),
        }
    }

    fn target_error(tokens: TokenStream) -> String {
        match parse_target(tokens) {
            Ok(_) => panic!("the item was accepted"),
            Err(err) => err.to_string(),
        }
    }

    #[test]
    fn good_arguments() {
        let args: Args = syn::parse2(quote!(
            spec = ["iana", "spec/a.yaml"],
            crate = "sc::reexport"
        ))
        .unwrap_or_else(|err| panic!("{err}"));
        let specs: Vec<&str> = args.specs.iter().map(|s| s.value.as_str()).collect();
        assert_eq!(specs, ["iana", "spec/a.yaml"]);
        let krate = args.krate.expect("a crate path");
        assert_eq!(quote!(#krate).to_string(), "sc :: reexport");
    }

    #[test]
    fn bad_arguments_say_what_to_write() {
        let keys = "status_enum takes `spec = \"path.yaml\"`, `spec = [\"iana\", \"path.yaml\"]` and `crate = \"path\"`";
        assert_eq!(
            args_error(quote!(spec = "a.yaml", path = "x")),
            format!("unknown argument `path`; {keys}")
        );
        assert_eq!(
            args_error(quote!(sepc = "a.yaml")),
            format!("unknown argument `sepc`; did you mean `spec`? {keys}")
        );
        assert_eq!(
            args_error(quote!()),
            "status_enum needs a spec: write `#[status_enum(spec = \"spec/codes.yaml\")]`"
        );
        assert_eq!(
            args_error(quote!(spec = 5)),
            "`spec` takes a string such as \"spec/codes.yaml\" or a list such as [\"iana\", \"spec/codes.yaml\"]"
        );
        assert_eq!(
            args_error(quote!(spec = [])),
            "the spec list is empty; name at least one spec"
        );
        assert_eq!(
            args_error(quote!(spec = "a.yaml", spec = "b.yaml")),
            "`spec` is given twice; list every spec in one `spec = [...]`"
        );
        assert_eq!(
            args_error(quote!(spec = "a.yaml", macro_export)),
            "`macro_export` is not needed: a `pub` status enum works with `status!` in every crate that can name it (`status!(errors::AppStatus, 460)`); remove it"
        );
    }

    #[test]
    fn a_bad_crate_path_is_reported_and_the_specs_are_kept() {
        let usage = "`crate` takes the path of the status-codes crate as a string, such as `crate = \"sc\"` for a renamed dependency";
        for tokens in [
            quote!(spec = "a.yaml", crate = sc),
            quote!(crate = "facade sc", spec = "a.yaml"),
            quote!(spec = "a.yaml", crate = "not a path"),
        ] {
            let args: Args = syn::parse2(tokens).unwrap_or_else(|err| panic!("{err}"));
            assert_eq!(args.specs.len(), 1);
            assert!(args.krate.is_none());
            let err = args.bad_crate.expect("the mistake is kept");
            assert_eq!(err.to_string(), usage);
        }
        assert_eq!(args_error(quote!(spec = "a.yaml", crate =)), usage);
    }

    #[test]
    fn the_target_is_an_empty_plain_enum() {
        assert_eq!(
            target_error(quote!(
                pub struct Payment {}
            )),
            "status_enum applies to an empty enum, not a struct; write `enum Payment {}`"
        );
        assert_eq!(
            target_error(quote!(
                fn payment() {}
            )),
            "status_enum applies to an empty enum; write `pub enum Name {}` and let the spec fill it"
        );
        assert_eq!(
            target_error(quote!(
                enum Payment {
                    Declined = 460,
                }
            )),
            "status_enum fills the enum from the spec; remove the variants and add codes to the spec instead"
        );
        assert_eq!(
            target_error(quote!(
                enum Payment<T> {}
            )),
            "a status enum cannot be generic; remove the parameters"
        );
    }
}
