//! The gazetteer: every surface form of every state (data/countries*.tsv),
//! compiled once into one Aho–Corasick automaton, and the scan that finds
//! candidate spans in one pass (whole words, case rules per entry).
use crate::lexicon;
use crate::lexicon::FastMap;
use crate::model::{slice, CountryForm, Span};
use crate::text::case;
use std::borrow::Cow;
use std::sync::LazyLock;

pub struct Entry {
    pub code: &'static str,
    /// `None` for a look-alike that is not a state ("South China Sea").
    pub form: Option<CountryForm>,
    pub surface: String,
    /// Only the exact case matches, even in all-caps text ("US", not "us").
    pub exact: bool,
    /// Also a person's name ("Chad Smith", "Michael Jordan").
    pub person: bool,
    /// Also a US state ("Georgia Democrat", "Washington state").
    pub us_state: bool,
}

pub struct Gazetteer {
    pub entries: Vec<Entry>,
    automaton: Automaton,
    /// Lower-cased surface → first entry with it (states only).
    by_surface: FastMap<Cow<'static, str>, usize>,
    /// Code → its common English name (the first `name` line of the code).
    names: FastMap<Cow<'static, str>, usize>,
}

const FILES: [&str; 4] = [
    crate::data_file!("countries.tsv"),
    crate::data_file!("countries_capitals.tsv"),
    crate::data_file!("countries_seats.tsv"),
    crate::data_file!("countries_not.tsv"),
];

/// A full DFA (`super::dfa`), the fastest scan: ~40% faster than aho-corasick's contiguous NFA
/// on the bench corpus and as fast as the crate's DFA natively, with ~0.4 MB of linear memory
/// (the crate's, 2.4 MB) and none of the crate's ~30 KB of wasm code. The tests hold it equal
/// to aho-corasick's leftmost-longest matches (a dev-dependency) on every surface.
type Automaton = super::dfa::Dfa;

pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut entries = Vec::new();
    for row in FILES.iter().flat_map(|f| lexicon::rows(f)) {
        let (code, form, surface) = (row[0], parse_form(row[1]), row[2]);
        // Flags are comma-separated words; compared whole, not searched for
        // (`str::contains` with a `str` links the two-way searcher, 1.3 KB).
        let flag = |name: &str| row.get(3).is_some_and(|f| f.split(',').any(|f| f == name));
        let (exact, person, us_state) = (flag("exact"), flag("person"), flag("usstate"));
        let entry = |surface: String| Entry {
            code,
            form,
            surface,
            exact,
            person,
            us_state,
        };
        // One line covers both apostrophes: "Côte d'Ivoire" and "Côte d’Ivoire".
        if surface.contains('\'') {
            entries.push(entry(surface.replace('\'', "\u{2019}")));
        }
        entries.push(entry(surface.to_string()));
    }
    let automaton = automaton(&entries);
    let mut by_surface = FastMap::default();
    let mut names = FastMap::default();
    for (i, e) in entries.iter().enumerate() {
        if e.form.is_some() {
            by_surface
                .entry(Cow::Owned(case::to_lowercase(&e.surface)))
                .or_insert(i);
        }
        if e.form == Some(CountryForm::Name) {
            names.entry(Cow::Borrowed(e.code)).or_insert(i);
        }
    }
    Gazetteer {
        entries,
        automaton,
        by_surface,
        names,
    }
});

/// The automaton of every surface: leftmost-longest, ASCII case ignored (`case_fits` checks it).
fn automaton(entries: &[Entry]) -> Automaton {
    super::dfa::Dfa::new(entries.iter().map(|e| e.surface.as_str()))
}

/// Every leftmost-longest match of a surface in `haystack`, left to right:
/// (start, end, entry).
fn leftmost_longest<'a>(
    automaton: &'a Automaton,
    haystack: &'a [u8],
) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
    automaton.find_iter(haystack)
}

fn parse_form(form: &str) -> Option<CountryForm> {
    match form {
        "name" => Some(CountryForm::Name),
        "demonym" => Some(CountryForm::Demonym),
        "capital" => Some(CountryForm::Capital),
        "seat" => Some(CountryForm::Seat),
        "none" => None,
        other => crate::bad_data!("countries*.tsv: unknown form \"{other}\""),
    }
}

/// A surface of the gazetteer found in the text, on word boundaries, in a
/// case its entry allows.
#[derive(Clone, Copy, Debug)]
pub struct Hit {
    pub span: Span,
    pub entry: usize,
}

impl Gazetteer {
    /// Every hit in `text`, left to right, the longest at each place; hits of
    /// look-alikes (form `none`) are included so the caller can skip them.
    pub fn scan(&self, text: &str) -> Vec<Hit> {
        let haystack = spaces_for_breaks(text);
        leftmost_longest(&self.automaton, haystack.as_ref())
            .filter_map(|(start, end, i)| {
                let span = Span::new(start, end);
                let entry = &self.entries[i];
                let fits = on_word_boundaries(text, span)
                    && (entry.form.is_none() || case_fits(entry, span.slice(text)));
                fits.then_some(Hit { span, entry: i })
            })
            .collect()
    }

    /// The entry whose surface is `phrase` as a whole, ignoring case.
    pub fn lookup(&self, phrase: &str) -> Option<&Entry> {
        // Short ASCII phrases (nearly every call: single words) are lower-cased on the
        // stack; for ASCII, that is what `to_lowercase` gives.
        let mut buf = [0u8; 64];
        let i = match buf.get_mut(..phrase.len()) {
            Some(lower) if phrase.is_ascii() => {
                lower.copy_from_slice(phrase.as_bytes());
                lower.make_ascii_lowercase();
                *self.by_surface.get(std::str::from_utf8(lower).ok()?)?
            }
            _ => *self.by_surface.get(case::to_lowercase(phrase).as_str())?,
        };
        Some(&self.entries[i])
    }

    /// The gazetteer is static, so its surfaces live as long as the program.
    pub fn name_of(&'static self, code: &str) -> Option<&'static str> {
        let i = *self.names.get(code)?;
        Some(&self.entries[i].surface)
    }
}

/// The text with line breaks and tabs as plain spaces (same length), so that
/// "South\nAfrica" matches "South Africa". Borrowed when there are none.
fn spaces_for_breaks(text: &str) -> Cow<'_, [u8]> {
    let bytes = text.as_bytes();
    if !bytes.iter().any(|&b| matches!(b, b'\n' | b'\r' | b'\t')) {
        return Cow::Borrowed(bytes);
    }
    Cow::Owned(
        bytes
            .iter()
            .map(|&b| {
                if matches!(b, b'\n' | b'\r' | b'\t') {
                    b' '
                } else {
                    b
                }
            })
            .collect(),
    )
}

/// No letter or digit touches the span on either side ("Indiana" is not
/// India); a surface ending in a full stop ("U.S.") may touch anything.
fn on_word_boundaries(text: &str, span: Span) -> bool {
    let before = slice(text, ..span.start).chars().next_back();
    let after = slice(text, span.end..).chars().next();
    let is_word = |c: char| c.is_alphanumeric();
    !before.is_some_and(is_word)
        && (!after.is_some_and(is_word) || slice(text, ..span.end).ends_with('.'))
}

/// The found text is the surface as written, or (unless the entry is exact)
/// the surface in capitals ("JAPAN SAYS"); a line break in the text stands for the surface's space.
fn case_fits(entry: &Entry, found: &str) -> bool {
    let found = || {
        found
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
    };
    entry.surface.chars().eq(found())
        || (!entry.exact && entry.surface.chars().flat_map(capitals).eq(found()))
}

// `NON_ASCII_CAPITALS`, made by build.rs.
include!(concat!(env!("OUT_DIR"), "/capitals.rs"));

/// A character of a surface in capitals, as `char::to_uppercase` gives it:
/// ASCII by hand, the rest from the table build.rs makes of every character
/// the gazetteer's files use (the wasm then carries no Unicode case table
/// for it, 4.8 KB gzipped).
fn capitals(c: char) -> impl Iterator<Item = char> {
    let listed = NON_ASCII_CAPITALS.iter().find(|&&(k, _)| k == c);
    // Any other character stays as it is (the files use none).
    let single = match listed {
        Some(_) => None,
        None => Some(c.to_ascii_uppercase()),
    };
    single
        .into_iter()
        .chain(listed.map_or("", |&(_, upper)| upper).chars())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, &'static str)> {
        let g = &*GAZETTEER;
        g.scan(text)
            .into_iter()
            .filter(|h| g.entries[h.entry].form.is_some())
            .map(|h| (h.span.slice(text), g.entries[h.entry].code))
            .collect()
    }

    /// The 193 UN members, the observers and Taiwan and Kosovo, and the
    /// historic states of the spec: each has a name.
    #[test]
    fn every_state_has_a_name() {
        let states =
            "AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG \
            BF BI CV KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER \
            EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM \
            JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC \
            MN ME MA MZ MM NA NR NP NL NZ NI NE NG KP MK NO OM PK PW PA PG PY PE PH PL PT QA KR RO \
            RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ \
            TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW \
            VA PS TW XK SU YU CS DD ZR";
        let missing: Vec<&str> = states
            .split_whitespace()
            .filter(|code| GAZETTEER.name_of(code).is_none())
            .collect();
        assert_eq!(states.split_whitespace().count(), 193 + 4 + 5);
        assert!(missing.is_empty(), "no name for {missing:?}");
        let unknown: Vec<&str> = GAZETTEER
            .entries
            .iter()
            .filter(|e| e.form.is_some() && !states.split_whitespace().any(|s| s == e.code))
            .map(|e| e.surface.as_str())
            .collect();
        assert!(unknown.is_empty(), "unknown codes for {unknown:?}");
    }

    /// aho-corasick's leftmost-longest matches, ASCII case ignored: what our DFA must find.
    fn reference(haystack: &[u8]) -> Vec<(usize, usize, usize)> {
        use aho_corasick::{automaton::Automaton as _, Input, MatchKind};
        let reference = aho_corasick::dfa::Builder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(GAZETTEER.entries.iter().map(|e| &e.surface))
            .expect("the gazetteer compiles");
        let found = reference
            .try_find_iter(Input::new(haystack))
            .expect("a leftmost-longest automaton searches any text");
        found
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    /// Our DFA finds what aho-corasick's finds.
    #[test]
    fn the_automaton_finds_what_aho_corasick_finds() {
        let entries = &GAZETTEER.entries;
        let mut text = String::new();
        for (n, e) in entries.iter().enumerate() {
            let sep = [" ", "\n", "x", "-", "'s ", ". "][n % 6];
            match n % 3 {
                0 => text.push_str(&e.surface),
                1 => text.push_str(&e.surface.to_uppercase()),
                _ => text.extend(e.surface.chars().take(e.surface.chars().count() / 2)),
            }
            text.push_str(sep);
        }
        // Every surface once more, glued to the next one, in reverse order.
        for e in entries.iter().rev() {
            text.push_str(&e.surface.to_ascii_lowercase());
        }
        let theirs = reference(text.as_bytes());
        assert!(theirs.len() > entries.len());
        let ours: Vec<_> = leftmost_longest(&GAZETTEER.automaton, text.as_bytes()).collect();
        assert_eq!(ours, theirs);
        // Surfaces that are equal but for ASCII case: the first one is found.
        let equal = entries.iter().enumerate().any(|(i, e)| {
            entries[..i]
                .iter()
                .any(|d| d.surface.eq_ignore_ascii_case(&e.surface))
        });
        assert!(equal, "the test covers equal surfaces");
    }

    proptest::proptest! {
        /// Texts glued from pieces of surfaces (whole, cut, in capitals) and
        /// separators: our DFA finds what aho-corasick's finds.
        #[test]
        fn both_automata_agree_on_pieces_of_surfaces(
            picks in proptest::collection::vec((0usize..100_000, 0usize..6, 0usize..8), 0..40)
        ) {
            let entries = &GAZETTEER.entries;
            let mut text = String::new();
            for (pick, shape, sep) in picks {
                let s = &entries[pick % entries.len()].surface;
                let cut: String = s.chars().skip(shape % 2).take(s.chars().count() - shape / 3).collect();
                match shape {
                    0 | 1 => text.push_str(s),
                    2 => text.push_str(&s.to_uppercase()),
                    _ => text.push_str(&cut),
                }
                text.push_str([" ", "", "\n", "x", "-", "’s ", ". ", "é"][sep]);
            }
            let ours: Vec<_> = leftmost_longest(&GAZETTEER.automaton, text.as_bytes()).collect();
            proptest::prop_assert_eq!(ours, reference(text.as_bytes()));
        }
    }

    #[test]
    fn surfaces_in_capitals_are_what_the_standard_library_writes() {
        for e in &GAZETTEER.entries {
            let ours: String = e.surface.chars().flat_map(capitals).collect();
            assert_eq!(ours, e.surface.to_uppercase(), "{:?}", e.surface);
        }
        assert!(GAZETTEER.entries.iter().any(|e| !e.surface.is_ascii()));
        assert_eq!(capitals('ß').collect::<String>(), "ß", "not in the files");
    }

    #[test]
    fn the_longest_surface_wins() {
        assert_eq!(
            found("Papua New Guinea, Equatorial Guinea and the Democratic Republic of Congo"),
            [
                ("Papua New Guinea", "PG"),
                ("Equatorial Guinea", "GQ"),
                ("Democratic Republic of Congo", "CD")
            ]
        );
        assert_eq!(found("South Koreans"), [("South Koreans", "KR")]);
    }

    #[test]
    fn words_inside_other_words_are_not_hits() {
        assert!(found("Indiana, Omaha, Chinatown, Romanesque").is_empty());
    }

    #[test]
    fn case_must_match_or_be_all_capitals() {
        assert_eq!(found("a roast turkey on china plates"), []);
        assert_eq!(
            found("JAPAN SAYS, Turkey says"),
            [("JAPAN", "JP"), ("Turkey", "TR")]
        );
        assert_eq!(found("let us go, US says"), [("US", "US")]);
    }

    #[test]
    fn curly_apostrophes_and_line_breaks_match() {
        assert_eq!(found("Japan’s envoy"), [("Japan", "JP")]);
        assert_eq!(found("Côte d’Ivoire"), [("Côte d’Ivoire", "CI")]);
        assert_eq!(found("in South\nAfrica"), [("South\nAfrica", "ZA")]);
    }

    #[test]
    fn hyphenated_compounds_hold_their_states() {
        assert_eq!(
            found("the Iran-contra affair, a U.S.-bound ship, a Polish-born pianist"),
            [("Iran", "IR"), ("U.S.", "US"), ("Polish", "PL")]
        );
        assert_eq!(found("Sino-Japanese"), [("Sino", "CN"), ("Japanese", "JP")]);
    }

    #[test]
    fn look_alikes_hide_the_state_inside() {
        assert_eq!(
            found("the South China Sea, the Gulf of Mexico, New Mexico"),
            []
        );
        assert_eq!(found("the Korean peninsula and the Indian Ocean"), []);
        assert_eq!(found("French fries, Peking duck and a Danish pastry"), []);
        assert_eq!(
            found("Chinese Taipei beat China"),
            [("Chinese Taipei", "TW"), ("China", "CN")]
        );
    }

    #[test]
    fn abbreviations_and_old_names() {
        assert_eq!(
            found("U.S.A., UK, UAE, DPRK, Burma, Holland, Türkiye, Swaziland, Czechia"),
            [
                ("U.S.A.", "US"),
                ("UK", "GB"),
                ("UAE", "AE"),
                ("DPRK", "KP"),
                ("Burma", "MM"),
                ("Holland", "NL"),
                ("Türkiye", "TR"),
                ("Swaziland", "SZ"),
                ("Czechia", "CZ")
            ]
        );
    }
}
