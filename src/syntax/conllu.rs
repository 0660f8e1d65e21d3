//! A reader for the CoNLL-U files of Universal Dependencies (train and
//! measure the tagger; nothing of it runs when annotating).
use super::Pos;

/// One token of a treebank sentence: its form, tag, head (0 for the root) and relation.
#[derive(Clone, Debug)]
pub struct Word {
    pub form: String,
    pub pos: Pos,
    pub head: usize,
    pub relation: String,
}

/// The sentences of a CoNLL-U text, each a list of its syntactic words
/// (multi-word token lines such as "2-3 don't" are skipped: their parts follow).
pub fn sentences(source: &str) -> Vec<Vec<Word>> {
    let mut all = Vec::new();
    let mut current = Vec::new();
    for line in source.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                all.push(std::mem::take(&mut current));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 8 || !cols[0].bytes().all(|b| b.is_ascii_digit()) {
            continue; // "2-3" multi-word tokens and "8.1" empty nodes
        }
        let Some(pos) = Pos::from_name(cols[3]) else {
            continue;
        };
        current.push(Word {
            form: cols[1].to_string(),
            pos,
            head: cols[6].parse().unwrap_or(0),
            relation: cols[7].to_string(),
        });
    }
    if !current.is_empty() {
        all.push(current);
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_words_and_skips_multiword_lines() {
        let text = "# text = I don't.\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n\
                    2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
                    2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n\
                    3\tn't\tnot\tPART\tRB\t_\t0\troot\t_\t_\n\n";
        let s = sentences(text);
        assert_eq!(s.len(), 1);
        let forms: Vec<&str> = s[0].iter().map(|w| w.form.as_str()).collect();
        assert_eq!(forms, ["I", "do", "n't"]);
        assert_eq!(s[0][1].pos, Pos::Aux);
        assert_eq!(s[0][0].head, 3);
        assert_eq!(s[0][0].relation, "nsubj");
    }
}
