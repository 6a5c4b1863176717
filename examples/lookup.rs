//! Looks up HTTP status codes from the terminal, in English or Chinese.
//!
//! ```text
//! cargo run --example lookup -- 404            # the card of one code
//! cargo run --example lookup -- 4xx            # a class as a table (also: 4)
//! cargo run --example lookup -- timeout        # codes whose names or descriptions match
//! cargo run --example lookup -- --lang zh 超时  # the same in Chinese
//! cargo run --example lookup -- --all          # every code
//! ```
//!
//! Everything printed comes from the generated `StatusCode`; there is no second copy of the data.

use std::fmt::Write as _;
use std::process::ExitCode;

use status_codes::{Content, Retry, StatusClass, StatusCode};

const USAGE: &str = "\
usage: lookup [--lang en|zh] <CODE | CLASS | WORD | --all>

  404         the card of one code
  4xx, 4      the codes of a class, as a table
  timeout     codes whose phrase, names or descriptions contain the word (English or Chinese)
  --all       every code, as a table
  --lang zh   print in Chinese (default: en)";

#[derive(Clone, Copy, PartialEq)]
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

enum Query {
    Code(u16),
    Class(StatusClass),
    Words(String),
    All,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse_args(&args) {
        Ok((lang, query)) => {
            let (text, found) = run(lang, &query);
            print!("{text}");
            if found {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(problem) => {
            eprintln!("lookup: {problem}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn parse_args(args: &[String]) -> Result<(Lang, Query), String> {
    let mut lang = Lang::En;
    let mut query = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let next = match arg.as_str() {
            "--lang" => {
                lang = match args.next().map(String::as_str) {
                    Some("en") => Lang::En,
                    Some("zh") => Lang::Zh,
                    Some(other) => return Err(format!("unknown language {other:?}; use en or zh")),
                    None => return Err("--lang needs a language: en or zh".into()),
                };
                continue;
            }
            "--all" => Query::All,
            "-h" | "--help" => return Err("help".into()),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag:?}")),
            text => parse_query(text)?,
        };
        if query.replace(next).is_some() {
            return Err("give one code, class or word".into());
        }
    }
    query
        .map(|q| (lang, q))
        .ok_or_else(|| "nothing to look up".into())
}

fn parse_query(text: &str) -> Result<Query, String> {
    let digits = text.trim_end_matches(['x', 'X']);
    let class = |digit: &str| {
        digit
            .parse::<u16>()
            .ok()
            .and_then(|d| StatusClass::of(d * 100))
            .map(Query::Class)
            .ok_or_else(|| format!("{text:?} is not a class; classes are 1xx to 5xx"))
    };
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        return match text.len() {
            1 => class(text),
            3 => Ok(Query::Code(
                text.parse()
                    .map_err(|_| format!("{text:?} is not a code"))?,
            )),
            _ => Err(format!("{text:?} is not a code; codes have three digits")),
        };
    }
    if digits.len() == 1 && text.len() == 3 && digits.bytes().all(|b| b.is_ascii_digit()) {
        return class(digits);
    }
    let words = text.trim();
    if words.is_empty()
        || words.bytes().all(|b| b.is_ascii_punctuation())
        || words.bytes().any(|b| b.is_ascii_digit())
    {
        return Err(format!("{text:?} is neither a code, a class nor a word"));
    }
    Ok(Query::Words(words.to_lowercase()))
}

/// The text to print, and whether anything was found.
fn run(lang: Lang, query: &Query) -> (String, bool) {
    match query {
        Query::Code(code) => match StatusCode::known(*code) {
            Some(status) => (card(status, lang), true),
            None => (unknown(*code, lang), false),
        },
        Query::Class(class) => {
            let codes: Vec<StatusCode> = StatusCode::ALL
                .iter()
                .copied()
                .filter(|s| s.class() == Some(*class))
                .collect();
            let heading = format!(
                "{}xx {}: {}\n\n",
                class.digit(),
                class.name_in(lang.tag()).unwrap_or_default(),
                class.description_in(lang.tag()).unwrap_or_default()
            );
            (heading + &table(&codes, lang), true)
        }
        Query::All => (table(StatusCode::ALL, lang), true),
        Query::Words(words) => {
            let found = search(words);
            if found.is_empty() {
                let message = lang.pick("no status code matches", "没有匹配的状态码");
                return (format!("{message} {words:?}\n"), false);
            }
            match found.as_slice() {
                [one] => (card(*one, lang), true),
                many => (table(many, lang), true),
            }
        }
    }
}

/// Codes whose phrase, names or descriptions contain the words, best match first.
fn search(words: &str) -> Vec<StatusCode> {
    let contains = |text: Option<&str>| text.is_some_and(|t| t.to_lowercase().contains(words));
    let mut scored: Vec<(u8, StatusCode)> = StatusCode::ALL
        .iter()
        .filter_map(|&status| {
            let phrase = status.reason_phrase().map(str::to_lowercase);
            let score = if phrase.as_deref() == Some(words) {
                5
            } else if contains(status.reason_phrase()) || contains(status.title_in("zh")) {
                4
            } else if status.aliases().iter().any(|a| contains(Some(a))) {
                3
            } else if StatusCode::LANGUAGES
                .iter()
                .any(|lang| contains(status.description_in(lang)))
            {
                1
            } else {
                return None;
            };
            Some((score, status))
        })
        .collect();
    scored.sort_by_key(|&(score, status)| (std::cmp::Reverse(score), status));
    scored.into_iter().map(|(_, status)| status).collect()
}

fn card(status: StatusCode, lang: Lang) -> String {
    let mut out = String::new();
    let title = status
        .title_in("zh")
        .map(|zh| format!(" · {zh}"))
        .unwrap_or_default();
    let _ = writeln!(out, "{status}{title}");
    let mut row = |label_en: &str, label_zh: &str, value: String| {
        let label = lang.pick(label_en, label_zh);
        let _ = writeln!(out, "  {}{value}", pad(label, 16));
    };
    if let Some(class) = status.class() {
        row(
            "Class",
            "类别",
            format!(
                "{}xx {}",
                class.digit(),
                class.name_in(lang.tag()).unwrap_or_default()
            ),
        );
    }
    if let Some(reference) = status.reference() {
        let link = status.link().map(|l| format!("  {l}")).unwrap_or_default();
        row("Reference", "出处", format!("{reference}{link}"));
    }
    let headers: Vec<String> = status
        .headers()
        .iter()
        .map(|h| {
            format!(
                "{} ({})",
                h.name,
                lang.pick(requirement_en(h.requirement), requirement_zh(h.requirement))
            )
        })
        .collect();
    row(
        "Header fields",
        "相关首部",
        if headers.is_empty() {
            "-".into()
        } else {
            headers.join(", ")
        },
    );
    let cacheable = match (status.is_heuristically_cacheable(), lang) {
        (true, Lang::En) => "yes, heuristically",
        (false, Lang::En) => "no (only with explicit freshness)",
        (true, Lang::Zh) => "是（可启发式缓存）",
        (false, Lang::Zh) => "否（需显式缓存控制）",
    };
    row("Cacheable", "可缓存", cacheable.into());
    row(
        "Content",
        "响应内容",
        content(status.content(), lang).into(),
    );
    row("Retry", "重试", retry(status.retry(), lang).into());
    if let Some(registration) = status.registration() {
        row("Registration", "注册状态", registration.to_string());
    }
    if !status.aliases().is_empty() {
        row("Also known as", "别名", status.aliases().join(", "));
    }
    out.push('\n');
    let order = match lang {
        Lang::En => ["en", "zh"],
        Lang::Zh => ["zh", "en"],
    };
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
    let base = StatusCode::from(class.digit() * 100);
    let class_name = class.name_in(lang.tag()).unwrap_or_default();
    let meaning = class.description_in(lang.tag()).unwrap_or_default();
    match lang {
        Lang::En => format!(
            "{code} is not in the IANA registry.\n  Class {}xx {class_name}: {meaning}\n  A client that does not know it treats it as {base}.\n",
            class.digit()
        ),
        Lang::Zh => format!(
            "{code} 不在 IANA 注册表中。\n  类别 {}xx {class_name}：{meaning}\n  不认识它的客户端会把它当作 {base} 处理。\n",
            class.digit()
        ),
    }
}

/// An aligned table: code, phrase, title in the language, one line of description.
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
        let summary = first_sentence(status.description_in(lang.tag()).unwrap_or_default());
        let _ = writeln!(
            out,
            "{}  {}  {}  {summary}",
            status.as_u16(),
            pad(phrase, phrase_width),
            pad(title, title_width)
        );
    }
    out
}

fn first_sentence(text: &str) -> &str {
    let end = text
        .find(['。', '；'])
        .map(|i| i + '。'.len_utf8())
        .or_else(|| text.find(". ").map(|i| i + 1));
    end.map_or(text, |e| &text[..e])
}

fn requirement_en(r: status_codes::Requirement) -> &'static str {
    match r {
        status_codes::Requirement::Must => "must",
        status_codes::Requirement::Should => "should",
        status_codes::Requirement::May => "may",
    }
}

fn requirement_zh(r: status_codes::Requirement) -> &'static str {
    match r {
        status_codes::Requirement::Must => "必须",
        status_codes::Requirement::Should => "应当",
        status_codes::Requirement::May => "可以",
    }
}

fn content(content: Content, lang: Lang) -> &'static str {
    match content {
        Content::Allowed => lang.pick("allowed", "允许"),
        Content::Empty => lang.pick(
            "must be empty (send Content-Length: 0)",
            "必须为空（发送 Content-Length: 0）",
        ),
        Content::None => lang.pick(
            "none: the response ends after its headers",
            "无：响应在首部之后结束",
        ),
    }
}

fn retry(retry: Retry, lang: Lang) -> &'static str {
    match retry {
        Retry::NotApplicable => lang.pick("not applicable (not an error)", "不适用（不是错误）"),
        Retry::Never => lang.pick(
            "no: the same request fails again; change it first",
            "否：原样重发仍会失败，需先修改请求",
        ),
        Retry::May => lang.pick("may be retried unchanged", "可以原样重试"),
        Retry::After => lang.pick(
            "retry after the Retry-After delay",
            "按 Retry-After 指定的时间后重试",
        ),
    }
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
