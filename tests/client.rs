//! The client's side over real HTTP: a small hyper server on 127.0.0.1 answers as a flaky API
//! would, and a hyper client with `SpecRetry` as its tower retry policy (or reqwest with the
//! loop the README shows) retries as the spec says. Each server counts the requests it got;
//! every exchange has a time limit, and every retry loop is bounded by `max_attempts`.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use http::{Method, Request, Response};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::{TokioExecutor, TokioIo};
use serde_json::json;
use status_codes::retry::SpecRetry;
use status_codes::{Problem, StatusCode, status, status_enum};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use tokio::time::timeout;
use tower::retry::Retry;
use tower::{Service, ServiceExt};

/// IANA's codes with a service's own 460.
#[status_enum(spec = ["iana", "../tests/specs/problems.yaml"])]
pub enum AppStatus {}

/// The longest one exchange, retries and waits included, may take.
const LIMIT: Duration = Duration::from_secs(20);

type Body = Full<Bytes>;

/// A server on a free port that answers the `n`th request (from 1) with `answer(method, n)`.
struct Server {
    addr: SocketAddr,
    hits: Arc<AtomicU32>,
    task: JoinHandle<()>,
}

impl Server {
    async fn start(answer: fn(&Method, u32) -> Response<Body>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a free port on 127.0.0.1");
        let addr = listener.local_addr().expect("a bound address");
        let hits = Arc::new(AtomicU32::new(0));
        let counter = Arc::clone(&hits);
        let task = tokio::spawn(async move {
            // Ends when the test drops the server (abort) or the runtime stops.
            while let Ok((stream, _)) = listener.accept().await {
                let counter = Arc::clone(&counter);
                let service = service_fn(move |request: Request<Incoming>| {
                    let hit = counter.fetch_add(1, Ordering::SeqCst) + 1;
                    let response = answer(request.method(), hit);
                    async move { Ok::<_, Infallible>(response) }
                });
                tokio::spawn(http1::Builder::new().serve_connection(TokioIo::new(stream), service));
            }
        });
        Server { addr, hits, task }
    }

    fn hits(&self) -> u32 {
        self.hits.load(Ordering::SeqCst)
    }

    fn request(&self, method: Method) -> Request<Body> {
        Request::builder()
            .method(method)
            .uri(format!("http://{}/orders/7", self.addr))
            .body(Full::new(Bytes::from_static(b"{\"qty\": 1}")))
            .expect("a valid request")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A problem as this crate's servers send it.
fn problem(problem: Problem) -> Response<Body> {
    Response::from(problem).map(|body| Full::new(Bytes::from(body)))
}

fn plain(code: u16, retry_after: Option<String>) -> Response<Body> {
    let mut response = problem(Problem::new(StatusCode::from(code)));
    if let Some(value) = retry_after {
        let value = value.parse().expect("a valid Retry-After");
        response.headers_mut().insert("retry-after", value);
    }
    response
}

fn ok() -> Response<Body> {
    Response::new(Full::new(Bytes::from_static(b"{\"id\": 7}")))
}

/// Sends `request` through a hyper client with `policy` as its tower retry policy; the
/// response and how long it took.
async fn send<S: status_codes::StatusEnum>(
    policy: SpecRetry<S>,
    request: Request<Body>,
) -> (Response<Incoming>, Duration) {
    let client = Client::builder(TokioExecutor::new()).build_http::<Body>();
    let mut client = Retry::new(policy, client);
    let start = Instant::now();
    let exchange = async { client.ready().await?.call(request).await };
    let response = timeout(LIMIT, exchange)
        .await
        .expect("the exchange ends in time")
        .expect("the server answers");
    (response, start.elapsed())
}

/// Quick back-off, so that tests of the count do not wait.
fn quick() -> SpecRetry<StatusCode> {
    SpecRetry::new().base_delay(Duration::from_millis(10))
}

#[tokio::test]
async fn a_503_with_retry_after_1_is_sent_again_a_second_later() {
    let server = Server::start(|_, hit| match hit {
        1 => problem(Problem::new(status!(503)).retry_after(1)),
        _ => ok(),
    })
    .await;
    let (response, took) = send(quick(), server.request(Method::GET)).await;
    assert_eq!(response.status(), 200);
    assert_eq!(server.hits(), 2);
    assert!(took >= Duration::from_secs(1), "retried after {took:?}");
}

#[tokio::test]
async fn a_429_with_an_http_date_is_sent_again_then_even_as_post() {
    let server = Server::start(|_, hit| match hit {
        // Whole seconds: two from now is at least one from when the client reads it.
        1 => plain(
            429,
            Some(httpdate::fmt_http_date(
                SystemTime::now() + Duration::from_secs(2),
            )),
        ),
        _ => ok(),
    })
    .await;
    let (response, took) = send(quick(), server.request(Method::POST)).await;
    assert_eq!(response.status(), 200);
    assert_eq!(server.hits(), 2);
    // The back-off alone would be 10 ms at most.
    assert!(took >= Duration::from_millis(900), "retried after {took:?}");
}

#[tokio::test]
async fn a_post_on_502_is_not_sent_again_and_a_get_is() {
    let server = Server::start(|_, _| plain(502, None)).await;
    let (response, _) = send(quick(), server.request(Method::POST)).await;
    assert_eq!(response.status(), 502);
    assert_eq!(server.hits(), 1);
    // The same code for an idempotent method: all three attempts.
    let (response, _) = send(quick(), server.request(Method::PUT)).await;
    assert_eq!(response.status(), 502);
    assert_eq!(server.hits(), 1 + 3);
}

#[tokio::test]
async fn a_404_is_not_sent_again() {
    let server = Server::start(|_, _| plain(404, None)).await;
    let (response, _) = send(quick(), server.request(Method::GET)).await;
    assert_eq!(response.status(), 404);
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn a_retry_after_beyond_max_wait_gives_up_at_once() {
    let server = Server::start(|_, _| plain(503, Some("3600".into()))).await;
    let policy = quick().max_wait(Duration::from_secs(10));
    let (response, took) = send(policy, server.request(Method::GET)).await;
    assert_eq!(response.status(), 503);
    assert_eq!(response.headers()["retry-after"], "3600");
    assert_eq!(server.hits(), 1);
    // It did not sleep up to max_wait either.
    assert!(took < Duration::from_secs(10), "gave up after {took:?}");
}

#[tokio::test]
async fn a_server_that_always_answers_503_gets_max_attempts_requests() {
    let server = Server::start(|_, _| plain(503, None)).await;
    let (response, _) = send(quick().max_attempts(4), server.request(Method::GET)).await;
    assert_eq!(response.status(), 503);
    assert_eq!(server.hits(), 4);
}

#[tokio::test]
async fn a_connection_closed_without_an_answer_is_tried_again_for_get_only() {
    // A server that hangs up on every connection before answering, and counts them.
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a free port on 127.0.0.1");
    let addr = listener.local_addr().expect("a bound address");
    let connections = Arc::new(AtomicU32::new(0));
    let counter = Arc::clone(&connections);
    let task = tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
            drop(stream);
        }
    });
    for (method, expected) in [(Method::GET, 3), (Method::POST, 1)] {
        connections.store(0, Ordering::SeqCst);
        let client = Client::builder(TokioExecutor::new()).build_http::<Body>();
        let mut client = Retry::new(quick(), client);
        let request = Request::builder()
            .method(method.clone())
            .uri(format!("http://{addr}/"))
            .body(Body::default())
            .expect("a valid request");
        let exchange = async { client.ready().await?.call(request).await };
        let result = timeout(LIMIT, exchange).await.expect("ends in time");
        assert!(result.is_err(), "{method}: no answer");
        assert_eq!(connections.load(Ordering::SeqCst), expected, "{method}");
    }
    task.abort();
}

#[tokio::test]
async fn a_problem_reads_back_equal_with_its_typed_code() {
    let server = Server::start(|_, _| {
        problem(
            Problem::new_in(status!(AppStatus, 460), "zh")
                .with_detail("card ending 4242")
                .with_error("#/card/number", "declined by the issuer")
                .with_extension("balance", 30),
        )
    })
    .await;
    let (response, _) = send(quick(), server.request(Method::POST)).await;
    assert_eq!(response.status(), 460);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let body = response
        .into_body()
        .collect()
        .await
        .expect("the body")
        .to_bytes();
    let read = Problem::from_json(&body).expect("a problem document");
    let sent = Problem::new_in(status!(AppStatus, 460), "zh")
        .with_detail("card ending 4242")
        .with_error("#/card/number", "declined by the issuer")
        .with_extension("balance", 30);
    assert_eq!(read, sent);
    assert_eq!(read.title(), "银行卡被拒");
    assert_eq!(read.errors()[0].pointer(), "#/card/number");
    assert_eq!(read.extensions()["balance"], json!(30));
    assert_eq!(read.status_as::<AppStatus>(), Some(status!(AppStatus, 460)));
}

#[tokio::test]
async fn a_whole_response_reads_back_with_its_language_retry_after_and_status() {
    let server = Server::start(|_, _| {
        let mut response = problem(Problem::new_in(status!(503), "zh").retry_after(30));
        // A document without a status: the response's counts.
        *response.body_mut() = Full::new(Bytes::from_static(b"{\"title\": \"Down\"}"));
        response
    })
    .await;
    let policy = quick().max_attempts(1);
    let (response, _) = send(policy, server.request(Method::GET)).await;
    let (parts, body) = response.into_parts();
    let body = body.collect().await.expect("the body").to_bytes();
    let read = Problem::from_response(&Response::from_parts(parts, body)).expect("a problem");
    assert_eq!(read.title(), "Down");
    assert_eq!(
        read.status_as::<StatusCode>(),
        Some(StatusCode::ServiceUnavailable)
    );
    assert_eq!(read.language(), "zh");
    assert_eq!(read.retry_after_seconds(), Some(30));
}

/// The README's loop for reqwest, which has no tower layer on its client.
#[tokio::test]
async fn reqwest_retries_with_decide_in_a_loop() {
    let server = Server::start(|_, hit| match hit {
        1 => plain(503, Some("1".into())),
        _ => ok(),
    })
    .await;
    let client = reqwest::Client::new();
    let url = format!("http://{}/orders/7", server.addr);
    let start = Instant::now();
    let response = timeout(LIMIT, get_with_retries(&client, &url))
        .await
        .expect("ends in time")
        .expect("the server answers");
    assert_eq!(response.status(), 200);
    assert_eq!(server.hits(), 2);
    assert!(start.elapsed() >= Duration::from_secs(1));
}

// The code of the README's "On the client" section, word for word.
async fn get_with_retries(
    client: &reqwest::Client,
    url: &str,
) -> reqwest::Result<reqwest::Response> {
    let policy = SpecRetry::<StatusCode>::new().max_attempts(4);
    let mut attempt = 1;
    loop {
        let response = client.get(url).send().await?;
        let status = response.status().as_u16();
        match policy.decide(&reqwest::Method::GET, status, response.headers(), attempt) {
            Some(wait) => tokio::time::sleep(wait).await,
            None => return Ok(response),
        }
        attempt += 1;
    }
}

// README block 1, word for word.
#[allow(
    clippy::let_and_return,
    reason = "the README names the client it builds"
)]
fn hyper_client_with_retries() -> Retry<SpecRetry<StatusCode>, Client<HttpConnector, Body>> {
    use status_codes::{StatusCode, retry::SpecRetry};
    use tower::{ServiceBuilder, retry::RetryLayer};

    let hyper_client = Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    let client = ServiceBuilder::new()
        .layer(RetryLayer::new(
            SpecRetry::<StatusCode>::new().max_attempts(4),
        ))
        .service(hyper_client);
    client
}

// README block 3, word for word.
async fn read_problem(
    response: reqwest::Response,
) -> Result<Option<AppStatus>, Box<dyn std::error::Error>> {
    let problem = Problem::from_json(&response.bytes().await?)?;
    for error in problem.errors() {
        eprintln!("{}: {}", error.pointer(), error.detail());
    }
    let code: Option<AppStatus> = problem.status_as::<AppStatus>();
    Ok(code)
}

#[tokio::test]
async fn readme_blocks_work_against_a_flaky_server() {
    let server = Server::start(|_, hit| match hit {
        1 | 3 => plain(503, Some("0".into())),
        _ => problem(
            Problem::new(status!(AppStatus, 460)).with_error("#/card", "declined by the issuer"),
        ),
    })
    .await;
    let exchange = async {
        hyper_client_with_retries()
            .oneshot(server.request(Method::GET))
            .await
    };
    let response = timeout(LIMIT, exchange)
        .await
        .expect("in time")
        .expect("an answer");
    assert_eq!((response.status().as_u16(), server.hits()), (460, 2));
    let url = format!("http://{}/orders/7", server.addr);
    let client = reqwest::Client::new();
    let response = timeout(LIMIT, get_with_retries(&client, &url))
        .await
        .expect("in time")
        .expect("an answer");
    assert_eq!((response.status().as_u16(), server.hits()), (460, 4));
    let code = read_problem(response).await.expect("a problem document");
    assert_eq!(code, Some(status!(AppStatus, 460)));
}
