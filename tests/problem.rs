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
    #[status(503)]
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

impl std::error::Error for ApiError {}

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
        // No `description` unless asked for: the RFC's members, the spec's key, the extension.
        assert_eq!(
            json,
            r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"there is no order 7","instance":"/orders/7","order":7}"#
        );
        assert_eq!(members.len(), 6, "{members:?}");
        assert_eq!(value["status"], 404);
        assert_eq!(value["order"], 7);
        assert_eq!(problem.extensions().len(), 1);
    }

    #[test]
    fn the_description_is_sent_when_asked_for() {
        let json = Problem::new(status!(404)).with_description().to_json();
        let value: serde_json::Value = serde_json::from_slice(&json).expect("JSON");
        assert_eq!(
            value["description"].as_str(),
            StatusCode::NotFound.description()
        );
        let json = Problem::new(status!(404)).to_json();
        let value: serde_json::Value = serde_json::from_slice(&json).expect("JSON");
        assert_eq!(value.get("description"), None);
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
        // A server error's message stays in the service.
        assert_eq!(body.get("detail"), None);
    }

    #[test]
    fn the_status_member_is_the_status_line() {
        for code in [0, 42, 99, 1000, u16::MAX] {
            let response = http::Response::from(Problem::new(StatusCode::from(code)));
            assert_eq!(response.status(), 500, "{code}");
            let body: serde_json::Value = serde_json::from_slice(response.body()).expect("JSON");
            assert_eq!(body["status"], 500, "{code}");
            assert_eq!(body["title"], "Internal Server Error", "{code}");
        }
        let response = http::Response::from(Problem::new(StatusCode::from(599)));
        let body: serde_json::Value = serde_json::from_slice(response.body()).expect("JSON");
        assert_eq!(
            (response.status().as_u16(), &body["status"]),
            (599, &599.into())
        );
    }

    #[test]
    fn a_status_without_content_has_no_body_and_no_content_type() {
        for code in [100, 103, 199, 204, 205, 304] {
            let response = http::Response::from(Problem::new(StatusCode::from(code)));
            assert_eq!(response.status(), code);
            assert!(response.body().is_empty(), "{code}");
            assert_eq!(response.headers().get("content-type"), None, "{code}");
            assert_eq!(response.headers().get("content-language"), None, "{code}");
        }
        let response = http::Response::from(Problem::new(StatusCode::from(200)));
        assert!(!response.body().is_empty());
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

/// An error that shows its message whatever its status, as `#[status(500, expose)]` will.
#[derive(Debug)]
struct Exposed(u16);

impl std::fmt::Display for Exposed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "exposed {}", self.0)
    }
}

impl std::error::Error for Exposed {}

impl HttpStatus for Exposed {
    type Status = StatusCode;

    fn status(&self) -> StatusCode {
        StatusCode::from(self.0)
    }

    fn exposes_detail(&self) -> bool {
        true
    }
}

#[test]
fn a_server_error_keeps_its_message_unless_it_exposes_it() {
    assert_eq!(ApiError::Maintenance.problem().detail(), None);
    assert!(!ApiError::Maintenance.exposes_detail());
    assert!(ApiError::NoSuchOrder { id: 1 }.exposes_detail());
    assert_eq!(Exposed(500).problem().detail(), Some("exposed 500"));
    assert_eq!(Exposed(404).problem_in("zh").detail(), Some("exposed 404"));
}

#[test]
fn a_whole_accept_language_value_chooses_the_language() {
    for header in [
        "zh-CN,zh;q=0.9,en;q=0.8",
        "zh-Hans-CN",
        "ZH",
        "en;q=0.5, zh",
        "zh-TW",
    ] {
        let problem = StatusCode::NotFound.problem_in(header);
        assert_eq!(
            (problem.title(), problem.language()),
            ("未找到", "zh"),
            "{header}"
        );
    }
    for header in ["fr", "*", "zh;q=0, *", "", "en-GB"] {
        let problem = Problem::new_in(StatusCode::NotFound, header);
        assert_eq!(
            (problem.title(), problem.language()),
            ("Not Found", "en"),
            "{header}"
        );
    }
}

#[test]
fn a_problem_is_in_one_language_the_spec_has_all_its_texts_in() {
    // 410's override gives only an English description: the problem is English throughout.
    let gone = ServiceStatus::from(410);
    assert_eq!(gone.description_in("zh"), None);
    let problem = gone.problem_in("zh");
    assert_eq!(problem.language(), "en");
    assert_eq!(problem.title(), "Gone");
    assert_eq!(problem.description(), gone.description());
    // A code with every text in Chinese is Chinese throughout.
    let problem = ServiceStatus::from(460).problem_in("zh");
    assert_eq!((problem.title(), problem.language()), ("银行卡被拒", "zh"));
    assert_eq!(
        problem.description(),
        ServiceStatus::from(460).description_in("zh")
    );
    // For every code of IANA: the title and description are in the language named.
    for &code in StatusCode::ALL {
        let problem = code.problem_in("zh");
        assert_eq!(
            Some(problem.title()),
            code.title_in(problem.language()),
            "{code}"
        );
        assert_eq!(
            problem.description(),
            code.description_in(problem.language()),
            "{code}"
        );
    }
}
