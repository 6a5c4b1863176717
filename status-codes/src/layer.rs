//! [`ProblemLayer`]: the tower layer that makes every error response of an axum service a
//! problem in the client's language (feature `axum`).

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use axum_core::body::Body;
use axum_core::response::Response;
use http::header::{
    ACCEPT_LANGUAGE, CONTENT_LANGUAGE, CONTENT_LENGTH, CONTENT_TYPE, HeaderValue, VARY,
};
use http::{Method, Request};
use http_body::Body as _;

use crate::ambient::{self, Ambient};
use crate::response::PROBLEM_JSON;
use crate::{Problem, StatusCode, StatusEnum};

/// The most bytes of an error response's text that become a problem's `detail`; a longer
/// text is dropped, unread.
pub const MAX_DETAIL_LEN: usize = 4096;

/// A tower [`Layer`](tower_layer::Layer) that answers every error of an axum service with
/// an RFC 9457 problem in the client's language; needs the feature `axum`:
///
/// ```ignore
/// let app = Router::new()
///     .route("/orders/{id}", get(get_order))
///     .layer(ProblemLayer::of::<AppStatus>());
/// ```
///
/// - **Language.** It negotiates the request's `Accept-Language` once, when the first
///   problem needs it ([`negotiate::lookup`](crate::negotiate::lookup), against the status
///   enum's languages; a request answered without a problem costs a reference count),
///   and every problem made while the handler runs ([`HttpStatus::problem`](crate::HttpStatus::problem),
///   [`Problem::new`], the derive's `into_response`) is in that language, so a handler
///   returns its error and never handles languages. A problem made with an explicit
///   language ([`Problem::new_in`], [`problem_in`](crate::HttpStatus::problem_in)) keeps it.
///   A problem's response says its language in `Content-Language` (English where the spec
///   lacks a text, never a language the text is not in), and the layer adds
///   `Vary: Accept-Language`.
/// - **The framework's errors.** An error response (4xx, 5xx) that is not a problem and has
///   no body or a `text/plain` one (axum's rejections: bad JSON, a wrong content type, a
///   missing query; the fallback 404; 405, which keeps its `Allow`) becomes the problem of
///   its status in `application/problem+json`. A 4xx keeps the text as `detail` (at most
///   [`MAX_DETAIL_LEN`] bytes of UTF-8; a longer text is left out unread); a 5xx text is
///   left out (and logged with the `tracing` feature). A response with another content
///   type (a JSON error of your own) passes unchanged.
/// - **HEAD.** The problem answer to a HEAD request has no body and no `Content-Type`.
/// - **Options.** [`with_instance`](Self::with_instance) sets `instance` to the request's
///   path; [`with_description`](Self::with_description) sends the spec's `description` of
///   the code in every problem.
///
/// A problem made on a task the handler spawned does not see the request's language: it is
/// in English, and says so, unless the handler hands the language over with
/// [`request_language`](Self::request_language).
#[derive(Clone, Copy, Debug)]
pub struct ProblemLayer {
    languages: &'static [&'static str],
    problem_of: fn(u16, &str) -> Problem,
    instance: bool,
    describe: bool,
}

impl Default for ProblemLayer {
    fn default() -> ProblemLayer {
        ProblemLayer::new()
    }
}

impl ProblemLayer {
    /// The layer for [`StatusCode`]: its languages, and its texts for the framework's errors.
    pub fn new() -> ProblemLayer {
        ProblemLayer::of::<StatusCode>()
    }

    /// The layer for a status enum of your own: its languages are negotiated, and the
    /// framework's errors get its texts (the spec's overrides included).
    pub fn of<S: StatusEnum>() -> ProblemLayer {
        ProblemLayer {
            languages: S::LANGUAGES,
            problem_of: |code, language| Problem::new_in(S::from_u16(code), language),
            instance: false,
            describe: false,
        }
    }

    /// Sets each problem's `instance` to the request's path (without the query, which may
    /// carry what a log should not), where the problem has none.
    pub fn with_instance(mut self) -> ProblemLayer {
        self.instance = true;
        self
    }

    /// Sends the spec's description of the code in every problem, as
    /// [`Problem::with_description`] does for one.
    pub fn with_description(mut self) -> ProblemLayer {
        self.describe = true;
        self
    }

    /// The language negotiated for the request whose handler is running, or `None` outside
    /// a handler under the layer.
    ///
    /// A problem made while the handler runs takes this language on its own. A problem made
    /// on a task the handler spawns does not see the request, so take the language before
    /// spawning and give it to [`problem_in`](crate::HttpStatus::problem_in) or
    /// [`Problem::new_in`] there:
    ///
    /// ```
    /// use status_codes::{Problem, ProblemLayer, StatusCode};
    ///
    /// // In the handler, before spawning (outside a layer, as here, there is none).
    /// let language = ProblemLayer::request_language().unwrap_or("en");
    /// let task = std::thread::spawn(move || Problem::new_in(StatusCode::ServiceUnavailable, language));
    /// assert_eq!(task.join().unwrap().language(), "en");
    /// ```
    pub fn request_language() -> Option<&'static str> {
        ambient::with(Ambient::language)
    }
}

impl<S> tower_layer::Layer<S> for ProblemLayer {
    type Service = ProblemService<S>;

    fn layer(&self, inner: S) -> ProblemService<S> {
        ProblemService {
            inner,
            layer: *self,
        }
    }
}

/// The service of [`ProblemLayer`] around an inner service.
#[derive(Clone, Debug)]
pub struct ProblemService<S> {
    inner: S,
    layer: ProblemLayer,
}

impl<S, B> tower_service::Service<Request<B>> for ProblemService<S>
where
    S: tower_service::Service<Request<B>, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = ProblemFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<B>) -> ProblemFuture<S::Future> {
        let ambient = Ambient {
            accept: request.headers().get(ACCEPT_LANGUAGE).cloned(),
            languages: self.layer.languages,
            negotiated: None,
            describe: self.layer.describe,
            path: match self.layer.instance {
                true => request.uri().path_and_query().cloned(),
                false => None,
            },
        };
        ProblemFuture {
            head: request.method() == Method::HEAD,
            problem_of: self.layer.problem_of,
            inner: self.inner.call(request),
            ambient: Some(ambient),
            reading: None,
        }
    }
}

pin_project_lite::pin_project! {
    /// The response future of [`ProblemService`].
    pub struct ProblemFuture<F> {
        #[pin]
        inner: F,
        ambient: Option<Ambient>,
        head: bool,
        problem_of: fn(u16, &str) -> Problem,
        // Boxed: only a response that becomes a problem needs it, and the future of every
        // request stays small.
        reading: Option<Box<Reading>>,
    }
}

impl<F: core::fmt::Debug> core::fmt::Debug for ProblemFuture<F> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ProblemFuture")
            .field("inner", &self.inner)
            .finish_non_exhaustive()
    }
}

/// An error response that becomes a problem, while its text is read.
struct Reading {
    parts: http::response::Parts,
    body: Body,
    text: Vec<u8>,
    /// The text is longer than [`MAX_DETAIL_LEN`] or could not be read.
    dropped: bool,
}

impl<F, E> Future for ProblemFuture<F>
where
    F: Future<Output = Result<Response, E>>,
{
    type Output = Result<Response, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        if this.reading.is_none() {
            // The handler's problems see the request's language while it runs.
            let outer = ambient::replace(this.ambient.take());
            let polled = this.inner.poll(cx);
            *this.ambient = ambient::replace(outer);
            let response = match polled {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Err(err)) => return Poll::Ready(Err(err)),
                Poll::Ready(Ok(response)) => response,
            };
            if is_problem(&response) {
                return Poll::Ready(Ok(finish(response, *this.head)));
            }
            if !is_plain_error(&response) {
                return Poll::Ready(Ok(response));
            }
            let (parts, body) = response.into_parts();
            // A body that says it is longer than a detail may be is not read.
            let dropped = body
                .size_hint()
                .lower()
                .try_into()
                .map_or(true, |len: usize| len > MAX_DETAIL_LEN);
            *this.reading = Some(Box::new(Reading {
                parts,
                body,
                text: Vec::new(),
                dropped,
            }));
        }
        let Some(reading) = this.reading.as_mut() else {
            unreachable!("a problem future reads a body only after it set `reading`")
        };
        while !reading.dropped {
            match Pin::new(&mut reading.body).poll_frame(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => break,
                Poll::Ready(Some(Ok(frame))) => {
                    if let Ok(data) = frame.into_data() {
                        if reading.text.len() + data.len() > MAX_DETAIL_LEN {
                            reading.dropped = true;
                        } else {
                            reading.text.extend_from_slice(&data);
                        }
                    }
                }
                Poll::Ready(Some(Err(_))) => reading.dropped = true,
            }
        }
        let Some(reading) = this.reading.take() else {
            unreachable!("a problem future converts a response once")
        };
        // Lost only if this thread's slot was torn down while the handler ran.
        let ambient = this.ambient.take().unwrap_or(Ambient {
            accept: None,
            languages: &[],
            negotiated: None,
            describe: false,
            path: None,
        });
        Poll::Ready(Ok(convert(*reading, ambient, *this.problem_of, *this.head)))
    }
}

/// Whether the response is a problem already.
fn is_problem(response: &Response) -> bool {
    response
        .headers()
        .get(CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes() == PROBLEM_JSON.as_bytes())
}

/// Whether the response is an error with no body or plain text, as axum's own are.
fn is_plain_error(response: &Response) -> bool {
    let status = response.status();
    (status.is_client_error() || status.is_server_error())
        && response
            .headers()
            .get(CONTENT_TYPE)
            .is_none_or(|value| value.as_bytes().starts_with(b"text/plain"))
}

/// A problem response as the layer sends it: `Vary: Accept-Language`, and for HEAD no body
/// and no content type.
fn finish(mut response: Response, head: bool) -> Response {
    let headers = response.headers_mut();
    headers.append(VARY, HeaderValue::from_static("accept-language"));
    if head {
        headers.remove(CONTENT_TYPE);
        headers.remove(CONTENT_LANGUAGE);
        headers.remove(CONTENT_LENGTH);
        // Of unknown length, so that hyper does not answer `content-length: 0`, which would
        // claim that a GET has an empty body.
        *response.body_mut() = Body::new(NoBody);
    }
    response
}

/// The problem of an error response's status, with its text as the detail of a 4xx; the
/// response's other headers (such as the `Allow` of a 405) stay.
fn convert(
    reading: Reading,
    mut ambient: Ambient,
    problem_of: fn(u16, &str) -> Problem,
    head: bool,
) -> Response {
    let Reading {
        mut parts,
        text,
        dropped,
        ..
    } = reading;
    let code = parts.status.as_u16();
    let problem = problem_of(code, ambient.language());
    let mut problem = ambient::ambient_parts(problem, ambient.describe, ambient.path);
    let text = match dropped {
        true => None,
        false => core::str::from_utf8(&text)
            .ok()
            .map(str::trim)
            .filter(|t| !t.is_empty()),
    };
    if code < 500 {
        if let Some(text) = text {
            problem = problem.with_detail(alloc::string::String::from(text));
        }
    } else {
        #[cfg(feature = "tracing")]
        crate::log::masked_text(code, text);
    }
    let (made, body) = problem.respond().into_parts();
    parts.headers.remove(CONTENT_LENGTH);
    parts.headers.remove(CONTENT_TYPE);
    for name in [CONTENT_TYPE, CONTENT_LANGUAGE] {
        if let Some(value) = made.headers.get(&name) {
            parts.headers.insert(name, value.clone());
        }
    }
    parts.extensions.extend(made.extensions);
    finish(Response::from_parts(parts, body), head)
}

/// The body of the answer to HEAD: none, and of a length this layer does not claim.
struct NoBody;

impl http_body::Body for NoBody {
    type Data = bytes::Bytes;
    type Error = core::convert::Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        Poll::Ready(None)
    }
}
