//! Territorial claims: "territorial claims to the islets", "lays claim to".
use crate::mentions::{ClaimMention, CountryMention};
use crate::text::Doc;

pub fn find(_doc: &Doc, _countries: &[CountryMention]) -> Vec<ClaimMention> {
    Vec::new()
}
