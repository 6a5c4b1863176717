//! Language negotiation (`status_codes::negotiate`), by properties over generated headers,
//! hostile ones included, and by the examples of RFC 9110 and RFC 4647.

use proptest::prelude::*;
use status_codes::negotiate::{MAX_RANGES, lookup};

/// The languages of the built-in specs.
const SPEC: &[&str] = &["en", "zh"];

/// A well-formed language range: `*` or a tag of one to four subtags.
fn range() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => Just("*".to_owned()),
        8 => "(en|zh|fr|de|EN|Zh|ja)(-[A-Za-z0-9]{1,8}){0,3}",
    ]
}

/// A weight as a header writes it, and its value in thousandths.
fn weight() -> impl Strategy<Value = (String, u16)> {
    prop_oneof![
        Just((String::new(), 1000)),
        (0u16..=999).prop_map(|t| (format!(";q=0.{t:03}"), t)),
        Just((";q=1".to_owned(), 1000)),
        Just((";q=0".to_owned(), 0)),
    ]
}

fn header() -> impl Strategy<Value = String> {
    prop::collection::vec((range(), weight()), 0..12).prop_map(|ranges| {
        ranges
            .iter()
            .map(|(tag, (weight, _))| format!("{tag}{weight}"))
            .collect::<Vec<_>>()
            .join(", ")
    })
}

/// A range reaches an available language when it is one, or continues one after a `-`.
fn reaches(range: &str, language: &str) -> bool {
    let (range, language) = (range.to_ascii_lowercase(), language.to_ascii_lowercase());
    range == language || range.starts_with(&format!("{language}-"))
}

/// RFC 4647 lookup written plainly, with allocation, for the ranges this file generates.
fn reference(ranges: &[(String, u16)]) -> &'static str {
    // `q=0` excludes the languages the range is, or is the start of (`zh;q=0` excludes
    // `zh-Hant`, `zh-CN;q=0` does not exclude `zh`); `*;q=0` excludes none.
    let excluded = |language: &str| {
        ranges
            .iter()
            .any(|(r, q)| *q == 0 && r != "*" && reaches(language, r))
    };
    let mut sorted: Vec<&(String, u16)> = ranges.iter().filter(|(_, q)| *q > 0).collect();
    sorted.sort_by_key(|r| std::cmp::Reverse(r.1));
    for (range, _) in sorted {
        if range == "*" {
            if let Some(language) = SPEC.iter().find(|l| !excluded(l)) {
                return language;
            }
            continue;
        }
        // The longest available language the range reaches (here: one of two).
        if let Some(language) = SPEC
            .iter()
            .rev()
            .find(|l| reaches(range, l) && !excluded(l))
        {
            return language;
        }
    }
    "en"
}

proptest! {
    #[test]
    fn any_text_gives_an_available_language(header in any::<String>()) {
        prop_assert!(SPEC.contains(&lookup(&header, SPEC)));
        prop_assert_eq!(lookup(&header, &[]), "en");
    }

    #[test]
    fn any_bytes_as_text_give_an_available_language(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let header = String::from_utf8_lossy(&bytes);
        prop_assert!(SPEC.contains(&lookup(&header, SPEC)));
    }

    #[test]
    fn case_does_not_matter(header in header()) {
        prop_assert_eq!(
            lookup(&header.to_ascii_uppercase(), SPEC),
            lookup(&header.to_ascii_lowercase(), SPEC)
        );
    }

    #[test]
    fn the_answer_is_rfc_4647_lookup(
        ranges in prop::collection::vec((range(), weight()), 0..MAX_RANGES)
    ) {
        let header = ranges
            .iter()
            .map(|(tag, (weight, _))| format!("{tag}{weight}"))
            .collect::<Vec<_>>()
            .join(",");
        let weighted: Vec<(String, u16)> =
            ranges.iter().map(|(tag, (_, q))| (tag.clone(), *q)).collect();
        prop_assert_eq!(lookup(&header, SPEC), reference(&weighted), "{}", header);
    }

    #[test]
    fn an_excluded_language_is_never_chosen_through_a_range(rest in header()) {
        let header = format!("zh;q=0, {rest}");
        prop_assert_ne!(lookup(&header, SPEC), "zh");
    }

    #[test]
    fn a_longer_tag_reaches_its_language(subtags in prop::collection::vec("[A-Za-z0-9]{2,8}", 0..5)) {
        let mut tag = "zh".to_owned();
        for subtag in &subtags {
            tag.push('-');
            tag.push_str(subtag);
        }
        prop_assert_eq!(lookup(&tag, SPEC), "zh", "{}", tag);
    }

    #[test]
    fn what_follows_the_first_ranges_does_not_count(first in header(), rest in ".{0,2000}") {
        // Pad to exactly MAX_RANGES elements, then anything.
        let elements = if first.is_empty() { 0 } else { first.split(',').count() };
        let mut capped = first.clone();
        for _ in elements..MAX_RANGES {
            capped.push_str(if capped.is_empty() { "x-pad" } else { ",x-pad" });
        }
        let longer = format!("{capped},{rest}, zh, *");
        prop_assert_eq!(lookup(&longer, SPEC), lookup(&capped, SPEC));
    }
}

#[test]
fn hostile_headers_answer_in_english_or_by_their_first_ranges() {
    // 64 KiB of one range, 10,000 ranges, commas only, an endless tag, endless weights.
    let long_tag = "a".repeat(64 * 1024);
    let many = "fr;q=0.5,".repeat(10_000);
    let commas = ",".repeat(64 * 1024);
    let weights = format!("zh{}", ";q=0.5".repeat(10_000));
    for header in [&long_tag, &many, &commas, &weights] {
        assert_eq!(lookup(header, SPEC), "en", "{}", &header[..40]);
    }
    let chinese_first = format!("zh,{many}");
    assert_eq!(lookup(&chinese_first, SPEC), "zh");
    let chinese_late = format!("{many}zh");
    assert_eq!(
        lookup(&chinese_late, SPEC),
        "en",
        "range 10,001 is not looked at"
    );
}

#[test]
fn the_examples_of_the_rfcs() {
    // RFC 9110 section 12.5.4.
    assert_eq!(lookup("da, en-gb;q=0.8, en;q=0.7", &["en", "da"]), "da");
    assert_eq!(lookup("da, en-gb;q=0.8, en;q=0.7", &["en", "zh"]), "en");
    // RFC 4647 section 3.4: zh-Hant-CN-x-private1-private2 falls back through zh-Hant-CN,
    // zh-Hant to zh.
    assert_eq!(
        lookup("zh-Hant-CN-x-private1-private2", &["en", "zh-Hant", "zh"]),
        "zh-Hant"
    );
    assert_eq!(lookup("zh-Hant-CN-x-private1-private2", SPEC), "zh");
    // Tags keep the spelling of the available list.
    assert_eq!(lookup("ZH-hANT", &["en", "zh-Hant"]), "zh-Hant");
}
