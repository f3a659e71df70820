//! `weft test [DIR] [--accept]`: the snapshot suite for a user's own scenarios, without Rust. Each
//! `*.yaml` in DIR runs under every policy and seed of its `snapshot:` block, and the result is compared
//! with `SNAPSHOTS/{name}@{policy}-{seed}@{file}.snap`, the files and format of the project's own suite
//! (tests/scenario_snapshots.rs, insta's YAML), so `weft test` passes on this repository as it is.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::cli::TestArgs;
use crate::command::{CommandResult, EXIT_BAD_INPUT, EXIT_FOUND_FAILURE, EXIT_OK, UsageError};
use crate::words::plural;

/// How one snapshot compares.
#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    Same,
    Changed,
    New,
}

#[derive(Default)]
struct Tally {
    same: usize,
    changed: usize,
    new: usize,
    written: usize,
    skipped_files: usize,
    broken_files: usize,
}

pub fn test(args: &TestArgs) -> CommandResult {
    let snapshot_dir = args.snapshots.clone().unwrap_or_else(|| default_snapshot_dir(&args.dir));
    let files = scenario_files(&args.dir)?;
    let mut tally = Tally::default();
    for file in &files {
        test_file(file, &snapshot_dir, args.accept, &mut tally)?;
    }
    crate::output::emit_text(&summary(&tally, args.accept));
    if tally.broken_files > 0 {
        return Ok(EXIT_BAD_INPUT);
    }
    let failed = !args.accept && tally.changed + tally.new > 0;
    Ok(if failed { EXIT_FOUND_FAILURE } else { EXIT_OK })
}

/// `snapshots/` beside the scenario folder: `scenarios/` pins into `snapshots/`, as this repository does.
fn default_snapshot_dir(dir: &Path) -> PathBuf {
    dir.parent().unwrap_or(Path::new("")).join("snapshots")
}

/// The `*.yaml` files of DIR, sorted by name.
fn scenario_files(dir: &Path) -> Result<Vec<PathBuf>, UsageError> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| UsageError(format!("cannot read the folder {}: {e}", dir.display())))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.is_file() && path.extension().is_some_and(|x| x == "yaml" || x == "yml"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(UsageError(format!("{} has no .yaml scenarios to test", dir.display())));
    }
    Ok(files)
}

fn test_file(file: &Path, snapshot_dir: &Path, accept: bool, tally: &mut Tally) -> Result<(), UsageError> {
    let scenario = match crate::running::load(file) {
        Ok(scenario) => scenario,
        Err(UsageError(message)) => {
            crate::output::print_error(&message);
            tally.broken_files += 1;
            return Ok(());
        }
    };
    if scenario.snapshot.policies.is_empty() {
        crate::output::emit_text(&format!("{}: no `snapshot:` policies, skipped\n", file.display()));
        tally.skipped_files += 1;
        return Ok(());
    }
    let file_name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let seeds = if scenario.snapshot.seeds.is_empty() { vec![0] } else { scenario.snapshot.seeds.clone() };
    for policy_name in &scenario.snapshot.policies {
        for &seed in &seeds {
            let name = format!("{}@{policy_name}-{seed}", scenario.model.name);
            let path = snapshot_dir.join(format!("{name}@{file_name}.snap"));
            let body = snapshot_body(&scenario, policy_name, seed)?;
            let verdict = compare_with_stored(&path, &body, &name)?;
            match verdict {
                Verdict::Same => tally.same += 1,
                Verdict::Changed => tally.changed += 1,
                Verdict::New => tally.new += 1,
            }
            if accept && verdict != Verdict::Same {
                write_snapshot(&path, file, &body)?;
                tally.written += 1;
            }
        }
    }
    Ok(())
}

/// The YAML body of one snapshot, as the project's suite writes it.
fn snapshot_body(scenario: &scenarios::Scenario, policy_name: &str, seed: u64) -> Result<String, UsageError> {
    let record = sim_core::snapshot::record(&scenario.model, policy_name, seed)
        .ok_or_else(|| UsageError(format!("`{policy_name}` is not a built-in policy")))?;
    let value = serde_json::to_value(record).map_err(|e| UsageError(format!("cannot write a snapshot: {e}")))?;
    Ok(crate::snapshot_yaml::to_yaml(&value))
}

/// The stored snapshot's body: what follows insta's `---` metadata `---` header.
fn stored_body(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("---\n") else { return text };
    match rest.find("\n---\n") {
        Some(end) => &rest[end + "\n---\n".len()..],
        None => text,
    }
}

fn compare_with_stored(path: &Path, body: &str, name: &str) -> Result<Verdict, UsageError> {
    let stored = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            crate::output::settle_status(EXIT_FOUND_FAILURE);
            crate::output::emit_text(&format!("new: {name} (no {})\n", path.display()));
            return Ok(Verdict::New);
        }
        Err(error) => return Err(UsageError(format!("cannot read {}: {error}", path.display()))),
    };
    let old = stored_body(&stored).trim_end();
    if old == body.trim_end() {
        return Ok(Verdict::Same);
    }
    crate::output::settle_status(EXIT_FOUND_FAILURE);
    crate::output::emit_text(&format!("changed: {name} ({})\n{}", path.display(), line_diff(old, body.trim_end())));
    Ok(Verdict::Changed)
}

/// Writes a snapshot, keeping the header of the file it replaces (insta's metadata) or writing a new one.
fn write_snapshot(path: &Path, scenario_file: &Path, body: &str) -> Result<(), UsageError> {
    let header = match std::fs::read_to_string(path) {
        Ok(text) if text.starts_with("---\n") && stored_body(&text).len() < text.len() => {
            text[..text.len() - stored_body(&text).len()].to_string()
        }
        _ => format!("---\nsource: weft test\ninput_file: {}\n---\n", scenario_file.display()),
    };
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| UsageError(format!("cannot create {}: {e}", folder.display())))?;
    }
    std::fs::write(path, format!("{header}{body}"))
        .map_err(|e| UsageError(format!("cannot write {}: {e}", path.display())))
}

/// A unified-style diff of two texts by lines (longest common subsequence), with two lines of context
/// around each change: `-` the stored snapshot, `+` this run.
fn line_diff(old: &str, new: &str) -> String {
    let old: Vec<&str> = old.lines().collect();
    let new: Vec<&str> = new.lines().collect();
    let edits = edit_script(&old, &new);
    let near_change: Vec<bool> = (0..edits.len())
        .map(|index| {
            let low = index.saturating_sub(2);
            let high = (index + 3).min(edits.len());
            edits[low..high].iter().any(|edit| !matches!(edit, Edit::Keep(_)))
        })
        .collect();
    let mut out = String::new();
    let mut skipped = false;
    for (edit, shown) in edits.iter().zip(near_change) {
        if !shown {
            skipped = true;
            continue;
        }
        if std::mem::take(&mut skipped) {
            out.push_str("  ...\n");
        }
        let _ = match edit {
            Edit::Keep(line) => writeln!(out, "  {line}"),
            Edit::Remove(line) => writeln!(out, "- {line}"),
            Edit::Add(line) => writeln!(out, "+ {line}"),
        };
    }
    out
}

enum Edit<'a> {
    Keep(&'a str),
    Remove(&'a str),
    Add(&'a str),
}

fn edit_script<'a>(old: &[&'a str], new: &[&'a str]) -> Vec<Edit<'a>> {
    // common[i][j]: length of the longest common subsequence of old[i..] and new[j..]. Snapshots are a
    // few dozen lines, so the table is small.
    let mut common = vec![vec![0usize; new.len() + 1]; old.len() + 1];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            common[i][j] =
                if old[i] == new[j] { common[i + 1][j + 1] + 1 } else { common[i + 1][j].max(common[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut edits = Vec::new();
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            edits.push(Edit::Keep(old[i]));
            i += 1;
            j += 1;
        } else if i < old.len() && (j == new.len() || common[i + 1][j] >= common[i][j + 1]) {
            edits.push(Edit::Remove(old[i]));
            i += 1;
        } else {
            edits.push(Edit::Add(new[j]));
            j += 1;
        }
    }
    edits
}

fn summary(tally: &Tally, accept: bool) -> String {
    let total = tally.same + tally.changed + tally.new;
    let mut line = format!("{}: {} passed", plural(total as u64, "snapshot"), tally.same);
    if tally.changed > 0 {
        let _ = write!(line, ", {} changed", tally.changed);
    }
    if tally.new > 0 {
        let _ = write!(line, ", {} new", tally.new);
    }
    if tally.skipped_files > 0 {
        let _ = write!(line, "; {} without `snapshot:` skipped", plural(tally.skipped_files as u64, "file"));
    }
    if tally.broken_files > 0 {
        let _ = write!(line, "; {} did not load", plural(tally.broken_files as u64, "file"));
    }
    if accept {
        let _ = write!(line, "; wrote {}", plural(tally.written as u64, "snapshot"));
    } else if tally.changed + tally.new > 0 {
        line.push_str("; `weft test --accept` writes them once they are understood");
    }
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_shows_changed_lines_with_context() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh";
        let new = "a\nb\nc\nd\nE\nf\ng\nh";
        assert_eq!(line_diff(old, new), "  ...\n  c\n  d\n- e\n+ E\n  f\n  g\n");
    }

    #[test]
    fn header_is_not_body() {
        assert_eq!(stored_body("---\nsource: x\ninput_file: y\n---\nstatus: ok\n"), "status: ok\n");
        assert_eq!(stored_body("status: ok\n"), "status: ok\n");
    }
}
