//! Figures in a sentence: digits with separators and decimals, percentages, basis points, money,
//! number words, ages, magnitudes, ranges, and the counted noun.
//!
//! The sentence is cut into tokens only when a cheap byte test finds a digit or a number word;
//! dates and clock times are found first (by [`crate::extract::dates`]) and left out, so "March 4,
//! 2025", "in 1970" and "0830 UTC" are never counts. A figure without a noun beside it takes the
//! unit of the figure it is tied to ("55 of 75 confirmed dead", "from 9.5 to 20 percent") or of
//! the nearest count before it in the sentence ("181 drones …, shot down 115").

mod age;
mod citation;
mod compact;
mod figure;
mod fraction;
mod harm;
mod labels;
mod multiplier;
mod names;
mod numeral;
mod over;
mod pvalue;
mod qualifier;
mod racetime;
mod range;
mod ratio;
mod respectively;
mod scoreline;
mod sign;
mod telephone;
mod units;
pub(crate) mod words;

use crate::claim::{DateRef, Measure, Quantity};
use crate::extract::dates;
use crate::extract::tokens::{
    CALENDAR_WORD, NUMBER_WORD, RELATIVE_WORD, TokKind, TokenBuffer, Tokens, WordSet,
    letter_run_class, may_start_number_word, word_spans,
};
pub(crate) use citation::in_citation;
pub use compact::{Figures, Found, FoundEnd};
use compact::{FoundDate, FoundQuantity, UnitText};
use figure::Figure;
pub(crate) use names::street_number;
use units::UnitName;
pub(crate) use units::{counts_a_plural, measures};

/// The figures in `sentence`, whose first byte is at `base` in the document; offsets in the
/// result are document offsets.
pub fn quantities(sentence: &str, base: usize) -> Vec<Quantity> {
    if !may_hold_a_figure(sentence) || u32::try_from(sentence.len()).is_err() {
        return Vec::new();
    }
    let tokens = Tokens::new(sentence);
    // Only a date with a digit ("March 4, 2025") or "ago" ("three days ago") can hide a figure.
    let mut spans = Vec::new();
    if has_digit(sentence.as_bytes()) || sentence.contains("ago") {
        dates::scan(&tokens, &mut spans);
    }
    let mut figures = Vec::new();
    figure::scan(&tokens, &spans, &mut figures);
    over::settle_over(&tokens, &mut figures);
    carry_units(&tokens, &mut figures);
    drop_pronoun_one(&tokens, &mut figures);
    share_rate_bases(&tokens, &mut figures);
    let mut found = Found::default();
    found
        .quantities
        .extend(figures.iter().map(|f| compact(&tokens, f)));
    found
        .figures(FoundEnd::default(), found.end())
        .quantities(sentence, base)
}

/// The sentence holds an ASCII digit (a branch-free fold the compiler vectorises).
pub(crate) fn has_digit(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .fold(false, |found, b| found | b.is_ascii_digit())
}

/// The runs of ASCII letters in `bytes`, in order: the words the cheap pre-filters look at.
pub(crate) fn ascii_words(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    word_spans(bytes).map(|(start, len)| &bytes[start..start + len])
}

/// The figures and the dates of `sentence` in one pass, as the pipeline reports them (no
/// figure inside a date): what [`quantities`] and [`dates::dates`] give, for about the cost of
/// one.
pub fn with_dates(sentence: &str, base: usize) -> (Vec<Quantity>, Vec<DateRef>) {
    let mut found = Found::default();
    Reader::default().read(sentence, &mut found);
    let figures = found.figures(FoundEnd::default(), found.end());
    (
        figures.quantities(sentence, base),
        figures.dates(sentence, base, None, None),
    )
}

/// Reads the figures and dates of sentence after sentence, reusing its buffers.
#[derive(Debug, Default)]
pub struct Reader {
    tokens: TokenBuffer,
    spans: Vec<dates::Span>,
    figures: Vec<Figure>,
}

impl Reader {
    /// Reads the figures and dates of `sentence`, as [`with_dates`] gives them, after those
    /// already in `found`. The sentence is cut into tokens only when a cheap byte test finds a
    /// digit, a number word, a month or weekday name or a relative date word.
    pub fn read(&mut self, sentence: &str, found: &mut Found) {
        let (figure, date) = hints(sentence);
        // Offsets are kept in 32 bits: a "sentence" of 4 GiB is no prose to read figures in.
        if !figure && !date || u32::try_from(sentence.len()).is_err() {
            return;
        }
        let tokens = Tokens::reuse(sentence, std::mem::take(&mut self.tokens));
        let first_date = found.dates.len();
        self.spans.clear();
        // Every date that can hide a figure holds a digit or "ago", which `date` looks for.
        if date {
            dates::scan(&tokens, &mut self.spans);
        }
        // Plain loops rather than `extend`: most sentences add nothing, and an `extend` of a
        // filter costs more to set up than to run.
        for span in &self.spans {
            if let dates::SpanKind::Date(iso) = span.kind {
                found.dates.push(FoundDate {
                    start: tokens.toks[span.first].start as u32,
                    end: tokens.toks[span.last].end as u32,
                    iso,
                });
            }
        }
        if figure {
            self.figures.clear();
            figure::scan(&tokens, &self.spans, &mut self.figures);
            over::settle_over(&tokens, &mut self.figures);
            carry_units(&tokens, &mut self.figures);
            drop_pronoun_one(&tokens, &mut self.figures);
            share_rate_bases(&tokens, &mut self.figures);
            for f in &self.figures {
                let q = compact(&tokens, f);
                let dates = &found.dates[first_date..];
                if !dates.iter().any(|d| q.start < d.end && d.start < q.end) {
                    found.quantities.push(q);
                }
            }
        }
        self.tokens = tokens.into_buffer();
    }
}

/// Whether `sentence` may hold a figure and whether it may hold a date, from one look at its
/// bytes: a digit may be either; else a number word (or a fraction, "half") may be a figure, and a month or
/// weekday name or a relative date word ("yesterday", "last week", "ago") a date.
fn hints(sentence: &str) -> (bool, bool) {
    let bytes = sentence.as_bytes();
    if has_digit(bytes) {
        return (true, true);
    }
    let (mut figure, mut date) = (false, false);
    let mut previous: &[u8] = &[];
    let mut previous_opens_period = false;
    for (start, len) in word_spans(bytes) {
        // The class from the first two letters and the length; most words have none, and
        // matter only after a relative date word ("last week"). The articles, which only
        // the figure scanner needs, are no hint.
        let second = bytes.get(start + 1).copied().unwrap_or(0);
        let class = letter_run_class(bytes[start], second, len);
        if class == 0 && !previous_opens_period {
            continue;
        }
        let word = &bytes[start..start + len];
        if !figure && class & NUMBER_WORD != 0 {
            figure = is_number_word(word);
        }
        if !date && (class & (RELATIVE_WORD | CALENDAR_WORD) != 0 || previous_opens_period) {
            date = dates::starts_date(previous, word);
        }
        if figure && date {
            break;
        }
        previous = word;
        // A period ("week") starts a date only after a word that opens one ("last week"); after
        // any other word, `starts_date` holds for the next word only if it holds whatever came
        // before it, which that word's own class says.
        previous_opens_period = class & RELATIVE_WORD != 0 && dates::opens_a_period(word);
    }
    (figure, date)
}

/// A number word or a fraction ("half", "third", "quarter"), in any case (ASCII letters).
#[inline]
fn is_number_word(word: &[u8]) -> bool {
    if !may_start_number_word(word) {
        return false;
    }
    // The filter admits no word longer than nine letters. Lower-cased byte by byte into a
    // fixed buffer: a copy of a slice of any length would call `memcpy`, which costs more
    // than these few bytes.
    let mut buf = [0u8; 9];
    for (lower, &b) in buf.iter_mut().zip(word) {
        *lower = b.to_ascii_lowercase();
    }
    let lower = &buf[..word.len().min(9)];
    words::number_word(lower).is_some() || fraction::denominator(lower).is_some()
}

/// A digit, or a word that may be a number word, appears in the sentence.
fn may_hold_a_figure(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    has_digit(bytes) || ascii_words(bytes).any(is_number_word)
}

/// Whether `f` may lend its unit to the bare figure `to` after it in the sentence: a count, a
/// percentage or money to any; a rate only to a figure set against it or to an interval ("fell
/// to 23.6 per 100,000 from 32.6"), not to a count told beside it.
fn lends_its_unit(t: &Tokens, f: &Figure, to: &Figure) -> bool {
    let lends = match f.measure {
        Some(Measure::Count | Measure::Percent | Measure::PercentagePoints | Measure::Money) => {
            true
        }
        Some(Measure::Rate) => to.compared,
        // "odds ratio 2.87; 95% confidence interval 2.41 to 3.42": a ratio to its interval.
        Some(Measure::Ratio) => to.upper.is_some(),
        // "median age was 4 years (interquartile range 1 to 9)": an age to its spread.
        Some(Measure::Age) => to.upper.is_some() && age::spread_named_before(t, to.first),
        _ => false,
    };
    lends && f.unit.is_some() && !f.lends_nothing
}

/// `f` stands in a relative clause set off by commas that closes before `to`: "Arsenal, who had
/// won their previous five league matches, are second on 36" (36 counts no matches).
fn in_closed_relative_clause(t: &Tokens, f: &Figure, to: &Figure) -> bool {
    let comma = |k: usize| t.is_punct(k, ',');
    let opened = (0..f.first)
        .rev()
        .find(|&k| comma(k))
        .is_some_and(|c| t.is_any(c + 1, &["who", "which", "whose", "where"]));
    // (A comma before a figure lists it: "some 40, 45, 50 billion dollars".)
    let closes = |k: usize| comma(k) && t.kind(k + 1) != Some(TokKind::Digits);
    opened && (f.last + 1..to.first).any(closes)
}

/// Prepositions before a count that is the frame of another ("48,000 runners from 158
/// countries", "245 in their 50 overs", "87 off 102 balls").
const BASE_PREPOSITIONS: WordSet = WordSet::new(&["in", "from", "off", "across", "within"]);

/// `f` stands after a preposition of [`BASE_PREPOSITIONS`] (and a determiner or a hedge). A
/// count there frames what another figure counts, so a bare figure later in the sentence counts
/// what that one does, not its noun ("…, and 46,912 finished" are runners, not countries).
fn after_base_preposition(t: &Tokens, f: &Figure) -> bool {
    let start = qualifier::qualifier_span(t, f.first).map_or(f.first, |(_, at)| at);
    let Some(mut k) = start.checked_sub(1) else {
        return false;
    };
    if t.is_any(
        k,
        &[
            "the", "their", "his", "her", "its", "our", "my", "your", "these", "those",
        ],
    ) {
        let Some(before) = k.checked_sub(1) else {
            return false;
        };
        k = before;
    }
    t.is_in(k, &BASE_PREPOSITIONS)
}

/// Gives a unit to figures that have none beside them: from the figure they are tied to ("55 of
/// 75 dead", "from 9.5 to 20 percent"), else from the nearest earlier figure that counts
/// something ("181 drones fired …, shot down 115").
fn carry_units(t: &Tokens, figures: &mut [Figure]) {
    for k in 0..figures.len() {
        // (A match result counts nothing: "in a 10-2 vote".)
        // (Nor does a figure that lends nothing borrow: "P<0.001" is no percentage.)
        if figures[k].unit.is_some()
            || figures[k].lends_nothing
            || figures[k].indefinite
            || figures[k].measure == Some(Measure::Score)
            || harm::group_size(t, figures[k].first)
        {
            continue;
        }
        // (A figure tied to one without a unit of its own looks back as that one will: "Of 300
        // patients, 120 ± 15 recovered" counts patients on both sides of the margin.)
        let tied = figures[k].tied_to_next && k + 1 < figures.len();
        let source = if tied && figures[k + 1].unit.is_some() {
            Some(k + 1)
        } else if let Some(j) = standings_gap_source(t, figures, k) {
            Some(j)
        } else if let Some(j) = compared_past_its_base(t, figures, k) {
            Some(j)
        } else {
            // ("1,412,806 votes (51.3%) to Caldwell's 1,298,440": a figure in brackets restates
            // the one before it; a figure outside them looks past it.)
            let aside = |f: &Figure| {
                t.is_punct(f.first.wrapping_sub(1), '(') && t.is_punct(f.last + 1, ')')
            };
            (0..k)
                .rev()
                .filter(|&j| aside(&figures[k]) || !aside(&figures[j]))
                .find(|&j| {
                    // (Money and shares frame nothing: "from roughly $8 thousand up to
                    // twenty-five" is money.)
                    let frames = figures[j].measure == Some(Measure::Count)
                        && after_base_preposition(t, &figures[j])
                        && !after_base_preposition(t, &figures[k]);
                    lends_its_unit(t, &figures[j], &figures[k]) && !frames
                })
                .filter(|&j| !in_closed_relative_clause(t, &figures[j], &figures[k]))
        };
        // ("killed 1 and injured 2": each toll is its own person or people.)
        let source = source.filter(|&j| !(figures[k].harmed && figures[j].harmed));
        // "when there were 28": what there were is things, never an amount of money or a share.
        let source = source.filter(|&j| {
            figures[j].measure == Some(Measure::Count) || !existential(t, figures[k].first)
        });
        // ("… reported cases …: 37 and 22 respectively": no figure before to lend one.)
        if source.is_none()
            && !figures[k].harmed
            && let Some(noun) = respectively::listed_noun(t, figures, k)
        {
            let f = &mut figures[k];
            f.unit = Some(UnitName::Token(noun));
            f.measure = Some(Measure::Count);
            f.carried = true;
            continue;
        }
        if let Some(j) = source {
            let (unit, measure) = (figures[j].unit, figures[j].measure);
            // A percentage never passes to a figure that cannot be one.
            if measure == Some(Measure::Percent) && figures[k].value > 100.0 {
                continue;
            }
            let f = &mut figures[k];
            f.unit = unit;
            f.measure = measure;
            f.carried = true;
        } else if figures[k].harmed {
            // "Russian drones killed 3": people.
            let f = &mut figures[k];
            let one = f.value == 1.0 && f.upper.is_none();
            f.unit = Some(UnitName::Fixed(if one { "person" } else { "people" }));
            f.measure = Some(Measure::Count);
            f.carried = true;
        }
    }
}

/// The figure at `first` follows "there were", "there are", "there have been" and the like: it
/// counts things.
fn existential(t: &Tokens, first: usize) -> bool {
    let be = |k: usize| t.is_any(k, &["were", "are", "was", "is", "be", "been"]);
    (first >= 2 && be(first - 1) && t.is(first - 2, "there"))
        || (first >= 3 && t.is(first - 1, "been") && t.is(first - 3, "there"))
}

/// Words after a pronoun "one" that close its clause: "who had suffered one before".
const AFTER_PRONOUN_ONE: WordSet = WordSet::new(&[
    "before",
    "again",
    "already",
    "too",
    "either",
    "yet",
    "earlier",
    "since",
    "recently",
    "previously",
    "themselves",
    "himself",
    "herself",
    // "we are closer to one than we were": a pronoun compared.
    "than",
]);

/// "in people who had already suffered one," (a heart attack): a "one" that ends its clause
/// with no noun, and takes no count from another figure of the sentence, stands for a thing
/// named before it, not a figure (never "1 percent" borrowed from "31%"). "killed one" and
/// "arrested two men and charged one" stay counts.
fn drop_pronoun_one(t: &Tokens, figures: &mut Vec<Figure>) {
    let pronoun = |f: &Figure| {
        let bare = f.first == f.last && t.is(f.first, "one") && f.upper.is_none();
        let closes = f.last + 1 >= t.len()
            || t.kind(f.last + 1) == Some(TokKind::Punct) && !t.is_punct(f.last + 1, '%')
            || t.is_in(f.last + 1, &AFTER_PRONOUN_ONE);
        let counted = matches!(
            f.measure,
            Some(m) if !matches!(
                m,
                Measure::Percent | Measure::PercentagePoints | Measure::Money | Measure::Rate
            )
        );
        bare && closes && !counted && !f.harmed && f.qualifier.is_none()
    };
    figures.retain(|f| !pronoun(f));
}

/// "on 29 points from 13 games, three behind leaders Liverpool": a bare gap in a table
/// ("behind", "ahead", "clear", "adrift") counts the points an earlier figure of the sentence
/// counts, not the games or matches nearer to it.
fn standings_gap_source(t: &Tokens, figures: &[Figure], k: usize) -> Option<usize> {
    if !t.is_in(figures[k].last + 1, &units::GAP_WORDS) {
        return None;
    }
    (0..k).rev().find(|&j| {
        let points = match figures[j].unit {
            Some(UnitName::Token(p)) => t.is_any(p, &["points", "point", "pts"]),
            Some(UnitName::Fixed(name)) => name == "percentage points",
            _ => false,
        };
        points && lends_its_unit(t, &figures[j], &figures[k])
    })
}

/// "61 points from 30 games, two more than Enfield", "12 goals in 10 games, two fewer than
/// Kane", "27 goals in 44 games, the most since Dave Curran's 29": a bare figure compared
/// ("more", "fewer" or "less than") or someone else's tally counts what the figure before a base
/// counts ("from", "in" or "over" 30 games), not the base nearer to it.
fn compared_past_its_base(t: &Tokens, figures: &[Figure], k: usize) -> Option<usize> {
    let after = figures[k].last + 1;
    let compared = t.is_any(after, &["more", "fewer", "less"]) && t.is(after + 1, "than");
    if !(compared || tally_of_another(t, figures[k].first)) || k < 2 {
        return None;
    }
    let (counted, base) = (&figures[k - 2], &figures[k - 1]);
    let between = counted.last + 1;
    let paired = base.first == between + 1 && t.is_any(between, &["from", "in", "over"]);
    (paired
        && base.unit.is_some()
        && lends_its_unit(t, counted, &figures[k])
        && lends_its_unit(t, base, &figures[k]))
    .then_some(k - 2)
}

/// The bare figure at `first` is someone's tally: after a possessive ("Dave Curran's 29",
/// "Jones' 29") or a record ("a record of 29").
fn tally_of_another(t: &Tokens, first: usize) -> bool {
    let Some(before) = first.checked_sub(1) else {
        return false;
    };
    let glued = |k: usize| !t.gap(k);
    let possessive =
        t.str(before) == "s" && glued(before) && before >= 1 && t.is_apostrophe(before - 1)
            || t.is_apostrophe(before)
                && glued(before)
                && before >= 1
                && t.str(before - 1).ends_with('s');
    possessive || before >= 1 && t.is(before, "of") && t.is_any(before - 1, &["record", "tally"])
}

/// "23.6 per 100,000 people from 32.6 per 100,000": a rate whose base names no noun has the
/// base of an earlier rate on the same number ("per 100,000 people"), as a reader takes it.
fn share_rate_bases(t: &Tokens, figures: &mut [Figure]) {
    for k in 1..figures.len() {
        let Some(UnitName::Designation(per, end)) = figures[k].unit else {
            continue;
        };
        if figures[k].measure != Some(Measure::Rate) || !t.is(per, "per") {
            continue;
        }
        let base = &t.text[t.toks[per].start..t.toks[end].end];
        let named = (0..k).rev().find_map(|j| match figures[j].unit {
            Some(UnitName::Designation(a, b)) if figures[j].measure == Some(Measure::Rate) => {
                let p = (a..=b).find(|&p| t.is(p, "per"))?;
                let earlier = &t.text[t.toks[p].start..t.toks[b].end];
                let noun = earlier.strip_prefix(base)?;
                noun.starts_with(' ').then_some(UnitName::Designation(p, b))
            }
            _ => None,
        });
        if let Some(name) = named {
            figures[k].unit = Some(name);
            figures[k].carried = true;
        }
    }
}

/// `v` to 15 significant digits, which is all a written figure has: the float noise of a scale
/// ("$8.2 million" is 8.2 × 10⁶ = 8199999.999999999) goes, and JSON gives 8200000.
fn as_written(v: f64) -> f64 {
    if v.fract() == 0.0 || !v.is_finite() {
        return v;
    }
    format!("{v:.14e}").parse().unwrap_or(v)
}

/// The compact form of a figure.
fn compact(t: &Tokens, f: &Figure) -> FoundQuantity {
    FoundQuantity {
        start: t.toks[f.first].start as u32,
        end: t.toks[f.last].end as u32,
        value: as_written(f.value),
        upper: f.upper.map(as_written),
        unit: f.unit.map(|name| match name {
            UnitName::Fixed(s) => UnitText::Fixed(s),
            UnitName::PaidPer(code, per) => UnitText::PaidPer(code, per),
            UnitName::Token(k) => UnitText::Word(t.toks[k].start as u32, t.toks[k].end as u32),
            UnitName::Compound(a, b) => {
                UnitText::Word(t.toks[a].start as u32, t.toks[b].end as u32)
            }
            UnitName::Designation(a, b) => {
                UnitText::AsWritten(t.toks[a].start as u32, t.toks[b].end as u32)
            }
        }),
        qualifier: f.qualifier,
        measure: f.measure,
        carried: f.carried,
        elided: f.elided && f.unit.is_none(),
    }
}

#[cfg(test)]
mod tests;
