//! The rules of the spec format, one test each: the message and the place of every mistake.

use super::{Built, run};
use crate::model::HeaderRule;
use crate::vocab::{Condition, Requirement, Retry};

/// A spec with code `code` (phrase `Card Declined`, description, reference on lines 3 to 5)
/// and `extra` field lines after them, from line 6.
fn one_code(code: u16, extra: &str) -> String {
    format!(
        "codes:\n  {code}:\n    phrase: Card Declined\n    description: {{ en: Declined. }}\n    reference: Guide\n{extra}"
    )
}

/// Checks and merges specs given as texts, named `a.yaml`, `b.yaml`, ...
fn specs(texts: &[&str]) -> Built {
    let names: Vec<String> = (0..texts.len())
        .map(|i| format!("{}.yaml", char::from(b'a' + i as u8)))
        .collect();
    let files: Vec<(&str, &[u8])> = names
        .iter()
        .zip(texts)
        .map(|(name, text)| (name.as_str(), text.as_bytes()))
        .collect();
    let specs: Vec<&str> = names.iter().map(String::as_str).collect();
    run("valid", &files, &specs)
}

/// Every problem of one spec as `line:column: message`, in the order of the file.
fn problems(text: &str) -> Vec<String> {
    specs(&[text])
        .messages
        .into_iter()
        .map(|m| m.strip_prefix("a.yaml:").map(str::to_owned).unwrap_or(m))
        .collect()
}

/// The one problem of a spec.
fn problem(text: &str) -> String {
    let all = problems(text);
    assert_eq!(
        all.len(),
        1,
        "expected one problem in {text:?}, got {all:#?}"
    );
    all.into_iter().next().unwrap_or_default()
}

#[test]
fn a_valid_spec_has_no_problems() {
    let text = one_code(
        460,
        "    cacheable: false\n    headers: { Retry-After: may }\n",
    );
    let built = specs(&[&text]);
    assert!(built.messages.is_empty(), "{:?}", built.messages);
    let codes = built.spec.codes;
    assert_eq!(codes.len(), 1);
    assert_eq!(codes[0].name, "CardDeclined");
    assert_eq!(codes[0].phrase, "Card Declined");
}

#[test]
fn the_spec_is_a_mapping_with_codes() {
    assert_eq!(
        problem("- 404\n"),
        "1:1: a spec is a mapping with a `codes:` key, found a list"
    );
    assert_eq!(
        problem("name: payments\n"),
        "1:1: the spec has no `codes:` mapping; add `codes:` with one entry per status code"
    );
    assert_eq!(
        problem("codes: [404]\n"),
        "1:8: `codes` must map status codes to entries, found a list"
    );
    assert_eq!(
        problem("codes: {}\n"),
        "1:8: `codes` is empty; add at least one status code"
    );
}

#[test]
fn a_misspelt_field_is_reported_once_with_the_right_name() {
    assert_eq!(
        problem("cods:\n  404: {}\n"),
        "1:1: unknown field `cods` in the spec; did you mean `codes`? (fields: name, description, codes, problems)"
    );
    let text = "codes:\n  460:\n    phrse: Card Declined\n    description: { en: Declined. }\n    reference: Guide\n";
    assert_eq!(
        problem(text),
        "3:5: unknown field `phrse` in code 460; did you mean `phrase`? (fields: phrase, name, aliases, title, description, reference, link, status, cacheable, content, headers, retry, key, problem, override)"
    );
    // Nothing near: no guess, and nothing else is reported.
    assert_eq!(
        problem(&one_code(460, "    colour: red\n")),
        "6:5: unknown field `colour` in code 460 (fields: phrase, name, aliases, title, description, reference, link, status, cacheable, content, headers, retry, key, problem, override)"
    );
}

#[test]
fn a_field_is_written_once_and_named_by_a_word() {
    assert_eq!(
        problem(&one_code(460, "    phrase: Declined\n")),
        "6:5: field `phrase` is written twice in code 460; keep one"
    );
    assert_eq!(
        problem(&one_code(460, "    7: seven\n")),
        "6:5: field names of code 460 are words, found a number"
    );
}

#[test]
fn codes_are_numbers_from_100_to_999() {
    let text = "codes:\n  99: x\n  1000: x\n  abc: x\n  -5: x\n  70000: x\n";
    assert_eq!(
        problems(text),
        [
            "2:3: code 99 is out of range; a status code is a number from 100 to 999",
            "3:3: code 1000 is out of range; a status code is a number from 100 to 999",
            "4:3: a status code is a number from 100 to 999, found a string",
            "5:3: code -5 is out of range; a status code is a number from 100 to 999",
            "6:3: code 70000 is out of range; a status code is a number from 100 to 999",
        ]
    );
    // A quoted code is still a code.
    assert!(problems(&one_code(460, "").replace("460", "\"460\"")).is_empty());
}

#[test]
fn a_code_is_defined_once() {
    let text = format!(
        "{}  410:\n    phrase: Gone\n    description: {{ en: Gone. }}\n    reference: Guide\n  460:\n    phrase: Again\n    description: {{ en: Again. }}\n    reference: Guide\n",
        one_code(460, "")
    );
    let built = specs(&[&text]);
    assert_eq!(built.spec.codes.len(), 2, "the first 460 and 410 are kept");
    assert_eq!(
        built.messages,
        ["a.yaml:10:3: code 460 is defined twice (first at 2:3); remove one of them"]
    );
}

#[test]
fn variant_names_are_unique() {
    let text = format!(
        "{}  461:\n    phrase: Card declined\n    description: {{ en: Again. }}\n    reference: Guide\n",
        one_code(460, "")
    );
    assert_eq!(
        problem(&text),
        "6:3: variant name `CardDeclined` is used by codes 460 (at 2:3) and 461; give one of them another `name:`"
    );
}

#[test]
fn a_name_is_a_rust_identifier() {
    let name = |name: &str| problem(&one_code(460, &format!("    name: {name}\n")));
    assert_eq!(
        name("Card-Declined"),
        "6:11: `Card-Declined` cannot be a variant name: a Rust identifier has only ASCII letters, digits and `_`; write `CardDeclined`"
    );
    assert_eq!(
        name("9Lives"),
        "6:11: `9Lives` cannot be a variant name: a Rust identifier starts with a letter or `_`; write another name, a Rust identifier in UpperCamelCase"
    );
    assert_eq!(
        name("type"),
        "6:11: `type` cannot be a variant name: it is a Rust keyword; write `Type`"
    );
    assert_eq!(
        name("Self"),
        "6:11: `Self` cannot be a variant name: it is a Rust keyword; write another name, a Rust identifier in UpperCamelCase"
    );
    assert_eq!(
        name("Unknown"),
        "6:11: `Unknown` cannot be a variant name: `Unknown` is the variant that keeps codes the spec lacks; write another name, a Rust identifier in UpperCamelCase"
    );
    assert_eq!(
        name("__Hidden"),
        "6:11: `__Hidden` cannot be a variant name: names starting with `__` are kept for generated helpers; write `Hidden`"
    );
    assert!(problems(&one_code(460, "    name: CardDeclinedByIssuer\n")).is_empty());
}

#[test]
fn a_phrase_makes_a_name_or_needs_one() {
    let phrase = |phrase: &str| problem(&one_code(460, "").replace("Card Declined", phrase));
    assert_eq!(
        phrase("'---'"),
        "3:13: the phrase \"---\" has no letters or digits to make a variant name of; add `name:` with a Rust identifier"
    );
    assert_eq!(
        phrase("'3 Strikes'"),
        "3:13: the phrase \"3 Strikes\" does not make a variant name (`3Strikes`: a Rust identifier starts with a letter or `_`); add `name:` with a Rust identifier"
    );
    // With a name, the phrase need not make one.
    assert!(
        problems(&one_code(460, "    name: ThreeStrikes\n").replace("Card Declined", "3 Strikes"))
            .is_empty()
    );
}

#[test]
fn required_fields_are_present() {
    let without = |line: &str| {
        let text = one_code(460, "");
        let line = text
            .lines()
            .find(|l| l.trim_start().starts_with(line))
            .expect("the line");
        problem(&text.replace(&format!("{line}\n"), ""))
    };
    assert_eq!(without("phrase"), "2:3: code 460 has no `phrase`; add it");
    assert_eq!(
        without("description"),
        "2:3: code 460 has no `description`; add it"
    );
    assert_eq!(
        without("reference"),
        "2:3: code 460 has no `reference`; add it"
    );
    assert_eq!(
        problem("codes:\n  460: Card Declined\n"),
        "2:3: code 460 needs a mapping with at least `phrase`, `description` and `reference`, found a string"
    );
}

#[test]
fn required_fields_are_not_empty() {
    let text = one_code(460, "");
    assert_eq!(
        problem(&text.replace("Card Declined", "\"\"")),
        "3:13: `phrase` is empty; write a value"
    );
    assert_eq!(
        problem(&text.replace("reference: Guide", "reference: '  '")),
        "5:16: `reference` is empty; write a value"
    );
    assert_eq!(
        problem(&text.replace("reference: Guide", "reference: 9110")),
        "5:16: `reference` must be a string, found a number; quote it"
    );
    assert_eq!(
        problem(&text.replace("{ en: Declined. }", "{ en: }")),
        // A missing value is found where the next token starts.
        "4:24: `description` is empty; write a value"
    );
}

#[test]
fn a_phrase_is_printable_ascii() {
    let phrase = |phrase: &str| problem(&one_code(460, "").replace("Card Declined", phrase));
    assert_eq!(
        phrase("Carte refusée"),
        "3:13: the phrase of code 460 contains 'é', which is not ASCII and cannot go on the wire; write the phrase in ASCII and put translations under `title:`"
    );
    assert_eq!(
        phrase("\"Card\\r\\nSet-Cookie: x\""),
        "3:13: the phrase of code 460 contains the control character '\\r', which cannot go on the wire; remove it or write a space"
    );
    assert_eq!(
        phrase("\"Card\\tDeclined\""),
        "3:13: the phrase of code 460 contains the control character '\\t', which cannot go on the wire; remove it or write a space"
    );
    assert_eq!(
        phrase("\"Card\\x7fDeclined\""),
        "3:13: the phrase of code 460 contains the control character '\\u{7f}', which cannot go on the wire; remove it or write a space"
    );
    assert_eq!(
        phrase("' Card Declined'"),
        "3:13: the phrase of code 460 has leading or trailing spaces; remove them"
    );
}

#[test]
fn aliases_are_a_list_of_strings() {
    assert_eq!(
        problem(&one_code(460, "    aliases: Declined\n")),
        "6:14: `aliases` must be a list of strings, found a string"
    );
    assert_eq!(
        problem(&one_code(460, "    aliases: [Declined, 5]\n")),
        "6:25: `aliases` must be a string, found a number; quote it"
    );
}

#[test]
fn texts_are_keyed_by_language_tags() {
    let text = one_code(460, "");
    let description = |d: &str| problem(&text.replace("{ en: Declined. }", d));
    assert_eq!(
        description("Declined."),
        "4:18: `description` maps language tags to texts (`en: ...`, `zh: ...`), found a string"
    );
    assert_eq!(
        description("{ en: Declined., EN: Declined. }"),
        "4:35: \"EN\" is not a language tag; write a tag such as `en`, `zh` or `pt-BR`"
    );
    assert_eq!(
        description("{ en: Declined., en: Again. }"),
        "4:35: language `en` is written twice in `description`; keep one"
    );
    assert_eq!(
        description("{ zh: 拒绝。 }"),
        "4:18: the description of code 460 has no `en` text; add `en:` with one or two sentences"
    );
    assert_eq!(
        description("{ en: Declined., 1: x }"),
        "4:35: `description` keys are language tags such as `en` or `zh`, found a number"
    );
    assert!(
        problems(&one_code(
            460,
            "    title: { zh-Hant: 拒絕, pt-BR: Recusado }\n"
        ))
        .is_empty()
    );
}

#[test]
fn a_link_is_a_web_address() {
    assert_eq!(
        problem(&one_code(460, "    link: ftp://example.com/errors\n")),
        "6:11: the link of code 460 must start with https:// or http://"
    );
}

#[test]
fn keywords_are_from_their_list() {
    assert_eq!(
        problem(&one_code(460, "    status: official\n")),
        "6:13: `status` cannot be \"official\"; write one of `permanent`, `temporary`, `reserved`, `obsolete`, `deprecated`, `unofficial`"
    );
    assert_eq!(
        problem(&one_code(460, "    retry: always\n")),
        "6:12: `retry` cannot be \"always\"; write one of `never`, `may`, `after`"
    );
    assert_eq!(
        problem(&one_code(460, "    cacheable: yes\n")),
        "6:16: `cacheable` must be `true` or `false`, found a string"
    );
    assert_eq!(
        problem(&one_code(460, "    override: 1\n")),
        "6:15: `override` must be `true` or `false`, found a number"
    );
}

#[test]
fn facts_fit_the_class() {
    assert_eq!(
        problem(&one_code(103, "    content: allowed\n")),
        "6:14: code 103 is informational and cannot carry content; remove `content`"
    );
    assert_eq!(
        problem(&one_code(200, "    retry: never\n")),
        "6:12: code 200 is not an error, so `retry` does not apply; remove it"
    );
}

#[test]
fn headers_map_field_names_to_levels() {
    let headers = |h: &str| problem(&one_code(460, &format!("    headers: {h}\n")));
    assert_eq!(
        headers("[Location]"),
        "6:14: `headers` maps header names to `must`, `should` or `may`, found a list"
    );
    assert_eq!(
        headers("{ Retry After: may }"),
        "6:16: \"Retry After\" is not a header field name; use letters, digits and `-`"
    );
    assert_eq!(
        headers("{ Location: may, location: must }"),
        "6:31: header `location` is listed twice; keep one"
    );
    assert_eq!(
        headers("{ Location: maybe }"),
        "6:26: header `Location` cannot be \"maybe\"; write one of `must`, `should`, `may`"
    );
    assert_eq!(
        headers("{ 5: may }"),
        "6:16: header names are words such as `Location`, found a number"
    );
}

#[test]
fn a_header_level_may_hold_under_a_condition() {
    let text = one_code(
        206,
        "    headers: { Date: { level: must, if: sent-in-200 }, Vary: should }\n",
    );
    let built = specs(&[&text]);
    assert!(built.messages.is_empty(), "{:?}", built.messages);
    assert_eq!(
        built.spec.codes[0].headers,
        [
            HeaderRule {
                name: "Date".to_owned(),
                level: Requirement::Must,
                condition: Some(Condition::SentIn200),
            },
            HeaderRule {
                name: "Vary".to_owned(),
                level: Requirement::Should,
                condition: None,
            },
        ]
    );
}

#[test]
fn a_malformed_condition_is_one_problem_with_its_fix() {
    let headers = |h: &str| problem(&one_code(206, &format!("    headers: {h}\n")));
    assert_eq!(
        headers("{ Date: { level: must, if: sometimes } }"),
        "6:41: the condition of header `Date` cannot be \"sometimes\"; write one of \
         `sent-in-200`, `single-part`, `temporary`, `preferred-choice`, `upload-creation`"
    );
    assert_eq!(
        headers("{ Date: { if: sent-in-200 } }"),
        "6:22: header `Date` has no `level`; write `level:` with one of `must`, `should`, `may`"
    );
    assert_eq!(
        headers("{ Date: { level: must, iff: sent-in-200 } }"),
        "6:37: unknown field `iff` in the level of header `Date`; did you mean `if`? \
         (fields: level, if)"
    );
    // The misspelt `level` is the one mistake: its absence is not reported again.
    assert_eq!(
        headers("{ Date: { levl: must } }"),
        "6:24: unknown field `levl` in the level of header `Date`; did you mean `level`? \
         (fields: level, if)"
    );
    assert_eq!(
        headers("{ Date: { level: sometimes, if: sent-in-200 } }"),
        "6:31: header `Date` cannot be \"sometimes\"; write one of `must`, `should`, `may`"
    );
    assert_eq!(
        headers("{ Date: { level: must, level: may } }"),
        "6:37: field `level` is written twice in the level of header `Date`; keep one"
    );
    assert_eq!(
        headers("{ Date: [must] }"),
        "6:22: header `Date` takes a level (`must`, `should`, `may`) or a level with its \
         condition (`{level: must, if: sent-in-200}`), found a list"
    );
}

#[test]
fn a_problem_type_is_an_absolute_uri() {
    for good in [
        "https://example.com/problems/declined",
        "urn:example:declined",
        "about:blank",
    ] {
        assert!(
            problems(&one_code(460, &format!("    problem: {good}\n"))).is_empty(),
            "{good}"
        );
    }
    for bad in [
        "declined",
        "/problems/declined",
        "'https://example.com/a b'",
        "'x:'",
        "'1a:b'",
    ] {
        assert_eq!(
            problem(&one_code(460, &format!("    problem: {bad}\n"))),
            "6:14: the problem type of code 460 must be an absolute URI with no spaces, such as `https://example.com/problems/card-declined`",
            "{bad}"
        );
    }
}

#[test]
fn a_key_is_one_plain_word() {
    assert_eq!(
        problem(&one_code(460, "    key: Card Declined\n")),
        "6:10: the key \"Card Declined\" of code 460 may hold only lowercase ASCII letters, digits, `_`, `.` and `-`"
    );
}

#[test]
fn every_problem_of_a_spec_is_collected() {
    let text = "codes:\n  460:\n    phrse: Card Declined\n    description: { en: x }\n    reference: Guide\n  1000:\n    phrase: Too Long\n  461:\n    phrase: Card Expired\n    name: fn\n    description: { en: x }\n";
    let all = problems(text);
    assert_eq!(all.len(), 4, "{all:#?}");
    assert!(all[0].starts_with("3:5: unknown field `phrse`"), "{all:#?}");
    assert!(
        all[1].starts_with("6:3: code 1000 is out of range"),
        "{all:#?}"
    );
    assert!(
        all[2].starts_with("8:3: code 461 has no `reference`"),
        "{all:#?}"
    );
    assert!(
        all[3].starts_with("10:11: `fn` cannot be a variant name"),
        "{all:#?}"
    );
}

#[test]
fn a_later_spec_replaces_a_code_only_with_override() {
    let base = one_code(460, "");
    let built = specs(&[&base, &base.replace("Card Declined", "Declined")]);
    assert_eq!(built.spec.codes.len(), 1);
    assert_eq!(
        built.spec.codes[0].phrase, "Card Declined",
        "the first definition stays"
    );
    assert_eq!(
        built.messages,
        [
            "b.yaml:2:3: code 460 is already defined at a.yaml:2:3; add `override: true` to replace it, or remove it"
        ]
    );

    let replacing = one_code(460, "    override: true\n").replace("Card Declined", "Declined");
    let built = specs(&[&base, &replacing]);
    assert!(built.messages.is_empty(), "{:?}", built.messages);
    assert_eq!(built.spec.codes[0].phrase, "Declined");

    assert_eq!(
        specs(&[&replacing]).messages,
        [
            "a.yaml:2:3: code 460 has `override: true` but no earlier spec defines it; remove `override`"
        ]
    );
}

#[test]
fn a_code_with_a_leading_zero_is_refused() {
    let text = "codes:\n  0404:\n    phrase: Not Found\n    description: { en: Gone. }\n    reference: Guide\n";
    assert_eq!(
        problem(text),
        "2:3: code \"0404\" has a leading zero; write it as 404"
    );
}

#[test]
fn an_english_title_is_refused() {
    assert_eq!(
        problem(&one_code(460, "    title: { en: Declined, zh: 拒绝 }\n")),
        "6:14: `title` has no `en`: the English title is the `phrase`; remove it or change the phrase"
    );
}

// Overrides: a later spec writes only what it changes.

const BASE: &str = "codes:
  429:
    phrase: Too Many Requests
    title: { zh: 请求过多 }
    aliases: [Rate Limited]
    description: { en: Slow down., zh: 慢一点。 }
    reference: RFC 6585
    headers: { Retry-After: may }
    retry: after
";

#[test]
fn an_override_keeps_what_it_leaves_out() {
    let Built {
        spec,
        messages: problems,
        ..
    } = specs(&[
        BASE,
        "codes:\n  429:\n    override: true\n    description: { en: Our own text. }\n    key: rate_limited\n",
    ]);
    assert!(problems.is_empty(), "{problems:?}");
    let [code] = spec.codes.as_slice() else {
        panic!("one code expected")
    };
    assert_eq!(code.description("en"), Some("Our own text."));
    // The description is replaced whole: the old Chinese text described the old one.
    assert_eq!(code.description("zh"), None);
    assert_eq!(code.key.as_deref(), Some("rate_limited"));
    assert_eq!(code.phrase, "Too Many Requests");
    assert_eq!(code.name, "TooManyRequests");
    assert_eq!(code.title("zh"), Some("请求过多"));
    assert_eq!(code.aliases, ["Rate Limited"]);
    assert_eq!(code.reference, "RFC 6585");
    assert_eq!(
        code.link.as_deref(),
        Some("https://www.rfc-editor.org/rfc/rfc6585")
    );
    assert_eq!(
        code.headers,
        [HeaderRule {
            name: "Retry-After".to_owned(),
            level: Requirement::May,
            condition: None,
        }]
    );
    assert_eq!(code.retry, Some(Retry::After));
    assert_eq!(code.mark.source, 1);
}

#[test]
fn a_new_phrase_renames_the_variant_and_drops_old_titles() {
    let Built {
        spec,
        messages: problems,
        ..
    } = specs(&[
        BASE,
        "codes:\n  429:\n    override: true\n    phrase: Slow Down\n    reference: Our API guide\n",
    ]);
    assert!(problems.is_empty(), "{problems:?}");
    let code = &spec.codes[0];
    assert_eq!(
        (code.name.as_str(), code.phrase.as_str()),
        ("SlowDown", "Slow Down")
    );
    assert_eq!(code.title("zh"), None);
    assert_eq!(code.reference, "Our API guide");
    assert_eq!(code.link, None, "the RFC link went with the RFC reference");
    assert_eq!(code.description("zh"), Some("慢一点。"));
}

#[test]
fn collisions_and_stray_overrides_are_errors() {
    let Built {
        spec,
        messages: problems,
        ..
    } = specs(&[
        BASE,
        "codes:\n  429:\n    phrase: Busy\n    description: { en: x }\n    reference: r\n",
    ]);
    assert_eq!(spec.codes.len(), 1);
    assert_eq!(
        problems,
        [
            "b.yaml:2:3: code 429 is already defined at a.yaml:2:3; add `override: true` to replace it, or remove it"
        ]
    );
    let Built {
        spec,
        messages: problems,
        ..
    } = specs(&["codes:\n  460:\n    override: true\n    key: x\n"]);
    assert!(spec.codes.is_empty());
    assert_eq!(
        problems,
        [
            "a.yaml:2:3: code 460 has `override: true` but no earlier spec defines it; remove `override`"
        ]
    );
}

#[test]
fn only_an_override_may_leave_required_fields_out() {
    let Built {
        messages: problems, ..
    } = specs(&["codes:\n  460:\n    key: x\n"]);
    assert_eq!(
        problems,
        [
            "a.yaml:2:3: code 460 has no `phrase`; add it",
            "a.yaml:2:3: code 460 has no `description`; add it",
            "a.yaml:2:3: code 460 has no `reference`; add it"
        ]
    );
    let Built {
        messages: problems, ..
    } = specs(&[
        BASE,
        "codes:\n  429:\n    override: true\n    description: { zh: 只有中文 }\n",
    ]);
    assert_eq!(
        problems,
        [
            "b.yaml:4:18: the description of code 429 has no `en` text; add `en:` with one or two sentences"
        ]
    );
}

/// `one_code(409)` with a `problems:` section (line 6) of the given lines, from line 7.
fn with_problems(lines: &str) -> String {
    format!("{}problems:\n{lines}", one_code(409, ""))
}

#[test]
fn a_problem_type_is_read_with_its_defaults() {
    let built = specs(&[&with_problems(
        "  out-of-stock:\n    status: 409\n    title: { zh: 库存不足, en: Out of stock }\n    detail: { en: 'Only {n} left.' }\n",
    )]);
    assert_eq!(built.messages, Vec::<String>::new());
    let problem = &built.spec.problems[0];
    assert_eq!(problem.name, "out-of-stock");
    assert_eq!(problem.status, 409);
    // Without `type`, a URN of the name tells it apart from every other problem type.
    assert_eq!(problem.type_uri, "urn:problem-type:out-of-stock");
    assert_eq!(problem.titles[0].0, "en", "English first");
    assert_eq!(problem.details[0].1.fields(), ["n"]);
    assert_eq!(problem.place, "a.yaml:10:13", "the place of the detail");
}

#[test]
fn a_problem_name_is_used_once() {
    let twice = with_problems(
        "  gone:\n    status: 409\n    title: { en: a }\n  gone:\n    status: 409\n    title: { en: b }\n",
    );
    let built = specs(&[&twice]);
    assert_eq!(
        built.messages,
        ["a.yaml:10:3: problem `gone` is defined twice (first at 7:3); remove one of them"]
    );
    assert_eq!(built.spec.problems.len(), 1);
    let first = with_problems("  gone:\n    status: 409\n    title: { en: a }\n");
    let second = "codes: { 410: { phrase: Gone, description: { en: x }, reference: r } }\nproblems:\n  gone: { status: 410, title: { en: b } }\n";
    let built = specs(&[&first, second]);
    assert_eq!(
        built.messages,
        [
            "b.yaml:3:3: problem `gone` is already defined at a.yaml:7:3; give one of them another name"
        ]
    );
}

#[test]
fn a_problem_has_a_status_of_the_enum_and_a_title() {
    let built = specs(&[&with_problems(
        "  rate-limited:\n    status: 429\n    title: { en: Slow down }\n  no-title:\n    status: 409\n  bad-status:\n    status: 302\n    title: { en: x }\n",
    )]);
    assert_eq!(
        built.messages,
        [
            "a.yaml:8:13: problem `rate-limited` has status 429, which is not a code of this enum; add the code to a spec, or change the status",
            "a.yaml:10:3: problem `no-title` has no `title`; add it",
            "a.yaml:13:13: the status of problem `bad-status` is 302, which is not an error; a problem's status is from 400 to 599",
        ]
    );
    assert!(built.spec.problems.is_empty());
}

#[test]
fn an_indentation_mistake_is_one_problem_that_says_indent() {
    // `404:` at the left margin under `codes:`: one problem, and the code is still checked.
    assert_eq!(
        problems(
            "codes:\n404:\n  phrase: Not Found\n  description: { en: Gone. }\n  reference: R\n"
        ),
        [
            "2:1: code 404 is not indented under `codes:`, so it reads as a field of the spec and `codes` as empty; indent the codes further than `codes:`, such as `  404:`"
        ]
    );
    assert_eq!(
        problems("codes:\n460:\n  phrase: Declined\n  reference: R\n"),
        [
            "2:1: code 404 is not indented under `codes:`, so it reads as a field of the spec and `codes` as empty; indent the codes further than `codes:`, such as `  404:`"
                .replace("404", "460"),
            "2:1: code 460 has no `description`; add it".to_owned(),
        ]
    );
    // `en:` under `description:` at the same column.
    assert_eq!(
        problems(&one_code(460, "").replace(
            "    description: { en: Declined. }\n",
            "    description:\n    en: Declined.\n    zh: 拒绝。\n"
        )),
        [
            "5:5: `en` is not indented under `description:`, so it reads as a field of code 460 and `description` as empty; indent the languages further than `description:`, such as `  en: ...`"
        ]
    );
    assert_eq!(
        problems(&one_code(460, "    title:\n    zh: 拒绝\n")),
        [
            "7:5: `zh` is not indented under `title:`, so it reads as a field of code 460 and `title` as empty; indent the languages further than `title:`, such as `  zh: ...`"
        ]
    );
    // Outdented after other languages, or a code after other codes: said without a cascade.
    assert_eq!(
        problems(&one_code(
            460,
            "    title:\n      de: Abgelehnt\n    zh: 拒绝\n"
        )),
        [
            "8:5: unknown field `zh` in code 460; a language goes under `title:` or another field of texts, indented as far as its other languages"
        ]
    );
    assert_eq!(
        problems(&format!("{}404:\n  phrase: x\n", one_code(460, ""))),
        [
            "6:1: a code is a field of the spec here, outside `codes:`; indent it as far as the codes under `codes:`"
        ]
    );
}
