//! Attributes of `#[derive(HttpStatus)]`: `#[status(enum = path)]` on the enum and
//! `#[status(404)]` on each variant, checked with every mistake collected.

use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, LitInt, Meta, Path, Token, Variant};

use crate::cx::Ctxt;

/// The name of the derive's attribute.
const STATUS: &str = "status";

/// What the attribute on the enum says.
#[derive(Default)]
pub(crate) struct Container {
    /// The status enum the variants map to; `None` for `status_codes::StatusCode`.
    pub(crate) target: Option<Path>,
    /// The path of status-codes, for a renamed dependency (`crate = "sc"`).
    pub(crate) krate: Option<Path>,
    /// Whether to implement axum's `IntoResponse` from the error's problem.
    pub(crate) into_response: bool,
}

const CONTAINER_USAGE: &str = "on the enum, `#[status]` takes the status enum to map to, `#[status(enum = crate::AppStatus)]`, the path of a renamed status-codes, `#[status(crate = \"sc\")]`, and `into_response`";

impl Parse for Container {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.peek(LitInt) {
            return Err(input.error(
                "a status code goes on each variant, not on the enum; \
                 write `#[status(404)]` above the variant",
            ));
        }
        let mut container = Container::default();
        while !input.is_empty() {
            if input.peek(Token![enum]) && container.target.is_none() {
                input.parse::<Token![enum]>()?;
                input.parse::<Token![=]>()?;
                container.target = Some(input.parse()?);
            } else if input.peek(Token![crate]) && container.krate.is_none() {
                input.parse::<Token![crate]>()?;
                input.parse::<Token![=]>()?;
                container.krate = Some(crate::args::crate_path(input)?);
            } else if input.peek(Ident) && input.fork().parse::<Ident>()? == "into_response" {
                input.parse::<Ident>()?;
                container.into_response = true;
            } else {
                return Err(input.error(CONTAINER_USAGE));
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(container)
    }
}

/// Reads `#[status(enum = path, crate = "path")]` from the enum's attributes.
pub(crate) fn container(attrs: &[Attribute], cx: &mut Ctxt) -> Container {
    let mut found = Container::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident(STATUS)) {
        let args = match &attr.meta {
            Meta::List(list) => syn::parse2::<Container>(list.tokens.clone()),
            _ => Err(syn::Error::new_spanned(attr, CONTAINER_USAGE)),
        };
        let args = match args {
            Ok(args) => args,
            Err(err) => {
                cx.syn_error(err);
                continue;
            }
        };
        // `status!` takes the enum's path apart with `macro_rules!`, which cannot take
        // generic arguments.
        if let Some(target) = &args.target
            && target.segments.iter().any(|s| !s.arguments.is_none())
        {
            cx.error_spanned(
                target,
                "a status enum has no generic parameters; remove them from the path",
            );
            continue;
        }
        if (args.target.is_some() && found.target.is_some())
            || (args.krate.is_some() && found.krate.is_some())
        {
            cx.error_spanned(
                attr,
                "the status enum or the crate is given twice; keep one `#[status(...)]` on the enum",
            );
            continue;
        }
        found.target = found.target.or(args.target);
        found.krate = found.krate.or(args.krate);
        found.into_response |= args.into_response;
    }
    found
}

/// A variant's status code, as written in `#[status(404)]`.
pub(crate) struct VariantCode {
    /// The literal, kept with its span so that errors about the code point at it.
    pub(crate) literal: LitInt,
}

/// Reads the one `#[status(code)]` of a variant; `None` (and an error) when it has none,
/// several or a malformed one.
pub(crate) fn variant(enum_name: &Ident, variant: &Variant, cx: &mut Ctxt) -> Option<VariantCode> {
    let name = &variant.ident;
    let attrs: Vec<&Attribute> = variant
        .attrs
        .iter()
        .filter(|a| a.path().is_ident(STATUS))
        .collect();
    let Some((first, rest)) = attrs.split_first() else {
        cx.error(
            name.span(),
            format!(
                "variant `{name}` has no `#[status(...)]`; \
                 add its status code above it, such as `#[status(500)]`"
            ),
        );
        return None;
    };
    let code = code_of(enum_name, name, first);
    // A variant has one status code; a second attribute would be silently ignored.
    for extra in rest {
        let codes = match (&code, code_of(enum_name, name, extra)) {
            (Ok(a), Ok(b)) => format!(
                " ({} and {})",
                a.literal.base10_digits(),
                b.literal.base10_digits()
            ),
            _ => String::new(),
        };
        cx.error_spanned(
            extra,
            format!("variant `{name}` has two `#[status]` attributes{codes}; keep one"),
        );
    }
    match code {
        Ok(code) if rest.is_empty() => Some(code),
        Ok(_) => None,
        Err(err) => {
            cx.syn_error(err);
            None
        }
    }
}

/// The code of one `#[status(...)]` on a variant.
fn code_of(enum_name: &Ident, name: &Ident, attr: &Attribute) -> syn::Result<VariantCode> {
    let usage =
        format!("`#[status]` on variant `{name}` takes one status code, such as `#[status(404)]`");
    let Meta::List(list) = &attr.meta else {
        return Err(syn::Error::new_spanned(attr, usage));
    };
    let tokens = list.tokens.clone();
    if tokens
        .clone()
        .into_iter()
        .next()
        .is_some_and(|t| matches!(&t, proc_macro2::TokenTree::Ident(i) if i == "enum"))
    {
        return Err(syn::Error::new_spanned(
            attr,
            format!(
                "`enum = ...` goes on the enum `{enum_name}`, not on variant `{name}`; \
                 a variant takes its status code, such as `#[status(404)]`"
            ),
        ));
    }
    let Ok(literal) = syn::parse2::<LitInt>(tokens) else {
        return Err(syn::Error::new_spanned(attr, usage));
    };
    if !matches!(literal.suffix(), "" | "u16") {
        return Err(syn::Error::new(
            literal.span(),
            format!(
                "the code of variant `{name}` is a `u16`; remove the `{}` suffix",
                literal.suffix()
            ),
        ));
    }
    let in_range = literal
        .base10_parse::<u16>()
        .is_ok_and(|c| (100..=999).contains(&c));
    if !in_range {
        return Err(syn::Error::new(
            literal.span(),
            format!(
                "variant `{name}` maps to {}, which is not a status code; \
                 codes are numbers from 100 to 999",
                literal.base10_digits()
            ),
        ));
    }
    Ok(VariantCode { literal })
}
