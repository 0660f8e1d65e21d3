// The correction model (www/corrections.js) in Node, on an invented result: applying each kind
// of correction, carrying corrections through edits of the text, loading an export back, and
// the brat export of a corrected result against the shipped annotation.conf.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  addMark, applyCorrections, blank, changeMark, confirmMark, correctionsFrom, followEdit, keyOf, removeMark, textEdit,
} from '../../www/corrections.js';
import { indexAnnotations } from '../../www/labels.js';
import { toBrat, webAnnotationParts } from '../../www/exports.js';
import { checkBrat, readConf } from './brat.js';

const TEXT = 'Lund said the port would reopen. Oslo protested, Vik said.';
const at = (word, from = 0) => {
  const start = TEXT.indexOf(word, from);
  return { start, end: start + word.length, text: word };
};
// What a core might return on TEXT, with two mistakes: "Oslo" as a speaker of the first claim,
// and Vik missed.
const CORE = [
  { id: 'a1', kind: 'speaker', ...at('Lund'), name: 'Lund', title: null, country: null, entity: 'e1' },
  { id: 'a2', kind: 'claim', ...at('the port would reopen'), mode: 'reported', speaker: 'a4', cue: at('said') },
  { id: 'a3', kind: 'country', ...at('Oslo'), code: 'NO', form: 'capital' },
  { id: 'a4', kind: 'speaker', ...at('Oslo'), name: null, title: null, country: 'NO', entity: 'e2' },
  { id: 'a5', kind: 'protest', ...at('protested'), form: 'diplomatic', protester: 'a3', target: null, against: null },
];
const byId = (anns) => new Map(anns.map((a) => [a.id, a]));
const find = (anns, kind, text) => anns.find((a) => a.kind === kind && a.text === text);

describe('corrections', () => {
  test('with no corrections the result is the core\'s', () => {
    assert.deepEqual(applyCorrections(TEXT, CORE, []), CORE);
  });

  test('remove, change, add and confirm; references to a removed mark become null', () => {
    let list = removeMark([], CORE[3], byId(CORE)); // the wrong speaker "Oslo"
    let shown = applyCorrections(TEXT, CORE, list);
    assert.equal(find(shown, 'speaker', 'Oslo'), undefined);
    assert.equal(find(shown, 'claim', 'the port would reopen').speaker, null, 'no id points to a removed mark');
    list = changeMark(list, find(shown, 'claim', 'the port would reopen'), byId(shown), { speaker: keyOf(CORE[0]) });
    list = addMark(list, blank('speaker', at('Vik').start, at('Vik').end));
    list = confirmMark(list, find(shown, 'country', 'Oslo'), byId(shown));
    shown = applyCorrections(TEXT, CORE, list);
    const claim = find(shown, 'claim', 'the port would reopen');
    assert.deepEqual([claim.id, claim.speaker, claim.edit], ['a2', 'a1', 'changed'], 'a changed mark keeps its id');
    const vik = find(shown, 'speaker', 'Vik');
    assert.deepEqual([vik.id, vik.edit, vik.name], ['p1', 'added', null]);
    assert.equal(find(shown, 'country', 'Oslo').edit, 'confirmed');
    assert.equal(find(shown, 'protest', 'protested').edit, undefined, 'an untouched mark has no edit');
    assert.deepEqual(shown.map((a) => a.start), [...shown.map((a) => a.start)].sort((x, y) => x - y), 'sorted by start');
    // Removing a mark the reader added forgets it; the removal of a core mark stays.
    list = removeMark(list, vik, byId(shown));
    assert.equal(find(applyCorrections(TEXT, CORE, list), 'speaker', 'Vik'), undefined);
    assert.deepEqual(list.map((c) => c.edit), ['removed', 'changed', 'confirmed']);
  });

  test('a change of an added mark stays an addition, in its place in the list', () => {
    let list = addMark([], blank('claim', at('the port').start, at('the port').end));
    list = addMark(list, blank('country', at('Lund').start, at('Lund').end));
    const shown = applyCorrections(TEXT, CORE, list);
    list = changeMark(list, find(shown, 'claim', 'the port'), byId(shown), { mode: 'direct' });
    assert.deepEqual(list.map((c) => [c.edit, c.ann.kind, c.ann.mode]), [['added', 'claim', 'direct'], ['added', 'country', undefined]]);
  });

  test('edits in a row build on each other even when the screen shows the mark as it was', () => {
    const stale = CORE[4]; // the protest as shown before either edit
    let list = changeMark([], stale, byId(CORE), { against: 'SE' });
    list = changeMark(list, stale, byId(CORE), { form: 'condemnation' });
    list = confirmMark(list, stale, byId(CORE));
    assert.deepEqual(list.map((c) => [c.edit, c.ann.against, c.ann.form]), [['changed', 'SE', 'condemnation']]);
  });

  test('the text edit is the one replaced range between common prefix and suffix', () => {
    assert.deepEqual(textEdit('abcdef', 'abXYef'), { from: 2, to: 4, toAfter: 4 });
    assert.deepEqual(textEdit('abc', 'abc!'), { from: 3, to: 3, toAfter: 4 });
    assert.deepEqual(textEdit('aaa', 'aa'), { from: 2, to: 3, toAfter: 2 });
  });

  const shownWith = (list) => applyCorrections(TEXT, CORE, list);
  const edited = (before, insert, at0, removeN = 0) => TEXT.slice(0, at0) + insert + TEXT.slice(at0 + removeN);

  test('an edit before a corrected mark moves it; one inside flags it; one that deletes it drops it', () => {
    const list = changeMark([], CORE[1], byId(CORE), { speaker: keyOf(CORE[0]) });
    // Before: "Mr " in front of everything.
    let after = edited(TEXT, 'Mr ', 0);
    let r = followEdit(list, after, textEdit(TEXT, after));
    assert.equal(r.flagged + r.dropped, 0);
    const c = r.list[0].ann;
    assert.equal(after.slice(c.start, c.end), 'the port would reopen');
    assert.equal(after.slice(c.cue.start, c.cue.end), 'said');
    assert.equal(c.speaker, `speaker:${3}:${7}`, 'the reference follows its mark');
    assert.equal(r.list[0].check, undefined);
    // Inside: "port" -> "harbour".
    after = TEXT.replace('port', 'harbour');
    r = followEdit(list, after, textEdit(TEXT, after));
    assert.equal(r.flagged, 1);
    const inside = r.list[0];
    assert.equal(after.slice(inside.ann.start, inside.ann.end), 'the harbour would reopen');
    assert.equal(inside.check, true);
    // Typed right after the mark: outside it, not flagged.
    after = TEXT.replace('reopen', 'reopen soon');
    r = followEdit(list, after, textEdit(TEXT, after));
    assert.equal(after.slice(r.list[0].ann.start, r.list[0].ann.end), 'the port would reopen');
    assert.equal(r.flagged, 0);
    // Deleted with its sentence: dropped and counted, never moved onto other text.
    after = TEXT.replace('Lund said the port would reopen. ', '');
    r = followEdit(list, after, textEdit(TEXT, after));
    assert.deepEqual([r.list.length, r.dropped], [0, 1]);
  });

  test('an edit across one end of a mark flags it and keeps the text that is left', () => {
    const list = confirmMark([], CORE[2], byId(CORE)); // "Oslo"
    const after = TEXT.replace('reopen. Os', 'reopen! '); // deletes "Os"
    const r = followEdit(list, after, textEdit(TEXT, after));
    assert.equal(r.flagged, 1);
    const shown = applyCorrections(after, [], r.list);
    assert.equal(shown[0].text, 'lo');
    assert.equal(shown[0].check, true);
  });

  test('an export loaded back gives the same marks (correctionsFrom)', () => {
    let list = removeMark([], CORE[3], byId(CORE));
    list = addMark(list, blank('speaker', at('Vik').start, at('Vik').end));
    let shown = shownWith(list);
    list = changeMark(list, find(shown, 'claim', 'the port would reopen'), byId(shown), { speaker: keyOf(find(shown, 'speaker', 'Vik')), mode: 'direct' });
    list = confirmMark(list, find(shownWith(list), 'protest', 'protested'), byId(shownWith(list)));
    shown = shownWith(list);
    const exported = JSON.parse(JSON.stringify({ text: TEXT, annotations: shown }));
    const back = applyCorrections(TEXT, CORE, correctionsFrom(CORE, exported.annotations));
    assert.deepEqual(back, shown);
    // A plain core result (no edit fields) against the same core: nothing to correct.
    assert.deepEqual(correctionsFrom(CORE, CORE), []);
  });

  test('the exports carry who made each mark; brat opens with the shipped annotation.conf', async () => {
    let list = addMark([], { ...blank('country', at('Lund').start, at('Lund').end), code: 'SE' });
    list = changeMark(list, CORE[4], byId(CORE), { against: 'SE', form: 'condemnation' });
    const shown = applyCorrections(TEXT, CORE, list);
    const { txt, ann } = toBrat(TEXT, shown);
    assert.deepEqual(checkBrat(readConf(), txt, ann), []);
    assert.ok(ann.split('\n').some((l) => /^A\d+\tEdit T\d+ added$/.test(l)), ann);
    assert.ok(ann.split('\n').some((l) => /^A\d+\tEdit T\d+ changed$/.test(l)), ann);
    assert.deepEqual(checkBrat(readConf(), 'ab', 'T1\tPlace 0 2\tab\nA1\tCode T1 QQ\n').length, 2, 'the checker can fail');
    const doc = JSON.parse((await webAnnotationParts(TEXT, shown)).join(''));
    const edits = doc.first.items.flatMap((i) => i.body.filter((b) => b.purpose === 'editing').map((b) => b.value));
    assert.deepEqual(edits.sort(), ['added', 'changed']);
    assert.equal(indexAnnotations(shown).byId.get('p1').code, 'SE');
  });

  test('annotation.conf declares every country code of the core\'s lexicons', () => {
    const codes = readConf().attributes.get('Code').Value;
    for (const file of ['countries.tsv', 'countries_capitals.tsv', 'countries_seats.tsv']) {
      const data = readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8');
      for (const line of data.split('\n')) {
        const code = line.split('\t')[0];
        if (/^[A-Z]{2}$/.test(code)) assert.ok(codes.includes(code), `${code} (${file}) in annotation.conf`);
      }
    }
  });
});
