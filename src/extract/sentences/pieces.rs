//! The sentences of a long text found on several threads: it is cut at blank lines, where a
//! paragraph always starts, and the pieces are split side by side.

use super::{Span, paragraphs_between, sentences};

/// Texts shorter than this are split on one thread: below it, handing out the work costs more
/// than it saves.
const PIECE_MIN: usize = 1 << 20;

/// Every sentence of `text`, in order: what [`sentences`] gives, collected. A long text is cut at
/// blank lines into pieces split on rayon's threads side by side.
///
/// A paragraph never runs past a blank line, and where the one after it starts depends on nothing
/// before it, so each piece finds exactly the sentences the single pass would (tested).
pub fn split(text: &str) -> Vec<Span> {
    let piece = PIECE_MIN.max(text.len() / (4 * rayon::current_num_threads()));
    split_in_pieces(text, piece)
}

fn split_in_pieces(text: &str, piece: usize) -> Vec<Span> {
    use rayon::prelude::*;
    let starts = piece_starts(text, piece);
    if starts.len() <= 2 {
        return sentences(text).collect();
    }
    // Room for a sentence every 48 bytes (news averages over 100): a piece's list is then never
    // copied as it grows. Room never written costs no memory.
    let pieces: Vec<Vec<Span>> = starts
        .par_windows(2)
        .map(|w| {
            let mut spans = Vec::with_capacity((w[1] - w[0]) / 48 + 1);
            spans.extend(paragraphs_between(text, w[0], w[1]));
            spans
        })
        .collect();
    let mut spans = Vec::with_capacity(pieces.iter().map(Vec::len).sum());
    for piece in pieces {
        spans.extend(piece);
    }
    spans
}

/// Where the pieces of `text` start, about `piece` bytes apart, and its length last: 0, then the
/// first byte after the first blank line ("\n\n") past each multiple of `piece`.
///
/// Such a byte starts a paragraph in the single pass: the line before the blank line ends its
/// paragraph (the next line does not start in lower case), and the empty line is a paragraph of
/// its own.
fn piece_starts(text: &str, piece: usize) -> Vec<usize> {
    let finder = memchr::memmem::Finder::new(b"\n\n");
    let mut starts = vec![0];
    let mut from = piece;
    while from < text.len() {
        let Some(k) = finder.find(&text.as_bytes()[from..]) else {
            break;
        };
        let start = from + k + 2;
        if start >= text.len() {
            break;
        }
        starts.push(start);
        from = start + piece;
    }
    starts.push(text.len());
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_split_at_blank_lines_as_the_single_pass_does() {
        // Blank lines of every sort next to what a paragraph end weighs: hard wraps, closing
        // quotes, headlines without a stop, lower-case starts, white space, CR LF, the end.
        let paragraphs = [
            "Officials said 40 people were hurt. The mayor added, “We are\nworking hard.”",
            "A headline without a stop",
            "lower case after a blank line. it goes on\nand on.\n   ",
            "“Quoted.\n\nstill inside?” he asked.",
            "Mr. Smith met Dr.\n\nJones on Jan. 3. Then\r\n\r\nthey left...",
            "• A bullet\n• Another one",
            "",
            "Last one",
        ];
        let mut text = String::new();
        for k in 0..40 {
            text.push_str(paragraphs[k % paragraphs.len()]);
            text.push_str(["\n\n", "\n\n\n", "\n \n", "\n"][k % 4]);
        }
        let whole: Vec<Span> = sentences(&text).collect();
        for piece in [1, 7, 50, 200, 1000] {
            assert!(piece_starts(&text, piece).len() > 2 || piece == 1000);
            assert_eq!(
                split_in_pieces(&text, piece),
                whole,
                "pieces of {piece} bytes"
            );
        }
        assert_eq!(split(&text), whole);
    }

    #[test]
    fn piece_starts_follow_blank_lines() {
        let text = "One.\n\nTwo.\n\nThree.\n\n";
        assert_eq!(piece_starts(text, 1), vec![0, 6, 12, text.len()]);
        assert_eq!(piece_starts(text, 100), vec![0, text.len()]);
        assert_eq!(piece_starts("", 1), vec![0, 0]);
    }
}
