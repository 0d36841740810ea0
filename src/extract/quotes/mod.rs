//! Quotations in a sentence and the words that say who is speaking (the "cue").
//!
//! Patterns, all read from the words outside the quotation marks:
//! - subject before a speech verb: "Trump said", "the U.S. President continued", "Peskov
//!   commenting, “…”", "which Kremlin spokesman Dmitry Peskov described as the “…”", "Sky News
//!   reported that …", "Ma Hao, a college student …, told Xinhua";
//! - subject after the verb, after a comma or a quotation: "…,” said Susan Hough";
//! - a source after "according to": "according to Xinhua".
//!
//! Who the words refer to (a pronoun, a title, a last name) is decided in
//! [`speakers`].

pub(crate) mod entities;
pub(crate) mod lexicon;
pub(crate) mod names;
mod phrases;
pub(crate) mod referents;
pub(crate) mod roles;
pub(crate) mod speakers;
pub(crate) mod tokens;
pub(crate) mod words;

use super::punct::Marks;
use phrases::{closes_inversion, name_after_role, phrase_after, subject_before};
use tokens::{Token, Trail};

/// Words of a sentence that name who is speaking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// Token index of the phrase's first word.
    pub first: usize,
    /// Token index of the phrase's last word.
    pub last: usize,
}

/// The paired double quotations of `sentence`, as sentence offsets (opening mark to just past the
/// closing one).
pub fn quotations(sentence: &str, marks: &mut Marks, out: &mut Vec<(usize, usize)>) {
    marks.scan_quotes(sentence, 0, sentence.len());
    out.clear();
    out.extend(marks.quotes.iter().map(|q| (q.start, q.end)));
}

/// The number of words in the longest quotation (none without `quotations`, the sentence's
/// [`quotations`]: only they mark words quoted).
pub fn longest_quotation(tokens: &[Token], quotations: &[(usize, usize)]) -> usize {
    if quotations.is_empty() {
        return 0;
    }
    let mut longest = 0;
    let mut run = 0;
    for token in tokens {
        if token.quoted {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    longest
}

/// Whether `rest` (the text after a quotation that ended with a stop) opens with a short clause
/// that only attributes the quotation: a speech verb with its speaker and nothing but where,
/// when or how after it ("Peskov said.", "said the spokesman.", "he added on Tuesday."). "Officials
/// said 40 people died." reports something of its own: a new sentence.
pub fn is_short_attribution(rest: &str) -> bool {
    let clause_end = rest
        .find(['.', '?', '!', '“', '"', '\n', ',', ':', ';'])
        .unwrap_or(rest.len());
    let words = || {
        rest[..clause_end]
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
    };
    let Some(verb) = words().take(6).position(words::is_speech_verb) else {
        return false;
    };
    let mut after = words().skip(verb + 1).peekable();
    match after.peek() {
        None => true,
        // "on Tuesday", "in a statement"; not "this was …", "as prices rose", a clause of its own.
        Some(&first) if words::is_circumstance(first) => {
            !matches!(first, "this" | "so" | "as" | "when" | "while") && after.count() <= 6
        }
        // "said the spokesman": the speaker after the verb, which opens the clause.
        Some(_) => verb == 0 && after.count() <= 5,
    }
}

/// Finds the words naming the speaker or source of `sentence`, if it has any.
pub fn cue(sentence: &str, tokens: &[Token]) -> Option<Cue> {
    // Both are lower-case classes, so `Token::is` answers for every token.
    const CUE_WORDS: lexicon::Classes = lexicon::SPEECH_VERB | lexicon::ACCORDING;
    // Most sentences have neither a speech verb nor "according": no cue, read at a glance.
    if !tokens.iter().any(|t| t.is(CUE_WORDS)) {
        return headline_source(sentence, tokens);
    }
    let has_quote = tokens.iter().any(|t| t.quoted);
    let mut verbs: Vec<(usize, usize)> = Vec::new(); // (distance to a quotation, token index)
    let mut according = None;
    for (k, token) in tokens.iter().enumerate() {
        if !token.is(CUE_WORDS) || token.quoted {
            continue;
        }
        if token.is(lexicon::ACCORDING)
            && tokens.get(k + 1).is_some_and(|t| t.text(sentence) == "to")
        {
            according.get_or_insert(k + 2);
            continue;
        }
        if !token.capital
            && token.is(lexicon::SPEECH_VERB)
            && !is_infinitive_or_passive(sentence, tokens, k)
        {
            let distance = if has_quote {
                distance_to_quote(tokens, k)
            } else {
                usize::MAX - tokens.len() + k
            };
            verbs.push((distance, k));
        }
    }
    verbs.sort_unstable();
    let mut found = verbs
        .iter()
        .filter_map(|&(_, v)| cue_of_verb(sentence, tokens, v));
    let first = found.next();
    if let Some(pronoun) = first
        && words::pronoun(tokens[pronoun.first].text(sentence)).is_some()
    {
        // "AEMET said …, which it described as “…”": a pronoun in the same sentence points at
        // the named subject of the main clause.
        let named = found.find(|cue| {
            cue.last < pronoun.first && words::pronoun(tokens[cue.last].text(sentence)).is_none()
        });
        return named.or(first);
    }
    first.or_else(|| according.and_then(|k| phrase_after(sentence, tokens, k)))
}

/// The source a headline names after its last colon: "Drone attack kills four: Governor",
/// "Three dead in blast: Police". One to three words, a role or capitalised, and a line without
/// a final stop.
fn headline_source(sentence: &str, tokens: &[Token]) -> Option<Cue> {
    let line = sentence.trim_end();
    if line.ends_with(['.', '!', '?', '"', '\u{201d}']) || tokens.len() < 3 {
        return None;
    }
    // (The colon may follow a figure, which is no word: "Inflation falls to 2.3%: ONS".)
    let colon_at = line.rfind(':')?;
    let colon = tokens.iter().rposition(|t| t.end <= colon_at)?;
    let source = &tokens[colon + 1..];
    let named = |t: &Token| t.capital || roles::is_role(t.text(sentence));
    let fits = (1..=3).contains(&source.len())
        && colon >= 2
        && source.iter().all(|t| named(t) && !t.quoted)
        && (source.len() > 1
            || is_acronym(source[0].text(sentence))
            || roles::is_role(source[0].text(sentence))
            || roles::is_organisation_head(source[0].text(sentence)));
    fits.then(|| Cue {
        first: colon + 1,
        last: tokens.len() - 1,
    })
}

/// A word in capitals, two letters or more ("ONS", "WHO").
fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// The speaker words of the speech verb at `v`, if it reports speech here.
fn cue_of_verb(sentence: &str, tokens: &[Token], v: usize) -> Option<Cue> {
    // "continued" reports speech only beside a quotation ("…,” the President continued).
    let beside_quote = |cue: &Cue| {
        cue.first > 0 && tokens[cue.first - 1].quoted || tokens.get(v + 1).is_some_and(|t| t.quoted)
    };
    let verb = tokens[v].text(sentence);
    if words::is_attitude_or_act_verb(verb) && !reports_content(sentence, tokens, v) {
        return None;
    }
    if adds_a_thing(sentence, tokens, v) {
        return None;
    }
    let quote_only = words::is_quote_only_verb(verb);
    if let Some(cue) = subject_before(sentence, tokens, v) {
        if verb.ends_with("ing") && is_noun_modifier(sentence, tokens, &cue) {
            return None; // "an amber warning", "a stark warning": a noun, not a verb
        }
        return (!quote_only || beside_quote(&cue)).then_some(cue);
    }
    if quote_only {
        return None;
    }
    let inverted = v == 0 || {
        let prev = &tokens[v - 1];
        prev.quoted || matches!(prev.trail, Trail::Comma | Trail::Close | Trail::Dash)
    };
    if !inverted {
        return None;
    }
    let cue = phrase_after(sentence, tokens, v + 1)
        .filter(|cue| closes_inversion(sentence, tokens, cue))?;
    Some(name_after_role(sentence, tokens, &cue).unwrap_or(cue))
}

/// Whether the verb at `v` comes with reported content, as speech does: a quotation beside it
/// ("“…,” he declared", "declared, “…”"), a clause ending at it ("…, she declared."), or a
/// "that" clause soon after it ("declared that …", "expressed hope that …").
fn reports_content(sentence: &str, tokens: &[Token], v: usize) -> bool {
    let verb = &tokens[v];
    let quoted_before = v > 0 && tokens[v - 1].quoted;
    let quoted_after = tokens.get(v + 1).is_some_and(|t| t.quoted);
    if quoted_before || quoted_after || verb.trail != Trail::None || v + 1 == tokens.len() {
        return true;
    }
    // The object and a "that" within the same clause: "expressed hope that", "declared that".
    for token in tokens.iter().skip(v + 1).take(4) {
        if token.quoted {
            return false;
        }
        if token.text(sentence) == "that" {
            return true;
        }
        if token.trail != Trail::None && !token.possessive {
            return false;
        }
    }
    false
}

/// "Salah added a second", "added 10 points", "added to the pressure": "add" with a thing
/// added, and no quotation in the sentence, reports no speech ("he added that …", "“…,” she
/// added", "added: “…”" do).
fn adds_a_thing(sentence: &str, tokens: &[Token], v: usize) -> bool {
    let verb = tokens[v].text(sentence);
    let Some(next) = tokens.get(v + 1) else {
        return false;
    };
    matches!(verb, "added" | "adds" | "adding")
        && tokens[v].trail == Trail::None
        && !tokens.iter().any(|t| t.quoted)
        && (matches!(
            next.text(sentence),
            "a" | "an" | "another" | "to" | "his" | "her" | "their" | "its" | "two" | "three"
        ) || next
            .text(sentence)
            .starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether the words before an "-ing" form are an article and modifiers of it, not a subject
/// ("an amber warning"; not "the spokesman warning", "Peskov commenting").
fn is_noun_modifier(sentence: &str, tokens: &[Token], cue: &Cue) -> bool {
    let head = &tokens[cue.last];
    cue.last > cue.first
        && matches!(
            tokens[cue.first].text(sentence),
            "a" | "A" | "an" | "An" | "the" | "The"
        )
        && !head.capital
        && !head.is(lexicon::ROLE)
}

fn distance_to_quote(tokens: &[Token], k: usize) -> usize {
    let before = tokens[..k].iter().rposition(|t| t.quoted).map(|q| k - q);
    let after = tokens[k..].iter().position(|t| t.quoted);
    before.into_iter().chain(after).min().unwrap_or(usize::MAX)
}

/// "to announce", "was described": the subject before such a verb is not its speaker.
fn is_infinitive_or_passive(sentence: &str, tokens: &[Token], k: usize) -> bool {
    k > 0
        && matches!(
            tokens[k - 1].text(sentence),
            "to" | "was" | "were" | "been" | "be" | "being" | "is" | "are"
        )
}

#[cfg(test)]
mod tests {
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
        let s =
            "It was twice the force of gravity, said Susan Hough, seismologist with the survey.";
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
    }
}
