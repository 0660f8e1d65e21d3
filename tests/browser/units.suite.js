// The page's pure modules in Node, on small invented results: names, entity keys,
// descriptions, the export formats' offsets, and where long texts are cut.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { countryName, describe as describeAnn, entityLabel, fields, indexAnnotations } from '../../www/labels.js';
import { toBrat, toJSON, webAnnotationParts, zip } from '../../www/exports.js';
import { chunkBounds } from '../../www/render.js';
import { decodeReferences, htmlToText } from '../../www/html.js';

const toWebAnnotation = async (...args) => (await webAnnotationParts(...args)).join('');

// "🙂 Sato said: Japan
// protests." with a speaker entity mentioned twice (the second time as "he").
const TEXT = '🙂 Sato said it. He said Japan\nprotests.';
const at = (word, from = 0) => {
  const start = TEXT.indexOf(word, from);
  return { start, end: start + word.length, text: word };
};
const ANNS = [
  { id: 'a1', kind: 'speaker', ...at('Sato'), name: 'Haruto Sato', title: null, country: 'JP', entity: 'e1' },
  { id: 'a2', kind: 'claim', ...at('it'), mode: 'reported', speaker: 'a1', cue: at('said') },
  { id: 'a3', kind: 'speaker', ...at('He'), name: null, title: null, country: null, entity: 'e1' },
  { id: 'a4', kind: 'claim', ...at('Japan\nprotests'), mode: 'reported', speaker: 'a3', cue: at('said', 15) },
  { id: 'a5', kind: 'country', ...at('Japan'), code: 'JP', form: 'name' },
  { id: 'a6', kind: 'protest', ...at('protests'), form: 'diplomatic', protester: 'a5', target: null, against: null },
];

describe('labels', () => {
  test('names come from the ISO code, historic codes included', () => {    assert.equal(countryName('JP'), 'Japan');
    assert.equal(countryName('SU'), 'Soviet Union');
    assert.equal(countryName(null), '');
  });

  test('claims belong to their speaker entity, protests to their protester', () => {
    const index = indexAnnotations(ANNS);
    assert.equal(index.keyOf.get('a2'), 'speaker:e1');
    assert.equal(index.keyOf.get('a4'), 'speaker:e1');
    assert.equal(index.keyOf.get('a6'), 'country:JP');
    assert.deepEqual(index.members.get('speaker:e1'), ['a1', 'a2', 'a3', 'a4']);
    assert.equal(index.hue(ANNS[3]), 0);
    assert.equal(index.hue(ANNS[4]), undefined, 'countries have no speaker hue');
  });

  test('a pronoun speaker is described with its entity name; a named one with its own', () => {
    const index = indexAnnotations(ANNS);
    assert.equal(describeAnn(ANNS[2], index), 'speaker: He (Haruto Sato)');
    assert.equal(describeAnn(ANNS[0], index), 'speaker: Haruto Sato, Japan');
    assert.equal(describeAnn(ANNS[3], index), 'reported speech by He (Haruto Sato), cue “said”');
    assert.equal(describeAnn(ANNS[5], index), 'diplomatic protest by Japan');
    assert.equal(describeAnn(ANNS[4], index), 'country: Japan (JP), by its name');
  });

  test('the details card speaks plain words: no offsets, entity ids or field names', () => {
    const index = indexAnnotations(ANNS);
    const card = (a) => fields(a, index).map(([label, value]) => `${label}: ${typeof value === 'string' ? value : value.map(([t, id]) => `${t}→${id}`).join(', ')}`);
    assert.deepEqual(card(ANNS[0]), ['mark: speaker', 'text: Sato', 'who: Haruto Sato', 'speaks for: Japan (JP)',
      'the same speaker as: “He”→a3', 'mentions: 2 in the article']);
    assert.deepEqual(card(ANNS[3]), ['mark: claim', 'text: Japan\nprotests',
      'what: reported speech', 'said by: He (Haruto Sato)→a3', 'said with: “said”']);
    assert.deepEqual(card(ANNS[4]), ['mark: country', 'text: Japan', 'country: Japan (JP)', 'named: by its name']);
    assert.deepEqual(card(ANNS[5]), ['mark: protest', 'text: protests', 'what: diplomatic protest', 'by: Japan→a5']);
    // The rule that made a mark (the worker's `explain`), when the page has it.
    index.rules.set('a4', 'after-claim');
    assert.deepEqual(card(ANNS[3]).at(-1), 'found by: the rule “after-claim”');
  });

  test('an entity label takes the longest name, and the long form only when no title is given', () => {
    const m = (text, name, title) => ({ kind: 'speaker', text, name, title, country: null });
    assert.deepEqual(entityLabel([m('Prime Minister Sato', null, null), m('Sato', 'Sato', null)]),
      { name: 'Sato', title: null, country: null, full: 'Prime Minister Sato' });
    assert.equal(entityLabel([m('Prime Minister Sato', 'Sato', 'Prime Minister')]).full, null);
  });
});

describe('exports', () => {
  test('JSON is the spec format with the text', () => {
    assert.deepEqual(JSON.parse(toJSON(TEXT, ANNS)), { text: TEXT, annotations: ANNS });
  });

  test('brat counts code points and splits a span at a line break', () => {
    const { txt, ann } = toBrat(TEXT, ANNS);
    assert.equal(txt, TEXT);
    const lines = ann.trim().split('\n');
    assert.equal(lines[0], 'T1\tSpeaker 2 6\tSato', 'the emoji is one character');
    assert.ok(lines.includes('T4\tClaim 24 29;30 38\tJapan protests'), lines.join('\n'));
    assert.ok(lines.includes('R1\tSaidBy Arg1:T2 Arg2:T1'));
    assert.ok(lines.includes('A1\tSpeaksFor T1 JP'));
    assert.ok(lines.some((l) => /^#\d+\tAnnotatorNotes T1\tname: Haruto Sato; entity: e1$/.test(l)));
    assert.equal(toBrat('', []).ann, '');
  });

  test('brat annotation.conf declares every type, relation and attribute the .ann uses', () => {
    const { ann, conf } = toBrat(TEXT, ANNS);
    const section = (name) => conf.split(`[${name}]`)[1].split('[')[0];
    for (const line of ann.trim().split('\n')) {
      const [kind, rest] = line.split('\t');
      const [type, , value] = rest.split(' ');
      if (kind.startsWith('T')) assert.match(section('entities'), new RegExp(`^${type}$`, 'm'), line);
      if (kind.startsWith('R')) assert.match(section('relations'), new RegExp(`^${type}\t`, 'm'), line);
      if (kind.startsWith('A')) assert.match(section('attributes'), new RegExp(`^${type}\t.*Value:(.*\\|)?${value}(\\||$)`, 'm'), line);
    }
  });

  test('zip stores files a standard reader can list (sizes, CRC-32, names)', async () => {
    const bytes = new Uint8Array(await zip([['a.txt', 'Sato 🙂'], ['b.ann', '']]).arrayBuffer());
    const view = new DataView(bytes.buffer);
    const end = bytes.length - 22;
    assert.equal(view.getUint32(end, true), 0x06054b50, 'end of central directory');
    assert.equal(view.getUint16(end + 10, true), 2, 'two entries');
    const dir = view.getUint32(end + 16, true);
    assert.equal(view.getUint32(dir, true), 0x02014b50);
    assert.equal(view.getUint32(dir + 16, true), 0x42cf95be, 'CRC-32 (as Python zlib.crc32 gives)');
    assert.equal(view.getUint32(dir + 24, true), new TextEncoder().encode('Sato 🙂').length, 'size in bytes');
    assert.equal(new TextDecoder().decode(bytes.slice(dir + 46, dir + 51)), 'a.txt');
    assert.equal(new TextDecoder().decode(bytes.slice(30 + 5, 30 + 5 + 9)), 'Sato 🙂');
  });

  test('Web Annotation positions count code points; quotes carry their context', async () => {
    let pauses = 0;
    const many = Array.from({ length: 4500 }, (_, i) => ({ ...ANNS[4], id: `x${i}` }));
    const big = JSON.parse(await toWebAnnotation(TEXT, many, { pause: async () => { pauses += 1; } }));
    assert.equal(big.first.items.length, 4500);
    assert.equal(pauses, 2, 'a long export pauses every 2,000 annotations');
    const doc = JSON.parse(await toWebAnnotation(TEXT, ANNS));
    const first = doc.first.items[0].target.selector;
    assert.deepEqual(first[1], { type: 'TextPositionSelector', start: 2, end: 6 });
    assert.deepEqual(first[0], { type: 'TextQuoteSelector', exact: 'Sato', prefix: '🙂 ', suffix: ' said it. He said Japan\nprotests' });
  });
});

describe('chunkBounds', () => {
  test('cuts only where no span is open', () => {
    assert.deepEqual(chunkBounds(30, [{ start: 2, end: 5 }, { start: 4, end: 12 }, { start: 20, end: 22 }], 3),
      [0, 12, 15, 18, 22, 25, 28, 30]);
    assert.deepEqual(chunkBounds(10, [{ start: 0, end: 10 }], 3), [0, 10], 'one span over everything: one piece');
    assert.deepEqual(chunkBounds(0, [], 10), [0, 0]);
  });
});

// html.js runs here in Node, where there is no DOM at all: the proof that it never hands the
// HTML to a parser.
describe('html to text', () => {
  test('the article (else main, else everything) with paragraphs and lines, no markup', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(htmlToText('<nav>Menu</nav><article><h1>Head</h1><p>One <b>bold</b>\n  word.</p><ul><li>a</li><li>b</li></ul></article><p>Other</p><article>Second</article>'),
      'Head\n\nOne bold word.\n\na\n\nb');
    assert.equal(htmlToText('<p>Out</p><main><p>In<br>line</p></main>'), 'In\nline');
    assert.equal(htmlToText('Plain <i>text</i> only'), 'Plain text only');
    assert.equal(htmlToText('<pre>  kept\n    spacing</pre>'), 'kept\nspacing');
  });

  test('raw text, comments, declarations and skipped elements give no text', () => {
    assert.equal(htmlToText('<!doctype html><!-- <p>gone</p> --><script>x = "</scr" + "ipt><p>gone</p>";</script><p>kept</p>'), 'kept');
    assert.equal(htmlToText('<style>p::after{content:"gone"}</style><title>gone</title><textarea><p>gone</p></textarea>kept'), 'kept');
    assert.equal(htmlToText('<svg><text>gone</text></svg><svg/>kept <iframe srcdoc="<p>gone</p>"><p>gone</p></iframe>too'), 'kept too');
    assert.equal(htmlToText('<p title="a > b" data-x=\'>\' class=c>kept</p><?xml gone?>'), 'kept');
    assert.equal(htmlToText('1 < 2 and 3 <= 4, </>I <3 it'), '1 < 2 and 3 <= 4, I <3 it');
  });

  test('character references: named, numeric, windows-1252, unknown left as written', () => {
    assert.equal(decodeReferences('&ldquo;Caf&eacute;&rdquo; &amp; &#8212; &#x1F600; &#147;q&#148; &copy 2026 &bogus; &#0;'),
      '“Café” & — 😀 “q” © 2026 &bogus; \ufffd');
    assert.equal(htmlToText('<p>AT&amp;T&nbsp;said &lt;b&gt;</p>'), 'AT&T\u00a0said <b>');
  });
});
