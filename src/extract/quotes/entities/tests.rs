//! The entity layer on short articles: organisations by head word and acronym, people by role
//! and last name, Title Case headlines.

use super::super::names::name_runs;
use super::super::tokens::tokenize;
use super::*;

fn entities(text: &[&str]) -> Entities {
    let mut found = Entities::default();
    let (mut tokens, mut runs) = (Vec::new(), Vec::new());
    let mut at = 0;
    for sentence in text {
        tokenize(sentence, &[], &mut tokens);
        name_runs(sentence, &tokens, &mut runs);
        found.observe(sentence, &tokens, &runs, at, &mut Vec::new());
        at += sentence.len() + 1;
    }
    found.finish();
    found
}

fn name_of(found: &Entities, name: &str) -> Option<String> {
    found
        .lookup(name, |ids| ids[0])
        .map(|id| found.get(id).name.clone())
}

#[test]
fn roles_before_names_make_people_and_last_names_alias_them() {
    let found = entities(&[
        "Kremlin spokesman Dmitry Peskov described it.",
        "Ukraine’s President, Volodymyr Zelensky, was visiting.",
        "Vice President JD Vance met with Zelensky and President Trump.",
        "He met President Donald Trump.",
    ]);
    assert_eq!(name_of(&found, "Peskov").as_deref(), Some("Dmitry Peskov"));
    assert_eq!(
        name_of(&found, "Zelensky").as_deref(),
        Some("Volodymyr Zelensky")
    );
    assert_eq!(name_of(&found, "Trump").as_deref(), Some("Donald Trump"));
    let trump = found.lookup("Trump", |ids| ids[0]).unwrap();
    let zelensky = found.lookup("Zelensky", |ids| ids[0]).unwrap();
    let presidents: Vec<EntityId> = found.holders("president", Some("U.S.")).collect();
    assert_eq!(presidents, vec![trump], "Zelensky is Ukraine's president");
    let all: Vec<EntityId> = found.holders("president", None).collect();
    assert!(all.contains(&zelensky) && all.contains(&trump));
    assert_eq!(found.holders("spokesman", Some("Kremlin")).count(), 1);
}

#[test]
fn organisations_by_head_word_and_acronym() {
    let found = entities(&[
        "The Monetary Council met.",
        "Sky News reported it, and the MPC said so.",
        "Then the Council said so.",
    ]);
    assert_eq!(
        name_of(&found, "Council").as_deref(),
        Some("Monetary Council")
    );
    let council = found.organisations_ending_with("council");
    assert_eq!(found.get(council[0]).name, "Monetary Council");
    let sky = found.lookup("Sky News", |ids| ids[0]).unwrap();
    assert_eq!(found.get(sky).kind, EntityKind::Organisation);
    let mpc = found.lookup("MPC", |ids| ids[0]).unwrap();
    assert_eq!(found.get(mpc).kind, EntityKind::Organisation);
}

#[test]
fn an_acronym_is_the_one_organisation_with_its_initials() {
    let found = entities(&[
        "The bank said the Monetary Policy Committee, which met during the day, raised rates.",
        "Inflation rose, the central bank's MPC said in a statement.",
    ]);
    assert_eq!(
        name_of(&found, "MPC").as_deref(),
        Some("Monetary Policy Committee")
    );
    // Two organisations with the same initials: the acronym stays itself.
    let found = entities(&[
        "The Monetary Policy Committee met.",
        "The Municipal Planning Commission met.",
        "The MPC said so.",
    ]);
    assert_eq!(name_of(&found, "MPC").as_deref(), Some("MPC"));
    assert_eq!(
        initials("Nigeria Centre for Disease Control").as_deref(),
        Some("NCDC")
    );
    assert_eq!(initials("Sky News").as_deref(), Some("SN"));
    assert_eq!(initials("Council"), None);
    assert_eq!(initials("Bank of england"), None);
}

#[test]
fn title_case_headlines_register_nothing() {
    let found = entities(&["Death Toll In Mexico Earthquake Rises Above 200"]);
    assert!(found.is_empty());
}

#[test]
fn a_role_in_an_appositive_makes_a_person() {
    // QA round 7, item 1: the role of a place before the comma, or an appositive after it.
    let found = entities(&[
        "The United Nations humanitarian coordinator for Sudan, Clementine Nkweta-Salami, \
         condemned the attack.",
        "Kim Lopez, an assistant professor of medicine, said so.",
        "Army spokesman Brig. Gen. Nabil Abdallah said so.",
        "Acme Voltara, a supplier of chips, said so.",
        "Acme Holdings said so.",
    ]);
    let roles = |name: &str| {
        let id = found.lookup(name, |ids| ids[0]).unwrap();
        let entity = found.get(id);
        (
            entity.kind,
            entity.is_sure(),
            entity.role_words().collect::<Vec<_>>().join("|"),
        )
    };
    assert_eq!(
        roles("Clementine Nkweta-Salami"),
        (EntityKind::Person, true, "coordinator".into())
    );
    assert_eq!(
        roles("Kim Lopez"),
        (EntityKind::Person, true, "professor".into())
    );
    assert_eq!(
        roles("Nabil Abdallah"),
        (EntityKind::Person, true, "spokesman brig. gen.".into())
    );
    // No role heads the appositive: a guess, as before.
    assert_eq!(
        roles("Acme Voltara"),
        (EntityKind::Person, false, String::new())
    );
    // (A company's head word says what it is: QA round 9, item E1.)
    assert_eq!(
        roles("Acme Holdings"),
        (EntityKind::Organisation, true, String::new())
    );
}

#[test]
fn a_role_word_that_opens_an_organisation_s_name() {
    // QA round 10, item N11: "Premier League" is an organisation, not a premier named League.
    let found = entities(&[
        "Arsenal lost in the Champions League on Tuesday.",
        "The Premier League's panel will review the decision.",
        "The Justice Department and General Motors declined to comment.",
        "General Smith and Premier Li Qiang met on Monday.",
    ]);
    for name in ["Premier League", "Justice Department", "General Motors"] {
        let id = found.lookup(name, |ids| ids[0]).unwrap();
        assert_eq!(found.get(id).name, name);
        assert_eq!(found.get(id).kind, EntityKind::Organisation, "{name}");
    }
    assert_eq!(found.organisations_ending_with("league").len(), 2);
    let id = found.lookup("Li Qiang", |ids| ids[0]).unwrap();
    assert_eq!(found.get(id).kind, EntityKind::Person);
}
