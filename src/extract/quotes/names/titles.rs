//! Titles that are roles only right before a name: a knight's or a dame's ("Sir Nilesh
//! Samani"), the "Pro Tem" of an office, a chief's in capitals ("CISO Jane Doe").

use super::super::lexicon::ROLE;
use super::super::tokens::Token;

/// A title that is a role right before a name (at `k`, a name's word after it): a knight's or a
/// dame's, the "Pro Tem" of an office, a chief's in capitals.
///
/// Each opens with one of five capitals: most words are ruled out by their first byte before
/// their text is read.
pub(super) fn is_title_before_name(sentence: &str, tokens: &[Token], k: usize) -> bool {
    matches!(
        tokens[k].bytes(sentence).first(),
        Some(b'S' | b'D' | b'P' | b'T' | b'C')
    ) && (is_honour_title(sentence, tokens, k)
        || is_pro_tem(sentence, tokens, k)
        || is_chief_title(tokens[k].text(sentence)) && !tokens[k + 1].is(ROLE))
}

/// A chief's title in capitals: three or four letters from C to O ("CIO", "CISO", "CMO"). Only
/// before a name: alone, such letters may name an office ("the CBO said").
fn is_chief_title(word: &str) -> bool {
    matches!(word.as_bytes(), [b'C', middle @ .., b'O']
        if (1..=2).contains(&middle.len()) && middle.iter().all(u8::is_ascii_uppercase))
}

/// "Sir Nilesh Samani", "Dame Margaret Okafor": a knight's or a dame's title before the name,
/// which the name is written without as often as with (not "Notre Dame").
fn is_honour_title(sentence: &str, tokens: &[Token], k: usize) -> bool {
    match tokens[k].text(sentence) {
        "Sir" => true,
        "Dame" => k == 0 || tokens[k - 1].text(sentence) != "Notre",
        _ => false,
    }
}

/// "Mayor Pro Tem Angela Brooks", "President Pro Tempore": the words of "pro tem" after an
/// office are the office's.
fn is_pro_tem(sentence: &str, tokens: &[Token], k: usize) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(sentence));
    let tem = |i: usize| matches!(word(i), "Tem" | "Tempore");
    match word(k) {
        "Pro" => k > 0 && tokens[k - 1].is(ROLE) && tem(k + 1),
        _ => tem(k) && k > 1 && word(k - 1) == "Pro" && tokens[k - 2].is(ROLE),
    }
}
