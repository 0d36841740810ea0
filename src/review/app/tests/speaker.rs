//! Correcting who speaks (`a`): the correction is a review change like a note (saved, signed,
//! undone with `z`); typing the extracted speaker again, or leaving the field as it was, is none.

use super::*;

/// Ana's session whose first claim the extractor gave to Nabil Abdallah.
fn attributed() -> App {
    let mut claims: Vec<Claim> = (0..3).map(|i| claim(i, 0, Kind::Quote)).collect();
    claims[0].speaker = Some("Nabil Abdallah".into());
    app_with(claims, 1)
}

fn first(a: &App) -> &crate::session::ReviewedClaim {
    &a.session().claims()[0]
}

#[test]
fn a_corrected_speaker_is_kept_signed_and_undone() {
    let mut a = attributed();
    press(&mut a, "a");
    assert_eq!(a.context(), Context::Line);
    press(&mut a, "Ctrl-U");
    type_text(&mut a, "Clementine  Nkweta-Salami ");
    let effect = press(&mut a, "Enter");
    assert!(matches!(effect, Effect::Persist(_)), "saved as it is made");
    let corrected = first(&a);
    assert_eq!(
        corrected.review.corrected_speaker.as_deref(),
        Some("Clementine Nkweta-Salami"),
        "white space folded"
    );
    assert_eq!(corrected.speaker(), Some("Clementine Nkweta-Salami"));
    assert_eq!(corrected.claim.speaker.as_deref(), Some("Nabil Abdallah"));
    assert_eq!(corrected.review.annotated_by.as_deref(), Some("ana"));
    assert_eq!(
        corrected.review.verdict, None,
        "a correction gives no verdict"
    );
    press(&mut a, "z");
    assert_eq!(first(&a).review.corrected_speaker, None);
    assert_eq!(first(&a).speaker(), Some("Nabil Abdallah"));
    let said = a.notice().unwrap_or_default();
    assert!(
        said.starts_with("undone: the speaker of #1") && said.ends_with("now Nabil Abdallah"),
        "{said}"
    );
    press(&mut a, "Ctrl-R");
    let said = a.notice().unwrap_or_default();
    assert!(said.ends_with("now Clementine Nkweta-Salami"), "{said}");
}

#[test]
fn an_emptied_field_says_no_one_speaks_and_the_extracted_name_is_no_correction() {
    let mut a = attributed();
    press(&mut a, "a Ctrl-U Enter");
    assert_eq!(first(&a).review.corrected_speaker.as_deref(), Some(""));
    assert_eq!(first(&a).speaker(), None);
    // Typing the extractor's name again takes the correction back.
    press(&mut a, "a");
    type_text(&mut a, "Nabil Abdallah");
    press(&mut a, "Enter");
    assert_eq!(first(&a).review.corrected_speaker, None);
    assert!(first(&a).review.is_empty(), "nothing left to store");
    // Opened and kept as it was: no change at all.
    press(&mut a, "a");
    assert!(matches!(press(&mut a, "Enter"), Effect::None));
}

#[test]
fn a_speaker_for_a_claim_without_one_and_esc_asks_before_dropping_it() {
    let mut a = attributed();
    press(&mut a, "j a");
    type_text(&mut a, "OCHA");
    press(&mut a, "Esc");
    assert_eq!(
        a.context(),
        Context::Discard,
        "typed text is not dropped unasked"
    );
    press(&mut a, "n Enter");
    let second = &a.session().claims()[1];
    assert_eq!(second.review.corrected_speaker.as_deref(), Some("OCHA"));
    assert_eq!(second.speaker(), Some("OCHA"));
}
