//! "Malawi and Mozambique have each reported cases linked to cross-border travel: 37 and 22
//! respectively": bare figures listed after a colon and closed by "respectively" count the
//! plural noun the clause before the colon reported.

use super::figure::Figure;
use super::units::counts_a_plural;
use crate::extract::tokens::{TokKind, Tokens};

/// How many tokens a list of figures may hold between its colon and "respectively".
const LIST_REACH: usize = 12;

/// The token of the noun the bare figure `figures[k]` counts, when it stands in such a list:
/// the first plural noun, in lower case, right after a verb in "-ed" before the colon
/// ("reported cases", "recorded deaths").
pub(super) fn listed_noun(t: &Tokens, figures: &[Figure], k: usize) -> Option<usize> {
    let f = &figures[k];
    let in_list = |m: usize| {
        t.is(m, "and") || t.is_punct(m, ',') || figures.iter().any(|g| g.first <= m && m <= g.last)
    };
    let colon = (f.first.saturating_sub(LIST_REACH)..f.first)
        .rev()
        .find(|&m| !in_list(m))
        .filter(|&m| t.is_punct(m, ':'))?;
    let closed = (f.last + 1..t.len().min(f.last + LIST_REACH))
        .find(|&m| !in_list(m))
        .is_some_and(|m| t.is(m, "respectively"));
    if !closed {
        return None;
    }
    (1..colon).find(|&m| {
        let verb = t.kind(m - 1) == Some(TokKind::Word) && t.str(m - 1).ends_with("ed");
        verb && t.kind(m) == Some(TokKind::Word) && !t.is_capitalised(m) && counts_a_plural(t, m)
    })
}

#[cfg(test)]
mod tests {
    use super::super::quantities;

    fn units(s: &str) -> Vec<Option<String>> {
        quantities(s, 0).into_iter().map(|q| q.unit).collect()
    }

    #[test]
    fn figures_listed_respectively_count_the_noun_reported() {
        // QA round 15, b-16.
        assert_eq!(
            units(
                "Neighbouring Malawi and Mozambique have each reported cases linked to \
                 cross-border travel: 37 and 22 respectively, according to the WHO."
            ),
            [Some("cases".to_string()), Some("cases".to_string())]
        );
        // Without "respectively", or without a colon, nothing is guessed.
        assert_eq!(
            units("Malawi and Mozambique reported cases linked to travel: 37 and 22."),
            [None, None]
        );
        assert_eq!(
            units("Malawi and Mozambique reported cases, 37 and 22 respectively."),
            [None, None]
        );
    }
}
