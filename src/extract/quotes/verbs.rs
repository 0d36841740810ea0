//! Closed lists of the verbs that report speech: what they are, and which of them speak only
//! with reported content, only of a source's maker, or only beside a quotation.

use super::lexicon;
use super::tokens::{Token, Trail};

/// A verb that reports speech or a statement, in any common form ("said", "says", "adding").
pub fn is_speech_verb(word: &str) -> bool {
    lexicon::classes(word) & lexicon::SPEECH_VERB != 0
}

/// The words of [`is_speech_verb`].
pub(super) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "added",
    "adds",
    "adding",
    "stated",
    "states",
    "stating",
    "continued",
    "continues",
    "explained",
    "explains",
    "explaining",
    "concluded",
    "concludes",
    "told",
    "tells",
    "telling",
    "asked",
    "asks",
    "replied",
    "replies",
    "responded",
    "noted",
    "notes",
    "noting",
    "wrote",
    "writes",
    "writing",
    "commented",
    "comments",
    "commenting",
    "remarked",
    "declared",
    "declares",
    "declaring",
    "insisted",
    "insists",
    "argued",
    "argues",
    "arguing",
    "warned",
    "warns",
    "warning",
    "claimed",
    "claims",
    "claiming",
    // ("“…,” he alleged"; not "alleges", often a condition's: "if Mr. Carter alleges that".)
    "alleged",
    "announced",
    "announces",
    "announcing",
    "reported",
    "reports",
    "reporting",
    "confirmed",
    "confirms",
    "confirming",
    "acknowledged",
    "admitted",
    "reiterated",
    "reiterates",
    "stressed",
    "stresses",
    "emphasised",
    "emphasized",
    "insisting",
    "recalled",
    "described",
    "describes",
    "describing",
    "called",
    "tweeted",
    "posted",
    "mentioned",
    "mentions",
    "expressed",
    "expresses",
    "expressing",
    "estimated",
    // ("The IOM put the toll at 55": an estimate only with a figure after "at".)
    "put",
    "puts",
    "estimates",
    "predicted",
    "suggested",
    "suggests",
    "indicated",
    "indicates",
    "revealed",
    "disclosed",
    "denied",
    "denies",
    "urged",
    "urges",
    "recommended",
    "recommends",
    "promised",
    "pledged",
    "vowed",
    "agreed",
    "quoted",
    "cited",
    "observed",
    "pointed",
    "wondered",
    "shouted",
    "exclaimed",
    "whispered",
    // Tabloid speech, with a quotation only ([`is_quote_only_verb`]): "Emery raged: “…”".
    "fumed",
    "fumes",
    "raged",
    "rages",
    "blasted",
    "quipped",
    "joked",
    "snapped",
    "ranted",
    "gushed",
    "thundered",
    // Characterising, with quoted words only ([`is_characterising_verb`]).
    "dismissed",
    "dismisses",
    "branded",
    "labelled",
    "labeled",
    "hailed",
    // Findings: speech only of a source's maker ([`is_finding_verb`]).
    "found",
    "finds",
    "showed",
    "shows",
];

/// A verb that reports what a study or figures show ("A study by the London School of … found
/// that", "Data released by the CDC showed"): its speaker is the source's maker, never a subject
/// of its own ("Police found the body").
pub fn is_finding_verb(word: &str) -> bool {
    matches!(word, "found" | "finds" | "showed" | "shows")
}

/// A verb that names an attitude or an act rather than an utterance unless reported content
/// comes with it: "expressed their disappointment" and "declared a state of emergency" report
/// what someone felt or did, "declared that the war was over" and "“…,” he declared" what
/// someone said.
pub fn is_attitude_or_act_verb(word: &str) -> bool {
    matches!(
        word,
        "expressed"
            | "expresses"
            | "expressing"
            | "declared"
            | "declares"
            | "declaring"
            // "Germany pledged 500 million euros": a promise given, speech only with its words.
            | "pledged"
            | "pledges"
            | "pledging"
            | "promised"
            | "promises"
            // "the army had responded with airstrikes": an act, speech only with its words.
            | "responded"
            | "responds"
            // "Arsenal have agreed a fee": a deal made; "agreed that …" is speech.
            | "agreed"
            | "agrees"
            // "The team observed the planet": an act; "observed that …" is speech.
            | "observed"
            | "observes"
    )
}

/// A verb that introduces a direct quotation right after it ("X added, “…”") but not a report
/// ("described as the “…”" is handled with its "as").
pub fn is_quote_only_verb(word: &str) -> bool {
    matches!(
        word,
        "continued"
            | "continues"
            | "shouted"
            | "exclaimed"
            | "whispered"
            | "fumed"
            | "fumes"
            | "raged"
            | "rages"
            | "blasted"
            | "quipped"
            | "joked"
            | "snapped"
            | "ranted"
            | "gushed"
            | "thundered"
    )
}

/// A verb that characterises something, speech only with the quoted words it gives it ("The
/// Opposition dismissed the package as “too little, too late”"; "dismissed the case" is an act).
pub fn is_characterising_verb(word: &str) -> bool {
    matches!(
        word,
        "dismissed" | "dismisses" | "branded" | "labelled" | "labeled" | "hailed"
    )
}

/// "to announce", "was described": the subject before such a verb is not its speaker. (A
/// quotation's last word is none of its: "“The tone was,” said Sofia Lindqvist".)
#[inline(always)]
pub(super) fn is_infinitive_or_passive(sentence: &str, tokens: &[Token], k: usize) -> bool {
    let after_auxiliary = k > 0
        && tokens[k - 1].joins_next()
        && !tokens[k - 1].quoted
        && matches!(
            tokens[k - 1].text(sentence),
            "to" | "was" | "were" | "been" | "be" | "being" | "is" | "are"
        );
    // "Hart was fined £12,500 and told to pay £3,000": a verb of telling right before "to" is
    // an order received, its auxiliary said before ("He told reporters to leave" has an object).
    let told_to = matches!(
        tokens[k].text(sentence),
        "told" | "asked" | "ordered" | "urged" | "instructed" | "advised"
    ) && tokens[k].joins_next()
        && tokens.get(k + 1).is_some_and(|t| t.text(sentence) == "to");
    // "The district said to be worst affected", "the agent said to have handled the payment":
    // hearsay about the subject, never its words ("said to reporters that …" is).
    let hearsay = tokens[k].joins_next()
        && matches!(
            tokens[k].text(sentence),
            "said" | "reported" | "estimated" | "alleged"
        )
        && tokens
            .get(k + 1)
            .is_some_and(|t| t.joins_next() && !t.quoted && t.text(sentence) == "to")
        && tokens
            .get(k + 2)
            .is_some_and(|t| !t.quoted && is_hearsay_verb(t.text(sentence)))
        && !is_instruction(sentence, tokens, k);
    // "Landfall confirmed", a subhead in headline grammar, drops its "was": a past participle
    // ending a line without a stop is passive (a headline's source speaks in the present:
    // "…, police say").
    let headline_passive = k + 1 == tokens.len()
        && tokens[k].trail == Trail::None
        && tokens[k].text(sentence).ends_with("ed")
        && !sentence
            .trim_end()
            .ends_with(['.', '!', '?', '"', '”', '’', '\''])
        && !tokens.iter().any(|t| t.quoted);
    after_auxiliary || told_to || hearsay || headline_passive
}

/// "Health officials said to be alert for symptoms", "Dr Khan said to have children
/// vaccinated": "said to be/have" (at `k`) with no main verb after it for its subject ("The
/// district said to be worst affected has …", "… was remanded") is the subject's speech, an
/// instruction passed on; so is the causative "have children vaccinated". (A phrase set off
/// by a comma, "The shipment, said to be worth £80 million,", stays hearsay.)
fn is_instruction(sentence: &str, tokens: &[Token], k: usize) -> bool {
    if k == 0 || tokens[k - 1].trail != Trail::None {
        return false;
    }
    let rest = &tokens[k + 3..];
    let word = |i: usize| rest.get(i).map_or("", |t| t.text(sentence));
    // ("have their children vaccinated": an object, then its participle.)
    let object = usize::from(matches!(word(0), "their" | "your" | "all" | "the"));
    let lower = |w: &str| w.starts_with(|c: char| c.is_ascii_lowercase());
    let noun = word(object);
    if tokens[k + 2].text(sentence) == "have"
        && lower(noun)
        && !super::phrases::is_number_word(noun)
        && word(object + 1).ends_with("ed")
    {
        return true;
    }
    // (The first word after "be"/"have" is its complement: "said to be worst affected".)
    !rest.iter().enumerate().any(|(i, t)| {
        let w = t.text(sentence);
        matches!(
            w,
            "is" | "are"
                | "was"
                | "were"
                | "has"
                | "had"
                | "have"
                | "will"
                | "would"
                | "could"
                | "did"
                | "does"
                | "remains"
                | "remain"
        ) || i > 0 && w.ends_with("ed")
    })
}

/// A verb in its base form that follows "said to" in hearsay about a subject ("said to be", "said
/// to have", "said to hold £40 million"), never a listener ("said to reporters").
fn is_hearsay_verb(word: &str) -> bool {
    matches!(
        word,
        "be" | "have"
            | "hold"
            | "own"
            | "owe"
            | "number"
            | "total"
            | "include"
            | "involve"
            | "contain"
            | "cost"
            | "exceed"
            | "control"
            | "earn"
            | "face"
            | "lead"
            | "live"
            | "suffer"
            | "account"
            | "represent"
            | "run"
            | "employ"
            | "oversee"
            | "favour"
            | "favor"
            | "want"
    )
}
