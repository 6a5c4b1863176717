//! The specs of one macro call, kept for the stages that read them and for the report: each
//! spec's text, the token of the call that names it, and whether it is built in.
//!
//! A spec's index here is the `source` of the [`Mark`](crate::load::Mark)s of its nodes.

use proc_macro2::Span;

use crate::load::{LoadError, Node, Pos, Source, Yaml};

/// The specs of a macro call, in the order given, and the parser that reads them.
pub(crate) struct Sources {
    specs: Vec<(Source, Span)>,
    yaml: Yaml,
}

#[cfg(test)]
impl Default for Sources {
    fn default() -> Self {
        Sources::new(crate::load::YAML)
    }
}

impl Sources {
    /// No specs yet; `yaml` will read them.
    pub(crate) fn new(yaml: Yaml) -> Self {
        Sources {
            specs: Vec::new(),
            yaml,
        }
    }

    /// Adds a spec, named in the call by the token at `span`; returns its index.
    pub(crate) fn add(&mut self, source: Source, span: Span) -> usize {
        self.specs.push((source, span));
        self.specs.len() - 1
    }

    /// Spec `id`.
    pub(crate) fn get(&self, id: usize) -> &Source {
        &self.specs[id].0
    }

    /// The token of the call that names spec `id`, which its problems are spanned on.
    pub(crate) fn span(&self, id: usize) -> Span {
        self.specs[id].1
    }

    /// The text of spec `id`.
    pub(crate) fn text(&self, id: usize) -> &str {
        &self.specs[id].0.text
    }

    /// Parses spec `id` into a tree.
    pub(crate) fn parse(&self, id: usize) -> Result<Node, LoadError> {
        crate::load::parse(self.yaml, self.text(id), id)
    }

    /// The lines and columns of nodes of spec `id` (ascending, each once).
    pub(crate) fn locate(&self, id: usize, nodes: &[usize]) -> Vec<Option<Pos>> {
        (self.yaml.locate)(self.text(id), nodes)
    }

    /// Whether spec `id` is compiled into the macro.
    pub(crate) fn is_builtin(&self, id: usize) -> bool {
        self.specs[id].0.builtin
    }
}
