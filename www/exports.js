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

// Maps UTF-16 offsets to code point offsets (Web Annotation and brat count characters, i.e.
// code points). One pass over the text up to the largest offset.
function codePointMap(text, offsets) {
  const sorted = [...new Set(offsets)].sort((x, y) => x - y);
  const map = new Map();
  let unit = 0;
  let point = 0;
  for (const off of sorted) {
    while (unit < off) {
      const c = text.charCodeAt(unit);
      unit += c >= 0xd800 && c <= 0xdbff && unit + 1 < text.length ? 2 : 1;
      point++;
    }
    map.set(off, point);
  }
  return map;
}

const spanOffsets = (annotations) =>
  annotations.flatMap((a) => [a.start, a.end, ...(a.cue ? [a.cue.start, a.cue.end] : []),
    ...(a.target ? [a.target.start, a.target.end] : [])]);

// W3C Web Annotation Data Model: one Annotation per annotation, its target selected twice
// (TextQuoteSelector and TextPositionSelector, positions in code points), in one collection.
export function toWebAnnotation(text, annotations, source = SOURCE) {
  const index = indexAnnotations(annotations);
  const { byId } = index;
  const cp = codePointMap(text, spanOffsets(annotations));
  const iri = (id) => `${source}#${id}`;
  const items = annotations.map((a) => {
    const body = [
      { type: 'TextualBody', purpose: 'tagging', value: a.kind },
      { type: 'TextualBody', purpose: 'describing', value: describe(a, index) },
    ];
    // A person's correction (see docs/annotations.md, "Corrections").
    if (a.edit) body.push({ type: 'TextualBody', purpose: 'editing', value: a.edit });
    for (const ref of [a.speaker, a.protester]) {
      if (ref && byId.has(ref)) body.push({ type: 'SpecificResource', purpose: 'linking', source: iri(ref) });
    }
    return {
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
          { type: 'TextPositionSelector', start: cp.get(a.start), end: cp.get(a.end) },
        ],
      },
    };
  });
  return `${JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${source}#annotations`,
    type: 'AnnotationCollection',
    label: 'newsmark annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  }, null, 2)}\n`;
}

const BRAT_TYPE = { speaker: 'Speaker', country: 'Country', claim: 'Claim', protest: 'Protest' };

// brat standoff: the .txt is the text as is, the .ann has T (text-bound), A (attribute),
// R (relation) and # (note) lines, offsets in code points. A span over a line break becomes
// fragments ("0 5;6 10"), as brat wants. The types are declared in docs/brat/annotation.conf.
export function toBrat(text, annotations) {
  const cp = codePointMap(text, spanOffsets(annotations));
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
    lines.push(`T${t}\t${type} ${parts.map(([s, e]) => `${cp.get(s) ?? codePoint(s)} ${cp.get(e) ?? codePoint(e)}`).join(';')}\t` +
      `${parts.map(([s, e]) => text.slice(s, e)).join(' ')}`);
    return `T${t}`;
  };
  // Fragment edges inside a span are rare (line breaks in a claim): count them one by one.
  const codePoint = (off) => [...text.slice(0, off)].length;
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
  return { txt: text, ann: lines.length ? `${lines.join('\n')}\n` : '' };
}

// The stylesheet of the exported HTML file (it has no other).
const EXPORT_CSS = `
body { margin: 2rem auto; max-width: 46rem; padding: 0 1rem; font: 1.05rem/1.8 Georgia, serif; color: #1d2330; background: #fff; }
header { font: 0.9rem/1.5 system-ui, sans-serif; color: #4a5262; border-bottom: 1px solid #ccd; margin-bottom: 1rem; }
article { white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: none; color: inherit; }
mark[data-kind="claim"] { border-bottom: 3px solid #8a6d00; background: #fdf3d0; }
mark[data-kind="claim"][data-mode="reported"] { border-bottom-style: dashed; }
mark[data-kind="claim"][data-mode="territorial"] { border-bottom-style: double; }
mark[data-kind="speaker"] { background: #dbe7ff; font-weight: 600; border-radius: 3px; }
mark[data-kind="country"] { outline: 1px solid #1e7a44; outline-offset: -1px; background: #e2f5e9; }
mark[data-kind="protest"] { text-decoration: underline wavy #b3202d; font-weight: 600; background: #fde6e8; }
.legend mark { padding: 0 0.3rem; margin-right: 0.5rem; }
`;

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
  note.textContent = 'Made with newsmark. Hover a mark for its details.';
  header.append(h1, legend, note);

  const article = doc.createElement('article');
  article.append(doc.importNode(renderAnnotated(text, annotations, (el, a) => {
    el.title = describe(a, index);
    if (a.mode) el.dataset.mode = a.mode;
    if (a.edit) el.dataset.edit = a.edit;
  }), true));
  doc.body.append(header, article);
  // The stylesheet goes in as a string: a <style> element built here would fall under this
  // page's CSP (no inline styles). EXPORT_CSS is a constant, never user text.
  const page = doc.documentElement.outerHTML.replace('</head>', `<style>${EXPORT_CSS}</style></head>`);
  return `<!doctype html>\n${page}\n`;
}
