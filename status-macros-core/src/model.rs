//! The checked model of a spec: what validation produces and expansion consumes. It holds
//! what the specs say; where a spec says nothing about a fact that follows from the class, the
//! rule of the vocabulary (`Retry::of_class`, `Content::of_class`) applies, here and in the
//! generated code alike.

use crate::fields::{checked_type, code_fields};
use crate::load::{self, Mark};
use crate::vocab::{Condition, Content, Registration, Requirement, Retry};

/// All codes of one generated enum, from one or more specs, in ascending order.
pub(crate) struct Spec {
    /// The specs, in the order given.
    pub(crate) sources: Vec<SpecName>,
    pub(crate) codes: Vec<Code>,
    /// The problem types of the specs' `problems:` sections, in the order written.
    pub(crate) problems: Vec<ProblemType>,
}

/// A spec as the user named it.
pub(crate) struct SpecName {
    /// A built-in name such as `iana`, or a path relative to the crate's Cargo.toml.
    pub(crate) spec: String,
    pub(crate) builtin: bool,
}

impl SpecName {
    /// The spec as messages and docs name it: the path, or `the built-in iana spec`.
    pub(crate) fn name(&self) -> String {
        load::name_of(&self.spec, self.builtin)
    }
}

/// Builds [`Code`] from the field list.
macro_rules! code_struct {
    ($($yaml:literal $field:ident: $ty:ty = $read:path => $kind:ident $(($default:expr))?;)*) => {
        /// One status code, checked and complete: a field of each kind of the list in
        /// `fields.rs` (a `required` or `or` field as its type, an `optional` one as an `Option`).
        pub(crate) struct Code {
            pub(crate) code: u16,
            /// The code's key in the spec that defined it; `mark.source` is that spec.
            pub(crate) mark: Mark,
            $(pub(crate) $field: checked_type!($kind, $ty),)*
        }
    };
}

code_fields!(code_struct);

impl Code {
    /// The description in `lang`, if the spec has one.
    pub(crate) fn description(&self, lang: &str) -> Option<&str> {
        text_in(&self.descriptions, lang)
    }

    /// The title in `lang`; in English the title is the reason phrase. (The expansion reads
    /// `titles` whole; the tests ask for one language.)
    #[cfg(test)]
    pub(crate) fn title(&self, lang: &str) -> Option<&str> {
        match lang {
            "en" => Some(&self.phrase),
            _ => text_in(&self.titles, lang),
        }
    }

    /// Whether the response carries content: as the spec says, or as the class has it.
    pub(crate) fn content(&self) -> Content {
        self.content.unwrap_or(Content::of_class(self.code))
    }

    /// Whether to retry: as the spec says, or as the class has it.
    pub(crate) fn retry(&self) -> Retry {
        self.retry.unwrap_or(Retry::of_class(self.code))
    }
}

/// A header field of a code's `headers`: its name, level and the condition under which the
/// level holds (`None`: every response with the code).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct HeaderRule {
    pub(crate) name: String,
    pub(crate) level: Requirement,
    pub(crate) condition: Option<Condition>,
}

fn text_in<'a>(pairs: &'a [(String, String)], lang: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(l, _)| l == lang)
        .map(|(_, text)| text.as_str())
}

/// An RFC 9457 problem type of a spec's `problems:` section, which an error variant names
/// with `#[status(problem = "name")]`.
pub(crate) struct ProblemType {
    /// Its name in the spec, such as `out-of-stock`.
    pub(crate) name: String,
    /// The status code of its responses, a code of the enum.
    pub(crate) status: u16,
    /// The `type` URI; `urn:problem-type:<name>` where the spec gives none.
    pub(crate) type_uri: String,
    /// The titles, `en` first: (language tag, text).
    pub(crate) titles: Vec<(String, String)>,
    /// The templates of the `detail` member, `en` first; none where the spec gives none.
    pub(crate) details: Vec<(String, Template)>,
    /// The problem's name in the spec.
    pub(crate) mark: Mark,
    /// The `status` node, for a status the enum lacks.
    pub(crate) status_mark: Mark,
    /// The `detail` node, for a placeholder the variant lacks.
    pub(crate) detail_mark: Option<Mark>,
    /// Where the detail (or the problem) is, as messages name it: `spec/app.yaml:12:5`.
    pub(crate) place: String,
}

/// A `detail` template: text with `{field}` (or `{0}`) placeholders, `{{` and `}}` for braces.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Template {
    pub(crate) parts: Vec<Part>,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Part {
    Text(String),
    /// A placeholder: a field name, or the index of a tuple variant's field.
    Field(String),
}

impl Template {
    /// Reads a template; `Err` says what is wrong with its braces.
    pub(crate) fn parse(text: &str) -> Result<Template, String> {
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.as_str().starts_with('{') => {
                    chars.next();
                    literal.push('{');
                }
                '}' if chars.as_str().starts_with('}') => {
                    chars.next();
                    literal.push('}');
                }
                '{' => {
                    let rest = chars.as_str();
                    let Some(end) = rest.find('}') else {
                        return Err("an unclosed `{`".to_owned());
                    };
                    let name = &rest[..end];
                    if !placeholder(name) {
                        return Err(format!(
                            "the placeholder `{{{name}}}`, which is not a field name"
                        ));
                    }
                    if !literal.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut literal)));
                    }
                    parts.push(Part::Field(name.to_owned()));
                    chars = rest[end + 1..].chars();
                }
                '}' => return Err("a lone `}`".to_owned()),
                c => literal.push(c),
            }
        }
        if !literal.is_empty() {
            parts.push(Part::Text(literal));
        }
        Ok(Template { parts })
    }

    /// The template as a spec writes it.
    pub(crate) fn text(&self) -> String {
        let mut text = String::new();
        for part in &self.parts {
            match part {
                Part::Text(literal) => {
                    text.push_str(&literal.replace('{', "{{").replace('}', "}}"));
                }
                Part::Field(name) => {
                    text.push('{');
                    text.push_str(name);
                    text.push('}');
                }
            }
        }
        text
    }

    /// The placeholders, each once, in the order of their first use.
    #[cfg(test)]
    pub(crate) fn fields(&self) -> Vec<&str> {
        let mut fields: Vec<&str> = Vec::new();
        for part in &self.parts {
            if let Part::Field(name) = part
                && !fields.contains(&name.as_str())
            {
                fields.push(name);
            }
        }
        fields
    }
}

/// A field of a variant: a Rust identifier, or a tuple index.
fn placeholder(name: &str) -> bool {
    let mut bytes = name.bytes();
    match bytes.next() {
        Some(b'0'..=b'9') => bytes.all(|b| b.is_ascii_digit()),
        Some(b) if b.is_ascii_alphabetic() || b == b'_' => {
            bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_')
        }
        _ => false,
    }
}
