//! OpenAPI documents from the spec (feature `utoipa`): the error responses of a derived error
//! enum, the response of one code, and the schema of [`Problem`].
//!
//! `#[status(openapi)]` on `#[derive(HttpStatus)]` implements `utoipa::IntoResponses` for the
//! error enum, so that a handler's `#[utoipa::path]` lists every error it can answer from the
//! same declaration that answers them:
//!
//! ```ignore
//! #[derive(Debug, HttpStatus)]
//! #[status(enum = OrderStatus, into_response, openapi)]
//! enum ApiError { ... }
//!
//! #[utoipa::path(get, path = "/orders/{id}", responses((status = 200, body = Order), ApiError))]
//! async fn order(Path(id): Path<u64>) -> Result<Json<Order>, ApiError> { ... }
//!
//! #[derive(utoipa::OpenApi)]
//! #[openapi(paths(order), components(schemas(status_codes::Problem)))]
//! struct ApiDoc;
//! ```
//!
//! Each status the enum can answer is one response: its description is the spec's English
//! text (the code's, or the problem type's title and detail where the variant names a
//! `problems:` entry), its content `application/problem+json` with the [`Problem`] schema and
//! one example per variant, and its headers those the spec names for the code, such as
//! `Retry-After` for 503. The responses refer to the schema as
//! `#/components/schemas/Problem`, so the document lists it once: add
//! `components(schemas(status_codes::Problem))` to the `OpenApi` derive (or
//! [`ComponentsBuilder::schema_from`](utoipa::openapi::ComponentsBuilder::schema_from)).
//!
//! The examples follow the rule that answers the errors: a server error's `detail` is left
//! out unless its variant says `expose`, and a client error's is left out where it says
//! `private` (see [`HttpStatus::exposes_detail`](crate::HttpStatus::exposes_detail)).

use alloc::borrow::Cow;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use utoipa::openapi::example::Example;
use utoipa::openapi::header::Header;
use utoipa::openapi::schema::{
    AdditionalProperties, ArrayBuilder, KnownFormat, Object, ObjectBuilder, Schema, SchemaFormat,
    Type,
};
use utoipa::openapi::{Content, Ref, RefOr, Response, ResponseBuilder};

use crate::{Content as Body, Problem, StatusEnum};

/// The media type of an error response.
const PROBLEM_JSON: &str = "application/problem+json";

/// One variant of an error enum as the document shows it: its name, status, problem type and
/// whether its message reaches the client. `#[status(openapi)]` makes one per variant; a
/// hand-written `IntoResponses` can make them too.
///
/// ```
/// use status_codes::openapi::{self, VariantDoc};
/// use status_codes::status;
///
/// let responses = openapi::responses([
///     VariantDoc::new("NoSuchOrder", status!(404), None),
///     VariantDoc::new("Storage", status!(500), None),
/// ]);
/// assert_eq!(responses.keys().collect::<Vec<_>>(), ["404", "500"]);
/// ```
#[derive(Clone, Debug)]
pub struct VariantDoc<S> {
    name: &'static str,
    status: S,
    exposure: Exposure,
    summary: Option<&'static str>,
    problem: Option<ProblemDoc>,
}

/// Whether a variant's message reaches the client as the `detail` of its problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Exposure {
    /// The message is the `detail`: a client error, or `#[status(5xx, expose)]`.
    Shown,
    /// The message stays in the service: a server error, or `#[status(4xx, private)]`.
    Masked,
}

/// A problem type of the spec (`problems:`), in English: what a variant with
/// `#[status(problem = "name")]` answers with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProblemDoc {
    type_uri: &'static str,
    title: &'static str,
    detail: Option<&'static str>,
}

impl ProblemDoc {
    /// A problem type: its `type` URI, its English title and its English `detail` template
    /// (`{field}` placeholders), if it has one.
    pub const fn new(
        type_uri: &'static str,
        title: &'static str,
        detail: Option<&'static str>,
    ) -> ProblemDoc {
        ProblemDoc {
            type_uri,
            title,
            detail,
        }
    }

    /// The `type` URI.
    pub const fn type_uri(&self) -> &'static str {
        self.type_uri
    }

    /// The English title.
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// The English `detail` template, as the spec writes it.
    pub const fn detail(&self) -> Option<&'static str> {
        self.detail
    }
}

impl<S: StatusEnum> VariantDoc<S> {
    /// A variant that answers with its code's problem: `expose` is what its attribute says
    /// (`Some(true)` for `expose`, `Some(false)` for `private`), `None` for the class's rule.
    pub fn new(name: &'static str, status: S, expose: Option<bool>) -> VariantDoc<S> {
        let exposed = expose.unwrap_or_else(|| crate::__private::exposed_by_class(status));
        VariantDoc {
            name,
            status,
            exposure: if exposed {
                Exposure::Shown
            } else {
                Exposure::Masked
            },
            summary: None,
            problem: None,
        }
    }

    /// A variant that answers with a problem type of the spec, whose `detail` is its
    /// template, sent whatever the class.
    pub fn problem(name: &'static str, status: S, problem: ProblemDoc) -> VariantDoc<S> {
        VariantDoc {
            name,
            status,
            exposure: Exposure::Shown,
            summary: None,
            problem: Some(problem),
        }
    }

    /// A line on the variant for its example, such as its doc comment.
    pub fn with_summary(mut self, summary: &'static str) -> VariantDoc<S> {
        self.summary = Some(summary);
        self
    }

    /// The variant's name.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The variant's status.
    pub fn status(&self) -> S {
        self.status
    }

    /// Whether the variant's message is the `detail` of its problem.
    pub fn exposure(&self) -> Exposure {
        self.exposure
    }

    /// The problem type of the spec the variant answers with, if any.
    pub fn problem_type(&self) -> Option<&ProblemDoc> {
        self.problem.as_ref()
    }

    /// The problem the variant answers with, in English, as its example shows it.
    fn example_problem(&self) -> Problem {
        match &self.problem {
            Some(problem) => crate::problem::problem_of_type(
                self.status,
                problem.type_uri,
                problem.title,
                "en",
                problem.detail.map(String::from),
            ),
            None => {
                let problem = Problem::new_in(self.status, "en");
                match self.exposure {
                    // The message is the error's `Display`, which the document cannot know:
                    // the variant's name in words stands in for it.
                    Exposure::Shown => problem.with_detail(words(self.name)),
                    Exposure::Masked => problem,
                }
            }
        }
    }

    /// The variant's line in the description of a status several variants share.
    fn line(&self) -> String {
        let text = match (&self.problem, self.summary) {
            (Some(problem), _) => {
                format!("{} (problem type `{}`)", problem.title, problem.type_uri)
            }
            (None, Some(summary)) => summary.to_string(),
            (None, None) => String::new(),
        };
        let masked = match self.exposure {
            Exposure::Masked => " (no `detail`: its message stays in the service)",
            Exposure::Shown => "",
        };
        match text.is_empty() {
            true => format!("- `{}`{masked}", self.name),
            false => format!("- `{}`: {text}{masked}", self.name),
        }
    }
}

/// The responses of an error enum: one per status its variants answer with, keyed by the
/// code, each with the spec's English description, the `Retry-After` (or other) header the
/// spec names for the code, and an `application/problem+json` body with one example per
/// variant. This is the body of the `IntoResponses` impl of `#[status(openapi)]`.
///
/// ```
/// use status_codes::openapi::{self, VariantDoc};
/// use status_codes::status;
/// use utoipa::openapi::RefOr;
///
/// let responses = openapi::responses([
///     VariantDoc::new("Busy", status!(503), None),
///     VariantDoc::new("Maintenance", status!(503), Some(true)),
/// ]);
/// let RefOr::T(busy) = &responses["503"] else { unreachable!() };
/// assert!(busy.headers.contains_key("Retry-After"));
/// let RefOr::T(body) = &busy.content["application/problem+json"] else { unreachable!() };
/// assert_eq!(body.examples.len(), 2);
/// ```
pub fn responses<S: StatusEnum>(
    variants: impl IntoIterator<Item = VariantDoc<S>>,
) -> BTreeMap<String, RefOr<Response>> {
    let mut by_status: BTreeMap<u16, Vec<VariantDoc<S>>> = BTreeMap::new();
    for variant in variants {
        by_status
            .entry(variant.status.as_u16())
            .or_default()
            .push(variant);
    }
    by_status
        .into_values()
        .map(|variants| {
            let code = variants[0].status.as_u16().to_string();
            (code, RefOr::T(error_response(&variants)))
        })
        .collect()
}

/// The response of one status that `variants` (at least one) share.
fn error_response<S: StatusEnum>(variants: &[VariantDoc<S>]) -> Response {
    let status = variants[0].status;
    let description = match variants {
        [one] => match &one.problem {
            Some(problem) => match problem.detail {
                Some(detail) => format!("{}: {detail}", problem.title),
                None => problem.title.to_string(),
            },
            None => code_description(status).into_owned(),
        },
        several => {
            let lines: Vec<String> = several.iter().map(VariantDoc::line).collect();
            format!(
                "{}\n\nAnswered for {} errors, each an example below:\n\n{}",
                code_description(status),
                several.len(),
                lines.join("\n")
            )
        }
    };
    let mut response = with_headers(ResponseBuilder::new().description(description), status);
    if status.content() == Body::Allowed {
        let examples = variants.iter().map(|variant| {
            let value = serde_json::to_value(variant.example_problem()).ok();
            let example = Example::builder()
                .summary(variant.summary.unwrap_or(variant.name))
                .value(value)
                .build();
            (variant.name, example)
        });
        let content = Content::builder()
            .schema(Some(Ref::from_schema_name("Problem")))
            .examples_from_iter(examples)
            .build();
        response = response.content(PROBLEM_JSON, content);
    }
    response.build()
}

/// The response of one code, with no body: the spec's English description and the header
/// fields it names for the code. For a handler's success codes, and the body of
/// `openapi_response` of every status enum.
///
/// ```
/// use status_codes::status;
///
/// let created = status!(201).openapi_response();
/// assert_eq!(Some(created.description.as_str()), status!(201).description());
/// assert!(created.headers.contains_key("Location"));
/// ```
pub fn response<S: StatusEnum>(status: S) -> Response {
    with_headers(
        ResponseBuilder::new().description(code_description(status)),
        status,
    )
    .build()
}

/// The header fields the spec names for the code, each a string.
fn with_headers<S: StatusEnum>(mut response: ResponseBuilder, status: S) -> ResponseBuilder {
    for field in status.headers() {
        let condition = match field.condition {
            Some(condition) => format!(", {condition}"),
            None => String::new(),
        };
        let header = Header::builder()
            .schema(Some(Object::with_type(Type::String)))
            .description(Some(format!(
                "A {} response {} carry this field{condition}.",
                status.as_u16(),
                field.requirement
            )))
            .build();
        response = response.header(field.name, header);
    }
    response
}

/// The spec's English description of a code; its phrase, or its class, where it has none.
fn code_description<S: StatusEnum>(status: S) -> Cow<'static, str> {
    if let Some(text) = status.description_in("en").or_else(|| status.description()) {
        return Cow::Borrowed(text);
    }
    if let Some(phrase) = status.reason_phrase() {
        return Cow::Borrowed(phrase);
    }
    match status.class() {
        Some(class) => Cow::Owned(format!("{} ({class})", status.as_u16())),
        None => Cow::Owned(status.as_u16().to_string()),
    }
}

/// `OrderNotFound` as `Order not found`.
fn words(name: &str) -> String {
    let mut text = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c == '_' {
            text.push(' ');
        } else if i > 0 && c.is_uppercase() {
            if !text.ends_with(' ') {
                text.push(' ');
            }
            text.extend(c.to_lowercase());
        } else {
            text.push(c);
        }
    }
    text
}

/// A string member with a description.
fn text(description: &str) -> ObjectBuilder {
    Object::builder()
        .schema_type(Type::String)
        .description(Some(description))
}

/// The `type` and `instance` members: URI references.
fn uri(description: &str) -> ObjectBuilder {
    text(description).format(Some(SchemaFormat::Custom("uri-reference".into())))
}

/// An RFC 9457 problem document, as this crate sends it: `type`, `title` and `status` always,
/// the other members where they apply, and extension members of the problem type beside them.
impl utoipa::PartialSchema for Problem {
    fn schema() -> RefOr<Schema> {
        let field_error = Object::builder()
            .description(Some("What is wrong at one place in the request."))
            .property(
                "pointer",
                text(
                    "A JSON Pointer (RFC 6901) into the request, in URI fragment form, such as `#/items/0/qty`.",
                ),
            )
            .required("pointer")
            .property("detail", text("What is wrong there."))
            .required("detail");
        let status = Object::builder()
            .schema_type(Type::Integer)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int32)))
            .minimum(Some(100))
            .maximum(Some(999))
            .description(Some(
                "The HTTP status code of the response, repeated for the reader of the body.",
            ));
        Object::builder()
            .description(Some(
                "An RFC 9457 problem document (`application/problem+json`). Members other than \
                 these are extension members of the problem type.",
            ))
            .property(
                "type",
                uri(
                    "A URI reference that names the problem type; `about:blank` where the status code says it all.",
                )
                .default(Some(serde_json::Value::from(crate::ABOUT_BLANK))),
            )
            .required("type")
            .property(
                "title",
                text(
                    "A short summary of the problem type for a person, in the response's `Content-Language`: the same for every occurrence.",
                ),
            )
            .required("title")
            .property("status", status)
            .required("status")
            .property(
                "detail",
                text(
                    "What happened this time, for a person. Left out where the error's message stays in the service, as a server error's does.",
                ),
            )
            .property(
                "instance",
                uri("A URI reference that names this occurrence, such as the request's path."),
            )
            .property(
                "description",
                text(
                    "The spec's explanation of the status code, where the service sends it.",
                ),
            )
            .property(
                "key",
                text("A machine-readable key of the status code, from the service's spec."),
            )
            .property(
                "errors",
                ArrayBuilder::new()
                    .items(field_error)
                    .description(Some("What is wrong where in the request, one entry per place.")),
            )
            .additional_properties(Some(AdditionalProperties::FreeForm(true)))
            .into()
    }
}

/// The schema's name in `#/components/schemas/`: `Problem`.
impl utoipa::ToSchema for Problem {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Problem")
    }
}

#[cfg(test)]
mod tests {
    use super::words;

    #[test]
    fn a_name_in_words() {
        assert_eq!(words("OrderNotFound"), "Order not found");
        assert_eq!(words("Maintenance"), "Maintenance");
        assert_eq!(words("Io_Error"), "Io error");
    }
}
