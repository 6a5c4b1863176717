//! Language negotiation: which of a spec's languages answers an `Accept-Language` header
//! (RFC 9110 section 12.5.4), by the "lookup" scheme of RFC 4647 section 3.4.
//!
//! ```
//! use status_codes::negotiate::lookup;
//!
//! let available = ["en", "zh"];
//! assert_eq!(lookup("zh-CN,zh;q=0.9,en;q=0.8", &available), "zh");
//! assert_eq!(lookup("zh-Hans-CN", &available), "zh");
//! assert_eq!(lookup("en;q=0.5, zh", &available), "zh");
//! assert_eq!(lookup("ZH", &available), "zh");
//! assert_eq!(lookup("fr-CH, fr;q=0.9, *;q=0.5", &available), "en");
//! assert_eq!(lookup("zh;q=0, *", &available), "en");
//! assert_eq!(lookup("ceci n'est pas un en-tête", &available), "en");
//! ```
//!
//! # The rules
//!
//! - The ranges are taken by their weight (`q`), highest first; of equal weights, the one
//!   written first. A range without `q` weighs 1.
//! - A range reaches a language by truncation (RFC 4647 section 3.4): `zh-Hans-CN` tries
//!   `zh-Hans-CN`, then `zh-Hans`, then `zh`. Tags compare without regard to case; the
//!   answer is spelled as in `available`.
//! - `q=0` says "not this one": a language that a range of weight 0 matches (the range
//!   itself or a longer tag under it, so `zh;q=0` excludes `zh` and `zh-Hant`) is never
//!   chosen through another range.
//! - `*` stands for any language: it gives the first language of `available`.
//! - When no range reaches a language, the answer is the first language of `available`,
//!   which for a status enum is English ([`StatusEnum::LANGUAGES`](crate::StatusEnum::LANGUAGES)
//!   lists `"en"` first), even when the client excluded it: an answer in a language the
//!   client did not ask for is better than none, as RFC 9110 allows, and the response says
//!   which language it is in (`Content-Language`).
//!
//! # Traditional Chinese
//!
//! The built-in specs' `zh` texts are Simplified Chinese. A spec may add `zh-Hant` texts:
//! a request for `zh-TW`, `zh-HK` or `zh-MO` (regions that write Traditional Chinese) then
//! reaches `zh-Hant` before `zh`, and `zh-CN`, `zh-SG` and `zh-MY` reach `zh-Hans` before
//! `zh` in the same way. Without such texts, `zh-TW` and `zh-Hant` get the Simplified `zh`
//! texts, by plain truncation: a reader of Traditional Chinese reads Simplified far more
//! easily than English, which is the only other answer. A client that does not want them
//! says `zh-Hans;q=0` (or `zh;q=0`), and gets English.
//!
//! # Hostile headers
//!
//! Nothing here allocates or panics. A malformed range (not `1*8ALPHA *("-" 1*8alphanum)`
//! or `*`, longer than [`MAX_RANGE_LEN`], with a weight that is not a valid `qvalue` or
//! another parameter) is skipped, and the rest of the header still counts. Only the first
//! [`MAX_RANGES`] elements of the list are looked at, so the work is bounded by a constant
//! times the number of available languages, however long the header is; a 64 KiB header of
//! 10,000 ranges costs what its first 32 cost.

/// How many elements of an `Accept-Language` list are looked at; browsers send fewer than
/// ten, and the rest of a longer list is ignored.
pub const MAX_RANGES: usize = 32;

/// The longest language range taken, in bytes; a longer one is skipped. BCP 47 tags in use
/// (language, script, region, variants) stay far below it.
pub const MAX_RANGE_LEN: usize = 64;

/// How many available languages are considered; those after the first 64 are never chosen.
const MAX_AVAILABLE: usize = 64;

/// The language of `available` that answers `accept_language`: a whole `Accept-Language`
/// value, or a single tag such as `"zh"`. The first of `available` (English, for a status
/// enum's languages) when nothing matches, and `"en"` when `available` is empty.
///
/// See the [module docs](self) for the rules.
pub fn lookup<'a>(accept_language: &str, available: &[&'a str]) -> &'a str {
    let available = &available[..available.len().min(MAX_AVAILABLE)];
    let fallback = available.first().copied().unwrap_or("en");
    // Most headers exclude nothing: one pass then, and a second only for those that do.
    let (language, excludes) = best(accept_language, available, 0, fallback);
    if !excludes {
        return language;
    }
    let excluded = exclusions(accept_language, available);
    best(accept_language, available, excluded, fallback).0
}

/// The language of the best range that reaches one not `excluded`, and whether a range
/// excludes some (a weight of 0, other than `*`'s).
fn best<'a>(
    header: &str,
    available: &[&'a str],
    excluded: u64,
    fallback: &'a str,
) -> (&'a str, bool) {
    let mut best: Option<(u16, &'a str)> = None;
    let mut excludes = false;
    for range in ranges(header) {
        // A weight of 0 excludes; an earlier range of the same weight wins.
        if range.q == 0 {
            excludes |= range.tag != "*";
            continue;
        }
        if best.is_some_and(|(q, _)| q >= range.q) {
            continue;
        }
        if let Some(language) = reach(range.tag, available, excluded, fallback) {
            best = Some((range.q, language));
        }
    }
    (best.map_or(fallback, |(_, language)| language), excludes)
}

/// A language range of the header with its weight in thousandths.
#[derive(Clone, Copy, Debug)]
struct Range<'h> {
    tag: &'h str,
    q: u16,
}

/// The well-formed ranges among the first [`MAX_RANGES`] elements of the list.
fn ranges(header: &str) -> impl Iterator<Item = Range<'_>> {
    header.split(',').take(MAX_RANGES).filter_map(range)
}

/// One element of the list: `tag`, or `tag;q=0.5` with optional whitespace.
fn range(element: &str) -> Option<Range<'_>> {
    let (tag, params) = match element.split_once(';') {
        Some((tag, params)) => (tag, Some(params)),
        None => (element, None),
    };
    let tag = tag.trim_matches(is_ows);
    if !is_range(tag) {
        return None;
    }
    let q = match params {
        None => 1000,
        Some(params) => weight(params.trim_matches(is_ows))?,
    };
    Some(Range { tag, q })
}

fn is_ows(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// `*`, or `1*8ALPHA *("-" 1*8alphanum)` (RFC 4647 section 2.1) of at most
/// [`MAX_RANGE_LEN`] bytes.
fn is_range(tag: &str) -> bool {
    if tag == "*" {
        return true;
    }
    if tag.is_empty() || tag.len() > MAX_RANGE_LEN {
        return false;
    }
    // One pass over the bytes: the length of the current subtag, and whether it is the first.
    let (mut len, mut first) = (0usize, true);
    for b in tag.bytes() {
        match b {
            b'-' if (1..=8).contains(&len) => (len, first) = (0, false),
            b if b.is_ascii_alphabetic() || (!first && b.is_ascii_digit()) => len += 1,
            _ => return false,
        }
    }
    (1..=8).contains(&len)
}

/// The weight of `q=0.5` in thousandths: `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "."
/// 0*3("0") ] )` (RFC 9110 section 12.4.2); `None` for anything else.
fn weight(param: &str) -> Option<u16> {
    let (name, value) = param.split_once('=')?;
    if !name.trim_end_matches(is_ows).eq_ignore_ascii_case("q") {
        return None;
    }
    let value = value.trim_start_matches(is_ows).as_bytes();
    let (first, rest) = value.split_first()?;
    let fraction = match rest {
        [] => &[][..],
        [b'.', digits @ ..] if digits.len() <= 3 => digits,
        _ => return None,
    };
    let mut thousandths = 0u16;
    for place in 0..3 {
        let digit = match fraction.get(place) {
            Some(d) if d.is_ascii_digit() => u16::from(d - b'0'),
            Some(_) => return None,
            None => 0,
        };
        thousandths = thousandths * 10 + digit;
    }
    match first {
        b'0' => Some(thousandths),
        b'1' if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// The available languages (bit `i` for `available[i]`) that a range of weight 0 matches
/// by basic filtering (RFC 4647 section 3.3.1): the range itself, or a tag that continues it
/// after a `-`. `*;q=0` excludes nothing here: the fallback is English all the same.
fn exclusions(header: &str, available: &[&str]) -> u64 {
    let mut excluded = 0u64;
    for range in ranges(header).filter(|r| r.q == 0 && r.tag != "*") {
        for (i, language) in available.iter().enumerate() {
            if extends(language, range.tag) {
                excluded |= 1u64 << i;
            }
        }
    }
    excluded
}

/// Whether `tag` is `prefix` or continues it after a `-`, without regard to case.
fn extends(tag: &str, prefix: &str) -> bool {
    match tag.get(..prefix.len()) {
        Some(head) if head.eq_ignore_ascii_case(prefix) => {
            tag.len() == prefix.len() || tag.as_bytes()[prefix.len()] == b'-'
        }
        _ => false,
    }
}

/// The available language a range reaches by RFC 4647 lookup, not excluded.
fn reach<'a>(
    tag: &str,
    available: &[&'a str],
    excluded: u64,
    fallback: &'a str,
) -> Option<&'a str> {
    let find = |candidate: &str| {
        available
            .iter()
            .enumerate()
            .find(|(i, language)| {
                excluded & (1u64 << i) == 0 && language.eq_ignore_ascii_case(candidate)
            })
            .map(|(_, language)| *language)
    };
    if tag == "*" {
        if available.is_empty() {
            return Some(fallback);
        }
        return (0..available.len())
            .find(|i| excluded & (1u64 << i) == 0)
            .map(|i| available[i]);
    }
    if let Some(language) = find(tag) {
        return Some(language);
    }
    if let Some(script) = implied_script(tag)
        && let Some(language) = find(script)
    {
        return Some(language);
    }
    let mut rest = tag;
    while let Some((shorter, _)) = rest.rsplit_once('-') {
        // A single-letter subtag (an extension or private-use singleton) goes with what
        // follows it.
        rest = match shorter.rsplit_once('-') {
            Some((before, last)) if last.len() == 1 => before,
            _ => shorter,
        };
        if let Some(language) = find(rest) {
            return Some(language);
        }
    }
    None
}

/// The script a Chinese range implies by its region when it names none: `zh-TW` is written
/// in Traditional characters, `zh-CN` in Simplified.
fn implied_script(tag: &str) -> Option<&'static str> {
    let mut subtags = tag.split('-');
    if !subtags.next()?.eq_ignore_ascii_case("zh") {
        return None;
    }
    let region = subtags.next()?;
    let traditional = ["TW", "HK", "MO"];
    let simplified = ["CN", "SG", "MY"];
    if traditional.iter().any(|r| r.eq_ignore_ascii_case(region)) {
        Some("zh-Hant")
    } else if simplified.iter().any(|r| r.eq_ignore_ascii_case(region)) {
        Some("zh-Hans")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &[&str] = &["en", "zh"];

    #[test]
    fn weights_follow_the_qvalue_grammar() {
        assert_eq!(weight("q=0.5"), Some(500));
        assert_eq!(weight("Q = 0.125"), Some(125));
        assert_eq!(weight("q=1.000"), Some(1000));
        assert_eq!(weight("q=1.001"), None);
        assert_eq!(weight("q=0.1234"), None);
        assert_eq!(weight("q=2"), None);
        assert_eq!(weight("q="), None);
        assert_eq!(weight("level=1"), None);
    }

    #[test]
    fn a_region_reaches_its_script_before_the_language() {
        let spec = ["en", "zh", "zh-Hant"];
        assert_eq!(lookup("zh-TW", &spec), "zh-Hant");
        assert_eq!(lookup("zh-hk", &spec), "zh-Hant");
        assert_eq!(lookup("zh-CN", &spec), "zh");
        assert_eq!(lookup("zh-TW", SPEC), "zh");
        assert_eq!(lookup("zh-Hant-TW", SPEC), "zh");
    }

    #[test]
    fn exclusion_covers_longer_tags_only() {
        assert_eq!(lookup("zh-CN;q=0, zh", SPEC), "zh");
        assert_eq!(lookup("zh;q=0, zh-CN", SPEC), "en");
        assert_eq!(lookup("en;q=0, *", SPEC), "zh");
        assert_eq!(lookup("x-private-zh, zh-x-foo", SPEC), "zh");
    }
}
