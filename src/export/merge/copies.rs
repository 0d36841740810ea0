//! Reviews one session repeats from another: a reviewer who starts from a copy of a colleague's
//! session keeps the colleague's verdicts where they changed nothing. Such a review is the
//! colleague's judgement, made once: counting it again would credit it to the wrong reviewer and
//! count a reviewer agreeing with themselves.

use std::collections::{HashMap, HashSet};

use crate::session::Review;

use super::Source;

/// Who signed a review, when, and what it says: two reviews alike in all of it are one review
/// copied, not two judgements (a reviewer's verdicts are timed to the second).
type Signature<'a> = (&'a str, &'a str, Option<crate::session::Verdict>, &'a str);

fn signature(review: &Review) -> Option<Signature<'_>> {
    Some((
        review.reviewer.as_deref()?,
        review.reviewed_at.as_deref()?,
        review.verdict,
        review.note.as_str(),
    ))
}

/// For each source, the ids of the claims whose review an earlier source already holds (signed
/// by the same reviewer at the same time, with the same verdict and note), with a warning for
/// each source that repeats some.
pub(super) fn repeated_reviews(
    sources: &[Source],
    warnings: &mut Vec<String>,
) -> Vec<HashSet<String>> {
    // Claim id → the signatures of its reviews so far, each with the source that holds it.
    let mut seen: HashMap<&str, Vec<(Signature, usize)>> = HashMap::new();
    let mut repeated = Vec::with_capacity(sources.len());
    for (s, source) in sources.iter().enumerate() {
        let session = &source.session;
        let mut copied = HashSet::new();
        let mut from: Vec<usize> = Vec::new();
        for reviewed in session.claims().iter().chain(&session.orphans) {
            let Some(mark) = signature(&reviewed.review) else {
                continue;
            };
            let earlier = seen.entry(&reviewed.claim.id).or_default();
            match earlier.iter().find(|(other, _)| *other == mark) {
                Some(&(_, original)) => {
                    copied.insert(reviewed.claim.id.clone());
                    if !from.contains(&original) {
                        from.push(original);
                    }
                }
                None => earlier.push((mark, s)),
            }
        }
        if !copied.is_empty() {
            let originals: Vec<&str> = from.iter().map(|&o| sources[o].file.as_str()).collect();
            warnings.push(format!(
                "{} repeats {} review(s) of {} with the same reviewer, time and verdict (it began \
                 as a copy?): each counts once, for the session that holds it first",
                source.file,
                copied.len(),
                originals.join(", ")
            ));
        }
        repeated.push(copied);
    }
    repeated
}
