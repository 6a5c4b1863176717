//! Runs the stages of `#[status_enum]`: arguments, loading, validation, expansion.

use std::collections::HashMap;
use std::path::Path;

use proc_macro2::{Span, TokenStream};

use crate::args::{Args, SpecArg, parse_target};
use crate::expand::{Input, expand};
use crate::fallback;
use crate::load::{self, LoadError, Pos, Source, Step};
use crate::model::Spec;
use crate::valid::{self, FIRST_AT, Problem, Problems};

/// At most this many problems of one enum are reported.
pub(crate) const MAX_REPORTED: usize = 20;

/// The longest message shown; longer ones (a megabyte-long field name quoted back) are cut in
/// the middle, keeping the place at the start and the fix at the end.
const MAX_MESSAGE_CHARS: usize = 600;

pub(crate) fn status_enum(args: TokenStream, item: TokenStream) -> TokenStream {
    let target = match parse_target(item.clone()) {
        Ok(target) => target,
        Err(err) => return fallback::item_with_error(item, err),
    };
    let args: Args = match syn::parse2(args) {
        Ok(args) => args,
        Err(err) => return fallback::empty_enum(&target, err),
    };
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default();
    let (spec, sources, errors) = build(&args.specs, Path::new(&manifest_dir));
    let tracked: Vec<String> = sources
        .iter()
        .filter(|s| s.path.is_some())
        .map(|s| s.display.clone())
        .collect();
    let tokens = expand(&Input {
        target: &target,
        spec: &spec,
        tracked: &tracked,
        macro_export: args.macro_export,
        complete: errors.is_none(),
    });
    match errors {
        None => tokens,
        Some(err) => fallback::with_errors(tokens, err),
    }
}

/// Loads, checks and merges every spec; the model holds what survived any problems.
pub(crate) fn build(
    specs: &[SpecArg],
    manifest_dir: &Path,
) -> (Spec, Vec<Source>, Option<syn::Error>) {
    let mut errors: Option<syn::Error> = None;
    let mut push = |err: syn::Error| match &mut errors {
        Some(all) => all.combine(err),
        None => errors = Some(err),
    };
    let mut sources = Vec::new();
    let mut spans = Vec::new();
    let mut trees = Vec::new();
    for arg in specs {
        let source = match load::builtin(&arg.value) {
            Some(source) => Ok(source),
            None => load::read_file(&arg.value, manifest_dir),
        };
        let parsed = source.and_then(|source| {
            let tree = load::parse(&source.text);
            sources.push(source);
            spans.push(arg.span);
            tree
        });
        match parsed {
            Ok(tree) => trees.push((sources.len() - 1, tree)),
            Err(err) => push(load_error(&arg.value, arg.span, err)),
        }
    }

    let mut cx = Problems::default();
    let per_spec = trees
        .iter()
        .map(|(source, tree)| valid::check_spec(tree, *source, &mut cx))
        .collect();
    let names: Vec<String> = sources.iter().map(|s| s.display.clone()).collect();
    let codes = valid::merge(per_spec, &names, &mut cx);
    if let Some(err) = report(&cx, &sources, &spans) {
        push(err);
    }
    (
        Spec {
            sources: names,
            codes,
        },
        sources,
        errors,
    )
}

fn load_error(display: &str, span: Span, err: LoadError) -> syn::Error {
    let place = match err.pos {
        Some(pos) => format!("{display}:{pos}"),
        None => display.to_owned(),
    };
    syn::Error::new(span, format!("{place}: {}", err.message))
}

/// Turns problems into errors that name the file, line and column, spanned on the spec's path.
pub(crate) fn report(cx: &Problems, sources: &[Source], spans: &[Span]) -> Option<syn::Error> {
    let mut problems: Vec<&Problem> = cx.list.iter().collect();
    problems.sort_by_key(|p| p.source);
    let shown = &problems[..problems.len().min(MAX_REPORTED)];

    // Every place the shown messages name, found with one walk of each spec (see `locate_all`).
    let mut wanted: Vec<(usize, &[Step])> = Vec::new();
    for problem in shown {
        wanted.push((problem.source, &problem.path));
        if let Some((source, path)) = &problem.first {
            wanted.push((*source, path));
        }
    }
    let mut places: HashMap<(usize, &[Step]), Pos> = HashMap::new();
    for (source, src) in sources.iter().enumerate() {
        let paths: Vec<&[Step]> = wanted
            .iter()
            .filter(|(s, _)| *s == source)
            .map(|&(_, path)| path)
            .collect();
        if paths.is_empty() {
            continue;
        }
        for (path, pos) in paths.iter().zip(load::locate_all(&src.text, &paths)) {
            if let Some(pos) = pos {
                places.insert((source, path), pos);
            }
        }
    }
    let place = |source: usize, path: &[Step]| {
        let display = &sources[source].display;
        match places.get(&(source, path)) {
            Some(pos) => format!("{display}:{pos}"),
            None => display.clone(),
        }
    };

    let mut errors: Option<syn::Error> = None;
    for problem in shown {
        let mut message = problem.message.clone();
        if let Some((source, path)) = &problem.first {
            let first = place(*source, path);
            // The first place is in the same file most of the time; then the line and column say enough.
            let first = first
                .strip_prefix(&format!("{}:", sources[problem.source].display))
                .map_or(first.clone(), str::to_owned);
            message = message.replace(FIRST_AT, &first);
        }
        let err = syn::Error::new(
            spans[problem.source],
            shorten(format!(
                "{}: {message}",
                place(problem.source, &problem.path)
            )),
        );
        match &mut errors {
            Some(all) => all.combine(err),
            None => errors = Some(err),
        }
    }
    if problems.len() > MAX_REPORTED {
        let rest = problems.len() - MAX_REPORTED;
        let last = problems[MAX_REPORTED];
        let err = syn::Error::new(
            spans[last.source],
            format!(
                "{}: {rest} more problems not shown; fix the ones above and build again",
                sources[last.source].display
            ),
        );
        if let Some(all) = &mut errors {
            all.combine(err);
        }
    }
    errors
}

/// Cuts the middle out of a message longer than [`MAX_MESSAGE_CHARS`].
fn shorten(message: String) -> String {
    let length = message.chars().count();
    if length <= MAX_MESSAGE_CHARS {
        return message;
    }
    let (head, tail) = (MAX_MESSAGE_CHARS * 2 / 3, MAX_MESSAGE_CHARS / 3);
    let start: String = message.chars().take(head).collect();
    let end: String = message.chars().skip(length - tail).collect();
    format!(
        "{start} ... ({} characters left out) ... {end}",
        length - head - tail
    )
}
