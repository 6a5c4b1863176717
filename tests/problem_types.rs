//! Problem types of a spec (`problems:`): error variants that name one answer with its type,
//! its title and its detail template filled from the variant's fields, in one language; and
//! the rule that keeps a 5xx error's message from the client.
#![deny(warnings, missing_docs)]

mod core {}

use status_codes::{HttpStatus, status_enum};

/// IANA's codes and the shop's problem types.
#[status_enum(spec = ["iana", "../tests/specs/shop.yaml"])]
pub enum ShopStatus {}

/// What can go wrong in the shop.
#[derive(Debug, HttpStatus)]
#[status(enum = ShopStatus)]
pub enum ShopError {
    /// Not enough items.
    #[status(problem = "out-of-stock")]
    OutOfStock {
        /// The item.
        sku: String,
        /// How many are left.
        available: u32,
        /// Not in the template, so never sent.
        warehouse: &'static str,
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
    /// A 4xx whose message is not for the client.
    #[status(403, private)]
    Forbidden(String),
    /// A 4xx whose message is.
    #[status(400)]
    BadInput(String),
}

impl ::core::fmt::Display for ShopError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self {
            ShopError::OutOfStock { sku, .. } => write!(f, "{sku} is sold out"),
            ShopError::OrderNotFound(id) => write!(f, "order {id} is missing"),
            ShopError::UserNotFound { id } => write!(f, "user {id} is missing"),
            ShopError::GatewayDown => f.write_str("the gateway timed out"),
            ShopError::Database(message) => f.write_str(message),
            ShopError::Maintenance => f.write_str("back at 14:00 UTC"),
            ShopError::Forbidden(why) => write!(f, "denied by rule {why}"),
            ShopError::BadInput(why) => f.write_str(why),
        }
    }
}

impl ::core::error::Error for ShopError {}

fn out_of_stock() -> ShopError {
    ShopError::OutOfStock {
        sku: "tea-42".to_owned(),
        available: 3,
        warehouse: "north",
    }
}

#[test]
fn a_problem_variant_takes_its_status_from_the_spec() {
    assert_eq!(out_of_stock().status(), ShopStatus::Conflict);
    assert_eq!(ShopError::OrderNotFound(7).status(), ShopStatus::NotFound);
    assert_eq!(ShopError::GatewayDown.status(), ShopStatus::BadGateway);
}

#[test]
fn the_detail_template_is_filled_from_the_fields() {
    let problem = out_of_stock().problem();
    assert_eq!(
        problem.type_uri(),
        "https://shop.example/problems/out-of-stock"
    );
    assert_eq!(problem.title(), "Out of stock");
    assert_eq!(problem.status(), 409);
    assert_eq!(problem.detail(), Some("Only 3 of tea-42 left."));
    assert_eq!(problem.language(), "en");
    let tuple = ShopError::OrderNotFound(7).problem();
    assert_eq!(tuple.detail(), Some("There is no order 7."));
    let braces = ShopError::UserNotFound { id: 9 }.problem();
    assert_eq!(braces.detail(), Some("There is no user 9 {yet}."));
}

#[test]
fn title_and_detail_are_in_one_language() {
    let problem = out_of_stock().problem_in("zh");
    assert_eq!(problem.title(), "库存不足");
    assert_eq!(problem.detail(), Some("tea-42 仅剩 3 件。"));
    assert_eq!(problem.language(), "zh");
    // A whole Accept-Language value is negotiated among the problem type's languages.
    let problem = out_of_stock().problem_in("fr;q=0.9, zh-CN;q=0.8, en;q=0.1");
    assert_eq!(problem.language(), "zh");
    assert_eq!(problem.detail(), Some("tea-42 仅剩 3 件。"));
    // No Chinese texts: all English, and labelled so.
    let problem = ShopError::UserNotFound { id: 9 }.problem_in("zh");
    assert_eq!(problem.title(), "User not found");
    assert_eq!(problem.language(), "en");
}

#[test]
fn two_problems_of_one_status_have_two_types() {
    let order = ShopError::OrderNotFound(7).problem();
    let user = ShopError::UserNotFound { id: 9 }.problem();
    assert_eq!((order.status(), user.status()), (404, 404));
    assert_ne!(order.type_uri(), user.type_uri());
    // Left out in the spec, the type is a URN of the problem's name.
    assert_eq!(order.type_uri(), "urn:problem-type:order-not-found");
}

#[test]
fn a_problem_without_a_detail_template_has_no_detail() {
    let problem = ShopError::GatewayDown.problem();
    assert_eq!(problem.title(), "Payment gateway unavailable");
    assert_eq!(problem.detail(), None);
}

#[test]
fn a_server_error_keeps_its_message_inside() {
    let error = ShopError::Database("connection to 10.0.0.5 refused".to_owned());
    assert!(!error.exposes_detail());
    let problem = error.problem();
    assert_eq!(problem.status(), 500);
    assert_eq!(problem.detail(), None);
    assert!(!format!("{problem:?}").contains("10.0.0.5"));
}

#[test]
fn expose_and_private_change_the_rule_of_the_class() {
    assert!(ShopError::Maintenance.exposes_detail());
    assert_eq!(
        ShopError::Maintenance.problem().detail(),
        Some("back at 14:00 UTC")
    );
    let forbidden = ShopError::Forbidden("r-17".to_owned());
    assert!(!forbidden.exposes_detail());
    assert_eq!(forbidden.problem().detail(), None);
    let bad = ShopError::BadInput("qty must be positive".to_owned());
    assert!(bad.exposes_detail());
    assert_eq!(bad.problem().detail(), Some("qty must be positive"));
}
