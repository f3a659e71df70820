//! No file imports in a circle. Every `use` and every path written out in code (`crate::a::b`,
//! `super::c`) is an edge from its file to the file of the deepest module the path names; a `mod`
//! declaration is not an edge. Cycles (strongly connected files) are reported per crate.
//!
//! Run it alone with `cargo test --test import_cycles -- --nocapture` to see the graph's size.
//! Within a crate, import an item from the file that defines it, not through a parent that re-exports
//! it: a `mod.rs` that re-exports its children and is imported by them is a circle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The crates checked, by source folder and root file.
const CRATES: [(&str, &str); 3] =
    [("crates/sim-core/src", "lib.rs"), ("crates/scenarios/src", "lib.rs"), ("src", "main.rs")];

/// Circles known and owned by a change in progress elsewhere (remove an entry once it is broken).
/// None today: compile.rs <-> lower.rs was broken by scenarios/src/context.rs.
const KNOWN: [&[&str]; 0] = [];

type Module = Vec<String>;

fn rust_files(folder: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(folder).expect("a source folder").map(|e| e.expect("an entry").path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `a/b/mod.rs` and `a/b.rs` are module `a::b`; the root file is the crate.
fn module_of(relative: &Path, root_file: &str) -> Module {
    let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let file = parts.pop().expect("a file name");
    if file != "mod.rs" && file != root_file {
        parts.push(file.trim_end_matches(".rs").to_string());
    }
    parts
}

/// The code without comments, strings and character literals, which could hold path-like text.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let next = bytes.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < bytes.len() && bytes[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < bytes.len() && !(bytes[i] == '*' && bytes[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == '"' {
            i += 1;
            while i < bytes.len() && bytes[i] != '"' {
                i += if bytes[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && bytes.get(i + 2) == Some(&'\'') {
            i += 3;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Expands a `use` tree (`super::{a::B, c::{D, E}}`) into its paths.
fn expand_use(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        return vec![tree.split(" as ").next().unwrap_or(&tree).to_string()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').expect("a closing brace")];
    let mut parts = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (index, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..index]);
                start = index + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts.iter().filter(|p| !p.is_empty()).flat_map(|part| expand_use(&format!("{prefix}{part}"))).collect()
}

/// Every path the file names: `use` trees, and paths written out in code from `crate` or `super`.
fn paths_in(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().next_back();
        let tail = &rest[at + 4..];
        if before.is_none_or(|c| !(c.is_alphanumeric() || c == '_')) {
            let end = tail.find(';').unwrap_or(tail.len());
            paths.extend(expand_use(&tail[..end]));
        }
        rest = tail;
    }
    let chars: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let at_word_start = i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_' || chars[i - 1] == ':');
        let rest: String = chars[i..chars.len().min(i + 8)].iter().collect();
        if at_word_start && (rest.starts_with("crate::") || rest.starts_with("super::")) {
            let mut end = i;
            while end < chars.len() && (chars[end].is_alphanumeric() || chars[end] == '_' || chars[end] == ':') {
                end += 1;
            }
            paths.push(chars[i..end].iter().collect());
            i = end;
        } else {
            i += 1;
        }
    }
    paths
}

/// The deepest known module a path names, from the module `from`.
fn resolve(path: &str, from: &Module, modules: &BTreeSet<Module>) -> Option<Module> {
    let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let mut at: Module = Vec::new();
    let mut rest = &segments[..];
    match segments.first() {
        Some(&"crate") => rest = &segments[1..],
        Some(&"super") | Some(&"self") => {
            // `self` is the file's own module (`a/b.rs` and `a/b/mod.rs` alike); `super` climbs from there.
            at = from.clone();
            while let Some(&first) = rest.first() {
                match first {
                    "super" => {
                        at.pop();
                    }
                    "self" => {}
                    _ => break,
                }
                rest = &rest[1..];
            }
        }
        // A path from a child module (`use config::RunConfig;` in a `mod.rs`).
        Some(first) if modules.contains(&[from.clone(), vec![(*first).to_string()]].concat()) => at = from.clone(),
        _ => return None,
    }
    for segment in rest {
        let mut deeper = at.clone();
        deeper.push((*segment).to_string());
        if !modules.contains(&deeper) {
            break;
        }
        at = deeper;
    }
    Some(at)
}

/// Strongly connected components with more than one file (Tarjan).
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'e> {
        edges: &'e BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<String, usize>,
        low: BTreeMap<String, usize>,
        stack: Vec<String>,
        on_stack: BTreeSet<String>,
        found: Vec<Vec<String>>,
    }
    fn visit(walk: &mut Walk<'_>, node: &str) {
        let number = walk.index.len();
        walk.index.insert(node.to_string(), number);
        walk.low.insert(node.to_string(), number);
        walk.stack.push(node.to_string());
        walk.on_stack.insert(node.to_string());
        for next in walk.edges.get(node).cloned().unwrap_or_default() {
            if !walk.index.contains_key(&next) {
                visit(walk, &next);
                let low = walk.low[node].min(walk.low[&next]);
                walk.low.insert(node.to_string(), low);
            } else if walk.on_stack.contains(&next) {
                let low = walk.low[node].min(walk.index[&next]);
                walk.low.insert(node.to_string(), low);
            }
        }
        if walk.low[node] == walk.index[node] {
            let mut component = Vec::new();
            while let Some(top) = walk.stack.pop() {
                walk.on_stack.remove(&top);
                let done = top == node;
                component.push(top);
                if done {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                walk.found.push(component);
            }
        }
    }
    let mut walk = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in edges.keys() {
        if !walk.index.contains_key(node) {
            visit(&mut walk, node);
        }
    }
    walk.found
}

/// The import graph of one crate: file -> files it imports from.
fn import_graph(folder: &str, root_file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let base = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&base.join(folder), &mut files);
    let module_file: BTreeMap<Module, String> = files
        .iter()
        .map(|file| {
            let relative = file.strip_prefix(base.join(folder)).expect("inside the folder");
            (module_of(relative, root_file), format!("{folder}/{}", relative.display()))
        })
        .collect();
    let modules: BTreeSet<Module> = module_file.keys().cloned().collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, file) in &module_file {
        let text = std::fs::read_to_string(base.join(file)).expect("a readable file");
        // A file's unit tests (`#[cfg(test)] mod tests` at its end) are a module of their own, whose
        // `super` is the file itself: they are left out.
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        let code = code_only(text);
        let targets = edges.entry(file.clone()).or_default();
        for path in paths_in(&code) {
            if let Some(target) = resolve(&path, module, &modules)
                && let Some(target_file) = module_file.get(&target)
                && target_file != file
            {
                targets.insert(target_file.clone());
            }
        }
    }
    edges
}

#[test]
fn no_file_imports_in_a_circle() {
    let mut unexpected = Vec::new();
    for (folder, root_file) in CRATES {
        let edges = import_graph(folder, root_file);
        let count: usize = edges.values().map(BTreeSet::len).sum();
        println!("{folder}: {} files, {count} import edges", edges.len());
        if std::env::var_os("WEFT_PRINT_IMPORTS").is_some() {
            for (file, targets) in &edges {
                println!("  {file} -> {}", targets.iter().cloned().collect::<Vec<_>>().join(", "));
            }
        }
        for cycle in cycles(&edges) {
            let known = KNOWN.iter().any(|k| k.iter().map(|s| s.to_string()).collect::<Vec<_>>() == cycle);
            println!("  circle{}: {}", if known { " (known)" } else { "" }, cycle.join(" <-> "));
            if !known {
                unexpected.push(cycle);
            }
        }
        assert!(count > edges.len() / 2, "{folder}: the graph looks empty; is the parser broken?");
    }
    assert!(unexpected.is_empty(), "files that import each other in a circle: {unexpected:#?}");
}

#[test]
fn the_step_semantics_name_no_driver() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR"));
    let steps =
        code_only(&std::fs::read_to_string(base.join("crates/sim-core/src/engine/steps.rs")).expect("steps.rs"));
    for name in ["timed", "stepwise", "Timed", "Stepwise", "exploring"] {
        assert!(!steps.contains(name), "steps.rs names `{name}`; it reaches drivers only through the Driver seam");
    }
}

#[test]
fn the_checker_sees_a_circle() {
    // Two files that import each other, as the parser reads them.
    let mut edges = BTreeMap::new();
    edges.insert("a.rs".to_string(), BTreeSet::from(["b.rs".to_string()]));
    edges.insert("b.rs".to_string(), BTreeSet::from(["a.rs".to_string()]));
    edges.insert("c.rs".to_string(), BTreeSet::from(["a.rs".to_string()]));
    assert_eq!(cycles(&edges), vec![vec!["a.rs".to_string(), "b.rs".to_string()]]);
    let modules: BTreeSet<Module> =
        [vec![], vec!["engine".to_string()], vec!["engine".to_string(), "run".to_string()]].into_iter().collect();
    let from = vec!["engine".to_string(), "steps".to_string()];
    assert_eq!(resolve("super::run::Run", &from, &modules), Some(vec!["engine".into(), "run".into()]));
    assert_eq!(resolve("crate::engine::Simulator", &from, &modules), Some(vec!["engine".into()]));
    assert_eq!(
        expand_use("super::{run::Run, state::{A, B}}"),
        ["super::run::Run", "super::state::A", "super::state::B"]
    );
}
