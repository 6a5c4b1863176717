//! Responses: a [`Problem`] as an `http::Response` (features `http` and `serde`), and
//! problems and status codes as axum responses (feature `axum`) with the spec's reason phrase
//! on the status line.

#[cfg(feature = "axum")]
use axum_core::body::Body;
#[cfg(feature = "axum")]
use axum_core::response::{IntoResponse, Response};
use http::header::{CONTENT_LANGUAGE, CONTENT_TYPE, HeaderValue, RETRY_AFTER};

use crate::Problem;

/// The media type of a problem document (RFC 9457 section 6.1).
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The status of `code` for `http`, which holds `100..=999`; 500 for any other number.
fn http_status(code: u16) -> http::StatusCode {
    crate::interop::to_http(code).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
}

/// The problem as a response: its status, `content-type: application/problem+json`,
/// `content-language`, `retry-after` when the problem has one, and the JSON body.
///
/// The `status` member is the status of the response: a problem whose status HTTP cannot
/// carry (outside `100..=999`) is answered as the problem of 500, and the `tracing` feature
/// logs why. A status that takes no content (1xx, 204, 205, 304) is answered without a body,
/// `content-type` or `content-language`.
///
/// ```
/// use status_codes::{Problem, status};
///
/// let response = http::Response::from(Problem::new(status!(503)).retry_after(120));
/// assert_eq!(response.status(), 503);
/// assert_eq!(response.headers()["content-type"], "application/problem+json");
/// assert_eq!(response.headers()["retry-after"], "120");
/// let body: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
/// assert_eq!(body["title"], "Service Unavailable");
/// ```
impl From<Problem> for http::Response<alloc::vec::Vec<u8>> {
    fn from(problem: Problem) -> Self {
        let problem = carriable(problem);
        let status = http_status(problem.status());
        if !takes_content(problem.status()) {
            let mut response = http::Response::new(alloc::vec::Vec::new());
            *response.status_mut() = status;
            return response;
        }
        let mut response = http::Response::new(problem.to_json());
        *response.status_mut() = status;
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        // A language read from elsewhere may not be a valid header value: then none is sent.
        if let Ok(language) = HeaderValue::from_str(problem.language()) {
            headers.insert(CONTENT_LANGUAGE, language);
        }
        if let Some(seconds) = problem.retry_after_seconds() {
            headers.insert(RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// The problem, or the problem of 500 when HTTP cannot carry its status, so that the `status`
/// member is the status line's.
fn carriable(problem: Problem) -> Problem {
    if crate::interop::to_http(problem.status()).is_ok() {
        return problem;
    }
    #[cfg(feature = "tracing")]
    crate::log::uncarriable(problem.status());
    Problem::new(crate::StatusCode::InternalServerError)
}

/// Whether a response with `code` may have content: not 1xx, 204, 205 or 304 (RFC 9110
/// sections 15.2, 15.3.5, 15.3.6, 15.4.5).
pub(crate) fn takes_content(code: u16) -> bool {
    !matches!(code, 100..=199 | 204 | 205 | 304)
}

/// Puts the spec's reason phrase on the HTTP/1.1 status line: hyper writes `http`'s phrase,
/// or none for a code `http` does not know (`HTTP/1.1 460 <none>`), unless the response
/// carries one. A spec's phrase is printable ASCII, so it is a valid one.
#[cfg(feature = "axum")]
fn with_phrase(mut response: Response, phrase: Option<&'static str>) -> Response {
    let phrase = phrase.and_then(|p| hyper::ext::ReasonPhrase::try_from(p.as_bytes()).ok());
    if let Some(phrase) = phrase {
        response.extensions_mut().insert(phrase);
    }
    response
}

/// The problem's status with the reason phrase of its code, the headers and the JSON body of
/// `http::Response::from`.
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        // Under `ProblemLayer`, what the layer adds to every problem.
        crate::ambient::complete(self).respond()
    }
}

#[cfg(feature = "axum")]
impl Problem {
    /// The response of the problem as it is.
    pub(crate) fn respond(self) -> Response {
        let problem = carriable(self);
        let (code, phrase) = (problem.status(), problem.reason_phrase());
        let response = http::Response::<alloc::vec::Vec<u8>>::from(problem).map(Body::from);
        status_with(code, phrase, response)
    }
}

/// A response with `code` and its `phrase` and no body; for the generated `IntoResponse`.
#[cfg(feature = "axum")]
pub fn status_response(code: u16, phrase: Option<&'static str>) -> Response {
    status_with(code, phrase, Response::new(Body::empty()))
}

/// `response` with `code` and its `phrase`; for the generated `respond`.
#[cfg(feature = "axum")]
pub fn status_with(code: u16, phrase: Option<&'static str>, mut response: Response) -> Response {
    *response.status_mut() = http_status(code);
    // A code `http` cannot hold became 500, whose phrase is not this one.
    let phrase = phrase.filter(|_| response.status().as_u16() == code);
    with_phrase(response, phrase)
}
