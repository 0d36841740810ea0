//! QA round 9, item E8: units the tester found misread.

use super::super::quantities;
use super::{f, figures};
use crate::claim::Measure;

#[test]
fn a_speed_with_a_slash_is_one_unit() {
    let s = "maximum sustained winds of 115 mph (185 km/h), the National Hurricane Center said.";
    assert_eq!(
        figures(s),
        vec![f(115.0, "mph", "115 mph"), f(185.0, "km/h", "185 km/h")]
    );
    assert_eq!(quantities(s, 0)[1].measure, Some(Measure::Physical));
    assert_eq!(figures("gusts of 30 m/s."), vec![f(30.0, "m/s", "30 m/s")]);
    // A length is still a length, and a slash between two figures is no speed.
    assert_eq!(figures("a 185 km drive"), vec![f(185.0, "km", "185 km")]);
    assert_eq!(
        figures("It fell 40 km/hour later."),
        vec![f(40.0, "km", "40 km")]
    );
}

#[test]
fn a_noun_in_eed_is_the_noun_not_a_verb_after_it() {
    let s = "you are causing roughly one extra major bleed,\" he said.";
    let found = quantities(s, 0);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].unit.as_deref(), Some("bleed"));
    assert_eq!(found[0].text, "one extra major bleed");
    // A participle still ends the noun.
    assert_eq!(
        figures("Officials said one hostage freed on Monday was well."),
        vec![f(1.0, "hostage", "one hostage")]
    );
}

#[test]
fn a_dose_is_a_figure() {
    let s = "Half were given 75mg of aspirin a day and half a placebo.";
    let found = quantities(s, 0);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!((found[0].value, found[0].text.as_str()), (75.0, "75mg"));
    assert_eq!(found[0].unit.as_deref(), Some("mg"));
    assert_eq!(found[0].measure, Some(Measure::Physical));
    assert_eq!(
        figures("a daily dose of 100 milligrams"),
        vec![f(100.0, "milligrams", "100 milligrams")]
    );
    assert_eq!(figures("5 ml of syrup"), vec![f(5.0, "ml", "5 ml")]);
}

#[test]
fn the_up_of_a_hyphenated_noun_is_no_up_to() {
    let s = "The trial's next phase will extend follow-up to ten years.";
    let found = quantities(s, 0);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].qualifier, None);
    assert_eq!(found[0].text, "ten years");
    // "up to" itself is still a hedge.
    let found = quantities("The trial will follow patients for up to ten years.", 0);
    assert_eq!(found[0].qualifier, Some(crate::claim::Qualifier::UpTo));
    let found = quantities("The company plans to hire up to 500 workers.", 0);
    assert_eq!(found[0].qualifier, Some(crate::claim::Qualifier::UpTo));
}
