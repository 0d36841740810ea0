//! People in figures: ages before an amount or bounded ("people 65 and older"), people hurt
//! named by a participle ("150 wounded"), the noun of "the number of dead", and the points of
//! a vote's margin.

use super::super::quantities;
use super::{f, figures, one};
use crate::claim::{Measure, Qualifier};

#[test]
fn an_age_set_off_by_commas_may_come_before_an_amount() {
    // QA round 7, item 14 (a-court.txt).
    let found = quantities(
        "U.S. District Judge Algenon L. Marbley also fined Dennis R. Hollister, 58, $250,000 and \
         imposed three years of supervised release.",
        0,
    );
    assert_eq!(
        (found[0].value, found[0].measure),
        (58.0, Some(Measure::Age))
    );
    assert_eq!(found[1].unit.as_deref(), Some("USD"));
    // A list of bare numbers is no age.
    let found = quantities("Scores were Smith, 58, 61, 70 and Jones.", 0);
    assert!(
        found.iter().all(|q| q.measure != Some(Measure::Age)),
        "{found:#?}"
    );
}

#[test]
fn an_age_with_an_open_bound() {
    // QA round 7, item 14 (c-health.txt).
    for (s, value, qualifier, text) in [
        (
            "the share of overdose deaths among people 65 and older rose to 9.4%",
            65.0,
            Qualifier::AtLeast,
            "65 and older",
        ),
        (
            "For Black men aged 55 and older, however,",
            55.0,
            Qualifier::AtLeast,
            "aged 55 and older",
        ),
        (
            "Americans 65 and over",
            65.0,
            Qualifier::AtLeast,
            "65 and over",
        ),
        ("children 5 and under", 5.0, Qualifier::UpTo, "5 and under"),
        (
            "anyone 17 or younger",
            17.0,
            Qualifier::UpTo,
            "17 or younger",
        ),
    ] {
        let q = quantities(s, 0).into_iter().next().unwrap();
        let got = (
            q.value,
            q.unit.as_deref(),
            q.measure,
            q.qualifier,
            q.text.as_str(),
        );
        assert_eq!(
            got,
            (
                value,
                Some("years"),
                Some(Measure::Age),
                Some(qualifier),
                text
            ),
            "{s}"
        );
    }
    // Not after things: "groups of 10 and over" count.
    let q = one("groups of 10 and over");
    assert_ne!(q.measure, Some(Measure::Age));
}

#[test]
fn a_participle_after_a_figure_names_people_hurt() {
    // QA round 7, item 14 (e-conflict.txt).
    assert_eq!(
        figures("Dozens killed in strike on market in western Sudan town as sides trade blame"),
        vec![f(12.0, "people", "Dozens")]
    );
    let found = quantities(
        "At least 54 people were killed and more than 150 wounded when shells struck.",
        0,
    );
    assert_eq!(found[1].unit.as_deref(), Some("people"));
    assert_eq!(found[1].text, "150");
    assert_eq!(figures("One injured"), vec![f(1.0, "person", "One")]);
    // Before a noun the participle modifies it.
    assert_eq!(
        figures("40 injured people were rescued"),
        vec![f(40.0, "people", "40 injured people")]
    );
}

#[test]
fn the_number_of_dead_names_what_a_figure_counts() {
    // QA round 7, item 14 (e-conflict.txt).
    let found = quantities(
        "The group later put the number of dead at 67, including 19 children and 11 women.",
        0,
    );
    assert_eq!(
        (found[0].value, found[0].unit.as_deref()),
        (67.0, Some("dead"))
    );
    assert!(found[0].unit_carried);
    let q = one("Officials put the death toll at 67.");
    assert_eq!(q.unit.as_deref(), Some("people"));
    // The look back ends at the clause's edge.
    let q = one("The number of dead is unknown, but 67 remain missing.");
    assert_ne!(q.unit.as_deref(), Some("dead"));
    // QA round 15, item c-10: "missing" is counted as "dead" is.
    let q = one("UNHCR put the number of missing at 61, citing survivor testimony.");
    assert_eq!(q.unit.as_deref(), Some("missing"));
    let q = one("They put the number of missing people at 61.");
    assert_eq!(q.unit.as_deref(), Some("people"));
}

#[test]
fn points_in_a_vote_are_percentage_points() {
    // QA round 7, item 14 (b-election.txt).
    let found = quantities("Among voters aged 18 to 29, Alvarez led by 14 points.", 0);
    assert_eq!(found[1].measure, Some(Measure::PercentagePoints));
    assert_eq!(found[1].unit.as_deref(), Some("percentage points"));
    // A game's points stay points.
    let q = one("The Lakers led by 14 points at halftime.");
    assert_eq!(
        (q.unit.as_deref(), q.measure),
        (Some("points"), Some(Measure::Count))
    );
}

#[test]
fn an_age_after_a_person_noun_or_under_a_bound_takes_no_carried_unit() {
    // QA round 8, item 3.
    let found = quantities("He paid €90,000 and the widow, 81, got nothing.", 0);
    assert_eq!(found[0].unit.as_deref(), Some("EUR"));
    assert_eq!(
        (found[1].value, found[1].unit.as_deref(), found[1].measure),
        (81.0, Some("years"), Some(Measure::Age))
    );
    for s in [
        "The widow, 81, got nothing.",
        "The pensioner, 77, was robbed.",
    ] {
        assert_eq!(one(s).measure, Some(Measure::Age), "{s}");
    }
    for (s, qualifier) in [
        ("a vaccine for children under 5", Qualifier::LessThan),
        ("deaths among people over 65 rose", Qualifier::MoreThan),
    ] {
        let q = one(s);
        assert_eq!(
            (q.measure, q.qualifier),
            (Some(Measure::Age), Some(qualifier)),
            "{s}"
        );
    }
    // A unit after the bound is the figure's own; a thing under a figure is no age.
    assert_eq!(one("children under 5 kg").unit.as_deref(), Some("kg"));
    assert_ne!(one("prices under 5").measure, Some(Measure::Age));
}

#[test]
fn a_second_outcome_in_a_headline_is_its_own_not_the_first() {
    // QA round 21, item M-3: "14 trapped" borrowed "dead" across the comma.
    for s in [
        ("Eleven dead, 14 trapped after Polish mine blast", "trapped"),
        ("Eleven dead, 14 missing after Polish mine blast", "missing"),
        ("Eleven dead, 14 stranded.", "stranded"),
    ] {
        let found = quantities(s.0, 0);
        assert_eq!(found.len(), 2, "{}: {found:#?}", s.0);
        assert_eq!(found[1].value, 14.0);
        assert_eq!(found[1].unit.as_deref(), Some(s.1), "{}", s.0);
    }
}
