//! Loading: resolve a spec path, read it, and parse the YAML into raw nodes.
//!
//! serde_yaml gives no positions for values, and it silently keeps the last of two
//! equal map keys. So the document is read into [`NodeRaw`], a tree that keeps every
//! map entry in order (duplicates included), and positions are recovered only when a
//! problem needs one: [`locate`] replays the parse and stops at the node in question,
//! and serde_yaml reports where that was. The happy path never pays for positions.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// The largest spec file that is read; anything bigger is refused before parsing.
pub(crate) const MAX_SPEC_BYTES: u64 = 16 * 1024 * 1024;

/// A spec file as read from disk.
pub(crate) struct Source {
    /// The spec as the user wrote it (`spec/service.yaml` or a built-in name such as `iana`).
    pub(crate) display: String,
    /// The file on disk, when the spec is a file (built-in specs are compiled in).
    pub(crate) path: Option<PathBuf>,
    /// The file's text.
    pub(crate) text: String,
}

/// A line and column in a spec file, both starting at 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Pos {
    pub(crate) line: usize,
    pub(crate) column: usize,
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Why a spec could not be read or parsed at all.
#[derive(Debug)]
pub(crate) struct LoadError {
    pub(crate) pos: Option<Pos>,
    pub(crate) message: String,
}

impl LoadError {
    fn new(message: impl Into<String>) -> Self {
        LoadError {
            pos: None,
            message: message.into(),
        }
    }
}

/// One YAML node, with map entries kept in document order and duplicates kept.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum NodeRaw {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<NodeRaw>),
    Map(Vec<(NodeRaw, NodeRaw)>),
}

impl NodeRaw {
    /// A short name of the node's kind, for messages.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            NodeRaw::Null => "nothing",
            NodeRaw::Bool(_) => "a boolean",
            NodeRaw::Int(_) => "a number",
            NodeRaw::Float(_) => "a decimal number",
            NodeRaw::Str(_) => "a string",
            NodeRaw::Seq(_) => "a list",
            NodeRaw::Map(_) => "a mapping",
        }
    }
}

/// One step from a node to a child, for [`locate`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    /// The key of the n-th entry of a map.
    Key(usize),
    /// The value of the n-th entry of a map.
    Value(usize),
    /// The n-th item of a list.
    Item(usize),
}

/// The specs compiled into the macro, by the name a user gives them in `spec = [...]`: the
/// IANA registry and the vendor specs, each vendor apart because vendors give one number
/// different meanings.
const BUILTIN: &[(&str, &str)] = &[
    ("iana", include_str!("../spec/iana.yaml")),
    ("nginx", include_str!("../spec/nginx.yaml")),
    ("cloudflare", include_str!("../spec/cloudflare.yaml")),
    ("iis", include_str!("../spec/iis.yaml")),
    ("unofficial", include_str!("../spec/unofficial.yaml")),
];

/// The names of the built-in specs, for messages.
pub(crate) fn builtin_names() -> String {
    let names: Vec<String> = BUILTIN
        .iter()
        .map(|(name, _)| format!("`{name}`"))
        .collect();
    names.join(", ")
}

/// A built-in spec, if `name` is one.
pub(crate) fn builtin(name: &str) -> Option<Source> {
    BUILTIN
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(name, text)| Source {
            display: (*name).to_owned(),
            path: None,
            text: (*text).to_owned(),
        })
}

/// Resolves a spec path against the calling crate's manifest directory and reads it.
pub(crate) fn read_file(display: &str, manifest_dir: &Path) -> Result<Source, LoadError> {
    if display.trim().is_empty() {
        return Err(LoadError::new(
            "the spec path is empty; write the path of a YAML file relative to Cargo.toml",
        ));
    }
    let path = manifest_dir.join(display);
    let meta = std::fs::metadata(&path).map_err(|err| {
        LoadError::new(match err.kind() {
            std::io::ErrorKind::NotFound if !display.contains(['/', '.']) => format!(
                "no spec file of that name, and it is not a built-in spec ({}); \
                 check the name, or give a path relative to Cargo.toml",
                builtin_names()
            ),
            std::io::ErrorKind::NotFound => "spec file not found (paths are relative to the \
                 crate's Cargo.toml); check the path or create the file"
                .to_owned(),
            _ => format!("cannot read the spec file: {}", io_message(&err)),
        })
    })?;
    if meta.is_dir() {
        return Err(LoadError::new(
            "the spec path is a directory; name a YAML file inside it",
        ));
    }
    if meta.len() > MAX_SPEC_BYTES {
        return Err(LoadError::new(format!(
            "the spec file is {} bytes, more than the limit of {} bytes; split it into several specs",
            meta.len(),
            MAX_SPEC_BYTES
        )));
    }
    let bytes = std::fs::read(&path).map_err(|err| {
        LoadError::new(format!("cannot read the spec file: {}", io_message(&err)))
    })?;
    let text = decode(&bytes)?;
    Ok(Source {
        display: display.to_owned(),
        path: Some(path),
        text,
    })
}

fn io_message(err: &std::io::Error) -> String {
    // The io::Error text names no path, so it is safe to show; lowercase it to match our style.
    let text = err.to_string();
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => text,
    }
}

/// Checks that the bytes are UTF-8, pointing at the first bad byte when they are not.
pub(crate) fn decode(bytes: &[u8]) -> Result<String, LoadError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(err) => {
            let good = &bytes[..err.valid_up_to()];
            // The valid prefix is UTF-8 by the definition of `valid_up_to`.
            let good = std::str::from_utf8(good).unwrap_or_default();
            Err(LoadError {
                pos: Some(pos_of_offset(good, good.len())),
                message: "the spec file is not UTF-8; save it as UTF-8".to_owned(),
            })
        }
    }
}

/// The line and column of a byte offset in `text`; columns count characters.
pub(crate) fn pos_of_offset(text: &str, offset: usize) -> Pos {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Pos {
        line,
        column: before[line_start..].chars().count() + 1,
    }
}

/// Parses the YAML text of a spec into a raw tree.
pub(crate) fn parse(text: &str) -> Result<NodeRaw, LoadError> {
    if text.trim().is_empty() {
        // Line 1 is where the missing `codes:` goes.
        return Err(LoadError {
            pos: Some(Pos { line: 1, column: 1 }),
            message:
                "the spec file is empty; add a `codes:` mapping with one entry per status code"
                    .to_owned(),
        });
    }
    let de = serde_yaml::Deserializer::from_str(text);
    match de.deserialize_any(NodeVisitor).map_err(yaml_error)? {
        // A file of comments only is as empty as a blank one.
        NodeRaw::Null => parse(""),
        node => Ok(node),
    }
}

fn yaml_error(err: serde_yaml::Error) -> LoadError {
    let pos = err.location().map(|loc| Pos {
        line: loc.line(),
        column: loc.column(),
    });
    let text = err.to_string();
    let (problem, context) = split_yaml_message(&text);
    let message = match problem {
        "recursion limit exceeded" => {
            "the YAML nests too deeply; a spec needs only a few levels".to_owned()
        }
        "repetition limit exceeded" => {
            "the YAML expands its aliases too often; write the values out instead of aliasing them"
                .to_owned()
        }
        _ => syntax_message(problem, context),
    };
    LoadError { pos, message }
}

/// What libyaml was doing when it failed (`while parsing a flow mapping`), and where that began.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Context<'a> {
    what: &'a str,
    start: Option<Pos>,
}

/// Splits serde_yaml's "problem at line L column C, context at line L2 column C2".
///
/// The problem's position is reported in front of the message, so it is dropped here.
fn split_yaml_message(text: &str) -> (&str, Option<Context<'_>>) {
    let Some(at) = text.find(" at line ") else {
        return (text, None);
    };
    let problem = &text[..at];
    let context = text[at..]
        .split_once(", ")
        .map(|(_, context)| match context.find(" at line ") {
            Some(at) => Context {
                what: &context[..at],
                start: parse_mark(&context[at + " at ".len()..]),
            },
            None => Context {
                what: context,
                start: None,
            },
        });
    (problem, context)
}

/// Reads serde_yaml's "line L column C".
fn parse_mark(text: &str) -> Option<Pos> {
    let mut words = text.split_whitespace();
    match (words.next(), words.next(), words.next(), words.next()) {
        (Some("line"), Some(line), Some("column"), Some(column)) => Some(Pos {
            line: line.parse().ok()?,
            column: column.trim_end_matches(',').parse().ok()?,
        }),
        _ => None,
    }
}

/// libyaml's problem, with how to fix the mistakes that cause it most often.
fn syntax_message(problem: &str, context: Option<Context<'_>>) -> String {
    let start = context
        .and_then(|c| c.start)
        .map_or_else(String::new, |pos| format!(" at {pos}"));
    let in_quotes = context.is_some_and(|c| c.what.contains("quoted scalar"));
    let fix = match problem {
        "did not find expected ',' or '}'" => {
            format!("close the `{{`{start} with `}}`, and separate its entries with `,`")
        }
        "did not find expected ',' or ']'" => {
            format!("close the `[`{start} with `]`, and separate its items with `,`")
        }
        "found unexpected end of stream" if in_quotes => {
            format!("the quoted text{start} is never closed; add the closing quote")
        }
        "did not find expected key" => {
            "this line is indented differently from the keys above it; line it up with them"
                .to_owned()
        }
        "mapping values are not allowed in this context" => {
            "quote a value that contains `: `, and indent a key no deeper than the one above it"
                .to_owned()
        }
        "found character that cannot start any token" => {
            "indent with spaces, not tabs, and quote a value that starts with `@` or a backtick"
                .to_owned()
        }
        "unknown anchor" => {
            "an alias `*name` needs an anchor `&name` earlier in the file; write the value out"
                .to_owned()
        }
        "did not find expected '-' indicator" => format!(
            "every item of the list{start} starts with `- `; write this line that way or indent it as part of the item above"
        ),
        _ => "fix the YAML syntax at this place".to_owned(),
    };
    format!("invalid YAML: {problem}; {fix}")
}

impl<'de> serde::Deserialize<'de> for NodeRaw {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        de.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = NodeRaw;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a YAML value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<NodeRaw, E> {
        Ok(NodeRaw::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<NodeRaw, E> {
        Ok(NodeRaw::Int(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<NodeRaw, E> {
        Ok(NodeRaw::Int(v.into()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<NodeRaw, E> {
        Ok(NodeRaw::Int(v))
    }
    fn visit_u128<E>(self, v: u128) -> Result<NodeRaw, E> {
        Ok(i128::try_from(v).map_or(NodeRaw::Float(v as f64), NodeRaw::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<NodeRaw, E> {
        Ok(NodeRaw::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<NodeRaw, E> {
        Ok(NodeRaw::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<NodeRaw, E> {
        Ok(NodeRaw::Str(v))
    }
    fn visit_unit<E>(self) -> Result<NodeRaw, E> {
        Ok(NodeRaw::Null)
    }
    fn visit_none<E>(self) -> Result<NodeRaw, E> {
        Ok(NodeRaw::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, de: D) -> Result<NodeRaw, D::Error> {
        de.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<NodeRaw, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(NodeRaw::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<NodeRaw, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(NodeRaw::Map(entries))
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, _data: A) -> Result<NodeRaw, A::Error> {
        Err(de::Error::custom(
            "YAML tags (`!name`) are not part of the spec format; remove the tag",
        ))
    }
}

/// The message of the error that [`locate`] raises on purpose.
const FOUND: &str = "\u{0}status-codes locate\u{0}";

/// Finds where the node at `path` starts in `text`, by parsing again and stopping there.
///
/// Returns `None` when the path does not lead to a node (which means the caller's path is
/// wrong) or serde_yaml gives no position.
pub(crate) fn locate(text: &str, path: &[Step]) -> Option<Pos> {
    let de = serde_yaml::Deserializer::from_str(text);
    match (Locate { path }).deserialize(de) {
        Ok(()) => None,
        Err(err) if err.to_string().contains(FOUND) => err.location().map(|loc| Pos {
            line: loc.line(),
            column: loc.column(),
        }),
        Err(_) => None,
    }
}

struct Locate<'p> {
    path: &'p [Step],
}

impl<'de> DeserializeSeed<'de> for Locate<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        de.deserialize_any(self)
    }
}

impl Locate<'_> {
    fn found<E: de::Error>(&self) -> Result<(), E> {
        if self.path.is_empty() {
            Err(E::custom(FOUND))
        } else {
            Ok(())
        }
    }
}

impl<'de> Visitor<'de> for Locate<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a YAML value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.found()
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.found()
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.found()
    }
    fn visit_i128<E: de::Error>(self, _: i128) -> Result<(), E> {
        self.found()
    }
    fn visit_u128<E: de::Error>(self, _: u128) -> Result<(), E> {
        self.found()
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.found()
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.found()
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.found()
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.found()
    }
    fn visit_some<D: Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        de.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Some((&Step::Item(target), rest)) = self.path.split_first() else {
            return self.found();
        };
        let mut index = 0;
        loop {
            if index == target {
                return seq.next_element_seed(Locate { path: rest }).map(drop);
            }
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Ok(());
            }
            index += 1;
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let (target, on_key, rest) = match self.path.split_first() {
            Some((&Step::Key(i), rest)) => (i, true, rest),
            Some((&Step::Value(i), rest)) => (i, false, rest),
            _ => return self.found(),
        };
        let mut index = 0;
        loop {
            if index == target && on_key {
                return map.next_key_seed(Locate { path: rest }).map(drop);
            }
            if map.next_key::<IgnoredAny>()?.is_none() {
                return Ok(());
            }
            if index == target {
                return map.next_value_seed(Locate { path: rest });
            }
            map.next_value::<IgnoredAny>()?;
            index += 1;
        }
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, _data: A) -> Result<(), A::Error> {
        self.found()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_duplicate_keys_in_order() {
        let node = parse("a: 1\nb: 2\na: 3\n").expect("valid YAML");
        let NodeRaw::Map(entries) = node else {
            panic!("expected a map, got {node:?}")
        };
        let keys: Vec<_> = entries.iter().map(|(k, _)| k.clone()).collect();
        assert_eq!(
            keys,
            [
                NodeRaw::Str("a".into()),
                NodeRaw::Str("b".into()),
                NodeRaw::Str("a".into())
            ]
        );
    }

    #[test]
    fn locates_keys_values_and_items() {
        let text = "codes:\n  404:\n    phrase: Not Found\n    aliases: [x, y]\n";
        let at = |path: &[Step]| locate(text, path).map(|p| (p.line, p.column));
        assert_eq!(at(&[Step::Key(0)]), Some((1, 1)));
        assert_eq!(at(&[Step::Value(0), Step::Key(0)]), Some((2, 3)));
        assert_eq!(
            at(&[Step::Value(0), Step::Value(0), Step::Key(0)]),
            Some((3, 5))
        );
        assert_eq!(
            at(&[Step::Value(0), Step::Value(0), Step::Value(0)]),
            Some((3, 13))
        );
        assert_eq!(
            at(&[
                Step::Value(0),
                Step::Value(0),
                Step::Value(1),
                Step::Item(1)
            ]),
            Some((4, 18))
        );
        assert_eq!(at(&[Step::Value(0), Step::Value(5)]), None);
    }

    #[test]
    fn syntax_errors_carry_a_position() {
        let err = parse("codes:\n  404: [unclosed\n").expect_err("invalid YAML");
        assert!(err.pos.is_some(), "{err:?}");
        assert!(err.message.starts_with("invalid YAML"), "{}", err.message);
    }

    #[test]
    fn empty_and_non_utf8_input_are_errors() {
        assert!(parse("  \n").is_err());
        assert!(parse("# only a comment\n").is_err());
        let err = decode(b"codes:\n  404: \xff\n").expect_err("not UTF-8");
        assert_eq!(err.pos, Some(Pos { line: 2, column: 8 }));
    }

    #[test]
    fn offsets_become_lines_and_columns() {
        assert_eq!(pos_of_offset("ab\ncd", 4), Pos { line: 2, column: 2 });
        assert_eq!(pos_of_offset("", 0), Pos { line: 1, column: 1 });
    }
}
