//! The figures and dates of one sentence in compact form: offsets into the sentence and the facts
//! read, with no text copied. The pipeline keeps this for every sentence and makes the public
//! [`Quantity`] and [`DateRef`] (with their strings) only for the sentences it reports.

use crate::claim::{DateRef, Measure, Qualifier, Quantity};
use crate::extract::dates::{GivenYears, Iso, tells_the_future};

/// Where a figure's unit name comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum UnitText {
    /// A fixed name ("percent", "USD", "years").
    Fixed(&'static str),
    /// The word at these sentence offsets, lower-cased ("drones").
    Word(u32, u32),
    /// The text at these sentence offsets as written ("F-16s").
    AsWritten(u32, u32),
    /// A currency's code and what an amount in it is paid per: "GBP per week".
    PaidPer(&'static str, &'static str),
}

/// A figure: what [`Quantity`] holds, with offsets in the sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct FoundQuantity {
    pub start: u32,
    pub end: u32,
    pub value: f64,
    pub upper: Option<f64>,
    pub unit: Option<UnitText>,
    pub qualifier: Option<Qualifier>,
    pub measure: Option<Measure>,
    pub carried: bool,
    /// A count whose noun an earlier sentence named (see [`Figures::quantities_after`]).
    pub elided: bool,
}

/// A date expression: what [`DateRef`] holds, with offsets in the sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct FoundDate {
    pub start: u32,
    pub end: u32,
    pub iso: Iso,
}

/// The figures and dates of many sentences, one after another (see
/// [`Reader::read`](super::Reader::read)); [`Found::figures`] gives one sentence's.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    pub(crate) quantities: Vec<FoundQuantity>,
    pub(crate) dates: Vec<FoundDate>,
}

/// Where one sentence's figures and dates end in a [`Found`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FoundEnd {
    quantities: u32,
    dates: u32,
}

impl Found {
    /// Forgets everything read.
    pub fn clear(&mut self) {
        self.quantities.clear();
        self.dates.clear();
    }

    /// Where the figures and dates read so far end.
    pub fn end(&self) -> FoundEnd {
        FoundEnd {
            quantities: self.quantities.len() as u32,
            dates: self.dates.len() as u32,
        }
    }

    /// The figures and dates read between two [`Found::end`]s.
    pub fn figures(&self, from: FoundEnd, to: FoundEnd) -> Figures<'_> {
        Figures {
            quantities: &self.quantities[from.quantities as usize..to.quantities as usize],
            dates: &self.dates[from.dates as usize..to.dates as usize],
        }
    }
}

/// The figures and dates of one sentence, borrowed from a [`Found`].
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Figures<'a> {
    quantities: &'a [FoundQuantity],
    dates: &'a [FoundDate],
}

impl Figures<'_> {
    /// How many figures.
    pub fn quantity_count(&self) -> usize {
        self.quantities.len()
    }

    /// How many date expressions.
    pub fn date_count(&self) -> usize {
        self.dates.len()
    }

    /// How many dates with a year (absolute or partial: "March 4, 2025", "2022").
    pub fn absolute_date_count(&self) -> usize {
        self.dates.iter().filter(|d| d.iso.year.is_some()).count()
    }

    /// Whether a date is a day of a month without its year ("Nov. 6"): the only kind that takes
    /// the article's year in [`Figures::dates`] (see `Iso::in_year`).
    pub fn takes_year(&self) -> bool {
        self.dates
            .iter()
            .any(|d| d.iso.year.is_none() && d.iso.month.is_some() && d.iso.day.is_some())
    }

    /// The figures of `sentence` (the one read), whose first byte is at `base` in the document.
    pub fn quantities(&self, sentence: &str, base: usize) -> Vec<Quantity> {
        self.quantities_after(sentence, base, None)
    }

    /// Like [`Figures::quantities`], after a sentence whose last count counted `earlier` (see
    /// [`Figures::last_count_unit`]): a count whose noun it named ("Eight were pulled from …",
    /// "two of them") takes that noun.
    pub fn quantities_after(
        &self,
        sentence: &str,
        base: usize,
        earlier: Option<&str>,
    ) -> Vec<Quantity> {
        self.quantities
            .iter()
            .map(|q| {
                let mut quantity = quantity(sentence, q, base);
                if q.elided
                    && quantity.unit.is_none()
                    && let Some(noun) = earlier
                {
                    // A designation ("F-16s") keeps its case.
                    let noun = if noun.bytes().any(|b| b.is_ascii_digit()) {
                        noun.to_string()
                    } else {
                        noun.to_lowercase()
                    };
                    let one = quantity.value == 1.0 && quantity.upper.is_none();
                    quantity.unit = Some(if one { singular(&noun) } else { noun });
                    quantity.measure = Some(Measure::Count);
                    quantity.unit_carried = true;
                }
                quantity
            })
            .collect()
    }

    /// The noun the last count of `sentence` (the one read) counts, as written ("buildings"),
    /// if it counts one.
    pub fn last_count_unit<'s>(&self, sentence: &'s str) -> Option<&'s str> {
        self.quantities.iter().rev().find_map(|q| match q.unit {
            Some(UnitText::Word(a, b) | UnitText::AsWritten(a, b))
                if q.measure == Some(Measure::Count) && q.upper.is_none() =>
            {
                Some(&sentence[a as usize..b as usize])
            }
            _ => None,
        })
    }

    /// The date expressions of `sentence` (the one read), at `base` in the document; a day of a
    /// month without its year ("Nov. 6") takes the one year the document gives that day
    /// elsewhere ("Nov. 6, 2020", from `given`) unless the sentence speaks of the future (see
    /// [`tells_the_future`]), or the year a day joined to it takes so ("August 29
    /// and August 30", "Aug. 29 to Aug. 31"), else `year` (the article's), when known.
    pub fn dates(
        &self,
        sentence: &str,
        base: usize,
        year: Option<u32>,
        given: Option<&GivenYears>,
    ) -> Vec<DateRef> {
        let own: Vec<Option<u32>> = match given {
            Some(g) if !tells_the_future(sentence) => {
                self.dates.iter().map(|d| g.year_of(d.iso)).collect()
            }
            _ => vec![None; self.dates.len()],
        };
        (0..self.dates.len())
            .map(|k| {
                let lent = own[k].or_else(|| self.joined_year(sentence, &own, k));
                date_ref(sentence, &self.dates[k], base, lent.or(year))
            })
            .collect()
    }

    /// The year the day before or after date `k` takes from the document (`own`), when the two
    /// are joined as a pair or a span: only "and", "or", "to", "through", "until" or a dash
    /// between them. ("On March 4, the mayor recalled … died on Aug. 29": no pair.)
    fn joined_year(&self, sentence: &str, own: &[Option<u32>], k: usize) -> Option<u32> {
        let yearless = |d: &FoundDate| d.iso.year.is_none() && d.iso.day.is_some();
        if !yearless(&self.dates[k]) {
            return None;
        }
        let joined = |a: &FoundDate, b: &FoundDate| {
            let between = sentence
                .get(a.end as usize..b.start as usize)
                .unwrap_or("")
                .trim();
            matches!(
                between,
                "and" | "or" | "to" | "through" | "until" | "-" | "–" | "—"
            )
        };
        let before = k
            .checked_sub(1)
            .filter(|&j| joined(&self.dates[j], &self.dates[k]));
        let after =
            Some(k + 1).filter(|&j| j < self.dates.len() && joined(&self.dates[k], &self.dates[j]));
        [before, after]
            .into_iter()
            .flatten()
            .find_map(|j| own[j].filter(|_| yearless(&self.dates[j])))
    }
}

fn quantity(sentence: &str, q: &FoundQuantity, base: usize) -> Quantity {
    let (start, end) = (q.start as usize, q.end as usize);
    Quantity {
        value: q.value,
        unit: q.unit.map(|unit| match unit {
            UnitText::Fixed(name) => name.to_string(),
            UnitText::PaidPer(code, per) => format!("{code} per {per}"),
            // "seven buildings, including one under construction": one building.
            UnitText::Word(a, b) if q.carried && q.value == 1.0 && q.upper.is_none() => {
                let word = &sentence[a as usize..b as usize];
                match plural_acronym(word) {
                    Some(one) => one.to_string(),
                    None => singular(&word.to_lowercase()),
                }
            }
            UnitText::Word(a, b) => {
                let word = &sentence[a as usize..b as usize];
                if plural_acronym(word).is_some() {
                    word.to_string()
                } else {
                    word.to_lowercase()
                }
            }
            UnitText::AsWritten(a, b) => sentence[a as usize..b as usize].to_string(),
        }),
        text: sentence[start..end].to_string(),
        start: base + start,
        end: base + end,
        upper: q.upper,
        qualifier: q.qualifier,
        measure: q.measure,
        unit_carried: q.carried,
    }
}

/// "MPs", "CEOs", "SUVs": the plural of an acronym keeps its capitals; its singular ("MP").
fn plural_acronym(word: &str) -> Option<&str> {
    let one = word.strip_suffix('s')?;
    (one.len() >= 2 && one.bytes().all(|b| b.is_ascii_uppercase())).then_some(one)
}

/// The singular of an English plural noun ("buildings" → "building", "casualties" →
/// "casualty", "people" → "person"); a word that is no regular plural stays as it is ("dead",
/// "police", "staff").
fn singular(plural: &str) -> String {
    let irregular = match plural {
        "people" => Some("person"),
        "children" => Some("child"),
        "men" => Some("man"),
        "women" => Some("woman"),
        "feet" => Some("foot"),
        _ => None,
    };
    if let Some(word) = irregular {
        return word.to_string();
    }
    let stem = if let Some(stem) = plural.strip_suffix("ies").filter(|s| s.len() > 1) {
        return format!("{stem}y");
    } else if ["sses", "ches", "shes", "xes", "zzes"]
        .iter()
        .any(|end| plural.ends_with(end))
    {
        &plural[..plural.len() - 2]
    } else if plural.ends_with('s') && !["ss", "us", "is"].iter().any(|end| plural.ends_with(end)) {
        &plural[..plural.len() - 1]
    } else {
        plural
    };
    stem.to_string()
}

fn date_ref(sentence: &str, d: &FoundDate, base: usize, year: Option<u32>) -> DateRef {
    let (start, end) = (d.start as usize, d.end as usize);
    let iso = match year {
        Some(year) => d.iso.in_year(year),
        None => d.iso,
    };
    DateRef {
        text: sentence[start..end].to_string(),
        iso: iso.to_iso(),
        start: base + start,
        end: base + end,
    }
}

#[cfg(test)]
mod tests {
    use super::singular;

    #[test]
    fn singulars_of_counted_nouns() {
        for (plural, one) in [
            ("buildings", "building"),
            ("casualties", "casualty"),
            ("people", "person"),
            ("churches", "church"),
            ("boxes", "box"),
            ("houses", "house"),
            ("dead", "dead"),
            ("police", "police"),
            ("status", "status"),
        ] {
            assert_eq!(singular(plural), one);
        }
    }
}
