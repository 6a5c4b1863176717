//! Runs the stages of `#[status_enum]` and `__doc_table!`: arguments, loading, validation,
//! expansion, each pushing its problems into one [`Ctxt`].

use std::path::Path;

use proc_macro2::TokenStream;
use quote::quote;

use crate::args::{Args, SpecArg, TableArgs, parse_target};
use crate::cx::Ctxt;
use crate::docs;
use crate::expand::{Input, expand};
use crate::ident::path_text;
use crate::load::{self, Mark, Yaml};
use crate::manifest;
use crate::model::{Spec, SpecName};
use crate::report;
use crate::sources::Sources;
use crate::valid;

/// `#[status_enum(...)]` on `item`; `site` is where the call is, to tell enums apart.
pub(crate) fn status_enum(
    yaml: Yaml,
    args: TokenStream,
    item: TokenStream,
    site: &str,
) -> TokenStream {
    let mut cx = Ctxt::default();
    let mut sources = Sources::new(yaml);
    let target = match parse_target(item.clone()) {
        Ok(target) => target,
        Err(err) => {
            // Not an enum at all: the item as written, with the error.
            cx.syn_error(err);
            return cx.emit(&sources, item);
        }
    };
    let dir = manifest_dir();
    let fix = "add `crate = \"{name}\"` to the attribute, as in `#[{name}::status_enum(spec = ..., crate = \"{name}\")]`";
    let (spec, krate) = match syn::parse2::<Args>(args) {
        Ok(args) => {
            let spec = build(&args.specs, &dir, &mut sources, &mut cx);
            let krate = match (args.krate, args.bad_crate) {
                (Some(path), _) => quote!(#path),
                // The path is not one: the stand-in does not depend on it.
                (None, Some(err)) => {
                    cx.syn_error(err);
                    manifest::default_crate(&dir, true, fix, &mut cx)
                }
                (None, None) => manifest::default_crate(&dir, false, fix, &mut cx),
            };
            (spec, krate)
        }
        Err(err) => {
            // The enum with only `Unknown`, so that its uses still type-check.
            cx.syn_error(err);
            let spec = Spec {
                sources: Vec::new(),
                codes: Vec::new(),
                problems: Vec::new(),
            };
            (spec, manifest::default_crate(&dir, true, fix, &mut cx))
        }
    };
    let tokens = expand(&Input {
        target: &target,
        spec: &spec,
        krate: &krate,
        complete: cx.count() == 0,
        site,
    });
    cx.emit(&sources, tokens)
}

/// `__doc_table!(Enum, spec = ...)`: the spec's table of codes as a string literal.
pub(crate) fn doc_table(yaml: Yaml, input: TokenStream) -> TokenStream {
    let TableArgs { enum_path, args } = match syn::parse2(input) {
        Ok(args) => args,
        Err(err) => return err.to_compile_error(),
    };
    let (mut cx, mut sources) = (Ctxt::default(), Sources::new(yaml));
    let spec = build(&args.specs, &manifest_dir(), &mut sources, &mut cx);
    let path = path_text(&enum_path);
    let krate = match &args.krate {
        Some(krate) => path_text(krate).trim_start_matches("::").to_owned(),
        None => "status_codes".to_owned(),
    };
    let table = docs::table(&spec, &path, &krate);
    match cx.finish(&sources) {
        None => quote!(#table),
        Some(err) => err.to_compile_error(),
    }
}

/// The folder of the calling crate's Cargo.toml, which spec paths are relative to.
pub(crate) fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .unwrap_or_default()
        .into()
}

/// Whether two specs as written name the same one: `spec/a.yaml` and `./spec/a.yaml` do.
fn same_spec(a: &str, b: &str) -> bool {
    fn parts(spec: &str) -> Vec<std::path::Component<'_>> {
        Path::new(spec)
            .components()
            .filter(|c| !matches!(c, std::path::Component::CurDir))
            .collect()
    }
    a == b || parts(a) == parts(b)
}

/// Loads, checks and merges the specs; the model holds the codes that survived any problems.
pub(crate) fn build(
    specs: &[SpecArg],
    manifest_dir: &Path,
    sources: &mut Sources,
    cx: &mut Ctxt,
) -> Spec {
    let mut names = Vec::new();
    let mut trees = Vec::new();
    for (i, arg) in specs.iter().enumerate() {
        // A spec listed twice would define each of its codes twice: one problem, not one per
        // code.
        if specs[..i]
            .iter()
            .any(|earlier| same_spec(&earlier.value, &arg.value))
        {
            cx.error(
                arg.span,
                format!("spec {:?} is listed twice; remove one", arg.value),
            );
            continue;
        }
        let source = match load::resolve(&arg.value, manifest_dir) {
            Ok(source) => source,
            Err(err) => {
                cx.unreadable_spec(&arg.value, arg.span, err);
                continue;
            }
        };
        names.push(SpecName {
            spec: source.spec.clone(),
            builtin: source.builtin,
        });
        let id = sources.add(source, arg.span);
        match sources.parse(id) {
            Ok(tree) => trees.push(tree),
            Err(err) => cx.load_error(id, err),
        }
    }
    let (codes, mut problems) = valid::check(&trees, sources, cx);
    // A derive's message about a placeholder names the place of the problem's detail.
    let marks: Vec<Mark> = problems
        .iter()
        .map(|p| p.detail_mark.unwrap_or(p.mark))
        .collect();
    for (problem, place) in problems.iter_mut().zip(report::places(sources, &marks)) {
        problem.place = place;
    }
    Spec {
        sources: names,
        codes,
        problems,
    }
}
