//! Rustdoc text: the card on each variant, the search aliases, and the table of every code.
//!
//! Text from a spec is shown as written, never read as Markdown or HTML: a description
//! such as `bytes */<length>` must not turn into emphasis or a hidden HTML tag. Prose is
//! emitted as HTML paragraphs with `&`, `<` and `>` escaped; short values inside Markdown
//! (list items, table cells) get every ASCII punctuation character backslash-escaped.

use crate::ident::repeats;
use crate::model::{Code, Spec};
use crate::vocab::{Registration, StatusClass};

/// The rustdoc of one variant, one `#[doc]` line each: a card with everything the spec says
/// of the code. `krate` is the path of status-codes that links to its types use.
pub(crate) fn variant(code: &Code, spec: &Spec, krate: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut push = |s: String| lines.push(format!(" {s}"));

    // The first paragraph is the summary rustdoc shows in search results and item lists,
    // so it carries the code, the phrase in every language and any registry flag.
    let mut summary = code_span(&format!("{} {}", code.code, code.phrase));
    for (_, title) in &code.titles {
        summary.push_str(" · ");
        summary.push_str(&escape_markdown(title));
    }
    let registration = code.registration;
    if registration != Registration::Permanent {
        summary.push_str(&format!(" · **{registration}**"));
    }
    push(summary);
    push(String::new());

    if let Some(warning) = registration_warning(code, spec) {
        // rustdoc draws a `warning` div as a highlighted box.
        push("<div class=\"warning\">".into());
        push(String::new());
        push(warning);
        push(String::new());
        push("</div>".into());
        push(String::new());
    }

    for (lang, text) in &code.descriptions {
        let lang = escape_html(lang);
        push(format!("<p lang=\"{lang}\">{}</p>", escape_html(text)));
        push(String::new());
    }

    push(format!("- **Class:** {}", class_link(code.code, krate)));
    let reference = escape_markdown(&code.reference);
    push(format!(
        "- **Reference:** {}",
        match &code.link {
            Some(link) => format!("[{reference}]({})", escape_url(link)),
            None => reference,
        }
    ));
    let mut headers = String::new();
    for header in &code.headers {
        if !headers.is_empty() {
            headers.push_str(", ");
        }
        let (name, level) = (code_span(&header.name), header.level);
        match header.condition {
            // The condition goes with the level, so a `must` that holds only sometimes
            // never reads as a plain `must`.
            Some(condition) => {
                let condition = escape_markdown(condition.label_in("en").unwrap_or_default());
                headers.push_str(&format!("{name} ({level}, {condition})"));
            }
            None => headers.push_str(&format!("{name} ({level})")),
        }
    }
    if headers.is_empty() {
        headers.push_str("none");
    }
    push(format!("- **Header fields:** {headers}"));
    push(format!(
        "- **Heuristically cacheable:** {}",
        if code.cacheable {
            "yes: a cache may reuse the response without explicit freshness information"
        } else {
            "no: a cache reuses the response only with explicit freshness information"
        }
    ));
    let english = |label: Option<&str>| escape_markdown(label.unwrap_or_default());
    push(format!(
        "- **Content:** {}",
        english(code.content().label_in("en"))
    ));
    push(format!(
        "- **Retry:** {}",
        english(code.retry().label_in("en"))
    ));
    push(format!(
        "- **Registration:** {}",
        if registration == Registration::Permanent {
            registration.to_string()
        } else {
            format!("**{registration}**")
        }
    ));
    if !code.aliases.is_empty() {
        let mut list = String::new();
        for alias in &code.aliases {
            if !list.is_empty() {
                list.push_str(", ");
            }
            list.push_str(&escape_markdown(alias));
        }
        push(format!("- **Also known as:** {list}"));
    }
    if let Some(key) = &code.key {
        push(format!("- **Key:** {}", code_span(key)));
    }
    if let Some(problem_type) = &code.problem_type {
        push(format!("- **Problem type:** {}", code_span(problem_type)));
    }
    let mut problems = String::new();
    for problem in spec.problems.iter().filter(|p| p.status == code.code) {
        if !problems.is_empty() {
            problems.push_str(", ");
        }
        problems.push_str(&code_span(&problem.name));
    }
    if !problems.is_empty() {
        push(format!(
            "- **Problem types of the spec:** {problems} (see [the enum](#problem-types))"
        ));
    }
    lines
}

/// The section of the enum's docs on the problem types of its specs; `None` without any.
pub(crate) fn problems(spec: &Spec) -> Option<Vec<String>> {
    if spec.problems.is_empty() {
        return None;
    }
    let mut lines = vec![
        String::new(),
        " # Problem types".to_owned(),
        String::new(),
        " The RFC 9457 problem types of the specs: an error variant with".to_owned(),
        " `#[status(problem = \"name\")]` answers with one, its `detail` filled from the"
            .to_owned(),
        " variant's fields.".to_owned(),
    ];
    for problem in &spec.problems {
        lines.push(String::new());
        let title = &problem.titles[0].1;
        lines.push(format!(
            " - {} ({}): **{}**, type {}",
            code_span(&problem.name),
            problem.status,
            escape_markdown(title),
            code_span(&problem.type_uri)
        ));
        for (lang, title) in &problem.titles[1..] {
            lines.push(format!("   - {lang}: {}", escape_markdown(title)));
        }
        for (lang, template) in &problem.details {
            lines.push(format!(
                "   - detail ({lang}): {}",
                code_span(&template.text())
            ));
        }
    }
    Some(lines)
}

/// What a reader must know before sending a code that is not a permanent registration.
fn registration_warning(code: &Code, spec: &Spec) -> Option<String> {
    let warning = escape_markdown(code.registration.warning_in("en")?);
    Some(match code.registration {
        Registration::Unofficial => {
            let source = &spec.sources[code.mark.source];
            format!("{warning}; defined by {}", code_span(&source.name()))
        }
        _ => warning,
    })
}

/// Aliases rustdoc search finds the variant by: the number, the phrase, older names, titles.
pub(crate) fn aliases(code: &Code) -> Vec<String> {
    let mut candidates: Vec<String> = Vec::new();
    // rustdoc compares aliases in lower case: keep one of those that differ only in case.
    let mut lowercase: Vec<String> = Vec::new();
    let mut add = |candidate: &str| {
        // rustdoc refuses quotes, whitespace other than spaces, and outer spaces in an alias.
        let mut alias = String::with_capacity(candidate.len());
        for c in candidate.chars() {
            if c == '"' || c == '\'' {
                continue;
            }
            alias.push(if c.is_whitespace() { ' ' } else { c });
        }
        let alias = alias.trim();
        if !alias.is_empty() && alias != code.name {
            lowercase.push(alias.to_lowercase());
            candidates.push(alias.to_owned());
        }
    };
    add(&code.code.to_string());
    add(&code.phrase);
    for alias in &code.aliases {
        add(alias);
    }
    for (_, title) in &code.titles {
        add(title);
    }
    // A hostile spec can give one code a million aliases: `repeats` sorts them once.
    let keys: Vec<&str> = lowercase.iter().map(String::as_str).collect();
    let repeats = repeats(&keys);
    let mut out = Vec::with_capacity(candidates.len());
    for (i, alias) in candidates.into_iter().enumerate() {
        if repeats[i].is_none() {
            out.push(alias);
        }
    }
    out
}

/// Markdown: one section per class, each a table of its codes (code, phrase and titles, the
/// first sentence of the English description, reference). Codes link to the variants of
/// `enum_path`, so rustdoc checks every link.
pub(crate) fn table(spec: &Spec, enum_path: &str, krate: &str) -> String {
    let mut out = String::new();
    let mut current: Option<u16> = None;
    for code in &spec.codes {
        let class = code.code / 100;
        if current != Some(class) {
            current = Some(class);
            out.push_str(&format!("\n## {}\n\n", class_heading(code.code, krate)));
            out.push_str("| Code | Phrase | Description | Reference |\n|---:|---|---|---|\n");
        }
        // The titles go under the phrase: a column of their own would be too narrow to read.
        let mut phrase = escape_markdown(&code.phrase);
        for (_, title) in &code.titles {
            phrase.push_str("<br>");
            phrase.push_str(&escape_markdown(title));
        }
        if code.registration != Registration::Permanent {
            phrase.push_str(&format!("<br>*{}*", code.registration));
        }
        out.push_str(&format!(
            "| [`{}`]({enum_path}::{}) | {phrase} |",
            code.code, code.name
        ));
        let summary = code.description("en").map_or("", first_sentence);
        // "RFC 9110, Section 15.5.5" is the spec's text; "§" keeps the column narrow.
        let reference = match code.reference.split_once(", Section ") {
            Some((rfc, section)) => escape_markdown(&format!("{rfc} §{section}")),
            None => escape_markdown(&code.reference),
        };
        let reference = match &code.link {
            Some(link) => format!("[{reference}]({})", escape_url(link)),
            None => reference,
        };
        out.push_str(&format!(" {} | {reference} |\n", escape_markdown(summary)));
    }
    out
}

/// The first sentence of an English text: up to the first `. ` that ends a sentence.
fn first_sentence(text: &str) -> &str {
    let bytes = text.as_bytes();
    for (i, _) in text.match_indices(". ") {
        // "e.g. x" and "i.e. x" do not end a sentence; a capital letter after the space does.
        if bytes.get(i + 2).is_some_and(u8::is_ascii_uppercase) {
            return &text[..=i];
        }
    }
    text
}

/// `4xx Client Error`, linked to its `StatusClass`; `none` outside 100..=599.
fn class_link(code: u16, krate: &str) -> String {
    match StatusClass::of(code) {
        Some(class) => format!(
            "[{}xx {class}]({krate}::StatusClass::{})",
            class.digit(),
            class_variant(class)
        ),
        None => "none (600 to 999 are not valid on the wire)".into(),
    }
}

fn class_heading(code: u16, krate: &str) -> String {
    match StatusClass::of(code) {
        Some(_) => class_link(code, krate),
        None => format!("{}xx (not valid on the wire)", code / 100),
    }
}

/// The name of the class's variant, for links.
fn class_variant(class: StatusClass) -> &'static str {
    match class {
        StatusClass::Informational => "Informational",
        StatusClass::Success => "Success",
        StatusClass::Redirection => "Redirection",
        StatusClass::ClientError => "ClientError",
        StatusClass::ServerError => "ServerError",
    }
}

/// Text inside Markdown, shown as written: every ASCII punctuation character is
/// backslash-escaped (CommonMark allows that for all of them) and line breaks become spaces.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
            out.push(c);
        } else if c.is_whitespace() {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// Text inside an HTML block: a blank line would end the block, so whitespace runs collapse.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                c => out.push(c),
            }
        }
    }
    out
}

/// A Markdown code span that holds any text: the fence is longer than any run of
/// backticks inside, and padded when the text starts or ends with one.
fn code_span(text: &str) -> String {
    let mut words = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(word);
    }
    let text = words;
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// A link destination: characters that would end or break it are percent-encoded.
fn escape_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' | '<' | '>' | '(' | ')' | '"' | '`' | '\\' | '|' | '[' | ']' => {
                out.push_str(&format!("%{:02X}", c as u32));
            }
            c if c.is_whitespace() || c.is_control() => {
                let mut buf = [0; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iana() -> Spec {
        crate::tests::builtin_spec("iana")
    }

    fn by_code(spec: &Spec, n: u16) -> &Code {
        spec.codes.iter().find(|c| c.code == n).expect("registered")
    }

    #[test]
    fn every_code_has_a_complete_card() {
        let spec = iana();
        for code in &spec.codes {
            let docs = variant(code, &spec, "status_codes").join("\n");
            let number = code.code.to_string();
            assert!(
                docs.starts_with(&format!(" `{number} {}`", code.phrase)),
                "{docs}"
            );
            for lang in ["en", "zh"] {
                let text = code.description(lang).expect("both languages");
                assert!(
                    docs.contains(&format!("<p lang=\"{lang}\">{}</p>", escape_html(text))),
                    "{number} lacks its {lang} description"
                );
            }
            let link = code
                .link
                .as_deref()
                .expect("every IANA code links its definition");
            assert!(
                docs.contains(&format!("[{}]({link})", escape_markdown(&code.reference))),
                "{docs}"
            );
            for label in [
                "Class",
                "Header fields",
                "Heuristically cacheable",
                "Retry",
                "Registration",
            ] {
                assert!(
                    docs.contains(&format!("- **{label}:** ")),
                    "{number}: {label}"
                );
            }
            for header in &code.headers {
                let name = &header.name;
                assert!(docs.contains(&format!("`{name}`")), "{number}: {name}");
            }
            let flagged = docs.contains("<div class=\"warning\">");
            assert_eq!(
                flagged,
                code.registration != Registration::Permanent,
                "{number}"
            );
            let names = aliases(code);
            assert!(names.contains(&number), "{number}: {names:?}");
            assert!(
                names
                    .iter()
                    .all(|a| a != &code.name && !a.contains(['"', '\'']))
            );
            if let Some(zh) = code.title("zh") {
                assert!(names.iter().any(|a| a == zh), "{number}: {names:?}");
            }
        }
    }

    #[test]
    fn flags_reach_the_summary_line() {
        let spec = iana();
        for (n, word) in [
            (104, "temporary"),
            (305, "deprecated"),
            (306, "reserved"),
            (418, "reserved"),
            (510, "obsolete"),
        ] {
            let docs = variant(by_code(&spec, n), &spec, "status_codes");
            assert!(docs[0].ends_with(&format!(" · **{word}**")), "{}", docs[0]);
        }
        let docs = variant(by_code(&spec, 404), &spec, "status_codes");
        assert_eq!(docs[0], " `404 Not Found` · 未找到");
    }

    #[test]
    fn spec_text_is_shown_as_written() {
        // 416 says `bytes */<length>`: an unescaped `<length>` would be a hidden HTML tag.
        let spec = iana();
        let docs = variant(by_code(&spec, 416), &spec, "status_codes").join("\n");
        assert!(docs.contains("bytes */&lt;length&gt;"), "{docs}");
        assert_eq!(escape_markdown("a*b_[c]|"), "a\\*b\\_\\[c\\]\\|");
        assert_eq!(escape_html("a <b>\n\n& c"), "a &lt;b&gt; &amp; c");
        assert_eq!(code_span("404 Not Found"), "`404 Not Found`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`a"), "`` `a ``");
        assert_eq!(
            escape_url("https://x.test/a b(c)"),
            "https://x.test/a%20b%28c%29"
        );
    }

    #[test]
    fn a_conditional_level_shows_its_condition() {
        let spec = iana();
        let docs = variant(by_code(&spec, 304), &spec, "status_codes").join("\n");
        assert!(
            docs.contains("`Date` (must, if a 200 to the same request would carry it)"),
            "{docs}"
        );
        let docs = variant(by_code(&spec, 405), &spec, "status_codes").join("\n");
        assert!(
            docs.contains("- **Header fields:** `Allow` (must)\n"),
            "{docs}"
        );
    }

    #[test]
    fn old_names_are_aliases() {
        let spec = iana();
        assert!(aliases(by_code(&spec, 413)).contains(&"Payload Too Large".to_owned()));
        assert!(aliases(by_code(&spec, 422)).contains(&"Unprocessable Entity".to_owned()));
        assert!(aliases(by_code(&spec, 418)).contains(&"Im a teapot".to_owned()));
        assert!(aliases(by_code(&spec, 404)).contains(&"Not Found".to_owned()));
    }

    #[test]
    fn aliases_that_differ_only_in_case_are_one() {
        let mut code = crate::tests::builtin_spec("iana")
            .codes
            .into_iter()
            .find(|c| c.code == 418)
            .expect("registered");
        code.aliases = vec!["I'm a teapot".to_owned(), "I'm a Teapot".to_owned()];
        let names = aliases(&code);
        assert_eq!(
            names
                .iter()
                .filter(|a| a.eq_ignore_ascii_case("Im a teapot"))
                .count(),
            1,
            "{names:?}"
        );
    }

    #[test]
    fn table_lists_every_code_under_its_class() {
        let spec = iana();
        let table = table(&spec, "StatusCode", "status_codes");
        for code in &spec.codes {
            let row = format!("| [`{}`](StatusCode::{}) | ", code.code, code.name);
            let at = table
                .find(&row)
                .unwrap_or_else(|| panic!("no row for {}", code.code));
            let heading = table[..at].rfind("\n## ").expect("a class heading above");
            assert!(
                table[heading..].starts_with(&format!("\n## [{}xx ", code.code / 100)),
                "{} is under the wrong class",
                code.code
            );
        }
        assert_eq!(table.matches("\n## ").count(), 5);
        assert!(table.contains("| [`404`](StatusCode::NotFound) | Not Found<br>未找到 | "));
        assert!(table.contains("I\\'m a teapot<br>我是茶壶<br>*reserved*"));
    }

    #[test]
    fn first_sentence_stops_at_a_sentence_end() {
        assert_eq!(first_sentence("One. Two."), "One.");
        assert_eq!(first_sentence("Use e.g. this. Then"), "Use e.g. this.");
        assert_eq!(first_sentence("No end"), "No end");
    }
}
