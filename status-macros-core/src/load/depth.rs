//! A linear scan that refuses deep flow nesting (`[[[[...`, `{a: {a: ...`) before libyaml
//! reads the text.
//!
//! libyaml re-checks every pending simple key of every open flow level at each token, so
//! deep flow nesting costs depth × tokens: 100,000 levels of `{a: ` take minutes. serde_yaml's
//! own depth limit (128) applies only once libyaml has scanned the whole document, which is
//! too late.

use super::{LoadError, Pos};

/// How deep flow collections (`[...]`, `{...}`) may nest; a spec needs two or three levels.
pub const MAX_FLOW_DEPTH: usize = 64;

/// Refuses a text whose flow collections could nest deeper than [`MAX_FLOW_DEPTH`].
///
/// The scan never underestimates. It follows every way a character could be read at once
/// (plain text, inside a quoted scalar, a comment or a verbatim tag) and keeps, for each, the
/// deepest flow level it could have reached. Where a quote or `#` cannot start a token (right
/// after a letter or digit, as in `client's`) it is read as text only, and a `#` after a blank
/// is read as a comment only (in plain text it always is one, or the line is inside a block
/// scalar, where no flow collection is open). The price of never underestimating: brackets
/// inside quoted text count as if they were plain, so a spec whose quoted texts hold more than
/// 64 unclosed `[` or `{` is refused too.
pub fn check(text: &str) -> Result<(), LoadError> {
    let mut now = Readings {
        plain: Some(0),
        ..Readings::default()
    };
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let verbatim_next = chars.peek().is_some_and(|&(_, n)| n == '<');
        now = now.step(prev, c, verbatim_next);
        if now.plain.is_some_and(|depth| depth > MAX_FLOW_DEPTH) {
            return Err(LoadError {
                pos: Some(Pos::of_offset(text, offset)),
                message: format!(
                    "more than {MAX_FLOW_DEPTH} `[` or `{{` are open here (brackets inside \
                     quoted text count too); a spec needs only a few levels"
                ),
            });
        }
        prev = Some(c);
    }
    Ok(())
}

/// The deepest flow level each reading of the text so far could be at; `None` when that
/// reading is not possible.
#[derive(Clone, Copy, Default)]
struct Readings {
    plain: Option<usize>,
    single: Option<usize>,
    double: Option<usize>,
    escape: Option<usize>,
    comment: Option<usize>,
    verbatim: Option<usize>,
}

impl Readings {
    /// The readings after `c`, which follows `prev`; `verbatim_next` tells whether a `<`
    /// comes next (`!<` starts a verbatim tag).
    fn step(self, prev: Option<char>, c: char, verbatim_next: bool) -> Readings {
        let mut next = Readings::default();
        if let Some(depth) = self.plain {
            next.step_plain(depth, prev, c, verbatim_next);
        }
        // Each other reading either goes on or ends, handing its depth back to plain text;
        // they start from plain text and only keep or lower their depth.
        if let Some(depth) = self.single {
            join(
                if c == '\'' {
                    &mut next.plain
                } else {
                    &mut next.single
                },
                depth,
            );
        }
        if let Some(depth) = self.double {
            let slot = match c {
                '"' => &mut next.plain,
                '\\' => &mut next.escape,
                _ => &mut next.double,
            };
            join(slot, depth);
        }
        if let Some(depth) = self.escape {
            join(&mut next.double, depth);
        }
        if let Some(depth) = self.comment {
            join(
                if is_break(c) {
                    &mut next.plain
                } else {
                    &mut next.comment
                },
                depth,
            );
        }
        if let Some(depth) = self.verbatim {
            let ends = c == '>' || is_blank(c);
            join(
                if ends {
                    &mut next.plain
                } else {
                    &mut next.verbatim
                },
                depth,
            );
        }
        next
    }

    /// What `c` can start or do in plain text at `depth`.
    fn step_plain(&mut self, depth: usize, prev: Option<char>, c: char, verbatim_next: bool) {
        let after_blank = prev.is_none_or(is_blank);
        match c {
            '#' if after_blank => join(&mut self.comment, depth),
            '[' | '{' => join(&mut self.plain, depth + 1),
            ']' | '}' => join(&mut self.plain, depth.saturating_sub(1)),
            _ => join(&mut self.plain, depth),
        }
        if prev.is_some_and(is_word) {
            return;
        }
        match c {
            '\'' => join(&mut self.single, depth),
            '"' => join(&mut self.double, depth),
            '#' if !after_blank => join(&mut self.comment, depth),
            '!' if verbatim_next => join(&mut self.verbatim, depth),
            _ => {}
        }
    }
}

fn join(slot: &mut Option<usize>, depth: usize) {
    *slot = Some(slot.map_or(depth, |d| d.max(depth)));
}

/// libyaml's line breaks (YAML 1.1): a comment ends at any of them.
fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t' || is_break(c)
}

/// After these a token cannot start without a scanner error (anchors and tags must be
/// followed by a blank or an indicator), so a quote or `#` there is text. libyaml skips a
/// byte order mark where a token may start.
fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || !(c.is_ascii() || is_break(c) || c == '\u{feff}')
}
