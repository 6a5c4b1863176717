//! A property test of the loader, validator, locator and expansion: random YAML, random specs
//! and mutated copies of the IANA spec go in, and every stage returns a result, never panics.
//!
//! It runs a bounded number of cases so that CI stays fast (a few seconds in a debug build).
//! For a longer run, set `PROPTEST_CASES`, which replaces each property's count:
//! `PROPTEST_CASES=20000 cargo test -p status-macros-core --release fuzz`.
//! A failing case is saved under `status-macros-core/proptest-regressions/` and tried first on the
//! next run; commit that file with the fix.

use proc_macro2::Span;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config;
use serde_yaml::{Mapping, Value};

use super::{expand_text, units};
use crate::cx::Ctxt;
use crate::load::{self, Node};
use crate::model::{Spec, SpecName};
use crate::report;
use crate::sources::Sources;
use crate::valid;

/// The IANA spec, the starting point of the mutations.
const IANA: &str = include_str!("../../spec/iana.yaml");

/// Keys that are not field names of the format: language tags, a header, near misses.
const OTHER_KEYS: &[&str] = &[
    "en",
    "zh",
    "pt-BR",
    "Retry-After",
    "phrse",
    "Codes",
    "404",
    "99",
    "1000",
    "",
    "_",
    "Unknown",
    "self",
];

/// Every field name of the format, then the other keys.
fn keys() -> Vec<&'static str> {
    let fields = valid::TOP_FIELDS.iter().chain(valid::CODE_FIELDS);
    fields.chain(OTHER_KEYS).copied().collect()
}

/// YAML values of every kind, as they would follow `key: `.
const VALUES: &[&str] = &[
    "",
    "~",
    "null",
    "true",
    "no",
    "12",
    "404",
    "-1",
    "4.5",
    "1e400",
    ".nan",
    "0x194",
    "0o777",
    "99999999999999999999999999999999999999999",
    "[1, 2]",
    "[]",
    "{}",
    "{a: b}",
    "{en: x}",
    "[x, [y, [z]]]",
    "'quoted'",
    "\"dq \\u00e9 \\L\"",
    "&a x",
    "*a",
    "!t x",
    "!!str 404",
    "|\n  block",
    ">-",
    "- x",
    "? x",
    ": x",
    "é",
    "\t",
    "permanent",
    "must",
    "after",
    "none",
    "https://example.com",
    "RFC 9110, Section 15.5.5",
    "Not Found",
    "I'm a teapot",
    "--- x",
    "...",
    "%YAML 1.2",
    "# comment",
];

/// Fragments that random YAML text is made of.
const FRAGMENTS: &[&str] = &[
    "codes:",
    "\n",
    "  ",
    "    ",
    "404:",
    "phrase:",
    "description:",
    "en:",
    "reference:",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    ": ",
    "- ",
    "? ",
    "&a ",
    "*a",
    "!t ",
    "!<x> ",
    "'",
    "\"",
    "\\",
    "#",
    " #",
    "|",
    ">",
    "---",
    "...",
    "%TAG ! x\n",
    "\t",
    "\r",
    "é",
    "需要",
    "\u{feff}",
    "\u{2028}",
    "\u{85}",
    "x",
    "Not Found",
    "100",
    "999",
    "1000",
    "true",
    "~",
    "0x1",
    "\0",
];

/// The number of cases, unless `PROPTEST_CASES` says otherwise.
pub(crate) fn cases(default: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default);
    Config {
        cases,
        ..Config::default()
    }
}

/// Runs every stage on `text` and checks what must hold whatever the input.
fn check_text(text: &str) -> Result<(), TestCaseError> {
    let tree = match load::parse(load::YAML, text, 0) {
        Ok(tree) => tree,
        // Refused: a message is all there is to check.
        Err(err) => {
            prop_assert!(!err.message.is_empty());
            return Ok(());
        }
    };
    // The tree stays within the loader's budget; without aliases, within half of it.
    let size = units(&tree);
    prop_assert!(size <= 4 * text.len() + (1 << 20));
    if !text.contains('*') {
        prop_assert!(
            size <= 2 * text.len() + 8,
            "{size} units from {} bytes",
            text.len()
        );
    }

    // The locator counts the nodes as the parser numbered them: every scalar, and the first
    // few collections (each ends a walk), has a place.
    let (mut scalars, mut collections) = (Vec::new(), Vec::new());
    nodes(&tree, &mut scalars, &mut collections);
    collections.truncate(8);
    for wanted in [&scalars, &collections] {
        let places = (load::YAML.locate)(text, wanted);
        for (node, place) in wanted.iter().zip(&places) {
            prop_assert!(place.is_some(), "no place for node {node}");
        }
    }

    // Every problem is reported with the file, line and column.
    let (mut cx, mut sources) = (Ctxt::default(), Sources::default());
    sources.add(report::test_source("spec.yaml", text), Span::call_site());
    let (codes, problem_types) = valid::check(std::slice::from_ref(&tree), &sources, &mut cx);
    let problems = cx.count();
    let report = cx.finish(&sources);
    prop_assert_eq!(report.is_some(), problems > 0);
    for message in report.into_iter().flatten().map(|err| err.to_string()) {
        if message.contains(" more problems not shown; ") {
            continue;
        }
        let place = message.strip_prefix("spec.yaml:").unwrap_or_default();
        let mut numbers = place.splitn(3, ':').take(2);
        let located = numbers.all(|n| n.parse::<usize>().is_ok());
        prop_assert!(located, "no place in {message:?}");
    }

    // What survived validation expands.
    let spec = Spec {
        sources: vec![SpecName {
            spec: "spec.yaml".to_owned(),
            builtin: false,
        }],
        codes,
        problems: problem_types,
    };
    let expanded = expand_text(&spec);
    prop_assert!(expanded.contains("enum Hostile"));
    Ok(())
}

/// The numbers of the scalar nodes and of the collections of a tree.
fn nodes(node: &Node, scalars: &mut Vec<usize>, collections: &mut Vec<usize>) {
    match &node.value {
        load::Value::Seq(items) => {
            collections.push(node.mark.node);
            items.iter().for_each(|i| nodes(i, scalars, collections));
        }
        load::Value::Map(entries) => {
            collections.push(node.mark.node);
            for (key, value) in entries {
                nodes(key, scalars, collections);
                nodes(value, scalars, collections);
            }
        }
        _ => scalars.push(node.mark.node),
    }
}

/// Decodes the bytes as `read_file` does, then runs every stage.
fn check_bytes(bytes: &[u8]) -> Result<(), TestCaseError> {
    match load::decode(bytes.to_vec()) {
        Ok(text) => check_text(&text),
        Err(err) => {
            prop_assert!(err.pos.is_some());
            Ok(())
        }
    }
}

/// One change to a spec's text.
#[derive(Clone, Debug)]
enum Mutation {
    /// Deletes bytes, possibly in the middle of a character.
    DeleteBytes(Index, usize),
    /// Deletes characters.
    Delete(Index, usize),
    /// Writes a stretch of text twice.
    Duplicate(Index, usize),
    /// Swaps two stretches of text.
    Swap(Index, Index, usize),
    /// Swaps two lines.
    SwapLines(Index, Index),
    /// Reverses the order of a run of lines.
    ReverseLines(Index, usize),
    /// Renames the key of a `key: value` line.
    RenameKey(Index, &'static str),
    /// Replaces the value of a `key: value` line with one of another kind.
    ReplaceValue(Index, &'static str),
    /// Inserts a fragment.
    Insert(Index, &'static str),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let key = prop::sample::select(keys());
    let value = prop::sample::select(VALUES);
    let fragment = prop::sample::select(FRAGMENTS);
    prop_oneof![
        (any::<Index>(), 1..8usize).prop_map(|(at, n)| Mutation::DeleteBytes(at, n)),
        (any::<Index>(), 1..400usize).prop_map(|(at, n)| Mutation::Delete(at, n)),
        (any::<Index>(), 1..400usize).prop_map(|(at, n)| Mutation::Duplicate(at, n)),
        (any::<Index>(), any::<Index>(), 1..200usize).prop_map(|(a, b, n)| Mutation::Swap(a, b, n)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (any::<Index>(), 2..30usize).prop_map(|(at, n)| Mutation::ReverseLines(at, n)),
        (any::<Index>(), key).prop_map(|(at, k)| Mutation::RenameKey(at, k)),
        (any::<Index>(), value).prop_map(|(at, v)| Mutation::ReplaceValue(at, v)),
        (any::<Index>(), fragment).prop_map(|(at, f)| Mutation::Insert(at, f)),
    ]
}

/// The character boundary at or before `at`.
fn boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &mut Vec<u8>, mutation: &Mutation) {
    // Byte deletion may leave invalid UTF-8; every other change keeps characters whole.
    if let Mutation::DeleteBytes(at, n) = mutation {
        if !text.is_empty() {
            let start = at.index(text.len());
            text.drain(start..(start + n).min(text.len()));
        }
        return;
    }
    let Ok(s) = String::from_utf8(text.clone()) else {
        return;
    };
    let span = |at: &Index, n: usize| {
        let start = boundary(&s, at.index(s.len() + 1));
        (start, boundary(&s, start + n))
    };
    let mut lines: Vec<&str> = s.split_inclusive('\n').collect();
    let with_colon: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].contains(": ") || lines[i].trim_end().ends_with(':'))
        .collect();
    let out = match mutation {
        Mutation::DeleteBytes(..) => return,
        Mutation::Delete(at, n) => {
            let (start, end) = span(at, *n);
            format!("{}{}", &s[..start], &s[end..])
        }
        Mutation::Duplicate(at, n) => {
            let (start, end) = span(at, *n);
            format!("{}{}", &s[..end], &s[start..])
        }
        Mutation::Swap(a, b, n) => {
            let (a, b) = (span(a, *n), span(b, *n));
            let (first, second) = if a.0 <= b.0 { (a, b) } else { (b, a) };
            if first.1 > second.0 {
                return;
            }
            format!(
                "{}{}{}{}{}",
                &s[..first.0],
                &s[second.0..second.1],
                &s[first.1..second.0],
                &s[first.0..first.1],
                &s[second.1..]
            )
        }
        Mutation::SwapLines(a, b) => {
            if lines.is_empty() {
                return;
            }
            let (a, b) = (a.index(lines.len()), b.index(lines.len()));
            lines.swap(a, b);
            lines.concat()
        }
        Mutation::ReverseLines(at, n) => {
            if lines.is_empty() {
                return;
            }
            let start = at.index(lines.len());
            let end = (start + n).min(lines.len());
            lines[start..end].reverse();
            lines.concat()
        }
        Mutation::RenameKey(at, key) | Mutation::ReplaceValue(at, key) => {
            if with_colon.is_empty() {
                return;
            }
            let i = with_colon[at.index(with_colon.len())];
            let line = lines[i];
            let indent = line.len() - line.trim_start().len();
            let colon = line.find(':').unwrap_or(line.len());
            let new = match mutation {
                Mutation::RenameKey(..) => {
                    format!("{}{key}{}", &line[..indent], &line[colon.max(indent)..])
                }
                _ => format!("{}: {key}\n", &line[..colon]),
            };
            let mut owned: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
            owned[i] = new;
            owned.concat()
        }
        Mutation::Insert(at, fragment) => {
            let at = boundary(&s, at.index(s.len() + 1));
            format!("{}{fragment}{}", &s[..at], &s[at..])
        }
    };
    *text = out.into_bytes();
}

/// A random scalar.
fn scalar() -> impl Strategy<Value = Value> + Clone {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-2000i64..2000).prop_map(|n| Value::Number(n.into())),
        any::<f64>().prop_map(|f| Value::Number(f.into())),
        prop::sample::select(VALUES).prop_map(|s| Value::String(s.to_owned())),
        "[ -~]{0,12}".prop_map(Value::String),
        any::<String>().prop_map(Value::String),
    ]
}

/// A random YAML value, keys from the format's vocabulary.
fn value() -> impl Strategy<Value = Value> {
    scalar().prop_recursive(4, 48, 6, |inner| {
        // Keys are scalars or lists: serde_yaml cannot write a mapping as a key.
        let key = prop_oneof![
            prop::sample::select(keys()).prop_map(|k| Value::String(k.to_owned())),
            (0u64..1200).prop_map(|n| Value::Number(n.into())),
            scalar(),
            prop::collection::vec(scalar(), 0..3).prop_map(Value::Sequence),
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Sequence),
            prop::collection::vec((key, inner), 0..6)
                .prop_map(|entries| Value::Mapping(entries.into_iter().collect())),
        ]
    })
}

/// A random spec: a `codes` mapping of code-like keys to entries with the format's fields.
fn spec() -> impl Strategy<Value = Value> {
    let field = (prop::sample::select(keys()), value());
    let entry = prop_oneof![
        4 => prop::collection::vec(field, 0..8).prop_map(|fields| {
            Value::Mapping(
                fields
                    .into_iter()
                    .map(|(k, v)| (Value::String(k.to_owned()), v))
                    .collect(),
            )
        }),
        1 => value(),
    ];
    let code = prop_oneof![
        (90u64..1010).prop_map(|n| Value::Number(n.into())),
        (100u64..1000).prop_map(|n| Value::String(n.to_string())),
        scalar(),
    ];
    (
        prop::collection::vec((code, entry), 0..12),
        prop::option::of(value()),
    )
        .prop_map(|(codes, name)| {
            let mut root = Mapping::new();
            if let Some(name) = name {
                root.insert(Value::String("name".into()), name);
            }
            root.insert(
                Value::String("codes".into()),
                Value::Mapping(codes.into_iter().collect()),
            );
            Value::Mapping(root)
        })
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn mutated_iana_spec(mutations in prop::collection::vec(mutation(), 1..5)) {
        let mut text = IANA.as_bytes().to_vec();
        for mutation in &mutations {
            apply(&mut text, mutation);
        }
        check_bytes(&text)?;
    }

    #[test]
    fn random_specs(spec in spec()) {
        let text = serde_yaml::to_string(&spec).expect("a YAML value serializes");
        check_text(&text)?;
    }
}

proptest! {
    #![proptest_config(cases(1024))]

    #[test]
    fn random_yaml_text(fragments in prop::collection::vec(prop::sample::select(FRAGMENTS), 0..80)) {
        check_text(&fragments.concat())?;
    }

    #[test]
    fn random_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        check_bytes(&bytes)?;
    }
}

#[test]
fn the_unchanged_spec_passes_every_check() {
    // The properties hold on the real spec, with no problems to locate.
    check_text(IANA).expect("the IANA spec passes");
}

#[test]
fn a_phrase_without_letters_is_an_error_not_a_panic() {
    // Found by `mutated_iana_spec`: the phrase `...` made an empty variant name, which
    // passed validation and made the expansion panic.
    let built = super::build(
        "phrase-without-letters",
        "codes:\n  404:\n    phrase: ...\n    description:\n      en: d\n    reference: R\n",
    );
    assert_eq!(
        built.messages,
        [
            "spec.yaml:3:13: the phrase \"...\" has no letters or digits to make a variant name of; add `name:` with a Rust identifier"
        ]
    );
    assert!(built.spec.codes.is_empty());
    check_text("codes:\n  404:\n    phrase: ...\n").expect("no panic");
}
