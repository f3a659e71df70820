//! Files weft reads and writes besides the scenario: bounded reads of other inputs (fuzz reports for
//! `merge`), and output files (`--chrome-trace`, `--svg`, `--plot`) written to a temporary file beside
//! the target and renamed over it, so an interrupted write never leaves a truncated file in place of
//! the old one, and never over a file this invocation reads.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::command::UsageError;

/// Every input file this invocation has read, so that no output replaces one of them.
static INPUTS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Remembers an input file (`main::load` notes every scenario it reads).
pub fn note_input(path: &Path) {
    let identity = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    if let Ok(mut inputs) = INPUTS.lock() {
        inputs.push(identity);
    }
}

/// A regular file of at most `max_bytes` (see `scenarios::input`), noted as an input, as text.
pub fn read_input(path: &Path, max_bytes: u64, what: &str) -> Result<String, UsageError> {
    let bytes = scenarios::input::read_bounded(path, max_bytes, what)
        .map_err(|message| UsageError(format!("{}: {message}", path.display())))?;
    note_input(path);
    String::from_utf8(bytes).map_err(|_| UsageError(format!("{}: the file is not UTF-8 text", path.display())))
}

/// An output file being written: the bytes go to a temporary file beside the target, which `commit`
/// renames over it. Dropped without `commit`, the temporary file is removed and the target untouched.
#[derive(Debug)]
pub struct Replacement {
    temporary: PathBuf,
    target: PathBuf,
    committed: bool,
}

impl Replacement {
    /// Refuses a target that is one of the inputs.
    pub fn begin(target: &Path) -> Result<Self, UsageError> {
        refuse_input_as_output(target)?;
        let name = target.file_name().map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
        let temporary = target.with_file_name(format!(".{name}.weft-{}.tmp", std::process::id()));
        Ok(Replacement { temporary, target: target.to_path_buf(), committed: false })
    }

    /// Where to write the bytes.
    pub fn temporary_path(&self) -> &Path {
        &self.temporary
    }

    pub fn commit(mut self) -> Result<(), UsageError> {
        std::fs::rename(&self.temporary, &self.target).map_err(|e| cannot_write(&self.target, &e))?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for Replacement {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(&self.temporary);
        }
    }
}

/// Writes an output file whole or not at all, `write` streaming its bytes (buffered) so that a big
/// output never sits in memory whole.
pub fn write_atomically(
    target: &Path,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<(), UsageError> {
    let replacement = Replacement::begin(target)?;
    write_synced(replacement.temporary_path(), write).map_err(|e| cannot_write(target, &e))?;
    replacement.commit()
}

fn write_synced(
    path: &Path,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    write(&mut out)?;
    let file = out.into_inner().map_err(std::io::IntoInnerError::into_error)?;
    file.sync_all()
}

fn refuse_input_as_output(target: &Path) -> Result<(), UsageError> {
    let Ok(identity) = std::fs::canonicalize(target) else { return Ok(()) };
    let inputs = INPUTS.lock().map(|inputs| inputs.clone()).unwrap_or_default();
    if inputs.contains(&identity) {
        return Err(UsageError(format!(
            "{}: refusing to write an output over an input of this command; choose another file name",
            target.display()
        )));
    }
    Ok(())
}

fn cannot_write(path: &Path, error: &std::io::Error) -> UsageError {
    UsageError(format!("cannot write {}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let directory = std::env::temp_dir().join(format!("weft-files-{}-{name}", std::process::id()));
        let _ = std::fs::create_dir_all(&directory);
        directory
    }

    #[test]
    fn outputs_replace_the_old_file_whole() {
        let directory = scratch("replace");
        let target = directory.join("trace.json");
        std::fs::write(&target, "old").expect("old file");
        write_atomically(&target, |out| out.write_all(b"new")).expect("written");
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "new");
        let leftovers = std::fs::read_dir(&directory).expect("dir").count();
        assert_eq!(leftovers, 1, "no temporary file is left");
        let _ = std::fs::remove_dir_all(&directory);
    }

    #[test]
    fn an_abandoned_replacement_leaves_the_old_file() {
        let directory = scratch("abandon");
        let target = directory.join("chart.svg");
        std::fs::write(&target, "old").expect("old file");
        let replacement = Replacement::begin(&target).expect("begin");
        std::fs::write(replacement.temporary_path(), "half").expect("partial");
        drop(replacement);
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "old");
        assert_eq!(std::fs::read_dir(&directory).expect("dir").count(), 1);
        let _ = std::fs::remove_dir_all(&directory);
    }

    #[test]
    fn an_input_is_never_an_output() {
        let directory = scratch("input");
        let input = directory.join("scenario.yaml");
        std::fs::write(&input, "name: x").expect("input");
        note_input(&input);
        let error = write_atomically(&directory.join(".").join("scenario.yaml"), |out| out.write_all(b"{}"))
            .expect_err("refused");
        assert!(error.0.contains("refusing to write an output over an input"), "{}", error.0);
        assert_eq!(std::fs::read_to_string(&input).expect("read"), "name: x");
        let _ = std::fs::remove_dir_all(&directory);
    }
}
