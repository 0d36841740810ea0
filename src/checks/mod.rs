//! Figure checks: do the article's numbers add up?
//!
//! Works on extracted claims (text, offsets, figures), so the extractor, the review screen and
//! the exports can all run it on what they already hold. Each relation kind has its own module
//! and reports only where the text says how the figures are tied: "including", "of which",
//! "another", "a total of", "brought … to", "by … to", "from … to", "of", "(…)", launch and
//! interception verbs, the same headline figure. A wrong alarm costs a reviewer more than a
//! missed one, so anything short of such evidence is left alone.
//!
//! | relation | evidence | arithmetic |
//! |---|---|---|
//! | parts and total | "a total of N …, including a …, b …"; "… killed 14", "Among the dead were …" | a + b ≤ N (= N for a complete list) |
//! | running total | "N …", "another M …", "brought the number … to T" | N + M = T |
//! | same quantity | the headline's figure and the body's, same event (place, day, occasion, period) and noun; beyond tolls, the same unit, measure and subject ("revenue", "turnout") | equal, or overlapping hedges |
//! | update | "later … the toll had risen to 15" after "12 were killed"; "14 dead, up from nine" | 12 → 15 (+3) |
//! | change | "by X to Y", "from Z to Y", "to Y from Z", "… against Z", "Y, down X% from Z", "fell X, from Z to Y" | Y − Z = X (relative for a change in percent of a count), or the derived before / change |
//! | shares of age bands | "18.6% were aged under 15, 65.2% were aged 15 to 64 and 17.1% were aged 65 and over" (bands that do not overlap) | 18.6 + 65.2 + 17.1 = 100.9 % > 100 % |
//! | part of whole | "55 of 75 …"; "50 of the 95 … identified; 40 remain unidentified" | 75 − 55 = 20 not …, 73.3 %; 50 + 40 = 90 ≠ 95 |
//! | interception | "181 drones fired …, shot down 115" | 66 not shot down, 63.5 % |
//! | equivalent units | "50 basis points (half a percent)", "10 kilometers (6 miles)", "51.8C (125.2F)" | conversion (a difference of temperatures without the offset) |
//! | margin | "48,312 votes to 41,907 …, a margin of 6,505"; "a lead of", "a majority of"; "won … by six votes, with 12,645 votes to 12,629" | 48,312 − 41,907 = 6,405 |
//! | weekday of a date | "Friday, September 26, 2026" (the date writes its year) | 2026-09-26 is a Saturday ≠ Friday |
//! | change in a table row | "\| Revenue \| £5.91bn \| £5.77bn \| +2.4% \|" | (5.91 − 5.77) ÷ 5.77 = +2.43 % (either column first) |

mod ages;
pub(crate) mod apart;
mod between;
mod breakdown;
mod change;
mod direction;
mod earlier;
mod equivalent;
mod event;
mod fates;
mod figures;
mod groups;
mod headline;
mod interval;
mod kinds;
mod levels;
mod listing;
mod margin;
mod occasion;
mod opening;
mod parts;
mod relative;
mod rest;
pub(crate) mod role;
mod running;
mod same;
mod share;
mod shares;
mod source;
mod stated_past;
mod table;
mod temperature;
mod trailing;
mod weekday;

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::claim::Claim;
use figures::Fig;

/// What ties the figures of a finding together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// Parts listed with their total in one sentence ("a total of …, including …").
    PartsTotal,
    /// Figures added up across sentences ("another …", "brought the number … to").
    RunningTotal,
    /// The same quantity stated twice (the headline and the body).
    SameQuantity,
    /// A change between two levels ("by X to Y", "from Z to Y").
    Change,
    /// A part of a whole ("55 of 75 …").
    PartOfWhole,
    /// Launched and intercepted ("181 fired, 115 shot down").
    Interception,
    /// One quantity in two units ("50 basis points (half a percent)").
    Equivalent,
    /// A later figure that updates an earlier one ("later … the toll had risen to 15").
    Update,
    /// A margin between two figures ("48,312 votes to 41,907, a margin of 6,405").
    Margin,
    /// A weekday written beside a full date ("Friday, September 26, 2026", a Saturday).
    Weekday,
}

impl Relation {
    /// Words for a reader.
    pub fn label(self) -> &'static str {
        match self {
            Relation::PartsTotal => "parts and total",
            Relation::RunningTotal => "running total",
            Relation::SameQuantity => "same quantity",
            Relation::Change => "change",
            Relation::PartOfWhole => "part of a whole",
            Relation::Interception => "interception",
            Relation::Equivalent => "equivalent units",
            Relation::Update => "updated figure",
            Relation::Margin => "margin",
            Relation::Weekday => "weekday of a date",
        }
    }
}

/// What the arithmetic says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The figures agree exactly.
    Consistent,
    /// The figures agree within the stated hedges or rounding (see `tolerance`).
    Approximate,
    /// The figures cannot all be right.
    Inconsistent,
    /// Nothing to compare with: the arithmetic gives a figure the article does not state.
    Derived,
}

impl Outcome {
    /// A glyph that reads without colour: ✓ consistent, ≈ approximately, ✗ inconsistent,
    /// → derived.
    pub fn glyph(self) -> char {
        match self {
            Outcome::Consistent => '✓',
            Outcome::Approximate => '≈',
            Outcome::Inconsistent => '✗',
            Outcome::Derived => '→',
        }
    }

    /// The sign between what the arithmetic gives and what the text states: "=", "≈" or "≠".
    pub fn relation_sign(self) -> &'static str {
        match self {
            Outcome::Consistent => "=",
            Outcome::Approximate => "≈",
            _ => "≠",
        }
    }

    /// Words for a reader.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Consistent => "consistent",
            Outcome::Approximate => "approximately consistent",
            Outcome::Inconsistent => "inconsistent",
            Outcome::Derived => "derived",
        }
    }
}

/// A figure a finding uses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureUse {
    /// Id of the claim it is in.
    pub claim: String,
    /// Its part in the arithmetic ("total", "part", "launched", "level", …).
    pub role: String,
    /// The figure as written.
    pub text: String,
    /// Its value.
    #[serde(serialize_with = "crate::claim::serialize_number")]
    pub value: f64,
    /// Its unit, if any.
    pub unit: Option<String>,
    /// Byte offset in the document.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
}

/// One check: the figures it uses, the arithmetic and the result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Index of the document.
    pub doc: usize,
    /// What ties the figures together.
    pub relation: Relation,
    /// The result.
    pub result: Outcome,
    /// Ids of the claims involved, in document order.
    pub claims: Vec<String>,
    /// The figures used, in document order.
    pub figures: Vec<FigureUse>,
    /// The arithmetic, written out ("3,400 + 1,600 = 5,000 ≠ 5,100").
    pub arithmetic: String,
    /// What "approximately" allowed ("about: ±5 %", "6 is rounded: ±0.5").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<String>,
    /// The words in the text that tie the figures ("including", "another … brought … to").
    pub evidence: String,
}

impl Finding {
    /// The finding involves claim `id`.
    pub fn involves(&self, id: &str) -> bool {
        self.claims.iter().any(|c| c == id)
    }

    /// One line for a reader: "✗ running total: 3,400 + 1,600 = 5,000 ≠ 5,100 (another … brought … to)".
    pub fn summary(&self) -> String {
        let mut line = format!(
            "{} {} ({}): {}",
            self.result.glyph(),
            self.relation.label(),
            self.result.label(),
            self.arithmetic
        );
        if let Some(t) = &self.tolerance {
            line.push_str(&format!(" [tolerance: {t}]"));
        }
        line.push_str(&format!(" — evidence: {}", self.evidence));
        line
    }
}

/// Whether a check may use `claim`: it holds a figure, or a weekday beside a date. The others
/// may be left out of [`check_numbered`].
pub fn may_check(claim: &Claim) -> bool {
    !claim.quantities.is_empty() || weekday::names_a_weekday(claim)
}

/// Runs every check on the claims of every document (`&[Claim]`, or the claims of a session
/// as an iterator of references).
pub fn check<'a>(claims: impl IntoIterator<Item = &'a Claim>) -> Vec<Finding> {
    let mut by_doc: Vec<&Claim> = claims.into_iter().collect();
    by_doc.sort_by_key(|c| (c.doc, c.start));
    let numbered = by_doc
        .chunk_by(|a, b| a.doc == b.doc)
        .flat_map(|in_doc| in_doc.iter().enumerate().map(|(pos, &claim)| (pos, claim)));
    check_numbered(numbered)
}

/// Like [`check`], for claims given in document and text order, each with its place among its
/// document's claims (0 for the first). Claims no check may use ([`may_check`]) may be left
/// out, and the first claim (which may be a headline) is known by its place.
pub fn check_numbered<'a>(claims: impl IntoIterator<Item = (usize, &'a Claim)>) -> Vec<Finding> {
    let numbered: Vec<(usize, &Claim)> = claims.into_iter().collect();
    let mut findings = Vec::new();
    for in_doc in numbered.chunk_by(|a, b| a.1.doc == b.1.doc) {
        check_document(in_doc[0].1.doc, in_doc, &mut findings);
    }
    findings
}

/// The checks of one document, whose claims are in text order with their places.
fn check_document(doc: usize, claims: &[(usize, &Claim)], out: &mut Vec<Finding>) {
    let figs = figures::collect(claims);
    let mut found = Vec::new();
    parts::parts_total(&figs, &mut found);
    running::running_total(&figs, &mut found);
    // Figures a running total adds up belong to several events, and the parts of a total
    // ("286 …, including 198 in Lusende province and 103 in Kamara province") are some of its
    // people: none is "the" toll.
    let summed: HashSet<usize> = found
        .iter()
        .flat_map(|d| d.uses.iter().map(move |(f, role)| (d.relation, f, *role)))
        .filter(|(relation, _, role)| {
            *relation == Relation::RunningTotal
                || *relation == Relation::PartsTotal && *role == "part"
        })
        .map(|(_, f, _)| f.q.start)
        .collect();
    same::same_quantity(&figs, claims, &summed, &mut found);
    headline::headline_figures(&figs, claims, &summed, &mut found);
    earlier::earlier_tolls(&figs, &mut found);
    equivalent::equivalent(&figs, &mut found);
    change::changes(&figs, &mut found);
    groups::relative_between_groups(&figs, &mut found);
    margin::margins(&figs, &mut found);
    table::table_rows(&figs, &mut found);
    share::part_of_whole(&figs, &mut found);
    share::interception(&figs, &mut found);
    shares::shares_of_one_whole(&figs, &mut found);
    ages::age_bands(&figs, &mut found);
    weekday::weekdays(doc, claims, out);
    // The headline often repeats a body sentence: one finding, both claims. (Indexed, so that a
    // long document with many repeats stays linear.)
    let mut same_as: HashMap<(Relation, String), usize> = HashMap::new();
    let mut involved: Vec<HashSet<String>> = Vec::new();
    let first = out.len();
    for draft in found {
        let finding = draft.finish(doc);
        let key = (finding.relation, finding.arithmetic.clone());
        match same_as.get(&key) {
            Some(&k) => {
                let same = &mut out[first + k];
                for id in finding.claims {
                    if involved[k].insert(id.clone()) {
                        same.claims.push(id);
                    }
                }
                same.figures.extend(finding.figures);
            }
            None => {
                same_as.insert(key, involved.len());
                involved.push(finding.claims.iter().cloned().collect());
                out.push(finding);
            }
        }
    }
}

/// A finding under construction.
pub(crate) struct Draft<'a> {
    relation: Relation,
    result: Outcome,
    uses: Vec<(&'a Fig<'a>, &'static str)>,
    arithmetic: String,
    tolerance: Option<String>,
    evidence: String,
}

impl<'a> Draft<'a> {
    fn finish(self, doc: usize) -> Finding {
        let mut uses = self.uses;
        uses.sort_by_key(|(f, _)| f.q.start);
        let mut claims: Vec<String> = Vec::new();
        for (f, _) in &uses {
            if !claims.contains(&f.claim.id) {
                claims.push(f.claim.id.clone());
            }
        }
        let figures = uses
            .iter()
            .map(|(f, role)| FigureUse {
                claim: f.claim.id.clone(),
                role: (*role).to_string(),
                text: f.q.text.clone(),
                value: f.q.value,
                unit: f.q.unit.clone(),
                start: f.q.start,
                end: f.q.end,
            })
            .collect();
        Finding {
            doc,
            relation: self.relation,
            result: self.result,
            claims,
            figures,
            // (A unit left empty must not leave a space: "2,140 − 1,720 = +420".)
            arithmetic: self
                .arithmetic
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            tolerance: self.tolerance,
            evidence: self.evidence,
        }
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_change;
#[cfg(test)]
mod tests_headline;
#[cfg(test)]
mod tests_qa;
#[cfg(test)]
mod tests_qa10;
#[cfg(test)]
mod tests_qa11;
#[cfg(test)]
mod tests_qa12;
#[cfg(test)]
mod tests_qa13;
#[cfg(test)]
mod tests_qa15;
#[cfg(test)]
mod tests_qa15b;
#[cfg(test)]
mod tests_qa18;
#[cfg(test)]
mod tests_qa18b;
#[cfg(test)]
mod tests_qa19a;
#[cfg(test)]
mod tests_qa19b;
#[cfg(test)]
mod tests_qa20_figures;
#[cfg(test)]
mod tests_qa20a;
#[cfg(test)]
mod tests_qa20b;
#[cfg(test)]
mod tests_qa21k;
#[cfg(test)]
mod tests_qa9;
#[cfg(test)]
mod tests_wire;
