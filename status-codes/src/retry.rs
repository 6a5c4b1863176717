//! The client's side of the spec: whether and when to send a request again (feature `retry`).
//!
//! [`SpecRetry`] decides from what the spec says of the code ([`Retry`]), the method's
//! idempotence and the response's `Retry-After`; with the feature `tower` it is a
//! `tower::retry::Policy` as well, for hyper and any other tower client.
//!
//! ```
//! use std::time::Duration;
//!
//! use http::{HeaderMap, HeaderValue, Method};
//! use status_codes::retry::SpecRetry;
//!
//! let policy = SpecRetry::<status_codes::StatusCode>::new().max_wait(Duration::from_secs(10));
//! let mut headers = HeaderMap::new();
//! headers.insert("retry-after", HeaderValue::from_static("2"));
//!
//! // 503 says when: after two seconds.
//! assert_eq!(policy.decide(&Method::GET, 503, &headers, 1), Some(Duration::from_secs(2)));
//! // 404 will not change; a POST on 502 may have been carried out upstream.
//! assert_eq!(policy.decide(&Method::GET, 404, &HeaderMap::new(), 1), None);
//! assert_eq!(policy.decide(&Method::POST, 502, &HeaderMap::new(), 1), None);
//! // An hour is longer than the ten seconds this client waits: give up now.
//! headers.insert("retry-after", HeaderValue::from_static("3600"));
//! assert_eq!(policy.decide(&Method::GET, 503, &headers, 1), None);
//! ```
//!
//! # With reqwest
//!
//! reqwest's client (0.12 and 0.13) has no tower layer; call [`SpecRetry::decide`] in a loop
//! (its `Method` and `HeaderMap` are `http`'s):
//!
//! ```no_run
//! # async fn get(client: &reqwest::Client, url: &str) -> reqwest::Result<reqwest::Response> {
//! use status_codes::{StatusCode, retry::SpecRetry};
//!
//! let policy = SpecRetry::<StatusCode>::new().max_attempts(4);
//! let mut attempt = 1;
//! loop {
//!     let response = client.get(url).send().await?;
//!     let status = response.status().as_u16();
//!     match policy.decide(&reqwest::Method::GET, status, response.headers(), attempt) {
//!         Some(wait) => tokio::time::sleep(wait).await,
//!         None => return Ok(response),
//!     }
//!     attempt += 1;
//! }
//! # }
//! ```

use core::marker::PhantomData;
use core::time::Duration;
use std::hash::{BuildHasher, RandomState};
use std::time::SystemTime;

use http::header::RETRY_AFTER;
use http::{HeaderMap, Method};

use crate::{Retry, StatusCode, StatusEnum};

#[cfg(feature = "tower")]
mod policy;

/// When to send a request again, as the spec of `S` says: a retry decision for an HTTP client.
///
/// [`decide`](Self::decide) gives the wait before the next attempt, or `None` to give up:
///
/// - **The code**: only a code whose spec says [`Retry::May`] or [`Retry::After`] is retried
///   (in the IANA spec: 408, 421, 423, 425, 429, 500, 502, 503, 504, 511); a code `S` does not
///   know is not.
/// - **The method**: an idempotent one (RFC 9110 section 9.2.2: GET, HEAD, OPTIONS, TRACE,
///   PUT, DELETE) is retried on both. Any other (POST, PATCH, CONNECT, and methods RFC 9110
///   does not define) only on [`Retry::After`]: that hint means the server turned the request
///   away before acting on it and said to come back (429, 503). The spec's texts of 500, 502
///   and 504 say to retry "automatically only for idempotent requests", since the server or
///   the upstream may have done the work. (Those of 408, 421 and 425 allow non-idempotent
///   methods too, but their hint is `may`, which does not say so, and this type reads only
///   the hint: such a request is not retried.)
/// - **The wait**: `Retry-After` as delta-seconds or as an HTTP-date (RFC 9110 section
///   10.2.3); a wait longer than [`max_wait`](Self::max_wait) gives up at once instead of
///   sleeping. Without `Retry-After`, or with one that does not parse, an exponential
///   back-off with jitter: `base_delay` doubled at each attempt, at most `max_wait`, and a
///   random point in the upper half of that.
/// - **The count**: [`max_attempts`](Self::max_attempts) counts every attempt, the first
///   included.
///
/// A server behind a proxy that answers 503 for an upstream that broke off mid-request (some
/// do) breaks the rule for `after`; such a client sends POST without this policy, or with an
/// idempotency key the server honours.
///
/// Defaults: 3 attempts, a 30-second `max_wait`, a 250-millisecond `base_delay`.
pub struct SpecRetry<S = StatusCode> {
    max_attempts: u32,
    max_wait: Duration,
    base_delay: Duration,
    /// The attempts of the one request this copy serves as a tower policy (tower clones the
    /// policy for every request).
    #[cfg_attr(not(feature = "tower"), allow(dead_code))]
    attempts: u32,
    status: PhantomData<fn() -> S>,
}

impl<S> Clone for SpecRetry<S> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<S> Copy for SpecRetry<S> {}

impl<S> core::fmt::Debug for SpecRetry<S> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("SpecRetry")
            .field("status", &core::any::type_name::<S>())
            .field("max_attempts", &self.max_attempts)
            .field("max_wait", &self.max_wait)
            .field("base_delay", &self.base_delay)
            .finish()
    }
}

impl<S: StatusEnum> Default for SpecRetry<S> {
    fn default() -> Self {
        SpecRetry::new()
    }
}

impl<S: StatusEnum> SpecRetry<S> {
    /// The decision with the defaults: 3 attempts, waits of at most 30 seconds, back-off from
    /// 250 milliseconds.
    pub const fn new() -> Self {
        SpecRetry {
            max_attempts: 3,
            max_wait: Duration::from_secs(30),
            base_delay: Duration::from_millis(250),
            attempts: 0,
            status: PhantomData,
        }
    }

    /// How many attempts in all, the first included; 1 never retries (0 counts as 1).
    pub const fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = if attempts == 0 { 1 } else { attempts };
        self
    }

    /// The longest wait: a `Retry-After` asking for more gives up at once, and the back-off
    /// stops growing there.
    pub const fn max_wait(mut self, wait: Duration) -> Self {
        self.max_wait = wait;
        self
    }

    /// The back-off after the first attempt, doubled after each further one.
    pub const fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The wait before the next attempt after attempt number `attempt` (from 1) of a
    /// `method` request was answered with `status` and `headers`; `None` to give up and
    /// keep that response. See the [type](SpecRetry) for the rules.
    pub fn decide(
        &self,
        method: &Method,
        status: u16,
        headers: &HeaderMap,
        attempt: u32,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let may_resend = match S::from_u16(status).retry() {
            Retry::After => true,
            Retry::May => is_idempotent(method),
            Retry::Never | Retry::NotApplicable => false,
        };
        if !may_resend {
            return None;
        }
        match retry_after(headers, SystemTime::now()) {
            Some(wait) => (wait <= self.max_wait).then_some(wait),
            None => Some(self.backoff(attempt)),
        }
    }

    /// The wait before the next attempt after attempt number `attempt` failed with no
    /// response (the connection was refused or broke): the back-off for an idempotent method,
    /// `None` for any other, which the server may have carried out.
    pub fn decide_error(&self, method: &Method, attempt: u32) -> Option<Duration> {
        (attempt < self.max_attempts && is_idempotent(method)).then(|| self.backoff(attempt))
    }

    /// `base_delay * 2^(attempt - 1)`, at most `max_wait`, then a random point in its upper
    /// half ("equal jitter"): clients that failed together do not come back together, and
    /// none comes back at once.
    fn backoff(&self, attempt: u32) -> Duration {
        let doublings = attempt.saturating_sub(1).min(31);
        let ceiling = self
            .base_delay
            .saturating_mul(1 << doublings)
            .min(self.max_wait);
        let half = ceiling / 2;
        let span = u64::try_from((ceiling - half).as_nanos()).unwrap_or(u64::MAX);
        let offset = random().checked_rem(span.saturating_add(1)).unwrap_or(0);
        half + Duration::from_nanos(offset)
    }
}

/// Whether a method is idempotent (RFC 9110 section 9.2.2); a method RFC 9110 does not
/// define is not known to be.
fn is_idempotent(method: &Method) -> bool {
    [
        Method::GET,
        Method::HEAD,
        Method::OPTIONS,
        Method::TRACE,
        Method::PUT,
        Method::DELETE,
    ]
    .contains(method)
}

/// The wait `Retry-After` asks for (RFC 9110 section 10.2.3), from `now`: delta-seconds, or
/// an HTTP-date in any of its three formats (0 when it is past); `None` when the field is
/// missing or malformed.
fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // More seconds than a u64 holds are valid, and longer than any wait.
        return Some(Duration::from_secs(value.parse().unwrap_or(u64::MAX)));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

/// 64 random bits for the jitter: std's `RandomState` has random keys per thread and a new
/// one for every call, so no RNG crate is needed for numbers that only spread clients apart.
fn random() -> u64 {
    RandomState::new().hash_one(SystemTime::now())
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;
    use std::vec::Vec;

    fn headers(retry_after: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_static(retry_after));
        headers
    }

    #[test]
    fn retry_after_reads_seconds_and_the_three_date_formats() {
        let now =
            httpdate::parse_http_date("Sun, 06 Nov 1994 08:49:00 GMT").expect("an IMF-fixdate");
        let wait = |value| retry_after(&headers(value), now);
        assert_eq!(wait("120"), Some(Duration::from_secs(120)));
        assert_eq!(wait(" 7 "), Some(Duration::from_secs(7)));
        assert_eq!(wait("0"), Some(Duration::ZERO));
        let thirty_seven = Some(Duration::from_secs(37));
        assert_eq!(wait("Sun, 06 Nov 1994 08:49:37 GMT"), thirty_seven);
        assert_eq!(wait("Sunday, 06-Nov-94 08:49:37 GMT"), thirty_seven);
        assert_eq!(wait("Sun Nov  6 08:49:37 1994"), thirty_seven);
        // A date that is past: go now.
        assert_eq!(wait("Sat, 05 Nov 1994 08:49:37 GMT"), Some(Duration::ZERO));
        // Valid, and longer than any wait.
        let huge = wait("99999999999999999999999");
        assert_eq!(huge, Some(Duration::from_secs(u64::MAX)));
        for malformed in [
            "",
            "-1",
            "1.5",
            "soon",
            "0x10",
            "Sun, 06 Nov 1994 25:00:00 GMT",
        ] {
            assert_eq!(wait(malformed), None, "{malformed:?}");
        }
        assert_eq!(retry_after(&HeaderMap::new(), now), None);
    }

    #[test]
    fn backoff_doubles_up_to_max_wait_and_jitters_in_the_upper_half() {
        let policy = SpecRetry::<StatusCode>::new()
            .base_delay(Duration::from_millis(100))
            .max_wait(Duration::from_millis(700));
        for (attempt, ceiling) in [(1, 100), (2, 200), (3, 400), (4, 700), (40, 700)] {
            let ceiling = Duration::from_millis(ceiling);
            let waits: Vec<Duration> = (0..200).map(|_| policy.backoff(attempt)).collect();
            for wait in &waits {
                assert!(
                    *wait >= ceiling / 2 && *wait <= ceiling,
                    "{attempt}: {wait:?}"
                );
            }
            // Really random: 200 draws from a span of millions of nanoseconds are not one value.
            let first = waits[0];
            assert!(
                waits.iter().any(|w| *w != first),
                "{attempt}: all {first:?}"
            );
        }
        let none = SpecRetry::<StatusCode>::new().base_delay(Duration::ZERO);
        assert_eq!(none.backoff(5), Duration::ZERO);
        let most = SpecRetry::<StatusCode>::new()
            .base_delay(Duration::MAX)
            .max_wait(Duration::MAX);
        assert!(most.backoff(u32::MAX) >= Duration::MAX / 2);
    }
}
