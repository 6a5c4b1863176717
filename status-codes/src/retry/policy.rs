//! [`SpecRetry`] as a `tower::retry::Policy` (feature `tower`).

use http::{Request, Response};
use tower::retry::Policy;

use super::SpecRetry;
use crate::StatusEnum;

/// Retries `http` requests whose body can be cloned (such as `http_body_util::Full<Bytes>`,
/// `String` or `Vec<u8>`; a streaming body has to be collected first) with tower's
/// `Retry` middleware, waiting with tokio's timer (so it runs on a tokio runtime with time
/// enabled, as hyper's clients do). A response is judged by [`SpecRetry::decide`]; an error
/// of the inner service (no response) by [`SpecRetry::decide_error`]. The last response or
/// error is what the caller gets.
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
/// use bytes::Bytes;
/// use http_body_util::Full;
/// use hyper_util::client::legacy::Client;
/// use hyper_util::rt::TokioExecutor;
/// use status_codes::{StatusCode, retry::SpecRetry};
/// use tower::{Service, ServiceExt, retry::RetryLayer, ServiceBuilder};
///
/// let client = Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
/// let mut client = ServiceBuilder::new()
///     .layer(RetryLayer::new(SpecRetry::<StatusCode>::new().max_attempts(4)))
///     .service(client);
/// let request = http::Request::get("http://127.0.0.1:8080/orders/7").body(Full::default())?;
/// let response = client.ready().await?.call(request).await?;
/// # Ok(())
/// # }
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "tower")))]
impl<S: StatusEnum, B: Clone, R, E> Policy<Request<B>, Response<R>, E> for SpecRetry<S> {
    type Future = tokio::time::Sleep;

    fn retry(
        &mut self,
        request: &mut Request<B>,
        result: &mut Result<Response<R>, E>,
    ) -> Option<Self::Future> {
        self.attempts = self.attempts.saturating_add(1);
        let method = request.method();
        let wait = match result {
            Ok(response) => self.decide(
                method,
                response.status().as_u16(),
                response.headers(),
                self.attempts,
            ),
            Err(_) => self.decide_error(method, self.attempts),
        }?;
        Some(tokio::time::sleep(wait))
    }

    fn clone_request(&mut self, request: &Request<B>) -> Option<Request<B>> {
        Some(request.clone())
    }
}
