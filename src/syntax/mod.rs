//! The shallow syntax layer: part-of-speech tags for every token, computed
//! once per document beside the tokens (`Doc::pos`).
//!
//! The tagger is an averaged perceptron trained on UD English EWT
//! (`cargo run --release --example train_tagger`, CC BY-SA 4.0: see
//! docs/syntax.md) and compiled in from `data/pos_tagger.txt`.
pub mod chunks;
pub mod conllu;
pub mod tagger;

/// A Universal Dependencies part-of-speech tag (UPOS).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Pos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

impl Pos {
    /// Every tag, in the order of their indices.
    pub const ALL: [Pos; 17] = [
        Pos::Adj,
        Pos::Adp,
        Pos::Adv,
        Pos::Aux,
        Pos::Cconj,
        Pos::Det,
        Pos::Intj,
        Pos::Noun,
        Pos::Num,
        Pos::Part,
        Pos::Pron,
        Pos::Propn,
        Pos::Punct,
        Pos::Sconj,
        Pos::Sym,
        Pos::Verb,
        Pos::X,
    ];

    /// The tag's UD name ("NOUN").
    pub fn name(self) -> &'static str {
        [
            "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
            "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
        ][self as usize]
    }

    /// The tag named `name` in UD ("NOUN"); `None` for anything else.
    pub fn from_name(name: &str) -> Option<Pos> {
        Pos::ALL.into_iter().find(|p| p.name() == name)
    }

    /// A noun, a proper noun or a pronoun: what heads a noun phrase.
    pub fn is_nominal(self) -> bool {
        matches!(self, Pos::Noun | Pos::Propn | Pos::Pron)
    }
}

#[cfg(test)]
mod tests {
    use super::Pos;
    use crate::text::Doc;

    fn tagged(text: &str) -> Vec<(String, Pos)> {
        let doc = Doc::new(text);
        (0..doc.tokens.len())
            .map(|i| (doc.word(i).to_string(), doc.pos(i)))
            .collect()
    }

    fn tag_of(text: &str, word: &str) -> Pos {
        tagged(text)
            .into_iter()
            .find(|(w, _)| w == word)
            .map(|(_, p)| p)
            .expect("the word is a token")
    }

    #[test]
    fn tags_the_cores_own_tokens_quotes_clitics_and_possessives() {
        let text = "\u{201c}We don\u{2019}t agree,\u{201d} Berg\u{2019}s aide said on Monday.";
        assert_eq!(tag_of(text, "\u{201c}"), Pos::Punct);
        assert_eq!(tag_of(text, "don\u{2019}t"), Pos::Aux);
        assert_eq!(tag_of(text, "Berg"), Pos::Propn);
        assert_eq!(tag_of(text, "\u{2019}s"), Pos::Part);
        assert_eq!(tag_of(text, "aide"), Pos::Noun);
        assert_eq!(tag_of(text, "said"), Pos::Verb);
        assert_eq!(tag_of(text, "Monday"), Pos::Propn);
    }

    #[test]
    fn every_token_has_a_tag_and_sentences_start_afresh() {
        let text = "Prices rose. Officials said the union wrote to the chair.\n\nIt did.";
        let doc = Doc::new(text);
        let tagged = |doc: &Doc| doc.pos.borrow().tags.iter().flatten().count();
        assert_eq!(tagged(&doc), 0, "tags wait for the first question");
        assert_eq!(doc.pos(4), Pos::Verb, "\"said\"");
        assert_eq!(tagged(&doc), 9, "only the sentence asked about is tagged");
        assert_eq!(tag_of(text, "Officials"), Pos::Noun);
        assert_eq!(tag_of(text, "wrote"), Pos::Verb);
        assert_eq!(doc.pos(doc.tokens.len()), Pos::X);
        let all: Vec<Pos> = (0..doc.tokens.len()).map(|i| doc.pos(i)).collect();
        let at_once = crate::text::tag_sentences(text, &doc.tokens, &doc.sentences);
        assert_eq!(all, at_once, "tagged on demand or at once, the same tags");
    }
}
