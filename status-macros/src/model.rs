//! The checked model of a spec: what validation produces and expansion consumes. It holds
//! what the specs say; where a spec says nothing about a fact that follows from the class, the
//! rule of the vocabulary (`Retry::of_class`, `Content::of_class`) applies, here and in the
//! generated code alike.

use crate::load::{self, Mark};
use crate::vocab::{Content, Registration, Requirement, Retry};

/// All codes of one generated enum, from one or more specs, in ascending order.
pub(crate) struct Spec {
    /// The specs, in the order given.
    pub(crate) sources: Vec<SpecName>,
    pub(crate) codes: Vec<Code>,
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

/// One status code, checked and complete.
pub(crate) struct Code {
    pub(crate) code: u16,
    /// The variant name, a valid Rust identifier.
    pub(crate) name: String,
    /// The reason phrase, printable ASCII.
    pub(crate) phrase: String,
    pub(crate) aliases: Vec<String>,
    /// The phrase in other languages: (language tag, text).
    pub(crate) titles: Vec<(String, String)>,
    /// Descriptions, `en` first: (language tag, text).
    pub(crate) descriptions: Vec<(String, String)>,
    pub(crate) reference: String,
    pub(crate) link: Option<String>,
    pub(crate) registration: Option<Registration>,
    pub(crate) cacheable: bool,
    pub(crate) content: Option<Content>,
    pub(crate) headers: Vec<(String, Requirement)>,
    pub(crate) retry: Option<Retry>,
    /// A machine-readable key for API error bodies.
    pub(crate) key: Option<String>,
    /// The URI of the RFC 9457 problem type of the code.
    pub(crate) problem_type: Option<String>,
    /// The code's key in the spec that defined it; `mark.source` is that spec.
    pub(crate) mark: Mark,
}

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

    /// The registry state; a spec that does not say means a permanent registration.
    pub(crate) fn registration(&self) -> Registration {
        self.registration.unwrap_or(Registration::Permanent)
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

fn text_in<'a>(pairs: &'a [(String, String)], lang: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(l, _)| l == lang)
        .map(|(_, text)| text.as_str())
}
