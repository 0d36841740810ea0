//! The merge report for people: who was merged, agreement figures, and every conflict.

use std::fmt::Write;

use super::Merged;

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
    for (file, reviewer) in files.iter().zip(&merged.reviewers) {
        let _ = writeln!(out, "  {reviewer:<20} {file}");
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
        return out;
    }
    let _ = writeln!(
        out,
        "Conflicts: {} (left open until adjudicated with `claimcheck review` on the merged \
         session)",
        merged.conflicts.len()
    );
    for conflict in &merged.conflicts {
        let _ = writeln!(
            out,
            "  {}  {}",
            conflict.claim.id,
            shorten(&conflict.claim.text, 70)
        );
        for review in &conflict.reviews {
            let verdict = review.verdict.map_or_else(
                || "open".to_string(),
                |v| format!("{} {}", v.glyph(), v.label()),
            );
            let mut line = format!(
                "      {:<20} {verdict}",
                review.reviewer.as_deref().unwrap_or("?")
            );
            if !review.note.trim().is_empty() {
                let _ = write!(line, " — {}", shorten(&review.note, 60));
            }
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_cuts_at_a_word() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(shorten("one two three four", 10), "one two …");
    }
}
