//! ASCII byte classes of eight bytes at once (SWAR): the word-at-a-time tests shared by the
//! tokenizers of figures, quotations and the score.
//!
//! A word is eight bytes read little-endian (byte `k` in bits `8k..8k + 8`). Each class returns
//! a mask with the high bit (0x80) of every byte in the class set and every other bit clear, so
//! `(!mask & HIGH).trailing_zeros() / 8` is how many bytes at the start are in the class.

/// 0x01 in every byte.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit (0x80) of every byte.
pub(crate) const HIGH: u64 = ONES * 0x80;

/// The high bit of each byte of `x` that lies in `lo..=hi` (ASCII: `lo <= hi < 0x80`).
///
/// Exact because, per byte, on its low seven bits `h` (at most 0x7F): `h + (0x80 - lo)` reaches
/// the high bit exactly when `h >= lo`, and `h + (0x7F - hi)` exactly when `h > hi`; neither sum
/// passes 0xFF, so no byte carries into the next. `!x` then drops the bytes whose own high bit is
/// set (bytes of UTF-8 characters), whose low seven bits may lie in range.
#[inline(always)]
const fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let low7 = x & !HIGH;
    let from_lo = low7 + ONES * (0x80 - lo as u64);
    let past_hi = low7 + ONES * (0x7F - hi as u64);
    from_lo & !past_hi & !x & HIGH
}

/// ASCII letters, either case: [`u8::is_ascii_alphabetic`] on eight bytes.
#[inline(always)]
pub(crate) const fn letters(x: u64) -> u64 {
    // Setting bit 5 folds 'A'..='Z' onto 'a'..='z' and nothing else onto them.
    in_range(x | (ONES * 0x20), b'a', b'z')
}

/// ASCII capitals: [`u8::is_ascii_uppercase`] on eight bytes.
#[inline(always)]
pub(crate) const fn uppers(x: u64) -> u64 {
    in_range(x, b'A', b'Z')
}

/// ASCII lower-case letters: [`u8::is_ascii_lowercase`] on eight bytes.
#[inline(always)]
pub(crate) const fn lowers(x: u64) -> u64 {
    in_range(x, b'a', b'z')
}

/// ASCII letters and digits: [`u8::is_ascii_alphanumeric`] on eight bytes.
#[inline(always)]
pub(crate) const fn alphanumerics(x: u64) -> u64 {
    letters(x) | in_range(x, b'0', b'9')
}

/// ASCII whitespace as [`char::is_whitespace`] tells it (`' '` and `'\t'..='\r'`, vertical tab
/// included, unlike [`u8::is_ascii_whitespace`]) on eight bytes.
#[inline(always)]
pub(crate) const fn spaces(x: u64) -> u64 {
    in_range(x, b'\t', b'\r') | in_range(x, b' ', b' ')
}

/// Where the first byte a JSON string escapes ([`is_json_escape`]: controls below 0x20, the
/// quotation mark, the backslash) lies among sixteen bytes (read little-endian), if one does.
///
/// Sixteen bytes, not eight, for one test and branch per block of the JSON writer's scan, which
/// runs over every byte of the output. And cheaper than a class mask: each test is the classic
/// "a byte below `n`" check, `(x - n·ONES) & !x & HIGH`, on `x` or on `x` with the quotation mark
/// or backslash turned into zero. Such a check may flag bytes past a true one, where the
/// subtraction's borrow runs on, but never a byte before it: below the first escaped byte
/// nothing borrows, and a byte that does not borrow sets its high bit only if it had one
/// already, which `!x` clears. So the lowest flag is exact, and it is all this gives.
#[inline(always)]
pub(crate) const fn first_json_escape(x: u128) -> Option<usize> {
    const ONES: u128 = u128::from_le_bytes([1; 16]);
    const HIGH: u128 = ONES * 0x80;
    let controls = x.wrapping_sub(ONES * 0x20);
    let quotes = (x ^ (ONES * b'"' as u128)).wrapping_sub(ONES);
    let backslashes = (x ^ (ONES * b'\\' as u128)).wrapping_sub(ONES);
    match (controls | quotes | backslashes) & !x & HIGH {
        0 => None,
        flags => Some(flags.trailing_zeros() as usize / 8),
    }
}

/// Whether a JSON string escapes byte `b`: a control, the quotation mark or the backslash.
pub(crate) const fn is_json_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The mask a loop over the eight bytes of `x` gives for `class`.
    fn plain(x: u64, class: fn(&u8) -> bool) -> u64 {
        x.to_le_bytes()
            .iter()
            .enumerate()
            .filter(|(_, b)| class(b))
            .fold(0, |mask, (k, _)| mask | 0x80 << (8 * k))
    }

    /// A class: its name, its mask of eight bytes, its test of one byte.
    type Class = (&'static str, fn(u64) -> u64, fn(&u8) -> bool);

    const CLASSES: [Class; 5] = [
        ("letters", letters, u8::is_ascii_alphabetic),
        ("uppers", uppers, u8::is_ascii_uppercase),
        ("lowers", lowers, u8::is_ascii_lowercase),
        ("alphanumerics", alphanumerics, u8::is_ascii_alphanumeric),
        ("spaces", spaces, |b| {
            b.is_ascii() && (*b as char).is_whitespace()
        }),
    ];

    #[test]
    fn each_class_agrees_with_a_loop_over_the_bytes() {
        let mut words = Vec::new();
        // Every byte value at every position, among letters and among other bytes.
        for b in 0..=255u8 {
            for k in 0..8 {
                for fill in [b'a', b'Z', b'5', b' ', 0xC3, 0x00, 0xFF] {
                    let mut bytes = [fill; 8];
                    bytes[k] = b;
                    words.push(u64::from_le_bytes(bytes));
                }
            }
        }
        // Random words, and random words of bytes near the classes' edges.
        let mut rng = fastrand::Rng::with_seed(0x5eed);
        let edges = b"@AZ[`az{/09:\x7f\x80\xc0\xda\xfa\xff\x08\t\r\x0e\x1f !";
        for _ in 0..200_000 {
            words.push(rng.u64(..));
            words.push(u64::from_le_bytes(std::array::from_fn(|_| {
                edges[rng.usize(..edges.len())]
            })));
        }
        for &x in &words {
            for (name, fast, slow) in CLASSES {
                assert_eq!(fast(x), plain(x, slow), "{name} of {x:#018x}");
            }
        }
        // Pairs of the same words, so that an escape may lie in either half of sixteen bytes.
        for pair in words.chunks_exact(2) {
            for x in [pair[0], pair[1], 0x2020_2020_2020_2020] {
                for y in [pair[0], pair[1], 0xc3a9_c3a9_c3a9_c3a9] {
                    let block = u128::from(x) | u128::from(y) << 64;
                    let first = block.to_le_bytes().iter().position(|&b| is_json_escape(b));
                    assert_eq!(first_json_escape(block), first, "{block:#034x}");
                }
            }
        }
    }
}
