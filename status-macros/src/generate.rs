//! Runs the stages of `#[status_enum]`: arguments, loading, validation, expansion.

use std::collections::HashMap;
use std::path::Path;

use proc_macro2::{Span, TokenStream};

use crate::args::{Args, SpecArg, TableArgs, parse_target};
use crate::docs;
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

/// `__doc_table!`: the spec's table of codes as a string literal, or the spec's errors.
pub(crate) fn doc_table(input: TokenStream) -> TokenStream {
    let TableArgs { enum_path, args } = match syn::parse2(input) {
        Ok(args) => args,
        Err(err) => return err.to_compile_error(),
    };
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default();
    let (spec, _, errors) = build(&args.specs, Path::new(&manifest_dir));
    if let Some(err) = errors {
        return err.to_compile_error();
    }
    let path = quote::ToTokens::to_token_stream(&enum_path)
        .to_string()
        .replace(' ', "");
    let table = docs::table(&spec, &path);
    quote::quote!(#table)
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
    let codes = valid::merge(per_spec, &mut cx);
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

/// A built-in spec, checked; for the unit tests of the later stages.
#[cfg(test)]
pub(crate) fn builtin_spec(name: &str) -> Spec {
    let arg = SpecArg {
        value: name.to_owned(),
        span: Span::call_site(),
    };
    let (spec, _, errors) = build(&[arg], Path::new(""));
    assert!(errors.is_none(), "{name} has problems: {errors:?}");
    spec
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
    let pos_of = |source: usize, path: &[Step]| places.get(&(source, path)).copied();

    // Shown in the order of the file, which is the order a user fixes them in.
    let mut lines: Vec<(usize, Option<Pos>, String)> = shown
        .iter()
        .map(|problem| {
            let mut message = problem.message.clone();
            if let Some((source, path)) = &problem.first {
                // The first place is in the same file most of the time; then the line and column say enough.
                let first = match pos_of(*source, path) {
                    Some(pos) if *source == problem.source => pos.to_string(),
                    Some(pos) => format!("{}:{pos}", sources[*source].display),
                    None => sources[*source].display.clone(),
                };
                message = message.replace(FIRST_AT, &first);
            }
            (
                problem.source,
                pos_of(problem.source, &problem.path),
                message,
            )
        })
        .collect();
    lines.sort_by_key(|(source, pos, _)| (*source, *pos));

    let mut errors: Option<syn::Error> = None;
    for (source, pos, message) in lines {
        let display = &sources[source].display;
        let place = match pos {
            Some(pos) => format!("{display}:{pos}"),
            None => display.clone(),
        };
        let err = syn::Error::new(spans[source], shorten(format!("{place}: {message}")));
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

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    /// A folder of its own under the system's temp dir, removed when dropped.
    struct Dir(PathBuf);

    impl Dir {
        fn new(name: &str, files: &[(&str, &[u8])]) -> Dir {
            let dir = std::env::temp_dir()
                .join(format!("status-macros-test-{}-{name}", std::process::id()));
            for (file, bytes) in files {
                let path = dir.join(file);
                let parent = path.parent().expect("a file has a folder");
                std::fs::create_dir_all(parent).expect("the temp dir is writable");
                std::fs::write(&path, bytes).expect("the temp dir is writable");
            }
            std::fs::create_dir_all(&dir).expect("the temp dir is writable");
            Dir(dir)
        }
    }

    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// The error messages of an enum with `specs`, read from a folder holding `files`.
    fn messages(name: &str, files: &[(&str, &[u8])], specs: &[&str]) -> Vec<String> {
        let dir = Dir::new(name, files);
        let args: Vec<SpecArg> = specs
            .iter()
            .map(|s| SpecArg {
                value: (*s).to_owned(),
                span: Span::call_site(),
            })
            .collect();
        let (_, _, errors) = build(&args, &dir.0);
        let messages: Vec<String> = errors
            .into_iter()
            .flatten()
            .map(|e| e.to_string())
            .collect();
        let dir = dir.0.display().to_string();
        for message in &messages {
            assert!(!message.contains(&dir), "absolute path in {message:?}");
        }
        messages
    }

    /// The messages of one spec file, `spec/t.yaml`.
    fn spec_messages(name: &str, text: &str) -> Vec<String> {
        messages(name, &[("spec/t.yaml", text.as_bytes())], &["spec/t.yaml"])
    }

    const CARD: &str =
        "    phrase: Card Declined\n    description: { en: Declined. }\n    reference: Guide\n";

    #[test]
    fn files_that_cannot_be_read_are_named_as_written() {
        assert_eq!(
            messages("missing", &[], &["spec/missing.yaml"]),
            [
                "spec/missing.yaml: spec file not found (paths are relative to the crate's Cargo.toml); check the path or create the file"
            ]
        );
        assert_eq!(
            messages("directory", &[("spec/t.yaml", b"")], &["spec"]),
            ["spec: the spec path is a directory; name a YAML file inside it"]
        );
        assert_eq!(
            messages("builtin-typo", &[], &["ianna"]),
            [
                "ianna: no spec file of that name, and it is not a built-in spec (`iana`, `nginx`, `cloudflare`, `iis`, `aws`, `unofficial`); check the name, or give a path relative to Cargo.toml"
            ]
        );
        assert_eq!(
            messages("empty-path", &[], &[" "]),
            [" : the spec path is empty; write the path of a YAML file relative to Cargo.toml"]
        );
    }

    #[test]
    fn empty_and_non_utf8_files_point_at_the_place() {
        let empty = "spec/t.yaml:1:1: the spec file is empty; add a `codes:` mapping with one entry per status code";
        assert_eq!(spec_messages("empty", ""), [empty]);
        assert_eq!(spec_messages("comments", "# codes: to come\n\n"), [empty]);
        assert_eq!(
            messages(
                "latin1",
                &[(
                    "spec/t.yaml",
                    b"codes:\n  460:\n    phrase: Carte refus\xe9e\n"
                )],
                &["spec/t.yaml"]
            ),
            ["spec/t.yaml:3:24: the spec file is not UTF-8; save it as UTF-8"]
        );
    }

    #[test]
    fn yaml_syntax_errors_say_how_to_fix_them() {
        let cases = [
            (
                "codes:\n  460:\n    description: { en: Declined.\n    reference: Guide\n",
                "spec/t.yaml:4:14: invalid YAML: did not find expected ',' or '}'; close the `{` at 3:18 with `}`, and separate its entries with `,`",
            ),
            (
                "codes:\n  460:\n    aliases: [Declined\n    reference: Guide\n",
                "spec/t.yaml:4:14: invalid YAML: did not find expected ',' or ']'; close the `[` at 3:14 with `]`, and separate its items with `,`",
            ),
            (
                "codes:\n  460:\n    phrase: \"Card Declined\n    reference: Guide\n",
                "spec/t.yaml:5:1: invalid YAML: found unexpected end of stream; the quoted text at 3:13 is never closed; add the closing quote",
            ),
            (
                "codes:\n  460:\n    phrase: Card Declined\n   reference: Guide\n",
                "spec/t.yaml:4:4: invalid YAML: did not find expected key; this line is indented differently from the keys above it; line it up with them",
            ),
            (
                "codes:\n  460:\n    phrase: Card: Declined\n",
                "spec/t.yaml:3:17: invalid YAML: mapping values are not allowed in this context; quote a value that contains `: `, and indent a key no deeper than the one above it",
            ),
            (
                "codes:\n  460:\n\tphrase: Card Declined\n",
                "spec/t.yaml:3:1: invalid YAML: found character that cannot start any token; indent with spaces, not tabs, and quote a value that starts with `@` or a backtick",
            ),
            (
                "codes:\n  460:\n    phrase: *declined\n",
                "spec/t.yaml:3:13: invalid YAML: unknown anchor; an alias `*name` needs an anchor `&name` earlier in the file; write the value out",
            ),
            (
                "codes:\n  - 460\n  461: x\n",
                "spec/t.yaml:3:3: invalid YAML: did not find expected '-' indicator; every item of the list at 2:3 starts with `- `; write this line that way or indent it as part of the item above",
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(spec_messages("syntax", text), [expected], "{text:?}");
        }
    }

    #[test]
    fn problems_name_file_line_and_column_in_file_order() {
        let text = format!("codes:\n  460:\n{CARD}    name: fn\n  99:\n{CARD}  460:\n{CARD}");
        assert_eq!(
            spec_messages("order", &text),
            [
                "spec/t.yaml:6:11: `fn` cannot be a variant name: it is a Rust keyword; write `Fn`",
                "spec/t.yaml:7:3: code 99 is out of range; a status code is a number from 100 to 999",
                "spec/t.yaml:11:3: code 460 is defined twice (first at 2:3); remove one of them",
            ]
        );
    }

    #[test]
    fn a_place_in_another_spec_names_that_spec() {
        let first = format!("codes:\n  460:\n{CARD}");
        let second = format!(
            "codes:\n  200:\n{}  460:\n{CARD}",
            CARD.replace("Card Declined", "OK")
        );
        assert_eq!(
            messages(
                "two-specs",
                &[
                    ("spec/a.yaml", first.as_bytes()),
                    ("spec/b.yaml", second.as_bytes())
                ],
                &["spec/a.yaml", "spec/b.yaml"]
            ),
            [
                "spec/b.yaml:6:3: code 460 is already defined at spec/a.yaml:2:3; add `override: true` to replace it, or remove it"
            ]
        );
    }

    #[test]
    fn many_problems_are_cut_short() {
        let mut text = String::from("codes:\n");
        for code in 1..=25 {
            text.push_str(&format!("  {code}: x\n"));
        }
        let all = spec_messages("many", &text);
        assert_eq!(all.len(), MAX_REPORTED + 1);
        assert_eq!(
            all[0],
            "spec/t.yaml:2:3: code 1 is out of range; a status code is a number from 100 to 999"
        );
        assert_eq!(
            all[MAX_REPORTED],
            "spec/t.yaml: 5 more problems not shown; fix the ones above and build again"
        );
    }

    #[test]
    fn the_valid_codes_survive_a_bad_one() {
        let dir = Dir::new(
            "survive",
            &[(
                "spec/t.yaml",
                format!(
                    "codes:\n  200:\n{}  460:\n    phrase: Card Declined\n",
                    CARD.replace("Card Declined", "OK")
                )
                .as_bytes(),
            )],
        );
        let args = [SpecArg {
            value: "spec/t.yaml".to_owned(),
            span: Span::call_site(),
        }];
        let (spec, _, errors) = build(&args, &dir.0);
        let codes: Vec<u16> = spec.codes.iter().map(|c| c.code).collect();
        assert_eq!(codes, [200]);
        let messages: Vec<String> = errors
            .into_iter()
            .flatten()
            .map(|e| e.to_string())
            .collect();
        assert_eq!(
            messages,
            [
                "spec/t.yaml:6:3: code 460 has no `description`; add it",
                "spec/t.yaml:6:3: code 460 has no `reference`; add it"
            ]
        );
    }
}
