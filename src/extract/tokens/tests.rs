use super::*;

fn kinds(text: &str) -> Vec<(&str, TokKind, bool)> {
    let t = Tokens::new(text);
    (0..t.len())
        .map(|i| (t.str(i), t.toks[i].kind, t.toks[i].gap))
        .collect()
}

#[test]
fn splits_words_digits_and_punctuation_with_gaps() {
    use TokKind::*;
    assert_eq!(
        kinds("shot down 1,400 drones."),
        vec![
            ("shot", Word, true),
            ("down", Word, true),
            ("1", Digits, true),
            (",", Punct, false),
            ("400", Digits, false),
            ("drones", Word, true),
            (".", Punct, false),
        ]
    );
}

#[test]
fn terminal_control_sequences_are_not_text() {
    let t = Tokens::new("\x1b[0m5 people \x1b[1;31mred\x1b[0m \x1b]0;title\x07end \x1b(B");
    let got: Vec<&str> = (0..t.len()).map(|i| t.str(i)).collect();
    assert_eq!(got, ["5", "people", "red", "end"]);
    assert!(t.gap(0) && t.gap(2));
}

#[test]
fn word_classes_are_kept_with_the_tokens() {
    let text = "A dozen—an eleven-year-old's 3 Tuesdays, ago: twenty\u{2013}thirty \
                half 1990s é Éleven one";
    let t = Tokens::new(text);
    for i in 0..=t.len() {
        let bytes = t.bytes(i);
        let expected = match t.kind(i) {
            Some(TokKind::Word) => classes::token_class(bytes),
            _ => 0,
        };
        assert_eq!(t.class(i), expected, "{:?}", t.str(i));
        // The figure scanner tests the word after an article by its class.
        assert_eq!(
            t.class(i) & NUMBER_WORD != 0,
            may_start_number_word(bytes),
            "{:?}",
            t.str(i)
        );
    }
    assert_eq!(t.class(0), ARTICLE);
}

#[test]
fn word_sets_find_what_is_any_finds() {
    const WORDS: &[&str] = &["in", "since", "Flight", "a", "summer", "x-ray"];
    const SET: WordSet = WordSet::new(WORDS);
    let t = Tokens::new("IN since flight A Summer summers x-ray 1990 , in Since");
    for i in 0..=t.len() {
        assert_eq!(t.is_in(i, &SET), t.is_any(i, WORDS), "{:?}", t.str(i));
    }
    assert!(t.is_in(0, &SET) && t.is_in(2, &SET) && !t.is_in(5, &SET));
    assert_eq!(t.position_in(2, &SET), Some(2));
    assert_eq!(t.position_in(8, &SET), None);
}

#[test]
fn marked_tokens_are_the_digits_and_the_words_with_a_class() {
    let t = Tokens::new("In March, an eleven-year-old saw 3 of the one—two drones ago 1990s.");
    let expected: Vec<usize> = (0..t.len())
        .filter(|&i| t.kind(i) == Some(TokKind::Digits) || t.class(i) != 0)
        .collect();
    assert_eq!(t.marked, expected);
    let marked: Vec<&str> = t.marked.iter().map(|&i| t.str(i)).collect();
    assert_eq!(
        marked,
        ["March", "an", "eleven", "3", "one", "two", "ago", "1990"]
    );
}

#[test]
fn latin_1_letters_are_alphabetic_as_unicode_says() {
    for c in '\u{80}'..='\u{2ff}' {
        assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
    }
}

#[test]
fn dashes_are_the_five_hyphens_and_dashes() {
    let t = Tokens::new("a-b\u{2010}c\u{2011}d\u{2012}e\u{2013}f\u{2014}g\u{2015}h");
    let dashes: Vec<&str> = (0..t.len())
        .filter(|&i| t.is_dash(i))
        .map(|i| t.str(i))
        .collect();
    assert_eq!(
        dashes,
        ["-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}"]
    );
    assert!(t.is_punct(1, '-') && !t.is_punct(1, '\u{2010}') && t.is_punct(3, '\u{2010}'));
}

#[test]
fn handles_multibyte_letters_dashes_and_spaces() {
    let t = Tokens::new("Zürich\u{a0}10–12 Kyiv’s");
    assert_eq!(t.str(0), "Zürich");
    assert_eq!(t.str(1), "10");
    assert!(t.gap(1), "a no-break space is white space");
    assert!(t.is_dash(2));
    assert_eq!(t.str(3), "12");
    assert!(t.is_apostrophe(5));
    assert_eq!(&t.text[t.toks[4].start..t.toks[4].end], "Kyiv");
}
