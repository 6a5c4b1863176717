//! Names: what makes a variant name, which known word a misspelt one was meant to be, and
//! which names repeat an earlier one. The macro arguments, the spec's fields and the docs use
//! them.

/// A path as its tokens spell it, without the spaces between them: `errors::AppStatus`.
pub(crate) fn path_text(path: &impl quote::ToTokens) -> String {
    path.to_token_stream().to_string().replace(" ", "")
}

/// The variant that keeps codes the spec lacks; no spec code may take its name.
pub(crate) const CATCH_ALL: &str = "Unknown";

/// The reason phrase in UpperCamelCase: `URI Too Long` becomes `UriTooLong`.
pub(crate) fn camel_case(phrase: &str) -> String {
    let mut name = String::with_capacity(phrase.len());
    // Words are runs of ASCII letters, digits and apostrophes; the apostrophes are dropped.
    let mut word_start = true;
    for c in phrase.chars() {
        if c == '\'' {
            continue;
        }
        if !c.is_ascii_alphanumeric() {
            word_start = true;
            continue;
        }
        name.push(if word_start {
            c.to_ascii_uppercase()
        } else {
            c.to_ascii_lowercase()
        });
        word_start = false;
    }
    name
}

/// How to fix a bad `name:`: the name in UpperCamelCase when that is a good one.
pub(crate) fn rename_hint(name: &str) -> String {
    let camel = camel_case(name);
    if camel != name && identifier_problem(&camel).is_none() {
        format!("write `{camel}`")
    } else {
        "write another name, a Rust identifier in UpperCamelCase".to_owned()
    }
}

/// Why `name` cannot be a variant name, if it cannot.
pub(crate) fn identifier_problem(name: &str) -> Option<&'static str> {
    let mut chars = name.chars();
    // A phrase such as `...` makes an empty name.
    let Some(first) = chars.next() else {
        return Some("it is empty");
    };
    if !(first.is_ascii_alphabetic() || first == '_') {
        return Some("a Rust identifier starts with a letter or `_`");
    }
    if !chars.all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Some("a Rust identifier has only ASCII letters, digits and `_`");
    }
    if name == "_" || KEYWORDS.contains(&name) {
        return Some("it is a Rust keyword");
    }
    if name == CATCH_ALL {
        return Some("`Unknown` is the variant that keeps codes the spec lacks");
    }
    if name.starts_with("__") {
        return Some("names starting with `__` are kept for generated helpers");
    }
    None
}

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// The known word nearest to a misspelt one, if any is near.
pub(crate) fn closest<'k>(word: &str, known: &[&'k str]) -> Option<&'k str> {
    let length = word.chars().count();
    let mut best: Option<(usize, &'k str)> = None;
    for &k in known {
        let near = 2.max(k.len() / 3);
        // The distance is at least the difference in length; skipping far words keeps a
        // megabyte-long field name from costing a megabyte-sized table per known word.
        if length.abs_diff(k.chars().count()) > near {
            continue;
        }
        let distance = edit_distance(word, k);
        if distance <= near && best.is_none_or(|best| (distance, k) < best) {
            best = Some((distance, k));
        }
    }
    best.map(|(_, k)| k)
}

/// For each of `keys`, the index of the first key equal to it when that is an earlier one;
/// `None` where a key is written for the first time.
///
/// One sort of the keys and a binary search for each, not a search of the keys before it: a
/// hostile spec can write a million names. Not a hash set either: each set type would compile
/// another copy of hashbrown into the macro, and the checks of repeated names would need four.
pub(crate) fn repeats(keys: &[&str]) -> Vec<Option<usize>> {
    let mut distinct: Vec<&str> = keys.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    // Where each distinct key is first written.
    let mut first: Vec<Option<usize>> = vec![None; distinct.len()];
    let mut repeats = Vec::with_capacity(keys.len());
    for (i, key) in keys.iter().enumerate() {
        let at = distinct
            .binary_search(key)
            .expect("every key is among the distinct keys");
        repeats.push(first[at]);
        first[at].get_or_insert(i);
    }
    repeats
}

fn edit_distance(a: &str, b: &str) -> usize {
    let columns = b.chars().count();
    let mut row: Vec<usize> = Vec::with_capacity(columns + 1);
    for j in 0..=columns {
        row.push(j);
    }
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.chars().enumerate() {
            let next = (prev + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[columns]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_become_upper_camel_case() {
        assert_eq!(camel_case("URI Too Long"), "UriTooLong");
        assert_eq!(camel_case("I'm a teapot"), "ImATeapot");
        assert_eq!(
            camel_case("Non-Authoritative Information"),
            "NonAuthoritativeInformation"
        );
        assert_eq!(camel_case("---"), "");
    }

    #[test]
    fn identifiers_are_checked() {
        assert_eq!(identifier_problem("NotFound"), None);
        assert_eq!(identifier_problem("fn"), Some("it is a Rust keyword"));
        assert_eq!(
            identifier_problem(CATCH_ALL),
            Some("`Unknown` is the variant that keeps codes the spec lacks")
        );
        assert_eq!(rename_hint("type"), "write `Type`");
    }

    #[test]
    fn repeats_point_at_the_first_writing() {
        assert_eq!(
            repeats(&["b", "a", "b", "c", "b", "a"]),
            [None, None, Some(0), None, Some(0), Some(1)]
        );
        assert_eq!(repeats(&[]), []);
    }

    #[test]
    fn suggestions_are_near_misses_only() {
        let known = ["phrase", "reference", "description"];
        assert_eq!(closest("phrse", &known), Some("phrase"));
        assert_eq!(closest("refrence", &known), Some("reference"));
        assert_eq!(closest("Description", &known), Some("description"));
        assert_eq!(closest("colour", &known), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
