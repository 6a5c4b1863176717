//! The example order service: its status enum, its errors and its routes.
//!
//! `examples/service.rs` serves [`app`]; `tests/service.rs` includes this file and tests the
//! same router over real HTTP.

use std::convert::Infallible;

use axum::extract::{FromRequestParts, Path};
use axum::http::header::ACCEPT_LANGUAGE;
use axum::http::request::Parts;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use status_codes::{HttpStatus, Problem, status, status_enum};

/// The codes the service answers with: IANA's, with the service's own descriptions and keys
/// for some, and its own 460.
#[status_enum(spec = ["iana", "service/orders.yaml"])]
pub(crate) enum OrderStatus {}

/// What can go wrong, each with its code, checked at compile time against `OrderStatus`.
/// `into_response`: a handler returns one, and the client gets its RFC 9457 problem.
#[derive(Debug, HttpStatus)]
#[status(enum = OrderStatus, into_response)]
pub(crate) enum ApiError {
    /// No order has the number.
    #[status(404)]
    OrderNotFound {
        /// The number asked for.
        id: u64,
    },
    /// No route matches the path.
    #[status(404)]
    NoRoute,
    /// The item is sold out.
    #[status(460)]
    OutOfStock(String),
    /// Reports are rebuilt: a 5xx whose message is meant for the client.
    #[status(503, expose)]
    Maintenance,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApiError::OrderNotFound { id } => write!(f, "there is no order {id}"),
            ApiError::NoRoute => f.write_str("no route matches the path"),
            ApiError::OutOfStock(item) => write!(f, "{item} is out of stock"),
            ApiError::Maintenance => f.write_str("reports are being rebuilt"),
        }
    }
}

/// Seconds a client waits before it asks for the reports again.
pub(crate) const REPORTS_RETRY_AFTER: u32 = 120;

/// The language the client reads: Chinese when `Accept-Language` puts it first, else English.
pub(crate) struct Lang(&'static str);

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Infallible> {
        let first = parts
            .headers
            .get(ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.split([',', ';']).next())
            .unwrap_or_default();
        Ok(Lang(if first.trim().starts_with("zh") {
            "zh"
        } else {
            "en"
        }))
    }
}

/// An order.
#[derive(Debug, Serialize)]
pub(crate) struct Order {
    /// Its number.
    pub(crate) id: u64,
    /// What was ordered.
    pub(crate) item: String,
}

/// The body of `POST /orders`.
#[derive(Debug, Deserialize)]
pub(crate) struct NewOrder {
    /// What to order.
    pub(crate) item: String,
}

/// An order, or its problem in the client's language.
async fn get_order(Lang(lang): Lang, Path(id): Path<u64>) -> Result<Response, Problem> {
    if id != 1 {
        return Err(ApiError::OrderNotFound { id }.problem_in(lang));
    }
    let order = Order {
        id,
        item: "teapot".to_owned(),
    };
    Ok(status!(OrderStatus, 200).respond(Json(order)))
}

async fn create_order(Json(new): Json<NewOrder>) -> Result<Response, ApiError> {
    if new.item == "unicorn" {
        return Err(ApiError::OutOfStock(new.item));
    }
    let order = Order {
        id: 2,
        item: new.item,
    };
    Ok(status!(OrderStatus, 201).respond(Json(order)))
}

/// The reports are being rebuilt: the problem says when to come back.
async fn reports() -> Problem {
    ApiError::Maintenance
        .problem()
        .retry_after(REPORTS_RETRY_AFTER)
}

async fn no_route() -> ApiError {
    ApiError::NoRoute
}

/// The service's routes.
pub(crate) fn app() -> Router {
    Router::new()
        .route("/orders/{id}", get(get_order))
        .route("/orders", post(create_order))
        .route("/reports", get(reports))
        .fallback(no_route)
}
