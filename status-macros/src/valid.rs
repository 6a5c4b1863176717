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

const TOP_FIELDS: &[&str] = &["name", "description", "codes"];
const CODE_FIELDS: &[&str] = &[
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
        cx.add(
            &[],
            "the spec has no `codes:` mapping; add `codes:` with one entry per status code",
        );
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
pub(crate) fn merge(per_spec: Vec<Vec<Code>>, names: &[String], cx: &mut Problems) -> Vec<Code> {
    let mut codes: Vec<Code> = Vec::new();
    let mut index: HashMap<u16, usize> = HashMap::new();
    for entry in per_spec.into_iter().flatten() {
        cx.source = entry.source;
        let override_path = entry.key_path.clone();
        match index.get(&entry.code) {
            // A later spec replaces a code only when it says so, so that a collision is never silent.
            Some(&at) if entry.replaces => codes[at] = entry,
            Some(&at) => {
                let earlier = &codes[at];
                let message = format!(
                    "code {} is already defined by `{}` (at {FIRST_AT}); add `override: true` to replace it, or remove it",
                    entry.code, names[earlier.source]
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

/// Reads the key of a `codes` entry as a status code.
fn status_code(key: &NodeRaw, path: &[Step], cx: &mut Problems) -> Option<u16> {
    let value = match key {
        NodeRaw::Int(n) => *n,
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
fn check_code(code: u16, node: &NodeRaw, key_path: &[Step], cx: &mut Problems) -> Option<Code> {
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

    let phrase = required(&fields, key_path, "phrase", &what, cx)
        .and_then(|(i, v)| string(v, &at(i), "phrase", cx).map(|s| (i, s)));
    if let Some((i, phrase)) = &phrase {
        // The phrase goes on the wire: RFC 9112 section 4 allows only visible ASCII and spaces cleanly.
        if let Some(bad) = phrase.chars().find(|c| !(' '..='~').contains(c)) {
            cx.add(&at(*i), format!("the phrase of code {code} contains {bad:?}, which is not printable ASCII; write it in ASCII and put translations under `title:`"));
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
                cx.add(&at(i), format!("`{name}` cannot be a variant name: {why}"));
                None
            })
        }),
        None => phrase.as_ref().and_then(|(i, phrase)| {
            let name = camel_case(phrase);
            match identifier_problem(&name) {
                None => Some(name),
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
    let descriptions = match required(&fields, key_path, "description", &what, cx) {
        Some((i, v)) => {
            let mut texts = languages(v, &at(i), "description", cx);
            match texts.iter().position(|(lang, _)| lang == "en") {
                Some(en) => texts[..=en].rotate_right(1),
                None if matches!(v, NodeRaw::Map(_)) => cx.add(&at(i), format!("the description of code {code} has no `en` text; add `en:` with one or two sentences")),
                None => {}
            }
            texts
        }
        None => Vec::new(),
    };
    let reference = required(&fields, key_path, "reference", &what, cx)
        .and_then(|(i, v)| string(v, &at(i), "reference", cx));
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
            let (i, _) = fields["retry"];
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
    let replaces = fields
        .get("override")
        .and_then(|&(i, v)| boolean(v, &at(i), "override", cx))
        .unwrap_or(false);

    if cx.list.len() > errors_before {
        return None;
    }
    Some(Code {
        code,
        name: name?,
        phrase: phrase?.1,
        aliases,
        titles,
        descriptions,
        link: link.or_else(|| reference.as_deref().and_then(rfc_link)),
        reference: reference?,
        registration,
        cacheable,
        content,
        headers,
        retry,
        key,
        replaces,
        source: 0,
        key_path: key_path.to_vec(),
    })
}

/// Indexes a mapping's fields by name, reporting unknown, duplicate and non-string keys.
fn fields<'a>(
    entries: &'a [(NodeRaw, NodeRaw)],
    path: &[Step],
    known: &[&str],
    what: &str,
    cx: &mut Problems,
) -> HashMap<&'a str, (usize, &'a NodeRaw)> {
    let mut fields = HashMap::new();
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
            let hint =
                closest(name, known).map_or_else(String::new, |k| format!("; did you mean `{k}`?"));
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
    fields
}

fn required<'a>(
    fields: &HashMap<&str, (usize, &'a NodeRaw)>,
    path: &[Step],
    name: &str,
    what: &str,
    cx: &mut Problems,
) -> Option<(usize, &'a NodeRaw)> {
    let found = fields.get(name).copied();
    if found.is_none() {
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
    fields: &HashMap<&str, (usize, &NodeRaw)>,
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

/// Why `name` cannot be a variant name, if it cannot.
pub(crate) fn identifier_problem(name: &str) -> Option<&'static str> {
    let mut chars = name.chars();
    // A phrase such as `...` makes an empty name.
    let Some(first) = chars.next() else {
        return Some("it has no letters or digits");
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
fn closest<'k>(word: &str, known: &[&'k str]) -> Option<&'k str> {
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
