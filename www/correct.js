// The correct mode: the reader removes, changes, confirms and adds marks, by pointer and by
// keyboard, with undo and redo. The corrections (corrections.js, plain data) are kept beside
// the text in localStorage and follow its edits. No language logic: the reader decides.
import {
  addMark, applyCorrections, blank, changeMark, confirmMark, correctionsFrom, followEdit, keyOf, removeMark, textEdit,
} from './corrections.js';
import { clip, countryName } from './labels.js';

const STORE_KEY = 'newsmark:corrections';
const CHOICES = { mode: ['direct', 'reported', 'territorial'], form: ['diplomatic', 'condemnation', 'demonstration'] };

// A short fingerprint of the text the kept corrections belong to.
function fingerprint(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return `${text.length}:${h >>> 0}`;
}

const $ = (s) => document.querySelector(s);
function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

// shown(): {text, annotations, index} on screen; redraw(): shows the core's result again with
// the corrections applied (a promise).
export function createCorrector({ output, input, view, shown, redraw }) {
  let text = '';
  let list = [];
  let past = [];
  let future = [];
  let wanted = null; // {text, annotations} of a loaded JSON export, until the core has run on it
  let on = false;
  const form = $('#edit-form');
  const note = $('#correct-status');
  const say = (m) => { note.textContent = m; };

  function keep() {
    try {
      if (list.length) localStorage.setItem(STORE_KEY, JSON.stringify({ text: fingerprint(text), list }));
      else localStorage.removeItem(STORE_KEY);
    } catch { /* storage off: the corrections last as long as the page */ }
  }
  // Not on a new text: the replaced text's corrections stay kept for Undo (app.js).
  function update(store = true) {
    if (store) keep();
    $('#undo').disabled = !past.length;
    $('#redo').disabled = !future.length;
    $('#correct-count').textContent = list.length ? `${list.length} correction${list.length > 1 ? 's' : ''}` : '';
  }

  // Shows the result of a change and selects the mark with key `select` (focus in the article,
  // or on the form's control `field`).
  async function after(select, field) {
    await redraw();
    const a = select && shown().annotations.find((x) => keyOf(x) === select);
    if (a) view.select(a.id, { focus: !field });
    if (field) form.querySelector(`[data-field="${field}"]`)?.focus();
  }
  function commit(next, message, select, field) {
    past.push(list);
    future = [];
    list = next;
    update();
    say(message);
    return after(select, field);
  }
  function step(from, to, word) {
    if (!from.length) return;
    to.push(list);
    list = from.pop();
    update();
    say(`${word}.`);
    after(null);
  }
  const undo = () => step(past, future, 'Undone');
  const redo = () => step(future, past, 'Redone');

  const selected = () => (view.selectedId ? shown().index.byId.get(view.selectedId) : null);

  // The span the reader selected: in the article (pointer) or in the text box (keyboard),
  // without the spaces at its ends.
  function selectedSpan() {
    const { text: t } = shown();
    let start = -1;
    let end = -1;
    const sel = getSelection();
    if (sel.rangeCount && !sel.isCollapsed && output.contains(sel.anchorNode) && output.contains(sel.focusNode)) {
      const r = sel.getRangeAt(0);
      const before = document.createRange();
      before.setStart(output, 0);
      before.setEnd(r.startContainer, r.startOffset);
      start = before.toString().length;
      end = start + r.toString().length;
    } else if (input.value === t && input.selectionEnd > input.selectionStart) {
      ({ selectionStart: start, selectionEnd: end } = input);
    }
    while (start < end && /\s/.test(t[start])) start++;
    while (end > start && /\s/.test(t[end - 1])) end--;
    return end > start ? { start, end } : null;
  }

  function add(kind) {
    const span = selectedSpan();
    if (!span) { say('Select some text in the article or in the text box first.'); return; }
    const ann = blank(kind, span.start, span.end);
    getSelection().removeAllRanges();
    commit(addMark(list, ann), `Added a ${kind}: ${clip(shown().text.slice(span.start, span.end), 60)}.`, keyOf(ann),
      { claim: 'speaker', country: 'code', protest: 'form' }[kind]);
  }

  const byId = () => shown().index.byId;
  function change(a, fields, field) {
    commit(changeMark(list, a, byId(), fields), `Changed the ${a.kind}.`, keyOf(a), field);
  }
  function remove(a) {
    const next = shown().annotations.find((x) => x.start >= a.start && x !== a);
    commit(removeMark(list, a, byId()), `Removed the ${a.kind} “${clip(a.text, 60)}”.`, next && keyOf(next));
  }
  function confirm(a) {
    commit(confirmMark(list, a, byId()), `Confirmed the ${a.kind}.`, keyOf(a));
  }
  function newSpeaker(claim) {
    const span = selectedSpan();
    if (!span) { say('Select the speaker’s words in the article or in the text box first.'); return; }
    const speaker = blank('speaker', span.start, span.end);
    getSelection().removeAllRanges();
    const next = addMark(list, speaker);
    const c = changeMark(next, claim, byId(), { speaker: keyOf(speaker) });
    commit(c, `The claim’s speaker is now “${clip(shown().text.slice(span.start, span.end), 60)}”.`, keyOf(claim), 'speaker');
  }

  // A <select> of the marks a claim or protest can point to.
  function refSelect(a, field, kinds) {
    const s = el('select', { className: 'ref' });
    s.dataset.field = field;
    s.append(el('option', { value: '', textContent: '(none)' }));
    const seen = new Map();
    const current = a[field] && byId().get(a[field]);
    for (const m of shown().annotations) {
      if (!kinds.includes(m.kind)) continue;
      const n = (seen.get(m.text) || 0) + 1;
      seen.set(m.text, n);
      const label = `${clip(m.text, 50)}${n > 1 ? ` (${n})` : ''}${m.kind === 'country' ? ` · ${m.code}` : ''}`;
      s.append(el('option', { value: keyOf(m), textContent: label, selected: m === current }));
    }
    s.addEventListener('change', () => change(a, { [field]: s.value || null }, field));
    return s;
  }
  function choice(a, field) {
    const s = el('select');
    s.dataset.field = field;
    for (const v of CHOICES[field]) s.append(el('option', { value: v, textContent: v, selected: a[field] === v }));
    s.addEventListener('change', () => change(a, { [field]: s.value }, field));
    return s;
  }
  // An ISO code field: set on Enter or when the focus leaves; empty is "none" where allowed.
  function codeInput(a, field, optional) {
    const i = el('input', { value: a[field] || '', maxLength: 2, size: 3, autocomplete: 'off', spellcheck: false });
    i.dataset.field = field;
    let done = false; // Enter, then the change event as the field goes: one correction
    const set = () => {
      const code = i.value.trim().toUpperCase();
      if (done || code === (a[field] || '')) return;
      if (!code && optional) { done = true; change(a, { [field]: null }, field); return; }
      if (!/^[A-Z]{2}$/.test(code) || countryName(code) === code) {
        say(`“${i.value}” is not an ISO 3166 country code (two letters, e.g. JP).`);
        return;
      }
      done = true;
      change(a, { [field]: code }, field);
    };
    i.addEventListener('change', set);
    i.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); set(); } });
    return i;
  }
  const field = (label, control) => el('label', { className: 'field' }, `${label} `, control);

  // The form under the details card, for the selected mark.
  function renderForm(a = selected()) {
    form.hidden = !on || !a;
    form.replaceChildren();
    if (form.hidden) return;
    const rows = [];
    if (a.check) rows.push(el('p', { className: 'notice' }, 'The text changed inside this mark: check it, then confirm.'));
    if (a.kind === 'claim') {
      const speaker = field(a.mode === 'territorial' ? 'Claimant' : 'Speaker', refSelect(a, 'speaker', ['speaker', 'country']));
      const fresh = el('button', { type: 'button', className: 'from-selection', textContent: 'Speaker from selected text' });
      fresh.addEventListener('click', () => newSpeaker(a));
      rows.push(field('Mode', choice(a, 'mode')), speaker, fresh);
    } else if (a.kind === 'country') {
      rows.push(field('ISO code', codeInput(a, 'code', false)));
    } else if (a.kind === 'protest') {
      rows.push(field('Form', choice(a, 'form')), field('Protester', refSelect(a, 'protester', ['speaker', 'country'])),
        field('Against', codeInput(a, 'against', true)));
    }
    const ok = el('button', { type: 'button', textContent: 'Confirm', title: 'Confirm (c)' });
    ok.addEventListener('click', () => confirm(a));
    const del = el('button', { type: 'button', textContent: 'Remove', title: 'Remove (Delete)' });
    del.addEventListener('click', () => remove(a));
    rows.push(el('div', { className: 'actions' }, ok, del));
    form.append(...rows);
  }

  function setMode(value) {
    on = value;
    document.body.classList.toggle('correcting', on);
    $('#correct').setAttribute('aria-pressed', String(on));
    $('#correct-bar').hidden = !on;
    renderForm();
  }
  $('#correct').addEventListener('click', () => setMode(!on));
  $('#correct-bar').addEventListener('click', (e) => {
    const b = e.target.closest('button[data-add]');
    if (b) add(b.dataset.add);
  });
  // Escape in the form goes back to the mark in the article.
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && view.selectedId) { e.preventDefault(); view.select(view.selectedId, { focus: true }); }
  });
  $('#undo').addEventListener('click', undo);
  $('#redo').addEventListener('click', redo);

  // Keys on a mark in the article: Delete removes it, c confirms it, e goes to its form.
  output.addEventListener('keydown', (e) => {
    const a = on && !e.ctrlKey && !e.metaKey && !e.altKey && selected();
    if (!a) return;
    if (e.key === 'Delete' || e.key === 'Backspace') remove(a);
    else if (e.key === 'c') confirm(a);
    else if (e.key === 'e') form.querySelector('select, input, button')?.focus();
    else return;
    e.preventDefault();
  });
  // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo corrections, except in a text field (its own).
  document.addEventListener('keydown', (e) => {
    if (!on || !(e.ctrlKey || e.metaKey) || e.target.closest('textarea, input, select')) return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) undo();
    else if (k === 'y' || (k === 'z' && e.shiftKey)) redo();
    else return;
    e.preventDefault();
  });

  return {
    renderForm,
    // A new text (loaded, opened, cleared, restored): its kept corrections, if any; `forget`
    // drops those of the text replaced.
    reset(newText, forget = false) {
      text = newText;
      past = [];
      future = [];
      list = [];
      try {
        const kept = JSON.parse(localStorage.getItem(STORE_KEY) || 'null');
        if (kept && kept.text === fingerprint(text)) list = kept.list;
      } catch { /* nothing kept */ }
      update(forget);
    },
    // The text was edited: every correction follows its text (see corrections.js).
    follow(newText) {
      if (newText === text) return;
      if (list.length || past.length || future.length) {
        const edit = textEdit(text, newText);
        const r = followEdit(list, newText, edit);
        const move = (l) => followEdit(l, newText, edit).list;
        list = r.list;
        past = past.map(move);
        future = future.map(move);
        const parts = [r.flagged && `${r.flagged} corrected mark${r.flagged > 1 ? 's' : ''} flagged: the text changed inside`,
          r.dropped && `${r.dropped} correction${r.dropped > 1 ? 's' : ''} dropped: ${r.dropped > 1 ? 'their' : 'its'} text was deleted`];
        if (r.flagged || r.dropped) say(`${parts.filter(Boolean).join('; ')}.`);
      }
      text = newText;
      update();
    },
    // A JSON export loaded back: its marks become corrections once the core has run on its text.
    expect(loaded) { wanted = loaded; },
    // The core's result for `coreText` with the corrections applied, or null when the
    // corrections belong to a newer text (a newer result is on its way).
    apply(coreText, core) {
      if (coreText !== text) return list.length ? null : core;
      if (wanted && wanted.text === coreText) {
        list = correctionsFrom(core, wanted.annotations);
        wanted = null;
        update();
      }
      return list.length ? applyCorrections(coreText, core, list) : core;
    },
  };
}
