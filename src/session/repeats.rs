//! Following the reviews of a repeated sentence when the number of its copies changes.
//!
//! A claim id numbers the copies of a repeated sentence in order (`c…`, `c…-2`): delete the
//! first copy and the second becomes `c…`, so matching by id alone would give it the deleted
//! copy's review and orphan its own. When a sentence has a different number of copies after an
//! edit, the copies are matched instead by their neighbours: the nearest claims before and after
//! each copy that are not copies of it. The alignment keeps the copies' order, matches as many
//! as it can, and among those prefers the most neighbours in common; with no neighbour to tell
//! them apart, copies are matched in order, as the ids would.

use std::collections::HashMap;

use super::model::ReviewedClaim;
use crate::claim::Claim;

/// The length of an id without its occurrence suffix: `c` and 12 hex digits.
const BASE: usize = 13;

fn base(id: &str) -> &str {
    id.get(..BASE).unwrap_or(id)
}

/// The neighbours of each claim: the ids of the nearest claims of the same document before and
/// after it that are not copies of it.
fn neighbours<'a>(claims: &[(&'a str, usize)]) -> Vec<(Option<&'a str>, Option<&'a str>)> {
    let near = |at: usize, step: &mut dyn Iterator<Item = usize>| {
        let (id, doc) = claims[at];
        step.map(|i| claims[i])
            .take_while(|(_, d)| *d == doc)
            .find(|(other, _)| base(other) != base(id))
            .map(|(other, _)| other)
    };
    (0..claims.len())
        .map(|at| {
            (
                near(at, &mut (0..at).rev()),
                near(at, &mut (at + 1..claims.len())),
            )
        })
        .collect()
}

/// For the repeated sentences whose number of copies changed, the old claim id whose review each
/// new copy takes, when it is not its own id (`None` for a copy that takes no old review). Every
/// other claim keeps matching by id.
pub fn rematch(old: &[ReviewedClaim], new: &[Claim]) -> HashMap<String, Option<String>> {
    let old_claims: Vec<(&str, usize)> = old
        .iter()
        .map(|c| (c.claim.id.as_str(), c.claim.doc))
        .collect();
    let new_claims: Vec<(&str, usize)> = new.iter().map(|c| (c.id.as_str(), c.doc)).collect();
    let mut groups: HashMap<&str, (Vec<usize>, Vec<usize>)> = HashMap::new();
    for (at, (id, _)) in old_claims.iter().enumerate() {
        groups.entry(base(id)).or_default().0.push(at);
    }
    for (at, (id, _)) in new_claims.iter().enumerate() {
        groups.entry(base(id)).or_default().1.push(at);
    }
    let (old_near, new_near) = (neighbours(&old_claims), neighbours(&new_claims));
    let mut moved = HashMap::new();
    for (olds, news) in groups.values() {
        if olds.len() == news.len() || olds.is_empty() || news.is_empty() {
            continue;
        }
        let score = |i: usize, j: usize| {
            let (a, b) = (old_near[olds[i]], new_near[news[j]]);
            // Matching a pair counts most; each neighbour in common breaks ties.
            4 + usize::from(a.0.is_some() && a.0 == b.0) + usize::from(a.1.is_some() && a.1 == b.1)
        };
        let paired = align(olds.len(), news.len(), score);
        for (j, &at) in news.iter().enumerate() {
            let taken = paired[j].map(|i| old_claims[olds[i]].0.to_string());
            if taken.as_deref() != Some(new_claims[at].0) {
                moved.insert(new_claims[at].0.to_string(), taken);
            }
        }
    }
    moved
}

/// The order-keeping matching of `m` old copies to `n` new ones with the highest total score:
/// for each new copy, the old copy it is matched to. Ties go to matching earlier copies together.
fn align(m: usize, n: usize, score: impl Fn(usize, usize) -> usize) -> Vec<Option<usize>> {
    // best[i][j]: the best total over old copies i.. and new copies j..
    let mut best = vec![vec![0usize; n + 1]; m + 1];
    for i in (0..m).rev() {
        for j in (0..n).rev() {
            best[i][j] = (score(i, j) + best[i + 1][j + 1])
                .max(best[i + 1][j])
                .max(best[i][j + 1]);
        }
    }
    let mut paired = vec![None; n];
    let (mut i, mut j) = (0, 0);
    while i < m && j < n {
        if best[i][j] == score(i, j) + best[i + 1][j + 1] {
            paired[j] = Some(i);
            (i, j) = (i + 1, j + 1);
        } else if best[i][j] == best[i + 1][j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    paired
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Source, extract_documents};

    fn claims(text: &str) -> Vec<Claim> {
        extract_documents(&[Source {
            path: "live.txt",
            text,
        }])
        .claims
    }

    const LIVE: &str = "Rescuers reached the building at 10:30, emergency services said.\n\n\
                        The regional governor said 12 people were injured in the strike on Kharkiv.\n\n\
                        Later the mayor said 3 people were killed.\n\n\
                        The regional governor said 12 people were injured in the strike on Kharkiv.\n";

    fn reviewed(claims: Vec<Claim>) -> Vec<ReviewedClaim> {
        claims
            .into_iter()
            .map(|claim| ReviewedClaim {
                claim,
                review: Default::default(),
                reviews: Vec::new(),
            })
            .collect()
    }

    #[test]
    fn deleting_the_first_copy_gives_the_survivor_its_own_review() {
        // QA round 11, item 5.
        let old = reviewed(claims(LIVE));
        assert_eq!(old.len(), 4, "{old:?}");
        let survivor_old_id = old[3].claim.id.clone();
        assert!(survivor_old_id.ends_with("-2"));
        let without_first = LIVE.replacen(
            "The regional governor said 12 people were injured in the strike on Kharkiv.\n\n",
            "",
            1,
        );
        let new = claims(&without_first);
        assert_eq!(new.len(), 3);
        let moved = rematch(&old, &new);
        assert_eq!(moved.get(&new[2].id), Some(&Some(survivor_old_id)));

        // Deleting the second copy instead: ids already match, nothing moves.
        let second = LIVE.rfind("The regional").unwrap();
        assert!(rematch(&old, &claims(LIVE[..second].trim_end())).is_empty());
    }

    #[test]
    fn copies_with_nothing_to_tell_them_apart_match_in_order() {
        let paired = align(2, 1, |_, _| 4);
        assert_eq!(paired, [Some(0)]);
        let paired = align(1, 2, |_, _| 4);
        assert_eq!(paired, [Some(0), None]);
        let paired = align(2, 1, |i, _| 4 + i);
        assert_eq!(paired, [Some(1)]);
    }
}
