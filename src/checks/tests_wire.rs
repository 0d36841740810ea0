//! Short wire-style articles written to try the same-event rules beyond the QA tester's: earlier
//! reports, several tolls in one sentence, an appositive age, a separate strike, a period total,
//! a breakdown after a list with a part in it. Invented text; the expectations are what a
//! careful reader would check by hand.

use super::tests::{assert_no_alarm, findings, only, summaries, the_one};
use super::{Outcome, Relation};

const QUAKE: &str = "Quake death toll rises to 2,300 in Turkey and Syria\n\n\
    The death toll from a powerful earthquake that struck Turkey and Syria rose to 2,300 on \
    Monday, officials said.\n\n\
    In Turkey, 1,500 people were killed, while in Syria at least 800 died, according to \
    officials in both countries.\n\n\
    Earlier, officials had said 1,200 people were killed.\n\n\
    The quake was the strongest to hit the country since 1939, when 30,000 people died.\n";

#[test]
fn an_earlier_report_is_updated_not_contradicted() {
    let found = findings(QUAKE);
    assert_no_alarm(&found, "");
    let update = only(&found, Relation::Update);
    assert_eq!(update.len(), 1, "{}", summaries(&found));
    assert_eq!(
        update[0].arithmetic,
        "1,200 → 2,300 (people killed; +1,100 since the earlier figure)"
    );
    assert_eq!(update[0].evidence, "“earlier” … “said”");
}

#[test]
fn earlier_without_a_report_is_another_event() {
    let found = findings(
        "Strike kills 14 in Kharkiv\n\nThe strike killed 14 people, officials said. \
         Earlier, a strike killed 9 people in the region.",
    );
    assert!(
        only(&found, Relation::Update).is_empty(),
        "{}",
        summaries(&found)
    );
    assert!(found.iter().all(|f| f.result != Outcome::Inconsistent));
}

const SHOOTING: &str = "Gunman kills 5 at Texas mall\n\n\
    A gunman killed five people, including two children, and wounded seven others at a \
    shopping mall in Allen, Texas, on Saturday, police said.\n\n\
    The suspect, 33, was killed by a police officer who was already at the mall.\n\n\
    Police later said the death toll had risen to 8, including the gunman.\n";

#[test]
fn an_age_is_no_toll_and_another_casualty_ends_a_list() {
    let found = findings(SHOOTING);
    assert_no_alarm(&found, "");
    let parts = only(&found, Relation::PartsTotal);
    assert_eq!(parts.len(), 1, "{}", summaries(&found));
    assert_eq!(parts[0].arithmetic, "2 ≤ 5 (3 not itemised)");
    let same = only(&found, Relation::SameQuantity);
    assert_eq!(same[0].arithmetic, "5 = 5 (people killed)");
    assert_eq!(
        only(&found, Relation::Update)[0].arithmetic,
        "5 → 8 (people killed; +3 since the earlier figure)"
    );
}

const GAZA: &str = "Israeli strikes kill 25 across Gaza\n\n\
    Israeli strikes killed 25 people across Gaza on Tuesday, including 10 in Rafah, health \
    officials said.\n\n\
    Among the dead were six women and nine children, according to the hospital.\n\n\
    The health ministry says more than 40,000 Palestinians have been killed since the war \
    began.\n\n\
    In a separate strike on Khan Younis, 6 people were killed, including 3 children.\n";

#[test]
fn a_war_total_and_a_separate_strike_are_not_the_days_toll() {
    let found = findings(GAZA);
    let same = only(&found, Relation::SameQuantity);
    assert_eq!(same.len(), 1, "{}", summaries(&found));
    assert_eq!(same[0].arithmetic, "25 = 25 (people killed)");
    // "Among the dead" is read against the 25 killed, not the 10 in Rafah that is part of it.
    let among = only(&found, Relation::PartsTotal)
        .into_iter()
        .find(|f| f.evidence == "“among the dead”")
        .expect("the breakdown of the dead");
    assert_eq!(among.arithmetic, "6 + 9 = 15 ≤ 25 (10 not itemised)");
    assert!(found.iter().all(|f| f.result != Outcome::Inconsistent));
}

#[test]
fn a_breakdown_by_nationality_is_checked_against_the_dead() {
    let found = findings(
        "Bus crash kills 12 tourists in Egypt\n\n\
         A bus carrying 40 tourists overturned on a highway near Luxor on Sunday, killing 12 and \
         injuring 20, \
         the health ministry said.\n\n\
         Of the dead, 8 were Chinese nationals and 6 were Egyptian, the ministry said.",
    );
    let parts = only(&found, Relation::PartsTotal);
    assert_eq!(parts.len(), 1, "{}", summaries(&found));
    assert_eq!(parts[0].result, Outcome::Inconsistent);
    assert_eq!(
        parts[0].arithmetic,
        "8 + 6 = 14 > 12 (the parts exceed the total)"
    );
    // The finding names what is counted as the article does.
    let same = only(&found, Relation::SameQuantity);
    assert_eq!(same[0].arithmetic, "12 = 12 (tourists killed)");
}

/// (result, arithmetic) of the one change finding of `text`.
fn change(text: &str) -> (Outcome, String) {
    the_one(text, Relation::Change)
}

#[test]
fn a_change_in_percent_of_an_amount_is_checked_against_both_amounts() {
    let (result, arithmetic) = change("Revenue rose 10% to $110 billion from $90 billion.");
    assert_eq!(result, Outcome::Inconsistent);
    assert_eq!(
        arithmetic,
        "(110 billion − 90 billion) ÷ 90 billion = 22.22 % ≠ the stated rise of 10 %"
    );
    // A rounded percentage leaves room: −35.98 % is "36%".
    let (result, _) =
        change("Net income fell 36% to $14.7 billion from $22.96 billion a year earlier.");
    assert_eq!(result, Outcome::Approximate);
    // Without the earlier amount, it is derived.
    let (result, arithmetic) = change("Revenue rose 10% to $110 billion.");
    assert_eq!(result, Outcome::Derived);
    assert_eq!(
        arithmetic,
        "110 billion ÷ 1.1 = 100 billion USD before the rise"
    );
}

#[test]
fn down_from_and_a_stated_fall_are_checked() {
    let (result, arithmetic) =
        change("Turnout was 59.7%, down from 67.3% in 2019, a fall of 4.6 points.");
    assert_eq!(result, Outcome::Inconsistent);
    assert_eq!(
        arithmetic,
        "59.7 − 67.3 = −7.6 points ≠ the stated change of 4.6"
    );
    // The difference keeps its sign.
    let (_, arithmetic) = change("Approval fell 5 points to 38% from 45%.");
    assert_eq!(
        arithmetic,
        "38 − 45 = −7 points ≠ the stated fall of 5 points"
    );
    let (result, _) = change("Turnout was 59.7%, down from 67.3%, a fall of 7.6 points.");
    assert_eq!(result, Outcome::Consistent);
    // "down from" a lower level: the words and the figures disagree.
    let (result, _) = change("Turnout was 67.3%, down from 59.7%.");
    assert_eq!(result, Outcome::Inconsistent);
}

#[test]
fn cents_margins_and_derived_amounts() {
    // 50 cents is 0.50 USD, to the cent: 1.85 − 1.80 is not 0.50.
    let (result, _) = change("Petrol rose 50 cents to $1.85, from $1.80 a week earlier.");
    assert_eq!(result, Outcome::Inconsistent);
    // A poll's margin is no level.
    let found = findings("Labour is on 42%, plus or minus 3 percent, up from 39% last month.");
    assert!(
        found.iter().all(|f| f.result != Outcome::Inconsistent),
        "{}",
        summaries(&found)
    );
    // The factor is written as it is used, the amount to the level's significant digits.
    let (_, arithmetic) = change("Revenue rose 5.5% to $46.22 billion.");
    assert_eq!(
        arithmetic,
        "46.22 billion ÷ 1.055 ≈ 43.81 billion USD before the rise"
    );
    let (_, arithmetic) = change("Net profit fell 12% to $1.4 billion in the fourth quarter.");
    assert_eq!(
        arithmetic,
        "1.4 billion ÷ 0.88 ≈ 1.6 billion USD before the fall"
    );
}

#[test]
fn the_earlier_amount_may_follow_a_phrase_of_time() {
    let (result, arithmetic) = change(
        "Acme said net profit fell 12% to $1.4 billion in the fourth quarter, from $1.6 billion \
         a year earlier.",
    );
    assert_eq!(result, Outcome::Approximate);
    assert_eq!(
        arithmetic,
        "(1.4 billion − 1.6 billion) ÷ 1.6 billion = −12.5 % ≈ the stated fall of 12 %"
    );
    let (result, _) =
        change("Sales rose 10% to $110 billion for the year, compared with $90 billion.");
    assert_eq!(result, Outcome::Inconsistent);
    // Another clause's "from" is not the level's.
    let (result, _) = change("Sales rose 10% to $110 billion, while costs fell from $90 billion.");
    assert_eq!(result, Outcome::Derived);
}

#[test]
fn the_trapped_are_compared_as_trapped_not_killed() {
    // (QA round 21: "leaving 14 trapped" after "killing nine miners" had been labelled
    // "trapped killed".)
    let found = findings(
        "Eleven dead, 14 trapped after gas blast at Polish coal mine\n\n\
         A methane explosion tore through a coal mine late on Tuesday, killing at least nine \
         miners and leaving 14 trapped more than 1,000 metres underground, the owner said.",
    );
    let same = only(&found, Relation::SameQuantity);
    assert!(
        same.iter()
            .all(|s| !s.arithmetic.contains("trapped killed")),
        "{}",
        summaries(&found)
    );
    assert!(
        same.iter().any(|s| s.arithmetic == "14 = 14 (trapped)"),
        "{}",
        summaries(&found)
    );
}
