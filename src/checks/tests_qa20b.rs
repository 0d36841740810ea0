//! QA round 20 (testers H and I): contradictions `--checks` missed — survivors broken down by
//! kind, the fates of those on board, a sentence in years and months, a breakdown by "accounted
//! for", shares that should make a whole, a headline's subject with a name before it.

use super::tests::{assert_none, findings, only, summaries, the_one};
use super::{Outcome, Relation};

#[test]
fn survivors_are_people_of_any_kind() {
    // QA round 20, item H-6.
    for text in [
        "SOS Mediterranee, which runs the Ocean Viking, says 47 survivors are on board, among them 12 children, nine women and 29 men.",
        "The ship is carrying 47 survivors, including 12 children, nine women and 29 men.",
        "The Ocean Viking picked up 47 survivors, including 12 children, nine women and 29 men.",
    ] {
        assert_eq!(
            the_one(text, Relation::PartsTotal),
            (
                Outcome::Inconsistent,
                "12 + 9 + 29 = 50 > 47 (the parts exceed the total)".to_string()
            ),
            "{text}"
        );
    }
    assert_eq!(
        the_one(
            "The Ocean Viking picked up 47 survivors, including 12 children and nine women.",
            Relation::PartsTotal
        )
        .0,
        Outcome::Consistent
    );
}

#[test]
fn the_fates_of_those_on_board_add_up() {
    // QA round 20, item H-5.
    for (text, arithmetic) in [
        (
            "Of the 61 people on board, 47 were rescued, eight were found dead and nine remain missing.",
            "47 + 8 + 9 = 64 > 61 (the parts exceed the total)",
        ),
        (
            "Of the 61 people on board, 47 were rescued, eight died and nine are missing.",
            "47 + 8 + 9 = 64 > 61 (the parts exceed the total)",
        ),
        (
            "Of the 61 people on board, 47 were rescued and 16 died.",
            "47 + 16 = 63 > 61 (the parts exceed the total)",
        ),
    ] {
        assert_eq!(
            the_one(text, Relation::PartsTotal),
            (Outcome::Inconsistent, arithmetic.to_string()),
            "{text}"
        );
    }
    assert_eq!(
        the_one(
            "Of the 61 people on board, 47 were rescued, six were found dead and eight remain missing.",
            Relation::PartsTotal
        )
        .0,
        Outcome::Consistent
    );
    // A fate that came later, or one said twice, may count someone twice.
    assert_none(
        &[
            "Of the 61 people on board, 47 were rescued and 16 later died in hospital.",
            "Of the 61 people on board, 47 were rescued, 10 were not rescued and nine remain missing.",
            "Of the 61 people on board, 47 were rescued and 16 were rescued by fishermen.",
            "Of the 61 people on board, 47 were rescued and 16 were injured.",
        ],
        Relation::PartsTotal,
    );
}

#[test]
fn a_sentence_in_years_and_months_adds_up_in_years() {
    // QA round 20, item I-6.
    let text = "Liam Crowther, 27, of Batley, was sentenced at Leeds Crown Court on Wednesday to six years for robbery and 18 months for possession of a bladed article, to run consecutively, a total sentence of eight years.";
    assert_eq!(
        the_one(text, Relation::PartsTotal),
        (
            Outcome::Inconsistent,
            "6 years + 18 months = 7.5 years ≠ 8 years (a complete list)".to_string()
        )
    );
    assert_eq!(
        the_one(
            "He was jailed for six years for robbery and 18 months for possession of a knife, to run consecutively, a total sentence of seven and a half years.",
            Relation::PartsTotal
        )
        .0,
        Outcome::Consistent
    );
    // All in years: written as before.
    assert_eq!(
        the_one(
            "She was jailed for six years for the fraud and two years for the money laundering, to run consecutively, a total sentence of nine years.",
            Relation::PartsTotal
        )
        .1,
        "6 + 2 = 8 ≠ 9 (a complete list)"
    );
}

#[test]
fn named_subjects_that_account_for_a_share_each_add_up() {
    // QA round 20, item I-8.
    for text in [
        "Of the 5,462,148 people counted, Leinster accounted for 3,052,000, Munster 1,480,000, Connacht 610,000 and Ulster 330,000.",
        "Of the 5,462,148 people counted, Leinster accounted for 3,052,000, Munster 1,480,000, Connacht 610,000 and the three Ulster counties 330,000 people.",
    ] {
        assert_eq!(
            the_one(text, Relation::PartsTotal),
            (
                Outcome::Inconsistent,
                "3.052 million + 1.48 million + 610,000 + 330,000 = 5.472 million > 5,462,148 (the parts exceed the total)".to_string()
            ),
            "{text}"
        );
    }
    // Causes may share their cases.
    assert_none(
        &["Of the 500 crashes, speeding accounted for 300, drink-driving 200 and fatigue 100."],
        Relation::PartsTotal,
    );
}

#[test]
fn shares_of_age_bands_that_do_not_overlap_make_at_most_a_whole() {
    // QA round 20, item I-7.
    for text in [
        "Of the population, 18.6% were aged under 15, 65.2% were aged 15 to 64 and 17.1% were aged 65 and over.",
        "In all, 18.6% of the population were aged under 15, 65.2% were aged 15-64 and 17.1% were aged over 64.",
    ] {
        assert_eq!(
            the_one(text, Relation::PartsTotal),
            (
                Outcome::Inconsistent,
                "18.6 + 65.2 + 17.1 = 100.9 % > 100 % (shares of one whole)".to_string()
            ),
            "{text}"
        );
    }
    assert_none(
        &[
            // Adds up; bands that overlap; a base of its own.
            "Of the population, 18.6% were aged under 15, 64.3% were aged 15 to 64 and 17.1% were aged 65 and over.",
            "Of the population, 30.6% were aged under 18, 65.2% were aged 15 to 64 and 17.1% were aged 65 and over.",
            "Some 18.6% of women were aged under 15, 65.2% of men were aged 15 to 64 and 17.1% were aged 65 and over.",
        ],
        Relation::PartsTotal,
    );
    let found = findings(
        "Some 18.6% of the population were aged under 15, 65.2% were aged 15 to 64 and 17.1% were aged 65 and over.",
    );
    // ("Some 18.6%" is read as about 18.6%: within its hedge the shares may make a whole.)
    assert!(
        only(&found, Relation::PartsTotal).is_empty(),
        "{}",
        summaries(&found)
    );
}

#[test]
fn a_headline_subject_after_another_clause_or_a_word_for_the_vote_is_compared() {
    // QA round 20, item H-4: "election turnout" is the turnout; "vote" or "seats" before a
    // semicolon is another clause's word.
    for headline in [
        "Croatia election turnout hits 61%",
        "HDZ wins Croatia vote; turnout hits 61%",
        "Croatia HDZ wins most seats; turnout 61%",
        "Croatia's centre-right HDZ wins most seats but falls short of majority; turnout 61%",
    ] {
        let text = format!("{headline}\n\nTurnout was 58.7%.\n");
        assert_eq!(
            the_one(&text, Relation::SameQuantity),
            (Outcome::Inconsistent, "61% ≠ 58.7% (turnout)".to_string()),
            "{text}"
        );
    }
    // A word that names a part is still one.
    let found = findings("Gaming revenue tops $2 billion\n\nRevenue rose 14% to $4.43 billion.\n");
    assert!(
        only(&found, Relation::SameQuantity).is_empty(),
        "{}",
        summaries(&found)
    );
}

#[test]
fn a_population_headline_is_compared_with_the_body_population() {
    // QA round 20, item I-12.
    assert_eq!(
        the_one(
            "Population tops 5.6 million\n\nThe population rose to 5,462,148 people, preliminary results show.\n",
            Relation::SameQuantity
        ),
        (
            Outcome::Inconsistent,
            "more than 5.6 million ≠ 5,462,148 (population)".to_string()
        )
    );
    assert_eq!(
        the_one(
            "Population tops 5.4 million\n\nThe population rose to 5,462,148 people, preliminary results show.\n",
            Relation::SameQuantity
        )
        .0,
        Outcome::Approximate
    );
    assert_eq!(
        the_one(
            "Population tops 5.6 million\n\nThe population rose 8.1% to 5,462,148, preliminary results show.\n",
            Relation::SameQuantity
        )
        .0,
        Outcome::Inconsistent
    );
    // A region's population is not the whole's.
    let found =
        findings("Population tops 5.6 million\n\nLeinster's population grew 9.4% to 3,052,000.\n");
    assert!(
        only(&found, Relation::SameQuantity).is_empty(),
        "{}",
        summaries(&found)
    );
    // People counted otherwise are the toll's; a population's figure beside a count of people
    // is no population.
    for text in [
        "Population tops 5.6 million\n\nSome 5,462,148 people were evacuated.\n",
        "Population tops 5.6 million\n\nIn a town with a population of 5,000, 300 people were hurt.\n",
    ] {
        let found = findings(text);
        assert!(
            only(&found, Relation::SameQuantity).is_empty(),
            "{}",
            summaries(&found)
        );
    }
}
