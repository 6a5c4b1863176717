//! The checked model of a spec: what validation produces and expansion consumes. It holds
//! what the specs say; where a spec says nothing about a fact that follows from the class, the
//! rule of the vocabulary (`Retry::of_class`, `Content::of_class`) applies, here and in the
//! generated code alike.

use crate::fields::{checked_type, code_fields};
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

fn text_in<'a>(pairs: &'a [(String, String)], lang: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(l, _)| l == lang)
        .map(|(_, text)| text.as_str())
}
