//! Tests that run the stages together on strings and files: the messages of every rule and
//! mistake, hostile and large specs, and property tests that feed random and mutated YAML to
//! the loader, validator and locator, and random enums to `item.rs` and to syn.
//!
//! Everything goes through one pipeline runner, [`run`]: spec files are written to a scratch
//! folder and read from there by the same code a build runs.

mod fuzz;
mod hostile;
mod item;
mod messages;
mod schema;
mod valid;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use proc_macro2::Span;
use quote::quote;

use crate::args::SpecArg;
use crate::cx::Ctxt;
use crate::expand::{Input, expand};
use crate::generate;
use crate::load::{Node, Value};
use crate::model::Spec;
use crate::sources::Sources;

/// A folder of its own under the system's temp dir, removed when dropped.
pub(crate) struct Scratch(PathBuf);

impl Scratch {
    /// A new folder for `test`, holding `files` (paths relative to it).
    pub(crate) fn new(test: &str, files: &[(&str, &[u8])]) -> Scratch {
        // Tests run in parallel and some build many specs: a counter keeps their folders apart.
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let count = COUNT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!(
            "status-macros-{test}-{}-{count}",
            std::process::id()
        ));
        // A leftover of an earlier run that was killed; nothing else writes there.
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("the temp dir is writable");
        let scratch = Scratch(dir);
        for (name, bytes) in files {
            scratch.write(name, bytes);
        }
        scratch
    }

    pub(crate) fn path(&self) -> &Path {
        &self.0
    }

    pub(crate) fn write(&self, name: &str, contents: impl AsRef<[u8]>) {
        let path = self.0.join(name);
        let parent = path.parent().expect("a file has a folder");
        fs::create_dir_all(parent).expect("the temp dir is writable");
        fs::write(path, contents).expect("the temp dir is writable");
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// What the macro's pipeline made of some specs.
pub(crate) struct Built {
    pub(crate) spec: Spec,
    /// The compile errors, one message each.
    pub(crate) messages: Vec<String>,
    /// How many walks locating the problems took.
    pub(crate) walks: usize,
}

/// Runs the macro's pipeline (resolve, read, parse, check, merge, report) on `specs` as the
/// attribute names them, with `files` in the crate's folder.
pub(crate) fn run(test: &str, files: &[(&str, &[u8])], specs: &[&str]) -> Built {
    let dir = Scratch::new(test, files);
    let built = run_in(dir.path(), specs);
    let folder = dir.path().display().to_string();
    for message in &built.messages {
        assert!(!message.contains(&folder), "absolute path in {message:?}");
    }
    built
}

/// Runs the pipeline on `specs` in the crate folder `dir`.
pub(crate) fn run_in(dir: &Path, specs: &[&str]) -> Built {
    let args: Vec<SpecArg> = specs
        .iter()
        .map(|value| SpecArg {
            value: (*value).to_owned(),
            span: Span::call_site(),
        })
        .collect();
    let before = crate::load::WALKS.with(|walks| walks.get());
    let (mut cx, mut sources) = (Ctxt::default(), Sources::default());
    let spec = generate::build(&args, dir, &mut sources, &mut cx);
    let messages = cx
        .finish(&sources)
        .into_iter()
        .flatten()
        .map(|e| e.to_string())
        .collect();
    let walks = crate::load::WALKS.with(|walks| walks.get()) - before;
    Built {
        spec,
        messages,
        walks,
    }
}

/// The pipeline on one spec, `text`, as `spec.yaml`.
pub(crate) fn build(test: &str, text: &str) -> Built {
    run(test, &[("spec.yaml", text.as_bytes())], &["spec.yaml"])
}

/// A built-in spec, checked; for the unit tests of the later stages.
pub(crate) fn builtin_spec(name: &str) -> Spec {
    let built = run_in(Path::new(""), &[name]);
    assert!(built.messages.is_empty(), "{name}: {:?}", built.messages);
    built.spec
}

/// The enum generated from `spec`, as text.
pub(crate) fn expand_text(spec: &Spec) -> String {
    let target = crate::args::parse_target(quote!(
        pub enum Hostile {}
    ))
    .expect("an empty enum");
    expand(&Input {
        target: &target,
        spec,
        krate: &quote!(::status_codes),
        complete: true,
        site: "src/lib.rs:1:1",
    })
    .to_string()
}

/// What a tree costs the loader's budget: one unit per node and one per byte of string.
pub(crate) fn units(node: &Node) -> usize {
    match &node.value {
        Value::Str(s) => 1 + s.len(),
        Value::Seq(items) => 1 + items.iter().map(units).sum::<usize>(),
        Value::Map(entries) => {
            1 + entries
                .iter()
                .map(|(k, v)| units(k) + units(v))
                .sum::<usize>()
        }
        _ => 1,
    }
}
