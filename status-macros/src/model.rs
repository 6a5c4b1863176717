//! The checked model of a spec: what validation produces and expansion consumes.

/// All codes of one generated enum, from one or more spec files, in ascending order.
pub(crate) struct Spec {
    /// The specs as the user named them, in the order given.
    pub(crate) sources: Vec<String>,
    pub(crate) codes: Vec<Code>,
}

/// One status code, checked.
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
    pub(crate) registration: Registration,
    pub(crate) cacheable: bool,
    pub(crate) content: Content,
    pub(crate) headers: Vec<(String, Level)>,
    pub(crate) retry: Retry,
    /// A machine-readable key for API error bodies.
    pub(crate) key: Option<String>,
    /// Whether this entry replaces the same code from an earlier spec.
    pub(crate) replaces: bool,
    /// The fields the entry writes; an override keeps the earlier spec's value of the others.
    pub(crate) given: Vec<&'static str>,
    /// Index into [`Spec::sources`] of the spec that defined the code.
    pub(crate) source: usize,
    /// Where the code's key is in that spec, to point at it in later messages.
    pub(crate) key_path: Vec<crate::load::Step>,
}

impl Code {
    /// The description in `lang`, if the spec has one.
    pub(crate) fn description(&self, lang: &str) -> Option<&str> {
        lookup(&self.descriptions, lang)
    }

    /// The title in `lang`; in English the title is the reason phrase. (The expansion reads
    /// `titles` whole; the tests ask for one language.)
    #[cfg(test)]
    pub(crate) fn title(&self, lang: &str) -> Option<&str> {
        match lang {
            "en" => Some(&self.phrase),
            _ => lookup(&self.titles, lang),
        }
    }
}

fn lookup<'a>(pairs: &'a [(String, String)], lang: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(l, _)| l == lang)
        .map(|(_, text)| text.as_str())
}

/// The first digit of a code, as RFC 9110 section 15 names the classes.
pub(crate) fn class_name(code: u16) -> Option<&'static str> {
    Some(match code {
        100..=199 => "Informational",
        200..=299 => "Success",
        300..=399 => "Redirection",
        400..=499 => "ClientError",
        500..=599 => "ServerError",
        _ => return None,
    })
}

/// A value of one of the spec's small vocabularies (`status`, `content`, header levels, `retry`).
pub(crate) trait Keyword: Sized + Copy + 'static {
    /// Every value with the word the spec uses for it and the Rust variant it becomes.
    const ALL: &'static [(&'static str, &'static str, Self)];

    fn parse(word: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .find(|(w, _, _)| *w == word)
            .map(|&(_, _, v)| v)
    }

    fn words() -> String {
        let words: Vec<_> = Self::ALL.iter().map(|(w, _, _)| format!("`{w}`")).collect();
        words.join(", ")
    }

    fn word(self) -> &'static str
    where
        Self: PartialEq,
    {
        Self::ALL
            .iter()
            .find(|(_, _, v)| *v == self)
            .map_or("", |&(w, _, _)| w)
    }

    fn variant(self) -> &'static str
    where
        Self: PartialEq,
    {
        Self::ALL
            .iter()
            .find(|(_, _, v)| *v == self)
            .map_or("", |&(_, r, _)| r)
    }
}

/// The code's state in its registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Registration {
    Permanent,
    Temporary,
    Reserved,
    Obsolete,
    Deprecated,
    Unofficial,
}

impl Keyword for Registration {
    const ALL: &'static [(&'static str, &'static str, Self)] = &[
        ("permanent", "Permanent", Registration::Permanent),
        ("temporary", "Temporary", Registration::Temporary),
        ("reserved", "Reserved", Registration::Reserved),
        ("obsolete", "Obsolete", Registration::Obsolete),
        ("deprecated", "Deprecated", Registration::Deprecated),
        ("unofficial", "Unofficial", Registration::Unofficial),
    ];
}

/// Whether a response with the code may carry content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Content {
    Allowed,
    Empty,
    None,
}

impl Keyword for Content {
    const ALL: &'static [(&'static str, &'static str, Self)] = &[
        ("allowed", "Allowed", Content::Allowed),
        ("empty", "Empty", Content::Empty),
        ("none", "None", Content::None),
    ];
}

/// How strongly a header field goes with a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Level {
    Must,
    Should,
    May,
}

impl Keyword for Level {
    const ALL: &'static [(&'static str, &'static str, Self)] = &[
        ("must", "Must", Level::Must),
        ("should", "Should", Level::Should),
        ("may", "May", Level::May),
    ];
}

/// Whether a client may send the same request again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Retry {
    NotApplicable,
    Never,
    May,
    After,
}

impl Keyword for Retry {
    const ALL: &'static [(&'static str, &'static str, Self)] = &[
        ("never", "Never", Retry::Never),
        ("may", "May", Retry::May),
        ("after", "After", Retry::After),
    ];
}

impl Retry {
    /// The hint of a code whose spec entry says nothing about retrying.
    pub(crate) fn default_for(code: u16) -> Retry {
        match code {
            100..=399 => Retry::NotApplicable,
            _ => Retry::Never,
        }
    }
}

/// Makes the link of a reference such as `RFC 9110, Section 15.5.5` or `RFC 4918`.
pub(crate) fn rfc_link(reference: &str) -> Option<String> {
    let rest = reference.strip_prefix("RFC ")?;
    let (number, section) = match rest.split_once(',') {
        Some((number, section)) => (number, Some(section.trim().strip_prefix("Section ")?)),
        None => (rest, None),
    };
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let base = format!("https://www.rfc-editor.org/rfc/rfc{number}");
    match section {
        None => Some(base),
        Some(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.') => {
            Some(format!("{base}#section-{s}"))
        }
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_references_become_links() {
        assert_eq!(
            rfc_link("RFC 9110, Section 15.5.5").as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5")
        );
        assert_eq!(
            rfc_link("RFC 4918").as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc4918")
        );
        assert_eq!(rfc_link("draft-ietf-httpbis-resumable-upload-05"), None);
        assert_eq!(rfc_link("RFC x"), None);
        assert_eq!(rfc_link("RFC 9110, Chapter 3"), None);
    }

    #[test]
    fn keywords_round_trip() {
        for &(word, _, value) in Registration::ALL {
            assert_eq!(Registration::parse(word), Some(value));
            assert_eq!(value.word(), word);
        }
        assert_eq!(Retry::parse("sometimes"), None);
        assert_eq!(Level::words(), "`must`, `should`, `may`");
    }
}
