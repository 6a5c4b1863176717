//! The crate that uses the codes of `errors`, with status-codes renamed to `sc`.
#![deny(warnings, missing_docs)]

use errors::AppStatus;
use errors::edge::EdgeStatus;

/// A code of another crate's enum, by its path, in a `const`.
pub const DECLINED: AppStatus = sc::status!(errors::AppStatus, 460);

/// The same enum after `use errors::AppStatus`.
pub fn expired() -> AppStatus {
    sc::status!(AppStatus, 461)
}

/// An enum in a module of the other crate.
pub const TIMEOUT: EdgeStatus = sc::status!(errors::edge::EdgeStatus, 522);

/// The built-in `StatusCode`, through the renamed crate.
pub const NOT_FOUND: sc::StatusCode = sc::status!(404);

/// The errors of the API, mapped to the codes of the `errors` crate.
#[derive(Debug, sc::HttpStatus)]
#[status(enum = errors::AppStatus, crate = "sc")]
pub enum PaymentError {
    /// The issuer said no.
    #[status(460)]
    Declined,
    /// The card is too old.
    #[status(461)]
    Expired,
    /// No order has the number.
    #[status(404)]
    NoSuchOrder {
        /// The number asked for.
        id: u64,
    },
}

/// Errors mapped to `StatusCode`, through the renamed crate.
#[derive(Debug, sc::HttpStatus)]
#[status(crate = "sc")]
pub enum PlainError {
    /// Nothing there.
    #[status(410)]
    Gone,
}

/// An enum generated in this crate, through the renamed crate.
#[sc::status_enum(spec = ["iana", "nginx"], crate = "sc")]
pub enum ProxyStatus {}

/// An enum generated through a re-export of status-codes by another crate.
#[errors::codes::status_enum(spec = "iana", crate = "errors::codes")]
pub enum ReexportedStatus {}

/// A code of this crate's own enum.
pub const CLIENT_CLOSED: ProxyStatus = sc::status!(ProxyStatus, 499);
