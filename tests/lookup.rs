//! The lookup example, run as a process: its output for codes, classes, words, `--all`, a code
//! the registry lacks and bad input, in English and in Chinese, and its exit statuses.
//!
//! Expected texts come from `StatusCode` itself, so a change to the spec cannot make these
//! tests disagree with the tool.

use std::process::Command;

use status_codes::{Registration, StatusClass, StatusCode};

/// The lookup tool, which cargo builds for this test.
fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_lookup")
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn lookup(args: &[&str]) -> Run {
    let output = Command::new(binary())
        .args(args)
        .output()
        .expect("the example runs");
    Run {
        code: output.status.code().expect("the example exits by itself"),
        stdout: String::from_utf8(output.stdout).expect("UTF-8 output"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8 errors"),
    }
}

/// Runs and expects success with nothing on stderr.
fn found(args: &[&str]) -> String {
    let run = lookup(args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    assert!(run.stderr.is_empty(), "{args:?}: {}", run.stderr);
    run.stdout
}

/// The codes at the start of each table row, in order.
fn table_codes(text: &str) -> Vec<u16> {
    text.lines()
        .filter_map(|line| line.get(..5)?.strip_suffix("  ")?.parse().ok())
        .collect()
}

fn zh(status: StatusCode) -> &'static str {
    status.description_in("zh").expect("every IANA code has zh")
}

fn en(status: StatusCode) -> &'static str {
    status.description().expect("every IANA code has en")
}

#[test]
fn every_code_has_a_card_in_both_languages() {
    for &status in StatusCode::ALL {
        let number = status.as_u16().to_string();
        for (lang, first, second) in [
            ("en", en(status), zh(status)),
            ("zh", zh(status), en(status)),
        ] {
            let card = found(&["--lang", lang, &number]);
            let title = format!("{status} · {}", status.title_in("zh").expect("a title"));
            assert_eq!(card.lines().next(), Some(title.as_str()), "{card}");
            // Everything the variant docs show.
            let name = status.name().expect("known");
            assert!(card.contains(&format!("StatusCode::{name}\n")), "{card}");
            let class = status.class().expect("a class");
            let class_name = class.name_in(lang).expect("en and zh");
            assert!(
                card.contains(&format!("{}xx {class_name}\n", class.digit())),
                "{card}"
            );
            let reference = status.reference().expect("a reference");
            let link = status.link().expect("a link");
            assert!(card.contains(&format!("{reference}  {link}\n")), "{card}");
            for header in status.headers() {
                assert!(card.contains(header.name), "{number}: {}", header.name);
            }
            for alias in status.aliases() {
                assert!(card.contains(alias), "{number}: {alias}");
            }
            let registration = status.registration().expect("registered");
            let row = card
                .lines()
                .find(|l| l.starts_with("  Registration ") || l.starts_with("  注册状态 "))
                .expect("a registration row");
            match lang {
                "en" => assert!(row.ends_with(&format!(" {registration}")), "{row}"),
                _ => assert!(!row.contains(|c: char| c.is_ascii_alphabetic()), "{row}"),
            }
            assert_eq!(
                card.lines().nth(1).is_some_and(|l| l.starts_with("  ! ")),
                registration != Registration::Permanent,
                "{card}"
            );
            // Both descriptions, the chosen language first.
            let a = card
                .find(&format!("  {first}\n"))
                .expect("first description");
            let b = card
                .find(&format!("  {second}\n"))
                .expect("second description");
            assert!(a < b, "{lang}: {card}");
        }
    }
}

#[test]
fn a_conditional_level_is_shown_with_its_condition() {
    let card = found(&["304"]);
    assert!(
        card.contains("Date (must, if a 200 to the same request would carry it)"),
        "{card}"
    );
    let card = found(&["--lang", "zh", "304"]);
    assert!(
        card.contains("Date (必须，仅当对同一请求的 200 响应会带上它时)"),
        "{card}"
    );
    // A level for every response stands alone.
    assert!(found(&["405"]).contains("Allow (must)\n"));
}

#[test]
fn cards_are_labelled_in_the_chosen_language() {
    let english = found(&["404"]);
    for label in ["Class", "Reference", "Header fields", "Cacheable", "Retry"] {
        assert!(
            english.contains(&format!("\n  {label} ")),
            "{label}: {english}"
        );
    }
    assert!(english.contains("4xx Client Error"));
    let chinese = found(&["--lang", "zh", "404"]);
    for label in ["类别", "出处", "相关首部", "可缓存", "重试", "注册状态"] {
        assert!(
            chinese.contains(&format!("\n  {label} ")),
            "{label}: {chinese}"
        );
    }
    assert!(chinese.contains("4xx 客户端错误") && !chinese.contains("Client Error"));
    // `--lang` may come after the code too.
    assert_eq!(found(&["404", "--lang", "zh"]), chinese);

    let deprecated = found(&["--lang", "zh", "305"]);
    assert!(deprecated.contains("\n  ! 已弃用"), "{deprecated}");
    assert!(found(&["306"]).contains("\n  ! reserved"));
    assert!(found(&["104"]).contains("\n  ! temporary"));
    assert!(found(&["510"]).contains("\n  ! obsolete"));
}

#[test]
fn a_class_is_an_aligned_table_of_its_codes() {
    for class in StatusClass::ALL {
        let expected: Vec<u16> = StatusCode::ALL
            .iter()
            .filter(|s| s.class() == Some(class))
            .map(|s| s.as_u16())
            .collect();
        let digit = class.digit().to_string();
        for lang in ["en", "zh"] {
            let text = found(&["--lang", lang, &format!("{digit}xx")]);
            assert_eq!(
                found(&["--lang", lang, &digit]),
                text,
                "{digit} and {digit}xx"
            );
            assert_eq!(found(&["--lang", lang, &format!("{digit}XX")]), text);
            let heading = format!("{digit}xx {}", class.name_in(lang).expect("en and zh"));
            assert!(text.starts_with(&heading), "{text}");
            assert!(text.contains(class.description_in(lang).expect("en and zh")));
            assert_eq!(table_codes(&text), expected, "{lang} {digit}xx");

            // Aligned: the title and the description start at the same display column in
            // every row.
            let rows: Vec<&str> = text.lines().filter(|l| table_codes(l).len() == 1).collect();
            let columns: Vec<(usize, usize)> = rows
                .iter()
                .map(|row| {
                    let status = StatusCode::from(row[..3].parse::<u16>().expect("a code"));
                    let title = status.title_in("zh").expect("a title");
                    let title_at = row.find(title).expect("the row shows its title");
                    let after_title = &row[title_at + title.len()..];
                    let text_at = row.len() - after_title.trim_start_matches(' ').len();
                    // The start of the description, after the registry flag if there is one.
                    let rest = &row[text_at..];
                    let shown = match rest.strip_prefix('[') {
                        Some(flagged) => flagged.split_once("] ").expect("a flag").1,
                        None => rest,
                    };
                    let description = status.description_in(lang).expect("en and zh");
                    assert!(description.starts_with(shown), "{row}");
                    (
                        display_width(&row[..title_at]),
                        display_width(&row[..text_at]),
                    )
                })
                .collect();
            assert!(
                columns.windows(2).all(|w| w[0] == w[1]),
                "{lang} {digit}xx is not aligned: {columns:?}\n{text}"
            );
        }
    }
}

#[test]
fn all_lists_every_code_by_class() {
    let expected: Vec<u16> = StatusCode::ALL.iter().map(|s| s.as_u16()).collect();
    let english = found(&["--all"]);
    assert_eq!(table_codes(&english), expected);
    for class in StatusClass::ALL {
        assert!(english.contains(&format!("{}xx {class}", class.digit())));
    }
    let chinese = found(&["--all", "--lang", "zh"]);
    assert_eq!(table_codes(&chinese), expected);
    assert!(
        chinese.contains("5xx 服务器错误")
            && chinese.contains(zh(StatusCode::Ok).split('。').next().expect("text"))
    );
    // Codes that should not be sent say so in the table.
    assert!(english.contains("[reserved]") && chinese.contains("[保留]"));
}

#[test]
fn words_find_codes_best_first() {
    // A word of two phrases: both, in order, before codes that only mention it.
    for (args, first) in [
        (vec!["timeout"], [408, 504]),
        (vec!["Timeout"], [408, 504]),
        (vec!["超时"], [408, 504]),
        (vec!["--lang", "zh", "timeout"], [408, 504]),
        (vec!["--lang", "zh", "超时"], [408, 504]),
    ] {
        let text = found(&args);
        assert_eq!(table_codes(&text)[..2], first, "{args:?}: {text}");
    }
    let chinese = found(&["--lang", "zh", "超时"]);
    assert!(
        chinese.contains(
            zh(StatusCode::RequestTimeout)
                .split('。')
                .next()
                .expect("text")
        )
    );
    let english = found(&["超时"]);
    assert!(
        english.contains(
            en(StatusCode::RequestTimeout)
                .split(". ")
                .next()
                .expect("text")
        )
    );

    // One match is shown as its card: an older name finds the code that replaced it.
    for (args, status) in [
        (vec!["teapot"], StatusCode::Unused418),
        (vec!["--lang", "zh", "teapot"], StatusCode::Unused418),
        (vec!["payload", "too", "large"], StatusCode::ContentTooLarge),
        (vec!["未找到"], StatusCode::NotFound),
    ] {
        let text = found(&args);
        assert!(
            text.starts_with(&format!("{status} · ")),
            "{args:?}: {text}"
        );
    }
    // An exact name ranks first even when other codes contain it.
    let found_codes = table_codes(&found(&["found"]));
    assert_eq!(found_codes[0], 302, "{found_codes:?}");
    assert!(found_codes.contains(&404));
}

#[test]
fn names_other_tables_use_find_their_codes() {
    // Go's `StatusText(414)` and Python's `HTTPStatus(418).phrase`, in any case.
    for (args, status) in [
        (vec!["Request URI Too Long"], StatusCode::UriTooLong),
        (
            vec!["request", "uri", "too", "long"],
            StatusCode::UriTooLong,
        ),
        (vec!["I'm a Teapot"], StatusCode::Unused418),
        (vec!["I'M A TEAPOT"], StatusCode::Unused418),
        // Chinese names as developers search them; 301/302 and 308/307 are told apart.
        (vec!["永久移动"], StatusCode::MovedPermanently),
        (vec!["临时移动"], StatusCode::Found),
        (vec!["未授权"], StatusCode::Unauthorized),
        (vec!["协商缓存"], StatusCode::NotModified),
    ] {
        let text = found(&args);
        assert!(
            text.starts_with(&format!("{status} · ")),
            "{args:?}: {text}"
        );
    }
    for (word, first) in [("永久重定向", [308, 301]), ("临时重定向", [307, 302])] {
        let text = found(&["--lang", "zh", word]);
        assert_eq!(table_codes(&text), first, "{word}: {text}");
    }
}

#[test]
fn words_that_match_nothing_say_so() {
    let run = lookup(&["qqxqqz"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (1, "no status code matches \"qqxqqz\"\n")
    );
    let run = lookup(&["--lang", "zh", "qqxqqz"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.starts_with("没有与"), "{}", run.stdout);
}

#[test]
fn a_code_the_registry_lacks_shows_its_class() {
    for (code, class) in [
        (599, StatusClass::ServerError),
        (199, StatusClass::Informational),
    ] {
        let base = StatusCode::from(class.digit() * 100);
        let run = lookup(&[&code.to_string()]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(
            run.stdout
                .starts_with(&format!("{code} is not in the IANA registry.\n"))
        );
        assert!(run.stdout.contains(class.description_in("en").expect("en")));
        assert!(
            run.stdout.contains(&format!("treats it as {base}.")),
            "{}",
            run.stdout
        );

        let run = lookup(&["--lang", "zh", &code.to_string()]);
        assert_eq!(run.code, 1);
        assert!(
            run.stdout
                .starts_with(&format!("{code} 不在 IANA 注册表中。\n"))
        );
        assert!(run.stdout.contains(class.name_in("zh").expect("zh")));
        assert!(run.stdout.contains(class.description_in("zh").expect("zh")));
    }
    for code in ["600", "099"] {
        let run = lookup(&[code]);
        assert_eq!(run.code, 1);
        assert!(
            run.stdout.contains("not a valid HTTP status code"),
            "{}",
            run.stdout
        );
        assert!(
            lookup(&["--lang", "zh", code])
                .stdout
                .contains("不是有效的 HTTP 状态码")
        );
    }
}

#[test]
fn bad_input_prints_usage_and_exits_2() {
    for args in [
        &[][..],
        &[""],
        &["--lang"],
        &["--lang", "fr", "404"],
        &["--bogus"],
        &["4040"],
        &["6xx"],
        &["0"],
        &["404", "500"],
        &["404", "timeout"],
        &["--all", "404"],
        &["!!"],
    ] {
        let run = lookup(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
        assert!(
            run.stderr.starts_with("lookup: "),
            "{args:?}: {}",
            run.stderr
        );
        assert!(run.stderr.contains("\nusage: lookup "), "{args:?}");
    }
    let help = found(&["--help"]);
    assert!(help.starts_with("usage: lookup "));
}

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_bad_input() {
    use std::os::unix::ffi::OsStrExt;
    let output = Command::new(binary())
        .arg(std::ffi::OsStr::from_bytes(b"\xff404"))
        .output()
        .expect("the example runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not valid UTF-8"));
}

/// East Asian wide characters take two columns, as in the tool.
fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| {
            if ('\u{2E80}'..='\u{FFE6}').contains(&c) {
                2
            } else {
                1
            }
        })
        .sum()
}

#[test]
fn the_readme_shows_real_output() {
    let readme = include_str!("../README.md");
    let mut shown = 0;
    for block in readme.split("```console\n").skip(1) {
        let block = block.split("```").next().expect("a closed block");
        let (command, output) = block.split_once('\n').expect("a command and its output");
        let args = command
            .strip_prefix("$ cargo run --bin lookup --")
            .expect("console blocks run the lookup tool");
        let args: Vec<&str> = args.split_whitespace().collect();
        let run = lookup(&args);
        assert_eq!(
            run.stdout, output,
            "README.md shows other output for {args:?}"
        );
        shown += 1;
    }
    assert!(shown >= 3, "README.md shows {shown} lookups");
}
