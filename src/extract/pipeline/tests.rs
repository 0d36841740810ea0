use super::*;
use crate::extract::score::{self, Signals};
use crate::extract::sentences::sentences;

fn analyse(text: &str) -> Vec<(String, Kind, Option<String>)> {
    let mut out = Vec::new();
    analyse_with(text, |a| {
        out.push((a.text.to_string(), a.kind, a.speaker.map(str::to_string)))
    });
    out
}

#[test]
fn the_one_of_an_unnamed_source_is_no_figure() {
    let text = "\"It's a disaster,\" said one senior official, who asked not to be named.\n\
                One official said the plan was unworkable.\n\
                One person was killed and one official said 40 were hurt.\n";
    let mut got = Vec::new();
    analyse_with(text, |a| {
        let figures: Vec<String> = a.quantities().iter().map(|q| q.text.clone()).collect();
        got.push((a.kind, figures));
    });
    assert_eq!(got[0], (Kind::Quote, vec![]));
    assert_eq!(
        got[1],
        (Kind::Attribution, vec![]),
        "no figure left: no quantity"
    );
    assert_eq!(got[2].1, ["One person", "40"], "a casualty count stays");
}

#[test]
fn a_long_document_on_a_one_thread_pool_is_read_without_waiting_for_ever() {
    let article = include_str!("../../../data/odesa-drone-strike.txt");
    let text = format!("{article}\n\n").repeat((300 << 10) / article.len());
    assert!(reading::in_parallel(text.len()));
    let expected = analyse(&text);
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let _ = done.send(pool.install(|| analyse(&text)));
    });
    let got = finished
        .recv_timeout(std::time::Duration::from_secs(120))
        .expect("the pool's only thread waited on itself");
    assert_eq!(got, expected);
}

#[test]
fn a_prepared_score_is_the_score() {
    let text = include_str!("../../../data/odesa-drone-strike.txt");
    for span in sentences(text) {
        let sentence = &text[span.start..span.end];
        let prepared = score::prepare(sentence);
        for (quantities, quote, speaker) in [(0, false, false), (2, true, true), (1, false, true)] {
            #[allow(clippy::needless_update)]
            let signals = Signals {
                quantities,
                dates: quantities,
                quote,
                speaker,
                ..Signals::default()
            };
            assert_eq!(prepared.score(&signals), score::score(sentence, &signals));
        }
    }
}

#[test]
fn a_day_without_its_year_takes_the_year_of_publication() {
    let text = "Floods kill 95 in Spain\nPublished 7 November 2024\n\n\
                Rescuers searched the town all night for the missing.\n\
                The rain began on Nov. 6 and did not stop.\n";
    let mut got = Vec::new();
    analyse_with(text, |a| {
        let dates: Vec<Option<String>> = a.dates().into_iter().map(|d| d.iso).collect();
        got.push((a.year, dates));
    });
    let last = got.last().unwrap();
    assert_eq!(last, &(Some(2024), vec![Some("2024-11-06".to_string())]));
    let undated = &got[got.len() - 2];
    assert_eq!(
        undated,
        &(None, vec![]),
        "the year is given where a date takes it"
    );
}

#[test]
fn a_day_without_its_year_takes_the_year_the_article_gives_it() {
    // (QA round 15, a-5: "Jan. 6" of an article published in 2024 that writes "Jan. 6, 2021".)
    let text = "Court narrows law used against Jan. 6 rioters\nPublished June 28, 2024\n\n\
                Hundreds stormed the Capitol on Jan. 6, 2021.\n\
                \"Events like January 6 must not recur,\" Barrett wrote.\n\
                The hearing is set for July 4.\n";
    let mut got = Vec::new();
    analyse_with(text, |a| {
        got.extend(a.dates().into_iter().filter_map(|d| d.iso));
    });
    assert_eq!(
        got,
        [
            "2021-01-06",
            "2024-06-28",
            "2021-01-06",
            "2021-01-06",
            "2024-07-04"
        ]
    );
}

#[test]
fn days_joined_in_a_pair_share_a_year_and_others_keep_their_own() {
    // (QA round 16, item 7, and its regression found in round 17.)
    let text = "Katrina, 20 years on\nPublished Aug. 27, 2025\n\n\
                The hurricane struck on Aug. 29, 2005.\n\
                The levees failed on August 29 and August 30.\n\
                On March 4, the mayor recalled how 1,392 people died on Aug. 29.\n\
                Residents will gather on Aug. 29.\n";
    let mut got = Vec::new();
    analyse_with(text, |a| {
        got.extend(a.dates().into_iter().filter_map(|d| d.iso));
    });
    assert_eq!(
        got,
        [
            "2025-08-27",
            "2005-08-29",
            "2005-08-29",
            "2005-08-30",
            "2025-03-04",
            "2005-08-29",
            "2025-08-29"
        ]
    );
}

#[test]
fn precedence_of_kinds() {
    assert_eq!(kind_of(true, 2, 1, true), Kind::Quote);
    assert_eq!(kind_of(false, 2, 1, true), Kind::Quantity);
    assert_eq!(kind_of(false, 0, 1, true), Kind::Date);
    assert_eq!(kind_of(false, 0, 0, true), Kind::Attribution);
    assert_eq!(kind_of(false, 0, 0, false), Kind::Statement);
}

#[test]
fn speakers_follow_the_article() {
    let text = "President Donald Trump met Ukraine’s President, Volodymyr Zelensky.\n\
                “You’re gambling with millions of lives,” Trump said. “It is disrespectful,” \
                the U.S. President continued.\n\
                In the letter, Zelensky stated, “Ukraine is ready to talk.”\n\
                He added, “We are prepared to work for peace.”\n";
    let got = analyse(text);
    let speakers: Vec<Option<&str>> = got.iter().map(|s| s.2.as_deref()).collect();
    assert_eq!(
        speakers,
        [
            None,
            Some("Donald Trump"),
            Some("Donald Trump"),
            Some("Volodymyr Zelensky"),
            Some("Volodymyr Zelensky")
        ]
    );
    assert_eq!(got[1].1, Kind::Quote);
}

#[test]
fn a_quotation_attributed_by_the_next_short_sentence() {
    let text = "Ukraine’s President, Volodymyr Zelensky, wrote to Congress.\n\
                “We are ready to come to the table.”\n\
                Zelensky said so on Tuesday.\n";
    let got = analyse(text);
    assert_eq!(got[1].2.as_deref(), Some("Volodymyr Zelensky"));
    assert_eq!(got[1].1, Kind::Quote);
    assert_eq!(got[2].2.as_deref(), Some("Volodymyr Zelensky"));
    let report = "“We lost everything.”\nOfficials said 40 people died.\n";
    assert_eq!(
        analyse(report)[0].2,
        None,
        "a report of its own is no attribution"
    );
}

#[test]
fn an_unattributed_quotation_continues_the_previous_speaker() {
    let text = "\"We lost everything,\" Ma Hao, a student, told reporters. \"We need help.\"";
    let got = analyse(text);
    assert_eq!(got[1].2.as_deref(), Some("Ma Hao"));
}
