//! The merge report for people: who was merged, agreement figures, and every conflict.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use super::Merged;

/// The narrowest the reviewer column is.
const REVIEWER_COLUMN: usize = 20;

/// `text` padded with spaces to `width` terminal columns (by display width, so that a name with
/// wide or combining characters lines up too); longer text is left as it is.
fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(fill))
}

/// Shortens a claim for a one-line listing: at most `max` characters, cut at a word.
fn shorten(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut} …")
}

/// The merge report for people: reviewers, agreement figures and the conflicts.
pub fn report(merged: &Merged, files: &[String]) -> String {
    let a = &merged.agreement;
    let mut out = String::new();
    let _ = writeln!(out, "Merged {} sessions:", merged.reviewers.len());
    // One column for every name in the report ("unknown (u2.review.json)" is longer than most).
    let column = merged
        .reviewers
        .iter()
        .map(String::as_str)
        .chain(
            merged
                .conflicts
                .iter()
                .flat_map(|c| &c.reviews)
                .map(|r| r.reviewer.as_deref().unwrap_or("?")),
        )
        .map(UnicodeWidthStr::width)
        .fold(REVIEWER_COLUMN, usize::max);
    for (file, reviewer) in files.iter().zip(&merged.reviewers) {
        let _ = writeln!(out, "  {} {file}", pad(reviewer, column));
    }
    let _ = writeln!(
        out,
        "Claims: {}; judged by two or more reviewers: {}",
        merged.session.claims().len(),
        a.pairable_units
    );
    let readings = a.readings();
    let _ = writeln!(out, "Percent agreement:          {}", readings.percent);
    if let Some(kappa) = readings.kappa {
        let _ = writeln!(out, "Cohen's kappa:              {kappa}");
    }
    let _ = writeln!(
        out,
        "Krippendorff's alpha:       {} (nominal)",
        readings.alpha
    );
    if merged.conflicts.is_empty() {
        let _ = writeln!(out, "Conflicts: none");
        to_confirm(merged, &mut out);
        return out;
    }
    // Counted as `stats` and the review screen count them: claims of the article whose
    // reviewers gave different verdicts or judged them under different speakers; conflicts over
    // orphaned reviews (no claim to adjudicate on) are counted apart.
    let orphaned = merged
        .conflicts
        .iter()
        .filter(|c| merged.session.position(&c.claim.id).is_none())
        .count();
    let apart = match orphaned {
        0 => String::new(),
        n => format!(
            ", and {} of sentences no longer in the article",
            crate::display::count(n, "orphaned review")
        ),
    };
    let _ = writeln!(
        out,
        "Conflicts: {}{apart} (different verdicts or speakers; left open until adjudicated \
         with `claimcheck review` on the merged session)",
        merged.conflicts.len() - orphaned
    );
    for conflict in &merged.conflicts {
        // The claim's number in the merged session, as the review screen shows it, then its id;
        // an orphaned review (its claim no longer in the article) has no number.
        let number = merged
            .session
            .position(&conflict.claim.id)
            .map_or_else(|| "orphaned ".to_string(), |at| format!("#{} ", at + 1));
        let _ = writeln!(
            out,
            "  {number}{}  {}",
            conflict.claim.id,
            shorten(&conflict.claim.text, 70)
        );
        for review in &conflict.reviews {
            let verdict = review.verdict.map_or_else(
                || "open".to_string(),
                |v| format!("{} {}", v.glyph(), v.label()),
            );
            let mut line = format!(
                "      {} {verdict}",
                pad(review.reviewer.as_deref().unwrap_or("?"), column)
            );
            // Who said it is part of the claim: show whom each reviewer judged it under.
            if conflict.speakers_differ
                && (review.verdict.is_some() || review.corrected_speaker.is_some())
            {
                let speaker = match review.corrected_speaker.as_deref() {
                    Some("") => "no one (corrected)".to_string(),
                    Some(name) => format!("{name} (corrected)"),
                    // A verdict given before an article edit changed the speaker.
                    None => match review.speaker_at_verdict() {
                        Some(then) => format!("{} (to confirm)", then.unwrap_or("none")),
                        None => conflict
                            .claim
                            .speaker
                            .as_deref()
                            .unwrap_or("none")
                            .to_string(),
                    },
                };
                let _ = write!(line, " · speaker: {speaker}");
            }
            if !review.note.trim().is_empty() {
                let _ = write!(line, " — {}", shorten(&review.note, 60));
            }
            let _ = writeln!(out, "{line}");
        }
    }
    to_confirm(merged, &mut out);
    out
}

/// "Verdicts to confirm: N …" when agreed verdicts wait to be confirmed (a reviewer gave theirs
/// before an article edit changed the claim): open like the conflicts, and as easily missed.
fn to_confirm(merged: &Merged, out: &mut String) {
    let flagged: Vec<usize> = merged
        .session
        .claims()
        .iter()
        .enumerate()
        .filter(|(_, c)| c.review.verdict.is_some() && !c.review.recheck.is_empty())
        .map(|(at, _)| at + 1)
        .collect();
    if flagged.is_empty() {
        return;
    }
    let numbers: Vec<String> = flagged.iter().map(|n| format!("#{n}")).collect();
    let _ = writeln!(
        out,
        "Verdicts to confirm: {} ({}, marked !; given before an article edit changed the claim's \
         speaker, figures or dates, so left open until confirmed with `claimcheck review` on the \
         merged session)",
        flagged.len(),
        numbers.join(", ")
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pad_counts_display_columns() {
        assert_eq!(pad("ana", 5), "ana  ");
        assert_eq!(
            pad("李雷", 5),
            "李雷 ",
            "two wide characters take four columns"
        );
        assert_eq!(
            pad("unknown (u2.review.json)", 20),
            "unknown (u2.review.json)"
        );
    }

    #[test]
    fn shorten_cuts_at_a_word() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(shorten("one two three four", 10), "one two …");
    }
}
