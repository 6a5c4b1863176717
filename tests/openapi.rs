//! OpenAPI from the spec (feature `utoipa`): `#[status(openapi)]` documents every error of an
//! enum as utoipa responses, one per status, with the spec's texts, its problem types, its
//! header fields and one example per variant that follows the rule answering the error; a
//! status enum describes one code; `Problem` is a schema. Under strict lints and with a `core`
//! module in scope, as generated code must compile.
#![deny(warnings, missing_docs)]

mod core {}

use std::collections::BTreeSet;

use serde_json::{Value, json};
use status_codes::openapi::{self, Exposure, VariantDoc};
use status_codes::{HttpStatus, Problem, StatusCode, status, status_enum};
use utoipa::openapi::{RefOr, Response};
use utoipa::{IntoResponses, PartialSchema, ToSchema};

/// IANA's codes and the shop's problem types.
#[status_enum(spec = ["iana", "../tests/specs/shop.yaml"])]
pub enum ShopStatus {}

/// What can go wrong in the shop.
#[derive(Debug, HttpStatus)]
#[status(enum = ShopStatus, openapi)]
pub enum ShopError {
    /// Fewer items are left than ordered.
    #[status(problem = "out-of-stock")]
    OutOfStock {
        /// The item.
        sku: String,
        /// How many are left.
        available: u32,
    },
    /// No such order.
    #[status(problem = "order-not-found")]
    OrderNotFound(u64),
    /// No such user.
    #[status(problem = "user-not-found")]
    UserNotFound {
        /// The id asked for.
        id: u64,
    },
    /// The payment provider failed.
    #[status(problem = "payment-gateway-down")]
    GatewayDown,
    /// A database error: its message stays inside.
    #[status(500)]
    Database(String),
    /// An error whose message is meant for the client, though it is a 5xx.
    #[status(503, expose)]
    Maintenance,
    /// The store is overloaded.
    #[status(503)]
    Overloaded,
    /// A 4xx whose message is not for the client.
    #[status(403, private)]
    Forbidden(String),
    #[allow(missing_docs)]
    #[status(400)]
    BadInput(String),
    /// Too many orders in a minute.
    #[status(429)]
    TooFast,
}

impl ::core::fmt::Display for ShopError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(match self {
            ShopError::Database(message) => message,
            ShopError::Forbidden(why) | ShopError::BadInput(why) => why,
            _ => "something went wrong",
        })
    }
}

impl ::core::error::Error for ShopError {}

/// The responses of `ShopError`, each checked to be a response and not a reference.
fn responses() -> Vec<(String, Response)> {
    ShopError::responses()
        .into_iter()
        .map(|(code, response)| match response {
            RefOr::T(response) => (code, response),
            RefOr::Ref(_) => panic!("{code} is a reference"),
        })
        .collect()
}

fn response(code: &str) -> Response {
    responses()
        .into_iter()
        .find(|(c, _)| c == code)
        .unwrap_or_else(|| panic!("no response for {code}"))
        .1
}

/// The example of a variant, as JSON.
fn example(code: &str, variant: &str) -> Value {
    let response = response(code);
    let content = &response.content["application/problem+json"];
    let RefOr::T(content) = content else {
        panic!("the content of {code} is a reference")
    };
    let RefOr::T(example) = &content.examples[variant] else {
        panic!("the example {variant} is a reference")
    };
    example.value.clone().expect("an example has a value")
}

#[test]
fn one_response_per_status_the_enum_answers() {
    let codes: Vec<String> = responses().into_iter().map(|(code, _)| code).collect();
    assert_eq!(
        codes,
        ["400", "403", "404", "409", "429", "500", "502", "503"]
    );
    // Every response is an RFC 9457 problem that refers to the one `Problem` schema.
    for (code, response) in responses() {
        let json = serde_json::to_value(&response).expect("a response serializes");
        assert_eq!(
            json["content"]["application/problem+json"]["schema"],
            json!({"$ref": "#/components/schemas/Problem"}),
            "{code}"
        );
    }
}

#[test]
fn a_status_of_one_variant_is_described_by_the_spec() {
    let bad = response("400");
    assert_eq!(
        bad.description,
        ShopStatus::BadRequest
            .description()
            .expect("400 has a description")
    );
    // A variant without docs: its name stands in for its summary.
    let json = serde_json::to_value(&bad).expect("a response serializes");
    assert_eq!(
        json["content"]["application/problem+json"]["examples"]["BadInput"]["summary"],
        "BadInput"
    );
}

#[test]
fn a_shared_status_says_so_and_shows_each_variant() {
    let not_found = response("404");
    assert!(
        not_found.description.starts_with(
            ShopStatus::NotFound
                .description()
                .expect("404 has a description")
        ),
        "{}",
        not_found.description
    );
    assert!(
        not_found
            .description
            .contains("Answered for 2 errors, each an example below"),
        "{}",
        not_found.description
    );
    assert!(not_found.description.contains(
        "- `OrderNotFound`: Order not found (problem type `urn:problem-type:order-not-found`)"
    ));
    assert!(not_found.description.contains(
        "- `UserNotFound`: User not found (problem type `urn:problem-type:user-not-found`)"
    ));
    assert_eq!(
        example("404", "OrderNotFound"),
        json!({
            "type": "urn:problem-type:order-not-found",
            "title": "Order not found",
            "status": 404,
            "detail": "There is no order {0}.",
        })
    );
    assert_eq!(example("404", "UserNotFound")["title"], "User not found");

    // Two variants of 503: one exposes its message, the other does not.
    let unavailable = response("503");
    assert!(
        unavailable
            .description
            .contains("- `Maintenance`: An error whose message")
    );
    assert!(unavailable.description.contains(
        "- `Overloaded`: The store is overloaded. (no `detail`: its message stays in the service)"
    ));
}

#[test]
fn a_masked_detail_is_left_out_of_the_example() {
    // The server error: no detail, as the client gets it.
    let database = example("500", "Database");
    assert_eq!(
        database,
        json!({"type": "about:blank", "title": "Internal Server Error", "status": 500})
    );
    assert_eq!(
        database,
        ShopError::Database("disk full".to_owned())
            .problem_in("en")
            .to_json_value()
    );
    // `private` on a 4xx, and the 5xx without `expose`.
    assert!(example("403", "Forbidden").get("detail").is_none());
    assert!(example("503", "Overloaded").get("detail").is_none());
    // Shown: the message is unknown to the document, the variant's name in words stands in.
    assert_eq!(example("503", "Maintenance")["detail"], "Maintenance");
    assert_eq!(example("400", "BadInput")["detail"], "Bad input");
}

#[test]
fn a_problem_type_gives_its_uri_title_and_template() {
    let conflict = response("409");
    assert_eq!(
        conflict.description,
        "Out of stock: Only {available} of {sku} left."
    );
    let out_of_stock = example("409", "OutOfStock");
    assert_eq!(
        out_of_stock,
        json!({
            "type": "https://shop.example/problems/out-of-stock",
            "title": "Out of stock",
            "status": 409,
            "detail": "Only {available} of {sku} left.",
            // The spec's key for 409.
            "key": "conflict",
        })
    );
    // The example is the problem the service sends, but for the template's placeholders.
    let sent = ShopError::OutOfStock {
        sku: "tea-42".to_owned(),
        available: 3,
    }
    .problem_in("en")
    .to_json_value();
    assert_eq!(sent["detail"], "Only 3 of tea-42 left.");
    for member in ["type", "title", "status", "key"] {
        assert_eq!(sent[member], out_of_stock[member], "{member}");
    }
    // A problem type without a detail template: the title alone, and no detail.
    assert_eq!(response("502").description, "Payment gateway unavailable");
    assert!(example("502", "GatewayDown").get("detail").is_none());
}

#[test]
fn retry_after_goes_with_the_codes_the_spec_names_it_for() {
    for code in ["503", "429"] {
        let header = &response(code).headers["Retry-After"];
        let RefOr::T(header) = header else {
            panic!("{code}: a reference")
        };
        let json = serde_json::to_value(header).expect("a header serializes");
        assert_eq!(json["schema"]["type"], "string", "{code}");
        // The spec says `may` for both.
        assert_eq!(
            json["description"],
            format!("A {code} response may carry this field."),
            "{code}: {json}"
        );
    }
    for code in ["400", "404", "409", "500"] {
        assert!(
            !response(code).headers.contains_key("Retry-After"),
            "{code}"
        );
    }
}

#[test]
fn codes_without_content_are_documented_without_a_body() {
    for status in [status!(204), status!(304), status!(100)] {
        let response = status.openapi_response();
        assert!(response.content.is_empty(), "{status}");
        assert_eq!(
            response.description,
            status.description().expect("a description")
        );
    }
    // The same through the error responses: a variant of 304 has no body either.
    let responses = openapi::responses([VariantDoc::new("Unchanged", status!(304), None)]);
    let RefOr::T(unchanged) = &responses["304"] else {
        panic!("a reference")
    };
    assert!(unchanged.content.is_empty());
    // A success code keeps its header fields: `Location` with 201.
    assert!(
        status!(201)
            .openapi_response()
            .headers
            .contains_key("Location")
    );
    // (utoipa's types have `Debug` only with its `debug` feature.)
    assert!(openapi::response(status!(ShopStatus, 200)) == ShopStatus::Ok.openapi_response());
}

#[test]
fn a_variant_doc_follows_the_derives_rule() {
    let masked = VariantDoc::new("Storage", StatusCode::InternalServerError, None);
    assert_eq!(masked.exposure(), Exposure::Masked);
    let shown = VariantDoc::new("Storage", StatusCode::InternalServerError, Some(true));
    assert_eq!(shown.exposure(), Exposure::Shown);
    assert_eq!(
        VariantDoc::new("Gone", status!(410), None).exposure(),
        Exposure::Shown
    );
    assert_eq!(
        VariantDoc::new("Hidden", status!(410), Some(false)).exposure(),
        Exposure::Masked
    );
}

#[test]
fn the_problem_schema_has_the_rfc_9457_members() {
    assert_eq!(<Problem as ToSchema>::name(), "Problem");
    let schema = serde_json::to_value(Problem::schema()).expect("the schema serializes");
    let members: BTreeSet<&str> = schema["properties"]
        .as_object()
        .expect("properties")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        members,
        BTreeSet::from([
            "type",
            "title",
            "status",
            "detail",
            "instance",
            "description",
            "key",
            "errors"
        ])
    );
    assert_eq!(schema["required"], json!(["type", "title", "status"]));
    // Extension members of a problem type are allowed.
    assert_eq!(schema["additionalProperties"], json!(true));
    assert_eq!(schema["properties"]["type"]["default"], "about:blank");
    assert_eq!(schema["properties"]["status"]["type"], "integer");
    let errors = &schema["properties"]["errors"];
    assert_eq!(errors["type"], "array");
    assert_eq!(errors["items"]["required"], json!(["pointer", "detail"]));
    for (name, member) in schema["properties"].as_object().expect("properties") {
        assert!(
            member["description"]
                .as_str()
                .is_some_and(|d| !d.is_empty()),
            "{name} has no description"
        );
    }
    // Every member the crate sends is in the schema: a problem with all of them.
    let full = Problem::new(status!(422))
        .with_detail("the quantity is negative")
        .with_instance("/orders")
        .with_description()
        .with_error("#/qty", "must be positive")
        .to_json_value();
    for member in full.as_object().expect("a JSON object").keys() {
        assert!(
            members.contains(member.as_str()),
            "{member} is not in the schema"
        );
    }
}

/// JSON of a problem, as the client reads it.
trait ToJsonValue {
    fn to_json_value(&self) -> Value;
}

impl ToJsonValue for Problem {
    fn to_json_value(&self) -> Value {
        serde_json::from_slice(&self.to_json()).expect("a problem is JSON")
    }
}
