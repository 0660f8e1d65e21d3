// The page shell: wires the input to the annotator and the annotator's result to the views.
// All language logic is in the wasm core; this file only moves text and offsets around.
import { EXAMPLE } from './example.js';
import { createAnnotator } from './annotator.js';
import { createArticleView } from './article.js';
import { buildIndex, describe, indexAnnotations, KINDS } from './labels.js';
import { listView, renderDetails, renderPanels } from './panels.js';
import { fileToText, keepText, keptText, pastedText } from './input.js';
import { toBrat, toHTML, toJSON, webAnnotationParts, zip } from './exports.js';

const $ = (selector) => document.querySelector(selector);
const input = $('#input');
const output = $('#output');
const status = $('#status');
const progress = $('#progress');
const announce = $('#announce');

const DEBOUNCE_MS = 150;
// Texts longer than this are held aside instead of put in the textarea: Chromium takes over ten
// seconds to lay out a textarea holding 10 MB (about 2 ms per 1,000 characters), during which the
// page is frozen.
const TEXTAREA_MAX = 100000;
let held = null; // a long text held aside, or null when the textarea has the text
let undoable = null; // {text, name} replaced by Clear or Load example, until Undo or new text

// The text to annotate.
const currentText = () => (held !== null ? held : input.value);

// What is on screen: the text that was annotated and its annotations.
let shown = { text: '', annotations: [], index: indexAnnotations([]) };
let fileBase = 'article';

function setStatus(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

// ---- Showing a result. ----

const view = createArticleView(output, $('#render-notice'), {
  onSelect(a, nested = []) {
    renderDetails($('#details-fields'), $('#details-empty'), a, shown.index, nested.length ? [['also here', nested]] : []);
    announce.textContent = a ? describe(a, shown.index) : '';
  },
});

// A big result is shown in steps, each its own task, so the page keeps answering in between
// (37,000 annotations take ~120 ms to index and ~180 ms to render their first piece).
const BIG_RESULT = 5000;
const INDEX_SLICE = 25000; // annotations indexed per task
let showing = 0; // the latest call of show(); an older one stops at its next step
const nextTask = () => new Promise((resolve) => { setTimeout(resolve, 0); });

async function show(text, annotations, ms) {
  const me = ++showing;
  const step = async () => {
    if (annotations.length > BIG_RESULT) await nextTask();
    return me === showing;
  };
  const steps = buildIndex(annotations, INDEX_SLICE);
  let index;
  for (;;) {
    const next = steps.next();
    if (next.done) { index = next.value; break; }
    if (!(await step())) return;
  }
  if (!(await step())) return;
  shown = { text, annotations, index };
  view.show(text, annotations, index);
  if (!(await step())) return;
  // Claims count what was said; territorial claims are counted apart.
  const counts = Object.fromEntries([...KINDS, 'territorial'].map((k) => [k, 0]));
  for (const a of annotations) counts[a.mode === 'territorial' ? 'territorial' : a.kind] += 1;
  for (const kind of KINDS) $(`[data-count="${kind}"]`).textContent = counts[kind].toLocaleString('en');
  $('[data-count="territorial"]').textContent = counts.territorial ? `+ ${counts.territorial.toLocaleString('en')} territorial` : '';
  renderPanels(document, annotations, index);
  if (!$('#listview').hidden) listView($('#list-rows'), $('#list-more'), annotations, index);
  output.dataset.state = 'done';
  const n = annotations.length;
  setStatus(!text ? 'Ready.' : n ? `${n.toLocaleString('en')} mark${n === 1 ? '' : 's'} found in ${ms.toFixed(0)} ms.`
    : 'Nothing found: no speaker, country, claim or protest in this text.');
  if (toResult) toResult();
}

// On a phone the result is below the input: after a paste, a file or the example, the page
// goes there (typing stays where it is).
let toResult = null;
const goToResult = () => {
  toResult = matchMedia('(max-width: 820px)').matches
    ? () => { toResult = null; $('.result').scrollIntoView({ block: 'start' }); }
    : null;
};

// ---- The annotator. ----

const annotator = createAnnotator({
  onReady(version) {
    $('#version').textContent = `v${version}`;
    document.body.dataset.ready = 'true';
    if (!currentText()) setStatus('Ready.');
  },
  onResult({ text, annotations, ms }) { show(text, annotations, ms); },
  onError({ message }) {
    output.dataset.state = 'error';
    requested = null;
    setStatus(message, true);
  },
  onBusy(busy) {
    progress.hidden = !busy;
    if (busy) setStatus(`Annotating ${currentText().length.toLocaleString('en')} characters…`);
  },
});

let timer = 0;
let requested = null; // the text last sent to the annotator
// Annotates the textarea's text unless it is the one already shown or on its way.
function annotateNow() {
  clearTimeout(timer);
  const text = currentText();
  if (text === requested) {
    if (text === shown.text && output.dataset.state === 'pending') output.dataset.state = 'done';
    return;
  }
  requested = text;
  output.dataset.state = 'pending';
  annotator.request(text);
  // While an Undo is offered the kept copy stays the replaced text (a reload brings it back).
  if (!undoable) $('#storage-note').hidden = keepText(text);
}
function later() {
  output.dataset.state = 'pending';
  clearTimeout(timer);
  timer = setTimeout(annotateNow, DEBOUNCE_MS);
}

// ---- Input. ----

function setText(text, name) {
  hold(text.length > TEXTAREA_MAX ? text : null);
  input.value = held === null ? text : '';
  fileBase = name ? name.replace(/\.[^.]*$/, '') || 'article' : 'article';
  annotateNow();
}

// Shows or ends the held state: the textarea stays empty and a note says what is loaded.
function hold(text) {
  held = text;
  const note = $('#held-note');
  note.hidden = held === null;
  if (held !== null) {
    note.textContent = `A long text (${held.length.toLocaleString('en')} characters) is loaded. ` +
      'It is annotated beside, but not shown in this box, so that the page stays responsive. Typing here replaces it.';
  }
}

input.addEventListener('input', () => {
  dropUndo();
  if (held !== null) hold(null);
  later();
});
input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) annotateNow();
});
// A paste inserts plain text only (rich text from a news site brings its text, never markup).
input.addEventListener('paste', (e) => {
  if (!e.clipboardData) return;
  e.preventDefault();
  dropUndo();
  goToResult();
  const text = pastedText(e.clipboardData);
  const { selectionStart: from, selectionEnd: to, value } = input;
  if (held === null && value.length - (to - from) + text.length <= TEXTAREA_MAX) {
    input.setRangeText(text, from, to, 'end');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  } else {
    // Pasting into a held text (whose box is empty) replaces it.
    setText(held === null ? value.slice(0, from) + text + value.slice(to) : text, '');
  }
});

async function openFile(file) {
  if (!file) return;
  dropUndo();
  goToResult();
  try {
    setText(await fileToText(file), file.name);
  } catch (e) {
    setStatus(String(e.message || e), true);
  }
}
$('#open').addEventListener('click', () => $('#file').click());
$('#file').addEventListener('change', (e) => { openFile(e.target.files[0]); e.target.value = ''; });

const dropZone = $('#drop-zone');
document.addEventListener('dragover', (e) => {
  if (![...(e.dataTransfer?.types || [])].includes('Files')) return;
  e.preventDefault();
  dropZone.hidden = false;
});
document.addEventListener('dragleave', (e) => { if (!e.relatedTarget) dropZone.hidden = true; });
document.addEventListener('drop', (e) => {
  dropZone.hidden = true;
  if (!e.dataTransfer?.files?.length) return;
  e.preventDefault();
  openFile(e.dataTransfer.files[0]);
});

$('#annotate').addEventListener('click', annotateNow);
// "Load example" and "Clear" replace the text: the old one is offered back with Undo, and stays
// the kept copy until the reader types, pastes or opens something new (or forgets it).
function dropUndo() {
  undoable = null;
  $('#undo-note').hidden = true;
}
function replaceText(text, name, what) {
  const old = currentText();
  if (old && old !== text) {
    if (!undoable) undoable = { text: old, name: `${fileBase}.txt` };
    $('#undo-text').textContent = `${what} Your text (${old.length.toLocaleString('en')} characters) is kept until you write a new one.`;
    $('#undo-note').hidden = false;
  }
  setText(text, name);
}
$('#undo').addEventListener('click', () => {
  const { text, name } = undoable;
  dropUndo();
  setText(text, name);
  input.focus();
});
$('#forget').addEventListener('click', () => {
  dropUndo();
  $('#storage-note').hidden = keepText(currentText());
});
$('#example').addEventListener('click', () => { goToResult(); replaceText(EXAMPLE, 'example', 'The example replaced your text.'); });
$('#clear').addEventListener('click', () => { replaceText('', '', 'Cleared.'); input.focus(); });

// ---- Views and toggles. ----

const theme = $('#theme');
theme.value = self.newsmarkTheme ? self.newsmarkTheme() : 'system';
theme.addEventListener('change', () => {
  try { localStorage.setItem('newsmark:theme', theme.value); } catch { /* storage off: this visit only */ }
  if (self.newsmarkTheme) self.newsmarkTheme();
});
$('#details-close').addEventListener('click', () => { view.select(null); output.focus(); });

$('#legend').addEventListener('change', (e) => {
  if (e.target.type !== 'checkbox') return;
  for (const box of [output, $('#listview')]) box.classList.toggle(`hide-${e.target.value}`, !e.target.checked);
});

document.querySelector('.views').addEventListener('change', (e) => {
  const list = e.target.value === 'list';
  output.hidden = list;
  $('#keys-help').hidden = list;
  $('#listview').hidden = !list;
  if (list) listView($('#list-rows'), $('#list-more'), shown.annotations, shown.index);
});

// Any "pick" button (panels, list view, details card) selects its annotation in the article.
document.addEventListener('click', (e) => {
  const b = e.target.closest('button[data-pick]');
  if (!b) return;
  if (output.hidden) document.querySelector('.views input[value="marks"]').click();
  view.select(b.dataset.pick, { focus: true });
  const mark = output.querySelector(`mark.selected`);
  if (mark) mark.scrollIntoView({ block: 'center' });
});

// ---- Export. ----

// Each format is one file; what Copy puts on the clipboard is its text (brat: the .ann).
const FORMATS = {
  json: async () => ({ name: `${fileBase}.json`, type: 'application/json', data: toJSON(shown.text, shown.annotations) }),
  jsonld: async () => ({
    name: `${fileBase}.jsonld`,
    type: 'application/ld+json',
    data: await webAnnotationParts(shown.text, shown.annotations, { pause: nextTask, index: shown.index }),
  }),
  brat: async () => {
    const { txt, ann, conf } = toBrat(shown.text, shown.annotations);
    const files = [{ name: `${fileBase}.txt`, data: txt }, { name: `${fileBase}.ann`, data: ann }, { name: 'annotation.conf', data: conf }];
    return { name: `${fileBase}.brat.zip`, type: 'application/zip', data: zip(files), copy: ann };
  },
  html: async () => ({ name: `${fileBase}.html`, type: 'text/html', data: toHTML(shown.text, shown.annotations, `${fileBase} (newsmark)`) }),
};

// `data`: a string, a list of strings or bytes.
const textOf = (data) => (Array.isArray(data) ? data.join('') : data);
// A list of strings becomes a Blob a slice at a time, each its own task (tens of MB of
// Web Annotation would otherwise be encoded in one).
async function download({ name, type, data }) {
  let blob = new Blob([], { type: data instanceof Uint8Array ? type : `${type};charset=utf-8` });
  const parts = Array.isArray(data) ? data : [data];
  for (let i = 0; i < parts.length; i += 2000) {
    blob = new Blob([blob, ...parts.slice(i, i + 2000)], { type: blob.type });
    if (i + 2000 < parts.length) await nextTask();
  }
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

$('#exports').addEventListener('click', async (e) => {
  const b = e.target.closest('button[data-act]');
  if (!b) return;
  const format = b.closest('[data-format]').dataset.format;
  setStatus('Preparing the export…');
  const file = await FORMATS[format]();
  if (b.dataset.act === 'download') {
    await download(file);
    setStatus(`Downloaded ${file.name}.`);
  } else {
    try {
      await navigator.clipboard.writeText(file.copy ?? textOf(file.data));
      setStatus(`Copied ${file.copy ? '.ann' : file.name.split('.').pop()} to the clipboard.`);
    } catch (err) {
      setStatus(`Could not copy: ${err.message || err}`, true);
    }
  }
});

// ---- Start: restore the last text. ----

const restored = keptText();
if (restored) setText(restored, '');
else annotateNow();
