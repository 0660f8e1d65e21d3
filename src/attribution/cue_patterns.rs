//! The fixed-word cue shapes of the attribution rules, as token patterns
//! (`crate::patterns`, parsed once): "according to", "make it clear", "went
//! on to", "as X put it", "having said that,". The speaker phrases around
//! them and where a claim ends are no patterns: they stay in Rust, in
//! `speakers` and `clauses`.
use crate::patterns::{Pattern, Test};
use crate::text::Doc;
use std::ops::Range;
use std::sync::LazyLock;

/// A pattern whose `<names>` are the attribution word classes.
fn pattern(source: &'static str) -> Pattern {
    Pattern::parse(source, &|name| super::words::tagged(name).map(Test::Class))
}

/// A pattern, parsed at first use.
pub(super) struct Shape(LazyLock<Pattern>);

macro_rules! shape {
    ($source:literal) => {
        Shape(LazyLock::new(|| pattern($source)))
    };
}

impl Shape {
    /// The tokens of the match that starts at `at` (unbounded but by the text).
    pub(super) fn right(&self, doc: &Doc, at: usize) -> Option<Range<usize>> {
        self.0
            .match_right(doc, at, 0..doc.tokens.len())
            .map(|m| m.tokens)
    }

    /// The tokens of the match that ends just before `at`, from `floor` on.
    pub(super) fn left(&self, doc: &Doc, at: usize, floor: usize) -> Option<Range<usize>> {
        self.0
            .match_left(doc, at, floor..doc.tokens.len())
            .map(|m| m.tokens)
    }
}

/// "according to".
pub(super) static ACCORDING_TO: Shape = shape!("according to");
/// "make it clear", "made it clear".
pub(super) static MAKE_IT_CLEAR: Shape = shape!("<make> it clear");
/// "went on to (say)", "going on to", "goes on to".
pub(super) static GO_ON_TO: Shape = shape!("<go> on to");
/// "continued to (say)", "continues to insist": the saying goes on.
pub(super) static CONTINUE_TO: Shape = shape!("continue|continues|continued|continuing to");
/// "in order to": a purpose adjunct, no infinitive inside a subject
/// (`purpose-to`).
pub(super) static IN_ORDER_TO: Shape = shape!("in order to");
/// "(were) more likely to (say)": a poll's comparison of what people said
/// (`more-likely-to`; "is likely to say" has not taken place).
pub(super) static MORE_LIKELY_TO: Shape = shape!("more|less likely to");
/// "quick to (add)", "careful to (note)": the act took place (`act-adjective`).
pub(super) static ACT_ADJECTIVE_TO: Shape = shape!("<act-adjective> to");
/// "going on to": a participial cue opens with it (", going on to say").
pub(super) static GOING_ON_TO: Shape = shape!("going on to");
/// "quoted as (saying)": `Holm is quoted as saying` (`quoted-as-saying`).
pub(super) static QUOTED_AS: Shape = shape!("quoted as");
/// "put it" of "as X put it".
pub(super) static PUT_IT: Shape = shape!("put|puts it");
/// "put it" not followed by a particle ("as the storm put it out" is another verb).
pub(super) static PUT_IT_ALONE: Shape = shape!("put|puts it !<put-it-particle>");
/// "compared with", "compared to": the writer's comparison of one poll share
/// with another (`share-comparison`).
pub(super) static COMPARED_WITH: Shape = shape!("compared with|to");
/// "though", "although", "even though": a concession after a spaced dash
/// (`dash-concession`).
pub(super) static CONCESSION: Shape = shape!("even? though|although");
/// A bound before a count ("at least 20 boats sank", `count-subject`).
pub(super) static COUNT_BOUNDS: [Shape; 3] = [
    shape!("at least|most"),
    shape!("more|fewer|less than"),
    shape!("up to"),
];
/// "Having said that, ...": a turn of phrase, not an attribution.
pub(super) static HAVING_SAID_THAT: Shape = shape!("having <token> <having-said-object> ,");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shape_parses_and_matches_what_it_names() {
        let doc = Doc::new("According to Lund, having said that, she made it clear and went on to say so; as Berg put it.");
        let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).unwrap();
        assert_eq!(ACCORDING_TO.right(&doc, 0), Some(0..2));
        assert_eq!(HAVING_SAID_THAT.right(&doc, at("having")), Some(4..8));
        assert_eq!(MAKE_IT_CLEAR.right(&doc, at("made")), Some(9..12));
        assert_eq!(GO_ON_TO.left(&doc, at("say"), 0), Some(13..16));
        assert_eq!(
            GO_ON_TO.left(&doc, at("say"), 14),
            None,
            "\"went\" is below the floor"
        );
        assert_eq!(GOING_ON_TO.right(&doc, at("went")), None);
        assert_eq!(PUT_IT.right(&doc, at("put")), Some(21..23));
        assert_eq!(PUT_IT_ALONE.right(&doc, at("put")), Some(21..23));
        let count = Doc::new("at most 20, more than 30, up to 40");
        let bound = |at: usize| COUNT_BOUNDS.iter().find_map(|b| b.right(&count, at));
        assert_eq!(
            (bound(0), bound(4), bound(8)),
            (Some(0..2), Some(4..6), Some(8..10))
        );
        assert_eq!(bound(2), None);
        let out = Doc::new("as the storm put it out");
        assert_eq!(PUT_IT_ALONE.right(&out, 3), None);
        assert_eq!(PUT_IT.right(&out, 3), Some(3..5));
    }
}
