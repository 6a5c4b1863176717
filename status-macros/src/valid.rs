//! Validation: raw YAML nodes in, checked [`Code`]s out, every problem collected.
//!
//! Nothing here stops at the first problem. A bad entry is reported and left out; the
//! good ones still reach expansion, so the generated enum is a usable stand-in and the
//! user sees the spec's problems, not a cascade of unknown variants.

use std::collections::{HashMap, HashSet};

use crate::load::{NodeRaw, Step};
use crate::model::{Code, Content, Keyword, Level, Registration, Retry, rfc_link};

/// A problem in a spec file, at a node reached by `path` from the document root.
#[derive(Debug)]
pub(crate) struct Problem {
    /// Index of the spec among the enum's specs.
    pub(crate) source: usize,
    pub(crate) path: Vec<Step>,
    pub(crate) message: String,
    /// A second place the message refers to as [`FIRST_AT`], such as a code's first definition.
    pub(crate) first: Option<(usize, Vec<Step>)>,
}

/// Stands in a message for the place of [`Problem::first`] until that place is located.
pub(crate) const FIRST_AT: &str = "{first}";

/// The problems found in the specs of one enum; `cx` in the functions below.
#[derive(Default)]
pub(crate) struct Problems {
    pub(crate) list: Vec<Problem>,
    /// The spec being checked.
    source: usize,
}

impl Problems {
    fn add(&mut self, path: &[Step], message: impl Into<String>) {
        let source = self.source;
        self.list.push(Problem {
            source,
            path: path.to_vec(),
            message: message.into(),
            first: None,
        });
    }

    fn add_twice(&mut self, path: &[Step], first: (usize, &[Step]), message: String) {
        let source = self.source;
        let first = Some((first.0, first.1.to_vec()));
        self.list.push(Problem {
            source,
            path: path.to_vec(),
            message,
            first,
        });
    }
}

pub(crate) const TOP_FIELDS: &[&str] = &["name", "description", "codes"];
pub(crate) const CODE_FIELDS: &[&str] = &[
    "phrase",
    "name",
    "aliases",
    "title",
    "description",
    "reference",
    "link",
    "status",
    "cacheable",
    "content",
    "headers",
    "retry",
    "key",
    "override",
];

/// The variant that keeps codes the spec lacks; no spec code may take its name.
pub(crate) const CATCH_ALL: &str = "Unknown";

/// Checks one spec document. `source` is the index of the spec among those of the enum.
pub(crate) fn check_spec(root: &NodeRaw, source: usize, cx: &mut Problems) -> Vec<Code> {
    cx.source = source;
    let NodeRaw::Map(entries) = root else {
        cx.add(
            &[],
            format!(
                "a spec is a mapping with a `codes:` key, found {}",
                root.kind()
            ),
        );
        return Vec::new();
    };
    let fields = fields(entries, &[], TOP_FIELDS, "the spec", cx);
    for key in ["name", "description"] {
        if let Some(&(i, value)) = fields.get(key) {
            string(value, &[Step::Value(i)], key, cx);
        }
    }
    let Some(&(index, codes)) = fields.get("codes") else {
        if !fields.guessed.contains(&"codes") {
            cx.add(
                &[],
                "the spec has no `codes:` mapping; add `codes:` with one entry per status code",
            );
        }
        return Vec::new();
    };
    let here = [Step::Value(index)];
    let NodeRaw::Map(entries) = codes else {
        cx.add(
            &here,
            format!(
                "`codes` must map status codes to entries, found {}",
                codes.kind()
            ),
        );
        return Vec::new();
    };
    if entries.is_empty() {
        cx.add(&here, "`codes` is empty; add at least one status code");
    }

    let mut seen: HashMap<u16, usize> = HashMap::new();
    let mut checked = Vec::with_capacity(entries.len());
    for (i, (key, value)) in entries.iter().enumerate() {
        let key_path = [Step::Value(index), Step::Key(i)];
        let Some(code) = status_code(key, &key_path, cx) else {
            continue;
        };
        // A code is defined once per spec; serde_yaml would silently keep the last one.
        if let Some(&first) = seen.get(&code) {
            let message =
                format!("code {code} is defined twice (first at {FIRST_AT}); remove one of them");
            cx.add_twice(
                &key_path,
                (source, &[Step::Value(index), Step::Key(first)]),
                message,
            );
            continue;
        }
        seen.insert(code, i);
        if let Some(mut entry) = check_code(code, value, &key_path, cx) {
            entry.source = source;
            checked.push(entry);
        }
    }
    checked
}

/// Combines the codes of every spec of an enum, in the order the specs were given.
pub(crate) fn merge(per_spec: Vec<Vec<Code>>, cx: &mut Problems) -> Vec<Code> {
    let mut codes: Vec<Code> = Vec::new();
    let mut index: HashMap<u16, usize> = HashMap::new();
    for entry in per_spec.into_iter().flatten() {
        cx.source = entry.source;
        let override_path = entry.key_path.clone();
        match index.get(&entry.code) {
            // A later spec replaces a code only when it says so, so that a collision is never silent.
            Some(&at) if entry.replaces => {
                let earlier = std::mem::replace(&mut codes[at], entry);
                overlay(&mut codes[at], earlier);
            }
            Some(&at) => {
                let earlier = &codes[at];
                let message = format!(
                    "code {} is already defined at {FIRST_AT}; add `override: true` to replace it, or remove it",
                    entry.code
                );
                cx.add_twice(&override_path, (earlier.source, &earlier.key_path), message);
            }
            None if entry.replaces => cx.add(
                &override_path,
                format!("code {} has `override: true` but no earlier spec defines it; remove `override`", entry.code),
            ),
            None => {
                index.insert(entry.code, codes.len());
                codes.push(entry);
            }
        }
    }
    codes.sort_by_key(|c| c.code);

    // Variant names are unique: each is one variant of the enum.
    let mut by_name: HashMap<&str, &Code> = HashMap::new();
    let mut clashes = Vec::new();
    for code in &codes {
        if let Some(first) = by_name.insert(&code.name, code) {
            clashes.push((
                first.code,
                first.source,
                first.key_path.clone(),
                code.code,
                code.source,
                code.key_path.clone(),
                code.name.clone(),
            ));
        }
    }
    let mut dropped = Vec::new();
    for (first, first_source, first_path, code, source, path, name) in clashes {
        cx.source = source;
        let message = format!(
            "variant name `{name}` is used by codes {first} (at {FIRST_AT}) and {code}; give one of them another `name:`"
        );
        cx.add_twice(&path, (first_source, &first_path), message);
        dropped.push(code);
    }
    codes.retain(|c| !dropped.contains(&c.code));
    codes
}

/// Completes an override from the entry it replaces: every field the override leaves out
/// keeps the earlier value, so a service restates only what it changes.
fn overlay(top: &mut Code, earlier: Code) {
    let given = |field: &str| top.given.contains(&field);
    // A new phrase names the variant anew (unless `name` is given) and makes the earlier
    // translations of the old phrase wrong.
    if !given("phrase") {
        top.phrase = earlier.phrase;
        if !given("name") {
            top.name = earlier.name;
        }
        if !given("title") {
            top.titles = earlier.titles;
        }
    }
    if !given("aliases") {
        top.aliases = earlier.aliases;
    }
    if !given("description") {
        top.descriptions = earlier.descriptions;
    }
    // The link goes with the reference it was made from.
    if !given("reference") {
        top.reference = earlier.reference;
        if !given("link") {
            top.link = earlier.link;
        }
    }
    if !given("status") {
        top.registration = earlier.registration;
    }
    if !given("cacheable") {
        top.cacheable = earlier.cacheable;
    }
    if !given("content") {
        top.content = earlier.content;
    }
    if !given("headers") {
        top.headers = earlier.headers;
    }
    if !given("retry") {
        top.retry = earlier.retry;
    }
    if !given("key") {
        top.key = earlier.key;
    }
}

/// Reads the key of a `codes` entry as a status code.
fn status_code(key: &NodeRaw, path: &[Step], cx: &mut Problems) -> Option<u16> {
    let value = match key {
        NodeRaw::Int(n) => *n,
        // A quoted code is the same number; with leading zeros it would read as another.
        NodeRaw::Str(s)
            if s.starts_with('0') && s.len() > 1 && s.bytes().all(|b| b.is_ascii_digit()) =>
        {
            let plain = s.trim_start_matches('0');
            cx.add(
                path,
                format!(
                    "code {s:?} has a leading zero; write it as {}",
                    if plain.is_empty() { "0" } else { plain }
                ),
            );
            return None;
        }
        NodeRaw::Str(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
            s.parse::<i128>().unwrap_or(i128::MAX)
        }
        other => {
            cx.add(
                path,
                format!(
                    "a status code is a number from 100 to 999, found {}",
                    other.kind()
                ),
            );
            return None;
        }
    };
    // Codes have three digits (RFC 9110 section 15); 600..=999 are kept for internal use.
    match u16::try_from(value) {
        Ok(code @ 100..=999) => Some(code),
        _ => {
            cx.add(
                path,
                format!("code {value} is out of range; a status code is a number from 100 to 999"),
            );
            None
        }
    }
}

/// Checks the entry of one code; `None` when it cannot become a variant.
fn check_code<'a>(
    code: u16,
    node: &'a NodeRaw,
    key_path: &[Step],
    cx: &mut Problems,
) -> Option<Code> {
    let mut path = key_path.to_vec();
    if let Some(Step::Key(i)) = path.pop() {
        path.push(Step::Value(i));
    }
    let path = path.as_slice();
    let NodeRaw::Map(entries) = node else {
        cx.add(key_path, format!("code {code} needs a mapping with at least `phrase`, `description` and `reference`, found {}", node.kind()));
        return None;
    };
    let what = format!("code {code}");
    let fields = fields(entries, path, CODE_FIELDS, &what, cx);
    let at = |i: usize| [path, &[Step::Value(i)]].concat();
    let errors_before = cx.list.len();

    let replaces = fields
        .get("override")
        .and_then(|&(i, v)| boolean(v, &at(i), "override", cx))
        .unwrap_or(false);
    // An override needs no field of its own: what it leaves out comes from the earlier spec.
    let required = |fields: &Fields<'a>, name: &str, cx: &mut Problems| {
        if replaces {
            fields.get(name).copied()
        } else {
            required(fields, key_path, name, &what, cx)
        }
    };

    let phrase = required(&fields, "phrase", cx)
        .and_then(|(i, v)| string(v, &at(i), "phrase", cx).map(|s| (i, s)));
    if let Some((i, phrase)) = &phrase {
        // The phrase goes on the wire: RFC 9112 section 4 allows only visible ASCII and spaces cleanly.
        if let Some(bad) = phrase.chars().find(|c| !(' '..='~').contains(c)) {
            let message = if bad.is_ascii_control() {
                format!(
                    "the phrase of code {code} contains the control character {bad:?}, which cannot go on the wire; remove it or write a space"
                )
            } else {
                format!(
                    "the phrase of code {code} contains {bad:?}, which is not ASCII and cannot go on the wire; write the phrase in ASCII and put translations under `title:`"
                )
            };
            cx.add(&at(*i), message);
        } else if phrase.trim() != phrase {
            cx.add(
                &at(*i),
                format!("the phrase of code {code} has leading or trailing spaces; remove them"),
            );
        }
    }

    let name = match fields.get("name") {
        Some(&(i, v)) => string(v, &at(i), "name", cx).and_then(|name| {
            identifier_problem(&name).map_or(Some(name.clone()), |why| {
                cx.add(
                    &at(i),
                    format!(
                        "`{name}` cannot be a variant name: {why}; {}",
                        rename_hint(&name)
                    ),
                );
                None
            })
        }),
        None => phrase.as_ref().and_then(|(i, phrase)| {
            let name = camel_case(phrase);
            match identifier_problem(&name) {
                None => Some(name),
                Some(_) if name.is_empty() => {
                    cx.add(&at(*i), format!("the phrase {phrase:?} has no letters or digits to make a variant name of; add `name:` with a Rust identifier"));
                    None
                }
                Some(why) => {
                    cx.add(&at(*i), format!("the phrase {phrase:?} does not make a variant name (`{name}`: {why}); add `name:` with a Rust identifier"));
                    None
                }
            }
        }),
    };

    let aliases = fields
        .get("aliases")
        .map_or_else(Vec::new, |&(i, v)| string_list(v, &at(i), "aliases", cx));
    let titles = fields
        .get("title")
        .map_or_else(Vec::new, |&(i, v)| languages(v, &at(i), "title", cx));
    let descriptions = match required(&fields, "description", cx) {
        Some((i, v)) => {
            let mut texts = languages(v, &at(i), "description", cx);
            match texts.iter().position(|(lang, _)| lang == "en") {
                Some(en) => texts[..=en].rotate_right(1),
                // An `en` that is there but bad has been reported already.
                None if matches!(v, NodeRaw::Map(m) if !m.iter().any(|(k, _)| *k == NodeRaw::Str("en".into()))) => cx.add(&at(i), format!("the description of code {code} has no `en` text; add `en:` with one or two sentences")),
                None => {}
            }
            texts
        }
        None => Vec::new(),
    };
    let reference =
        required(&fields, "reference", cx).and_then(|(i, v)| string(v, &at(i), "reference", cx));
    let link = fields.get("link").and_then(|&(i, v)| {
        let link = string(v, &at(i), "link", cx)?;
        if link.starts_with("https://") || link.starts_with("http://") {
            Some(link)
        } else {
            cx.add(
                &at(i),
                format!("the link of code {code} must start with https:// or http://"),
            );
            None
        }
    });
    let registration = keyword(&fields, path, "status", cx).unwrap_or(Registration::Permanent);
    let cacheable = fields
        .get("cacheable")
        .and_then(|&(i, v)| boolean(v, &at(i), "cacheable", cx))
        .unwrap_or(false);

    let mut content = keyword(&fields, path, "content", cx).unwrap_or(Content::Allowed);
    if (100..200).contains(&code) {
        // A 1xx response ends with its header section (RFC 9110 section 15.2).
        if let Some(&(i, _)) = fields.get("content").filter(|_| content != Content::None) {
            cx.add(
                &at(i),
                format!("code {code} is informational and cannot carry content; remove `content`"),
            );
        }
        content = Content::None;
    }

    let headers = fields
        .get("headers")
        .map_or_else(Vec::new, |&(i, v)| headers(v, &at(i), cx));

    let retry = match keyword::<Retry>(&fields, path, "retry", cx) {
        // Only an error can be worth retrying; 1xx..3xx responses are not failures.
        Some(_) if code < 400 => {
            let (i, _) = fields.by_name["retry"];
            cx.add(
                &at(i),
                format!("code {code} is not an error, so `retry` does not apply; remove it"),
            );
            Retry::NotApplicable
        }
        Some(retry) => retry,
        None => Retry::default_for(code),
    };

    let key = fields.get("key").and_then(|&(i, v)| {
        let key = string(v, &at(i), "key", cx)?;
        // Keys go into API error bodies and client code: keep them to one plain word.
        if key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.' || b == b'-') {
            Some(key)
        } else {
            cx.add(&at(i), format!("the key {key:?} of code {code} may hold only lowercase ASCII letters, digits, `_`, `.` and `-`"));
            None
        }
    });

    if cx.list.len() > errors_before {
        return None;
    }
    // Every field is there, or the entry is an override that takes the rest from the earlier spec.
    if !replaces && (name.is_none() || phrase.is_none() || reference.is_none()) {
        return None;
    }
    let given = CODE_FIELDS
        .iter()
        .copied()
        .filter(|f| fields.by_name.contains_key(f))
        .collect();
    Some(Code {
        code,
        name: name.unwrap_or_default(),
        phrase: phrase.map(|(_, p)| p).unwrap_or_default(),
        aliases,
        titles,
        descriptions,
        link: link.or_else(|| reference.as_deref().and_then(rfc_link)),
        reference: reference.unwrap_or_default(),
        registration,
        cacheable,
        content,
        headers,
        retry,
        key,
        replaces,
        given,
        source: 0,
        key_path: key_path.to_vec(),
    })
}

/// The fields of a mapping, by name.
struct Fields<'a> {
    by_name: HashMap<&'a str, (usize, &'a NodeRaw)>,
    /// Known fields that an unknown one was taken for (`phrase` for `phrse`). The typo is
    /// reported with a did-you-mean, so the known field's absence is not reported again.
    guessed: Vec<&'static str>,
}

impl<'a> Fields<'a> {
    fn get(&self, name: &str) -> Option<&(usize, &'a NodeRaw)> {
        self.by_name.get(name)
    }
}

/// Indexes a mapping's fields by name, reporting unknown, duplicate and non-string keys.
fn fields<'a>(
    entries: &'a [(NodeRaw, NodeRaw)],
    path: &[Step],
    known: &[&'static str],
    what: &str,
    cx: &mut Problems,
) -> Fields<'a> {
    let mut fields = HashMap::new();
    let mut guessed = Vec::new();
    for (i, (key, value)) in entries.iter().enumerate() {
        let key_path = [path, &[Step::Key(i)]].concat();
        let NodeRaw::Str(name) = key else {
            cx.add(
                &key_path,
                format!("field names of {what} are words, found {}", key.kind()),
            );
            continue;
        };
        // Every field is one the format defines: a typo must not pass silently.
        if !known.contains(&name.as_str()) {
            let guess = closest(name, known);
            guessed.extend(guess);
            let hint = guess.map_or_else(String::new, |k| format!("; did you mean `{k}`?"));
            cx.add(
                &key_path,
                format!(
                    "unknown field `{name}` in {what}{hint} (fields: {})",
                    known.join(", ")
                ),
            );
            continue;
        }
        // A field is written once; YAML would keep only the last.
        if fields.insert(name.as_str(), (i, value)).is_some() {
            cx.add(
                &key_path,
                format!("field `{name}` is written twice in {what}; keep one"),
            );
        }
    }
    Fields {
        by_name: fields,
        guessed,
    }
}

fn required<'a>(
    fields: &Fields<'a>,
    path: &[Step],
    name: &str,
    what: &str,
    cx: &mut Problems,
) -> Option<(usize, &'a NodeRaw)> {
    let found = fields.get(name).copied();
    if found.is_none() && !fields.guessed.contains(&name) {
        cx.add(path, format!("{what} has no `{name}`; add it"));
    }
    found
}

/// A non-empty string, or a problem.
fn string(node: &NodeRaw, path: &[Step], field: &str, cx: &mut Problems) -> Option<String> {
    match node {
        NodeRaw::Str(s) if s.trim().is_empty() => {
            cx.add(path, format!("`{field}` is empty; write a value"));
            None
        }
        NodeRaw::Str(s) => Some(s.clone()),
        NodeRaw::Null => {
            cx.add(path, format!("`{field}` is empty; write a value"));
            None
        }
        other => {
            cx.add(
                path,
                format!(
                    "`{field}` must be a string, found {}; quote it",
                    other.kind()
                ),
            );
            None
        }
    }
}

fn boolean(node: &NodeRaw, path: &[Step], field: &str, cx: &mut Problems) -> Option<bool> {
    match node {
        NodeRaw::Bool(b) => Some(*b),
        other => {
            cx.add(
                path,
                format!(
                    "`{field}` must be `true` or `false`, found {}",
                    other.kind()
                ),
            );
            None
        }
    }
}

fn keyword<K: Keyword + PartialEq>(
    fields: &Fields<'_>,
    path: &[Step],
    field: &str,
    cx: &mut Problems,
) -> Option<K> {
    let &(i, node) = fields.get(field)?;
    let at = [path, &[Step::Value(i)]].concat();
    let word = string(node, &at, field, cx)?;
    let value = K::parse(&word);
    if value.is_none() {
        cx.add(
            &at,
            format!("`{field}` cannot be {word:?}; write one of {}", K::words()),
        );
    }
    value
}

fn string_list(node: &NodeRaw, path: &[Step], field: &str, cx: &mut Problems) -> Vec<String> {
    let NodeRaw::Seq(items) = node else {
        cx.add(
            path,
            format!("`{field}` must be a list of strings, found {}", node.kind()),
        );
        return Vec::new();
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        if let Some(s) = string(item, &[path, &[Step::Item(i)]].concat(), field, cx) {
            out.push(s);
        }
    }
    out
}

/// A mapping from language tags to texts.
fn languages(
    node: &NodeRaw,
    path: &[Step],
    field: &str,
    cx: &mut Problems,
) -> Vec<(String, String)> {
    let NodeRaw::Map(entries) = node else {
        cx.add(
            path,
            format!(
                "`{field}` maps language tags to texts (`en: ...`, `zh: ...`), found {}",
                node.kind()
            ),
        );
        return Vec::new();
    };
    let mut out: Vec<(String, String)> = Vec::with_capacity(entries.len());
    // A set, not a search of `out`: a hostile spec can list a million tags.
    let mut seen: HashSet<&str> = HashSet::with_capacity(entries.len());
    for (i, (key, value)) in entries.iter().enumerate() {
        let key_path = [path, &[Step::Key(i)]].concat();
        let NodeRaw::Str(lang) = key else {
            cx.add(
                &key_path,
                format!(
                    "`{field}` keys are language tags such as `en` or `zh`, found {}",
                    key.kind()
                ),
            );
            continue;
        };
        // The English title is the reason phrase; a second one would be silently ignored.
        if field == "title" && lang == "en" {
            cx.add(
                &key_path,
                "`title` has no `en`: the English title is the `phrase`; remove it or change the phrase",
            );
            continue;
        }
        // Tags are BCP 47 in their simple form: `en`, `zh`, `zh-Hant`, `pt-BR`.
        if !is_language_tag(lang) {
            cx.add(
                &key_path,
                format!(
                    "{lang:?} is not a language tag; write a tag such as `en`, `zh` or `pt-BR`"
                ),
            );
            continue;
        }
        if !seen.insert(lang) {
            cx.add(
                &key_path,
                format!("language `{lang}` is written twice in `{field}`; keep one"),
            );
            continue;
        }
        if let Some(text) = string(value, &[path, &[Step::Value(i)]].concat(), field, cx) {
            out.push((lang.clone(), text));
        }
    }
    out
}

fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn headers(node: &NodeRaw, path: &[Step], cx: &mut Problems) -> Vec<(String, Level)> {
    let NodeRaw::Map(entries) = node else {
        cx.add(
            path,
            format!(
                "`headers` maps header names to `must`, `should` or `may`, found {}",
                node.kind()
            ),
        );
        return Vec::new();
    };
    let mut out: Vec<(String, Level)> = Vec::with_capacity(entries.len());
    // Lowercased names, in a set for the same reason as in `languages`.
    let mut seen: HashSet<String> = HashSet::with_capacity(entries.len());
    for (i, (key, value)) in entries.iter().enumerate() {
        let key_path = [path, &[Step::Key(i)]].concat();
        let value_path = [path, &[Step::Value(i)]].concat();
        let NodeRaw::Str(name) = key else {
            cx.add(
                &key_path,
                format!(
                    "header names are words such as `Location`, found {}",
                    key.kind()
                ),
            );
            continue;
        };
        // A field name is an RFC 9110 token.
        if name.is_empty()
            || !name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
        {
            cx.add(
                &key_path,
                format!("{name:?} is not a header field name; use letters, digits and `-`"),
            );
            continue;
        }
        if !seen.insert(name.to_ascii_lowercase()) {
            cx.add(
                &key_path,
                format!("header `{name}` is listed twice; keep one"),
            );
            continue;
        }
        let Some(word) = string(value, &value_path, "headers", cx) else {
            continue;
        };
        match Level::parse(&word) {
            Some(level) => out.push((name.clone(), level)),
            None => cx.add(
                &value_path,
                format!(
                    "header `{name}` cannot be {word:?}; write one of {}",
                    Level::words()
                ),
            ),
        }
    }
    out
}

/// The reason phrase in UpperCamelCase: `URI Too Long` becomes `UriTooLong`.
pub(crate) fn camel_case(phrase: &str) -> String {
    let mut name = String::with_capacity(phrase.len());
    for word in phrase.split(|c: char| !c.is_ascii_alphanumeric() && c != '\'') {
        let mut chars = word.chars().filter(|&c| c != '\'');
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    name
}

/// How to fix a bad `name:`: the name in UpperCamelCase when that is a good one.
fn rename_hint(name: &str) -> String {
    let camel = camel_case(name);
    if camel != name && identifier_problem(&camel).is_none() {
        format!("write `{camel}`")
    } else {
        "write another name, a Rust identifier in UpperCamelCase".to_owned()
    }
}

/// Why `name` cannot be a variant name, if it cannot.
pub(crate) fn identifier_problem(name: &str) -> Option<&'static str> {
    let mut chars = name.chars();
    // A phrase such as `...` makes an empty name.
    let Some(first) = chars.next() else {
        return Some("it is empty");
    };
    if !(first.is_ascii_alphabetic() || first == '_') {
        return Some("a Rust identifier starts with a letter or `_`");
    }
    if !chars.all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Some("a Rust identifier has only ASCII letters, digits and `_`");
    }
    if name == "_" || KEYWORDS.contains(&name) {
        return Some("it is a Rust keyword");
    }
    if name == CATCH_ALL {
        return Some("`Unknown` is the variant that keeps codes the spec lacks");
    }
    if name.starts_with("__") {
        return Some("names starting with `__` are kept for generated helpers");
    }
    None
}

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// The known word nearest to a misspelt one, if any is near.
pub(crate) fn closest<'k>(word: &str, known: &[&'k str]) -> Option<&'k str> {
    let near = |k: &str| 2.max(k.len() / 3);
    let length = word.chars().count();
    known
        .iter()
        // The distance is at least the difference in length; skipping far words keeps a
        // megabyte-long field name from costing a megabyte-sized table per known word.
        .filter(|k| length.abs_diff(k.chars().count()) <= near(k))
        .map(|k| (edit_distance(word, k), *k))
        .filter(|&(d, k)| d <= near(k))
        .min()
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (prev + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{locate, parse};

    /// A spec with code `code` (phrase `Card Declined`, description, reference on lines 3 to 5)
    /// and `extra` field lines after them, from line 6.
    fn one_code(code: u16, extra: &str) -> String {
        format!(
            "codes:\n  {code}:\n    phrase: Card Declined\n    description: {{ en: Declined. }}\n    reference: Guide\n{extra}"
        )
    }

    /// Every problem of one spec as `line:column: message`, in the order found.
    fn problems(text: &str) -> Vec<String> {
        let tree = parse(text).expect("the test spec is valid YAML");
        let mut cx = Problems::default();
        let codes = check_spec(&tree, 0, &mut cx);
        merge(vec![codes], &mut cx);
        cx.list
            .iter()
            .map(|p| {
                let pos = locate(text, &p.path).unwrap_or_else(|| panic!("{p:?} has no place"));
                format!("{pos}: {}", p.message)
            })
            .collect()
    }

    /// The one problem of a spec.
    fn problem(text: &str) -> String {
        let all = problems(text);
        assert_eq!(
            all.len(),
            1,
            "expected one problem in {text:?}, got {all:#?}"
        );
        all.into_iter().next().unwrap_or_default()
    }

    #[test]
    fn a_valid_spec_has_no_problems() {
        let text = one_code(
            460,
            "    cacheable: false\n    headers: { Retry-After: may }\n",
        );
        let tree = parse(&text).expect("valid YAML");
        let mut cx = Problems::default();
        let codes = check_spec(&tree, 0, &mut cx);
        assert!(cx.list.is_empty(), "{:?}", cx.list);
        assert_eq!(codes.len(), 1);
        assert_eq!(codes[0].name, "CardDeclined");
        assert_eq!(codes[0].phrase, "Card Declined");
    }

    #[test]
    fn the_spec_is_a_mapping_with_codes() {
        assert_eq!(
            problem("- 404\n"),
            "1:1: a spec is a mapping with a `codes:` key, found a list"
        );
        assert_eq!(
            problem("name: payments\n"),
            "1:1: the spec has no `codes:` mapping; add `codes:` with one entry per status code"
        );
        assert_eq!(
            problem("codes: [404]\n"),
            "1:8: `codes` must map status codes to entries, found a list"
        );
        assert_eq!(
            problem("codes: {}\n"),
            "1:8: `codes` is empty; add at least one status code"
        );
    }

    #[test]
    fn a_misspelt_field_is_reported_once_with_the_right_name() {
        assert_eq!(
            problem("cods:\n  404: {}\n"),
            "1:1: unknown field `cods` in the spec; did you mean `codes`? (fields: name, description, codes)"
        );
        let text = "codes:\n  460:\n    phrse: Card Declined\n    description: { en: Declined. }\n    reference: Guide\n";
        assert_eq!(
            problem(text),
            "3:5: unknown field `phrse` in code 460; did you mean `phrase`? (fields: phrase, name, aliases, title, description, reference, link, status, cacheable, content, headers, retry, key, override)"
        );
        // Nothing near: no guess, and nothing else is reported.
        assert_eq!(
            problem(&one_code(460, "    colour: red\n")),
            "6:5: unknown field `colour` in code 460 (fields: phrase, name, aliases, title, description, reference, link, status, cacheable, content, headers, retry, key, override)"
        );
    }

    #[test]
    fn a_field_is_written_once_and_named_by_a_word() {
        assert_eq!(
            problem(&one_code(460, "    phrase: Declined\n")),
            "6:5: field `phrase` is written twice in code 460; keep one"
        );
        assert_eq!(
            problem(&one_code(460, "    7: seven\n")),
            "6:5: field names of code 460 are words, found a number"
        );
    }

    #[test]
    fn codes_are_numbers_from_100_to_999() {
        let text = "codes:\n  99: x\n  1000: x\n  abc: x\n  -5: x\n  70000: x\n";
        assert_eq!(
            problems(text),
            [
                "2:3: code 99 is out of range; a status code is a number from 100 to 999",
                "3:3: code 1000 is out of range; a status code is a number from 100 to 999",
                "4:3: a status code is a number from 100 to 999, found a string",
                "5:3: code -5 is out of range; a status code is a number from 100 to 999",
                "6:3: code 70000 is out of range; a status code is a number from 100 to 999",
            ]
        );
        // A quoted code is still a code.
        assert!(problems(&one_code(460, "").replace("460", "\"460\"")).is_empty());
    }

    #[test]
    fn a_code_is_defined_once() {
        let text = format!(
            "{}  410:\n    phrase: Gone\n    description: {{ en: Gone. }}\n    reference: Guide\n  460:\n    phrase: Again\n    description: {{ en: Again. }}\n    reference: Guide\n",
            one_code(460, "")
        );
        let tree = parse(&text).expect("valid YAML");
        let mut cx = Problems::default();
        let codes = check_spec(&tree, 0, &mut cx);
        assert_eq!(codes.len(), 2, "the first 460 and 410 are kept");
        let [twice] = cx.list.as_slice() else {
            panic!("expected one problem, got {:?}", cx.list)
        };
        assert_eq!(
            twice.message,
            "code 460 is defined twice (first at {first}); remove one of them"
        );
        let pos = |path: &[Step]| locate(&text, path).map(|p| p.to_string());
        assert_eq!(pos(&twice.path).as_deref(), Some("10:3"));
        let (source, first) = twice.first.as_ref().expect("the first place");
        assert_eq!((*source, pos(first).as_deref()), (0, Some("2:3")));
    }

    #[test]
    fn variant_names_are_unique() {
        let text = format!(
            "{}  461:\n    phrase: Card declined\n    description: {{ en: Again. }}\n    reference: Guide\n",
            one_code(460, "")
        );
        assert_eq!(
            problem(&text),
            "6:3: variant name `CardDeclined` is used by codes 460 (at {first}) and 461; give one of them another `name:`"
        );
    }

    #[test]
    fn a_name_is_a_rust_identifier() {
        let name = |name: &str| problem(&one_code(460, &format!("    name: {name}\n")));
        assert_eq!(
            name("Card-Declined"),
            "6:11: `Card-Declined` cannot be a variant name: a Rust identifier has only ASCII letters, digits and `_`; write `CardDeclined`"
        );
        assert_eq!(
            name("9Lives"),
            "6:11: `9Lives` cannot be a variant name: a Rust identifier starts with a letter or `_`; write another name, a Rust identifier in UpperCamelCase"
        );
        assert_eq!(
            name("type"),
            "6:11: `type` cannot be a variant name: it is a Rust keyword; write `Type`"
        );
        assert_eq!(
            name("Self"),
            "6:11: `Self` cannot be a variant name: it is a Rust keyword; write another name, a Rust identifier in UpperCamelCase"
        );
        assert_eq!(
            name("Unknown"),
            "6:11: `Unknown` cannot be a variant name: `Unknown` is the variant that keeps codes the spec lacks; write another name, a Rust identifier in UpperCamelCase"
        );
        assert_eq!(
            name("__Hidden"),
            "6:11: `__Hidden` cannot be a variant name: names starting with `__` are kept for generated helpers; write `Hidden`"
        );
        assert!(problems(&one_code(460, "    name: CardDeclinedByIssuer\n")).is_empty());
    }

    #[test]
    fn a_phrase_makes_a_name_or_needs_one() {
        let phrase = |phrase: &str| problem(&one_code(460, "").replace("Card Declined", phrase));
        assert_eq!(
            phrase("'---'"),
            "3:13: the phrase \"---\" has no letters or digits to make a variant name of; add `name:` with a Rust identifier"
        );
        assert_eq!(
            phrase("'3 Strikes'"),
            "3:13: the phrase \"3 Strikes\" does not make a variant name (`3Strikes`: a Rust identifier starts with a letter or `_`); add `name:` with a Rust identifier"
        );
        // With a name, the phrase need not make one.
        assert!(
            problems(
                &one_code(460, "    name: ThreeStrikes\n").replace("Card Declined", "3 Strikes")
            )
            .is_empty()
        );
    }

    #[test]
    fn required_fields_are_present() {
        let without = |line: &str| {
            let text = one_code(460, "");
            let line = text
                .lines()
                .find(|l| l.trim_start().starts_with(line))
                .expect("the line");
            problem(&text.replace(&format!("{line}\n"), ""))
        };
        assert_eq!(without("phrase"), "2:3: code 460 has no `phrase`; add it");
        assert_eq!(
            without("description"),
            "2:3: code 460 has no `description`; add it"
        );
        assert_eq!(
            without("reference"),
            "2:3: code 460 has no `reference`; add it"
        );
        assert_eq!(
            problem("codes:\n  460: Card Declined\n"),
            "2:3: code 460 needs a mapping with at least `phrase`, `description` and `reference`, found a string"
        );
    }

    #[test]
    fn required_fields_are_not_empty() {
        let text = one_code(460, "");
        assert_eq!(
            problem(&text.replace("Card Declined", "\"\"")),
            "3:13: `phrase` is empty; write a value"
        );
        assert_eq!(
            problem(&text.replace("reference: Guide", "reference: '  '")),
            "5:16: `reference` is empty; write a value"
        );
        assert_eq!(
            problem(&text.replace("reference: Guide", "reference: 9110")),
            "5:16: `reference` must be a string, found a number; quote it"
        );
        assert_eq!(
            problem(&text.replace("{ en: Declined. }", "{ en: }")),
            // A missing value is found where the next token starts.
            "4:24: `description` is empty; write a value"
        );
    }

    #[test]
    fn a_phrase_is_printable_ascii() {
        let phrase = |phrase: &str| problem(&one_code(460, "").replace("Card Declined", phrase));
        assert_eq!(
            phrase("Carte refusée"),
            "3:13: the phrase of code 460 contains 'é', which is not ASCII and cannot go on the wire; write the phrase in ASCII and put translations under `title:`"
        );
        assert_eq!(
            phrase("\"Card\\r\\nSet-Cookie: x\""),
            "3:13: the phrase of code 460 contains the control character '\\r', which cannot go on the wire; remove it or write a space"
        );
        assert_eq!(
            phrase("\"Card\\tDeclined\""),
            "3:13: the phrase of code 460 contains the control character '\\t', which cannot go on the wire; remove it or write a space"
        );
        assert_eq!(
            phrase("\"Card\\x7fDeclined\""),
            "3:13: the phrase of code 460 contains the control character '\\u{7f}', which cannot go on the wire; remove it or write a space"
        );
        assert_eq!(
            phrase("' Card Declined'"),
            "3:13: the phrase of code 460 has leading or trailing spaces; remove them"
        );
    }

    #[test]
    fn aliases_are_a_list_of_strings() {
        assert_eq!(
            problem(&one_code(460, "    aliases: Declined\n")),
            "6:14: `aliases` must be a list of strings, found a string"
        );
        assert_eq!(
            problem(&one_code(460, "    aliases: [Declined, 5]\n")),
            "6:25: `aliases` must be a string, found a number; quote it"
        );
    }

    #[test]
    fn texts_are_keyed_by_language_tags() {
        let text = one_code(460, "");
        let description = |d: &str| problem(&text.replace("{ en: Declined. }", d));
        assert_eq!(
            description("Declined."),
            "4:18: `description` maps language tags to texts (`en: ...`, `zh: ...`), found a string"
        );
        assert_eq!(
            description("{ en: Declined., EN: Declined. }"),
            "4:35: \"EN\" is not a language tag; write a tag such as `en`, `zh` or `pt-BR`"
        );
        assert_eq!(
            description("{ en: Declined., en: Again. }"),
            "4:35: language `en` is written twice in `description`; keep one"
        );
        assert_eq!(
            description("{ zh: 拒绝。 }"),
            "4:18: the description of code 460 has no `en` text; add `en:` with one or two sentences"
        );
        assert_eq!(
            description("{ en: Declined., 1: x }"),
            "4:35: `description` keys are language tags such as `en` or `zh`, found a number"
        );
        assert!(
            problems(&one_code(
                460,
                "    title: { zh-Hant: 拒絕, pt-BR: Recusado }\n"
            ))
            .is_empty()
        );
    }

    #[test]
    fn a_link_is_a_web_address() {
        assert_eq!(
            problem(&one_code(460, "    link: ftp://example.com/errors\n")),
            "6:11: the link of code 460 must start with https:// or http://"
        );
    }

    #[test]
    fn keywords_are_from_their_list() {
        assert_eq!(
            problem(&one_code(460, "    status: official\n")),
            "6:13: `status` cannot be \"official\"; write one of `permanent`, `temporary`, `reserved`, `obsolete`, `deprecated`, `unofficial`"
        );
        assert_eq!(
            problem(&one_code(460, "    retry: always\n")),
            "6:12: `retry` cannot be \"always\"; write one of `never`, `may`, `after`"
        );
        assert_eq!(
            problem(&one_code(460, "    cacheable: yes\n")),
            "6:16: `cacheable` must be `true` or `false`, found a string"
        );
        assert_eq!(
            problem(&one_code(460, "    override: 1\n")),
            "6:15: `override` must be `true` or `false`, found a number"
        );
    }

    #[test]
    fn facts_fit_the_class() {
        assert_eq!(
            problem(&one_code(103, "    content: allowed\n")),
            "6:14: code 103 is informational and cannot carry content; remove `content`"
        );
        assert_eq!(
            problem(&one_code(200, "    retry: never\n")),
            "6:12: code 200 is not an error, so `retry` does not apply; remove it"
        );
    }

    #[test]
    fn headers_map_field_names_to_levels() {
        let headers = |h: &str| problem(&one_code(460, &format!("    headers: {h}\n")));
        assert_eq!(
            headers("[Location]"),
            "6:14: `headers` maps header names to `must`, `should` or `may`, found a list"
        );
        assert_eq!(
            headers("{ Retry After: may }"),
            "6:16: \"Retry After\" is not a header field name; use letters, digits and `-`"
        );
        assert_eq!(
            headers("{ Location: may, location: must }"),
            "6:31: header `location` is listed twice; keep one"
        );
        assert_eq!(
            headers("{ Location: maybe }"),
            "6:26: header `Location` cannot be \"maybe\"; write one of `must`, `should`, `may`"
        );
        assert_eq!(
            headers("{ 5: may }"),
            "6:16: header names are words such as `Location`, found a number"
        );
    }

    #[test]
    fn a_key_is_one_plain_word() {
        assert_eq!(
            problem(&one_code(460, "    key: Card Declined\n")),
            "6:10: the key \"Card Declined\" of code 460 may hold only lowercase ASCII letters, digits, `_`, `.` and `-`"
        );
    }

    #[test]
    fn every_problem_of_a_spec_is_collected() {
        let text = "codes:\n  460:\n    phrse: Card Declined\n    description: { en: x }\n    reference: Guide\n  1000:\n    phrase: Too Long\n  461:\n    phrase: Card Expired\n    name: fn\n    description: { en: x }\n";
        let all = problems(text);
        assert_eq!(all.len(), 4, "{all:#?}");
        assert!(all[0].starts_with("3:5: unknown field `phrse`"), "{all:#?}");
        assert!(
            all[1].starts_with("6:3: code 1000 is out of range"),
            "{all:#?}"
        );
        assert!(
            all[2].starts_with("10:11: `fn` cannot be a variant name"),
            "{all:#?}"
        );
        assert!(
            all[3].starts_with("8:3: code 461 has no `reference`"),
            "{all:#?}"
        );
    }

    /// Checks several specs of one enum, each given as text.
    fn merged(texts: &[&str]) -> (Vec<Code>, Vec<Problem>) {
        let mut cx = Problems::default();
        let per_spec = texts
            .iter()
            .enumerate()
            .map(|(i, text)| check_spec(&parse(text).expect("valid YAML"), i, &mut cx))
            .collect();
        let codes = merge(per_spec, &mut cx);
        (codes, cx.list)
    }

    #[test]
    fn a_later_spec_replaces_a_code_only_with_override() {
        let base = one_code(460, "");
        let (codes, list) = merged(&[&base, &base.replace("Card Declined", "Declined")]);
        assert_eq!(codes.len(), 1);
        assert_eq!(
            codes[0].phrase, "Card Declined",
            "the first definition stays"
        );
        let [clash] = list.as_slice() else {
            panic!("expected one problem, got {list:?}")
        };
        assert_eq!(clash.source, 1);
        assert_eq!(
            clash.message,
            "code 460 is already defined at {first}; add `override: true` to replace it, or remove it"
        );
        assert_eq!(clash.first.as_ref().map(|f| f.0), Some(0));

        let replacing = one_code(460, "    override: true\n").replace("Card Declined", "Declined");
        let (codes, list) = merged(&[&base, &replacing]);
        assert!(list.is_empty(), "{list:?}");
        assert_eq!(codes[0].phrase, "Declined");

        let (_, list) = merged(&[&replacing]);
        assert_eq!(
            list.iter().map(|p| p.message.as_str()).collect::<Vec<_>>(),
            ["code 460 has `override: true` but no earlier spec defines it; remove `override`"]
        );
    }

    #[test]
    fn a_code_with_a_leading_zero_is_refused() {
        let text = "codes:\n  0404:\n    phrase: Not Found\n    description: { en: Gone. }\n    reference: Guide\n";
        assert_eq!(
            problem(text),
            "2:3: code \"0404\" has a leading zero; write it as 404"
        );
    }

    #[test]
    fn an_english_title_is_refused() {
        assert_eq!(
            problem(&one_code(460, "    title: { en: Declined, zh: 拒绝 }\n")),
            "6:14: `title` has no `en`: the English title is the `phrase`; remove it or change the phrase"
        );
    }

    #[test]
    fn suggestions_are_near_misses_only() {
        assert_eq!(closest("phrse", CODE_FIELDS), Some("phrase"));
        assert_eq!(closest("refrence", CODE_FIELDS), Some("reference"));
        assert_eq!(closest("Description", CODE_FIELDS), Some("description"));
        assert_eq!(closest("colour", CODE_FIELDS), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}

#[cfg(test)]
mod override_tests {
    use super::*;
    use crate::load;

    /// Checks and merges specs given as YAML texts, named `a`, `b`, ...
    fn build(texts: &[&str]) -> (Vec<Code>, Vec<String>) {
        let mut cx = Problems::default();
        let per_spec = texts
            .iter()
            .enumerate()
            .map(|(i, text)| check_spec(&load::parse(text).expect("valid YAML"), i, &mut cx))
            .collect();
        let codes = merge(per_spec, &mut cx);
        (codes, cx.list.into_iter().map(|p| p.message).collect())
    }

    const BASE: &str = "codes:
  429:
    phrase: Too Many Requests
    title: { zh: 请求过多 }
    aliases: [Rate Limited]
    description: { en: Slow down., zh: 慢一点。 }
    reference: RFC 6585
    headers: { Retry-After: may }
    retry: after
";

    #[test]
    fn an_override_keeps_what_it_leaves_out() {
        let (codes, problems) = build(&[
            BASE,
            "codes:\n  429:\n    override: true\n    description: { en: Our own text. }\n    key: rate_limited\n",
        ]);
        assert!(problems.is_empty(), "{problems:?}");
        let [code] = codes.as_slice() else {
            panic!("one code expected")
        };
        assert_eq!(code.description("en"), Some("Our own text."));
        // The description is replaced whole: the old Chinese text described the old one.
        assert_eq!(code.description("zh"), None);
        assert_eq!(code.key.as_deref(), Some("rate_limited"));
        assert_eq!(code.phrase, "Too Many Requests");
        assert_eq!(code.name, "TooManyRequests");
        assert_eq!(code.title("zh"), Some("请求过多"));
        assert_eq!(code.aliases, ["Rate Limited"]);
        assert_eq!(code.reference, "RFC 6585");
        assert_eq!(
            code.link.as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc6585")
        );
        assert_eq!(code.headers, [("Retry-After".to_owned(), Level::May)]);
        assert_eq!(code.retry, Retry::After);
        assert_eq!(code.source, 1);
    }

    #[test]
    fn a_new_phrase_renames_the_variant_and_drops_old_titles() {
        let (codes, problems) = build(&[
            BASE,
            "codes:\n  429:\n    override: true\n    phrase: Slow Down\n    reference: Our API guide\n",
        ]);
        assert!(problems.is_empty(), "{problems:?}");
        let code = &codes[0];
        assert_eq!(
            (code.name.as_str(), code.phrase.as_str()),
            ("SlowDown", "Slow Down")
        );
        assert_eq!(code.title("zh"), None);
        assert_eq!(code.reference, "Our API guide");
        assert_eq!(code.link, None, "the RFC link went with the RFC reference");
        assert_eq!(code.description("zh"), Some("慢一点。"));
    }

    #[test]
    fn collisions_and_stray_overrides_are_errors() {
        let (codes, problems) = build(&[
            BASE,
            "codes:\n  429:\n    phrase: Busy\n    description: { en: x }\n    reference: r\n",
        ]);
        assert_eq!(codes.len(), 1);
        assert_eq!(
            problems,
            [
                "code 429 is already defined at {first}; add `override: true` to replace it, or remove it"
            ]
        );
        let (codes, problems) = build(&["codes:\n  460:\n    override: true\n    key: x\n"]);
        assert!(codes.is_empty());
        assert_eq!(
            problems,
            ["code 460 has `override: true` but no earlier spec defines it; remove `override`"]
        );
    }

    #[test]
    fn only_an_override_may_leave_required_fields_out() {
        let (_, problems) = build(&["codes:\n  460:\n    key: x\n"]);
        assert_eq!(
            problems,
            [
                "code 460 has no `phrase`; add it",
                "code 460 has no `description`; add it",
                "code 460 has no `reference`; add it"
            ]
        );
        let (_, problems) = build(&[
            BASE,
            "codes:\n  429:\n    override: true\n    description: { zh: 只有中文 }\n",
        ]);
        assert_eq!(
            problems,
            ["the description of code 429 has no `en` text; add `en:` with one or two sentences"]
        );
    }
}
