use super::*;

fn words(sentence: &str) -> Vec<(String, Trail, bool)> {
    let mut out = Vec::new();
    tokenize(sentence, &[], &mut out);
    out.iter()
        .map(|t| (t.text(sentence).to_string(), t.trail, t.possessive))
        .collect()
}

#[test]
fn punctuation_and_possessives() {
    let got = words("Ukraine’s President, Volodymyr Zelensky, met the U.S. President.");
    let texts: Vec<&str> = got.iter().map(|w| w.0.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Ukraine",
            "President",
            "Volodymyr",
            "Zelensky",
            "met",
            "the",
            "U.S.",
            "President"
        ]
    );
    assert!(got[0].2, "possessive");
    assert_eq!(got[1].1, Trail::Comma);
    assert_eq!(got[6].1, Trail::None);
    assert_eq!(got[7].1, Trail::Stop);
}

#[test]
fn plural_possessive_and_dashes() {
    let got = words("As CBS News' Chris Martinez reported—more than 50 -- and");
    assert_eq!(got[2].0, "News");
    assert!(got[2].2);
    assert_eq!(got[5].0, "reported");
    assert_eq!(got[5].1, Trail::Dash);
    assert_eq!(got[8].1, Trail::Dash);
}

#[test]
fn a_plural_possessive_before_a_comma() {
    let got = words("The ministers’, officials’ and Jones’ views");
    assert!(got[1].2 && got[2].2 && got[4].2, "{got:?}");
    assert_eq!(got[1].1, Trail::Comma);
}

#[test]
fn alphanumeric_runs_agree_with_one_byte_at_a_time() {
    let slow = |text: &[u8], i: usize| {
        i + text[i..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count()
    };
    // Every byte value at every offset of a run longer than eight bytes.
    for b in 0..=255u8 {
        for at in 0..10 {
            let mut text = b"abcdefghijK1".to_vec();
            text[at] = b;
            assert_eq!(
                alphanumeric_run_end(&text, 0),
                slow(&text, 0),
                "{b} at {at}"
            );
        }
    }
    let text = b"Zelensky9 said, \xC3\xA9t\xC3\xA9 abcdefghijklmnopq-rs";
    for i in 0..text.len() {
        assert_eq!(alphanumeric_run_end(text, i), slow(text, i), "{i}");
    }
}

/// The tokenizer without its shortcuts: every word read by the general loop and [`push_word`],
/// and marked quoted as soon as it is read.
fn tokenize_slowly(sentence: &str, quotes: &[(usize, usize)]) -> Vec<Token> {
    let mut out = Vec::new();
    let bytes = sentence.as_bytes();
    let (mut i, mut quote) = (0, 0);
    while i < bytes.len() {
        let c = next_char(sentence, i);
        if c.is_ascii_whitespace() || c == '\u{b}' {
            i += 1;
            continue;
        }
        if sentence[i..].starts_with("--") {
            mark_dash(&mut out);
            i += 2;
            continue;
        }
        if !c.is_ascii() && (c.is_whitespace() || is_dash(c)) {
            if is_dash(c) {
                mark_dash(&mut out);
            }
            i += c.len_utf8();
            continue;
        }
        let start = i;
        while i < bytes.len() {
            let c = next_char(sentence, i);
            let space =
                c.is_ascii_whitespace() || c == '\u{b}' || !c.is_ascii() && c.is_whitespace();
            if space || is_dash(c) || sentence[i..].starts_with("--") {
                break;
            }
            i += c.len_utf8();
        }
        let words = out.len();
        push_word(sentence, start, i, &mut out);
        // (Each word marked quoted as it is read, where `tokenize` marks them all at the end.)
        if let Some(word) = out.get_mut(words) {
            word.quoted = is_quoted(quotes, &mut quote, word.start, word.end);
        }
    }
    // The last word's final stop, taken off as `tokenize` takes it.
    if let Some(last) = out.last_mut() {
        take_final_stop(sentence, last);
    }
    out
}

#[test]
fn the_shortcuts_read_words_as_the_general_loop_reads_them() {
    let mut sentences = Vec::new();
    for word in [
        "said", "Tuesday", "U2", "ends", "x", "Dr", "1990", "The", "U.S", "’s",
    ] {
        for stop in [
            "", ",", ".", ";", ":", "!", "?", "--", "-", "—", "…", ")", "),", ",x", "’", "'s", "..",
        ] {
            for after in [
                "", " next", "\tnext", "\n", "\u{b}x", "--x", " --", ". x", "\u{a0}x",
            ] {
                sentences.push(format!("{word}{stop}{after}"));
                sentences.push(format!("A {word}{stop}{after} b"));
                sentences.push(format!(". {word}{stop}{after}"));
            }
        }
    }
    let texts = [
        include_str!("../../../../data/odesa-drone-strike.txt"),
        include_str!("../../../../tests/fixtures/news/mexico-quake.txt"),
        include_str!("../../../../tests/fixtures/news/christchurch-quake.txt"),
        include_str!("../../../../tests/fixtures/qa/kharkiv-paste.txt"),
        include_str!("../../../../data/checkworthy/ct24_dev.tsv"),
    ];
    sentences.extend(texts.iter().flat_map(|t| t.lines().map(str::to_string)));
    let mut marks = crate::extract::punct::Marks::default();
    let mut quotes = Vec::new();
    for sentence in &sentences {
        super::super::quotations(sentence, &mut marks, &mut quotes);
        let mut fast = Vec::new();
        tokenize(sentence, &quotes, &mut fast);
        assert_eq!(fast, tokenize_slowly(sentence, &quotes), "{sentence:?}");
    }
}

#[test]
fn curly_quotes_are_neither_space_nor_dash() {
    for c in '\u{2018}'..='\u{201F}' {
        let text = c.to_string();
        assert!(is_curly_quote(text.as_bytes(), 0), "{c}");
        assert!(!c.is_whitespace() && !is_dash(c), "{c}");
    }
    assert!(!is_curly_quote("—".as_bytes(), 0) && !is_curly_quote("\u{2017}".as_bytes(), 0));
    assert!(!is_curly_quote("\u{2020}".as_bytes(), 0));
}

#[test]
fn possessive_endings() {
    let got = words("Jones’s Jones's JONES’S JONES'S ’s 's Jones’ s’ the bus’s end");
    let possessive: Vec<bool> = got.iter().map(|w| w.2).collect();
    let texts: Vec<&str> = got.iter().map(|w| w.0.as_str()).collect();
    assert_eq!(texts[..4], ["Jones", "Jones", "JONES", "JONES"]);
    assert_eq!(possessive[..4], [true, true, true, true]);
    assert!(got[6].2, "a plural possessive");
    assert_eq!(got.last().unwrap().0, "end");
}

#[test]
fn quoted_words_are_marked() {
    let s = "He said “We are ready,” and left.";
    let mut out = Vec::new();
    tokenize(s, &[(8, 8 + "“We are ready,”".len())], &mut out);
    let quoted: Vec<bool> = out.iter().map(|t| t.quoted).collect();
    assert_eq!(quoted, [false, false, true, true, true, false, false]);
}

#[test]
fn general_punctuation_holds_no_letter_or_digit() {
    for c in '\u{2000}'..='\u{206F}' {
        assert!(!c.is_alphanumeric(), "{c:?}");
        assert!(!is_alphanumeric(c), "{c:?}");
    }
    for c in [
        'a', 'Z', '7', 'é', 'Ж', '中', '\u{2070}', '\u{2071}', '·', '»',
    ] {
        assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
    }
}

/// [`take_final_stop`] as first written, on `str`: the byte-wise one must agree.
fn take_final_stop_slowly(sentence: &str, last: &mut Token) {
    let word = &sentence[last.start..last.end];
    let unstopped = word.trim_end_matches('.');
    let bare = match unstopped.len() < word.len() {
        true => unstopped.trim_end_matches([')', ']', '}']),
        false => unstopped,
    };
    let closed = bare.len() < unstopped.len();
    let abbreviation = !closed && bare.contains('.') && !is_web_address(bare);
    if !bare.is_empty() && bare.len() < word.len() && !abbreviation {
        last.end = last.start + bare.len();
        last.classes = lexicon::for_token(bare.as_bytes(), last.capital);
        if closed {
            last.trail = Trail::Close;
        }
    }
    if last.trail == Trail::None
        && sentence[last.end..]
            .trim_end()
            .ends_with(['.', '!', '?', '…'])
    {
        last.trail = Trail::Stop;
    }
}

#[test]
fn the_final_stop_is_read_as_on_str() {
    let mut sentences = Vec::new();
    for word in [
        "said",
        "U.S.",
        "Calif.",
        "Mr",
        "...",
        "etc..",
        "x",
        "Tuesday",
        "PowerOutage.us",
        "a.m",
    ] {
        for after in [
            "",
            ".",
            "!",
            "?",
            "…",
            ". ",
            ".\n",
            ".\u{b}",
            ".\u{a0}",
            "\u{a0}",
            " ",
            "”",
            ".”",
            "!)",
            ").",
            "]..",
            "?\u{3000}",
            "\u{1c}",
            ".\u{1c}",
            "\u{7f}",
        ] {
            sentences.push(format!("A {word}{after}"));
        }
    }
    let text = include_str!("../../../../data/odesa-drone-strike.txt");
    sentences.extend(text.lines().map(str::to_string));
    for sentence in &sentences {
        let mut tokens = Vec::new();
        tokenize(sentence, &[], &mut tokens);
        let Some(&read) = tokens.last() else { continue };
        // The token before its final stop was taken: the word as the loop read it.
        let mut raw = read;
        raw.end = sentence[raw.start..]
            .find(char::is_whitespace)
            .map_or(sentence.len(), |k| raw.start + k);
        raw.end = raw.end.max(read.end);
        for trail in [Trail::None, Trail::Close] {
            let (mut fast, mut slow) = (Token { trail, ..read }, Token { trail, ..read });
            take_final_stop(sentence, &mut fast);
            take_final_stop_slowly(sentence, &mut slow);
            assert_eq!(fast, slow, "{sentence:?}");
            let (mut fast, mut slow) = (Token { trail, ..raw }, Token { trail, ..raw });
            take_final_stop(sentence, &mut fast);
            take_final_stop_slowly(sentence, &mut slow);
            assert_eq!(fast, slow, "{sentence:?}");
        }
    }
}

#[test]
fn a_web_address_gives_the_sentence_its_stop() {
    for (sentence, last) in [
        ("according to PowerOutage.us.", "PowerOutage.us"),
        ("It was reported by Politico.com.", "Politico.com"),
        ("He moved to the U.S.", "U.S."),
        ("The meeting ended at 10 a.m.", "a.m."),
        // QA round 18, item A-6: a bracket closed before the final stop is no letter of the
        // word ("CAAIB)" was a speaker's name).
        ("according to the Investigation Board (CAAIB).", "CAAIB"),
        ("He moved to the United States (U.S.).", "U.S."),
    ] {
        let got = words(sentence);
        assert_eq!(got.last().unwrap().0, last, "{sentence}");
    }
}
