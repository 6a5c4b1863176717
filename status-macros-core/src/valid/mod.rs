//! Validation: the spec trees in, the checked [`Code`]s out, every problem collected.
//!
//! Nothing here stops at the first problem. Each spec's entries are read into optional
//! fields (`entry`, with the field readers of `read`) and checked against the rules
//! (`rules`) as they are read; the specs are merged (`merge`), and each merged entry becomes
//! a complete code. A bad
//! entry is reported and left out; the good ones still reach expansion, so the generated enum
//! is a usable stand-in and the user sees the spec's problems, not a cascade of unknown
//! variants.

mod entry;
mod merge;
mod problems;
mod read;
mod rules;

#[cfg(test)]
pub(crate) use entry::{CODE_FIELDS, TOP_FIELDS};
#[cfg(test)]
pub(crate) use problems::PROBLEM_FIELDS;

use crate::cx::Ctxt;
use crate::load::Node;
use crate::model::{Code, ProblemType};
use crate::sources::Sources;

/// How many status codes there are: 100 to 999.
const CODES: usize = 900;

/// The place of a code (checked to be from 100 to 999) in a table of [`CODES`] slots: codes
/// are few and small, so a table serves where a hash map would, and lists them in order.
fn slot(code: u16) -> usize {
    usize::from(code - 100)
}

/// Checks the specs of one enum, given in order, and merges them into its codes and its
/// problem types.
pub(crate) fn check(
    specs: &[Node],
    sources: &Sources,
    cx: &mut Ctxt,
) -> (Vec<Code>, Vec<ProblemType>) {
    let mut merged = merge::table();
    let mut problems: Vec<ProblemType> = Vec::new();
    for root in specs {
        let (entries, more) = entry::read_spec(root, cx);
        merge::merge(&mut merged, entries, cx);
        merge::problems(&mut problems, more, cx);
    }
    let mut codes = Vec::new();
    // The slots of codes that no spec defines, or whose definitions clash, are empty.
    for slot in merged {
        if let Some(code) = slot.and_then(rules::complete) {
            codes.push(code);
        }
    }
    let codes = rules::unique_names(codes, sources, cx);
    problems::check_statuses(&mut problems, &codes, cx);
    (codes, problems)
}

/// The problems of one spec on its own, without the rules that take several (overrides,
/// unique names); for the test that compares the validator with the JSON Schema.
#[cfg(test)]
pub(crate) fn check_one(spec: &Node, cx: &mut Ctxt) {
    entry::read_spec(spec, cx);
}
