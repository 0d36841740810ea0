//! Rows of a table pasted with the article ("| Revenue | £5.91bn | £5.77bn | +2.4% |"): a
//! row of figures states them as a sentence would, though it has no verb.

/// A row of a table that states figures: cells between pipes or tabs, the first a label that
/// opens with a letter ("Revenue", "Pre-tax profit"), a later one a figure that is no year or
/// period ("£5.91bn", "+2.4%", "-5.1%", "870"). A header row ("| | 2025/26 | 2024/25 | Change
/// |", "| Year | 2024 | 2025 |") and a row of links ("News | Local | Weather") state none.
pub(in super::super) fn data_row(s: &str) -> bool {
    let b = s.as_bytes();
    // Most lines hold no separator: a vector search rules them out.
    let sep = match memchr::memchr2(b'|', b'\t', b) {
        Some(i) => b[i] as char,
        None => return false,
    };
    let mut cells = s.split(sep).map(str::trim).filter(|c| !c.is_empty());
    let label = cells
        .next()
        .is_some_and(|c| c.starts_with(char::is_alphabetic));
    label && cells.any(figure_cell)
}

/// A cell that holds a figure, perhaps after a sign, a currency or a bracket, that is no year
/// or period ("2024", "2025/26", "2024-25").
fn figure_cell(cell: &str) -> bool {
    let figure = cell.trim_start_matches(['+', '-', '−', '–', '(', '£', '$', '€', '¥', '~']);
    figure.starts_with(|c: char| c.is_ascii_digit()) && !period(figure)
}

/// A year or a span of years, alone in its cell: "2024", "2025/26", "2024-2025".
fn period(cell: &str) -> bool {
    let b = cell.as_bytes();
    let year = |d: &[u8]| {
        d.len() == 4 && d.iter().all(u8::is_ascii_digit) && (d[..2] == *b"19" || d[..2] == *b"20")
    };
    if b.len() < 4 || !year(&b[..4]) {
        return false;
    }
    match &b[4..] {
        [] => true,
        [b'/' | b'-', rest @ ..] => {
            matches!(rest.len(), 2 | 4) && rest.iter().all(u8::is_ascii_digit)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_figures_are_data() {
        // QA round 9, item E7: the key-figures table of a pasted page.
        for row in [
            "| Revenue | £5.91bn | £5.77bn | +2.4% |",
            "| Online sales | £2.37bn | £2.08bn | +14% |",
            "| Store sales | £3.54bn | £3.73bn | -5.1% |",
            "| Gross margin | 41.3% | 44.0% | -2.7pts |",
            "| Pre-tax profit | £412m | £665m | -38% |",
            "| Net debt | £1.06bn | £870m | +22% |",
            "Deaths\t14\t9",
            "Revenue | $1.2bn",
        ] {
            assert!(data_row(row), "{row}");
        }
    }

    #[test]
    fn headers_links_and_prose_are_not() {
        for line in [
            "| | 2025/26 | 2024/25 | Change |",
            "| Year | 2024 | 2025 |",
            "| Metric | Q1 | Q2 |",
            "News | Local | Weather | Sports",
            "20-09-2025 | 07:05",
            "Key figures (year to Jan. 31)",
            "Revenue rose 2.4% to £5.91bn",
            "Bridge closure will add up to 40 minutes | Daily Herald",
            "",
            "|",
        ] {
            assert!(!data_row(line), "{line}");
        }
    }
}
