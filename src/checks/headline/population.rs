//! A population as the headline check reads it: a count of people whose subject is
//! "population" ("Population tops 5.6 million").

use super::super::figures::words;
use super::words::FUNCTION;

/// A count of people said to be the population, "population" its subject a few words before it
/// with no other figure than a change in percent, no comma or semicolon between ("Population
/// tops 5.6 million", "The population rose 8.1% to 5,462,148 people"): one quantity, however it
/// is counted; not "a population of" (some place's). `Some` with the word before "population"
/// when it names whose ("Leinster's population"), which must then be in the other sentence too.
pub(super) fn population(before: &str) -> Option<Option<String>> {
    // Cheapest first, without allocating: most counts have no population before them.
    if !before.contains("opulation") {
        return None;
    }
    let lower = before.to_ascii_lowercase();
    let at = lower.rfind("population")?;
    let rest = &lower[at + "population".len()..];
    // Digits only in a percentage ("rose 8.1% to"): "a population of 5,000, 300 people" is no
    // population's count.
    let mut figures = rest.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '%'));
    let percent_only =
        figures.all(|t| !t.contains(|c: char| c.is_ascii_digit()) || t.ends_with('%'));
    let plain = !rest.contains([',', ';', ':']) && words(rest).len() <= 4;
    if !(percent_only && plain) {
        return None;
    }
    let mut head = words(&lower[..at]);
    // "a town with a population of 5,000": some place's, not the one the article counts.
    if head.last().is_some_and(|w| w == "a" || w == "an") {
        return None;
    }
    if head.last().is_some_and(|w| w == "s") {
        head.pop();
    }
    Some(head.pop().filter(|w| !FUNCTION.contains(&w.as_str())))
}
