//! QA round 19: figures that round 18's rules read wrongly (ages named across a subject, a
//! list after "aged", a crowd's noun, a letter joined to a noun, a score after "from").

use super::{age, f, figures, measured};
use crate::claim::Measure;

#[test]
fn an_age_named_across_its_subject_or_a_verb_of_change_is_an_age() {
    // QA round 19, items E-1 and E-8.
    let found =
        measured("The average age of the 340 patients was 71. Of those patients, 120 were women.");
    assert_eq!(found[1], age(71.0));
    let found =
        measured("The average age of the 25 players in the first-team squad was 27 last year.");
    assert_eq!(found[1], age(27.0));
    // "It is" restates the age (it takes no count from before it).
    let found = measured(
        "\"The average age of the 25 players in the first-team squad was 27 last year. It is \
         24.6 now.\"",
    );
    assert_eq!(found[2], age(24.6));
    let found = measured(
        "The average age of the 340 patients admitted to hospital in the first wave of \
         complaints was 71, the regulator said.",
    );
    assert_eq!(found[1], age(71.0));
    assert_eq!(
        measured("The state pension age rises to 67 in 2028, and 4% of workers will be affected.")
            [0],
        age(67.0)
    );
    assert_eq!(
        measured("The club's squad has an average age of 24.6, the youngest in the league.")[0],
        age(24.6)
    );
    assert_eq!(
        measured("The minimum age for the exam is 16, and 600 pupils sat it early.")[0],
        age(16.0)
    );
    assert_eq!(
        measured("The median age at diagnosis was 62, and 58% of patients were women.")[0],
        age(62.0)
    );
    // A clause of its own before "was", a scale word or an age group keep the figure's reading.
    assert_eq!(
        figures("The age of the house was disputed and the bill was 71.")[0],
        f(71.0, "", "71")
    );
    assert_eq!(
        figures("The average age of the fleet is 2.5 million miles.")[0]
            .1
            .as_deref(),
        Some("miles")
    );
    assert!(figures("The over-65 age group rose to 50, from 30.").contains(&f(50.0, "", "50")));
}

#[test]
fn a_figure_with_its_own_aged_or_of_is_no_age_of_the_list() {
    // QA round 19, item E-3.
    let found =
        measured("Of the pupils, 120 were aged 15, 80 aged 16 and 40 aged 17, the head said.");
    let values: Vec<_> = found
        .iter()
        .map(|q| (q.0, q.2 == Some(Measure::Age)))
        .collect();
    assert_eq!(
        values,
        [
            (120.0, false),
            (15.0, true),
            (80.0, false),
            (16.0, true),
            (40.0, false),
            (17.0, true)
        ]
    );
    let found = measured("A woman aged 70, 2 of her grandchildren and a neighbour were treated.");
    assert_eq!(found[0], age(70.0));
    assert_ne!(found[1].2, Some(Measure::Age));
    let found = measured("The school admitted 240 pupils aged 11, and 30 aged 16, the head said.");
    assert_eq!(found[1], age(11.0));
    assert_ne!(found[2].2, Some(Measure::Age));
    assert_eq!(found[3], age(16.0));
}

#[test]
fn a_capital_letter_joined_to_a_noun_is_part_of_it() {
    // QA round 19, item G-8.
    assert_eq!(
        figures("Some 94% of pupils passed at least three A-levels.")[1],
        f(3.0, "A-levels", "three A-levels")
    );
    assert_eq!(
        figures("The government made two U-turns in a week.")[0],
        f(2.0, "U-turns", "two U-turns")
    );
    // The letter's compound before a noun modifies it.
    assert_eq!(
        figures("About 300 A-level students sat the paper.")[0],
        f(300.0, "students", "300 A-level students")
    );
}
