//! Word classes the hand features read: a table built at compile time, keyed by token hash.
//!
//! Lookup is one multiply and (almost always) one probe, so the features cost no string
//! comparison. The lists are general English, not words of any particular article.

use super::text::{fold, hash_range};

/// Verbs that report speech or a source: "said", "according (to)", "confirmed".
pub const ATTRIBUTION: u32 = 1 << 0;
/// Hedges and epistemic distance: "may", "appears", "reportedly", "uncertainty".
pub const HEDGE: u32 = 1 << 1;
/// Opinion and wish verbs: "think", "believe", "hope".
pub const OPINION: u32 = 1 << 2;
/// Modals and the future: "will", "would", "should".
pub const MODAL: u32 = 1 << 3;
/// Auxiliaries and copulas: "is", "has", "did" (a finite verb).
pub const AUX: u32 = 1 << 4;
/// Common verb forms (irregular pasts, third persons, headline verbs).
pub const VERB: u32 = 1 << 5;
/// Verbs that open commands to the reader: "read", "share", "click", "leave".
pub const IMPERATIVE: u32 = 1 << 6;
/// What reader prompts ask for: "comments", "thoughts", "opinions", "newsletter".
pub const PROMPT: u32 = 1 << 7;
/// "you", "your".
pub const SECOND: u32 = 1 << 8;
/// "I", "me", "my".
pub const FIRST_SINGULAR: u32 = 1 << 9;
/// "we", "our", "us".
pub const FIRST_PLURAL: u32 = 1 << 10;
/// "not", "never", "'t".
pub const NEGATION: u32 = 1 << 11;
/// Number words: "three", "seventy", "million", "dozens".
pub const NUMBER_WORD: u32 = 1 << 12;
/// Money and rate words: "percent", "dollars", "$", "%".
pub const UNIT: u32 = 1 << 13;
/// Month names (not "may", which is mostly a modal).
pub const MONTH: u32 = 1 << 14;
/// Weekdays and relative days: "Tuesday", "yesterday", "ago".
pub const DAY: u32 = 1 << 15;
/// Titles and roles that name an office holder: "President", "governor", "spokesman".
pub const TITLE: u32 = 1 << 16;
/// Institutions: "ministry", "council", "Kremlin"-like nouns ("government", "court").
pub const INSTITUTION: u32 = 1 << 17;
/// Comparisons and records: "more", "than", "largest", "record".
pub const COMPARISON: u32 = 1 << 18;
/// Function words that start sentences with a capital without being names.
pub const FUNCTION: u32 = 1 << 19;
/// Vague referents of outlook sentences: "situation", "things", "developments".
pub const VAGUE: u32 = 1 << 20;
/// Words of page furniture: "photo", "credit", "reply", "advertisement", "copyright".
pub const FURNITURE: u32 = 1 << 21;
/// Irregular past tenses and participles: "was", "said", "took", "fallen" (an event happened).
pub const PAST: u32 = 1 << 22;
/// Present forms of "be": a participle after them is a present passive ("is struck").
pub const PRESENT_BE: u32 = 1 << 23;
/// Commands of a web page's interface: "share", "follow", "subscribe", "leave (a reply)".
pub const INTERFACE: u32 = 1 << 24;
/// Words of service notices and site disclaimers: how a helpline is reached ("contacted",
/// "ring", "helpline") and liability ("responsible", "liable").
pub const NOTICE: u32 = 1 << 25;
/// Words of a site's cookie notice and its buttons: "cookies", "privacy", "consent", "accept".
pub const CONSENT: u32 = 1 << 26;
/// The classes the model's n-grams and the test of names read: every class but those only the
/// furniture rules read ([`NOTICE`], [`CONSENT`]), so that adding those changes no score the
/// model gives.
pub const MODEL: u32 = !(NOTICE | CONSENT);

const LISTS: &[(u32, &str)] = &[
    (PRESENT_BE, "is are am be being 're 'm"),
    (
        NOTICE,
        "contacted reached call ring text dial phone helpline helplines hotline freephone \
         responsible liable responsibility",
    ),
    (
        CONSENT,
        "cookie cookies privacy consent accept reject decline preferences",
    ),
    (
        INTERFACE,
        "read share leave click subscribe follow sign join comment download visit tap scroll \
         stay email print register log view watch listen continue",
    ),
    (
        PAST,
        "was were had did been said told went gone came got made took taken gave given knew \
         thought saw found kept held brought paid spent built sent lost won led met left began \
         begun became rose risen fell fallen shot struck ran stood felt meant grew grown broke \
         broken spoke wrote written sold fought sought caught heard understood drew threw hit \
         killed injured",
    ),
    (
        ATTRIBUTION,
        "said says say told tells reported reports announced announces confirmed confirms stated \
         states claimed claims added adds explained wrote writes according noted declared \
         described insisted warned warns acknowledged admitted revealed commenting commented \
         testified estimated denied denies accused alleged concluded reiterated quoted cited tell \
         mentioned",
    ),
    (
        HEDGE,
        "alleged may might could perhaps possibly probably likely unlikely seems seem seemed \
         appears appear apparently reportedly allegedly uncertain uncertainty unclear maybe \
         seemingly remains",
    ),
    (
        OPINION,
        "think believe feel hope guess wish want opinion opinions thoughts views",
    ),
    (
        MODAL,
        "may might could will would should shall must 'll can 'd",
    ),
    (
        AUX,
        "may might could will would should shall must 'll can is are was were be been being am \
         're 'm 've 'd has have had do does did",
    ),
    (
        VERB,
        "said says say told tells reports announces confirms adds wrote writes warns denies seems \
         seem appears appear remains think believe feel hope guess wish want read share leave \
         click follow sign join let see watch listen tell check find download visit learn \
         continue discover stay imagine consider look know seen go goes went gone come comes came \
         get gets got make makes made take takes took taken give gives gave given knows knew \
         known thinks thought saw found keep kept hold held bring brought paid spent built sent \
         lost won led met left began begun became become rise rises rose risen fall falls fell \
         fallen hit hits shot struck strikes kills cut cuts put ran stood felt means meant grew \
         grown shows shown broke spoke written sold fought sought caught heard understood drew \
         threw need needs wants plans calls urges vows seeks faces expects raises continues \
         increases hikes responds injures launches serve serves agree agrees dies die lets sets \
         costs helps works includes pay like likes support supports oppose",
    ),
    (
        IMPERATIVE,
        "read share leave click subscribe follow sign join comment let see watch listen tell \
         check find download visit learn continue tap scroll discover stay please imagine \
         consider look email print register log view",
    ),
    (
        PROMPT,
        "opinion opinions thoughts views subscribe comment comments reply newsletter readers \
         below tuned",
    ),
    (SECOND, "you your yours yourself"),
    (FIRST_SINGULAR, "i me my mine myself"),
    (FIRST_PLURAL, "we our us ours ourselves"),
    (NEGATION, "not no never 't nothing none nobody neither nor"),
    (
        NUMBER_WORD,
        "one two three four five six seven eight nine ten eleven twelve thirteen fifteen twenty \
         thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands \
         million millions billion billions trillion dozen dozens half twice",
    ),
    (
        UNIT,
        "percent percentage % $ dollars dollar euros cents bps magnitude kilometers miles",
    ),
    (
        MONTH,
        "january february march april june july august september october november december",
    ),
    (
        DAY,
        "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight \
         tomorrow ago overnight",
    ),
    (
        TITLE,
        "president vice senator governor minister secretary spokesman spokeswoman spokesperson \
         mayor chancellor chairman ceo director commissioner ambassador official \
         officials congressman congresswoman sen gov mr mrs ms dr judge premier seismologist \
         representative prosecutor authorities",
    ),
    (
        INSTITUTION,
        "authorities ministry department agency bank council committee congress senate parliament \
         government court army forces police university commission administration statement \
         report survey census",
    ),
    (
        COMPARISON,
        "half twice more less fewer most least than largest biggest highest lowest worst record \
         doubled tripled increased decreased",
    ),
    (
        FUNCTION,
        "you your i my we our no never one today the a an this that these those it its he she \
         they there here in on at for with as but and or so if when while after before since \
         because however although though also then now yes well what who why how where which all \
         some many every each both his her their last next by from to of about over under during \
         despite among following earlier later meanwhile overall thank just even only other \
         another",
    ),
    (
        VAGUE,
        "situation things developments matter unfold develop seen everything",
    ),
    (
        FURNITURE,
        "reply newsletter photo photos credit credits advertisement copyright related tags image \
         caption source posted updated published",
    ),
];

/// The table's size: a power of two, sparse enough that every word sits in its home slot or
/// one of the next three (checked at compile time), so a lookup reads four slots and never
/// loops.
const SLOTS: usize = 4096;
const MIX: u64 = 0x9e37_79b9_7f4a_7c15;

const fn slot(h: u64) -> usize {
    (h.wrapping_mul(MIX) >> (64 - SLOTS.trailing_zeros())) as usize
}

/// The table keeps 32 bits of each hash (never 0, which marks an empty slot): 8 bytes a slot
/// keep the table in the L1 cache.
const fn key(h: u64) -> u32 {
    (h >> 32) as u32 | 1
}

/// Adds `class` to the word hashed `h`; true when the word is new.
const fn insert(table: &mut [(u32, u32); SLOTS], h: u64, class: u32) -> bool {
    let mut i = slot(h);
    loop {
        if table[i].0 == key(h) {
            table[i].1 |= class;
            return false;
        }
        if table[i].0 == 0 {
            table[i] = (key(h), class);
            return true;
        }
        i = (i + 1) & (SLOTS - 1);
    }
}

const fn build() -> [(u32, u32); SLOTS] {
    let mut table = [(0u32, 0u32); SLOTS];
    let mut filled = 0;
    let mut l = 0;
    while l < LISTS.len() {
        let (class, words) = LISTS[l];
        let b = words.as_bytes();
        let mut from = 0;
        let mut i = 0;
        while i <= b.len() {
            if i == b.len() || b[i] == b' ' {
                if i > from && insert(&mut table, hash_range(b, from, i), class) {
                    filled += 1;
                }
                from = i + 1;
            }
            i += 1;
        }
        l += 1;
    }
    assert!(filled * 4 <= SLOTS);
    table
}

/// Slots a lookup reads.
const PROBES: usize = 4;

/// Every word of the table sits less than [`PROBES`] slots past its home.
const fn within_probes(table: &[(u32, u32); SLOTS]) -> bool {
    let mut l = 0;
    while l < LISTS.len() {
        let b = LISTS[l].1.as_bytes();
        let mut from = 0;
        let mut i = 0;
        while i <= b.len() {
            if i == b.len() || b[i] == b' ' {
                if i > from {
                    let h = hash_range(b, from, i);
                    let home = slot(h);
                    let mut found = false;
                    let mut d = 0;
                    while d < PROBES {
                        found |= table[(home + d) & (SLOTS - 1)].0 == key(h);
                        d += 1;
                    }
                    if !found {
                        return false;
                    }
                }
                from = i + 1;
            }
            i += 1;
        }
        l += 1;
    }
    true
}

const _: () = assert!(within_probes(&build()));

/// The table's keys and classes in two arrays, each followed by a copy of its first
/// `PROBES - 1` slots: the slots a lookup reads are then contiguous, without wrapping.
const fn unwrapped(keys: bool) -> [u32; SLOTS + PROBES - 1] {
    let table = build();
    let mut out = [0; SLOTS + PROBES - 1];
    let mut i = 0;
    while i < out.len() {
        let (key, classes) = table[i & (SLOTS - 1)];
        out[i] = if keys { key } else { classes };
        i += 1;
    }
    out
}

static KEYS: [u32; SLOTS + PROBES - 1] = unwrapped(true);
static CLASSES: [u32; SLOTS + PROBES - 1] = unwrapped(false);

/// The classes of the word whose hash is `h` (0 for a word in no list).
#[inline(always)]
pub fn classes(h: u64) -> u32 {
    let (k, home) = (key(h), slot(h));
    let keys: &[u32; PROBES] = KEYS[home..home + PROBES].try_into().expect("PROBES slots");
    let classes: &[u32; PROBES] = CLASSES[home..home + PROBES]
        .try_into()
        .expect("PROBES slots");
    // Branch-free: a listed word is in one of the slots read, and only there.
    let mut flags = 0;
    for d in 0..PROBES {
        flags |= classes[d] & 0u32.wrapping_sub((keys[d] == k) as u32);
    }
    flags
}

/// The classes of each punctuation mark, by the byte the tokenizer folds it to: [`classes`]
/// of the mark's hash (`fold(0, mark | 0x20)`, as [`super::text`] hashes a mark), read at
/// compile time, so that a mark costs one load instead of the probes of a lookup.
static MARKS: [u32; 256] = {
    let table = build();
    let mut out = [0; 256];
    let mut mark = 0;
    while mark < 256 {
        let h = fold(0, (mark as u8 | 0x20) as u64);
        let mut d = 0;
        while d < PROBES {
            let (k, flags) = table[(slot(h) + d) & (SLOTS - 1)];
            if k == key(h) {
                out[mark] |= flags;
            }
            d += 1;
        }
        mark += 1;
    }
    out
};

/// [`classes`] of the punctuation mark the tokenizer folded to `mark`.
#[inline(always)]
pub fn mark_classes(mark: u8) -> u32 {
    MARKS[mark as usize]
}

#[cfg(test)]
mod tests {
    use super::super::text::word_hash;
    use super::*;

    #[test]
    fn a_mark_has_the_classes_of_its_hash() {
        for mark in 0..=255u8 {
            let h = fold(0, (mark | 0x20) as u64);
            assert_eq!(mark_classes(mark), classes(h), "{mark}");
        }
        assert_eq!(mark_classes(b'%'), UNIT);
        assert_eq!(mark_classes(b'$'), UNIT);
    }

    #[test]
    fn finds_listed_words_and_merges_their_classes() {
        assert_eq!(classes(word_hash("said")), ATTRIBUTION | VERB | PAST);
        assert_eq!(classes(word_hash("tell")), IMPERATIVE | ATTRIBUTION | VERB);
        assert_ne!(classes(word_hash("may")) & HEDGE, 0);
        assert_eq!(classes(word_hash("zelensky")), 0);
        assert_eq!(classes(word_hash("%")), UNIT);
    }

    #[test]
    fn the_model_reads_no_class_of_the_rules_alone() {
        // Each notice word is in no other list, or only in lists the model read before it was
        // added ("text" and "call" are unlisted words to the model; "reached" an `-ed` word).
        for word in [
            "contacted",
            "helpline",
            "responsible",
            "call",
            "text",
            "reached",
        ] {
            let c = classes(word_hash(word));
            assert_ne!(c & NOTICE, 0, "{word}");
            assert_eq!(c & MODEL, 0, "{word}");
        }
        for word in ["cookies", "privacy", "consent", "accept", "preferences"] {
            let c = classes(word_hash(word));
            assert_ne!(c & CONSENT, 0, "{word}");
            assert_eq!(c & MODEL, 0, "{word}");
        }
        assert_eq!(MODEL & (NOTICE | CONSENT), 0);
    }

    #[test]
    fn reads_the_slots_of_the_wrapping_table() {
        // The lookup as first written, over the table with its slots wrapping around.
        let table = build();
        let plain = |h: u64| {
            (0..PROBES)
                .map(|d| table[(slot(h) + d) & (SLOTS - 1)])
                .filter(|&(key, _)| key == super::key(h))
                .fold(0, |flags, (_, f)| flags | f)
        };
        let mut h = 0x0123_4567_89ab_cdefu64;
        for _ in 0..200_000 {
            h = h.wrapping_mul(0x9e37_79b9_7f4a_7c15).wrapping_add(1);
            assert_eq!(classes(h), plain(h));
        }
        // Every listed word, and words whose home is near the end of the table.
        for &(_, words) in LISTS {
            for w in words.split(' ') {
                assert_eq!(classes(word_hash(w)), plain(word_hash(w)), "{w}");
            }
        }
        for (i, &(key, _)) in table.iter().enumerate() {
            if key != 0 {
                let h = (key as u64) << 32;
                assert_eq!(classes(h), plain(h), "slot {i}");
            }
        }
    }
}

/// Words seen in lower case in the training text, as a bit set of their hashes.
///
/// A capitalised word opening a sentence is a name when it is not one of them ("Russia has…",
/// "China is…") and an ordinary word when it is ("Interest rates…", "People are…"). Learned
/// from CheckThat! train by the trainer and shipped in the model file.
#[derive(Debug, Clone, Copy)]
pub struct Vocabulary<'a> {
    bits: &'a [u8],
}

impl<'a> Vocabulary<'a> {
    /// A vocabulary over `bits` (a power-of-two number of bytes; empty knows no word).
    pub fn new(bits: &'a [u8]) -> Vocabulary<'a> {
        assert!(bits.is_empty() || bits.len().is_power_of_two());
        Vocabulary { bits }
    }

    /// The bit set, as the model file stores it.
    pub fn bits(&self) -> &'a [u8] {
        self.bits
    }

    fn place(h: u64, len: usize) -> (usize, u8) {
        let bit = (h.wrapping_mul(MIX) >> 20) as usize & (len * 8 - 1);
        (bit / 8, 1 << (bit % 8))
    }

    /// Whether the word hashed `h` was seen in lower case (false positives are rare: a few
    /// percent of unseen words).
    #[inline]
    pub fn contains(&self, h: u64) -> bool {
        if self.bits.is_empty() {
            return false;
        }
        let (byte, mask) = Self::place(h, self.bits.len());
        self.bits[byte] & mask != 0
    }

    /// Adds the word hashed `h` to the bit set `bits`.
    pub fn insert(bits: &mut [u8], h: u64) {
        let (byte, mask) = Self::place(h, bits.len());
        bits[byte] |= mask;
    }
}
