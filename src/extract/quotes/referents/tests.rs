use super::*;

#[test]
fn to_front_keeps_the_most_recent_once() {
    let (mut fast, mut slow) = (Vec::new(), Vec::new());
    for k in 0..500usize {
        let id = (k * 7 + k / 3) % 13;
        to_front(&mut fast, id);
        slow.retain(|&other| other != id);
        slow.insert(0, id);
        slow.truncate(RECENT);
        assert_eq!(fast, slow);
    }
}

#[test]
fn titles_and_roles_give_genders() {
    assert_eq!(gender_of_role("Mrs."), Gender::Female);
    assert_eq!(gender_of_role("Mr"), Gender::Male);
    assert_eq!(gender_of_role("spokeswoman"), Gender::Female);
    assert_eq!(gender_of_role("congressman"), Gender::Male);
    assert_eq!(gender_of_role("president"), Gender::Unknown);
    assert!(Gender::Male.fits(Gender::Unknown) && !Gender::Male.fits(Gender::Female));
    assert_eq!(gender_of_first_name("Linda"), Gender::Female);
    assert_eq!(gender_of_first_name("Greg"), Gender::Male);
    assert_eq!(gender_of_first_name("Voltara"), Gender::Unknown);
}

#[test]
fn places_are_not_organisations_that_speak() {
    assert!(is_place("Valencia region") && is_place("Mexico City"));
    assert!(!is_place("EU Commission"));
}
