//! Field readers: a node of the spec becomes a Rust value of the field's type, or a problem
//! that says what the field takes.

use std::fmt;

use crate::cx::Ctxt;
use crate::ident::{closest, repeats};
use crate::load::{Node, Value};
use crate::model::HeaderRule;
use crate::vocab::{Condition, Content, Registration, Requirement, Retry};

use super::rules;

/// A value of one of the spec's small vocabularies: `status`, `content`, header levels,
/// `retry`, with the words a spec writes for them.
pub(super) trait Word: Copy + 'static {
    const WORDS: &'static [(&'static str, Self)];

    /// The words, for messages: "`never`, `may`, `after`".
    fn list() -> String {
        let mut list = String::new();
        for (word, _) in Self::WORDS {
            if !list.is_empty() {
                list.push_str(", ");
            }
            list.push_str(&format!("`{word}`"));
        }
        list
    }

    fn parse(word: &str) -> Option<Self> {
        for &(w, value) in Self::WORDS {
            if w == word {
                return Some(value);
            }
        }
        None
    }
}

impl Word for Registration {
    const WORDS: &'static [(&'static str, Self)] = &[
        ("permanent", Registration::Permanent),
        ("temporary", Registration::Temporary),
        ("reserved", Registration::Reserved),
        ("obsolete", Registration::Obsolete),
        ("deprecated", Registration::Deprecated),
        ("unofficial", Registration::Unofficial),
    ];
}

impl Word for Content {
    const WORDS: &'static [(&'static str, Self)] = &[
        ("allowed", Content::Allowed),
        ("empty", Content::Empty),
        ("none", Content::None),
    ];
}

impl Word for Requirement {
    const WORDS: &'static [(&'static str, Self)] = &[
        ("must", Requirement::Must),
        ("should", Requirement::Should),
        ("may", Requirement::May),
    ];
}

impl Word for Condition {
    const WORDS: &'static [(&'static str, Self)] = &[
        (Condition::SentIn200.word(), Condition::SentIn200),
        (Condition::SinglePart.word(), Condition::SinglePart),
        (Condition::Temporary.word(), Condition::Temporary),
        (
            Condition::PreferredChoice.word(),
            Condition::PreferredChoice,
        ),
        (Condition::UploadCreation.word(), Condition::UploadCreation),
    ];
}

impl Word for Retry {
    const WORDS: &'static [(&'static str, Self)] = &[
        ("never", Retry::Never),
        ("may", Retry::May),
        ("after", Retry::After),
    ];
}

/// The fields of a mapping, by name.
pub(super) struct Fields<'a> {
    /// The fields the mapping may have.
    known: &'static [&'static str],
    /// The node written for each known field, in the order of `known`: there are at most a
    /// dozen, so finding one by name is a short search.
    nodes: Vec<Option<&'a Node>>,
    /// Known fields that an unknown one was taken for (`phrase` for `phrse`). The typo is
    /// reported with a did-you-mean, so the known field's absence is not reported again.
    pub(super) guessed: Vec<&'static str>,
}

impl<'a> Fields<'a> {
    /// Indexes a mapping's fields by name, reporting unknown, duplicate and non-string keys.
    pub(super) fn read(
        entries: &'a [(Node, Node)],
        known: &'static [&'static str],
        what: &str,
        cx: &mut Ctxt,
    ) -> Fields<'a> {
        let mut fields = Fields {
            known,
            nodes: vec![None; known.len()],
            guessed: Vec::new(),
        };
        for (key, value) in entries {
            let Some(name) = key.as_str() else {
                let message = if known.contains(&"codes") && looks_like_code(key) {
                    format!(
                        "a code is a field of {what} here, outside `codes:`; indent it as far as the codes under `codes:`"
                    )
                } else {
                    format!("field names of {what} are words, found {}", key.kind())
                };
                cx.at(key.mark, message);
                continue;
            };
            // Every field is one the format defines: a typo must not pass silently.
            let Some(i) = fields.index(name) else {
                // A language outdented out of `description:` is not a typo of a field.
                let language = looks_like_language(name)
                    .then(|| known.iter().find(|f| LANGUAGE_FIELDS.contains(f)))
                    .flatten();
                if let Some(field) = language {
                    cx.at(
                        key.mark,
                        format!(
                            "unknown field `{name}` in {what}; a language goes under `{field}:` or another field of texts, indented as far as its other languages"
                        ),
                    );
                    continue;
                }
                let guess = closest(name, known);
                if let Some(guess) = guess {
                    fields.guessed.push(guess);
                }
                let hint = guess.map_or_else(String::new, |k| format!("; did you mean `{k}`?"));
                let mut list = String::new();
                for field in known {
                    if !list.is_empty() {
                        list.push_str(", ");
                    }
                    list.push_str(field);
                }
                cx.at(
                    key.mark,
                    format!("unknown field `{name}` in {what}{hint} (fields: {list})"),
                );
                continue;
            };
            // A field is written once; YAML would keep only the last.
            if fields.nodes[i].replace(value).is_some() {
                cx.at(
                    key.mark,
                    format!("field `{name}` is written twice in {what}; keep one"),
                );
            }
        }
        fields
    }

    fn index(&self, name: &str) -> Option<usize> {
        self.known.iter().position(|known| *known == name)
    }

    pub(super) fn get(&self, name: &str) -> Option<&'a Node> {
        self.nodes[self.index(name)?]
    }

    /// The fields written, and the known fields a misspelt one was taken for.
    pub(super) fn given(&self) -> Vec<&'static str> {
        let mut given = self.guessed.clone();
        for (name, node) in self.known.iter().zip(&self.nodes) {
            if node.is_some() {
                given.push(name);
            }
        }
        given
    }
}

/// The fields that map languages to texts, where a language tag written at the wrong
/// indentation lands.
const LANGUAGE_FIELDS: &[&str] = &["title", "description", "detail"];

/// Whether a key looks like a language tag (`en`, `zh`, `pt-BR`): what lands among the fields
/// of a code when `en:` is not indented under `description:`.
fn looks_like_language(key: &str) -> bool {
    let mut parts = key.split('-');
    let primary = parts.next().unwrap_or_default();
    matches!(primary.len(), 2..=3)
        && rules::only(primary, |b| b.is_ascii_lowercase())
        && parts.all(|p| matches!(p.len(), 1..=8) && rules::only(p, |b| b.is_ascii_alphanumeric()))
}

/// Whether a key looks like a status code: what lands among the fields of the spec when
/// `404:` is not indented under `codes:`.
fn looks_like_code(key: &Node) -> bool {
    match &key.value {
        Value::Int(_) => true,
        Value::Str(s) => !s.is_empty() && rules::only(s, |b| b.is_ascii_digit()),
        _ => false,
    }
}

/// Mends the commonest indentation mistake, an empty field followed by what belongs under
/// it: `codes:` then `404:` at the same column, or `description:` then `en:`. YAML reads that
/// as an empty field and stray ones beside it, which would give an error for each stray key
/// and one for the empty field; instead this gives one error that says to indent, and the
/// mapping as meant, so that the rest is still checked. `None` when there is nothing to mend.
pub(super) fn regroup(
    entries: &[(Node, Node)],
    known: &[&str],
    what: &str,
    cx: &mut Ctxt,
) -> Option<Vec<(Node, Node)>> {
    let stray = |field: &str, key: &Node| -> bool {
        match field {
            "codes" => looks_like_code(key),
            _ if LANGUAGE_FIELDS.contains(&field) => key
                .as_str()
                .is_some_and(|k| !known.contains(&k) && looks_like_language(k)),
            _ => false,
        }
    };
    let mut mended: Option<Vec<(Node, Node)>> = None;
    let mut i = 0;
    while i < entries.len() {
        let (key, value) = &entries[i];
        // An empty field of the format, and the stray keys after it.
        let field = key
            .as_str()
            .filter(|f| known.contains(f) && matches!(value.value, Value::Null));
        let strays = field.map_or(0, |field| {
            entries[i + 1..]
                .iter()
                .take_while(|(k, _)| stray(field, k))
                .count()
        });
        let Some(field) = field.filter(|_| strays > 0) else {
            if let Some(out) = &mut mended {
                out.push(entries[i].clone());
            }
            i += 1;
            continue;
        };
        let end = i + 1 + strays;
        let first = &entries[i + 1].0;
        let first_text = match &first.value {
            Value::Int(n) => n.to_string(),
            Value::Str(s) => s.clone(),
            _ => String::new(),
        };
        let message = if field == "codes" {
            format!(
                "code {first_text} is not indented under `codes:`, so it reads as a field of {what} and `codes` as empty; \
                 indent the codes further than `codes:`, such as `  {first_text}:`"
            )
        } else {
            format!(
                "`{first_text}` is not indented under `{field}:`, so it reads as a field of {what} and `{field}` as empty; \
                 indent the languages further than `{field}:`, such as `  {first_text}: ...`"
            )
        };
        cx.at(first.mark, message);
        let out = mended.get_or_insert_with(|| entries[..i].to_vec());
        let inner = entries[i + 1..end].to_vec();
        out.push((
            key.clone(),
            Node {
                mark: value.mark,
                value: Value::Map(inner),
            },
        ));
        i = end;
    }
    mended
}

/// A non-empty string, or a problem.
pub(super) fn string(node: &Node, field: &str, cx: &mut Ctxt) -> Option<String> {
    match &node.value {
        Value::Str(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Str(_) | Value::Null => {
            cx.at(node.mark, format!("`{field}` is empty; write a value"));
            None
        }
        _ => {
            let kind = node.kind();
            cx.at(
                node.mark,
                format!("`{field}` must be a string, found {kind}; quote it"),
            );
            None
        }
    }
}

/// `true` or `false`, or a problem.
pub(super) fn boolean(node: &Node, field: &str, _code: u16, cx: &mut Ctxt) -> Option<bool> {
    match node.value {
        Value::Bool(b) => Some(b),
        _ => {
            let kind = node.kind();
            cx.at(
                node.mark,
                format!("`{field}` must be `true` or `false`, found {kind}"),
            );
            None
        }
    }
}

/// A word of the vocabulary `K`.
pub(super) fn word<K: Word>(node: &Node, field: &str, _code: u16, cx: &mut Ctxt) -> Option<K> {
    word_of(node, field, format_args!("`{field}`"), cx)
}

/// A word of the vocabulary `K` in `field`; a word outside it is reported as what `subject`
/// cannot be.
fn word_of<K: Word>(node: &Node, field: &str, subject: fmt::Arguments, cx: &mut Ctxt) -> Option<K> {
    let word = string(node, field, cx)?;
    let value = K::parse(&word);
    if value.is_none() {
        cx.at(
            node.mark,
            format!("{subject} cannot be {word:?}; write one of {}", K::list()),
        );
    }
    value
}

/// A list of non-empty strings, such as `aliases`; a bad item is reported and left out.
pub(super) fn aliases(node: &Node, field: &str, _code: u16, cx: &mut Ctxt) -> Option<Vec<String>> {
    let Value::Seq(items) = &node.value else {
        let kind = node.kind();
        cx.at(
            node.mark,
            format!("`{field}` must be a list of strings, found {kind}"),
        );
        return Some(Vec::new());
    };
    let mut list = Vec::with_capacity(items.len());
    for item in items {
        if let Some(text) = string(item, field, cx) {
            list.push(text);
        }
    }
    Some(list)
}

/// A mapping from language tags to texts.
pub(super) fn languages(
    node: &Node,
    field: &str,
    _code: u16,
    cx: &mut Ctxt,
) -> Option<Vec<(String, String)>> {
    // A code's English title is its phrase.
    Some(texts(node, field, field != "title", cx))
}

/// A mapping from language tags to texts; `english` tells whether it may have an `en` text.
pub(super) fn texts(
    node: &Node,
    field: &str,
    english: bool,
    cx: &mut Ctxt,
) -> Vec<(String, String)> {
    let Value::Map(entries) = &node.value else {
        let kind = node.kind();
        cx.at(
            node.mark,
            format!("`{field}` maps language tags to texts (`en: ...`, `zh: ...`), found {kind}"),
        );
        return Vec::new();
    };
    let mut out: Vec<(String, String)> = Vec::with_capacity(entries.len());
    // A key that is not a string is reported below before it could count as a repeat.
    let mut tags: Vec<&str> = Vec::with_capacity(entries.len());
    for (key, _) in entries {
        tags.push(key.as_str().unwrap_or_default());
    }
    let repeats = repeats(&tags);
    for (i, (key, value)) in entries.iter().enumerate() {
        let Some(lang) = key.as_str() else {
            let kind = key.kind();
            cx.at(
                key.mark,
                format!("`{field}` keys are language tags such as `en` or `zh`, found {kind}"),
            );
            continue;
        };
        if (!english && !rules::title_is_not_english(lang, key.mark, cx))
            || !rules::language_tag(lang, key.mark, cx)
        {
            continue;
        }
        if repeats[i].is_some() {
            cx.at(
                key.mark,
                format!("language `{lang}` is written twice in `{field}`; keep one"),
            );
            continue;
        }
        if let Some(text) = string(value, field, cx) {
            out.push((lang.to_owned(), text));
        }
    }
    out
}

/// A mapping from header field names to how strongly each goes with the code: a level, or a
/// level and the condition under which it holds (`{level: must, if: sent-in-200}`).
pub(super) fn headers(
    node: &Node,
    _field: &str,
    _code: u16,
    cx: &mut Ctxt,
) -> Option<Vec<HeaderRule>> {
    let Value::Map(entries) = &node.value else {
        let kind = node.kind();
        cx.at(
            node.mark,
            format!("`headers` maps header names to `must`, `should` or `may`, found {kind}"),
        );
        return Some(Vec::new());
    };
    let mut out: Vec<HeaderRule> = Vec::with_capacity(entries.len());
    // Header names are compared lowercased; a key that is not a string is reported below
    // before it could count as a repeat.
    let mut lowercase: Vec<String> = Vec::with_capacity(entries.len());
    for (key, _) in entries {
        lowercase.push(key.as_str().unwrap_or_default().to_ascii_lowercase());
    }
    let names: Vec<&str> = lowercase.iter().map(String::as_str).collect();
    let repeats = repeats(&names);
    for (i, (key, value)) in entries.iter().enumerate() {
        let Some(name) = key.as_str() else {
            let kind = key.kind();
            cx.at(
                key.mark,
                format!("header names are words such as `Location`, found {kind}"),
            );
            continue;
        };
        if !rules::header_name(name, key.mark, cx) {
            continue;
        }
        if repeats[i].is_some() {
            cx.at(
                key.mark,
                format!("header `{name}` is listed twice; keep one"),
            );
            continue;
        }
        if let Some((level, condition)) = header_level(name, value, cx) {
            out.push(HeaderRule {
                name: name.to_owned(),
                level,
                condition,
            });
        }
    }
    Some(out)
}

/// The fields of a header's level written as a mapping.
const LEVEL_FIELDS: &[&str] = &["level", "if"];

/// A header's level: a word (`must`), or a mapping of the level and its condition.
fn header_level(
    name: &str,
    value: &Node,
    cx: &mut Ctxt,
) -> Option<(Requirement, Option<Condition>)> {
    let entries = match &value.value {
        Value::Str(_) | Value::Null => return Some((level_word(name, value, cx)?, None)),
        Value::Map(entries) => entries,
        _ => {
            let kind = value.kind();
            cx.at(
                value.mark,
                format!(
                    "header `{name}` takes a level ({}) or a level with its condition \
                     (`{{level: must, if: sent-in-200}}`), found {kind}",
                    Requirement::list()
                ),
            );
            return None;
        }
    };
    let what = format!("the level of header `{name}`");
    let fields = Fields::read(entries, LEVEL_FIELDS, &what, cx);
    // A condition without its level says nothing the code can be held to.
    let Some(level) = fields.get("level") else {
        if !fields.guessed.contains(&"level") {
            cx.at(
                value.mark,
                format!(
                    "header `{name}` has no `level`; write `level:` with one of {}",
                    Requirement::list()
                ),
            );
        }
        return None;
    };
    let level = level_word(name, level, cx);
    let condition = match fields.get("if") {
        Some(node) => Some(condition_word(name, node, cx)?),
        None => None,
    };
    Some((level?, condition))
}

/// The condition word of header `name`.
fn condition_word(name: &str, node: &Node, cx: &mut Ctxt) -> Option<Condition> {
    word_of(
        node,
        "if",
        format_args!("the condition of header `{name}`"),
        cx,
    )
}

/// A level word of header `name`.
fn level_word(name: &str, node: &Node, cx: &mut Ctxt) -> Option<Requirement> {
    word_of(node, "headers", format_args!("header `{name}`"), cx)
}

// The readers of string fields with a rule of their own, by the signature of the field list
// (`fields.rs`): the node, the field's name and the code, for messages.

/// A non-empty string with no rule of its own, such as `reference`.
pub(super) fn text(node: &Node, field: &str, _code: u16, cx: &mut Ctxt) -> Option<String> {
    string(node, field, cx)
}

pub(super) fn phrase(node: &Node, field: &str, code: u16, cx: &mut Ctxt) -> Option<String> {
    string(node, field, cx).filter(|p| rules::phrase_on_the_wire(code, p, node.mark, cx))
}

pub(super) fn name(node: &Node, field: &str, _code: u16, cx: &mut Ctxt) -> Option<String> {
    string(node, field, cx).filter(|n| rules::variant_name(n, node.mark, cx))
}

pub(super) fn link(node: &Node, field: &str, code: u16, cx: &mut Ctxt) -> Option<String> {
    string(node, field, cx).filter(|l| rules::link_is_web(code, l, node.mark, cx))
}

pub(super) fn key(node: &Node, field: &str, code: u16, cx: &mut Ctxt) -> Option<String> {
    string(node, field, cx).filter(|k| rules::key_is_a_word(code, k, node.mark, cx))
}

pub(super) fn problem_type(node: &Node, field: &str, code: u16, cx: &mut Ctxt) -> Option<String> {
    let what = format!("code {code}");
    string(node, field, cx).filter(|p| rules::problem_type_is_a_uri(&what, p, node.mark, cx))
}
