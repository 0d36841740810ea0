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

mod content;
pub(crate) mod entities;
pub(crate) mod interview;
pub(crate) mod lexicon;
pub(crate) mod names;
pub(crate) mod open_quotation;
mod phrases;
mod plausible;
pub(crate) mod referents;
pub(crate) mod roles;
pub(crate) mod speakers;
pub(crate) mod tokens;
pub(crate) mod verbs;
pub(crate) mod words;

use super::punct::Marks;
use content::{
    adds_a_thing, clause_after_the_main_one, puts_no_figure, quotation_in_clause_after,
    reports_content, takes_a_thing, that_clause_after,
};
use phrases::{
    closes_inversion, name_after_owned_role, name_after_role, participle_subject, phrase_after,
    subject_before,
};
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

/// Whether the sentence narrates before its first quotation, with words of its own (three or
/// more: a subject and its verb, "The Opposition dismissed the package as “too little, too
/// late”"): the quotation is the sentence's, not more words of the speaker before it ("“…”",
/// "But “…”" are).
pub fn narrates_before_quotation(tokens: &[Token]) -> bool {
    tokens
        .iter()
        .position(|t| t.quoted)
        .is_some_and(|first| first >= 3)
}

/// Whether `rest` (the text after a quotation that ended with a stop) opens with a short clause
/// that only attributes the quotation: a speech verb with its speaker and nothing but where,
/// when or how after it ("Peskov said.", "said the spokesman.", "he added on Tuesday."). "Officials
/// said 40 people died." reports something of its own: a new sentence.
pub fn is_short_attribution(rest: &str) -> bool {
    let clause_end = rest
        .find(['.', '?', '!', '“', '"', '\n', ',', ':', ';'])
        .unwrap_or(rest.len());
    // ("… two suitcases.” She said: “Everything I am …”": a clause that introduces a quotation
    // of its own is a new sentence.)
    if rest[clause_end..].starts_with([':', '“', '"']) {
        return false;
    }
    let words = || {
        rest[..clause_end]
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
    };
    let Some(verb) = words().take(6).position(verbs::is_speech_verb) else {
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
    let Some(first_cue_word) = tokens.iter().position(|t| t.is(CUE_WORDS)) else {
        return headline_source(sentence, tokens);
    };
    let has_quote = tokens.iter().any(|t| t.quoted);
    // (distance to a quotation, token index); on the stack for the few verbs of a sentence,
    // which half the sentences of news text have: no allocation for each.
    let mut verbs = Verbs::default();
    let mut according = None;
    // (The words before the first cue word hold none.)
    for (k, token) in tokens.iter().enumerate().skip(first_cue_word) {
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
            && !verbs::is_infinitive_or_passive(sentence, tokens, k)
        {
            let distance = if has_quote {
                distance_to_quote(tokens, k)
            } else {
                usize::MAX - tokens.len() + k
            };
            verbs.push((distance, k));
        }
    }
    let verbs = verbs.as_mut_slice();
    verbs.sort_unstable();
    let mut found = verbs.iter().filter_map(|&(_, v)| {
        plausible::plausible(sentence, tokens, v, cue_of_verb(sentence, tokens, v)?)
    });
    let first = found.next().map(|cue| outer_speaker(sentence, tokens, cue));
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
    // "Police put the crowd at 5,000, while organisers said 20,000 attended": two sources give
    // the sentence's figures, and neither speaks for all of them.
    if first.is_some_and(|main| {
        plausible::set_against_earlier(sentence, tokens, &main)
            || according
                .is_some_and(|k| plausible::another_source_before(sentence, tokens, k, &main))
            || found.any(|other| plausible::second_source(sentence, tokens, &main, &other))
    }) {
        return None;
    }
    first.or_else(|| {
        let k = according?;
        // "According to him, …": the object pronoun points back as "he" does.
        let pronoun = tokens.get(k).is_some_and(|t| {
            !t.quoted && t.trail == Trail::Comma && matches!(t.text(sentence), "him" | "her")
        });
        if pronoun {
            return Some(Cue { first: k, last: k });
        }
        // ("according to Nasa's associate administrator for science, Nicky Fox": the name
        // after the role.)
        phrase_after(sentence, tokens, k)
            .filter(|cue| plausible::can_speak(sentence, tokens, cue))
            .map(|cue| name_after_role(sentence, tokens, &cue).unwrap_or(cue))
    })
}

/// "Marco Ferri said the split vote suggested that “…”": a cue that opens the clause an earlier
/// speech verb reports (right after it, or after its "that") is no speaker of the sentence; the
/// earlier verb's subject is, when it has one.
#[inline(never)]
fn outer_speaker(sentence: &str, tokens: &[Token], cue: Cue) -> Cue {
    let mut cue = cue;
    // (Each step moves to an earlier verb: a few at most.)
    while let Some(mut w) = cue.first.checked_sub(1) {
        if tokens[w].text(sentence) == "that" && w > 0 && tokens[w].joins_next() {
            w -= 1;
        }
        let verb = &tokens[w];
        if verb.quoted
            || verb.capital
            || !verb.joins_next()
            || !verb.is(lexicon::SPEECH_VERB)
            || verbs::is_infinitive_or_passive(sentence, tokens, w)
        {
            break;
        }
        match cue_of_verb(sentence, tokens, w) {
            Some(outer) if outer.last < w => cue = outer,
            _ => break,
        }
    }
    cue
}

/// The speech verbs of a sentence, each with its distance to a quotation: the first few in place,
/// all of them on the heap beyond that.
#[derive(Default)]
struct Verbs {
    first: [(usize, usize); 8],
    len: usize,
    more: Vec<(usize, usize)>,
}

impl Verbs {
    fn push(&mut self, verb: (usize, usize)) {
        if self.len < self.first.len() {
            self.first[self.len] = verb;
        } else {
            if self.more.is_empty() {
                self.more.extend_from_slice(&self.first);
            }
            self.more.push(verb);
        }
        self.len += 1;
    }

    fn as_mut_slice(&mut self) -> &mut [(usize, usize)] {
        match self.more.is_empty() {
            true => &mut self.first[..self.len],
            false => &mut self.more,
        }
    }
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
    if verbs::is_attitude_or_act_verb(verb) && !reports_content(sentence, tokens, v) {
        return None;
    }
    if verbs::is_characterising_verb(verb) && !quotation_in_clause_after(tokens, v) {
        return None;
    }
    // "Judge Marbley recommended that he serve …" reports what he said; "recommended a
    // sentence of five years", "the program that Governor Carter recommends" does not.
    if matches!(verb, "recommended" | "recommends") && !that_clause_after(sentence, tokens, v) {
        return None;
    }
    if adds_a_thing(sentence, tokens, v)
        || takes_a_thing(sentence, tokens, v)
        || puts_no_figure(sentence, tokens, v)
    {
        return None;
    }
    if verbs::is_finding_verb(verb) {
        return source_maker(sentence, tokens, v).or_else(|| source_subject(sentence, tokens, v));
    }
    // "The ministry issued a statement on Wednesday, saying …": the main clause's subject (not
    // "Wednesday", as if "the ministry … statement" were an appositive between commas).
    if let Some(cue) = participle_subject(sentence, tokens, v) {
        return Some(cue);
    }
    let quote_only = verbs::is_quote_only_verb(verb);
    if let Some(cue) = subject_before(sentence, tokens, v) {
        if verb.ends_with("ing") && is_noun_modifier(sentence, tokens, &cue) {
            return None; // "an amber warning", "a stark warning": a noun, not a verb
        }
        if verb.ends_with("ed") && is_object_before(sentence, tokens, &cue) {
            return None; // "analysed 2,911 cases reported between …": a participle
        }
        if clause_after_the_main_one(sentence, tokens, &cue, v) {
            return None;
        }
        return (!quote_only
            || beside_quote(&cue)
            || content::quotation_after_object(sentence, tokens, v))
        .then_some(cue);
    }
    if quote_only {
        return None;
    }
    if let Some(cue) = shared_subject(sentence, tokens, v) {
        return Some(cue);
    }
    // ("…, saying the remaining ballots could narrow the gap": a participle takes a clause, and
    // is never inverted.)
    let inverted = !verb.ends_with("ing")
        && (v == 0 || {
            let prev = &tokens[v - 1];
            prev.quoted || matches!(prev.trail, Trail::Comma | Trail::Close | Trail::Dash)
        });
    if !inverted {
        return None;
    }
    if let Some(name) = name_after_owned_role(sentence, tokens, v + 1) {
        return Some(name);
    }
    let cue = phrase_after(sentence, tokens, v + 1)
        .filter(|cue| closes_inversion(sentence, tokens, cue))?;
    Some(name_after_role(sentence, tokens, &cue).unwrap_or(cue))
}

/// "Menon noted that earlier studies had suggested …, but said such studies “…”": a speech verb
/// right after "but" or "and" shares the subject of the sentence's first speech verb (or of its
/// first verb in the past, "He congratulated his opponent and said"), when that subject opens
/// the sentence (the main clause's, not the "earlier studies" of a clause inside).
fn shared_subject(sentence: &str, tokens: &[Token], v: usize) -> Option<Cue> {
    let and = v.checked_sub(1)?;
    if tokens[and].quoted || !matches!(tokens[and].text(sentence), "but" | "and") {
        return None;
    }
    // ("He congratulated his opponent and said …": the verb in the past that follows the
    // sentence's opening subject, when no speech verb comes before "and".)
    let first_verb = tokens[..and]
        .iter()
        .position(|t| !t.quoted && !t.capital && t.is(lexicon::SPEECH_VERB))
        .or_else(|| {
            let opening = &tokens[..and.min(6)];
            let verb = opening.iter().position(|t| {
                !t.capital && !t.quoted && t.text(sentence).ends_with("ed") && !t.is(lexicon::ROLE)
            })?;
            (verb > 0 && opening[..verb].iter().all(|t| t.joins_next() && !t.quoted))
                .then_some(verb)
        })
        .or_else(|| {
            // ("Nasa, which uses slightly different methods, put the increase at 1.28C and
            // said": the verb after a relative clause between commas that describes the
            // opening subject, whatever its tense.)
            let comma = tokens[..and].iter().position(|t| t.trail != Trail::None)?;
            let opener = tokens.get(comma + 1)?;
            let close = (comma + 2..and).find(|&i| tokens[i].trail != Trail::None)?;
            let verb = &tokens[close + 1];
            (tokens[comma].trail == Trail::Comma
                && tokens[close].trail == Trail::Comma
                && matches!(opener.text(sentence), "which" | "who")
                && close + 1 < and
                && !verb.capital
                && !verb.quoted)
                .then_some(close + 1)
        })?;
    subject_before(sentence, tokens, first_verb).filter(|cue| cue.first == 0)
}

/// "A study by the London School of … found", "Data released Friday by the ONS showed": the
/// maker of the source that is the subject of the finding verb at `v`, after its "by" or "from"
/// (a source noun before it, or a participle of publishing after one).
fn source_maker(sentence: &str, tokens: &[Token], v: usize) -> Option<Cue> {
    let clause = tokens[..v]
        .iter()
        .rposition(|t| t.trail != Trail::None || t.quoted)
        .map_or(0, |c| c + 1);
    let by = (clause.max(v.saturating_sub(12))..v).find(|&b| {
        let source = |k: usize| words::is_source_noun(&tokens[k].text(sentence).to_lowercase());
        matches!(tokens[b].text(sentence), "by" | "from")
            && b > clause
            && (source(b - 1)
                || (b.saturating_sub(3).max(clause + 1)..b).any(|p| {
                    matches!(
                        tokens[p].text(sentence),
                        "released" | "published" | "issued" | "compiled" | "collected"
                    ) && source(p - 1)
                }))
    })?;
    phrase_after(sentence, tokens, by + 1).filter(|cue| cue.last < v)
}

/// "…, the study found", "The survey showed that …": a work that has authors, described by its
/// noun with a determiner, is the finding verb's subject, read as "the survey said" is (a
/// statement's noun points back at its speaker). "Prices showed", "They found", "The figures
/// showed" (numbers, whoever made them) name no source.
fn source_subject(sentence: &str, tokens: &[Token], v: usize) -> Option<Cue> {
    let cue = subject_before(sentence, tokens, v)?;
    let head = tokens[cue.last].text(sentence);
    let described = cue.last > cue.first
        && !tokens[cue.last].capital
        && matches!(
            tokens[cue.first].text(sentence),
            "the" | "The" | "this" | "This" | "its" | "Its" | "their" | "Their"
        );
    let work = matches!(
        head,
        "study" | "survey" | "poll" | "analysis" | "research" | "review" | "census"
    ) || words::is_statement_noun(head);
    // "the BLS data showed", "the ONS figures showed": figures speak for the maker named in them
    // ("the data showed" names no one).
    let named_figures = matches!(head, "data" | "figures" | "statistics")
        && tokens[cue.first + 1..cue.last].iter().any(|t| t.capital);
    (described && (work || named_figures)).then_some(cue)
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

/// "Researchers analysed 2,911 cases reported between …": the words before a verb in "-ed" are
/// the object of a verb in the past before them (with its count), so the verb is a participle
/// that describes them, not a speech verb they say. ("Police reported", "the ministry said
/// cases reported …" keep their subjects.)
fn is_object_before(sentence: &str, tokens: &[Token], cue: &Cue) -> bool {
    let Some(mut b) = cue.first.checked_sub(1) else {
        return false;
    };
    if tokens[b]
        .text(sentence)
        .starts_with(|c: char| c.is_ascii_digit())
        && b > 0
    {
        b -= 1;
    }
    let before = &tokens[b];
    let word = before.text(sentence);
    before.joins_next()
        && !before.quoted
        && !before.capital
        && !before.is(lexicon::SPEECH_VERB)
        && (word.ends_with("ed") || matches!(word, "found" | "saw" | "had" | "took" | "made"))
        && !tokens[cue.last].capital
}

fn distance_to_quote(tokens: &[Token], k: usize) -> usize {
    let before = tokens[..k].iter().rposition(|t| t.quoted).map(|q| k - q);
    let after = tokens[k..].iter().position(|t| t.quoted);
    before.into_iter().chain(after).min().unwrap_or(usize::MAX)
}

#[cfg(test)]
mod qa18_tests;
#[cfg(test)]
mod tests;
