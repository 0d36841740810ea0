//! What a sentence contains, counted in one pass over its tokens: the [`Profile`] that the hand
//! features ([`super::features`]) and the news rules ([`super::rules`]) read.

use super::lexicon::{self as lx, Vocabulary, classes};
use super::text::{Shape, Token, tokens};

/// Counts of what one sentence contains.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Profile {
    /// Word tokens (letters or digits).
    pub words: u32,
    /// Bytes of word tokens (letters, some digits): timestamps have hardly any.
    pub letters: u32,
    /// A template placeholder leaked from the page: `%d`, `%s`, `{{`.
    pub template: bool,
    /// Figures: digit tokens and number words ("181", "three", "millions").
    pub figures: u32,
    /// Four-digit years 1900–2099.
    pub years: u32,
    /// Month names, weekdays and relative days ("March", "Tuesday", "yesterday").
    pub days: u32,
    /// Capitalised words that read as names of people, places or organisations.
    pub names: u32,
    /// Titles and offices ("President", "governor", "spokesman").
    pub titles: u32,
    /// Institutions and sources ("ministry", "council", "statement").
    pub institutions: u32,
    /// Attribution verbs ("said", "according", "confirmed").
    pub attributions: u32,
    /// Quotation marks.
    pub quote_marks: u32,
    /// Hedges ("may", "appears", "reportedly").
    pub hedges: u32,
    /// Opinion verbs ("think", "believe").
    pub opinions: u32,
    /// Modals and the future ("will", "should").
    pub modals: u32,
    /// Evidence of a finite verb (auxiliary, listed verb, or an `-ed` form).
    pub verbs: u32,
    /// Past tenses and participles (`-ed` forms, irregular pasts, "was"): an event happened.
    pub past: u32,
    /// Verbs known only by their `-ed` ending (adjectives in headings: "Related Articles").
    pub ed_only: u32,
    /// Words reader prompts ask for ("comments", "thoughts", "opinions").
    pub prompts: u32,
    /// "you", "your".
    pub second: u32,
    /// "I", "me", "my".
    pub first_singular: u32,
    /// "we", "our", "us".
    pub first_plural: u32,
    /// Negations.
    pub negations: u32,
    /// Comparisons and records ("more than", "largest").
    pub comparisons: u32,
    /// Units of money and rates ("percent", "$", "%").
    pub units: u32,
    /// Vague referents ("situation", "things", "developments").
    pub vague: u32,
    /// Words typical of page furniture ("photo", "credit", "reply").
    pub furniture: u32,
    /// Words written in capitals only ("MORE", "CBS").
    pub all_caps: u32,
    /// Capitalised words after the first (title case shows in headings).
    pub capitalised: u32,
    /// The sentence opens with a command ("Read on…", "Share your…", "Let's…").
    pub imperative: bool,
    /// The sentence ends with a question mark.
    pub question: bool,
    /// The sentence ends with an exclamation mark.
    pub exclamation: bool,
    /// The sentence ends with a colon (a label or lead-in).
    pub colon_end: bool,
    /// The sentence has sentence-final punctuation (`.`, `!`, `?`, possibly before a quote).
    pub terminal: bool,
}

impl Profile {
    /// Something a checker could look up: a figure, a date, a name or a quotation.
    pub fn anchored(&self) -> bool {
        self.figures + self.years + self.days + self.names + self.quote_marks > 0
    }

    /// Speaks to the reader: a second-person or imperative sentence asking for comments,
    /// thoughts or opinions.
    pub fn reader_prompt(&self) -> bool {
        self.prompts > 0 && (self.second > 0 || self.imperative)
    }
}

/// Reads the [`Profile`] of `sentence`; `common` tells ordinary words from names at the start.
pub fn profile(sentence: &str, common: &Vocabulary) -> Profile {
    let mut reader = Reader::new(sentence, common);
    for tok in tokens(sentence) {
        reader.push(&tok);
    }
    reader.finish()
}

/// Builds a [`Profile`] from the tokens of a sentence as they go by, so that the model's word
/// n-grams and the profile share one tokenization.
pub struct Reader<'a> {
    bytes: &'a [u8],
    common: &'a Vocabulary<'a>,
    p: Profile,
    /// At the start of the sentence or of a quotation, where every word has a capital.
    opening: bool,
    /// The classes of the first word.
    opener: Option<u32>,
    /// A capitalised opening word that is a common word too: a name only if a name or `'s`
    /// follows it ("New Zealand", "Ukraine's").
    pending_initial: bool,
    last_punct: u8,
    last_mark: u8,
    /// The previous word is a present "be": its participle is not a past event.
    after_be: bool,
    /// The previous token is `%` or `{` ending where this one starts (a template placeholder).
    placeholder_end: usize,
}

impl<'a> Reader<'a> {
    /// A reader for `sentence`.
    pub fn new(sentence: &'a str, common: &'a Vocabulary<'a>) -> Reader<'a> {
        Reader {
            bytes: sentence.as_bytes(),
            common,
            p: Profile::default(),
            opening: true,
            opener: None,
            pending_initial: false,
            last_punct: 0,
            last_mark: 0,
            after_be: false,
            placeholder_end: usize::MAX,
        }
    }

    /// Reads the next token.
    #[inline(always)]
    pub fn push(&mut self, tok: &Token) {
        let p = &mut self.p;
        self.last_punct = 0;
        let placeholder = self.placeholder_end == tok.start;
        self.placeholder_end = usize::MAX;
        match tok.shape {
            Shape::Punct(c) => {
                if c == b'"' {
                    p.quote_marks += 1;
                    self.opening = true;
                } else {
                    self.last_mark = c;
                }
                self.last_punct = c;
                p.units += matches!(c, b'%' | b'$') as u32;
                p.template |= placeholder && c == b'{';
                if c == b'%' || c == b'{' {
                    self.placeholder_end = tok.end;
                }
            }
            Shape::Number => {
                p.words += 1;
                p.figures += 1;
                let t = &self.bytes[tok.start..tok.end];
                if t.len() == 4 && (t.starts_with(b"19") || t.starts_with(b"20")) {
                    p.years += 1;
                }
                self.pending_initial = false;
                self.opening = false;
            }
            Shape::Clitic => {
                let cls = classes(tok.hash);
                count_classes(p, cls);
                p.verbs += (cls & lx::AUX != 0) as u32;
                p.names += std::mem::take(&mut self.pending_initial) as u32;
            }
            Shape::Word => {
                p.words += 1;
                p.letters += (tok.end - tok.start) as u32;
                let t = &self.bytes[tok.start..tok.end];
                p.template |= placeholder && t.len() == 1 && matches!(t[0], b'd' | b's');
                let cls = classes(tok.hash);
                count_classes(p, cls);
                if cls & (lx::AUX | lx::VERB | lx::ATTRIBUTION | lx::PAST) != 0 {
                    p.verbs += 1;
                    p.past += (cls & lx::PAST != 0 && !self.after_be) as u32;
                } else if t.len() >= 4 && t.ends_with(b"ed") {
                    p.verbs += 1;
                    p.past += !self.after_be as u32;
                    p.ed_only += 1;
                }
                self.after_be = cls & lx::PRESENT_BE != 0;
                p.all_caps += tok.all_caps as u32;
                self.opener.get_or_insert(cls);
                if std::mem::take(&mut self.pending_initial) && tok.capital {
                    p.names += 1;
                }
                if tok.capital && !self.opening {
                    p.capitalised += 1;
                    p.names += (cls & lx::FUNCTION == 0) as u32;
                } else if tok.capital && cls == 0 {
                    if tok.all_caps || !self.common.contains(tok.hash) {
                        p.names += 1;
                    } else {
                        self.pending_initial = true;
                    }
                }
                self.opening = false;
            }
        }
    }

    /// The profile of the tokens read.
    pub fn finish(self) -> Profile {
        let mut p = self.p;
        p.question = self.last_mark == b'?';
        p.exclamation = self.last_mark == b'!';
        p.colon_end = self.last_punct == b':';
        p.terminal = matches!(self.last_mark, b'.' | b'!' | b'?');
        p.imperative = self.opener.is_some_and(|cls| cls & lx::IMPERATIVE != 0);
        p
    }
}

fn count_classes(p: &mut Profile, cls: u32) {
    if cls == 0 {
        return;
    }
    let has = |c: u32| (cls & c != 0) as u32;
    p.figures += has(lx::NUMBER_WORD);
    p.days += has(lx::MONTH | lx::DAY);
    p.titles += has(lx::TITLE);
    p.institutions += has(lx::INSTITUTION);
    p.attributions += has(lx::ATTRIBUTION);
    p.hedges += has(lx::HEDGE);
    p.opinions += has(lx::OPINION);
    p.modals += has(lx::MODAL);
    p.prompts += has(lx::PROMPT);
    p.second += has(lx::SECOND);
    p.first_singular += has(lx::FIRST_SINGULAR);
    p.first_plural += has(lx::FIRST_PLURAL);
    p.negations += has(lx::NEGATION);
    p.comparisons += has(lx::COMPARISON);
    p.units += has(lx::UNIT);
    p.vague += has(lx::VAGUE);
    p.furniture += has(lx::FURNITURE);
}
