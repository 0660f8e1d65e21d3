// Loads the built wasm (www/pkg) in Node and checks annotate() against the JSON contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkContract } from './contract.js';

const pkg = new URL('../../www/pkg/', import.meta.url);
const { initSync, annotate, version } = await import(new URL('newsmark.js', pkg));
initSync({ module: readFileSync(new URL('newsmark_bg.wasm', pkg)) });

// Emoji (surrogate pairs) and curly quotes before and inside the annotated spans, so that
// UTF-8 byte offsets or code-point offsets would show up as wrong slices.
const TEXT = [
  '🌏📰 “We will not accept this 🙅,” Foreign Minister Anna Berg said. 🎌',
  'Japan strongly protested the decision. 😠',
  'Russian officials said the talks had “failed completely” 💥.',
  '“The door remains open,” Japanese Prime Minister Haruto Sato said on Monday.',
].join('\n\n');

test('version() is the crate version', () => {
  assert.match(version(), /^\d+\.\d+\.\d+/);
});

test('annotate() keeps the contract on text with emoji and curly quotes', () => {
  checkContract(TEXT, annotate(TEXT));
});

test('annotate() handles empty and odd input', () => {
  for (const text of ['', ' ', '\n\n', '"', '“', '🙂', 'said', '"unclosed quote, he said', '\u0000\uffff', 'a'.repeat(10000)]) {
    checkContract(text, annotate(text));
  }
});

// The tests below need the real core (they fail on a stub that returns no annotations).
test('[core] all four kinds are found', () => {
  const kinds = new Set(annotate(TEXT).annotations.map((a) => a.kind));
  for (const k of ['country', 'speaker', 'claim', 'protest']) assert.ok(kinds.has(k), `a ${k} annotation`);
});

test('[core] offsets are UTF-16: the spans land on the right words after emoji', () => {
  const anns = annotate(TEXT).annotations;
  const texts = (kind) => anns.filter((a) => a.kind === kind).map((a) => a.text);
  assert.ok(texts('country').includes('Japan'), `country "Japan" in ${JSON.stringify(texts('country'))}`);
  assert.ok(texts('country').includes('Russian'), `country "Russian" in ${JSON.stringify(texts('country'))}`);
  assert.ok(texts('claim').some((t) => /^We will not accept this 🙅,?$/u.test(t)),
    `direct claim without its curly quotes in ${JSON.stringify(texts('claim'))}`);
  assert.ok(texts('speaker').some((t) => t.endsWith('Anna Berg')), `speaker Anna Berg in ${JSON.stringify(texts('speaker'))}`);
});

test('[core] explain() is annotate() with the rule behind each annotation', async () => {
  const { explain } = await import(new URL('newsmark.js', pkg));
  const explained = explain(TEXT).annotations;
  const plain = annotate(TEXT).annotations;
  assert.deepEqual(explained.map(({ rule, ...a }) => a), plain);
  for (const a of explained) assert.match(a.rule, /^[a-z-]+$/, `a rule name for ${a.id}`);
  assert.ok(explained.some((a) => a.kind === 'claim' && a.rule === 'quote-after'), JSON.stringify(explained));
});
