//! The hand-written types that generated enums return besides the vocabulary: header
//! fields, the catch-all's code and the error of parsing a code.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;

use crate::{Condition, Requirement};

/// A header field that goes with a status code, such as `Location` with 301.
///
/// Some fields go with only some responses of a code: [`condition`](Self::condition) says
/// which (`Date` in a 304 only where a 200 would have carried it). [`is_required`](Self::is_required)
/// tells a field every response with the code carries.
///
/// ```
/// use status_codes::{Condition, Requirement, status};
/// let allow = status!(405).headers()[0];
/// assert_eq!((allow.name, allow.requirement, allow.condition), ("Allow", Requirement::Must, None));
/// assert!(allow.is_required());
/// let date = status!(304).headers().iter().find(|h| h.name == "Date").unwrap();
/// assert_eq!(date.requirement, Requirement::Must);
/// assert_eq!(date.condition, Some(Condition::SentIn200));
/// assert!(!date.is_required());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Header {
    /// The field name, such as `"WWW-Authenticate"`.
    pub name: &'static str,
    /// How strongly the field goes with the code.
    pub requirement: Requirement,
    /// When the requirement holds; `None` for every response with the code.
    pub condition: Option<Condition>,
}

impl Header {
    /// A header rule for every response with the code; used by generated code.
    #[inline]
    pub const fn new(name: &'static str, requirement: Requirement) -> Header {
        Header {
            name,
            requirement,
            condition: None,
        }
    }

    /// The same rule, holding only under `condition`; used by generated code.
    #[inline]
    pub const fn when(self, condition: Condition) -> Header {
        Header {
            condition: Some(condition),
            ..self
        }
    }

    /// Whether every response with the code must carry the field: `must`, with no condition.
    #[inline]
    pub const fn is_required(&self) -> bool {
        matches!(self.requirement, Requirement::Must) && self.condition.is_none()
    }
}

/// A code that the status enum `S` has no variant for: what its `Unknown` variant holds.
///
/// Only `S::from` (and `from_u16`, `FromStr`, the conversions of the features) makes one, so
/// it never holds a code that `S`'s spec defines. One type for every status enum, so a
/// generated enum adds no item of its own beside itself; `S` keeps the codes of two enums
/// apart. Two bytes, like the code.
///
/// ```
/// use status_codes::StatusCode;
///
/// match StatusCode::from(599) {
///     StatusCode::Unknown(code) => assert_eq!(code.get(), 599),
///     known => panic!("599 is not registered, found {known}"),
/// }
/// ```
pub struct UnknownCode<S> {
    code: u16,
    status: PhantomData<fn() -> S>,
}

impl<S> UnknownCode<S> {
    /// The catch-all of `code`; used by generated code, which puts only codes its spec lacks
    /// here.
    #[doc(hidden)]
    #[inline]
    pub const fn __new(code: u16) -> Self {
        UnknownCode {
            code,
            status: PhantomData,
        }
    }

    /// The numeric code.
    #[inline]
    pub const fn get(self) -> u16 {
        self.code
    }
}

// By hand: a derive would ask the same of `S`, which only tells the codes apart.
impl<S> Clone for UnknownCode<S> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<S> Copy for UnknownCode<S> {}

impl<S> PartialEq for UnknownCode<S> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl<S> Eq for UnknownCode<S> {}

impl<S> PartialOrd for UnknownCode<S> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<S> Ord for UnknownCode<S> {
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        self.code.cmp(&other.code)
    }
}

impl<S> Hash for UnknownCode<S> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.code.hash(state);
    }
}

/// The number, as `599`.
impl<S> fmt::Debug for UnknownCode<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.code, f)
    }
}

/// The number, as `599`.
impl<S> fmt::Display for UnknownCode<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.code, f)
    }
}

/// The error of parsing a status code from a string.
///
/// Every generated enum's `FromStr` reads the decimal form of a `u16` and nothing else. The
/// rules, checked in this order, and the error each one gives:
///
/// 1. not empty;
/// 2. ASCII digits only: no sign, spaces or other numerals (`"404abc"` and `"４０４"` are an
///    invalid digit, whatever their length);
/// 3. no leading zero: `"0404"` is refused, as a spec refuses the key `0404`, so that every
///    number has one spelling (`"0"` alone is zero);
/// 4. at most `65535`.
///
/// ```
/// use status_codes::StatusCode;
/// assert_eq!("404".parse::<StatusCode>(), Ok(StatusCode::NotFound));
/// let err = "4o4".parse::<StatusCode>().unwrap_err();
/// assert_eq!(err.to_string(), "a status code has only the digits 0-9");
/// let err = "404abc".parse::<StatusCode>().unwrap_err();
/// assert_eq!(err.to_string(), "a status code has only the digits 0-9");
/// let err = "0404".parse::<StatusCode>().unwrap_err();
/// assert_eq!(err.to_string(), "a status code has no leading zero");
/// let err = "70000".parse::<StatusCode>().unwrap_err();
/// assert_eq!(err.to_string(), "number too large to be a status code");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseStatusError {
    kind: ParseErrorKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ParseErrorKind {
    Empty,
    InvalidDigit,
    LeadingZero,
    TooLarge,
}

impl fmt::Display for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.kind {
            ParseErrorKind::Empty => "empty string is not a status code",
            ParseErrorKind::InvalidDigit => "a status code has only the digits 0-9",
            ParseErrorKind::LeadingZero => "a status code has no leading zero",
            ParseErrorKind::TooLarge => "number too large to be a status code",
        })
    }
}

#[cfg(feature = "std")]
#[cfg_attr(docsrs, doc(cfg(feature = "std")))]
impl std::error::Error for ParseStatusError {}

/// Parses a decimal code with no sign, spaces or leading zero; shared by every generated
/// `FromStr`. The rules and their order are on [`ParseStatusError`].
#[inline]
pub const fn parse_code(s: &str) -> Result<u16, ParseStatusError> {
    let bytes = s.as_bytes();
    // Status codes have three digits on the wire; take that path without a loop.
    if let [a, b, c] = *bytes {
        let (a, b, c) = (
            a.wrapping_sub(b'0'),
            b.wrapping_sub(b'0'),
            c.wrapping_sub(b'0'),
        );
        if a != 0 && a <= 9 && b <= 9 && c <= 9 {
            return Ok(a as u16 * 100 + b as u16 * 10 + c as u16);
        }
    }
    if bytes.is_empty() {
        return Err(ParseStatusError {
            kind: ParseErrorKind::Empty,
        });
    }
    // Every byte is checked before the length, so "404abc" names its bad digit rather than
    // its size; the value saturates instead of overflowing on a long run of digits.
    let mut value: u32 = 0;
    let mut i = 0;
    while i < bytes.len() {
        let digit = bytes[i].wrapping_sub(b'0');
        if digit > 9 {
            return Err(ParseStatusError {
                kind: ParseErrorKind::InvalidDigit,
            });
        }
        value = value * 10 + digit as u32;
        if value > u16::MAX as u32 {
            value = u16::MAX as u32 + 1;
        }
        i += 1;
    }
    // One spelling per number, as in a spec's keys: "0404" would read as 404.
    if bytes[0] == b'0' && bytes.len() > 1 {
        return Err(ParseStatusError {
            kind: ParseErrorKind::LeadingZero,
        });
    }
    if value > u16::MAX as u32 {
        return Err(ParseStatusError {
            kind: ParseErrorKind::TooLarge,
        });
    }
    Ok(value as u16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_decimal_codes_only() {
        let kind = |s: &str| parse_code(s).map_err(|e| e.kind);
        assert_eq!(parse_code("404"), Ok(404));
        assert_eq!(parse_code("0"), Ok(0));
        assert_eq!(parse_code("7"), Ok(7));
        assert_eq!(parse_code("1000"), Ok(1000));
        assert_eq!(parse_code("65535"), Ok(65535));
        assert_eq!(kind("65536"), Err(ParseErrorKind::TooLarge));
        assert_eq!(kind("4040404"), Err(ParseErrorKind::TooLarge));
        assert_eq!(
            kind("99999999999999999999999"),
            Err(ParseErrorKind::TooLarge)
        );
        assert_eq!(kind(""), Err(ParseErrorKind::Empty));
        // A non-digit is named as such at any length, before the length or a leading zero.
        for bad in [
            "+404",
            "-1",
            " 404",
            "404 ",
            "4o4",
            "0x194",
            "404abc",
            "40404x",
            "\u{ff14}\u{ff10}\u{ff14}",
            "4_04",
            "404\0",
        ] {
            assert_eq!(kind(bad), Err(ParseErrorKind::InvalidDigit), "{bad:?}");
        }
        // One spelling per number, as the spec loader requires of a code's key.
        for zeros in ["0404", "000404", "00", "040", "0000000000000000000404"] {
            assert_eq!(kind(zeros), Err(ParseErrorKind::LeadingZero), "{zeros:?}");
        }
        // Every three-digit text takes the fast path or falls through to the same rules.
        for n in 0..1000u16 {
            let digits = [n / 100, n / 10 % 10, n % 10].map(|d| b'0' + d as u8);
            let text = core::str::from_utf8(&digits).expect("ASCII digits");
            let expected = if n < 100 {
                Err(ParseErrorKind::LeadingZero)
            } else {
                Ok(n)
            };
            assert_eq!(kind(text), expected, "{text}");
        }
    }
}
