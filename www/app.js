// The page shell: wires the input to the annotator and the annotator's result to the views.
// All language logic is in the wasm core; this file only moves text and offsets around.
import { EXAMPLE } from './example.js';
import { createAnnotator } from './annotator.js';
import { createArticleView } from './article.js';
import { buildIndex, describe, indexAnnotations, KINDS } from './labels.js';
import { listView, renderDetails, renderPanels } from './panels.js';
import { fileToText, keepText, keptText, pastedText } from './input.js';
import { toBrat, toHTML, toJSON, webAnnotationParts, zip } from './exports.js';
import { createCorrector } from './correct.js';

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
let undoable = null; // {text, name} replaced by Clear or Load example

// The text to annotate.
const currentText = () => (held !== null ? held : input.value);

// What is on screen: the text that was annotated and its annotations.
let shown = { text: '', annotations: [], index: indexAnnotations([]) };
let core = { text: '', annotations: [], rules: new Map(), ms: 0 }; // the core's last result, before corrections
let fileBase = 'article';

function setStatus(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

// ---- Showing a result. ----

const view = createArticleView(output, $('#render-notice'), {
  onSelect(a, nested = []) {
    renderDetails($('#details-fields'), $('#details-empty'), a, shown.index, nested.length ? [['also here', nested]] : []);
    corrector.renderForm(a);
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
    if (next.done) { index = next.value; index.rules = core.rules; break; }
    if (!(await step())) return;
  }
  if (!(await step())) return;
  shown = { text, annotations, index };
  view.show(text, annotations, index);
  if (!(await step())) return;
  // Territorial claims apart.
  const counts = { territorial: 0 };
  for (const k of KINDS) counts[k] = 0;
  for (const a of annotations) counts[a.mode === 'territorial' ? 'territorial' : a.kind] += 1;
  for (const k in counts) $(`[data-count="${k}"]`).textContent = counts[k].toLocaleString('en');
  renderPanels(document, annotations, index);
  if (!$('#listview').hidden) listView($('#list-rows'), $('#list-more'), annotations, index);
  output.dataset.state = 'done';
  const n = annotations.length;
  setStatus(!text ? 'Ready.' : n ? `${n.toLocaleString('en')} marks found in ${ms.toFixed(0)} ms.`
    : 'Nothing found: no speaker, country, claim or protest in this text.');
  // On a phone, after a paste, a file or the example: down to the result.
  if (toResult) $('.result').scrollIntoView();
  toResult = false;
}
let toResult = false;
const goToResult = () => { toResult = matchMedia('(max-width: 820px)').matches; };

// ---- The annotator. ----

const annotator = createAnnotator({
  onReady(version) {
    $('#version').textContent = `v${version}`;
    document.body.dataset.ready = 'true';
    if (!currentText()) setStatus('Ready.');
  },
  onResult({ text, annotations, rules, ms }) {
    core = { text, annotations, rules, ms };
    const corrected = corrector.apply(text, annotations);
    if (corrected) show(text, corrected, ms);
  },
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
  // While Undo is offered, the replaced text stays the kept copy.
  if (!undoable) $('#storage-note').hidden = keepText(text);
}
function later() {
  output.dataset.state = 'pending';
  clearTimeout(timer);
  timer = setTimeout(annotateNow, DEBOUNCE_MS);
}

// ---- Input. ----

function setText(text, name) {
  corrector.reset(text);
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
  corrector.follow(currentText());
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
    // A JSON export of this page: its text, and its marks as corrections to continue.
    if (/\.json$/i.test(file.name) || file.type === 'application/json') {
      const loaded = JSON.parse(await file.text());
      if (typeof loaded.text !== 'string' || !Array.isArray(loaded.annotations)) throw new Error(`"${file.name}" is not a newsmark JSON export`);
      setText(loaded.text, file.name);
      corrector.expect(loaded);
      if (core.text === loaded.text) redraw();
      return;
    }
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
// Clear and Load example offer the text back (Undo), kept until a new one is written.
function dropUndo() {
  undoable = null;
  $('#undo-note').hidden = true;
}
function replaceText(text, name, what) {
  const old = currentText();
  if (old && old !== text) {
    undoable ||= { text: old, name: `${fileBase}.txt` };
    $('#undo-text').textContent = `${what} Your text is kept until you write a new one.`;
    $('#undo-note').hidden = false;
  }
  setText(text, name);
}
$('#restore').addEventListener('click', () => {
  const { text, name } = undoable;
  dropUndo();
  setText(text, name);
});
$('#forget').addEventListener('click', () => {
  dropUndo();
  $('#storage-note').hidden = keepText(currentText());
  corrector.reset(currentText(), true);
});
$('#example').addEventListener('click', () => { goToResult(); replaceText(EXAMPLE, 'example', 'The example replaced your text.'); });
$('#clear').addEventListener('click', () => { replaceText('', '', 'Cleared.'); input.focus(); });

// ---- Views and toggles. ----

const theme = $('#theme');
theme.value = document.documentElement.dataset.theme || 'system';
theme.addEventListener('change', () => {
  document.documentElement.dataset.theme = theme.value;
  try { localStorage.setItem('newsmark:theme', theme.value); } catch { /* this visit only */ }
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

// Each format is one file [name, type, parts, copied]: its data a list of strings (or a Blob);
// Copy copies `copied`, else the parts joined (brat: the .ann).
const FORMATS = {
  json: async () => [`${fileBase}.json`, 'application/json', [toJSON(shown.text, shown.annotations)]],
  jsonld: async () => [`${fileBase}.jsonld`, 'application/ld+json',
    await webAnnotationParts(shown.text, shown.annotations, { pause: nextTask, index: shown.index })],
  brat: async () => {
    const { txt, ann, conf } = toBrat(shown.text, shown.annotations);
    return [`${fileBase}.brat.zip`, 'application/zip',
      [zip([[`${fileBase}.txt`, txt], [`${fileBase}.ann`, ann], ['annotation.conf', conf]])], ann];
  },
  html: async () => [`${fileBase}.html`, 'text/html', [toHTML(shown.text, shown.annotations, `${fileBase} (newsmark)`)]],
};

// The Blob grows by 2,000 parts at a time, each its own task: tens of MB at once would freeze.
async function download([name, type, parts]) {
  let blob = new Blob([], { type });
  for (let i = 0; i < parts.length; i += 2000) {
    await nextTask();
    blob = new Blob([blob, ...parts.slice(i, i + 2000)], { type });
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
  const file = await FORMATS[b.closest('[data-format]').dataset.format]();
  if (b.dataset.act === 'download') {
    await download(file);
    setStatus(`Downloaded ${file[0]}.`);
  } else {
    try {
      await navigator.clipboard.writeText(file[3] ?? file[2].join(''));
      setStatus(`Copied ${file[3] ? '.ann' : file[0].split('.').pop()} to the clipboard.`);
    } catch (err) {
      setStatus(`Could not copy: ${err.message || err}`, true);
    }
  }
});

// ---- Corrections (correct.js). ----

const corrector = createCorrector({
  output,
  input,
  view,
  shown: () => shown,
  redraw,
});
// Shows the core's last result again with the corrections as they are now.
async function redraw() {
  const corrected = corrector.apply(core.text, core.annotations);
  if (corrected) await show(core.text, corrected, core.ms);
}

// ---- Start: restore the last text. ----

const restored = keptText();
if (restored) setText(restored, '');
else annotateNow();
