//! QA round 20: figures, units and values read wrongly in new genres (a court report, a
//! census release, a match report, a maritime rescue, an election night).

use super::{age, f, figures, measured};
use crate::claim::Measure;

#[test]
fn the_levels_of_a_change_in_percent_count_what_changed() {
    // QA round 20, item I-1.
    let found = figures("Post office robberies rose by 40% to 22 last year.");
    assert_eq!(found[1], f(22.0, "", "22"));
    let found = figures("Knife crime offences fell 8% to 46 in the year to March.");
    assert_eq!(found[1], f(46.0, "", "46"));
    let found = figures(
        "Post office robberies in West Yorkshire rose by 40% last year, from 15 to 22, \
         according to figures obtained by the Reporter.",
    );
    assert_eq!(found[1], f(15.0, "", "15"));
    assert_eq!(found[2], f(22.0, "", "22"));
    // A share that is no change still lends its sign ("from 9.5 to 20 percent" is a range).
    let found = figures("Turnout was 31%, against 40 in 2022.");
    assert_eq!(found[1].1.as_deref(), Some("percent"));
    let found = figures("Sales rose 8% and profits 5%.");
    assert_eq!(found[1].1.as_deref(), Some("percent"));
}

#[test]
fn a_half_of_a_match_is_no_unit_of_time() {
    // QA round 20, item I-2.
    let found = figures(
        "The England striker struck twice in 11 second-half minutes to take his tally for the \
         season to nine Premier League goals.",
    );
    assert_eq!(found[0], f(11.0, "minutes", "11 second-half minutes"));
    let found = figures("Villa scored three second-half goals in 11 minutes.");
    assert_eq!(found[0], f(3.0, "goals", "three second-half goals"));
    assert_eq!(found[1], f(11.0, "minutes", "11 minutes"));
    // A time in seconds keeps its unit.
    assert_eq!(
        figures("He was timed at 9.58 seconds.")[0],
        f(9.58, "seconds", "9.58 seconds")
    );
}

#[test]
fn a_statistic_after_its_label_counts_what_the_label_names() {
    // QA round 20, item I-3.
    let found = figures("VILLA STATS: Possession 39%, shots 16, shots on target 7, corners 6.");
    assert_eq!(found[0], f(39.0, "percent", "39%"));
    assert_eq!(found[1], f(16.0, "shots", "16"));
    assert_eq!(found[2], f(7.0, "shots on target", "7"));
    assert_eq!(found[3], f(6.0, "corners", "6"));
    // A name is no label; a figure inside a clause is no labelled statistic.
    let found = figures("Scores: Jones 16, Evans 7.");
    assert!(found.iter().all(|q| q.1.is_none()), "{found:?}");
    let found = figures("Turnout was 31%, though in the city it was 40, officials said.");
    assert_eq!(found[1].1.as_deref(), Some("percent"));
    let found = figures("She had 39% of possession but 16 shots and 7 corners.");
    assert_eq!(found[2], f(7.0, "corners", "7 corners"));
}

#[test]
fn a_name_after_a_plural_noun_is_no_noun_counted() {
    // QA round 20, item I-5.
    let found = figures(
        "Of the nine charges Pickles faced, he was convicted on six and acquitted on four after \
         a five-day trial in October.",
    );
    assert_eq!(found[0], f(9.0, "charges", "nine charges"));
    assert_eq!(found[1].1.as_deref(), Some("charges"));
    let found = figures(
        "Of the 12 counts Ms Evans denied, she was convicted on eight and cleared on four.",
    );
    assert_eq!(found[0], f(12.0, "counts", "12 counts"));
    // A name before the plural still modifies it.
    assert_eq!(
        figures("Five Labour MPs voted against.")[0],
        f(5.0, "MPs", "Five Labour MPs")
    );
}

#[test]
fn a_number_word_after_a_figure_starts_a_figure_of_its_own() {
    // QA round 20, item I-9.
    let found = figures(
        "Children aged under 15 numbered 1,015,960, down 2.7% from 1,044,350 four years earlier.",
    );
    assert!(
        found.contains(&f(1_044_350.0, "", "1,044,350")),
        "{found:?}"
    );
    let found = figures("Sales rose 10% to 5,500 from 5,000 two years earlier.");
    assert_eq!(found[2], f(5000.0, "", "5,000"));
    assert_eq!(
        figures("The council built 5,000 two-bedroom homes.")[0]
            .1
            .as_deref(),
        Some("homes")
    );
}

#[test]
fn a_count_right_before_a_bare_figure_names_its_owner() {
    // QA round 20, item I-8.
    let found = figures(
        "Of the 5,462,148 people counted, Leinster accounted for 3,052,000, Munster 1,480,000, \
         Connacht 610,000 and the three Ulster counties 330,000.",
    );
    assert_eq!(found[4], f(3.0, "counties", "three Ulster counties"));
    assert_eq!(found[5], f(330_000.0, "people", "330,000"));
}

#[test]
fn people_under_a_figure_are_under_an_age() {
    // QA round 20, item J-12.
    let found = measured(
        "The age of criminal responsibility is 10 in England, and 12 of the 40 suspects were \
         under 18.",
    );
    assert_eq!(found[3], age(18.0));
    // What is no person keeps its noun.
    let found = measured("Of the 40 cars tested, 12 were under 18.");
    assert_eq!(found[2].1.as_deref(), Some("cars"));
}

#[test]
fn nautical_miles_are_a_length() {
    // QA round 20, item H-7.
    let found = measured("The boat capsized about 20 nautical miles (37km) south of Lampedusa.");
    assert_eq!(
        found[0],
        (
            20.0,
            Some("nautical miles".to_string()),
            Some(Measure::Physical)
        )
    );
}

#[test]
fn a_broadcasters_number_is_its_name() {
    // QA round 20, item H-11.
    assert!(
        figures("The coastguard chief told Rai News 24 that 11 had died.")
            .iter()
            .all(|q| q.0 != 24.0)
    );
    assert!(figures("He told BBC Radio 4 on Monday.").is_empty());
}

#[test]
fn an_age_changed_to_a_bare_figure_lends_it_years() {
    // QA round 20, item J-15.
    let found = measured("The retirement age of 67 will rise to 68 by 2046.");
    assert_eq!(found[1], age(68.0));
    let found = measured("The voting age of 18 was lowered to 16 in 2015.");
    assert_eq!(found[1], age(16.0));
    // A count after an age is no age.
    let found = measured("The average age of members is 54, and membership rose to 900.");
    assert_eq!(found[1].2, None);
}

#[test]
fn an_adjective_after_an_elided_noun_is_no_noun() {
    // QA round 20, item I-15.
    let found = figures("Villa have taken 13 points from the last 15 available.");
    assert_eq!(found[1], f(15.0, "points", "15"));
    assert_eq!(
        figures("There are 15 available seats.")[0].1.as_deref(),
        Some("seats")
    );
}

#[test]
fn a_yarder_is_a_length() {
    // QA round 20, item I-15.
    let found = measured("Rogers cut inside and curled a 20-yarder past Vicario.");
    assert_eq!(
        found[0],
        (20.0, Some("yards".to_string()), Some(Measure::Physical))
    );
}

#[test]
fn a_scale_word_after_a_figure_is_still_read_with_it() {
    // (The golden check of QA round 20, item I-9: a scale word after a figure is unchanged.)
    let found = figures("It would have cost six hundred millions of dollars.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, "six hundred millions");
}
