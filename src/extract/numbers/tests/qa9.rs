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
