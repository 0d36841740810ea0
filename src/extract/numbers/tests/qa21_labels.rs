//! QA round 21 (tester K): round 20's rules for statistics labels, ages and channels read on
//! vote reports and storm reports.

use super::{age, f, figures, measured};

#[test]
fn each_statistic_of_a_vote_counts_its_own_label() {
    // QA round 21, item K-7: "ayes" was carried to the noes and the abstentions.
    let found = figures("VOTE RESULT: ayes 312, noes 298 and abstentions 14.");
    assert_eq!(found[0], f(312.0, "ayes", "312"));
    assert_eq!(found[1], f(298.0, "noes", "298"));
    assert_eq!(found[2], f(14.0, "abstentions", "14"));
    let found = figures("Votes: ayes 312; noes 298; abstentions 14.");
    assert_eq!(found[1], f(298.0, "noes", "298"));
    assert_eq!(found[2], f(14.0, "abstentions", "14"));
    let found =
        figures("Result of the second reading: yes votes 312, no votes 298, abstentions 14.");
    assert_eq!(found[0], f(312.0, "yes votes", "312"));
    assert_eq!(found[1], f(298.0, "no votes", "298"));
    // A label that is no plural noun gives no unit, and takes none from the others.
    let found = figures("Results: ayes 312, noes 298, absent 26.");
    assert_eq!(found[2], f(26.0, "", "26"));
    let found = figures("In the upper house, senators 45, members 60 and ministers 12 attended.");
    assert_eq!(found[0], f(45.0, "senators", "45"));
    assert_eq!(found[1], f(60.0, "members", "60"));
    assert_eq!(found[2], f(12.0, "", "12"));
    // A figure after a verb still counts what the figure before it counts.
    let found = figures("Stats: shots 16, and the keeper saved 12.");
    assert_eq!(found[1].1.as_deref(), Some("shots"), "{found:?}");
}

#[test]
fn numbers_listed_after_a_lower_case_plural_label_are_names() {
    // QA round 21, item K-8: flight, route, platform, district and section numbers.
    for s in [
        "Cancelled: flights 203, 207 and 311, Japan Airlines said.",
        "Closed roads: routes 5, 7 and 9, the police said.",
        "Closed: platforms 9, 10.",
        "Affected areas: districts 4, 7, wards 12.",
    ] {
        assert_eq!(figures(s), vec![], "{s}");
    }
    assert_eq!(
        figures("The storm cut power to two areas: districts 4 and 7."),
        vec![f(2.0, "areas", "two areas")]
    );
    assert_eq!(
        figures("The bill changes three parts of the law: sections 12, 14 and 19."),
        vec![f(3.0, "parts", "three parts")]
    );
    // One figure after a plural label is a statistic; a count before a list stays a count.
    assert_eq!(
        figures("Cancelled: flights 12.")[0],
        f(12.0, "flights", "12")
    );
    assert_eq!(
        figures("The airline cancelled 203 flights, 17 of them to Osaka.").len(),
        2
    );
}

#[test]
fn holders_of_a_role_under_a_number_are_under_an_age() {
    // QA round 21, item K-10.
    let found = measured("About 200 of the MPs were under 40, the parliament's figures show.");
    assert_eq!(found[1], age(40.0));
    let found = measured("Of the 3,000 voters, 400 were under 25.");
    assert_eq!(found[2], age(25.0));
    // A count of things under a number is no age.
    let found = figures("About 200 of the bills were under 40, the clerk said.");
    assert_ne!(found[1].1.as_deref(), Some("years"));
}

#[test]
fn square_nautical_miles_are_an_area() {
    // QA round 21, item K-11: not "40 miles".
    let found = figures("Rescuers searched an area of 40 square nautical miles overnight.");
    assert_eq!(found[0], f(40.0, "sq nmi", "40 square nautical miles"));
    assert_eq!(
        figures("an area of 12 sq nmi")[0],
        f(12.0, "sq nmi", "12 sq nmi")
    );
}

#[test]
fn an_age_lowered_to_a_number_is_an_age() {
    // QA round 21, item K-12: not "16 votes", nor bare "18, 16".
    let found = measured("Bill passes with 312 votes as voting age is lowered to 16");
    assert_eq!(found[1], age(16.0));
    let found = measured("The reform means lowering the voting age from 18 to 16, officials said.");
    assert_eq!(found, vec![age(18.0), age(16.0)]);
    let found = measured("The pension age was raised to 67 in 2020.");
    assert_eq!(found[0], age(67.0));
}

#[test]
fn a_broadcaster_s_number_before_a_speech_verb_is_its_name() {
    // QA round 21, item K-13.
    for s in [
        "France 24 reported that 300 residents were evacuated.",
        "Fox 5 reported that 300 residents were evacuated.",
    ] {
        assert_eq!(
            figures(s),
            vec![f(300.0, "residents", "300 residents")],
            "{s}"
        );
    }
    // A hedged count, or a date, before the verb stays what it was.
    assert_eq!(figures("Some 40 said they had left.").len(), 1);
    assert_eq!(figures("Nearly 40 said they had left.").len(), 1);
    assert_eq!(figures("Another 12 reported symptoms.").len(), 1);
}

#[test]
fn a_pressure_in_hectopascals_is_named_by_its_symbol() {
    // QA round 21, item K-18: "950 hpa" beside "925 hectopascals", which never compared.
    let found =
        figures("The central pressure dropped to 925 hectopascals, down from 950 hPa on Sunday.");
    assert_eq!(found[0], f(925.0, "hPa", "925 hectopascals"));
    assert_eq!(found[1], f(950.0, "hPa", "950 hPa"));
}

#[test]
fn the_last_item_of_a_gapped_list_is_no_statistic() {
    // QA round 21, item K-7 (narrowed): "took" is understood in each item, so "four" counts
    // seats like the others (a true "34 + 17 + 6 + 4 = 61 > 60").
    let found = figures(
        "Of the 60 seats on the committee, the Liberal Democrats took 34, the Social Democrats 17, \
         the Greens six and independents four.",
    );
    assert_eq!(found[4].1.as_deref(), Some("seats"), "{found:?}");
}
