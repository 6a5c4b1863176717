//! The hand-written types that generated enums return: classes, content rules, header
//! fields, retry hints, registry states, and the error of parsing a code.

use core::fmt;

/// The class of a status code, given by its first digit (RFC 9110 section 15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StatusClass {
    /// 1xx: the request was received and is being processed; a final response follows.
    Informational,
    /// 2xx: the request was received, understood and accepted.
    Success,
    /// 3xx: the client must take further action to complete the request.
    Redirection,
    /// 4xx: the request is wrong or cannot be fulfilled; change it before sending it again.
    ClientError,
    /// 5xx: the server failed to fulfil an apparently valid request.
    ServerError,
}

impl StatusClass {
    /// Every class, in order.
    pub const ALL: [StatusClass; 5] = [
        StatusClass::Informational,
        StatusClass::Success,
        StatusClass::Redirection,
        StatusClass::ClientError,
        StatusClass::ServerError,
    ];

    /// The class of a numeric code; `None` outside `100..=599`.
    ///
    /// ```
    /// use status_codes::StatusClass;
    /// assert_eq!(StatusClass::of(404), Some(StatusClass::ClientError));
    /// assert_eq!(StatusClass::of(600), None);
    /// ```
    #[inline]
    pub const fn of(code: u16) -> Option<StatusClass> {
        Some(match code {
            100..=199 => StatusClass::Informational,
            200..=299 => StatusClass::Success,
            300..=399 => StatusClass::Redirection,
            400..=499 => StatusClass::ClientError,
            500..=599 => StatusClass::ServerError,
            _ => return None,
        })
    }

    /// The first digit of the class's codes, 1 to 5.
    #[inline]
    pub const fn digit(self) -> u16 {
        self as u16 + 1
    }

    /// The codes of the class, such as `400..=499`.
    ///
    /// ```
    /// use status_codes::StatusClass;
    /// assert_eq!(StatusClass::ClientError.range(), 400..=499);
    /// assert_eq!(StatusClass::ClientError.digit(), 4);
    /// ```
    #[inline]
    pub const fn range(self) -> core::ops::RangeInclusive<u16> {
        let start = self.digit() * 100;
        start..=start + 99
    }

    /// The class's name in a language (`"en"` or `"zh"`).
    ///
    /// ```
    /// use status_codes::StatusClass;
    /// assert_eq!(StatusClass::ClientError.name_in("en"), Some("Client Error"));
    /// assert_eq!(StatusClass::ClientError.name_in("zh"), Some("客户端错误"));
    /// ```
    pub fn name_in(self, lang: &str) -> Option<&'static str> {
        let (en, zh) = self.names();
        match lang {
            "en" => Some(en.0),
            "zh" => Some(zh.0),
            _ => None,
        }
    }

    /// What the class means, in a language (`"en"` or `"zh"`).
    pub fn description_in(self, lang: &str) -> Option<&'static str> {
        let (en, zh) = self.names();
        match lang {
            "en" => Some(en.1),
            "zh" => Some(zh.1),
            _ => None,
        }
    }

    /// (name, meaning) in English and in Chinese.
    const fn names(self) -> ((&'static str, &'static str), (&'static str, &'static str)) {
        match self {
            StatusClass::Informational => (
                (
                    "Informational",
                    "The request was received and processing goes on; a final response will follow.",
                ),
                ("信息响应", "请求已收到，处理仍在继续；之后还会有最终响应。"),
            ),
            StatusClass::Success => (
                (
                    "Success",
                    "The request was received, understood and accepted.",
                ),
                ("成功", "请求已被收到、理解并接受。"),
            ),
            StatusClass::Redirection => (
                (
                    "Redirection",
                    "The client has to take another step, usually another request, to complete the request.",
                ),
                (
                    "重定向",
                    "客户端还需要再做一步（通常是再发一个请求）才能完成请求。",
                ),
            ),
            StatusClass::ClientError => (
                (
                    "Client Error",
                    "The request is malformed or cannot be fulfilled; change it before sending it again.",
                ),
                ("客户端错误", "请求有误或无法满足；修改请求后再发送。"),
            ),
            StatusClass::ServerError => (
                (
                    "Server Error",
                    "The server failed to handle a request that appears valid.",
                ),
                ("服务器错误", "请求看起来有效，但服务器未能处理它。"),
            ),
        }
    }
}

impl fmt::Display for StatusClass {
    /// Writes the English name, such as `Client Error`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.names().0.0)
    }
}

/// Whether a response with the code may carry content (RFC 9110 sections 6.4.1 and 15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Content {
    /// The response may carry content.
    Allowed,
    /// The server must not send content, but the message is framed as usual, so it carries a
    /// zero-length body (`Content-Length: 0`): 205 Reset Content.
    Empty,
    /// The response ends with its header section and cannot carry content: 1xx, 204, 304.
    None,
}

impl Content {
    /// The rule for a code a spec lacks, from its class: none for 1xx, allowed otherwise.
    #[inline]
    pub const fn of_class(code: u16) -> Content {
        match code {
            100..=199 => Content::None,
            _ => Content::Allowed,
        }
    }

    /// Whether the response may carry a non-empty body.
    ///
    /// ```
    /// use status_codes::{Content, status};
    /// assert!(status!(200).content().is_allowed());
    /// assert_eq!(status!(204).content(), Content::None);
    /// assert_eq!(status!(205).content(), Content::Empty);
    /// ```
    #[inline]
    pub const fn is_allowed(self) -> bool {
        matches!(self, Content::Allowed)
    }
}

/// How strongly a header field goes with a code, in RFC 2119 terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Requirement {
    /// The response must carry the field.
    Must,
    /// The response should carry the field.
    Should,
    /// The response may carry the field.
    May,
}

impl fmt::Display for Requirement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Requirement::Must => "must",
            Requirement::Should => "should",
            Requirement::May => "may",
        })
    }
}

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

/// Whether a client may send the same request again after this response.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Retry {
    /// Not an error (1xx, 2xx, 3xx): there is nothing to retry.
    NotApplicable,
    /// The same request will fail the same way; change it first.
    Never,
    /// The request may be sent again unchanged (for idempotent requests, or as the code says:
    /// 421 on another connection, 425 outside early data).
    May,
    /// Send it again after the delay in `Retry-After`, or after a back-off when it is missing.
    After,
}

impl Retry {
    /// The hint for a code a spec lacks: not applicable below 400, never otherwise.
    #[inline]
    pub const fn of_class(code: u16) -> Retry {
        match code {
            100..=399 => Retry::NotApplicable,
            _ => Retry::Never,
        }
    }

    /// Whether sending the same request again can succeed.
    ///
    /// ```
    /// use status_codes::{StatusCode, status};
    /// assert!(status!(503).retry().is_retryable()); // after Retry-After
    /// assert!(!status!(400).retry().is_retryable()); // change the request first
    /// assert!(!status!(200).retry().is_retryable()); // nothing to retry
    /// assert!(!StatusCode::from(499).retry().is_retryable()); // unknown 4xx: never
    /// ```
    #[inline]
    pub const fn is_retryable(self) -> bool {
        matches!(self, Retry::May | Retry::After)
    }
}

/// The state of a code in its registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Registration {
    /// A permanent IANA registration.
    Permanent,
    /// A provisional IANA registration that expires unless renewed (104).
    Temporary,
    /// Registered as unused, kept from being assigned (306, 418).
    Reserved,
    /// Registered, but marked obsoleted (510).
    Obsolete,
    /// Registered, but no longer to be sent (305).
    Deprecated,
    /// Not in the IANA registry: a vendor's or a service's own code.
    Unofficial,
}

impl Registration {
    /// Whether a new server may send the code.
    ///
    /// ```
    /// use status_codes::{Registration, status};
    /// assert_eq!(status!(305).registration(), Some(Registration::Deprecated));
    /// assert!(!Registration::Deprecated.is_usable());
    /// assert!(status!(404).registration().is_some_and(Registration::is_usable));
    /// ```
    #[inline]
    pub const fn is_usable(self) -> bool {
        matches!(
            self,
            Registration::Permanent | Registration::Temporary | Registration::Unofficial
        )
    }
}

impl fmt::Display for Registration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Registration::Permanent => "permanent",
            Registration::Temporary => "temporary",
            Registration::Reserved => "reserved",
            Registration::Obsolete => "obsolete",
            Registration::Deprecated => "deprecated",
            Registration::Unofficial => "unofficial",
        })
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

    #[test]
    fn classes_cover_their_ranges() {
        for class in StatusClass::ALL {
            for code in class.range() {
                assert_eq!(StatusClass::of(code), Some(class));
            }
            assert!(class.name_in("zh").is_some() && class.description_in("en").is_some());
        }
        assert_eq!(StatusClass::of(99), None);
        assert_eq!(StatusClass::of(600), None);
    }
}
