//! One enum from the built-in IANA and Cloudflare specs and a service's own spec, which
//! overrides IANA codes (writing only what it changes) and adds codes of its own.
#![deny(warnings, missing_docs)]

use status_codes::{Registration, Retry, StatusCode, status};

/// The codes of an example payments service behind Cloudflare.
#[status_codes::status_enum(spec = ["iana", "cloudflare", "../tests/specs/payments.yaml"])]
pub enum Payments {}

#[test]
fn every_spec_contributes_its_codes() {
    assert_eq!(Payments::from(404), Payments::NotFound);
    assert_eq!(Payments::from(522), Payments::ConnectionTimedOut);
    assert_eq!(Payments::from(460), Payments::CardDeclined);
    assert_eq!(Payments::from(561), Payments::LedgerDown);
    let cloudflare = 8;
    let own = 2;
    assert_eq!(
        Payments::ALL.len(),
        StatusCode::ALL.len() + cloudflare + own
    );
    assert!(Payments::ALL.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(status!(Payments, 460).key(), Some("card_declined"));
}

#[test]
fn an_override_replaces_only_what_it_writes() {
    let limited = Payments::TooManyRequests;
    let iana = StatusCode::TooManyRequests;
    assert!(
        limited
            .description()
            .is_some_and(|d| d.starts_with("This API key sent more than 100"))
    );
    assert!(
        limited
            .description_in("zh")
            .is_some_and(|d| d.starts_with("该 API 密钥"))
    );
    assert_eq!(limited.key(), Some("rate_limited"));
    // Everything else still comes from IANA.
    assert_eq!(limited.reason_phrase(), iana.reason_phrase());
    assert_eq!(limited.title_in("zh"), iana.title_in("zh"));
    assert_eq!(limited.reference(), Some("RFC 6585, Section 4"));
    assert_eq!(limited.link(), iana.link());
    assert_eq!(limited.headers(), iana.headers());
    assert_eq!(limited.retry(), Retry::After);
    assert_eq!(limited.registration(), Some(Registration::Permanent));
    assert_eq!(limited.to_string(), "429 Too Many Requests");

    let funds = status!(Payments, 402);
    assert_eq!(funds.key(), Some("insufficient_funds"));
    assert_ne!(
        funds.description(),
        StatusCode::PaymentRequired.description()
    );
}

#[test]
fn codes_the_service_leaves_alone_are_unchanged() {
    for code in StatusCode::ALL {
        if matches!(code.as_u16(), 402 | 429) {
            continue;
        }
        let ours = Payments::from(code.as_u16());
        assert_eq!(ours.description(), code.description(), "{code}");
        assert_eq!(ours.key(), None, "{code}");
    }
    let cloudflare = Payments::WebServerIsDown;
    assert_eq!(cloudflare.registration(), Some(Registration::Unofficial));
    assert!(cloudflare.link().is_some_and(|l| l.contains("cloudflare")));
}
