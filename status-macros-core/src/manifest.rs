//! How the calling crate names status-codes, read from its `Cargo.toml`: generated code
//! reaches status-codes as `::status_codes` unless told otherwise (`crate = "..."`), and a
//! renamed dependency would otherwise fail with rustc's `cannot find status_codes`, which says
//! nothing of the option. Knowing the name also gives a stand-in that compiles after a
//! mistake in `crate = "..."`, instead of a cascade through a path that does not resolve.
//!
//! This is no TOML parser: it reads the lines of the dependency tables, which is what cargo's
//! own format puts one dependency on (an inline table cannot span lines), and answers only
//! when it is sure. Anything it cannot read leaves the default in place, as before.

use std::path::Path;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::cx::Ctxt;

/// How a manifest names status-codes among its dependencies.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Name {
    /// As `status-codes` (or `status_codes`): `::status_codes` resolves.
    Plain,
    /// Only under another name, such as `sc = { package = "status-codes", ... }`: the Rust
    /// name, with `-` as `_`.
    Renamed(String),
    /// Not among the dependencies as far as the manifest tells: a re-export, a build
    /// outside cargo, or status-codes itself.
    Unknown,
}

const PACKAGE: &str = "status-codes";

/// How the crate whose manifest is in `manifest_dir` names status-codes.
pub(crate) fn name_in(manifest_dir: &Path) -> Name {
    let Ok(text) = std::fs::read_to_string(manifest_dir.join("Cargo.toml")) else {
        return Name::Unknown;
    };
    let deps = dependencies(&text, false);
    if deps.iter().any(|d| is_plain(&d.key)) {
        return Name::Plain;
    }
    if let Some(dep) = deps.iter().find(|d| d.package.as_deref() == Some(PACKAGE)) {
        return Name::Renamed(rust_name(&dep.key));
    }
    // `sc.workspace = true`: the rename is in the workspace's manifest.
    let inherited: Vec<&Dep> = deps.iter().filter(|d| d.workspace).collect();
    if inherited.is_empty() {
        return Name::Unknown;
    }
    let Some(root) = workspace_manifest(manifest_dir) else {
        return Name::Unknown;
    };
    let shared = dependencies(&root, true);
    for dep in inherited {
        let renamed = shared
            .iter()
            .any(|s| s.key == dep.key && s.package.as_deref() == Some(PACKAGE));
        if renamed {
            return Name::Renamed(rust_name(&dep.key));
        }
    }
    Name::Unknown
}

/// The path generated code reaches status-codes by where the user gave none that works:
/// `::status_codes`, or the name the manifest gives it. Unless `reported` (a mistake in
/// `crate = ...` was), a renamed dependency is an error here that names the option, `fix`
/// saying where it goes; the path is then that name, so nothing else fails.
pub(crate) fn default_crate(
    manifest_dir: &Path,
    reported: bool,
    fix: &str,
    cx: &mut Ctxt,
) -> TokenStream {
    match name_in(manifest_dir) {
        Name::Renamed(name) => {
            if !reported {
                cx.error(
                    Span::call_site(),
                    format!(
                        "status-codes is a dependency named `{name}` here (Cargo.toml renames it), and generated code \
                         looks for it as `status_codes`; {}",
                        fix.replace("{name}", &name)
                    ),
                );
            }
            let name = Ident::new(&name, Span::call_site());
            quote!(::#name)
        }
        Name::Plain | Name::Unknown => quote!(::status_codes),
    }
}

fn is_plain(key: &str) -> bool {
    key == PACKAGE || key == "status_codes"
}

fn rust_name(key: &str) -> String {
    key.replace('-', "_")
}

/// A dependency as its manifest line gives it.
#[derive(Debug, Default)]
struct Dep {
    key: String,
    /// `package = "..."`, when it is renamed.
    package: Option<String>,
    /// `workspace = true`: inherited from the workspace's manifest.
    workspace: bool,
}

/// The dependencies of a manifest: those of `[dependencies]`, `[dev-dependencies]`,
/// `[build-dependencies]` and their `[target.*]` forms, or, with `workspace`, those of
/// `[workspace.dependencies]`.
fn dependencies(text: &str, workspace: bool) -> Vec<Dep> {
    let mut deps: Vec<Dep> = Vec::new();
    // Inside a dependency table (`Some(None)`), or in `[dependencies.sc]` (`Some(Some(i))`,
    // the index of `sc` in `deps`).
    let mut table: Option<Option<usize>> = None;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            let header = line
                .trim_start_matches('[')
                .split(']')
                .next()
                .unwrap_or_default()
                .trim();
            table =
                dependency_table(header, workspace).map(|key| key.map(|key| entry(&mut deps, key)));
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let key = unquote(key.trim());
        match table {
            None => {}
            Some(Some(i)) => set(&mut deps[i], key, value),
            Some(None) => {
                // `sc = { package = "status-codes", ... }`, `sc.package = "..."`, `sc = "1"`.
                let (key, dotted) = match key.split_once('.') {
                    Some((key, field)) => (unquote(key.trim()), Some(unquote(field.trim()))),
                    None => (key, None),
                };
                let i = entry(&mut deps, key);
                match dotted {
                    Some(field) => set(&mut deps[i], field, value),
                    None => {
                        let fields = inline_fields(value);
                        if let Some(package) = fields.iter().find(|(k, _)| *k == "package") {
                            deps[i].package = Some(package.1.to_owned());
                        }
                        deps[i].workspace |= fields.contains(&("workspace", "true"));
                    }
                }
            }
        }
    }
    deps
}

/// The index of the dependency `key` in `deps`, added if it is not there yet.
fn entry(deps: &mut Vec<Dep>, key: &str) -> usize {
    if let Some(i) = deps.iter().position(|d| d.key == key) {
        return i;
    }
    deps.push(Dep {
        key: key.to_owned(),
        ..Dep::default()
    });
    deps.len() - 1
}

/// One field of a dependency, as in `package = "status-codes"` under `[dependencies.sc]` or
/// `sc.package = "status-codes"`; only `package` and `workspace` matter here.
fn set(dep: &mut Dep, field: &str, value: &str) {
    match field {
        "package" => dep.package = Some(unquote(value.trim()).to_owned()),
        "workspace" => dep.workspace = value.trim() == "true",
        _ => {}
    }
}

/// Whether a table header is a dependency table, and of which one dependency if it names
/// one (`dependencies.sc`).
fn dependency_table(header: &str, workspace: bool) -> Option<Option<&str>> {
    const KINDS: &[&str] = &["dependencies", "dev-dependencies", "build-dependencies"];
    let parts = split_dotted(header);
    let rest: &[&str] = if workspace {
        match parts.as_slice() {
            ["workspace", rest @ ..] => rest,
            _ => return None,
        }
    } else {
        match parts.as_slice() {
            ["target", _, rest @ ..] => rest,
            rest => rest,
        }
    };
    match rest {
        [kind] if KINDS.contains(kind) && (!workspace || *kind == "dependencies") => Some(None),
        [kind, name] if KINDS.contains(kind) && (!workspace || *kind == "dependencies") => {
            Some(Some(name))
        }
        _ => None,
    }
}

/// The parts of a dotted key, a quoted part kept whole: `target.'cfg(unix)'.dependencies`.
fn split_dotted(key: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut quote: Option<char> = None;
    for (i, c) in key.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '.') => {
                parts.push(unquote(key[start..i].trim()));
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(unquote(key[start..].trim()));
    parts
}

/// The `key = value` pairs of an inline table, `{ package = "status-codes", path = "x" }`,
/// with the values unquoted; a nested table or array is not needed here and reads as noise.
fn inline_fields(value: &str) -> Vec<(&str, &str)> {
    let Some(inner) = value
        .trim()
        .strip_prefix('{')
        .and_then(|v| v.trim_end().strip_suffix('}'))
    else {
        return Vec::new();
    };
    inner
        .split(',')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (unquote(k.trim()), unquote(v.trim())))
        .collect()
}

fn unquote(text: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = text.strip_prefix(q).and_then(|t| t.strip_suffix(q)) {
            return inner;
        }
    }
    text
}

/// The text of the nearest manifest above `dir` with a `[workspace]` table.
fn workspace_manifest(dir: &Path) -> Option<String> {
    for ancestor in dir.ancestors().skip(1) {
        if let Ok(text) = std::fs::read_to_string(ancestor.join("Cargo.toml"))
            && text.lines().any(|l| l.trim() == "[workspace]")
        {
            return Some(text);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(manifest: &str) -> Name {
        let scratch =
            crate::tests::Scratch::new("manifest", &[("Cargo.toml", manifest.as_bytes())]);
        name_in(scratch.path())
    }

    #[test]
    fn the_name_of_status_codes_is_read_from_the_dependency_tables() {
        let package = "[package]\nname = \"api\"\n\n";
        assert_eq!(
            name(&format!(
                "{package}[dependencies]\nstatus-codes = {{ version = \"0.1\" }}\n"
            )),
            Name::Plain
        );
        assert_eq!(
            name(&format!(
                "{package}[dependencies]\nserde = \"1\"\nsc = {{ package = \"status-codes\", path = \"../x\" }}\n"
            )),
            Name::Renamed("sc".into())
        );
        assert_eq!(
            name(&format!(
                "{package}[dependencies.my-codes]\nversion = \"0.1\"\npackage = \"status-codes\"\n"
            )),
            Name::Renamed("my_codes".into())
        );
        assert_eq!(
            name(&format!(
                "{package}[target.'cfg(unix)'.dependencies]\nsc.package = \"status-codes\"\nsc.version = \"0.1\"\n"
            )),
            Name::Renamed("sc".into())
        );
        // Both names: `::status_codes` resolves.
        assert_eq!(
            name(&format!(
                "{package}[dependencies]\nsc = {{ package = \"status-codes\" }}\nstatus_codes = {{ package = \"status-codes\" }}\n"
            )),
            Name::Plain
        );
        // `package` outside a dependency table, or no status-codes at all.
        assert_eq!(
            name("[package]\nname = \"status-codes\"\n[dependencies]\nserde = \"1\"\n"),
            Name::Unknown
        );
        assert_eq!(name("not toml at all = = ["), Name::Unknown);
    }

    #[test]
    fn a_rename_inherited_from_the_workspace_is_found_there() {
        let root = crate::tests::Scratch::new(
            "manifest-workspace",
            &[
                (
                    "Cargo.toml",
                    b"[workspace]\nmembers = [\"api\"]\n\n[workspace.dependencies]\nsc = { package = \"status-codes\", version = \"0.1\" }\n",
                ),
                (
                    "api/Cargo.toml",
                    b"[package]\nname = \"api\"\n\n[dependencies]\nsc.workspace = true\n",
                ),
            ],
        );
        assert_eq!(
            name_in(&root.path().join("api")),
            Name::Renamed("sc".into())
        );
    }
}
