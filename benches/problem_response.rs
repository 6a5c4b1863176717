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
use status_codes::HttpStatus;
use tower::layer::util::Identity;
use tower::{Layer, ServiceExt};

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
    group.bench_function("negotiate", |b| {
        b.iter(|| {
            status_codes::negotiate::lookup(black_box("zh-CN,zh;q=0.9,en;q=0.8"), &["en", "zh"])
        })
    });
    group.bench_function("derived_zh_with_instance", |b| {
        b.iter(|| {
            let problem = app::ApiError::OrderNotFound { id: black_box(7) }
                .problem_in("zh-CN,zh;q=0.9,en;q=0.8")
                .with_instance(String::from(black_box("/orders/7")));
            problem.into_response()
        })
    });
    group.finish();
}

fn router(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    for path in ["/orders/7", "/orders/1"] {
        let mut group = c.benchmark_group(format!("router{}", path.replace('/', "_")));
        let request = || {
            Request::get(path)
                .header(ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.8")
                .body(Body::empty())
                .expect("a request")
        };
        // axum's cost of any layer on a router (a box per route), to tell it from the layer's.
        for (name, router) in [
            ("without_layer", app::routes()),
            ("identity_layer", app::routes().layer(Identity::new())),
            ("with_layer", app::app()),
        ] {
            group.bench_function(name, |b| {
                b.iter(|| runtime.block_on(router.clone().oneshot(request())))
            });
        }
        // The layer around the whole router, as `Layer::layer` or `ServiceBuilder` puts it.
        let around = Layer::layer(&app::problems(), app::routes());
        group.bench_function("around_router", |b| {
            b.iter(|| runtime.block_on(around.clone().oneshot(request())))
        });
        group.finish();
    }
}

criterion_group!(benches, responses, router);
criterion_main!(benches);
