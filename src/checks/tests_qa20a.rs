//! QA round 20 (the `--checks` items of testers H, I and J): earlier levels and running totals
//! read as parts, the part of "N of the M" as the level of a change, a list of outcomes after a
//! colon, a level restated per share before its earlier level, the evidence of "down from",
//! and a ✗ printed with the digits that show it.

use super::tests::{assert_no_alarm, findings, only, summaries, the_one};
use super::{Outcome, Relation};

#[test]
fn an_earlier_level_in_the_parts_sentence_is_no_part() {
    // QA round 20, item J-1.
    for (text, arithmetic) in [
        (
            "The council received 12,400 postal votes. Of those, 9,800 were valid, down from 10,100 in 2022.",
            "9,800 ≤ 12,400 (2,600 not itemised)",
        ),
        (
            "The council received 12,400 postal votes. Of those, 9,800 were valid, compared with 10,100 at the last election.",
            "9,800 ≤ 12,400 (2,600 not itemised)",
        ),
        (
            "The council received 12,400 postal votes. Of those, 9,800 were valid, against 10,100 in 2022.",
            "9,800 ≤ 12,400 (2,600 not itemised)",
        ),
        (
            "The attack hit 2,300 patient records. Of those, 1,900 were later restored, compared with 800 in last year's attack.",
            "1,900 ≤ 2,300 (400 not itemised)",
        ),
    ] {
        let found = findings(text);
        assert_no_alarm(&found, text);
        let parts = only(&found, Relation::PartsTotal);
        assert_eq!(parts.len(), 1, "{text}\n{}", summaries(&found));
        assert_eq!(parts[0].arithmetic, arithmetic, "{text}");
    }
    // A list of parts still adds up past the first.
    let (result, arithmetic) = the_one(
        "The council received 12,400 postal votes. Of those, 9,800 were valid and 2,900 were spoiled.",
        Relation::PartsTotal,
    );
    assert_eq!(result, Outcome::Inconsistent, "{arithmetic}");
}

#[test]
fn the_level_of_n_of_the_m_is_the_part() {
    // QA round 20, item J-2.
    for (text, result, arithmetic) in [
        (
            "Labour won 28 of the 48 seats, down from 31 in 2022.",
            Outcome::Derived,
            "28 − 31 = −3 seats",
        ),
        (
            "The gang encrypted 40 of the trust's 52 servers, up from 30 in last year's attack.",
            Outcome::Derived,
            "40 − 30 = +10 servers",
        ),
        (
            "Labour now holds 28 of the 48 seats, up from 25 in 2022.",
            Outcome::Derived,
            "28 − 25 = +3 seats",
        ),
        (
            "Labour won 28 of the 48 seats, up from 31 in 2022.",
            Outcome::Inconsistent,
            "28 − 31 = −3 seats, but the text says it went up",
        ),
    ] {
        assert_eq!(
            the_one(text, Relation::Change),
            (result, arithmetic.to_string()),
            "{text}"
        );
    }
}

#[test]
fn running_totals_are_no_parts() {
    // QA round 20, item J-7: "by the end of March … by the end of June" are amounts to a date.
    let text = "The trust spent £4.2 million on recovery. Of this, £3 million was spent by the end of March and £4 million by the end of June.";
    let found = findings(text);
    assert!(
        only(&found, Relation::PartsTotal).is_empty(),
        "{}",
        summaries(&found)
    );
    // Amounts by whom, not by when, are parts.
    let (result, _) = the_one(
        "The trust spent £4.2 million on recovery. Of this, £3 million was paid by the council and £2 million by the government.",
        Relation::PartsTotal,
    );
    assert_eq!(result, Outcome::Inconsistent);
}

#[test]
fn a_list_of_outcomes_after_a_colon_adds_up() {
    // QA round 20, item H-1.
    for (text, result, arithmetic) in [
        (
            "The boat was carrying 61 people: 47 were rescued, six were found dead and eight are missing.",
            Outcome::Consistent,
            "47 + 6 + 8 = 61 = 61",
        ),
        (
            "The boat was carrying 61 people: 47 were rescued, six died and eight are still missing.",
            Outcome::Consistent,
            "47 + 6 + 8 = 61 = 61",
        ),
        (
            "The boat was carrying 61 people: 47 were rescued, eight were found dead and nine are missing.",
            Outcome::Inconsistent,
            "47 + 8 + 9 = 64 > 61 (the parts exceed the total)",
        ),
    ] {
        assert_eq!(
            the_one(text, Relation::PartsTotal),
            (result, arithmetic.to_string()),
            "{text}"
        );
    }
}

#[test]
fn a_level_restated_per_share_keeps_its_earlier_level() {
    // QA round 20, item H-2.
    for (text, result) in [
        (
            "Net income fell 18% to $412 million, or $1.64 per share, from $530 million, or $2.09 per share, a year earlier.",
            Outcome::Inconsistent,
        ),
        (
            "Net income fell 22% to $412 million, or $1.64 a share, from $530 million, or $2.09 a share, a year earlier.",
            Outcome::Approximate,
        ),
        (
            "Net income rose 18% to $530 million, or $2.09 per share, from $412 million, or $1.64 per share, a year earlier.",
            Outcome::Inconsistent,
        ),
    ] {
        let (got, arithmetic) = the_one(text, Relation::Change);
        assert_eq!(got, result, "{text}\n{arithmetic}");
        assert!(arithmetic.contains("530 million"), "{arithmetic}");
    }
}

#[test]
fn the_evidence_quotes_the_texts_direction() {
    // QA round 20, item H-10.
    let found = findings(
        "Norvane said it had about 41,300 employees at the end of the quarter, down from 42,500 a year earlier.",
    );
    let change = only(&found, Relation::Change);
    assert_eq!(change.len(), 1, "{}", summaries(&found));
    assert_eq!(change[0].evidence, "“…, down from …”");
}

#[test]
fn a_mismatch_is_printed_with_the_digits_that_show_it() {
    // QA round 20, item I-14: 7.149 % is outside 7.2 % (7.15–7.25); "7.15 %" would not show it.
    let (result, arithmetic) = the_one(
        "Dublin city and county had a population of 1,562,400, up 7.2% from 1,458,154.",
        Relation::Change,
    );
    assert_eq!(result, Outcome::Inconsistent);
    assert_eq!(
        arithmetic,
        "(1,562,400 − 1,458,154) ÷ 1,458,154 = 7.149 % ≠ the stated rise of 7.2 %"
    );
}
