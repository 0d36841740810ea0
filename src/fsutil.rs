//! The one way claimcheck writes a file: atomically.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

/// Writes `bytes` to `path` so that readers see either the old file or the whole new one, never a
/// part: a temporary file in the same folder is written, flushed and synced, then renamed over
/// `path`, and the folder is synced so the rename itself survives a crash.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let target = through_links(path);
    let path = target.as_path();
    let dir = folder_of(path);
    // The new file keeps the old one's permissions; a file that is new gets the usual ones (the
    // umask applied), not the temporary file's owner-only default.
    let existing = std::fs::metadata(path).ok().map(|m| m.permissions());
    // Named after the file it will become, so that one left by a crash can be recognised.
    let prefix = temporary_prefix(path);
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(&prefix)
        .suffix(TEMPORARY_SUFFIX)
        .rand_bytes(TEMPORARY_RANDOM);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    if !dir.is_dir() {
        anyhow::bail!("cannot write {}: {}", path.display(), why_no_folder(dir));
    }
    // tempfile's own message names the random temporary file; the reason is what helps.
    let mut tmp = builder.tempfile_in(dir).map_err(|err| {
        anyhow::anyhow!(
            "cannot write {}: cannot create a file in {}: {}",
            path.display(),
            dir.display(),
            std::io::Error::from(err.kind())
        )
    })?;
    if let Some(permissions) = existing {
        tmp.as_file()
            .set_permissions(permissions)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    tmp.write_all(bytes)
        .and_then(|()| tmp.flush())
        .and_then(|()| tmp.as_file().sync_all())
        .with_context(|| format!("cannot write {}", path.display()))?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot replace {}", path.display()))?;
    // Syncing a directory is not possible on every platform; the data itself is already safe.
    if let Ok(folder) = std::fs::File::open(dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}

/// Why `dir` is not a folder to write in: the nearest part of it that exists is a file (the
/// user named a file as a folder), or there is no such folder.
fn why_no_folder(dir: &Path) -> String {
    let file = dir
        .ancestors()
        .filter(|part| !part.as_os_str().is_empty())
        .find(|part| std::fs::symlink_metadata(part).is_ok())
        .filter(|part| !part.is_dir());
    match file {
        Some(file) => format!("{} is a file, not a folder", file.display()),
        None => format!("there is no folder {}", dir.display()),
    }
}

/// The end of a temporary file's name.
const TEMPORARY_SUFFIX: &str = ".claimcheck.tmp";
/// Random characters in a temporary file's name.
const TEMPORARY_RANDOM: usize = 6;
/// Names longer than this get a generic temporary name (the whole must fit in 255 bytes).
const LONGEST_NAMED_TEMPORARY: usize = 200;

/// The folder holding a file (`.` for a bare file name).
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// `.NAME.` for a file `NAME`: the start of the temporary file that becomes it.
fn temporary_prefix(path: &Path) -> String {
    match path.file_name().map(|n| n.to_string_lossy()) {
        Some(name) if name.len() <= LONGEST_NAMED_TEMPORARY => format!(".{name}."),
        _ => ".claimcheck.".to_string(),
    }
}

/// Removes the temporary files that a crash left while writing `path` (`.NAME.xxxxxx.claimcheck.tmp`
/// beside it). Only for a caller that alone writes `path` (holding its lock): another writer's
/// temporary file would be in use. Returns how many were removed.
pub fn remove_crash_leftovers(path: &Path) -> usize {
    let dir = folder_of(path);
    let prefix = temporary_prefix(path);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .filter_map(|entry| entry.ok())
        .filter(|entry| {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            name.strip_prefix(&prefix)
                .and_then(|rest| rest.strip_suffix(TEMPORARY_SUFFIX))
                .is_some_and(|random| {
                    random.len() == TEMPORARY_RANDOM
                        && random.chars().all(|c| c.is_ascii_alphanumeric())
                })
        })
        .filter(|entry| std::fs::remove_file(entry.path()).is_ok())
        .count()
}

/// The file a path names: a symbolic link's target (renaming over the link itself would replace
/// the link with a file and leave its target stale); the path itself otherwise.
pub fn through_links(path: &Path) -> std::path::PathBuf {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    match is_link.then(|| std::fs::canonicalize(path)) {
        Some(Ok(target)) => target,
        _ => path.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_named_as_a_folder_is_called_a_file() {
        // QA round 10, item R6.
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("t.sh");
        std::fs::write(&file, "echo").unwrap();
        for target in [file.join("x.csv"), file.join("deeper").join("x.csv")] {
            let err = write_atomic(&target, b"x").unwrap_err().to_string();
            assert!(
                err.ends_with(&format!("{} is a file, not a folder", file.display())),
                "{err}"
            );
        }
        let missing = dir.path().join("none");
        let err = write_atomic(&missing.join("x.csv"), b"x")
            .unwrap_err()
            .to_string();
        assert!(
            err.ends_with(&format!("there is no folder {}", missing.display())),
            "{err}"
        );
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "echo");
    }

    #[test]
    fn replaces_the_whole_file_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        std::fs::write(&path, "old contents that are longer").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn keeps_the_permissions_of_the_file_it_replaces() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shared.json");
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
        write_atomic(&path, b"new").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o664);
        let fresh = dir.path().join("fresh.json");
        write_atomic(&fresh, b"x").unwrap();
        let plain = dir.path().join("plain.json");
        std::fs::write(&plain, b"x").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(
            mode(&fresh),
            mode(&plain),
            "a new file gets what any new file gets"
        );
    }

    #[cfg(unix)]
    #[test]
    fn writes_through_a_symbolic_link() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.json");
        let link = dir.path().join("link.json");
        std::fs::write(&target, "old").unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
    }

    #[test]
    fn leftovers_of_a_crash_are_recognised_by_name_and_only_they() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.review.json");
        write_atomic(&path, b"session").unwrap();
        let leftover = dir.path().join(".a.review.json.Ab3xY9.claimcheck.tmp");
        let other_file = dir
            .path()
            .join(".a.review.json.backup.Ab3xY9.claimcheck.tmp");
        let journal = dir
            .path()
            .join(".a.review.json.journal.Qw12er.claimcheck.tmp");
        for p in [&leftover, &other_file, &journal] {
            std::fs::write(p, "partial").unwrap();
        }
        assert_eq!(remove_crash_leftovers(&path), 1);
        assert!(!leftover.exists() && other_file.exists() && journal.exists());
        assert_eq!(
            remove_crash_leftovers(&dir.path().join("a.review.json.journal")),
            1
        );
        assert!(path.exists());
    }

    #[test]
    fn a_missing_folder_is_an_error_naming_the_file() {
        let err = write_atomic(Path::new("/nonexistent-folder/x.json"), b"x").unwrap_err();
        let message = format!("{err:#}");
        assert!(message.contains("x.json"), "{message}");
        assert!(
            message.contains("no folder /nonexistent-folder"),
            "{message}"
        );
        assert!(
            !message.contains(TEMPORARY_SUFFIX),
            "no temporary name: {message}"
        );
    }
}
