//! Closed word lists of English news prose: speech and reporting verbs, roles, the head nouns of
//! organisations, pronouns. General vocabulary, never the names of any one article.

/// A verb that reports speech or a statement, in any common form ("said", "says", "adding").
pub fn is_speech_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "say"
            | "saying"
            | "added"
            | "adds"
            | "adding"
            | "stated"
            | "states"
            | "stating"
            | "continued"
            | "continues"
            | "explained"
            | "explains"
            | "explaining"
            | "concluded"
            | "concludes"
            | "told"
            | "tells"
            | "telling"
            | "asked"
            | "asks"
            | "replied"
            | "replies"
            | "responded"
            | "noted"
            | "notes"
            | "noting"
            | "wrote"
            | "writes"
            | "writing"
            | "commented"
            | "comments"
            | "commenting"
            | "remarked"
            | "declared"
            | "declares"
            | "insisted"
            | "insists"
            | "argued"
            | "argues"
            | "warned"
            | "warns"
            | "warning"
            | "claimed"
            | "claims"
            | "claiming"
            | "announced"
            | "announces"
            | "announcing"
            | "reported"
            | "reports"
            | "reporting"
            | "confirmed"
            | "confirms"
            | "confirming"
            | "acknowledged"
            | "admitted"
            | "reiterated"
            | "reiterates"
            | "stressed"
            | "stresses"
            | "emphasised"
            | "emphasized"
            | "insisting"
            | "recalled"
            | "described"
            | "describes"
            | "describing"
            | "called"
            | "tweeted"
            | "posted"
            | "mentioned"
            | "mentions"
            | "expressed"
            | "estimated"
            | "estimates"
            | "predicted"
            | "suggested"
            | "suggests"
            | "indicated"
            | "indicates"
            | "revealed"
            | "disclosed"
            | "denied"
            | "denies"
            | "urged"
            | "urges"
            | "promised"
            | "pledged"
            | "vowed"
            | "agreed"
            | "quoted"
            | "cited"
            | "observed"
            | "pointed"
            | "wondered"
            | "shouted"
            | "exclaimed"
            | "whispered"
    )
}

/// A verb that introduces a direct quotation right after it ("X added, “…”") but not a report
/// ("described as the “…”" is handled with its "as").
pub fn is_quote_only_verb(word: &str) -> bool {
    matches!(
        word,
        "continued" | "continues" | "shouted" | "exclaimed" | "whispered"
    )
}

/// A role or title that names a person's office ("president", "spokesman", "governor").
pub fn is_role(word: &str) -> bool {
    let lower = ascii_lower::<24>(word);
    matches!(
        lower.as_deref(),
        Some(
            "president"
                | "vice"
                | "prime"
                | "minister"
                | "premier"
                | "chancellor"
                | "secretary"
                | "governor"
                | "mayor"
                | "senator"
                | "congressman"
                | "congresswoman"
                | "representative"
                | "ambassador"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "envoy"
                | "general"
                | "commander"
                | "colonel"
                | "admiral"
                | "chief"
                | "chairman"
                | "chairwoman"
                | "chair"
                | "director"
                | "head"
                | "leader"
                | "king"
                | "queen"
                | "prince"
                | "princess"
                | "pope"
                | "judge"
                | "justice"
                | "prosecutor"
                | "attorney"
                | "officer"
                | "official"
                | "inspector"
                | "sheriff"
                | "professor"
                | "doctor"
                | "dr."
                | "mr."
                | "mrs."
                | "ms."
                | "gen."
                | "sen."
                | "gov."
                | "rep."
                | "volunteer"
                | "resident"
                | "witness"
                | "seismologist"
                | "scientist"
                | "analyst"
                | "economist"
                | "researcher"
                | "correspondent"
                | "reporter"
                | "editor"
                | "founder"
                | "ceo"
                | "executive"
                | "deputy"
                | "lawmaker"
                | "mp"
                | "councillor"
                | "councilor"
                | "coach"
                | "captain"
                | "student"
                | "survivor"
                | "expert"
                | "emperor"
                | "sultan"
                | "sheikh"
                | "patriarch"
                | "bishop"
                | "cardinal"
                | "rabbi"
                | "imam"
        )
    )
}

/// The last word of an organisation's or a place's name ("Bank", "News", "Council", "House").
pub fn is_organisation_head(word: &str) -> bool {
    let lower = ascii_lower::<24>(word);
    matches!(
        lower.as_deref(),
        Some(
            "bank"
                | "council"
                | "committee"
                | "commission"
                | "office"
                | "ministry"
                | "department"
                | "agency"
                | "service"
                | "services"
                | "survey"
                | "center"
                | "centre"
                | "institute"
                | "university"
                | "college"
                | "school"
                | "hospital"
                | "police"
                | "army"
                | "forces"
                | "force"
                | "navy"
                | "guard"
                | "news"
                | "times"
                | "post"
                | "press"
                | "journal"
                | "media"
                | "network"
                | "networks"
                | "television"
                | "tv"
                | "radio"
                | "group"
                | "company"
                | "corporation"
                | "inc"
                | "ltd"
                | "association"
                | "union"
                | "party"
                | "parliament"
                | "congress"
                | "senate"
                | "assembly"
                | "court"
                | "government"
                | "administration"
                | "authority"
                | "authorities"
                | "fund"
                | "organization"
                | "organisation"
                | "foundation"
                | "federation"
                | "house"
                | "kremlin"
                | "church"
                | "building"
                | "city"
                | "county"
                | "region"
                | "province"
                | "state"
                | "states"
                | "republic"
                | "kingdom"
                | "street"
                | "square"
                | "war"
        )
    )
}

/// A noun for a written or spoken statement ("the statement explained", "the letter said").
pub fn is_statement_noun(word: &str) -> bool {
    matches!(
        word,
        "statement"
            | "letter"
            | "report"
            | "message"
            | "post"
            | "release"
            | "communique"
            | "communiqué"
            | "note"
            | "memo"
            | "document"
            | "announcement"
            | "decree"
            | "readout"
            | "transcript"
            | "interview"
            | "speech"
            | "address"
            | "remarks"
            | "tweet"
            | "video"
            | "publication"
    )
}

/// A pronoun that can be the subject of a speech verb, and whether it points at a person.
pub fn pronoun(word: &str) -> Option<Pronoun> {
    match word {
        "he" | "He" | "she" | "She" | "him" | "her" => Some(Pronoun::Person),
        "it" | "It" => Some(Pronoun::Thing),
        "they" | "They" => Some(Pronoun::Group),
        _ => None,
    }
}

/// What a pronoun can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    /// he, she
    Person,
    /// it
    Thing,
    /// they
    Group,
}

/// Capitalised words that begin sentences or phrases without naming anyone ("The", "However",
/// "Following"), so a name never starts with them.
pub fn is_capitalised_function_word(word: &str) -> bool {
    let lower = ascii_lower::<16>(word);
    matches!(
        lower.as_deref(),
        Some(
            "the"
                | "a"
                | "an"
                | "in"
                | "on"
                | "at"
                | "for"
                | "with"
                | "to"
                | "of"
                | "from"
                | "by"
                | "as"
                | "and"
                | "or"
                | "but"
                | "if"
                | "so"
                | "yet"
                | "however"
                | "meanwhile"
                | "following"
                | "after"
                | "before"
                | "during"
                | "since"
                | "until"
                | "while"
                | "when"
                | "where"
                | "what"
                | "who"
                | "why"
                | "how"
                | "which"
                | "this"
                | "that"
                | "these"
                | "those"
                | "there"
                | "here"
                | "it"
                | "its"
                | "he"
                | "she"
                | "they"
                | "we"
                | "i"
                | "you"
                | "his"
                | "her"
                | "their"
                | "our"
                | "my"
                | "your"
                | "last"
                | "next"
                | "according"
                | "among"
                | "earlier"
                | "later"
                | "overall"
                | "for now"
                | "read"
                | "share"
                | "photo"
                | "more"
                | "all"
                | "one"
                | "some"
                | "many"
                | "most"
                | "both"
                | "each"
                | "every"
                | "no"
                | "not"
                | "now"
                | "then"
                | "also"
                | "still"
                | "although"
                | "though"
                | "because"
                | "despite"
                | "amid"
                | "around"
                | "about"
                | "over"
                | "under"
                | "into"
                | "between"
                | "against"
                | "without"
                | "within"
                | "through"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "january"
                | "february"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
        )
    )
}

/// `word` in ASCII lower case, when it fits in `N` bytes (longer words are in no list here).
fn ascii_lower<const N: usize>(word: &str) -> Option<LowerBuf<N>> {
    if word.len() > N {
        return None;
    }
    let mut buf = [0u8; N];
    for (dst, src) in buf.iter_mut().zip(word.bytes()) {
        *dst = src.to_ascii_lowercase();
    }
    Some(LowerBuf {
        buf,
        len: word.len(),
    })
}

/// A small lower-cased copy on the stack, so list look-ups allocate nothing.
struct LowerBuf<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> std::ops::Deref for LowerBuf<N> {
    type Target = str;

    fn deref(&self) -> &str {
        // Lower-casing ASCII bytes of valid UTF-8 keeps it valid.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_match_any_case_where_meant_to() {
        assert!(is_role("President") && is_role("spokesman") && is_role("GOVERNOR"));
        assert!(is_organisation_head("News") && is_organisation_head("bank"));
        assert!(is_capitalised_function_word("However"));
        assert!(!is_capitalised_function_word("Trump"));
        assert!(is_speech_verb("said") && !is_speech_verb("Said"));
        assert_eq!(pronoun("He"), Some(Pronoun::Person));
    }
}
