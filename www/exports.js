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

// UTF-16 offsets to code point offsets (Web Annotation and brat count characters, i.e. code
// points): one pass over the text notes where its surrogate pairs end; an offset's code point
// is itself less the pairs before it (a binary search; none in most articles).
function codePointOf(text) {
  const pairs = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) pairs.push(++i + 1);
    }
  }
  return (off) => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid] <= off) lo = mid + 1;
      else hi = mid;
    }
    return off - lo;
  };
}

// W3C Web Annotation Data Model: one Annotation per annotation, its target selected twice
// (TextQuoteSelector and TextPositionSelector, positions in code points), in one collection,
// one annotation a line. `pause()` is awaited every SLICE annotations, so that a page can
// build the export of a long article in many short tasks (2 MB took 1.2 s in one).
const SLICE = 2000;
export async function toWebAnnotation(text, annotations, options = {}) {
  return (await webAnnotationParts(text, annotations, options)).join('');
}

// The same as a list of strings (a page can make a Blob of it without one long string).
// `index`: indexAnnotations(annotations) when the caller has it.
export async function webAnnotationParts(text, annotations, { source = SOURCE, pause = null, index = indexAnnotations(annotations) } = {}) {
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
    if (pause && i && i % SLICE === 0) await pause();
    const a = annotations[i];
    const body = [
      { type: 'TextualBody', purpose: 'tagging', value: a.kind },
      { type: 'TextualBody', purpose: 'describing', value: describe(a, index) },
    ];
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
// fragments ("0 5;6 10"), as brat wants.
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
    if (a.kind === 'country') { attribute('Code', a, a.code); attribute('Form', a, a.form); }
    if (a.kind === 'speaker') {
      attribute('SpeaksFor', a, a.country);
      const parts = [a.name && `name: ${a.name}`, a.title && `title: ${a.title}`, a.entity && `entity: ${a.entity}`].filter(Boolean);
      if (parts.length) lines.push(`#${++note}\tAnnotatorNotes ${me}\t${parts.join('; ')}`);
    }
    if (a.kind === 'claim') {
      attribute('Mode', a, a.mode);
      relation(a.mode === 'territorial' ? 'Claimant' : 'Speaker', me, tOf.get(a.speaker));
      if (a.cue) relation('Cue', me, shared('Cue', a.cue));
    }
    if (a.kind === 'protest') {
      attribute('Form', a, a.form);
      attribute('Against', a, a.against);
      relation('Protester', me, tOf.get(a.protester));
      if (a.target) relation('Target', me, shared('Target', a.target));
    }
  }
  return { txt: text, ann: lines.length ? `${lines.join('\n')}\n` : '', conf: bratConf(annotations) };
}

// brat's annotation.conf for the types, relations and attributes toBrat writes; brat's
// attributes take listed values, so the codes listed are those of this article.
function bratConf(annotations) {
  const codes = [...new Set(annotations.flatMap((a) => [a.code, a.country, a.against]).filter(Boolean))].sort().join('|') || 'none';
  return `[entities]
Speaker
Country
Claim
Protest
Cue
Target

[relations]
Speaker\tArg1:Claim, Arg2:Speaker
Claimant\tArg1:Claim, Arg2:Country|Speaker
Cue\tArg1:Claim, Arg2:Cue
Protester\tArg1:Protest, Arg2:Speaker|Country
Target\tArg1:Protest, Arg2:Target

[events]

[attributes]
Code\tArg:Country, Value:${codes}
Form\tArg:Country|Protest, Value:name|demonym|capital|seat|diplomatic|condemnation|demonstration
SpeaksFor\tArg:Speaker, Value:${codes}
Mode\tArg:Claim, Value:direct|reported|territorial
Against\tArg:Protest, Value:${codes}
`;
}

// Files in one .zip (stored, not compressed: no library, a few lines): [{name, data}] with
// string data, as a Uint8Array. The CRC-32 table is made at the first call.
let crcTable = null;
function crc32(bytes) {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function zip(files) {
  const enc = new TextEncoder();
  const local = [];
  const central = [];
  let offset = 0;
  const header = (size, fields) => {
    const buf = new DataView(new ArrayBuffer(size));
    let at = 0;
    for (const [bytes, v] of fields) {
      if (bytes === 4) buf.setUint32(at, v, true);
      else buf.setUint16(at, v, true);
      at += bytes;
    }
    return new Uint8Array(buf.buffer);
  };
  for (const { name, data } of files) {
    const nameBytes = enc.encode(name);
    const bytes = enc.encode(data);
    const crc = crc32(bytes);
    // version 20, flag 0x800 (UTF-8 names), stored, no date (1980-01-01), sizes.
    const common = [[2, 20], [2, 0x800], [2, 0], [2, 0], [2, 0x21], [4, crc], [4, bytes.length], [4, bytes.length], [2, nameBytes.length], [2, 0]];
    local.push(header(30, [[4, 0x04034b50], ...common]), nameBytes, bytes);
    central.push(header(46, [[4, 0x02014b50], [2, 20], ...common, [2, 0], [2, 0], [2, 0], [4, 0], [4, offset]]), nameBytes);
    offset += 30 + nameBytes.length + bytes.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = header(22, [[4, 0x06054b50], [2, 0], [2, 0], [2, files.length], [2, files.length], [4, size], [4, offset], [2, 0]]);
  const parts = [...local, ...central, end];
  const out = new Uint8Array(parts.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of parts) { out.set(b, at); at += b.length; }
  return out;
}

// The stylesheet of the exported HTML file (it has no other).
const EXPORT_CSS = `
body { margin: 2rem auto; max-width: 46rem; padding: 0 1rem; font: 1.05rem/1.8 Georgia, serif; color: #1d2330; background: #fff; }
header { font: 0.9rem/1.5 system-ui, sans-serif; color: #4a5262; border-bottom: 1px solid #ccd; margin-bottom: 1rem; }
article { white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: none; color: inherit; }
mark[data-kind="claim"] { border-bottom: 3px solid var(--l, #8a6d00); background: var(--b, #fdf3d0); }
mark[data-kind="claim"][data-mode="reported"] { border-bottom-style: dashed; }
mark[data-kind="claim"][data-mode="territorial"] { border-bottom-style: double; }
mark[data-kind="speaker"] { background: var(--s, #dbe7ff); box-shadow: inset 3px 0 0 var(--l, #1f5fbf); padding-left: 3px; font-weight: 600; border-radius: 3px; }
mark[data-kind="claim"][data-mode="territorial"] { --l: #1e7a44; --b: #fdf3d0; }
mark[data-kind="country"] { outline: 1px solid #1e7a44; outline-offset: -1px; background: #e2f5e9; }
mark[data-kind="protest"] { text-decoration: underline wavy #b3202d; font-weight: 600; background: #fde6e8; }
.legend mark { padding: 0 0.3rem; margin-right: 0.5rem; }
li { margin: 0.2rem 0; }
`;
// The page's speaker colours (style.css, light theme): line, speaker tint, claim band.
const HUE_CSS = ['1f5fbf dce8fb eef4fd', 'a34d00 fbe6d3 fdf3e9', '0d7272 d7f0ef ecf8f7', '7a3db8 ede1f8 f6f0fb',
  'a3246f f9dcec fcedf5', '5b6b00 eef2cf f7f9e8', '7a4a2a f1e4d8 f8f2ec', '3d4f66 e1e6ee f0f3f7',
  'c0392b fbdcd8 fdeeec', '00829b d3eef4 e9f7fa', '8a6d00 f6ecc4 fbf6e2', '4b3fb0 e1defa f0eefc']
  .map((h, i) => { const [l, bg, b] = h.split(' '); return `[data-hue="${i}"] { --l: #${l}; --s: #${bg}; --b: #${b}; }`; }).join('\n');

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
  note.textContent = 'Made with newsmark. Each speaker has a colour of its own, and its claims are underlined in it: ' +
    'solid for a direct quote, dashed for reported speech, double for a territorial claim. Countries are boxed, ' +
    'protests wavy-underlined. Every mark is listed with its details after the article.';
  header.append(h1, legend, note);

  const article = doc.createElement('article');
  article.append(doc.importNode(renderAnnotated(text, annotations, (el, a) => {
    el.title = describe(a, index);
    if (a.mode) el.dataset.mode = a.mode;
    const hue = index.hue(a);
    if (hue !== undefined) el.dataset.hue = String(hue);
  }), true));
  const marks = doc.createElement('section');
  const h2 = doc.createElement('h2');
  h2.textContent = 'The marks';
  const list = doc.createElement('ol');
  for (const a of annotations) {
    const li = doc.createElement('li');
    li.textContent = `“${a.text}”: ${describe(a, index)}`;
    list.append(li);
  }
  marks.append(h2, list);
  doc.body.append(header, article, marks);
  // The stylesheet goes in as a string: a <style> element built here would fall under this
  // page's CSP (no inline styles). EXPORT_CSS is a constant, never user text.
  const page = doc.documentElement.outerHTML.replace('</head>', `<style>${EXPORT_CSS}${HUE_CSS}</style></head>`);
  return `<!doctype html>\n${page}\n`;
}
