//! The example service over real HTTP: it is started on 127.0.0.1 on a free port, sent
//! HTTP/1.1 requests written by hand on a plain TCP stream, checked by its status lines and
//! JSON bodies, and stopped by a graceful shutdown. Every wait is bounded.

#[path = "../examples/service/app.rs"]
mod app;

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tokio::time::timeout;

/// The longest any one step (connect, exchange, shutdown) may take.
const LIMIT: Duration = Duration::from_secs(10);

/// The service, running on a port of its own.
struct Server {
    addr: SocketAddr,
    stop: oneshot::Sender<()>,
    task: JoinHandle<std::io::Result<()>>,
}

impl Server {
    async fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a free port on 127.0.0.1");
        let addr = listener.local_addr().expect("a bound address");
        let (stop, stopped) = oneshot::channel::<()>();
        let serve = axum::serve(listener, app::app()).with_graceful_shutdown(async {
            let _ = stopped.await;
        });
        let task = tokio::spawn(std::future::IntoFuture::into_future(serve));
        Server { addr, stop, task }
    }

    /// Sends one request (the connection closes after it) and reads the whole response.
    async fn send(&self, method: &str, path: &str, body: Option<&str>) -> Response {
        let mut request = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
            self.addr
        );
        if let Some(body) = body {
            request.push_str(&format!(
                "Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            ));
        } else {
            request.push_str("\r\n");
        }
        let exchange = async {
            let mut stream = TcpStream::connect(self.addr).await?;
            stream.write_all(request.as_bytes()).await?;
            let mut raw = Vec::new();
            stream.read_to_end(&mut raw).await?;
            std::io::Result::Ok(raw)
        };
        let raw = timeout(LIMIT, exchange)
            .await
            .expect("the service answers in time")
            .expect("the exchange succeeds");
        Response::parse(&String::from_utf8(raw).expect("a UTF-8 response"))
    }

    /// Asks the service to shut down and waits until it has.
    async fn stop(self) {
        self.stop.send(()).expect("the service is still running");
        let result = timeout(LIMIT, self.task)
            .await
            .expect("the service shuts down in time")
            .expect("the service task did not panic");
        result.expect("the service stopped without an error");
    }
}

/// A response as it came over the wire.
struct Response {
    status_line: String,
    headers: Vec<(String, String)>,
    body: String,
}

impl Response {
    fn parse(raw: &str) -> Response {
        let (head, body) = raw.split_once("\r\n\r\n").expect("a header section");
        let mut lines = head.split("\r\n");
        let status_line = lines.next().unwrap_or_default().to_owned();
        let headers = lines
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name.to_ascii_lowercase(), value.trim().to_owned()))
            .collect();
        Response {
            status_line,
            headers,
            body: body.to_owned(),
        }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> serde_json::Value {
        assert_eq!(self.header("content-type"), Some("application/json"));
        let length: usize = self
            .header("content-length")
            .and_then(|l| l.parse().ok())
            .expect("a Content-Length");
        assert_eq!(self.body.len(), length);
        serde_json::from_str(&self.body).expect("a JSON body")
    }
}

#[tokio::test]
async fn errors_carry_their_code_and_the_spec_in_the_body() {
    let server = Server::start().await;

    let response = server.send("GET", "/orders/7", None).await;
    assert_eq!(response.status_line, "HTTP/1.1 404 Not Found");
    let body = response.json();
    assert_eq!(body["code"], 404);
    assert_eq!(body["phrase"], "Not Found");
    // The service's own description of 404 (an override of IANA's), and its key.
    assert_eq!(
        body["description"],
        "No order has this number, or nothing is at this path; check the order number in the confirmation."
    );
    assert_eq!(body["key"], "not_found");
    assert_eq!(body["detail"], "there is no order 7");

    let response = server.send("GET", "/no/such/path", None).await;
    assert_eq!(response.status_line, "HTTP/1.1 404 Not Found");
    assert_eq!(response.json()["detail"], "no route matches the path");

    server.stop().await;
}

#[tokio::test]
async fn a_code_of_the_service_goes_out_with_its_own_phrase() {
    let server = Server::start().await;

    let response = server
        .send("POST", "/orders", Some(r#"{"item":"unicorn"}"#))
        .await;
    // http has no phrase for 460; the spec's goes on the status line.
    assert_eq!(response.status_line, "HTTP/1.1 460 Out Of Stock");
    let body = response.json();
    assert_eq!(body["code"], 460);
    assert_eq!(body["phrase"], "Out Of Stock");
    assert_eq!(body["key"], "out_of_stock");
    assert!(
        body["description"]
            .as_str()
            .is_some_and(|d| d.starts_with("The item is sold out"))
    );
    assert_eq!(body["detail"], "unicorn is out of stock");

    let response = server
        .send("POST", "/orders", Some(r#"{"item":"kettle"}"#))
        .await;
    assert_eq!(response.status_line, "HTTP/1.1 201 Created");
    assert_eq!(response.json()["item"], "kettle");

    server.stop().await;
}

#[tokio::test]
async fn success_and_retry_facts_come_from_the_spec() {
    let server = Server::start().await;

    let response = server.send("GET", "/orders/1", None).await;
    assert_eq!(response.status_line, "HTTP/1.1 200 OK");
    assert_eq!(response.json()["item"], "teapot");

    // 503's spec entry says to retry after Retry-After, so the service sends one.
    let response = server.send("GET", "/reports", None).await;
    assert_eq!(response.status_line, "HTTP/1.1 503 Service Unavailable");
    assert_eq!(response.header("retry-after"), Some("120"));
    let body = response.json();
    assert_eq!(body["key"], "maintenance");
    assert_eq!(body["code"], 503);

    server.stop().await;
}
