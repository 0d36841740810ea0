//! Legal citations: "18 U.S.C. § 1512(c)(2)", "42 U.S.C. 1983", "Section 1512 of the criminal
//! code", "26 CFR 1.501". A code's title, a section and a subsection name a provision: no count,
//! and no year.

use crate::extract::tokens::{TokKind, Tokens};

/// The digits at `i` are part of a legal citation: the title before a code ("18 U.S.C."), a
/// section after a section sign, a code or the word ("§ 1512", "U.S.C. 1001", "Section 1512"),
/// or a subsection in brackets glued to the section ("1512(c)(2)").
pub(crate) fn in_citation(t: &Tokens, i: usize) -> bool {
    t.kind(i) == Some(TokKind::Digits)
        && (code_at(t, i + 1).is_some() || section_before(t, i) || subsection(t, i))
}

/// A code's abbreviation starting at token `k` ("U.S.C.", "USC", "C.F.R.", "CFR"), its letters
/// capitals glued by full stops: the last token.
fn code_at(t: &Tokens, k: usize) -> Option<usize> {
    // (The first letter turns away all but a few: a digit is followed by a code's title rarely.)
    if k >= t.len() || !matches!(t.bytes(k).first(), Some(b'U' | b'C')) {
        return None;
    }
    let mut letters = [0u8; 3];
    let mut n = 0;
    let mut j = k;
    while j < t.len() && (j == k || !t.gap(j)) {
        match t.kind(j) {
            Some(TokKind::Word) => {
                for &b in t.bytes(j) {
                    if n == letters.len() || !b.is_ascii_uppercase() {
                        return None;
                    }
                    letters[n] = b;
                    n += 1;
                }
            }
            Some(TokKind::Punct) if t.str(j) == "." => {}
            _ => break,
        }
        j += 1;
    }
    (matches!(&letters[..n], b"USC" | b"CFR") && j > k).then(|| j - 1)
}

/// The digits at `i` follow a section sign ("§ 1512", "§§ 1512"), "Section", "Sec." or a code
/// ("U.S.C. 1001", "U.S.C. § 1983").
fn section_before(t: &Tokens, i: usize) -> bool {
    let Some(mut k) = i.checked_sub(1) else {
        return false;
    };
    if t.str(k) == "§" {
        return true;
    }
    // (As written: "the SEC 2023 report" is the regulator's.)
    let word = |k: usize| matches!(t.str(k), "Section" | "section" | "Sections" | "sections");
    let abbreviated = |k: usize| matches!(t.str(k), "Sec" | "sec");
    if word(k) || t.str(k) == "." && k >= 1 && abbreviated(k - 1) && !t.gap(k) {
        return true;
    }
    // Back over the code's full stop and letters to the token after the title.
    while k >= 1 && (t.str(k) == "." || t.kind(k) == Some(TokKind::Word)) && !t.gap(k) {
        k -= 1;
    }
    code_at(t, k).is_some_and(|end| end + 1 == i)
}

/// The digits at `i` stand in brackets glued to a section or another subsection: the "2" of
/// "1512(c)(2)", "501(c)(3)".
fn subsection(t: &Tokens, i: usize) -> bool {
    i >= 2
        && t.is_punct(i - 1, '(')
        && !t.gap(i - 1)
        && !t.gap(i)
        && t.is_punct(i + 1, ')')
        && !t.gap(i + 1)
        && (t.is_punct(i - 2, ')') || t.kind(i - 2) == Some(TokKind::Digits))
}

#[cfg(test)]
mod tests {
    use super::super::tests::f;
    use super::super::with_dates;

    type Figures = Vec<(f64, Option<String>, String)>;

    /// (value, unit, text) of the figures and the texts of the dates of `s`.
    fn read(s: &str) -> (Figures, Vec<String>) {
        let (figures, dates) = with_dates(s, 0);
        (
            figures
                .into_iter()
                .map(|q| (q.value, q.unit, q.text))
                .collect(),
            dates.into_iter().map(|d| d.text).collect(),
        )
    }

    #[test]
    fn a_code_s_title_section_and_subsection_are_no_figures_nor_years() {
        // QA round 15, item a-2.
        assert_eq!(
            read("It turned on 18 U.S.C. § 1512(c)(2), a provision that carries up to 20 years."),
            (vec![f(20.0, "years", "20 years")], vec![])
        );
        for s in [
            "He was charged under 18 U.S.C. 1001 with lying to investigators.",
            "Under 42 U.S.C. § 1983, plaintiffs may sue state officials.",
            "The law, 26 U.S.C. § 501(c)(3), governs charities.",
            "He was charged under Section 1512 of the criminal code.",
            "The rule is at 40 CFR 60 and 42 USC 7411.",
            "It falls under section 230 of the act.",
            "See Sec. 1512 of the code.",
        ] {
            assert_eq!(read(s), (vec![], vec![]), "{s}");
        }
        // A year after other words, and a figure in brackets after a word, stay what they are.
        assert_eq!(read("The law was passed in 1983.").1, vec!["1983"]);
        assert_eq!(
            read("Of 12 sections, 3 were cut.").0,
            vec![f(12.0, "sections", "12 sections"), f(3.0, "sections", "3")]
        );
        assert_eq!(
            read("Sales rose (12%) in the quarter.").0,
            vec![f(12.0, "percent", "12%")]
        );
    }
}
