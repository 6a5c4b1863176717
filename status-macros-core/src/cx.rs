//! The error context of one macro call, `cx`, as serde's `Ctxt`: every problem is pushed
//! here with its place as it is found, and nothing stops at the first one. At the end the
//! problems are rendered (`report`) and added to the output, which is a usable stand-in (the
//! enum of the codes that were valid, the derive's impls), so that the user sees the problems
//! and not a cascade. A context must end that way: dropping one with problems in it is a bug
//! of this crate, and panics in tests, as serde's does.
//!
//! A problem's place is a token of the macro call (a span), or a node of a spec (its
//! [`Mark`]). A span cannot point into a YAML file, so a spec's problem is spanned on the
//! spec's path in the attribute and its message starts with the file, line and column.

use proc_macro2::{Span, TokenStream};

use crate::load::{LoadError, Mark, Pos};
use crate::report;
use crate::sources::Sources;

/// The problems of one macro call.
#[derive(Default)]
pub(crate) struct Ctxt {
    /// Problems with the tokens of the call, in the order found.
    tokens: Vec<syn::Error>,
    /// Problems with the specs, in the order found.
    specs: Vec<Problem>,
}

/// A problem with a spec.
pub(crate) struct Problem {
    /// The spec, by its index in [`Sources`].
    pub(crate) source: usize,
    pub(crate) place: Place,
    pub(crate) message: Message,
}

/// Where in its spec a problem is.
#[derive(Clone, Copy)]
pub(crate) enum Place {
    Node(Mark),
    /// The spec could not be read or parsed, and where, if it is known.
    Spec(Option<Pos>),
}

/// What a problem says.
pub(crate) enum Message {
    Text(String),
    /// A message that names a second place, such as a code's first definition: the text is
    /// written once that place is known, from how it reads (`at 2:3`, `at spec/a.yaml:2:3`
    /// or `in the built-in iana spec`).
    Twice {
        first: Mark,
        text: Box<dyn FnOnce(&str) -> String>,
    },
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

    /// A spec that could not be parsed.
    pub(crate) fn load_error(&mut self, source: usize, err: LoadError) {
        self.push(source, Place::Spec(err.pos), Message::Text(err.message));
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
        self.push(
            mark.source,
            Place::Node(mark),
            Message::Text(message.into()),
        );
    }

    /// A problem with the node at `mark` that also names a second place, `first`: `text`
    /// writes the message from how that place reads.
    pub(crate) fn twice(
        &mut self,
        mark: Mark,
        first: Mark,
        text: impl FnOnce(&str) -> String + 'static,
    ) {
        let text = Box::new(text);
        self.push(
            mark.source,
            Place::Node(mark),
            Message::Twice { first, text },
        );
    }

    /// How many problems there are so far.
    pub(crate) fn count(&self) -> usize {
        self.tokens.len() + self.specs.len()
    }

    fn push(&mut self, source: usize, place: Place, message: Message) {
        self.specs.push(Problem {
            source,
            place,
            message,
        });
    }

    /// The output with every problem added as a compile error: the fallback, and the end of
    /// every macro call.
    pub(crate) fn emit(self, sources: &Sources, mut tokens: TokenStream) -> TokenStream {
        if let Some(err) = self.finish(sources) {
            tokens.extend(err.to_compile_error());
        }
        tokens
    }

    /// Every problem as one error: problems with tokens as found, then those of the specs in
    /// the order of the files, which is the order a user fixes them in.
    pub(crate) fn finish(mut self, sources: &Sources) -> Option<syn::Error> {
        let mut errors = std::mem::take(&mut self.tokens);
        report::render(std::mem::take(&mut self.specs), sources, &mut errors);
        let mut errors = errors.into_iter();
        let mut all = errors.next()?;
        all.extend(errors);
        Some(all)
    }
}

impl Drop for Ctxt {
    fn drop(&mut self) {
        // Every path through a macro ends in `emit` or `finish`, which take the problems; one
        // that did not would lose them and expand as if the input were fine.
        if !std::thread::panicking() && self.count() > 0 {
            panic!(
                "a Ctxt was dropped with {} problems unreported",
                self.count()
            );
        }
    }
}
