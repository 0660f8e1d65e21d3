//! Territorial claims as a user sees them: claim annotations with mode
//! "territorial" whose `speaker` is the claimant's country annotation.
use newsmark::{annotate, Annotations, ClaimMode, Fields};

/// (claim text, claimant text) of each territorial claim.
fn territorial(a: &Annotations) -> Vec<(String, Option<String>)> {
    a.annotations
        .iter()
        .filter_map(|x| match &x.fields {
            Fields::Claim {
                mode: ClaimMode::Territorial,
                speaker,
                ..
            } => {
                let claimant = speaker.as_ref().map(|id| {
                    let c = a
                        .annotations
                        .iter()
                        .find(|y| &y.id == id)
                        .expect("id exists");
                    assert_eq!(c.kind(), "country");
                    c.text.clone()
                });
                Some((x.text.clone(), claimant))
            }
            _ => None,
        })
        .collect()
}

const REEF_DISPUTE: &str = "\
China and Japan spar over shoal

TOKYO, June 4 - Japan on Monday protested China's fresh territorial claims to the shoal in the strait, a government spokesman said.

The spokesman said Japan firmly rejects China's unjust sovereignty claims over the shoal, made again in a budget speech, and asked that they be dropped.

He said China's unjust claims would not alter the map, adding that Beijing should see that repeated unjust claims over the shoal would harm trade.
";

#[test]
fn claims_and_their_claimants() {
    let a = annotate(REEF_DISPUTE);
    assert_eq!(
        territorial(&a),
        [
            (
                "territorial claims to the shoal".to_string(),
                Some("China".to_string())
            ),
            (
                "unjust sovereignty claims over the shoal".to_string(),
                Some("China".to_string())
            ),
            ("unjust claims".to_string(), Some("China".to_string())),
            (
                "unjust claims over the shoal".to_string(),
                Some("Beijing".to_string())
            ),
        ]
    );
}

#[test]
fn a_protest_targets_the_claim() {
    let a = annotate(REEF_DISPUTE);
    let protest = a
        .annotations
        .iter()
        .find(|x| x.text == "protested")
        .expect("the protest");
    let Fields::Protest {
        target, against, ..
    } = &protest.fields
    else {
        panic!("not a protest")
    };
    assert_eq!(
        target.as_ref().map(|t| t.text.as_str()),
        Some("China's fresh territorial claims to the shoal in the strait")
    );
    assert_eq!(against.as_deref(), Some("CN"));
}

#[test]
fn no_territorial_claim_without_territory() {
    let a = annotate("Insurers rejected the claims. Russia's claim to be neutral was doubted. He claims the island is French.");
    assert!(territorial(&a).is_empty());
}

#[test]
fn laying_claim_and_sovereignty_rights() {
    let a = annotate(
        "Canada lays claim to the Arctic seabed. Russia asserts sovereignty rights to the ridge.",
    );
    assert_eq!(
        territorial(&a),
        [
            (
                "lays claim to the Arctic seabed".to_string(),
                Some("Canada".to_string())
            ),
            (
                "sovereignty rights to the ridge".to_string(),
                Some("Russia".to_string())
            ),
        ]
    );
}
