//! Check-worthiness on articles of the news corpus (`corpus/news/` of the shared material, see
//! its SOURCES.md): page furniture and vague prose score below the default threshold, factual
//! sentences above it. Sentences are copied from the articles; each case names its article.

use claimcheck::extract::score::{DEFAULT_MIN_SCORE, Signals, explain};

fn below(article: &str, sentence: &str) {
    let e = explain(sentence, &Signals::default());
    assert!(e.score < DEFAULT_MIN_SCORE, "{article}: {sentence}\n{e}");
}

fn above(article: &str, sentence: &str) {
    let e = explain(sentence, &Signals::default());
    assert!(e.score >= DEFAULT_MIN_SCORE, "{article}: {sentence}\n{e}");
}

#[test]
fn page_furniture_is_never_a_claim() {
    below("botswana-rate-hike.txt", "source: Sunday Standard");
    below("botswana-rate-hike.txt", "22.06.2008 6:23:02 P");
    below("botswana-rate-hike.txt", "%d bloggers like this:");
    below("botswana-rate-hike.txt", "[continue reading]");
    below("hungary-base-rate.txt", "Photo credit: Shutterstock");
    below("mexico-quake.txt", "MORE FROM CBS NEWS");
    below("samara-drone-attack.txt", "20-09-2025 | 07:05");
    below("yunnan-quake.txt", "August 3, 2014");
    below("yunnan-quake.txt", "'Battlefield after bombardment'");
    below("yunnan-quake.txt", "mkg/hc (Reuters, AFP, dpa, AP)");
}

#[test]
fn furniture_explanations_say_which_kind() {
    let kind = |s: &str| explain(s, &Signals::default()).furniture.map(|f| f.name());
    assert_eq!(kind("Photo credit: Shutterstock"), Some("label"));
    assert_eq!(kind("MORE FROM CBS NEWS"), Some("capitals"));
    assert_eq!(kind("mkg/hc (Reuters, AFP, dpa, AP)"), Some("byline"));
    assert_eq!(kind("20-09-2025 | 07:05"), Some("timestamp"));
    assert_eq!(kind("%d bloggers like this:"), Some("template"));
    assert_eq!(
        kind("In 2008, a quake in Sichuan killed almost 70,000 people."),
        None
    );
}

#[test]
fn general_web_furniture_and_prompts() {
    // Not from one article: the furniture and prompts issue #2 lists, as web pages carry them.
    for line in [
        "Leave a Reply",
        "Related Articles",
        "Share this article",
        "Follow us on Twitter for the latest news.",
        "By Jane Smith",
        "Stay tuned for more updates.",
        "What happens next remains to be seen.",
        "Interest rates serve as a vital tool for central banks to keep inflation in check.",
    ] {
        below("(general)", line);
    }
}

#[test]
fn factual_sentences_are_claims() {
    above(
        "botswana-rate-hike.txt",
        "In a statement released on Thursday, the bank said the Monetary Policy Committee, which \
         met during the day, decided to increase the bank lending rate —-central bank lending rate \
         to commercial banks —— by 50 bps to 15.5 percent, a move which will stretch-out the end \
         consumers in the coming days as commercial banks respond to the move.",
    );
    above(
        "christchurch-quake.txt",
        "Prime Minister John Key said at a news conference that only 55 of 75 confirmed dead had \
         been identified.",
    );
    above(
        "christchurch-quake.txt",
        "“We may well be witnessing New Zealand’s darkest day,” Key said.",
    );
    above(
        "hungary-base-rate.txt",
        "Central bank rate-setters have raised the base rate by 50 basis points to 3.40 percent at \
         a regular policy meeting on Tuesday.",
    );
    above(
        "mexico-quake.txt",
        "As CBS News' Chris Martinez reported, more than 50 people had been pulled from the rubble \
         of the earthquake as of late Wednesday.",
    );
    above(
        "mexico-quake.txt",
        "\"They were making noise with metal -- with coins -- so that the volunteers rescue could \
         hear that noise,\" Osorio said.",
    );
    above(
        "samara-drone-attack.txt",
        "A Ukrainian drone attack on Russia's southwestern Samara region killed four people, the \
         local governor said Saturday as Kyiv said Ukraine had been targeted with hundreds of \
         Russian drones overnight.",
    );
    above(
        "voronezh-drones-17.txt",
        "Fires broke out in two of them, but they were quickly extinguished.",
    );
    above(
        "yunnan-quake.txt",
        "The earthquake also led to the collapse of more than 12,000 homes and left 30,000 more \
         damaged, severing power lines and telecommunications, Xinhua reported.",
    );
}
