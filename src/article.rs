//! Reading an article from a file or stdin, with one clear error for what cannot be an article:
//! a missing file, a folder, a binary file, text that is not UTF-8.

use std::io::{ErrorKind, Read};
use std::path::Path;

use anyhow::{Result, bail};

/// Reads the article at `path` (`-` reads stdin) as UTF-8 text. Errors name the file and say what
/// is wrong; for text that is not UTF-8 they say where (byte offset, line and column).
pub fn read(path: &str) -> Result<String> {
    let bytes = if path == "-" {
        let mut bytes = Vec::new();
        if let Err(err) = std::io::stdin().read_to_end(&mut bytes) {
            bail!("cannot read stdin: {err}");
        }
        bytes
    } else {
        read_file(path)?
    };
    let name = if path == "-" { "stdin" } else { path };
    decode(name, bytes)
}

fn read_file(path: &str) -> Result<Vec<u8>> {
    if Path::new(path).is_dir() {
        bail!("{path}: is a folder, not an article (give the text file inside it)");
    }
    match std::fs::read(path) {
        Ok(bytes) => Ok(bytes),
        Err(err) => match err.kind() {
            ErrorKind::NotFound => bail!("{path}: no such file"),
            ErrorKind::PermissionDenied => bail!("{path}: permission denied"),
            _ => bail!("{path}: cannot read: {err}"),
        },
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
    if looks_like_utf16(&bytes) {
        bail!(
            "{name}: looks like UTF-16 text, not UTF-8; convert it first, e.g. \
             `iconv -f UTF-16 -t UTF-8 {name} > article.txt`"
        );
    }
    if let Some(at) = memchr::memchr(0, &bytes) {
        bail!(
            "{name}: looks like a binary file, not an article (NUL byte at byte offset {at}); \
             give a plain-text article"
        );
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(err) => {
            let bytes = err.as_bytes();
            let at = err.utf8_error().valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = bytes[..at]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |k| k + 1);
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
    }
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
    fn missing_files_and_folders() {
        let msg = read("/no/such/article.txt").unwrap_err().to_string();
        assert_eq!(msg, "/no/such/article.txt: no such file");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().to_str().unwrap();
        assert!(read(path).unwrap_err().to_string().contains("is a folder"));
    }
}
