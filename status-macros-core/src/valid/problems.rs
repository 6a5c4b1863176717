//! A spec's `problems:` section: RFC 9457 problem types, each with its status, `type` URI,
//! titles and a `detail` template, which error variants name with
//! `#[status(problem = "name")]`.
//!
//! A problem is checked here on its own; that its status is a code of the enum is checked
//! once the specs are merged ([`check_statuses`]), and that its placeholders are fields of
//! the variant, where the derive meets it (`problem_render`).

use crate::cx::Ctxt;
use crate::load::{Mark, Node, Value};
use crate::model::{Code, ProblemType, Template};

use super::read::{self, Fields};
use super::rules;

/// The fields of a problem type.
pub(crate) const PROBLEM_FIELDS: &[&str] = &["status", "type", "title", "detail"];

/// Reads a `problems:` mapping; a problem with a mistake is reported and left out.
pub(super) fn read(node: &Node, cx: &mut Ctxt) -> Vec<ProblemType> {
    let Value::Map(entries) = &node.value else {
        let kind = node.kind();
        cx.at(
            node.mark,
            format!("`problems` maps problem names to problem types, found {kind}"),
        );
        return Vec::new();
    };
    let mut problems: Vec<ProblemType> = Vec::with_capacity(entries.len());
    for (key, value) in entries {
        let Some(name) = key
            .as_str()
            .filter(|name| name_is_a_word(name, key.mark, cx))
        else {
            if key.as_str().is_none() {
                let kind = key.kind();
                cx.at(
                    key.mark,
                    format!("a problem's name is a word such as `out-of-stock`, found {kind}"),
                );
            }
            continue;
        };
        // A name is given once; YAML would silently keep the last one.
        if let Some(first) = problems.iter().find(|p| p.name == name) {
            let name = name.to_owned();
            cx.twice(key.mark, first.mark, move |first| {
                format!("problem `{name}` is defined twice (first {first}); remove one of them")
            });
            continue;
        }
        if let Some(problem) = read_problem(name, key.mark, value, cx) {
            problems.push(problem);
        }
    }
    problems
}

// A problem's name goes into the derive's attribute and the default type URI: one plain word.
fn name_is_a_word(name: &str, mark: Mark, cx: &mut Ctxt) -> bool {
    let plain = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_.-".contains(&b);
    if name.starts_with(|c: char| c.is_ascii_lowercase()) && rules::only(name, plain) {
        return true;
    }
    cx.at(
        mark,
        format!(
            "the problem name {name:?} starts with a lowercase ASCII letter and holds only those, digits, `_`, `.` and `-`"
        ),
    );
    false
}

fn read_problem(name: &str, mark: Mark, node: &Node, cx: &mut Ctxt) -> Option<ProblemType> {
    let Value::Map(entries) = &node.value else {
        let kind = node.kind();
        cx.at(
            mark,
            format!("problem `{name}` needs a mapping with `status` and `title`, found {kind}"),
        );
        return None;
    };
    let before = cx.count();
    let what = format!("problem `{name}`");
    let mended = read::regroup(entries, PROBLEM_FIELDS, &what, cx);
    let entries = mended.as_deref().unwrap_or(entries);
    let fields = Fields::read(entries, PROBLEM_FIELDS, &what, cx);
    let given = fields.given();
    for field in ["status", "title"] {
        if !given.contains(&field) {
            cx.at(mark, format!("problem `{name}` has no `{field}`; add it"));
        }
    }
    let status = fields.get("status").and_then(|n| status(name, n, cx));
    let type_uri = match fields.get("type") {
        Some(node) => read::string(node, "type", cx)
            .filter(|uri| rules::problem_type_is_a_uri(&what, uri, node.mark, cx)),
        None => Some(format!("urn:problem-type:{name}")),
    };
    let titles = fields.get("title").map(|node| {
        let titles = read::texts(node, "title", true, cx);
        english_first(titles, &what, "title", node.mark, cx)
    });
    let detail = fields.get("detail");
    let details = detail.map(|node| {
        let texts = read::texts(node, "detail", true, cx);
        let texts = english_first(texts, &what, "detail", node.mark, cx);
        let mut details = Vec::with_capacity(texts.len());
        for (lang, text) in texts {
            if let Some(template) = template(&text, &what, node.mark, cx) {
                details.push((lang, template));
            }
        }
        details
    });
    if cx.count() != before {
        return None;
    }
    Some(ProblemType {
        name: name.to_owned(),
        status: status?,
        type_uri: type_uri?,
        titles: titles?,
        details: details.unwrap_or_default(),
        mark,
        status_mark: fields.get("status")?.mark,
        detail_mark: detail.map(|node| node.mark),
        // Found once the specs are checked, and only where a derive may need it.
        place: String::new(),
    })
}

// A problem is an error: its status is a client or server error code.
fn status(name: &str, node: &Node, cx: &mut Ctxt) -> Option<u16> {
    let code = match node.value {
        Value::Int(n) => rules::code_in_range(n, node.mark, cx)?,
        _ => {
            let kind = node.kind();
            cx.at(
                node.mark,
                format!(
                    "the status of problem `{name}` is a status code such as 409, found {kind}"
                ),
            );
            return None;
        }
    };
    if !(400..=599).contains(&code) {
        cx.at(
            node.mark,
            format!(
                "the status of problem `{name}` is {code}, which is not an error; a problem's status is from 400 to 599"
            ),
        );
        return None;
    }
    Some(code)
}

// Every title and detail has an English text, which comes first.
fn english_first(
    mut texts: Vec<(String, String)>,
    what: &str,
    field: &str,
    mark: Mark,
    cx: &mut Ctxt,
) -> Vec<(String, String)> {
    match texts.iter().position(|(lang, _)| lang == "en") {
        Some(en) => texts[..=en].rotate_right(1),
        None => cx.at(
            mark,
            format!("the {field} of {what} has no `en` text; add `en:`"),
        ),
    }
    texts
}

// A template's braces are placeholders `{field}` or `{0}`, or doubled to stand for themselves.
fn template(text: &str, what: &str, mark: Mark, cx: &mut Ctxt) -> Option<Template> {
    match Template::parse(text) {
        Ok(template) => Some(template),
        Err(found) => {
            cx.at(
                mark,
                format!(
                    "the detail of {what} has {found}; write `{{field}}` for a field of the variant, and `{{{{` or `}}}}` for a brace"
                ),
            );
            None
        }
    }
}

// A problem's status is a code of the enum, so that its responses can be typed.
pub(super) fn check_statuses(problems: &mut Vec<ProblemType>, codes: &[Code], cx: &mut Ctxt) {
    problems.retain(|problem| {
        if codes.iter().any(|code| code.code == problem.status) {
            return true;
        }
        cx.at(
            problem.status_mark,
            format!(
                "problem `{}` has status {}, which is not a code of this enum; add the code to a spec, or change the status",
                problem.name, problem.status
            ),
        );
        false
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Part;

    fn parse(text: &str) -> Result<Template, Vec<String>> {
        let mut cx = Ctxt::default();
        let mut sources = crate::sources::Sources::default();
        let source = crate::report::test_source("spec.yaml", "x: 1\n");
        let mark = Mark {
            source: sources.add(source, proc_macro2::Span::call_site()),
            node: 1,
        };
        let template = template(text, "problem `p`", mark, &mut cx);
        let messages: Vec<String> = cx
            .finish(&sources)
            .into_iter()
            .flatten()
            .map(|e| e.to_string())
            .collect();
        match template {
            Some(template) if messages.is_empty() => Ok(template),
            _ => Err(messages),
        }
    }

    #[test]
    fn placeholders_and_braces() {
        let template = parse("Only {available} of {sku} left {{really}}.").expect("valid");
        assert_eq!(template.fields(), ["available", "sku"]);
        assert_eq!(
            template.parts.last(),
            Some(&Part::Text(" left {really}.".to_owned()))
        );
        assert_eq!(parse("{0} and {1}").expect("valid").fields(), ["0", "1"]);
        assert_eq!(parse("{a}{a}").expect("valid").fields(), ["a"]);
        for bad in ["{", "a } b", "{a b}", "{}", "{1a}", "{-x}"] {
            let messages = parse(bad).expect_err(bad);
            assert_eq!(messages.len(), 1, "{messages:?}");
            assert!(
                messages[0].starts_with("spec.yaml:1:1: the detail of problem `p` has"),
                "{messages:?}"
            );
        }
    }
}
