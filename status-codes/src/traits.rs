//! The traits of status enums and of the errors mapped to them, for code that works with any
//! of them: middleware, logging, the problem builder.

use core::fmt::{Debug, Display};
use core::hash::Hash;
use core::str::FromStr;

use crate::__private::Entry;
#[cfg(feature = "alloc")]
use crate::Problem;
use crate::{ParseStatusError, StatusClass};

/// What every status enum offers: [`StatusCode`](crate::StatusCode) and each enum made with
/// [`status_enum`](crate::status_enum) implement it. Its methods read the same table as the
/// enum's inherent methods (which are also `const fn`, and need no import).
///
/// ```
/// use status_codes::{StatusCode, StatusEnum};
///
/// /// A log line for any status enum.
/// fn log_line<S: StatusEnum>(status: S) -> String {
///     let retry = if status.retry().is_retryable() { ", retry" } else { "" };
///     format!("{status} ({}){retry}", status.class().map_or("no class".into(), |c| c.to_string()))
/// }
///
/// assert_eq!(log_line(StatusCode::ServiceUnavailable), "503 Service Unavailable (Server Error), retry");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a status enum",
    label = "not made by `#[status_enum]`",
    note = "a status enum is `status_codes::StatusCode` or an empty enum filled by `#[status_codes::status_enum(spec = ...)]`"
)]
pub trait StatusEnum:
    Copy
    + Eq
    + Ord
    + Hash
    + Debug
    + Display
    + From<u16>
    + Into<u16>
    + FromStr<Err = ParseStatusError>
    + Send
    + Sync
    + 'static
{
    /// Every code the spec defines, in ascending order.
    const ALL: &'static [Self];

    /// The languages of the spec's texts, `"en"` first.
    const LANGUAGES: &'static [&'static str];

    /// The value for a numeric code; every `u16` is kept.
    fn from_u16(code: u16) -> Self;

    /// The numeric code.
    fn as_u16(self) -> u16;

    /// Whether the spec defines this code.
    fn is_known(self) -> bool;

    /// What the spec says of the code, which the methods below read; `None` for a code the
    /// spec lacks. Not part of the API: the generated enums implement it.
    #[doc(hidden)]
    fn __entry(self) -> Option<&'static Entry>;

    // The read API, written once in `entry.rs`: each method reads `__entry`, as the inherent
    // methods of a generated enum do.
    crate::__status_codes_accessors!(provided);

    /// The class given by the first digit; `None` outside `100..=599`.
    fn class(self) -> Option<StatusClass> {
        StatusClass::of(self.as_u16())
    }

    /// The RFC 9457 problem of this code alone, with no detail: see [`Problem::new`].
    ///
    /// Needs the feature `alloc`, which the default `std` turns on.
    #[cfg(feature = "alloc")]
    #[cfg_attr(docsrs, doc(cfg(feature = "alloc")))]
    fn problem(self) -> Problem {
        Problem::new(self)
    }

    /// The problem of this code with its title and description in `lang`, or in English
    /// where the spec has no text in `lang`: see [`Problem::new_in`].
    ///
    /// Needs the feature `alloc`, which the default `std` turns on.
    #[cfg(feature = "alloc")]
    #[cfg_attr(docsrs, doc(cfg(feature = "alloc")))]
    fn problem_in(self, lang: &str) -> Problem {
        Problem::new_in(self, lang)
    }

    /// This code as an OpenAPI response with no body: the spec's English description and the
    /// header fields it names for the code; see [`openapi::response`](crate::openapi::response).
    #[cfg(feature = "utoipa")]
    #[cfg_attr(docsrs, doc(cfg(feature = "utoipa")))]
    fn openapi_response(self) -> utoipa::openapi::Response {
        crate::openapi::response(self)
    }
}

/// A value with a status code, such as an error of a service: `#[derive(HttpStatus)]`
/// implements it from `#[status(...)]` on each variant.
///
/// `use status_codes::HttpStatus;` brings the derive and this trait together, as
/// `use serde::Serialize;` does for serde.
///
/// ```
/// use status_codes::{HttpStatus, StatusCode};
///
/// #[derive(Debug, HttpStatus)]
/// enum ApiError {
///     #[status(404)]
///     NoSuchUser { id: u64 },
/// }
///
/// impl core::fmt::Display for ApiError {
///     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
///         match self {
///             ApiError::NoSuchUser { id } => write!(f, "there is no user {id}"),
///         }
///     }
/// }
///
/// impl core::error::Error for ApiError {}
///
/// fn status_of<E: HttpStatus>(error: &E) -> u16 {
///     error.status().into()
/// }
///
/// let error = ApiError::NoSuchUser { id: 7 };
/// assert_eq!(status_of(&error), 404);
/// # #[cfg(feature = "alloc")] {
/// let problem = error.problem();
/// assert_eq!(problem.title(), "Not Found");
/// assert_eq!(problem.detail(), Some("there is no user 7"));
/// # }
/// ```
pub trait HttpStatus {
    /// The status enum the codes belong to.
    type Status: StatusEnum;

    /// The status code of this value.
    fn status(&self) -> Self::Status;

    /// Whether this value's message (`Display`) may reach a client as the `detail` of its
    /// problem: by default for a status below 500, never for a server error, whose message
    /// tends to carry internals (a database's error, a path, a query).
    ///
    /// `#[derive(HttpStatus)]` overrides it per variant: `#[status(500, expose)]` shows a
    /// server error's message, `#[status(404, private)]` hides a client error's.
    fn exposes_detail(&self) -> bool {
        crate::__private::exposed_by_class(self.status())
    }

    /// The problem of a variant that uses a problem type of the spec, in `lang`; the derive
    /// writes it. Not part of the API.
    #[doc(hidden)]
    #[cfg(feature = "alloc")]
    fn __problem(&self, lang: &str) -> Option<Problem> {
        let _ = lang;
        None
    }

    /// The RFC 9457 problem of this value: its code's problem, with this value's message
    /// (`Display`) as the `detail` where [`exposes_detail`](Self::exposes_detail) allows it;
    /// or, for a variant with `#[status(problem = "name")]`, that problem type of the spec:
    /// its `type`, its title, and its `detail` template filled with the variant's fields, all
    /// in one language.
    ///
    /// **Safe by default**: a server error (5xx) has no `detail`, only its code's `title`
    /// (`Internal Server Error`), so that the message of the error it wraps never reaches
    /// a client; `#[status(500, expose)]` on a variant sends it. With the `tracing` feature
    /// the hidden message is logged instead, once, at the error level, when the problem is
    /// made: the `error` (its message), its `source()` chain (`sources`), the `status` and
    /// the spec's `key`.
    ///
    /// The problem is in English, or, while a handler under
    /// `ProblemLayer` (feature `axum`) runs, in the language negotiated for its
    /// request.
    ///
    /// Needs the feature `alloc`, which the default `std` turns on.
    #[cfg(feature = "alloc")]
    #[cfg_attr(docsrs, doc(cfg(feature = "alloc")))]
    fn problem(&self) -> Problem
    where
        Self: core::error::Error,
    {
        self.problem_in(crate::ambient::language())
    }

    /// The problem of this value with its code's title and description in the language
    /// `lang` asks for (a tag, or a whole `Accept-Language` value; see [`Problem::new_in`]),
    /// and this value's message as the detail under the rule of [`problem`](Self::problem).
    ///
    /// Needs the feature `alloc`, which the default `std` turns on.
    #[cfg(feature = "alloc")]
    #[cfg_attr(docsrs, doc(cfg(feature = "alloc")))]
    fn problem_in(&self, lang: &str) -> Problem
    where
        Self: core::error::Error,
    {
        if let Some(problem) = self.__problem(lang) {
            return problem;
        }
        let problem = Problem::new_in(self.status(), lang);
        if self.exposes_detail() {
            return problem.with_detail(alloc::string::ToString::to_string(self));
        }
        #[cfg(feature = "tracing")]
        crate::log::masked(self, problem.status(), problem.key());
        problem
    }
}
