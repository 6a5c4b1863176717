//! The cost of an error answered as an RFC 9457 problem: a derived error's response
//! (status, headers, JSON body) against the hand-written `(StatusCode, Json(json!(...)))`
//! answer it replaces (goal: at most 1.5x), and one request through the example service's
//! router with and without `ProblemLayer`, in process (the load test over TCP is
//! `benches/service-load.sh`).
//!
//! ```sh
//! cargo bench -p status-codes-examples --features service --bench problem_response
//! ```

#[path = "../examples/service/app.rs"]
#[allow(dead_code)]
mod app;

use std::hint::black_box;

use axum::Json;
use axum::body::Body;
use axum::http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, CONTENT_TYPE};
use axum::http::{Request, StatusCode};
use axum::response::IntoResponse;
use criterion::{Criterion, criterion_group, criterion_main};
use tower::ServiceExt;

fn responses(c: &mut Criterion) {
    let mut group = c.benchmark_group("problem_response");
    group.bench_function("derived", |b| {
        b.iter(|| app::ApiError::OrderNotFound { id: black_box(7) }.into_response())
    });
    group.bench_function("hand_written", |b| {
        b.iter(|| {
            let id = black_box(7u64);
            (
                StatusCode::NOT_FOUND,
                [
                    (CONTENT_TYPE, "application/problem+json"),
                    (CONTENT_LANGUAGE, "en"),
                ],
                Json(serde_json::json!({
                    "type": "about:blank",
                    "title": "Not Found",
                    "status": 404,
                    "detail": format!("there is no order {id}"),
                    "key": "not_found",
                })),
            )
                .into_response()
        })
    });
    group.finish();
}

fn router(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    let mut group = c.benchmark_group("router_404");
    for (name, router) in [("without_layer", app::routes()), ("with_layer", app::app())] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let request = Request::get("/orders/7")
                    .header(ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.8")
                    .body(Body::empty())
                    .expect("a request");
                runtime.block_on(router.clone().oneshot(request))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, responses, router);
criterion_main!(benches);
