//! Runs of terminators: one full stop, "?!" runs, ellipses ("...", "…", ". . ."), four dots, and
//! "word. . . ." (a stop, then the next sentence's leading ellipsis).

/// A run of terminators starting at a stop.
pub(super) struct Cluster {
    /// Byte offset just past the run.
    pub end: usize,
    /// What the run is.
    pub shape: Shape,
}

pub(super) enum Shape {
    /// One full stop.
    Stop,
    /// `?`/`!` runs ("?!", "!!").
    Question,
    /// Three dots or "…": an omission, or the end of a trailing-off sentence before a capital.
    Ellipsis,
    /// ". . .": an omission inside a sentence ("the thing is . . . I didn't").
    Omission,
    /// Four or more dots: an omission and a stop.
    Stops,
    /// "word. . . ." — a stop, then the next sentence's leading ellipsis at `ellipsis`.
    StopThenEllipsis { ellipsis: usize },
}

impl Cluster {
    /// Reads the run of stops that starts at byte `i` (a stop or "…") of `text[..end]`.
    pub fn read(text: &str, i: usize, end: usize) -> Cluster {
        let bytes = &text.as_bytes()[..end];
        if bytes[i] != b'.' && !text[i..].starts_with('…') {
            let mut j = i;
            while j < end && matches!(bytes[j], b'?' | b'!' | b'.') {
                j += 1;
            }
            return Cluster {
                end: j,
                shape: Shape::Question,
            };
        }
        let attached = i > 0 && !bytes[i - 1].is_ascii_whitespace();
        let mut dots = 0;
        let mut j = i;
        loop {
            if j < end && bytes[j] == b'.' {
                dots += 1;
                j += 1;
            } else if text[j..end].starts_with('…') {
                dots += 3;
                j += '…'.len_utf8();
            } else {
                break;
            }
        }
        let contiguous = dots;
        let mut spaced = 0;
        while j + 1 < end && bytes[j] == b' ' && bytes[j + 1] == b'.' {
            spaced += 1;
            j += 2;
        }
        let shape = match (contiguous, spaced) {
            (1, 0) => Shape::Stop,
            (1, 3..) if attached => Shape::StopThenEllipsis { ellipsis: i + 2 },
            (c, s) if c + s >= 4 => Shape::Stops,
            (_, 0) => Shape::Ellipsis,
            _ => Shape::Omission,
        };
        Cluster { end: j, shape }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(text: &str) -> (usize, &'static str) {
        let i = text.find(['.', '?', '!', '…']).unwrap();
        let cluster = Cluster::read(text, i, text.len());
        let name = match cluster.shape {
            Shape::Stop => "stop",
            Shape::Question => "question",
            Shape::Ellipsis => "ellipsis",
            Shape::Omission => "omission",
            Shape::Stops => "stops",
            Shape::StopThenEllipsis { .. } => "stop then ellipsis",
        };
        (cluster.end - i, name)
    }

    #[test]
    fn shapes_of_stop_runs() {
        assert_eq!(shape("end. Next"), (1, "stop"));
        assert_eq!(shape("what?! Next"), (2, "question"));
        assert_eq!(shape("that... She"), (3, "ellipsis"));
        assert_eq!(shape("that… She"), (3, "ellipsis"));
        assert_eq!(shape("is . . . I"), (5, "omission"));
        assert_eq!(shape("that.... She"), (4, "stops"));
        assert_eq!(shape("period . . . . Next"), (7, "stops"));
        assert_eq!(shape("compounds. . . . The"), (7, "stop then ellipsis"));
    }
}
