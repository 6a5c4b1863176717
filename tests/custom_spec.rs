//! An enum generated from a service's own spec, compiled under strict lints and with a
//! `core` module in scope that would capture any non-absolute path in the expansion.
#![deny(warnings, missing_docs)]

mod core {}

use status_codes::{Registration, Retry, StatusClass};

/// The codes of an example payments service.
#[status_codes::status_enum(spec = "../tests/specs/service.yaml")]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ServiceStatus {}

mod private {
    /// Only the IANA codes, by the built-in name, in a private enum.
    #[status_codes::status_enum(spec = "iana")]
    pub(crate) enum Iana {}

    pub(crate) fn not_found() -> Iana {
        status_codes::status!(Iana, 404)
    }
}

#[test]
fn variants_come_from_the_spec() {
    assert_eq!(
        ServiceStatus::ALL,
        [
            ServiceStatus::Ok,
            ServiceStatus::PaymentRequired,
            ServiceStatus::CardDeclined,
            ServiceStatus::LedgerDown
        ]
    );
    assert_eq!(ServiceStatus::from(460), ServiceStatus::CardDeclined);
    assert_eq!(ServiceStatus::CardDeclined.to_string(), "460 Card Declined");
    assert_eq!(
        ServiceStatus::LedgerDown.reason_phrase(),
        Some("Ledger Unavailable")
    );
    assert_eq!(
        ServiceStatus::LedgerDown.class(),
        Some(StatusClass::ServerError)
    );
    assert_eq!(ServiceStatus::from(404).to_string(), "404");
    assert!(!ServiceStatus::from(404).is_known());
}

#[test]
fn metadata_and_languages() {
    assert_eq!(ServiceStatus::LANGUAGES, ["en", "ja", "zh"]);
    let paid = ServiceStatus::PaymentRequired;
    assert_eq!(paid.key(), Some("payment_required"));
    assert_eq!(paid.retry(), Retry::After);
    assert_eq!(paid.aliases(), ["Insufficient Funds"]);
    assert!(paid.description_in("ja").is_some());
    assert_eq!(ServiceStatus::Ok.description_in("ja"), None);
    assert_eq!(ServiceStatus::CardDeclined.title_in("zh"), None);
    assert_eq!(
        ServiceStatus::CardDeclined.link(),
        Some("https://example.com/docs/errors#card-declined")
    );
    assert_eq!(
        ServiceStatus::CardDeclined.registration(),
        Some(Registration::Unofficial)
    );
    assert_eq!(ServiceStatus::CardDeclined.retry(), Retry::Never);
    assert_eq!(
        ServiceStatus::Ok.link(),
        Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1")
    );
    assert!(ServiceStatus::Ok.is_heuristically_cacheable());
}

#[test]
fn status_macro_works_for_own_enums() {
    const DECLINED: ServiceStatus = status_codes::status!(ServiceStatus, 460);
    assert_eq!(DECLINED, ServiceStatus::CardDeclined);
    assert_eq!(
        status_codes::status!(crate::ServiceStatus, 599),
        ServiceStatus::LedgerDown
    );
    assert_eq!(private::not_found().as_u16(), 404);
}

#[test]
fn ordering_follows_the_number_even_with_derives_written() {
    let mut all = [
        ServiceStatus::from(700),
        ServiceStatus::from(100),
        ServiceStatus::LedgerDown,
        ServiceStatus::Ok,
    ];
    all.sort();
    let numbers: Vec<u16> = all.iter().map(|s| s.as_u16()).collect();
    assert_eq!(numbers, [100, 200, 599, 700]);
}
