//! Merging: the entries of every spec of an enum become one entry per code. A later spec
//! defines a code again only with `override: true`, and then writes only what it changes.

use crate::cx::Ctxt;
use crate::fields::code_fields;
use crate::model::ProblemType;

use super::entry::Entry;
use super::{CODES, slot};

/// A table of one slot per code ([`slot`]), empty; it lists the codes in order.
pub(super) fn table() -> Vec<Option<Entry>> {
    let mut table = Vec::with_capacity(CODES);
    table.resize_with(CODES, || None);
    table
}

/// Merges the entries of a spec into the table of the specs before it.
pub(super) fn merge(merged: &mut [Option<Entry>], entries: Vec<Entry>, cx: &mut Ctxt) {
    for entry in entries {
        let slot = &mut merged[slot(entry.code)];
        *slot = merge_one(slot.take(), entry, cx);
    }
}

/// What a code is after `entry`, given what the specs before it made of it.
fn merge_one(earlier: Option<Entry>, entry: Entry, cx: &mut Ctxt) -> Option<Entry> {
    match earlier {
        // A later spec replaces a code only when it says so, so that a collision is never silent.
        Some(earlier) if entry.replaces => Some(overlay(earlier, entry)),
        Some(earlier) => {
            let code = entry.code;
            cx.twice(entry.mark, earlier.mark, move |first| {
                format!(
                    "code {code} is already defined {first}; add `override: true` to replace it, or remove it"
                )
            });
            Some(earlier)
        }
        // An override needs something to override.
        None if entry.replaces => {
            cx.at(
                entry.mark,
                format!(
                    "code {} has `override: true` but no earlier spec defines it; remove `override`",
                    entry.code
                ),
            );
            None
        }
        None => Some(entry),
    }
}

/// Adds the problem types of a spec to those of the specs before it: a name names one problem
/// type in all the specs of an enum.
pub(super) fn problems(merged: &mut Vec<ProblemType>, problems: Vec<ProblemType>, cx: &mut Ctxt) {
    for problem in problems {
        if let Some(first) = merged.iter().find(|p| p.name == problem.name) {
            let name = problem.name.clone();
            cx.twice(problem.mark, first.mark, move |first| {
                format!(
                    "problem `{name}` is already defined {first}; give one of them another name"
                )
            });
            continue;
        }
        merged.push(problem);
    }
}

/// An override on top of the entry it replaces: every field the override leaves out keeps
/// the earlier value, so a service restates only what it changes.
fn overlay(mut earlier: Entry, top: Entry) -> Entry {
    // A new phrase names the variant anew (unless `name` is given), and the earlier
    // translations of the old phrase would be wrong.
    if top.phrase.is_some() {
        earlier.name = None;
        earlier.titles = None;
    }
    // The link goes with the reference it was made from.
    if top.reference.is_some() {
        earlier.link = None;
    }
    overlay_fields(earlier, top)
}

/// Builds `overlay_fields` from the field list: each field of `top`, or else of `earlier`.
macro_rules! overlay_fields {
    ($($yaml:literal $field:ident: $ty:ty = $read:path => $kind:ident $(($default:expr))?;)*) => {
        fn overlay_fields(earlier: Entry, top: Entry) -> Entry {
            Entry {
                code: top.code,
                mark: top.mark,
                replaces: true,
                $($field: top.$field.or(earlier.$field),)*
            }
        }
    };
}

code_fields!(overlay_fields);
