//! A small axum service that answers with status-codes: its own enum from IANA plus its own
//! spec, `#[derive(HttpStatus)]` on its errors, `status!` for the happy paths, and the `axum`
//! feature for RFC 9457 problems with the spec's reason phrase on the status line.
//!
//! ```sh
//! cargo run --bin service --features service -- 127.0.0.1:3000
//! curl -i http://127.0.0.1:3000/orders/7
//! curl -i -H 'Accept-Language: zh' http://127.0.0.1:3000/orders/7
//! ```
//!
//! The routes and types are in `service/app.rs`, which `tests/service.rs` tests over HTTP.
//! `--without-layer` serves the routes without `ProblemLayer`, for `benches/service-load.sh`.

#[path = "service/app.rs"]
mod app;

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let without_layer = args.iter().any(|a| a == "--without-layer");
    let addr = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let app = match without_layer {
        true => app::routes(),
        false => app::app(),
    };
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            // Stop on Ctrl-C (at once if the handler cannot be installed).
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
