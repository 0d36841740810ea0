//! Where the reviewer was, so that a resumed session opens there: the selected claim and the
//! filters, among them the verdict filter `f` cycles through.

use serde::{Deserialize, Serialize};

use super::model::Verdict;
use crate::claim::Kind;

/// Which verdicts the claim list shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerdictFilter {
    /// Every claim.
    #[default]
    All,
    /// Claims without a verdict.
    Open,
    /// Verified claims.
    Verified,
    /// Disputed claims.
    Disputed,
    /// Unclear claims.
    Unclear,
}

impl VerdictFilter {
    /// The order `f` cycles through.
    pub const CYCLE: [VerdictFilter; 5] = [
        VerdictFilter::All,
        VerdictFilter::Open,
        VerdictFilter::Verified,
        VerdictFilter::Disputed,
        VerdictFilter::Unclear,
    ];

    /// Name shown on screen and stored in the session.
    pub fn label(self) -> &'static str {
        match self {
            VerdictFilter::All => "all",
            VerdictFilter::Open => "open",
            VerdictFilter::Verified => "verified",
            VerdictFilter::Disputed => "disputed",
            VerdictFilter::Unclear => "unclear",
        }
    }

    /// Whether a claim with this verdict passes the filter.
    pub fn admits(self, verdict: Option<Verdict>) -> bool {
        match self {
            VerdictFilter::All => true,
            VerdictFilter::Open => verdict.is_none(),
            VerdictFilter::Verified => verdict == Some(Verdict::Verified),
            VerdictFilter::Disputed => verdict == Some(Verdict::Disputed),
            VerdictFilter::Unclear => verdict == Some(Verdict::Unclear),
        }
    }

    /// The next filter in the cycle.
    pub fn next(self) -> VerdictFilter {
        let at = Self::CYCLE.iter().position(|f| *f == self).unwrap_or(0);
        Self::CYCLE[(at + 1) % Self::CYCLE.len()]
    }
}

/// Where the reviewer was, so that a resumed session opens there.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Id of the selected claim.
    #[serde(default)]
    pub selected: Option<String>,
    /// Verdict filter.
    #[serde(default)]
    pub filter: VerdictFilter,
    /// Kind filter (null: every kind).
    #[serde(default)]
    pub kind: Option<Kind>,
    /// Only claims with a figure that does not add up are shown (written only when set).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inconsistent: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_cycle_through_every_verdict() {
        let mut f = VerdictFilter::All;
        let mut seen = Vec::new();
        for _ in 0..5 {
            seen.push(f.label());
            f = f.next();
        }
        assert_eq!(f, VerdictFilter::All);
        assert_eq!(seen, ["all", "open", "verified", "disputed", "unclear"]);
        assert!(VerdictFilter::Open.admits(None));
        assert!(!VerdictFilter::Open.admits(Some(Verdict::Verified)));
    }
}
