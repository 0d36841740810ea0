use super::*;
use crate::extract::score::model::Model;
use crate::extract::score::profile::profile;

pub(super) fn kind(s: &str) -> Option<&'static str> {
    furniture(s, &profile(s, &Model::embedded().common)).map(Furniture::name)
}

fn applies(s: &str, signals: &Signals) -> Vec<&'static str> {
    let p = profile(s, &Model::embedded().common);
    Adjustment::ALL
        .iter()
        .filter(|a| a.applies(&p, &Cues::of(s, &p), signals))
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
    // A link led in on its own line, with or without brackets.
    for link in [
        "Read more: Riots spread to 5 cities",
        "[Read more: Riots spread to 5 cities]",
        "READ MORE: Floods kill 95 in Spain",
        "See also: Death toll climbs to 95",
        "Also read: Riots spread to 5 cities",
        "More on this story: Riots spread to 5 cities",
        // QA round 18, items A-9 and B-15.
        "Most read: Budget 2026: what could change for your pension",
        "[Video: Tear gas fired at Place d'Italie as march ends — 1:42]",
        "[Video: Tear gas fired at Place d'Italie as march ends]",
        // QA round 19, item G-2.
        "Most viewed: Teachers' union warns of 10,000 vacancies",
        "Trending: Tesco says it will cut 1,800 jobs",
        "Watch: Ofgem says bills will rise 10%",
        "WATCH: Ofgem says bills will rise 10%",
        "Listen: Ofgem says bills will rise 10%",
        "Top stories: Greggs to open 150 shops",
        "Recommended: Greggs to open 150 shops",
        "Watch the video: Police say 3 men arrested after Leeds blaze",
    ] {
        assert_eq!(kind(link), Some(Furniture::RelatedLink.name()), "{link}");
    }
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
    assert_eq!(kind("Home > World > Europe"), Some("navigation"));
    assert_eq!(kind("Sun 12 Mar 2025 09.14 GMT"), Some("dateline"));
    assert_eq!(
        kind("By Jane Doe | March 12, 2025 | 4 min read"),
        Some("byline")
    );
    assert_eq!(
        kind("By Jane Doe · Senior Correspondent · Sun 12 Mar 2025 09.14 GMT"),
        Some("byline")
    );
    assert_eq!(kind("Tue, Aug 24 2016, 10:32 am ET"), Some("dateline"));
    // QA round 21, item M-6: headers in capitals.
    assert_eq!(
        kind("10:30, 16 APR 2026 Updated 11:45, 16 APR 2026"),
        Some("dateline")
    );
    assert_eq!(
        kind("WORLD NEWS | APRIL 22, 2026 / 6:48 AM / UPDATED 2 HOURS AGO"),
        Some("byline")
    );
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
    assert_eq!(
        kind("Temperatures reach 40 degrees in Madrid on Sunday"),
        None
    );
    assert_eq!(kind("Prices rise > 5% in March"), None);
}

#[test]
fn headlines_of_events_are_not_headings() {
    // QA's headlines: verbs the lexicon does not know, in headline grammar.
    for line in super::super::headline::QA_HEADLINES {
        assert_eq!(kind(line), None, "{line}");
        assert_eq!(applies(line, &Signals::default()), ["headline"], "{line}");
    }
    // A headline naming nothing to look up stays generic; a sentence is no headline.
    assert_eq!(applies("Prices rise", &Signals::default()), ["generic"]);
    assert!(applies("Floods kill 95 in Spain.", &Signals::default()).is_empty());
}

#[test]
fn tolls_are_headlines_and_labels_of_harm_are_headings() {
    // QA round 8: a figure and a word of harm state a toll, the verb left out.
    for line in [
        "Six dead in Paris shooting",
        "20 hurt in Paris shooting",
        "At least 30 dead in Nigeria floods",
    ] {
        assert_eq!(kind(line), None, "{line}");
        assert_eq!(applies(line, &Signals::default()), ["headline"], "{line}");
    }
    // Without a figure, or with the harm word qualifying a noun, a heading stays a heading.
    for line in [
        "The dead and the missing",
        "Missing persons",
        "Top 10 Missing Persons Cases",
    ] {
        assert_eq!(kind(line), Some("heading"), "{line}");
    }
}

#[test]
fn habitual_background_is_no_report() {
    let none = Signals::default();
    // From news/yunnan-quake.txt.
    let background = "China is frequently struck by earthquakes in that part of the country.";
    assert_eq!(applies(background, &none), ["habitual"]);
    for claim in [
        "Studies show that seniors are generally happy with Medicare.",
        "China is frequently struck by earthquakes, 381 people died on Sunday.",
        "We often hear that the economy is growing.",
        "Earthquakes frequently strike Yunnan, Xinhua reported.",
    ] {
        assert!(!applies(claim, &none).contains(&"habitual"), "{claim}");
    }
}

#[test]
fn scenes_naming_nothing_are_colour() {
    let none = Signals::default();
    // From news/mexico-quake.txt.
    let scene = "One man could be seen tying the names of the missing onto a light pole as \
                 hundreds crowded the streets out of fear their building would fall next, \
                 while others crouched into tight circles.";
    assert!(applies(scene, &none).contains(&"scene"));
    for claim in [
        "Smoke could be seen rising over the Kremlin.",
        "Explosions could be heard in 3 districts of the city.",
        "“Sirens could be heard all night,” a resident said.",
        "Rescuers could not reach the village.",
    ] {
        assert!(!applies(claim, &none).contains(&"scene"), "{claim}");
    }
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
fn no_adverb_of_frequency_is_shorter_than_five_letters() {
    assert!(FREQUENCY.iter().all(|f| f.len() >= 5));
}

#[test]
fn the_rules_read_their_cues_as_they_read_all_cues() {
    for s in crate::extract::score::test_lines()
        .into_iter()
        .chain(crate::extract::score::headline::QA_HEADLINES)
    {
        let p = profile(s, &Model::embedded().common);
        let (all, read) = (
            Cues::of(s, &p),
            Cues::for_rules(s, &p, &HeadlineVerb::default()),
        );
        for quote in [false, true] {
            for speaker in [false, true] {
                for found in [0, 1] {
                    let signals = Signals {
                        quantities: found,
                        quote,
                        speaker,
                        ..Signals::default()
                    };
                    for a in Adjustment::ALL {
                        let (x, y) = (
                            a.applies(&p, &all, &signals),
                            a.applies(&p, &read, &signals),
                        );
                        assert_eq!(x, y, "{} on {s}", a.name());
                    }
                }
            }
        }
    }
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

#[test]
fn service_lines_of_a_pasted_page() {
    // QA round 7, item 11: each was scored as a claim.
    for (line, expected) in [
        ("Published Aug. 12, 2025, 6:05 p.m.", "dateline"),
        ("Updated Feb 26, 2025, 9:40 a.m. ET", "dateline"),
        ("Posted: Tue, Mar 4, 2025 at 10:32 a.m.", "dateline"),
        (
            "By Rachel Tomlin | rtomlin@dailyherald-example.com",
            "byline",
        ),
        ("By Jane Doe | @janedoe | March 12, 2025", "byline"),
        ("3 min read", "byline"),
        ("5-minute read", "byline"),
        ("12 min listen", "byline"),
        (
            "Photo: Traffic crosses the Route 31 bridge in St. Charles on Monday.",
            "label",
        ),
        (
            "Image: A rescuer carries a child through floodwater.",
            "label",
        ),
        (
            "FILE PHOTO: A view of the central bank in Frankfurt, Germany.",
            "label",
        ),
        (
            "Caption: Firefighters battle the blaze in Los Angeles on Jan. 8.",
            "label",
        ),
        ("Photograph: Jane Doe/Reuters", "label"),
        (
            "(Photo by Jane Doe/Getty Images for The Washington Post)",
            "label",
        ),
        ("(AP Photo/Evan Vucci)", "label"),
        ("File photo", "label"),
        (
            "Terms of Service | Privacy Policy | Do Not Sell My Personal Information",
            "navigation",
        ),
        (
            "News | Local | Weather | Sports | Opinion | Obituaries",
            "navigation",
        ),
        (
            "(Reporting by Tomasz Wielicki in Gdansk and Hannah Lee in San Francisco; Editing by \
             Shinjini Ganguli)",
            "byline",
        ),
        (
            "(Reporting by Daniel Okafor in Phoenix and Priya Raman in Washington; Editing by \
             Scott Malone and Jonathan Oatis)",
            "byline",
        ),
        (
            "Additional reporting by Jo Loe in London; Writing by Al Moe; editing by Sam Poe",
            "byline",
        ),
        (
            "If you or someone you know is struggling with addiction, call or text 988 or visit \
             FindTreatment.gov.",
            "notice",
        ),
        ("Call 911 if you see a downed power line.", "notice"),
        (
            "If you need help, contact the Crisis Text Line at 741741 or visit \
             988lifeline.org.",
            "notice",
        ),
    ] {
        assert_eq!(kind(line), Some(expected), "{line}");
    }
}

#[test]
fn statements_that_open_like_service_lines() {
    for claim in [
        "Published figures show 40 people died.",
        "Published on Monday, the report found 40 people died.",
        "Updated figures released on Aug. 12, 2025 show 40 deaths.",
        "By Tuesday, 12 people had been rescued.",
        "By Jane Doe's count, 40 people died.",
        "Photographs taken on Monday show the bridge collapsed.",
        "Photos of the crash were shared 40,000 times on Monday.",
        "Image rights were sold for $3 million in 2024.",
        "“We are the party of Jobs | Growth | Security,” Smith said on Monday.",
        "Smith | Jones | Brown won 40% of the vote in 2024",
        "Reporting by the BBC showed 40 people died.",
        "Rising by 5% in March, prices hit a record.",
        "Hit by Hurricane Helene; Battered by Storm Ciarán",
        "Residents called 911 after 40 people fell ill, you know.",
        "If you ask me, call it a disaster, 40 people died.",
        "Officials urged residents to call 311 if you see flooding.",
        "It takes 3 min to read the report.",
    ] {
        assert_eq!(kind(claim), None, "{claim}");
    }
}

#[test]
fn furniture_of_round_8() {
    // QA round 8, item 2: each was kept as a claim.
    for (line, expected) in [
        (
            "Image caption, Senators leave the chamber early on Tuesday",
            "label",
        ),
        ("Media caption, The moment the bridge collapsed", "label"),
        ("Image source, Getty Images", "label"),
        ("Listen · 4:32", "label"),
        ("Watch: 2 min", "label"),
        ("Video, 1:05", "label"),
        (
            "In the UK, Samaritans can be contacted on 116 123.",
            "notice",
        ),
        ("Call the Samaritans on 116 123.", "notice"),
        (
            "In Australia, Lifeline can be reached on 13 11 14.",
            "notice",
        ),
        (
            "Childline can be contacted on 0800 1111 or at childline.org.uk.",
            "notice",
        ),
        (
            "Our Standards: The Thomson Reuters Trust Principles.",
            "label",
        ),
        ("Editor's Picks: The Week in Review", "label"),
        (
            "The BBC is not responsible for the content of external sites.",
            "notice",
        ),
        ("We accept no responsibility for linked websites.", "notice"),
    ] {
        assert_eq!(kind(line), Some(expected), "{line}");
    }
}

#[test]
fn statements_like_the_furniture_of_round_8() {
    for claim in [
        "Listen to residents, 4 of whom lost their homes, describe the night.",
        "Watch 4 videos of the launch.",
        "Our standards of living fell 3% last year.",
        "The ministry is not responsible for 40% of the budget.",
        "The company is not responsible for the content of the leaked emails.",
        "The platform is not responsible for what users post on its sites.",
        "Police can be contacted on the matter through the usual channels.",
        "The charity was contacted on 120 occasions last year.",
        "A deal was reached on 2025-03-02.",
        "The index reached 116 on Monday.",
        "Talks reached at 2300 GMT broke down.",
        "Image quality improved by 40% in the new camera.",
        "Breaking: Prime Minister Resigns",
        "Verdict: 3 Guilty, 2 Acquitted",
        "Attendees: Joe Biden, Kamala Harris and Nancy Pelosi.",
    ] {
        assert_eq!(kind(claim), None, "{claim}");
    }
}

#[test]
fn cookie_notices_are_notices_and_reports_on_cookies_are_not() {
    // QA round 9, item E4: the banner of a pasted page, and other banners.
    for line in [
        "We use cookies to improve your experience.",
        "By continuing to browse you agree to our use of cookies.",
        "Accept all | Manage preferences",
        "This site uses cookies to give you the best experience.",
        "We value your privacy",
        "Accept all cookies",
        "By clicking Accept, you agree to the storing of cookies on your device.",
        "Cookie settings",
    ] {
        assert_eq!(kind(line), Some("notice"), "{line}");
    }
    for line in [
        "The regulator fined the firm for setting cookies without consent.",
        "Google said it would stop using third-party cookies in Chrome.",
        "Cookie sales rose 12% to £40m last year.",
        "Our investigation found that 80% of websites set cookies before consent.",
        "Your privacy is at risk, experts warn.",
        "We value your privacy, Meta told regulators.",
        "Meta updates privacy policy after EU fine",
        "Accept the deal or face tariffs, Trump tells EU",
    ] {
        assert_eq!(kind(line), None, "{line}");
    }
}

#[test]
fn rows_of_a_table_of_figures_are_no_headings() {
    // QA round 9, item E7: the key-figures table of a pasted page.
    for row in [
        "| Revenue | £5.91bn | £5.77bn | +2.4% |",
        "| Gross margin | 41.3% | 44.0% | -2.7pts |",
        "| Net debt | £1.06bn | £870m | +22% |",
    ] {
        assert_eq!(kind(row), None, "{row}");
    }
    // Its header row, and headings with a figure, stay headings.
    for line in [
        "| | 2025/26 | 2024/25 | Change |",
        "Chapter 3 | The aftermath",
        "Top 10 Missing Persons Cases",
    ] {
        assert_eq!(kind(line), Some("heading"), "{line}");
    }
}
