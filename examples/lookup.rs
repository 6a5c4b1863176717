//! Looks up HTTP status codes from the terminal, in English or Chinese.
//!
//! ```text
//! cargo run --bin lookup -- 404            # the card of one code
//! cargo run --bin lookup -- 4xx            # a class as a table (also: 4)
//! cargo run --bin lookup -- timeout        # codes whose names or descriptions match, best first
//! cargo run --bin lookup -- --lang zh 超时  # the same in Chinese
//! cargo run --bin lookup -- --all          # every code, by class
//! ```
//!
//! Exit status: 0 when something was found, 1 when nothing was (a code the registry lacks,
//! a word nothing matches), 2 for bad input.
//!
//! Everything printed about a code comes from the generated `StatusCode` and the types it
//! returns, their labels included (`Retry::label_in` and the like); there is no second copy of
//! the data here, only the names of the rows.

use std::fmt::Write as _;
use std::process::ExitCode;

use status_codes::{Registration, StatusClass, StatusCode};

const USAGE: &str = "\
usage: lookup [--lang en|zh] <CODE | CLASS | WORD... | --all>

  404          the card of one code
  4xx, 4       the codes of a class, as a table
  timeout      codes whose phrase, names or descriptions contain the words (English or Chinese)
  --all        every code, by class
  --lang zh    print in Chinese (default: en)
  -h, --help   print this help

exit status: 0 found, 1 not found, 2 bad input";

#[derive(Clone, Copy, PartialEq, Debug)]
enum Lang {
    En,
    Zh,
}

impl Lang {
    fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// Picks the English or the Chinese text.
    fn pick<'a>(self, en: &'a str, zh: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }
}

#[derive(Debug, PartialEq)]
enum Query {
    Code(u16),
    Class(StatusClass),
    Words(String),
    All,
}

#[derive(Debug, PartialEq)]
enum Command {
    Help,
    Lookup(Lang, Query),
}

fn main() -> ExitCode {
    let mut args = Vec::new();
    for arg in std::env::args_os().skip(1) {
        match arg.into_string() {
            Ok(arg) => args.push(arg),
            Err(arg) => return bad_input(&format!("{arg:?} is not valid UTF-8")),
        }
    }
    match parse_args(&args) {
        Ok(Command::Help) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Command::Lookup(lang, query)) => {
            let (text, found) = run(lang, &query);
            print!("{text}");
            if found {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(problem) => bad_input(&problem),
    }
}

fn bad_input(problem: &str) -> ExitCode {
    eprintln!("lookup: {problem}\n\n{USAGE}");
    ExitCode::from(2)
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    let mut lang = Lang::En;
    let mut all = false;
    let mut words: Vec<&str> = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => {
                lang = match args.next().map(String::as_str) {
                    Some("en") => Lang::En,
                    Some("zh") => Lang::Zh,
                    Some(other) => return Err(format!("unknown language {other:?}; use en or zh")),
                    None => return Err("--lang needs a language: en or zh".into()),
                }
            }
            "--all" => all = true,
            "-h" | "--help" => return Ok(Command::Help),
            flag if flag.starts_with('-') && flag.len() > 1 => {
                return Err(format!("unknown option {flag:?}"));
            }
            text => words.push(text),
        }
    }
    let query = match (all, words.as_slice()) {
        (true, []) => Query::All,
        (true, _) => return Err("--all takes no code, class or word".into()),
        (false, []) => return Err("nothing to look up".into()),
        (false, [one]) => parse_query(one)?,
        // Several words are one phrase (`lookup payload too large`), but not several codes.
        (false, many) => {
            for word in many {
                if !matches!(parse_query(word), Ok(Query::Words(_))) {
                    return Err(format!(
                        "{word:?} is one of several arguments; give one code, class or word"
                    ));
                }
            }
            parse_query(&many.join(" "))?
        }
    };
    Ok(Command::Lookup(lang, query))
}

fn parse_query(text: &str) -> Result<Query, String> {
    let text = text.trim();
    let class = |digit: u8| {
        StatusClass::of(u16::from(digit - b'0') * 100)
            .map(Query::Class)
            .ok_or_else(|| format!("{text:?} is not a class; classes are 1xx to 5xx"))
    };
    match text.as_bytes() {
        [d] if d.is_ascii_digit() => class(*d),
        [d, x, y]
            if d.is_ascii_digit()
                && x.eq_ignore_ascii_case(&b'x')
                && y.eq_ignore_ascii_case(&b'x') =>
        {
            class(*d)
        }
        [a, b, c] if [a, b, c].iter().all(|b| b.is_ascii_digit()) => text
            .parse()
            .map(Query::Code)
            .map_err(|_| format!("{text:?} is not a code")),
        digits if digits.iter().all(u8::is_ascii_digit) && !digits.is_empty() => {
            Err(format!("{text:?} is not a code; codes have three digits"))
        }
        _ if text.chars().any(char::is_alphabetic) => Ok(Query::Words(text.to_lowercase())),
        _ => Err(format!("{text:?} is neither a code, a class nor a word")),
    }
}

/// The text to print, and whether anything was found.
fn run(lang: Lang, query: &Query) -> (String, bool) {
    match query {
        Query::Code(code) => match StatusCode::known(*code) {
            Some(status) => (card(status, lang), true),
            None => (unknown(*code, lang), false),
        },
        Query::Class(class) => (class_table(*class, lang), true),
        Query::All => {
            let sections: Vec<String> = StatusClass::ALL
                .iter()
                .map(|&class| class_table(class, lang))
                .collect();
            (sections.join("\n"), true)
        }
        Query::Words(words) => match search(words).as_slice() {
            [] => {
                let message = match lang {
                    Lang::En => format!("no status code matches {words:?}\n"),
                    Lang::Zh => format!("没有与 {words:?} 匹配的状态码\n"),
                };
                (message, false)
            }
            [one] => (card(*one, lang), true),
            many => (table(many, lang), true),
        },
    }
}

/// Codes whose phrase, titles, older names or descriptions contain the words, best first:
/// an exact name, then a whole word of a name, part of a name, an older name, a whole word
/// of a description, part of a description; codes in order within each rank.
fn search(words: &str) -> Vec<StatusCode> {
    let mut ranked: Vec<(u8, StatusCode)> = StatusCode::ALL
        .iter()
        .filter_map(|&status| {
            let names: Vec<String> = StatusCode::LANGUAGES
                .iter()
                .filter_map(|lang| status.title_in(lang))
                .map(str::to_lowercase)
                .collect();
            let aliases: Vec<String> = status.aliases().iter().map(|a| a.to_lowercase()).collect();
            let descriptions: Vec<String> = StatusCode::LANGUAGES
                .iter()
                .filter_map(|lang| status.description_in(lang))
                .map(str::to_lowercase)
                .collect();
            let rank = if names.iter().chain(&aliases).any(|n| n == words) {
                6
            } else if names.iter().any(|n| has_word(n, words)) {
                5
            } else if names.iter().any(|n| n.contains(words)) {
                4
            } else if aliases.iter().any(|a| a.contains(words)) {
                3
            } else if descriptions.iter().any(|d| has_word(d, words)) {
                2
            } else if descriptions.iter().any(|d| d.contains(words)) {
                1
            } else {
                return None;
            };
            Some((rank, status))
        })
        .collect();
    ranked.sort_by_key(|&(rank, status)| (std::cmp::Reverse(rank), status));
    ranked.into_iter().map(|(_, status)| status).collect()
}

/// Whether `words` occurs in `text` between word boundaries (ASCII letters and digits).
fn has_word(text: &str, words: &str) -> bool {
    text.match_indices(words).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + words.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphanumeric())
            && !after.is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

/// Everything the enum knows of one code.
fn card(status: StatusCode, lang: Lang) -> String {
    let mut out = String::new();
    let titles: String = StatusCode::LANGUAGES
        .iter()
        .filter(|&&l| l != "en")
        .filter_map(|l| status.title_in(l))
        .map(|t| format!(" · {t}"))
        .collect();
    let _ = writeln!(out, "{status}{titles}");
    if let Some(registration) = status
        .registration()
        .filter(|r| *r != Registration::Permanent)
    {
        let warning = registration.warning_in(lang.tag()).unwrap_or_default();
        let _ = writeln!(out, "  ! {warning}");
    }
    let mut row = |label_en: &str, label_zh: &str, value: &str| {
        let label = lang.pick(label_en, label_zh);
        let _ = writeln!(out, "  {}{value}", pad(label, 16));
    };
    if let Some(name) = status.name() {
        row("Variant", "变体", &format!("StatusCode::{name}"));
    }
    if let Some(class) = status.class() {
        let name = class.name_in(lang.tag()).unwrap_or_default();
        row("Class", "类别", &format!("{}xx {name}", class.digit()));
    }
    if let Some(reference) = status.reference() {
        let link = status.link().map(|l| format!("  {l}")).unwrap_or_default();
        row("Reference", "出处", &format!("{reference}{link}"));
    }
    let headers: Vec<String> = status
        .headers()
        .iter()
        .map(|h| {
            let level = label(h.requirement.label_in(lang.tag()));
            match h.condition {
                // A level that holds only sometimes is shown with its condition.
                Some(condition) => {
                    let condition = label(condition.label_in(lang.tag()));
                    let comma = lang.pick(", ", "，");
                    format!("{} ({level}{comma}{condition})", h.name)
                }
                None => format!("{} ({level})", h.name),
            }
        })
        .collect();
    let headers = if headers.is_empty() {
        "-".to_owned()
    } else {
        headers.join(", ")
    };
    row("Header fields", "相关首部", &headers);
    let cacheable = match (status.is_heuristically_cacheable(), lang) {
        (true, Lang::En) => "yes, heuristically (without explicit freshness)",
        (false, Lang::En) => "only with explicit freshness information",
        (true, Lang::Zh) => "是，可启发式缓存（无需显式缓存控制）",
        (false, Lang::Zh) => "仅在有显式缓存控制时",
    };
    row("Cacheable", "可缓存", cacheable);
    row(
        "Content",
        "响应内容",
        label(status.content().label_in(lang.tag())),
    );
    row("Retry", "重试", label(status.retry().label_in(lang.tag())));
    if let Some(registration) = status.registration() {
        row(
            "Registration",
            "注册状态",
            label(registration.label_in(lang.tag())),
        );
    }
    if !status.aliases().is_empty() {
        row("Also known as", "别名", &status.aliases().join(", "));
    }
    if let Some(key) = status.key() {
        row("Key", "键", key);
    }
    out.push('\n');
    // The chosen language first, then the others the spec has.
    let order = std::iter::once(lang.tag()).chain(
        StatusCode::LANGUAGES
            .iter()
            .copied()
            .filter(|&l| l != lang.tag()),
    );
    for tag in order {
        if let Some(text) = status.description_in(tag) {
            let _ = writeln!(out, "  {text}");
        }
    }
    out
}

fn unknown(code: u16, lang: Lang) -> String {
    let Some(class) = StatusClass::of(code) else {
        return match lang {
            Lang::En => format!(
                "{code} is not a valid HTTP status code: valid codes are 100 to 599, and a client treats any other code as a 5xx error.\n"
            ),
            Lang::Zh => format!(
                "{code} 不是有效的 HTTP 状态码：有效范围是 100 到 599，客户端会把其他状态码当作 5xx 错误处理。\n"
            ),
        };
    };
    // RFC 9110 section 15: a client treats a code it does not know as the x00 of its class.
    let base = StatusCode::from(class.digit() * 100);
    let name = class.name_in(lang.tag()).unwrap_or_default();
    let meaning = class.description_in(lang.tag()).unwrap_or_default();
    let digit = class.digit();
    match lang {
        Lang::En => format!(
            "{code} is not in the IANA registry.\n  Class {digit}xx {name}: {meaning}\n  A client that does not know it treats it as {base}.\n"
        ),
        Lang::Zh => format!(
            "{code} 不在 IANA 注册表中。\n  类别 {digit}xx {name}：{meaning}\n  不认识它的客户端会把它当作 {base} 处理。\n"
        ),
    }
}

/// A class's heading and meaning, then its codes as a table.
fn class_table(class: StatusClass, lang: Lang) -> String {
    let codes: Vec<StatusCode> = StatusCode::ALL
        .iter()
        .copied()
        .filter(|s| s.class() == Some(class))
        .collect();
    let colon = lang.pick(": ", "：");
    format!(
        "{}xx {}{colon}{}\n\n{}",
        class.digit(),
        class.name_in(lang.tag()).unwrap_or_default(),
        class.description_in(lang.tag()).unwrap_or_default(),
        table(&codes, lang)
    )
}

/// An aligned table: code, phrase, Chinese title, then the first sentence of the description
/// in the language, after the registry state when the code is not a permanent registration.
fn table(codes: &[StatusCode], lang: Lang) -> String {
    let mut out = String::new();
    let phrase_width = codes
        .iter()
        .filter_map(|s| s.reason_phrase())
        .map(width)
        .max()
        .unwrap_or(0);
    let title_width = codes
        .iter()
        .filter_map(|s| s.title_in("zh"))
        .map(width)
        .max()
        .unwrap_or(0);
    for status in codes {
        let phrase = status.reason_phrase().unwrap_or_default();
        let title = status.title_in("zh").unwrap_or_default();
        let flag = status
            .registration()
            .filter(|r| *r != Registration::Permanent)
            .map(|r| format!("[{}] ", label(r.label_in(lang.tag()))))
            .unwrap_or_default();
        let summary = first_sentence(status.description_in(lang.tag()).unwrap_or_default());
        let _ = writeln!(
            out,
            "{}  {}  {}  {flag}{summary}",
            status.as_u16(),
            pad(phrase, phrase_width),
            pad(title, title_width)
        );
    }
    out
}

/// Up to the first full stop (`. ` in English, `。` in Chinese), or all of the text.
fn first_sentence(text: &str) -> &str {
    let chinese = text.find('。').map(|i| i + '。'.len_utf8());
    let english = text.find(". ").map(|i| i + 1);
    match (chinese, english) {
        (Some(a), Some(b)) => &text[..a.min(b)],
        (Some(end), None) | (None, Some(end)) => &text[..end],
        (None, None) => text,
    }
}

/// A label of the vocabulary, which has every label in both languages of the tool.
fn label(text: Option<&'static str>) -> &'static str {
    text.unwrap_or_default()
}

/// Display width in a terminal: East Asian wide characters take two columns.
fn width(text: &str) -> usize {
    text.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

fn pad(text: &str, to: usize) -> String {
    format!("{text}{}", " ".repeat(to.saturating_sub(width(text))))
}
