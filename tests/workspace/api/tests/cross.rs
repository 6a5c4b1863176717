//! The codes of `errors` work in `api` as they do at home.

use api::{CLIENT_CLOSED, DECLINED, NOT_FOUND, PaymentError, PlainError, ProxyStatus, TIMEOUT};
use errors::AppStatus;
use errors::edge::EdgeStatus;

#[test]
fn status_names_codes_of_another_crate() {
    assert_eq!(DECLINED, AppStatus::CardDeclined);
    assert_eq!(DECLINED.to_string(), "460 Card Declined");
    assert_eq!(DECLINED.title_in("zh"), Some("银行卡被拒"));
    assert_eq!(api::expired(), AppStatus::CardExpired);
    assert_eq!(TIMEOUT, EdgeStatus::from(522));
    assert_eq!(TIMEOUT, errors::edge::TIMEOUT);
    assert_eq!(NOT_FOUND, sc::StatusCode::NotFound);
    // The crate that defines the enum uses it the same way.
    assert_eq!(errors::DECLINED, DECLINED);
    assert_eq!(errors::expired(), api::expired());
    // Two enums of one name in one crate each have their own codes.
    assert_eq!(errors::v2::AppStatus::from(460).reason_phrase(), Some("Card Declined"));
}

#[test]
fn the_derive_maps_to_a_foreign_enum() {
    assert_eq!(PaymentError::Declined.status(), AppStatus::CardDeclined);
    assert_eq!(PaymentError::Expired.status().as_u16(), 461);
    assert_eq!(PaymentError::NoSuchOrder { id: 7 }.status(), AppStatus::NotFound);
    assert_eq!(AppStatus::from(&PaymentError::Declined), DECLINED);
    assert_eq!(PlainError::Gone.status(), sc::StatusCode::Gone);
}

#[test]
fn a_renamed_crate_generates_through_its_path() {
    assert_eq!(CLIENT_CLOSED, ProxyStatus::ClientClosedRequest);
    assert_eq!(
        api::ReexportedStatus::from(418).registration(),
        Some(sc::Registration::Reserved)
    );
}
