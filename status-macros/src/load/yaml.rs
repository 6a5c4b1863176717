//! The one file that names serde_yaml: the YAML text becomes a tree of [`Node`]s, and the
//! marks of nodes become lines and columns.
//!
//! serde_yaml gives no positions for values, only for errors, and it silently keeps the last
//! of two equal map keys. So the tree is built by our own visitor, which keeps every map entry
//! and numbers the nodes in document order ([`Mark`]), and positions are found only for the
//! nodes a problem is about: [`locate`] parses the text again and raises an error of its own
//! at each of those nodes, which serde_yaml marks with the node's line and column.

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::syntax::{self, Context};
use super::{LoadError, Mark, Node, Pos, Value, Yaml};

/// This parser, as the core takes it.
pub(crate) const YAML: Yaml = Yaml {
    read: parse,
    locate,
};

/// Parses a spec's text; `source` is the spec's index, stamped on every node's mark.
pub(crate) fn parse(text: &str, source: usize) -> Result<Node, LoadError> {
    let budget = Budget {
        left: Cell::new(node_budget(text)),
        exceeded: Cell::new(false),
    };
    let read = Read {
        source,
        count: Cell::new(0),
        goal: Goal::Build(&budget),
    };
    let result = Reader(&read).deserialize(serde_yaml::Deserializer::from_str(text));
    let err = match result {
        Ok(root) => return Ok(root.expect("a build returns every node it reads")),
        Err(err) => err,
    };
    let message = if budget.exceeded.get() {
        "the YAML expands its aliases (`*name`) into too much data; \
         write the values out instead of aliasing them"
            .to_owned()
    } else {
        message_of(&err)
    };
    Err(LoadError {
        pos: err.location().map(|at| Pos {
            line: at.line(),
            column: at.column(),
        }),
        message,
    })
}

/// Our words for an error of serde_yaml's.
fn message_of(err: &serde_yaml::Error) -> String {
    let text = err.to_string();
    if text.starts_with("recursion limit exceeded") {
        return "the YAML nests too deeply; a spec needs only a few levels".to_owned();
    }
    if text.starts_with("repetition limit exceeded") {
        return "the YAML expands its aliases too often; write the values out instead of aliasing them"
            .to_owned();
    }
    if text.contains(TAGGED) {
        return TAGGED.to_owned();
    }
    let (problem, context) = split_libyaml_message(&text);
    syntax::message(problem, context)
}

/// Splits libyaml's "problem at line L column C, context at line L2 column C2".
///
/// The problem's position is reported in front of the message, so it is dropped here.
fn split_libyaml_message(text: &str) -> (&str, Option<Context<'_>>) {
    let Some(at) = text.find(" at line ") else {
        return (text, None);
    };
    let context = text[at..]
        .split_once(", ")
        .map(|(_, context)| match context.find(" at line ") {
            Some(at) => Context {
                what: &context[..at],
                start: line_column(&context[at + " at ".len()..]),
            },
            None => Context {
                what: context,
                start: None,
            },
        });
    (&text[..at], context)
}

/// Reads serde_yaml's "line L column C".
fn line_column(text: &str) -> Option<Pos> {
    let mut words = text.split_whitespace();
    match (words.next(), words.next(), words.next(), words.next()) {
        (Some("line"), Some(line), Some("column"), Some(column)) => Some(Pos {
            line: line.parse().ok()?,
            column: column.trim_end_matches(',').parse().ok()?,
        }),
        _ => None,
    }
}

/// The message for a tagged node (`!name value`).
const TAGGED: &str = "YAML tags (`!name`) are not part of the spec format; remove the tag";

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

/// What a build may still spend ([`node_budget`]), and whether the text asked for more.
struct Budget {
    left: Cell<usize>,
    exceeded: Cell<bool>,
}

/// One reading of a spec's text, which meets its nodes in document order and numbers them.
struct Read<'a> {
    source: usize,
    /// The number of the next node.
    count: Cell<usize>,
    goal: Goal<'a>,
}

/// What a reading is for.
#[derive(Clone, Copy)]
enum Goal<'a> {
    /// Building the tree ([`parse`]), one unit of the budget per node and per byte of string.
    Build(&'a Budget),
    /// Finding the places of some nodes ([`locate`]).
    Find(&'a Walk),
}

/// A [`Read`] at one node: the node it built, or `None` when it only finds places.
///
/// Building and finding share this one visitor because serde_yaml's deserializer, most of the
/// code the macro compiles for YAML, is compiled once per visitor type.
#[derive(Clone, Copy)]
struct Reader<'r>(&'r Read<'r>);

impl Reader<'_> {
    /// Counts the node being visited and gives its mark. A build spends on it (`bytes` is the
    /// length of its string); a walk raises an error at a node it looks for, and `scalar` tells
    /// whether it can catch that error and go on.
    fn meet<E: de::Error>(self, scalar: bool, bytes: usize) -> Result<Mark, E> {
        let read = self.0;
        let node = read.count.get();
        read.count.set(node + 1);
        match read.goal {
            Goal::Build(budget) => match budget.left.get().checked_sub(bytes.saturating_add(1)) {
                Some(left) => budget.left.set(left),
                None => {
                    budget.exceeded.set(true);
                    return Err(E::custom("over budget"));
                }
            },
            Goal::Find(walk) => {
                let next = walk.next.get();
                if walk.wanted.get(next) == Some(&node) {
                    walk.next.set(next + 1);
                    walk.raised.set(Some((next, scalar)));
                    return Err(E::custom(FOUND));
                }
            }
        }
        Ok(Mark {
            source: read.source,
            node,
        })
    }

    /// The node at `mark`, when building.
    fn node(self, mark: Mark, value: Value) -> Option<Node> {
        match self.0.goal {
            Goal::Build(_) => Some(Node { mark, value }),
            Goal::Find(_) => None,
        }
    }

    fn scalar<E: de::Error>(self, value: Value) -> Result<Option<Node>, E> {
        let mark = self.meet(true, 0)?;
        Ok(self.node(mark, value))
    }

    /// Takes the place of a scalar a walk raised its error at, or passes any other error on.
    fn catch<E: de::Error>(self, err: E) -> Result<(), E> {
        let Goal::Find(walk) = self.0.goal else {
            return Err(err);
        };
        let Some((i, true)) = walk.raised.get() else {
            return Err(err);
        };
        walk.raised.set(None);
        // The error type is generic here, so its place can only be read from its text.
        match place_after(&err.to_string(), FOUND) {
            Some(pos) => {
                walk.found.borrow_mut().push((i, pos));
                Ok(())
            }
            None => Err(err),
        }
    }
}

impl<'de> DeserializeSeed<'de> for Reader<'_> {
    type Value = Option<Node>;

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<Option<Node>, D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Reader<'_> {
    type Value = Option<Node>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a YAML value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Option<Node>, E> {
        self.scalar(Value::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<Node>, E> {
        self.scalar(Value::Int(v.into()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<Node>, E> {
        self.scalar(Value::Int(v.into()))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Option<Node>, E> {
        self.scalar(Value::Int(v))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Option<Node>, E> {
        self.scalar(i128::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Option<Node>, E> {
        self.scalar(Value::Float(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<Node>, E> {
        // Spend before copying, so that a string over the budget is never allocated; a walk
        // does not copy it at all.
        let mark = self.meet(true, v.len())?;
        let value = match self.0.goal {
            Goal::Build(_) => Value::Str(v.to_owned()),
            Goal::Find(_) => Value::Null,
        };
        Ok(self.node(mark, value))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Option<Node>, E> {
        self.scalar(Value::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Option<Node>, E> {
        self.scalar(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, de: D) -> Result<Option<Node>, D::Error> {
        de.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Option<Node>, A::Error> {
        let mark = self.meet(false, 0)?;
        let mut items = Vec::new();
        // Every item is read: serde_yaml fails a sequence whose visitor leaves items unread.
        loop {
            match seq.next_element_seed(self) {
                Ok(None) => break,
                Ok(Some(item)) => items.extend(item),
                Err(err) => self.catch(err)?,
            }
        }
        Ok(self.node(mark, Value::Seq(items)))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<Node>, A::Error> {
        let mark = self.meet(false, 0)?;
        let mut entries = Vec::new();
        loop {
            let key = match map.next_key_seed(self) {
                Ok(None) => break,
                Ok(Some(key)) => key,
                Err(err) => self.catch(err).map(|()| None)?,
            };
            let value = map
                .next_value_seed(self)
                .or_else(|err| self.catch(err).map(|()| None))?;
            if let (Some(key), Some(value)) = (key, value) {
                entries.push((key, value));
            }
        }
        Ok(self.node(mark, Value::Map(entries)))
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Option<Node>, A::Error> {
        if let Goal::Build(_) = self.0.goal {
            return Err(de::Error::custom(TAGGED));
        }
        // A walk goes into a tagged node's value (`!name value`). Returning without reading it
        // would leave serde_yaml at the node's start, and it panics on the events that follow.
        let (_tag, value) = data.variant::<de::IgnoredAny>()?;
        de::VariantAccess::newtype_variant_seed(value, self)
    }
}

/// The lines and columns of the nodes numbered `nodes` (ascending, each once) in `text`, in
/// as few parses as it can; `None` for a number that no node has.
///
/// The text is parsed again, with the nodes counted in the order [`parse`] numbered them, and
/// at each node asked for the walk raises an error of its own, which serde_yaml marks with
/// the node's position. At a scalar the walk catches its error and goes on (serde_yaml is past
/// the scalar by then); at a collection it cannot, since serde_yaml would be left inside it,
/// so the parse ends there and another one looks for the nodes left. Problems almost always
/// point at scalars, so reporting costs one parse per spec, not one per problem: a 10 MB spec
/// takes seconds to parse in a debug build, where proc macros run by default.
pub(crate) fn locate(text: &str, nodes: &[usize]) -> Vec<Option<Pos>> {
    // A walk meets the nodes in ascending order and looks for them in that order.
    debug_assert!(
        nodes.is_sorted_by(|a, b| a < b),
        "the nodes to locate are ascending and distinct"
    );
    let mut found: Vec<Option<Pos>> = vec![None; nodes.len()];
    // `parse` accepted the text before any problem was found in it, but stay safe on any input.
    if super::depth::check(text).is_err() {
        return found;
    }
    loop {
        // The indices in `nodes` of those not found yet, and their numbers.
        let mut left: Vec<usize> = Vec::new();
        let mut wanted: Vec<usize> = Vec::new();
        for (i, pos) in found.iter().enumerate() {
            if pos.is_none() {
                left.push(i);
                wanted.push(nodes[i]);
            }
        }
        if left.is_empty() {
            break;
        }
        let walk = Walk {
            wanted,
            next: Cell::new(0),
            raised: Cell::new(None),
            found: Default::default(),
        };
        let read = Read {
            source: 0,
            count: Cell::new(0),
            goal: Goal::Find(&walk),
        };
        #[cfg(test)]
        WALKS.with(|walks| walks.set(walks.get() + 1));
        let result = Reader(&read).deserialize(serde_yaml::Deserializer::from_str(text));
        for (i, pos) in walk.found.take() {
            found[left[i]] = Some(pos);
        }
        // The walk stopped at a collection (or at the root): serde_yaml knows where.
        let stopped = match (result, walk.raised.get()) {
            (Err(err), Some((i, _))) => err.location().map(|at| (i, at)),
            _ => None,
        };
        match stopped {
            Some((i, at)) => {
                found[left[i]] = Some(Pos {
                    line: at.line(),
                    column: at.column(),
                });
            }
            // The walk went through the whole document.
            None => break,
        }
    }
    found
}

#[cfg(test)]
thread_local! {
    /// How many walks [`locate`] has started on this thread, for tests of its cost.
    pub(crate) static WALKS: Cell<usize> = const { Cell::new(0) };
}

/// The state of one walk of [`locate`].
struct Walk {
    /// The numbers of the nodes to find, ascending.
    wanted: Vec<usize>,
    /// The index in `wanted` of the next node to find.
    next: Cell<usize>,
    /// The index in `wanted` of the node whose error is on its way up, and whether that node
    /// is a scalar (whose error the walk catches).
    raised: Cell<Option<(usize, bool)>>,
    /// What was found: (index in `wanted`, place).
    found: std::cell::RefCell<Vec<(usize, Pos)>>,
}

/// The error the walk raises at a node it looks for.
const FOUND: &str = "\u{0}status-codes found the node\u{0}";

/// The place serde_yaml appended to our own error `marker`: `[path: ]marker[ at line L column C]`.
///
/// serde_yaml leaves the place out at line 1, column 1.
fn place_after(message: &str, marker: &str) -> Option<Pos> {
    let (_, rest) = message.split_once(marker)?;
    if rest.is_empty() {
        return Some(Pos { line: 1, column: 1 });
    }
    line_column(rest.strip_prefix(" at ")?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The number of every node of `text` and the text it starts with, in order.
    fn numbered(text: &str) -> Vec<(usize, Option<(usize, usize)>)> {
        let root = parse(text, 0).expect("valid YAML");
        let mut nodes = Vec::new();
        collect(&root, &mut nodes);
        let places = locate(text, &nodes);
        nodes
            .into_iter()
            .zip(places)
            .map(|(n, p)| (n, p.map(|p| (p.line, p.column))))
            .collect()
    }

    fn collect(node: &Node, out: &mut Vec<usize>) {
        out.push(node.mark.node);
        match &node.value {
            Value::Seq(items) => items.iter().for_each(|i| collect(i, out)),
            Value::Map(entries) => entries.iter().for_each(|(k, v)| {
                collect(k, out);
                collect(v, out);
            }),
            _ => {}
        }
    }

    #[test]
    fn locates_keys_values_items_and_collections() {
        let text = "codes:\n  404:\n    phrase: Not Found\n    aliases: [x, y]\n";
        assert_eq!(
            numbered(text),
            [
                (0, Some((1, 1))),
                (1, Some((1, 1))),
                (2, Some((2, 3))),
                (3, Some((2, 3))),
                (4, Some((3, 5))),
                (5, Some((3, 5))),
                (6, Some((3, 13))),
                (7, Some((4, 5))),
                (8, Some((4, 14))),
                (9, Some((4, 15))),
                (10, Some((4, 18))),
            ]
        );
    }

    #[test]
    fn locates_many_places_in_few_walks() {
        let text = "codes:\n  404: &e\n    phrase: Not Found\n    aliases: [x, y, z]\n    more: 1\n  \
                    410:\n    aliases: [z]\n    extra: *e\n";
        let before = WALKS.with(Cell::get);
        let all = numbered(text);
        let walks = WALKS.with(Cell::get) - before;
        // Every node of the file has a place; a node starts at its anchor, and an alias is
        // where its anchor is.
        assert!(all.iter().all(|(_, p)| p.is_some()), "{all:?}");
        assert_eq!(all[4], (4, Some((2, 8))));
        // One walk per collection asked for (it ends the parse), plus the last: the root, the
        // codes, 404 (and its copy under `extra`, each with its aliases), 410 and its aliases.
        let collections = 8;
        assert_eq!(walks, collections + 1);
        // Numbers that no node has are not found.
        let places = locate(text, &[5, 999]);
        assert_eq!(places, [Some(Pos { line: 3, column: 5 }), None]);
    }

    #[test]
    fn scalars_alone_take_one_walk() {
        let text = "codes:\n  404:\n    phrase: Not Found\n    reference: RFC 9110\n  410: x\n";
        let before = WALKS.with(Cell::get);
        let places = locate(text, &[3, 5, 7, 9]);
        assert_eq!(WALKS.with(Cell::get) - before, 1);
        let places: Vec<String> = places.iter().flatten().map(Pos::to_string).collect();
        assert_eq!(places, ["2:3", "3:5", "4:5", "5:3"]);
    }

    #[test]
    fn the_place_of_a_caught_error_is_read_after_the_marker() {
        assert_eq!(
            place_after(&format!("codes.404: {FOUND} at line 3 column 7"), FOUND),
            Some(Pos { line: 3, column: 7 })
        );
        assert_eq!(place_after(FOUND, FOUND), Some(Pos { line: 1, column: 1 }));
        assert_eq!(place_after("another error", FOUND), None);
    }
}
