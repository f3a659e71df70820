//! Reading an input file with bounds that hold whatever the file claims: regular files only (a FIFO
//! with no writer would block forever, `/dev/zero` never ends) and at most a stated number of bytes,
//! counted while reading (metadata can be wrong: `/proc` files report 0 bytes, a file can grow).

use std::io::Read;
use std::path::Path;

/// The bytes of a regular file of at most `max_bytes`; `what` names the input in messages ("a
/// scenario", "a fuzz report"). The error is a sentence without the file name.
pub fn read_bounded(path: &Path, max_bytes: u64, what: &str) -> Result<Vec<u8>, String> {
    let metadata = std::fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
    refuse_unless_regular(&metadata, what)?;
    if metadata.len() > max_bytes {
        return Err(format!("the file is {} bytes; {what} is at most {max_bytes}", metadata.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read: {e}"))?;
    // The path may have been replaced between the two looks; the open file is what is read.
    let opened = file.metadata().map_err(|e| format!("cannot read: {e}"))?;
    refuse_unless_regular(&opened, what)?;
    let mut bytes = Vec::with_capacity(opened.len().min(max_bytes) as usize);
    file.take(max_bytes + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 > max_bytes {
        return Err(format!("the file holds more than {max_bytes} bytes; {what} is at most {max_bytes}"));
    }
    Ok(bytes)
}

fn refuse_unless_regular(metadata: &std::fs::Metadata, what: &str) -> Result<(), String> {
    if metadata.is_file() {
        return Ok(());
    }
    Err(format!("this is {}, not a regular file; {what} is read from a regular file", kind_of(metadata)))
}

fn kind_of(metadata: &std::fs::Metadata) -> &'static str {
    if metadata.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = metadata.file_type();
        if kind.is_fifo() {
            return "a pipe (FIFO)";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    "a special file"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_and_directories_are_refused_at_once() {
        let refused = |path: &str, phrase: &str| {
            let error = read_bounded(Path::new(path), 1024, "a scenario").expect_err(path);
            assert!(error.contains(phrase), "{path}: {error}");
        };
        refused("/dev/zero", "a device, not a regular file");
        refused("/", "a directory, not a regular file");
        refused("/no/such/file", "cannot read");
    }

    #[test]
    fn a_file_past_the_bound_is_refused_and_one_within_is_read() {
        let path = std::env::temp_dir().join(format!("weft-input-{}", std::process::id()));
        std::fs::write(&path, b"12345").expect("temp file");
        assert_eq!(read_bounded(&path, 5, "a scenario"), Ok(b"12345".to_vec()));
        let error = read_bounded(&path, 4, "a scenario").expect_err("too big");
        assert!(error.contains("the file is 5 bytes; a scenario is at most 4"), "{error}");
        let _ = std::fs::remove_file(&path);
    }
}
