//! `#[derive(HttpStatus)]`: errors map to codes of `StatusCode` or of a service's own enum,
//! under strict lints and with a `core` module in scope that would capture a relative path.
#![deny(warnings, missing_docs)]

mod core {}

use status_codes::{HttpStatus, StatusCode, status};

/// The errors of an example API.
#[derive(Debug, HttpStatus)]
pub enum ApiError {
    /// No user has the id.
    #[status(404)]
    UserNotFound {
        /// The id asked for.
        id: u64,
    },
    /// The change conflicts with the current state.
    #[status(409)]
    Conflict(String),
    /// Down for maintenance.
    #[status(503)]
    Maintenance,
    /// Written another way, still checked.
    #[status(0x19A)]
    Gone,
}

mod codes {
    /// A service's own codes: IANA plus Cloudflare's, so 522 is a known code here.
    #[status_codes::status_enum(spec = ["iana", "cloudflare"])]
    pub enum EdgeStatus {}
}

/// Errors of a proxy, mapped to the service's own enum.
#[derive(Debug, HttpStatus)]
#[status(enum = codes::EdgeStatus)]
pub enum ProxyError {
    /// The origin did not accept the connection in time.
    #[status(522)]
    OriginTimeout,
    /// The origin answered with garbage.
    #[status(520)]
    BadOrigin(&'static str),
    /// The client asked for nothing we know.
    #[status(404u16)]
    NoRoute,
}

/// A generic error, with a bound, mapped through a path starting at `crate`.
#[derive(Debug, HttpStatus)]
#[status(enum = crate::codes::EdgeStatus)]
pub enum Wrapped<E: ::core::fmt::Debug> {
    /// The inner error.
    #[status(502)]
    Upstream(E),
}

/// Generics of every kind: a lifetime, a bound with `->` and commas, defaults, a where
/// clause, and field types with commas inside angle brackets.
#[derive(HttpStatus)]
pub enum Borrowed<'a, F: Fn(u8, u16) -> u8 = fn(u8, u16) -> u8, const N: usize = 2>
where
    F: Copy,
{
    /// A bad request.
    #[status(400)]
    Bad {
        /// Pairs.
        pairs: ::std::collections::HashMap<&'a str, [u8; N]>,
        /// The function.
        f: F,
    },
    /// Not there.
    #[status(404)]
    Missing(&'a str, Option<Result<u8, u16>>),
}

/// What the derive reads by hand and rustc allows: `?Sized`, a higher-ranked bound with `->`
/// and `>>`, raw names, a variant left out by `cfg`, discriminants with `<<` and `>`.
#[derive(HttpStatus)]
#[repr(u8)]
pub enum Tricky<'a, 'b: 'a, T: ?Sized + 'a, F>
where
    F: for<'x> Fn(&'x str) -> Option<Vec<Vec<u8>>>,
{
    /** Left out. */
    #[cfg(any())]
    #[status(500)]
    Hidden,
    /** A bad request. */
    #[status(400)]
    r#Bad {
        /// A raw name.
        r#type: &'a T,
        /// The function.
        f: F,
    } = 3,
    /// Not there.
    #[status(404)]
    Missing(&'b u8, #[allow(unused)] u16) = 1 << 2,
    /// Gone.
    #[status(410)]
    Gone = { 2 > 1 } as u8 + 7,
}

/// No errors at all.
#[derive(HttpStatus)]
pub enum Never {}

/// A `const fn` with two type parameters, and a trait with two, for discriminants with
/// commas inside their generic arguments.
pub const fn pick<A, B>() -> u8 {
    1
}

/// A trait with a constant.
pub trait Pair<A, B> {
    /// The constant.
    const V: u8;
}

impl Pair<u8, u16> for u8 {
    const V: u8 = 9;
}

/// Declares an error enum the way a crate's own `macro_rules!` would: its attributes as
/// `meta` fragments, its visibility as `vis`, its lifetime as `lifetime`, and a bound as a
/// `path`; `macro_rules!` hands each on in an invisible group.
macro_rules! declare_errors {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident<$life:lifetime, $param:ident: $bound:path> {
            $(#[$variant_meta:meta])* $variant:ident(&$field_life:lifetime $field:ty),
            $(#[$other_meta:meta])* $other:ident = $value:expr,
        }
    ) => {
        $(#[$meta])*
        $vis enum $name<$life, $param: $bound> {
            $(#[$variant_meta])* $variant(&$field_life $field),
            $(#[$other_meta])* $other = $value,
        }
    };
}

declare_errors! {
    /// Errors declared through `declare_errors!`.
    #[derive(Debug, HttpStatus)]
    #[repr(u8)]
    pub enum Declared<'a, T: ::core::fmt::Debug> {
        /// Not there.
        #[status(404)]
        Missing(&'a T),
        /// Busy.
        #[status(503)]
        Busy = 7,
    }
}

/// A type with a parameter, for a cast to a generic type.
pub type Same<T> = <T as Identity>::Is;

/// A type that names itself.
pub trait Identity {
    /// The type.
    type Is;
}

impl Identity for u8 {
    type Is = u8;
}

/// Discriminants with commas inside generic arguments.
#[derive(HttpStatus)]
#[repr(u8)]
pub enum Computed {
    /// A turbofish.
    #[status(400)]
    Picked = pick::<u8, u16>(),
    /// A qualified path.
    #[status(404)]
    Qualified = <u8 as Pair<u8, u16>>::V,
    /// A shift after a qualified path.
    #[status(410)]
    Doubled = <u8 as Pair<u8, u16>>::V << 1,
    /// A shift after an `if` whose condition is a cast (the only cast to `bool` is from
    /// `bool`).
    #[status(401)]
    #[allow(clippy::unnecessary_cast)]
    Branched = if true as bool { 1 } else { 2 } << 5,
    /// A shift after a cast to a generic type.
    #[status(403)]
    Cast = 3 as Same<u8> << 2,
    /// A shift, then a comparison.
    #[status(409)]
    Shifted = (1 << 4) + (2 > 1) as u8,
}

/// Declares a status enum from inside a `macro_rules!`, with its visibility and a derive as
/// fragments.
macro_rules! declare_codes {
    ($(#[$meta:meta])* $vis:vis $name:ident) => {
        #[status_codes::status_enum(spec = "iana")]
        $(#[$meta])*
        $vis enum $name {}
    };
}

mod declared {
    declare_codes!(
        /// Codes declared through `declare_codes!`; `Clone` and `Copy` come with every status
        /// enum, so the derive is dropped.
        #[derive(Clone, Copy)]
        pub Codes
    );
}

const MAINTENANCE: StatusCode = ApiError::Maintenance.status();

#[test]
fn variants_map_to_their_codes() {
    assert_eq!(
        ApiError::UserNotFound { id: 7 }.status(),
        StatusCode::NotFound
    );
    assert_eq!(ApiError::Conflict("taken".into()).status(), status!(409));
    assert_eq!(MAINTENANCE, StatusCode::ServiceUnavailable);
    assert_eq!(ApiError::Gone.status(), StatusCode::Gone);
    let error = ApiError::UserNotFound { id: 1 };
    assert_eq!(StatusCode::from(&error), StatusCode::NotFound);
    let code: StatusCode = (&error).into();
    assert_eq!(code.to_string(), "404 Not Found");
}

#[test]
fn generic_enums_keep_their_parameters() {
    fn add(a: u8, b: u16) -> u8 {
        a.wrapping_add(b as u8)
    }
    let bad: Borrowed<'_> = Borrowed::Bad {
        pairs: ::std::collections::HashMap::from([("a", [1, 2])]),
        f: add,
    };
    assert_eq!(bad.status(), StatusCode::BadRequest);
    let missing: Borrowed<'_, fn(u8, u16) -> u8, 3> = Borrowed::Missing("x", None);
    assert_eq!(StatusCode::from(&missing), StatusCode::NotFound);
    if let Borrowed::Bad { pairs, f } = &bad {
        assert_eq!((pairs.len(), f(1, 2)), (1, 3));
    }
}

#[test]
fn items_with_every_kind_of_token_are_read() {
    type Split = fn(&str) -> Option<Vec<Vec<u8>>>;
    let bad: Tricky<'_, '_, str, Split> = Tricky::r#Bad {
        r#type: "x",
        f: |_| None,
    };
    assert_eq!(bad.status(), StatusCode::BadRequest);
    let missing: Tricky<'_, '_, str, Split> = Tricky::Missing(&1, 2);
    assert_eq!(StatusCode::from(&missing), StatusCode::NotFound);
    if let Tricky::r#Bad { r#type, f } = &bad {
        assert_eq!((*r#type, f("y")), ("x", None));
    }
}

#[test]
fn own_enums_know_their_own_codes() {
    use codes::EdgeStatus;
    assert_eq!(
        ProxyError::OriginTimeout.status(),
        EdgeStatus::ConnectionTimedOut
    );
    assert_eq!(
        ProxyError::BadOrigin("x").status().to_string(),
        "520 Web Server Returns an Unknown Error"
    );
    assert_eq!(ProxyError::NoRoute.status(), EdgeStatus::NotFound);
    assert_eq!(EdgeStatus::from(&ProxyError::OriginTimeout).as_u16(), 522);
    let wrapped: Wrapped<ProxyError> = Wrapped::Upstream(ProxyError::NoRoute);
    assert_eq!(wrapped.status(), EdgeStatus::BadGateway);
    assert_eq!(EdgeStatus::from(&wrapped), EdgeStatus::BadGateway);
}

#[test]
fn items_from_macro_rules_and_computed_discriminants_are_read() {
    assert_eq!(Declared::Missing(&1).status(), StatusCode::NotFound);
    assert_eq!(
        Declared::<u8>::Busy.status(),
        StatusCode::ServiceUnavailable
    );
    assert_eq!(Computed::Picked.status(), StatusCode::BadRequest);
    assert_eq!(Computed::Qualified as u8, 9);
    assert_eq!(Computed::Shifted.status(), StatusCode::Conflict);
    assert_eq!(
        (Computed::Doubled as u8, Computed::Doubled.status()),
        (18, StatusCode::Gone)
    );
    assert_eq!(Computed::Branched as u8, 32);
    assert_eq!(
        (Computed::Cast as u8, Computed::Cast.status()),
        (12, StatusCode::Forbidden)
    );
    let code = declared::Codes::from(404);
    let copied = code;
    assert_eq!(code.to_string(), copied.to_string());
    assert_eq!(declared::Codes::NotFound.as_u16(), 404);
}

#[test]
fn an_empty_enum_derives_too() {
    fn status_of(never: &Never) -> StatusCode {
        never.status()
    }
    let _ = status_of;
}
