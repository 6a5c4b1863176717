//! The example order service: its status enum, its errors and its routes.
//!
//! `examples/service.rs` serves [`app`]; `tests/service.rs` includes this file and tests the
//! same router over real HTTP.
//!
//! Errors are answered by [`ProblemLayer`]: a handler returns its error, the layer answers
//! it (and axum's own errors: bad JSON, an unknown route, a wrong method) as an RFC 9457
//! problem in the client's language. No handler reads `Accept-Language`.
//!
//! The service serves its OpenAPI document at `/openapi.json` ([`ApiDoc`]): each handler's
//! `#[utoipa::path]` lists its success and `ApiError` (every error, from the derive's
//! `openapi`), so the document tells the same codes, texts and problem types as the answers.

use axum::extract::Path;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use status_codes::{HttpStatus, Problem, ProblemLayer, status, status_enum};
use utoipa::{OpenApi, ToSchema};

/// The codes the service answers with: IANA's, with the service's own descriptions and keys
/// for some, and its own 460.
#[status_enum(spec = ["iana", "service/orders.yaml"])]
pub(crate) enum OrderStatus {}

/// What can go wrong, each with its code, checked at compile time against `OrderStatus`.
/// `into_response`: a handler returns one, and the client gets its RFC 9457 problem;
/// `openapi`: `#[utoipa::path(..., responses(..., ApiError))]` documents every one of them.
#[derive(Debug, HttpStatus)]
#[status(enum = OrderStatus, into_response, openapi)]
pub(crate) enum ApiError {
    /// No order has the number.
    #[status(404)]
    OrderNotFound {
        /// The number asked for.
        id: u64,
    },
    /// The item is sold out.
    #[status(460)]
    OutOfStock(String),
    /// Fewer items are left than ordered: a problem type of the spec, whose detail is
    /// filled from the fields.
    #[status(problem = "not-enough-stock")]
    NotEnoughStock {
        /// The item ordered.
        item: String,
        /// How many are left.
        available: u32,
    },
    /// Reports are rebuilt: a 5xx whose message is meant for the client.
    #[status(503, expose)]
    Maintenance,
    /// The order store failed: a server error, whose message the client never sees.
    #[status(500)]
    Storage(std::io::Error),
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApiError::OrderNotFound { id } => write!(f, "there is no order {id}"),
            ApiError::OutOfStock(item) => write!(f, "{item} is out of stock"),
            ApiError::NotEnoughStock { item, available } => {
                write!(f, "only {available} of {item} left")
            }
            ApiError::Maintenance => f.write_str("reports are being rebuilt"),
            ApiError::Storage(_) => f.write_str("the order store failed"),
        }
    }
}

impl std::error::Error for ApiError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ApiError::Storage(err) => Some(err),
            _ => None,
        }
    }
}

/// What axum answers before a handler runs, and `ProblemLayer` turns into a problem with
/// axum's text as its `detail`: never returned by a handler, only documented, so that the
/// document lists these answers too.
#[derive(Debug, HttpStatus)]
#[status(enum = OrderStatus, openapi)]
#[allow(dead_code)]
pub(crate) enum Rejection {
    /// The body is not JSON, or a path parameter does not parse.
    #[status(400)]
    Malformed,
    /// The body is not sent as `application/json`.
    #[status(415)]
    NotJson,
    /// The JSON lacks a field, or a field has the wrong type.
    #[status(422)]
    WrongShape,
}

/// Seconds a client waits before it asks for the reports again.
pub(crate) const REPORTS_RETRY_AFTER: u32 = 120;

/// An order.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Order {
    /// Its number.
    pub(crate) id: u64,
    /// What was ordered.
    pub(crate) item: String,
}

/// The body of `POST /orders`.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct NewOrder {
    /// What to order.
    pub(crate) item: String,
    /// How many; one when left out.
    #[serde(default = "one")]
    pub(crate) quantity: u32,
}

fn one() -> u32 {
    1
}

/// How many of each item are left: three teapots, and plenty of anything else.
fn in_stock(item: &str) -> u32 {
    if item == "teapot" { 3 } else { u32::MAX }
}

/// An order, or the problem of its absence, in the client's language (the layer's).
#[utoipa::path(
    get,
    path = "/orders/{id}",
    params(("id" = u64, Path, description = "The order's number")),
    responses(
        (status = 200, description = spec_text(status!(OrderStatus, 200)), body = Order),
        ApiError,
        Rejection,
    ),
)]
async fn get_order(Path(id): Path<u64>) -> Result<Response, ApiError> {
    if id != 1 {
        return Err(ApiError::OrderNotFound { id });
    }
    let order = Order {
        id,
        item: "teapot".to_owned(),
    };
    Ok(status!(OrderStatus, 200).respond(Json(order)))
}

/// Orders an item.
#[utoipa::path(
    post,
    path = "/orders",
    request_body = NewOrder,
    responses(
        (status = 201, description = spec_text(status!(OrderStatus, 201)), body = Order),
        ApiError,
        Rejection,
    ),
)]
async fn create_order(Json(new): Json<NewOrder>) -> Result<Response, ApiError> {
    if new.item == "unicorn" {
        return Err(ApiError::OutOfStock(new.item));
    }
    let available = in_stock(&new.item);
    if new.quantity > available {
        return Err(ApiError::NotEnoughStock {
            item: new.item,
            available,
        });
    }
    let order = Order {
        id: 2,
        item: new.item,
    };
    Ok(status!(OrderStatus, 201).respond(Json(order)))
}

/// The reports are being rebuilt: the problem says when to come back.
#[utoipa::path(get, path = "/reports", responses(ApiError))]
async fn reports() -> Problem {
    ApiError::Maintenance
        .problem()
        .retry_after(REPORTS_RETRY_AFTER)
}

/// Deletes an order: 204 and no body, or the problem of its absence.
#[utoipa::path(
    delete,
    path = "/orders/{id}",
    params(("id" = u64, Path, description = "The order's number")),
    responses(
        (status = 204, description = spec_text(status!(OrderStatus, 204))),
        ApiError,
        Rejection,
    ),
)]
async fn delete_order(Path(id): Path<u64>) -> Result<Response, ApiError> {
    if id != 1 {
        return Err(ApiError::OrderNotFound { id });
    }
    Ok(status!(OrderStatus, 204).respond(()))
}

/// The invoice of an order: the store fails, with a message that must stay in the service.
#[utoipa::path(
    get,
    path = "/orders/{id}/invoice",
    params(("id" = u64, Path, description = "The order's number")),
    responses(ApiError, Rejection),
)]
async fn invoice(Path(_id): Path<u64>) -> Result<Response, ApiError> {
    Err(ApiError::Storage(std::io::Error::other(
        "disk /var/lib/orders/invoices.db is full",
    )))
}

/// The spec's English description of a success code, for its response in the document.
fn spec_text(status: OrderStatus) -> String {
    status.openapi_response().description
}

/// The service's OpenAPI document: every route, and the `Problem` schema that the error
/// responses refer to.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Orders",
        description = "The example order service of status-codes."
    ),
    paths(get_order, create_order, delete_order, invoice, reports),
    components(schemas(Problem))
)]
pub(crate) struct ApiDoc;

/// The document, as JSON.
async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// The service's routes, without the layer.
pub(crate) fn routes() -> Router {
    Router::new()
        .route("/orders/{id}", get(get_order).delete(delete_order))
        .route("/orders/{id}/invoice", get(invoice))
        .route("/orders", post(create_order))
        .route("/reports", get(reports))
        .route("/openapi.json", get(openapi))
}

/// The layer that answers every error as a problem in the client's language, with the
/// request's path as `instance`.
pub(crate) fn problems() -> ProblemLayer {
    ProblemLayer::of::<OrderStatus>().with_instance()
}

/// The service: its routes under the problem layer.
pub(crate) fn app() -> Router {
    routes().layer(problems())
}
