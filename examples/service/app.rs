//! The example order service: its status enum, its errors and its routes.
//!
//! `examples/service.rs` serves [`app`]; `tests/service.rs` includes this file and tests the
//! same router over real HTTP.

use axum::extract::Path;
use axum::http::{self, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use status_codes::{HttpStatus, Retry, status, status_enum};

/// The codes the service answers with: IANA's, with the service's own descriptions and keys
/// for some, and its own 460.
#[status_enum(spec = ["iana", "service/orders.yaml"])]
pub(crate) enum OrderStatus {}

/// What can go wrong, each with its code; checked at compile time against `OrderStatus`.
#[derive(Debug, HttpStatus)]
#[status(enum = OrderStatus)]
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
    /// Reports are rebuilt.
    #[status(503)]
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

/// The JSON body of every error: what the spec says of the code, and what happened.
#[derive(Debug, Serialize)]
pub(crate) struct ErrorBody {
    /// The code, as a number (the `serde` feature).
    pub(crate) code: OrderStatus,
    /// The reason phrase.
    pub(crate) phrase: &'static str,
    /// The spec's description of the code: the service's own where it overrides IANA.
    pub(crate) description: &'static str,
    /// The spec's machine-readable key, for clients to match on.
    pub(crate) key: Option<&'static str>,
    /// This error in words.
    pub(crate) detail: String,
}

/// Seconds a client waits before retrying a code whose spec says to wait for Retry-After.
const RETRY_AFTER_SECONDS: &str = "120";

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let body = ErrorBody {
            code: status,
            phrase: status.reason_phrase().unwrap_or_default(),
            description: status.description().unwrap_or_default(),
            key: status.key(),
            detail: self.to_string(),
        };
        let mut response = respond(status, Json(body));
        if status.retry() == Retry::After {
            response.headers_mut().insert(
                header::RETRY_AFTER,
                HeaderValue::from_static(RETRY_AFTER_SECONDS),
            );
        }
        response
    }
}

/// A response with the code and the spec's reason phrase on the status line.
pub(crate) fn respond(status: OrderStatus, body: impl IntoResponse) -> Response {
    // The `http` feature: every code of a spec is in 100..=999, so the conversion fails only
    // for a code made at run time from an out-of-range number.
    let code =
        http::StatusCode::try_from(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = (code, body).into_response();
    // hyper writes http's own phrase, or `<none>` for a code http does not know (460);
    // the spec's phrase is printable ASCII, so it is a valid reason phrase.
    if let Some(phrase) = status.reason_phrase()
        && let Ok(phrase) = hyper::ext::ReasonPhrase::try_from(phrase.as_bytes())
    {
        response.extensions_mut().insert(phrase);
    }
    response
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

async fn get_order(Path(id): Path<u64>) -> Result<Response, ApiError> {
    if id != 1 {
        return Err(ApiError::OrderNotFound { id });
    }
    let order = Order {
        id,
        item: "teapot".to_owned(),
    };
    Ok(respond(status!(OrderStatus, 200), Json(order)))
}

async fn create_order(Json(new): Json<NewOrder>) -> Result<Response, ApiError> {
    if new.item == "unicorn" {
        return Err(ApiError::OutOfStock(new.item));
    }
    let order = Order {
        id: 2,
        item: new.item,
    };
    Ok(respond(status!(OrderStatus, 201), Json(order)))
}

async fn reports() -> ApiError {
    ApiError::Maintenance
}

async fn no_route() -> ApiError {
    ApiError::NoRoute
}

/// The service's routes.
pub(crate) fn app() -> Router {
    Router::new()
        .route("/orders/{id}", get(get_order))
        .route("/orders", axum::routing::post(create_order))
        .route("/reports", get(reports))
        .fallback(no_route)
}
