//! Reading a problem back, as a client receives it: any RFC 9457 document, leniently.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;

use serde_json::{Map, Value};

use super::{ABOUT_BLANK, FieldError, MEMBERS, Problem};
use crate::StatusEnum;

/// The language of a problem read from JSON, which does not say it: BCP 47's "undetermined".
const UNDETERMINED: &str = "und";

/// Any JSON object reads as a problem (RFC 9457 section 3.1): a member that is missing takes
/// its default (`type` is `about:blank`, `title` is empty, `status` is none: see
/// [`Problem::status_as`]); a member of the wrong JSON type is ignored, as if it were missing;
/// an `errors` entry that is not an object with a string `pointer` and `detail` is skipped;
/// every other member is an extension. Only a document that is not an object is an error.
///
/// The depth of nesting is bounded by the deserializer: `serde_json` refuses more than 128
/// levels with an error.
///
/// ```
/// use status_codes::{Problem, StatusCode};
///
/// let json = br##"{"title": "Out of stock", "status": "409", "sku": "A-7",
///     "errors": [{"pointer": "#/items/0/qty", "detail": "must be positive"}]}"##;
/// let problem = Problem::from_json(json).unwrap();
/// assert_eq!(problem.type_uri(), "about:blank");
/// assert_eq!(problem.status_as::<StatusCode>(), None); // "409" is a string: ignored
/// assert_eq!(problem.extensions()["sku"], "A-7");
/// assert_eq!(problem.errors()[0].detail(), "must be positive");
/// ```
impl<'de> serde::Deserialize<'de> for Problem {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Map::deserialize(deserializer).map(Problem::from_members)
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Problem {
    /// Reads an `application/problem+json` document: see the `Deserialize` impl for how
    /// leniently. The error says where the JSON is broken, or that it is not an object.
    ///
    /// A problem this crate wrote reads back equal to the one sent:
    ///
    /// ```
    /// use status_codes::{Problem, status};
    ///
    /// let sent = Problem::new(status!(422)).with_error("#/qty", "must be positive");
    /// assert_eq!(Problem::from_json(&sent.to_json()).unwrap(), sent);
    /// ```
    ///
    /// Needs the feature `serde`.
    pub fn from_json(json: &[u8]) -> Result<Problem, serde_json::Error> {
        serde_json::from_slice(json)
    }

    /// The `status` member as a code of `S`, such as a service's own enum; `None` when the
    /// document has no status code (the member is missing, or is not a number in
    /// `100..=999`).
    ///
    /// [`status`](Self::status) gives the number, 0 when there is none; this gives what the
    /// spec of `S` knows of it, such as whether to retry.
    ///
    /// ```
    /// use status_codes::{Problem, Retry, StatusCode};
    ///
    /// let problem = Problem::from_json(br#"{"status": 503}"#).unwrap();
    /// let code = problem.status_as::<StatusCode>();
    /// assert_eq!(code, Some(StatusCode::ServiceUnavailable));
    /// assert_eq!(code.map(|c| c.retry()), Some(Retry::After));
    /// ```
    ///
    /// Needs the feature `serde`.
    pub fn status_as<S: StatusEnum>(&self) -> Option<S> {
        is_status(self.status).then(|| S::from_u16(self.status))
    }

    /// Reads the problem of a whole response, its body collected: the document as
    /// [`from_json`](Self::from_json) reads it, completed by what travels around it: the
    /// response's status when the document has none (where it has one, that one is kept, as
    /// RFC 9457 section 3.1.2 asks), the language of `Content-Language` and the seconds of
    /// `Retry-After` (an HTTP-date is left out: see `retry::SpecRetry` to act on it).
    ///
    /// ```
    /// use status_codes::{Problem, status};
    ///
    /// let sent = Problem::new_in(status!(503), "zh").retry_after(30);
    /// let response = http::Response::from(sent.clone());
    /// let read = Problem::from_response(&response).unwrap();
    /// assert_eq!(read, sent);
    /// assert_eq!((read.language(), read.retry_after_seconds()), ("zh", Some(30)));
    /// ```
    ///
    /// Needs the features `serde` and `http`.
    #[cfg(feature = "http")]
    #[cfg_attr(docsrs, doc(cfg(all(feature = "serde", feature = "http"))))]
    pub fn from_response<B: AsRef<[u8]>>(
        response: &http::Response<B>,
    ) -> Result<Problem, serde_json::Error> {
        use http::header::{CONTENT_LANGUAGE, RETRY_AFTER};
        let mut problem = Problem::from_json(response.body().as_ref())?;
        if !is_status(problem.status) {
            problem.status = response.status().as_u16();
        }
        let header = |name| response.headers().get(name).and_then(|v| v.to_str().ok());
        if let Some(language) = header(CONTENT_LANGUAGE).map(str::trim) {
            problem.language = Cow::Owned(language.into());
        }
        problem.retry_after = header(RETRY_AFTER).and_then(|v| v.trim().parse().ok());
        Ok(problem)
    }

    fn from_members(mut members: Map<String, Value>) -> Problem {
        let mut text = |name: &str| match members.remove(name) {
            Some(Value::String(text)) => Some(Cow::Owned(text)),
            _ => None,
        };
        let type_uri = text("type").unwrap_or(Cow::Borrowed(ABOUT_BLANK));
        let title = text("title").unwrap_or_default();
        let (detail, instance) = (text("detail"), text("instance"));
        let (description, key) = (text("description"), text("key"));
        let status = match members.remove("status") {
            Some(Value::Number(n)) => n
                .as_u64()
                .and_then(|n| u16::try_from(n).ok())
                .filter(|n| is_status(*n))
                .unwrap_or(0),
            _ => 0,
        };
        let errors = match members.remove("errors") {
            Some(Value::Array(entries)) => entries.into_iter().filter_map(field_error).collect(),
            _ => Vec::new(),
        };
        // What is left are extensions; a member name of our own was taken above, wrong-typed
        // ones included, so none can come back as an extension.
        debug_assert!(MEMBERS.iter().all(|name| !members.contains_key(*name)));
        Problem {
            type_uri,
            title,
            status,
            detail,
            instance,
            // A document that has a description asked for it.
            describe: description.is_some(),
            description,
            key,
            language: Cow::Borrowed(UNDETERMINED),
            reason_phrase: None,
            retry_after: None,
            errors,
            extensions: members,
        }
    }
}

/// Whether a number is an HTTP status code: three digits (RFC 9110 section 15).
fn is_status(code: u16) -> bool {
    (100..=999).contains(&code)
}

/// An `errors` entry: an object with a string `pointer` and a string `detail`.
fn field_error(entry: Value) -> Option<FieldError> {
    let Value::Object(mut entry) = entry else {
        return None;
    };
    match (entry.remove("pointer"), entry.remove("detail")) {
        (Some(Value::String(pointer)), Some(Value::String(detail))) => {
            Some(FieldError::new(pointer, detail))
        }
        _ => None,
    }
}
