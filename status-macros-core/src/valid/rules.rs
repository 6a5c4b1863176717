//! The rules a spec's codes follow, one function each under the line that states the rule.
//!
//! The readers apply the rules about one field as they read it, and [`entry`] those about a
//! whole entry once it is read: every rule runs once for every entry. Once the entries of
//! every spec are merged, [`complete`] makes each a checked [`Code`], and [`unique_names`]
//! checks the enum as a whole.

use crate::cx::Ctxt;
use crate::fields::{checked_value, code_fields};
use crate::ident::{CATCH_ALL, camel_case, identifier_problem, rename_hint, repeats};
use crate::load::Mark;
use crate::model::Code;
use crate::sources::Sources;
use crate::vocab::{Content, Retry};

use super::entry::{Entry, Field};

/// Whether every byte of `text` is one that `allowed` takes. The rules' byte classes go
/// through this one function, where each closure of its own would compile another copy of
/// `Iterator::all` into the macro.
pub(super) fn only(text: &str, allowed: fn(u8) -> bool) -> bool {
    text.bytes().all(allowed)
}

/// Where the code's number is, for messages.
fn code_text(code: u16) -> String {
    format!("code {code}")
}

// A status code has three digits (RFC 9110 section 15); 600..=999 are kept for internal use.
pub(super) fn code_in_range(value: i128, mark: Mark, cx: &mut Ctxt) -> Option<u16> {
    match u16::try_from(value) {
        Ok(code @ 100..=999) => Some(code),
        _ => {
            cx.at(
                mark,
                format!("code {value} is out of range; a status code is a number from 100 to 999"),
            );
            None
        }
    }
}

// A quoted code is the same number; with a leading zero it would read as another.
pub(super) fn no_leading_zero(text: &str, mark: Mark, cx: &mut Ctxt) -> bool {
    if !(text.len() > 1 && text.starts_with('0')) {
        return true;
    }
    let plain = text.trim_start_matches('0');
    let plain = if plain.is_empty() { "0" } else { plain };
    cx.at(
        mark,
        format!("code {text:?} has a leading zero; write it as {plain}"),
    );
    false
}

// The phrase goes on the wire: RFC 9112 section 4 allows only visible ASCII and spaces cleanly.
pub(super) fn phrase_on_the_wire(code: u16, phrase: &str, mark: Mark, cx: &mut Ctxt) -> bool {
    let what = code_text(code);
    let message = if let Some(bad) = phrase.chars().find(|c| !matches!(c, ' '..='~')) {
        if bad.is_ascii_control() {
            format!(
                "the phrase of {what} contains the control character {bad:?}, which cannot go on the wire; remove it or write a space"
            )
        } else {
            format!(
                "the phrase of {what} contains {bad:?}, which is not ASCII and cannot go on the wire; write the phrase in ASCII and put translations under `title:`"
            )
        }
    } else if phrase.trim() != phrase {
        format!("the phrase of {what} has leading or trailing spaces; remove them")
    } else {
        return true;
    };
    cx.at(mark, message);
    false
}

// A `name:` is a Rust identifier that a variant can take.
pub(super) fn variant_name(name: &str, mark: Mark, cx: &mut Ctxt) -> bool {
    let Some(why) = identifier_problem(name) else {
        return true;
    };
    let hint = rename_hint(name);
    cx.at(
        mark,
        format!("`{name}` cannot be a variant name: {why}; {hint}"),
    );
    false
}

// A link is a web address.
pub(super) fn link_is_web(code: u16, link: &str, mark: Mark, cx: &mut Ctxt) -> bool {
    if link.starts_with("https://") || link.starts_with("http://") {
        return true;
    }
    cx.at(
        mark,
        format!("the link of code {code} must start with https:// or http://"),
    );
    false
}

// A key goes into API error bodies and client code, so it is one plain word.
pub(super) fn key_is_a_word(code: u16, key: &str, mark: Mark, cx: &mut Ctxt) -> bool {
    let plain = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_.-".contains(&b);
    if only(key, plain) {
        return true;
    }
    cx.at(
        mark,
        format!(
            "the key {key:?} of code {code} may hold only lowercase ASCII letters, digits, `_`, `.` and `-`"
        ),
    );
    false
}

// A problem type is an absolute URI (RFC 9457 section 3.1.1): a scheme, `:`, and no spaces.
pub(super) fn problem_type_is_a_uri(what: &str, uri: &str, mark: Mark, cx: &mut Ctxt) -> bool {
    let valid = uri.split_once(':').is_some_and(|(scheme, rest)| {
        scheme
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic())
            && only(scheme, |b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
            && !rest.is_empty()
            && only(rest, |b| b.is_ascii_graphic())
    });
    if !valid {
        cx.at(
            mark,
            format!(
                "the problem type of {what} must be an absolute URI with no spaces, such as `https://example.com/problems/card-declined`"
            ),
        );
    }
    valid
}

// The English title is the reason phrase, so `title` has no `en` (a second one would be
// silently ignored).
pub(super) fn title_is_not_english(lang: &str, mark: Mark, cx: &mut Ctxt) -> bool {
    if lang != "en" {
        return true;
    }
    cx.at(
        mark,
        "`title` has no `en`: the English title is the `phrase`; remove it or change the phrase",
    );
    false
}

// A language tag is BCP 47 in its simple form: `en`, `zh`, `zh-Hant`, `pt-BR`.
pub(super) fn language_tag(lang: &str, mark: Mark, cx: &mut Ctxt) -> bool {
    let mut parts = lang.split('-');
    let primary = parts.next().unwrap_or_default();
    let mut valid = matches!(primary.len(), 2..=3) && only(primary, |b| b.is_ascii_lowercase());
    for part in parts {
        valid = valid && matches!(part.len(), 1..=8) && only(part, |b| b.is_ascii_alphanumeric());
    }
    if !valid {
        cx.at(
            mark,
            format!("{lang:?} is not a language tag; write a tag such as `en`, `zh` or `pt-BR`"),
        );
    }
    valid
}

// A header field name is an RFC 9110 token.
pub(super) fn header_name(name: &str, mark: Mark, cx: &mut Ctxt) -> bool {
    let token = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
    if !name.is_empty() && only(name, token) {
        return true;
    }
    cx.at(
        mark,
        format!("{name:?} is not a header field name; use letters, digits and `-`"),
    );
    false
}

/// Applies the rules about a whole entry to one just read, completing what follows from it:
/// the variant name a phrase makes, and the English description first. Each entry is checked
/// here once; merging only combines checked entries.
///
/// `given` lists the fields written, and the known fields a misspelt one was taken for (those
/// have been reported with the right name); `no_english` tells that the description is a
/// mapping without an `en` key (one that is there but bad has been reported by the reader).
pub(super) fn entry(entry: &mut Entry, given: &[&str], no_english: bool, cx: &mut Ctxt) {
    required_fields(entry, given, cx);
    if entry.name.is_none() {
        entry.name = variant_name_of(entry, cx);
    }
    english_first(entry, no_english, cx);
    informational_has_no_content(entry, cx);
    retry_only_for_errors(entry, cx);
}

/// Builds `checked` from the field list: the fields of a merged entry, each as its kind has it.
macro_rules! checked {
    ($($yaml:literal $field:ident: $ty:ty = $read:path => $kind:ident $(($default:expr))?;)*) => {
        fn checked(entry: Entry) -> Option<Code> {
            Some(Code {
                code: entry.code,
                mark: entry.mark,
                $($field: checked_value!($kind $(($default))?, entry.$field),)*
            })
        }
    };
}

code_fields!(checked);

/// The checked code of a merged entry; `None` only for an entry that lacks a required field,
/// which has been reported.
pub(super) fn complete(entry: Entry) -> Option<Code> {
    let mut code = checked(entry)?;
    // A reference to an RFC links to its text, unless the spec gives another link.
    if code.link.is_none() {
        code.link = rfc_link(&code.reference);
    }
    Some(code)
}

// A new code gives its phrase, description and reference; an override takes the ones it
// leaves out from the code it replaces.
fn required_fields(entry: &Entry, given: &[&str], cx: &mut Ctxt) {
    if entry.replaces {
        return;
    }
    for field in ["phrase", "description", "reference"] {
        if !given.contains(&field) {
            cx.at(
                entry.mark,
                format!("code {} has no `{field}`; add it", entry.code),
            );
        }
    }
}

// A variant is named by `name:`, or by the phrase in UpperCamelCase when that makes a name.
fn variant_name_of(entry: &Entry, cx: &mut Ctxt) -> Option<Field<String>> {
    let phrase = entry.phrase.as_ref()?;
    let name = camel_case(&phrase.value);
    let text = &phrase.value;
    let message = match identifier_problem(&name) {
        None => {
            return Some(Field {
                value: name,
                mark: phrase.mark,
            });
        }
        Some(_) if name.is_empty() => format!(
            "the phrase {text:?} has no letters or digits to make a variant name of; add `name:` with a Rust identifier"
        ),
        Some(why) => format!(
            "the phrase {text:?} does not make a variant name (`{name}`: {why}); add `name:` with a Rust identifier"
        ),
    };
    cx.at(phrase.mark, message);
    None
}

// Every description has an English text, which comes first.
fn english_first(entry: &mut Entry, no_english: bool, cx: &mut Ctxt) {
    let Some(field) = &mut entry.descriptions else {
        return;
    };
    if no_english {
        cx.at(
            field.mark,
            format!(
                "the description of code {} has no `en` text; add `en:` with one or two sentences",
                entry.code
            ),
        );
    }
    let texts = &mut field.value;
    if let Some(en) = texts.iter().position(|(lang, _)| lang == "en") {
        texts[..=en].rotate_right(1);
    }
}

// A 1xx response ends with its header section (RFC 9110 section 15.2), so it has no content.
fn informational_has_no_content(entry: &Entry, cx: &mut Ctxt) {
    let Some(content) = &entry.content else {
        return;
    };
    if Content::of_class(entry.code) == Content::None && content.value != Content::None {
        cx.at(
            content.mark,
            format!(
                "code {} is informational and cannot carry content; remove `content`",
                entry.code
            ),
        );
    }
}

// Only an error can be worth retrying: 1xx to 3xx responses are not failures.
fn retry_only_for_errors(entry: &Entry, cx: &mut Ctxt) {
    let Some(retry) = &entry.retry else {
        return;
    };
    if Retry::of_class(entry.code) == Retry::NotApplicable {
        cx.at(
            retry.mark,
            format!(
                "code {} is not an error, so `retry` does not apply; remove it",
                entry.code
            ),
        );
    }
}

// A reference to an RFC (`RFC 9110, Section 15.5.5` or `RFC 4918`) links to its text.
pub(crate) fn rfc_link(reference: &str) -> Option<String> {
    let rest = reference.strip_prefix("RFC ")?;
    let (number, section) = match rest.split_once(',') {
        Some((number, section)) => (number, Some(section.trim().strip_prefix("Section ")?)),
        None => (rest, None),
    };
    if number.is_empty() || !only(number, |b| b.is_ascii_digit()) {
        return None;
    }
    let base = format!("https://www.rfc-editor.org/rfc/rfc{number}");
    match section {
        None => Some(base),
        Some(s) if !s.is_empty() && only(s, |b| b.is_ascii_alphanumeric() || b == b'.') => {
            Some(format!("{base}#section-{s}"))
        }
        Some(_) => None,
    }
}

// Variant names are unique, and none is the catch-all's: each names one variant of the enum.
// A clash is reported at the code of a user's spec rather than a built-in one.
pub(super) fn unique_names(mut codes: Vec<Code>, sources: &Sources, cx: &mut Ctxt) -> Vec<Code> {
    let mut keep = vec![true; codes.len()];
    let mut names: Vec<&str> = Vec::with_capacity(codes.len());
    for code in &codes {
        names.push(&code.name);
    }
    let repeats = repeats(&names);
    for (later, code) in codes.iter().enumerate() {
        debug_assert_ne!(
            code.name, CATCH_ALL,
            "identifier_problem refuses the catch-all"
        );
        let Some(first) = repeats[later] else {
            continue;
        };
        let (a, b) = (&codes[first], code);
        let (here, there, drop) = if sources.is_builtin(b.mark.source) {
            (a, b, first)
        } else {
            (b, a, later)
        };
        let (name, there_code, here_code) = (a.name.clone(), there.code, here.code);
        cx.twice(here.mark, there.mark, move |first| {
            format!(
                "variant name `{name}` is used by codes {there_code} ({first}) and {here_code}; give one of them another `name:`"
            )
        });
        keep[drop] = false;
    }
    let mut keep = keep.into_iter();
    codes.retain(|_| keep.next().unwrap_or(true));
    codes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_references_become_links() {
        assert_eq!(
            rfc_link("RFC 9110, Section 15.5.5").as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5")
        );
        assert_eq!(
            rfc_link("RFC 4918").as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc4918")
        );
        assert_eq!(rfc_link("draft-ietf-httpbis-resumable-upload-05"), None);
        assert_eq!(rfc_link("RFC x"), None);
        assert_eq!(rfc_link("RFC 9110, Chapter 3"), None);
    }
}
