//! Conversions with other crates, behind cargo features: `http` and `serde`.
//!
//! # Why the impls come from macros of this crate
//!
//! Every generated enum needs the impls, and a generated enum lives in the user's crate. The
//! impls cannot be blanket impls here (`impl<T: Trait> serde::Serialize for T` breaks the
//! orphan rule: both trait and `T` are foreign to this crate). They cannot be written by the
//! proc macro under `#[cfg(feature = "serde")]` either: a `cfg` in generated code is evaluated
//! in the user's crate, against the user's features, not ours.
//!
//! So the expansion always calls `::status_codes::__private::impl_http!(Enum)` and
//! `impl_serde!(Enum)`, and this module defines each of those macros twice: once under
//! `#[cfg(feature = "...")]`, expanding to the impls, and once under `#[cfg(not(...))]`,
//! expanding to nothing. The `cfg` is evaluated when *this* crate is compiled, with *its*
//! features, which is the question that matters ("is status-codes built with serde?"). The
//! impls name `http` and `serde` through `$crate::__private`, so the user's crate needs no
//! dependency of its own on either. The heavy lifting is in plain functions here
//! (`to_http`, `deserialize_code`), so each impl is a line of forwarding.
//!
//! The same holds for [`StatusCode`](crate::StatusCode), which is generated in this crate by
//! the same expansion.

#[cfg(any(feature = "http", feature = "serde"))]
use core::fmt;

/// A status code that `http::StatusCode` cannot hold: it holds `100..=999`, while a
/// generated enum holds any `u16`.
///
/// ```
/// # #[cfg(feature = "http")] {
/// use status_codes::StatusCode;
///
/// let err = http::StatusCode::try_from(StatusCode::from(42)).unwrap_err();
/// assert_eq!(err.code(), 42);
/// assert_eq!(err.to_string(), "status code 42 is outside 100..=999, the range http::StatusCode holds");
/// # }
/// ```
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OutOfRangeError {
    code: u16,
}

#[cfg(feature = "http")]
impl OutOfRangeError {
    /// The code that did not fit.
    #[inline]
    pub const fn code(self) -> u16 {
        self.code
    }
}

#[cfg(feature = "http")]
impl fmt::Display for OutOfRangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "status code {} is outside 100..=999, the range http::StatusCode holds",
            self.code
        )
    }
}

#[cfg(all(feature = "http", feature = "std"))]
#[cfg_attr(docsrs, doc(cfg(all(feature = "http", feature = "std"))))]
impl std::error::Error for OutOfRangeError {}

/// `http::StatusCode` of a code, for the generated `TryFrom` impls.
#[cfg(feature = "http")]
#[inline]
pub fn to_http(code: u16) -> Result<http::StatusCode, OutOfRangeError> {
    http::StatusCode::from_u16(code).map_err(|_| OutOfRangeError { code })
}

/// Implements `From<http::StatusCode>` and `TryFrom<Enum> for http::StatusCode` for a
/// generated enum (feature `http` on).
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __status_codes_impl_http {
    ($ty:ident) => {
        /// Every `http::StatusCode` converts: the enum holds any `u16`, `http` holds `100..=999`.
        #[automatically_derived]
        impl ::core::convert::From<$crate::__private::http::StatusCode> for $ty {
            #[inline]
            fn from(status: $crate::__private::http::StatusCode) -> Self {
                Self::from_u16(status.as_u16())
            }
        }

        /// Fails for a code outside `100..=999`, which `http::StatusCode` cannot hold.
        #[automatically_derived]
        impl ::core::convert::TryFrom<$ty> for $crate::__private::http::StatusCode {
            type Error = $crate::OutOfRangeError;

            #[inline]
            fn try_from(status: $ty) -> ::core::result::Result<Self, Self::Error> {
                $crate::__private::to_http($ty::as_u16(status))
            }
        }
    };
}

/// Without the `http` feature a generated enum gets no `http` impls.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __status_codes_impl_http {
    ($ty:ident) => {};
}

/// Deserializes a status code from a number in `100..=999`, for the generated impls.
///
/// Any other number, and anything that is not a number, is an error of the format (never a
/// panic): a status code on the wire has three digits.
#[cfg(feature = "serde")]
pub fn deserialize_code<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<u16, D::Error> {
    deserializer.deserialize_u16(CodeVisitor)
}

#[cfg(feature = "serde")]
struct CodeVisitor;

#[cfg(feature = "serde")]
impl serde::de::Visitor<'_> for CodeVisitor {
    type Value = u16;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a status code from 100 to 999")
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<u16, E> {
        match u16::try_from(v) {
            Ok(code @ 100..=999) => Ok(code),
            _ => Err(E::invalid_value(serde::de::Unexpected::Unsigned(v), &self)),
        }
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<u16, E> {
        match u64::try_from(v) {
            Ok(v) => self.visit_u64(v),
            Err(_) => Err(E::invalid_value(serde::de::Unexpected::Signed(v), &self)),
        }
    }

    fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<u16, E> {
        match u64::try_from(v) {
            Ok(v) => self.visit_u64(v),
            Err(_) => Err(E::invalid_value(
                serde::de::Unexpected::Other("a 128-bit integer"),
                &self,
            )),
        }
    }

    fn visit_i128<E: serde::de::Error>(self, v: i128) -> Result<u16, E> {
        match u64::try_from(v) {
            Ok(v) => self.visit_u64(v),
            Err(_) => Err(E::invalid_value(
                serde::de::Unexpected::Other("a 128-bit integer"),
                &self,
            )),
        }
    }
}

/// Implements `Serialize` (as the number) and `Deserialize` (from a number in `100..=999`)
/// for a generated enum (feature `serde` on).
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __status_codes_impl_serde {
    ($ty:ident) => {
        /// Serializes as the number, such as `404`.
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ty {
            #[inline]
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_u16($ty::as_u16(*self))
            }
        }

        /// Deserializes from a number in `100..=999`; anything else is an error.
        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            #[inline]
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                ::core::result::Result::map(
                    $crate::__private::deserialize_code(deserializer),
                    $ty::from_u16,
                )
            }
        }
    };
}

/// Without the `serde` feature a generated enum gets no serde impls.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __status_codes_impl_serde {
    ($ty:ident) => {};
}

/// Implements axum's `IntoResponse` for a generated enum (the status, its phrase on the status
/// line, no body), and `respond`, which puts the status on a response with a body (feature
/// `axum` on).
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __status_codes_impl_axum {
    ($ty:ident) => {
        /// The status with the spec's reason phrase on the status line, and no body; a code
        /// outside `100..=999` answers 500.
        #[automatically_derived]
        impl $crate::__private::axum_core::response::IntoResponse for $ty {
            #[inline]
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::__private::status_response(self.as_u16(), self.reason_phrase())
            }
        }

        #[allow(dead_code)]
        impl $ty {
            /// `body` as a response with this status and the spec's reason phrase on the
            /// status line (feature `axum`): `status!(AppStatus, 201).respond(Json(order))`.
            pub fn respond<B>(self, body: B) -> $crate::__private::axum_core::response::Response
            where
                B: $crate::__private::axum_core::response::IntoResponse,
            {
                $crate::__private::status_with(
                    self.as_u16(),
                    self.reason_phrase(),
                    body.into_response(),
                )
            }
        }
    };
}

/// Without the `axum` feature a generated enum gets no axum impls.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __status_codes_impl_axum {
    ($ty:ident) => {};
}

/// `IntoResponse` for an error enum whose derive says `#[status(into_response)]`: its problem
/// (`HttpStatus::problem`), as JSON with the status and phrase of its code.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __status_codes_impl_problem_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($bounds:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private::axum_core::response::IntoResponse for $($ty)* $($bounds)* {
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::__private::axum_core::response::IntoResponse::into_response(
                    $crate::HttpStatus::problem(&self),
                )
            }
        }
    };
}

/// Without the `axum` feature, `#[status(into_response)]` says what it needs.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __status_codes_impl_problem_response {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`#[status(into_response)]` needs the `axum` feature of status-codes; \
             turn it on, or leave `into_response` out and implement `IntoResponse` yourself"
        );
    };
}

/// `openapi_response` for a generated enum (feature `utoipa` on), as an inherent method, so
/// that it needs no import of `StatusEnum`.
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __status_codes_impl_utoipa {
    ($ty:ident) => {
        #[allow(dead_code)]
        impl $ty {
            /// This code as an OpenAPI response with no body (feature `utoipa`): the spec's
            /// English description and the header fields it names for the code, for a
            /// handler's success codes.
            pub fn openapi_response(self) -> $crate::__private::utoipa::openapi::Response {
                $crate::openapi::response(self)
            }
        }
    };
}

/// Without the `utoipa` feature a generated enum gets no OpenAPI method.
#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __status_codes_impl_utoipa {
    ($ty:ident) => {};
}
