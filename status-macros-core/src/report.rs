//! The report: the problems of the specs become compile errors, each spanned on the spec's
//! path in the call and starting with the file, line and column, in the order of the files.
//!
//! A node's place is found here, and only for the problems shown, in one walk per spec.

use crate::cx::{Message, Place, Problem};
use crate::load::{Mark, Pos};
use crate::sources::Sources;

/// At most this many problems of the specs are reported.
pub(crate) const MAX_REPORTED: usize = 20;

/// The longest message shown; longer ones (a megabyte-long field name quoted back) are cut in
/// the middle, keeping the place at the start and the fix at the end.
const MAX_MESSAGE_CHARS: usize = 600;

/// Adds the errors of the first [`MAX_REPORTED`] problems to `errors`, in the order of the
/// places, and one that counts the problems not shown.
pub(crate) fn render(mut problems: Vec<Problem>, sources: &Sources, errors: &mut Vec<syn::Error>) {
    let total = problems.len();
    // The problems shown are the first found in each spec, in the order of the specs.
    problems.sort_by_key(|problem| problem.source);
    problems.truncate(MAX_REPORTED);
    let mut marks: Vec<Mark> = Vec::new();
    for problem in &problems {
        if let Place::Node(mark) = problem.place {
            marks.push(mark);
        }
        if let Message::Twice { first, .. } = problem.message {
            marks.push(first);
        }
    }
    let places = locate(sources, &marks);
    // There are at most two places per problem shown, so a search finds one quickly.
    let place = |mark: Mark| {
        let found = places.iter().find(|(m, _)| *m == mark);
        found.map(|&(_, pos)| pos)
    };
    let mut lines: Vec<(usize, Option<Pos>, String)> = Vec::new();
    for problem in problems {
        let source = problem.source;
        let pos = match problem.place {
            Place::Node(mark) => place(mark),
            Place::Spec(pos) => pos,
        };
        let message = match problem.message {
            Message::Text(text) => text,
            Message::Twice { first, text } => {
                text(&first_place(sources, source, first, place(first)))
            }
        };
        // In the order of the places; problems at one place stay in the order found.
        let at = lines
            .iter()
            .position(|line| (line.0, line.1) > (source, pos))
            .unwrap_or(lines.len());
        lines.insert(at, (source, pos, message));
    }
    for (source, pos, message) in &lines {
        let name = sources.get(*source).name();
        let place = match pos {
            Some(pos) => format!("{name}:{pos}"),
            None => name,
        };
        errors.push(syn::Error::new(
            sources.span(*source),
            shorten(format!("{place}: {message}")),
        ));
    }
    if let (true, Some(&(source, _, _))) = (total > MAX_REPORTED, lines.last()) {
        errors.push(syn::Error::new(
            sources.span(source),
            format!(
                "{}: {} more problems not shown; fix the ones above and build again",
                sources.get(source).name(),
                total - MAX_REPORTED
            ),
        ));
    }
}

/// Where each of `marks` is, as messages name it (`spec/app.yaml:12:5`), with one walk of each
/// spec they are in.
pub(crate) fn places(sources: &Sources, marks: &[Mark]) -> Vec<String> {
    let found = locate(sources, marks);
    let mut places = Vec::with_capacity(marks.len());
    for mark in marks {
        let name = sources.get(mark.source).name();
        places.push(match found.iter().find(|(m, _)| m == mark) {
            Some((_, pos)) => format!("{name}:{pos}"),
            None => name,
        });
    }
    places
}

/// The places of `marks`, with one walk of each spec they are in.
fn locate(sources: &Sources, marks: &[Mark]) -> Vec<(Mark, Pos)> {
    let mut places = Vec::new();
    let mut ids: Vec<usize> = marks.iter().map(|mark| mark.source).collect();
    ids.sort_unstable();
    ids.dedup();
    for source in ids {
        // The spec's nodes ascending and each once, as `Sources::locate` takes them; there are
        // at most two per problem shown.
        let mut nodes: Vec<usize> = Vec::new();
        for mark in marks {
            if mark.source != source {
                continue;
            }
            if let Err(at) = nodes.binary_search(&mark.node) {
                nodes.insert(at, mark.node);
            }
        }
        let found = sources.locate(source, &nodes);
        for (node, pos) in nodes.into_iter().zip(found) {
            if let Some(pos) = pos {
                places.push((Mark { source, node }, pos));
            }
        }
    }
    places
}

/// How a message names a second place: by line and column in the same file, with the file
/// in another, and only by name in a built-in spec, whose lines the user does not have.
fn first_place(sources: &Sources, source: usize, first: Mark, pos: Option<Pos>) -> String {
    let spec = sources.get(first.source);
    match pos {
        _ if spec.builtin => format!("in {}", spec.name()),
        Some(pos) if first.source == source => format!("at {pos}"),
        Some(pos) => format!("at {}:{pos}", spec.name()),
        None => format!("in {}", spec.name()),
    }
}

/// Cuts the middle out of a message longer than [`MAX_MESSAGE_CHARS`].
fn shorten(message: String) -> String {
    let length = message.chars().count();
    if length <= MAX_MESSAGE_CHARS {
        return message;
    }
    let (head, tail) = (MAX_MESSAGE_CHARS * 2 / 3, MAX_MESSAGE_CHARS / 3);
    // The byte offset of character `n`, which is inside the message.
    let offset = |n: usize| message.char_indices().nth(n).map_or(0, |(i, _)| i);
    let start = &message[..offset(head)];
    let end = &message[offset(length - tail)..];
    format!(
        "{start} ... ({} characters left out) ... {end}",
        length - head - tail
    )
}

/// The text of a spec given in a test.
#[cfg(test)]
pub(crate) fn test_source(spec: &str, text: &str) -> crate::load::Source {
    crate::load::Source {
        spec: spec.to_owned(),
        builtin: false,
        text: std::borrow::Cow::Owned(text.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use proc_macro2::Span;

    use super::*;
    use crate::cx::Ctxt;

    #[test]
    fn long_messages_keep_their_start_and_end() {
        let long = format!("spec.yaml:1:1: {} ; fix it", "x".repeat(2000));
        let short = shorten(long);
        assert!(short.starts_with("spec.yaml:1:1: xxx"), "{short}");
        assert!(short.ends_with("; fix it"), "{short}");
        assert!(short.contains("characters left out"), "{short}");
        assert_eq!(shorten("short".to_owned()), "short");
    }

    #[test]
    fn spec_problems_come_in_file_order_after_token_problems() {
        let mut cx = Ctxt::default();
        let mut sources = Sources::default();
        let a = sources.add(test_source("a.yaml", "x: 1\ny: 2\n"), Span::call_site());
        cx.at(Mark { source: a, node: 3 }, "second");
        cx.at(Mark { source: a, node: 1 }, "first");
        cx.twice(
            Mark { source: a, node: 3 },
            Mark { source: a, node: 1 },
            |at| format!("again, first {at}"),
        );
        cx.error(Span::call_site(), "a token");
        let messages: Vec<String> = cx
            .finish(&sources)
            .into_iter()
            .flatten()
            .map(|e| e.to_string())
            .collect();
        assert_eq!(
            messages,
            [
                "a token",
                "a.yaml:1:1: first",
                "a.yaml:2:1: second",
                "a.yaml:2:1: again, first at 1:1"
            ]
        );
    }

    #[test]
    fn no_problem_is_no_error() {
        assert!(Ctxt::default().finish(&Sources::default()).is_none());
    }

    #[test]
    #[should_panic(expected = "dropped with 1 problems unreported")]
    fn a_context_dropped_with_problems_is_a_bug() {
        let mut cx = Ctxt::default();
        cx.error(Span::call_site(), "lost");
        drop(cx);
    }
}
