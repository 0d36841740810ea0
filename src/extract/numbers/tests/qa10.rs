//! QA round 10: money in pounds, tallies, odds ratios, "over", sports figures and ages the
//! tester found misread (items N5, N6, N8, N9, N13, N16, and N7's lengths).

use super::super::quantities;
use super::{f, figures};
use crate::claim::{Measure, Qualifier, Quantity};

/// (value, unit, measure) of every figure in `s`.
fn measured(s: &str) -> Vec<(f64, Option<String>, Option<Measure>)> {
    quantities(s, 0)
        .into_iter()
        .map(|q| (q.value, q.unit, q.measure))
        .collect()
}

fn m(value: f64, unit: &str, measure: Measure) -> (f64, Option<String>, Option<Measure>) {
    (value, Some(unit.to_string()), Some(measure))
}

fn only(s: &str) -> Quantity {
    let found = quantities(s, 0);
    assert_eq!(found.len(), 1, "{s}: {found:#?}");
    found.into_iter().next().unwrap()
}

#[test]
fn pounds_spelled_out_are_money() {
    // N5.
    for (s, value, text) in [
        (
            "The club paid 45 million pounds for him.",
            45e6,
            "45 million pounds",
        ),
        (
            "They lost 300 pounds sterling.",
            300.0,
            "300 pounds sterling",
        ),
        ("He paid 20 pounds.", 20.0, "20 pounds"),
        ("He diverted millions of pounds.", 1e6, "millions of pounds"),
        (
            "a fine of 2,000 British pounds",
            2000.0,
            "2,000 British pounds",
        ),
    ] {
        let q = only(s);
        assert_eq!(
            (q.value, q.unit.as_deref(), q.measure, q.text.as_str()),
            (value, Some("GBP"), Some(Measure::Money), text),
            "{s}"
        );
    }
    // Other currencies in a compound or after an indefinite amount.
    assert_eq!(
        measured("She took out a 200,000-euro variable-rate mortgage."),
        vec![m(200000.0, "EUR", Measure::Money)]
    );
    assert_eq!(
        measured("He bought a 5-dollar ticket."),
        vec![m(5.0, "USD", Measure::Money)]
    );
    assert_eq!(
        measured("They lost millions of dollars."),
        vec![m(1e6, "USD", Measure::Money)]
    );
    assert_eq!(
        measured("Prices rose by 5,000 Lebanese pounds."),
        vec![m(5000.0, "LBP", Measure::Money)]
    );
    // A noun after an indefinite amount is still counted.
    assert_eq!(
        measured("hundreds of drones"),
        vec![m(100.0, "drones", Measure::Count)]
    );
}

#[test]
fn pounds_that_weigh_are_a_weight() {
    // N5: a body's or a thing's weight is in lb, not money.
    for s in [
        "The baby weighed 12 pounds at birth.",
        "She gave birth to a 9-pound baby.",
        "He lost 30 pounds in a year.",
        "He has lost more than 30 pounds.",
        "Police seized 20 pounds of cocaine.",
        "Israel dropped 2,000-pound bombs.",
        "Her weight rose to 140 pounds.",
    ] {
        let q = only(s);
        assert_eq!(
            (q.unit.as_deref(), q.measure),
            (Some("lb"), Some(Measure::Physical)),
            "{s}"
        );
    }
    // A weight verb does not make money of a scaled amount, nor does a pound sign.
    assert_eq!(
        measured("The firm lost 30 million pounds.")[0],
        m(30e6, "GBP", Measure::Money)
    );
    assert_eq!(
        measured("a 20-pound note")[0],
        m(20.0, "GBP", Measure::Money)
    );
    assert_eq!(
        measured("millions of pounds of public money")[0],
        m(1e6, "GBP", Measure::Money)
    );
}

#[test]
fn yards_ounces_and_lb_are_physical() {
    // N7: lengths and weights the figure checks convert.
    assert_eq!(
        measured("Saka beat Martinez with a shot from 20 yards (25 metres)."),
        vec![
            m(20.0, "yards", Measure::Physical),
            m(25.0, "metres", Measure::Physical)
        ]
    );
    assert_eq!(
        measured("a 40-yard run")[0],
        m(40.0, "yard", Measure::Physical)
    );
    assert_eq!(
        measured("It weighs 5 oz.")[0],
        m(5.0, "oz", Measure::Physical)
    );
    assert_eq!(measured("a 3 lb bag")[0], m(3.0, "lb", Measure::Physical));
    assert_eq!(measured("6 feet")[0], m(6.0, "feet", Measure::Physical));
}

#[test]
fn tallies_of_a_jury_or_a_board_are_one_score() {
    // N8.
    for (s, text) in [
        (
            "The jury of seven women and five men returned majority verdicts of 10-2.",
            "10-2",
        ),
        ("He was convicted on the 10-2 verdicts.", "10-2"),
        ("The committee was in a 4-2 split.", "4-2"),
        ("The board approved it by a 7-2 vote.", "7-2"),
        ("The jury reached a 10-2 majority.", "10-2"),
        ("The court split 5-4.", "5-4"),
    ] {
        let found = quantities(s, 0);
        let tally = found.last().unwrap();
        assert_eq!(
            (tally.text.as_str(), tally.measure, tally.unit.as_deref()),
            (text, Some(Measure::Score), None),
            "{s}"
        );
        assert!(found.iter().all(|q| !q.unit_carried), "{s}: {found:#?}");
    }
    // A range with a unit stays a range.
    let q = only("The majority was 10-15 seats.");
    assert_eq!((q.value, q.upper), (10.0, Some(15.0)));
    assert_eq!(only("The decision was 2-3 weeks away.").upper, Some(3.0));
}

#[test]
fn an_odds_ratio_and_its_interval_are_no_percentage() {
    // N6.
    let s = "Vaccinated children were 93% less likely to be infected (adjusted odds ratio \
             0.07, 95% CI 0.04-0.12).";
    let found = quantities(s, 0);
    let ratio = |q: &Quantity| (q.value, q.upper, q.unit.clone(), q.measure);
    let odds = Some("odds ratio".to_string());
    assert_eq!(
        ratio(&found[1]),
        (0.07, None, odds.clone(), Some(Measure::Ratio))
    );
    assert_eq!(
        found[2].unit.as_deref(),
        Some("percent"),
        "the confidence level"
    );
    assert_eq!(
        ratio(&found[3]),
        (0.04, Some(0.12), odds.clone(), Some(Measure::Ratio))
    );
    let found = quantities("(odds ratio 2.87; 95% confidence interval 2.41 to 3.42)", 0);
    assert_eq!(
        ratio(&found[0]),
        (2.87, None, odds.clone(), Some(Measure::Ratio))
    );
    assert_eq!(
        ratio(&found[2]),
        (2.41, Some(3.42), odds, Some(Measure::Ratio))
    );
    for (s, name) in [
        (
            "The hazard ratio was 1.45 (95% CI 1.12-1.88).",
            "hazard ratio",
        ),
        (
            "Smokers were at risk (aOR 2.1, 95% CI 1.5-2.9).",
            "odds ratio",
        ),
        ("a relative risk of 0.62", "relative risk"),
        ("(HR = 0.62; 95% CI 0.5-0.8)", "hazard ratio"),
        ("the odds ratio (OR) 2.87", "odds ratio"),
    ] {
        let q = &quantities(s, 0)[0];
        assert_eq!(
            (q.unit.as_deref(), q.measure),
            (Some(name), Some(Measure::Ratio)),
            "{s}"
        );
    }
    // An interval of a percentage is in percent; "OR" in prose is no ratio.
    let found = quantities("Efficacy was 93% (95% CI 90.2 to 99.3).", 0);
    assert_eq!(found[2].unit.as_deref(), Some("percent"));
    assert_eq!(
        figures("Choose 5 OR 6."),
        vec![f(5.0, "", "5"), f(6.0, "", "6")]
    );
}

#[test]
fn over_may_mean_during_or_about() {
    // N9.
    let q = |s: &str, k: usize| quantities(s, 0)[k].qualifier;
    assert_eq!(
        q(
            "Businessman jailed for 14 years over £4.2m investor fraud",
            1
        ),
        None
    );
    assert_eq!(q("a row over a $5bn deal", 0), None);
    assert_eq!(
        q(
            "The department said it was spending £20 million over two years on clinics.",
            1
        ),
        None
    );
    assert_eq!(q("Prices rose 5% over three years.", 1), None);
    assert_eq!(q("The loan is repaid over 25 years.", 0), None);
    // More than.
    let more = Some(Qualifier::MoreThan);
    assert_eq!(q("Over 70 people died.", 0), more);
    assert_eq!(q("Over £4.2m was stolen.", 0), more);
    assert_eq!(q("He stole over £4.2m from investors.", 0), more);
    assert_eq!(q("He served over 10 years in prison.", 0), more);
    assert_eq!(q("It lasted just over two years.", 0), more);
    assert_eq!(q("They waited over two hours.", 0), more);
    // An age: most of them over 70 are no investors.
    let found = quantities("He defrauded 213 investors, most of them over 70.", 0);
    assert_eq!(
        (
            found[1].value,
            found[1].unit.as_deref(),
            found[1].measure,
            found[1].qualifier
        ),
        (70.0, Some("years"), Some(Measure::Age), more)
    );
    assert!(!found[1].unit_carried);
}

#[test]
fn ages_under_a_bound_in_words_and_of_children() {
    // N16.
    let q = only("Cases among children under five rising sharply.");
    assert_eq!(
        (
            q.value,
            q.unit.as_deref(),
            q.measure,
            q.qualifier,
            q.text.as_str()
        ),
        (
            5.0,
            Some("years"),
            Some(Measure::Age),
            Some(Qualifier::LessThan),
            "five"
        )
    );
    assert_eq!(
        only("a vaccine for children under five").measure,
        Some(Measure::Age)
    );
    // A unit or a plural noun of its own is the figure's.
    assert_eq!(
        only("children under five children").unit.as_deref(),
        Some("children")
    );
    assert_eq!(
        only("Most of them over 70 people.").unit.as_deref(),
        Some("people")
    );
    let found = measured("Fewer than 70% of five-year-olds had both doses.");
    assert_eq!(found[1], m(5.0, "years", Measure::Age));
    assert_eq!(
        measured("two 17-year-olds")[1],
        m(17.0, "years", Measure::Age)
    );
    // "The median age … was 4 years (interquartile range 1 to 9)".
    let found = quantities(
        "The median age of cases was 4 years (interquartile range 1 to 9).",
        0,
    );
    assert_eq!(found[0].measure, Some(Measure::Age));
    assert_eq!(
        (found[1].upper, found[1].unit.as_deref(), found[1].measure),
        (Some(9.0), Some("years"), Some(Measure::Age))
    );
    // A length of time stays one; its spread borrows nothing.
    let found = quantities("He served 4 years (range 1 to 9).", 0);
    assert_eq!(found[0].measure, Some(Measure::Duration));
    assert_eq!(found[1].unit, None);
    assert_eq!(
        only("The age limit was raised by 2 years.").measure,
        Some(Measure::Duration)
    );
}

#[test]
fn sports_results_gaps_and_crowds() {
    // N13.
    let q = only("Arsenal 2 Aston Villa 1: Saka double sends Gunners second");
    assert_eq!(
        (q.text.as_str(), q.measure),
        ("2 Aston Villa 1", Some(Measure::Score))
    );
    assert_eq!(only("Chapter 3 Verse 16: love").measure, None);
    let found = quantities(
        "Arsenal are on 29 points from 13 games, three behind leaders Liverpool.",
        0,
    );
    assert_eq!(
        (found[2].value, found[2].unit.as_deref()),
        (3.0, Some("points"))
    );
    let found = quantities("They are on 30 points, two clear of Chelsea.", 0);
    assert_eq!(found[1].unit.as_deref(), Some("points"));
    // Without points in the sentence, the nearest count lends as before; a noun after "clear"
    // is counted.
    let found = quantities("They won 5 games, two behind Chelsea.", 0);
    assert_eq!(found[1].unit.as_deref(), Some("games"));
    assert_eq!(only("two clear winners").unit.as_deref(), Some("winners"));
    assert_eq!(only("They are six adrift.").unit, None);
    let q = only("A crowd of 60,254 watched the game.");
    assert_eq!(
        (q.unit.as_deref(), q.measure),
        (Some("people"), Some(Measure::Count))
    );
    let q = only("The attendance was more than 52,000.");
    assert_eq!(q.unit.as_deref(), Some("people"));
    assert_eq!(
        only("A crowd of 60,254 fans watched.").unit.as_deref(),
        Some("fans")
    );
}
