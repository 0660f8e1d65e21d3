//! The protest triggers of `data/protest_triggers.tsv`: token patterns
//! (`crate::patterns`) indexed by the words their first element accepts, so
//! the text is read once, each token looking up only the patterns that can
//! start there.
use super::words;
use crate::lexicon::FastMap;
use crate::model::ProtestForm;
use crate::patterns::{Pattern, Test};
use crate::text::{Doc, TokenKind};
use std::borrow::Cow;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormRule {
    Fixed(ProtestForm),
    /// Diplomatic when a state protests, a demonstration otherwise.
    ByProtester,
}

/// How the trigger relates to what is protested.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// "protested the decision": the object is the target.
    Verb,
    /// "marched", "went on strike": a verb without an object; a preposition
    /// introduces the target ("marched against the cuts").
    Act,
    /// "called for a withdrawal of X": a verb phrase; "of" or a preposition introduces the target.
    VerbOf,
    /// "protests against the plan": a preposition introduces the target.
    Noun,
    /// "condemnation of the raid": "of" introduces the target too.
    NounOf,
    /// "protesters": the protesting crowd itself.
    Agent,
}

pub struct Trigger {
    pub form: FormRule,
    pub role: Role,
    /// The look-alike rule this trigger must pass, by name.
    pub guard: Option<&'static str>,
    pattern: Pattern,
}

pub struct Triggers {
    triggers: Vec<Trigger>,
    /// A first word → the triggers it starts, by index in `starting`
    /// (a hash table type the crate has anyway, not one more in the wasm).
    by_first_word: FastMap<Cow<'static, str>, usize>,
    starting: Vec<Vec<usize>>,
}

impl Triggers {
    pub fn parse(source: &'static str) -> Triggers {
        let triggers: Vec<Trigger> = crate::lexicon::rows(source).map(parse_row).collect();
        let mut by_first_word = FastMap::default();
        let mut starting: Vec<Vec<usize>> = Vec::new();
        for (n, t) in triggers.iter().enumerate() {
            let Some(first) = t.pattern.first_words() else {
                crate::bad_data!("protest trigger {n}: the first element must be a required word");
            };
            for w in first {
                let k = *by_first_word.entry(Cow::Borrowed(*w)).or_insert_with(|| {
                    starting.push(Vec::new());
                    starting.len() - 1
                });
                starting[k].push(n);
            }
        }
        Triggers {
            triggers,
            by_first_word,
            starting,
        }
    }

    /// The guard names the triggers use, for checking the data.
    #[cfg(test)]
    pub fn guards(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.triggers.iter().filter_map(|t| t.guard)
    }

    /// The longest trigger match starting at token `i`: (trigger, end token).
    pub fn longest_at(&self, doc: &Doc, i: usize) -> Option<(&Trigger, usize)> {
        if doc.tokens[i].kind != TokenKind::Word {
            return None;
        }
        let k =
            crate::lexicon::with_lowercase(doc.word(i), |w| self.by_first_word.get(w).copied())?;
        let candidates = self.starting.get(k)?;
        candidates
            .iter()
            .filter_map(|&n| {
                let t = &self.triggers[n];
                t.pattern
                    .match_right(doc, i, 0..doc.tokens.len())
                    .map(|m| (t, m.tokens.end))
            })
            .max_by_key(|&(_, end)| end)
    }
}

fn parse_row(row: Vec<&'static str>) -> Trigger {
    if row.len() != 3 && row.len() != 4 {
        crate::bad_data!(
            "protest_triggers.tsv: want form, pattern, role[, guard]: {}",
            row.join(" | ")
        );
    }
    let form = match row[0] {
        "diplomatic" => FormRule::Fixed(ProtestForm::Diplomatic),
        "condemnation" => FormRule::Fixed(ProtestForm::Condemnation),
        "demonstration" => FormRule::Fixed(ProtestForm::Demonstration),
        "by-protester" => FormRule::ByProtester,
        other => crate::bad_data!("protest_triggers.tsv: unknown form \"{other}\""),
    };
    let role = match row[2] {
        "verb" => Role::Verb,
        "verb-of" => Role::VerbOf,
        "act" => Role::Act,
        "noun" => Role::Noun,
        "noun-of" => Role::NounOf,
        "agent" => Role::Agent,
        other => crate::bad_data!("protest_triggers.tsv: unknown role \"{other}\""),
    };
    Trigger {
        form,
        role,
        guard: row.get(3).copied(),
        pattern: Pattern::parse(row[1], &vocabulary),
    }
}

/// The names of trigger patterns: `<modifier>` (a test in Rust) and the
/// classes of `data/protest_words.tsv`.
fn vocabulary(name: &str) -> Option<Test> {
    if name == "modifier" {
        return Some(Test::Rust(is_modifier));
    }
    words::named(name).map(Test::Class)
}

/// A modifier word, a number, or a piece of a hyphenated compound ("one-day", "24-hour").
pub fn is_modifier(doc: &Doc, j: usize) -> bool {
    let t = &doc.tokens[j];
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Word => {
            doc.has(j, words::MOD)
                || (j > 0 && !t.space_before && doc.word(j - 1) == "-")
                || (j + 1 < doc.tokens.len()
                    && !doc.tokens[j + 1].space_before
                    && doc.word(j + 1) == "-")
        }
        TokenKind::Punct => {
            doc.word(j) == "-"
                && !t.space_before
                && j + 1 < doc.tokens.len()
                && !doc.tokens[j + 1].space_before
        }
        TokenKind::Quote => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matched(pattern: &'static str, text: &str) -> Option<String> {
        let source: &'static str =
            Box::leak(format!("demonstration\t{pattern}\tnoun\n").into_boxed_str());
        let triggers = Triggers::parse(source);
        let doc = Doc::new(text);
        (0..doc.tokens.len()).find_map(|i| {
            triggers
                .longest_at(&doc, i)
                .map(|(_, end)| doc.span_of(i..end).slice(text).to_string())
        })
    }

    #[test]
    fn modifier_slot_takes_hyphenated_compounds_and_numbers() {
        assert_eq!(
            matched(
                "staged <det>? <modifier>{0,5} strike",
                "Unions staged a one-day general strike."
            ),
            Some("staged a one-day general strike".into())
        );
        assert_eq!(
            matched(
                "staged <det>? <modifier>{0,5} strike",
                "Unions staged a vote."
            ),
            None
        );
    }

    #[test]
    fn class_slot_takes_one_word_of_the_class() {
        assert_eq!(
            matched(
                "urged <any>{0,4} to <undo>",
                "Oslo urged Russia to free them."
            ),
            Some("urged Russia to free".into())
        );
        assert_eq!(
            matched("urged <any>{0,4} to <undo>", "Oslo urged Russia to join."),
            None
        );
    }

    #[test]
    #[should_panic(expected = "no class or test")]
    fn an_unknown_class_slot_is_refused() {
        matched("urged <no-such-class>", "urged");
    }

    #[test]
    fn the_longest_match_wins() {
        let triggers = Triggers::parse(
            "demonstration\tstrike\tnoun\ndemonstration\tstrike|strikes action\tnoun\n",
        );
        let doc = Doc::new("Strike action began.");
        let (_, end) = triggers.longest_at(&doc, 0).expect("a match");
        assert_eq!(doc.span_of(0..end).slice(doc.text), "Strike action");
        let doc = Doc::new("Strike began.");
        assert_eq!(triggers.longest_at(&doc, 0).map(|(_, end)| end), Some(1));
    }

    #[test]
    #[should_panic(expected = "first element")]
    fn a_pattern_must_start_with_a_word() {
        matched("<det>? strike", "a strike");
    }
}
