//! HTTP status codes as a typed enum, generated at compile time from a YAML spec.
//!
//! ```
//! use status_codes::{StatusClass, StatusCode, status};
//!
//! // Checked at compile time: `status!(999)` does not build.
//! let not_found = status!(404);
//! assert_eq!(not_found, StatusCode::NotFound);
//! assert_eq!(not_found.to_string(), "404 Not Found");
//! assert_eq!(not_found.class(), Some(StatusClass::ClientError));
//! assert_eq!(not_found.description_in("zh").map(|d| !d.is_empty()), Some(true));
//!
//! // Every u16 converts and comes back unchanged; codes the registry lacks are kept.
//! let odd = StatusCode::from(599);
//! assert!(!odd.is_known() && odd.is_server_error());
//! assert_eq!(u16::from(odd), 599);
//! assert_eq!(odd.to_string(), "599");
//! ```
//!
//! # Generate your own enum
//!
//! A service with codes of its own writes them in a spec file and lets [`status_enum`] fill
//! an empty enum. Paths are relative to the crate's `Cargo.toml`:
//!
//! ```ignore
//! #[status_codes::status_enum(spec = "spec/service.yaml")]
//! #[derive(Clone, Copy)]
//! pub enum ServiceStatus {}
//!
//! let paid = status_codes::status!(ServiceStatus, 402);
//! ```
//!
//! The enum gets the same API as [`StatusCode`]: one variant per code, `Unknown` for any
//! other `u16`, and the accessors below. The expansion implements `Clone`, `Copy`,
//! `PartialEq`, `Eq`, `PartialOrd`, `Ord`, `Hash` and `Debug` itself, by numeric code (a
//! `#[derive]` of them is accepted and dropped), as well as `Display`, `FromStr`,
//! `From<u16>` and `From<Enum> for u16`. It is `no_std`, uses no `unsafe`, never allocates,
//! and a spec file is included with `include_str!`, so editing it rebuilds the crate.
//!
//! # `status!`
//!
//! `status!(404)` is [`StatusCode::NotFound`], in any expression or `const`. For a code the
//! spec lacks it is a compile error on the literal:
//!
//! ```text
//! error: 999 is not a status code in spec/iana.yaml; nearest: 511, 510
//! ```
//!
//! `status!(Enum, 402)` does the same for an enum generated in the same crate (import the
//! enum, or write its path). Each call is one `macro_rules!` match against the codes of the
//! spec, so thousands of call sites cost little; the spec is parsed once, where the enum is.
//!
//! # Errors to status codes
//!
//! `#[derive(HttpStatus)]` maps a service's error enum to codes, checked at compile time. Each
//! variant names its code in `#[status(...)]`; the derive gives `const fn status(&self)` and
//! `From<&Error>` for the status enum:
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
//! The codes are [`StatusCode`]'s unless the enum names another status enum of the same crate
//! with `#[status(enum = path)]`, such as one that adds vendor codes:
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
//! error: `ApiError::EnhanceYourCalm` maps to 420, which is not a status code in spec/iana.yaml; nearest: 421, 422
//!   |     #[status(420)]
//!   |              ^^^
//! ```
//!
//! # Cargo features
//!
//! Each applies to [`StatusCode`] and to every enum generated with [`status_enum`]:
//!
//! - `std` (default): `std::error::Error` on the error types. Without it the crate and the
//!   generated code are `no_std`.
//! - `http`: `From<http::StatusCode>` for the enum, and `TryFrom<Enum> for http::StatusCode`
//!   (http 1.x), which fails with `OutOfRangeError` outside `100..=999`.
//! - `serde`: a code serializes as its number and deserializes from a number in `100..=999`;
//!   any other value is an error of the format.
//!
#![doc = include_str!("spec_format.md")]
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "std")]
extern crate std;

// Generated code names this crate `::status_codes`, which must resolve inside it too.
extern crate self as status_codes;

mod interop;
mod meta;

#[cfg(feature = "http")]
pub use interop::OutOfRangeError;
pub use meta::{Content, Header, ParseStatusError, Registration, Requirement, Retry, StatusClass};
pub use status_macros::{HttpStatus, status_enum};

/// An HTTP status code from the IANA registry, or any other `u16` kept as `Unknown`.
///
/// Generated from `spec/iana.yaml`: every registered code with its RFC 9110 reason phrase,
/// English and Chinese descriptions, RFC link and facts. `#[non_exhaustive]` because the
/// registry grows.
///
/// With the `http` feature it converts from `http::StatusCode` (`From`) and to it (`TryFrom`,
/// failing with `OutOfRangeError` outside `100..=999`); with `serde` it serializes as its
/// number and deserializes from a number in `100..=999`. Every generated enum does the same.
#[status_enum(spec = "spec/iana.yaml", macro_export)]
#[non_exhaustive]
pub enum StatusCode {}

/// The [`StatusCode`] of a literal code, checked at compile time; `status!(Enum, code)` for an
/// enum generated in your own crate.
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
    ($($segment:ident)::+ , $($code:tt)+) => {
        $($segment)::+ ! ([$($segment)::+] $($code)+)
    };
    ($($code:tt)+) => {
        $crate::__status_codes_StatusCode! ([$crate::StatusCode] $($code)+)
    };
}

#[doc(hidden)]
pub mod __private {
    pub use crate::meta::parse_code;
    pub use status_macros::__unknown_status as unknown_status;

    // The impls of the optional features; see `interop.rs` for why they are macros.
    pub use crate::{
        __status_codes_impl_http as impl_http, __status_codes_impl_serde as impl_serde,
    };
    #[cfg(feature = "serde")]
    pub use {crate::interop::deserialize_code, serde};
    #[cfg(feature = "http")]
    pub use {crate::interop::to_http, http};
}
