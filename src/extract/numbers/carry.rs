//! The noun of a bare figure: a figure without a noun beside it takes the unit of the figure it
//! is tied to ("55 of 75 confirmed dead", "from 9.5 to 20 percent") or of the nearest count
//! before it in the sentence ("181 drones …, shot down 115"), within the limits set here; and
//! the pronoun "one" is no figure.

use super::figure::Figure;
use super::units::{self, UnitName};
use super::{age, harm, qualifier, respectively};
use crate::claim::Measure;
use crate::extract::quotes::roles;
use crate::extract::tokens::{TokKind, Tokens, WordSet, is_function_word};

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
        Some(Measure::Age) => {
            to.upper.is_some() && age::spread_named_before(t, to.first)
                // "The retirement age of 67 will rise to 68": the age it changes to.
                || to.first > f.last + 2
                    && t.is(to.first - 1, "to")
                    && t.is_in(to.first - 2, &CHANGE_WORDS)
                    && (1.0..=120.0).contains(&to.value)
                    && to.qualifier.is_none()
        }
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
pub(super) fn carry_units(t: &Tokens, figures: &mut [Figure]) {
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
        // ("shots 16, shots on target 7": a statistic's label names what it counts.)
        if let Some((a, b)) = stat_label(t, &figures[k]) {
            let f = &mut figures[k];
            f.unit = Some(if a == b {
                UnitName::Token(a)
            } else {
                UnitName::Designation(a, b)
            });
            f.measure = Some(Measure::Count);
            continue;
        }
        // (A figure tied to one without a unit of its own looks back as that one will: "Of 300
        // patients, 120 ± 15 recovered" counts patients on both sides of the margin.)
        let tied = figures[k].tied_to_next && k + 1 < figures.len();
        let source = if tied && figures[k + 1].unit.is_some() {
            Some(k + 1)
        } else if let Some(j) = restated_age(t, figures, k) {
            Some(j)
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
                    // ("… and the three Ulster counties 330,000": a count right before the
                    // figure names whose figure it is, not what it counts.)
                    let names_its_owner = figures[j].measure == Some(Measure::Count)
                        && figures[j].last + 1 == figures[k].first
                        && figures[j].unit.is_some_and(|u| u.first_token().is_some());
                    lends_its_unit(t, &figures[j], &figures[k]) && !frames && !names_its_owner
                })
                .filter(|&j| !in_closed_relative_clause(t, &figures[j], &figures[k]))
        };
        // ("ayes 312, noes 298, absent 26": 26 is not ayes, nor noes.)
        let source = source.filter(|&j| {
            !(own_label_before(t, &figures[k]) && stat_label(t, &figures[j]).is_some())
        });
        // ("killed 1 and injured 2": each toll is its own person or people.)
        let source = source.filter(|&j| !(figures[k].harmed && figures[j].harmed));
        // ("rose by 40% to 22", "fell 8%, from 50 to 46": the levels of a change in percent.)
        let source = source.filter(|&j| !level_of_a_percent_change(t, &figures[j], &figures[k]));
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
        if let Some(j) = source
            && people_under_an_age(t, &figures[j], &figures[k])
        {
            let f = &mut figures[k];
            f.unit = Some(UnitName::Fixed("years"));
            f.measure = Some(Measure::Age);
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

/// "Possession 39%, shots 16, shots on target 7, corners 6": a bare figure that closes an item
/// of a list (a comma, a colon, a semicolon, "and" or the sentence's start before it; a comma,
/// a semicolon, the end or "and" and the next label after it) after a label of up to three
/// lower-case words, one of them a plural noun, counts what the label names ("ayes 312, noes
/// 298 and abstentions 14"; "no votes 298"). The label's first and last tokens.
fn stat_label(t: &Tokens, f: &Figure) -> Option<(usize, usize)> {
    let b = f.first.checked_sub(1)?;
    let plain = |k: usize| {
        t.kind(k) == Some(TokKind::Word)
            && t.gap(k)
            && t.bytes(k).first().is_some_and(u8::is_ascii_lowercase)
    };
    if !plain(b) || is_function_word(t.str(b)) || f.qualifier.is_some() {
        return None;
    }
    let closes =
        f.last + 1 >= t.len() || t.is_punct(f.last + 1, ',') || t.is_punct(f.last + 1, ';');
    let ends = f.last + 2 >= t.len() && t.is_punct(f.last + 1, '.');
    let next_label = t.is(f.last + 1, "and") && plain(f.last + 2);
    if !(closes || ends || next_label) {
        return None;
    }
    let mut a = b;
    while a > 0 && b - a < 2 && plain(a - 1) && !t.is(a - 1, "and") {
        a -= 1;
    }
    // ("noes 298 and abstentions 14": "and" after a labelled item; "the Greens six and
    // independents four" gaps a verb, and the last item counts what the others do.)
    let after_an_item =
        |k: usize| k >= 2 && t.kind(k - 1) == Some(TokKind::Digits) && t.gap(k - 1) && plain(k - 2);
    let opened = a == 0
        || t.is_punct(a - 1, ',')
        || t.is_punct(a - 1, ':')
        || t.is_punct(a - 1, ';')
        || t.is(a - 1, "and") && after_an_item(a - 1);
    let counted = (a..=b).any(|k| units::counts_a_plural(t, k));
    // ("no votes 298": "no" opens a label of more words.)
    let first = !is_function_word(t.str(a)) || a < b && t.is(a, "no");
    (opened && counted && first).then_some((a, b))
}

/// A lower-case word other than a function word stands right before the bare `f`, and a list's
/// comma, semicolon or "and" before it: the figure's own label, as in a statistics line ("…,
/// absent 26"), so a figure another label named lends it nothing ("the keeper saved 12" may
/// borrow).
fn own_label_before(t: &Tokens, f: &Figure) -> bool {
    let Some(b) = f.first.checked_sub(1) else {
        return false;
    };
    let word = |k: usize| t.is_lower_word(k) && !is_function_word(t.str(k));
    let opens = |k: usize| t.is_punct(k, ',') || t.is_punct(k, ';') || t.is(k, "and");
    t.gap(f.first) && word(b) && b >= 1 && (opens(b - 1) || b >= 2 && word(b - 1) && opens(b - 2))
}

/// "12 of the 40 suspects were under 18", "200 of the MPs were under 40": a whole number up to
/// 120 that "were under" or "are over" bounds, after a count of people, is their age, not a cap on how many they were.
fn people_under_an_age(t: &Tokens, lender: &Figure, to: &Figure) -> bool {
    let whole = to.value.fract() == 0.0 && (1.0..=120.0).contains(&to.value);
    if !whole || to.upper.is_some() || to.first < 2 {
        return false;
    }
    let bound = to.first - 1;
    if !t.is_any(bound, &["under", "over"])
        || !t.is_any(bound - 1, &["were", "are", "was", "is", "be", "been"])
    {
        return false;
    }
    let Some(UnitName::Token(noun)) = lender.unit else {
        return false;
    };
    let mut buf = [0u8; 24];
    let Some(w) = crate::extract::tokens::lower(t.str(noun), &mut buf) else {
        return false;
    };
    let one = w.strip_suffix('s').unwrap_or(w);
    // ("About 200 of the MPs were under 40": a role's holders, or a group, are people too.)
    matches!(w, "people" | "men" | "women" | "children")
        || units::is_person_noun(one)
        || roles::is_role(one)
        || roles::is_group(w)
}

/// Words of a change told before its size: "rose by 40%", "fell 8%", "down 2.7%".
const CHANGE_WORDS: WordSet = WordSet::new(&[
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "grew",
    "grow",
    "grows",
    "grown",
    "growing",
    "increased",
    "increase",
    "increases",
    "decreased",
    "decrease",
    "decreases",
    "declined",
    "decline",
    "declines",
    "dropped",
    "drop",
    "drops",
    "jumped",
    "climbed",
    "slipped",
    "dipped",
    "surged",
    "soared",
    "plunged",
    "tumbled",
    "slumped",
    "gained",
    "shrank",
    "edged",
    "eased",
    "up",
    "down",
    "upward",
    "downward",
    "raise",
    "raised",
    "raises",
    "lowered",
    "lower",
]);

/// `lender` is a percentage told as a change ("rose by 40%", "fell 8%", "down 2.7%") and the
/// bare `to` after it is a level the change ran from or to ("to 22", "from 15 to 22"): that
/// level counts what changed, never percent (a level in percent writes its own sign).
fn level_of_a_percent_change(t: &Tokens, lender: &Figure, to: &Figure) -> bool {
    if lender.measure != Some(Measure::Percent) || to.first <= lender.last {
        return false;
    }
    let start = qualifier::qualifier_span(t, to.first).map_or(to.first, |(_, at)| at);
    if !start
        .checked_sub(1)
        .is_some_and(|p| t.is_any(p, &["to", "from"]))
    {
        return false;
    }
    let Some(mut before) = lender.first.checked_sub(1) else {
        return false;
    };
    if t.is(before, "by") && before > 0 {
        before -= 1;
        if t.is_any(before, &["up", "down", "upward", "downward"]) && before > 0 {
            before -= 1;
        }
    }
    t.is_in(before, &CHANGE_WORDS)
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
pub(super) fn drop_pronoun_one(t: &Tokens, figures: &mut Vec<Figure>) {
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

/// "The average age … was 27 last year. It is 24.6 now.": a bare figure that "it is" or "it
/// was" gives, right after an age, is that age again (the count before the age lends nothing).
fn restated_age(t: &Tokens, figures: &[Figure], k: usize) -> Option<usize> {
    let f = &figures[k];
    let start = qualifier::qualifier_span(t, f.first).map_or(f.first, |(_, at)| at);
    let it =
        start >= 2 && t.is_any(start - 1, &["is", "was"]) && t.is_any(start - 2, &["it", "It"]);
    let j = k.checked_sub(1)?;
    (it && figures[j].measure == Some(Measure::Age) && (1.0..=120.0).contains(&f.value))
        .then_some(j)
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
