//! Reading an article from a file or stdin, with one clear error for what cannot be an article:
//! a missing file, a folder, a binary file, text that is not UTF-8.

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::ops::Deref;
use std::path::Path;

use anyhow::{Result, bail};
use rayon::prelude::*;

/// Reads the article at `path` (`-` reads stdin) as UTF-8 text. Errors name the file and say what
/// is wrong; for text that is not UTF-8 they say where (byte offset, line and column).
pub fn read(path: &str) -> Result<String> {
    let bytes = if path == "-" {
        read_stdin()?
    } else {
        refuse_folder(path)?;
        std::fs::read(path).or_else(|err| cannot_open(path, err))?
    };
    let name = if path == "-" { "stdin" } else { path };
    decode(name, bytes)
}

/// An article's text, checked like [`read`]'s: read into memory or, from a large file, mapped.
pub struct Text(Backing);

enum Backing {
    Read(String),
    /// Checked to be UTF-8 when it was mapped.
    Mapped(memmap2::Mmap),
}

/// From this size on, [`open`] maps a file instead of copying it: the copy into fresh memory, and
/// zeroing that memory's pages, cost more than the reading of the text itself below. Articles are
/// far smaller and are read; only bulk inputs (a corpus in one file) are mapped.
pub const MAP_FROM_BYTES: u64 = 1 << 20;

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        match &self.0 {
            Backing::Read(text) => text,
            // SAFETY: `open` maps a file only after `check` found the whole of it UTF-8, and the
            // map is read-only (see `open` for a file changed while it is mapped).
            Backing::Mapped(map) => unsafe { std::str::from_utf8_unchecked(map) },
        }
    }
}

/// Opens the article at `path` (`-` reads stdin) like [`read`], mapping a file of
/// [`MAP_FROM_BYTES`] or more instead of copying it, and checking a long text on several threads.
///
/// A mapped file must not be changed while claimcheck runs: cut short, reading past its new end
/// stops the process (SIGBUS), as it does ripgrep's and other tools' that map their input. Only
/// bulk inputs are large enough to be mapped.
pub fn open(path: &str) -> Result<Text> {
    if path == "-" {
        return Ok(Text(Backing::Read(decode("stdin", read_stdin()?)?)));
    }
    refuse_folder(path)?;
    let file = File::open(path).or_else(|err| cannot_open(path, err))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if !file.metadata().is_ok_and(|m| m.is_file()) || size < MAP_FROM_BYTES {
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        (&file)
            .read_to_end(&mut bytes)
            .or_else(|err| cannot_open(path, err))?;
        return Ok(Text(Backing::Read(decode(path, bytes)?)));
    }
    // SAFETY: the map is read-only and lives as long as the `Text`; a file changed by another
    // process while it is mapped is the hazard documented above.
    let map = unsafe { memmap2::Mmap::map(&file) }.or_else(|err| cannot_open(path, err))?;
    check(path, &map)?;
    Ok(Text(Backing::Mapped(map)))
}

fn read_stdin() -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if let Err(err) = std::io::stdin().read_to_end(&mut bytes) {
        bail!("cannot read stdin: {err}");
    }
    Ok(bytes)
}

fn refuse_folder(path: &str) -> Result<()> {
    if Path::new(path).is_dir() {
        bail!("{path}: is a folder, not an article (give the text file inside it)");
    }
    Ok(())
}

fn cannot_open<T>(path: &str, err: std::io::Error) -> Result<T> {
    match err.kind() {
        ErrorKind::NotFound => bail!("{path}: no such file"),
        ErrorKind::PermissionDenied => bail!("{path}: permission denied"),
        _ => bail!("{path}: cannot read: {err}"),
    }
}

/// UTF-16 text: a byte-order mark, or (without one) a NUL in every other byte of the opening,
/// as ASCII letters have in UTF-16.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return true;
    }
    let opening = &bytes[..bytes.len().min(64) & !1];
    let zeros = |offset: usize| opening.iter().skip(offset).step_by(2).all(|&b| b == 0);
    opening.len() >= 8 && (zeros(0) || zeros(1))
}

/// Checks that `bytes` are article text: no NUL byte (a binary file), valid UTF-8.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String> {
    check_not_binary(name, &bytes)?;
    String::from_utf8(bytes).or_else(|err| not_utf8(name, err.as_bytes(), err.utf8_error()))
}

/// [`decode`]'s checks on borrowed bytes; a long text is checked in pieces on rayon's threads.
fn check(name: &str, bytes: &[u8]) -> Result<()> {
    check_not_binary(name, bytes)?;
    if is_utf8(bytes) {
        return Ok(());
    }
    let err = std::str::from_utf8(bytes).expect_err("the pieces were not all UTF-8");
    not_utf8(name, bytes, err)
}

/// Whether `bytes` are UTF-8, read in pieces of about 1 MiB side by side. A piece starts where a
/// character does (at a byte that is not a continuation byte), so the text is UTF-8 exactly when
/// every piece is: characters never straddle two pieces.
fn is_utf8(bytes: &[u8]) -> bool {
    is_utf8_in_pieces(bytes, 1 << 20)
}

fn is_utf8_in_pieces(bytes: &[u8], piece: usize) -> bool {
    let mut starts = vec![0];
    let mut at = piece;
    while at < bytes.len() {
        // On to a character's first byte: within four bytes in UTF-8. If there is none, the
        // piece starts with a continuation byte and is found not UTF-8, as the text is not.
        let start = (at..bytes.len().min(at + 4))
            .find(|&k| bytes[k] & 0xc0 != 0x80)
            .unwrap_or(at);
        starts.push(start);
        at = start + piece;
    }
    starts.push(bytes.len());
    starts
        .par_windows(2)
        .all(|w| std::str::from_utf8(&bytes[w[0]..w[1]]).is_ok())
}

fn check_not_binary(name: &str, bytes: &[u8]) -> Result<()> {
    if looks_like_utf16(bytes) {
        bail!(
            "{name}: looks like UTF-16 text, not UTF-8; convert it first, e.g. \
             `iconv -f UTF-16 -t UTF-8 {name} > article.txt`"
        );
    }
    if let Some(at) = memchr::memchr(0, bytes) {
        bail!(
            "{name}: looks like a binary file, not an article (NUL byte at byte offset {at}); \
             give a plain-text article"
        );
    }
    Ok(())
}

/// The error for `bytes` that are not UTF-8, saying where.
fn not_utf8<T>(name: &str, bytes: &[u8], err: std::str::Utf8Error) -> Result<T> {
    let at = err.valid_up_to();
    let line = memchr::memchr_iter(b'\n', &bytes[..at]).count() + 1;
    let line_start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |k| k + 1);
    let column = String::from_utf8_lossy(&bytes[line_start..at])
        .chars()
        .count()
        + 1;
    bail!(
        "{name}: not UTF-8 text: invalid byte 0x{:02x} at byte offset {at} (line {line}, \
         column {column}); convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)",
        bytes[at]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_says_where() {
        let err = decode("a.txt", b"first line\nsecond \xe9t\xe9\n".to_vec()).unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("a.txt: not UTF-8"), "{msg}");
        assert!(
            msg.contains("0xe9 at byte offset 18 (line 2, column 8)"),
            "{msg}"
        );
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let msg = decode("x.bin", b"PK\x03\x04\x00\x00".to_vec())
            .unwrap_err()
            .to_string();
        assert!(msg.contains("binary") && msg.contains("offset 4"), "{msg}");
    }

    #[test]
    fn utf16_gets_a_hint_to_convert() {
        let with_bom = decode("u.txt", b"\xff\xfeH\x00i\x00".to_vec())
            .unwrap_err()
            .to_string();
        assert!(
            with_bom.contains("UTF-16") && with_bom.contains("iconv"),
            "{with_bom}"
        );
        let text: Vec<u8> = "Officials said"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        let without = decode("b.txt", text).unwrap_err().to_string();
        assert!(without.contains("UTF-16"), "{without}");
    }

    #[test]
    fn utf8_in_pieces_agrees_with_the_whole() {
        // Multi-byte characters and bad bytes at every place relative to the piece boundaries.
        let text = "a\u{e9}\u{201c}\u{1f600}b".repeat(40);
        let mut cases = vec![text.clone().into_bytes()];
        for at in 0..60 {
            for bad in [0x80u8, 0xc3, 0xe2, 0xf0, 0xff] {
                let mut bytes = text.clone().into_bytes();
                bytes[at] = bad;
                cases.push(bytes);
            }
        }
        cases.push(vec![0x80; 40]);
        for bytes in &cases {
            let whole = std::str::from_utf8(bytes).is_ok();
            for piece in 1..12 {
                assert_eq!(is_utf8_in_pieces(bytes, piece), whole, "{bytes:?} {piece}");
            }
        }
    }

    #[test]
    fn a_large_file_is_mapped_and_reads_as_the_same_text() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        let line = "\u{201c}It\u{2019}s 181 drones,\u{201d} he said \u{2014} on March 4, 2025.\n";
        let text = line.repeat(usize::try_from(MAP_FROM_BYTES).unwrap() / line.len() + 1);
        std::fs::write(&path, &text).unwrap();
        let path = path.to_str().unwrap();
        let opened = open(path).unwrap();
        assert!(matches!(opened.0, Backing::Mapped(_)));
        assert_eq!(&*opened, text);
        assert_eq!(read(path).unwrap(), text);
    }

    #[test]
    fn a_large_file_gives_the_same_errors_as_a_small_one() {
        let dir = tempfile::tempdir().unwrap();
        let size = usize::try_from(MAP_FROM_BYTES).unwrap() + 10;
        for (bad, at) in [(0xe9u8, size - 5), (0u8, 1 << 19)] {
            let path = dir.path().join("big.txt");
            let mut bytes = b"line\n".repeat(size / 5);
            bytes[at] = bad;
            std::fs::write(&path, &bytes).unwrap();
            let path = path.to_str().unwrap();
            let mapped = open(path).err().unwrap().to_string();
            assert_eq!(mapped, decode(path, bytes).unwrap_err().to_string());
            assert!(mapped.contains(&format!("offset {at}")), "{mapped}");
        }
    }

    #[test]
    fn small_files_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "Officials said 3 people died.").unwrap();
        let opened = open(path.to_str().unwrap()).unwrap();
        assert!(matches!(opened.0, Backing::Read(_)));
        assert_eq!(&*opened, "Officials said 3 people died.");
    }

    #[test]
    fn missing_files_and_folders() {
        let msg = read("/no/such/article.txt").unwrap_err().to_string();
        assert_eq!(msg, "/no/such/article.txt: no such file");
        assert_eq!(open("/no/such/article.txt").err().unwrap().to_string(), msg);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().to_str().unwrap();
        assert!(read(path).unwrap_err().to_string().contains("is a folder"));
        assert!(
            open(path)
                .err()
                .unwrap()
                .to_string()
                .contains("is a folder")
        );
    }
}
