use super::tokens::tokenize;
use super::*;

fn speaker(sentence: &str) -> Option<String> {
    let mut marks = Marks::default();
    let mut quotes = Vec::new();
    quotations(sentence, &mut marks, &mut quotes);
    let mut tokens = Vec::new();
    tokenize(sentence, &quotes, &mut tokens);
    let cue = cue(sentence, &tokens)?;
    Some(sentence[tokens[cue.first].start..tokens[cue.last].end].to_string())
}

#[test]
fn subject_then_verb() {
    let s = "“You’re gambling with World War Three,” the U.S. President continued.";
    assert_eq!(speaker(s).as_deref(), Some("the U.S. President"));
    let s = "“We may well be witnessing New Zealand’s darkest day,” Key said.";
    assert_eq!(speaker(s).as_deref(), Some("Key"));
    let s = "In the letter, Zelensky stated, “Ukraine is ready.”";
    assert_eq!(speaker(s).as_deref(), Some("Zelensky"));
    let s = "He added, “My team and I are prepared,” and went on.";
    assert_eq!(speaker(s).as_deref(), Some("He"));
    let s = "The regional governor also reported that seven buildings suffered damage.";
    assert_eq!(speaker(s).as_deref(), Some("The regional governor"));
}

#[test]
fn the_verb_nearest_the_quotation_wins() {
    let s = "Trump went on to announce a pause, a move which Kremlin spokesman Dmitry Peskov \
             described as the “best contribution to the cause of peace.”";
    assert_eq!(
        speaker(s).as_deref(),
        Some("Kremlin spokesman Dmitry Peskov")
    );
    let s = "Moscow appears to appreciate it, with Peskov commenting, “We are positive.”";
    assert_eq!(speaker(s).as_deref(), Some("Peskov"));
}

#[test]
fn appositives_inversions_and_sources() {
    let s = "\"Honestly, it's a shame,\" Ma Hao, a college student who volunteered, told \
             the agency, Xinhua, adding that he helped.";
    assert_eq!(speaker(s).as_deref(), Some("Ma Hao"));
    let s = "It was twice the force of gravity, said Susan Hough, seismologist with the survey.";
    assert_eq!(speaker(s).as_deref(), Some("Susan Hough"));
    let s = "The epicenter was in Longtoushan, according to Xinhua.";
    assert_eq!(speaker(s).as_deref(), Some("Xinhua"));
    let s = "Injuries were reported, Governor Alexander Gusev announced.";
    assert_eq!(speaker(s).as_deref(), Some("Governor Alexander Gusev"));
    let s = "As CBS News' Chris Martinez reported, more than 50 people were pulled out.";
    assert_eq!(speaker(s).as_deref(), Some("CBS News' Chris Martinez"));
}

#[test]
fn attitudes_and_acts_are_not_speech() {
    let s = "The meeting became tense when Trump and Vance expressed their disappointment with \
             Zelensky’s apparent lack of gratitude.";
    assert_eq!(speaker(s), None, "an attitude");
    let s = "He declared a state of national emergency, giving the government wider powers.";
    assert_eq!(speaker(s), None, "an act");
    let s = "However, he expressed some uncertainty regarding how this would unfold.";
    assert_eq!(speaker(s), None);
    // With reported content they report speech.
    let s = "Trump declared that the war was over.";
    assert_eq!(speaker(s).as_deref(), Some("Trump"));
    let s = "Peskov expressed hope that the talks would resume.";
    assert_eq!(speaker(s).as_deref(), Some("Peskov"));
    let s = "“We will never surrender,” the prime minister declared.";
    assert_eq!(speaker(s).as_deref(), Some("the prime minister"));
    let s = "The minister declared, “The border is closed.”";
    assert_eq!(speaker(s).as_deref(), Some("The minister"));
    // Speech verbs keep reporting speech with an object ("said a few words").
    let s = "Officials confirmed the deaths of three soldiers.";
    assert_eq!(speaker(s).as_deref(), Some("Officials"));
}

#[test]
fn qa_offices_places_groups_and_things_added() {
    let s = "\"It is a tragedy,\" said the mayor of Kyiv, Vitali Klitschko.";
    assert_eq!(speaker(s).as_deref(), Some("Vitali Klitschko"));
    let s = "It was a tragedy, said the regional governor, Oleh Syniehubov, on Tuesday.";
    assert_eq!(speaker(s).as_deref(), Some("Oleh Syniehubov"));
    let s = "It was a tragedy, said the mayor of Kyiv, adding that help was on its way.";
    assert_eq!(speaker(s).as_deref(), Some("the mayor"));
    let s = "Dr. Sarah Jones of the University of Oxford said the results were clear.";
    assert_eq!(
        speaker(s).as_deref(),
        Some("Dr. Sarah Jones of the University of Oxford")
    );
    let s = "The people of Gaza said they had no food.";
    assert_eq!(speaker(s).as_deref(), Some("The people of Gaza"));
    let s = "The driver, 61, told police he had not seen the cyclist.";
    assert_eq!(speaker(s).as_deref(), Some("The driver"));
    let s = "Gakpo opened the scoring and Salah added a second from the penalty spot.";
    assert_eq!(speaker(s), None, "a goal added is no speech");
    let s = "The storm added to the pressure on the government.";
    assert_eq!(speaker(s), None);
    let s = "It came from millions of people in 50 states all over this country.";
    assert_eq!(speaker(s), None, "a number is no subject");
    let s = "Officials in Kyiv said 12 people died.";
    assert_eq!(speaker(s).as_deref(), Some("Officials in Kyiv"));
    let s = "Rescuers in the town of Izium said 12 people died.";
    assert_eq!(speaker(s).as_deref(), Some("Rescuers in the town of Izium"));
    let s = "Those who live in Kyiv said they heard blasts.";
    assert_eq!(
        speaker(s),
        None,
        "the object of a preposition is no subject"
    );
    let s = "They issued a memo from the Defense Department saying, “Bids are closed.”";
    assert_eq!(speaker(s).as_deref(), Some("the Defense Department"));
    let s = "It is clear that Secretary of Defense Gates acknowledged the risk.";
    assert_eq!(speaker(s).as_deref(), Some("Secretary of Defense Gates"));
    let s = "According to the Department of Health, 2,300 operations were cancelled.";
    assert_eq!(speaker(s).as_deref(), Some("the Department of Health"));
    let s = "Their manager, Enzo Maresca, said his side had \"not been good enough\".";
    assert_eq!(speaker(s).as_deref(), Some("Enzo Maresca"));
    let s = "According to Ukraine's air force, 41 drones were shot down.";
    assert_eq!(speaker(s).as_deref(), Some("Ukraine's air force"));
    let s = "According to the Central Statistics Office’s price index, inflation rose.";
    assert_eq!(speaker(s).as_deref(), Some("the Central Statistics Office"));
    let s = "According to figures from the United Nations, 2 million people fled.";
    assert_eq!(
        speaker(s).as_deref(),
        Some("figures from the United Nations")
    );
    let s = "Germany pledged 500 million euros in aid.";
    assert_eq!(speaker(s), None, "a promise given is no speech");
    let s = "Germany pledged that it would send more tanks.";
    assert_eq!(speaker(s).as_deref(), Some("Germany"));
    let s = "Risk your troops in a war you've called a mistake.";
    assert_eq!(speaker(s), None, "a pronoun and its auxiliary");
    let s = "First of all, let me say what we have done.";
    assert_eq!(speaker(s), None, "an object pronoun is no subject");
    let s = "Salah added that the team had played well.";
    assert_eq!(speaker(s).as_deref(), Some("Salah"));
    let s = "“We were lucky,” Salah added, “and we know it.”";
    assert_eq!(speaker(s).as_deref(), Some("Salah"));
}

#[test]
fn no_cue_without_a_speaker() {
    assert_eq!(speaker("Trump went on to announce a pause."), None);
    assert_eq!(speaker("The talks were described as tense."), None);
    assert_eq!(
        speaker("Read on to find out more about the developments."),
        None
    );
    assert_eq!(speaker("The situation continues to develop."), None);
}

#[test]
fn qa_cues_appositives_and_anonymous_sources() {
    let s = "\"It's a disaster,\" said one senior official, who asked not to be named.";
    assert_eq!(speaker(s).as_deref(), Some("one senior official"));
    let s = "Critics, including opposition leader Alberto Núñez Feijóo, said the alert reached \
             phones too late.";
    assert_eq!(speaker(s).as_deref(), Some("Critics"), "never “the alert”");
    let s = "A strike killed 14 people and injured 37 on Tuesday, the regional governor, Oleh \
             Syniehubov, said.";
    assert_eq!(speaker(s).as_deref(), Some("Oleh Syniehubov"));
    let s = "The Spanish weather agency AEMET said 491 litres fell in Chiva in eight hours, \
             which it described as \"a year's worth of rain\".";
    assert_eq!(
        speaker(s).as_deref(),
        Some("AEMET"),
        "not the “it” of the relative clause"
    );
    let s = "That's why Senator Hagel, Republican, says it was embarrassing.";
    assert_eq!(
        speaker(s).as_deref(),
        Some("Senator Hagel"),
        "a description, not a name"
    );
    let s = "Even his co-chair here, Senator D'Amato, says he is wrong.";
    assert_eq!(speaker(s).as_deref(), Some("Senator D'Amato"));
    let s = "Mr. Griffin, who lives in Tampa, Florida, indicated that he would vote.";
    assert_ne!(
        speaker(s).as_deref(),
        Some("Tampa"),
        "a place is no speaker"
    );
}

#[test]
fn qa_relative_clauses_nouns_in_ing_and_prepositions() {
    let s = "The National Crime Agency, which led the investigation, said it had recovered \
             £800,000 so far.";
    assert_eq!(speaker(s).as_deref(), Some("The National Crime Agency"));
    let s = "The Met Office issued an amber warning for wind, its second-highest level.";
    assert_eq!(speaker(s), None, "“an amber warning” is a noun");
    let s = "Police in Devon said a 55-year-old man died when a tree fell on his car.";
    assert_eq!(speaker(s).as_deref(), Some("Police in Devon"));
    let s = "A spokesperson for the bank said it would publish its inflation report.";
    assert_eq!(speaker(s).as_deref(), Some("A spokesperson for the bank"));
    let s = "His lawyer said he would appeal.";
    assert_eq!(speaker(s).as_deref(), Some("His lawyer"));
}

#[test]
fn an_inverted_speaker_ends_its_clause() {
    let s = "The shaking was strong, said Susan Hough on Tuesday.";
    assert_eq!(speaker(s).as_deref(), Some("Susan Hough"));
    let s = "The toll rose, said the alert reached phones too late.";
    assert_eq!(
        speaker(s),
        None,
        "a reported clause's subject is no speaker"
    );
}

#[test]
fn short_attributions() {
    assert!(is_short_attribution(" Peskov said. Next."));
    assert!(is_short_attribution(" said the spokesman."));
    assert!(!is_short_attribution(" She held the book out to show him."));
    assert!(is_short_attribution(" he added on Tuesday. Next."));
    assert!(is_short_attribution(
        " Peskov said, adding that talks would follow."
    ));
    assert!(!is_short_attribution(" Officials said 40 people died."));
    assert!(!is_short_attribution(
        " Officials said this was the worst flood in years."
    ));
    assert!(!is_short_attribution(
        " He said the real deficit was closer to 7%."
    ));
    // QA round 10, item N15: a clause that opens a quotation of its own.
    assert!(!is_short_attribution(
        " She said: \"Everything I am, I owe to her.\""
    ));
    assert!(!is_short_attribution(" she added: “We will win.”"));
    assert!(!is_short_attribution(" She said “we will win.”"));
}

/// `is_number_word`'s cheap gate (length and first letter) rules out no number word.
#[test]
fn number_words_pass_the_gate() {
    let slow = |word: &str| {
        word.starts_with(|c: char| c.is_ascii_digit())
            || word.split('-').all(|w| {
                crate::extract::numbers::words::number_word(w.to_ascii_lowercase().as_bytes())
                    .is_some()
                    && w.is_ascii()
            })
    };
    let mut words = vec![
        "",
        "-",
        "-five",
        "Forty-five",
        "forty-Five",
        "twenty-one-hundred",
        "One",
        "TWO",
        "a",
        "ten",
        "Tens",
        "thousands",
        "Thousands-strong",
        "seventeen",
        "dozen",
        "Zero",
        "billions",
        "officials",
        "Sky",
        "50",
        "é",
        "Éight",
        "states",
        "say",
        "two-thirds",
        "Ninety-nine",
    ];
    let listed = crate::extract::numbers::words::NUMBER_WORDS;
    let upper: Vec<String> = listed.iter().map(|w| w.to_ascii_uppercase()).collect();
    words.extend(listed);
    words.extend(upper.iter().map(String::as_str));
    let text = include_str!("../../../data/odesa-drone-strike.txt");
    words.extend(text.split_whitespace());
    for word in words {
        assert_eq!(phrases::is_number_word(word), slow(word), "{word:?}");
    }
}
