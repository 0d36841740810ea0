//! What a figure counts: the head of the noun phrase, units carried from another figure, a
//! temperature's scale, the noun after a model designation, and people as a toll's unit.

use super::super::quantities;
use super::{f, figures, one};
use crate::claim::Measure;

#[test]
fn counted_noun_is_the_head_of_the_phrase() {
    assert_eq!(
        figures("A total of 17 unmanned aerial vehicles were detected"),
        vec![f(17.0, "vehicles", "17 unmanned aerial vehicles")]
    );
    assert_eq!(
        figures("he had helped pull at least 40 injured people from collapsed buildings"),
        vec![f(40.0, "people", "40 injured people")]
    );
    // QA round 7, item 14: the participle names people hurt; it stays out of the text, as
    // in "4 people were injured", for the checks to read.
    assert_eq!(
        figures("Four injured in Ukrainian drone attack"),
        vec![f(4.0, "people", "Four")]
    );
    assert_eq!(
        figures("12 sniffer dogs"),
        vec![f(12.0, "dogs", "12 sniffer dogs")]
    );
}

#[test]
fn more_and_another_carry_the_noun() {
    let found = quantities(
        "The earthquake also led to the collapse of more than 12,000 homes and left 30,000 more \
         damaged.",
        0,
    );
    assert_eq!(found[1].value, 30000.0);
    assert_eq!(found[1].unit.as_deref(), Some("homes"));
    let found = quantities(
        "Authorities said 22 people had been rescued and another 22 are believed to be trapped.",
        0,
    );
    assert_eq!(found[1].unit.as_deref(), Some("people"));
}

#[test]
fn carrying_skips_ages_and_magnitudes() {
    let s = "In 1970, a 7.7-magnitude earthquake killed at least 15,000 people in Yunnan, and a \
             magnitude-7.1 quake in the region killed more than 1,400 in 1974.";
    let found = quantities(s, 0);
    let last = found.last().unwrap();
    assert_eq!((last.value, last.unit.as_deref()), (1400.0, Some("people")));
    let s = "killing a 77-year-old woman and injuring three";
    assert_eq!(quantities(s, 0)[1].unit, None);
}

#[test]
fn a_bare_figure_after_kills_or_injures_counts_people() {
    for (s, value, unit) in [
        ("Fire kills 9", 9.0, "people"),
        ("Drone strike kills four", 4.0, "people"),
        ("Floods kill at least 95 in Spain", 95.0, "people"),
        ("Gunman wounds 3 at school", 3.0, "people"),
        ("Bus crash injures 1", 1.0, "person"),
    ] {
        let q = one(s);
        assert_eq!((q.value, q.unit.as_deref()), (value, Some(unit)), "{s}");
        assert_eq!(q.measure, Some(Measure::Count), "{s}");
        assert!(q.unit_carried, "{s}");
    }
    // A written noun is read as written.
    assert_eq!(
        figures("Russia fires 50 drones, kills 9 soldiers"),
        vec![
            f(50.0, "drones", "50 drones"),
            f(9.0, "soldiers", "9 soldiers")
        ]
    );
}

#[test]
fn a_bare_toll_in_the_past_counts_people_unless_the_sentence_names_them() {
    let read = |s: &str| -> Vec<(f64, Option<String>)> {
        quantities(s, 0)
            .into_iter()
            .map(|q| (q.value, q.unit))
            .collect()
    };
    assert_eq!(
        read("Russian drones killed 3 and injured 12 in Kharkiv overnight."),
        vec![(3.0, Some("people".into())), (12.0, Some("people".into()))]
    );
    assert_eq!(
        read("The attack killed 1 and injured 2."),
        vec![(1.0, Some("person".into())), (2.0, Some("people".into()))]
    );
    // Another figure of the sentence names what was counted.
    assert_eq!(
        read("The strike killed 4 soldiers and wounded 7."),
        vec![
            (4.0, Some("soldiers".into())),
            (7.0, Some("soldiers".into()))
        ]
    );
}

#[test]
fn qa_a_carried_noun_agrees_with_one() {
    let s = "Seven residential buildings, including one under construction, were damaged.";
    let found = quantities(s, 0);
    assert_eq!(found[1].unit.as_deref(), Some("building"));
    assert!(found[1].unit_carried);
}

#[test]
fn a_named_temperature_scale_is_the_unit() {
    assert_eq!(
        figures(
            "The temperature was -5 degrees Celsius, or 23 degrees Fahrenheit, forecasters said."
        ),
        vec![
            f(-5.0, "°C", "-5 degrees Celsius"),
            f(23.0, "°F", "23 degrees Fahrenheit")
        ]
    );
    assert_eq!(
        one("highs of 30 degrees in May").unit.as_deref(),
        Some("degrees")
    );
}

#[test]
fn a_model_designation_is_no_unit_the_noun_after_it_is() {
    let found = quantities(
        "Russia launched 12 F-16 jets, 3 Kh-101 missiles and 48 Shahed-136 drones overnight.",
        0,
    );
    let read: Vec<(f64, Option<&str>)> =
        found.iter().map(|q| (q.value, q.unit.as_deref())).collect();
    assert_eq!(
        read,
        vec![
            (12.0, Some("jets")),
            (3.0, Some("missiles")),
            (48.0, Some("drones"))
        ]
    );
    assert_eq!(
        one("Two B-52 bombers flew").unit.as_deref(),
        Some("bombers")
    );
}

#[test]
fn a_model_designation_counted_itself_is_the_unit_as_written() {
    assert_eq!(
        figures("Denmark sent 3 F-16s, 4 Su-25s and 2 Mirage-2000 on Monday; 2 F-16 came later."),
        vec![
            f(3.0, "F-16s", "3 F-16s"),
            f(4.0, "Su-25s", "4 Su-25s"),
            f(2.0, "Mirage-2000", "2 Mirage-2000"),
            f(2.0, "F-16", "2 F-16"),
        ]
    );
    // The next sentence's bare count takes the designation, case kept.
    let mut units = Vec::new();
    crate::extract::pipeline::analyse_with("Kyiv has 3 F-16s. Two crashed.", |s| {
        units.extend(s.quantities().into_iter().map(|q| q.unit));
    });
    assert_eq!(
        units,
        vec![Some("F-16s".to_string()), Some("F-16s".to_string())]
    );
}

#[test]
fn a_verb_after_the_figure_is_no_unit() {
    assert_eq!(
        one("A blast left 3 people hurt on Monday.").unit.as_deref(),
        Some("people")
    );
    let found = quantities("Storm kills 3 as 100,000 lose power", 0);
    assert!(
        found.iter().all(|q| q.unit.as_deref() != Some("power")),
        "{found:#?}"
    );
}

#[test]
fn a_singular_word_before_a_determiner_is_the_figures_verb() {
    // QA round 11 verification, item D5 (an attendance counts people, and its record too).
    assert_eq!(
        figures(
            "The attendance of 3,412 beat the previous ground record of 3,105, set against Billericay in 2019."
        ),
        vec![f(3412.0, "people", "3,412"), f(3105.0, "people", "3,105")]
    );
    assert_eq!(
        figures("Five hit the wall."),
        vec![(5.0, None, "Five".to_string())]
    );
    // A plural or a singular after "one" may be the noun before its own phrase.
    assert_eq!(
        figures("3,412 fans the club had invited came."),
        vec![f(3412.0, "fans", "3,412 fans")]
    );
    assert_eq!(
        figures("They found one man the police sought."),
        vec![f(1.0, "man", "one man")]
    );
}

#[test]
fn a_compared_figure_counts_what_comes_before_a_base_not_the_base() {
    // QA round 11 verification, item D5.
    assert_eq!(
        figures(
            "Harlow have 61 points from 30 games, two more than second-placed Enfield, who have played a game more."
        ),
        vec![
            f(61.0, "points", "61 points"),
            f(30.0, "games", "30 games"),
            f(2.0, "points", "two"),
        ]
    );
    assert_eq!(
        figures("He has 12 goals in 10 games, two fewer than Kane."),
        vec![
            f(12.0, "goals", "12 goals"),
            f(10.0, "games", "10 games"),
            f(2.0, "goals", "two"),
        ]
    );
    // With no base the nearest count lends its noun, as before.
    assert_eq!(
        figures("The school has 300 pupils and 20 teachers, two more than last year."),
        vec![
            f(300.0, "pupils", "300 pupils"),
            f(20.0, "teachers", "20 teachers"),
            f(2.0, "teachers", "two"),
        ]
    );
}

#[test]
fn a_word_after_the_last_plural_is_no_part_of_the_noun() {
    assert_eq!(
        figures("Five analysts cut their ratings on Monday, Reuters reported."),
        vec![f(5.0, "analysts", "Five analysts")]
    );
    assert_eq!(
        figures("12 million families take home less."),
        vec![f(12e6, "families", "12 million families")]
    );
    assert_eq!(
        figures("3,000 young kids every day"),
        vec![f(3000.0, "kids", "3,000 young kids")]
    );
    // The phrase goes on to a plural head, or counts one thing.
    assert_eq!(
        figures("2 civil rights quota bills"),
        vec![f(2.0, "bills", "2 civil rights quota bills")]
    );
    assert_eq!(
        figures("one sales manager"),
        vec![f(1.0, "manager", "one sales manager")]
    );
    assert_eq!(
        figures("40 sales staff"),
        vec![f(40.0, "staff", "40 sales staff")]
    );
}

#[test]
fn a_ratio_written_with_hyphens_counts_nothing() {
    for s in [
        "The company posted a 2-for-1 stock split.",
        "They hold a 10-to-1 advantage.",
        "It is a 2-in-1 laptop.",
        "a one-for-one swap",
    ] {
        assert_eq!(figures(s), vec![], "{s}");
    }
    // A compound of a noun still counts it.
    assert_eq!(
        figures("a 12-member panel"),
        vec![f(12.0, "member", "12-member")]
    );
}

#[test]
fn a_participle_after_the_figure_ends_the_noun() {
    assert_eq!(
        figures("Leeds won 1-0 at home, with 35,000 watching."),
        vec![f(1.0, "", "1-0"), f(35000.0, "", "35,000")]
    );
    assert_eq!(
        figures("with 20,000 cheering on"),
        vec![f(20000.0, "", "20,000")]
    );
    assert_eq!(
        figures("A family of four making $40,000 a year")[0],
        f(4.0, "", "four")
    );
    // Before a noun it is the noun's modifier, and after "one" a noun in -ing is a noun.
    assert_eq!(
        figures("We cut taxes for 15 million working Americans."),
        vec![f(15e6, "americans", "15 million working Americans")]
    );
    assert_eq!(
        figures("the 10 remaining hostages"),
        vec![f(10.0, "hostages", "10 remaining hostages")]
    );
    assert_eq!(
        figures("He held one hearing."),
        vec![f(1.0, "hearing", "one hearing")]
    );
    // (The verb is no noun; the crowd says what is counted: QA round 10, item N13.)
    assert_eq!(
        figures("A crowd of 60,254 watched Arsenal win."),
        vec![f(60254.0, "people", "60,254")]
    );
}

#[test]
fn astronomers_units_and_catalogue_names() {
    // QA round 8, item 4.
    for (s, value, unit, text) in [
        (
            "The planet is 41 light-years away.",
            41.0,
            "light-years",
            "41 light-years",
        ),
        (
            "It is 4.2 light years away.",
            4.2,
            "light-years",
            "4.2 light years",
        ),
        ("The Sun's surface is 5,772 K.", 5772.0, "kelvin", "5,772 K"),
        (
            "The dwarf is 3,100 kelvin.",
            3100.0,
            "kelvin",
            "3,100 kelvin",
        ),
        ("Its temperature is 300 K.", 300.0, "kelvin", "300 K"),
    ] {
        let q = one(s);
        assert_eq!(
            (q.value, q.unit.as_deref(), q.measure, q.text.as_str()),
            (value, Some(unit), Some(Measure::Physical), text),
            "{s}"
        );
    }
    // A glued "K" is a thousand; before a hyphen a name.
    assert_eq!(one("It cost $50K.").value, 50_000.0);
    assert_eq!(one("He ran a 5K race.").value, 5_000.0);
    assert_eq!(
        one("It has 300 K-12 schools.").unit.as_deref(),
        Some("schools")
    );
    // A code, a number and one lower-case letter name a planet.
    for s in ["LHS 1140 b is a planet.", "It orbits Gliese 581 c."] {
        assert!(quantities(s, 0).is_empty(), "{s}");
    }
}

#[test]
fn no_unit_across_a_relative_clause_and_the_noun_past_a_possessive() {
    // QA round 8, item 6.
    let found = quantities(
        "Arsenal, who had won their previous five league matches, are second on 36.",
        0,
    );
    assert_eq!(found[0].unit.as_deref(), Some("matches"));
    assert_eq!((found[1].value, found[1].unit.as_deref()), (36.0, None));
    // Without the clause the unit is carried as before.
    let found = quantities("181 drones were fired and 115 were shot down.", 0);
    assert_eq!(found[1].unit.as_deref(), Some("drones"));
    // The noun after the possessive is counted; a plural acronym keeps its capitals.
    assert_eq!(
        one("Reform lost all five of his party's MPs.")
            .unit
            .as_deref(),
        Some("MPs")
    );
    assert_eq!(one("There are 12 MPs.").unit.as_deref(), Some("MPs"));
    assert_eq!(
        one("two of the buildings fell").unit.as_deref(),
        Some("buildings")
    );
    assert_eq!(one("There are 12 Drones.").unit.as_deref(), Some("drones"));
    // A vote count makes points percentage points; elsewhere they stay points.
    assert_eq!(
        one("With most votes counted, Smith led by 6 points.").measure,
        Some(Measure::PercentagePoints)
    );
    assert_eq!(
        one("The Lakers led by 6 points.").measure,
        Some(Measure::Count)
    );
}

#[test]
fn the_financial_pages_abbreviations_of_points() {
    // QA round 9: a key-figures table's "-2.7pts" beside percentages.
    let row = quantities("| Gross margin | 41.3% | 44.0% | -2.7pts |", 0);
    let change = row.last().unwrap();
    assert_eq!(
        (change.value, change.measure),
        (-2.7, Some(Measure::PercentagePoints))
    );
    assert_eq!(
        one("Margin fell 2.7ppts.").measure,
        Some(Measure::PercentagePoints)
    );
    assert_eq!(
        one("The team scored 98 pts in the game.").measure,
        Some(Measure::Count),
        "no percentage nearby: points of a game"
    );
}
