//! The vocabulary of a status code: its class, whether its response carries content, how
//! strongly (and when) a header field goes with it, whether to retry it, and its registry
//! state, each with its words in English and Chinese.
//!
//! This file is the one place these are defined. `status-codes` exports the types; the macro
//! crate compiles the same file (`status-macros-core/src/vocab.rs` is a link to it) to read a
//! code's class, apply the rules for codes a spec says nothing about, and write the labels
//! into rustdoc, so the docs, the lookup tool and `Display` all say the same.

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

    /// Whether the class is 4xx or 5xx.
    #[inline]
    pub const fn is_error(self) -> bool {
        matches!(self, StatusClass::ClientError | StatusClass::ServerError)
    }

    /// The class's name in a language (`"en"` or `"zh"`).
    ///
    /// ```
    /// use status_codes::StatusClass;
    /// assert_eq!(StatusClass::ClientError.name_in("en"), Some("Client Error"));
    /// assert_eq!(StatusClass::ClientError.name_in("zh"), Some("客户端错误"));
    /// ```
    pub fn name_in(self, lang: &str) -> Option<&'static str> {
        pick(lang, self.names().0)
    }

    /// What the class means, in a language (`"en"` or `"zh"`).
    pub fn description_in(self, lang: &str) -> Option<&'static str> {
        pick(lang, self.names().1)
    }

    /// (name, meaning), each in English and in Chinese.
    const fn names(self) -> (Words, Words) {
        match self {
            StatusClass::Informational => (
                ("Informational", "信息响应"),
                (
                    "The request was received and processing goes on; a final response will follow.",
                    "请求已收到，处理仍在继续；之后还会有最终响应。",
                ),
            ),
            StatusClass::Success => (
                ("Success", "成功"),
                (
                    "The request was received, understood and accepted.",
                    "请求已被收到、理解并接受。",
                ),
            ),
            StatusClass::Redirection => (
                ("Redirection", "重定向"),
                (
                    "The client has to take another step, usually another request, to complete the request.",
                    "客户端还需要再做一步（通常是再发一个请求）才能完成请求。",
                ),
            ),
            StatusClass::ClientError => (
                ("Client Error", "客户端错误"),
                (
                    "The request is malformed or cannot be fulfilled; change it before sending it again.",
                    "请求有误或无法满足；修改请求后再发送。",
                ),
            ),
            StatusClass::ServerError => (
                ("Server Error", "服务器错误"),
                (
                    "The server failed to handle a request that appears valid.",
                    "请求看起来有效，但服务器未能处理它。",
                ),
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
    /// The rule for a code a spec says nothing about, from its class: none for 1xx (RFC 9110
    /// section 15.2), allowed otherwise.
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

    /// The rule in words, in a language (`"en"` or `"zh"`).
    ///
    /// ```
    /// use status_codes::Content;
    /// assert_eq!(Content::Empty.label_in("en"), Some("must be empty (send Content-Length: 0)"));
    /// ```
    pub fn label_in(self, lang: &str) -> Option<&'static str> {
        pick(
            lang,
            match self {
                Content::Allowed => ("allowed", "允许"),
                Content::Empty => (
                    "must be empty (send Content-Length: 0)",
                    "必须为空（发送 Content-Length: 0）",
                ),
                Content::None => (
                    "none: the response ends after its header section",
                    "无：响应在首部之后结束",
                ),
            },
        )
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

impl Requirement {
    /// The word in a language (`"en"` or `"zh"`); in English it is what `Display` writes.
    ///
    /// ```
    /// use status_codes::Requirement;
    /// assert_eq!(Requirement::Should.label_in("zh"), Some("应当"));
    /// assert_eq!(Requirement::Should.to_string(), "should");
    /// ```
    pub fn label_in(self, lang: &str) -> Option<&'static str> {
        pick(lang, self.words())
    }

    const fn words(self) -> Words {
        match self {
            Requirement::Must => ("must", "必须"),
            Requirement::Should => ("should", "应当"),
            Requirement::May => ("may", "可以"),
        }
    }
}

impl fmt::Display for Requirement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.words().0)
    }
}

/// When a header field's level holds, for a field that goes with only some responses of a
/// code: `Date` must be in a 206 or 304 only where a 200 would have carried it. A
/// `Header` without one holds for every response with the code.
///
/// A spec writes it as `{level: must, if: sent-in-200}`; the words are those of
/// [`word`](Self::word).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Condition {
    /// Where a 200 response to the same request would have carried the field (206 and 304:
    /// RFC 9110 sections 15.3.7 and 15.4.5). Written `sent-in-200`.
    SentIn200,
    /// In a response of one part; a multipart response carries the field in each part
    /// instead (206 `Content-Range`: RFC 9110 section 15.3.7). Written `single-part`.
    SinglePart,
    /// Where the condition that caused the response is temporary (413 `Retry-After`: RFC 9110
    /// section 15.5.14). Written `temporary`.
    Temporary,
    /// Where the server has a preferred choice (300 `Location`: RFC 9110 section 15.4.1).
    /// Written `preferred-choice`.
    PreferredChoice,
    /// In the interim response that announces a new upload resource; a 104 that reports
    /// progress must not carry it (104 `Location`: the resumable uploads draft). Written
    /// `upload-creation`.
    UploadCreation,
}

impl Condition {
    /// Every condition, in order.
    pub const ALL: [Condition; 5] = [
        Condition::SentIn200,
        Condition::SinglePart,
        Condition::Temporary,
        Condition::PreferredChoice,
        Condition::UploadCreation,
    ];

    /// The word a spec writes after `if:`.
    ///
    /// ```
    /// use status_codes::Condition;
    /// assert_eq!(Condition::SentIn200.word(), "sent-in-200");
    /// ```
    pub const fn word(self) -> &'static str {
        match self {
            Condition::SentIn200 => "sent-in-200",
            Condition::SinglePart => "single-part",
            Condition::Temporary => "temporary",
            Condition::PreferredChoice => "preferred-choice",
            Condition::UploadCreation => "upload-creation",
        }
    }

    /// The condition in words, in a language (`"en"` or `"zh"`), to follow the level: "must,
    /// if a 200 would carry it"; in English it is what `Display` writes.
    ///
    /// ```
    /// use status_codes::{Condition, status};
    /// let date = status!(304).headers().iter().find(|h| h.name == "Date").unwrap();
    /// assert_eq!(date.condition, Some(Condition::SentIn200));
    /// assert_eq!(
    ///     Condition::SentIn200.label_in("en"),
    ///     Some("if a 200 to the same request would carry it")
    /// );
    /// ```
    pub fn label_in(self, lang: &str) -> Option<&'static str> {
        pick(lang, self.words())
    }

    const fn words(self) -> Words {
        match self {
            Condition::SentIn200 => (
                "if a 200 to the same request would carry it",
                "仅当对同一请求的 200 响应会带上它时",
            ),
            Condition::SinglePart => ("in a single-part response", "仅限单一范围的响应"),
            Condition::Temporary => ("if the condition is temporary", "仅当该情况是暂时的时"),
            Condition::PreferredChoice => (
                "if the server has a preferred choice",
                "仅当服务器有首选项时",
            ),
            Condition::UploadCreation => (
                "in the response that announces the upload resource",
                "仅限宣告上传资源的那个响应",
            ),
        }
    }
}

impl fmt::Display for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.words().0)
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
    /// The hint for a code a spec says nothing about: not applicable below 400, never otherwise.
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

    /// The hint in words, in a language (`"en"` or `"zh"`).
    ///
    /// ```
    /// use status_codes::Retry;
    /// assert_eq!(Retry::After.label_in("en"), Some("after the delay in Retry-After"));
    /// ```
    pub fn label_in(self, lang: &str) -> Option<&'static str> {
        pick(
            lang,
            match self {
                Retry::NotApplicable => ("not applicable (not an error)", "不适用（不是错误）"),
                Retry::Never => (
                    "no: the same request fails again; change it first",
                    "否：原样重发仍会失败，需先修改请求",
                ),
                Retry::May => ("may be retried unchanged", "可以原样重试"),
                Retry::After => (
                    "after the delay in Retry-After",
                    "按 Retry-After 指定的时间后重试",
                ),
            },
        )
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

    /// The state in a word, in a language (`"en"` or `"zh"`); in English it is what
    /// `Display` writes.
    pub fn label_in(self, lang: &str) -> Option<&'static str> {
        pick(lang, self.words())
    }

    /// What a reader must know before sending a code in this state, in a language (`"en"` or
    /// `"zh"`); `None` for a permanent registration, which needs no warning.
    ///
    /// ```
    /// use status_codes::Registration;
    /// assert_eq!(
    ///     Registration::Reserved.warning_in("en"),
    ///     Some("reserved: registered as unused and kept from being assigned; do not send it")
    /// );
    /// assert_eq!(Registration::Permanent.warning_in("en"), None);
    /// ```
    pub fn warning_in(self, lang: &str) -> Option<&'static str> {
        let words = match self {
            Registration::Permanent => return None,
            Registration::Temporary => (
                "temporary registration: it expires unless renewed; check the registry before relying on it",
                "临时注册：不续期就会失效；依赖它之前请先查看注册表",
            ),
            Registration::Reserved => (
                "reserved: registered as unused and kept from being assigned; do not send it",
                "保留：注册为未使用，不会再分配；不要发送",
            ),
            Registration::Obsolete => (
                "obsolete: the registry marks it obsoleted; do not send it",
                "已废止：注册表已将其标为废止；不要发送",
            ),
            Registration::Deprecated => (
                "deprecated: still registered, but no longer to be sent",
                "已弃用：仍在注册表中，但不应再发送",
            ),
            Registration::Unofficial => (
                "unofficial: not in the IANA registry",
                "非官方：不在 IANA 注册表中",
            ),
        };
        pick(lang, words)
    }

    const fn words(self) -> Words {
        match self {
            Registration::Permanent => ("permanent", "永久"),
            Registration::Temporary => ("temporary", "临时"),
            Registration::Reserved => ("reserved", "保留"),
            Registration::Obsolete => ("obsolete", "已废止"),
            Registration::Deprecated => ("deprecated", "已弃用"),
            Registration::Unofficial => ("unofficial", "非官方"),
        }
    }
}

impl fmt::Display for Registration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.words().0)
    }
}

/// A text in English and in Chinese.
type Words = (&'static str, &'static str);

/// The text of `words` in `lang`, for the two languages the labels are written in.
fn pick(lang: &str, (en, zh): Words) -> Option<&'static str> {
    match lang {
        "en" => Some(en),
        "zh" => Some(zh),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn every_value_has_words_in_both_languages() {
        for lang in ["en", "zh"] {
            for content in [Content::Allowed, Content::Empty, Content::None] {
                assert!(content.label_in(lang).is_some());
            }
            for retry in [Retry::NotApplicable, Retry::Never, Retry::May, Retry::After] {
                assert!(retry.label_in(lang).is_some());
            }
            for level in [Requirement::Must, Requirement::Should, Requirement::May] {
                assert!(level.label_in(lang).is_some());
            }
            for condition in Condition::ALL {
                assert!(condition.label_in(lang).is_some());
            }
        }
        assert_eq!(Retry::Never.label_in("fr"), None);
    }
}
