//! The age rules' tests of QA round 20 (relative clauses, fixed ages, a person's "of").

use super::super::tests::figures;
use super::super::tests::{age, measured};

#[test]
fn an_age_named_across_a_relative_clause_or_a_long_subject_is_an_age() {
    // QA round 20, item J-3.
    for (s, value) in [
        (
            "The median age of the 1,200 staff whose data was stolen is 42, the trust said.",
            42.0,
        ),
        (
            "The average age of the 120 people who lost their homes in the fire was 71.",
            71.0,
        ),
        (
            "The average age of the 48 councillors whose seats were contested is 61.",
            61.0,
        ),
        (
            "The average age of the 340 patients admitted to hospital in the three weeks \
             after the outbreak of the attack was 71.",
            71.0,
        ),
    ] {
        let found = measured(s);
        assert_eq!(found.last(), Some(&age(value)), "{s}: {found:?}");
    }
    // A clause of its own that no "who" opens still ends the subject.
    for s in [
        "The age of the house was disputed and the bill was 71.",
        "The age of the flat was disputed by tenants who say the rent is 71.",
    ] {
        let found = measured(s);
        assert_ne!(found.last(), Some(&age(71.0)), "{s}: {found:?}");
    }
}

#[test]
fn a_fixed_age_of_a_figure_takes_no_verb_after_it_as_its_noun() {
    // QA round 20, item J-13.
    let found = measured("The voting age of 16 applies to 2,300 first-time voters in the ward.");
    assert_eq!(found[0], age(16.0), "{found:?}");
    let found = measured("A retirement age of 67 applies to everyone born after 1960.");
    assert_eq!(found[0], age(67.0), "{found:?}");
    // The age of a counted group counts it; a fixed age of people counts them too.
    let found = figures("The average age of 340 patients was 71.");
    assert_eq!(found[0].1.as_deref(), Some("patients"), "{found:?}");
    let found = figures("The pension age of 300 women was raised.");
    assert_eq!(found[0].1.as_deref(), Some("women"), "{found:?}");
}

#[test]
fn a_person_of_a_figure_is_their_age() {
    // QA round 20, item J-8.
    let found = measured("Three men, aged 19, 23 and 41, and a woman of 35 were arrested.");
    assert_eq!(found[4], age(35.0), "{found:?}");
    let found = measured("An elderly man of 80 was taken to hospital.");
    assert_eq!(found[0], age(80.0), "{found:?}");
    // A parent "of" a figure counts children; a unit after the figure is its own.
    let found = figures("Police said a mother of three was among 40 people hurt.");
    assert_ne!(found[0].1.as_deref(), Some("years"), "{found:?}");
    let found = figures("A baby of 6 months was treated.");
    assert_eq!(found[0].1.as_deref(), Some("months"), "{found:?}");
}
