//! The part of every status enum that does not depend on its spec, written once here instead
//! of generated into each enum.
//!
//! `#[status_enum]` generates only what the spec decides: the variants with their docs, the
//! tables of codes and of what the spec says of each (`Entry`, in `entry.rs`), `as_u16` and the `status!`
//! helper. It then calls [`impl_status_enum!`](crate::__private::impl_status_enum), which
//! writes the rest in the user's crate (the methods and the trait impls)
//! against those tables. Being a `macro_rules!` of this crate, it reaches this crate as
//! `$crate`, whatever the user named the dependency.

/// Writes the spec-independent part of a generated status enum; see the module docs.
///
/// `impl_status_enum!(pub AppStatus)` expects the enum with its `Unknown(UnknownCode<Self>)`
/// variant, and in an inherent impl: `as_u16`, the lowest code `__LOWEST`, the value of every
/// code from the lowest to the highest `__VALUES`, the position in `ALL` plus one of each
/// (or 0) `__SLOTS`, and `__ENTRIES` in the order of `ALL`.
#[doc(hidden)]
#[macro_export]
macro_rules! __status_codes_impl_status_enum {
    ($ty:ident) => {
        $crate::__private::impl_status_methods!($ty);
        $crate::__private::impl_status_traits!($ty);
        $crate::__private::impl_status_enum_trait!($ty);
        $crate::__private::impl_http!($ty);
        $crate::__private::impl_serde!($ty);
        $crate::__private::impl_axum!($ty);
        $crate::__private::impl_utoipa!($ty);
    };
}

/// The inherent methods of a generated status enum; part of [`impl_status_enum!`].
#[doc(hidden)]
#[macro_export]
macro_rules! __status_codes_impl_status_methods {
    ($ty:ident) => {
        #[allow(dead_code)]
        impl $ty {
            /// The value for a numeric code: its variant, or `Unknown` for a code the spec lacks.
            ///
            /// Every `u16` is accepted and kept: `Self::from_u16(n).as_u16() == n` for all `n`.
            #[inline]
            pub const fn from_u16(code: u16) -> Self {
                // One load from a table of every code from the lowest to the highest.
                let offset = code.wrapping_sub(Self::__LOWEST) as usize;
                if offset < Self::__VALUES.len() {
                    Self::__VALUES[offset]
                } else {
                    Self::Unknown($crate::UnknownCode::__new(code))
                }
            }

            /// The variant of a code the spec defines, or `None`.
            #[inline]
            pub const fn known(code: u16) -> ::core::option::Option<Self> {
                match Self::from_u16(code) {
                    Self::Unknown(_) => ::core::option::Option::None,
                    known => ::core::option::Option::Some(known),
                }
            }

            /// Whether the spec defines this code (it is not `Unknown`).
            #[inline]
            pub const fn is_known(self) -> bool {
                !::core::matches!(self, Self::Unknown(_))
            }

            /// What the spec says of the code: two loads from tables indexed by the code, with
            /// no chain of compares and no jump, so it costs the same for every code.
            #[inline]
            const fn __entry(self) -> ::core::option::Option<&'static $crate::__private::Entry> {
                let offset = self.as_u16().wrapping_sub(Self::__LOWEST) as usize;
                if offset >= Self::__SLOTS.len() {
                    return ::core::option::Option::None;
                }
                match Self::__SLOTS[offset] {
                    0 => ::core::option::Option::None,
                    slot => ::core::option::Option::Some(&Self::__ENTRIES[slot as usize - 1]),
                }
            }

            /// The class given by the first digit; `None` outside `100..=599`.
            #[inline]
            pub const fn class(self) -> ::core::option::Option<$crate::StatusClass> {
                $crate::StatusClass::of(self.as_u16())
            }

            /// Whether the code is in `100..=199`.
            #[inline]
            pub const fn is_informational(self) -> bool {
                ::core::matches!(self.as_u16(), 100..=199)
            }

            /// Whether the code is in `200..=299`.
            #[inline]
            pub const fn is_success(self) -> bool {
                ::core::matches!(self.as_u16(), 200..=299)
            }

            /// Whether the code is in `300..=399`.
            #[inline]
            pub const fn is_redirection(self) -> bool {
                ::core::matches!(self.as_u16(), 300..=399)
            }

            /// Whether the code is in `400..=499`.
            #[inline]
            pub const fn is_client_error(self) -> bool {
                ::core::matches!(self.as_u16(), 400..=499)
            }

            /// Whether the code is in `500..=599`.
            #[inline]
            pub const fn is_server_error(self) -> bool {
                ::core::matches!(self.as_u16(), 500..=599)
            }

            /// Whether the code is a client or server error (`400..=599`).
            #[inline]
            pub const fn is_error(self) -> bool {
                ::core::matches!(self.as_u16(), 400..=599)
            }

            // `reason_phrase`, `description_in`, `headers`, `retry` and the rest of the read
            // API, each forwarding to its body in `entry.rs`.
            $crate::__private::accessors!(inherent);
        }
    };
}

/// `StatusEnum` for a generated status enum: the table and the conversions, which the trait's
/// provided methods read; part of [`impl_status_enum!`].
#[doc(hidden)]
#[macro_export]
macro_rules! __status_codes_impl_status_enum_trait {
    ($ty:ident) => {
        #[automatically_derived]
        // A type that is not a status enum is told so (`StatusEnum`'s own message), without
        // a list of the enums that are.
        #[diagnostic::do_not_recommend]
        impl $crate::StatusEnum for $ty {
            const ALL: &'static [Self] = $ty::ALL;
            const LANGUAGES: &'static [&'static str] = $ty::LANGUAGES;

            #[inline]
            fn from_u16(code: u16) -> Self {
                $ty::from_u16(code)
            }
            #[inline]
            fn as_u16(self) -> u16 {
                $ty::as_u16(self)
            }
            #[inline]
            fn is_known(self) -> bool {
                $ty::is_known(self)
            }
            #[inline]
            fn __entry(self) -> ::core::option::Option<&'static $crate::__private::Entry> {
                $ty::__entry(self)
            }
        }
    };
}

/// The trait impls of a generated status enum, all following the numeric code; part of
/// [`impl_status_enum!`].
#[doc(hidden)]
#[macro_export]
macro_rules! __status_codes_impl_status_traits {
    ($ty:ident) => {
        #[automatically_derived]
        impl ::core::clone::Clone for $ty {
            #[inline]
            fn clone(&self) -> Self {
                *self
            }
        }

        #[automatically_derived]
        impl ::core::marker::Copy for $ty {}

        #[automatically_derived]
        impl ::core::cmp::PartialEq for $ty {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                self.as_u16() == other.as_u16()
            }
        }

        #[automatically_derived]
        impl ::core::cmp::Eq for $ty {}

        #[automatically_derived]
        impl ::core::cmp::PartialEq<u16> for $ty {
            #[inline]
            fn eq(&self, other: &u16) -> bool {
                self.as_u16() == *other
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<$ty> for u16 {
            #[inline]
            fn eq(&self, other: &$ty) -> bool {
                *self == other.as_u16()
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialOrd for $ty {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        #[automatically_derived]
        impl ::core::cmp::Ord for $ty {
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                ::core::cmp::Ord::cmp(&self.as_u16(), &other.as_u16())
            }
        }

        #[automatically_derived]
        impl ::core::hash::Hash for $ty {
            #[inline]
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                ::core::hash::Hash::hash(&self.as_u16(), state)
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for $ty {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self.name() {
                    ::core::option::Option::Some(name) => f.write_str(name),
                    ::core::option::Option::None => ::core::write!(f, "Unknown({})", self.as_u16()),
                }
            }
        }

        /// Writes `404 Not Found`, or only the number (`599`) for a code the spec lacks.
        #[automatically_derived]
        impl ::core::fmt::Display for $ty {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self.__entry() {
                    ::core::option::Option::Some(entry) => f.pad(entry.display),
                    ::core::option::Option::None => ::core::fmt::Display::fmt(&self.as_u16(), f),
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<u16> for $ty {
            #[inline]
            fn from(code: u16) -> Self {
                Self::from_u16(code)
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<$ty> for u16 {
            #[inline]
            fn from(status: $ty) -> u16 {
                status.as_u16()
            }
        }

        /// Parses the numeric form, such as `"404"`.
        #[automatically_derived]
        impl ::core::str::FromStr for $ty {
            type Err = $crate::ParseStatusError;

            #[inline]
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                match $crate::__private::parse_code(s) {
                    ::core::result::Result::Ok(code) => {
                        ::core::result::Result::Ok(Self::from_u16(code))
                    }
                    ::core::result::Result::Err(err) => ::core::result::Result::Err(err),
                }
            }
        }
    };
}
