// The annotated article: renders the marks piece by piece, keeps the selection (the selected
// annotation and everything of the same entity) and moves through the annotations by keyboard.
//
// Long texts: the article renders in pieces of about CHUNK code units cut where no span is
// open; the first piece at once, the next ones as the reader scrolls near the end (or jumps to
// an annotation further on). A notice says how much is shown; every annotation stays in the
// panels, the list view and the exports, so none is dropped.
import { chunkBounds, renderAnnotated } from './render.js';
import { clip, describe } from './labels.js';

const CHUNK = 60000;

export function createArticleView(output, notice, { onSelect }) {
  let text = '';
  let anns = [];
  let index = null;
  let bounds = [0, 0];
  let rendered = 0; // pieces rendered
  let selectedId = null;
  let current = -1; // position in anns of the annotation keyboard focus is on
  let posOf = null; // id -> position in anns, built when first needed
  let lit = []; // elements carrying .selected or .related
  const sentinel = document.createElement('span');
  sentinel.className = 'sentinel';
  sentinel.setAttribute('aria-hidden', 'true');
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) renderNext();
  }, { root: output, rootMargin: '800px' });

  const decorate = (el, a) => {
    el.title = describe(a, index);
    const hue = index.hue(a);
    if (hue !== undefined) el.dataset.hue = String(hue);
    if (a.mode) el.dataset.mode = a.mode;
    if (a.form) el.dataset.form = a.form;
    if (a.edit) el.dataset.edit = a.edit;
    if (a.check) el.dataset.check = '';
    if (selectedId) {
      if (a.id === selectedId) el.classList.add('selected');
      else if (index.keyOf.get(a.id) === index.keyOf.get(selectedId)) el.classList.add('related');
      lit.push(el);
    }
  };

  function updateNotice() {
    const total = bounds[bounds.length - 1];
    const shown = bounds[rendered];
    notice.hidden = shown >= total;
    if (shown < total) {
      notice.textContent = `Long article: showing the first ${shown.toLocaleString('en')} of ` +
        `${total.toLocaleString('en')} characters; the rest appears as you scroll. ` +
        `All ${anns.length.toLocaleString('en')} annotations are in the panels, the list view and the exports.`;
    }
  }

  function renderNext() {
    if (rendered + 1 >= bounds.length) return false;
    const from = bounds[rendered];
    const to = bounds[rendered + 1];
    const piece = renderAnnotated(text, anns, decorate, from, to);
    output.insertBefore(piece, sentinel);
    rendered += 1;
    if (rendered + 1 >= bounds.length) {
      observer.disconnect();
      sentinel.remove();
    }
    updateNotice();
    return true;
  }

  function ensureRendered(offset) {
    while (bounds[rendered] <= offset && renderNext()) { /* next piece */ }
  }

  const marksOf = (id) => output.querySelectorAll(`mark[data-id="${CSS.escape(id)}"]`);

  function clearLit() {
    for (const el of lit) el.classList.remove('selected', 'related', 'speaker-of');
    lit = [];
    if (self.Highlight) CSS.highlights.delete('cue');
  }

  // A claim's cue ("said") has no element: the CSS Custom Highlight API marks its Range.
  function showCue(cue) {
    if (!cue || !self.Highlight || cue.end > bounds[rendered]) return;
    const walker = document.createTreeWalker(output, NodeFilter.SHOW_TEXT);
    const range = new Range();
    for (let at = 0, node; (node = walker.nextNode()); at += node.length) {
      if (cue.start >= at && cue.start < at + node.length) range.setStart(node, cue.start - at);
      if (cue.end > at && cue.end <= at + node.length) { range.setEnd(node, cue.end - at); break; }
    }
    CSS.highlights.set('cue', new Highlight(range));
  }

  // The marks under a point, innermost first.
  const stackAt = (el) => {
    const ids = [];
    for (let m = el.closest('mark[data-id]'); m; m = m.parentElement.closest('mark[data-id]')) ids.push(m.dataset.id);
    return ids;
  };
  // The marks around the given one and inside it, as [label, id] links for the details card.
  const nested = (el) => [...new Set([...stackAt(el.parentElement), ...[...el.querySelectorAll('mark')].map((m) => m.dataset.id)])]
    .map((id) => [`${index.byId.get(id).kind} “${clip(index.byId.get(id).text, 40)}”`, id]);

  function select(id, { focus = false, scroll = true } = {}) {
    clearLit();
    selectedId = id && index.byId.has(id) ? id : null;
    if (!selectedId) { current = -1; onSelect(null); return; }
    const a = index.byId.get(selectedId);
    ensureRendered(a.start);
    const members = new Set(index.members.get(index.keyOf.get(selectedId)) || []);
    // One pass over the rendered marks (an entity may have thousands of mentions).
    for (const el of output.getElementsByTagName('mark')) {
      if (!members.has(el.dataset.id)) continue;
      el.classList.add(el.dataset.id === selectedId ? 'selected' : 'related');
      lit.push(el);
    }
    // A claim: its own speaker mention ringed too, its cue lit: who said it, and the word that says so.
    if (a.kind === 'claim') {
      for (const el of marksOf(a.speaker || '')) { el.classList.add('speaker-of'); lit.push(el); }
      showCue(a.cue);
    }
    if (!posOf) posOf = new Map(anns.map((x, i) => [x.id, i]));
    current = posOf.get(selectedId);
    const first = marksOf(selectedId)[0];
    if (first) {
      if (focus) {
        if (!first.hasAttribute('tabindex')) first.tabIndex = -1;
        label(first, a);
        first.focus({ preventScroll: true });
      }
      if (scroll) first.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    onSelect(a, first ? nested(first) : []);
  }

  // Only the mark that has the focus is a named control ("speaker: Dmitry Peskov"); the others
  // have no role or name, so reading the article stays reading prose.
  function label(el, a) {
    el.setAttribute('role', 'button');
    // The name holds the visible text too (WCAG 2.5.3, label in name).
    el.setAttribute('aria-label', `${describe(a, index)}: ${el.textContent}`);
  }
  output.addEventListener('focusout', (e) => {
    if (e.target.matches && e.target.matches('mark[role]')) {
      e.target.removeAttribute('role');
      e.target.removeAttribute('aria-label');
    }
  });

  // Kinds switched off in the legend are skipped: the keys visit what the reader sees.
  const shownKind = (a) => !output.classList.contains(`hide-${a.kind}`);
  function move(step) {
    let next = current < 0 ? (step > 0 ? 0 : anns.length - 1) : current + step;
    while (next >= 0 && next < anns.length && !shownKind(anns[next])) next += step;
    if (next >= 0 && next < anns.length) select(anns[next].id, { focus: true });
  }

  // A click selects the innermost mark; again, the one around it ("North Korea" the speaker
  // around the country), and so on out, then in again.
  const outward = (ids) => ids[(ids.indexOf(selectedId) + 1) % ids.length];
  output.addEventListener('click', (e) => {
    const ids = stackAt(e.target);
    if (ids.length) select(outward(ids), { focus: true, scroll: false });
  });
  output.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const keys = { n: 1, j: 1, p: -1, k: -1 };
    if (e.key in keys) { move(keys[e.key]); e.preventDefault(); }
    else if (e.key === 'Home') { current = -1; move(1); e.preventDefault(); }
    else if (e.key === 'End') { current = -1; move(-1); e.preventDefault(); }
    else if (e.key === 'Enter' || e.key === ' ') {
      const mark = e.target.closest && e.target.closest('mark[data-id]');
      if (mark) { select(mark.dataset.id, { focus: true }); e.preventDefault(); }
      else if (e.target === output) { move(1); e.preventDefault(); }
    } else if (e.key === 'o') { // the mark around the focused one
      const ids = stackAt(e.target);
      if (ids.length > 1) select(outward(ids), { focus: true });
      e.preventDefault();
    } else if (e.key === 'Escape') { select(null); output.focus(); }
  });

  return {
    show(newText, newAnns, newIndex) {
      text = newText;
      anns = newAnns;
      index = newIndex;
      posOf = null;
      if (selectedId && !index.byId.has(selectedId)) selectedId = null;
      lit = [];
      current = -1;
      bounds = chunkBounds(text.length, anns, CHUNK);
      rendered = 0;
      observer.disconnect();
      output.replaceChildren(sentinel);
      renderNext();
      if (sentinel.isConnected) observer.observe(sentinel);
      updateNotice();
      if (selectedId) select(selectedId, { scroll: false });
      else onSelect(null);
    },
    select,
    get selectedId() { return selectedId; },
  };
}
