//! "Over" is not always "more than": "spending £20 million over two years" (during), "jailed
//! over £4.2m investor fraud" (about, because of). "Over 70 people died" and "over £4.2m was
//! stolen" stay more than. (An age, "most of them over 70", is read by
//! [`super::age::bounded_age`].)

use super::figure::Figure;
use crate::claim::{Measure, Qualifier};
use crate::extract::tokens::{TokKind, Tokens, WordSet};

/// Verbs of a change or a payment spread over a length of time: "rose 5% over three years",
/// "repaid over 25 years" (during; "served over 10 years" is more than).
const SPREAD_VERBS: WordSet = WordSet::new(&[
    "spread",
    "phased",
    "staggered",
    "paid",
    "repaid",
    "repayable",
    "payable",
    "averaged",
    // "an average over 20 years": the window an average is taken over.
    "average",
    "averages",
    "mean",
    "rose",
    "fell",
    "grew",
    "increased",
    "declined",
    "doubled",
    "tripled",
    "halved",
]);

/// Verbs whose length of time "over" overstates: "waited over two hours", "served over 10
/// years", "lasted over a week".
const LENGTH_VERBS: WordSet = WordSet::new(&[
    "lasted", "lasting", "lasts", "last", "took", "take", "takes", "taking", "spent", "spend",
    "spends", "served", "serving", "serve", "waited", "waiting", "wait", "lived", "living", "live",
    "worked", "working", "married", "needed", "needs", "required", "requires", "ran", "running",
]);

/// Words after a length of time that make "over" its lower bound: "over 10 years ago", "over 1300
/// days into his presidency", "over 10 years old".
const AFTER_A_LENGTH: WordSet = WordSet::new(&[
    "ago", "old", "later", "earlier", "into", "before", "after", "since", "longer", "older",
]);

/// "At least 120 people were killed … in El Fasher over two days": after a count, money or a
/// share earlier in the sentence, a length of time after a word of the clause (no function word,
/// no verb of duration such as "waited") is the window the figure was counted in.
fn spans_an_earlier_count(t: &Tokens, earlier: &[Figure], before_over: usize) -> bool {
    t.kind(before_over) == Some(TokKind::Word)
        && !super::figure::is_function_word_any_case(t.str(before_over))
        && !t.is_in(before_over, &LENGTH_VERBS)
        && earlier.iter().any(|g| {
            matches!(
                g.measure,
                Some(Measure::Count | Measure::Money | Measure::Percent)
            )
        })
}

/// Verbs and nouns whose object "over" introduces, as a preposition of the verb: "rules over
/// 3-4 million residents", "presided over 12 trials", "watches over 40 children", "authority
/// over 300 officers" (what is ruled, not more than it).
const OVER_OBJECT: WordSet = WordSet::new(&[
    "rule",
    "rules",
    "ruled",
    "ruling",
    "preside",
    "presides",
    "presided",
    "presiding",
    "watch",
    "watches",
    "watched",
    "watching",
    "reign",
    "reigns",
    "reigned",
    "reigning",
    "govern",
    "governs",
    "governed",
    "lord",
    "lords",
    "lorded",
    "jurisdiction",
    "authority",
    "sovereignty",
    "dominion",
]);

/// Counted spells of time or of a contest, which "over" at the start of a sentence or after
/// a clause that counts something spans: "Over 12 seasons he scored 140 goals", "60% of the
/// vote over three rounds of counting".
const SPELLS: WordSet = WordSet::new(&[
    "seasons",
    "nights",
    "weekends",
    "rounds",
    "terms",
    "semesters",
    "sessions",
    "shifts",
    "quarters",
    "elections",
]);

/// The word ends like a verb's past or its participle ("played", "playing").
fn verb_form(w: &str) -> bool {
    w.ends_with("ed") || w.ends_with("ing")
}

/// Token `k`, right after "Over N spells" at the start of a sentence, ends the phrase before
/// the clause it frames: a comma, or a pronoun or determiner that opens the clause's subject
/// ("Over 12 seasons he scored", not "Over 12 seasons were played").
fn opens_a_clause(t: &Tokens, k: usize) -> bool {
    t.is_punct(k, ',')
        || t.gap(k)
            && t.is_any(
                k,
                &[
                    "he", "she", "they", "we", "it", "i", "you", "the", "a", "an", "his", "her",
                    "their", "its", "our", "this", "these", "those",
                ],
            )
}

/// What an amount of money may be the matter of, as the noun it modifies: "over £4.2m investor
/// fraud", "a row over a $5bn deal" (a figure that modifies a noun is no "more than" one).
const MATTERS: WordSet = WordSet::new(&[
    "fraud",
    "frauds",
    "scam",
    "scams",
    "scheme",
    "swindle",
    "theft",
    "thefts",
    "heist",
    "robbery",
    "embezzlement",
    "bribe",
    "bribes",
    "bribery",
    "deal",
    "deals",
    "contract",
    "contracts",
    "dispute",
    "row",
    "lawsuit",
    "claim",
    "claims",
    "debt",
    "debts",
    "loan",
    "loans",
    "bill",
    "payout",
    "settlement",
    "bonus",
    "bonuses",
    "takeover",
    "bid",
    "sale",
    "scandal",
    "con",
    "ponzi",
]);

/// Places and counted spells that things counted before "over" may be spread across: "downed 71
/// drones over seven regions", "500 stores over 12 countries", "210 games over seven seasons",
/// "300 arrests over four nights" (lengths of time in hours, days, years are read as durations).
const ACROSS: WordSet = WordSet::new(&[
    "regions",
    "region",
    "areas",
    "area",
    "provinces",
    "province",
    "districts",
    "district",
    "oblasts",
    "oblast",
    "territories",
    "cities",
    "towns",
    "villages",
    "counties",
    "municipalities",
    "settlements",
    "countries",
    "states",
    "nations",
    "continents",
    "markets",
    "sites",
    "locations",
    "campuses",
    "floors",
    "seasons",
    "season",
    "nights",
    "weekends",
    "matches",
    "games",
    "fixtures",
    "rounds",
    "innings",
    "races",
    "tournaments",
    "terms",
    "semesters",
    "sessions",
    "shifts",
    "episodes",
    "quarters",
    "elections",
    "campaigns",
]);

/// The words between a count that ends at `count_last` and an "over" after `before_over` keep
/// the count in view: none ("71 drones over"), or a phrase of "of" and up to four words
/// ("40,000 packs of a blood-pressure drug over"), with no other function word nor punctuation.
fn counted_right_before(t: &Tokens, count_last: usize, before_over: usize) -> bool {
    if count_last == before_over {
        return true;
    }
    if !t.is(count_last + 1, "of") || before_over < count_last + 2 || before_over > count_last + 7 {
        return false;
    }
    let phrase = (count_last + 2..=before_over)
        .filter(|&w| !t.is_joining_hyphen(w))
        .all(|w| {
            t.kind(w) == Some(TokKind::Word)
                && (t.is_any(w, &["a", "an", "the"])
                    || !super::figure::is_function_word_any_case(t.str(w)))
        });
    phrase && t.is_lower_word(before_over)
}

/// Drops the "more than" that a lone "over" gave a figure where it means "during" (before a
/// length of time after another figure, a verb of change, or a word of a clause that counts
/// something: "£20 million over two years", "120 people were killed over two days"; at the
/// sentence's start before a comma or the clause's subject, "Over two days, …", "Over 10 years
/// the debt doubled"; and so before a count of spells: "60% of the vote over three rounds",
/// "Over 12 seasons he scored") or
/// "about" (before an amount of money that modifies a noun of a matter: "jailed over £4.2m
/// investor fraud"), or introduces a verb's object ("rules over 3-4 million residents"), or
/// spreads things counted right before it across places or spells ("71 drones over seven
/// regions", "210 games over seven seasons").
pub(super) fn settle_over(t: &Tokens, figures: &mut [Figure]) {
    for k in 0..figures.len() {
        let f = &figures[k];
        if f.qualifier != Some(Qualifier::MoreThan) || f.first == 0 || !t.is(f.first - 1, "over") {
            continue;
        }
        // ("just over", "well over" are hedges of two words, read as more than.)
        let before = f.first.checked_sub(2);
        let hedged = before.is_some_and(|b| t.is_any(b, &["just", "well", "slightly"]));
        if hedged {
            continue;
        }
        // A length of time, or a count of spells ("two weekends", "three rounds").
        let length = f.measure == Some(Measure::Duration);
        let spell = f.measure == Some(Measure::Count) && t.is_in(f.last, &SPELLS);
        let during = (length || spell)
            && !t.is_in(f.last + 1, &AFTER_A_LENGTH)
            && (before.is_some_and(|b| {
                length && (k >= 1 && figures[k - 1].last == b || t.is_in(b, &SPREAD_VERBS))
                    // ("60% of the vote over three rounds", but "played over 200 rounds".)
                    || spans_an_earlier_count(t, &figures[..k], b)
                        && (length || !verb_form(t.str(b)))
            }) || f.first == 1 && opens_a_clause(t, f.last + 1));
        let about = f.measure == Some(Measure::Money) && modifies_a_matter(t, f.last + 1);
        // ("The video was watched over 2 million times" is more than.)
        let object = before.is_some_and(|b| t.is_in(b, &OVER_OBJECT)) && !t.is(f.last + 1, "times");
        // "71 drones over seven regions", "210 games over seven seasons": where or when the
        // counted things were, right after them.
        let across = f.measure == Some(Measure::Count)
            && t.is_in(f.last, &ACROSS)
            && k >= 1
            && figures[k - 1].measure == Some(Measure::Count)
            && before.is_some_and(|b| counted_right_before(t, figures[k - 1].last, b));
        if during || about || object || across {
            figures[k].qualifier = None;
        }
    }
}

/// The words from token `k` are a noun phrase, right after an amount, whose head is a matter:
/// "investor fraud", "Ponzi scheme" (up to three words, no verb nor function word between).
fn modifies_a_matter(t: &Tokens, k: usize) -> bool {
    (k..k + 3)
        .take_while(|&w| t.kind(w) == Some(TokKind::Word) && t.gap(w))
        .take_while(|&w| !super::figure::is_function_word_any_case(t.str(w)))
        .any(|w| t.is_in(w, &MATTERS))
}

#[cfg(test)]
mod tests {
    use super::super::quantities;
    use crate::claim::Qualifier;

    #[test]
    fn over_after_a_verb_of_ruling_is_its_object() {
        // (QA round 16, item 16: "rules over" read as "more than".)
        for s in [
            "The city rules over 3-4 million residents.",
            "The judge presided over 12 trials last year.",
            "Two teachers watch over 40 children.",
            "The agency has authority over 300 officers.",
        ] {
            let found = quantities(s, 0);
            assert_eq!(found[0].qualifier, None, "{s}: {found:?}");
        }
        let found = quantities("Over 3 million residents voted, and the city grew.", 0);
        assert_eq!(found[0].qualifier, Some(Qualifier::MoreThan));
        let found = quantities("The video was watched over 2 million times.", 0);
        assert_eq!(found[0].qualifier, Some(Qualifier::MoreThan));
        let found = quantities("The city has over 3 million residents.", 0);
        assert_eq!(found[0].qualifier, Some(Qualifier::MoreThan));
    }

    #[test]
    fn over_places_after_counted_things_is_where_they_were() {
        // (QA round 18, item B-16.)
        let s = "The ministry said it had downed 71 Ukrainian drones over seven regions overnight.";
        let found = quantities(s, 0);
        assert_eq!(found[1].value, 7.0);
        assert_eq!(found[1].qualifier, None, "{found:?}");
        // Elsewhere "over" a number of places is more than it.
        for s in [
            "Protests were held in over 50 cities.",
            "The virus has spread to over 30 countries.",
            "The storm destroyed 200 homes in over 12 villages.",
        ] {
            let found = quantities(s, 0);
            let last = found.last().unwrap();
            assert_eq!(last.qualifier, Some(Qualifier::MoreThan), "{s}: {found:?}");
        }
    }

    #[test]
    fn over_spells_and_places_after_counted_things_is_across_them() {
        // (QA round 19, item E-6.)
        for (s, value) in [
            ("Keane played 210 games over seven seasons.", 7.0),
            ("Police made 300 arrests over four nights.", 4.0),
            ("The club used 30 players over 38 matches.", 38.0),
            ("The school lost 12 teachers over two terms.", 2.0),
            (
                "The retailer operates 500 stores over 12 countries, the company said.",
                12.0,
            ),
            (
                "The company has also recalled 40,000 packs of a blood-pressure drug over seven \
                 regions of Spain, the regulator said.",
                7.0,
            ),
        ] {
            let found = quantities(s, 0);
            assert_eq!(found[1].value, value, "{s}: {found:?}");
            assert_eq!(found[1].qualifier, None, "{s}: {found:?}");
        }
        // Not right after the counted things, "over" is more than.
        for s in [
            "He has scored 40 goals in over 20 games.",
            "The firm has 500 stores in over 12 countries.",
            "The firm sold 500 stores, over 12 countries.",
            "The firm shipped 40,000 packs of the drug to over 30 countries.",
            "Over 300 people attended 12 matches.",
        ] {
            let found = quantities(s, 0);
            let over = found.iter().find(|q| q.qualifier.is_some());
            assert!(over.is_some(), "{s}: {found:?}");
        }
    }

    #[test]
    fn over_spells_framing_a_clause_is_across_them() {
        // (QA round 20, item J-9.)
        for (s, value) in [
            ("Over 12 seasons he scored 140 goals.", 12.0),
            (
                "Over 12 elections the party's share never fell below 40%.",
                12.0,
            ),
            ("Over two days, the protesters marched.", 2.0),
            ("Over 10 years the debt has doubled.", 10.0),
            (
                "She won over 60% of the vote over three rounds of counting.",
                3.0,
            ),
        ] {
            let found = quantities(s, 0);
            let spell = found.iter().find(|q| q.value == value).unwrap();
            assert_eq!(spell.qualifier, None, "{s}: {found:?}");
        }
        // As the subject, or after a verb that counts them, it is more than.
        for s in [
            "Over 12 seasons were played in the stadium.",
            "He has played over 12 seasons for the club.",
            "She took 60% of the vote, playing over 20 rounds.",
            "Over 12 elections have been held there.",
        ] {
            let found = quantities(s, 0);
            let last = found.last().unwrap();
            assert_eq!(last.qualifier, Some(Qualifier::MoreThan), "{s}: {found:?}");
        }
    }
}
