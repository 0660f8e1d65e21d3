// Checks a result of annotate(text) against ../../shared/spec/annotations.md ("The JSON").
// Only the shape: which spans the core marks is the core's business.
import assert from 'node:assert/strict';

export const KINDS = ['country', 'speaker', 'claim', 'protest'];

function isSpan(s, text, what) {
  assert.ok(s && typeof s === 'object', `${what} is an object`);
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what} has integer start/end`);
  assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length,
    `${what}: 0 <= start < end <= text.length (${s.start}..${s.end} of ${text.length})`);
  assert.equal(s.text, text.slice(s.start, s.end), `${what}: text equals input.slice(start, end)`);
  // A UTF-16 offset must not split a surrogate pair.
  for (const i of [s.start, s.end]) {
    const c = text.charCodeAt(i);
    assert.ok(!(c >= 0xdc00 && c <= 0xdfff), `${what}: offset ${i} splits a surrogate pair`);
  }
}

export function checkContract(text, result) {
  assert.ok(result && Array.isArray(result.annotations), 'annotate returns {annotations: [...]}');
  const anns = result.annotations;
  const ids = new Set();
  for (const a of anns) {
    const what = `annotation ${JSON.stringify(a)}`;
    assert.equal(typeof a.id, 'string', `${what}: id is a string`);
    assert.ok(!ids.has(a.id), `${what}: id is unique`);
    ids.add(a.id);
    assert.ok(KINDS.includes(a.kind), `${what}: kind is one of ${KINDS}`);
    isSpan(a, text, what);
    assert.equal(a.text, a.text.trim(), `${what}: no leading/trailing whitespace`);
  }
  for (let i = 1; i < anns.length; i++) {
    const [p, a] = [anns[i - 1], anns[i]];
    assert.ok(p.start < a.start || (p.start === a.start && p.end >= a.end),
      `sorted by start, then longer first: ${p.id} (${p.start}..${p.end}) before ${a.id} (${a.start}..${a.end})`);
  }
  const byId = new Map(anns.map((a) => [a.id, a]));
  for (const a of anns) {
    const what = `${a.kind} ${a.id} "${a.text}"`;
    if (a.kind === 'country') {
      assert.match(a.code, /^[A-Z]{2}$/, `${what}: code is ISO alpha-2`);
      assert.ok(['name', 'demonym', 'capital', 'seat'].includes(a.form), `${what}: form`);
    } else if (a.kind === 'speaker') {
      for (const f of ['name', 'title', 'country', 'entity']) assert.ok(f in a, `${what}: has field ${f}`);
      if (a.country !== null) assert.match(a.country, /^[A-Z]{2}$/, `${what}: country code`);
    } else if (a.kind === 'claim') {
      assert.ok(['direct', 'reported', 'territorial'].includes(a.mode), `${what}: mode`);
      const sp = byId.get(a.speaker);
      assert.ok(sp, `${what}: speaker id ${a.speaker} exists`);
      assert.ok(a.mode === 'territorial' ? sp.kind === 'country' : sp.kind === 'speaker',
        `${what}: speaker points at a ${a.mode === 'territorial' ? 'country' : 'speaker'}`);
      assert.ok('cue' in a, `${what}: has field cue`);
      if (a.cue !== null) isSpan(a.cue, text, `${what}: cue`);
    } else if (a.kind === 'protest') {
      assert.ok(['diplomatic', 'condemnation', 'demonstration'].includes(a.form), `${what}: form`);
      for (const f of ['protester', 'target', 'against']) assert.ok(f in a, `${what}: has field ${f}`);
      if (a.protester !== null) assert.ok(byId.has(a.protester), `${what}: protester id exists`);
      if (a.target !== null) isSpan(a.target, text, `${what}: target`);
      if (a.against !== null) assert.match(a.against, /^[A-Z]{2}$/, `${what}: against code`);
    }
  }
  return anns;
}
