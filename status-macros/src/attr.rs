//! Attributes of `#[derive(HttpStatus)]`: `#[status(enum = path)]` on the enum and
//! `#[status(404)]` on each variant, checked with every mistake collected.

use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, LitInt, Meta, Path, Token, Variant};

/// The name of the derive's attribute.
const STATUS: &str = "status";

/// The errors of one derive, collected so that the user sees all of them at once; `cx`.
#[derive(Default)]
pub(crate) struct Errors {
    all: Option<syn::Error>,
}

impl Errors {
    pub(crate) fn push(&mut self, err: syn::Error) {
        match &mut self.all {
            Some(all) => all.combine(err),
            None => self.all = Some(err),
        }
    }

    pub(crate) fn finish(self) -> Option<syn::Error> {
        self.all
    }
}

/// What the attribute on the enum says.
pub(crate) struct Container {
    /// The status enum the variants map to; `None` for `status_codes::StatusCode`.
    pub(crate) target: Option<Path>,
}

/// The arguments of `#[status(...)]` on the enum.
struct ContainerArgs {
    target: Path,
}

const CONTAINER_USAGE: &str = "on the enum, `#[status]` takes the status enum to map to: `#[status(enum = crate::AppStatus)]`";

impl Parse for ContainerArgs {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.peek(LitInt) {
            return Err(input.error(
                "a status code goes on each variant, not on the enum; \
                 write `#[status(404)]` above the variant",
            ));
        }
        if !input.peek(Token![enum]) {
            return Err(input.error(CONTAINER_USAGE));
        }
        input.parse::<Token![enum]>()?;
        input.parse::<Token![=]>()?;
        let target: Path = input.parse()?;
        if !input.is_empty() {
            return Err(input.error(format!("unexpected tokens; {CONTAINER_USAGE}")));
        }
        Ok(ContainerArgs { target })
    }
}

/// Reads `#[status(enum = path)]` from the enum's attributes.
pub(crate) fn container(attrs: &[Attribute], cx: &mut Errors) -> Container {
    let mut target: Option<Path> = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident(STATUS)) {
        let args = match &attr.meta {
            Meta::List(list) => syn::parse2::<ContainerArgs>(list.tokens.clone()),
            _ => Err(syn::Error::new_spanned(attr, CONTAINER_USAGE)),
        };
        let args = match args {
            Ok(args) => args,
            Err(err) => {
                cx.push(err);
                continue;
            }
        };
        // `status!` finds the enum's helper macro by the path, so the path must be one that
        // `macro_rules!` can take apart and that names the enum in this crate.
        if let Some(problem) = path_problem(&args.target) {
            cx.push(syn::Error::new_spanned(&args.target, problem));
            continue;
        }
        if target.is_some() {
            cx.push(syn::Error::new_spanned(
                attr,
                "the status enum is given twice; keep one `#[status(enum = ...)]`",
            ));
            continue;
        }
        target = Some(args.target);
    }
    Container { target }
}

/// Why `path` cannot name a status enum for the derive, if it cannot.
fn path_problem(path: &Path) -> Option<&'static str> {
    if path.leading_colon.is_some() {
        return Some(
            "write the status enum's path without a leading `::`, such as `crate::AppStatus`; \
             an enum of another crate works only as `status_codes::StatusCode`, the default",
        );
    }
    if path.segments.iter().any(|s| !s.arguments.is_none()) {
        return Some("a status enum has no generic parameters; remove them from the path");
    }
    None
}

/// A variant's status code, as written in `#[status(404)]`.
pub(crate) struct VariantCode {
    /// The literal, kept with its span so that errors about the code point at it.
    pub(crate) literal: LitInt,
}

/// Reads the one `#[status(code)]` of a variant; `None` (and an error) when it has none,
/// several or a malformed one.
pub(crate) fn variant(
    enum_name: &Ident,
    variant: &Variant,
    cx: &mut Errors,
) -> Option<VariantCode> {
    let name = &variant.ident;
    let attrs: Vec<&Attribute> = variant
        .attrs
        .iter()
        .filter(|a| a.path().is_ident(STATUS))
        .collect();
    let Some((first, rest)) = attrs.split_first() else {
        cx.push(syn::Error::new(
            name.span(),
            format!(
                "variant `{name}` has no `#[status(...)]`; \
                 add its status code above it, such as `#[status(500)]`"
            ),
        ));
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
        cx.push(syn::Error::new_spanned(
            extra,
            format!("variant `{name}` has two `#[status]` attributes{codes}; keep one"),
        ));
    }
    match code {
        Ok(code) if rest.is_empty() => Some(code),
        Ok(_) => None,
        Err(err) => {
            cx.push(err);
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
