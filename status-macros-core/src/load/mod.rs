//! Loading: resolve a spec (a built-in name or a path), read it, and parse its YAML into a
//! tree of [`Node`]s.
//!
//! Every node carries a [`Mark`]: which spec it is in and where it comes in the document. A
//! problem found later points at a node by its mark, and the parser's [`Yaml::locate`] turns
//! the marks of the problems into lines and columns in one walk of the text, only when there
//! is something to report; reading the place of every node up front would cost each build a
//! second parse.

pub mod depth;
pub mod syntax;
// status-macros' parser (`status-macros/src/load/yaml.rs`), compiled here for the unit
// tests: this file is a link to it.
#[cfg(test)]
mod yaml;

use std::borrow::Cow;
use std::fmt;
use std::path::Path;

/// The parser the unit tests use: status-macros', compiled here.
#[cfg(test)]
pub(crate) use yaml::{WALKS, YAML};

/// The YAML parser, which `status-macros` provides: it is the one crate that depends on
/// serde_yaml, in one file (its `yaml.rs`), so that this crate builds without waiting for it.
#[derive(Clone, Copy)]
pub struct Yaml {
    /// Parses a spec's text into a tree; the `usize` is the spec's index, stamped on every
    /// node's [`Mark`].
    pub read: fn(&str, usize) -> Result<Node, LoadError>,
    /// The lines and columns of the nodes numbered in the slice (ascending, each once), with
    /// one more parse of the text; `None` for a node the text does not have.
    pub locate: fn(&str, &[usize]) -> Vec<Option<Pos>>,
}

/// The largest spec file that is read; anything bigger is refused before parsing.
pub(crate) const MAX_SPEC_BYTES: u64 = 16 * 1024 * 1024;

/// The specs compiled into the macro, by the name a user gives them in `spec = [...]`: the
/// IANA registry and the vendor specs, each vendor apart because vendors give one number
/// different meanings.
const BUILTIN: &[(&str, &str)] = &[
    ("iana", include_str!("../../spec/iana.yaml")),
    ("nginx", include_str!("../../spec/nginx.yaml")),
    ("cloudflare", include_str!("../../spec/cloudflare.yaml")),
    ("iis", include_str!("../../spec/iis.yaml")),
    ("aws", include_str!("../../spec/aws.yaml")),
    ("unofficial", include_str!("../../spec/unofficial.yaml")),
];

/// A spec as read: its text and how to name it.
pub(crate) struct Source {
    /// The spec as the user wrote it: a built-in name such as `iana`, or a path relative to
    /// the crate's Cargo.toml.
    pub(crate) spec: String,
    /// Whether it is compiled into the macro rather than read from a file.
    pub(crate) builtin: bool,
    pub(crate) text: Cow<'static, str>,
}

impl Source {
    /// The spec as messages and docs name it: the path as written, or `the built-in iana spec`.
    pub(crate) fn name(&self) -> String {
        name_of(&self.spec, self.builtin)
    }
}

/// How messages and docs name a spec.
pub(crate) fn name_of(spec: &str, builtin: bool) -> String {
    if builtin {
        format!("the built-in {spec} spec")
    } else {
        spec.to_owned()
    }
}

/// A line and column in a spec file, both starting at 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    /// The line, from 1.
    pub line: usize,
    /// The column in characters, from 1.
    pub column: usize,
}

impl Pos {
    /// The line and column of a byte offset in `text`; columns count characters.
    pub fn of_offset(text: &str, offset: usize) -> Pos {
        let before = &text[..offset.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Pos {
            line,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Why a spec could not be read or parsed at all.
#[derive(Debug)]
pub struct LoadError {
    /// Where, if the text has a place for it.
    pub pos: Option<Pos>,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl LoadError {
    fn new(message: impl Into<String>) -> Self {
        LoadError {
            pos: None,
            message: message.into(),
        }
    }
}

/// A node of a spec's YAML: where it is, and what it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// Where it is.
    pub mark: Mark,
    /// What it holds.
    pub value: Value,
}

/// Which spec a node is in and where it comes in the document: the nodes are numbered in the
/// order the YAML lists them, a collection before what it holds, a key before its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Mark {
    /// The spec's index among the enum's specs.
    pub source: usize,
    /// The node's number in the document.
    pub node: usize,
}

/// What a YAML node holds; map entries stay in document order, duplicate keys included
/// (a YAML library would keep only the last).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `~`, `null` or nothing.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number.
    Int(i128),
    /// A number with a fraction or an exponent.
    Float(f64),
    /// Text.
    Str(String),
    /// A list.
    Seq(Vec<Node>),
    /// A mapping, its entries in document order.
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// A short name of the node's kind, for messages.
    pub(crate) fn kind(&self) -> &'static str {
        match self.value {
            Value::Null => "nothing",
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "a number",
            Value::Float(_) => "a decimal number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }

    /// The text of a string node.
    pub(crate) fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}

/// Finds a spec: a built-in one by name, or a file relative to the crate's `manifest_dir`.
pub(crate) fn resolve(spec: &str, manifest_dir: &Path) -> Result<Source, LoadError> {
    for &(name, text) in BUILTIN {
        if name == spec {
            return Ok(Source {
                spec: name.to_owned(),
                builtin: true,
                text: Cow::Borrowed(text),
            });
        }
    }
    let text = read_file(spec, manifest_dir)?;
    Ok(Source {
        spec: spec.to_owned(),
        builtin: false,
        text: Cow::Owned(text),
    })
}

/// The names of the built-in specs, for messages.
pub(crate) fn builtin_names() -> String {
    let mut names = String::new();
    for (name, _) in BUILTIN {
        if !names.is_empty() {
            names.push_str(", ");
        }
        names.push_str(&format!("`{name}`"));
    }
    names
}

/// The built-in spec a missing path was probably meant to name: `spec/iana.yaml` or
/// `iana.yml` for `iana`.
fn builtin_meant(spec: &str) -> Option<&'static str> {
    let file = spec.rsplit(['/', '\\']).next().unwrap_or(spec);
    let stem = file
        .strip_suffix(".yaml")
        .or_else(|| file.strip_suffix(".yml"))
        .unwrap_or(file);
    let (name, _) = BUILTIN
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(stem))?;
    Some(name)
}

fn read_file(spec: &str, manifest_dir: &Path) -> Result<String, LoadError> {
    if spec.trim().is_empty() {
        return Err(LoadError::new(
            "the spec path is empty; write the path of a YAML file relative to Cargo.toml",
        ));
    }
    let path = manifest_dir.join(spec);
    let meta = std::fs::metadata(&path).map_err(|err| {
        LoadError::new(match (err.kind(), builtin_meant(spec)) {
            (std::io::ErrorKind::NotFound, Some(builtin)) => format!(
                "no spec file at this path (paths are relative to the crate's Cargo.toml); \
                 did you mean the built-in \"{builtin}\"? write it without a folder or extension"
            ),
            (std::io::ErrorKind::NotFound, None) if !spec.contains(['/', '.']) => format!(
                "no spec file of that name, and it is not a built-in spec ({}); \
                 check the name, or give a path relative to Cargo.toml",
                builtin_names()
            ),
            (std::io::ErrorKind::NotFound, None) => "spec file not found (paths are relative \
                 to the crate's Cargo.toml); check the path or create the file"
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
            "the spec file is {} bytes, more than the limit of {MAX_SPEC_BYTES} bytes; split it into several specs",
            meta.len(),
        )));
    }
    let bytes = std::fs::read(&path).map_err(|err| {
        LoadError::new(format!("cannot read the spec file: {}", io_message(&err)))
    })?;
    decode(bytes)
}

fn io_message(err: &std::io::Error) -> String {
    // The io::Error text names no path, so it is safe to show; lowercase it to match our style.
    let text = err.to_string();
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => format!("{}{}", first.to_lowercase(), chars.as_str()),
        None => text,
    }
}

/// Checks that the bytes are UTF-8, pointing at the first bad byte when they are not.
pub(crate) fn decode(bytes: Vec<u8>) -> Result<String, LoadError> {
    String::from_utf8(bytes).map_err(|err| {
        let bytes = err.as_bytes();
        let good = &bytes[..err.utf8_error().valid_up_to()];
        // The valid prefix is UTF-8 by the definition of `valid_up_to`.
        let good = std::str::from_utf8(good).unwrap_or_default();
        LoadError {
            pos: Some(Pos::of_offset(good, good.len())),
            message: "the spec file is not UTF-8; save it as UTF-8".to_owned(),
        }
    })
}

/// Parses the YAML text of spec number `source` into a tree with `yaml`.
pub(crate) fn parse(yaml: Yaml, text: &str, source: usize) -> Result<Node, LoadError> {
    let empty = || LoadError {
        // Line 1 is where the missing `codes:` goes.
        pos: Some(Pos { line: 1, column: 1 }),
        message: "the spec file is empty; add a `codes:` mapping with one entry per status code"
            .to_owned(),
    };
    if text.trim().is_empty() {
        return Err(empty());
    }
    depth::check(text)?;
    match (yaml.read)(text, source)? {
        // A file of comments only is as empty as a blank one.
        Node {
            value: Value::Null, ..
        } => Err(empty()),
        node => Ok(node),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(node: &Node) -> Vec<&str> {
        let Value::Map(entries) = &node.value else {
            panic!("expected a map, got {node:?}")
        };
        entries.iter().filter_map(|(k, _)| k.as_str()).collect()
    }

    #[test]
    fn keeps_duplicate_keys_in_order() {
        let node = parse(YAML, "a: 1\nb: 2\na: 3\n", 0).expect("valid YAML");
        assert_eq!(keys(&node), ["a", "b", "a"]);
    }

    #[test]
    fn nodes_are_numbered_in_document_order() {
        let node = parse(YAML, "a: [x, y]\nb: 2\n", 3).expect("valid YAML");
        let Value::Map(entries) = &node.value else {
            panic!("a map")
        };
        let marks: Vec<usize> = std::iter::once(&node)
            .chain(entries.iter().flat_map(|(k, v)| [k, v]))
            .map(|n| n.mark.node)
            .collect();
        // The root, `a`, the list (whose two items are 3 and 4), `b`, `2`.
        assert_eq!(marks, [0, 1, 2, 5, 6]);
        assert!(entries.iter().all(|(k, _)| k.mark.source == 3));
    }

    #[test]
    fn syntax_errors_carry_a_position() {
        let err = parse(YAML, "codes:\n  404: [unclosed\n", 0).expect_err("invalid YAML");
        assert!(err.pos.is_some(), "{err:?}");
        assert!(err.message.starts_with("invalid YAML"), "{}", err.message);
    }

    #[test]
    fn empty_and_non_utf8_input_are_errors() {
        assert!(parse(YAML, "  \n", 0).is_err());
        assert!(parse(YAML, "# only a comment\n", 0).is_err());
        let err = decode(b"codes:\n  404: \xff\n".to_vec()).expect_err("not UTF-8");
        assert_eq!(err.pos, Some(Pos { line: 2, column: 8 }));
    }

    #[test]
    fn offsets_become_lines_and_columns() {
        assert_eq!(Pos::of_offset("ab\ncd", 4), Pos { line: 2, column: 2 });
        assert_eq!(Pos::of_offset("", 0), Pos { line: 1, column: 1 });
    }

    #[test]
    fn a_missing_path_that_names_a_builtin_says_so() {
        for spec in [
            "iana.yaml",
            "spec/iana.yaml",
            "cloudflare.yml",
            "specs/IANA.yaml",
        ] {
            let err = resolve(spec, Path::new("/nonexistent"))
                .err()
                .expect("missing");
            assert!(
                err.message.contains("did you mean the built-in"),
                "{spec}: {}",
                err.message
            );
        }
        assert!(resolve("iana", Path::new("/nonexistent")).is_ok_and(|s| s.builtin));
    }
}
