//! Numbers that label a thing rather than count it: "Flight 17", "Article 5", and a list after
//! a plural label ("Districts 2, 4 and 7", "Articles 5 and 6").

use crate::extract::tokens::{TokKind, Tokens, WordSet};

/// Capitalised words after which a number is a label, not a figure ("Flight 17", "Article 5").
const LABELS: WordSet = WordSet::new(&[
    "Article",
    "Chapter",
    "Flight",
    "Route",
    "Section",
    "Room",
    "Resolution",
    "Boeing",
    "Airbus",
    "Windows",
    "Apollo",
    "Level",
    "Phase",
    "Category",
    "Grade",
    "Gate",
    "Terminal",
    "Platform",
    "Highway",
    "Interstate",
    "Paragraph",
    "Page",
    "Vol",
    "Volume",
    "Channel",
    "Model",
    "Version",
    "Season",
    "Episode",
    "Block",
    "Line",
    "Number",
    "Part",
    "Stage",
    "Zone",
    "Sector",
    "Unit",
    "Brigade",
    "Division",
    "Battalion",
    "Corps",
    "Regiment",
    "Amendment",
    "Rule",
    "Bill",
    "Proposition",
    "Prop",
    "Measure",
    "Initiative",
    "Question",
    "Title",
    "Ward",
    "District",
    "Precinct",
    "Exit",
    "Runway",
    "Pier",
    "Class",
    "Type",
]);

/// The digits at `i` follow a label ("Flight 17", "Class 390"), or stand in a list after a
/// plural one ("Districts 2, 4 and 7", "Wards 3 or 5"): they name the things, not a count.
pub(super) fn labelled(t: &Tokens, i: usize) -> bool {
    let mut k = i;
    let mut listed = false;
    loop {
        if k >= 1 && t.gap(k) && t.is_capitalised(k - 1) {
            if t.is_in(k - 1, &LABELS) && !listed {
                return true;
            }
            if plural_label(t, k - 1) {
                return true;
            }
        }
        // Back over one member of the list: "2," / "2 and" / "2, and" / "2 or".
        let mut p = match k.checked_sub(1) {
            Some(p) => p,
            None => return false,
        };
        // ("and" or "or" ends a list: before it there are only commas.)
        if t.is_any(p, &["and", "or"]) && !listed {
            p = match p.checked_sub(1) {
                Some(p) => p,
                None => return false,
            };
            if t.is_punct(p, ',') {
                p = match p.checked_sub(1) {
                    Some(p) => p,
                    None => return false,
                };
            }
        } else if t.is_punct(p, ',') {
            p = match p.checked_sub(1) {
                Some(p) => p,
                None => return false,
            };
        } else {
            return false;
        }
        // Each member is a small number of its own ("2", "14"), not a figure with separators.
        let member =
            t.kind(p) == Some(TokKind::Digits) && t.str(p).len() <= 3 && (p == 0 || t.gap(p));
        if !member {
            return false;
        }
        k = p;
        listed = true;
    }
}

/// The capitalised word at `k` is a label in the plural ("Districts", "Wards", "Articles").
fn plural_label(t: &Tokens, k: usize) -> bool {
    let w = t.str(k);
    let Some(stem) = w.strip_suffix('s') else {
        return false;
    };
    LABELS.has(stem)
}

#[cfg(test)]
mod tests {
    use super::super::tests::figures;

    #[test]
    fn numbers_after_a_label_or_in_a_list_after_a_plural_one_are_names() {
        // QA round 13, item 7.
        let found = figures(
            "The largest amendment moved $4.5 million from a planned downtown parking garage to restore library hours in Districts 2, 4 and 7.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(figures("in Wards 3 or 5, 40 people voted").len(), 1);
        assert_eq!(figures("Articles 5, 6, and 9 apply.").len(), 0);
        // The first three carry the coaches, not the class.
        let found = figures(
            "All nine coaches of the Class 390 Pendolino left the rails, and the first three overturned onto an embankment.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].1.as_deref(), Some("coaches"), "{found:?}");
        // A count after a label's number stays a count.
        assert_eq!(figures("in District 2, 40 people voted").len(), 1);
    }
}
