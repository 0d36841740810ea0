//! News rules: page furniture is never a claim, and a claim names something a checker could
//! look up. General patterns of web pages and of vague prose, never sentences of an article.

use super::Signals;
use super::features::Profile;
use super::lexicon as lx;

/// A kind of page furniture: text that came with the web page, not the article's statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Furniture {
    /// Digits and symbols with hardly a letter: timestamps ("20-09-2025 | 07:05").
    Timestamp,
    /// Only a date ("August 3, 2014").
    Dateline,
    /// A template placeholder leaked from the page ("%d bloggers like this:").
    Template,
    /// A label or a lead-in ("Photo credit: …", "source: …", "Related:").
    Label,
    /// A line in capitals ("MORE FROM CBS NEWS").
    Shouting,
    /// A bracketed link ("[continue reading]").
    Link,
    /// A byline or agency credit ("By Jane Doe", "mkg/hc (Reuters, AFP, dpa, AP)").
    Byline,
    /// A heading or section label without a verb ("'Battlefield after bombardment'").
    Heading,
    /// A command to the reader naming nothing ("Leave a Reply", "Read on to find out more…").
    Command,
    /// A request for the reader's comments or thoughts ("What are your thoughts…?").
    ReaderPrompt,
}

impl Furniture {
    /// Short stable name, as explanations print it.
    pub fn name(self) -> &'static str {
        match self {
            Furniture::Timestamp => "timestamp",
            Furniture::Dateline => "dateline",
            Furniture::Template => "template",
            Furniture::Label => "label",
            Furniture::Shouting => "capitals",
            Furniture::Link => "link",
            Furniture::Byline => "byline",
            Furniture::Heading => "heading",
            Furniture::Command => "command",
            Furniture::ReaderPrompt => "reader-prompt",
        }
    }
}

/// The kind of page furniture `sentence` is, if it is furniture.
pub fn furniture(sentence: &str, p: &Profile) -> Option<Furniture> {
    if p.letters <= 2 {
        return Some(Furniture::Timestamp);
    }
    if p.template {
        return Some(Furniture::Template);
    }
    let s = sentence.trim();
    let b = s.as_bytes();
    let no_verb = p.verbs == 0;
    // In a line of capitalised words without an end mark, `-ed` words are adjectives.
    let title_case = !p.terminal && p.capitalised + 1 >= p.words;
    let heading_verbless = no_verb || (title_case && p.verbs == p.ed_only);
    if no_verb && p.words <= 8 && p.days > 0 && p.words == p.days + p.figures {
        return Some(Furniture::Dateline);
    }
    if p.words <= 8 && (p.colon_end || (p.has(lx::FURNITURE) && label_colon(s))) {
        return Some(Furniture::Label);
    }
    if p.words >= 2 && p.all_caps >= 2 && p.all_caps + p.figures >= p.words {
        return Some(Furniture::Shouting);
    }
    if p.words <= 6 && bracketed(b) {
        return Some(Furniture::Link);
    }
    if no_verb && p.words <= 12 && (byline(s) || credit_list(s)) {
        return Some(Furniture::Byline);
    }
    if heading_verbless && !p.terminal && p.words <= 12 {
        return Some(Furniture::Heading);
    }
    if !p.anchored() && p.reader_prompt() {
        return Some(Furniture::ReaderPrompt);
    }
    // A command naming nothing, or a short one of the page's interface without a figure or
    // quotation ("Leave a Reply", "Follow us on Twitter for the latest news.").
    let interface = p.interface && p.words <= 8 && p.figures + p.quote_marks == 0;
    if p.imperative && !p.anchored() || interface {
        return Some(Furniture::Command);
    }
    None
}

/// "Label: value" with a short label.
fn label_colon(s: &str) -> bool {
    s.find(':')
        .is_some_and(|i| s[..i].split_whitespace().count() <= 3)
}

fn bracketed(b: &[u8]) -> bool {
    matches!(
        (b.first(), b.last()),
        (Some(b'['), Some(b']')) | (Some(b'('), Some(b')'))
    )
}

/// "By Jane Doe" with nothing after the name.
fn byline(s: &str) -> bool {
    let mut words = s.split_whitespace();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("by"))
        && words.all(|w| w.starts_with(|c: char| c.is_uppercase()) || w == "and")
}

/// A parenthesised list of sources, as agencies credit a story: "(Reuters, AFP, dpa, AP)".
fn credit_list(s: &str) -> bool {
    let (Some(open), Some(close)) = (s.find('('), s.rfind(')')) else {
        return false;
    };
    open < close && s[open..close].contains(',')
}

/// One news rule's push on the log-odds of a sentence that is not furniture.
///
/// CheckThat! labels debate sentences, where a quotation is rarely worth checking; in news a
/// quotation with its speaker is a claim a checker verifies (did the source say it?), so it is
/// pushed up, and sentences naming nothing to look up are pushed down. Together they cost a little F1 on
/// debates (nested blocked cross-validation: 0.764 without the rules, 0.759 with them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Adjustment {
    /// Names nothing a checker could look up (no figure, date, name, quotation or speaker) and
    /// reports no event (no past tense): a general explainer ("Interest rates serve as…").
    Generic,
    /// Unanchored and speaking of "the situation", "things", or hedging: an outlook.
    Outlook,
    /// A quotation with its speaker ("…,” Trump said"; the pipeline's speaker counts).
    AttributedQuote,
    /// The pipeline found figures or dates the text features missed (spelled out, relative).
    FoundFigures,
}

impl Adjustment {
    /// Every adjustment, in a fixed order.
    pub const ALL: [Adjustment; 4] = [
        Adjustment::Generic,
        Adjustment::Outlook,
        Adjustment::AttributedQuote,
        Adjustment::FoundFigures,
    ];

    /// Short stable name, as explanations print it.
    pub fn name(self) -> &'static str {
        match self {
            Adjustment::Generic => "generic",
            Adjustment::Outlook => "outlook",
            Adjustment::AttributedQuote => "attributed-quote",
            Adjustment::FoundFigures => "found-figures",
        }
    }

    /// The push on the log-odds, chosen on CheckThat! dev and the news corpus.
    pub fn weight(self) -> f32 {
        match self {
            Adjustment::Generic => -3.0,
            Adjustment::Outlook => -2.0,
            Adjustment::AttributedQuote => 2.5,
            Adjustment::FoundFigures => 0.5,
        }
    }

    /// Whether the adjustment applies to a sentence with profile `p` and `signals`.
    pub fn applies(self, p: &Profile, signals: &Signals) -> bool {
        let quote = p.quote_marks > 0 || signals.quote;
        let found = signals.quantities + signals.dates > 0;
        let anchored = p.anchored() || quote || signals.speaker || found;
        match self {
            Adjustment::Generic => !anchored && p.past == 0,
            Adjustment::Outlook => !anchored && p.has(lx::VAGUE | lx::HEDGE),
            Adjustment::AttributedQuote => quote && (p.has(lx::ATTRIBUTION) || signals.speaker),
            Adjustment::FoundFigures => p.figures + p.years + p.days == 0 && found,
        }
    }
}

/// The sum of the adjustments that apply.
pub fn adjustment(p: &Profile, signals: &Signals) -> f32 {
    Adjustment::ALL
        .iter()
        .filter(|a| a.applies(p, signals))
        .map(|a| a.weight())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::score::lexicon::Vocabulary;
    use crate::extract::score::profile::profile;

    fn kind(s: &str) -> Option<&'static str> {
        furniture(s, &profile(s, &Vocabulary::new(&[]))).map(Furniture::name)
    }

    fn applies(s: &str, signals: &Signals) -> Vec<&'static str> {
        let p = profile(s, &Vocabulary::new(&[]));
        Adjustment::ALL
            .iter()
            .filter(|a| a.applies(&p, signals))
            .map(|a| a.name())
            .collect()
    }

    #[test]
    fn each_kind_of_furniture() {
        assert_eq!(kind("20-09-2025 | 07:05"), Some("timestamp"));
        assert_eq!(kind("%d bloggers like this:"), Some("template"));
        assert_eq!(kind("Tuesday, March 4, 2025"), Some("dateline"));
        assert_eq!(kind("Photo credit: Shutterstock"), Some("label"));
        assert_eq!(kind("Related:"), Some("label"));
        assert_eq!(kind("MORE FROM CBS NEWS"), Some("capitals"));
        assert_eq!(kind("[continue reading]"), Some("link"));
        assert_eq!(kind("By Jane Smith"), Some("byline"));
        assert_eq!(kind("mkg/hc (Reuters, AFP, dpa, AP)"), Some("byline"));
        assert_eq!(kind("'Battlefield after bombardment'"), Some("heading"));
        assert_eq!(kind("Related Articles"), Some("heading"));
        assert_eq!(
            kind("What are your thoughts on the situation?"),
            Some("reader-prompt")
        );
        assert_eq!(kind("Leave a Reply"), Some("command"));
        assert_eq!(
            kind("Read on to find out more about the developments."),
            Some("command")
        );
    }

    #[test]
    fn statements_are_not_furniture() {
        // Headlines with a verb and sentences of the news corpus stay candidates.
        assert_eq!(kind("New Zealand quake toll rises"), None);
        assert_eq!(
            kind("Central bank raises base rate by 50 basis points to 3.40%"),
            None
        );
        assert_eq!(kind("Let's balance the budget and protect Medicare."), None);
        assert_eq!(
            kind("MEXICO CITY (CBSNewYork/CBS News) -- A desperate search continued."),
            None
        );
    }

    #[test]
    fn adjustments_read_the_text_and_the_pipeline() {
        let none = Signals::default();
        assert_eq!(
            applies("It remains to be seen how things will unfold.", &none),
            ["generic", "outlook"]
        );
        // A past event is specific even without a name.
        assert!(applies("All the injured were taken to hospitals.", &none).is_empty());
        assert_eq!(
            applies("“We are positive,” he said.", &none),
            ["attributed-quote"]
        );
        let found = Signals {
            quantities: 2,
            ..Signals::default()
        };
        assert_eq!(
            applies("Dozens were hurt, officials said.", &found),
            Vec::<&str>::new()
        );
        assert_eq!(
            applies("Many drones were shot down.", &found),
            ["found-figures"]
        );
    }
}
