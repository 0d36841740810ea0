//! How claimcheck shows things to people, in one place for the extract table, the review screen
//! and the reports: untrusted text made inert, word wrapping by display columns, and figures
//! written as a reader expects them.

pub mod figures;
pub mod inert;
pub mod wrap;

pub use figures::{number, reading, stated};

/// A file name as a shell command takes it: quoted when it holds a space or another character a
/// shell treats specially (`'ana copy.review.json'`), so that a suggested command pastes as is.
pub fn shell_word(word: &str) -> std::borrow::Cow<'_, str> {
    // A NUL, the one thing no quoting carries, is in no file name.
    shlex::try_quote(word).unwrap_or(std::borrow::Cow::Borrowed(word))
}

/// `n` things, with the noun in the singular for one ("1 claim", "3 claims"; a noun whose plural
/// is not its singular and "s" is not for here).
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// A text (a claim's, as shown or cut) inside quotation marks in a message: “…”, or ‘…’ around a
/// text that opens with a double quotation mark itself, so a quote is not shown opening with two
/// (QA round 21, item N-5: `was on: ““It’s time to end…”`).
pub fn quoted(text: &str) -> String {
    if text.starts_with(['“', '"', '„', '«', '”']) {
        format!("‘{text}’")
    } else {
        format!("“{text}”")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_text_that_opens_a_quote_is_quoted_with_other_marks() {
        assert_eq!(
            super::quoted("Russia fired 181 drones."),
            "“Russia fired 181 drones.”"
        );
        assert_eq!(
            super::quoted("“You’re gambling with t…"),
            "‘“You’re gambling with t…’"
        );
        assert_eq!(
            super::quoted("\"We are ready,\" he said."),
            "‘\"We are ready,\" he said.’"
        );
    }

    #[test]
    fn shell_words_are_quoted_only_when_a_shell_would_split_or_expand_them() {
        // QA round 12 flow, item 6.
        assert_eq!(super::shell_word("ana.review.json"), "ana.review.json");
        assert_eq!(
            super::shell_word("ana copy.review.json"),
            "'ana copy.review.json'"
        );
        assert_eq!(super::shell_word("desk day/$x.txt"), "'desk day/$x.txt'");
        assert_eq!(super::shell_word("it's.txt"), r#""it's.txt""#);
    }
}
