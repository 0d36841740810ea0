//! The gender the text gives a person: a title or a gendered role ("Mrs.", "spokeswoman"), or
//! a common English first name ("Linda").

/// A person's gender as far as the article shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Nothing said.
    Unknown,
    /// "he", "Mr.", "spokesman".
    Male,
    /// "she", "Mrs.", "Ms.", "spokeswoman".
    Female,
}

impl Gender {
    /// Whether a pronoun of gender `self` may point at someone of gender `other`.
    pub fn fits(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

/// The gender a role or title word gives its holder ("Mrs." → female), if any.
pub fn gender_of_role(role: &str) -> Gender {
    let word = role.trim_end_matches('.').to_ascii_lowercase();
    match word.as_str() {
        "mr" | "shri" | "sir" | "king" | "prince" | "emperor" | "sultan" | "sheikh" | "lord" => {
            Gender::Male
        }
        "mrs" | "ms" | "smt" | "shrimati" | "madam" | "queen" | "princess" | "empress"
        | "baroness" | "dame" => Gender::Female,
        _ if word.ends_with("woman") => Gender::Female,
        _ if word.ends_with("man") => Gender::Male,
        _ => Gender::Unknown,
    }
}

/// The gender a common English first name hints ("Linda" → female), if it is one of them.
pub(super) fn gender_of_first_name(name: &str) -> Gender {
    const FEMALE: [&str; 48] = [
        "Mary",
        "Patricia",
        "Jennifer",
        "Linda",
        "Elizabeth",
        "Barbara",
        "Susan",
        "Jessica",
        "Sarah",
        "Karen",
        "Lisa",
        "Nancy",
        "Betty",
        "Sandra",
        "Margaret",
        "Ashley",
        "Kimberly",
        "Emily",
        "Donna",
        "Michelle",
        "Carol",
        "Amanda",
        "Melissa",
        "Deborah",
        "Stephanie",
        "Rebecca",
        "Laura",
        "Helen",
        "Anna",
        "Maria",
        "María",
        "Julia",
        "Emma",
        "Olivia",
        "Catherine",
        "Anne",
        "Jane",
        "Rachel",
        "Hannah",
        "Claire",
        "Angela",
        "Ruth",
        "Alice",
        "Victoria",
        "Natalia",
        "Olena",
        "Irina",
        "Kate",
    ];
    const MALE: [&str; 48] = [
        "James",
        "Robert",
        "John",
        "Michael",
        "David",
        "William",
        "Richard",
        "Joseph",
        "Thomas",
        "Charles",
        "Christopher",
        "Daniel",
        "Matthew",
        "Anthony",
        "Mark",
        "Donald",
        "Steven",
        "Paul",
        "Andrew",
        "Joshua",
        "Kenneth",
        "Kevin",
        "Brian",
        "George",
        "Timothy",
        "Ronald",
        "Edward",
        "Jason",
        "Jeffrey",
        "Ryan",
        "Jacob",
        "Gary",
        "Peter",
        "Greg",
        "Steve",
        "Tom",
        "Jan",
        "Pedro",
        "Juan",
        "Carlos",
        "Ivan",
        "Dmitry",
        "Sergei",
        "Oleh",
        "Volodymyr",
        "Alexander",
        "Joe",
        "Adam",
    ];
    if FEMALE.contains(&name) {
        Gender::Female
    } else if MALE.contains(&name) {
        Gender::Male
    } else {
        Gender::Unknown
    }
}
