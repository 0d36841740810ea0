//! Reading an article from a file or stdin, with one clear error for what cannot be an article:
//! a missing file, a folder, a binary file, text that is not UTF-8.

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::path::Path;

use anyhow::{Result, bail};
use rayon::prelude::*;

/// Reads the article at `path` (`-` reads stdin) as UTF-8 text. Errors name the file and say what
/// is wrong; for text that is not UTF-8 they say where (byte offset, line and column).
pub fn read(path: &str) -> Result<String> {
    if path == "-" {
        return decode("stdin", read_stdin()?);
    }
    refuse_folder(path)?;
    let bytes = read_file(path).or_else(|err| cannot_open(path, err))?;
    decode(path, bytes)
}

/// An article's text: read into memory, or mapped from the file ([`read_text`]).
pub enum Text {
    Read(String),
    /// The file's pages, mapped read-only; checked to be UTF-8 when mapped.
    Mapped(memmap2::Mmap),
}

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Text::Read(text) => text,
            // SAFETY: `read_text` maps only bytes it has checked to be UTF-8 (see there for a
            // file changed while mapped).
            Text::Mapped(map) => unsafe { std::str::from_utf8_unchecked(map) },
        }
    }
}

/// [`read`] for `extract`, which only reads the text: a large file (a corpus in one file, from
/// [`PIECES_FROM_BYTES`] on) is mapped rather than copied. Copying it into fresh memory, and the
/// kernel's zeroing of that memory's pages first, cost up to a fifth of an extraction when the
/// machine has just freed much memory; mapped, the page cache's own pages are read. Errors are
/// those of [`read`]. As with any tool that maps its input (ripgrep, say), a file truncated or
/// rewritten by another program while `extract` runs may stop it (SIGBUS) or give garbled
/// output; the article files a review opens are read with [`read`].
pub fn read_text(path: &str) -> Result<Text> {
    if path == "-" {
        return read(path).map(Text::Read);
    }
    refuse_folder(path)?;
    let file = File::open(path).or_else(|err| cannot_open(path, err))?;
    let meta = file.metadata().or_else(|err| cannot_open(path, err))?;
    if !(meta.is_file() && meta.len() >= PIECES_FROM_BYTES as u64) {
        let bytes = read_opened(file, &meta).or_else(|err| cannot_open(path, err))?;
        return decode(path, bytes).map(Text::Read);
    }
    // SAFETY: the map is only read, and read as text once checked (below).
    let map = unsafe { memmap2::Mmap::map(&file) }.or_else(|err| cannot_open(path, err))?;
    check_not_binary(path, &map)?;
    if let Err(err) = std::str::from_utf8(&map) {
        return not_utf8(path, &map, err);
    }
    Ok(Text::Mapped(map))
}

/// From this size on, a file is read in pieces side by side (see [`read_file`]). Articles are far
/// smaller; only bulk inputs (a corpus in one file) are.
const PIECES_FROM_BYTES: usize = 4 << 20;

/// Bytes read by one thread at a time from a large file.
const PIECE_BYTES: usize = 1 << 20;

/// Reads the file at `path` whole. A large one is read in pieces on rayon's threads: copying it
/// from the page cache into fresh memory, and the kernel's zeroing of that memory's pages, cost
/// about a tenth of an extraction, and `extract` can do nothing else until the text is read.
fn read_file(path: &str) -> std::io::Result<Vec<u8>> {
    let file = File::open(path)?;
    let meta = file.metadata()?;
    read_opened(file, &meta)
}

/// [`read_file`] of a file already open, whose metadata is `meta`.
fn read_opened(mut file: File, meta: &std::fs::Metadata) -> std::io::Result<Vec<u8>> {
    let size = usize::try_from(meta.len()).unwrap_or(0);
    if meta.is_file()
        && size >= PIECES_FROM_BYTES
        && let Some(bytes) = read_in_pieces(&file, size)?
    {
        return Ok(bytes);
    }
    // `read_in_pieces` reads at offsets: the file is still read from its start.
    let mut bytes = Vec::with_capacity(size);
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The `size` bytes of `file`, read in pieces side by side; `None` when the file turns out to be
/// longer than `size` (it grew since), for the caller to read it whole.
#[cfg(unix)]
fn read_in_pieces(file: &File, size: usize) -> std::io::Result<Option<Vec<u8>>> {
    use std::os::unix::fs::FileExt;
    let mut bytes = vec![0; size];
    bytes
        .par_chunks_mut(PIECE_BYTES)
        .enumerate()
        .try_for_each(|(k, piece)| file.read_exact_at(piece, (k * PIECE_BYTES) as u64))?;
    let grew = file.read_at(&mut [0], size as u64)? > 0;
    Ok((!grew).then_some(bytes))
}

#[cfg(not(unix))]
fn read_in_pieces(_file: &File, _size: usize) -> std::io::Result<Option<Vec<u8>>> {
    Ok(None)
}

fn read_stdin() -> Result<Vec<u8>> {
    read_until_binary(std::io::stdin().lock()).or_else(|err| bail!("cannot read stdin: {err}"))
}

/// Bytes of the opening that [`check_not_binary`] looks at before it looks for a NUL.
const OPENING_CHECKED: usize = 64;

/// Reads `reader` to its end, or only until the bytes read are known to be no article: a NUL
/// byte, once the opening is read too, gives the same error as the whole would, and an endless
/// binary stream (`< /dev/zero`) must not be read into memory first.
fn read_until_binary(mut reader: impl Read) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let mut chunk = vec![0; 64 << 10];
    let mut nul = false;
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => return Ok(bytes),
            Ok(n) => n,
            Err(err) if err.kind() == ErrorKind::Interrupted => continue,
            Err(err) => return Err(err),
        };
        nul = nul || memchr::memchr(0, &chunk[..n]).is_some();
        bytes.extend_from_slice(&chunk[..n]);
        if nul && bytes.len() >= OPENING_CHECKED {
            return Ok(bytes);
        }
    }
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
/// as ASCII letters have in UTF-16, and not in the bytes between (an opening of NULs only is
/// binary).
fn looks_like_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return true;
    }
    let opening = &bytes[..bytes.len().min(OPENING_CHECKED) & !1];
    let zeros = |offset: usize| opening.iter().skip(offset).step_by(2).all(|&b| b == 0);
    opening.len() >= 8 && zeros(0) != zeros(1)
}

/// Checks that `bytes` are article text: no NUL byte (a binary file), valid UTF-8.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String> {
    check_not_binary(name, &bytes)?;
    String::from_utf8(bytes).or_else(|err| not_utf8(name, err.as_bytes(), err.utf8_error()))
}

fn check_not_binary(name: &str, bytes: &[u8]) -> Result<()> {
    if looks_like_utf16(bytes) {
        bail!(
            "{name}: looks like UTF-16 text, not UTF-8; convert it first, e.g. \
             `iconv -f UTF-16 -t UTF-8 {} > article.txt`",
            crate::display::shell_word(name)
        );
    }
    if let Some(kind) = document_format(bytes) {
        bail!("{name}: looks like {kind}, not plain text; save or export it as plain text first");
    }
    if let Some(at) = memchr::memchr(0, bytes) {
        bail!(
            "{name}: looks like a binary file, not an article (NUL byte at byte offset {at}); \
             give a plain-text article"
        );
    }
    Ok(())
}

/// What kind of document file `bytes` open like, for formats a newsroom saves articles in that
/// are not text: a Word or OpenDocument file (a ZIP archive), a PDF, an old Word file.
fn document_format(bytes: &[u8]) -> Option<&'static str> {
    const FORMATS: [(&[u8], &str); 3] = [
        (
            b"PK\x03\x04",
            "a ZIP archive (a Word .docx or OpenDocument file, say)",
        ),
        (b"%PDF-", "a PDF"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
            "an old Word (.doc) file",
        ),
    ];
    FORMATS
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|&(_, kind)| kind)
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
    let byte = bytes[at];
    // Windows-1252 puts curly quotes, dashes and the euro sign at 0x80–0x9F, where Latin-1 has
    // control characters no article holds; above, the two agree. Converting from Latin-1 would
    // turn the quotes into invisible controls, so the hint names Windows-1252 either way.
    let encoding = match byte {
        0x80..=0x9f => "; it looks like Windows-1252 text",
        0xa0..=0xff => "; it looks like Windows-1252 or Latin-1 text",
        _ => "",
    };
    // Standard input has no file name to give iconv: it reads its standard input the same way.
    let input = match name {
        "stdin" => "< FILE".into(),
        file => crate::display::shell_word(file),
    };
    bail!(
        "{name}: not UTF-8 text: invalid byte 0x{byte:02x} at byte offset {at} (line {line}, \
         column {column}){encoding}; convert the file to UTF-8, e.g. \
         `iconv -f windows-1252 -t utf-8 {input} > article.txt`"
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
        let msg = decode("x.bin", b"\x7fELF\x02\x01\x00\x00".to_vec())
            .unwrap_err()
            .to_string();
        assert!(msg.contains("binary") && msg.contains("offset 6"), "{msg}");
    }

    #[test]
    fn document_files_are_named() {
        for (bytes, kind) in [
            (&b"PK\x03\x04\x14\x00\x06\x00"[..], "Word .docx"),
            (b"%PDF-1.7\n%\xe2\xe3", "a PDF"),
            (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "old Word (.doc)"),
        ] {
            let msg = decode("story.txt", bytes.to_vec()).unwrap_err().to_string();
            assert!(
                msg.starts_with("story.txt: looks like") && msg.contains(kind),
                "{msg}"
            );
        }
    }

    #[test]
    fn windows_1252_quotes_get_a_hint_that_keeps_them() {
        let msg = decode("w.txt", b"He said \x93no\x94.\n".to_vec())
            .unwrap_err()
            .to_string();
        assert!(
            msg.contains("0x93") && msg.contains("Windows-1252 text"),
            "{msg}"
        );
        assert!(
            msg.contains("iconv -f windows-1252 -t utf-8 w.txt"),
            "{msg}"
        );
        let latin = decode("l.txt", b"caf\xe9\n".to_vec())
            .unwrap_err()
            .to_string();
        assert!(latin.contains("Windows-1252 or Latin-1"), "{latin}");
        let piped = decode("stdin", b"\x93no\x94\n".to_vec())
            .unwrap_err()
            .to_string();
        assert!(piped.contains("-t utf-8 < FILE > article.txt"), "{piped}");
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
        // NULs only are no text at all.
        let zeros = decode("z.bin", vec![0; 100]).unwrap_err().to_string();
        assert!(zeros.contains("NUL byte at byte offset 0"), "{zeros}");
    }

    /// Zero bytes without end, failing the test past `limit` bytes (where an unbounded read
    /// would keep going).
    struct Zeros {
        read: usize,
        limit: usize,
    }

    impl Read for Zeros {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            assert!(self.read < self.limit, "read {} bytes of NULs", self.read);
            buf.fill(0);
            self.read += buf.len();
            Ok(buf.len())
        }
    }

    #[test]
    fn an_endless_binary_stream_is_rejected_at_its_first_nul() {
        // QA round 11, item 11: `extract - < /dev/zero` read gigabytes before rejecting it.
        let zeros = Zeros {
            read: 0,
            limit: 1 << 20,
        };
        let bytes = read_until_binary(zeros).unwrap();
        let msg = decode("stdin", bytes).unwrap_err().to_string();
        assert!(
            msg.starts_with("stdin: looks like a binary file")
                && msg.contains("NUL byte at byte offset 0"),
            "{msg}"
        );
    }

    #[test]
    fn a_stream_read_until_its_first_nul_gives_the_files_error() {
        let mut text = b"Officials said 181 drones were fired.\n".repeat(10_000);
        text.extend_from_slice(b"\x00tail");
        text.extend(b"more text\n".repeat(10_000));
        let read = read_until_binary(&text[..]).unwrap();
        assert!(read.len() < text.len(), "stopped after the NUL");
        assert_eq!(
            decode("stdin", read).unwrap_err().to_string(),
            decode("stdin", text.clone()).unwrap_err().to_string()
        );
        // Without a NUL, the whole stream.
        let clean = b"Inflation was 2.8% in November.\n".repeat(5_000);
        assert_eq!(read_until_binary(&clean[..]).unwrap(), clean);
        // A NUL in a short stream's opening: the opening is read whole first (UTF-16 is told
        // from it).
        let utf16: Vec<u8> = "Officials said"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(read_until_binary(&utf16[..]).unwrap(), utf16);
    }

    /// A file of `bytes` in a new folder, and the folder (removed when dropped).
    fn file_of(bytes: &[u8]) -> (tempfile::TempDir, String) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        std::fs::write(&path, bytes).unwrap();
        let path = path.to_str().unwrap().to_string();
        (dir, path)
    }

    #[test]
    fn a_large_file_read_in_pieces_is_the_whole_file() {
        let line = "\u{201c}It\u{2019}s 181 drones,\u{201d} he said \u{2014} on March 4, 2025.\n";
        let text = line.repeat(PIECES_FROM_BYTES / line.len() + 1);
        // Ending in characters of two, three and four bytes, which pieces may cut.
        for end in ["", "\u{e9}", "\u{2026}", "\u{1f600}"] {
            let text = format!("{text}{end}");
            let (_dir, path) = file_of(text.as_bytes());
            let size = text.len();
            let pieces = read_in_pieces(&File::open(&path).unwrap(), size).unwrap();
            assert_eq!(pieces.as_deref(), Some(text.as_bytes()));
            assert_eq!(read(&path).unwrap(), text);
            let mapped = read_text(&path).unwrap();
            assert!(matches!(mapped, Text::Mapped(_)));
            assert_eq!(&*mapped, text);
            // A file longer than the size it was opened with is left for a whole read.
            let shorter = read_in_pieces(&File::open(&path).unwrap(), size - 1).unwrap();
            assert!(shorter.is_none());
        }
    }

    #[test]
    fn a_large_file_gives_the_same_errors_as_a_small_one() {
        let size = PIECES_FROM_BYTES + 10;
        for (bad, at) in [(0xe9u8, size - 5), (0u8, PIECES_FROM_BYTES / 2)] {
            let mut bytes = b"line\n".repeat(size / 5);
            bytes[at] = bad;
            let (_dir, path) = file_of(&bytes);
            let large = read(&path).unwrap_err().to_string();
            assert_eq!(large, decode(&path, bytes).unwrap_err().to_string());
            let mapped = read_text(&path).err().expect("an error");
            assert_eq!(mapped.to_string(), large);
            assert!(large.contains(&format!("offset {at}")), "{large}");
        }
    }

    #[test]
    fn missing_files_and_folders() {
        let msg = read("/no/such/article.txt").unwrap_err().to_string();
        assert_eq!(msg, "/no/such/article.txt: no such file");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().to_str().unwrap();
        assert!(read(path).unwrap_err().to_string().contains("is a folder"));
        for path in ["/no/such/article.txt", path] {
            let mapped = read_text(path).err().expect("an error").to_string();
            assert_eq!(mapped, read(path).unwrap_err().to_string());
        }
        // A small file is read, not mapped.
        let (_dir, small) = file_of(b"Officials said 181 drones were launched.\n");
        assert!(matches!(read_text(&small).unwrap(), Text::Read(_)));
    }
}
