//! What the `tracing` feature logs: what a client is not told.

use core::fmt;

/// A server error whose message its problem leaves out: logged once, at the error level,
/// with its message, its `source()` chain, the status and the spec's key.
pub(crate) fn masked<E: core::error::Error + ?Sized>(error: &E, status: u16, key: Option<&str>) {
    tracing::error!(
        status,
        key = key.unwrap_or_default(),
        error = %error,
        sources = %Sources(error.source()),
        "error answered with a problem without its message"
    );
}

/// A server error response of the framework (such as a missing extension), whose text its
/// problem leaves out.
#[cfg(feature = "axum")]
pub(crate) fn masked_text(status: u16, text: Option<&str>) {
    tracing::error!(
        status,
        error = text.unwrap_or_default(),
        "error response answered with a problem without its text"
    );
}

/// A status code that HTTP cannot carry, answered as 500.
#[cfg(all(feature = "http", feature = "serde"))]
pub(crate) fn uncarriable(status: u16) {
    tracing::error!(
        status,
        "a problem has status {status}, which HTTP cannot carry (it takes 100..=999); answered 500 instead"
    );
}

/// The causes of an error, outermost first, joined by `: `.
struct Sources<'a>(Option<&'a (dyn core::error::Error + 'static)>);

impl fmt::Display for Sources<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut next = self.0;
        let mut first = true;
        // A cycle of sources is a bug of the error type; the chain is cut at 32.
        for _ in 0..32 {
            let Some(error) = next else { break };
            if !first {
                f.write_str(": ")?;
            }
            write!(f, "{error}")?;
            first = false;
            next = error.source();
        }
        Ok(())
    }
}
