//! The RFC facts of every code of every built-in spec (heuristic cacheability, content, header
//! fields and their levels, retry) against a table kept beside the tests, `data/facts.tsv`:
//! an edit of a spec that changes a fact fails here until the table is changed with it.

use std::collections::BTreeMap;

use status_codes::{Condition, Content, Header, Requirement, Retry, StatusCode, status_enum};

/// The table, read independently of the macro.
const TABLE: &str = include_str!("data/facts.tsv");

// Each vendor spec alone, without IANA: vendors may one day share a number, and a row names
// the spec whose fact it pins.
/// nginx's codes alone.
#[status_enum(spec = "nginx")]
pub enum Nginx {}

/// Cloudflare's codes alone.
#[status_enum(spec = "cloudflare")]
pub enum Cloudflare {}

/// Microsoft's codes alone.
#[status_enum(spec = "iis")]
pub enum Iis {}

/// The AWS load balancer's codes alone.
#[status_enum(spec = "aws")]
pub enum Aws {}

/// The shared unofficial codes alone.
#[status_enum(spec = "unofficial")]
pub enum Unofficial {}

/// The facts of one code, as the table writes them.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Facts {
    cacheable: String,
    content: String,
    retry: String,
    /// `Name:level` pairs, or `Name:level if condition` for a level that holds only under a
    /// condition, sorted: the order of a spec's header list is not a fact.
    headers: Vec<String>,
}

/// What a generated enum says of one code, in the table's words.
fn facts(cacheable: bool, content: Content, retry: Retry, headers: &[Header]) -> Facts {
    let mut headers: Vec<String> = headers
        .iter()
        .map(|h| {
            let level = match h.requirement {
                Requirement::Must => "must",
                Requirement::Should => "should",
                Requirement::May => "may",
            };
            match h.condition {
                Some(condition) => format!("{}:{level} if {}", h.name, condition.word()),
                None => format!("{}:{level}", h.name),
            }
        })
        .collect();
    headers.sort();
    Facts {
        cacheable: if cacheable { "yes" } else { "no" }.to_owned(),
        content: match content {
            Content::Allowed => "allowed",
            Content::Empty => "empty",
            Content::None => "none",
        }
        .to_owned(),
        retry: match retry {
            Retry::NotApplicable => "n/a",
            Retry::Never => "never",
            Retry::May => "may",
            Retry::After => "after",
        }
        .to_owned(),
        headers,
    }
}

/// Every code of every built-in spec, keyed by (spec, code), from the generated enums.
fn generated() -> BTreeMap<(String, u16), Facts> {
    let mut out = BTreeMap::new();
    macro_rules! add {
        ($spec:literal, $enum:ty) => {
            for &s in <$enum>::ALL {
                let fact = facts(
                    s.is_heuristically_cacheable(),
                    s.content(),
                    s.retry(),
                    s.headers(),
                );
                let previous = out.insert(($spec.to_owned(), s.as_u16()), fact);
                assert!(previous.is_none(), "{} twice in {}", s.as_u16(), $spec);
            }
        };
    }
    add!("iana", StatusCode);
    add!("nginx", Nginx);
    add!("cloudflare", Cloudflare);
    add!("iis", Iis);
    add!("aws", Aws);
    add!("unofficial", Unofficial);
    out
}

/// The table's rows, keyed by (spec, code); a malformed or repeated row is a failure.
fn table(text: &str) -> BTreeMap<(String, u16), Facts> {
    let mut rows = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'));
    let (_, columns) = rows.next().expect("a header row");
    assert_eq!(columns, "spec\tcode\tcacheable\tcontent\tretry\theaders");
    let mut out = BTreeMap::new();
    for (i, line) in rows {
        let at = i + 1;
        let fields: Vec<&str> = line.split('\t').collect();
        let [spec, code, cacheable, content, retry, headers] = fields[..] else {
            panic!("facts.tsv:{at}: six tab-separated columns expected: {line:?}");
        };
        let code: u16 = code
            .parse()
            .unwrap_or_else(|_| panic!("facts.tsv:{at}: {code:?} is not a code"));
        assert!(
            ["yes", "no"].contains(&cacheable)
                && ["allowed", "empty", "none"].contains(&content)
                && ["n/a", "never", "may", "after"].contains(&retry),
            "facts.tsv:{at}: a word outside the vocabulary: {line:?}"
        );
        let mut headers: Vec<String> = match headers {
            "-" => Vec::new(),
            list => list.split(',').map(str::to_owned).collect(),
        };
        headers.sort();
        for pair in &headers {
            let level = pair.rsplit_once(':').map(|(_, level)| level);
            let (level, condition) = match level.and_then(|l| l.split_once(" if ")) {
                Some((level, condition)) => (Some(level), Some(condition)),
                None => (level, None),
            };
            assert!(
                matches!(level, Some("must" | "should" | "may"))
                    && condition.is_none_or(|c| Condition::ALL.iter().any(|k| k.word() == c)),
                "facts.tsv:{at}: {pair:?} is not Name:level or Name:level if condition"
            );
        }
        let fact = Facts {
            cacheable: cacheable.to_owned(),
            content: content.to_owned(),
            retry: retry.to_owned(),
            headers,
        };
        let previous = out.insert((spec.to_owned(), code), fact);
        assert!(previous.is_none(), "facts.tsv:{at}: {spec} {code} twice");
    }
    out
}

/// Every difference between the table and the enums, one line each.
fn differences(
    table: &BTreeMap<(String, u16), Facts>,
    generated: &BTreeMap<(String, u16), Facts>,
) -> Vec<String> {
    let mut out = Vec::new();
    for (key, ours) in generated {
        match table.get(key) {
            None => out.push(format!("{} {}: no row in facts.tsv", key.0, key.1)),
            Some(row) if row != ours => out.push(format!(
                "{} {}: facts.tsv says {row:?}, the spec says {ours:?}",
                key.0, key.1
            )),
            Some(_) => {}
        }
    }
    for key in table.keys().filter(|key| !generated.contains_key(*key)) {
        out.push(format!("{} {}: in facts.tsv but in no spec", key.0, key.1));
    }
    out
}

#[test]
fn every_code_has_the_facts_of_its_row() {
    let problems = differences(&table(TABLE), &generated());
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_table_covers_every_built_in_code() {
    let rows = table(TABLE);
    let codes = generated();
    assert_eq!(
        rows.keys().collect::<Vec<_>>(),
        codes.keys().collect::<Vec<_>>()
    );
    // Every IANA code, plus the vendors' own.
    let iana = rows.keys().filter(|(spec, _)| spec == "iana").count();
    assert_eq!(iana, StatusCode::ALL.len());
    assert_eq!(
        rows.len(),
        iana + Nginx::ALL.len()
            + Cloudflare::ALL.len()
            + Iis::ALL.len()
            + Aws::ALL.len()
            + Unofficial::ALL.len()
    );
}

#[test]
fn a_changed_row_is_caught() {
    // The comparison itself can fail: change one fact of one row, or drop or add a row.
    let codes = generated();
    let rows = table(TABLE);
    let key = ("iana".to_owned(), 206);
    let changes: [fn(&mut Facts); 6] = [
        |f: &mut Facts| f.cacheable = "no".to_owned(),
        |f: &mut Facts| f.content = "none".to_owned(),
        |f: &mut Facts| f.retry = "may".to_owned(),
        |f: &mut Facts| {
            f.headers
                .retain(|h| h != "Content-Range:must if single-part")
        },
        |f: &mut Facts| f.headers.push("Content-Range:should".to_owned()),
        // A condition is a fact: the level without it is another one.
        |f: &mut Facts| {
            for h in &mut f.headers {
                if h == "Date:must if sent-in-200" {
                    *h = "Date:must".to_owned();
                }
            }
        },
    ];
    for change in changes {
        let mut edited = rows.clone();
        change(edited.get_mut(&key).expect("206 has a row"));
        assert_eq!(differences(&edited, &codes).len(), 1);
    }
    let mut dropped = rows.clone();
    dropped.remove(&key);
    assert_eq!(
        differences(&dropped, &codes),
        ["iana 206: no row in facts.tsv"]
    );
    let mut added = rows;
    added.insert(("nginx".to_owned(), 498), Facts::clone(&added[&key]));
    assert_eq!(
        differences(&added, &codes),
        ["nginx 498: in facts.tsv but in no spec"]
    );
    // A row whose text is edited is read as a different fact.
    let edited_text = TABLE.replace(
        "iana\t304\tno\tnone\tn/a\t",
        "iana\t304\tno\tallowed\tn/a\t",
    );
    assert_ne!(
        edited_text, TABLE,
        "the 304 row is where the test expects it"
    );
    assert_eq!(differences(&table(&edited_text), &codes).len(), 1);
}
