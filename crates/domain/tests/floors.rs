//! The domain is built in floors, and this test fails on any import circle between its
//! modules: records (`model` modules, `release`, `votes`, `keys`, …) at the bottom, the store
//! traits over them, the `Center` core (`service`) over those, and the features' use-cases on
//! top. A module may use what is below it, never what is above.
//!
//! It reads the sources: every `crate::…` path outside tests, resolved to the module that
//! defines the item (names the crate root re-exports are followed to their module).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every module of the crate, by path (`audit::model`), with its source outside tests.
fn modules(src: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p: PathBuf = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let rel = p.strip_prefix(src).unwrap().with_extension("");
            let mut name = rel.to_string_lossy().replace('/', "::");
            if let Some(parent) = name.strip_suffix("::mod") {
                name = parent.to_string();
            }
            let text = std::fs::read_to_string(&p).unwrap();
            // Test modules may reach anywhere; they are not part of the floors. Comments (doc
            // links included) name what they like.
            let text: String = text
                .split("#[cfg(test)]")
                .next()
                .unwrap()
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            out.insert(name, text);
        }
    }
    out
}

/// The paths a `use` tree names: `a::{b, c::{d, e}}` gives `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        return vec![tree];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.len() - 1];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand(p).into_iter().map(move |x| format!("{prefix}{x}")))
        .collect()
}

/// Every `crate::…` path a module's code names, `use` trees expanded.
fn crate_paths(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("use crate::") {
        let after = &rest[i + "use ".len()..];
        let end = after.find(';').unwrap();
        out.extend(expand(&after[..end]));
        rest = &after[end..];
    }
    // Paths written inline, outside `use`: `crate::release::visibility(…)`.
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(i) = text[at..].find("crate::") {
        let start = at + i;
        let preceded = start > 0
            && (bytes[start - 1].is_ascii_alphanumeric()
                || bytes[start - 1] == b'_'
                || bytes[start - 1] == b'$');
        let end = text[start..]
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .map_or(text.len(), |e| start + e);
        if !preceded {
            out.push(text[start..end].trim_end_matches(':').to_string());
        }
        at = end.max(start + 1);
    }
    out
}

/// Names the crate root re-exports, and the module each comes from. A glob (`pub use model::*`)
/// stands for every public item the module defines.
fn root_names(mods: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    let root = &mods["lib"];
    for line in root.lines().filter(|l| l.starts_with("pub use ")) {
        for path in expand(line.trim_start_matches("pub use ").trim_end_matches(';')) {
            let (module, name) = path.rsplit_once("::").unwrap();
            if name == "*" {
                for item in defined(&mods[module]) {
                    names.entry(item).or_insert_with(|| module.to_string());
                }
            } else {
                names.insert(name.to_string(), module.to_string());
            }
        }
    }
    names
}

/// The public items a module's source defines.
fn defined(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for kw in [
        "pub struct ",
        "pub enum ",
        "pub trait ",
        "pub fn ",
        "pub type ",
        "pub const ",
        "pub async fn ",
    ] {
        for part in text.split(kw).skip(1) {
            let name: String = part
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.push(name);
        }
    }
    out
}

/// The module a `crate::…` path leads to.
fn resolve(
    path: &str,
    mods: &BTreeMap<String, String>,
    roots: &BTreeMap<String, String>,
) -> Option<String> {
    let segs: Vec<&str> = path.trim_start_matches("crate::").split("::").collect();
    for k in (1..=segs.len()).rev() {
        let candidate = segs[..k].join("::");
        if mods.contains_key(&candidate) && candidate != "lib" {
            return Some(candidate);
        }
    }
    roots.get(segs[0]).cloned()
}

#[test]
fn the_domain_has_no_import_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mods = modules(&src);
    let roots = root_names(&mods);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (m, text) in &mods {
        if m == "lib" {
            continue;
        }
        let mut deps = BTreeSet::new();
        for p in crate_paths(text) {
            if let Some(to) = resolve(&p, &mods, &roots)
                && &to != m
            {
                deps.insert(to);
            }
        }
        // A module's own children are its parts, not floors above or below it.
        deps.retain(|d| !d.starts_with(&format!("{m}::")));
        edges.insert(m.clone(), deps);
    }
    // The reading finds the imports it must: a use-case uses the core, the store traits use
    // the records, through `use` trees and root re-exports alike.
    assert!(edges["audit"].contains("service"), "{:?}", edges["audit"]);
    assert!(
        edges["store"].contains("audit::model"),
        "{:?}",
        edges["store"]
    );
    assert!(edges["service"].contains("store"), "{:?}", edges["service"]);
    assert!(edges["release"].contains("model"), "{:?}", edges["release"]);
    // Depth-first search for a cycle; report the first one found, by name.
    fn visit(
        m: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match state.get(m) {
            Some(2) => return None,
            Some(1) => {
                let start = path.iter().position(|x| x == m).unwrap();
                let mut cycle = path[start..].to_vec();
                cycle.push(m.to_string());
                return Some(cycle);
            }
            _ => {}
        }
        state.insert(m.to_string(), 1);
        path.push(m.to_string());
        for d in edges.get(m).into_iter().flatten() {
            if let Some(c) = visit(d, edges, state, path) {
                return Some(c);
            }
        }
        path.pop();
        state.insert(m.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for m in edges.keys() {
        if let Some(cycle) = visit(m, &edges, &mut state, &mut Vec::new()) {
            panic!("an import circle in domain: {}", cycle.join(" -> "));
        }
    }
    // The floors the design names hold: the store traits import only records, and the core
    // no feature's use-cases.
    let features = [
        "audit",
        "correlation",
        "exchange",
        "governance",
        "meetings",
        "rfis",
        "statistics",
        "subscriptions",
        "tracked",
        "webhooks",
    ];
    for (low, forbidden) in [("store", &features[..]), ("service", &features[..])] {
        for f in forbidden {
            assert!(
                !edges[low].contains(*f),
                "{low} uses the use-cases of {f}; it may use only {f}::model"
            );
        }
    }
}
