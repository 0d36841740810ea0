//! Numbers written as words: "three", "seventy-seven", "a dozen", "two hundred and fifty",
//! "2.5 million", "hundreds", "tens of thousands", "half a percent".

use crate::extract::tokens::{ARTICLE, NUMBER_WORD, TokKind, Tokens, lower};

/// What a number word contributes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum NumWord {
    /// zero … nineteen.
    Small(u32),
    /// twenty, thirty, … ninety.
    Tens(u32),
    /// hundred: multiplies what comes before.
    Hundred,
    /// thousand, million, billion, trillion: closes a group.
    Scale(f64),
    /// dozen: twelve of what comes before.
    Dozen,
    /// hundreds, thousands, dozens, …: an indefinite amount of that order.
    Plural(f64),
}

/// The number word `w` (ASCII lower case), if it is one.
pub(crate) fn number_word(w: &[u8]) -> Option<NumWord> {
    use NumWord::*;
    Some(match w {
        b"zero" => Small(0),
        b"one" => Small(1),
        b"two" => Small(2),
        b"three" => Small(3),
        b"four" => Small(4),
        b"five" => Small(5),
        b"six" => Small(6),
        b"seven" => Small(7),
        b"eight" => Small(8),
        b"nine" => Small(9),
        b"ten" => Small(10),
        b"eleven" => Small(11),
        b"twelve" => Small(12),
        b"thirteen" => Small(13),
        b"fourteen" => Small(14),
        b"fifteen" => Small(15),
        b"sixteen" => Small(16),
        b"seventeen" => Small(17),
        b"eighteen" => Small(18),
        b"nineteen" => Small(19),
        b"twenty" => Tens(20),
        b"thirty" => Tens(30),
        b"forty" => Tens(40),
        b"fifty" => Tens(50),
        b"sixty" => Tens(60),
        b"seventy" => Tens(70),
        b"eighty" => Tens(80),
        b"ninety" => Tens(90),
        b"hundred" => Hundred,
        b"thousand" => Scale(1e3),
        b"million" => Scale(1e6),
        b"billion" => Scale(1e9),
        b"trillion" => Scale(1e12),
        b"dozen" => Dozen,
        b"dozens" => Plural(12.0),
        b"tens" => Plural(10.0),
        b"hundreds" => Plural(100.0),
        b"thousands" => Plural(1e3),
        b"millions" => Plural(1e6),
        b"billions" => Plural(1e9),
        _ => return None,
    })
}

/// The number word at token `i`, if any.
pub(crate) fn word_at(t: &Tokens, i: usize) -> Option<NumWord> {
    // Every number word passes the class filter (see the test below), so most words need no
    // lower-casing and no look-up.
    if t.kind(i) != Some(TokKind::Word) || t.class(i) & NUMBER_WORD == 0 {
        return None;
    }
    let mut buf = [0u8; 24];
    number_word(lower(t.str(i), &mut buf)?.as_bytes())
}

/// When a word of [`SCALES`] is a scale.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Glued {
    /// Always: "5 million", "5bn".
    Either,
    /// Only glued to the figure: "5k", not "5 k".
    ToFigure,
    /// Only glued to an amount of money: "$5m", "€2b"; not "5m" (metres) nor "$5 m".
    ToMoney,
}

/// The scale words (ASCII lower case), their values, and when they are scales.
const SCALES: &[(&str, f64, Glued)] = &[
    ("hundred", 1e2, Glued::Either),
    ("thousand", 1e3, Glued::Either),
    ("million", 1e6, Glued::Either),
    ("mn", 1e6, Glued::Either),
    ("mln", 1e6, Glued::Either),
    ("billion", 1e9, Glued::Either),
    ("bn", 1e9, Glued::Either),
    ("bln", 1e9, Glued::Either),
    ("trillion", 1e12, Glued::Either),
    ("tn", 1e12, Glued::Either),
    ("trn", 1e12, Glued::Either),
    // The Indian scales: a lakh is a hundred thousand, a crore ten million ("₹500 crore").
    ("lakh", 1e5, Glued::Either),
    ("lakhs", 1e5, Glued::Either),
    ("crore", 1e7, Glued::Either),
    ("crores", 1e7, Glued::Either),
    ("m", 1e6, Glued::ToMoney),
    ("b", 1e9, Glued::ToMoney),
    ("k", 1e3, Glued::ToFigure),
];

/// Bit `n` set when some word of [`SCALES`] has `n` bytes: most words after a figure have
/// none of these lengths, and need neither lower-casing nor a look-up.
const SCALE_LENGTHS: u64 = {
    let mut lengths = 0;
    let mut k = 0;
    while k < SCALES.len() {
        let n = SCALES[k].0.len();
        assert!(n < 64, "a scale word is too long for the length filter");
        lengths |= 1 << n;
        k += 1;
    }
    lengths
};

/// A scale after a figure: "million", "bn", "thousand" (and "m"/"k" glued to money).
pub(crate) fn scale_at(t: &Tokens, i: usize, money: bool) -> Option<f64> {
    let n = t.bytes(i).len();
    if t.kind(i) != Some(TokKind::Word) || n >= 64 || SCALE_LENGTHS >> n & 1 == 0 {
        return None;
    }
    let mut buf = [0u8; 24];
    let w = lower(t.str(i), &mut buf)?;
    let &(_, value, glued) = SCALES.iter().find(|(word, ..)| *word == w)?;
    let counts = match glued {
        Glued::Either => true,
        Glued::ToFigure => !t.gap(i),
        Glued::ToMoney => money && !t.gap(i),
    };
    counts.then_some(value)
}

/// The scale after a figure starting at token `i` and its last token: as [`scale_at`], with
/// "lakh crore" (a hundred thousand crore, 10^12) read as one scale.
pub(crate) fn scale_span(t: &Tokens, i: usize, money: bool) -> Option<(f64, usize)> {
    let value = scale_at(t, i, money)?;
    if value == 1e5 && t.is_any(i + 1, &["crore", "crores"]) {
        return Some((1e12, i + 1));
    }
    Some((value, i))
}

/// A number spelled in words starting at token `i`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Spelled {
    /// Its value (for an indefinite amount, the order of magnitude).
    pub value: f64,
    /// Index of its last token.
    pub last: usize,
    /// "hundreds", "tens of thousands": no exact figure.
    pub indefinite: bool,
}

/// Reads a number in words at token `i`: "three", "seventy-seven", "a dozen", "one hundred and
/// twenty", "two and a half million", "tens of thousands". `None` if none starts there.
pub(crate) fn spelled(t: &Tokens, i: usize) -> Option<Spelled> {
    let first = word_at(t, i);
    // "a", "an", "A" or "An" (the class the tokenizer gave it).
    if t.class(i) & ARTICLE != 0 {
        // "a dozen", "a hundred", "a million" — not "a" alone.
        return match word_at(t, i + 1) {
            Some(NumWord::Dozen | NumWord::Hundred | NumWord::Scale(_)) => {
                exact(t, i + 1, 1.0, true)
            }
            _ => None,
        };
    }
    match first? {
        NumWord::Plural(order) => Some(indefinite(t, i, order)),
        NumWord::Small(_) | NumWord::Tens(_) => exact(t, i, 0.0, false),
        // "hundred", "thousand", "dozen" alone need "a" or a number before them.
        _ => None,
    }
}

/// "tens of thousands", "hundreds of millions": multiply the orders.
fn indefinite(t: &Tokens, i: usize, order: f64) -> Spelled {
    let mut value = order;
    let mut last = i;
    while t.is(last + 1, "of") {
        match word_at(t, last + 2) {
            Some(NumWord::Plural(next)) if next > value => {
                value *= next;
                last += 2;
            }
            _ => break,
        }
    }
    Spelled {
        value,
        last,
        indefinite: true,
    }
}

/// The exact number at `i`. `implied` is the count a bare scale word stands for ("a hundred"
/// is one hundred); `scale_first` says the first word is such a scale word.
fn exact(t: &Tokens, i: usize, implied: f64, scale_first: bool) -> Option<Spelled> {
    let mut total = 0.0;
    let mut current = if scale_first { implied } else { 0.0 };
    let mut last = None;
    let mut prev: Option<NumWord> = None;
    let mut k = i;
    while let Some(word) = word_at(t, k) {
        let fits = match (prev, word) {
            (None, NumWord::Small(_) | NumWord::Tens(_)) => true,
            (None, NumWord::Hundred | NumWord::Scale(_) | NumWord::Dozen) => scale_first,
            (Some(NumWord::Tens(_)), NumWord::Small(n)) => n < 10 && n > 0,
            (Some(NumWord::Small(_) | NumWord::Tens(_)), NumWord::Hundred) => true,
            (
                Some(NumWord::Small(_) | NumWord::Tens(_) | NumWord::Hundred),
                NumWord::Scale(_) | NumWord::Dozen,
            ) => true,
            (Some(NumWord::Hundred | NumWord::Scale(_)), NumWord::Small(_) | NumWord::Tens(_)) => {
                true
            }
            _ => false,
        };
        // "seventy-seven" joins with a hyphen; everything else with a space.
        let joined = prev.is_none()
            || t.gap(k)
            || (t.is_joining_hyphen(k - 1) && matches!(prev, Some(NumWord::Tens(_))));
        if !fits || !joined {
            break;
        }
        match word {
            NumWord::Small(n) | NumWord::Tens(n) => current += f64::from(n),
            NumWord::Hundred => current = current.max(1.0) * 100.0,
            NumWord::Dozen => current = current.max(1.0) * 12.0,
            NumWord::Scale(s) => {
                total += current.max(1.0) * s;
                current = 0.0;
            }
            NumWord::Plural(_) => unreachable!("plural words never fit"),
        }
        last = Some(k);
        prev = Some(word);
        k += 1;
        // "seventy-seven": step over the hyphen; "one hundred and twenty": over "and".
        if t.is_joining_hyphen(k) && matches!(word, NumWord::Tens(_)) {
            if matches!(word_at(t, k + 1), Some(NumWord::Small(_))) {
                k += 1;
            }
        } else if t.is(k, "and")
            && matches!(word, NumWord::Hundred | NumWord::Scale(_))
            && matches!(
                word_at(t, k + 1),
                Some(NumWord::Small(_) | NumWord::Tens(_))
            )
        {
            k += 1;
        } else if t.is(k, "and") && t.is(k + 1, "a") && t.is(k + 2, "half") {
            // "two and a half million"
            current += 0.5;
            last = Some(k + 2);
            k += 3;
        }
    }
    let last = last?;
    Some(Spelled {
        value: total + current,
        last,
        indefinite: false,
    })
}

/// Every number word [`word_at`] reads on its own, in lower case: for tests of the filters and
/// look-ups that must let each of them through.
#[cfg(test)]
pub(crate) const NUMBER_WORDS: [&str; 40] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "dozens",
    "tens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(f64, String, bool)> {
        let t = Tokens::new(text);
        spelled(&t, 0).map(|s| {
            let end = t.toks[s.last].end;
            (s.value, text[..end].to_string(), s.indefinite)
        })
    }

    #[test]
    fn every_number_word_passes_the_class_filter() {
        let words = NUMBER_WORDS;
        for word in words {
            assert!(number_word(word.as_bytes()).is_some(), "{word}");
            for written in [word.to_string(), word.to_uppercase(), capitalised(word)] {
                let t = Tokens::new(&written);
                assert_ne!(t.class(0) & NUMBER_WORD, 0, "{written}");
                assert_eq!(word_at(&t, 0), number_word(word.as_bytes()), "{written}");
            }
        }
    }

    #[test]
    fn every_scale_word_is_read_in_any_case_and_only_when_glued_as_it_must() {
        for &(word, value, glued) in SCALES {
            for written in [word.to_string(), word.to_uppercase(), capitalised(word)] {
                for (text, money, gap) in [
                    (format!("$5{written} more"), true, false),
                    (format!("$5 {written} more"), true, true),
                    (format!("5{written} more"), false, false),
                ] {
                    let t = Tokens::new(&text);
                    let after = (0..t.len()).position(|k| t.str(k) == "5").unwrap() + 1;
                    let counts = match glued {
                        Glued::Either => true,
                        Glued::ToFigure => !gap,
                        Glued::ToMoney => money && !gap,
                    };
                    let expected = counts.then_some(value);
                    assert_eq!(scale_at(&t, after, money), expected, "{text}");
                }
            }
        }
        let t = Tokens::new("5 millions, 5 thousands 5 bns 5 hundredth");
        assert!((0..t.len()).all(|i| scale_at(&t, i, true).is_none()));
    }

    fn capitalised(word: &str) -> String {
        word[..1].to_uppercase() + &word[1..]
    }

    #[test]
    fn reads_simple_and_compound_numbers() {
        assert_eq!(read("three others"), Some((3.0, "three".into(), false)));
        assert_eq!(
            read("seventy-seven years"),
            Some((77.0, "seventy-seven".into(), false))
        );
        assert_eq!(
            read("one hundred and twenty people"),
            Some((120.0, "one hundred and twenty".into(), false))
        );
        assert_eq!(
            read("two thousand five hundred troops"),
            Some((2500.0, "two thousand five hundred".into(), false))
        );
        assert_eq!(
            read("a dozen buildings"),
            Some((12.0, "a dozen".into(), false))
        );
        assert_eq!(
            read("two dozen eggs"),
            Some((24.0, "two dozen".into(), false))
        );
        assert_eq!(
            read("a million people"),
            Some((1e6, "a million".into(), false))
        );
        assert_eq!(
            read("two and a half million"),
            Some((2.5e6, "two and a half million".into(), false))
        );
    }

    #[test]
    fn reads_indefinite_amounts() {
        assert_eq!(
            read("hundreds of drones"),
            Some((100.0, "hundreds".into(), true))
        );
        assert_eq!(
            read("tens of thousands of tents"),
            Some((1e4, "tens of thousands".into(), true))
        );
        assert_eq!(
            read("millions of people"),
            Some((1e6, "millions".into(), true))
        );
    }

    #[test]
    fn does_not_join_what_is_not_one_number() {
        assert_eq!(read("three-to-six").map(|r| r.0), Some(3.0));
        assert_eq!(read("one two").map(|r| r.0), Some(1.0));
        assert_eq!(read("a woman"), None);
        assert_eq!(read("thousand"), None, "a bare scale word is not a figure");
        assert_eq!(read("seventy-first"), Some((70.0, "seventy".into(), false)));
    }
}
