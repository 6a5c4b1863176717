//! The messages a user sees for specs that cannot be read, are not YAML, or break rules:
//! each names the file, line and column, in the order of the file.

use super::{Built, run};
use crate::report::MAX_REPORTED;

/// The error messages of an enum with `specs`, read from a folder holding `files`.
fn messages(name: &str, files: &[(&str, &[u8])], specs: &[&str]) -> Vec<String> {
    run(name, files, specs).messages
}

/// The messages of one spec file, `spec/t.yaml`.
fn spec_messages(name: &str, text: &str) -> Vec<String> {
    messages(name, &[("spec/t.yaml", text.as_bytes())], &["spec/t.yaml"])
}

const CARD: &str =
    "    phrase: Card Declined\n    description: { en: Declined. }\n    reference: Guide\n";

#[test]
fn files_that_cannot_be_read_are_named_as_written() {
    assert_eq!(
        messages("missing", &[], &["spec/missing.yaml"]),
        [
            "spec/missing.yaml: spec file not found (paths are relative to the crate's Cargo.toml); check the path or create the file"
        ]
    );
    assert_eq!(
        messages("directory", &[("spec/t.yaml", b"")], &["spec"]),
        ["spec: the spec path is a directory; name a YAML file inside it"]
    );
    assert_eq!(
        messages("builtin-typo", &[], &["ianna"]),
        [
            "ianna: no spec file of that name, and it is not a built-in spec (`iana`, `nginx`, `cloudflare`, `iis`, `aws`, `unofficial`); check the name, or give a path relative to Cargo.toml"
        ]
    );
    assert_eq!(
        messages("empty-path", &[], &[" "]),
        [" : the spec path is empty; write the path of a YAML file relative to Cargo.toml"]
    );
}

#[test]
fn empty_and_non_utf8_files_point_at_the_place() {
    let empty = "spec/t.yaml:1:1: the spec file is empty; add a `codes:` mapping with one entry per status code";
    assert_eq!(spec_messages("empty", ""), [empty]);
    assert_eq!(spec_messages("comments", "# codes: to come\n\n"), [empty]);
    assert_eq!(
        messages(
            "latin1",
            &[(
                "spec/t.yaml",
                b"codes:\n  460:\n    phrase: Carte refus\xe9e\n"
            )],
            &["spec/t.yaml"]
        ),
        ["spec/t.yaml:3:24: the spec file is not UTF-8; save it as UTF-8"]
    );
}

#[test]
fn yaml_syntax_errors_say_how_to_fix_them() {
    let cases = [
        (
            "codes:\n  460:\n    description: { en: Declined.\n    reference: Guide\n",
            "spec/t.yaml:4:14: invalid YAML: did not find expected ',' or '}'; close the `{` at 3:18 with `}`, and separate its entries with `,`",
        ),
        (
            "codes:\n  460:\n    aliases: [Declined\n    reference: Guide\n",
            "spec/t.yaml:4:14: invalid YAML: did not find expected ',' or ']'; close the `[` at 3:14 with `]`, and separate its items with `,`",
        ),
        (
            "codes:\n  460:\n    phrase: \"Card Declined\n    reference: Guide\n",
            "spec/t.yaml:5:1: invalid YAML: found unexpected end of stream; the quoted text at 3:13 is never closed; add the closing quote",
        ),
        (
            "codes:\n  460:\n    phrase: Card Declined\n   reference: Guide\n",
            "spec/t.yaml:4:4: invalid YAML: did not find expected key; this line is indented differently from the keys above it; line it up with them",
        ),
        (
            "codes:\n  460:\n    phrase: Card: Declined\n",
            "spec/t.yaml:3:17: invalid YAML: mapping values are not allowed in this context; quote a value that contains `: `, and indent a key no deeper than the one above it",
        ),
        (
            "codes:\n  460:\n\tphrase: Card Declined\n",
            "spec/t.yaml:3:1: invalid YAML: found character that cannot start any token; indent with spaces, not tabs, and quote a value that starts with `@` or a backtick",
        ),
        (
            "codes:\n  460:\n    phrase: *declined\n",
            "spec/t.yaml:3:13: invalid YAML: unknown anchor; an alias `*name` needs an anchor `&name` earlier in the file; write the value out",
        ),
        (
            "codes:\n  - 460\n  461: x\n",
            "spec/t.yaml:3:3: invalid YAML: did not find expected '-' indicator; every item of the list at 2:3 starts with `- `; write this line that way or indent it as part of the item above",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(spec_messages("syntax", text), [expected], "{text:?}");
    }
}

#[test]
fn problems_name_file_line_and_column_in_file_order() {
    let text = format!("codes:\n  460:\n{CARD}    name: fn\n  99:\n{CARD}  460:\n{CARD}");
    assert_eq!(
        spec_messages("order", &text),
        [
            "spec/t.yaml:6:11: `fn` cannot be a variant name: it is a Rust keyword; write `Fn`",
            "spec/t.yaml:7:3: code 99 is out of range; a status code is a number from 100 to 999",
            "spec/t.yaml:11:3: code 460 is defined twice (first at 2:3); remove one of them",
        ]
    );
}

#[test]
fn a_place_in_another_spec_names_that_spec() {
    let first = format!("codes:\n  460:\n{CARD}");
    let second = format!(
        "codes:\n  200:\n{}  460:\n{CARD}",
        CARD.replace("Card Declined", "OK")
    );
    assert_eq!(
        messages(
            "two-specs",
            &[
                ("spec/a.yaml", first.as_bytes()),
                ("spec/b.yaml", second.as_bytes())
            ],
            &["spec/a.yaml", "spec/b.yaml"]
        ),
        [
            "spec/b.yaml:6:3: code 460 is already defined at spec/a.yaml:2:3; add `override: true` to replace it, or remove it"
        ]
    );
}

#[test]
fn many_problems_are_cut_short() {
    let mut text = String::from("codes:\n");
    for code in 1..=25 {
        text.push_str(&format!("  {code}: x\n"));
    }
    let all = spec_messages("many", &text);
    assert_eq!(all.len(), MAX_REPORTED + 1);
    assert_eq!(
        all[0],
        "spec/t.yaml:2:3: code 1 is out of range; a status code is a number from 100 to 999"
    );
    assert_eq!(
        all[MAX_REPORTED],
        "spec/t.yaml: 5 more problems not shown; fix the ones above and build again"
    );
}

#[test]
fn the_valid_codes_survive_a_bad_one() {
    let text = format!(
        "codes:\n  200:\n{}  460:\n    phrase: Card Declined\n",
        CARD.replace("Card Declined", "OK")
    );
    let Built { spec, messages, .. } = run(
        "survive",
        &[("spec/t.yaml", text.as_bytes())],
        &["spec/t.yaml"],
    );
    let codes: Vec<u16> = spec.codes.iter().map(|c| c.code).collect();
    assert_eq!(codes, [200]);
    assert_eq!(
        messages,
        [
            "spec/t.yaml:6:3: code 460 has no `description`; add it",
            "spec/t.yaml:6:3: code 460 has no `reference`; add it"
        ]
    );
}
