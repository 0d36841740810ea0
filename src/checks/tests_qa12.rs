//! Regression tests from QA round 12: a quoted figure of another group, tolls of different
//! sources, a change stated before "from … to", the stated share of a part of a whole, parts
//! "randomly assigned to receive" one arm each, a change "by" a figure "to" a level, and a
//! p-value beside a toll.

use super::tests::{assert_no_alarm, findings, only, summaries, the_one};
use super::{Outcome, Relation};

#[test]
fn a_quoted_figure_of_another_group_is_left_alone() {
    for text in [
        "Sudan's health ministry put the death toll far higher, saying 212 civilians had been \
         killed.\n\nThe RSF denied attacking civilians. It put the number of army fighters \
         killed at \"more than 300\", a figure that could not be independently verified.",
        "Sudan's health ministry said 212 civilians had been killed.\n\nThe RSF put the number \
         of army fighters killed at more than 300.",
    ] {
        let found = findings(text);
        assert!(
            only(&found, Relation::SameQuantity).is_empty(),
            "{text}\n{}",
            summaries(&found)
        );
        assert_no_alarm(&found, text);
    }
}

#[test]
fn two_sources_tolls_are_a_dispute_not_an_error() {
    let text = "A drone attack on a camp outside El Fasher killed 120 people, the United Nations \
                said on Wednesday.\n\nSudan's health ministry said the death toll was 212.";
    let found = findings(text);
    let same = only(&found, Relation::SameQuantity);
    assert_eq!(same.len(), 1, "{}", summaries(&found));
    assert_eq!(same[0].result, Outcome::Derived);
    assert_eq!(
        same[0].arithmetic,
        "120 (United Nations) ≠ 212 (Sudan's health ministry) (people killed, by source)"
    );
    // One source, or figures without one, that disagree stay an alarm.
    for text in [
        "A drone attack on a camp killed 120 people, the United Nations said on Wednesday.\n\n\
         The United Nations said the death toll was 212.",
        "Drone attack on camp kills 212\n\nA drone attack on a camp killed 120 people, the \
         United Nations said on Wednesday.",
    ] {
        let found = findings(text);
        let same = only(&found, Relation::SameQuantity);
        assert!(
            same.iter().any(|f| f.result == Outcome::Inconsistent),
            "{text}\n{}",
            summaries(&found)
        );
    }
}

#[test]
fn a_dispute_writes_each_value_once_with_its_sources() {
    let found = findings(
        "Blast kills 14 in Kharkiv\n\nThe blast in Kharkiv killed 14 people, police said. \
         The blast in Kharkiv killed 12 people, the mayor said.",
    );
    let same = only(&found, Relation::SameQuantity);
    assert_eq!(same.len(), 1, "{}", summaries(&found));
    assert_eq!(same[0].result, Outcome::Derived);
    assert_eq!(
        same[0].arithmetic,
        "14 (twice; police) ≠ 12 (the mayor) (people killed, by source)"
    );
}

#[test]
fn a_change_stated_before_from_and_to_is_weighed() {
    use super::tests::the_one;
    let change = |text: &str| the_one(text, Relation::Change);
    assert_eq!(
        change("Revenue fell 25%, from $1.6 billion to $1.4 billion."),
        (
            Outcome::Inconsistent,
            "(1.4 billion − 1.6 billion) ÷ 1.6 billion = −12.5 % ≠ the stated change of 25 %"
                .into()
        )
    );
    assert_eq!(
        change("The unemployment rate rose by 0.5 percentage points, from 4.2% to 4.9%."),
        (
            Outcome::Inconsistent,
            "4.9 − 4.2 = +0.7 points ≠ the stated change of 0.5".into()
        )
    );
    for text in [
        "Revenue fell 12.5%, from $1.6 billion to $1.4 billion.",
        "The unemployment rate rose by 0.7 percentage points, from 4.2% to 4.9%.",
        "The drug cut the average dose by 54%, from 2.8 grams to 1.3 grams.",
    ] {
        assert_ne!(change(text).0, Outcome::Inconsistent, "{text}");
        assert_ne!(change(text).0, Outcome::Derived, "{text}");
    }
    // A change in percent of two percentages may be relative or in points: left alone.
    assert_eq!(
        change("Turnout fell 25%, from 40% to 30%.").0,
        Outcome::Derived
    );
    // A figure before "from" that no verb of change leads is no change.
    assert_eq!(
        change("Revenue was 25%, from $1.6 billion to $1.4 billion.").0,
        Outcome::Derived
    );
}

#[test]
fn a_part_of_a_whole_with_its_stated_share() {
    use super::tests::the_one;
    let share = |text: &str| the_one(text, Relation::PartOfWhole);
    let (result, arithmetic) = share(
        "Her team reported that 38 of the 52 children they had operated on were still alive \
         five years later, a survival rate of 83%.",
    );
    assert_eq!(result, Outcome::Inconsistent);
    assert_eq!(arithmetic, "38 of 52 = 73.08 % ≠ 83% stated");
    assert_eq!(
        share(
            "Her team reported that 38 of the 52 children they had operated on were still alive \
             five years later, a survival rate of 73%."
        )
        .0,
        Outcome::Approximate
    );
    // A share that names the rest agrees with the rest.
    assert_eq!(
        share("Of those treated, 38 of the 52 patients survived, a mortality rate of 27%.").0,
        Outcome::Approximate
    );
    assert_eq!(
        share("38 of 52 patients survived (73.1%).").0,
        Outcome::Approximate
    );
}

#[test]
fn a_clause_about_the_whole_does_not_name_the_rest() {
    use super::tests::the_one;
    // All 52 were operated on: "14 children not operated" would be wrong.
    assert_eq!(
        the_one(
            "38 of the 52 children they had operated on were still alive five years later.",
            Relation::PartOfWhole
        ),
        (Outcome::Derived, "38 of 52 = 73.1 %".into())
    );
    let (_, arithmetic) = the_one(
        "55 of 75 confirmed dead had been identified.",
        Relation::PartOfWhole,
    );
    assert!(arithmetic.contains("not identified"), "{arithmetic}");
}

#[test]
fn parts_randomly_assigned_to_receive_one_arm_each() {
    use super::tests::the_one;
    assert_eq!(
        the_one(
            "Of the 12,480 participants, 6,236 were randomly assigned to receive the drug and \
             6,300 to receive a placebo.",
            Relation::PartsTotal
        ),
        (
            Outcome::Inconsistent,
            "6,236 + 6,300 = 12,536 > 12,480 (the parts exceed the total)".into()
        )
    );
}

#[test]
fn a_change_by_a_figure_to_a_level_checks_against_the_level_before() {
    // Item 1: a change and a level, not a range 12,000–98,000.
    assert_eq!(
        the_one(
            "The number of people claiming jobless benefits rose by 12,000 to 98,000 in August, \
             up from 86,000 in July.",
            Relation::Change
        )
        .0,
        Outcome::Consistent
    );
}

#[test]
fn a_p_value_is_never_a_toll() {
    // Item 6: "P=0.03" beside "deaths" is no count of the dead.
    let text = "The drug cut deaths by 20% (P=0.03).\n\nAt least 120 people were killed, the UN \
                said.\n\nThe health ministry said 212 people had been killed.";
    let found = findings(text);
    assert!(
        found.iter().all(|f| !f.arithmetic.contains("0.03")),
        "{:#?}",
        found.iter().map(|f| &f.arithmetic).collect::<Vec<_>>()
    );
}
