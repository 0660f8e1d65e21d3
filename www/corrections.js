// A reader's corrections of the core's marks. Corrections are data, never rules: each one is a
// whole annotation as the reader wants it (`ann`, with references to other marks written as
// their keys, "kind:start:end", because the core's ids change from run to run) and what the
// reader did (`edit`: added, changed, confirmed or removed). Applied to the core's result, a
// correction replaces the core's mark with the same key, removes it, or adds to it. When the
// text is edited, every span follows the edit; a mark the edit touched is flagged (`check`).
// Pure functions, no DOM: unit-tested in Node (tests/browser/units.suite.js).

export const keyOf = (a) => `${a.kind}:${a.start}:${a.end}`;
const REFS = ['speaker', 'protester'];
const SPANS = ['cue', 'target'];
const PAGE_ONLY = ['id', 'edit', 'check', 'text'];

// The annotation `a` of a result (whose ids `byId` resolves) as a correction stores it.
export function snapshot(a, byId) {
  const s = {};
  for (const [k, v] of Object.entries(a)) if (!PAGE_ONLY.includes(k)) s[k] = v;
  for (const f of REFS) if (f in s) s[f] = s[f] && byId.has(s[f]) ? keyOf(byId.get(s[f])) : null;
  return s;
}

// The corrected result: the core's annotations of `text` with `corrections` applied, sorted as
// the core sorts (by start, longer first). Corrected marks carry `edit` (and `check` when the
// text changed inside them); a core mark keeps its id, an added one gets p1, p2, ...
// References to a removed mark become null.
export function applyCorrections(text, core, corrections) {
  const byKey = new Map(corrections.map((c) => [keyOf(c.ann), c]));
  const coreKey = new Map(core.map((a) => [a.id, keyOf(a)]));
  const idOf = new Map(); // key -> id in the result
  const out = [];
  let added = 0;
  const place = (c, id) => {
    if (c.edit === 'removed') return;
    const a = { ...c.ann, id, text: text.slice(c.ann.start, c.ann.end), edit: c.edit };
    if (c.check) a.check = true;
    out.push(a);
  };
  for (const a of core) {
    const c = byKey.get(keyOf(a));
    if (c) {
      byKey.delete(keyOf(a));
      place(c, a.id);
    } else out.push({ ...a });
  }
  for (const c of byKey.values()) place(c, `p${++added}`);
  for (const a of out) idOf.set(keyOf(a), a.id);
  for (const a of out) {
    for (const f of REFS) if (a[f]) a[f] = idOf.get(a.edit ? a[f] : coreKey.get(a[f])) ?? null;
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

// The list with `c` in place of the correction of the same key (or at its end).
function put(list, c) {
  const at = list.findIndex((x) => keyOf(x.ann) === keyOf(c.ann));
  return at < 0 ? [...list, c] : list.map((x, i) => (i === at ? c : x));
}

// Removes the shown mark `a`; removing a mark the reader added forgets it.
export function removeMark(list, a, byId) {
  if (a.edit === 'added') return list.filter((x) => keyOf(x.ann) !== keyOf(a));
  return put(list, { edit: 'removed', ann: snapshot(a, byId) });
}

// Sets `fields` of the shown mark `a` (references given as keys).
export function changeMark(list, a, byId, fields) {
  return put(list, { edit: a.edit === 'added' ? 'added' : 'changed', ann: { ...snapshot(a, byId), ...fields } });
}

// Says the shown mark `a` is right as it stands (and clears its flag).
export function confirmMark(list, a, byId) {
  return put(list, { edit: a.edit || 'confirmed', ann: snapshot(a, byId) });
}

// The fields a mark the reader adds starts with; the reader sets them next.
const BLANK = {
  speaker: { name: null, title: null, country: null, entity: null },
  country: { code: null, form: null },
  claim: { mode: 'reported', speaker: null, cue: null },
  protest: { form: 'diplomatic', protester: null, target: null, against: null },
};
export const blank = (kind, start, end) => ({ kind, start, end, ...BLANK[kind] });

export function addMark(list, ann) {
  return put(list, { edit: 'added', ann });
}

// The one replaced range that turns `before` into `after`: [from, to) of `before` became
// [from, toAfter) of `after` (common prefix and suffix; linear).
export function textEdit(before, after) {
  const max = Math.min(before.length, after.length);
  let from = 0;
  while (from < max && before.charCodeAt(from) === after.charCodeAt(from)) from++;
  let tail = 0;
  while (tail < max - from && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { from, to: before.length - tail, toAfter: after.length - tail };
}

// Maps span [start, end) through `edit`: {start, end, touched} (touched: the edit changed text
// inside it or across one of its ends). Text inserted right at either end stays outside; an
// edit across an end keeps only the span's own text that is left.
function mapSpan(start, end, { from, to, toAfter }) {
  const d = toAfter - to;
  const touched = !(end <= from || start >= to);
  const s = start >= to ? start + d : start <= from ? start : toAfter;
  const e = end <= from ? end : end >= to ? end + d : from;
  return { start: s, end: e, touched };
}

const mapKey = (key, edit) => {
  const [kind, s, e] = key.split(':');
  const m = mapSpan(+s, +e, edit);
  return m.end > m.start ? keyOf({ kind, ...m }) : null;
};

// Carries `list` through the edit of the text into `after`: every span moves with the text
// around it; a correction whose span the edit touched is kept and flagged (`check`); one whose
// whole text was deleted is dropped and counted. Returns {list, flagged, dropped}.
export function followEdit(list, after, edit) {
  let flagged = 0;
  let dropped = 0;
  const out = [];
  for (const c of list) {
    const m = mapSpan(c.ann.start, c.ann.end, edit);
    if (m.end <= m.start) { dropped++; continue; }
    const ann = { ...c.ann, start: m.start, end: m.end };
    for (const f of SPANS) {
      if (!ann[f]) continue;
      const s = mapSpan(ann[f].start, ann[f].end, edit);
      ann[f] = s.end > s.start ? { start: s.start, end: s.end, text: after.slice(s.start, s.end) } : null;
    }
    for (const f of REFS) if (ann[f]) ann[f] = mapKey(ann[f], edit);
    const check = c.check || m.touched;
    if (m.touched && !c.check) flagged++;
    out.push(check ? { ...c, ann, check } : { ...c, ann });
  }
  return { list: out, flagged, dropped };
}

// The corrections that turn the core's `core` into `wanted` (a result loaded back from a JSON
// export): marks that differ or carry an `edit` are kept, core marks missing are removed.
export function correctionsFrom(core, wanted) {
  const wantedKeys = new Set(wanted.map(keyOf));
  const wantedById = new Map(wanted.map((a) => [a.id, a]));
  // A core mark that points to a removed one points to nothing, as applyCorrections shows it.
  const kept = new Map(core.filter((a) => wantedKeys.has(keyOf(a))).map((a) => [a.id, a]));
  const coreByKey = new Map(core.map((a) => [keyOf(a), snapshot(a, kept)]));
  const list = [];
  for (const w of wanted) {
    const ann = snapshot(w, wantedById);
    const c = coreByKey.get(keyOf(w));
    const same = c && JSON.stringify(Object.entries(c).sort()) === JSON.stringify(Object.entries(ann).sort());
    if (w.edit || !same) list.push({ edit: w.edit || (c ? 'changed' : 'added'), ann, ...(w.check ? { check: true } : {}) });
  }
  for (const [k, c] of coreByKey) if (!wantedKeys.has(k)) list.push({ edit: 'removed', ann: c });
  return list;
}
