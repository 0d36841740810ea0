use super::*;

#[test]
fn title_is_the_headline_or_the_file_stem() {
    let doc = document(
        "news/quake.txt",
        "\nDeath toll rises in China quake\nAugust 3, 2014\n",
    );
    assert_eq!(doc.title, "Death toll rises in China quake");
    let doc = document(
        "data/odesa.txt",
        "Russia has issued a statement. It said so.\n",
    );
    assert_eq!(doc.title, "odesa");
    assert_eq!(document("-", "").title, "stdin");
}

#[test]
fn undigested_is_the_same_document_without_its_digest() {
    let text = include_str!("../../../data/odesa-drone-strike.txt");
    let digested = document("odesa.txt", text);
    assert_eq!(digested.sha256, sha256_hex(text.as_bytes()));
    let undigested = document_undigested("odesa.txt", text);
    assert_eq!(undigested.sha256, "");
    assert_eq!(
        Document {
            sha256: digested.sha256.clone(),
            ..undigested
        },
        digested
    );
}

#[test]
fn the_header_ends_at_the_first_paragraph() {
    let words = |n: usize| vec!["word"; n].join(" ");
    // A sentence of more than 12 words, or a line of more than 40, is a paragraph.
    let text = format!("Title\n{}.\n{}.\nMore\n", words(12), words(13));
    assert_eq!(header(&text).len(), 2);
    let text = format!("Title\n{}\n{}\nMore\n", words(40), words(41));
    assert_eq!(header(&text).len(), 2);
    let many = "Line\n".repeat(20);
    assert_eq!(header(&many).len(), HEADER_LINES);
}

#[test]
fn a_day_without_its_year_dates_no_publication() {
    let text = "Floods kill 95 in Spain\nUpdated Nov. 6\n\nOfficials said 95 people died.\n";
    assert_eq!(published(text), None);
}

#[test]
fn navigation_is_no_title() {
    // QA's pasted page (tests/fixtures/qa/kharkiv-paste.txt).
    let text = "Skip to main content\nMenu  Search  Subscribe\nWORLD | EUROPE\n\
                Missile strike on Kharkiv kills 14, officials say\n\
                By Jane Doe, Senior Correspondent\n";
    assert_eq!(
        headline(text),
        Some("Missile strike on Kharkiv kills 14, officials say")
    );
    assert_eq!(
        headline("EARTHQUAKE KILLS 12 IN ITALY\nBody."),
        Some("EARTHQUAKE KILLS 12 IN ITALY")
    );
    assert_eq!(headline("Skip to main content\nIt rained all day.\n"), None);
    let guardian = "Ukraine war\nRussia launches biggest drone attack of the war, Kyiv says\n";
    assert_eq!(
        headline(guardian),
        Some("Russia launches biggest drone attack of the war, Kyiv says")
    );
    let breadcrumbs = "Home > World > Europe\nBREAKING NEWS\nItaly earthquake: the aftermath\n";
    assert_eq!(
        headline(breadcrumbs),
        Some("Italy earthquake: the aftermath")
    );
    assert_eq!(headline("Brexit\n\nIt rained.\n"), Some("Brexit"));
    assert_eq!(
        headline("Quake hits Italy\nBy Jane Doe | March 12, 2025\n"),
        Some("Quake hits Italy")
    );
    // QA round 7, item 12: a navigation bar of links between pipes.
    let nav_bar = "Skip to main content\nMenu\nSign In\n\
                   News | Local | Weather | Sports | Opinion | Obituaries\n\nLOCAL NEWS\n\n\
                   Bridge closure will add up to 40 minutes to commutes, state says\n";
    assert_eq!(
        headline(nav_bar),
        Some("Bridge closure will add up to 40 minutes to commutes, state says")
    );
    // A headline with its site's name after a pipe is still the headline.
    assert_eq!(
        headline("Bridge closure will add up to 40 minutes | Daily Herald\nBody."),
        Some("Bridge closure will add up to 40 minutes | Daily Herald")
    );
}

#[test]
fn a_cookie_notice_is_no_title() {
    // QA round 9, item E4: the pasted page of tests/fixtures/qa/retail-paste.txt.
    let headline_ = "Harrow & Finch profit slumps 38% as shoppers shun full-price fashion";
    let page = format!(
        "Skip to content\nThe Market Ledger\n\
         Markets | Companies | Tech | Economy | Opinion | Podcasts\nSubscribe   Sign in\n\n\
         We use cookies to improve your experience. By continuing to browse you agree to our \
         use of cookies. Accept all | Manage preferences\n\nCOMPANIES > RETAIL\n\n\
         {headline_}\n\nBy Priya Raman, Retail Editor\nMarch 19, 2026 8:02 am GMT\n"
    );
    assert_eq!(document("d.txt", &page).title, headline_);
    assert_eq!(published(&page).as_deref(), Some("2026-03-19"));
    // Other banners, with or without a final stop, above the headline or between it and
    // the section's label: the notice neither is the title nor ends the header.
    for banner in [
        "This site uses cookies. By continuing to browse, you agree to our use of cookies.",
        "This website uses cookies to ensure you get the best experience on our website.",
        "We value your privacy",
        "We value your privacy. We and our partners use cookies to personalise content.",
        "Accept all cookies",
        "Accept all | Reject all | Manage preferences",
        "Cookie settings",
    ] {
        let page = format!("Menu\n{banner}\nBUSINESS\n{headline_}\nBy Jane Doe\n");
        assert_eq!(headline(&page), Some(headline_), "{banner}");
        let page = format!("{banner}\n\n{headline_}\n\nBody.\n");
        assert_eq!(headline(&page), Some(headline_), "{banner}");
    }
    // A headline about cookies is still the headline, and a first paragraph about them
    // still ends the header.
    let about = "Google delays plan to phase out cookies in Chrome\nBy Jane Doe\n";
    assert_eq!(
        headline(about),
        Some("Google delays plan to phase out cookies in Chrome")
    );
    let body = "Menu\nGoogle fined over cookies\n\nFrance's privacy regulator fined Google \
                150 million euros on Thursday for making it hard to refuse cookies.\n\
                Other line\n";
    assert_eq!(header(body).len(), 2);
}

#[test]
fn published_from_the_publication_line_or_the_dateline() {
    let kharkiv = "Missile strike on Kharkiv kills 14\n\
                   Published 12 March 2025, 09:14 GMT | Updated 2 hours ago\n";
    assert_eq!(published(kharkiv).as_deref(), Some("2025-03-12"));
    let updated = "Quake kills 12 in northern Italy\n\n\
                   Updated: 10:32 a.m. ET, Tue August 24, 2016\n";
    assert_eq!(published(updated).as_deref(), Some("2016-08-24"));
    let both = "Title\nUpdated 13 March 2025\nPosted on 2025-03-12T09:14:00Z\n";
    assert_eq!(published(both).as_deref(), Some("2025-03-12"));
    assert_eq!(
        published("Death toll rises in China quake\nAugust 3, 2014\n").as_deref(),
        Some("2014-08-03")
    );
    assert_eq!(
        published("Central Bank hikes rate\nsource: Sunday Standard\n22.06.2008 6:23:02 P\n")
            .as_deref(),
        Some("2008-06-22")
    );
    let byline = "Strike kills 14\nBy Jane Doe | March 12, 2025 | 4 min read\n";
    assert_eq!(published(byline).as_deref(), Some("2025-03-12"));
    // A headline's date is its event's, and so is a date in the body.
    let dated_headline = "Floods of October 30, 2024: a timeline\n\nBody.\n";
    assert_eq!(published(dated_headline), None);
    let body = "Strike kills 14\n\nOn March 4, 2025, Russian forces launched a drone attack \
                on the city of Odesa, killing a woman and injuring three others.\n";
    assert_eq!(published(body), None);
}

#[test]
fn url_from_a_line_that_holds_only_one() {
    let text = "Strike kills 14\nhttps://news.example/world/kharkiv-strike\n\nBody.\n";
    assert_eq!(url(text), Some("https://news.example/world/kharkiv-strike"));
    let source = "Strike kills 14\n\nA long body sentence goes here with more than twelve \
                  words in it, as bodies do.\n\nSource: https://news.example/a.html\n";
    assert_eq!(url(source), Some("https://news.example/a.html"));
    // A link inside a sentence is no address of the article.
    let inline = "Strike kills 14\nRead the report at https://un.example/r.pdf today.\n";
    assert_eq!(url(inline), None);
    let related = "Strike kills 14\n\nA long body sentence goes here with more than twelve \
                   words in it, as bodies do.\n\nRead more: https://news.example/b.html\n";
    assert_eq!(url(related), None);
    // The first labelled line in the text's order, line breaks of either kind.
    let two = "Strike kills 14\r\n\r\nA long body sentence goes here with more than twelve \
               words in it, as bodies do.\r\nSee https://x.example/ and https://y.example/\r\n\
               URL: https://news.example/c.html\r\nSource: https://news.example/d.html";
    assert_eq!(url(two), Some("https://news.example/c.html"));
    let last = "Strike kills 14\n\nA long body sentence goes here with more than twelve \
                words in it, as bodies do.\nSource: https://news.example/d.html";
    assert_eq!(url(last), Some("https://news.example/d.html"));
}

#[test]
fn a_press_release_marker_is_no_title() {
    // QA round 11, item 18.
    for marker in [
        "PRESS RELEASE",
        "FOR IMMEDIATE RELEASE",
        "For Immediate Release",
        "News Release",
        "EMBARGOED UNTIL 00:01 GMT, 12 MARCH 2025",
    ] {
        let text = format!(
            "{marker}\n\nNorthwind Logistics Reports Third Quarter Fiscal 2025 Results\n\n\
             SEATTLE, Oct. 28, 2025 -- Northwind Logistics today reported revenue of $2.84 \
             billion for its fiscal third quarter, up 12% from a year earlier.\n"
        );
        assert_eq!(
            headline(&text),
            Some("Northwind Logistics Reports Third Quarter Fiscal 2025 Results"),
            "{marker}"
        );
    }
    // A headline about a release is still one.
    assert_eq!(
        headline("Police release footage of the crash\nBody."),
        Some("Police release footage of the crash")
    );
}

#[test]
fn a_header_in_capitals_dates_the_page_and_is_no_title() {
    // QA round 21, item M-6.
    let wire = "WORLD NEWS | APRIL 22, 2026 / 6:48 AM / UPDATED 2 HOURS AGO\n\n\
                Eleven dead, 14 trapped after gas blast at Polish coal mine\n\n\
                By Anna Koper\n";
    assert_eq!(published(wire).as_deref(), Some("2026-04-22"));
    assert_eq!(
        document("w.txt", wire).title,
        "Eleven dead, 14 trapped after gas blast at Polish coal mine"
    );
    let regional = "Average house price tops £260,000 for first time\n\n\
                    By Jennifer Williams, Property Reporter\n\
                    10:30, 16 APR 2026 Updated 11:45, 16 APR 2026\n";
    assert_eq!(published(regional).as_deref(), Some("2026-04-16"));
}
