//! `SpecRetry::decide`: which codes, which methods, which waits; every code walked, the waits
//! by property. The same decisions over real HTTP are in tests/client.rs.

use std::time::{Duration, SystemTime};

use http::{HeaderMap, HeaderValue, Method};
use proptest::prelude::*;
use status_codes::retry::SpecRetry;
use status_codes::{Retry, StatusCode, status, status_enum};

/// IANA's codes with a service's own: 460 (no retry hint) and 503 with a key of its own.
#[status_enum(spec = ["iana", "../tests/specs/problems.yaml"])]
pub enum ServiceStatus {}

const IDEMPOTENT: [Method; 6] = [
    Method::GET,
    Method::HEAD,
    Method::OPTIONS,
    Method::TRACE,
    Method::PUT,
    Method::DELETE,
];

fn methods() -> Vec<Method> {
    let mut methods = IDEMPOTENT.to_vec();
    methods.extend([Method::POST, Method::PATCH, Method::CONNECT]);
    methods.push(Method::from_bytes(b"PURGE").expect("a valid extension method"));
    methods
}

fn retry_after(value: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(
        "retry-after",
        HeaderValue::from_str(value).expect("a valid header value"),
    );
    headers
}

#[test]
fn only_may_and_after_codes_are_retried_and_only_after_for_any_method() {
    let policy = SpecRetry::<StatusCode>::new();
    let none = HeaderMap::new();
    for code in 0..=u16::MAX {
        let hint = StatusCode::from(code).retry();
        for method in methods() {
            let retried = policy.decide(&method, code, &none, 1).is_some();
            let expected = match hint {
                Retry::After => true,
                Retry::May => IDEMPOTENT.contains(&method),
                Retry::Never | Retry::NotApplicable => false,
            };
            assert_eq!(retried, expected, "{method} {code} ({hint:?})");
        }
    }
}

/// The codes the type's docs name, so that the docs cannot drift from the spec.
#[test]
fn the_retried_iana_codes_are_the_ones_the_docs_name() {
    let retried: Vec<u16> = StatusCode::ALL
        .iter()
        .filter(|code| code.retry().is_retryable())
        .map(|code| code.as_u16())
        .collect();
    assert_eq!(retried, [408, 421, 423, 425, 429, 500, 502, 503, 504, 511]);
    let after: Vec<u16> = StatusCode::ALL
        .iter()
        .filter(|code| code.retry() == Retry::After)
        .map(|code| code.as_u16())
        .collect();
    assert_eq!(after, [429, 503]);
}

#[test]
fn the_spec_of_the_type_parameter_decides() {
    let policy = SpecRetry::<ServiceStatus>::new();
    let none = HeaderMap::new();
    // The service's own code says nothing of retrying: never.
    assert_eq!(status!(ServiceStatus, 460).retry(), Retry::Never);
    assert_eq!(policy.decide(&Method::GET, 460, &none, 1), None);
    // Its 503 overrides only the key: still after.
    assert!(policy.decide(&Method::POST, 503, &none, 1).is_some());
}

#[test]
fn max_attempts_counts_the_first_attempt() {
    let none = HeaderMap::new();
    let policy = SpecRetry::<StatusCode>::new().max_attempts(3);
    let retried: Vec<bool> = (1..=5)
        .map(|attempt| policy.decide(&Method::GET, 503, &none, attempt).is_some())
        .collect();
    assert_eq!(retried, [true, true, false, false, false]);
    // One attempt, or none asked for: never a second one.
    for attempts in [0, 1] {
        let policy = SpecRetry::<StatusCode>::new().max_attempts(attempts);
        assert_eq!(policy.decide(&Method::GET, 503, &none, 1), None);
        assert_eq!(policy.decide_error(&Method::GET, 1), None);
    }
}

#[test]
fn a_missing_or_malformed_retry_after_falls_back_to_the_backoff() {
    let policy = SpecRetry::<StatusCode>::new()
        .base_delay(Duration::from_millis(100))
        .max_wait(Duration::from_secs(10));
    for headers in [HeaderMap::new(), retry_after("soon"), retry_after("-5")] {
        for (attempt, ceiling) in [(1, 100), (2, 200), (3, 400)] {
            let policy = policy.max_attempts(10);
            let wait = policy.decide(&Method::GET, 503, &headers, attempt);
            let ceiling = Duration::from_millis(ceiling);
            let wait = wait.expect("a 503 is retried");
            assert!(
                wait >= ceiling / 2 && wait <= ceiling,
                "{attempt}: {wait:?}"
            );
        }
    }
}

#[test]
fn an_http_date_is_a_wait_until_then() {
    let policy = SpecRetry::<StatusCode>::new().max_wait(Duration::from_secs(60));
    let in_twenty = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(20));
    let wait = policy
        .decide(&Method::GET, 429, &retry_after(&in_twenty), 1)
        .expect("20 s is within max_wait");
    // The date has whole seconds: between 19 and 20 s from now.
    assert!(
        wait > Duration::from_secs(18) && wait <= Duration::from_secs(20),
        "{wait:?}"
    );
    let in_an_hour = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(3600));
    assert_eq!(
        policy.decide(&Method::GET, 429, &retry_after(&in_an_hour), 1),
        None
    );
    let past = "Sun, 06 Nov 1994 08:49:37 GMT";
    assert_eq!(
        policy.decide(&Method::GET, 429, &retry_after(past), 1),
        Some(Duration::ZERO)
    );
}

#[test]
fn an_error_without_a_response_retries_idempotent_methods_only() {
    let policy = SpecRetry::<StatusCode>::new();
    for method in methods() {
        let retried = policy.decide_error(&method, 1).is_some();
        assert_eq!(retried, IDEMPOTENT.contains(&method), "{method}");
    }
    assert_eq!(policy.decide_error(&Method::GET, 3), None);
}

proptest! {
    #[test]
    fn retry_after_seconds_are_waited_up_to_max_wait(
        seconds in 0u64..100_000,
        max in 0u64..100_000,
    ) {
        let policy = SpecRetry::<StatusCode>::new().max_wait(Duration::from_secs(max));
        let wait = policy.decide(&Method::GET, 503, &retry_after(&seconds.to_string()), 1);
        let expected = (seconds <= max).then(|| Duration::from_secs(seconds));
        prop_assert_eq!(wait, expected);
    }

    #[test]
    fn any_retry_after_value_gives_a_bounded_wait_or_none(
        value in "[ -~]{0,40}",
        attempt in 0u32..100,
    ) {
        let max_wait = Duration::from_secs(5);
        let policy = SpecRetry::<StatusCode>::new().max_wait(max_wait).max_attempts(100);
        if let Ok(value) = HeaderValue::from_str(&value) {
            let mut headers = HeaderMap::new();
            headers.insert("retry-after", value);
            if let Some(wait) = policy.decide(&Method::GET, 503, &headers, attempt) {
                prop_assert!(wait <= max_wait);
            }
        }
    }
}
