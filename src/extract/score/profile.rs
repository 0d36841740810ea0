//! What a sentence contains, counted in one pass over its tokens: the [`Profile`] that the hand
//! features ([`super::features`]) and the news rules ([`super::rules`]) read.

use super::lexicon::{self as lx, Vocabulary, classes};
use super::text::{OnToken, Shape, Token, tokens};

/// Counts of what one sentence contains.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Profile {
    /// The union of the word classes ([`super::lexicon`]) of its words.
    pub classes: u32,
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
    /// Quotation marks.
    pub quote_marks: u32,
    /// Evidence of a finite verb (auxiliary, listed verb, or an `-ed` form).
    pub verbs: u32,
    /// Past tenses and participles (`-ed` forms, irregular pasts, "was"): an event happened.
    pub past: u32,
    /// Verbs known only by their `-ed` ending (adjectives in headings: "Related Articles").
    pub ed_only: u32,
    /// Words written in capitals only ("MORE", "CBS").
    pub all_caps: u32,
    /// Capitalised words after the first (title case shows in headings).
    pub capitalised: u32,
    /// The sentence opens with a command ("Read on…", "Share your…", "Let's…").
    pub imperative: bool,
    /// The command is one of a web page's interface ("Share…", "Follow us…", "Leave a Reply").
    pub interface: bool,
    /// The sentence ends with a question mark.
    pub question: bool,
    /// The sentence ends with an exclamation mark.
    pub exclamation: bool,
    /// The sentence ends with a colon (a label or lead-in).
    pub colon_end: bool,
    /// The sentence has sentence-final punctuation (`.`, `!`, `?`, possibly before a quote).
    pub terminal: bool,
    /// The punctuation marks read, as a filter: bit `mark % 64` of each mark, after folding
    /// ("—" sets the bit of "-"). See [`Profile::may_hold`].
    pub marks: u64,
}

impl Profile {
    /// Some word of the sentence is in the word class `class`.
    #[inline]
    pub fn has(&self, class: u32) -> bool {
        self.classes & class != 0
    }

    /// Something a checker could look up: a figure, a date, a name or a quotation.
    #[inline]
    pub fn anchored(&self) -> bool {
        self.figures + self.years + self.days + self.names + self.quote_marks > 0
    }

    /// Whether the sentence may hold the ASCII punctuation mark `mark` (not an apostrophe, a
    /// point or a comma, which may be part of a clitic or a number): false only when it does
    /// not. Every other mark of the text is a token of its own, so a clear bit answers for the
    /// text without a pass over its bytes (a set bit may stand for another mark, 64 apart, or
    /// a folded one).
    #[inline]
    pub fn may_hold(&self, mark: u8) -> bool {
        self.marks >> (mark % 64) & 1 == 1
    }

    /// Speaks to the reader: a second-person or imperative sentence asking for comments,
    /// thoughts or opinions.
    pub fn reader_prompt(&self) -> bool {
        self.has(lx::PROMPT) && (self.has(lx::SECOND) || self.imperative)
    }
}

/// Reads the [`Profile`] of `sentence`; `common` tells ordinary words from names at the start.
pub fn profile(sentence: &str, common: &Vocabulary) -> Profile {
    let mut reader = Reader::new(sentence, common);
    for tok in tokens(sentence) {
        reader.push(&tok, classes(tok.hash));
    }
    reader.finish()
}

impl OnToken for Reader<'_> {
    #[inline(always)]
    fn token(&mut self, tok: &Token, classes: u32) {
        self.push(tok, classes);
    }
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

    /// Reads the next token, whose word classes are `cls`.
    ///
    /// One branch on the token's shape (which the tokenizer has just decided, so after inlining
    /// the branch is mostly its own); within a shape, flags become 0/1 and are added, since
    /// whether a word is listed or capitalised is too irregular to predict.
    #[inline(always)]
    pub fn push(&mut self, tok: &Token, cls: u32) {
        let has = |c: u32| (cls & c != 0) as u32;
        let p = &mut self.p;
        p.classes |= cls;
        // Every shape may be listed: a number word, a day, a unit ("%", "$").
        p.figures += has(lx::NUMBER_WORD);
        p.days += has(lx::MONTH | lx::DAY);
        let placeholder = self.placeholder_end == tok.start;
        self.placeholder_end = usize::MAX;
        match tok.shape {
            Shape::Word => self.word(tok, cls, placeholder),
            Shape::Number => {
                let p = &mut self.p;
                let len = tok.end - tok.start;
                p.words += 1;
                p.figures += 1;
                if len == 4 {
                    p.years +=
                        matches!(&self.bytes[tok.start..tok.start + 2], b"19" | b"20") as u32;
                }
                self.pending_initial = false;
                self.opening = false;
                self.last_punct = 0;
            }
            Shape::Clitic => {
                // A verb ("'s", "'re") but no word; the name before it is confirmed ("Ukraine's").
                let p = &mut self.p;
                p.verbs += has(lx::AUX | lx::VERB | lx::ATTRIBUTION | lx::PAST);
                p.names += self.pending_initial as u32;
                self.pending_initial = false;
                self.after_be = cls & lx::PRESENT_BE != 0;
                self.last_punct = 0;
            }
            Shape::Punct(mark) => {
                let quote = mark == b'"';
                self.p.quote_marks += quote as u32;
                self.p.marks |= 1 << (mark % 64);
                self.p.template |= placeholder && mark == b'{';
                self.opening |= quote;
                self.last_punct = mark;
                // No `mark != 0` test: the tokenizer folds every mark to a printable byte.
                debug_assert!(mark != 0, "a punctuation mark folds to a non-zero byte");
                if !quote {
                    self.last_mark = mark;
                }
                if matches!(mark, b'%' | b'{') {
                    self.placeholder_end = tok.end;
                }
            }
        }
    }

    /// [`Reader::push`] of a word.
    #[inline(always)]
    fn word(&mut self, tok: &Token, cls: u32, placeholder: bool) {
        let has = |c: u32| (cls & c != 0) as u32;
        let p = &mut self.p;
        let b = self.bytes;
        let len = tok.end - tok.start;
        p.words += 1;
        p.letters += len as u32;
        p.all_caps += tok.all_caps as u32;
        if placeholder && len == 1 {
            p.template |= matches!(b[tok.start] | 0x20, b'd' | b's');
        }

        // Verbs: a listed form, or an `-ed` word; a participle right after "is"/"are" is a
        // present passive, not a past event.
        let listed = has(lx::AUX | lx::VERB | lx::ATTRIBUTION | lx::PAST);
        let ends_ed = (len >= 4 && &b[tok.end - 2..tok.end] == b"ed") as u32;
        let ed_only = ends_ed & (listed ^ 1);
        p.verbs += listed + ed_only;
        p.past += (has(lx::PAST) | ends_ed) & (!self.after_be) as u32;
        p.ed_only += ed_only;
        self.after_be = cls & lx::PRESENT_BE != 0;

        // Names: a capitalised word after the opening and not a function word; at the opening,
        // one unknown in lower case, or one a name or `'s` follows.
        let capital = tok.capital as u32;
        let opening = self.opening as u32;
        p.names += self.pending_initial as u32 & capital;
        p.capitalised += capital & (opening ^ 1);
        p.names += capital & (opening ^ 1) & (has(lx::FUNCTION) ^ 1);
        self.pending_initial = false;
        if capital & opening == 1 && cls & lx::MODEL == 0 {
            if tok.all_caps || !self.common.contains(tok.hash) {
                p.names += 1;
            } else {
                self.pending_initial = true;
            }
        }
        self.opening = false;
        if self.opener.is_none() {
            self.opener = Some(cls);
        }
        self.last_punct = 0;
    }

    /// The profile of the tokens read.
    pub fn finish(self) -> Profile {
        let mut p = self.p;
        p.question = self.last_mark == b'?';
        p.exclamation = self.last_mark == b'!';
        p.colon_end = self.last_punct == b':';
        p.terminal = matches!(self.last_mark, b'.' | b'!' | b'?');
        p.imperative = self.opener.is_some_and(|cls| cls & lx::IMPERATIVE != 0);
        p.interface = self.opener.is_some_and(|cls| cls & lx::INTERFACE != 0);
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::score::model::Model;

    /// The reader as first written, branch-free over every shape: the specification the
    /// faster [`Reader::push`] must agree with.
    mod plain {
        use super::super::*;

        pub(super) struct Reader<'a> {
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
            pub(super) fn new(sentence: &'a str, common: &'a Vocabulary<'a>) -> Reader<'a> {
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

            /// Reads the next token, whose word classes are `cls`. Written without branches on the token (flags become 0/1 and are
            /// added or selected): which kind of token comes next is too irregular to predict.
            #[inline(always)]
            pub(super) fn push(&mut self, tok: &Token, cls: u32) {
                let p = &mut self.p;
                let b = self.bytes;
                let has = |c: u32| (cls & c != 0) as u32;
                let (word, number, clitic, mark) = match tok.shape {
                    Shape::Word => (1u32, 0u32, 0u32, 0u8),
                    Shape::Number => (0, 1, 0, 0),
                    Shape::Clitic => (0, 0, 1, 0),
                    Shape::Punct(c) => (0, 0, 0, c),
                };
                let len = tok.end - tok.start;
                let quote = (mark == b'"') as u32;
                let placeholder = self.placeholder_end == tok.start;
                let single = b[tok.start] | 0x20;

                p.classes |= cls;
                p.words += word | number;
                p.letters += word * len as u32;
                p.figures += number + has(lx::NUMBER_WORD);
                p.days += has(lx::MONTH | lx::DAY);
                p.quote_marks += quote;
                if mark != 0 {
                    p.marks |= 1 << (mark % 64);
                }
                p.all_caps += tok.all_caps as u32;
                p.template |= placeholder
                    && (mark == b'{' || word == 1 && len == 1 && matches!(single, b'd' | b's'));
                if number == 1 && len == 4 {
                    p.years += matches!(&b[tok.start..tok.start + 2], b"19" | b"20") as u32;
                }

                // Verbs: a listed form, or an `-ed` word; a participle right after "is"/"are" is a
                // present passive, not a past event.
                let listed = has(lx::AUX | lx::VERB | lx::ATTRIBUTION | lx::PAST);
                let tail = &b[tok.end.saturating_sub(2)..tok.end];
                let ends_ed = word & (len >= 4 && tail == b"ed") as u32;
                let ed_only = ends_ed & (listed ^ 1);
                let not_after_be = (!self.after_be) as u32;
                p.verbs += ((word | clitic) & listed) + ed_only;
                p.past += (word & (has(lx::PAST) | ends_ed)) * not_after_be;
                p.ed_only += ed_only;
                if word | clitic == 1 {
                    self.after_be = cls & lx::PRESENT_BE != 0;
                }

                // Names: a capitalised word after the opening and not a function word; at the opening,
                // one unknown in lower case, or one a name or `'s` follows.
                let capital = word & tok.capital as u32;
                let opening = self.opening as u32;
                let pending = self.pending_initial as u32;
                p.names += pending & (clitic | capital);
                p.capitalised += capital & (opening ^ 1);
                p.names += capital & (opening ^ 1) & (has(lx::FUNCTION) ^ 1);
                if word | number | clitic == 1 {
                    self.pending_initial = false;
                }
                if capital & opening == 1 && cls & lx::MODEL == 0 {
                    if tok.all_caps || !self.common.contains(tok.hash) {
                        p.names += 1;
                    } else {
                        self.pending_initial = true;
                    }
                }
                self.opening = (self.opening || quote == 1) && word | number == 0;

                if self.opener.is_none() && word == 1 {
                    self.opener = Some(cls);
                }
                self.last_punct = mark;
                if mark != 0 && quote == 0 {
                    self.last_mark = mark;
                }
                self.placeholder_end = if matches!(mark, b'%' | b'{') {
                    tok.end
                } else {
                    usize::MAX
                };
            }

            /// The profile of the tokens read.
            pub(super) fn finish(self) -> Profile {
                let mut p = self.p;
                p.question = self.last_mark == b'?';
                p.exclamation = self.last_mark == b'!';
                p.colon_end = self.last_punct == b':';
                p.terminal = matches!(self.last_mark, b'.' | b'!' | b'?');
                p.imperative = self.opener.is_some_and(|cls| cls & lx::IMPERATIVE != 0);
                p.interface = self.opener.is_some_and(|cls| cls & lx::INTERFACE != 0);
                p
            }
        }
    }

    #[test]
    fn reads_what_the_plain_reader_reads() {
        let common = &Model::embedded().common;
        for s in crate::extract::score::test_lines() {
            let mut plain = plain::Reader::new(s, common);
            for tok in tokens(s) {
                plain.push(&tok, classes(tok.hash));
            }
            assert_eq!(profile(s, common), plain.finish(), "{s}");
        }
    }

    #[test]
    fn may_hold_every_ascii_mark_of_the_text() {
        let common = &Model::embedded().common;
        for s in crate::extract::score::test_lines() {
            let p = profile(s, common);
            // (An apostrophe before letters opens a clitic, a point or comma between digits is
            // part of a number: no marks.)
            let marks = s
                .bytes()
                .filter(|b| b.is_ascii_punctuation() && !b"'`.,".contains(b));
            for b in marks {
                assert!(p.may_hold(b), "{:?} in {s}", b as char);
            }
        }
        let p = profile("Read more: 4 killed", common);
        assert!(p.may_hold(b':') && !p.may_hold(b'-') && !p.may_hold(b'@'));
    }
}
