// The result in other formats: the spec's JSON, W3C Web Annotation JSON-LD, brat standoff, and
// the annotated article as a self-contained HTML file. Offsets only; no language logic.
import { renderAnnotated } from './render.js';
import { describe, indexAnnotations, KINDS } from './labels.js';

export const SOURCE = 'urn:newsmark:article';
const QUOTE_CONTEXT = 32; // code units of prefix and suffix in a TextQuoteSelector

// The JSON of the spec ({annotations}) with the text it annotates, as in the gold suites.
export function toJSON(text, annotations) {
  return `${JSON.stringify({ text, annotations }, null, 2)}\n`;
}

// UTF-16 offsets to code points (Web Annotation and brat count code points): an offset less
// the surrogate pairs before it, found by a binary search (there are none in most articles).
function codePointOf(text) {
  const pairs = [];
  for (let i = 0; i < text.length; i++) if (text.codePointAt(i) > 0xffff) pairs.push(++i + 1);
  return (off) => {
    let lo = 0;
    for (let hi = pairs.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid] <= off) lo = mid + 1;
      else hi = mid;
    }
    return off - lo;
  };
}

// W3C Web Annotation Data Model: one Annotation per annotation, its target selected twice
// (TextQuoteSelector and TextPositionSelector, positions in code points), in one collection,
// one annotation a line, as a list of strings. `pause()` is awaited every 2,000 annotations so
// that the page builds a long article's export in short tasks (2 MB froze it 1.2 s in one).
export async function webAnnotationParts(text, annotations, { source = SOURCE, pause, index = indexAnnotations(annotations) } = {}) {
  const { byId } = index;
  const cp = codePointOf(text);
  const iri = (id) => `${source}#${id}`;
  const head = JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${source}#annotations`,
    type: 'AnnotationCollection',
    label: 'newsmark annotations',
    total: annotations.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: [] },
  }, null, 1);
  const parts = [head.slice(0, head.lastIndexOf('[') + 1), '\n'];
  for (let i = 0; i < annotations.length; i++) {
    if (pause && i && i % 2000 === 0) await pause();
    const a = annotations[i];
    const body = [
      { type: 'TextualBody', purpose: 'tagging', value: a.kind },
      { type: 'TextualBody', purpose: 'describing', value: describe(a, index) },
    ];
    // A person's correction (see docs/annotations.md, "Corrections").
    if (a.edit) body.push({ type: 'TextualBody', purpose: 'editing', value: a.edit });
    for (const ref of [a.speaker, a.protester]) {
      if (ref && byId.has(ref)) body.push({ type: 'SpecificResource', purpose: 'linking', source: iri(ref) });
    }
    parts.push(JSON.stringify({
      id: iri(a.id),
      type: 'Annotation',
      motivation: 'tagging',
      body,
      target: {
        source,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: a.text,
            prefix: text.slice(Math.max(0, a.start - QUOTE_CONTEXT), a.start),
            suffix: text.slice(a.end, a.end + QUOTE_CONTEXT),
          },
          { type: 'TextPositionSelector', start: cp(a.start), end: cp(a.end) },
        ],
      },
    }), i + 1 < annotations.length ? ',\n' : '\n');
  }
  parts.push(']}}\n');
  return parts;
}

const BRAT_TYPE = { speaker: 'Speaker', country: 'Country', claim: 'Claim', protest: 'Protest' };

// brat standoff: the .txt is the text as is, the .ann has T (text-bound), A (attribute),
// R (relation) and # (note) lines, offsets in code points. A span over a line break becomes
// fragments ("0 5;6 10"), as brat wants. The types are declared in docs/brat/annotation.conf.
export function toBrat(text, annotations) {
  const cp = codePointOf(text);
  const lines = [];
  const tOf = new Map(); // annotation id -> T id
  const extraT = new Map(); // "Type start end" -> T id (cues and targets, shared)
  let t = 0;
  let attr = 0;
  let rel = 0;
  let note = 0;
  const fragments = (start, end) => {
    const parts = [];
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i === end || text[i] === '\n' || text[i] === '\r') {
        if (i > from) parts.push([from, i]);
        from = i + 1;
      }
    }
    return parts;
  };
  const textBound = (type, start, end) => {
    const parts = fragments(start, end);
    t += 1;
    lines.push(`T${t}\t${type} ${parts.map(([s, e]) => `${cp(s)} ${cp(e)}`).join(';')}\t` +
      `${parts.map(([s, e]) => text.slice(s, e)).join(' ')}`);
    return `T${t}`;
  };
  const shared = (type, span) => {
    const key = `${type} ${span.start} ${span.end}`;
    if (!extraT.has(key)) extraT.set(key, textBound(type, span.start, span.end));
    return extraT.get(key);
  };
  for (const a of annotations) tOf.set(a.id, textBound(BRAT_TYPE[a.kind] || a.kind, a.start, a.end));
  const attribute = (name, a, value) => { if (value) lines.push(`A${++attr}\t${name} ${tOf.get(a.id)} ${value}`); };
  const relation = (name, from, to) => { if (from && to) lines.push(`R${++rel}\t${name} Arg1:${from} Arg2:${to}`); };
  for (const a of annotations) {
    const me = tOf.get(a.id);
    attribute('Edit', a, a.edit);
    if (a.kind === 'country') { attribute('Code', a, a.code); attribute('Form', a, a.form); }
    if (a.kind === 'speaker') {
      attribute('SpeaksFor', a, a.country);
      const parts = [a.name && `name: ${a.name}`, a.title && `title: ${a.title}`, a.entity && `entity: ${a.entity}`].filter(Boolean);
      if (parts.length) lines.push(`#${++note}\tAnnotatorNotes ${me}\t${parts.join('; ')}`);
    }
    if (a.kind === 'claim') {
      attribute('Mode', a, a.mode);
      relation(a.mode === 'territorial' ? 'ClaimedBy' : 'SaidBy', me, tOf.get(a.speaker));
      if (a.cue) relation('HasCue', me, shared('Cue', a.cue));
    }
    if (a.kind === 'protest') {
      attribute('Form', a, a.form);
      attribute('Against', a, a.against);
      relation('ProtestedBy', me, tOf.get(a.protester));
      if (a.target) relation('HasTarget', me, shared('Target', a.target));
    }
  }
  return { txt: text, ann: lines.length ? `${lines.join('\n')}\n` : '', conf: bratConf(annotations) };
}

// annotation.conf for the .zip: docs/brat/annotation.conf with only this article's codes.
function bratConf(annotations) {
  const codes = [...new Set(annotations.flatMap((a) => [a.code, a.country, a.against]).filter(Boolean))].sort().join('|') || 'ZZ';
  return `[entities]\nSpeaker\nCountry\nClaim\nProtest\nCue\nTarget\n\n[relations]
SaidBy\tArg1:Claim, Arg2:Speaker|Country\nClaimedBy\tArg1:Claim, Arg2:Country|Speaker\nHasCue\tArg1:Claim, Arg2:Cue
ProtestedBy\tArg1:Protest, Arg2:Speaker|Country\nHasTarget\tArg1:Protest, Arg2:Target
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]
Mode\tArg:Claim, Value:direct|reported|territorial
Form\tArg:Country|Protest, Value:name|demonym|capital|seat|diplomatic|condemnation|demonstration
Edit\tArg:<ENTITY>, Value:added|changed|confirmed
Code\tArg:Country, Value:${codes}\nSpeaksFor\tArg:Speaker, Value:${codes}\nAgainst\tArg:Protest, Value:${codes}\n`;
}

// [[name, text], ...] as one .zip, stored (not compressed), UTF-8 names.
export function zip(files) {
  const enc = new TextEncoder();
  const crcs = [...Array(256)].map((_, n) => {
    for (let k = 0; k < 8; k++) n = n & 1 ? 0xedb88320 ^ (n >>> 1) : n >>> 1;
    return n;
  });
  const parts = [];
  const central = [];
  let at = 0;
  const le = (...fields) => { // [bytes, value] pairs, little-endian
    const v = new DataView(new ArrayBuffer(fields.reduce((n, [b]) => n + b, 0)));
    let o = 0;
    for (const [b, x] of fields) { if (b === 4) v.setUint32(o, x, true); else v.setUint16(o, x, true); o += b; }
    return new Uint8Array(v.buffer);
  };
  for (const [name, text] of files) {
    const n = enc.encode(name);
    const data = enc.encode(text);
    let crc = -1;
    for (const x of data) crc = crcs[(crc ^ x) & 255] ^ (crc >>> 8);
    // version 20, UTF-8 names, stored, 1980-01-01, CRC, sizes, name length
    const head = [[2, 20], [2, 0x800], [2, 0], [2, 0], [2, 0x21], [4, ~crc >>> 0], [4, data.length], [4, data.length], [2, n.length], [2, 0]];
    parts.push(le([4, 0x04034b50], ...head), n, data);
    central.push(le([4, 0x02014b50], [2, 20], ...head, [2, 0], [2, 0], [2, 0], [4, 0], [4, at]), n);
    at += 30 + n.length + data.length;
  }
  const size = central.reduce((x, b) => x + b.length, 0);
  return new Blob([...parts, ...central, le([4, 0x06054b50], [4, 0], [2, files.length], [2, files.length], [4, size], [4, at], [2, 0])]);
}

// The stylesheet of the exported HTML file (it has no other); the speaker colours are the
// page's own rules (style.css, [data-hue]), copied when the file is made.
const EXPORT_CSS = `
:root { --card: #fff; }
body { margin: 2rem auto; max-width: 46rem; padding: 0 1rem; font: 1.05rem/1.8 Georgia, serif; color: #1d2330; background: #fff; }
header { font: 0.9rem/1.5 system-ui, sans-serif; color: #4a5262; border-bottom: 1px solid #ccd; margin-bottom: 1rem; }
article { white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: none; color: inherit; }
mark[data-kind="claim"] { border-bottom: 3px solid var(--h-line, #8a6d00); background: var(--h-band, #fdf3d0); }
mark[data-kind="claim"][data-mode="reported"] { border-bottom-style: dashed; }
mark[data-kind="claim"][data-mode="territorial"] { border-bottom-style: double; --h-line: #1e7a44; --h-band: #fdf3d0; }
mark[data-kind="speaker"] { background: var(--h-bg, #dbe7ff); box-shadow: inset 3px 0 0 var(--h-line, #1f5fbf); padding-left: 3px; font-weight: 600; border-radius: 3px; }
mark[data-kind="country"] { outline: 1px solid #1e7a44; outline-offset: -1px; background: #e2f5e9; }
mark[data-kind="protest"] { text-decoration: underline wavy #b3202d; font-weight: 600; background: #fde6e8; }
.legend mark { padding: 0 0.3rem; margin-right: 0.5rem; }
li { margin: 0.2rem 0; }
`;
const hueRules = () => [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules])
  .filter((r) => r.selectorText?.startsWith('[data-hue')).map((r) => r.cssText).join('\n');

// The annotated article as one HTML file: inline CSS, no script, no external resource; the
// text goes in as text nodes, so the serialiser escapes it. `title` names the file's page.
export function toHTML(text, annotations, title = 'Annotated article') {
  const index = indexAnnotations(annotations);
  const doc = document.implementation.createHTMLDocument(title);
  const meta = (attrs) => {
    const m = doc.createElement('meta');
    for (const [k, v] of Object.entries(attrs)) m.setAttribute(k, v);
    doc.head.prepend(m);
  };
  meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' });
  meta({ 'http-equiv': 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'" });
  meta({ charset: 'utf-8' });
  doc.documentElement.lang = 'en';

  const header = doc.createElement('header');
  const h1 = doc.createElement('h1');
  h1.textContent = title;
  const legend = doc.createElement('p');
  legend.className = 'legend';
  for (const kind of KINDS) {
    const m = doc.createElement('mark');
    m.dataset.kind = kind;
    m.dataset.mode = 'direct';
    m.textContent = `${kind} (${annotations.filter((a) => a.kind === kind).length})`;
    legend.append(m);
  }
  const note = doc.createElement('p');
  note.textContent = 'Made with newsmark. Claims are underlined in their speaker\'s colour: solid, a direct quote; ' +
    'dashed, reported speech; double, a territorial claim. Every mark is listed after the article.';
  header.append(h1, legend, note);

  const article = doc.createElement('article');
  article.append(doc.importNode(renderAnnotated(text, annotations, (el, a) => {
    el.title = describe(a, index);
    if (a.mode) el.dataset.mode = a.mode;
    const hue = index.hue(a);
    if (hue !== undefined) el.dataset.hue = String(hue);
    if (a.edit) el.dataset.edit = a.edit;
  }), true));
  const list = doc.createElement('ol');
  for (const a of annotations) list.append(Object.assign(doc.createElement('li'), { textContent: `“${a.text}”: ${describe(a, index)}` }));
  doc.body.append(header, article, list);
  // The stylesheet goes in as a string: a <style> element built here would fall under this
  // page's CSP (no inline styles). EXPORT_CSS is a constant, never user text.
  const page = doc.documentElement.outerHTML.replace('</head>', `<style>${EXPORT_CSS}${hueRules()}</style></head>`);
  return `<!doctype html>\n${page}\n`;
}
