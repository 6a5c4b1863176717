//! RFC 9457 problem details, made from what the spec says of a code.

use alloc::borrow::Cow;
#[cfg(feature = "serde")]
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::StatusEnum;

mod errors;
#[cfg(feature = "serde")]
mod read;

pub use errors::FieldError;

/// The problem type of a problem whose type is the status code alone (RFC 9457 section 4.2.1).
pub const ABOUT_BLANK: &str = "about:blank";

/// An RFC 9457 problem document: the body an HTTP API answers an error with. Needs the
/// feature `alloc`, which the default `std` turns on; its JSON needs `serde`.
///
/// Made from a status code, it takes from the spec the problem `type` (`about:blank` unless
/// the spec gives the code a `problem` type), the `title` (the reason phrase, as RFC 9457 asks
/// for `about:blank`, or the spec's title in another language), the `status`, and the `key`
/// extension member where the spec gives the code one. The code's `description` (the
/// spec's explanation of the code, the same in every answer) is sent only when asked for,
/// with [`with_description`](Self::with_description) or on
/// `ProblemLayer` (feature `axum`). A `detail` says what happened this time;
/// [`HttpStatus::problem`](crate::HttpStatus::problem) sets it to the error's message where
/// the error may show it.
///
/// With the `serde` feature it serializes to the RFC's JSON members, and takes extension
/// members of its own (`with_extension`); with `http` as well it
/// becomes an `http::Response` with an `application/problem+json` body, and with `axum` it is
/// an `IntoResponse` that also writes the spec's reason phrase on the status line. It also
/// deserializes from any RFC 9457 document (`status_as` gives the typed code).
///
/// Two problems are equal when their documents are: the JSON members, `errors` and the
/// extensions; the language, the reason phrase and `Retry-After` travel in the headers and
/// the status line, so a problem read back from its JSON equals the one sent.
///
/// ```
/// use status_codes::{Problem, status};
///
/// let problem = Problem::new(status!(404)).with_detail("there is no order 7");
/// assert_eq!(problem.type_uri(), "about:blank");
/// assert_eq!(problem.title(), "Not Found");
/// assert_eq!(problem.status(), 404);
/// assert_eq!(problem.detail(), Some("there is no order 7"));
///
/// let chinese = Problem::new_in(status!(404), "zh");
/// assert_eq!(chinese.title(), "未找到");
/// assert_eq!(chinese.language(), "zh");
/// ```
#[derive(Clone, Debug)]
pub struct Problem {
    type_uri: Cow<'static, str>,
    title: Cow<'static, str>,
    status: u16,
    detail: Option<Cow<'static, str>>,
    instance: Option<Cow<'static, str>>,
    description: Option<Cow<'static, str>>,
    key: Option<Cow<'static, str>>,
    language: Cow<'static, str>,
    reason_phrase: Option<&'static str>,
    retry_after: Option<u32>,
    errors: Vec<FieldError>,
    describe: bool,
    #[cfg(feature = "serde")]
    extensions: serde_json::Map<String, serde_json::Value>,
}

impl Problem {
    /// The problem of a code, with no detail: in English, or, while a handler under
    /// `ProblemLayer` (feature `axum`) runs, in the language negotiated for its request.
    pub fn new<S: StatusEnum>(status: S) -> Problem {
        Problem::new_in(status, crate::ambient::language())
    }

    /// The problem of a code with its title and description in the language `lang` asks
    /// for: a tag such as `"zh"`, or a whole `Accept-Language` value such as
    /// `"zh-CN,zh;q=0.9,en;q=0.8"`, negotiated against the spec's languages by
    /// [`negotiate::lookup`](crate::negotiate::lookup) (`zh-CN`, `zh-Hans-CN`, `ZH` reach
    /// `zh`; English is the last resort).
    ///
    /// The problem is in one language: the chosen one where the spec has every text of the
    /// code in it (its title, and its description where the code has one), else English for
    /// both, so that [`language`](Self::language) (the `Content-Language` of the response)
    /// never names a language the texts are not in. An override that gives a code only an
    /// English description thus answers in English.
    ///
    /// ```
    /// use status_codes::{Problem, StatusCode};
    ///
    /// let problem = Problem::new_in(StatusCode::TooManyRequests, "zh");
    /// assert_eq!(problem.title(), "请求过多");
    /// // No French texts: English, and the problem says so.
    /// let problem = Problem::new_in(StatusCode::TooManyRequests, "fr");
    /// assert_eq!((problem.title(), problem.language()), ("Too Many Requests", "en"));
    /// ```
    pub fn new_in<S: StatusEnum>(status: S, lang: &str) -> Problem {
        let phrase = status.reason_phrase();
        let language = crate::negotiate::lookup(lang, S::LANGUAGES);
        let complete = status.description().is_none() || status.description_in(language).is_some();
        let (title, language) = match status.title_in(language) {
            Some(title) if complete => (Some(title), language),
            _ => (phrase, "en"),
        };
        let description = status
            .description_in(language)
            .or_else(|| status.description());
        Problem {
            type_uri: Cow::Borrowed(status.problem_type().unwrap_or(ABOUT_BLANK)),
            // A code the spec lacks has no phrase: its class's name stands in.
            title: match (title, status.class()) {
                (Some(title), _) => Cow::Borrowed(title),
                (None, Some(class)) => Cow::Borrowed(class.name_in(language).unwrap_or_default()),
                (None, None) => Cow::Borrowed(""),
            },
            status: status.as_u16(),
            detail: None,
            instance: None,
            description: description.map(Cow::Borrowed),
            key: status.key().map(Cow::Borrowed),
            language: Cow::Borrowed(language),
            reason_phrase: phrase,
            retry_after: None,
            errors: Vec::new(),
            describe: false,
            #[cfg(feature = "serde")]
            extensions: serde_json::Map::new(),
        }
    }

    /// This occurrence in words, for the `detail` member.
    pub fn with_detail(mut self, detail: impl Into<Cow<'static, str>>) -> Problem {
        self.detail = Some(detail.into());
        self
    }

    /// A URI of this occurrence, for the `instance` member.
    pub fn with_instance(mut self, instance: impl Into<Cow<'static, str>>) -> Problem {
        self.instance = Some(instance.into());
        self
    }

    /// Another problem type URI than the spec's.
    pub fn with_type(mut self, type_uri: impl Into<Cow<'static, str>>) -> Problem {
        self.type_uri = type_uri.into();
        self
    }

    /// Another title than the spec's.
    pub fn with_title(mut self, title: impl Into<Cow<'static, str>>) -> Problem {
        self.title = title.into();
        self
    }

    /// Sends the spec's description of the code as the `description` extension member. It
    /// is left out by default: it explains the status code, not this problem, and is the
    /// same in every answer.
    pub fn with_description(mut self) -> Problem {
        self.describe = true;
        self
    }

    /// How many seconds a client waits before it tries again: sent as `Retry-After`, which
    /// the spec names for 503, 429 and the other codes whose retry hint is
    /// [`Retry::After`](crate::Retry::After).
    pub fn retry_after(mut self, seconds: u32) -> Problem {
        self.retry_after = Some(seconds);
        self
    }

    /// One entry of the `errors` member: what is wrong at `pointer`, a JSON Pointer (RFC 6901)
    /// into the request in URI fragment form, as in RFC 9457 section 3.
    ///
    /// ```
    /// use status_codes::{Problem, status};
    ///
    /// let problem = Problem::new(status!(422)).with_error("#/items/0/qty", "must be positive");
    /// assert_eq!(problem.errors()[0].pointer(), "#/items/0/qty");
    /// ```
    pub fn with_error(
        mut self,
        pointer: impl Into<Cow<'static, str>>,
        detail: impl Into<Cow<'static, str>>,
    ) -> Problem {
        self.errors.push(FieldError::new(pointer, detail));
        self
    }

    /// Entries of the `errors` member, such as `(pointer, detail)` pairs.
    pub fn with_errors(
        mut self,
        errors: impl IntoIterator<Item = impl Into<FieldError>>,
    ) -> Problem {
        self.errors.extend(errors.into_iter().map(Into::into));
        self
    }

    /// The `type` member: a URI, `about:blank` when the status code says it all.
    pub fn type_uri(&self) -> &str {
        &self.type_uri
    }

    /// The `title` member: a short summary of the problem type.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The `status` member: the HTTP status code; 0 for a problem read from a document
    /// without one.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The `detail` member: what happened this time.
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }

    /// The `instance` member: a URI of this occurrence.
    pub fn instance(&self) -> Option<&str> {
        self.instance.as_deref()
    }

    /// The spec's description of the code, in the problem's language: the `description`
    /// extension member when [`with_description`](Self::with_description) asks for it.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The spec's machine-readable key of the code: the `key` extension member.
    pub fn key(&self) -> Option<&str> {
        self.key.as_deref()
    }

    /// The language of the title and description: the one asked for, or `"en"`; `"und"`
    /// (undetermined) for a problem read from JSON, which does not carry it.
    pub fn language(&self) -> &str {
        &self.language
    }

    /// The code's reason phrase, for the status line (the title may be in another language).
    pub fn reason_phrase(&self) -> Option<&'static str> {
        self.reason_phrase
    }

    /// The seconds of `Retry-After`, if given.
    pub fn retry_after_seconds(&self) -> Option<u32> {
        self.retry_after
    }

    /// The `errors` member: what is wrong where in the request; empty when there is none.
    pub fn errors(&self) -> &[FieldError] {
        &self.errors
    }
}

/// The document's members, by name so that a new field is a compile error here until it is
/// placed: in the document, or in the headers (then it is not compared).
impl PartialEq for Problem {
    fn eq(&self, other: &Problem) -> bool {
        let Problem {
            type_uri,
            title,
            status,
            detail,
            instance,
            description: _,
            describe: _,
            key,
            language: _,
            reason_phrase: _,
            retry_after: _,
            errors,
            #[cfg(feature = "serde")]
            extensions,
        } = self;
        // The description is a member of the document only where it is asked for.
        let description = self.description.as_ref().filter(|_| self.describe);
        #[cfg(feature = "serde")]
        let same_extensions = *extensions == other.extensions;
        #[cfg(not(feature = "serde"))]
        let same_extensions = true;
        (
            type_uri,
            title,
            status,
            detail,
            instance,
            description,
            key,
            errors,
        ) == (
            &other.type_uri,
            &other.title,
            &other.status,
            &other.detail,
            &other.instance,
            other.description.as_ref().filter(|_| other.describe),
            &other.key,
            &other.errors,
        ) && same_extensions
    }
}

/// The problem of a problem type of the spec (`problems:`), told in `lang`; for the problems
/// of derived errors.
#[doc(hidden)]
pub fn problem_of_type<S: StatusEnum>(
    status: S,
    type_uri: &'static str,
    title: &'static str,
    lang: &'static str,
    detail: Option<alloc::string::String>,
) -> Problem {
    let mut problem = Problem::new(status).with_type(type_uri).with_title(title);
    problem.language = Cow::Borrowed(lang);
    // The code's description would be in another language than the problem's texts.
    if lang != "en" {
        problem.description = None;
    }
    problem.detail = detail.map(Cow::Owned);
    problem
}

impl<S: StatusEnum> From<S> for Problem {
    fn from(status: S) -> Problem {
        Problem::new(status)
    }
}

/// `404 Not Found: there is no order 7`, for logs.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.status, self.title)?;
        match &self.detail {
            Some(detail) => write!(f, ": {detail}"),
            None => Ok(()),
        }
    }
}

#[cfg(feature = "std")]
#[cfg_attr(docsrs, doc(cfg(feature = "std")))]
impl std::error::Error for Problem {}

/// The names RFC 9457 gives its members, and those this crate adds; an extension member may
/// not take one of them.
#[cfg(feature = "serde")]
const MEMBERS: &[&str] = &[
    "type",
    "title",
    "status",
    "detail",
    "instance",
    "description",
    "key",
    "errors",
];

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Problem {
    /// An extension member of this problem (RFC 9457 section 3.2), such as the balance of an
    /// account for a declined payment.
    ///
    /// A name of the problem's own members (`type`, `title`, `status`, `detail`, `instance`,
    /// `description`, `key`, `errors`) is left alone: those members are set by the methods
    /// above.
    ///
    /// ```
    /// use status_codes::{Problem, StatusCode};
    ///
    /// let problem = Problem::new(StatusCode::PaymentRequired).with_extension("balance", 30);
    /// assert_eq!(problem.extensions()["balance"], 30);
    /// ```
    ///
    /// Needs the feature `serde`.
    pub fn with_extension(
        mut self,
        name: impl Into<String>,
        value: impl Into<serde_json::Value>,
    ) -> Problem {
        let name = name.into();
        if !MEMBERS.contains(&name.as_str()) {
            self.extensions.insert(name, value.into());
        }
        self
    }

    /// The extension members added with [`with_extension`](Self::with_extension).
    ///
    /// Needs the feature `serde`.
    pub fn extensions(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.extensions
    }

    /// The problem as an `application/problem+json` document.
    ///
    /// Needs the feature `serde`.
    pub fn to_json(&self) -> alloc::vec::Vec<u8> {
        // A map of strings, numbers and JSON values cannot fail to serialize.
        serde_json::to_vec(self).unwrap_or_default()
    }
}

/// The members of RFC 9457 section 3.1 by their JSON names, then the extension members.
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.type_uri)?;
        map.serialize_entry("title", &self.title)?;
        map.serialize_entry("status", &self.status)?;
        if let Some(detail) = &self.detail {
            map.serialize_entry("detail", detail)?;
        }
        if let Some(instance) = &self.instance {
            map.serialize_entry("instance", instance)?;
        }
        if let Some(description) = self.description.as_ref().filter(|_| self.describe) {
            map.serialize_entry("description", description)?;
        }
        if let Some(key) = &self.key {
            map.serialize_entry("key", key)?;
        }
        if !self.errors.is_empty() {
            map.serialize_entry("errors", &self.errors)?;
        }
        for (name, value) in &self.extensions {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}
