//! Regression tests from QA round 18 (contradictions `--checks` missed): a change in percent
//! stated after "by … to …"; "N of its M"; a relative reduction between two percentages; shares
//! of one whole over 100 %; parts after "Of that,"; counts convicted and acquitted.

use super::tests::{findings, the_one};
use super::{Outcome, Relation};

#[test]
fn a_change_in_percent_after_by_to_is_weighed_against_the_level_before() {
    // QA round 18, item C-8.
    for (text, result, arithmetic) in [
        (
            "Defence spending rises by A$3.2 billion to A$47.5 billion, an increase of 8.2% on \
             the previous year.",
            Outcome::Inconsistent,
            "3.2 billion ÷ (47.5 billion − 3.2 billion) = 7.22 % ≠ the stated rise of 8.2 %",
        ),
        (
            "Sales rose by $5 million to $40 million, an increase of 25%.",
            Outcome::Inconsistent,
            "5 million ÷ (40 million − 5 million) = 14.29 % ≠ the stated rise of 25 %",
        ),
        (
            "Sales rose by $5 million to $40 million, an increase of 14.3%.",
            Outcome::Approximate,
            "5 million ÷ (40 million − 5 million) = 14.29 % ≈ the stated rise of 14.3 %",
        ),
        (
            "Sales fell by $5 million to $35 million, a decrease of 12.5%.",
            Outcome::Consistent,
            "5 million ÷ (35 million + 5 million) = 12.5 % = the stated fall of 12.5 %",
        ),
    ] {
        let (got, sum) = the_one(text, Relation::Change);
        assert_eq!((got, sum.as_str()), (result, arithmetic), "{text}");
    }
}

#[test]
fn a_part_of_its_whole_is_a_part_of_the_whole() {
    // QA round 18, item B-11.
    let (result, arithmetic) = the_one(
        "Eurostar cancelled 14 of its 48 trains, or 45% of its schedule.",
        Relation::PartOfWhole,
    );
    assert_eq!(result, Outcome::Inconsistent);
    assert_eq!(arithmetic, "14 of 48 = 29.17 % ≠ 45% stated");
    let (result, arithmetic) = the_one(
        "The council rejected 21 of its 67 proposals.",
        Relation::PartOfWhole,
    );
    assert_eq!(result, Outcome::Derived);
    assert!(arithmetic.ends_with("21 of 67 = 31.3 %"), "{arithmetic}");
}

#[test]
fn a_relative_reduction_between_two_percentages_is_weighed() {
    // QA round 18, item A-8.
    for (text, result, arithmetic) in [
        (
            "The primary outcome fell to 6.1% from 8.4%, a relative reduction of 31%.",
            Outcome::Inconsistent,
            "(6.1 − 8.4) ÷ 8.4 = −27.38 % ≠ the stated change of 31 %",
        ),
        (
            "After a median follow-up of 3.4 years, the primary outcome occurred in 6.1% of \
             patients in the drug group and 8.4% of those taking placebo, a relative reduction \
             of 31%.",
            Outcome::Inconsistent,
            "(6.1 − 8.4) ÷ 8.4 = −27.38 % ≠ the stated relative reduction of 31 %",
        ),
        (
            "Events occurred in 6.1% of patients in the drug group and 8.4% of those taking \
             placebo, a relative reduction of 27%.",
            Outcome::Approximate,
            "(6.1 − 8.4) ÷ 8.4 = −27.38 % ≈ the stated relative reduction of 27 %",
        ),
        (
            "Bleeding occurred in 3.2% of the drug group and 2.4% of the placebo group, a \
             relative increase of 33%.",
            Outcome::Approximate,
            "(3.2 − 2.4) ÷ 2.4 = 33.33 % ≈ the stated relative increase of 33 %",
        ),
    ] {
        let (got, sum) = the_one(text, Relation::Change);
        assert_eq!((got, sum.as_str()), (result, arithmetic), "{text}");
    }
    // Without "relative", a change in percent of two percentages stays unread.
    let found = findings(
        "Events occurred in 6.1% of patients in the drug group and 8.4% of those taking \
         placebo, a reduction of 31%.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn counts_convicted_and_acquitted_add_up_in_the_active_voice() {
    // QA round 18, item B-7.
    for text in [
        "Of the 11 counts, jurors convicted him on seven and acquitted him on five.",
        "Of the 11 counts, the jury found him guilty on seven and not guilty on five.",
        "Of the 11 counts, he was convicted on seven and acquitted on five.",
    ] {
        let (result, arithmetic) = the_one(text, Relation::PartsTotal);
        assert_eq!(result, Outcome::Inconsistent, "{text}");
        assert!(
            arithmetic.starts_with("7 + 5 = 12 > 11"),
            "{text}: {arithmetic}"
        );
    }
    let (result, _) = the_one(
        "Of the 11 counts, jurors convicted him on seven and acquitted him on four.",
        Relation::PartsTotal,
    );
    assert_eq!(result, Outcome::Consistent);
}

#[test]
fn parts_after_of_that_add_up_against_the_previous_sentences_total() {
    // QA round 18, item C-11.
    let (result, arithmetic) = the_one(
        "The ice sheets lost 370 gigatonnes of ice in 2025, the report said. Of that, Greenland \
         lost 410 gigatonnes and Antarctica 120 gigatonnes.",
        Relation::PartsTotal,
    );
    assert_eq!(result, Outcome::Inconsistent);
    assert!(
        arithmetic.starts_with("410 + 120 = 530 > 370"),
        "{arithmetic}"
    );
    let (result, _) = the_one(
        "Revenue was $5 billion last year. Of that, $3 billion came from advertising and $1.5 \
         billion from subscriptions.",
        Relation::PartsTotal,
    );
    assert_ne!(result, Outcome::Inconsistent);
}

#[test]
fn shares_of_one_whole_over_100_percent() {
    // QA round 18, items B-10 and C-10.
    for (text, sum) in [
        (
            "An Elabe poll for BFMTV published on Wednesday, September 30, found that 68% of \
             French people opposed raising the pension age to 65, 29% supported it and 7% did \
             not express an opinion.",
            "68 + 29 + 7 = 104 % > 100 %",
        ),
        (
            "An Elabe poll found that 68% of French people opposed the reform, 29% supported it \
             and 7% did not express an opinion.",
            "68 + 29 + 7 = 104 % > 100 %",
        ),
        (
            "Floods accounted for 61% of displacements, storms 27% and drought 19%, the report \
             found.",
            "61 + 27 + 19 = 107 % > 100 %",
        ),
        (
            "Of the displacements, 61% were caused by floods, 27% by storms and 19% by drought.",
            "61 + 27 + 19 = 107 % > 100 %",
        ),
    ] {
        let (result, arithmetic) = the_one(text, Relation::PartsTotal);
        assert_eq!(result, Outcome::Inconsistent, "{text}");
        assert!(arithmetic.starts_with(sum), "{text}: {arithmetic}");
    }
    // Up to 100 % (rounding included), shares of different bases or questions: no alarm.
    for text in [
        "The poll found 68% opposed the reform, 25% supported it and 7% had no opinion.",
        "The poll found 34% backed Smith, 33% opposed him and 34% were undecided.",
        "The survey found 68% of voters opposed the plan and 70% of farmers supported it.",
        "Of the respondents, 60% were in favour of the tax and 55% in favour of the cut.",
        "Floods accounted for 61% of displacements and 45% of deaths, the report found.",
        "About 68% said the economy was weak, 70% said crime had risen and 40% said neither.",
        "Prices rose 61% in Paris, 27% in Lyon and 19% in Nice.",
        "The poll found 62% supported the wealth tax and 58% opposed the pension reform.",
        "Of the patients, 61% were treated with aspirin and 50% with statins.",
    ] {
        let found = findings(text);
        assert!(
            found.iter().all(|f| f.result != Outcome::Inconsistent),
            "{text}: {found:?}"
        );
    }
}
