//! The hand-written types that generated enums return besides the vocabulary: header
//! fields and the error of parsing a code.

use core::fmt;

use crate::Requirement;

/// A header field that goes with a status code, such as `Location` with 301.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Header {
    /// The field name, such as `"WWW-Authenticate"`.
    pub name: &'static str,
    /// How strongly the field goes with the code.
    pub requirement: Requirement,
}

impl Header {
    /// A header rule; used by generated code.
    #[inline]
    pub const fn new(name: &'static str, requirement: Requirement) -> Header {
        Header { name, requirement }
    }
}

/// The error of parsing a status code from a string.
///
/// ```
/// use status_codes::StatusCode;
/// assert_eq!("404".parse::<StatusCode>(), Ok(StatusCode::NotFound));
/// let err = "4o4".parse::<StatusCode>().unwrap_err();
/// assert_eq!(err.to_string(), "a status code has only the digits 0-9");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseStatusError {
    kind: ParseErrorKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ParseErrorKind {
    Empty,
    InvalidDigit,
    TooLarge,
}

impl fmt::Display for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.kind {
            ParseErrorKind::Empty => "empty string is not a status code",
            ParseErrorKind::InvalidDigit => "a status code has only the digits 0-9",
            ParseErrorKind::TooLarge => "number too large to be a status code",
        })
    }
}

#[cfg(feature = "std")]
#[cfg_attr(docsrs, doc(cfg(feature = "std")))]
impl std::error::Error for ParseStatusError {}

/// Parses a decimal code with no sign or spaces; shared by every generated `FromStr`.
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
        if a <= 9 && b <= 9 && c <= 9 {
            return Ok(a as u16 * 100 + b as u16 * 10 + c as u16);
        }
    }
    if bytes.is_empty() {
        return Err(ParseStatusError {
            kind: ParseErrorKind::Empty,
        });
    }
    // Five digits hold every u16; a longer string could only fit with leading zeros, and no
    // one writes a status code that way.
    if bytes.len() > 5 {
        return Err(ParseStatusError {
            kind: ParseErrorKind::TooLarge,
        });
    }
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
        i += 1;
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
        assert_eq!(parse_code("404"), Ok(404));
        assert_eq!(parse_code("0"), Ok(0));
        assert_eq!(parse_code("65535"), Ok(65535));
        assert_eq!(
            parse_code("65536").map_err(|e| e.kind),
            Err(ParseErrorKind::TooLarge)
        );
        assert_eq!(
            parse_code("").map_err(|e| e.kind),
            Err(ParseErrorKind::Empty)
        );
        for bad in ["+404", "-1", " 404", "404 ", "4o4", "0x194"] {
            assert_eq!(
                parse_code(bad).map_err(|e| e.kind),
                Err(ParseErrorKind::InvalidDigit),
                "{bad}"
            );
        }
        assert_eq!(
            parse_code("000404").map_err(|e| e.kind),
            Err(ParseErrorKind::TooLarge)
        );
    }
}
