// The page shell: wires the textarea to the annotator and lays out its result.
// All language logic is in the wasm core; this file only moves text and offsets around.
import { renderAnnotated, KINDS } from './render.js';
import { EXAMPLE } from './example.js';

const $ = (selector) => document.querySelector(selector);
const input = $('#input');
const output = $('#output');
const status = $('#status');

const DEBOUNCE_MS = 150;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const HISTORIC = { SU: 'Soviet Union', YU: 'Yugoslavia', CS: 'Czechoslovakia', DD: 'East Germany', ZR: 'Zaire' };

function countryName(code) {
  if (!code) return '';
  if (HISTORIC[code]) return HISTORIC[code];
  try { return regionNames.of(code); } catch { return code; }
}

function setStatus(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

// ---- The annotator: a module worker, or the page itself if the worker cannot start. ----

let latest = { seq: 0, text: '' };

function startAnnotator(onReady, onResult, onError) {
  let worker;
  let post;
  const inPage = async () => {
    const mod = await import('./pkg/newsmark.js');
    await mod.default();
    post = ({ seq, text }) => {
      try {
        const t0 = performance.now();
        const result = mod.annotate(text);
        onResult({ seq, result, ms: performance.now() - t0 });
      } catch (e) {
        onError({ seq, message: String(e) });
      }
    };
    onReady(mod.version());
  };
  try {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    post = (msg) => worker.postMessage(msg);
    worker.onmessage = ({ data }) => {
      if (data.type === 'ready') onReady(data.version);
      else if (data.type === 'result') onResult(data);
      else onError(data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      post = null;
      inPage().catch((err) => onError({ seq: -1, message: `could not load the annotator: ${err}` }));
    };
  } catch {
    inPage().catch((err) => onError({ seq: -1, message: `could not load the annotator: ${err}` }));
  }
  // Before the annotator is ready a request may be dropped; onReady annotates the current text.
  return (msg) => { if (post) post(msg); };
}

const send = startAnnotator(
  (version) => {
    $('#version').textContent = `v${version}`;
    document.body.dataset.ready = 'true';
    setStatus('Ready.');
    if (input.value) annotateNow();
  },
  ({ seq, result, ms }) => { if (seq === latest.seq) show(latest.text, result.annotations, ms); },
  ({ seq, message }) => {
    if (seq === latest.seq || seq === -1) {
      output.dataset.state = 'error';
      setStatus(message, true);
    }
  },
);

let timer = 0;
function annotateNow() {
  clearTimeout(timer);
  latest = { seq: latest.seq + 1, text: input.value };
  output.dataset.state = 'pending';
  send(latest);
}

// ---- Showing a result. ----

let byId = new Map();

function describe(a) {
  const ref = (id) => (byId.get(id) ? byId.get(id).text : '?');
  switch (a.kind) {
    case 'country':
      return `country: ${countryName(a.code)} (${a.code}, ${a.form})`;
    case 'speaker':
      return [`speaker: ${a.name || a.text}`, a.title, a.country && countryName(a.country)]
        .filter(Boolean).join(' · ');
    case 'claim':
      return `${a.mode} claim by ${ref(a.speaker)}${a.cue ? ` (${a.cue.text})` : ''}`;
    case 'protest':
      return [`${a.form} protest`, a.protester && `by ${ref(a.protester)}`,
        a.against && `against ${countryName(a.against)}`, a.target && `over “${a.target.text}”`]
        .filter(Boolean).join(' ');
    default:
      return a.kind;
  }
}

function show(text, annotations, ms) {
  byId = new Map(annotations.map((a) => [a.id, a]));
  output.replaceChildren(renderAnnotated(text, annotations, (el, a) => { el.title = describe(a); }));
  output.dataset.state = 'done';
  for (const kind of KINDS) {
    $(`[data-count="${kind}"]`).textContent = String(annotations.filter((a) => a.kind === kind).length);
  }
  renderCountries(annotations);
  renderQuotes(annotations);
  renderProtests(annotations);
  setStatus(text ? `${annotations.length} annotations · ${ms.toFixed(1)} ms` : 'Ready.');
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function clip(s, n = 160) {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function linkedItem(ids, ...children) {
  const li = el('li', 'linked-item');
  li.dataset.ids = ids.join(' ');
  li.tabIndex = 0;
  li.append(...children);
  return li;
}

function renderCountries(annotations) {
  const counts = new Map();
  for (const a of annotations.filter((x) => x.kind === 'country')) {
    const c = counts.get(a.code) || { n: 0, ids: [], forms: new Set() };
    c.n++; c.ids.push(a.id); c.forms.add(a.text);
    counts.set(a.code, c);
  }
  const rows = [...counts].sort((x, y) => y[1].n - x[1].n || x[0].localeCompare(y[0]));
  $('#countries').replaceChildren(...rows.map(([code, c]) => {
    const li = linkedItem(c.ids, el('span', 'code', code), el('span', 'name', countryName(code)),
      el('span', 'n', `×${c.n}`));
    li.title = [...c.forms].join(', ');
    return li;
  }));
}

// The display name of a speaker group: its first mention with a name, else its first mention.
function speakerLabel(mentions) {
  const named = mentions.find((m) => m.name) || mentions[0];
  if (named.kind === 'country') return countryName(named.code);
  return named.name ? [named.name, named.title].filter(Boolean).join(', ') : named.text;
}

function renderQuotes(annotations) {
  const groups = new Map(); // entity -> {mentions, claims}
  for (const a of annotations) {
    if (a.kind !== 'claim') continue;
    const sp = byId.get(a.speaker);
    const key = !sp ? '?' : sp.kind === 'country' ? `country:${sp.code}` : sp.entity || sp.id;
    if (!groups.has(key)) groups.set(key, { mentions: [], claims: [] });
    const g = groups.get(key);
    if (sp) g.mentions.push(sp);
    g.claims.push(a);
  }
  for (const a of annotations) {
    if (a.kind === 'speaker' && a.entity && groups.has(a.entity)) groups.get(a.entity).mentions.push(a);
  }
  $('#quotes').replaceChildren(...[...groups.values()].map((g) => {
    const li = el('li', 'speaker-group');
    li.append(el('div', 'who', g.mentions.length ? speakerLabel(g.mentions) : 'unknown speaker'));
    const list = el('ul', 'said');
    list.append(...g.claims.map((c) => {
      const text = c.mode === 'direct' ? `“${clip(c.text)}”` : clip(c.text);
      return linkedItem([c.id, c.speaker], el('span', `mode mode-${c.mode}`, c.mode), el('span', 'what', text));
    }));
    li.append(list);
    return li;
  }));
}

function renderProtests(annotations) {
  $('#protests').replaceChildren(...annotations.filter((a) => a.kind === 'protest').map((p) => {
    const who = p.protester && byId.get(p.protester) ? byId.get(p.protester).text : null;
    const parts = [who, `“${p.text}”`, p.target && clip(p.target.text, 100),
      p.against && `(against ${countryName(p.against)})`].filter(Boolean);
    return linkedItem([p.id, p.protester].filter(Boolean), el('span', `mode form-${p.form}`, p.form),
      el('span', 'what', parts.join(' ')));
  }));
}

// ---- Highlighting what belongs together (a claim and its speaker, a protest and its protester). ----

function highlight(ids) {
  for (const old of document.querySelectorAll('.linked')) old.classList.remove('linked');
  for (const id of ids) {
    for (const m of output.querySelectorAll(`mark[data-id="${CSS.escape(id)}"]`)) m.classList.add('linked');
  }
}

function related(id) {
  const a = byId.get(id);
  if (!a) return [];
  const ids = [id, a.speaker, a.protester].filter(Boolean);
  if (a.kind === 'speaker' || a.kind === 'country') {
    for (const b of byId.values()) if (b.speaker === id || b.protester === id) ids.push(b.id);
  }
  return ids;
}

output.addEventListener('mouseover', (e) => {
  const mark = e.target.closest('mark');
  highlight(mark ? related(mark.dataset.id) : []);
});
output.addEventListener('mouseleave', () => highlight([]));

function focusItem(e) {
  const li = e.target.closest('.linked-item');
  if (!li) return;
  const ids = li.dataset.ids.split(' ');
  highlight(ids);
  const first = output.querySelector(`mark[data-id="${CSS.escape(ids[0])}"]`);
  if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
$('.panels').addEventListener('click', focusItem);
$('.panels').addEventListener('keydown', (e) => { if (e.key === 'Enter') focusItem(e); });

// ---- Controls. ----

input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(annotateNow, DEBOUNCE_MS);
});
input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) annotateNow();
});
$('#annotate').addEventListener('click', annotateNow);
$('#example').addEventListener('click', () => { input.value = EXAMPLE; annotateNow(); });
$('#clear').addEventListener('click', () => { input.value = ''; annotateNow(); input.focus(); });

$('#legend').addEventListener('change', (e) => {
  if (e.target.type === 'checkbox') output.classList.toggle(`hide-${e.target.value}`, !e.target.checked);
});
