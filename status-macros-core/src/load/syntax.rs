//! What a YAML syntax error means for a spec, and how to fix it.
//!
//! libyaml names the problem (`did not find expected ',' or '}'`) and, for most, what it was
//! reading when it failed and where that began (`while parsing a flow mapping` at 3:18). The
//! fixes below are for the mistakes people make most often in a spec.

use super::Pos;

/// What libyaml was reading when it failed, and where that began.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Context<'a> {
    /// What libyaml was reading (`while parsing a flow mapping`).
    pub what: &'a str,
    /// Where that began.
    pub start: Option<Pos>,
}

/// libyaml's problem, with how to fix the mistakes that cause it most often.
pub fn message(problem: &str, context: Option<Context<'_>>) -> String {
    let start = context
        .and_then(|c| c.start)
        .map_or_else(String::new, |pos| format!(" at {pos}"));
    let in_quotes = context.is_some_and(|c| c.what.contains("quoted scalar"));
    let fix = match problem {
        "did not find expected ',' or '}'" => {
            format!("close the `{{`{start} with `}}`, and separate its entries with `,`")
        }
        "did not find expected ',' or ']'" => {
            format!("close the `[`{start} with `]`, and separate its items with `,`")
        }
        "found unexpected end of stream" if in_quotes => {
            format!("the quoted text{start} is never closed; add the closing quote")
        }
        "did not find expected key" => {
            "this line is indented differently from the keys above it; line it up with them"
                .to_owned()
        }
        "mapping values are not allowed in this context" => {
            "quote a value that contains `: `, and indent a key no deeper than the one above it"
                .to_owned()
        }
        "found character that cannot start any token" => {
            "indent with spaces, not tabs, and quote a value that starts with `@` or a backtick"
                .to_owned()
        }
        "unknown anchor" => {
            "an alias `*name` needs an anchor `&name` earlier in the file; write the value out"
                .to_owned()
        }
        "did not find expected '-' indicator" => format!(
            "every item of the list{start} starts with `- `; write this line that way or indent it as part of the item above"
        ),
        _ => "fix the YAML syntax at this place".to_owned(),
    };
    format!("invalid YAML: {problem}; {fix}")
}
