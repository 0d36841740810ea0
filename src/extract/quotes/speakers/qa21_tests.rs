//! Speakers of QA round 21: a longer name's end is no short form when that name was introduced
//! as a person of its own.

use super::tests::speakers;

fn some(name: &str) -> Option<String> {
    Some(name.to_string())
}

#[test]
fn a_name_introduced_with_its_own_age_is_its_own_person() {
    // QA round 21, item L-2: round 20's two-word surname merged co-defendants.
    let text = "Lee Anthony Marsh, 34, of Filton, and Anthony Marsh, 58, of Yate, were charged.\n\
                Anthony Marsh said he had been paid £2,000.\n";
    assert_eq!(speakers(text)[1], some("Anthony Marsh"));
    let text = "Mary Ann Jones, 52, and her daughter, Ann Jones, 29, were both arrested.\n\
                Ann Jones told the court she earned £300 a week.\n";
    assert_eq!(speakers(text)[1], some("Ann Jones"));
    let text = "The court heard that Jamie Lee Carter, 27, drove the van. His co-defendant Lee \
                Carter, 31, is his cousin.\n\
                \"I never touched the 40 kilos,\" Lee Carter said.\n";
    assert_eq!(speakers(text).last().cloned().flatten(), some("Lee Carter"));
    // Named first in the same sentence as the longer name: two people too.
    let text = "Lee Anthony Marsh and Anthony Marsh were charged with 3 offences.\n\
                Anthony Marsh said he had been paid £2,000.\n";
    assert_eq!(speakers(text)[1], some("Anthony Marsh"));
}
