//! RFC 9457 problems from the spec: the members, the languages, the traits every status enum
//! and every derived error implement, and the responses of the `http` and `axum` features.

use status_codes::{HttpStatus, Problem, StatusCode, StatusEnum, status, status_enum};

/// IANA's codes and a service's own, to check what comes from a spec of one's own.
#[status_enum(spec = ["iana", "../tests/specs/problems.yaml"])]
pub enum ServiceStatus {}

#[derive(Debug, HttpStatus)]
#[status(enum = ServiceStatus)]
enum ApiError {
    #[status(404)]
    NoSuchOrder { id: u64 },
    #[status(503, expose)]
    Maintenance,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApiError::NoSuchOrder { id } => write!(f, "there is no order {id}"),
            ApiError::Maintenance => f.write_str("down for maintenance"),
        }
    }
}

#[test]
fn a_problem_takes_type_title_status_and_texts_from_the_spec() {
    let problem = Problem::new(status!(404));
    assert_eq!(problem.type_uri(), "about:blank");
    assert_eq!(problem.title(), "Not Found");
    assert_eq!(problem.status(), 404);
    assert_eq!(problem.detail(), None);
    assert_eq!(problem.description(), StatusCode::NotFound.description());
    assert_eq!(problem.reason_phrase(), Some("Not Found"));
    assert_eq!(problem.language(), "en");
    assert_eq!(problem.to_string(), "404 Not Found");
    // From a value alone, three ways.
    assert_eq!(Problem::from(StatusCode::NotFound), problem);
    assert_eq!(StatusCode::NotFound.problem(), problem);
}

#[test]
fn an_error_gives_its_message_as_the_detail() {
    let problem = ApiError::NoSuchOrder { id: 7 }.problem();
    assert_eq!(problem.status(), 404);
    assert_eq!(problem.detail(), Some("there is no order 7"));
    assert_eq!(problem.to_string(), "404 Not Found: there is no order 7");
    // The generic view of the same error.
    fn status_of<E: HttpStatus>(error: &E) -> u16 {
        error.status().as_u16()
    }
    assert_eq!(status_of(&ApiError::Maintenance), 503);
}

#[test]
fn another_language_falls_back_to_english() {
    let problem = ApiError::NoSuchOrder { id: 7 }.problem_in("zh");
    assert_eq!(problem.title(), "未找到");
    assert_eq!(problem.language(), "zh");
    assert_eq!(
        problem.description(),
        ServiceStatus::NotFound.description_in("zh")
    );
    assert_eq!(
        problem.reason_phrase(),
        Some("Not Found"),
        "the wire keeps the phrase"
    );
    let problem = StatusCode::NotFound.problem_in("fr");
    assert_eq!((problem.title(), problem.language()), ("Not Found", "en"));
    assert_eq!(problem.description(), StatusCode::NotFound.description());
}

#[test]
fn a_code_the_spec_lacks_has_its_class_as_title() {
    let problem = Problem::new(StatusCode::from(599));
    assert_eq!(problem.title(), "Server Error");
    assert_eq!(problem.reason_phrase(), None);
    assert_eq!(problem.description(), None);
}

#[test]
fn the_spec_gives_the_problem_type() {
    let declined = ServiceStatus::from(460);
    assert_eq!(
        declined.problem_type(),
        Some("https://example.com/problems/card-declined")
    );
    assert_eq!(
        Problem::new(declined).type_uri(),
        "https://example.com/problems/card-declined"
    );
    assert_eq!(StatusCode::NotFound.problem_type(), None);
}

#[test]
fn builders_set_the_other_members() {
    let problem = Problem::new(status!(409))
        .with_detail("the order changed meanwhile")
        .with_instance("/orders/7")
        .with_type("https://example.com/problems/conflict")
        .with_title("Order Changed")
        .retry_after(3);
    assert_eq!(problem.instance(), Some("/orders/7"));
    assert_eq!(problem.type_uri(), "https://example.com/problems/conflict");
    assert_eq!(problem.title(), "Order Changed");
    assert_eq!(problem.retry_after_seconds(), Some(3));
}

/// What every status enum offers, in code generic over them.
fn describe<S: StatusEnum>(code: u16) -> String {
    let status = S::from_u16(code);
    format!(
        "{status} / {:?} / {:?} / {} codes",
        status.class(),
        status.retry(),
        S::ALL.len()
    )
}

#[test]
fn every_status_enum_has_the_same_read_api() {
    assert_eq!(
        describe::<StatusCode>(503),
        format!(
            "503 Service Unavailable / Some(ServerError) / After / {} codes",
            StatusCode::ALL.len()
        )
    );
    assert!(describe::<ServiceStatus>(460).starts_with("460 Card Declined / Some(ClientError)"));
    for &status in ServiceStatus::ALL {
        assert_eq!(StatusEnum::reason_phrase(status), status.reason_phrase());
        assert_eq!(StatusEnum::headers(status), status.headers());
        assert_eq!(StatusEnum::key(status), status.key());
        assert_eq!(StatusEnum::title_in(status, "zh"), status.title_in("zh"));
    }
    assert_eq!(
        <ServiceStatus as StatusEnum>::LANGUAGES,
        ServiceStatus::LANGUAGES
    );
}

#[cfg(feature = "serde")]
mod json {
    use super::*;

    #[test]
    fn the_json_has_the_rfc_members_then_the_extensions() {
        let problem = ApiError::NoSuchOrder { id: 7 }
            .problem()
            .with_instance("/orders/7")
            .with_extension("order", 7)
            // A standard member is not an extension: it stays as the problem says.
            .with_extension("status", 200);
        let json = String::from_utf8(problem.to_json()).expect("UTF-8 JSON");
        let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        let members: Vec<&str> = value
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        // serde_json sorts its map; the order written is checked on the text.
        assert!(json.starts_with(r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"there is no order 7","instance":"/orders/7","description":"#), "{json}");
        assert_eq!(members.len(), 7, "{members:?}");
        assert_eq!(value["status"], 404);
        assert_eq!(value["order"], 7);
        assert_eq!(problem.extensions().len(), 1);
    }

    #[test]
    fn a_spec_key_is_a_member() {
        let value: serde_json::Value =
            serde_json::from_slice(&Problem::new(ServiceStatus::from(460)).to_json())
                .expect("JSON");
        assert_eq!(value["key"], "card_declined");
    }
}

#[cfg(all(feature = "http", feature = "serde"))]
mod http_response {
    use super::*;

    #[test]
    fn a_problem_is_an_http_response() {
        let response =
            http::Response::from(ApiError::Maintenance.problem_in("zh").retry_after(120));
        assert_eq!(response.status(), 503);
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
        assert_eq!(response.headers()["content-language"], "zh");
        assert_eq!(response.headers()["retry-after"], "120");
        let body: serde_json::Value = serde_json::from_slice(response.body()).expect("JSON");
        assert_eq!(body["title"], "服务不可用");
        assert_eq!(body["detail"], "down for maintenance");
        // A code `http` cannot hold answers 500.
        let response = http::Response::from(Problem::new(StatusCode::from(42)));
        assert_eq!(response.status(), 500);
    }
}

#[cfg(feature = "axum")]
mod axum_response {
    use axum_core::response::IntoResponse;
    use hyper::ext::ReasonPhrase;

    use super::*;

    fn phrase(response: &axum_core::response::Response) -> Option<&[u8]> {
        response
            .extensions()
            .get::<ReasonPhrase>()
            .map(ReasonPhrase::as_bytes)
    }

    #[test]
    fn a_status_enum_is_a_response_with_its_phrase() {
        let response = ServiceStatus::from(460).into_response();
        assert_eq!(response.status(), 460);
        assert_eq!(phrase(&response), Some(&b"Card Declined"[..]));
        let response = status!(ServiceStatus, 201).respond("made");
        assert_eq!(response.status(), 201);
        assert_eq!(phrase(&response), Some(&b"Created"[..]));
        // A code `http` cannot hold answers 500, without the phrase of the code asked for.
        let response = ServiceStatus::from(42).into_response();
        assert_eq!((response.status().as_u16(), phrase(&response)), (500, None));
    }

    #[test]
    fn a_problem_is_a_response_with_the_phrase_of_its_code() {
        let response = ApiError::NoSuchOrder { id: 1 }
            .problem_in("zh")
            .into_response();
        assert_eq!(response.status(), 404);
        assert_eq!(phrase(&response), Some(&b"Not Found"[..]));
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
    }
}
