//! Hostile and large specs: each is refused with a clear error or read correctly, and none
//! panics, hangs or eats memory.
//!
//! No test here times anything (STYLE forbids timed assertions). Instead each input is large
//! enough that the blow-up it aims at could not finish: where a protection is missing, the test
//! runs for hours or until the memory runs out, and CI fails on its time limit. The comment on
//! each test says what would blow up and how far.

use std::fs::File;

use super::{Scratch, build, expand_text, run_in, units};
use crate::load::{self, MAX_SPEC_BYTES};
use crate::report::MAX_REPORTED;

/// A spec entry that passes validation.
fn entry(code: u16, name: &str, description: &str) -> String {
    format!(
        "  {code}:\n    phrase: Code {code}\n    name: {name}\n    description:\n      en: {description}\n    reference: RFC 9110\n"
    )
}

/// The message of a text that `parse` refuses.
fn refusal(text: &str) -> String {
    match load::parse(load::YAML, text, 0) {
        Ok(node) => panic!("parsed, to {:.200}", format!("{node:?}")),
        Err(err) => err.message,
    }
}

/// Distinct language tags: `en-aaaa`, `en-baaa`, ...
fn language_tag(mut i: usize) -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut tag = String::from("en-");
    for _ in 0..4 {
        tag.push(char::from(ALPHABET[i % ALPHABET.len()]));
        i /= ALPHABET.len();
    }
    tag
}

#[test]
fn alias_bomb_is_refused() {
    // "Billion laughs": ten levels of ten aliases each stand for 10^10 strings. Built out, the
    // tree would need hundreds of gigabytes; serde_yaml stops after 100 alias uses per event.
    let mut text = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for level in 1..10 {
        let uses = vec![format!("*a{}", level - 1); 10].join(", ");
        text.push_str(&format!("a{level}: &a{level} [{uses}]\n"));
    }
    assert_eq!(
        refusal(&text),
        "the YAML expands its aliases too often; write the values out instead of aliasing them"
    );
    let built = build("alias-bomb", &text);
    assert_eq!(
        built.messages,
        [
            "spec.yaml: the YAML expands its aliases too often; write the values out instead of aliasing them"
        ]
    );
}

#[test]
fn wide_alias_expansion_is_refused() {
    // One list of 100,000 items, aliased 100,000 times: 10^10 nodes, about 600 GB. serde_yaml's
    // limit allows 100 alias uses per event (20 million here), so only the loader's budget of
    // four units per byte of text (and 1 MiB) stops it, after about 15 copies.
    let items = vec!["x"; 100_000].join(",");
    let uses = vec!["*a"; 100_000].join(",");
    let text = format!("a: &a [{items}]\nb: [{uses}]\n");
    let err = load::parse(load::YAML, &text, 0).expect_err("expands past the budget");
    assert_eq!(
        err.message,
        "the YAML expands its aliases (`*name`) into too much data; write the values out instead of aliasing them"
    );
    assert_eq!(err.pos.map(|p| p.line), Some(1), "{err:?}");

    // The same, with one string of 1 MB aliased a thousand times.
    let text = format!(
        "a: &a {}\nb: [{}]\n",
        "y".repeat(1 << 20),
        vec!["*a"; 1000].join(",")
    );
    assert_eq!(
        refusal(&text),
        "the YAML expands its aliases (`*name`) into too much data; write the values out instead of aliasing them"
    );
}

#[test]
fn reasonable_aliases_and_dense_text_stay_within_the_budget() {
    // A spec may share one description among all its codes through an alias.
    let shared = "x".repeat(1000);
    let mut text = format!(
        "codes:\n  100:\n    phrase: P\n    description: &d\n      en: {shared}\n    reference: R\n"
    );
    for code in 101..=999 {
        text.push_str(&format!(
            "  {code}:\n    phrase: P{code}\n    description: *d\n    reference: R\n"
        ));
    }
    let built = build("shared-alias", &text);
    assert_eq!(built.messages, Vec::<String>::new());
    assert_eq!(built.spec.codes.len(), 900);

    // The densest texts without aliases build at most two units per byte, half the budget (four
    // units per byte of text and 1 MiB more): a flow mapping of one-letter keys without values
    // makes three units per two bytes, and `\L` escapes three bytes of string per two.
    for text in [
        format!("{{{}}}", vec!["a"; 50_000].join(",")),
        format!("\"{}\"", "\\L".repeat(50_000)),
        format!("[{}]", vec!["a: "; 50_000].join(",")),
        format!("{{{}}}", vec!["\"\\L\""; 50_000].join(",")),
        "- \n".repeat(50_000),
        "? \n".repeat(50_000),
    ] {
        let tree = load::parse(load::YAML, &text, 0).expect("no aliases, no budget to exceed");
        assert!(
            units(&tree) <= 2 * text.len(),
            "{} > 2 x {}",
            units(&tree),
            text.len()
        );
    }
}

#[test]
fn deep_flow_nesting_is_refused_before_libyaml_reads_it() {
    // libyaml re-checks the pending key of every open flow level at each token, so deep flow
    // nesting costs depth x tokens: 100,000 levels of `{a: ` took 98 s in a release build, so
    // 250,000 would take ten minutes there and far longer in this debug build; a million `[`
    // take minutes. serde_yaml's own depth limit comes only after libyaml has read everything,
    // so without the loader's pre-scan each of these would run that long.
    let expected = "more than 64 `[` or `{` are open here (brackets inside quoted text count too); a spec needs only a few levels";
    for text in [
        "[".repeat(1_000_000),
        format!("{}{}", "[".repeat(500_000), "]".repeat(500_000)),
        "{a: ".repeat(250_000),
        "{a: [".repeat(200_000),
        format!("codes:\n  404:\n    aliases: {}\n", "[".repeat(1_000_000)),
    ] {
        let err = load::parse(load::YAML, &text, 0).expect_err("too deep");
        assert_eq!(err.message, expected);
        // The place is the bracket that opens level 65.
        assert!(err.pos.is_some(), "{err:?}");
    }
    let err = load::parse(load::YAML, &"{a: ".repeat(250_000), 0).expect_err("too deep");
    assert_eq!(err.pos.map(|p| (p.line, p.column)), Some((1, 257)));

    // Brackets that only look hidden: a comment, a quoted scalar or a verbatim tag right
    // after a `[` ends before the next line or quote, and the level stays open. A scan that
    // skipped quotes and comments naively would see depth 0 here while libyaml goes deeper
    // with each line.
    for unit in [
        "[ # ]\n",
        "[#]\n",
        "['a]',\n",
        "[\"\\\"]\",\n",
        "[!<]> a,\n",
    ] {
        let text = unit.repeat(200_000);
        assert_eq!(refusal(&text), expected, "{unit:?}");
    }

    // 64 levels are allowed (a spec needs three); the document then fails as a spec.
    let text = format!("{}{}", "[".repeat(64), "]".repeat(64));
    assert!(load::parse(load::YAML, &text, 0).is_ok(), "64 levels parse");
    let built = build("sixty-four-levels", &text);
    assert!(built.spec.codes.is_empty());
    assert_eq!(
        built.messages,
        ["spec.yaml:1:1: a spec is a mapping with a `codes:` key, found a list"]
    );
}

#[test]
fn brackets_and_apostrophes_in_text_do_not_count_as_nesting() {
    // Apostrophes inside words and balanced brackets in text, as real specs have, a thousand
    // times over: the pre-scan's bound stays near the real depth.
    let mut text = String::from("codes:\n");
    for code in 100..=999 {
        text.push_str(&format!(
            "  {code}:\n    phrase: P{code}\n    aliases: [I'm a teapot, \"client's [x]\", 'it''s']\n    \
             description: {{en: \"the server's answer [see {{RFC}}]\", zh: 'a ''b'' c'}}\n    \
             reference: RFC 9110 # the client's [note\n"
        ));
    }
    let built = build("brackets-in-text", &text);
    assert_eq!(built.messages, Vec::<String>::new());
    assert_eq!(built.spec.codes.len(), 900);
}

#[test]
fn deep_block_nesting_is_refused() {
    // Block nesting is refused by serde_yaml's depth limit of 128. Without it the tree builder,
    // which recurses once per level, would overflow any thread's stack on 500,000 compact
    // sequences: an abort of rustc, not a compile error. Indented mappings hit the same limit.
    let expected = "the YAML nests too deeply; a spec needs only a few levels";
    let compact = format!("{}x\n", "- ".repeat(500_000));
    assert_eq!(refusal(&compact), expected);
    let mut indented = String::new();
    for depth in 0..2000 {
        indented.push_str(&" ".repeat(depth));
        indented.push_str("a:\n");
    }
    let err = load::parse(load::YAML, &indented, 0).expect_err("too deep");
    assert_eq!(err.message, expected);
    assert_eq!(err.pos.map(|p| (p.line, p.column)), Some((129, 129)));
    // Locating into it stops at the same limit instead of recursing on.
    assert_eq!((load::YAML.locate)(&indented, &[1000]), [None]);
}

#[test]
fn ten_megabyte_spec_is_read_and_expanded() {
    // 900 codes (the whole range 100..=999) with 11 KB of description each. Anything quadratic
    // in the size of the spec would not finish on 10 MB: 10^14 steps.
    let description = "word ".repeat(2300);
    let mut text = String::from("codes:\n");
    for code in 100..=999u16 {
        text.push_str(&entry(code, &format!("C{code}"), description.trim_end()));
    }
    assert!(text.len() > 10_000_000, "{}", text.len());
    let built = build("ten-megabytes", &text);
    assert_eq!(built.messages, Vec::<String>::new());
    assert_eq!(built.spec.codes.len(), 900);
    let expanded = expand_text(&built.spec);
    // Each description appears twice: in the variant's docs and in `description()`.
    assert_eq!(expanded.matches(description.trim_end()).count(), 1800);
}

#[test]
fn ten_megabyte_spec_with_a_problem_in_every_entry_reports_in_one_walk() {
    // 37,000 entries over 10 MB, every one after the 900th a duplicate. The report is capped at
    // MAX_REPORTED messages, and the places they name are found in one walk: at one re-parse
    // per place (2.5 s each for 10 MB in a debug build, where proc macros run) this took
    // 100 s, and without the cap 36,000 re-parses would take a day.
    let description = "x".repeat(200);
    let mut text = String::from("codes:\n");
    let mut entries = 0;
    while text.len() < 10_000_000 {
        let code = 100 + (entries % 900) as u16;
        text.push_str(&entry(code, &format!("C{code}"), &description));
        entries += 1;
    }
    let built = build("ten-megabytes-duplicates", &text);
    assert_eq!(built.spec.codes.len(), 900);
    assert_eq!(built.walks, 1);
    assert_eq!(built.messages.len(), MAX_REPORTED + 1);
    assert_eq!(
        built.messages[0],
        "spec.yaml:5402:3: code 100 is defined twice (first at 2:3); remove one of them"
    );
    assert_eq!(
        built.messages[MAX_REPORTED],
        format!(
            "spec.yaml: {} more problems not shown; fix the ones above and build again",
            entries - 900 - MAX_REPORTED
        )
    );
}

#[test]
fn ten_thousand_codes() {
    // 10,000 entries cycling through all 900 codes: 9,100 duplicates, each reported with the
    // place of the first definition, found in the same single walk.
    let mut text = String::from("codes:\n");
    for i in 0..10_000u16 {
        let code = 100 + i % 900;
        text.push_str(&entry(code, &format!("C{code}"), "d"));
    }
    let built = build("ten-thousand-codes", &text);
    assert_eq!(built.spec.codes.len(), 900);
    assert_eq!(built.walks, 1);
    assert_eq!(built.messages.len(), MAX_REPORTED + 1);
    for (i, message) in built.messages[..MAX_REPORTED].iter().enumerate() {
        let code = 100 + i;
        let first_line = 2 + 6 * i;
        let line = first_line + 6 * 900;
        assert_eq!(
            *message,
            format!(
                "spec.yaml:{line}:3: code {code} is defined twice (first at {first_line}:3); remove one of them"
            )
        );
    }
    // All 900 survivors are generated.
    let expanded = expand_text(&built.spec);
    assert!(expanded.contains("C999 = 999"), "{expanded:.300}");

    // The same code 10,000 times.
    let text = format!("codes:\n{}", entry(404, "NotFound", "d").repeat(10_000));
    let built = build("one-code-ten-thousand-times", &text);
    assert_eq!(built.spec.codes.len(), 1);
    assert_eq!(built.walks, 1);
    assert_eq!(
        built.messages[MAX_REPORTED - 1],
        format!(
            "spec.yaml:{}:3: code 404 is defined twice (first at 2:3); remove one of them",
            2 + 6 * MAX_REPORTED
        )
    );
    assert_eq!(
        built.messages[MAX_REPORTED],
        format!(
            "spec.yaml: {} more problems not shown; fix the ones above and build again",
            9_999 - MAX_REPORTED
        )
    );

    // 10,000 codes out of range, and 900 codes that all take the same variant name.
    let mut text = String::from("codes:\n");
    for code in 1000..11_000u16 {
        text.push_str(&entry(code, "Same", "d"));
    }
    for code in 100..=999u16 {
        text.push_str(&entry(code, "Same", "d"));
    }
    let built = build("ten-thousand-bad-codes", &text);
    assert_eq!(built.walks, 1);
    assert_eq!(
        built.messages[0],
        "spec.yaml:2:3: code 1000 is out of range; a status code is a number from 100 to 999"
    );
    assert_eq!(
        built.messages[MAX_REPORTED],
        format!(
            "spec.yaml: {} more problems not shown; fix the ones above and build again",
            10_000 + 899 - MAX_REPORTED
        )
    );
    assert_eq!(built.spec.codes.len(), 1);
}

#[test]
fn megabyte_strings_as_phrase_and_description() {
    // A 1 MB phrase (and so an 800 KB variant name) and a 1 MB description are valid; they go
    // through validation and expansion in time and memory linear in their size.
    let phrase = "Word ".repeat(200_000);
    let phrase = phrase.trim_end();
    let description = "z".repeat(1 << 20);
    let text = format!(
        "codes:\n  200:\n    phrase: {phrase}\n    description:\n      en: {description}\n    reference: R\n\
         {}",
        entry(201, "Created", &description)
    );
    let built = build("megabyte-strings", &text);
    assert_eq!(built.messages, Vec::<String>::new());
    let long = &built.spec.codes[0];
    assert_eq!(long.phrase, phrase);
    assert_eq!(long.name, "Word".repeat(200_000));
    assert_eq!(
        built.spec.codes[1].description("en"),
        Some(description.as_str())
    );
    let expanded = expand_text(&built.spec);
    assert!(expanded.contains(&long.name));
    assert_eq!(expanded.matches(&description).count(), 4);
}

#[test]
fn megabyte_strings_in_problems_give_short_messages() {
    // A 1 MB field name (an explicit `? ` key: libyaml allows plain keys of 1024 characters)
    // and a 1 MB keyword are quoted back in their messages, which are cut in the middle. The
    // 'did you mean' hint skips the edit distance for names far longer than any field, which
    // would cost len x len(field) per known field.
    let long = "q".repeat(1 << 20);
    let text = format!(
        "codes:\n  404:\n    phrase: Not Found\n    ? {long}\n    : 1\n    description:\n      en: d\n    reference: R\n  \
         405:\n    phrase: {}é\n    description:\n      en: d\n    reference: R\n    status: {long}\n",
        "P".repeat(1 << 20)
    );
    let built = build("megabyte-problems", &text);
    assert_eq!(
        built.messages.len(),
        3,
        "{:.500}",
        built.messages.join("\n")
    );
    for message in [&built.messages[0], &built.messages[2]] {
        assert!(
            message.contains(" characters left out) ... "),
            "{message:.1000}"
        );
        assert!(message.chars().count() < 700, "{}", message.len());
    }
    let unknown = &built.messages[0];
    assert!(
        unknown.starts_with("spec.yaml:4:7: unknown field `qqq"),
        "{unknown:.100}"
    );
    assert!(
        unknown.ends_with("(fields: phrase, name, aliases, title, description, reference, link, status, cacheable, content, headers, retry, key, problem, override)"),
        "{unknown:.1000}"
    );
    assert_eq!(
        built.messages[1],
        "spec.yaml:10:13: the phrase of code 405 contains 'é', which is not ASCII and cannot go on the wire; write the phrase in ASCII and put translations under `title:`"
    );
    let keyword = &built.messages[2];
    assert!(
        keyword.starts_with("spec.yaml:14:13: `status` cannot be \"qqq"),
        "{keyword:.100}"
    );
    assert!(keyword.ends_with("qqq\"; write one of `permanent`, `temporary`, `reserved`, `obsolete`, `deprecated`, `unofficial`"), "{keyword:.1000}");

    // A plain key of 1 MB is a YAML error that libyaml reports after the key.
    let text = format!("codes:\n  404:\n    {long}: 1\n");
    assert_eq!(
        build("megabyte-key", &text).messages,
        [
            "spec.yaml:3:1048581: invalid YAML: mapping values are not allowed in this context; quote a value that contains `: `, and indent a key no deeper than the one above it"
        ]
    );
}

#[test]
fn many_languages_headers_and_aliases_stay_linear() {
    // One code with 50,000 language tags, header names and aliases, beside 899 plain codes.
    // Duplicates used to be found by searching the list built so far (10^9 string comparisons
    // per list here, over a minute for all of them in a debug build), and `description_in` was
    // a table of every language for every code: 50,000 x 900 = 45 million arms, tens of
    // gigabytes of tokens, which would not fit in memory.
    const N: usize = 50_000;
    let mut text = String::from(
        "codes:\n  100:\n    phrase: P\n    reference: R\n    description:\n      en: d\n",
    );
    for i in 0..N {
        text.push_str(&format!("      {}: t\n", language_tag(i)));
    }
    text.push_str("    title:\n");
    for i in 0..N {
        text.push_str(&format!("      {}: t\n", language_tag(i)));
    }
    text.push_str("    headers:\n");
    for i in 0..N {
        text.push_str(&format!("      X-{i}: may\n"));
    }
    text.push_str("    aliases:\n");
    for i in 0..N {
        text.push_str(&format!("      - alias {i}\n"));
    }
    for code in 101..=999 {
        text.push_str(&entry(code, &format!("C{code}"), "d"));
    }
    let built = build("many-languages", &text);
    assert_eq!(built.messages, Vec::<String>::new());
    let first = &built.spec.codes[0];
    assert_eq!(first.descriptions.len(), N + 1);
    assert_eq!(first.headers.len(), N);
    assert_eq!(first.aliases.len(), N);
    let expanded = expand_text(&built.spec);
    assert!(expanded.contains(&format!("\"{}\"", language_tag(N - 1))));

    // The last of 50,000 tags repeats the first: still found.
    let mut text = String::from(
        "codes:\n  100:\n    phrase: P\n    reference: R\n    description:\n      en: d\n",
    );
    for i in 0..N {
        text.push_str(&format!("      {}: t\n", language_tag(i)));
    }
    text.push_str(&format!("      {}: t\n", language_tag(0)));
    let built = build("many-languages-twice", &text);
    assert_eq!(
        built.messages,
        [format!(
            "spec.yaml:{}:7: language `en-aaaa` is written twice in `description`; keep one",
            N + 7
        )]
    );
}

#[test]
fn files_over_the_size_cap_are_not_read() {
    // A sparse file one byte over the cap: refused from its size alone, before reading it.
    let dir = Scratch::new("over-the-cap", &[]);
    let file = File::create(dir.path().join("big.yaml")).expect("the temp dir is writable");
    file.set_len(MAX_SPEC_BYTES + 1).expect("sparse file");
    let err = load::resolve("big.yaml", dir.path())
        .err()
        .expect("over the cap");
    assert_eq!(
        err.message,
        "the spec file is 16777217 bytes, more than the limit of 16777216 bytes; split it into several specs"
    );
    assert_eq!(
        run_in(dir.path(), &["big.yaml"]).messages,
        [
            "big.yaml: the spec file is 16777217 bytes, more than the limit of 16777216 bytes; split it into several specs"
        ]
    );

    // At the cap it is read, and its NUL bytes are a YAML error at the first one.
    file.set_len(MAX_SPEC_BYTES).expect("sparse file");
    let source = load::resolve("big.yaml", dir.path()).expect("at the cap");
    assert_eq!(source.text.len() as u64, MAX_SPEC_BYTES);
    let err = load::parse(load::YAML, &source.text, 0).expect_err("NUL is not YAML");
    assert!(err.message.starts_with("invalid YAML: "), "{}", err.message);
    assert_eq!(err.pos.map(|p| (p.line, p.column)), Some((1, 1)));
}
