//! Dates on real sentences (the sample article and `../shared/corpus/news/`) and on short texts
//! written for each rule.

use super::dates;

/// (text, iso) of every date in `s`.
pub(super) fn found(s: &str) -> Vec<(String, Option<String>)> {
    dates(s, 0).into_iter().map(|d| (d.text, d.iso)).collect()
}

pub(super) fn d(text: &str, iso: Option<&str>) -> (String, Option<String>) {
    (text.to_string(), iso.map(str::to_string))
}

#[test]
fn absolute_dates_in_several_orders() {
    assert_eq!(
        found("which he read aloud to Congress on March 4, 2025."),
        vec![d("March 4, 2025", Some("2025-03-04"))]
    );
    assert_eq!(
        found("on 4 March 2025"),
        vec![d("4 March 2025", Some("2025-03-04"))]
    );
    assert_eq!(
        found("on the 4th of March, 2025"),
        vec![d("4th of March, 2025", Some("2025-03-04"))]
    );
    assert_eq!(
        found("Sept. 11, 2001"),
        vec![d("Sept. 11, 2001", Some("2001-09-11"))]
    );
    assert_eq!(
        found("22.06.2008 6:23:02 P"),
        vec![d("22.06.2008", Some("2008-06-22"))]
    );
    assert_eq!(
        found("20-09-2025 | 07:05"),
        vec![d("20-09-2025", Some("2025-09-20"))]
    );
    assert_eq!(
        found("Death toll rises\nAugust 3, 2014"),
        vec![d("August 3, 2014", Some("2014-08-03"))]
    );
    assert_eq!(
        found("on 2025-03-04"),
        vec![d("2025-03-04", Some("2025-03-04"))]
    );
}

#[test]
fn day_and_month_order_follows_the_separator() {
    assert_eq!(
        found("on 12/25/2024"),
        vec![d("12/25/2024", Some("2024-12-25"))]
    );
    assert_eq!(
        found("on 25/12/2024"),
        vec![d("25/12/2024", Some("2024-12-25"))]
    );
    // US and European readings of "3/4/2025" differ: only the year is certain.
    assert_eq!(found("on 3/4/2025"), vec![d("3/4/2025", Some("2025"))]);
    assert_eq!(
        found("on 03.04.2025"),
        vec![d("03.04.2025", Some("2025-04-03"))]
    );
}

#[test]
fn a_year_after_a_quarter_or_a_fiscal_year_is_a_date() {
    for (s, text) in [
        ("Results for Q3 2024", "2024"),
        ("Q3 2024 revenue rose 5%.", "2024"),
        ("H1 2024 sales were weak.", "2024"),
        ("Its FY 2024 profit fell.", "2024"),
        ("Its fiscal 2024 profit fell.", "2024"),
        // QA round 18, item C-13: a fiscal year written the usual ways.
        // (The label glued before the year is part of its text: QA round 19, item E-12.)
        ("It will spend A$748 billion in FY2024.", "FY2024"),
        ("Revenue rose 12% in Q3 FY2024.", "FY2024"),
        ("It will spend A$748 billion in FY2024-25.", "FY2024-25"),
        ("It will spend A$748 billion in FY 2024-25.", "2024-25"),
        (
            "Spending reached A$700 billion in the 2024/25 financial year.",
            "2024/25",
        ),
        ("Spending reached A$700 billion in 2024-25.", "2024-25"),
    ] {
        assert_eq!(found(s), vec![d(text, Some("2024"))], "{s}");
        let (figures, _) = crate::extract::numbers::with_dates(s, 0);
        assert!(
            figures.iter().all(|f| f.value < 1000.0 || f.value > 1e6),
            "{s}: {figures:?}"
        );
    }
    // Two digits that are not the next year are no fiscal year, nor is a code.
    assert_eq!(found("in 2024/27"), vec![]);
    assert_eq!(found("the FY2024X plan"), vec![]);
    // "Q5" and "H3" are no parts of a year.
    assert_eq!(found("Q5 2024 revenue"), vec![]);
}

#[test]
fn a_house_number_is_no_year() {
    assert_eq!(
        found("He lives at 1600 Pennsylvania Avenue in Washington."),
        vec![]
    );
    // After a word that introduces a year, it is one.
    assert_eq!(
        found("Since 2020 Wall Street has rallied."),
        vec![d("2020", Some("2020"))]
    );
}

#[test]
fn impossible_dates_keep_their_text_but_no_iso() {
    assert_eq!(
        found("on February 30, 2025"),
        vec![d("February 30, 2025", None)]
    );
    assert_eq!(found("on 31.04.2025"), vec![d("31.04.2025", None)]);
    assert_eq!(
        found("on February 29, 2024"),
        vec![d("February 29, 2024", Some("2024-02-29"))]
    );
}

#[test]
fn partial_dates() {
    assert_eq!(
        found("Ukraine’s 2022 decree"),
        vec![d("2022", Some("2022"))]
    );
    assert_eq!(
        found("in March 2025"),
        vec![d("March 2025", Some("2025-03"))]
    );
    assert_eq!(
        found("“Since October 2007, inflation"),
        vec![d("October 2007", Some("2007-10"))]
    );
    assert_eq!(found("last seen in 1970."), vec![d("1970", Some("1970"))]);
    // QA round 7, item 13: a year after "a" before a noun.
    assert_eq!(
        found("The WHO said in a 2024 report that"),
        vec![d("2024", Some("2024"))]
    );
    assert_eq!(found("an 1880 census"), vec![d("1880", Some("1880"))]);
    assert_eq!(found("a 2000 mile trip"), vec![]);
    assert_eq!(
        found("In 2008, a quake in Sichuan"),
        vec![d("2008", Some("2008"))]
    );
    assert_eq!(found("since 1985."), vec![d("1985", Some("1985"))]);
    assert_eq!(
        found("between 2014 and 2016"),
        vec![d("2014", Some("2014")), d("2016", Some("2016"))]
    );
    assert_eq!(
        found("the 2014–2015 season"),
        vec![d("2014", Some("2014")), d("2015", Some("2015"))]
    );
    assert_eq!(found("in March"), vec![d("March", None)]);
}

#[test]
fn counts_are_not_years() {
    for s in [
        "more than 2,500 troops had arrived",
        "about 2000 people",
        "killed 1500.",
        "the toll reached 2000",
        "US$2000 in cash",
        "a 2000% rise",
        "COVID-2019",
        "in 80 years",
        "it may rain",
        "A march on the capital",
        "He lost 2024 votes.",
        "She won 2027 seats.",
    ] {
        assert_eq!(found(s), vec![], "{s}");
    }
}

#[test]
fn a_year_before_an_event_is_a_date() {
    // QA round 8, item 6: a headline drops the article ("to host the 2027 summit").
    for s in [
        "Kenya beats Uganda to host 2027 summit",
        "Voters head to 2024 polls",
    ] {
        assert_eq!(found(s).len(), 1, "{s}");
    }
}

#[test]
fn relative_dates_have_no_iso() {
    assert_eq!(
        found("Last week, President Donald Trump and Vice President JD Vance met with Zelensky"),
        vec![d("Last week", None)]
    );
    assert_eq!(
        found("at a regular policy meeting on Tuesday."),
        vec![d("Tuesday", None)]
    );
    assert_eq!(
        found("By late Sunday night local time, more than 2,500 troops had arrived"),
        vec![d("late Sunday night", None)]
    );
    assert_eq!(
        found(
            "officials announced overnight that the death toll for Sunday's earthquake had risen"
        ),
        vec![d("overnight", None), d("Sunday", None)]
    );
    assert_eq!(
        found("earlier this week"),
        vec![d("earlier this week", None)]
    );
    assert_eq!(found("three days ago"), vec![d("three days ago", None)]);
    assert_eq!(
        found("yesterday and today"),
        vec![d("yesterday", None), d("today", None)]
    );
    assert_eq!(
        found("in Mexico Wednesday, as the toll"),
        vec![d("Wednesday", None)]
    );
}

#[test]
fn names_and_times_are_not_dates() {
    assert_eq!(found("source: Sunday Standard"), vec![]);
    assert_eq!(found("at 0830 UTC"), vec![]);
    // A 24-hour clock time in the year range, before its zone: no year.
    let wire = found("at 10:42 p.m. local time (2042 GMT) on Tuesday, April 21, 2026, it said");
    assert!(wire.iter().all(|(text, _)| text != "2042"), "{wire:?}");
    assert!(
        wire.contains(&d("April 21, 2026", Some("2026-04-21"))),
        "{wire:?}"
    );
    assert_eq!(
        found("The plan runs to 2042 at the latest."),
        vec![d("2042", Some("2042"))]
    );
    assert_eq!(found("at 07:05"), vec![]);
    assert_eq!(found("Theresa May said"), vec![]);
}

#[test]
fn offsets_are_document_offsets() {
    let s = "“It’s late” — on March 4, 2025.";
    let base = 1000;
    let found = dates(s, base);
    assert_eq!(found.len(), 1);
    assert_eq!(
        &s[found[0].start - base..found[0].end - base],
        "March 4, 2025"
    );
}

#[test]
fn sentences_without_dates_allocate_nothing() {
    let found = dates("what are your thoughts on the situation?", 0);
    assert!(found.is_empty() && found.capacity() == 0);
}

#[test]
fn a_day_without_its_year_is_partial_or_takes_the_article_year() {
    assert_eq!(found("on Nov. 6."), vec![d("Nov. 6", Some("--11-06"))]);
    assert_eq!(
        found("on 6 November."),
        vec![d("6 November", Some("--11-06"))]
    );
    assert_eq!(found("on April 31."), vec![d("April 31", None)]);
    // The article's header gives its year.
    let text = "Published 12 March 2025\n\nThe bank will publish its report on Nov. 6.\n";
    let claims = crate::extract::extract(text, 0);
    let dates: Vec<_> = claims.iter().flat_map(|c| &c.dates).collect();
    assert_eq!(dates.len(), 1, "{claims:#?}");
    assert_eq!(dates[0].iso.as_deref(), Some("2025-11-06"));
}

#[test]
fn a_year_after_about_a_subject_is_a_date() {
    // QA round 9, item E6: "about" after a verb of speaking or thinking names the subject.
    for s in [
        "Catherine Mbeki-Hollis does not like to talk about 2022.",
        "She wrote a book about 1968, the year of the protests.",
        "Asked about 2020, he smiled.",
        "Nobody talks about 2022 elections any more.",
    ] {
        assert_eq!(found(s).len(), 1, "{s}");
    }
    // A hedge stays a count: "about" after another word, or before what it counts.
    for s in [
        "The crowd numbered about 2000.",
        "He talked about 2000 people who had lost their jobs.",
        "The fire destroyed about 2000 homes.",
    ] {
        assert_eq!(found(s), vec![], "{s}");
    }
}

#[test]
fn the_year_of_a_statutes_name_is_no_date() {
    // QA round 10, item N16.
    assert_eq!(
        found("Under the Proceeds of Crime Act 2002, the court may seize assets."),
        vec![]
    );
    assert_eq!(found("the Data Protection Regulations 2018"), vec![]);
    // Nor a figure.
    let s = "He was convicted under the Proceeds of Crime Act 2002.";
    assert!(crate::extract::numbers::quantities(s, 0).is_empty());
    // The year an act came into force, or an act "of" a year, is still a date.
    assert_eq!(
        found("The Act came into force in 2002."),
        vec![d("2002", Some("2002"))]
    );
    assert_eq!(
        found("the Civil Rights Act of 1964"),
        vec![d("1964", Some("1964"))]
    );
}

#[test]
fn the_last_year_before_an_event_is_no_relative_date() {
    // QA round 10, item N16.
    assert_eq!(
        found("0.6 per 100,000 in 2022, the last year before the current outbreak began."),
        vec![d("2022", Some("2022"))]
    );
    assert_eq!(found("the last week of the campaign"), vec![]);
    assert_eq!(found("It was the last year in which profits rose."), vec![]);
    assert_eq!(found("the last year for which data exist"), vec![]);
    // Before now, with or without "the".
    for s in [
        "Cases rose in the last year.",
        "Prices rose over the last year in Britain.",
        "Prices rose over the last year for the first time.",
        "Prices rose last year before falling.",
        "he has broken that pledge twice in the last year that I know of",
    ] {
        assert_eq!(found(s), vec![d("last year", None)], "{s}");
    }
}

#[test]
fn overnight_before_a_noun_is_no_date() {
    // QA round 12, item 19: an adjective.
    for s in [
        "The bank cut its benchmark overnight interest rate.",
        "The benchmark overnight interest rate was cut.",
        "It offered an overnight stay.",
    ] {
        assert_eq!(found(s), vec![], "{s}");
    }
    // An adverb of time stays a date.
    for s in [
        "Three people were killed overnight, officials said.",
        "Russia attacked overnight amid talks.",
        "Shelling continued overnight killing three.",
        "Prices rose overnight in Asia.",
    ] {
        assert_eq!(found(s), vec![d("overnight", None)], "{s}");
    }
}

#[test]
fn a_year_compared_or_as_a_subject_is_a_date() {
    // QA round 13, item 9.
    for (s, year) in [
        (
            "NOAA said 2024 beat the previous record, set in 2023, by 0.10C (0.18F).",
            "2024",
        ),
        ("Nasa said the year was 0.07C warmer than 2023.", "2023"),
    ] {
        let (figures, dates) = crate::extract::numbers::with_dates(s, 0);
        assert!(
            dates.iter().any(|d| d.iso.as_deref() == Some(year)),
            "{s}: {dates:#?}"
        );
        assert!(
            figures.iter().all(|q| q.value < 1900.0),
            "{s}: {figures:#?}"
        );
    }
    // Counts stay counts.
    for s in ["It was more than 2000.", "We saw 2000 people the next day."] {
        let (figures, _) = crate::extract::numbers::with_dates(s, 0);
        assert!(figures.iter().any(|q| q.value == 2000.0), "{s}");
    }
}

#[test]
fn a_road_s_number_is_no_year() {
    // QA round 16, item 5.
    assert_eq!(found("Crews closed SR 24 and FM 1960."), vec![]);
    assert_eq!(found("Traffic on Route 2010 was slow."), vec![]);
    assert_eq!(
        found("In 1960 the road opened."),
        vec![d("1960", Some("1960"))]
    );
}

#[test]
fn a_month_in_capitals_is_read_as_a_header_writes_it() {
    // QA round 21, item M-6.
    assert_eq!(
        found("WORLD NEWS | APRIL 22, 2026 / 6:48 AM"),
        vec![d("APRIL 22, 2026", Some("2026-04-22"))]
    );
    assert_eq!(
        found("10:30, 16 APR 2026"),
        vec![d("16 APR 2026", Some("2026-04-16"))]
    );
    // Only a month in capitals or capitalised: not "aPRIL", and "MAY" alone is no date.
    assert_eq!(found("aPRIL 22, 2026").len(), 1, "the year alone");
    assert_eq!(found("THE PM MAY RESIGN"), vec![]);
}
