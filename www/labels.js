// What the page says about an annotation: names, flags, one-line descriptions, entity keys.
// Pure functions of the core's JSON (no DOM), so the exports and the panels say the same thing.
// No language logic: country names come from the browser's Intl data (no flag emoji: boxes
// without an emoji font).

export const KINDS = ['speaker', 'country', 'claim', 'protest'];

const FORM = { name: 'by its name', demonym: 'by its adjective', capital: 'by its capital', seat: 'by its seat of government' };
const MODE = { direct: 'direct quote', reported: 'reported speech', territorial: 'territorial claim' };
const PROTEST = { diplomatic: 'diplomatic protest', condemnation: 'condemnation', demonstration: 'demonstration' };
const plain = (words, key) => words[key] || key;

// Made at the first name asked for, not when the module loads: building it loads the
// browser's locale data, 20-60 ms of the page's start-up on a busy machine.
let regionNames;
const regions = () => {
  if (regionNames === undefined) {
    regionNames = typeof Intl !== 'undefined' && Intl.DisplayNames
      ? new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' })
      : null;
  }
  return regionNames;
};
// Historic codes the spec uses (ISO 3166-3); Intl has no names for them.
const HISTORIC = { SU: 'Soviet Union', YU: 'Yugoslavia', CS: 'Czechoslovakia', DD: 'East Germany', ZR: 'Zaire' };

const nameCache = new Map(); // Intl lookups are slow enough to show on 100,000 marks

export function countryName(code) {
  if (!code) return '';
  if (HISTORIC[code]) return HISTORIC[code];
  if (!nameCache.has(code)) {
    let name = code;
    try { name = regions() ? regions().of(code) : code; } catch { /* not a region code */ }
    nameCache.set(code, name);
  }
  return nameCache.get(code);
}

export function clip(s, n = 160) {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

// An index of one result: annotations by id, and for each annotation the key of the entity it
// belongs to (a speaker's entity, a country's code) or is owned by (a claim's speaker, a
// protest's protester). Selecting an annotation highlights everything with the same key.
// A generator, so that the page can build the index of a huge result in slices (it yields
// after every `slice` annotations); indexAnnotations builds it at once.
export function indexAnnotations(annotations) {
  const steps = buildIndex(annotations);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export function* buildIndex(annotations, slice = Infinity) {
  const byId = new Map();
  let n = 0;
  for (const a of annotations) {
    byId.set(a.id, a);
    if (++n % slice === 0) yield;
  }
  const mentionKey = (a) => {
    if (!a) return null;
    if (a.kind === 'speaker') return `speaker:${a.entity || a.id}`;
    if (a.kind === 'country') return `country:${a.code}`;
    return null;
  };
  const keyOf = new Map();
  const members = new Map(); // key -> ids, in text order
  const hueOf = new Map(); // speaker key -> 0..11 (style.css), in order of first appearance
  for (const a of annotations) {
    let key = mentionKey(a);
    if (a.kind === 'claim') key = mentionKey(byId.get(a.speaker)) || `claim:${a.id}`;
    else if (a.kind === 'protest') key = mentionKey(byId.get(a.protester)) || `protest:${a.id}`;
    keyOf.set(a.id, key);
    if (!members.has(key)) members.set(key, []);
    members.get(key).push(a.id);
    if (a.kind === 'speaker' && !hueOf.has(key)) hueOf.set(key, hueOf.size % 12);
    if (++n % slice === 0) yield;
  }
  const hue = (a) => hueOf.get(keyOf.get(a.id));
  // The display name of each speaker entity, for mentions that are only "he" or "the ministry".
  const names = new Map();
  const entityName = (key) => {
    if (!names.has(key)) {
      const mentions = (members.get(key) || []).map((id) => byId.get(id)).filter((m) => m.kind === 'speaker');
      names.set(key, mentions.length ? entityLabel(mentions).name : null);
    }
    return names.get(key);
  };
  // rules: id -> the name of the core's rule that made the mark (app.js sets it; see worker.js).
  return { byId, keyOf, members, hue, entityName, rules: new Map() };
}

// The display name of a speaker entity from its mentions: the longest proper name (else the
// longest mention), the first title and country given, and the longest mention as `full` when
// it says more than the name ("Japanese Prime Minister Haruto Sato" for "Sato").
export function entityLabel(mentions) {
  if (!mentions.length) return { name: 'unknown speaker', title: null, country: null, full: null };
  const longest = (xs) => xs.reduce((best, x) => (x.length > best.length ? x : best), '');
  const first = mentions[0];
  if (first.kind === 'country') return { name: countryName(first.code), title: null, country: first.code, full: null };
  const name = longest(mentions.map((m) => m.name || '')) || longest(mentions.map((m) => m.text));
  const full = longest(mentions.map((m) => m.text));
  return {
    name,
    title: (mentions.find((m) => m.title) || {}).title || null,
    country: (mentions.find((m) => m.country) || {}).country || null,
    // The long form only while the core gives no title (it would repeat title and name).
    full: full !== name && !mentions.some((m) => m.title) ? full : null,
  };
}

function refName(id, byId) {
  const a = byId.get(id);
  if (!a) return null;
  if (a.kind === 'country') return countryName(a.code);
  return a.name || a.text;
}

// The name of a speaker mention; a mention without a name of its own ("he", "the ministry")
// gets its entity's name beside it: "he (Han Ji-won)".
function speakerName(a, index) {
  if (a.name) return a.name;
  const entity = index.entityName(index.keyOf.get(a.id));
  return entity && entity !== a.text ? `${a.text} (${entity})` : a.text;
}

function refSpeaker(id, index) {
  const a = index.byId.get(id);
  return a && a.kind === 'speaker' ? speakerName(a, index) : refName(id, index.byId);
}

// One line, read by screen readers and shown in titles: "speaker: Dmitry Peskov".
export function describe(a, index) {
  switch (a.kind) {
    case 'country':
      return `country: ${countryName(a.code) || 'no code yet'}${a.code ? ` (${a.code})` : ''}${a.form ? `, ${plain(FORM, a.form)}` : ''}`;
    case 'speaker':
      return [`speaker: ${speakerName(a, index)}`, a.title, a.country && countryName(a.country)]
        .filter(Boolean).join(', ');
    case 'claim': {
      const who = refSpeaker(a.speaker, index);
      return `${plain(MODE, a.mode)}${who ? ` by ${who}` : ''}${a.cue ? `, cue “${a.cue.text}”` : ''}`;
    }
    case 'protest': {
      const who = refSpeaker(a.protester, index);
      return [plain(PROTEST, a.form), who && `by ${who}`, a.against && `against ${countryName(a.against)}`]
        .filter(Boolean).join(' ');
    }
    default:
      return a.kind;
  }
}

// The details card in plain words: [label, value] rows; a value is a string or [text, id] links.
export function fields(a, index) {
  const { byId } = index;
  const rows = [['mark', a.kind], ['text', clip(a.text, 300)]];
  if (a.edit) rows.push(['correction', `${a.edit} by a person${a.check ? '; the text changed inside it since' : ''}`]);
  const link = (id) => [[refSpeaker(id, index) || id, id]];
  const state = (c) => `${countryName(c)} (${c})`;
  // Other mentions of the same speaker or country: four at most (one per wording), and a count.
  const same = (what) => {
    const others = (index.members.get(index.keyOf.get(a.id)) || []).filter((id) => id !== a.id && byId.get(id).kind === a.kind);
    if (!others.length) return;
    const seen = new Set();
    const links = [];
    for (const id of others) {
      const t = byId.get(id).text;
      if (!seen.has(t) && links.length < 4) links.push([`“${clip(t, 60)}”`, id]);
      seen.add(t);
    }
    rows.push([`the same ${what} as`, links], ['mentions', `${others.length + 1} in the article`]);
  };
  switch (a.kind) {
    case 'country':
      rows.push(['country', a.code ? state(a.code) : 'no code yet']);
      if (a.form) rows.push(['named', plain(FORM, a.form)]);
      same('country');
      break;
    case 'speaker':
      rows.push(['who', speakerName(a, index)]);
      if (a.title) rows.push(['role', a.title]);
      if (a.country) rows.push(['speaks for', state(a.country)]);
      same('speaker');
      break;
    case 'claim':
      rows.push(['what', plain(MODE, a.mode)]);
      if (a.speaker && byId.has(a.speaker)) rows.push([a.mode === 'territorial' ? 'claimed by' : 'said by', link(a.speaker)]);
      if (a.cue) rows.push([a.mode === 'territorial' ? 'named by' : 'said with', `“${a.cue.text}”`]);
      break;
    case 'protest':
      rows.push(['what', plain(PROTEST, a.form)]);
      if (a.protester && byId.has(a.protester)) rows.push(['by', link(a.protester)]);
      if (a.against) rows.push(['against', state(a.against)]);
      if (a.target) rows.push(['about', `“${clip(a.target.text, 300)}”`]);
      break;
    default:
  }
  const rule = index.rules.get(a.id);
  if (rule) rows.push(['found by', `the rule “${rule}”`]);
  return rows;
}
