//! The `tracing` feature: a server error whose message its problem leaves out is logged
//! once, at the error level, with its message, its sources, the status and the spec's key.

use std::sync::{Arc, Mutex};

use status_codes::{HttpStatus, StatusCode, StatusEnum};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};

/// An event as recorded: its level and its fields as text.
#[derive(Debug, Default, Clone)]
struct Logged {
    level: Option<Level>,
    fields: Vec<(String, String)>,
}

impl Logged {
    fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Records every event it sees.
#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<Logged>>>);

impl Visit for Logged {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.fields
            .push((field.name().to_owned(), format!("{value:?}")));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.fields
            .push((field.name().to_owned(), value.to_owned()));
    }

    fn record_u64(&mut self, field: &Field, value: u64) {
        self.fields
            .push((field.name().to_owned(), value.to_string()));
    }
}

impl Subscriber for Recorder {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, _: &Record<'_>) {}
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut logged = Logged {
            level: Some(*event.metadata().level()),
            ..Logged::default()
        };
        event.record(&mut logged);
        self.0.lock().expect("no test thread panicked").push(logged);
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

#[derive(Debug, HttpStatus)]
enum ApiError {
    #[status(404)]
    NoSuchOrder,
    #[status(500)]
    Storage(std::io::Error),
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApiError::NoSuchOrder => f.write_str("no such order"),
            ApiError::Storage(_) => f.write_str("the order store failed"),
        }
    }
}

impl std::error::Error for ApiError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ApiError::Storage(err) => Some(err),
            ApiError::NoSuchOrder => None,
        }
    }
}

fn logged_by(f: impl FnOnce()) -> Vec<Logged> {
    let recorder = Recorder::default();
    tracing::subscriber::with_default(recorder.clone(), f);
    recorder
        .0
        .lock()
        .map(|events| events.clone())
        .expect("no test thread panicked")
}

#[test]
fn a_masked_error_is_logged_once_with_its_sources() {
    let error = ApiError::Storage(std::io::Error::other("disk full"));
    let events = logged_by(|| {
        let problem = error.problem_in("zh");
        assert_eq!(problem.detail(), None);
    });
    assert_eq!(events.len(), 1, "{events:?}");
    let event = &events[0];
    assert_eq!(event.level, Some(Level::ERROR));
    assert_eq!(event.field("status"), Some("500"));
    assert_eq!(event.field("error"), Some("the order store failed"));
    assert_eq!(event.field("sources"), Some("disk full"));
    assert_eq!(event.field("key"), Some(""));
}

#[test]
fn a_shown_error_is_not_logged() {
    let events = logged_by(|| {
        let problem = ApiError::NoSuchOrder.problem();
        assert_eq!(problem.detail(), Some("no such order"));
        let _ = StatusCode::NotFound.problem();
    });
    assert!(events.is_empty(), "{events:?}");
}

#[cfg(all(feature = "http", feature = "serde"))]
#[test]
fn a_status_http_cannot_carry_is_logged() {
    let events = logged_by(|| {
        let response = http::Response::from(status_codes::Problem::new(StatusCode::from(42)));
        assert_eq!(response.status(), 500);
    });
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].field("status"), Some("42"));
}
