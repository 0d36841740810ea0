//! QA round 19 (tester F, items 8–12): the rounding of stated levels in a change, the labels
//! of "the rest" in a part of a whole, "Among those who were killed", shares of one whole and
//! other changes and breakdowns that were missed.

use super::tests::{findings, only, summaries, the_one};
use super::{Outcome, Relation};

#[test]
fn a_change_is_weighed_within_the_rounding_of_its_levels() {
    // QA round 19, item F-8: $2.1 billion and $1.9 billion allow 5.1–16.2 %.
    for text in [
        "Revenue climbed 12% to $2.1 billion from $1.9 billion.",
        "Revenue was $2.1 billion, up 12% from $1.9 billion.",
        "Revenue climbed to $2.1 billion (up 12%) from $1.9 billion a year earlier.",
        "Net sales rose 12% to SEK 2.1 billion from SEK 1.9 billion.",
        "Net sales rose 8.5% to $21.3 billion from $19.7 billion.",
        "Exports rose 12% to 2.1 million tonnes from 1.9 million tonnes.",
    ] {
        let found = findings(text);
        let change = only(&found, Relation::Change);
        assert_eq!(change.len(), 1, "{text}\n{}", summaries(&found));
        assert_eq!(change[0].result, Outcome::Approximate, "{text}");
        let tolerance = change[0].tolerance.clone().unwrap_or_default();
        assert!(tolerance.contains("is rounded: ±0.05 "), "{tolerance}");
    }
    // Outside what the rounding allows: still ✗.
    for text in [
        "Net sales rose 7% to $21.3 billion from $19.7 billion.",
        "Net sales rose 4% to SEK 21.3 billion ($2.03 billion) from SEK 19.7 billion.",
        "Profit rose 15% to 5.2 billion crowns ($495 million) from 4.9 billion crowns.",
        "Revenue rose 10% to $110 billion from $90 billion.",
    ] {
        assert_eq!(
            the_one(text, Relation::Change).0,
            Outcome::Inconsistent,
            "{text}"
        );
    }
}

#[test]
fn the_rest_of_a_whole_is_named_from_the_parts_own_clause() {
    // QA round 19, item F-9.
    let part = |text: &str| the_one(text, Relation::PartOfWhole);
    assert_eq!(
        part("Jurors convicted him on seven of the 12 counts and acquitted him on five."),
        (
            Outcome::Consistent,
            "7 + 5 = 12 = 12 (convicted + acquitted should make the whole)".to_string()
        )
    );
    assert_eq!(
        part("Police have identified 50 of their 95 suspects; 40 remain unidentified."),
        (
            Outcome::Inconsistent,
            "50 + 40 = 90 ≠ 95 (identified + not identified should make the whole)".to_string()
        )
    );
    for (text, rest) in [
        (
            "The school entered 120 of its 180 pupils for the exam; 95 passed.",
            "60 pupils the rest",
        ),
        (
            "Nineteen of its 25 players are aged 23 or under.",
            "6 players the rest",
        ),
        (
            "City scored 12 of their 30 goals in the final 10 minutes and conceded 9.",
            "18 goals the rest",
        ),
        (
            "The council closed 21 of its 67 libraries.",
            "46 libraries not closed",
        ),
        (
            "Officials said 55 of 75 confirmed dead had been identified.",
            "20 dead not identified",
        ),
    ] {
        let (result, arithmetic) = part(text);
        assert_eq!(result, Outcome::Derived, "{text}");
        assert!(arithmetic.contains(rest), "{text}: {arithmetic}");
    }
}

#[test]
fn among_those_who_were_killed_names_the_toll() {
    // QA round 19, item F-10.
    assert_eq!(
        the_one(
            "The strike killed 14 people. Among those who were killed were nine women, three \
             men and four children.",
            Relation::PartsTotal
        ),
        (
            Outcome::Inconsistent,
            "9 + 3 + 4 = 16 > 14 (the parts exceed the total)".to_string()
        )
    );
    assert_eq!(
        the_one(
            "The blast killed 40 people and injured 70. Among those who were injured were 12 \
             children and 50 women.",
            Relation::PartsTotal
        )
        .1,
        "12 + 50 = 62 ≤ 70 (8 not itemised)"
    );
    // A group of its own is still left alone.
    let text = "Some 1,200 voters were polled. Among those who voted Labour, 58 backed the plan \
                and 45 opposed it.";
    let found = findings(text);
    assert!(
        only(&found, Relation::PartsTotal)
            .iter()
            .all(|f| !f.evidence.contains("among")),
        "{}",
        summaries(&found)
    );
}

#[test]
fn shares_said_yes_and_no_or_with_their_whole_after_the_first() {
    // QA round 19, item F-11.
    for (text, sum) in [
        (
            "Some 52% of respondents said yes, 41% said no and 12% were unsure.",
            "52 + 41 + 12 = 105 % > 100 % (shares of one whole)",
        ),
        (
            "Some 61% of displacements were caused by floods, 27% by storms and 19% by drought.",
            "61 + 27 + 19 = 107 % > 100 % (shares of one whole)",
        ),
    ] {
        assert_eq!(
            the_one(text, Relation::PartsTotal),
            (Outcome::Inconsistent, sum.to_string()),
            "{text}"
        );
    }
    // Shares at times may run on, and subjects may overlap: no alarm.
    for text in [
        "About 61% of counties were counted by March, 80% by June and 95% by September.",
        "Of the counties, 61% were counted by March, 80% by June and 95% by September.",
        "Some 61% of pupils were enrolled in maths, 57% in English and 48% in science.",
        "Some 45% of adults were vaccinated in 2021, 80% in 2022 and 90% in 2023.",
        "Asked about the plan, 34% said yes, 33% said no and 34% did not express an opinion.",
        "Some 52% of respondents said yes, 41% had no opinion and 12% were unsure.",
    ] {
        let found = findings(text);
        assert!(
            found.iter().all(|f| f.result != Outcome::Inconsistent),
            "{text}\n{}",
            summaries(&found)
        );
    }
}

#[test]
fn a_change_stated_after_a_time_or_before_its_noun_is_weighed() {
    // QA round 19, item F-12.
    let change = |text: &str| the_one(text, Relation::Change);
    assert_eq!(
        change("Revenue was up $3.2 billion to $47.5 billion, a 9% increase."),
        (
            Outcome::Inconsistent,
            "3.2 billion ÷ (47.5 billion − 3.2 billion) = 7.22 % ≠ the stated rise of 9 %"
                .to_string()
        )
    );
    assert_eq!(
        change(
            "The inspection budget rises by 1.2 billion taka to 4.8 billion taka next year, an \
             increase of 50%."
        )
        .0,
        Outcome::Inconsistent
    );
    for text in [
        "Revenue rose by $3.2 billion to $47.5 billion, a 7% increase.",
        "The inspection budget rises by 1.2 billion taka to 4.8 billion taka next year, an \
         increase of 33%, the ministry said.",
    ] {
        assert_eq!(change(text).0, Outcome::Approximate, "{text}");
    }
    // A change with words of its own after it may have another base or period: derived only.
    for text in [
        "The budget rose by $3.2 billion to $47.5 billion this year, an increase of 15% over \
         two years.",
        "Revenue rose by $3.2 billion to $47.5 billion, a 9% increase on 2019.",
    ] {
        assert_eq!(change(text).0, Outcome::Derived, "{text}");
    }
}

#[test]
fn breakdowns_by_kind_by_opposite_outcome_and_by_a_verb_said_again() {
    // QA round 19, item F-12.
    for (text, sum) in [
        (
            "Of the 172 people on board, 165 were passengers and nine were crew members.",
            "165 + 9 = 174 > 172 (the parts exceed the total)",
        ),
        (
            "Of the 10 counts, the jury convicted him on seven and cleared him on five.",
            "7 + 5 = 12 > 10 (the parts exceed the total)",
        ),
        (
            "The trust received 2,400 complaints. Of that total, 1,500 concerned waiting times \
             and 1,100 concerned staff.",
            "1,500 + 1,100 = 2,600 > 2,400 (the parts exceed the total)",
        ),
    ] {
        assert_eq!(
            the_one(text, Relation::PartsTotal),
            (Outcome::Inconsistent, sum.to_string()),
            "{text}"
        );
    }
    // Kinds that may overlap, and a list that a figure of another noun leaves in doubt.
    for text in [
        "Of the 14 dead, nine were women and five were soldiers.",
        "A total of 17 drones, including 10 Shaheds and 4 missiles, were fired.",
    ] {
        let found = findings(text);
        assert!(
            only(&found, Relation::PartsTotal).is_empty(),
            "{text}\n{}",
            summaries(&found)
        );
    }
}
