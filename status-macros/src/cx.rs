//! The error context of one macro call, `cx`: every problem is pushed here with its place as
//! it is found, nothing stops at the first one, and at the end the context renders them all
//! and adds them to the output, which is a usable stand-in (the enum of the codes that were
//! valid, the derive's impls), so that the user sees the problems and not a cascade.
//!
//! A problem's place is a token of the macro call (a span), or a node of a spec (its
//! [`Mark`]). A span cannot point into a YAML file, so a spec's problem is spanned on the
//! spec's path in the attribute and its message starts with the file, line and column.

use proc_macro2::{Span, TokenStream};

use crate::load::{self, LoadError, Mark, Pos, Source};

/// At most this many problems of the specs are reported.
pub(crate) const MAX_REPORTED: usize = 20;

/// The longest message shown; longer ones (a megabyte-long field name quoted back) are cut in
/// the middle, keeping the place at the start and the fix at the end.
const MAX_MESSAGE_CHARS: usize = 600;

/// Stands in a message for the second place of [`Ctxt::twice`], such as a code's first
/// definition: `at 2:3`, `at spec/a.yaml:2:3` or `in the built-in iana spec`.
pub(crate) const FIRST: &str = "{first}";

/// The problems of one macro call, and the specs they may point into.
#[derive(Default)]
pub(crate) struct Ctxt {
    /// Problems with the tokens of the call, in the order found.
    tokens: Vec<syn::Error>,
    /// The specs with their problems, rendered in the order of the files.
    specs: Vec<Spec>,
    /// How many problems the specs have in all.
    problems: usize,
}

/// A spec of the call: its text, to find lines and columns in, the token that names it, and
/// its problems in the order found.
struct Spec {
    source: Source,
    span: Span,
    problems: Vec<Problem>,
}

struct Problem {
    place: Place,
    message: String,
    /// A second place the message names as [`FIRST`].
    first: Option<Mark>,
}

enum Place {
    Node(Mark),
    /// The spec could not be read or parsed, and where, if it is known.
    Spec(Option<Pos>),
}

impl Ctxt {
    /// A problem with a token the user wrote.
    pub(crate) fn error(&mut self, span: Span, message: impl Into<String>) {
        self.tokens.push(syn::Error::new(span, message.into()));
    }

    /// A problem with the tokens of `tokens`, spanned from the first to the last.
    pub(crate) fn error_spanned(
        &mut self,
        tokens: impl quote::ToTokens,
        message: impl Into<String>,
    ) {
        self.tokens
            .push(syn::Error::new_spanned(tokens, message.into()));
    }

    /// The problems of a parse.
    pub(crate) fn syn_error(&mut self, err: syn::Error) {
        self.tokens.push(err);
    }

    /// Adds a spec of the call, named by the token at `span`; its index is the `source` of
    /// the marks of its nodes.
    pub(crate) fn add_spec(&mut self, source: Source, span: Span) -> usize {
        self.specs.push(Spec {
            source,
            span,
            problems: Vec::new(),
        });
        self.specs.len() - 1
    }

    /// The text of spec `source`.
    pub(crate) fn text(&self, source: usize) -> &str {
        &self.specs[source].source.text
    }

    /// A spec that could not be found, read or parsed.
    pub(crate) fn load_error(&mut self, source: usize, err: LoadError) {
        self.push(source, Place::Spec(err.pos), err.message, None);
    }

    /// A spec that could not be found or read: named as written, spanned on the token.
    pub(crate) fn unreadable_spec(&mut self, written: &str, span: Span, err: LoadError) {
        let place = match err.pos {
            Some(pos) => format!("{written}:{pos}"),
            None => written.to_owned(),
        };
        self.error(span, format!("{place}: {}", err.message));
    }

    /// A problem with the spec node at `mark`.
    pub(crate) fn at(&mut self, mark: Mark, message: impl Into<String>) {
        self.push(mark.source, Place::Node(mark), message.into(), None);
    }

    /// A problem with the node at `mark` that also names a second place, `first`, where the
    /// message says [`FIRST`].
    pub(crate) fn twice(&mut self, mark: Mark, first: Mark, message: String) {
        self.push(mark.source, Place::Node(mark), message, Some(first));
    }

    /// How many problems there are so far.
    pub(crate) fn count(&self) -> usize {
        self.tokens.len() + self.problems
    }

    /// Whether spec `source` is compiled into the macro.
    pub(crate) fn is_builtin(&self, source: usize) -> bool {
        self.specs[source].source.builtin
    }

    fn push(&mut self, source: usize, place: Place, message: String, first: Option<Mark>) {
        self.specs[source].problems.push(Problem {
            place,
            message,
            first,
        });
        self.problems += 1;
    }

    /// The output with every problem added as a compile error: the fallback, and the end of
    /// every macro call.
    pub(crate) fn emit(self, mut tokens: TokenStream) -> TokenStream {
        if let Some(err) = self.finish() {
            tokens.extend(err.to_compile_error());
        }
        tokens
    }

    /// Every problem as one error: problems with tokens as found, then those of the specs in
    /// the order of the files, which is the order a user fixes them in.
    pub(crate) fn finish(self) -> Option<syn::Error> {
        let mut errors = self.tokens;
        Report::new(&self.specs).errors(self.problems, &mut errors);
        let mut errors = errors.into_iter();
        let mut all = errors.next()?;
        all.extend(errors);
        Some(all)
    }
}

/// The problems of the specs with their places found.
struct Report<'a> {
    specs: &'a [Spec],
    /// Each problem shown, in the order of the files: (spec, place, message).
    lines: Vec<(usize, Option<Pos>, String)>,
}

impl<'a> Report<'a> {
    /// Finds the places of the first [`MAX_REPORTED`] problems with one walk of each spec.
    fn new(specs: &'a [Spec]) -> Report<'a> {
        // The problems shown are the first found in each spec, in the order of the specs.
        let mut shown: Vec<(usize, &Problem)> = Vec::new();
        'specs: for (source, spec) in specs.iter().enumerate() {
            for problem in &spec.problems {
                if shown.len() == MAX_REPORTED {
                    break 'specs;
                }
                shown.push((source, problem));
            }
        }
        let mut marks: Vec<Mark> = Vec::new();
        for (_, problem) in &shown {
            if let Place::Node(mark) = problem.place {
                marks.push(mark);
            }
            if let Some(first) = problem.first {
                marks.push(first);
            }
        }
        let places = locate(specs, &marks);
        // There are at most two places per problem shown, so a search finds one quickly.
        let place = |mark: Mark| {
            let found = places.iter().find(|(m, _)| *m == mark);
            found.map(|&(_, pos)| pos)
        };
        let mut lines: Vec<(usize, Option<Pos>, String)> = Vec::new();
        for (source, problem) in shown {
            let pos = match problem.place {
                Place::Node(mark) => place(mark),
                Place::Spec(pos) => pos,
            };
            let mut message = problem.message.clone();
            if let Some(first) = problem.first {
                let at = first_place(specs, source, first, place(first));
                message = message.replace(FIRST, &at);
            }
            // In the order of the places; problems at one place stay in the order found.
            let at = lines
                .iter()
                .position(|line| (line.0, line.1) > (source, pos))
                .unwrap_or(lines.len());
            lines.insert(at, (source, pos, message));
        }
        Report { specs, lines }
    }

    /// Adds the errors of the lines, and one that counts the problems not shown out of `total`.
    fn errors(self, total: usize, errors: &mut Vec<syn::Error>) {
        for (source, pos, message) in &self.lines {
            let spec = &self.specs[*source];
            let place = match pos {
                Some(pos) => format!("{}:{pos}", spec.source.name()),
                None => spec.source.name(),
            };
            errors.push(syn::Error::new(
                spec.span,
                shorten(format!("{place}: {message}")),
            ));
        }
        if total > MAX_REPORTED {
            let (source, _, _) = self.lines[self.lines.len() - 1];
            let spec = &self.specs[source];
            errors.push(syn::Error::new(
                spec.span,
                format!(
                    "{}: {} more problems not shown; fix the ones above and build again",
                    spec.source.name(),
                    total - MAX_REPORTED
                ),
            ));
        }
    }
}

/// The places of `marks`, with one walk of each spec they are in.
fn locate(specs: &[Spec], marks: &[Mark]) -> Vec<(Mark, Pos)> {
    let mut places = Vec::new();
    for (source, spec) in specs.iter().enumerate() {
        // The spec's nodes ascending and each once, as `load::locate` takes them; there are
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
        if nodes.is_empty() {
            continue;
        }
        let found = load::locate(&spec.source.text, &nodes);
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
fn first_place(specs: &[Spec], source: usize, first: Mark, pos: Option<Pos>) -> String {
    let spec = &specs[first.source].source;
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
pub(crate) fn test_source(spec: &str, text: &str) -> Source {
    Source {
        spec: spec.to_owned(),
        builtin: false,
        text: std::borrow::Cow::Owned(text.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let a = cx.add_spec(test_source("a.yaml", "x: 1\ny: 2\n"), Span::call_site());
        cx.at(Mark { source: a, node: 3 }, "second");
        cx.at(Mark { source: a, node: 1 }, "first");
        cx.error(Span::call_site(), "a token");
        let messages: Vec<String> = cx
            .finish()
            .into_iter()
            .flatten()
            .map(|e| e.to_string())
            .collect();
        assert_eq!(
            messages,
            ["a token", "a.yaml:1:1: first", "a.yaml:2:1: second"]
        );
    }

    #[test]
    fn no_problem_is_no_error() {
        assert!(Ctxt::default().finish().is_none());
    }
}
