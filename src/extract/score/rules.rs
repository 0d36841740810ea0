//! News rules: page furniture is never a claim, and a claim names something a checker could
//! look up. General patterns of web pages and of vague prose, never sentences of an article.

use super::Signals;
use super::features::Profile;
use super::headline::has_headline_verb;
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
    /// A copyright or syndication notice ("Copyright 2016 The Associated Press.", "All rights
    /// reserved.", "This article was originally published by Reuters.").
    Notice,
    /// The page's navigation ("Skip to main content", "Menu  Search  Subscribe").
    Navigation,
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
            Furniture::Notice => "notice",
            Furniture::Navigation => "navigation",
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
    if no_verb && p.words <= 8 && p.days > 0 && p.words == p.days + p.figures {
        return Some(Furniture::Dateline);
    }
    if !p.terminal && p.words <= 20 && p.days + p.years > 0 && publication_line(s) {
        return Some(Furniture::Dateline);
    }
    if p.words <= 25 && notice(s) {
        return Some(Furniture::Notice);
    }
    if p.words >= 2 && !p.terminal && s.split_whitespace().all(navigation_word) {
        return Some(Furniture::Navigation);
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
    if !p.terminal && p.words <= 12 && heading(s, p) {
        return Some(Furniture::Heading);
    }
    if !p.anchored() && p.reader_prompt() {
        return Some(Furniture::ReaderPrompt);
    }
    // A command naming nothing, or a short one of the page's interface without a figure or
    // quotation ("Leave a Reply", "Follow us on Twitter for the latest news.") unless the figure
    // is the page's ("Listen to this article (4 min)").
    let interface =
        p.interface && p.words <= 8 && p.quote_marks == 0 && (p.figures == 0 || about_the_page(s));
    if p.imperative && !p.anchored() || interface {
        return Some(Furniture::Command);
    }
    None
}

/// A line without a final stop that has no finite verb, even in headline grammar: a section
/// label ("'Battlefield after bombardment'", "Related Articles") or a subhead naming nothing to
/// look up whose only verbs are participles ("Rescuers trying to reach those still trapped").
fn heading(s: &str, p: &Profile) -> bool {
    // In a line of capitalised words without an end mark, `-ed` words are adjectives.
    let title_case = p.capitalised + 1 >= p.words;
    let participles_only = p.verbs == p.ed_only;
    let unanchored_subhead =
        participles_only && !p.anchored() && !p.has(lx::TITLE | lx::INSTITUTION);
    let verbless = p.verbs == 0 || title_case && participles_only || unanchored_subhead;
    verbless && !has_headline_verb(s)
}

/// A title line reporting an event: no final stop, at most 20 words, a verb in headline grammar
/// and something to look up — a figure, a name, an office or an institution ("Floods kill 95 in
/// Spain", "Minister resigns after budget row").
pub fn headline_event(sentence: &str, p: &Profile) -> bool {
    let named = p.figures + p.names > 0 || p.has(lx::TITLE | lx::INSTITUTION);
    !p.terminal
        && p.words <= 20
        && p.quote_marks == 0
        && named
        && has_headline_verb(sentence.trim())
}

/// "Published 12 March 2025, 09:14 GMT", "Updated: 10:32 a.m. ET, Tue August 24, 2016": the
/// page's publication line (the caller checks that it holds a date or time).
fn publication_line(s: &str) -> bool {
    let mut words = s.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase()
    });
    let first = words.next().unwrap_or_default();
    let first = match first.as_str() {
        "last" | "first" | "originally" => words.next().unwrap_or_default(),
        _ => first,
    };
    matches!(
        first.as_str(),
        "published" | "updated" | "posted" | "modified" | "created"
    )
}

/// A copyright or syndication notice.
fn notice(s: &str) -> bool {
    let lower = s.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or_default();
    first == "copyright"
        || lower.starts_with('©')
        || lower.starts_with("(c) ")
        || lower.contains("rights reserved")
        || lower.starts_with("this ") && about_the_page(&lower) && lower.contains("published")
}

/// Speaks of the page itself: "this article", "this story".
fn about_the_page(s: &str) -> bool {
    let lower = s.to_lowercase();
    let mut words = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let mut previous = "";
    words.any(|w| {
        let page = previous == "this"
            && matches!(
                w,
                "article"
                    | "story"
                    | "page"
                    | "post"
                    | "video"
                    | "podcast"
                    | "material"
                    | "content"
            );
        previous = w;
        page
    })
}

/// Words of a page's navigation bar and accessibility links.
fn navigation_word(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    w.is_empty()
        || matches!(
            w.to_ascii_lowercase().as_str(),
            "skip"
                | "to"
                | "main"
                | "content"
                | "navigation"
                | "menu"
                | "search"
                | "subscribe"
                | "sign"
                | "log"
                | "in"
                | "up"
                | "out"
                | "home"
                | "account"
                | "login"
                | "register"
                | "close"
                | "back"
                | "top"
                | "accessibility"
                | "help"
                | "settings"
                | "sections"
                | "newsletters"
                | "my"
                | "profile"
                | "jump"
                | "toggle"
        )
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
    /// A title line reporting an event ([`headline_event`]) whose verb the lexicon misses:
    /// headline grammar has no auxiliaries, so the hand features take it for verbless.
    Headline,
}

impl Adjustment {
    /// Every adjustment, in a fixed order.
    pub const ALL: [Adjustment; 5] = [
        Adjustment::Generic,
        Adjustment::Outlook,
        Adjustment::AttributedQuote,
        Adjustment::FoundFigures,
        Adjustment::Headline,
    ];

    /// Short stable name, as explanations print it.
    pub fn name(self) -> &'static str {
        match self {
            Adjustment::Generic => "generic",
            Adjustment::Outlook => "outlook",
            Adjustment::AttributedQuote => "attributed-quote",
            Adjustment::FoundFigures => "found-figures",
            Adjustment::Headline => "headline",
        }
    }

    /// The push on the log-odds, chosen on CheckThat! dev and the news corpus.
    pub fn weight(self) -> f32 {
        match self {
            Adjustment::Generic => -3.0,
            Adjustment::Outlook => -2.0,
            Adjustment::AttributedQuote => 2.5,
            Adjustment::FoundFigures => 0.5,
            Adjustment::Headline => 1.0,
        }
    }

    /// Whether the adjustment applies to a sentence with profile `p` and `signals`;
    /// `headline` says whether it is a title line reporting an event ([`headline_event`]).
    pub fn applies(self, p: &Profile, headline: bool, signals: &Signals) -> bool {
        let quote = p.quote_marks > 0 || signals.quote;
        let found = signals.quantities + signals.dates > 0;
        let anchored = p.anchored() || quote || signals.speaker || found;
        match self {
            Adjustment::Generic => !anchored && p.past == 0 && !headline,
            Adjustment::Outlook => !anchored && p.has(lx::VAGUE | lx::HEDGE),
            Adjustment::AttributedQuote => quote && (p.has(lx::ATTRIBUTION) || signals.speaker),
            Adjustment::FoundFigures => p.figures + p.years + p.days == 0 && found,
            Adjustment::Headline => headline && p.verbs == 0,
        }
    }
}

/// The sum of the adjustments that apply.
pub fn adjustment(p: &Profile, headline: bool, signals: &Signals) -> f32 {
    Adjustment::ALL
        .iter()
        .filter(|a| a.applies(p, headline, signals))
        .map(|a| a.weight())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::score::model::Model;
    use crate::extract::score::profile::profile;

    fn kind(s: &str) -> Option<&'static str> {
        furniture(s, &profile(s, &Model::embedded().common)).map(Furniture::name)
    }

    fn applies(s: &str, signals: &Signals) -> Vec<&'static str> {
        let p = profile(s, &Model::embedded().common);
        Adjustment::ALL
            .iter()
            .filter(|a| a.applies(&p, headline_event(s, &p), signals))
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
    fn publication_lines_notices_and_navigation() {
        // From QA's pasted pages (tests/fixtures/qa/).
        assert_eq!(
            kind("Updated: 10:32 a.m. ET, Tue August 24, 2016"),
            Some("dateline")
        );
        assert_eq!(
            kind("Published 12 March 2025, 09:14 GMT | Updated 2 hours ago"),
            Some("dateline")
        );
        assert_eq!(kind("Copyright 2016 The Associated Press."), Some("notice"));
        assert_eq!(kind("© 2025 Example News."), Some("notice"));
        assert_eq!(kind("All rights reserved."), Some("notice"));
        assert_eq!(
            kind("This article was originally published by Reuters."),
            Some("notice")
        );
        assert_eq!(kind("Skip to main content"), Some("navigation"));
        assert_eq!(kind("Menu  Search  Subscribe"), Some("navigation"));
        assert_eq!(kind("Listen to this article (4 min)"), Some("command"));
        assert_eq!(
            kind("Rescuers trying to reach those still trapped"),
            Some("heading")
        );
    }

    #[test]
    fn like_furniture_but_statements() {
        // A report that opens with "updated" or cites a copyright is no page furniture.
        assert_eq!(kind("Updated figures show 40 people died on Monday."), None);
        assert_eq!(
            kind("The court ruled that the copyright had expired in 2019."),
            None
        );
        assert_eq!(kind("This report was published by the UN on Monday."), None);
        assert_eq!(kind("Listen to the 4 calls the police released."), None);
    }

    #[test]
    fn headlines_of_events_are_not_headings() {
        // QA's headlines: verbs the lexicon does not know, in headline grammar.
        for line in [
            "Floods kill 95 in Spain",
            "Death toll climbs to 95",
            "Death toll jumps to 95",
            "Death toll reaches 95",
            "Death toll soars to 95",
            "Police arrest 3 after riot",
            "Minister resigns after budget row",
            "Floods in Valencia: death toll climbs to 95",
        ] {
            assert_eq!(kind(line), None, "{line}");
            assert_eq!(applies(line, &Signals::default()), ["headline"], "{line}");
        }
        // A headline naming nothing to look up stays generic; a sentence is no headline.
        assert_eq!(applies("Prices rise", &Signals::default()), ["generic"]);
        assert!(applies("Floods kill 95 in Spain.", &Signals::default()).is_empty());
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
