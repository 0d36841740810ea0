//! What changed in a claim since its verdict was given, when its article was extracted again.
//!
//! A claim keeps its id while its text stays the same, but what the extractor reads around that
//! text can change with an edit elsewhere: "He added, “…”" names whoever the sentence before now
//! names, "three others" carries its unit from another clause, "on Monday" is dated from the
//! article's date. For a quote, who said it *is* the claim checked; so a verdict carried over
//! to a claim whose speaker, figures or ISO dates differ is flagged ([`Review::recheck`]) and
//! counts as open until the reviewer gives a verdict again.

use serde::{Deserialize, Serialize};

use super::model::{Review, ReviewedClaim, Verdict};
use crate::claim::Claim;
use crate::display::figures::reading;

/// One thing about a claim that changed after its verdict was given (see [`Review::recheck`]).
/// The values are bare, for programs to read: the speaker's name (`Council`), the figures as
/// read (`3 others, 115 drones`), the dates with their ISO values (`Monday (2025-03-03)`); empty
/// for none. Quotes and "no one" are added for display only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "StoredRecheck")]
pub struct Recheck {
    /// `"speaker"`, `"figures"` or `"dates"`.
    pub what: String,
    /// What it was when the verdict was given (empty: no speaker, no figures or no dates).
    pub was: String,
    /// What it is now (empty: none).
    pub now: String,
}

/// A [`Recheck`] as a session stores it: sessions of earlier versions stored a speaker in
/// typographic quotes (`“Council”`) and none as `no one` or `none`; they read as bare values.
#[derive(Deserialize)]
struct StoredRecheck {
    what: String,
    was: String,
    now: String,
}

impl From<StoredRecheck> for Recheck {
    fn from(stored: StoredRecheck) -> Recheck {
        let bare = |value: &str| -> String {
            if stored.what == "speaker" {
                speaker_named(value).unwrap_or_default().to_string()
            } else if value.trim() == "none" {
                String::new()
            } else {
                value.to_string()
            }
        };
        Recheck {
            was: bare(&stored.was),
            now: bare(&stored.now),
            what: stored.what,
        }
    }
}

impl Recheck {
    /// A value as the reviewer reads it: a speaker in quotes, "no one" or "none" for nothing.
    fn shown(&self, value: &str) -> String {
        match (self.what.as_str(), value) {
            ("speaker", "") => "no one".to_string(),
            ("speaker", name) => format!("“{name}”"),
            (_, "") => "none".to_string(),
            (_, value) => value.to_string(),
        }
    }
}

impl std::fmt::Display for Recheck {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let verb = if self.what == "speaker" {
            "was"
        } else {
            "were"
        };
        let (was, now) = (self.shown(&self.was), self.shown(&self.now));
        write!(f, "{} {verb} {was}, now {now}", self.what)
    }
}

impl Recheck {
    /// Whether `claim` as it is still differs from what it was when the verdict was given: false
    /// once an edit put back the speaker, figures or dates the verdict was given on.
    pub fn applies_to(&self, claim: &Claim) -> bool {
        let now = match self.what.as_str() {
            "speaker" => speaker(claim),
            "figures" => figures(claim),
            "dates" => dates(claim),
            _ => return true,
        };
        now != self.was
    }
}

/// Glyph for a claim whose verdict waits to be confirmed again ([`Review::recheck`]).
pub const RECHECK_GLYPH: char = '!';

impl Review {
    /// The verdict as it stands: none while a change to the claim since the verdict was given
    /// waits for the reviewer to confirm it ([`Review::recheck`]). Counts, filters and exports
    /// go by this; the stored `verdict` stays for the reviewer to see.
    pub fn standing(&self) -> Option<Verdict> {
        self.verdict.filter(|_| self.recheck.is_empty())
    }

    /// The speaker this review's verdict was given under, when the claim's speaker has changed
    /// since (`Some(None)`: no one); `None` when the speaker did not change.
    pub fn speaker_at_verdict(&self) -> Option<Option<&str>> {
        let was = self.recheck.iter().find(|r| r.what == "speaker")?;
        Some(speaker_named(&was.was))
    }

    /// What changed since the verdict was given, in one line ("speaker was “A”, now “B”").
    pub fn recheck_summary(&self) -> Option<String> {
        (!self.recheck.is_empty()).then(|| {
            self.recheck
                .iter()
                .map(Recheck::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        })
    }
}

/// What to recheck when `review`, given on `old`, is carried over to `new` (the same sentence
/// extracted again): each of speaker, figures and dates that now differ from what they were
/// when the verdict was given. A flag already on the review keeps what the claim was at the
/// verdict, so a change that is undone later clears it. Nothing for a review without a verdict.
pub fn changes(review: &Review, old: &ReviewedClaim, new: &Claim) -> Vec<Recheck> {
    compared(review, old, new, false)
}

/// What to recheck when an orphaned `review`, given on `orphan`, is put back on `target`, an
/// edited sentence: as [`changes`], except that dates count only by their ISO values (the
/// reviewer saw both texts, and a date written differently or added without a day to it, "on
/// Sunday" in an undated article, changes nothing checked). Re-attaching a review of "95 people"
/// to "96 people" is no check of 96.
pub fn reattached(review: &Review, orphan: &ReviewedClaim, target: &Claim) -> Vec<Recheck> {
    compared(review, orphan, target, true)
}

fn compared(review: &Review, old: &ReviewedClaim, new: &Claim, iso_only: bool) -> Vec<Recheck> {
    if review.verdict.is_none() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut compare = |what: &str, then: String, now: String| {
        let was = review
            .recheck
            .iter()
            .find(|r| r.what == what)
            .map_or(then, |r| r.was.clone());
        if was != now {
            found.push(Recheck {
                what: what.to_string(),
                was,
                now,
            });
        }
    };
    // A corrected speaker is what the reviewer judged and what is published: it does not move.
    if review.corrected_speaker.is_none() {
        compare("speaker", speaker(&old.claim), speaker(new));
    }
    compare("figures", figures(&old.claim), figures(new));
    if !iso_only || isos(&old.claim) != isos(new) {
        compare("dates", dates(&old.claim), dates(new));
    }
    found
}

/// The name a `recheck` speaker value stands for: `None` for no one (empty, or "no one" as
/// earlier versions stored it). Earlier versions stored names inside typographic quotes
/// (`“Council”`); they are taken off.
fn speaker_named(value: &str) -> Option<&str> {
    let name = value.trim();
    let name = name
        .strip_prefix('“')
        .and_then(|n| n.strip_suffix('”'))
        .unwrap_or(name);
    (!name.is_empty() && name != "no one").then_some(name)
}

/// The claim's speaker as a `recheck` value (empty: no one).
pub(crate) fn speaker(claim: &Claim) -> String {
    claim.speaker.clone().unwrap_or_default()
}

/// The claim's figures as a `recheck` value, as read (`3 others, 115 drones`).
pub(crate) fn figures(claim: &Claim) -> String {
    claim
        .quantities
        .iter()
        .map(reading)
        .collect::<Vec<_>>()
        .join(", ")
}

fn isos(claim: &Claim) -> Vec<&str> {
    claim
        .dates
        .iter()
        .filter_map(|d| d.iso.as_deref())
        .collect()
}

/// The claim's dates as a `recheck` value, with their ISO values (`Monday (2025-03-03)`).
pub(crate) fn dates(claim: &Claim) -> String {
    claim
        .dates
        .iter()
        .map(|d| format!("{} ({})", d.text, d.iso.as_deref().unwrap_or("no date")))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{DateRef, Kind, Quantity};
    use crate::session::Verdict;

    fn quote(speaker: Option<&str>) -> Claim {
        Claim {
            id: "c1".into(),
            doc: 0,
            text: "He added, “We are ready.”".into(),
            start: 0,
            end: 10,
            kind: Kind::Quote,
            score: 0.5,
            quantities: Vec::new(),
            dates: Vec::new(),
            speaker: speaker.map(str::to_string),
        }
    }

    fn verified() -> Review {
        Review {
            verdict: Some(Verdict::Verified),
            ..Review::default()
        }
    }

    fn reviewed(claim: Claim, review: Review) -> ReviewedClaim {
        ReviewedClaim {
            claim,
            review,
            reviews: Vec::new(),
        }
    }

    #[test]
    fn a_new_speaker_of_a_verified_quote_is_flagged_and_flipping_back_clears_it() {
        // QA round 11, item 2: "He added, …" now follows a sentence naming Yuri Ushakov.
        let old = reviewed(quote(Some("Volodymyr Zelensky")), verified());
        let new = quote(Some("Yuri Ushakov"));
        let found = changes(&old.review, &old, &new);
        assert_eq!(
            found.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["speaker was “Volodymyr Zelensky”, now “Yuri Ushakov”"]
        );
        // Extracted again with the old speaker back: the flag goes.
        let flagged = Review {
            recheck: found,
            ..verified()
        };
        let again = reviewed(new, flagged.clone());
        assert!(changes(&flagged, &again, &quote(Some("Volodymyr Zelensky"))).is_empty());
        // Changed again: what it was at the verdict is kept.
        let third = changes(&flagged, &again, &quote(None));
        assert_eq!(
            third[0].to_string(),
            "speaker was “Volodymyr Zelensky”, now no one"
        );
    }

    #[test]
    fn a_corrected_speaker_an_open_claim_and_an_unchanged_claim_are_not_flagged() {
        let old = reviewed(quote(Some("A B")), verified());
        assert!(changes(&old.review, &old, &quote(Some("A B"))).is_empty());
        let corrected = Review {
            corrected_speaker: Some("C D".into()),
            ..verified()
        };
        assert!(changes(&corrected, &old, &quote(Some("E F"))).is_empty());
        let open = Review {
            note: "looked".into(),
            ..Review::default()
        };
        assert!(changes(&open, &old, &quote(Some("E F"))).is_empty());
    }

    #[test]
    fn values_are_stored_bare_and_quoted_ones_of_earlier_sessions_read_bare() {
        // QA round 12 flow, item 8: `"was": "“Council”"` gave programs the quotes.
        let old = reviewed(quote(Some("Council")), verified());
        let found = changes(&old.review, &old, &quote(None));
        let json = serde_json::to_string(&found).unwrap();
        assert_eq!(json, r#"[{"what":"speaker","was":"Council","now":""}]"#);
        assert_eq!(found[0].to_string(), "speaker was “Council”, now no one");
        let earlier: Vec<Recheck> = serde_json::from_str(
            r#"[{"what":"speaker","was":"“Council”","now":"no one"},
                {"what":"figures","was":"none","now":"3 others"}]"#,
        )
        .unwrap();
        assert_eq!(earlier[0], found[0]);
        assert_eq!(earlier[1].was, "");
        assert_eq!(earlier[1].to_string(), "figures were none, now 3 others");
        let back: Vec<Recheck> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, found);
    }

    #[test]
    fn a_reattached_verdict_is_flagged_for_other_figures_or_iso_dates_not_for_undated_words() {
        // QA round 12 flow, item 2: "95 people" put back on "96 people".
        let mut before = quote(None);
        before.quantities = vec![Quantity {
            value: 95.0,
            unit: Some("people".into()),
            text: "95 people".into(),
            ..Quantity::default()
        }];
        let orphan = reviewed(before.clone(), verified());
        let mut after = before.clone();
        after.quantities[0].value = 96.0;
        let found = reattached(&orphan.review, &orphan, &after);
        assert_eq!(
            found[0].to_string(),
            "figures were 95 people, now 96 people"
        );
        // "on Sunday" added in an undated article: no ISO date, nothing to recheck.
        let mut sunday = before.clone();
        sunday.dates = vec![DateRef {
            text: "Sunday".into(),
            iso: None,
            ..DateRef::default()
        }];
        assert!(reattached(&orphan.review, &orphan, &sunday).is_empty());
        sunday.dates[0].iso = Some("2025-11-23".into());
        assert_eq!(
            reattached(&orphan.review, &orphan, &sunday)[0].what,
            "dates"
        );
    }

    #[test]
    fn new_figures_or_dates_are_flagged() {
        let mut old = quote(None);
        old.quantities = vec![Quantity {
            value: 3.0,
            unit: Some("others".into()),
            text: "three others".into(),
            ..Quantity::default()
        }];
        old.dates = vec![DateRef {
            text: "Monday".into(),
            iso: Some("2025-03-03".into()),
            ..DateRef::default()
        }];
        let mut new = old.clone();
        new.quantities[0].unit = Some("people".into());
        new.dates[0].iso = Some("2025-03-10".into());
        let old = reviewed(old, verified());
        let found: Vec<String> = changes(&old.review, &old, &new)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            found,
            [
                "figures were 3 others, now 3 people",
                "dates were Monday (2025-03-03), now Monday (2025-03-10)"
            ]
        );
    }
}
