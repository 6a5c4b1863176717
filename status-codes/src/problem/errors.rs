//! The `errors` member of a problem: what is wrong where in the request.

use alloc::borrow::Cow;

/// One entry of a problem's `errors` member (RFC 9457 section 3): a JSON Pointer into the
/// request and what is wrong there, such as `{"pointer": "#/items/0/qty", "detail": "must
/// be positive"}`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FieldError {
    pointer: Cow<'static, str>,
    detail: Cow<'static, str>,
}

impl FieldError {
    /// What is wrong (`detail`) at `pointer`.
    pub fn new(
        pointer: impl Into<Cow<'static, str>>,
        detail: impl Into<Cow<'static, str>>,
    ) -> Self {
        FieldError {
            pointer: pointer.into(),
            detail: detail.into(),
        }
    }

    /// The JSON Pointer (RFC 6901) in URI fragment form, such as `#/items/0/qty`.
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// What is wrong there.
    pub fn detail(&self) -> &str {
        &self.detail
    }
}

/// `(pointer, detail)`.
impl<P: Into<Cow<'static, str>>, D: Into<Cow<'static, str>>> From<(P, D)> for FieldError {
    fn from((pointer, detail): (P, D)) -> Self {
        FieldError::new(pointer, detail)
    }
}

/// `{"pointer": ..., "detail": ...}`.
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for FieldError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("pointer", &self.pointer)?;
        map.serialize_entry("detail", &self.detail)?;
        map.end()
    }
}
