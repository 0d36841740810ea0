//! The figures and dates of one sentence in compact form: offsets into the sentence and the facts
//! read, with no text copied. The pipeline keeps this for every sentence and makes the public
//! [`Quantity`] and [`DateRef`] (with their strings) only for the sentences it reports.

use crate::claim::{DateRef, Measure, Qualifier, Quantity};
use crate::extract::dates::Iso;

/// Where a figure's unit name comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum UnitText {
    /// A fixed name ("percent", "USD", "years").
    Fixed(&'static str),
    /// The word at these sentence offsets, lower-cased ("drones").
    Word(u32, u32),
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
}

/// A date expression: what [`DateRef`] holds, with offsets in the sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct FoundDate {
    pub start: u32,
    pub end: u32,
    pub iso: Iso,
}

/// The figures and dates found in one sentence (see [`Reader::read`](super::Reader::read)).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    pub(crate) quantities: Vec<FoundQuantity>,
    pub(crate) dates: Vec<FoundDate>,
}

impl Figures {
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

    /// The figures of `sentence` (the one read), whose first byte is at `base` in the document.
    pub fn quantities(&self, sentence: &str, base: usize) -> Vec<Quantity> {
        self.quantities
            .iter()
            .map(|q| quantity(sentence, q, base))
            .collect()
    }

    /// The date expressions of `sentence` (the one read), at `base` in the document.
    pub fn dates(&self, sentence: &str, base: usize) -> Vec<DateRef> {
        self.dates
            .iter()
            .map(|d| date_ref(sentence, d, base))
            .collect()
    }
}

fn quantity(sentence: &str, q: &FoundQuantity, base: usize) -> Quantity {
    let (start, end) = (q.start as usize, q.end as usize);
    Quantity {
        value: q.value,
        unit: q.unit.map(|unit| match unit {
            UnitText::Fixed(name) => name.to_string(),
            UnitText::Word(a, b) => sentence[a as usize..b as usize].to_lowercase(),
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

fn date_ref(sentence: &str, d: &FoundDate, base: usize) -> DateRef {
    let (start, end) = (d.start as usize, d.end as usize);
    DateRef {
        text: sentence[start..end].to_string(),
        iso: d.iso.to_iso(),
        start: base + start,
        end: base + end,
    }
}
