//! Reading RFC 9457 documents back into a `Problem`: defaults, members of the wrong type,
//! extensions, `errors`, the typed status, hostile input, and the round trip of this crate's
//! own problems (by property).

use proptest::prelude::*;
use serde_json::{Value, json};
use status_codes::{FieldError, Problem, StatusCode, status, status_enum};

/// IANA's codes with a service's own 460.
#[status_enum(spec = ["iana", "../tests/specs/problems.yaml"])]
pub enum ServiceStatus {}

fn read(document: Value) -> Problem {
    serde_json::from_value(document).expect("every JSON object is a problem")
}

#[test]
fn missing_members_take_the_rfc_defaults() {
    let problem = read(json!({}));
    assert_eq!(problem.type_uri(), "about:blank");
    assert_eq!(problem.title(), "");
    assert_eq!(problem.status(), 0);
    assert_eq!(problem.status_as::<StatusCode>(), None);
    assert_eq!(problem.detail(), None);
    assert_eq!(problem.instance(), None);
    assert_eq!(problem.description(), None);
    assert_eq!(problem.key(), None);
    assert_eq!(problem.errors(), []);
    assert!(problem.extensions().is_empty());
    assert_eq!(problem.language(), "und");
    assert_eq!(problem.reason_phrase(), None);
}

#[test]
fn members_of_the_wrong_type_are_ignored_as_if_missing() {
    let problem = read(json!({
        "type": 7, "title": ["x"], "status": "404", "detail": null, "instance": {},
        "description": false, "key": 1.5, "errors": "all wrong", "extra": 1
    }));
    // Exactly the document that has only the extension.
    assert_eq!(problem, read(json!({"extra": 1})));
    assert_eq!(problem.type_uri(), "about:blank");
    assert_eq!(problem.status(), 0);
    assert_eq!(problem.extensions().len(), 1);
    // A status is a number of three digits.
    for status in [
        json!(99),
        json!(1000),
        json!(-404),
        json!(404.5),
        json!(70000),
    ] {
        assert_eq!(read(json!({ "status": status })).status(), 0, "{status}");
    }
    assert_eq!(read(json!({"status": 100})).status(), 100);
    assert_eq!(read(json!({"status": 999})).status(), 999);
}

#[test]
fn unknown_members_become_extensions_and_errors_are_read() {
    let problem = read(json!({
        "type": "https://example.com/problems/out-of-stock",
        "title": "Out of stock",
        "status": 409,
        "detail": "only 2 left",
        "instance": "/orders/7",
        "sku": "A-7",
        "left": 2,
        "errors": [
            {"pointer": "#/items/0/qty", "detail": "must be positive"},
            {"pointer": "#/items/1", "detail": "unknown item", "code": "E1"},
            {"detail": "no pointer"},
            "not an object",
            {"pointer": 3, "detail": "pointer of the wrong type"}
        ]
    }));
    assert_eq!(
        problem.type_uri(),
        "https://example.com/problems/out-of-stock"
    );
    assert_eq!(problem.title(), "Out of stock");
    assert_eq!(
        problem.status_as::<StatusCode>(),
        Some(StatusCode::Conflict)
    );
    assert_eq!(problem.detail(), Some("only 2 left"));
    assert_eq!(problem.instance(), Some("/orders/7"));
    assert_eq!(problem.extensions()["sku"], "A-7");
    assert_eq!(problem.extensions()["left"], 2);
    assert_eq!(problem.extensions().len(), 2);
    assert_eq!(
        problem.errors(),
        [
            FieldError::new("#/items/0/qty", "must be positive"),
            FieldError::new("#/items/1", "unknown item"),
        ]
    );
}

#[test]
fn the_typed_status_is_a_code_of_the_enum_asked_for() {
    let problem = read(json!({"status": 460, "key": "card_declined"}));
    let code = problem.status_as::<ServiceStatus>();
    assert_eq!(code, Some(status!(ServiceStatus, 460)));
    assert_eq!(code.and_then(|c| c.key()), problem.key());
    // IANA has no 460: the code is kept, as an unknown one.
    let iana = problem
        .status_as::<StatusCode>()
        .expect("460 is a status code");
    assert!(!iana.is_known());
    assert_eq!(iana.as_u16(), 460);
}

#[test]
fn a_document_that_is_not_an_object_is_an_error_that_says_so() {
    for document in ["[]", "\"problem\"", "404", "null", "", "{\"title\": "] {
        let error = Problem::from_json(document.as_bytes()).expect_err(document);
        assert!(!error.to_string().is_empty());
    }
    let error = Problem::from_json(b"[1]").expect_err("an array");
    assert!(error.to_string().contains("expected a map"), "{error}");
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    for depth in [200, 100_000] {
        let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let document = format!(r#"{{"title": "x", "deep": {nested}}}"#);
        let error = Problem::from_json(document.as_bytes()).expect_err("too deep");
        assert!(error.to_string().contains("recursion limit"), "{error}");
        let document = format!("{}{}", "{\"a\":".repeat(depth), "}".repeat(depth));
        assert!(Problem::from_json(document.as_bytes()).is_err());
    }
    // A hundred levels are fine, and kept.
    let nested = format!("{}{}", "[".repeat(100), "]".repeat(100));
    let problem = Problem::from_json(format!(r#"{{"deep": {nested}}}"#).as_bytes());
    assert!(
        problem
            .expect("100 levels")
            .extensions()
            .contains_key("deep")
    );
}

#[test]
fn huge_strings_and_many_members_are_read_whole() {
    let detail = "x".repeat(8 << 20);
    let mut document = serde_json::Map::new();
    document.insert("detail".into(), detail.clone().into());
    for i in 0..10_000 {
        document.insert(format!("m{i}"), i.into());
    }
    let problem = read(Value::Object(document));
    assert_eq!(problem.detail().map(str::len), Some(detail.len()));
    assert_eq!(problem.extensions().len(), 10_000);
}

#[test]
fn a_problem_of_this_crate_reads_back_equal() {
    let sent = Problem::new_in(status!(ServiceStatus, 460), "zh")
        .with_detail("card ending 4242")
        .with_instance("/payments/9")
        .with_error("#/card/number", "declined by the issuer")
        .with_errors([("#/card/cvc", "missing"), ("#/amount", "too high")])
        .with_extension("balance", 30.5)
        .with_extension("tags", json!(["a", {"b": null}]))
        .retry_after(5);
    let read = Problem::from_json(&sent.to_json()).expect("our own JSON");
    assert_eq!(read, sent);
    assert_eq!(read.errors().len(), 3);
    // What travels in the headers is not in the document, and not compared.
    assert_eq!((read.language(), read.retry_after_seconds()), ("und", None));
    // The comparison can fail: a member that differs.
    assert_ne!(read, sent.clone().with_error("#/x", "y"));
    assert_ne!(read, sent.clone().with_detail("other"));
}

/// A problem built from arbitrary parts, as a service would.
fn problems() -> impl Strategy<Value = Problem> {
    let text = ".{0,20}";
    (
        any::<u16>(),
        proptest::option::of(text),
        proptest::option::of(text),
        proptest::collection::vec((text, text), 0..4),
        proptest::collection::vec(("[a-z]{1,8}", any::<i64>()), 0..4),
        proptest::option::of(text),
    )
        .prop_map(|(code, detail, instance, errors, extensions, title)| {
            let mut problem = Problem::new(StatusCode::from(code)).with_errors(errors);
            if let Some(detail) = detail {
                problem = problem.with_detail(detail);
            }
            if let Some(instance) = instance {
                problem = problem.with_instance(instance);
            }
            if let Some(title) = title {
                problem = problem.with_title(title);
            }
            for (name, value) in extensions {
                problem = problem.with_extension(name, value);
            }
            problem
        })
}

proptest! {
    #[test]
    fn every_problem_reads_back_equal(sent in problems()) {
        let read = Problem::from_json(&sent.to_json()).expect("our own JSON");
        // A code outside 100..=999 is not a status code: it reads as none.
        if (100..=999).contains(&sent.status()) {
            prop_assert_eq!(read, sent);
        } else {
            prop_assert_eq!(read.status(), 0);
        }
    }

    #[test]
    fn any_bytes_give_a_problem_or_an_error(
        bytes in proptest::collection::vec(any::<u8>(), 0..200),
    ) {
        let _ = Problem::from_json(&bytes);
    }

    #[test]
    fn any_json_object_is_a_problem_with_its_other_members_as_extensions(
        members in proptest::collection::btree_map("[a-z]{1,6}", any::<i32>(), 0..8)
    ) {
        let document: serde_json::Map<String, Value> =
            members.iter().map(|(k, v)| (k.clone(), Value::from(*v))).collect();
        let problem = read(Value::Object(document));
        let own = ["type", "title", "status", "detail", "instance", "description", "key", "errors"];
        for (name, value) in &members {
            let expected = (!own.contains(&name.as_str())).then(|| Value::from(*value));
            prop_assert_eq!(problem.extensions().get(name), expected.as_ref());
        }
    }
}
