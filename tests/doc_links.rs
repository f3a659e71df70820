//! Every relative link in README.md and docs/*.md resolves inside the repository (a clone has nothing
//! beside it), and every `#anchor` names a heading of the page it points at.

use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn pages() -> Vec<PathBuf> {
    let mut pages = vec![Path::new(ROOT).join("README.md")];
    let docs = std::fs::read_dir(Path::new(ROOT).join("docs")).expect("docs/");
    let mut found: Vec<PathBuf> =
        docs.filter_map(|e| Some(e.ok()?.path())).filter(|p| p.extension().is_some_and(|x| x == "md")).collect();
    found.sort();
    pages.extend(found);
    pages
}

/// The targets of `[text](target)` and `![alt](target)` links, outside code blocks and code spans.
fn link_targets(page: &str) -> Vec<String> {
    let mut targets = Vec::new();
    let mut in_code_block = false;
    for line in page.lines() {
        if line.trim_start().starts_with("```") {
            in_code_block = !in_code_block;
            continue;
        }
        if in_code_block {
            continue;
        }
        let prose: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
        let mut rest = prose.as_str();
        while let Some(start) = rest.find("](") {
            let after = &rest[start + 2..];
            let Some(end) = after.find(')') else { break };
            targets.push(after[..end].trim().to_string());
            rest = &after[end..];
        }
    }
    targets
}

/// GitHub's anchor for a heading: lowercase, punctuation dropped, spaces to `-`.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

fn anchors(page: &str) -> Vec<String> {
    let mut in_code_block = false;
    let mut found = Vec::new();
    for line in page.lines() {
        if line.trim_start().starts_with("```") {
            in_code_block = !in_code_block;
        } else if !in_code_block && line.starts_with('#') {
            found.push(anchor(line.trim_start_matches('#')));
        }
    }
    found
}

fn check_link(page_path: &Path, target: &str) -> Result<(), String> {
    if target.starts_with("http://") || target.starts_with("https://") || target.starts_with("mailto:") {
        return Ok(());
    }
    let (path_part, fragment) = target.split_once('#').unwrap_or((target, ""));
    let resolved = if path_part.is_empty() {
        page_path.to_path_buf()
    } else {
        page_path.parent().expect("a page is in a folder").join(path_part)
    };
    let root = Path::new(ROOT).canonicalize().expect("the repository");
    let resolved = resolved.canonicalize().map_err(|_| format!("`{target}` does not exist"))?;
    if !resolved.starts_with(&root) {
        return Err(format!("`{target}` leaves the repository"));
    }
    if !fragment.is_empty() && resolved.extension().is_some_and(|x| x == "md") {
        let text = std::fs::read_to_string(&resolved).map_err(|e| format!("`{target}`: {e}"))?;
        if !anchors(&text).iter().any(|a| a == fragment) {
            return Err(format!("`{target}`: no heading makes the anchor `#{fragment}`"));
        }
    }
    Ok(())
}

#[test]
fn every_link_resolves_inside_the_repository() {
    let mut broken = Vec::new();
    let mut checked = 0;
    for page in pages() {
        let text = std::fs::read_to_string(&page).expect("a page");
        assert!(!text.contains("../shared"), "{} points outside the repository (../shared)", page.display());
        for target in link_targets(&text) {
            checked += 1;
            if let Err(problem) = check_link(&page, &target) {
                broken.push(format!("{}: {problem}", page.display()));
            }
        }
    }
    assert!(checked >= 10, "found only {checked} links");
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn anchors_follow_github() {
    for (heading, expect) in [
        ("Format 1.1: coming", "format-11-coming"),
        ("Several machines (the distributed tier)", "several-machines-the-distributed-tier"),
        ("Queues, locks, processes and loops", "queues-locks-processes-and-loops"),
    ] {
        assert_eq!(anchor(heading), expect);
    }
}
