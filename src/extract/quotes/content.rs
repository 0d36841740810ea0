//! What a speech verb reports: content (a quotation beside it, a "that" clause), or a thing
//! ("added a second") that makes it no speech at all.

use super::Cue;
use super::tokens::{Token, Trail};

/// Whether the verb at `v` comes with reported content, as speech does: a quotation beside it
/// ("“…,” he declared", "declared, “…”"), a clause ending at it ("…, she declared."), or a
/// "that" clause soon after it ("declared that …", "expressed hope that …").
pub(super) fn reports_content(sentence: &str, tokens: &[Token], v: usize) -> bool {
    let verb = &tokens[v];
    let quoted_before = v > 0 && tokens[v - 1].quoted;
    let quoted_after = tokens.get(v + 1).is_some_and(|t| t.quoted);
    if quoted_before || quoted_after || verb.trail != Trail::None || v + 1 == tokens.len() {
        return true;
    }
    that_clause_after(sentence, tokens, v)
}

/// Whether a "that" follows the verb at `v` within its clause, after its object if it has one:
/// "expressed hope that", "declared that".
pub(super) fn that_clause_after(sentence: &str, tokens: &[Token], v: usize) -> bool {
    if tokens[v].trail != Trail::None {
        return false;
    }
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
pub(super) fn adds_a_thing(sentence: &str, tokens: &[Token], v: usize) -> bool {
    let verb = tokens[v].text(sentence);
    let Some(next) = tokens.get(v + 1) else {
        return false;
    };
    matches!(verb, "added" | "adds" | "adding")
        && tokens[v].trail == Trail::None
        && !tokens.iter().any(|t| t.quoted)
        && (opens_an_amount(next.text(sentence))
            || matches!(
                next.text(sentence),
                "to" | "his" | "her" | "their" | "its" | "two" | "three"
            )
            || next
                .text(sentence)
                .starts_with(|c: char| c.is_ascii_digit()))
}

/// A word that opens a thing counted or an indefinite one, as the object of a verb of acting:
/// "added a second", "recalled about 40,000 packs", "admitted some 240 patients".
fn opens_an_amount(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "another"
            | "about"
            | "nearly"
            | "almost"
            | "around"
            | "some"
            | "more"
            | "over"
    )
}

/// "Pfizer has recalled 1.2 million packs", "The hospital admitted 240 patients": "recalled" and
/// "admitted" with a counted or an indefinite object are acts (a product withdrawn, patients
/// taken in), no speech; so is "recalled" with a definite object ("admitted that …",
/// "admitted the plan had failed", "recalled how …", "“…,” she recalled" are speech).
pub(super) fn takes_a_thing(sentence: &str, tokens: &[Token], v: usize) -> bool {
    let verb = tokens[v].text(sentence);
    if !matches!(verb, "recalled" | "admitted") {
        return false;
    }
    let Some(next) = tokens.get(v + 1).filter(|t| !t.quoted) else {
        return false;
    };
    let word = match tokens[v].trail {
        Trail::None => next.text(sentence),
        Trail::Comma => ",",
        _ => return false,
    };
    if describes_the_noun_before(sentence, tokens, v, word) {
        return true;
    }
    if word == "," {
        return false;
    }
    // ("admitted the 340 patients": a counted object after its article.)
    let counted_after = |d: &str| {
        matches!(d, "the" | "its" | "their")
            && tokens
                .get(v + 2)
                .is_some_and(|t| super::phrases::is_number_word(t.text(sentence)))
    };
    let counted = super::phrases::is_number_word(word)
        || counted_after(word)
        || opens_an_amount(word)
        || matches!(
            word,
            "all" | "several" | "dozens" | "hundreds" | "thousands" | "millions"
        );
    // ("recalled the batch", "recalled its pens", "recalled the day": a product withdrawn or a
    // memory, no statement; "admitted the plan had failed" may be a clause.)
    let remembered = verb == "recalled" && matches!(word, "the" | "its" | "their" | "his" | "her");
    counted && !(verb == "admitted" && counted_subject(sentence, tokens, v)) || remembered
}

/// "The force admitted 12 officers had been injured", "admitted 40% of five-year-olds in the
/// borough were unvaccinated": the counted words after "admitted" (at `v`) are the subject of a
/// reported clause with "that" left out when a finite verb follows them within a few words,
/// before any punctuation, quotation or word that opens another clause ("admitted 40 children
/// who were …", "admitted 3 counts and …" are objects).
fn counted_subject(sentence: &str, tokens: &[Token], v: usize) -> bool {
    for token in tokens.iter().skip(v + 2).take(7) {
        let word = token.text(sentence);
        if token.quoted {
            return false;
        }
        if matches!(
            word,
            "had" | "have" | "has" | "were" | "was" | "are" | "is" | "would" | "could" | "will"
        ) {
            return true;
        }
        if token.trail != Trail::None
            || matches!(
                word,
                "who"
                    | "which"
                    | "that"
                    | "whose"
                    | "whom"
                    | "where"
                    | "when"
                    | "as"
                    | "while"
                    | "after"
                    | "before"
                    | "because"
                    | "since"
                    | "until"
                    | "and"
                    | "or"
            )
        {
            return false;
        }
    }
    false
}

/// "The 340 patients admitted after the attack were discharged", "Drivers recalled by the
/// company were paid", "Of the 120 children admitted, 40 …": "admitted"/"recalled" (at `v`,
/// `next` the word after it) as a participle that describes the noun before it, taken in or
/// called back, not its speech: with its agent ("by"); or, with no quotation in the sentence
/// and no "that"/"how" clause after it, after a counted noun, or after a common noun (not a
/// role, an organisation or a pronoun: "the minister admitted to MPs that …" speaks) and
/// before a preposition.
fn describes_the_noun_before(sentence: &str, tokens: &[Token], v: usize, next: &str) -> bool {
    if next == "by" {
        return true;
    }
    let Some(n) = v.checked_sub(1) else {
        return false;
    };
    let noun = &tokens[n];
    let word = noun.text(sentence);
    // (A sentence's first word is capitalised: "Patients admitted to the unit waited".)
    let common = !noun.capital || n == 0 && super::roles::is_group(word);
    if noun.quoted || !common || !noun.joins_next() || super::words::pronoun(word).is_some() {
        return false;
    }
    let counted = n > 0 && super::phrases::is_number_word(tokens[n - 1].text(sentence));
    let before_preposition = matches!(
        next,
        "to" | "after"
            | "in"
            | "from"
            | "on"
            | "with"
            | "during"
            | "since"
            | "into"
            | "at"
            | "for"
            | "over"
            | "last"
            | "this"
            | "overnight"
    ) && !super::roles::is_role(word)
        && !word.strip_suffix('s').is_some_and(super::roles::is_role)
        && !super::roles::is_organisation_head(word);
    // ("Of the 120 children admitted, 40 …": a counted noun's participle may end its phrase.)
    (counted || before_preposition && next != ",")
        && !matches!(next, "that" | "how")
        && !that_clause_after(sentence, tokens, v)
        && !tokens.iter().any(|t| t.quoted)
}

/// "The Opposition dismissed the package as “too little, too late”", "branded the budget “a
/// fantasy”": a verb that characterises something speaks only with the quoted words it gives it,
/// after its object (and "as") in the same clause ("The court dismissed the case" says nothing).
pub(super) fn quotation_in_clause_after(tokens: &[Token], v: usize) -> bool {
    if tokens[v].trail != Trail::None {
        return false;
    }
    for token in tokens.iter().skip(v + 1).take(8) {
        if token.quoted {
            return true;
        }
        if token.trail != Trail::None && !token.possessive {
            return false;
        }
    }
    false
}

/// "blasted the figures: “…”", "snapped at reporters: “…”", "quipped that the gang “should …”":
/// a tabloid verb (at `v`) speaks to a quotation after a short object and a colon, or in the
/// clause its "that" opens ("photographers snapped Reid" says nothing).
pub(super) fn quotation_after_object(sentence: &str, tokens: &[Token], v: usize) -> bool {
    if tokens[v].trail != Trail::None {
        return false;
    }
    if tokens
        .get(v + 1)
        .is_some_and(|t| t.text(sentence) == "that")
    {
        return quotation_in_clause_after(tokens, v);
    }
    for (i, token) in tokens.iter().enumerate().skip(v + 1).take(4) {
        if token.quoted {
            return false;
        }
        if token.trail != Trail::None {
            let colon = sentence[token.end..]
                .trim_start_matches(['\'', '’'])
                .starts_with(':');
            return colon && tokens.get(i + 1).is_some_and(|t| t.quoted);
        }
    }
    false
}

/// "put pressure on the government", "put the suspect at the scene": "put" reports nothing
/// unless its object is set "at" a figure in the same clause, an estimate ("The IOM put the
/// death toll at 55", "UNHCR puts the number of missing at about 61").
pub(super) fn puts_no_figure(sentence: &str, tokens: &[Token], v: usize) -> bool {
    matches!(tokens[v].text(sentence), "put" | "puts") && !puts_a_figure_at(sentence, tokens, v)
}

/// [`puts_no_figure`]: whether "at" and a figure follow the verb at `v` within its clause.
fn puts_a_figure_at(sentence: &str, tokens: &[Token], v: usize) -> bool {
    if tokens[v].trail != Trail::None {
        return false;
    }
    let clause = tokens.iter().enumerate().skip(v + 1).take(10);
    for (k, token) in clause {
        if token.quoted {
            return false;
        }
        if token.text(sentence) == "at" {
            return tokens
                .get(k + 1)
                .is_some_and(|t| opens_a_figure(t.text(sentence)));
        }
        if token.trail != Trail::None && !token.possessive {
            return false;
        }
    }
    false
}

/// A word that starts a figure: digits, a currency sign, a number word or a hedge before one.
fn opens_a_figure(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    word.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '£' | '€'))
        || crate::extract::numbers::words::number_word(lower.as_bytes()).is_some()
        || matches!(
            lower.as_str(),
            "about"
                | "around"
                | "roughly"
                | "nearly"
                | "almost"
                | "some"
                | "least"
                | "more"
                | "over"
                | "between"
                | "up"
                | "close"
                | "approximately"
        )
}

/// "Cholera cases in Zambaru top 14,000 as WHO warns of regional spread": a speech verb in a
/// clause of time or cause after the main clause, that reports no words but speaks "of" or
/// "about" something, says nothing of the main clause, whose figures are nobody's. ("Prices rose
/// 5%, as the ONS said" attributes them; "…, because he says we can't do something seventy-two
/// other countries do" reports his words.)
pub(super) fn clause_after_the_main_one(
    sentence: &str,
    tokens: &[Token],
    cue: &Cue,
    v: usize,
) -> bool {
    let Some(opener) = cue.first.checked_sub(1) else {
        return false;
    };
    let conjunction = &tokens[opener];
    opener > 0
        && !conjunction.quoted
        && tokens[opener - 1].trail == Trail::None
        && matches!(
            conjunction.text(sentence),
            "as" | "while" | "when" | "after" | "before" | "because" | "since"
        )
        && cue.last < v
        && tokens[v].trail == Trail::None
        && tokens
            .get(v + 1)
            .is_some_and(|t| !t.quoted && matches!(t.text(sentence), "of" | "about"))
}
