//! An interview laid out as questions and answers ("Q: …" / "A: …"): the turn of each sentence,
//! and who gives the answers. A question is the interviewer's: no words of it name a speaker
//! ("Q: Critics say the valuation is a bubble." is no claim of critics). An answer is the
//! interviewee's: the one person the article sets up as interviewed (in its header, or in the
//! sentences just before the first question), resolved to the name the article uses. Two
//! people set up, or one the text cannot name, leave the answers without a speaker.

use crate::extract::document::header_end;
use crate::extract::punct::Marks;
use crate::extract::quotes::entities::EntityId;
use crate::extract::quotes::interview::{Turn, interviewed, may_set_up, turn_of_line};
use crate::extract::quotes::roles;
use crate::extract::quotes::speakers::{Speaker, Speakers};
use crate::extract::quotes::tokens::tokenize;
use crate::extract::quotes::{self};
use crate::extract::sentences::Span;

/// How many sentences right before the first question may set up the interview (besides the
/// header's).
const SETUP_BEFORE: usize = 3;

/// The questions and answers of a document, and what is known of its interviewee so far.
#[derive(Default)]
pub(super) struct Interview {
    /// The turn of each sentence, by the label of the line it starts on (empty when the
    /// document is laid out as no interview).
    turns: Vec<Option<Turn>>,
    /// The sentence of the first question.
    first_question: usize,
    /// Where the document's header ends (byte offset).
    header_end: usize,
    interviewee: Interviewee,
}

/// Whom the article has set up as interviewed, by the sentences read so far.
#[derive(Default, Clone, Copy, PartialEq, Eq)]
enum Interviewee {
    #[default]
    Unknown,
    One(EntityId),
    /// Two people, or someone the text does not name as a person.
    Unsure,
}

impl Interview {
    /// The turns of the sentences `spans` of `text`: a document is laid out as an interview when
    /// a question's label opens a line and another label (a question, an answer, a speaker in
    /// capitals) opens a later one.
    pub(super) fn of(text: &str, spans: &[Span]) -> Interview {
        // Lines with a label, from the first question's (start, end, turn).
        let mut lines = Vec::new();
        let mut at = 0;
        // The lines with their ends, as `split_inclusive('\n')` gives them, found with memchr's
        // vector search (the document is read whole, on the passes' thread).
        while at < text.len() {
            let end =
                memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i + 1);
            let line = &text[at..end];
            // (Most documents have no line opening with a "Q": read at a glance.)
            let asked = !lines.is_empty() || line.trim_start().starts_with('Q');
            if asked
                && let Some(turn) = turn_of_line(line)
                && (turn == Turn::Question || !lines.is_empty())
            {
                lines.push((at, end, turn));
            }
            at = end;
        }
        if lines.len() < 2 {
            return Interview::default();
        }
        let mut next = lines.iter().peekable();
        let turns: Vec<Option<Turn>> = spans
            .iter()
            .map(|span| {
                while next.next_if(|line| line.1 <= span.start).is_some() {}
                let &&(start, _, turn) = next.peek()?;
                (start <= span.start && turn != Turn::Named).then_some(turn)
            })
            .collect();
        let Some(first_question) = turns.iter().position(|t| *t == Some(Turn::Question)) else {
            return Interview::default();
        };
        Interview {
            turns,
            first_question,
            header_end: header_end(text),
            interviewee: Interviewee::Unknown,
        }
    }

    /// The turn of sentence `k`: a question, an answer, or none (narration, or a line of a
    /// speaker named in capitals, read as any other sentence).
    pub(super) fn turn(&self, k: usize) -> Option<Turn> {
        self.turns.get(k).copied().flatten()
    }

    /// Reads sentence `k` (at byte offset `at`), before the speakers record it, for whom it sets
    /// up as interviewed: a sentence of the header, one of the few right before the first
    /// question, or one between the turns (a second interviewee makes the later answers
    /// unsure).
    pub(super) fn set_up(&mut self, k: usize, sentence: &str, at: usize, speakers: &mut Speakers) {
        let placed = k > self.first_question
            || k + SETUP_BEFORE >= self.first_question
            || at < self.header_end;
        if self.turns.is_empty()
            || self.turn(k).is_some()
            || !placed
            || self.interviewee == Interviewee::Unsure
            || !may_set_up(sentence)
        {
            return;
        }
        let (mut marks, mut quotations, mut tokens) = (Marks::default(), Vec::new(), Vec::new());
        quotes::quotations(sentence, &mut marks, &mut quotations);
        tokenize(sentence, &quotations, &mut tokens);
        let Some(cue) = interviewed(sentence, &tokens) else {
            return;
        };
        let words = &tokens[cue.first..=cue.last];
        let speaker = speakers.resolve_ahead(sentence, words, at);
        let person = speaker.as_ref().and_then(|s| speakers.person(s));
        // ("The chief executive talks about …" with no holder named, "She spoke to …" with no
        // one before: someone the text does not name, who speaks against no one it names. "The
        // founders", "Farrukh and Reyes" are others than one person.)
        let head = &tokens[cue.last];
        let untold = speaker.is_none()
            || !head.capital
                && roles::is_role(head.text(sentence))
                && !words.iter().any(|t| t.text(sentence) == "and");
        if person.is_none() && untold {
            return;
        }
        self.interviewee = match (self.interviewee, person) {
            (Interviewee::Unknown, Some(id)) => Interviewee::One(id),
            (Interviewee::One(one), Some(id)) if one == id => Interviewee::One(id),
            _ => Interviewee::Unsure,
        };
    }

    /// The speaker of sentence `k` (at byte offset `at`) when it is an answer and the
    /// interviewee is known, recorded as heard.
    pub(super) fn answer(&self, k: usize, at: usize, speakers: &mut Speakers) -> Option<Speaker> {
        let Interviewee::One(id) = self.interviewee else {
            return None;
        };
        if self.turn(k) != Some(Turn::Answer) {
            return None;
        }
        let speaker = Speaker::Entity(id);
        speakers.heard(&speaker, at);
        Some(speaker)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::pipeline::analyse_with;

    /// Each sentence of `text` with its speaker.
    fn speakers(text: &str) -> Vec<(String, Option<String>)> {
        let mut out = Vec::new();
        analyse_with(text, |a| {
            out.push((a.text.to_string(), a.speaker.map(str::to_string)))
        });
        out
    }

    /// The speakers of the sentences that open with `label`.
    fn of_lines(got: &[(String, Option<String>)], label: &str) -> Vec<Option<String>> {
        got.iter()
            .filter(|(s, _)| s.starts_with(label))
            .map(|(_, speaker)| speaker.clone())
            .collect()
    }

    const QUESTIONS: &str = "Q: Why raise so much money now?\n\
        A: \"Because the cost of training a frontier model has gone up roughly tenfold in two \
        years. You cannot do that on goodwill.\"\n\n\
        Q: You have said you will never sell the company. Do you still mean it?\n\
        A: \"Yes. Independence is the whole point.\"\n\n\
        Q: Critics say the valuation is a bubble.\n\
        A: \"People said that about the internet in 1999.\"\n\n\
        Analysts were divided on the deal.\n";

    /// The three answers of [`article`] are Nadia Farrukh's, its three questions no one's.
    fn answered_by_farrukh(got: &[(String, Option<String>)]) {
        let farrukh = Some("Nadia Farrukh".to_string());
        assert_eq!(
            of_lines(got, "A:"),
            [farrukh.clone(), farrukh.clone(), farrukh]
        );
        assert_eq!(of_lines(got, "Q:"), [None, None, None]);
    }

    fn article(header: &str, body: &str) -> String {
        format!(
            "Lumora raises $4.5bn at $62bn valuation\n{header}\nBy Oliver Grant\n\n\
             Lumora, the start-up behind the Quill chatbot, has raised $4.5bn in a funding round \
             that values the company at $62bn.\n\n\
             Founded in 2021 by Nadia Farrukh, a former Google researcher, and Tomás Reyes, \
             Lumora employs about 2,300 people.\n\n{body}\n\n{QUESTIONS}"
        )
    }

    #[test]
    fn the_answers_of_an_interview_are_the_interviewees() {
        // QA round 12, item 11: the person the article sets up as interviewed answers, by the
        // full name the article uses; the questions are the interviewer's, with no speaker
        // from their words ("Critics say …").
        let text = article(
            "The chief executive talks about chips and why she won't sell",
            "Farrukh, 38, spoke to the Guardian at Lumora's headquarters.",
        );
        let got = speakers(&text);
        answered_by_farrukh(&got);
        assert_eq!(
            of_lines(&got, "Do you"),
            [None],
            "the question's second sentence"
        );
        assert_eq!(
            of_lines(&got, "Analysts"),
            [None],
            "narration after the answers"
        );
        // Labels with a stop or a dash, and answers not in quotation marks, sentence after
        // sentence.
        let text = "Lumora raises $4.5bn\n\n\
                    Nadia Farrukh, 38, spoke to the Guardian at Lumora's headquarters.\n\n\
                    Q. Why raise so much money now?\n\
                    A. Because the cost has gone up tenfold. We have 140 people on safety.\n\n\
                    Q - Critics say the valuation is a bubble.\n\
                    A - \"People said that about the internet in 1999.\"\n";
        let got = speakers(text);
        let answers: Vec<Option<&str>> = got[3..].iter().map(|(_, s)| s.as_deref()).collect();
        let farrukh = Some("Nadia Farrukh");
        assert_eq!(answers, [farrukh, farrukh, None, farrukh]);
    }

    #[test]
    fn the_interviewee_named_only_in_the_standfirst_answers() {
        let text = article(
            "The San Francisco start-up's chief executive, Nadia Farrukh, talks about chips, \
             competition and why she won't sell",
            "The interview has been edited for length and clarity.",
        );
        let got = speakers(&text);
        answered_by_farrukh(&got);
    }

    #[test]
    fn answers_stay_without_a_speaker_when_no_one_is_set_up_as_interviewed() {
        // Nobody set up: the answers are not given to the last person named (Tomás Reyes).
        let unnamed = article("How the chatbot makes money", "Here are the highlights.");
        // Someone the text cannot name as one person.
        let pair = article(
            "How the chatbot makes money",
            "Farrukh and Reyes spoke to the Guardian at the company's headquarters.",
        );
        // Two people set up, each as the interviewee.
        let two = article(
            "The chief executive, Nadia Farrukh, talks about chips",
            "Reyes, 41, spoke to the Guardian at Lumora's headquarters.",
        );
        for text in [unnamed, pair, two] {
            let got = speakers(&text);
            assert_eq!(of_lines(&got, "A:"), [None, None, None], "{text}");
            assert_eq!(of_lines(&got, "Q:"), [None, None, None], "{text}");
        }
        // Another person set up between the turns, in apposition to a role: the later answers
        // are unsure.
        let text = "Lumora raises $4.5bn\n\n\
                    Nadia Farrukh, 38, spoke to the Guardian at Lumora's headquarters.\n\n\
                    Q: Why raise so much money now?\n\
                    A: \"Because the cost has gone up tenfold.\"\n\n\
                    Her co-founder, Tomas Reyes, spoke to the Guardian in Madrid.\n\n\
                    Q: Is the valuation a bubble?\n\
                    A: \"Our valuation of $2 billion is modest.\"\n";
        let got = speakers(text);
        assert_eq!(
            of_lines(&got, "A:"),
            [Some("Nadia Farrukh".to_string()), None],
            "{got:?}"
        );
    }

    #[test]
    fn a_transcript_with_named_speakers_keeps_its_reading() {
        // A press briefing: the reporters' questions name no speaker; a line labelled with a
        // name in capitals is read as before, and no "A:" line takes anyone.
        let text = "President Donald Trump spoke to reporters at the White House on Monday.\n\n\
                    Q: Mr President, critics say the tariffs will raise prices.\n\
                    TRUMP: We are going to win so much.\n\
                    Q: Will you meet Xi?\n\
                    TRUMP: \"Probably next month,\" he said.\n";
        let got = speakers(text);
        assert_eq!(of_lines(&got, "Q:"), [None, None]);
        assert_eq!(
            of_lines(&got, "TRUMP:"),
            [None, Some("Donald Trump".to_string())]
        );
        // A single "Q:" line (a section asking a question) lays out no interview.
        let text = "Prices rose 3% in August, the ONS said.\n\
                    Q: What does it mean for borrowers?\n\
                    Economists said rates would stay on hold.\n";
        assert_eq!(speakers(text)[1].1.as_deref(), None);
        assert_eq!(speakers(text)[2].1.as_deref(), Some("Economists"));
    }
}
