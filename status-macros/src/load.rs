//! Loading: resolve a spec path, read it, and parse the YAML into raw nodes.
//!
//! serde_yaml gives no positions for values, and it silently keeps the last of two
//! equal map keys. So the document is read into [`NodeRaw`], a tree that keeps every
//! map entry in order (duplicates included), and positions are recovered only when a
//! problem needs one: [`locate`] replays the parse and stops at the node in question,
//! and serde_yaml reports where that was. The happy path never pays for positions.

use std::cell::{Cell, RefCell};
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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
    ("aws", include_str!("../spec/aws.yaml")),
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
    check_flow_depth(text)?;
    let de = serde_yaml::Deserializer::from_str(text);
    let budget = Cell::new(node_budget(text));
    match (NodeSeed { budget: &budget })
        .deserialize(de)
        .map_err(yaml_error)?
    {
        // A file of comments only is as empty as a blank one.
        NodeRaw::Null => parse(""),
        node => Ok(node),
    }
}

/// How deep flow collections (`[...]`, `{...}`) may nest; a spec needs two or three levels.
const MAX_FLOW_DEPTH: usize = 64;

/// The message for a document that nests too deeply, from serde_yaml's depth limit.
const TOO_DEEP: &str = "the YAML nests too deeply; a spec needs only a few levels";

/// Refuses a text whose flow collections could nest deeper than [`MAX_FLOW_DEPTH`], before
/// libyaml reads it.
///
/// libyaml re-checks every pending simple key of every open flow level at each token, so
/// deep flow nesting costs depth × tokens: 100,000 levels of `{a: ` take minutes. serde_yaml's
/// own depth limit (128) applies only once libyaml has scanned the whole document, which is
/// too late.
///
/// This scan is linear and never underestimates. It follows every way a character could be
/// read at once (plain text, inside a quoted scalar, a comment or a verbatim tag) and keeps,
/// for each, the deepest flow level it could have reached. Where a quote or `#` cannot start a
/// token (right after a letter or digit, as in `client's`) it is read as text only, and a `#`
/// after a blank is read as a comment only (in plain text it always is one, or the line is
/// inside a block scalar, where no flow collection is open). The price of never
/// underestimating: brackets inside quoted text count as if they were plain, so a spec whose
/// quoted texts hold more than 64 unclosed `[` or `{` is refused too.
fn check_flow_depth(text: &str) -> Result<(), LoadError> {
    /// The deepest flow level each reading could be at; `None` when it is not possible.
    #[derive(Clone, Copy, Default)]
    struct Readings {
        plain: Option<usize>,
        single: Option<usize>,
        double: Option<usize>,
        escape: Option<usize>,
        comment: Option<usize>,
        verbatim: Option<usize>,
    }
    fn join(slot: &mut Option<usize>, depth: usize) {
        *slot = Some(slot.map_or(depth, |d| d.max(depth)));
    }
    // libyaml's line breaks (YAML 1.1): a comment ends at any of them.
    let is_break = |c: char| matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}');
    let is_blank = |c: char| c == ' ' || c == '\t' || is_break(c);
    // After these a token cannot start without a scanner error (anchors and tags must be
    // followed by a blank or an indicator), so a quote or `#` there is text. libyaml skips a
    // byte order mark where a token may start.
    let is_word =
        |c: char| c.is_ascii_alphanumeric() || !(c.is_ascii() || is_break(c) || c == '\u{feff}');

    let mut now = Readings {
        plain: Some(0),
        ..Readings::default()
    };
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let mut next = Readings::default();
        if let Some(depth) = now.plain {
            let after_blank = prev.is_none_or(is_blank);
            let token_start = prev.is_none_or(|p| !is_word(p));
            match c {
                '#' if after_blank => join(&mut next.comment, depth),
                '[' | '{' => join(&mut next.plain, depth + 1),
                ']' | '}' => join(&mut next.plain, depth.saturating_sub(1)),
                _ => join(&mut next.plain, depth),
            }
            if token_start {
                match c {
                    '\'' => join(&mut next.single, depth),
                    '"' => join(&mut next.double, depth),
                    '#' if !after_blank => join(&mut next.comment, depth),
                    '!' if chars.peek().is_some_and(|&(_, n)| n == '<') => {
                        join(&mut next.verbatim, depth);
                    }
                    _ => {}
                }
            }
        }
        // Each other reading either goes on or ends, handing its depth back to plain text.
        if let Some(depth) = now.single {
            let slot = if c == '\'' {
                &mut next.plain
            } else {
                &mut next.single
            };
            join(slot, depth);
        }
        if let Some(depth) = now.double {
            let slot = match c {
                '"' => &mut next.plain,
                '\\' => &mut next.escape,
                _ => &mut next.double,
            };
            join(slot, depth);
        }
        if let Some(depth) = now.escape {
            join(&mut next.double, depth);
        }
        if let Some(depth) = now.comment {
            let slot = if is_break(c) {
                &mut next.plain
            } else {
                &mut next.comment
            };
            join(slot, depth);
        }
        if let Some(depth) = now.verbatim {
            let ends = c == '>' || is_blank(c);
            let slot = if ends {
                &mut next.plain
            } else {
                &mut next.verbatim
            };
            join(slot, depth);
        }
        // The other readings start from plain text and only keep or lower their depth.
        if next.plain.is_some_and(|depth| depth > MAX_FLOW_DEPTH) {
            return Err(LoadError {
                pos: Some(pos_of_offset(text, offset)),
                message: format!(
                    "more than {MAX_FLOW_DEPTH} `[` or `{{` are open here (brackets inside \
                     quoted text count too); a spec needs only a few levels"
                ),
            });
        }
        now = next;
        prev = Some(c);
    }
    Ok(())
}

fn yaml_error(err: serde_yaml::Error) -> LoadError {
    let pos = err.location().map(|loc| Pos {
        line: loc.line(),
        column: loc.column(),
    });
    let text = err.to_string();
    let (problem, context) = split_yaml_message(&text);
    let message = match problem {
        "recursion limit exceeded" => TOO_DEEP.to_owned(),
        // serde_yaml puts the path of the node in front of a custom message.
        m if m.ends_with(TOO_LARGE) => {
            "the YAML expands its aliases (`*name`) into too much data; \
             write the values out instead of aliasing them"
                .to_owned()
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

/// How much a document may build, in nodes plus bytes of string: four units per byte of text
/// and 1 MiB more.
///
/// Without aliases a document cannot reach it: every node but an implicit null takes a byte of
/// text and an implicit null comes with an indicator (`:`, `-`, `,`), and a string is never
/// longer than the text it is written with, but for the escapes `\L` and `\P` (two bytes that
/// decode to three). An alias copies the node it names each time it is used, so aliases of
/// aliases, or one large node aliased many times, can build a tree that grows with the square
/// of the text or worse. serde_yaml caps the number of alias uses but not what each copies.
fn node_budget(text: &str) -> usize {
    text.len().saturating_mul(4).saturating_add(1 << 20)
}

/// Builds a [`NodeRaw`], spending one unit of the budget per node and one per byte of string.
#[derive(Clone, Copy)]
struct NodeSeed<'b> {
    budget: &'b Cell<usize>,
}

impl NodeSeed<'_> {
    fn spend<E: de::Error>(self, units: usize) -> Result<(), E> {
        match self.budget.get().checked_sub(units) {
            Some(left) => {
                self.budget.set(left);
                Ok(())
            }
            None => Err(E::custom(TOO_LARGE)),
        }
    }

    fn node<E: de::Error>(self, node: NodeRaw) -> Result<NodeRaw, E> {
        self.spend(1)?;
        Ok(node)
    }
}

/// The error raised when a document builds more than its budget.
const TOO_LARGE: &str = "\u{0}status-codes budget\u{0}";

impl<'de> DeserializeSeed<'de> for NodeSeed<'_> {
    type Value = NodeRaw;

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<NodeRaw, D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for NodeSeed<'_> {
    type Value = NodeRaw;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a YAML value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<NodeRaw, E> {
        self.node(NodeRaw::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<NodeRaw, E> {
        self.node(NodeRaw::Int(v.into()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<NodeRaw, E> {
        self.node(NodeRaw::Int(v.into()))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<NodeRaw, E> {
        self.node(NodeRaw::Int(v))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<NodeRaw, E> {
        self.node(i128::try_from(v).map_or(NodeRaw::Float(v as f64), NodeRaw::Int))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<NodeRaw, E> {
        self.node(NodeRaw::Float(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<NodeRaw, E> {
        // Spend before copying, so that a string over the budget is never allocated.
        self.spend(1 + v.len())?;
        Ok(NodeRaw::Str(v.to_owned()))
    }
    fn visit_unit<E: de::Error>(self) -> Result<NodeRaw, E> {
        self.node(NodeRaw::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<NodeRaw, E> {
        self.node(NodeRaw::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, de: D) -> Result<NodeRaw, D::Error> {
        de.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<NodeRaw, A::Error> {
        self.spend(1)?;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(NodeRaw::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<NodeRaw, A::Error> {
        self.spend(1)?;
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry_seed(self, self)? {
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

/// Raised by [`locate_all`]'s walk at a target scalar; the walk catches it and goes on.
const FOUND_LEAF: &str = "\u{0}status-codes found a scalar\u{0}";
/// Raised at a target collection; it ends the parse.
const FOUND_NODE: &str = "\u{0}status-codes found a collection\u{0}";

/// Finds where the node at `path` starts in `text`; see [`locate_all`].
///
/// Returns `None` when the path does not lead to a node (which means the caller's path is
/// wrong) or serde_yaml gives no position.
#[cfg(test)]
pub(crate) fn locate(text: &str, path: &[Step]) -> Option<Pos> {
    locate_all(text, &[path]).pop().flatten()
}

/// Finds where the nodes at `paths` start in `text`, in as few parses as it can.
///
/// serde_yaml has positions only for errors. So the text is parsed again, and a walk along
/// the paths raises an error at each target node, which serde_yaml marks with its line and
/// column. At a scalar, the walk catches its own error and goes on to the next target, since
/// serde_yaml is then past the scalar; at a collection it cannot (serde_yaml would be left
/// inside it), so the parse ends there and another one looks for the targets left. Problems
/// almost always point at scalars, so reporting costs one parse per spec, not one per problem:
/// a 10 MB spec takes seconds to parse in a debug build, where proc macros run by default.
pub(crate) fn locate_all(text: &str, paths: &[&[Step]]) -> Vec<Option<Pos>> {
    let found = Found {
        places: RefCell::new(vec![None; paths.len()]),
        pending: RefCell::default(),
    };
    // `parse` accepted the text before any problem was found in it, but stay safe on any input.
    if check_flow_depth(text).is_err() {
        return found.places.into_inner();
    }
    loop {
        let targets: Vec<(usize, &[Step])> = {
            let places = found.places.borrow();
            (0..paths.len())
                .filter(|&i| places[i].is_none())
                .map(|i| (i, paths[i]))
                .collect()
        };
        if targets.is_empty() {
            break;
        }
        let walk = Locate {
            targets,
            found: &found,
        };
        #[cfg(test)]
        WALKS.with(|walks| walks.set(walks.get() + 1));
        let stop = match walk.deserialize(serde_yaml::Deserializer::from_str(text)) {
            // A collection was found, or the root itself is a target scalar.
            Err(err) => {
                let message = err.to_string();
                marked(&message, FOUND_NODE).or_else(|| marked(&message, FOUND_LEAF))
            }
            // The walk went through the whole document.
            Ok(()) => None,
        };
        let pending = found.pending.take();
        match stop {
            Some(pos) if !pending.is_empty() => found.record(&pending, pos),
            _ => break,
        }
    }
    found.places.into_inner()
}

#[cfg(test)]
thread_local! {
    /// How many walks [`locate_all`] has started on this thread, for tests of its cost.
    pub(crate) static WALKS: Cell<usize> = const { Cell::new(0) };
}

/// What [`locate_all`]'s walk has found so far.
struct Found {
    places: RefCell<Vec<Option<Pos>>>,
    /// The targets at the node whose error is on its way up.
    pending: RefCell<Vec<usize>>,
}

impl Found {
    fn record(&self, targets: &[usize], pos: Pos) {
        let mut places = self.places.borrow_mut();
        for &i in targets {
            places[i] = Some(pos);
        }
    }

    /// Takes the place of a target scalar from its error, or passes any other error on.
    fn catch<E: de::Error>(&self, err: E) -> Result<(), E> {
        // The error type is generic here, so the place is read from serde_yaml's text.
        let Some(pos) = marked(&err.to_string(), FOUND_LEAF) else {
            return Err(err);
        };
        let pending = self.pending.take();
        self.record(&pending, pos);
        Ok(())
    }
}

/// The place in serde_yaml's text of our own error `marker`: `[path: ]marker[ at line L column C]`.
///
/// serde_yaml leaves the place out at line 1, column 1. Only a message that ends with the
/// marker counts, so a key that happens to hold the marker's text cannot fake one.
fn marked(message: &str, marker: &str) -> Option<Pos> {
    if message.ends_with(marker) {
        return Some(Pos { line: 1, column: 1 });
    }
    let (head, place) = message.rsplit_once(" at line ")?;
    let (line, column) = place.split_once(" column ")?;
    head.ends_with(marker).then_some(())?;
    Some(Pos {
        line: line.parse().ok()?,
        column: column.parse().ok()?,
    })
}

/// The walk of [`locate_all`] at one node: the targets at or below it, each with the rest of
/// its path.
struct Locate<'p, 'f> {
    targets: Vec<(usize, &'p [Step])>,
    found: &'f Found,
}

impl<'p, 'f> Locate<'p, 'f> {
    /// The targets that are this node, if any, made ready to be recorded.
    fn here(&self) -> bool {
        let here: Vec<usize> = self
            .targets
            .iter()
            .filter(|(_, path)| path.is_empty())
            .map(|&(i, _)| i)
            .collect();
        let any = !here.is_empty();
        if any {
            *self.found.pending.borrow_mut() = here;
        }
        any
    }

    fn leaf<E: de::Error>(&self) -> Result<(), E> {
        if self.here() {
            Err(E::custom(FOUND_LEAF))
        } else {
            Ok(())
        }
    }

    /// The walk into the child reached by `step`, if a target lies there.
    fn child(&self, step: Step) -> Option<Locate<'p, 'f>> {
        let targets: Vec<(usize, &'p [Step])> = self
            .targets
            .iter()
            .filter_map(|&(i, path)| match path.split_first() {
                Some((&first, rest)) if first == step => Some((i, rest)),
                _ => None,
            })
            .collect();
        (!targets.is_empty()).then_some(Locate {
            targets,
            found: self.found,
        })
    }
}

impl<'de> DeserializeSeed<'de> for Locate<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Locate<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a YAML value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.leaf()
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.leaf()
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.leaf()
    }
    fn visit_i128<E: de::Error>(self, _: i128) -> Result<(), E> {
        self.leaf()
    }
    fn visit_u128<E: de::Error>(self, _: u128) -> Result<(), E> {
        self.leaf()
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.leaf()
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.leaf()
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.leaf()
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.leaf()
    }
    fn visit_some<D: Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        de.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if self.here() {
            return Err(de::Error::custom(FOUND_NODE));
        }
        // Every item is read, also after the last target: serde_yaml fails a sequence whose
        // visitor leaves items unread, which would end the walk.
        let mut index = 0;
        loop {
            let more = match self.child(Step::Item(index)) {
                None => seq.next_element::<IgnoredAny>()?.is_some(),
                Some(walk) => match seq.next_element_seed(walk) {
                    Ok(item) => item.is_some(),
                    Err(err) => self.found.catch(err).map(|()| true)?,
                },
            };
            if !more {
                return Ok(());
            }
            index += 1;
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        if self.here() {
            return Err(de::Error::custom(FOUND_NODE));
        }
        // Every entry is read, for the same reason as in `visit_seq`.
        let mut index = 0;
        loop {
            let more = match self.child(Step::Key(index)) {
                None => map.next_key::<IgnoredAny>()?.is_some(),
                Some(walk) => match map.next_key_seed(walk) {
                    Ok(key) => key.is_some(),
                    Err(err) => self.found.catch(err).map(|()| true)?,
                },
            };
            if !more {
                return Ok(());
            }
            match self.child(Step::Value(index)) {
                None => drop(map.next_value::<IgnoredAny>()?),
                Some(walk) => map
                    .next_value_seed(walk)
                    .or_else(|err| self.found.catch(err))?,
            }
            index += 1;
        }
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        // A tagged node (`!name value`): walk into its value. Returning without reading it
        // would leave serde_yaml at the node's start, and it panics on the events that follow.
        let (_tag, value) = data.variant::<IgnoredAny>()?;
        de::VariantAccess::newtype_variant_seed(value, self)
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
    fn locates_many_places_in_one_call() {
        use Step::{Item, Key, Value};
        let text = "codes:\n  404: &e\n    phrase: Not Found\n    aliases: [x, y, z]\n    more: 1\n  \
                    410:\n    aliases: !t [z]\n    extra: *e\n";
        let paths: &[&[Step]] = &[
            // A collection, then scalars inside it and after it: the walk starts again, and
            // reads on past the entries and items it does not need.
            &[Value(0), Value(0)],
            &[Value(0), Value(0), Value(1), Item(1)],
            &[Value(0), Key(1)],
            // The same place twice, and places that do not exist.
            &[Value(0), Key(1)],
            &[Value(0), Value(7)],
            &[Value(0), Value(0), Value(0), Item(0)],
            // Through a tag, and into an alias (which is where its anchor is).
            &[Value(0), Value(1), Value(0), Item(0)],
            &[Value(0), Value(1), Value(1), Key(0)],
            // The root.
            &[],
        ];
        let places: Vec<_> = locate_all(text, paths)
            .into_iter()
            .map(|p| p.map(|p| (p.line, p.column)))
            .collect();
        assert_eq!(
            places,
            [
                // A node starts at its anchor.
                Some((2, 8)),
                Some((4, 18)),
                Some((6, 3)),
                Some((6, 3)),
                None,
                None,
                Some((7, 18)),
                Some((3, 5)),
                Some((1, 1)),
            ]
        );
        // One path at a time gives the same places.
        for (path, place) in paths.iter().zip(&places) {
            assert_eq!(
                locate(text, path).map(|p| (p.line, p.column)),
                *place,
                "{path:?}"
            );
        }
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
