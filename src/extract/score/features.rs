//! Hand features: what makes a sentence checkable or not, as documented, explainable inputs of
//! the score. The linear model learns their weights on CheckThat!; the news rules
//! ([`super::rules`]) read the same [`Profile`].

use super::lexicon as lx;
pub use super::profile::{Profile, Reader, profile};

/// A hand feature of the score, with a learned weight in the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feature {
    /// Holds a figure: digits or a number word.
    Figure,
    /// Holds a year (1900–2099).
    Year,
    /// Holds a month, weekday or relative day.
    Date,
    /// Names a person, place or organisation (a capitalised word).
    Name,
    /// Names two or more.
    Names,
    /// Names an office ("President", "governor").
    Title,
    /// Names an institution or a source document ("ministry", "statement").
    Institution,
    /// Reports who said it ("said", "according to").
    Attribution,
    /// Holds a quotation.
    Quote,
    /// Hedges ("may", "appears", "reportedly").
    Hedge,
    /// States an opinion ("I think", "we believe").
    Opinion,
    /// Speaks of what will, would or should happen.
    Modal,
    /// Asks a question.
    Question,
    /// Exclaims.
    Exclamation,
    /// Opens with a command.
    Imperative,
    /// Asks the reader for comments, thoughts or opinions.
    ReaderPrompt,
    /// Addresses "you".
    SecondPerson,
    /// Speaks as "I".
    FirstSingular,
    /// Speaks as "we".
    FirstPlural,
    /// Negates.
    Negation,
    /// Compares or claims a record ("more than", "largest").
    Comparison,
    /// Holds money or a rate ("$", "percent").
    Unit,
    /// Has no finite verb.
    NoVerb,
    /// Reports an event: a past tense or participle.
    Past,
    /// Five words or fewer.
    Short,
    /// Thirty words or more.
    Long,
    /// Names nothing a checker could look up: no figure, date, name or quotation.
    Unanchored,
    /// Speaks of "the situation", "things", "developments".
    Vague,
}

/// How many hand features there are.
pub const N_FEATURES: usize = Feature::ALL.len();

impl Feature {
    /// Every feature, in the order of the model's dense weights.
    pub const ALL: [Feature; 28] = [
        Feature::Figure,
        Feature::Year,
        Feature::Date,
        Feature::Name,
        Feature::Names,
        Feature::Title,
        Feature::Institution,
        Feature::Attribution,
        Feature::Quote,
        Feature::Hedge,
        Feature::Opinion,
        Feature::Modal,
        Feature::Question,
        Feature::Exclamation,
        Feature::Imperative,
        Feature::ReaderPrompt,
        Feature::SecondPerson,
        Feature::FirstSingular,
        Feature::FirstPlural,
        Feature::Negation,
        Feature::Comparison,
        Feature::Unit,
        Feature::NoVerb,
        Feature::Past,
        Feature::Short,
        Feature::Long,
        Feature::Unanchored,
        Feature::Vague,
    ];

    /// Short stable name, as explanations print it.
    pub fn name(self) -> &'static str {
        match self {
            Feature::Figure => "figure",
            Feature::Year => "year",
            Feature::Date => "date",
            Feature::Name => "name",
            Feature::Names => "names",
            Feature::Title => "title",
            Feature::Institution => "institution",
            Feature::Attribution => "attribution",
            Feature::Quote => "quote",
            Feature::Hedge => "hedge",
            Feature::Opinion => "opinion",
            Feature::Modal => "modal",
            Feature::Question => "question",
            Feature::Exclamation => "exclamation",
            Feature::Imperative => "imperative",
            Feature::ReaderPrompt => "reader-prompt",
            Feature::SecondPerson => "you",
            Feature::FirstSingular => "i",
            Feature::FirstPlural => "we",
            Feature::Negation => "negation",
            Feature::Comparison => "comparison",
            Feature::Unit => "unit",
            Feature::NoVerb => "no-verb",
            Feature::Past => "past",
            Feature::Short => "short",
            Feature::Long => "long",
            Feature::Unanchored => "unanchored",
            Feature::Vague => "vague",
        }
    }

    /// Whether the feature fires on a sentence with profile `p`.
    #[inline]
    pub fn fires(self, p: &Profile) -> bool {
        fired(p) >> self as u32 & 1 == 1
    }
}

/// The features that fire on a sentence with profile `p`: bit `i` for `Feature::ALL[i]`, whose
/// discriminant is `i`. One expression of all the tests, so that the score reads them at once.
#[inline]
pub fn fired(p: &Profile) -> u32 {
    let bit = |f: Feature, on: bool| (on as u32) << f as u32;
    bit(Feature::Figure, p.figures > 0)
        | bit(Feature::Year, p.years > 0)
        | bit(Feature::Date, p.days > 0)
        | bit(Feature::Name, p.names > 0)
        | bit(Feature::Names, p.names > 1)
        | bit(Feature::Title, p.has(lx::TITLE))
        | bit(Feature::Institution, p.has(lx::INSTITUTION))
        | bit(Feature::Attribution, p.has(lx::ATTRIBUTION))
        | bit(Feature::Quote, p.quote_marks > 0)
        | bit(Feature::Hedge, p.has(lx::HEDGE))
        | bit(Feature::Opinion, p.has(lx::OPINION))
        | bit(Feature::Modal, p.has(lx::MODAL))
        | bit(Feature::Question, p.question)
        | bit(Feature::Exclamation, p.exclamation)
        | bit(Feature::Imperative, p.imperative)
        | bit(Feature::ReaderPrompt, p.reader_prompt())
        | bit(Feature::SecondPerson, p.has(lx::SECOND))
        | bit(Feature::FirstSingular, p.has(lx::FIRST_SINGULAR))
        | bit(Feature::FirstPlural, p.has(lx::FIRST_PLURAL))
        | bit(Feature::Negation, p.has(lx::NEGATION))
        | bit(Feature::Comparison, p.has(lx::COMPARISON))
        | bit(Feature::Unit, p.has(lx::UNIT))
        | bit(Feature::NoVerb, p.verbs == 0)
        | bit(Feature::Past, p.past > 0)
        | bit(Feature::Short, p.words <= 5)
        | bit(Feature::Long, p.words >= 30)
        | bit(Feature::Unanchored, !p.anchored())
        | bit(Feature::Vague, p.has(lx::VAGUE))
}

/// The hand features of a profile as the model's dense input (1 when a feature fires).
pub fn dense(p: &Profile) -> [f32; N_FEATURES] {
    Feature::ALL.map(|f| f.fires(p) as u8 as f32)
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::Vocabulary;
    use super::super::text::word_hash;
    use super::*;

    /// A vocabulary that knows only the common words the tests open sentences with.
    fn common() -> Vec<u8> {
        let mut bits = vec![0u8; 1 << 12];
        for w in ["interest", "people", "share", "read", "meeting", "swaying"] {
            Vocabulary::insert(&mut bits, word_hash(w));
        }
        bits
    }

    fn profile(s: &str) -> Profile {
        super::profile(s, &Vocabulary::new(&common()))
    }

    fn fired(s: &str) -> Vec<&'static str> {
        let p = profile(s);
        Feature::ALL
            .iter()
            .filter(|f| f.fires(&p))
            .map(|f| f.name())
            .collect()
    }

    #[test]
    fn every_feature_has_its_bit_and_fires_on_some_line() {
        const { assert!(N_FEATURES <= 32) };
        for (i, &f) in Feature::ALL.iter().enumerate() {
            assert_eq!(f as usize, i, "{}", f.name());
        }
        let lines = crate::extract::score::test_lines();
        let any = lines
            .iter()
            .fold(0, |bits, s| bits | super::fired(&profile(s)));
        assert_eq!(
            any,
            (1 << N_FEATURES) - 1,
            "features that never fire: {any:b}"
        );
    }

    #[test]
    fn reads_an_attributed_figure() {
        // From data/odesa-drone-strike.txt.
        let f = fired(
            "On March 4, 2025, Russian forces launched a drone attack on the southern Ukrainian \
             city of Odesa, killing a 77-year-old woman and injuring three others.",
        );
        for want in [
            "figure",
            "year",
            "date",
            "name",
            "names",
            "institution",
            "past",
        ] {
            assert!(f.contains(&want), "{want} missing from {f:?}");
        }
        assert!(!f.contains(&"unanchored"));
    }

    #[test]
    fn sentence_initial_capitals_are_names_only_with_evidence() {
        assert_eq!(profile("Russia has finally issued a statement.").names, 1);
        assert_eq!(profile("Interest rates serve as a vital tool.").names, 0);
        assert_eq!(profile("People are using heavy machinery.").names, 0);
        assert_eq!(profile("Volodymyr Zelensky was visiting.").names, 2);
        assert_eq!(profile("Ukraine’s President spoke.").names, 2);
        assert_eq!(
            profile("The meeting became tense when Trump spoke.").names,
            1
        );
    }

    #[test]
    fn reader_prompts_questions_and_outlooks() {
        // The closing lines of data/odesa-drone-strike.txt.
        let f = fired("What are your thoughts on the situation?");
        assert!(f.contains(&"question") && f.contains(&"reader-prompt"));
        let f = fired(
            "Share your opinions in the comments and let others know to hear their views as well!",
        );
        assert!(f.contains(&"imperative") && f.contains(&"reader-prompt"));
        let f = fired(
            "The situation continues to develop, and it remains to be seen how things will unfold.",
        );
        assert!(f.contains(&"unanchored") && f.contains(&"vague") && f.contains(&"hedge"));
    }

    #[test]
    fn headings_without_verbs() {
        // From news/mexico-quake.txt and news/yunnan-quake.txt.
        assert!(fired("MORE FROM CBS NEWS").contains(&"no-verb"));
        assert!(fired("'Battlefield after bombardment'").contains(&"no-verb"));
        assert!(!fired("New Zealand quake toll rises").contains(&"no-verb"));
    }
}
