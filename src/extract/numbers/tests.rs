//! Figures on real sentences (the sample article and `../shared/corpus/news/`) and on short
//! texts written for each rule. The pre-filter's tests are in `tests/prefilter.rs`, what a
//! figure counts (units, carried nouns, tolls) in `tests/units.rs`, ranges in `tests/ranges.rs`.

mod money;
mod paid_per;
mod people;
mod prefilter;
mod qa10;
mod qa11;
mod qa12;
mod qa13;
mod qa15_figs;
mod qa18_units;
mod qa19_figs;
mod qa19_units;
mod qa20_figures;
mod qa21_labels;
mod qa9;
mod ranges;
mod rates;
mod units;

use super::quantities;
use crate::claim::{Measure, Qualifier, Quantity};

/// (value, unit, measure) of every figure in `s`.
pub(super) fn measured(s: &str) -> Vec<(f64, Option<String>, Option<Measure>)> {
    quantities(s, 0)
        .into_iter()
        .map(|q| (q.value, q.unit, q.measure))
        .collect()
}

/// An age in years, as [`measured`] gives it.
pub(super) fn age(value: f64) -> (f64, Option<String>, Option<Measure>) {
    (value, Some("years".to_string()), Some(Measure::Age))
}

/// (value, unit, text) of every figure in `s`.
pub(super) fn figures(s: &str) -> Vec<(f64, Option<String>, String)> {
    quantities(s, 0)
        .into_iter()
        .map(|q| (q.value, q.unit, q.text))
        .collect()
}

fn one(s: &str) -> Quantity {
    let found = quantities(s, 0);
    assert_eq!(found.len(), 1, "{s}: {found:#?}");
    found.into_iter().next().unwrap()
}

pub(super) fn f(value: f64, unit: &str, text: &str) -> (f64, Option<String>, String) {
    let unit = (!unit.is_empty()).then(|| unit.to_string());
    (value, unit, text.to_string())
}

#[test]
fn sample_article_odesa_sentence_gives_age_and_injured() {
    let s = "On March 4, 2025, Russian forces launched a drone attack on the southern Ukrainian \
             city of Odesa, killing a 77-year-old woman and injuring three others.";
    let found = quantities(s, 100);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].value, 77.0);
    assert_eq!(found[0].measure, Some(Measure::Age));
    assert_eq!(found[0].unit.as_deref(), Some("years"));
    assert_eq!(found[0].text, "77-year-old");
    assert_eq!(&s[found[0].start - 100..found[0].end - 100], "77-year-old");
    assert_eq!(found[1].value, 3.0);
    assert_eq!(found[1].unit.as_deref(), Some("others"));
    assert_eq!(found[1].text, "three others");
}

#[test]
fn sample_article_elided_unit_is_carried() {
    let s = "In response to the 181 drones fired by Russia, Ukraine successfully shot down 115.";
    let found = quantities(s, 0);
    assert_eq!(
        found
            .iter()
            .map(|q| (q.value, q.unit.as_deref()))
            .collect::<Vec<_>>(),
        vec![(181.0, Some("drones")), (115.0, Some("drones"))]
    );
    assert!(!found[0].unit_carried && found[1].unit_carried);
    assert_eq!(found[1].text, "115");
}

#[test]
fn sample_article_names_and_years_are_not_figures() {
    let s = "“You’re gambling with World War Three, and what you’re doing is highly disrespectful \
             to this country,” the U.S. President continued.";
    assert_eq!(figures(s), vec![]);
    let s = "However, he expressed some uncertainty regarding how this would unfold due to \
             Ukraine’s 2022 decree prohibiting negotiations with Russian President Putin.";
    assert_eq!(figures(s), vec![]);
}

#[test]
fn separators_decimals_and_percentages() {
    assert_eq!(
        figures("more than 1,400 in 1974"),
        vec![f(1400.0, "", "1,400")]
    );
    let all = quantities("raised the base rate by 50 basis points to 3.40%", 0);
    assert_eq!(
        (all[0].value, all[0].measure),
        (50.0, Some(Measure::BasisPoints))
    );
    assert_eq!(all[1].value, 3.4);
    assert_eq!(all[1].measure, Some(Measure::Percent));
    assert_eq!(all[1].text, "3.40%");
    let q = one("inflation was 15.5 per cent");
    assert_eq!((q.value, q.measure), (15.5, Some(Measure::Percent)));
    let q = one("by 50 bps");
    assert_eq!(q.measure, Some(Measure::BasisPoints));
    let q = one("half a percent");
    assert_eq!((q.value, q.unit.as_deref()), (0.5, Some("percent")));
}

#[test]
fn money_with_symbols_codes_scales_and_words() {
    let q = one("a $5 million aid package");
    assert_eq!(
        (q.value, q.unit.as_deref(), q.text.as_str()),
        (5e6, Some("USD"), "$5 million")
    );
    assert_eq!(q.measure, Some(Measure::Money));
    let q = one("worth €2.5bn in total");
    assert_eq!(
        (q.value, q.unit.as_deref(), q.text.as_str()),
        (2.5e9, Some("EUR"), "€2.5bn")
    );
    let q = one("a fee of USD 10 per visit");
    assert_eq!(
        (q.value, q.unit.as_deref(), q.text.as_str()),
        (10.0, Some("USD"), "USD 10")
    );
    let q = one("loans of US$300 were paid");
    assert_eq!((q.value, q.unit.as_deref()), (300.0, Some("USD")));
    let q = one("it cost 2.5 million euros");
    assert_eq!((q.value, q.unit.as_deref()), (2.5e6, Some("EUR")));
}

#[test]
fn number_words_and_scales() {
    assert_eq!(
        figures("seventy-seven people died"),
        vec![f(77.0, "people", "seventy-seven people")]
    );
    assert_eq!(
        figures("nearly a dozen buildings"),
        vec![f(12.0, "buildings", "a dozen buildings")]
    );
    assert_eq!(
        figures("2.5 million people fled"),
        vec![f(2.5e6, "people", "2.5 million people")]
    );
    let q = one("tens of thousands of tents, beds and blankets");
    assert_eq!((q.value, q.unit.as_deref()), (1e4, Some("tents")));
    assert_eq!(q.qualifier, Some(Qualifier::Indefinite));
    let q = one("hundreds of Russian drones overnight");
    assert_eq!((q.value, q.unit.as_deref()), (100.0, Some("drones")));
    assert_eq!(q.text, "hundreds of Russian drones");
}

#[test]
fn ages_magnitudes_durations_and_measurements() {
    for (s, value, measure) in [
        ("a 6.3-magnitude quake", 6.3, Measure::Magnitude),
        (
            "a magnitude-7.1 quake in the region",
            7.1,
            Measure::Magnitude,
        ),
        (
            "after the 7.1 magnitude quake struck",
            7.1,
            Measure::Magnitude,
        ),
        ("a man aged 45 was arrested", 45.0, Measure::Age),
        ("a seventy-seven-year-old man", 77.0, Measure::Age),
        ("she is 30 years old", 30.0, Measure::Age),
        ("the worst catastrophe in 80 years", 80.0, Measure::Duration),
        ("a 10-day ceasefire", 10.0, Measure::Duration),
        ("10 kilometers below ground", 10.0, Measure::Physical),
    ] {
        let q = one(s);
        assert_eq!((q.value, q.measure), (value, Some(measure)), "{s}");
    }
    assert_eq!(one("a 6.3-magnitude quake").text, "6.3-magnitude");
    assert_eq!(one("a magnitude-7.1 quake").text, "magnitude-7.1");
}

#[test]
fn of_ties_a_part_to_its_whole() {
    let found = quantities("only 55 of 75 confirmed dead had been identified", 0);
    assert_eq!(
        found
            .iter()
            .map(|q| (q.value, q.unit.as_deref()))
            .collect::<Vec<_>>(),
        vec![(55.0, Some("dead")), (75.0, Some("dead"))]
    );
    let q = one("two of the buildings collapsed");
    assert_eq!(
        (q.value, q.unit.as_deref(), q.text.as_str()),
        (2.0, Some("buildings"), "two")
    );
}

#[test]
fn qualifiers_are_recorded() {
    for (s, q) in [
        ("at least 230 people", Qualifier::AtLeast),
        ("more than 2,500 troops", Qualifier::MoreThan),
        ("about 400,000 people", Qualifier::About),
        ("close to 400 rescue workers", Qualifier::Nearly),
        ("almost 70,000 people", Qualifier::Nearly),
        ("up to 300 people", Qualifier::UpTo),
        ("fewer than 20 people", Qualifier::LessThan),
        ("as many as 40 drones", Qualifier::UpTo),
    ] {
        assert_eq!(one(s).qualifier, Some(q), "{s}");
    }
    assert_eq!(one("181 drones").qualifier, None);
}

#[test]
fn dates_and_times_are_not_figures() {
    for s in [
        "On March 4, 2025, Russian forces attacked",
        "22.06.2008 6:23:02 P",
        "20-09-2025 | 07:05",
        "The disaster struck Sunday at 0830 UTC",
        "in 1970, and since 1985.",
        "Since October 2007, inflation trended upwards",
        "at 7 p.m. local time",
        "three days ago",
        "in the 1990s",
    ] {
        assert_eq!(figures(s), vec![], "{s}");
    }
    assert_eq!(
        figures("more than 2,500 troops had arrived"),
        vec![f(2500.0, "troops", "2,500 troops")]
    );
}

#[test]
fn names_models_ordinals_and_pronouns_are_not_figures() {
    for s in [
        "Air Force One landed",
        "an F-16 and an A330 and a Su-34",
        "COVID-19 cases",
        "the second-largest city",
        "the 21st century",
        "5G masts",
        "open 24/7",
        "one of frenzied attempts",
        "the one who left",
        "no one was hurt",
        "a two-thirds majority",
        "Flight 17 was shot down",
        "Article 5 of the treaty",
        "a third woman and a man",
        "the one-week deposit rate",
    ] {
        assert_eq!(figures(s), vec![], "{s}");
    }
}

#[test]
fn that_one_is_a_count_after_a_reporting_verb_or_before_a_person() {
    for (s, text, unit) in [
        (
            "Police said that one child died in the fire.",
            "one child",
            "child",
        ),
        (
            "Officials confirmed that one child was among the dead.",
            "one child",
            "child",
        ),
        (
            "He reported that one woman died in hospital.",
            "one woman",
            "woman",
        ),
        (
            "…, adding that one person was injured.",
            "one person",
            "person",
        ),
        (
            "Officials said that one drone was shot down.",
            "one drone",
            "drone",
        ),
        (
            "It is feared that one soldier was captured.",
            "one soldier",
            "soldier",
        ),
    ] {
        let q = one(s);
        assert_eq!(
            (q.value, q.text.as_str(), q.unit.as_deref()),
            (1.0, text, Some(unit)),
            "{s}"
        );
    }
    // The demonstrative pronoun, and "one" as a pronoun after a conjunction.
    for s in [
        "That one was worse, he said.",
        "I think that one is better.",
        "He liked that one more than this.",
        "He said that one of them was hurt.",
        "She said that one was enough.",
        "They chose that one house over the others.",
    ] {
        assert_eq!(figures(s), vec![], "{s}");
    }
}

#[test]
fn sentence_initial_number_words_count() {
    assert_eq!(
        figures("One woman suffered a traumatic brain injury"),
        vec![f(1.0, "woman", "One woman")]
    );
    assert_eq!(
        figures("Eight were pulled from the building"),
        vec![f(8.0, "", "Eight")]
    );
}

#[test]
fn offsets_are_document_offsets_on_multibyte_text() {
    let s = "“Kyiv’s data” — 1,400 drones.";
    let base = 42;
    let q = &quantities(s, base)[0];
    assert_eq!(&s[q.start - base..q.end - base], "1,400 drones");
    assert_eq!(q.text, "1,400 drones");
}

#[test]
fn sentences_without_figures_allocate_nothing() {
    let found = quantities("Read on to find out more about the developments.", 0);
    assert!(found.is_empty() && found.capacity() == 0);
}

#[test]
fn with_dates_gives_what_the_two_scanners_give() {
    for s in [
        "On March 4, 2025, Russian forces launched a drone attack, killing a 77-year-old woman.",
        "In response to the 181 drones fired by Russia, Ukraine successfully shot down 115.",
        "Last week, President Donald Trump and Vice President JD Vance met with Zelensky.",
        "Read on to find out more about the developments.",
        "three days ago, 22.06.2008 6:23:02 P and 1,400 in 1974",
    ] {
        let (q, d) = super::with_dates(s, 9);
        assert_eq!(q, quantities(s, 9), "{s}");
        assert_eq!(d, crate::extract::dates::dates(s, 9), "{s}");
    }
}

#[test]
fn qa_ages_set_off_by_commas() {
    let age = one("The suspect, 33, was arrested on Friday.");
    assert_eq!((age.value, age.measure), (33.0, Some(Measure::Age)));
    assert_eq!(age.unit.as_deref(), Some("years"));
    let age = one("John Smith, 45, of Leeds, was injured.");
    assert_eq!(age.measure, Some(Measure::Age));
    let count = one("On Tuesday, 14, or more, died.");
    assert_ne!(count.measure, Some(Measure::Age), "a weekday is no person");
}

#[test]
fn qa_one_ending_a_list_of_figures_counts() {
    let s = "Of the 95 dead, 92 were in the Valencia region, two in Castilla-La Mancha and one in \
             Andalusia, according to the emergency services.";
    assert_eq!(
        figures(s),
        vec![
            f(95.0, "dead", "95 dead"),
            f(92.0, "dead", "92"),
            f(2.0, "dead", "two"),
            f(1.0, "dead", "one")
        ]
    );
    assert!(figures("He was the one in charge.").is_empty());
}

#[test]
fn qa_a_count_referring_back_takes_the_noun_of_the_sentence_before() {
    let text = "Authorities said 22 people had been rescued from the building. Eight were pulled \
                from the television building.\nSeven buildings were damaged. Fires broke out in \
                two of them.\nThe rest stood empty. Two of them burned.\n";
    let claims = crate::extract::extract_with(text, 0, &crate::extract::Options { min_score: 0.0 });
    let unit_of = |sentence: &str| {
        let claim = claims
            .iter()
            .find(|c| c.text.starts_with(sentence))
            .unwrap();
        claim.quantities[0].unit.clone()
    };
    assert_eq!(unit_of("Eight").as_deref(), Some("people"));
    // A crowd is no group named before (QA round 19, item E-4).
    let text =
        "The club has 25 players.\n\nAbout 1.2 million watched the final, the broadcaster said.\n";
    let claims = crate::extract::extract_with(text, 0, &crate::extract::Options { min_score: 0.0 });
    let crowd = claims.iter().find(|c| c.text.starts_with("About")).unwrap();
    assert_eq!(crowd.quantities[0].unit, None);
    assert_eq!(unit_of("Fires").as_deref(), Some("buildings"));
    assert_eq!(
        unit_of("Two of them"),
        None,
        "the sentence before counts nothing"
    );
    let text = "Earlier this month, 9 people were killed in a strike on Odesa. Another 5 died in \
                Dnipro two days later.\n";
    let claims = crate::extract::extract_with(text, 0, &crate::extract::Options { min_score: 0.0 });
    assert_eq!(claims[1].quantities[0].unit.as_deref(), Some("people"));
}

#[test]
fn qa_of_the_ties_a_part_to_its_whole() {
    let s = "Officials said 50 of the 95 victims have been identified; 40 remain unidentified.";
    assert_eq!(
        figures(s),
        vec![
            f(50.0, "victims", "50"),
            f(95.0, "victims", "95 victims"),
            f(40.0, "victims", "40")
        ]
    );
}

#[test]
fn qa_terminal_control_sequences_hold_no_figures() {
    let s = "The strike \x1b[0mkilled \x1b[1m14 people\x1b[0m on Tuesday.";
    assert_eq!(figures(s), vec![f(14.0, "people", "14 people")]);
}

#[test]
fn election_units_past_a_share_in_brackets_and_a_swing_in_points() {
    // QA round 15, a-13.
    let got = quantities(
        "Hargrove had 1,412,806 votes (51.3%) to Caldwell's 1,298,440 (47.1%), a margin of \
         124,366 votes.",
        0,
    );
    let units: Vec<Option<&str>> = got.iter().map(|q| q.unit.as_deref()).collect();
    assert_eq!(
        units,
        [
            Some("votes"),
            Some("percent"),
            Some("votes"),
            Some("percent"),
            Some("votes")
        ]
    );
    let swing = quantities("The swing from Labour to Reform was 17.8 points.", 0);
    assert_eq!(swing[0].measure, Some(Measure::PercentagePoints));
    // A game's points swing in whole ones.
    let game = quantities("It was a swing of 15 points in the third quarter.", 0);
    assert_ne!(game[0].measure, Some(Measure::PercentagePoints));
}

#[test]
fn a_figure_before_dotted_initials_counts_the_noun_after_them() {
    // QA round 16, item 6: "U.S." is no unit "u".
    assert_eq!(
        figures("The attack killed 18 U.S. soldiers."),
        vec![f(18.0, "soldiers", "18 U.S. soldiers")]
    );
    assert_eq!(
        figures("Thirty U.K. nationals were evacuated."),
        vec![f(30.0, "nationals", "Thirty U.K. nationals")]
    );
    assert_eq!(
        figures("The attack killed 18 U.S."),
        vec![f(18.0, "people", "18")]
    );
}

#[test]
fn a_wire_clock_time_before_its_zone_is_no_figure() {
    let s = "The blast hit at 10:42 p.m. local time (2042 GMT) on Tuesday, April 21, 2026.";
    assert_eq!(figures(s), vec![]);
}
