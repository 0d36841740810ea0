//! `claimcheck extract`'s table at the widths a reader may have: no line is wider than the
//! terminal, a wrapped line never starts with a comma or another mark that belongs to the line
//! before, and a figure that fits on a line is never parted from its unit.

use std::process::Command;

use unicode_width::UnicodeWidthStr;

const ARTICLES: [&str; 8] = [
    "data/odesa-drone-strike.txt",
    "tests/fixtures/news/botswana-rate-hike.txt",
    "tests/fixtures/news/christchurch-quake.txt",
    "tests/fixtures/news/hungary-base-rate.txt",
    "tests/fixtures/news/mexico-quake.txt",
    "tests/fixtures/news/samara-drone-attack.txt",
    "tests/fixtures/news/voronezh-drones-17.txt",
    "tests/fixtures/news/yunnan-quake.txt",
];

/// `claimcheck extract ARGS` with `COLUMNS=columns`, its stdout.
fn table(columns: usize, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .arg("extract")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("COLUMNS", columns.to_string())
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// The lines that continue a wrapped cell: the figures' lines under a row (far right in a wide
/// table, after the `figures:` label in a narrow one), a text's lines after its first (the same
/// indent as the line before), and a figure check's heading after its first (indented 4).
fn continuations(table: &str) -> Vec<&str> {
    let lines: Vec<&str> = table.lines().collect();
    lines
        .windows(2)
        .filter(|pair| {
            let (before, line) = (pair[0], pair[1]);
            let figures = indent(line) >= 14;
            let text = indent(line) >= 5 && indent(line) == indent(before) && !before.is_empty();
            let heading = indent(line) == 4;
            !line.trim().is_empty() && (figures || text || heading)
        })
        .map(|pair| pair[1])
        .collect()
}

#[test]
fn no_line_is_wider_than_the_terminal() {
    let mut args = ARTICLES.to_vec();
    args.extend(["--all", "--checks"]);
    for columns in (40..=100).chain((105..=200).step_by(5)) {
        let table = table(columns, &args);
        for line in table.lines() {
            assert!(
                line.width() <= columns,
                "{} columns wide at {columns}: {line:?}\n{table}",
                line.width()
            );
        }
    }
}

#[test]
fn a_narrow_table_gives_the_figures_lines_of_their_own() {
    let odesa = table(40, &["data/odesa-drone-strike.txt"]);
    let lines: Vec<&str> = odesa.lines().collect();
    assert_eq!(lines[1], "  #  KIND        SCORE  SPEAKER", "{odesa}");
    let row = lines
        .iter()
        .position(|l| l.starts_with(" 20  quantity"))
        .unwrap();
    assert_eq!(lines[row], " 20  quantity     1.00  —", "{odesa}");
    assert_eq!(
        lines[row + 1],
        "     figures: 77 years, 3 others,",
        "{odesa}"
    );
    assert_eq!(lines[row + 2], "              2025-03-04", "{odesa}");
    assert!(
        lines[row + 3].starts_with("     On March 4, 2025"),
        "{odesa}"
    );
    // A row without figures has no figures line.
    assert!(!odesa.contains("figures: —"), "{odesa}");
    // From 66 columns on, the figures have their column again.
    let wide = table(66, &["data/odesa-drone-strike.txt"]);
    assert!(wide.contains("SPEAKER               FIGURES"), "{wide}");
}

#[test]
fn no_wrapped_line_starts_with_a_comma_or_a_separator() {
    for article in ARTICLES {
        for columns in [40, 45, 50, 55, 60, 65, 66, 70, 80, 120] {
            let table = table(columns, &[article, "--all", "--checks"]);
            for line in continuations(&table) {
                let first = line.trim_start().chars().next().unwrap();
                assert!(
                    !matches!(
                        first,
                        ',' | ';' | ':' | '.' | '·' | '%' | ')' | '…' | '”' | '’'
                    ),
                    "{article} at {columns} columns: {line:?}\n{table}"
                );
            }
        }
    }
}

#[test]
fn figures_break_after_their_commas_and_stay_whole() {
    let odesa = table(66, &["data/odesa-drone-strike.txt"]);
    let lines: Vec<&str> = odesa.lines().collect();
    let row = lines
        .iter()
        .position(|l| l.starts_with(" 20  quantity"))
        .unwrap();
    let first = &lines[row][lines[row].find("77 years").unwrap()..];
    let figures: Vec<&str> = std::iter::once(first)
        .chain(lines[row + 1..row + 2].iter().map(|l| l.trim_start()))
        .collect();
    assert_eq!(figures, ["77 years, 3 others,", "2025-03-04"], "{odesa}");

    // The list that once wrapped as "kilometers" / ", 6 miles," in the narrowest column.
    let yunnan = table(40, &["tests/fixtures/news/yunnan-quake.txt"]);
    let column: Vec<&str> = yunnan
        .lines()
        .skip_while(|l| !l.starts_with("  3  quantity"))
        .skip(1)
        .take_while(|l| l.starts_with("     figures: ") || indent(l) == 14)
        .map(|l| l.trim_start().trim_start_matches("figures: "))
        .collect();
    assert_eq!(
        column,
        ["6.1 magnitude,", "10 kilometers, 6 miles,", "Sunday"],
        "{yunnan}"
    );
}

#[test]
fn a_figure_check_never_starts_a_line_with_its_percent_sign() {
    let odesa = table(60, &["data/odesa-drone-strike.txt", "--checks"]);
    assert!(
        odesa.contains("115 of 181 =\n      63.5 % shot down"),
        "{odesa}"
    );
}

#[test]
fn the_line_saying_no_figure_checks_fits_a_narrow_terminal_too() {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["extract", "-", "--checks"])
        .env("COLUMNS", "40")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Officials said 40 people died in the floods on Monday.\n")
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{output:?}");
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(table.contains("Figure checks: none"), "{table}");
    for line in table.lines() {
        assert!(
            line.width() <= 40,
            "{line:?} is wider than 40 columns:\n{table}"
        );
    }
}

/// QA round 10, item R8: a long title is cut in an article's heading, never its file name.
#[test]
fn headings_keep_the_file_name_whole() {
    for columns in [60, 80] {
        let table = table(columns, &ARTICLES);
        for path in ARTICLES {
            let heading = table
                .lines()
                .find(|l| l.ends_with(&format!(" ({path})")))
                .unwrap_or_else(|| panic!("no heading ending ({path}) at {columns}:\n{table}"));
            assert!(heading.width() <= columns, "{heading}");
        }
    }
}
