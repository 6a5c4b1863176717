//! The crate that owns the service's status codes.
#![deny(warnings, missing_docs)]

/// The codes of the service: IANA's and its own.
#[status_codes::status_enum(spec = ["iana", "spec/app.yaml"])]
pub enum AppStatus {}

/// Codes in a module, as a crate with several enums keeps them.
pub mod edge {
    /// The codes of the edge proxy: IANA's and Cloudflare's.
    #[status_codes::status_enum(spec = ["iana", "cloudflare"])]
    pub enum EdgeStatus {}

    /// A code of this crate, named from inside a module.
    pub const TIMEOUT: EdgeStatus = status_codes::status!(EdgeStatus, 522);
}

/// A second enum of the same name in another module: its helper must not clash.
pub mod v2 {
    /// The codes of the second version of the API.
    #[status_codes::status_enum(spec = ["iana", "spec/app.yaml"])]
    pub enum AppStatus {}
}

/// A code used in the crate that defines it.
pub const DECLINED: AppStatus = status_codes::status!(AppStatus, 460);

/// The same, by the full path.
pub fn expired() -> AppStatus {
    status_codes::status!(crate::AppStatus, 461)
}

/// A re-export of status-codes under another name, as a company's own crate might offer it.
pub use status_codes as codes;
