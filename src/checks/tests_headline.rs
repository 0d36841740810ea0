//! The headline's figures other than tolls against the body's (QA round 15, items a-8, b-9,
//! c-6): acres, cases, a margin of votes, turnout, revenue, a median price; and what must stay
//! quiet.

use super::tests::{findings, only, summaries};
use super::{Finding, Outcome, Relation};

/// The same-quantity findings of `text`.
fn same(text: &str) -> Vec<Finding> {
    let found = findings(text);
    only(&found, Relation::SameQuantity)
        .into_iter()
        .cloned()
        .collect()
}

/// The one finding whose arithmetic holds `needle`, with its result.
fn the_one_with(text: &str, needle: &str) -> Outcome {
    let found = same(text);
    let with: Vec<&Finding> = found
        .iter()
        .filter(|f| f.arithmetic.contains(needle))
        .collect();
    assert_eq!(with.len(), 1, "{needle}: {}", summaries(&found));
    with[0].result
}

#[test]
fn a_headline_area_that_differs_from_the_body_is_an_alarm() {
    // QA round 15, item b-9.
    let text = "Ridgeline Fire grows to 48,000 acres\n\nThe Ridgeline Fire has burned 46,200 \
                acres, Cal Fire said.";
    assert_eq!(the_one_with(text, "48,000"), Outcome::Inconsistent);
    // A headline that rounds the body's figure agrees.
    let text = "Ridgeline Fire grows to 46,000 acres\n\nThe Ridgeline Fire has burned 46,200 \
                acres, Cal Fire said.";
    assert_eq!(the_one_with(text, "46,000"), Outcome::Approximate);
}

#[test]
fn a_headline_count_passing_a_mark_is_a_floor() {
    // QA round 15, item b-9: "top 14,000" with the noun before the verb.
    let text = "Cholera cases in Zambaru top 14,000 as WHO warns of regional spread\n\nThe World \
                Health Organization said on Tuesday that Zambaru had reported 12,870 suspected \
                cholera cases and 241 deaths since the outbreak was declared on 9 January.";
    assert_eq!(the_one_with(text, "14,000"), Outcome::Inconsistent);
    let text = "Cholera cases in Zambaru top 14,000\n\nZambaru had reported 14,312 suspected \
                cholera cases since the outbreak was declared.";
    assert_ne!(the_one_with(text, "14,000"), Outcome::Inconsistent);
}

#[test]
fn a_headline_margin_and_turnout_against_the_body() {
    // QA round 15, item a-8.
    let text = "Hargrove wins Arizona governor's race by 54,000 votes as turnout hits 71%\n\nWith \
                97% of precincts reporting, Hargrove had 1,412,806 votes (51.3%) to Caldwell's \
                1,298,440 (47.1%), a margin of 114,366 votes.\n\nTurnout was 68.4% of the \
                state's 4.1 million registered voters, according to the Arizona Secretary of \
                State's office, down from 71.2% in the 2022 midterm.";
    assert_eq!(the_one_with(text, "54,000"), Outcome::Inconsistent);
    assert_eq!(the_one_with(text, "71%"), Outcome::Inconsistent);
    let found = same(text);
    assert!(
        found
            .iter()
            .all(|f| !f.arithmetic.contains("71.2") && !f.arithmetic.contains("1,412,806")),
        "{}",
        summaries(&found)
    );
}

#[test]
fn a_headline_sum_of_money_said_of_the_same_subject() {
    // QA round 15, item c-6.
    let text = "Veltrix quarterly revenue hits $14.2 billion\n\nVeltrix reported quarterly revenue \
                of $14.6 billion on Thursday.";
    assert_eq!(the_one_with(text, "$14.2 billion"), Outcome::Inconsistent);
    let text = "Veltrix shares jump 9% after revenue of $14.2 billion tops estimates\n\nThe \
                chipmaker said revenue for the third quarter of fiscal 2026, which ended October \
                26, rose 18% to $14.6 billion from $12.9 billion a year earlier. Analysts polled \
                by LSEG had expected $13.9 billion.\n\nData-center revenue, the company's largest \
                business, climbed 34% to $9.8 billion.\n\nGaming revenue was $2.9 billion, down 6% \
                from a year earlier.";
    assert_eq!(the_one_with(text, "$14.2 billion"), Outcome::Inconsistent);
    let text = "US home prices hit November record as median tops $415,000\n\nThe median price \
                of an existing home sold in the United States rose to $409,800 in November, a \
                record for the month, the National Association of Realtors said on Friday.\n\nThat \
                was up 3.9% from $399,200 in November 2024. Compared with October, when the \
                median was $415,200, prices fell 1.3%.";
    assert_eq!(the_one_with(text, "$415,000"), Outcome::Inconsistent);
}

#[test]
fn other_things_of_one_unit_stay_quiet() {
    // Two fires' acreages: which one the headline rounds is a guess.
    let text = "Ridgeline Fire grows to 48,000 acres\n\nThe fire has burned 46,200 acres. The \
                nearby blaze near Foresthill has burned 12,000 acres.";
    assert!(same(text).is_empty(), "{}", summaries(&same(text)));
    // Another named fire's acreage is not the headline's.
    let text = "Ridgeline Fire grows to 48,000 acres\n\nThe nearby Mosquito Fire has burned \
                12,000 acres, officials said.";
    assert!(same(text).is_empty(), "{}", summaries(&same(text)));
    // Money of another subject, a forecast, an estimate.
    let text = "Veltrix revenue hits $14.2 billion\n\nNet income rose to $3.1 billion. Analysts \
                had expected revenue of $13.9 billion. For the fourth quarter, Veltrix forecast \
                revenue of $15.4 billion.";
    assert!(same(text).is_empty(), "{}", summaries(&same(text)));
    // Two different subjects with one head noun.
    let text = "Unemployment rate falls to 4.1%\n\nThe inflation rate was 3.2% in March.";
    assert!(same(text).is_empty(), "{}", summaries(&same(text)));
    // A change is no level: "jump 9%" against "rose 18%".
    let text = "Veltrix shares jump 9%\n\nRevenue rose 18% to $14.6 billion.";
    assert!(same(text).is_empty(), "{}", summaries(&same(text)));
    // Another fire of the kind, and a part of the area (QA round 17).
    for body in [
        "A second blaze has burned 2,000 acres.",
        "Containment lines now surround 30,000 acres.",
    ] {
        let text = format!("Ridge Fire grows to 48,000 acres\n\n{body}");
        assert!(same(&text).is_empty(), "{}", summaries(&same(&text)));
    }
}

#[test]
fn a_headline_year_ago_figure_is_no_level() {
    let text = "Median home price tops $409,000, up from $399,200 a year ago\n\nThe median price \
                of an existing home rose to $409,800 in November, the National Association of \
                Realtors said.";
    let found = same(text);
    assert!(
        found.iter().all(|f| f.result != Outcome::Inconsistent),
        "{}",
        summaries(&found)
    );
    assert!(
        found.iter().all(|f| !f.arithmetic.contains("399,200")),
        "{}",
        summaries(&found)
    );
    let text = "Veltrix revenue climbs to $14.6 billion from last year's $12.9 billion\n\nVeltrix \
                said revenue rose 18% to $14.6 billion.";
    assert_eq!(the_one_with(text, "$14.6 billion"), Outcome::Consistent);
    assert!(same(text).iter().all(|f| !f.arithmetic.contains("12.9")));
}

#[test]
fn won_by_a_margin_before_its_tally() {
    // QA round 15, item a-8 (the Runcorn sentence).
    let found = findings(
        "Runcorn by-election\n\nReform won the seat by six votes, with 12,645 votes to \
         Labour's 12,629.",
    );
    let margins = only(&found, Relation::Margin);
    assert_eq!(margins.len(), 1, "{}", summaries(&found));
    assert_eq!(margins[0].result, Outcome::Inconsistent);
    let found = findings(
        "Runcorn by-election\n\nReform won the seat by 16 votes, with 12,645 votes to \
         Labour's 12,629.",
    );
    assert_eq!(
        only(&found, Relation::Margin)[0].result,
        Outcome::Consistent
    );
}

/// No alarm for `text`: nothing inconsistent among its same-quantity findings.
fn no_alarm(text: &str) {
    let found = same(text);
    assert!(
        found.iter().all(|f| f.result != Outcome::Inconsistent),
        "{text}: {}",
        summaries(&found)
    );
}

#[test]
fn a_count_of_a_group_a_place_a_day_or_a_rate_is_not_the_headline_s() {
    // QA round 16, item 1: children under five, a province, a daily rate, new cases.
    for body in [
        "Children under five account for 3,200 cases.",
        "Lusende province has recorded 6,000 cases.",
        "About 400 cases are being reported each day.",
        "Officials confirmed 900 new cases.",
        "Health workers have treated 9,000 cases in clinics.",
        "The ministry reported 1,200 new cases in the past week.\n\nIn total, 14,000 cases have \
         been recorded.",
        "In the capital, 5,000 cases were recorded.",
        "The county has recorded 6,000 cases, officials said.",
    ] {
        let text = format!("Cholera cases reach 14,000\n\n{body}");
        assert!(
            same(&text).is_empty(),
            "{body}: {}",
            summaries(&same(&text))
        );
    }
    // The body's whole figure beside a group's: agreement.
    let text = "Cholera cases reach 14,000\n\nChildren under five account for 3,200 cases.\n\n\
                Zambaru has recorded 14,000 cases since January, the WHO said.";
    assert_eq!(the_one_with(text, "14,000"), Outcome::Consistent);
}

#[test]
fn an_area_of_an_earlier_day_is_not_the_headline_s() {
    // QA round 16, item 2.
    for body in [
        "It had burned 46,000 acres on Tuesday.",
        "It had burned 46,000 acres by Tuesday evening.",
        "The fire grew by 2,000 acres overnight, Cal Fire said.\n\nIt had burned 46,000 acres by \
         Tuesday evening.",
        "It had burned 46,000 acres on Tuesday.\n\nBy Wednesday it had burned 48,000 acres.",
        "By noon on Tuesday, the fire had burned 46,000 acres.",
        "The fire had burned 46,000 acres on Sept. 3.",
    ] {
        no_alarm(&format!("Ridge Fire grows to 48,000 acres\n\n{body}"));
    }
    // A restricted figure that agrees is agreement, said as such.
    let text = "Central bank raises base rate by 50 basis points to 3.40%\n\nRate-setters have \
                raised the base rate by 50 basis points to 3.40 percent at a regular policy \
                meeting on Tuesday.";
    assert_eq!(the_one_with(text, "3.40"), Outcome::Consistent);
}

#[test]
fn a_change_in_the_lead_or_an_earlier_lead_is_not_the_margin() {
    // QA round 16, item 3.
    for body in [
        "Her lead grew by 12,000 votes overnight as Pima County reported.",
        "Hargrove led by 20,000 votes on election night.",
        "Her lead widened by 8,000 votes on Thursday.",
    ] {
        let text = format!("Hargrove wins by 54,000 votes\n\n{body}");
        assert!(
            same(&text).is_empty(),
            "{body}: {}",
            summaries(&same(&text))
        );
    }
    let text = "Hargrove wins by 54,000 votes\n\nHargrove led by 20,000 votes on election \
                night.\n\nShe won by 54,000 votes once all ballots were counted.";
    assert_eq!(the_one_with(text, "54,000"), Outcome::Consistent);
}

#[test]
fn a_county_s_or_an_age_group_s_turnout_is_not_the_headline_s() {
    // QA round 16, item 4.
    let text = "Turnout hits 71% as Hargrove wins\n\nTurnout in Maricopa County was 74%.\n\n\
                Statewide turnout was 71.2%.";
    assert_eq!(the_one_with(text, "71.2%"), Outcome::Approximate);
    assert!(same(text).iter().all(|f| !f.arithmetic.contains("74")));
    for body in [
        "Turnout among voters under 30 was 52%.",
        "Turnout in Maricopa County was 74%.",
        "Maricopa County turnout was 74%.",
        "By noon, turnout was 40%.",
    ] {
        let text = format!("Turnout hits 71% as Hargrove wins\n\n{body}");
        assert!(
            same(&text).is_empty(),
            "{body}: {}",
            summaries(&same(&text))
        );
    }
}

#[test]
fn an_unrestricted_body_figure_still_raises_the_alarm() {
    // The round-15 alarms stay (above); and a day that is the report's, or a place the
    // headline names, restricts nothing.
    let text = "Cholera cases in Zambaru reach 14,000\n\nHealth officials in Zambaru reported \
                12,870 cases on Tuesday.";
    assert_eq!(the_one_with(text, "14,000"), Outcome::Inconsistent);
    let text = "Turnout hits 71% as Hargrove wins\n\nTurnout was 68.4%, officials said on \
                Wednesday.";
    assert_eq!(the_one_with(text, "71%"), Outcome::Inconsistent);
    let text = "Ridge Fire grows to 48,000 acres\n\nCal Fire said on Tuesday that the Ridge Fire \
                had burned 46,200 acres.";
    assert_eq!(the_one_with(text, "48,000"), Outcome::Inconsistent);
}

#[test]
fn a_unit_with_capitals_is_written_as_it_is() {
    // QA round 18, item C-16: "(°C)", not "(°c)". (The QA article's own pair, a "1.5C limit"
    // against forecasts, is no longer compared at all: item C-17.)
    let text = "Seville swelters as temperature hits 46C\n\nThe temperature in Seville reached \
                44.5C, the weather agency said.";
    let found = same(text);
    assert!(
        found.iter().any(|f| f.arithmetic.ends_with("(°C)")),
        "{}",
        summaries(&found)
    );
}
