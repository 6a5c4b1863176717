//! HTTP status codes as a typed enum, generated at compile time from a YAML spec.
//!
//! ```
//! use status_codes::{Retry, StatusClass, StatusCode, status};
//!
//! // Checked at compile time: `status!(999)` does not build.
//! let code = status!(404);
//! assert_eq!(code, StatusCode::NotFound);
//! assert_eq!(code.to_string(), "404 Not Found");
//! assert_eq!(code.class(), Some(StatusClass::ClientError));
//! assert_eq!(code.title_in("zh"), Some("未找到"));
//! assert!(code.description().unwrap().starts_with("The server has no current representation"));
//! assert_eq!(code.link(), Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"));
//! assert!(code.is_heuristically_cacheable());
//! assert_eq!(code.retry(), Retry::Never);
//!
//! // From the wire: every u16 converts and comes back unchanged, known or not.
//! let limited: StatusCode = "429".parse().unwrap();
//! assert_eq!(limited, StatusCode::TooManyRequests);
//! assert_eq!(limited.headers()[0].name, "Retry-After");
//! let odd = StatusCode::from(599);
//! assert!(!odd.is_known() && odd.is_server_error());
//! assert_eq!((u16::from(odd), odd.to_string()), (599, "599".to_owned()));
//! ```
//!
//! Every registered code is in [`StatusCode`], each variant documented with its phrase,
//! English and Chinese descriptions, RFC link, header fields, cacheability, retry hint and
//! registry state; the [table below](#every-code) lists them by class. Rustdoc search finds
//! a code by its number (`404`), its phrase (`Not Found`), an older name (`Payload Too
//! Large`) or its Chinese name (`未找到`).
//!
//! # Three ways to use it
//!
//! ## Import `StatusCode`
//!
//! [`StatusCode`] is generated from the IANA registry (the built-in spec `iana`);
//! [`status!`] names one of its codes by number, checked at compile time, in any expression
//! or `const`:
//!
//! ```
//! use status_codes::{StatusCode, status};
//!
//! const GONE: StatusCode = status!(410);
//! fn should_retry(code: StatusCode) -> bool {
//!     code.retry().is_retryable()
//! }
//! assert!(!should_retry(GONE));
//! assert!(should_retry(status!(503)));
//! ```
//!
//! ## Generate your own enum
//!
//! A service with codes of its own writes them in a spec file (the [format](#the-spec-format)
//! is below) and lets [`status_enum`] fill an empty enum. Paths are relative to the crate's
//! `Cargo.toml`; `iana`, `nginx`, `cloudflare`, `iis`, `aws` and `unofficial` name the
//! built-in specs:
//!
//! ```ignore
//! #[status_codes::status_enum(spec = ["iana", "spec/payments.yaml"])]
//! pub enum PaymentStatus {}
//!
//! let declined = status_codes::status!(PaymentStatus, 460);
//! ```
//!
//! ```
//! #[status_codes::status_enum(spec = "iana")]
//! pub enum Http {}
//!
//! fn main() {
//!     let gone = status_codes::status!(Http, 410);
//!     assert_eq!(gone.to_string(), "410 Gone");
//!     assert_eq!(Http::from(599), 599);
//! }
//! ```
//!
//! The enum gets the same API as [`StatusCode`]: one variant per code, `Unknown` for any
//! other `u16`, the methods listed [below](#what-a-status-enum-offers) and the trait
//! [`StatusEnum`]. It implements `Clone`, `Copy`, `PartialEq`, `Eq`, `PartialOrd`, `Ord`,
//! `Hash` and `Debug` itself, by numeric code (a `#[derive]` of them is accepted and
//! dropped), as well as `Display`, `FromStr`, `From<u16>` and `From<Enum> for u16`. It is
//! `no_std`, uses no `unsafe`, never allocates, and it includes the spec file with
//! `include_str!`, so editing the YAML rebuilds the crate. A mistake in a spec is a compile
//! error that names the file, line and column.
//!
//! ## Derive on errors
//!
//! An error enum maps each of its variants to a code with `#[derive(HttpStatus)]` and
//! `#[status(...)]`, checked at compile time against the status enum; see
//! [below](#errors-to-status-codes).
//!
//! # Across crates
//!
//! A `pub` status enum works in every crate that can name it, as it does in its own: the
//! usual service layout has one crate own the codes and the others use them.
//!
//! ```ignore
//! // crate `errors`
//! #[status_codes::status_enum(spec = ["iana", "spec/app.yaml"])]
//! pub enum AppStatus {}
//!
//! // crate `api`
//! use errors::AppStatus;
//!
//! const DECLINED: AppStatus = status_codes::status!(AppStatus, 460);
//! let expired = status_codes::status!(errors::AppStatus, 461);
//!
//! #[derive(Debug, status_codes::HttpStatus)]
//! #[status(enum = errors::AppStatus)]
//! enum PaymentError {
//!     #[status(460)]
//!     Declined,
//! }
//! ```
//!
//! Generated code reaches this crate as `::status_codes`. Under another name (a renamed
//! dependency, or a re-export through a company's own crate), say which, as serde's
//! `crate = "..."` does: `#[status_enum(spec = "iana", crate = "sc")]` and
//! `#[status(enum = errors::AppStatus, crate = "sc")]` on a derive. `status!` needs nothing:
//! `sc::status!(404)` works as it is.
//!
//! # `status!`
//!
//! `status!(404)` is [`StatusCode::NotFound`], and `status!(Enum, 460)` the code of another
//! status enum, by its path or its imported name, in this crate or another; in any expression
//! or `const`. A code the enum lacks is a compile error on the literal that names the enum and
//! the nearest codes it has:
//!
//! ```text
//! error: 999 is not a code of `StatusCode` (from the built-in iana spec); nearest: 511, 510
//! ```
//!
//! Each status enum comes with a helper macro of its own name, with one arm per code, so a
//! call site is one `macro_rules!` match and thousands of them cost little; the spec is
//! parsed once, where the enum is. Nothing is cached between builds: the helper is made anew
//! whenever the enum is, so after a spec is edited both cargo and a long-running
//! rust-analyzer see the new codes at once.
//!
//! # Compile-time errors
//!
//! A mistake in a spec stops the build; the macro never panics. The error is spanned on the
//! spec's path in the attribute, and since a span cannot point into a YAML file, the message
//! starts with the spec as written, the line and the column, and ends with the fix. Every
//! problem of a spec is reported in the same build:
//!
//! ```text
//! error: spec/payments.yaml:10:3: code 404 is defined twice (first at 2:3); remove one of them
//! error: spec/payments.yaml:14:5: unknown field `phrse` in code 460; did you mean `phrase`? (fields: phrase, name, aliases, title, description, reference, link, status, cacheable, content, headers, retry, key, problem, override)
//! error: spec/payments.yaml:21:13: the phrase of code 461 contains 'é', which is not ASCII and cannot go on the wire; write the phrase in ASCII and put translations under `title:`
//! error: spec/payments.yaml:24:3: code 404 is already defined in the built-in iana spec; add `override: true` to replace it, or remove it
//! ```
//!
//! The enum is still generated from the codes that are valid, so the code that uses them
//! keeps compiling and the spec's errors are all you see. Mistakes in the attribute itself
//! point at the token:
//!
//! ```text
//! error: unknown argument `sepc`; did you mean `spec`? status_enum takes `spec = "path.yaml"`, `spec = ["iana", "path.yaml"]` and `crate = "path"`
//!  --> src/lib.rs:1:29
//!   |
//! 1 | #[status_codes::status_enum(sepc = "spec/payments.yaml")]
//!   |                             ^^^^
//! ```
//!
//! # What a status enum offers
//!
//! - **Conversions:** [`from_u16`](StatusCode::from_u16), [`known`](StatusCode::known),
//!   [`as_u16`](StatusCode::as_u16), `From<u16>`, `Into<u16>`, `FromStr`, `PartialEq<u16>`
//! - **Text:** `Display` (`404 Not Found`), [`reason_phrase`](StatusCode::reason_phrase),
//!   [`name`](StatusCode::name), [`title_in`](StatusCode::title_in),
//!   [`description`](StatusCode::description), [`description_in`](StatusCode::description_in),
//!   [`aliases`](StatusCode::aliases), [`LANGUAGES`](StatusCode::LANGUAGES)
//! - **Class:** [`class`](StatusCode::class), [`is_informational`](StatusCode::is_informational),
//!   [`is_success`](StatusCode::is_success), [`is_redirection`](StatusCode::is_redirection),
//!   [`is_client_error`](StatusCode::is_client_error),
//!   [`is_server_error`](StatusCode::is_server_error), [`is_error`](StatusCode::is_error)
//! - **Protocol facts:** [`is_heuristically_cacheable`](StatusCode::is_heuristically_cacheable),
//!   [`content`](StatusCode::content), [`headers`](StatusCode::headers),
//!   [`retry`](StatusCode::retry)
//! - **Registry:** [`is_known`](StatusCode::is_known), [`registration`](StatusCode::registration),
//!   [`reference`](StatusCode::reference), [`link`](StatusCode::link), [`key`](StatusCode::key),
//!   [`problem_type`](StatusCode::problem_type), [`ALL`](StatusCode::ALL)
//!
//! The methods are `const fn` where Rust allows it. The trait [`StatusEnum`] has the same
//! read API, for code that works with any status enum.
//!
//! # Errors to status codes
//!
//! `#[derive(HttpStatus)]` maps a service's error enum to codes, checked at compile time. Each
//! variant names its code in `#[status(...)]`; the derive gives `const fn status(&self)`,
//! `From<&Error>` for the status enum and the trait [`HttpStatus`], which `use
//! status_codes::HttpStatus;` brings together with the derive:
//!
//! ```
//! use status_codes::{HttpStatus, StatusCode};
//!
//! #[derive(Debug, HttpStatus)]
//! enum ApiError {
//!     #[status(404)]
//!     UserNotFound { id: u64 },
//!     #[status(409)]
//!     Conflict(String),
//!     #[status(503)]
//!     Maintenance,
//! }
//!
//! assert_eq!(ApiError::UserNotFound { id: 7 }.status(), StatusCode::NotFound);
//! assert_eq!(StatusCode::from(&ApiError::Maintenance).as_u16(), 503);
//! ```
//!
//! The codes are [`StatusCode`]'s unless the enum names another status enum with
//! `#[status(enum = path)]`, such as one that adds vendor codes, in this crate or another:
//!
//! ```
//! #[status_codes::status_enum(spec = ["iana", "cloudflare"])]
//! pub enum EdgeStatus {}
//!
//! #[derive(status_codes::HttpStatus)]
//! #[status(enum = EdgeStatus)]
//! enum ProxyError {
//!     #[status(522)]
//!     OriginTimeout,
//! }
//!
//! assert_eq!(ProxyError::OriginTimeout.status(), EdgeStatus::ConnectionTimedOut);
//! ```
//!
//! A code the status enum lacks is an error on the attribute that names the variant and the
//! nearest codes, as for `status!`; so is a variant without `#[status]`, or with two:
//!
//! ```text
//! error: `ApiError::EnhanceYourCalm` maps to 420, which is not a code of `StatusCode` (from the built-in iana spec); nearest: 421, 422
//!   |     #[status(420)]
//!   |              ^^^
//! ```
//!
//! # Errors as responses
//!
//! The spec knows the phrase, the descriptions in two languages and the retry rule of every
//! code, so the error response of an HTTP API comes from it: a [`Problem`] is an RFC 9457
//! problem document. [`HttpStatus::problem`] makes one from an error (its message is the
//! `detail`, for a client error: a server error's message stays in the service, see
//! [`HttpStatus::exposes_detail`]), [`HttpStatus::problem_in`] in the language a tag or an
//! `Accept-Language` value asks for ([`negotiate`]), and [`StatusEnum::problem`] or
//! [`Problem::new`] from a code alone.
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use status_codes::{HttpStatus, StatusCode};
//!
//! #[derive(Debug, HttpStatus)]
//! enum ApiError {
//!     #[status(404)]
//!     NoSuchOrder { id: u64 },
//! }
//!
//! impl std::fmt::Display for ApiError {
//!     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
//!         let ApiError::NoSuchOrder { id } = self;
//!         write!(f, "there is no order {id}")
//!     }
//! }
//!
//! impl std::error::Error for ApiError {}
//!
//! let json = ApiError::NoSuchOrder { id: 7 }.problem_in("zh-CN,zh;q=0.9,en;q=0.8").to_json();
//! let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
//! assert_eq!(json["title"], "未找到");
//! assert_eq!(json["detail"], "there is no order 7");
//! # }
//! ```
//!
//! The body of that problem, with `"en"`:
//!
//! ```json
//! {
//!   "type": "about:blank",
//!   "title": "Not Found",
//!   "status": 404,
//!   "detail": "there is no order 7"
//! }
//! ```
//!
//! `type` is `about:blank` unless the spec gives the code a `problem` type; a `key` from the
//! spec and members of your own (`with_extension`, feature `serde`) follow the standard ones.
//! The spec's `description` of the code is sent only when asked for
//! ([`Problem::with_description`], or on the layer).
//!
//! With the `axum` feature, a [`Problem`] is an `IntoResponse`: its status with the spec's
//! reason phrase on the status line (`HTTP/1.1 460 Card Declined`, where `http` alone would
//! send `460 <none>`), `content-type: application/problem+json`, `content-language` and, when
//! given ([`Problem::retry_after`]), `retry-after`. Every status enum is an `IntoResponse` too
//! (the status and phrase with no body) and has `respond(body)`. An error enum answers with its
//! problem with one line, or none with `#[status(into_response)]` on the derive:
//!
//! ```ignore
//! #[derive(Debug, HttpStatus)]
//! #[status(enum = AppStatus, into_response)]
//! enum ApiError { ... }
//!
//! // or, to add to the problem:
//! impl IntoResponse for ApiError {
//!     fn into_response(self) -> Response {
//!         self.problem().into_response()
//!     }
//! }
//!
//! async fn order(Path(id): Path<u64>) -> Result<Response, ApiError> {
//!     let order = find(id).ok_or(ApiError::NoSuchOrder { id })?;
//!     Ok(status!(AppStatus, 200).respond(Json(order)))
//! }
//! ```
//!
//! `ProblemLayer` (feature `axum`) does the rest for a whole service: it negotiates the
//! request's language once, so that every problem a handler returns is in it; it answers
//! axum's own errors (rejections, the fallback 404, 405) as problems; it adds
//! `Vary: Accept-Language`, and answers HEAD without a body:
//!
//! ```ignore
//! let app = Router::new()
//!     .route("/orders/{id}", get(order))
//!     .layer(ProblemLayer::of::<AppStatus>().with_instance());
//! ```
//!
//! Without axum, `http` and `serde` turn a problem into an `http::Response<Vec<u8>>` with the
//! same headers and body, for hyper, tower and other `http` 1.x stacks.
//!
//! # Cargo features
//!
//! Each applies to [`StatusCode`] and to every enum generated with [`status_enum`]:
//!
//! | feature | what it adds | needs |
//! |---|---|---|
//! | `std` (default) | `std::error::Error` on the error types; without it the crate and the generated code are `no_std` | `alloc` |
//! | `alloc` | [`Problem`] and the `problem` methods | |
//! | `http` | `From<http::StatusCode>` for the enum, `TryFrom<Enum> for http::StatusCode` (failing with `OutOfRangeError` outside `100..=999`); with `serde`, `http::Response` from a `Problem` | `http` 1.x |
//! | `serde` | a code serializes as its number and deserializes from a number in `100..=999` (any other value is an error of the format); a `Problem` serializes to RFC 9457 JSON and reads back from any RFC 9457 document | `serde`, `serde_json`, `alloc` |
//! | `axum` | `IntoResponse` for `Problem` and for every status enum, `respond`, `#[status(into_response)]`, `ProblemLayer` | `axum-core`, `hyper` (its `http1`, for the reason phrase), `http`, `serde`, `std`, and the tower and http-body crates axum-core already uses |
//! | `tracing` | with `alloc`, a log line (error level) for each server error whose message a problem leaves out, and for each status HTTP cannot carry | `tracing` (no default features) |
//! | `retry` | `retry::SpecRetry`: whether and when a client sends a request again, from the code's retry hint, the method and `Retry-After` | `httpdate`, `http`, `std` |
//! | `tower` | `SpecRetry` as a `tower::retry::Policy` for `http` requests | `tower` (its `retry`), `tokio` (its `time`), `retry` |
//! | `utoipa` | OpenAPI: [`Problem`] as a schema, `#[status(openapi)]` for a handler's error responses, `openapi_response` for one code; see the `openapi` module | `utoipa` 6 (with its `macros`, which 6.0.0 needs to build), `serde` |
//!
#![doc = include_str!("spec_format.md")]
//!
//! # Every code
//!
//! The codes of [`StatusCode`] by class, made from the built-in spec `iana`
//! (`spec/iana.yaml` in the package) when the docs are built. Each code links to its
//! variant, which has the full card.
//!
// The table comes from the spec; it is made only for rustdoc (`cfg(doc)`), so a plain build
// does not read the spec a second time.
#![cfg_attr(doc, doc = ::status_macros::__doc_table!(StatusCode, spec = "iana"))]
#![no_std]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

// Generated code names this crate `::status_codes`, which must resolve inside it too.
extern crate self as status_codes;

#[cfg(feature = "alloc")]
mod ambient;
mod entry;
mod interop;
#[cfg(feature = "axum")]
mod layer;
#[cfg(all(feature = "tracing", feature = "alloc"))]
mod log;
mod meta;
pub mod negotiate;
#[cfg(feature = "utoipa")]
#[cfg_attr(docsrs, doc(cfg(feature = "utoipa")))]
pub mod openapi;
#[cfg(feature = "alloc")]
mod problem;
#[cfg(all(feature = "http", feature = "serde"))]
mod response;
#[cfg(feature = "retry")]
#[cfg_attr(docsrs, doc(cfg(feature = "retry")))]
pub mod retry;
mod template;
mod traits;
mod vocab;

#[cfg(feature = "http")]
pub use interop::OutOfRangeError;
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub use layer::{MAX_DETAIL_LEN, ProblemFuture, ProblemLayer, ProblemService};
pub use meta::{Header, ParseStatusError, UnknownCode};
#[cfg(feature = "alloc")]
#[cfg_attr(docsrs, doc(cfg(feature = "alloc")))]
pub use problem::{ABOUT_BLANK, FieldError, Problem};
#[cfg(all(feature = "http", feature = "serde"))]
#[cfg_attr(docsrs, doc(cfg(all(feature = "http", feature = "serde"))))]
pub use response::PROBLEM_JSON;
/// Generates a status enum from spec files: `#[status_enum(spec = "spec/codes.yaml")]` on an
/// empty enum, or `spec = ["iana", "spec/codes.yaml"]` for several specs in one enum.
///
/// Paths are relative to the calling crate's `Cargo.toml`; `iana`, `nginx`, `cloudflare`,
/// `iis`, `aws` and `unofficial` name the built-in specs. `crate = "path"` names this crate
/// when it is renamed or re-exported. The [spec format](crate#the-spec-format) and the
/// [generated API](crate#what-a-status-enum-offers) are described in the crate docs.
///
/// ```
/// use status_codes::{Registration, status_enum};
///
/// /// The codes this service answers with.
/// #[status_enum(spec = "iana")]
/// pub enum Answer {}
///
/// fn main() {
///     let teapot = Answer::from(418);
///     assert_eq!(teapot, Answer::Unused418);
///     assert_eq!(teapot.registration(), Some(Registration::Reserved));
///     assert_eq!(teapot.reason_phrase(), Some("I'm a teapot"));
///     assert_eq!(teapot.aliases(), ["(Unused)"]);
/// }
/// ```
///
/// A mistake in a spec is a compile error that names the file, line and column:
///
/// ```compile_fail
/// #[status_codes::status_enum(spec = "spec/missing.yaml")]
/// pub enum Nothing {}
/// # fn main() {}
/// ```
pub use status_macros::status_enum;
pub use traits::{HttpStatus, StatusEnum};
pub use vocab::{Condition, Content, Registration, Requirement, Retry, StatusClass};

/// Derives [`HttpStatus`](trait@HttpStatus) for an error enum, with `#[status(404)]` on each
/// variant; see the [crate docs](crate#errors-to-status-codes).
///
/// On the enum, `#[status(...)]` takes `enum = path` (the status enum; `StatusCode` when left
/// out), `crate = "path"` (this crate, when renamed), `into_response` (axum's
/// `IntoResponse` from the error's problem; feature `axum`) and `openapi` (utoipa's
/// `IntoResponses`, every error documented from the spec; feature `utoipa`, see
/// the `openapi` module).
pub use status_macros::HttpStatus;

/// An HTTP status code from the IANA registry, or any other `u16` kept as `Unknown`.
///
/// Generated from the built-in spec `iana`: every registered code with its RFC 9110 reason
/// phrase, English and Chinese descriptions, RFC link and facts. `#[non_exhaustive]` because
/// the registry grows.
///
/// With the `http` feature it converts from `http::StatusCode` (`From`) and to it (`TryFrom`,
/// failing with `OutOfRangeError` outside `100..=999`); with `serde` it serializes as its
/// number and deserializes from a number in `100..=999`. Every generated enum does the same.
#[status_enum(spec = "iana")]
#[non_exhaustive]
pub enum StatusCode {}

/// The [`StatusCode`] of a literal code, checked at compile time; `status!(Enum, code)` for
/// another status enum, of this crate or another, by its path or its imported name.
///
/// ```
/// use status_codes::{StatusCode, status};
/// const TEAPOT: StatusCode = status!(418);
/// assert_eq!(TEAPOT, StatusCode::Unused418);
/// assert_eq!(status!(0x194), StatusCode::NotFound);
/// ```
///
/// A code the spec lacks stops the build:
///
/// ```compile_fail
/// let _ = status_codes::status!(999);
/// ```
#[macro_export]
macro_rules! status {
    // Each status enum has a helper macro of its own name beside it, with an arm per code:
    // `$crate` passes on the path of this crate as the caller names it, for the slow path.
    ($($segment:ident)::+ , $($code:tt)+) => {
        $($segment)::+ ! ([$($code)+] [$crate] $($segment)::+)
    };
    (:: $($segment:ident)::+ , $($code:tt)+) => {
        :: $($segment)::+ ! ([$($code)+] [$crate] :: $($segment)::+)
    };
    ($($code:tt)+) => {
        $crate::StatusCode! ([$($code)+] [$crate] $crate::StatusCode)
    };
}

#[doc(hidden)]
pub mod __private {
    pub use crate::entry::Entry;
    pub use status_macros::__problem_render as problem_render;
    #[cfg(feature = "alloc")]
    pub use {crate::problem::problem_of_type, alloc::format};

    /// Nothing, where `S` is a status enum: the derive's check of `#[status(enum = path)]`,
    /// whose failure says that the path is not one.
    #[inline]
    pub const fn is_status_enum<S: crate::StatusEnum>() {}

    /// Whether a status's class lets an error's message reach the client: below 500.
    #[inline]
    pub fn exposed_by_class<S: crate::StatusEnum>(status: S) -> bool {
        status.as_u16() < 500
    }

    /// The language a problem type is told in, of those it has texts in (English first):
    /// `lang` is a tag or a whole `Accept-Language` value, as for `Problem::new_in`.
    pub fn problem_language(lang: &str, available: &[&'static str]) -> &'static str {
        crate::negotiate::lookup(lang, available)
    }

    /// The `__problem` method of a derived error, where `Problem` exists (feature `alloc`).
    #[cfg(feature = "alloc")]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __status_codes_problem_method {
        ($($method:tt)*) => { $($method)* };
    }
    /// Without `alloc` there is no `Problem`, and so no `__problem`.
    #[cfg(not(feature = "alloc"))]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __status_codes_problem_method {
        ($($method:tt)*) => {};
    }
    pub use crate::__status_codes_problem_method as problem_method;

    /// `utoipa::IntoResponses` for an error enum whose derive says `#[status(openapi)]`:
    /// the responses of its variants, `[Status; N] [Option<VariantDoc>, ...]` (`None` for a variant whose
    /// attribute was reported).
    #[cfg(feature = "utoipa")]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __status_codes_impl_openapi {
        ([$($generics:tt)*] [$($ty:tt)*] [$($bounds:tt)*] [$status:ty; $count:literal] [$($variants:tt)*]) => {
            #[automatically_derived]
            impl $($generics)* $crate::__private::utoipa::IntoResponses for $($ty)* $($bounds)* {
                fn responses() -> $crate::__private::BTreeMap<
                    $crate::__private::String,
                    $crate::__private::utoipa::openapi::RefOr<
                        $crate::__private::utoipa::openapi::Response,
                    >,
                > {
                    let variants: [
                        ::core::option::Option<$crate::openapi::VariantDoc<$status>>;
                        $count
                    ] = [$($variants)*];
                    $crate::openapi::responses(::core::iter::Iterator::flatten(
                        ::core::iter::IntoIterator::into_iter(variants),
                    ))
                }
            }
        };
    }
    /// Without the `utoipa` feature, `#[status(openapi)]` says what it needs.
    #[cfg(not(feature = "utoipa"))]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __status_codes_impl_openapi {
        ($($tokens:tt)*) => {
            ::core::compile_error!(
                "`#[status(openapi)]` needs the `utoipa` feature of status-codes; turn it on \
                 (`status-codes = { features = [\"utoipa\"] }`), or leave `openapi` out"
            );
        };
    }
    pub use crate::__status_codes_impl_openapi as impl_openapi;
    pub use crate::meta::parse_code;
    pub use status_macros::__unknown_status as unknown_status;
    #[cfg(feature = "utoipa")]
    pub use {
        alloc::{collections::BTreeMap, string::String},
        utoipa,
    };

    // The spec-independent part of every status enum; see `template.rs`.
    pub use crate::{
        __status_codes_accessors as accessors, __status_codes_impl_status_enum as impl_status_enum,
        __status_codes_impl_status_enum_trait as impl_status_enum_trait,
        __status_codes_impl_status_methods as impl_status_methods,
        __status_codes_impl_status_traits as impl_status_traits,
    };

    // The impls of the optional features; see `interop.rs` for why they are macros.
    pub use crate::{
        __status_codes_impl_axum as impl_axum, __status_codes_impl_http as impl_http,
        __status_codes_impl_problem_response as impl_problem_response,
        __status_codes_impl_serde as impl_serde, __status_codes_impl_utoipa as impl_utoipa,
    };
    #[cfg(feature = "serde")]
    pub use {crate::interop::deserialize_code, serde};
    #[cfg(feature = "http")]
    pub use {crate::interop::to_http, http};
    #[cfg(feature = "axum")]
    pub use {
        crate::response::{status_response, status_with},
        axum_core,
    };
}
