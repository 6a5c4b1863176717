//! A spec's entries: the document's shape is checked and each code's fields are read into an
//! [`Entry`], in which every field is optional until the specs are merged.

use crate::cx::Ctxt;
use crate::fields::code_fields;
use crate::load::{Mark, Node, Value};
use crate::vocab::{Content, Registration, Retry};

use super::read::{self, Fields};
use super::{CODES, problems, rules, slot};
use crate::model::{HeaderRule, ProblemType};

/// The fields of a spec document.
pub(crate) const TOP_FIELDS: &[&str] = &["name", "description", "codes", "problems"];

/// A value and the node it was read from.
pub(crate) struct Field<T> {
    pub(crate) value: T,
    pub(crate) mark: Mark,
}

/// Builds [`Entry`], [`CODE_FIELDS`] and the reading of the fields from the field list.
macro_rules! entry_fields {
    ($($yaml:literal $field:ident: $ty:ty = $read:path => $kind:ident $(($default:expr))?;)*) => {
        /// What one spec says of one code; `None` where it says nothing.
        pub(crate) struct Entry {
            pub(crate) code: u16,
            /// The code's key in the spec.
            pub(crate) mark: Mark,
            /// Whether this entry replaces the same code of an earlier spec (`override: true`).
            pub(crate) replaces: bool,
            $(pub(crate) $field: Option<Field<$ty>>,)*
        }

        /// The fields of a code's entry.
        pub(crate) const CODE_FIELDS: &[&str] = &[$($yaml,)* "override"];

        /// Each field written, through its reader.
        fn read_fields(fields: &Fields<'_>, code: u16, mark: Mark, replaces: bool, cx: &mut Ctxt) -> Entry {
            Entry {
                code,
                mark,
                replaces,
                $($field: read_field(fields.get($yaml), $yaml, code, $read, cx),)*
            }
        }
    };
}

code_fields!(entry_fields);

/// A field of the entry of `code`, if written and valid, with its place.
fn read_field<T>(
    node: Option<&Node>,
    field: &str,
    code: u16,
    read: fn(&Node, &str, u16, &mut Ctxt) -> Option<T>,
    cx: &mut Ctxt,
) -> Option<Field<T>> {
    let node = node?;
    let value = read(node, field, code, cx)?;
    Some(Field {
        value,
        mark: node.mark,
    })
}

/// Reads one spec document into the entries of its codes and its problem types, in the order
/// written; an entry with a problem is reported and left out.
pub(super) fn read_spec(root: &Node, cx: &mut Ctxt) -> (Vec<Entry>, Vec<ProblemType>) {
    let Value::Map(entries) = &root.value else {
        let kind = root.kind();
        cx.at(
            root.mark,
            format!("a spec is a mapping with a `codes:` key, found {kind}"),
        );
        return (Vec::new(), Vec::new());
    };
    let mended = read::regroup(entries, TOP_FIELDS, "the spec", cx);
    let entries = mended.as_deref().unwrap_or(entries);
    let fields = Fields::read(entries, TOP_FIELDS, "the spec", cx);
    for key in ["name", "description"] {
        if let Some(value) = fields.get(key) {
            read::string(value, key, cx);
        }
    }
    let problems = match fields.get("problems") {
        Some(node) => problems::read(node, cx),
        None => Vec::new(),
    };
    (read_codes(root, &fields, cx), problems)
}

/// Reads the `codes` mapping of a spec.
fn read_codes(root: &Node, fields: &Fields<'_>, cx: &mut Ctxt) -> Vec<Entry> {
    let Some(codes) = fields.get("codes") else {
        if !fields.guessed.contains(&"codes") {
            cx.at(
                root.mark,
                "the spec has no `codes:` mapping; add `codes:` with one entry per status code",
            );
        }
        return Vec::new();
    };
    let Value::Map(entries) = &codes.value else {
        let kind = codes.kind();
        cx.at(
            codes.mark,
            format!("`codes` must map status codes to entries, found {kind}"),
        );
        return Vec::new();
    };
    if entries.is_empty() {
        cx.at(codes.mark, "`codes` is empty; add at least one status code");
    }
    // Where each code is first defined, by its slot.
    let mut seen: Vec<Option<Mark>> = vec![None; CODES];
    let mut read = Vec::with_capacity(entries.len());
    for (key, value) in entries {
        let Some(code) = status_code(key, cx) else {
            continue;
        };
        // A code is defined once per spec; YAML would silently keep the last one.
        if let Some(first) = seen[slot(code)] {
            cx.twice(key.mark, first, move |first| {
                format!("code {code} is defined twice (first {first}); remove one of them")
            });
            continue;
        }
        seen[slot(code)] = Some(key.mark);
        if let Some(entry) = read_entry(code, key.mark, value, cx) {
            read.push(entry);
        }
    }
    read
}

/// Reads the key of a `codes` entry as a status code.
fn status_code(key: &Node, cx: &mut Ctxt) -> Option<u16> {
    let value = match &key.value {
        Value::Int(n) => *n,
        Value::Str(s) if !s.is_empty() && rules::only(s, |b| b.is_ascii_digit()) => {
            if !rules::no_leading_zero(s, key.mark, cx) {
                return None;
            }
            s.parse::<i128>().unwrap_or(i128::MAX)
        }
        _ => {
            let kind = key.kind();
            cx.at(
                key.mark,
                format!("a status code is a number from 100 to 999, found {kind}"),
            );
            return None;
        }
    };
    rules::code_in_range(value, key.mark, cx)
}

/// Reads the fields of one code; `None` when one of them has a problem.
fn read_entry(code: u16, mark: Mark, node: &Node, cx: &mut Ctxt) -> Option<Entry> {
    let Value::Map(entries) = &node.value else {
        let kind = node.kind();
        cx.at(
            mark,
            format!("code {code} needs a mapping with at least `phrase`, `description` and `reference`, found {kind}"),
        );
        return None;
    };
    let before = cx.count();
    let what = format!("code {code}");
    let mended = read::regroup(entries, CODE_FIELDS, &what, cx);
    let entries = mended.as_deref().unwrap_or(entries);
    let fields = Fields::read(entries, CODE_FIELDS, &what, cx);
    let replaces = fields
        .get("override")
        .and_then(|n| read::boolean(n, "override", code, cx))
        == Some(true);
    let mut entry = read_fields(&fields, code, mark, replaces, cx);
    let given = fields.given();
    let no_english = fields.get("description").is_some_and(
        |d| matches!(&d.value, Value::Map(m) if !m.iter().any(|(k, _)| k.as_str() == Some("en"))),
    );
    rules::entry(&mut entry, &given, no_english, cx);
    (cx.count() == before).then_some(entry)
}
