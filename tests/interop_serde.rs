//! The `serde` feature with real formats (JSON and YAML): a code serializes as its number and
//! deserializes from a number in `100..=999`; anything else is an error, never a panic.

use serde::{Deserialize, Serialize};
use status_codes::StatusCode;

/// IANA, Cloudflare and a service's own codes.
#[status_codes::status_enum(spec = ["iana", "cloudflare", "../tests/specs/payments.yaml"])]
pub enum Payments {}

/// An API error body, as a service would send it.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Body {
    code: Payments,
    message: String,
}

#[test]
fn codes_are_numbers_in_json_and_yaml() {
    assert_eq!(
        serde_json::to_string(&StatusCode::NotFound).expect("serializes"),
        "404"
    );
    assert_eq!(
        serde_json::from_str::<StatusCode>("404").expect("deserializes"),
        StatusCode::NotFound
    );
    let body = Body {
        code: Payments::CardDeclined,
        message: "declined".into(),
    };
    let json = serde_json::to_string(&body).expect("serializes");
    assert_eq!(json, r#"{"code":460,"message":"declined"}"#);
    assert_eq!(
        serde_json::from_str::<Body>(&json).expect("deserializes"),
        body
    );
    let yaml = serde_yaml::to_string(&body).expect("serializes");
    assert_eq!(yaml, "code: 460\nmessage: declined\n");
    assert_eq!(
        serde_yaml::from_str::<Body>(&yaml).expect("deserializes"),
        body
    );
}

#[test]
fn every_code_in_range_round_trips() {
    for n in 100..=999u16 {
        let code = StatusCode::from(n);
        let json = serde_json::to_string(&code).expect("serializes");
        assert_eq!(json, n.to_string());
        assert_eq!(
            serde_json::from_str::<StatusCode>(&json).expect("deserializes"),
            code
        );
        let own: Payments = serde_yaml::from_str(&n.to_string()).expect("serializes");
        assert_eq!(own.as_u16(), n);
    }
}

#[test]
fn numbers_outside_the_range_are_errors() {
    let expected = "expected a status code from 100 to 999";
    for text in [
        "0",
        "99",
        "1000",
        "65535",
        "65536",
        "-1",
        "-404",
        "18446744073709551616",
    ] {
        let err = serde_json::from_str::<StatusCode>(text).expect_err(text);
        assert!(err.to_string().contains(expected), "{text}: {err}");
        let err = serde_yaml::from_str::<Payments>(text).expect_err(text);
        assert!(err.to_string().contains(expected), "{text}: {err}");
    }
    for text in ["404.0", "\"404\"", "null", "[404]", "{}", "true"] {
        let err = serde_json::from_str::<StatusCode>(text).expect_err(text);
        assert!(err.to_string().contains(expected), "{text}: {err}");
    }
    let err =
        serde_json::from_str::<Body>(r#"{"code":42,"message":"x"}"#).expect_err("out of range");
    assert!(
        err.to_string()
            .starts_with("invalid value: integer `42`, expected a status code from 100 to 999"),
        "{err}"
    );
}

#[test]
fn out_of_range_values_serialize_but_do_not_come_back() {
    // Only `From<u16>` makes such a value; it is written as it is, and refused on the way in,
    // because no response can carry it.
    let odd = StatusCode::from(42);
    assert_eq!(serde_json::to_string(&odd).expect("serializes"), "42");
    assert!(serde_json::from_str::<StatusCode>("42").is_err());
}
