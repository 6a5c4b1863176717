//! The `http` feature: conversions with the real `http::StatusCode` (http 1.x), both ways,
//! for every code, for `StatusCode` and for an enum generated from a service's own spec.

use status_codes::StatusCode;

/// IANA, Cloudflare and a service's own codes.
#[status_codes::status_enum(spec = ["iana", "cloudflare", "../tests/specs/payments.yaml"])]
pub enum Payments {}

#[test]
fn every_http_code_converts_losslessly_both_ways() {
    for n in 100..=999u16 {
        let theirs = http::StatusCode::from_u16(n).expect("http holds 100..=999");
        let ours = StatusCode::from(theirs);
        assert_eq!(ours.as_u16(), n);
        assert_eq!(http::StatusCode::try_from(ours), Ok(theirs));
        let own = Payments::from(theirs);
        assert_eq!(own.as_u16(), n);
        assert_eq!(http::StatusCode::try_from(own), Ok(theirs));
    }
}

#[test]
fn codes_outside_the_http_range_are_a_clear_error() {
    for n in (0..100u16).chain(1000..=u16::MAX) {
        let err = http::StatusCode::try_from(StatusCode::from(n)).expect_err("out of range");
        assert_eq!(err.code(), n);
        let err = http::StatusCode::try_from(Payments::from(n)).expect_err("out of range");
        assert_eq!(err.code(), n);
    }
    let err = http::StatusCode::try_from(StatusCode::from(1000)).expect_err("out of range");
    assert_eq!(
        err.to_string(),
        "status code 1000 is outside 100..=999, the range http::StatusCode holds"
    );
}

#[test]
fn named_codes_agree_with_http() {
    let theirs = http::StatusCode::NOT_FOUND;
    assert_eq!(StatusCode::from(theirs), StatusCode::NotFound);
    assert_eq!(Payments::from(theirs), Payments::NotFound);
    assert_eq!(
        http::StatusCode::try_from(status_codes::status!(Payments, 460)).map(|s| s.as_u16()),
        Ok(460)
    );
    // Every IANA code that http names is the same code here, under its own name.
    for code in StatusCode::ALL {
        let theirs = http::StatusCode::try_from(*code).expect("registered codes are in range");
        if theirs.canonical_reason().is_some() {
            assert_eq!(theirs.as_u16(), code.as_u16());
            assert_eq!(theirs.is_client_error(), code.is_client_error());
        }
    }
}

#[cfg(feature = "std")]
#[test]
fn the_error_is_a_std_error() {
    fn boxed(err: status_codes::OutOfRangeError) -> Box<dyn std::error::Error + Send + Sync> {
        Box::new(err)
    }
    let err = boxed(http::StatusCode::try_from(StatusCode::from(7)).expect_err("out of range"));
    assert!(err.to_string().contains("status code 7"));
}
