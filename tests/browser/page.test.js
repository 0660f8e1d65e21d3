// Drives the page (www/) in headless Chromium: paste, render, nesting, XSS, legend, example.
// Tests named "[core] ..." need the real annotator; the others hold for any core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.js';
import { checkContract } from './contract.js';

const WWW = fileURLToPath(new URL('../../www', import.meta.url));
const OUT = fileURLToPath(new URL('../../test-output/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const WAIT = { timeout: 15000 };

// Written for this test. Guaranteed by the core: a direct claim with its speaker, a diplomatic
// protest, a demonym speaker, and a country ("Japanese") inside a speaker.
const ARTICLE = `TOKYO, May 2 (Test Wire) - "We will not accept this," Foreign Minister Anna Berg said.

Japan strongly protested the decision.

Russian officials said the talks had failed.

"The door remains open," Japanese Prime Minister Haruto Sato said.
`;

let server;
let browser;
let page;
let annotate; // the same wasm, loaded in Node, to compare the page against
const problems = [];

before(async () => {
  assert.ok(existsSync(CHROMIUM),
    `Chromium is missing at ${CHROMIUM}: install it with 'apt-get install -y chromium' ` +
    '(or set CHROMIUM=/path/to/chromium); the browser tests cannot run without it');
  const pkg = new URL('../../www/pkg/', import.meta.url);
  assert.ok(existsSync(new URL('newsmark_bg.wasm', pkg)), 'www/pkg is missing: run ./build.sh first');
  const mod = await import(new URL('newsmark.js', pkg));
  mod.initSync({ module: readFileSync(new URL('newsmark_bg.wasm', pkg)) });
  annotate = mod.annotate;

  mkdirSync(OUT, { recursive: true });
  server = await startServer(WWW);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`); });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]', WAIT);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// Puts `text` in the textarea (as a paste does: one input event) and waits for its render.
async function paste(text) {
  await page.fill('#input', text);
  await waitRendered();
}

async function waitRendered() {
  await page.waitForFunction(() => {
    const out = document.querySelector('#output');
    return out.dataset.state === 'done' && out.textContent === document.querySelector('#input').value;
  }, null, WAIT);
}

// The kinds of the annotation elements in #output.
const renderedKinds = () =>
  page.$$eval('#output [data-kind]', (els) => [...new Set(els.map((e) => e.dataset.kind))].sort());

test('the page has one textarea, the CSP meta tag and a favicon', async () => {
  assert.equal(await page.locator('textarea').count(), 1);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  const favicon = await page.evaluate(async () => {
    const r = await fetch(document.querySelector('link[rel="icon"]').href);
    return r.status;
  });
  assert.equal(favicon, 200);
  assert.match(await page.textContent('#version'), /^v\d+\.\d+\.\d+/);
});

test('render.js nests spans and splits crossing ones (synthetic annotations)', async () => {
  const got = await page.evaluate(async () => {
    const { renderAnnotated } = await import('./render.js');
    const text = '😀 Alpha Beta Gamma Delta';
    const span = (id, kind, word, end) => {
      const start = text.indexOf(word);
      return { id, kind, start, end: end ?? start + word.length };
    };
    const anns = [
      span('k2', 'country', 'Delta'),
      span('s1', 'speaker', 'Beta', text.length), // crosses c1
      span('c1', 'claim', 'Alpha', text.indexOf('Gamma') + 5),
      span('k1', 'country', 'Gamma'),
      span('k3', 'country', 'Alpha'),
      span('s3', 'speaker', 'Alpha'), // same span as k3: the speaker goes outside
      span('p1', 'protest', '😀'), // a surrogate pair: 0..2
      { id: 'bad1', kind: 'country', start: 5, end: 5 },
      { id: 'bad2', kind: 'country', start: 20, end: 99 },
    ];
    const box = document.createElement('div');
    box.append(renderAnnotated(text, anns));
    const show = (n) => (n.nodeType === Node.TEXT_NODE ? JSON.stringify(n.data)
      : `[${n.dataset.kind}:${n.dataset.id}${n.dataset.part ? `#${n.dataset.part}` : ''} ` +
        `${[...n.childNodes].map(show).join(' ')}]`);
    return { tree: [...box.childNodes].map(show).join(' '), text: box.textContent, same: box.textContent === text };
  });
  assert.ok(got.same, `textContent is the input: ${got.text}`);
  assert.equal(got.tree,
    '[protest:p1 "😀"] " " [claim:c1 [speaker:s3 [country:k3 "Alpha"]] " " ' +
    '[speaker:s1#1/2 "Beta " [country:k1 "Gamma"]]] [speaker:s1#2/2 " " [country:k2 "Delta"]]');
});

test('a pasted article renders with the offsets annotate() returns', async () => {
  await paste(ARTICLE);
  const anns = checkContract(ARTICLE, annotate(ARTICLE));
  const dom = await page.$$eval('#output [data-id]', (els) => els.map((e) => ({
    id: e.dataset.id, kind: e.dataset.kind, text: e.textContent,
  })));
  for (const a of anns) {
    const parts = dom.filter((d) => d.id === a.id);
    assert.ok(parts.length > 0, `annotation ${a.id} (${a.kind} "${a.text}") is rendered`);
    assert.ok(parts.every((d) => d.kind === a.kind), `${a.id} carries data-kind="${a.kind}"`);
    assert.equal(parts.map((d) => d.text).join(''), a.text, `${a.id}: rendered text equals the span`);
  }
  assert.equal(new Set(dom.map((d) => d.id)).size, anns.length, 'one annotation per data-id');
  await page.screenshot({ path: `${OUT}page.png`, fullPage: true });
});

test('[core] the pasted article shows all four kinds', async () => {
  await paste(ARTICLE);
  await page.waitForSelector('#output [data-kind]', WAIT);
  assert.deepEqual(await renderedKinds(), ['claim', 'country', 'protest', 'speaker']);
});

test('[core] a country sits inside a speaker ("Japanese Prime Minister Haruto Sato")', async () => {
  await paste(ARTICLE);
  const nested = await page.$$eval('#output mark[data-kind="speaker"] mark[data-kind="country"]',
    (els) => els.map((e) => [e.textContent, e.closest('[data-kind="speaker"]').textContent]));
  assert.ok(nested.some(([c, s]) => c === 'Japanese' && s.startsWith('Japanese Prime Minister')),
    `country "Japanese" inside a speaker: got ${JSON.stringify(nested)}`);
  const direct = await page.$$eval('#output mark[data-kind="claim"]', (els) => els.map((e) => e.textContent));
  assert.ok(direct.some((t) => t.startsWith('We will not accept this')), `the direct quote is a claim: ${JSON.stringify(direct)}`);
  const protest = await page.$$eval('#output mark[data-kind="protest"]', (els) => els.map((e) => e.textContent));
  assert.ok(protest.some((t) => t.includes('protested')), `"strongly protested" is a protest: ${JSON.stringify(protest)}`);
});

test('markup pasted into the textarea shows as text and never runs', async () => {
  const evil = 'Japan said <img src=x onerror="window.__xss=1"> and <script>window.__xss=1</script> ' +
    '<b onmouseover="window.__xss=1">bold</b> &lt;not an entity&gt;';
  await paste(evil);
  await page.hover('#output');
  const got = await page.evaluate(() => ({
    text: document.querySelector('#output').textContent,
    elements: [...document.querySelectorAll('#output *')].map((e) => e.tagName).filter((t) => t !== 'MARK'),
    xss: window.__xss,
  }));
  assert.equal(got.text, evil, 'the output text is the input, character for character');
  assert.deepEqual(got.elements, [], 'no element but <mark> inside #output');
  assert.equal(got.xss, undefined, 'no pasted script ran');
});

test('typing re-annotates after a short pause', async () => {
  await page.fill('#input', '');
  await page.locator('#input').pressSequentially('Japan strongly protested.', { delay: 5 });
  await waitRendered();
  assert.equal(await page.textContent('#output'), 'Japan strongly protested.');
});

test('the legend hides and shows a kind', async () => {
  await paste(ARTICLE);
  const box = page.locator('#legend input[value="country"]');
  await box.uncheck();
  assert.ok(await page.$eval('#output', (o) => o.classList.contains('hide-country')));
  const bg = await page.$$eval('#output mark[data-kind="country"]', (els) =>
    els.map((e) => getComputedStyle(e).backgroundColor));
  assert.ok(bg.every((c) => c === 'rgba(0, 0, 0, 0)'), `hidden countries have no background: ${bg}`);
  await box.check();
  assert.ok(!(await page.$eval('#output', (o) => o.classList.contains('hide-country'))));
});

test('"Load example" fills the textarea and annotates it', async () => {
  await page.click('#example');
  const value = await page.inputValue('#input');
  assert.ok(value.length > 500, 'the example article is loaded');
  await waitRendered();
  await page.screenshot({ path: `${OUT}example.png`, fullPage: true });
});

test('[core] the example article shows all four kinds and fills the panels', async () => {
  await page.click('#example');
  await waitRendered();
  assert.deepEqual(await renderedKinds(), ['claim', 'country', 'protest', 'speaker']);
  for (const list of ['#countries', '#quotes', '#protests']) {
    assert.ok(await page.locator(`${list} li`).count() > 0, `${list} lists something`);
  }
});

test('no page errors, console errors or failed requests', () => {
  assert.deepEqual(problems, []);
});
