//! Telephone numbers, which are no figures: "+44 20 7946 0958", "(202) 555-0100",
//! "020-7946-0018", "020 7946 0958", "call 555 123 4567".

use super::sign::set_off;
use crate::extract::tokens::{TokKind, Tokens, WordSet};

/// The digits at token `i` are a group of a telephone number, which is no figure: a group after a
/// dialling code ("+44 20 7946 0958", "+1-555-0100", "+44 (0)20 …": every group from the "+"
/// on), the North American shapes "(202) 555-0100", "(202) 555 0100", "202-555-0100" and
/// "202.555.0100", or groups written apart from a trunk prefix or after "call" ("020 7946 0958",
/// "call 555 123 4567").
pub(super) fn in_telephone_number(t: &Tokens, i: usize) -> bool {
    if service_number(t, i) {
        return true;
    }
    // Every shape needs a "+" or "(" before the digits, a separator glued to them or digits
    // beside them after white space: most digits have none, and need no look back.
    let from = i.saturating_sub(12);
    let glued_separator =
        |k: usize| t.kind(k) == Some(TokKind::Punct) && matches!(t.str(k), "-" | "." | ")");
    let beside = (i >= 1 && !t.gap(i) && glued_separator(i - 1))
        || (!t.gap(i + 1) && glued_separator(i + 1))
        || (i >= 1 && t.gap(i) && is_digits(t, i - 1))
        || (t.gap(i + 1) && is_digits(t, i + 1));
    if !beside && !(from..i).any(|k| t.is_punct(k, '+') || t.is_punct(k, '(')) {
        return false;
    }
    // A number has at most a dozen tokens: look that far back for where it starts.
    (from..=i).any(|start| {
        // Every shape starts with digits, a "+" or a "(": most tokens looked back over are
        // words or other punctuation, and start none.
        let opens = t.kind(start) == Some(TokKind::Digits)
            || t.is_punct(start, '+')
            || t.is_punct(start, '(');
        if !opens {
            return false;
        }
        let end = if t.is_punct(start, '+') && set_off(t, start) {
            dialled_end(t, start)
        } else {
            north_american_end(t, start).or_else(|| spaced_end(t, start))
        };
        end.is_some_and(|end| i <= end)
    })
}

/// "call NHS 111", "dial 999", "call 911": a three-digit emergency or service number after a
/// word for dialling, the service's name (one or two capitalised words) between them or not.
/// Only the numbers such services use: "call 20 witnesses" is a count.
fn service_number(t: &Tokens, i: usize) -> bool {
    let digits = t.bytes(i);
    let service = digits.len() == 3
        && t.kind(i) == Some(TokKind::Digits)
        && t.gap(i)
        && (digits[1..] == *b"11"
            || matches!(
                digits,
                b"999" | b"000" | b"112" | b"101" | b"105" | b"108" | b"988"
            ));
    // ("call 111 witnesses": a count.)
    let counts = t.kind(i + 1) == Some(TokKind::Word) && super::units::counts_a_plural(t, i + 1);
    if !service || counts || !t.gap(i + 1) && t.kind(i + 1) != Some(TokKind::Punct) {
        return false;
    }
    let dial = |k: usize| t.is_in(k, &SERVICE_DIAL_WORDS);
    let name = |k: usize| t.is_capitalised(k) && t.kind(k) == Some(TokKind::Word);
    (1..=i.min(3))
        .map(|back| i - back)
        .find(|&k| dial(k) || !name(k))
        .is_some_and(dial)
}

/// Words before a service number ("call 999", "dialled 111").
const SERVICE_DIAL_WORDS: WordSet = WordSet::new(&[
    "call",
    "calls",
    "calling",
    "called",
    "dial",
    "dials",
    "dialling",
    "dialing",
    "dialled",
    "dialed",
    "ring",
    "ringing",
    "rang",
    "phone",
    "phoning",
    "phoned",
    "contact",
    "contacting",
]);

/// Words after which digit groups written apart are a number to dial ("call 555 123 4567",
/// "Tel: 555 0100").
const DIAL_WORDS: WordSet = WordSet::new(&[
    "call",
    "phone",
    "tel",
    "telephone",
    "dial",
    "fax",
    "hotline",
    "helpline",
    "mobile",
]);

/// The last token of a number written in digit groups apart from `k`: from a group led by a zero
/// (a trunk prefix: "020 7946 0958", "0800 123 456", nine to thirteen digits), or after a word
/// for dialling ("call 555 123 4567", seven digits or more). Every group has two to five digits
/// and none continues as a figure ("in 2020 1,200 people", "10 000 and 20 000" are no number;
/// thousands are never led by a zero group).
fn spaced_end(t: &Tokens, k: usize) -> Option<usize> {
    let group = |i: usize| {
        // ("1,200" goes on as a figure.)
        let continues = !t.gap(i + 1)
            && matches!(t.str(i + 1), "," | "." | ":" | "/")
            && is_digits(t, i + 2)
            && !t.gap(i + 2);
        is_digits(t, i) && (2..=5).contains(&t.str(i).len()) && !continues
    };
    // The first group starts the number: nothing glued before it, and no digits just before.
    let starts = group(k)
        && t.gap(k)
        && !(k >= 1 && is_digits(t, k - 1))
        && is_digits(t, k + 1)
        && t.gap(k + 1);
    if !starts {
        return None;
    }
    let first = t.bytes(k);
    let trunk = first[0] == b'0' && first.iter().any(|&b| b != b'0');
    let mut cue = k.checked_sub(1);
    if let Some(c) = cue.filter(|&c| t.is_punct(c, ':') || t.is_punct(c, '.')) {
        cue = c.checked_sub(1);
    }
    let dialled = cue.is_some_and(|c| t.is_in(c, &DIAL_WORDS));
    if !trunk && !dialled {
        return None;
    }
    let (mut last, mut digits) = (k, first.len());
    while t.gap(last + 1) && group(last + 1) {
        last += 1;
        digits += t.str(last).len();
    }
    let enough = if trunk {
        (9..=13).contains(&digits)
    } else {
        digits >= 7
    };
    (last > k && enough).then_some(last)
}

/// The last token of a number dialled from the "+" at `plus`: a country code of one to three
/// digits, then digit groups, each after white space or a glued "-" or bracket; `None` unless
/// that makes at least seven digits in two groups or more ("+2.5%" and "+30" are signed figures).
fn dialled_end(t: &Tokens, plus: usize) -> Option<usize> {
    if t.gap(plus + 1) || !is_digits(t, plus + 1) || t.str(plus + 1).len() > 3 {
        return None;
    }
    let (mut last, mut groups, mut digits) = (plus + 1, 1, t.str(plus + 1).len());
    let mut k = last + 1;
    while k < t.len() {
        if is_digits(t, k) && t.gap(k) {
            (last, groups, digits, k) = (k, groups + 1, digits + t.str(k).len(), k + 1);
        } else if t.kind(k) == Some(TokKind::Punct)
            && matches!(t.str(k), "-" | "(" | ")")
            && (!t.gap(k) || t.str(k) == "(")
        {
            k += 1;
            if is_digits(t, k) && !t.gap(k) {
                (last, groups, digits, k) = (k, groups + 1, digits + t.str(k).len(), k + 1);
            }
        } else {
            break;
        }
    }
    (groups >= 2 && digits >= 7).then_some(last)
}

/// The last token of "(202) 555-0100", "202-555-0100" or "202.555.0100" starting at `k`, or of
/// any other number of digit groups glued by hyphens or dots that no figure is: three groups or
/// more ("020-7946-0018", "1-800-555-0199", a serial number), or two where the second has a
/// leading zero ("555-0100"; a range never writes one), in all seven digits or more.
fn north_american_end(t: &Tokens, k: usize) -> Option<usize> {
    if let Some(end) = digit_chain_end(t, k) {
        return Some(end);
    }
    let digits = |i: usize, n: usize| is_digits(t, i) && t.str(i).len() == n;
    let glued = |i: usize, c: char| t.is_punct(i, c) && !t.gap(i) && !t.gap(i + 1);
    if t.is_punct(k, '(') && digits(k + 1, 3) && t.is_punct(k + 2, ')') {
        // "(202) 555-0100", "(202) 555 0100"
        let area_end = k + 2;
        let exchange = area_end + 1;
        let line = if glued(exchange + 1, '-') {
            exchange + 2
        } else {
            exchange + 1
        };
        let apart = line == exchange + 1 && t.gap(line);
        return (t.gap(exchange)
            && digits(exchange, 3)
            && (apart || line == exchange + 2)
            && digits(line, 4))
        .then_some(line);
    }
    let separated = |c: char| glued(k + 1, c) && glued(k + 3, c);
    (digits(k, 3)
        && (separated('-') || separated('.'))
        && digits(k + 2, 3)
        && digits(k + 4, 4)
        && !glued(k + 5, '-'))
    .then_some(k + 4)
}

/// The last token of digit groups glued by one kind of separator ("-" or ".") from `k`, when
/// they read as a number to dial or a code: see [`north_american_end`].
fn digit_chain_end(t: &Tokens, k: usize) -> Option<usize> {
    if !is_digits(t, k) || (k >= 1 && !t.gap(k) && t.kind(k - 1) == Some(TokKind::Punct)) {
        return None;
    }
    let glued = |i: usize, c: char| t.is_punct(i, c) && !t.gap(i) && !t.gap(i + 1);
    let separator = ['-', '.'].into_iter().find(|&c| glued(k + 1, c))?;
    let (mut last, mut groups, mut digits) = (k, 1, t.str(k).len());
    while glued(last + 1, separator) && is_digits(t, last + 2) {
        last += 2;
        groups += 1;
        digits += t.str(last).len();
    }
    let zero_led = groups == 2 && t.str(last).len() > 1 && t.str(last).starts_with('0');
    ((groups >= 3 || zero_led) && digits >= 7).then_some(last)
}

fn is_digits(t: &Tokens, i: usize) -> bool {
    t.kind(i) == Some(TokKind::Digits)
}

#[cfg(test)]
mod tests {
    use super::super::quantities;

    /// (value, upper, text) of every figure in `s`.
    fn signed(s: &str) -> Vec<(f64, Option<f64>, String)> {
        quantities(s, 0)
            .into_iter()
            .map(|q| (q.value, q.upper, q.text))
            .collect()
    }

    fn v(value: f64, text: &str) -> (f64, Option<f64>, String) {
        (value, None, text.to_string())
    }

    #[test]
    fn telephone_numbers_are_no_figures() {
        for s in [
            "Call +44 20 7946 0958 for details.",
            "Call +44 (0)20 7946 0958 for details.",
            "Call +1-202-555-0100 for details.",
            "Call (202) 555-0100 for details.",
            "Call 202-555-0100 or 202.555.0100 for details.",
            "Call 020-7946-0018 or 1-800-555-0199 for details.",
            "Call 555-0100 for details.",
            "Its ISBN is 978-3-16-148410-0.",
        ] {
            assert_eq!(signed(s), vec![], "{s}");
        }
        // Signed figures, ranges and decimals are not numbers to dial.
        assert_eq!(
            signed("Prices rose +2.5 percent."),
            vec![v(2.5, "+2.5 percent")]
        );
        assert_eq!(signed("Sales rose +30 in May.")[0].0, 30.0);
        assert_eq!(
            signed("Some 100-150 fans came.")[0],
            (100.0, Some(150.0), "100-150 fans".to_string())
        );
        assert_eq!(signed("It cost 120.55 and 202-555 more.")[0].0, 120.55);
        // Two groups make a range unless the second is led by a zero.
        assert_eq!(
            signed("some 4000-9000 fans and 1,200-1,500 homes")
                .iter()
                .map(|f| f.1)
                .collect::<Vec<_>>(),
            vec![Some(9000.0), Some(1500.0)]
        );
    }

    #[test]
    fn groups_written_apart_are_a_number_from_a_trunk_prefix_or_after_call() {
        for s in [
            "Readers can call 020 7946 0958 for advice.",
            "Call 0800 123 456 today.",
            "The helpline is 01632 960 123.",
            "Call (555) 123 4567 today.",
            "Call (202) 555 0100 today.",
            "Call 555 123 4567 today.",
            "Tel: 555 0100 or fax 555 0199.",
        ] {
            assert_eq!(signed(s), vec![], "{s}");
        }
        // Figures side by side, thousands written apart and a count after a call are no number.
        assert_eq!(
            signed("In 2020 1,200 people died."),
            vec![v(1200.0, "1,200 people")]
        );
        assert_eq!(signed("Call 555 20 times.").len(), 2);
        // (Thousands written apart are not read as one number yet; no group is taken for a
        // telephone number.)
        let apart = signed("between 10 000 and 20 000 people");
        assert_eq!(apart.len(), 4, "{apart:?}");
        assert_eq!(signed("They called 0800 numbers 12 times.").len(), 2);
    }

    #[test]
    fn a_service_number_after_a_word_for_dialling_is_no_figure() {
        // QA round 11, item 24.
        for s in [
            "Anyone with symptoms should call NHS 111 rather than going to a GP surgery or A&E.",
            "Dial 999 in an emergency.",
            "She called 911, police said.",
            "Readers can ring NHS Direct 111.",
            "Please Call NHS 111 first.",
        ] {
            assert_eq!(signed(s), vec![], "{s}");
        }
        assert_eq!(signed("Call 911 20 times."), vec![v(20.0, "20")]);
        // Other counts after "call" stay figures.
        assert_eq!(signed("They will call 20 witnesses.").len(), 1);
        assert_eq!(signed("They will call 111 witnesses.").len(), 1);
        assert_eq!(signed("a rise in 911 calls").len(), 1);
    }
}
