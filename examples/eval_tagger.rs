//! Measures the shipped part-of-speech tagger on UD treebanks (UPOS accuracy):
//!
//!     cargo run --release --example eval_tagger -- \
//!         ../shared/data/ud/en_ewt-ud-test.conllu ../shared/data/ud/gum-news-devtest.conllu
//!
//! With MODEL=path, measures that model file instead of the compiled-in one;
//! CHECK=1 also tags each sentence feature by feature and stops if the
//! summed-ahead tables disagree; SLOW=1 tags feature by feature only;
//! SHOW=PROPN-NOUN prints each word tagged NOUN whose gold tag is PROPN, with its sentence.
use newsmark::syntax::tagger::{self, Model, Sentence};
use newsmark::syntax::{conllu, Pos};
use std::collections::HashMap;

fn main() {
    let own;
    let model: &Model = match std::env::var("MODEL") {
        Ok(path) => {
            own = Model::parse(&std::fs::read_to_string(path).expect("readable model"));
            &own
        }
        Err(_) => tagger::model(),
    };
    // (Tuning knobs, read once: tag feature by feature; check both ways agree.)
    let (slow, check) = (
        std::env::var("SLOW").is_ok(),
        std::env::var("CHECK").is_ok(),
    );
    for path in std::env::args().skip(1) {
        let source = std::fs::read_to_string(&path).expect("readable CoNLL-U file");
        let (mut right, mut all) = (0usize, 0usize);
        // Words the lexicon lacks: how many, how many tagged right.
        let mut unknown = (0usize, 0usize);
        let mut confusions: HashMap<(Pos, Pos), usize> = HashMap::new();
        let mut sentence = Sentence::default();
        let mut tags = Vec::new();
        let sentences = conllu::sentences(&source);
        let (mut filling, mut tagging) = (std::time::Duration::ZERO, std::time::Duration::ZERO);
        for words in &sentences {
            let t = std::time::Instant::now();
            sentence.fill(words.iter().map(|w| w.form.as_str()), &model.lexicon);
            filling += t.elapsed();
            let t = std::time::Instant::now();
            tags.clear();
            model.tag(&mut sentence, &mut tags);
            tagging += t.elapsed();
        }
        for words in sentences {
            sentence.fill(words.iter().map(|w| w.form.as_str()), &model.lexicon);
            tags.clear();
            if slow {
                model.tag_by_features(&sentence, &mut tags);
            } else {
                model.tag(&mut sentence, &mut tags);
            }
            if check {
                let mut slow = Vec::new();
                model.tag_by_features(&sentence, &mut slow);
                assert_eq!(tags, slow, "the tables and the features disagree");
            }
            for (i, (w, t)) in words.iter().zip(&tags).enumerate() {
                all += 1;
                let known = sentence.is_known(i);
                unknown.0 += usize::from(!known);
                unknown.1 += usize::from(!known && w.pos == *t);
                if w.pos == *t {
                    right += 1;
                } else {
                    if std::env::var("SHOW")
                        .is_ok_and(|v| v == format!("{}-{}", w.pos.name(), t.name()))
                    {
                        let line: Vec<&str> = words.iter().map(|x| x.form.as_str()).collect();
                        eprintln!("{}: {}", w.form, line.join(" "));
                    }
                    *confusions.entry((w.pos, *t)).or_default() += 1;
                }
            }
        }
        let mut worst: Vec<_> = confusions.into_iter().collect();
        worst.sort_by_key(|w| std::cmp::Reverse(w.1));
        let worst: Vec<String> = worst
            .iter()
            .take(6)
            .map(|((g, t), n)| format!("{}->{} {n}", g.name(), t.name()))
            .collect();
        println!(
            "{path}: {:.2}% of {all} words (unknown words: {:.1}% of them, {:.2}% right; reading {:.1} ms, tagging {:.1} ms); most confused (gold->tagged): {}",
            100.0 * right as f64 / all as f64,
            100.0 * unknown.0 as f64 / all as f64,
            100.0 * unknown.1 as f64 / unknown.0.max(1) as f64,
            filling.as_secs_f64() * 1e3,
            tagging.as_secs_f64() * 1e3,
            worst.join(", ")
        );
    }
}
