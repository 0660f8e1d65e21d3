// A reader's corrections of the core's marks, as data: {edit, ann, check?}, `ann` the whole mark
// with references as keys "kind:start:end" (the core's ids change from run to run). See
// docs/annotations.md, "Corrections". No DOM: tests/browser/corrections.suite.js.

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

// The core's result with `corrections` applied, sorted as the core sorts; a core mark keeps
// its id, an added one gets p1, p2...; references to a removed mark become null.
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

// The list's correction of the shown mark `a`, else `a`: the screen may lag the last edit.
const current = (list, a, byId) => list.find((x) => keyOf(x.ann) === keyOf(a)) || { edit: a.edit, ann: snapshot(a, byId) };

// Removes the shown mark `a`; removing a mark the reader added forgets it.
export function removeMark(list, a, byId) {
  const c = current(list, a, byId);
  if (c.edit === 'added') return list.filter((x) => x !== c);
  return put(list, { edit: 'removed', ann: c.ann });
}

// Sets `fields` of the shown mark `a` (references given as keys).
export function changeMark(list, a, byId, fields) {
  const c = current(list, a, byId);
  return put(list, { edit: c.edit === 'added' ? 'added' : 'changed', ann: { ...c.ann, ...fields } });
}

// Says the shown mark `a` is right as it stands (and clears its flag).
export function confirmMark(list, a, byId) {
  const c = current(list, a, byId);
  return put(list, { edit: c.edit && c.edit !== 'removed' ? c.edit : 'confirmed', ann: c.ann });
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

// Maps [start, end) through `edit`; `touched`: text changed inside or across an end. Text
// inserted at an end stays outside; across an end, only the span's own text left is kept.
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

// Carries `list` through an edit of the text into `after`: spans move, touched ones are flagged
// (`check`), deleted ones dropped and counted. Returns {list, flagged, dropped}.
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

// The corrections that turn `core` into `wanted` (a JSON export loaded back).
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
