//! Attributes of `#[derive(HttpStatus)]`: `#[status(enum = path)]` on the enum and
//! `#[status(404)]` on each variant, checked with every mistake collected.

use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitInt, LitStr, Token};

use crate::cx::Ctxt;
use crate::item::{Attr, Path, Variant};

/// The name of the derive's attribute.
const STATUS: &str = "status";

/// What the attribute on the enum says.
#[derive(Default)]
pub(crate) struct Container {
    /// The status enum the variants map to; `None` for `status_codes::StatusCode`.
    pub(crate) target: Option<Path>,
    /// The path of status-codes, for a renamed dependency (`crate = "sc"`).
    pub(crate) krate: Option<Path>,
    /// A `crate = ...` that is not a path, reported already.
    pub(crate) bad_crate: bool,
    /// That mistake, from the parse until it is reported.
    bad: Option<syn::Error>,
    /// Whether to implement axum's `IntoResponse` from the error's problem.
    pub(crate) into_response: bool,
    /// Whether to implement utoipa's `IntoResponses` from the variants.
    pub(crate) openapi: bool,
}

const CONTAINER_USAGE: &str = "on the enum, `#[status]` takes the status enum to map to, `#[status(enum = crate::AppStatus)]`, the path of a renamed status-codes, `#[status(crate = \"sc\")]`, `into_response` and `openapi`";

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
            } else if input.peek(Token![crate])
                && container.krate.is_none()
                && container.bad.is_none()
            {
                input.parse::<Token![crate]>()?;
                input.parse::<Token![=]>()?;
                match crate::args::crate_value(input)? {
                    Ok(path) => container.krate = Some(path),
                    Err(err) => container.bad = Some(err),
                }
            } else if input.peek(Ident) && input.fork().parse::<Ident>()? == "into_response" {
                input.parse::<Ident>()?;
                container.into_response = true;
            } else if input.peek(Ident) && input.fork().parse::<Ident>()? == "openapi" {
                input.parse::<Ident>()?;
                container.openapi = true;
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
pub(crate) fn container(attrs: &[Attr], cx: &mut Ctxt) -> Container {
    let mut found = Container::default();
    for attr in attrs.iter().filter(|a| a.is(STATUS)) {
        let args = match attr.list() {
            Some(tokens) => syn::parse2::<Container>(tokens),
            None => Err(syn::Error::new_spanned(attr, CONTAINER_USAGE)),
        };
        let mut args = match args {
            Ok(args) => args,
            Err(err) => {
                cx.syn_error(err);
                continue;
            }
        };
        if let Some(err) = args.bad.take() {
            cx.syn_error(err);
            found.bad_crate = true;
        }
        // `status!` takes the enum's path apart with `macro_rules!`, which cannot take
        // generic arguments.
        if let Some(target) = &args.target
            && target.has_arguments()
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
        found.openapi |= args.openapi;
    }
    found
}

/// A variant's status, as written in `#[status(404)]`, `#[status(500, expose)]` or
/// `#[status(problem = "out-of-stock")]`.
pub(crate) struct VariantCode {
    /// The code, or the problem type, kept with its span so that errors point at it.
    pub(crate) of: StatusOf,
    /// Whether the variant's message goes into its problem's `detail`, where the attribute
    /// says so; the class decides otherwise.
    pub(crate) expose: Option<bool>,
}

/// Where a variant's status comes from.
pub(crate) enum StatusOf {
    Code(LitInt),
    /// A problem type of the status enum's specs, which gives the status.
    Problem(LitStr),
}

/// Reads the one `#[status(code)]` of a variant; `None` (and an error) when it has none,
/// several or a malformed one.
pub(crate) fn variant(enum_name: &Ident, variant: &Variant, cx: &mut Ctxt) -> Option<VariantCode> {
    let name = &variant.ident;
    let attrs: Vec<&Attr> = variant.attrs.iter().filter(|a| a.is(STATUS)).collect();
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
            (
                Ok(VariantCode {
                    of: StatusOf::Code(a),
                    ..
                }),
                Ok(VariantCode {
                    of: StatusOf::Code(b),
                    ..
                }),
            ) => format!(" ({} and {})", a.base10_digits(), b.base10_digits()),
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
fn code_of(enum_name: &Ident, name: &Ident, attr: &Attr) -> syn::Result<VariantCode> {
    let usage = format!(
        "`#[status]` on variant `{name}` takes a status code, such as `#[status(404)]` or \
         `#[status(500, expose)]`, or a problem type of the spec, such as \
         `#[status(problem = \"out-of-stock\")]`"
    );
    let Some(tokens) = attr.list() else {
        return Err(syn::Error::new_spanned(attr, usage));
    };
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
    let Ok(written) = syn::parse2::<Written>(tokens) else {
        return Err(syn::Error::new_spanned(attr, usage));
    };
    let expose = match written.flag {
        None => None,
        Some(flag) => Some(flag_allowed(name, &written.of, &flag)?),
    };
    let literal = match written.of {
        StatusOf::Code(literal) => literal,
        of @ StatusOf::Problem(_) => return Ok(VariantCode { of, expose }),
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
    let code = literal
        .base10_parse::<u16>()
        .ok()
        .filter(|c| (100..=999).contains(c));
    let Some(code) = code else {
        return Err(syn::Error::new(
            literal.span(),
            format!(
                "variant `{name}` maps to {}, which is not a status code; \
                 codes are numbers from 100 to 999",
                literal.base10_digits()
            ),
        ));
    };
    // The class's rule stands unless the flag changes it: a flag that repeats it is a mistake.
    if let Some(expose) = expose {
        let (flag, rule) = if expose {
            ("expose", code < 500)
        } else {
            ("private", code >= 500)
        };
        if rule {
            let already = if expose {
                "the message of a variant below 500 reaches the client already"
            } else {
                "the message of a 5xx variant is kept from the client already"
            };
            return Err(syn::Error::new(
                literal.span(),
                format!("variant `{name}` maps to {code}: {already}; remove `{flag}`"),
            ));
        }
    }
    Ok(VariantCode {
        of: StatusOf::Code(literal),
        expose,
    })
}

/// What a variant's `#[status(...)]` holds: a code or `problem = "name"`, then a flag.
struct Written {
    of: StatusOf,
    flag: Option<Ident>,
}

impl Parse for Written {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let of = if input.peek(LitInt) {
            StatusOf::Code(input.parse()?)
        } else {
            let key: Ident = input.parse()?;
            if key != "problem" {
                return Err(syn::Error::new(key.span(), "expected a code or `problem`"));
            }
            input.parse::<Token![=]>()?;
            StatusOf::Problem(input.parse()?)
        };
        let mut flag = None;
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
            let word: Ident = input.parse()?;
            if word != "expose" && word != "private" {
                return Err(syn::Error::new(
                    word.span(),
                    "expected `expose` or `private`",
                ));
            }
            flag = Some(word);
            if input.peek(Token![,]) {
                input.parse::<Token![,]>()?;
            }
        }
        if !input.is_empty() {
            return Err(input.error("unexpected tokens"));
        }
        Ok(Written { of, flag })
    }
}

/// Whether `flag` exposes the message; a problem variant takes no flag, because its detail
/// is the template of its problem type.
fn flag_allowed(name: &Ident, of: &StatusOf, flag: &Ident) -> syn::Result<bool> {
    if let StatusOf::Problem(problem) = of {
        return Err(syn::Error::new(
            flag.span(),
            format!(
                "variant `{name}` uses problem {:?}, whose `detail` is the template in the spec; remove `{flag}`",
                problem.value()
            ),
        ));
    }
    Ok(flag == "expose")
}
