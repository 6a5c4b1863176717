//! The JSON Schema of the spec format, `spec/status-spec.schema.json`: every shipped spec
//! matches it, and it accepts exactly the specs that the validator accepts.
//!
//! The schema cannot see what JSON cannot hold or compare, and the macro checks that alone: a
//! code or field written twice (JSON keeps one), two header names that differ only in case,
//! a number used as a header name (`200: may`; JSON keys are all strings), variant names used
//! twice, and `override` across specs. The generator of the agreement test leaves those out.

use std::path::Path;
use std::sync::OnceLock;

use boon::{Compiler, SchemaIndex, Schemas};
use proptest::prelude::*;
use serde_json::Value as Json;
use serde_yaml::Value as Yaml;

use proc_macro2::Span;

use crate::cx::Ctxt;
use crate::load;
use crate::report;
use crate::sources::Sources;
use crate::valid;

/// The schema's text, as shipped.
const SCHEMA: &str = include_str!("../../spec/status-spec.schema.json");

/// The schema, compiled once (compiling also checks it against the draft-07 meta-schema).
fn schema() -> &'static (Schemas, SchemaIndex) {
    static SCHEMA_COMPILED: OnceLock<(Schemas, SchemaIndex)> = OnceLock::new();
    SCHEMA_COMPILED.get_or_init(|| {
        let json: Json = serde_json::from_str(SCHEMA).expect("the schema is JSON");
        let location = Path::new(env!("CARGO_MANIFEST_DIR")).join("spec/status-spec.schema.json");
        let location = location.to_str().expect("a UTF-8 path");
        let mut compiler = Compiler::new();
        compiler
            .add_resource(location, json)
            .expect("a valid location");
        let mut schemas = Schemas::new();
        let index = compiler
            .compile(location, &mut schemas)
            .unwrap_or_else(|err| panic!("the schema compiles: {err:#}"));
        (schemas, index)
    })
}

/// The schema's verdict on a spec's YAML text; `None` when JSON cannot hold the document.
fn schema_accepts(text: &str) -> Option<Result<(), String>> {
    let yaml: Yaml = serde_yaml::from_str(text).ok()?;
    let json = to_json(&yaml)?;
    let (schemas, index) = schema();
    Some(
        schemas
            .validate(&json, *index)
            .map_err(|err| format!("{err:#}")),
    )
}

/// The validator's verdict on a spec's YAML text: its problems, if any.
fn macro_accepts(text: &str) -> Result<(), Vec<String>> {
    let tree = load::parse(load::YAML, text, 0).map_err(|err| vec![err.message])?;
    let (mut cx, mut sources) = (Ctxt::default(), Sources::default());
    sources.add(report::test_source("spec.yaml", text), Span::call_site());
    valid::check_one(&tree, &mut cx);
    match cx.finish(&sources) {
        None => Ok(()),
        Some(err) => Err(err.into_iter().map(|e| e.to_string()).collect()),
    }
}

/// The JSON an editor's YAML language server checks: keys become strings as written.
fn to_json(yaml: &Yaml) -> Option<Json> {
    Some(match yaml {
        Yaml::Null => Json::Null,
        Yaml::Bool(b) => Json::Bool(*b),
        Yaml::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => Json::from(i),
            (_, Some(u), _) => Json::from(u),
            (_, _, Some(f)) => Json::from(serde_json::Number::from_f64(f)?),
            _ => return None,
        },
        Yaml::String(s) => Json::String(s.clone()),
        Yaml::Sequence(items) => Json::Array(items.iter().map(to_json).collect::<Option<_>>()?),
        Yaml::Mapping(entries) => {
            let mut map = serde_json::Map::new();
            for (key, value) in entries {
                let key = match key {
                    Yaml::String(s) => s.clone(),
                    Yaml::Number(n) => n.to_string(),
                    Yaml::Bool(b) => b.to_string(),
                    Yaml::Null => "null".to_owned(),
                    _ => return None,
                };
                map.insert(key, to_json(value)?);
            }
            Json::Object(map)
        }
        Yaml::Tagged(_) => return None,
    })
}

#[test]
fn every_shipped_spec_matches_the_schema() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut checked = Vec::new();
    for dir in ["spec", "tests/specs"] {
        let entries = std::fs::read_dir(root.join(dir)).expect("the folder exists");
        for entry in entries {
            let path = entry.expect("a folder entry").path();
            if path.extension().is_none_or(|e| e != "yaml") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("a UTF-8 spec");
            let verdict = schema_accepts(&text).expect("JSON can hold a shipped spec");
            assert_eq!(verdict, Ok(()), "{}", path.display());
            assert_eq!(macro_accepts(&text), Ok(()), "{}", path.display());
            // The first line points editors at the schema, by a path that leads to it.
            let modeline = text.lines().next().unwrap_or_default();
            let schema = modeline
                .strip_prefix("# yaml-language-server: $schema=")
                .unwrap_or_else(|| panic!("{} does not name the schema", path.display()));
            let schema = path.parent().expect("a folder").join(schema);
            assert_eq!(
                std::fs::read_to_string(&schema).ok().as_deref(),
                Some(SCHEMA),
                "{} names {}",
                path.display(),
                schema.display()
            );
            checked.push(path);
        }
    }
    assert!(checked.len() >= 2, "{checked:?}");
}

/// A small spec around one code entry, indented for `codes:`.
fn one_code(code: &str, fields: &str) -> String {
    let mut text = format!("codes:\n  {code}:\n");
    for line in fields.lines() {
        text.push_str("    ");
        text.push_str(line);
        text.push('\n');
    }
    text
}

/// A spec of one good code and one problem type, `name`, with `fields`.
fn with_problem(name: &str, fields: &str) -> String {
    let mut text = format!("{}problems:\n  {name}:\n", one_code("409", GOOD));
    for line in fields.lines() {
        text.push_str("    ");
        text.push_str(line);
        text.push('\n');
    }
    text
}

const GOOD: &str = "phrase: Not Found\ndescription: {en: d}\nreference: RFC 9110";

#[test]
fn schema_and_macro_reject_the_same_mistakes() {
    let mistakes = [
        ("not a mapping", "- a\n".to_owned()),
        ("no codes", "name: x\n".to_owned()),
        ("empty codes", "codes: {}\n".to_owned()),
        (
            "unknown top field",
            format!("nme: x\n{}", one_code("404", GOOD)),
        ),
        (
            "empty name",
            format!("name: ' '\n{}", one_code("404", GOOD)),
        ),
        ("code out of range", one_code("1000", GOOD)),
        ("code too small", one_code("99", GOOD)),
        ("code not a number", one_code("abc", GOOD)),
        ("entry not a mapping", "codes:\n  404: x\n".to_owned()),
        (
            "missing phrase",
            one_code("404", "description: {en: d}\nreference: R"),
        ),
        (
            "missing description",
            one_code("404", "phrase: Not Found\nreference: R"),
        ),
        (
            "missing reference",
            one_code("404", "phrase: Not Found\ndescription: {en: d}"),
        ),
        (
            "unknown field",
            one_code("404", &format!("{GOOD}\nphrse: x")),
        ),
        (
            "phrase not ASCII",
            one_code(
                "404",
                "phrase: Nicht gefündet\ndescription: {en: d}\nreference: R",
            ),
        ),
        (
            "phrase with outer space",
            one_code(
                "404",
                "phrase: 'Not Found '\ndescription: {en: d}\nreference: R",
            ),
        ),
        (
            "phrase makes no name",
            one_code(
                "404",
                "phrase: 404 Error\ndescription: {en: d}\nreference: R",
            ),
        ),
        (
            "phrase makes a keyword",
            one_code("404", "phrase: SELF\ndescription: {en: d}\nreference: R"),
        ),
        (
            "phrase makes Unknown",
            one_code(
                "404",
                "phrase: (unknown)\ndescription: {en: d}\nreference: R",
            ),
        ),
        (
            "name is a keyword",
            one_code("404", &format!("{GOOD}\nname: fn")),
        ),
        (
            "name starts with __",
            one_code("404", &format!("{GOOD}\nname: __x")),
        ),
        (
            "name not an identifier",
            one_code("404", &format!("{GOOD}\nname: not-found")),
        ),
        (
            "description without en",
            one_code(
                "404",
                "phrase: Not Found\ndescription: {zh: x}\nreference: R",
            ),
        ),
        (
            "description a string",
            one_code("404", "phrase: Not Found\ndescription: d\nreference: R"),
        ),
        (
            "bad language tag",
            one_code("404", &format!("{GOOD}\ntitle: {{Chinese: x}}")),
        ),
        (
            "empty title",
            one_code("404", &format!("{GOOD}\ntitle: {{zh: ''}}")),
        ),
        (
            "alias not a string",
            one_code("404", &format!("{GOOD}\naliases: [1]")),
        ),
        (
            "link not http",
            one_code("404", &format!("{GOOD}\nlink: ftp://x")),
        ),
        (
            "unknown status",
            one_code("404", &format!("{GOOD}\nstatus: retired")),
        ),
        (
            "cacheable not a boolean",
            one_code("404", &format!("{GOOD}\ncacheable: 'yes'")),
        ),
        (
            "unknown content",
            one_code("404", &format!("{GOOD}\ncontent: some")),
        ),
        (
            "1xx with content",
            one_code("100", &format!("{GOOD}\ncontent: allowed")),
        ),
        (
            "bad header name",
            one_code("404", &format!("{GOOD}\nheaders: {{'Retry After': may}}")),
        ),
        (
            "bad header level",
            one_code("404", &format!("{GOOD}\nheaders: {{Location: sometimes}}")),
        ),
        (
            "header condition without level",
            one_code(
                "304",
                &format!("{GOOD}\nheaders: {{Date: {{if: sent-in-200}}}}"),
            ),
        ),
        (
            "unknown header condition",
            one_code(
                "304",
                &format!("{GOOD}\nheaders: {{Date: {{level: must, if: sometimes}}}}"),
            ),
        ),
        (
            "unknown field in a header level",
            one_code(
                "304",
                &format!("{GOOD}\nheaders: {{Date: {{level: must, when: sent-in-200}}}}"),
            ),
        ),
        (
            "header level a list",
            one_code("304", &format!("{GOOD}\nheaders: {{Date: [must]}}")),
        ),
        (
            "retry on a success",
            one_code("200", &format!("{GOOD}\nretry: may")),
        ),
        (
            "unknown retry",
            one_code("503", &format!("{GOOD}\nretry: later")),
        ),
        (
            "bad key",
            one_code("404", &format!("{GOOD}\nkey: Not-Found")),
        ),
        (
            "override not a boolean",
            one_code("404", &format!("{GOOD}\noverride: 1")),
        ),
        (
            "problem without status",
            with_problem("p", "title: {en: t}"),
        ),
        ("problem without title", with_problem("p", "status: 409")),
        (
            "problem title without en",
            with_problem("p", "status: 409\ntitle: {zh: t}"),
        ),
        (
            "problem status not an error",
            with_problem("p", "status: 200\ntitle: {en: t}"),
        ),
        (
            "problem status quoted",
            with_problem("p", "status: '409'\ntitle: {en: t}"),
        ),
        (
            "problem type not a URI",
            with_problem("p", "status: 409\ntype: a b\ntitle: {en: t}"),
        ),
        (
            "problem template with a bad placeholder",
            with_problem("p", "status: 409\ntitle: {en: t}\ndetail: {en: 'a {b c}'}"),
        ),
        (
            "problem template with a lone brace",
            with_problem("p", "status: 409\ntitle: {en: t}\ndetail: {en: 'a } b'}"),
        ),
        (
            "problem detail without en",
            with_problem("p", "status: 409\ntitle: {en: t}\ndetail: {zh: x}"),
        ),
        (
            "problem name not a word",
            with_problem("Bad", "status: 409\ntitle: {en: t}"),
        ),
        (
            "problem name a number",
            with_problem("404", "status: 409\ntitle: {en: t}"),
        ),
        (
            "unknown problem field",
            with_problem("p", "status: 409\ntitle: {en: t}\ndetials: {en: x}"),
        ),
        (
            "problems not a mapping",
            format!("{}problems: [p]\n", one_code("404", GOOD)),
        ),
    ];
    for (mistake, text) in &mistakes {
        assert!(
            macro_accepts(text).is_err(),
            "the macro accepts {mistake}:\n{text}"
        );
        let verdict = schema_accepts(text).expect("JSON can hold it");
        assert!(verdict.is_err(), "the schema accepts {mistake}:\n{text}");
    }

    let fine = [
        one_code("404", GOOD),
        one_code("100", &format!("{GOOD}\ncontent: none")),
        one_code(
            "599",
            &format!("{GOOD}\nretry: after\nheaders: {{Retry-After: should}}"),
        ),
        one_code(
            "206",
            &format!(
                "{GOOD}\nheaders: {{Content-Range: {{level: must, if: single-part}}, Vary: {{level: should}}}}"
            ),
        ),
        one_code(
            "404",
            "phrase: 404 Error\nname: Error404\ndescription: {en: d}\nreference: R",
        ),
        one_code(
            "418",
            "phrase: I'm a teapot\ndescription: {en: d, zh-Hant: x}\nreference: R\ntitle: {}\naliases: []",
        ),
        format!(
            "name: payments\ndescription: d\n{}",
            one_code(
                "460",
                &format!(
                    "{GOOD}\nkey: card.declined-2\nlink: https://x\nstatus: unofficial\ncacheable: true\noverride: false"
                )
            )
        ),
    ];
    let fine = fine.into_iter().chain([with_problem(
        "out-of-stock",
        "status: 409\ntype: https://shop.example/p/oos\ntitle: {en: Out of stock, zh: 库存不足}\ndetail: {en: 'Only {available} of {0} {{left}}.', zh: '{sku}'}",
    )]);
    for text in &fine.collect::<Vec<_>>() {
        assert_eq!(macro_accepts(text), Ok(()), "{text}");
        assert_eq!(schema_accepts(text), Some(Ok(())), "{text}");
    }
}

/// Every field the macro reads is in the JSON Schema, in the spec format's description and in
/// the lists of values below, which the property test tries; and the schema has no field the
/// macro does not read. A new line in `fields.rs` fails here until all three know it.
#[test]
fn every_field_the_macro_reads_is_described_and_tried() {
    const SPEC_FORMAT: &str = include_str!("../../../status-codes/src/spec_format.md");
    let schema: Json = serde_json::from_str(SCHEMA).expect("the schema is JSON");
    let sorted = |names: &mut dyn Iterator<Item = &str>| {
        let mut names: Vec<String> = names.map(str::to_owned).collect();
        names.sort();
        names
    };
    let in_schema = |pointer: &str| {
        let properties = schema.pointer(pointer).and_then(Json::as_object);
        sorted(
            &mut properties
                .into_iter()
                .flat_map(|map| map.keys().map(String::as_str)),
        )
    };
    let lists: [(&str, &[&str], Values); 3] = [
        ("/properties", valid::TOP_FIELDS, &[]),
        ("/definitions/code/properties", valid::CODE_FIELDS, FIELDS),
        (
            "/definitions/problem/properties",
            valid::PROBLEM_FIELDS,
            PROBLEM_FIELDS,
        ),
    ];
    for (pointer, read, tried) in lists {
        assert_eq!(
            in_schema(pointer),
            sorted(&mut read.iter().copied()),
            "the schema's {pointer} and the fields the macro reads"
        );
        for field in read {
            assert!(
                SPEC_FORMAT.contains(&format!("`{field}`")),
                "spec_format.md does not describe `{field}`"
            );
            assert!(
                tried.is_empty()
                    || tried
                        .iter()
                        .any(|(name, good, _)| name == field && !good.is_empty()),
                "`{field}` has no right values in this file's lists, so the property test never writes it"
            );
        }
    }
}

/// Each field with values as YAML: right ones, then wrong ones.
type Values = &'static [(
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
)];

/// Values for each field of a code.
const FIELDS: Values = &[
    (
        "phrase",
        &[
            "Not Found",
            "OK",
            "I'm a teapot",
            "URI Too Long",
            "(Unused)",
            "Sel f",
        ],
        &[
            "404 Error",
            "...",
            "self",
            "Sel'f",
            "Unknown",
            "unknown'",
            "'x '",
            "' x'",
            "é",
            "\"a\\tb\"",
            "''",
            "~",
            "12",
            "[a]",
            "{a: b}",
            "true",
        ],
    ),
    (
        "name",
        &["NotFound", "_x", "x1", "Error404"],
        &[
            "__x", "_", "Self", "self", "Unknown", "fn", "1x", "a-b", "''", "~", "12", "[a]",
            "Über",
        ],
    ),
    (
        "aliases",
        &["[]", "[a, b]", "[Payload Too Large]"],
        &["[a, ~]", "[a, 1]", "a", "~", "['  ']", "{a: b}"],
    ),
    (
        "title",
        &[
            "{zh: x}",
            "{}",
            "{en: x}",
            "{zh-Hant: x}",
            "{pt-BR: x, ja: y}",
        ],
        &[
            "{EN: x}", "{zh: ~}", "{e: x}", "{zh-: x}", "x", "~", "[a]", "{12: x}",
        ],
    ),
    (
        "description",
        &["{en: d}", "{en: d, zh: x}"],
        &[
            "{zh: x}",
            "{}",
            "d",
            "~",
            "{en: ~}",
            "{en: '  '}",
            "{en: d, 12: x}",
            "{en: d, xx-toolongtag: y}",
        ],
    ),
    ("reference", &["RFC 9110", "x"], &["~", "''", "12", "[a]"]),
    (
        "link",
        &["https://example.com", "http://x"],
        &["ftp://x", "x", "~", "12"],
    ),
    (
        "status",
        &[
            "permanent",
            "temporary",
            "reserved",
            "obsolete",
            "deprecated",
            "unofficial",
        ],
        &["Permanent", "x", "~", "1"],
    ),
    (
        "cacheable",
        &["true", "false"],
        &["yes", "~", "1", "'true'"],
    ),
    ("content", &["allowed", "empty", "none"], &["x", "~"]),
    (
        "headers",
        &[
            "{}",
            "{Location: should}",
            "{Retry-After: may, Location: must}",
            "{Date: {level: must, if: sent-in-200}}",
            "{Retry-After: {level: should, if: temporary}, Location: may}",
        ],
        &[
            "{Location: x}",
            "{Date: {level: must, if: x}}",
            "{Date: {if: temporary}}",
            "{Date: {level: must, iff: temporary}}",
            "{Date: {level: ~}}",
            "{Date: [must]}",
            "{'Bad Header': may}",
            "{'X(y)': may}",
            "x",
            "~",
            "{Location: ~}",
            "[a]",
        ],
    ),
    ("retry", &["never", "may", "after"], &["x", "~"]),
    (
        "key",
        &["payment_required", "a.b-c"],
        &["A", "a b", "''", "~", "1", "'1'"],
    ),
    (
        "problem",
        &[
            "https://example.com/problems/card-declined",
            "urn:problem-type:x",
            "tag:a+b",
        ],
        &[
            "x",
            "~",
            "''",
            "12",
            "'https://a b'",
            "'1http://x'",
            "':x'",
            "'a:'",
            "'a:é'",
        ],
    ),
    ("override", &["true", "false"], &["x", "~"]),
    ("phrse", &[], &["x"]),
];

/// The fields of a problem type, each with right and wrong values.
const PROBLEM_FIELDS: Values = &[
    (
        "status",
        &["409", "404", "503"],
        &["200", "600", "'409'", "x", "~"],
    ),
    (
        "type",
        &["https://example.com/p", "urn:x:y"],
        &["not a uri", "~", "1"],
    ),
    (
        "title",
        &["{en: Out of stock}", "{en: x, zh: 库存不足}"],
        &["{zh: 库存不足}", "x", "{en: ''}", "{EN: x}"],
    ),
    (
        "detail",
        &[
            "{en: 'Only {n} left.'}",
            "{en: '{0} {{x}}', zh: '{0}'}",
            "{en: plain}",
        ],
        &[
            "{en: '{'}",
            "{en: 'a } b'}",
            "{en: '{a b}'}",
            "{zh: x}",
            "x",
        ],
    ),
    ("statu", &[], &["x"]),
];

/// Problem names, right and wrong.
const PROBLEM_NAMES: &[&str] = &[
    "out-of-stock",
    "a.b_c",
    "z9",
    "Bad",
    "two words",
    "404",
    "-x",
];

/// Fields present or not, each value right or wrong: lines of a mapping indented by `indent`.
fn near_valid_fields(
    fields: Values,
    required: &'static [&'static str],
    misspelt: &'static str,
    (optional, wrong): (f64, u32),
    indent: &'static str,
) -> impl Strategy<Value = String> {
    fields
        .iter()
        .map(move |&(field, good, bad)| {
            // Required fields are there more often, and values are right more often than
            // not, so that about one spec in three is valid.
            let present = match field {
                _ if required.contains(&field) => 0.95,
                _ if field == misspelt => 0.02,
                _ => optional,
            };
            let value = if good.is_empty() {
                prop::sample::select(bad).boxed()
            } else {
                prop_oneof![
                    20 => prop::sample::select(good),
                    wrong => prop::sample::select(bad),
                ]
                .boxed()
            };
            prop::option::weighted(present, value)
                .prop_map(move |value| value.map(|v| format!("{indent}{field}: {v}\n")))
        })
        .collect::<Vec<_>>()
        .prop_map(|lines| lines.into_iter().flatten().collect::<String>())
}

/// Code keys, all distinct in JSON as in YAML.
const CODES: &[&str] = &[
    "100", "101", "199", "200", "204", "299", "300", "399", "400", "404", "418", "499", "500",
    "599", "600", "999", "100", "200", "404", "500", "99", "1000", "abc", "-1", "4.5", "true", "~",
];

/// A spec near the valid ones: each field present or not, each value right or wrong.
fn near_valid_spec() -> impl Strategy<Value = String> {
    let required = &["phrase", "description", "reference"];
    let entry = near_valid_fields(FIELDS, required, "phrse", (0.15, 1), "    ");
    // Problems are fewer than codes, so each of their fields is tried more often.
    let problem = near_valid_fields(
        PROBLEM_FIELDS,
        &["status", "title"],
        "statu",
        (0.5, 4),
        "    ",
    );
    let problems = prop::option::weighted(
        0.3,
        prop::collection::btree_map(prop::sample::select(PROBLEM_NAMES), problem, 1..3),
    );
    let top = prop::option::weighted(
        0.2,
        prop_oneof![
            3 => Just("x"),
            1 => prop::sample::select(&["~", "''", "12"][..]),
        ],
    );
    (
        prop::collection::btree_map(prop::sample::select(CODES), entry, 1..4),
        top.clone(),
        top,
        problems,
    )
        .prop_map(|(codes, name, description, problems)| {
            let mut text = String::new();
            if let Some(name) = name {
                text.push_str(&format!("name: {name}\n"));
            }
            if let Some(description) = description {
                text.push_str(&format!("description: {description}\n"));
            }
            if codes.is_empty() {
                text.push_str("codes: {}\n");
            } else {
                text.push_str("codes:\n");
            }
            for (code, fields) in codes {
                if fields.is_empty() {
                    text.push_str(&format!("  {code}: {{}}\n"));
                } else {
                    text.push_str(&format!("  {code}:\n{fields}"));
                }
            }
            if let Some(problems) = problems {
                text.push_str("problems:\n");
                for (name, fields) in problems {
                    if fields.is_empty() {
                        text.push_str(&format!("  {name}: {{}}\n"));
                    } else {
                        text.push_str(&format!("  {name}:\n{fields}"));
                    }
                }
            }
            text
        })
}

proptest! {
    #![proptest_config(super::fuzz::cases(512))]

    #[test]
    fn the_schema_agrees_with_the_validator(text in near_valid_spec()) {
        let by_macro = macro_accepts(&text);
        let Some(by_schema) = schema_accepts(&text) else {
            return Ok(());
        };
        prop_assert_eq!(
            by_schema.is_ok(),
            by_macro.is_ok(),
            "{}\nschema: {:?}\nmacro: {:?}",
            text,
            by_schema,
            by_macro
        );
    }
}
