use super::*;

fn texts(s: &str) -> Vec<&str> {
    tokens(s).map(|t| &s[t.start..t.end]).collect()
}

#[test]
fn splits_words_numbers_and_punctuation() {
    assert_eq!(
        texts("Ukraine shot down 115 of 12,000 drones (3.40%)."),
        [
            "Ukraine", "shot", "down", "115", "of", "12,000", "drones", "(", "3.40", "%", ")", "."
        ]
    );
}

#[test]
fn currency_signs_fold_to_the_dollar() {
    // QA round 20, item I-11: "£50m" was one word, no figure.
    let s = "£50m €3bn ¥7 $4";
    assert_eq!(texts(s), ["£", "50m", "€", "3bn", "¥", "7", "$", "4"]);
    let t: Vec<Token> = tokens(s).collect();
    for i in [0, 2, 4] {
        assert_eq!(t[i].shape, Shape::Punct(b'$'));
        assert_eq!(t[i].hash, word_hash("$"));
        assert_eq!(t[i + 1].shape, Shape::Number);
    }
    // Mojibake's sign before a letter stays in its word.
    assert_eq!(texts("Â¥Mr. £"), ["Â¥Mr", ".", "£"]);
}

#[test]
fn curly_quotes_and_clitics_fold_to_ascii() {
    let s = "“We’re ready,” Ukraine’s leader said — don't";
    assert_eq!(
        texts(s),
        [
            "“", "We", "’re", "ready", ",", "”", "Ukraine", "’s", "leader", "said", "—", "don",
            "'t"
        ]
    );
    let hashes: Vec<u64> = tokens(s).map(|t| t.hash).collect();
    assert_eq!(hashes[0], word_hash("\""));
    assert_eq!(hashes[2], word_hash("'re"));
    assert_eq!(hashes[7], word_hash("'s"));
    assert_eq!(hashes[10], word_hash("-"));
    assert_eq!(hashes[12], word_hash("'t"));
}

#[test]
fn hashes_are_case_insensitive_and_match_word_hash() {
    let t: Vec<Token> = tokens("Said SAID said").collect();
    assert!(t.iter().all(|t| t.hash == word_hash("said")));
    assert!(t[0].capital && !t[0].all_caps);
    assert!(t[1].all_caps);
    assert!(!t[2].capital);
}

#[test]
fn finds_the_alphanumeric_prefix_of_8_bytes() {
    let x = |s: &[u8]| load8(s, 0);
    assert_eq!(alnum_prefix(x(b"Hello, w")), 5);
    assert_eq!(alnum_prefix(x(b"aZ09zA9@")), 7);
    assert_eq!(alnum_prefix(x(b"abcdefgh")), 8);
    assert_eq!(alnum_prefix(x(b"ab")), 2);
    assert_eq!(alnum_prefix(x(b"`{[/:@")), 0);
    assert_eq!(alnum_prefix(x("é".as_bytes())), 0);
    for c in 0u8..=255 {
        let want = c.is_ascii_alphanumeric() as usize;
        assert_eq!(alnum_prefix(c as u64), want, "byte {c}");
    }
}

#[test]
fn tells_capitals_only_as_a_loop_over_the_bytes_does() {
    let plain = |w: &[u8]| {
        w.iter().all(|c| !c.is_ascii_lowercase()) && w[1..].iter().any(u8::is_ascii_uppercase)
    };
    let words = [
        &b"AB"[..],
        b"Ab",
        b"aB",
        b"A1",
        b"A\xc3\x89",
        b"\xc3\x89T\xc3\x89",
        b"NATO",
        b"NATOs",
        b"COVID19",
        b"ABCDEFGH",
        b"ABCDEFGh",
        b"Z[",
        b"@A",
    ];
    for w in words {
        for len in 2..=w.len().min(8) {
            let x = load8(w, 0);
            assert_eq!(capitals_only(x, len), plain(&w[..len]), "{:?}", &w[..len]);
        }
    }
    // Every byte pair, and each after a capital.
    for a in 0u8..=255 {
        for c in 0u8..=255 {
            let w = [a, c, b'Q'];
            for len in 2..=3 {
                assert_eq!(capitals_only(load8(&w, 0), len), plain(&w[..len]), "{w:?}");
            }
        }
    }
}

#[test]
fn keys_are_ascii_words_of_16_bytes_at_most_in_lower_case() {
    let key = |s: &str| tokens(s).next().map_or([0; 2], |t| t.key);
    assert_eq!(key("Said"), [u64::from_le_bytes(*b"said\0\0\0\0"), 0]);
    assert_eq!(key("SAID"), key("said"));
    assert_eq!(key("COVID19"), key("covid19"));
    assert_ne!(key("said"), key("saidx"));
    assert_eq!(
        key("INTERNATIONALLY"),
        [
            u64::from_le_bytes(*b"internat"),
            u64::from_le_bytes(*b"ionally\0")
        ]
    );
    for s in [
        "",
        "café",
        "Łódź",
        "counterintelligence",
        "internationalcafé",
        "2024",
        "%",
        "’s",
        "'s",
    ] {
        assert_eq!(key(s), [0; 2], "{s}");
    }
    // Every token: a key for each ASCII word of 16 bytes at most, its bytes in lower case; same
    // key, same hash.
    let mut seen = std::collections::HashMap::new();
    for line in crate::extract::score::test_lines() {
        for t in tokens(line) {
            let text = &line[t.start..t.end];
            let keyed = t.shape == Shape::Word && text.len() <= 16 && text.is_ascii();
            assert_eq!(t.key[0] != 0, keyed, "{text}");
            if keyed {
                let lower = text.to_ascii_lowercase();
                let bytes: Vec<u8> = t.key.iter().flat_map(|k| k.to_le_bytes()).collect();
                assert_eq!(bytes[..lower.len()], *lower.as_bytes());
                assert!(bytes[lower.len()..].iter().all(|&b| b == 0));
                assert_eq!(*seen.entry(t.key).or_insert(t.hash), t.hash, "{lower}");
                assert_eq!(t.hash, word_hash(&lower), "{lower}");
            }
        }
    }
}

#[test]
fn long_words_hash_by_chunks_like_word_hash() {
    let t: Vec<Token> =
        tokens("Counterintelligence INTERNATIONALLY a Abcdefghi ABCDEFGHIJKLMNOP").collect();
    assert_eq!(t[0].hash, word_hash("counterintelligence"));
    assert_eq!(t[1].hash, word_hash("internationally"));
    assert_eq!(t[2].hash, word_hash("a"));
    assert_eq!(t[3].hash, word_hash("abcdefghi"));
    assert_eq!(t[4].hash, word_hash("abcdefghijklmnop"));
    assert_ne!(word_hash("ab"), word_hash("ba"));
}

#[test]
fn non_ascii_letters_stay_inside_words() {
    assert_eq!(texts("Łódź café, Київ"), ["Łódź", "café", ",", "Київ"]);
}
