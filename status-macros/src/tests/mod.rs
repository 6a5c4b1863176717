//! Tests that run the stages together on strings and files: hostile and large specs, and a
//! property test that feeds random and mutated YAML to the loader, validator and locator.

mod fuzz;
mod hostile;
mod schema;

use std::fs;
use std::path::{Path, PathBuf};

use proc_macro2::Span;
use quote::quote;

use crate::args::SpecArg;
use crate::expand::{Input, expand};
use crate::generate;
use crate::load::NodeRaw;
use crate::model::Spec;

/// A directory of its own under the system's temp dir, removed when dropped.
pub(crate) struct Scratch(PathBuf);

impl Scratch {
    pub(crate) fn new(test: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("status-macros-{test}-{}", std::process::id()));
        // A leftover of an earlier run that was killed; nothing else writes there.
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("the temp dir is writable");
        Scratch(dir)
    }

    pub(crate) fn path(&self) -> &Path {
        &self.0
    }

    pub(crate) fn write(&self, name: &str, contents: impl AsRef<[u8]>) {
        fs::write(self.0.join(name), contents).expect("the temp dir is writable");
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// What the macro's pipeline made of one spec file.
pub(crate) struct Built {
    pub(crate) spec: Spec,
    /// The compile errors, one message each.
    pub(crate) messages: Vec<String>,
    /// How many walks locating the problems took.
    pub(crate) walks: usize,
}

/// Runs the macro's pipeline (read, parse, check, merge, report) on `text` as `spec.yaml`.
pub(crate) fn build(test: &str, text: &str) -> Built {
    let dir = Scratch::new(test);
    dir.write("spec.yaml", text);
    build_in(dir.path(), "spec.yaml")
}

/// Runs the macro's pipeline on the spec file `name` in `dir`.
pub(crate) fn build_in(dir: &Path, name: &str) -> Built {
    let arg = SpecArg {
        value: name.to_owned(),
        span: Span::call_site(),
    };
    let before = crate::load::WALKS.with(|walks| walks.get());
    let (spec, _sources, errors) = generate::build(&[arg], dir);
    let walks = crate::load::WALKS.with(|walks| walks.get()) - before;
    let messages = errors
        .into_iter()
        .flat_map(|err| err.into_iter().map(|e| e.to_string()).collect::<Vec<_>>())
        .collect();
    Built {
        spec,
        messages,
        walks,
    }
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
        tracked: &[],
        macro_export: false,
        complete: true,
    })
    .to_string()
}

/// What a tree costs the loader's budget: one unit per node and one per byte of string.
pub(crate) fn units(node: &NodeRaw) -> usize {
    match node {
        NodeRaw::Str(s) => 1 + s.len(),
        NodeRaw::Seq(items) => 1 + items.iter().map(units).sum::<usize>(),
        NodeRaw::Map(entries) => {
            1 + entries
                .iter()
                .map(|(k, v)| units(k) + units(v))
                .sum::<usize>()
        }
        _ => 1,
    }
}
