//! Check-worthiness on the sample article (data/odesa-drone-strike.txt), sentence by sentence,
//! as issue #2 specifies: the four reader-facing closing sentences are not claims, every other
//! sentence is.

use claimcheck::extract::score::{DEFAULT_MIN_SCORE, Signals, explain, score};

const ARTICLE: &str = include_str!("../data/odesa-drone-strike.txt");

/// The article's sentences, in order, as the splitter gives them (multi-sentence quotations
/// kept with their attribution).
const CLAIMS: &[&str] = &[
    "Russia has finally issued a statement amidst the recent developments regarding America’s seemingly deteriorating relationship with Ukraine.",
    "Ukraine’s President, Volodymyr Zelensky, was visiting the United States when a tense encounter unfolded in President Donald Trump’s Oval Office.",
    "It appears that Russia has now weighed in on the matter, with a Kremlin representative offering a comment on the situation.",
    "A Kremlin spokesperson discussed Ukraine’s Volodymyr Zelensky’s openness to negotiations after Donald Trump read a letter from Zelensky in front of Congress.",
    "Last week, President Donald Trump and Vice President JD Vance met with Zelensky to address a range of issues, with the ongoing war between Ukraine and Russia being the central concern.",
    "The meeting became tense when Trump and Vance expressed their disappointment with Zelensky’s apparent lack of gratitude and reluctance to engage in ceasefire talks with Russia.",
    "“You’re gambling with the lives of millions of people,” Trump said during the conversation.",
    "“You’re gambling with World War Three, and what you’re doing is highly disrespectful to this country, which has supported you more than many have said it should,” the U.S. President continued.",
    "Trump went on to announce that he would pause all military aid to Ukraine, a move which Kremlin spokesman Dmitry Peskov described as the “best contribution to the cause of peace.”",
    "Following his departure from the White House, Zelensky sent a letter to President Trump, which he read aloud to Congress on March 4, 2025.",
    "In the letter, Zelensky stated, “Ukraine is ready to come to the negotiating table as soon as possible.”",
    "He added, “My team and I are prepared to work under President Trump’s strong leadership to achieve lasting peace,” and went on to express gratitude for America’s efforts in helping Ukraine maintain its sovereignty and independence.",
    "The letter also mentioned Ukraine’s readiness to sign a deal on rare earth minerals at a time convenient for the United States—a deal originally scheduled during Zelensky’s problematic visit to the White House.",
    "“It’s time to end this senseless war. If you want to end wars, you have to talk to both sides,” President Trump said.",
    "Moscow appears to appreciate Ukraine’s willingness to negotiate, with Peskov commenting, “We are positive. The question is with whom to sit at the negotiating table.”",
    "However, he expressed some uncertainty regarding how this would unfold due to Ukraine’s 2022 decree prohibiting negotiations with Russian President Putin.",
    "“For now, the legal ban by the Ukrainian President holding talks with the Russian side remains in effect,” the statement explained.",
    "“Overall, the approach is positive, but the details have not changed yet,” the statement concluded.",
    "Sky News reported that Russia’s assault on Ukraine is still ongoing.",
    "On March 4, 2025, Russian forces launched a drone attack on the southern Ukrainian city of Odesa, killing a 77-year-old woman and injuring three others.",
    "Regional governor Oleh Kiper confirmed that the woman died from shrapnel wounds on the outskirts of the city, with the drones damaging a private home and sparking fires.",
    "In response to the 181 drones fired by Russia, Ukraine successfully shot down 115.",
];

const NOT_CLAIMS: &[&str] = &[
    "Read on to find out more about the developments.",
    "The situation continues to develop, and it remains to be seen how things will unfold.",
    "What are your thoughts on the situation?",
    "Share your opinions in the comments and let others know to hear their views as well!",
];

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect()
}

#[test]
fn the_lists_cover_the_whole_article() {
    let mut listed: Vec<&str> = CLAIMS.iter().chain(NOT_CLAIMS).copied().collect();
    listed.sort_by_key(|s| {
        ARTICLE
            .find(s)
            .expect("every listed sentence is in the article")
    });
    assert_eq!(squeeze(&listed.concat()), squeeze(ARTICLE));
}

#[test]
fn every_claim_scores_above_the_default_threshold() {
    for s in CLAIMS {
        let e = explain(s, &Signals::default());
        assert!(e.score >= DEFAULT_MIN_SCORE, "{s}\n{e}");
    }
}

#[test]
fn reader_prompts_and_outlooks_score_below_it() {
    for s in NOT_CLAIMS {
        let e = explain(s, &Signals::default());
        assert!(e.score < DEFAULT_MIN_SCORE, "{s}\n{e}");
    }
}

#[test]
fn pipeline_signals_only_strengthen_claims() {
    for s in CLAIMS {
        let quote = s.contains('“');
        let signals = Signals {
            quantities: 0,
            dates: 0,
            quote,
            speaker: quote,
            // An article's sentence is no link to another article.
            placed: None,
        };
        assert!(score(s, &signals) >= score(s, &Signals::default()), "{s}");
    }
}

#[test]
fn explanations_name_what_fired() {
    let e = explain(NOT_CLAIMS[2], &Signals::default());
    let line = e.to_string();
    assert!(
        line.contains("question") && line.contains("furniture:reader-prompt"),
        "{line}"
    );
    let e = explain(CLAIMS[21], &Signals::default());
    assert!(e.features.iter().any(|(f, _)| f.name() == "figure"), "{e}");
    assert_eq!(e.score, score(CLAIMS[21], &Signals::default()));
}

#[test]
fn scores_survive_a_json_round_trip() {
    for s in CLAIMS.iter().chain(NOT_CLAIMS) {
        let x = score(s, &Signals::default());
        let back: f64 = serde_json::from_str(&serde_json::to_string(&x).unwrap()).unwrap();
        assert_eq!(back, x, "{s}");
    }
}
