//! docs/decisions.md is ordered by rule: `newsmark --explain` prints a rule's
//! name, and the section with that heading says what the rule marks and why.
//! This keeps the two in step: every attribution rule has its section, and
//! every section under "Attribution rules" names a rule that exists.
use newsmark::attribution::Rule;

const DECISIONS: &str = include_str!("../docs/decisions.md");

/// The `### ` headings between "## Attribution rules" and the next `## `.
fn attribution_rule_headings() -> Vec<&'static str> {
    let mut inside = false;
    let mut headings = Vec::new();
    for line in DECISIONS.lines() {
        if let Some(title) = line.strip_prefix("## ") {
            inside = title == "Attribution rules";
        } else if let Some(title) = line.strip_prefix("### ").filter(|_| inside) {
            headings.push(title.trim());
        }
    }
    headings
}

/// Group headings inside the section (not rule names).
const GROUPS: [&str; 3] = [
    "Direct quotes",
    "Reported speech",
    "Quoted words of the subject",
];

#[test]
fn every_attribution_rule_has_its_section() {
    let headings = attribution_rule_headings();
    let missing: Vec<&str> = Rule::ALL
        .iter()
        .map(|r| r.name())
        .filter(|name| !headings.contains(name))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/decisions.md has no \"### <name>\" section under \"## Attribution rules\" for: {missing:?}"
    );
}

#[test]
fn every_rule_section_names_a_rule() {
    let names: Vec<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
    let stale: Vec<&str> = attribution_rule_headings()
        .into_iter()
        .filter(|h| !names.contains(h) && !GROUPS.contains(h))
        .collect();
    assert!(
        stale.is_empty(),
        "docs/decisions.md has sections for rules that do not exist (renamed?): {stale:?}"
    );
}
