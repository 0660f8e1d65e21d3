// Drives the page as shipped (dist/, built from www/) in headless Chromium as a reader would: paste, look, toggle, click,
// move by keyboard, read the panels; accessibility (axe-core), XSS and theme screenshots.
// Tests named "[core] ..." need what today's annotator guarantees; the others hold for any core.
// Input, storage, exports, network and long texts are in io.suite.js, the pure modules'
// unit tests in units.suite.js (both imported at the end, so ./build.sh test runs them).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { checkContract } from './contract.js';
import { ARTICLE, OUT, WAIT, fill, launch, loadWasm, openPage } from './harness.js';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOT = new URL('../../docs/screenshot.png', import.meta.url);

describe('page', () => {
  let server;
  let browser;
  let page;
  let problems;
  let annotate;

  before(async () => {
    ({ annotate } = await loadWasm());
    ({ server, browser } = await launch());
    ({ page, problems } = await openPage(browser, server));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const renderedKinds = () =>
    page.$$eval('#output [data-kind]', (els) => [...new Set(els.map((e) => e.dataset.kind))].sort());
  const box = (sel) => page.locator(sel).boundingBox();

  test('the page has one textarea, the CSP meta tag and a favicon', async () => {
    assert.equal(await page.locator('textarea').count(), 1);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
    const favicon = await page.evaluate(async () => (await fetch(document.querySelector('link[rel="icon"]').href)).status);
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
      const div = document.createElement('div');
      div.append(renderAnnotated(text, anns));
      const show = (n) => (n.nodeType === Node.TEXT_NODE ? JSON.stringify(n.data)
        : `[${n.dataset.kind}:${n.dataset.id}${n.dataset.part ? `#${n.dataset.part}` : ''} ` +
          `${[...n.childNodes].map(show).join(' ')}]`);
      return { tree: [...div.childNodes].map(show).join(' '), same: div.textContent === text };
    });
    assert.ok(got.same, 'textContent is the input');
    assert.equal(got.tree,
      '[protest:p1 "😀"] " " [claim:c1 [speaker:s3 [country:k3 "Alpha"]] " " ' +
      '[speaker:s1#1/2 "Beta " [country:k1 "Gamma"]]] [speaker:s1#2/2 " " [country:k2 "Delta"]]');
  });

  test('render.js cuts long texts only where no span is open (chunkBounds)', async () => {
    const got = await page.evaluate(async () => {
      const { chunkBounds } = await import('./render.js');
      const spans = [{ start: 2, end: 5 }, { start: 4, end: 12 }, { start: 20, end: 22 }];
      return [chunkBounds(30, spans, 3), chunkBounds(30, [], 10), chunkBounds(5, spans, 100), chunkBounds(0, [], 10)];
    });
    assert.deepEqual(got, [[0, 12, 15, 18, 22, 25, 28, 30], [0, 10, 20, 30], [0, 5], [0, 0]]);
  });

  test('a pasted article renders with the offsets annotate() returns', async () => {
    await fill(page, ARTICLE);
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
    const counts = await page.$$eval('[data-count]', (els) => Object.fromEntries(els.map((e) => [e.dataset.count, e.textContent])));
    for (const kind of ['speaker', 'country', 'claim', 'protest']) {
      assert.equal(counts[kind], String(anns.filter((a) => a.kind === kind).length), `legend count of ${kind}`);
    }
  });

  test('[core] the pasted article shows all four kinds, a country inside a speaker', async () => {
    await fill(page, ARTICLE);
    assert.deepEqual(await renderedKinds(), ['claim', 'country', 'protest', 'speaker']);
    const nested = await page.$$eval('#output mark[data-kind="speaker"] mark[data-kind="country"]',
      (els) => els.map((e) => [e.textContent, e.closest('[data-kind="speaker"]').textContent]));
    assert.ok(nested.some(([c, s]) => c === 'Japanese' && s.startsWith('Japanese Prime Minister')),
      `country "Japanese" inside a speaker: got ${JSON.stringify(nested)}`);
  });

  test('wide screens put the input and the article side by side, narrow ones stack them', async () => {
    await fill(page, ARTICLE);
    let input = await box('#input');
    let out = await box('#output');
    assert.ok(out.x >= input.x + input.width, `side by side at 1400 px: ${JSON.stringify({ input, out })}`);
    await page.setViewportSize({ width: 700, height: 1000 });
    input = await box('#input');
    out = await box('#output');
    assert.ok(out.y >= input.y + input.height, `stacked at 700 px: ${JSON.stringify({ input, out })}`);
    await page.screenshot({ path: `${OUT}narrow-light.png`, fullPage: true });
    await page.setViewportSize({ width: 1400, height: 1000 });
  });

  test('each kind looks different without colour (line style, outline, weight)', async () => {
    await fill(page, ARTICLE);
    const looks = await page.evaluate(() => {
      const look = (kind) => {
        const s = getComputedStyle(document.querySelector(`#output mark[data-kind="${kind}"]`));
        return [s.borderBottomStyle, s.outlineStyle, s.fontWeight, s.textDecorationStyle, s.boxShadow === 'none'].join(' ');
      };
      return ['speaker', 'country', 'claim', 'protest'].map(look);
    });
    assert.equal(new Set(looks).size, 4, `four distinct looks: ${JSON.stringify(looks)}`);
  });

  test('the legend hides and shows a kind', async () => {
    await fill(page, ARTICLE);
    const toggle = page.locator('#legend input[value="country"]');
    await toggle.uncheck();
    const bg = await page.$$eval('#output mark[data-kind="country"]', (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    assert.ok(bg.length && bg.every((c) => c === 'rgba(0, 0, 0, 0)'), `hidden countries have no background: ${bg}`);
    await toggle.check();
    const shown = await page.$$eval('#output mark[data-kind="country"]', (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    assert.ok(shown.every((c) => c !== 'rgba(0, 0, 0, 0)'), 'shown again');
  });

  test('[core] clicking a mention selects it and lights up its entity and its claims', async () => {
    await fill(page, ARTICLE);
    const anns = annotate(ARTICLE).annotations;
    const sato = anns.find((a) => a.kind === 'speaker' && a.text === 'Sato');
    const same = anns.filter((a) => a.kind === 'speaker' && a.entity === sato.entity).map((a) => a.id);
    const claims = anns.filter((a) => a.kind === 'claim' && same.includes(a.speaker)).map((a) => a.id);
    assert.ok(same.length >= 2 && claims.length >= 2, 'the article has one speaker twice with two claims or more');
    await page.locator(`#output mark[data-id="${sato.id}"]`).click();
    const lit = await page.$$eval('#output mark.selected, #output mark.related', (els) => els.map((e) => e.dataset.id));
    assert.deepEqual([...new Set(lit)].sort(), [...same, ...claims].sort());
    assert.equal(await page.getAttribute('#output mark.selected', 'data-id'), sato.id);
    const details = await page.textContent('#details-fields');
    assert.match(details, /markspeaker/);
    assert.match(details, /textSato/);
    assert.match(await page.textContent('#announce'), /^speaker: Sato\b/);
    // Another mention: the selection moves.
    const japan = anns.find((a) => a.kind === 'country' && a.text === 'Japan');
    await page.locator(`#output mark[data-id="${japan.id}"]`).click();
    const litJP = await page.$$eval('#output mark.selected, #output mark.related', (els) => [...new Set(els.map((e) => e.dataset.id))]);
    const jp = anns.filter((a) => a.kind === 'country' && a.code === 'JP').map((a) => a.id);
    assert.ok(jp.every((id) => litJP.includes(id)), `every JP mention is lit: ${litJP}`);
    assert.ok(!litJP.includes(sato.id), 'the old selection is cleared');
    assert.match(await page.textContent('#announce'), /^country: Japan \(JP\), by its name$/);
  });

  test('the keyboard reaches every annotation: n/p, Home/End, Escape, then Tab into the panels', async () => {
    await fill(page, ARTICLE);
    const anns = annotate(ARTICLE).annotations;
    await page.locator('#output mark').first().click();
    await page.keyboard.press('Escape');
    const focused = () => page.evaluate(() => document.activeElement.dataset.id || document.activeElement.id);
    const seen = [];
    for (let i = 0; i < anns.length; i++) {
      await page.keyboard.press(i % 2 ? 'j' : 'n');
      seen.push(await focused());
    }
    assert.deepEqual(seen, anns.map((a) => a.id), 'n/j walks the annotations in text order');
    await page.keyboard.press('p');
    assert.equal(await focused(), anns[anns.length - 2].id);
    await page.keyboard.press('k');
    assert.equal(await focused(), anns[anns.length - 3].id);
    await page.keyboard.press('Home');
    assert.equal(await focused(), anns[0].id);
    assert.ok((await page.textContent('#announce')).length > 0, 'the live region names the annotation');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused mark shows its focus');
    await page.keyboard.press('End');
    assert.equal(await focused(), anns[anns.length - 1].id);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#output mark.selected').count(), 0, 'Escape clears the selection');
    assert.equal(await focused(), 'output');
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => !!document.activeElement.closest('.side'));
    assert.ok(where, 'Tab goes on from the article into the panels');
  });

  test('the keys skip the kinds switched off in the legend', async () => {
    await fill(page, ARTICLE);
    const anns = annotate(ARTICLE).annotations;
    await page.locator('#legend input[value="country"]').uncheck();
    await page.focus('#output');
    await page.keyboard.press('Home');
    const seen = [await page.evaluate(() => document.activeElement.dataset.id)];
    for (let i = 1; i < anns.length; i++) {
      await page.keyboard.press('n');
      seen.push(await page.evaluate(() => document.activeElement.dataset.id));
    }
    await page.locator('#legend input[value="country"]').check();
    const want = anns.filter((a) => a.kind !== 'country').map((a) => a.id);
    assert.deepEqual([...new Set(seen)], want);
  });

  test('only the focused mark is named ("speaker: …"): the article reads as plain text', async () => {
    await fill(page, ARTICLE);
    assert.equal(await page.$$eval('#output [aria-label], #output [role]', (els) => els.length), 0, 'no mark named before');
    assert.equal(await page.getAttribute('#output', 'aria-label'), 'Annotated article');
    const speaker = annotate(ARTICLE).annotations.find((a) => a.kind === 'speaker');
    await page.focus('#output');
    await page.keyboard.press('Home');
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement.dataset.kind)) !== 'speaker'; i++) {
      await page.keyboard.press('n');
    }
    const named = await page.evaluate(() => ({
      id: document.activeElement.dataset.id,
      role: document.activeElement.getAttribute('role'),
      label: document.activeElement.getAttribute('aria-label'),
      count: document.querySelectorAll('#output [aria-label]').length,
    }));
    assert.equal(named.id, speaker.id);
    assert.equal(named.role, 'button');
    assert.match(named.label, /^speaker: \S/);
    assert.equal(named.count, 1, 'one named mark at a time');
    await page.keyboard.press('Tab');
    assert.equal(await page.$$eval('#output [aria-label], #output [role]', (els) => els.length), 0, 'none once the focus leaves');
  });

  test('[core] the panels list who said what, countries with forms, protests', async () => {
    await fill(page, ARTICLE);
    const anns = annotate(ARTICLE).annotations;
    const sato = anns.find((a) => a.kind === 'speaker' && a.text === 'Sato');
    const ids = anns.filter((a) => a.kind === 'speaker' && a.entity === sato.entity).map((a) => a.id);
    const n = anns.filter((a) => a.kind === 'claim' && ids.includes(a.speaker)).length;
    const who = await page.$$eval('#quotes > li', (lis) => lis.map((li) => li.textContent));
    assert.ok(who.some((t) => t.includes('Sato') && t.includes(`${n} claims`) &&
      t.includes('The door remains open') && t.includes('We are ready to talk')), `who said what: ${JSON.stringify(who)}`);
    const jp = page.locator('#countries li', { hasText: 'Japan' });
    const row = await jp.textContent();
    assert.match(row, /Japan/);
    assert.match(row, /JP/);
    const jpCount = annotate(ARTICLE).annotations.filter((a) => a.kind === 'country' && a.code === 'JP').length;
    assert.match(row, new RegExp(`×${jpCount}`));
    assert.match(await jp.locator('.forms').textContent(), /^as Japan.*, Japanese.*, Tokyo/);
    const tip = await jp.locator('.forms').boundingBox();
    assert.ok(tip.width > 20, 'the forms found are in view, no hover needed (touch)');
    const protest = await page.textContent('#protests');
    assert.match(protest, /diplomatic/);
    assert.match(protest, /Japan/);
    assert.match(protest, /strongly protested/);
    assert.match(protest, /the decision/);
  });

  test('[core] a panel entry scrolls to its annotation and selects it', async () => {
    await fill(page, ARTICLE);
    await page.setViewportSize({ width: 1400, height: 500 });
    const item = page.locator('#quotes .said button', { hasText: 'We are ready to talk' });
    await item.click();
    const sel = await page.evaluate(() => {
      const m = document.querySelector('#output mark.selected');
      const r = m.getBoundingClientRect();
      const o = document.querySelector('#output').getBoundingClientRect();
      return { text: m.textContent, visible: r.top >= o.top && r.bottom <= o.bottom, focused: document.activeElement === m };
    });
    assert.ok(sel.text.startsWith('We are ready to talk'));
    assert.ok(sel.visible, 'the selected claim is scrolled into view');
    assert.ok(sel.focused, 'and has the focus');
    await page.setViewportSize({ width: 1400, height: 1000 });
  });

  test('the list view shows every annotation as a row, and its entries select in the article', async () => {
    await fill(page, ARTICLE);
    const anns = annotate(ARTICLE).annotations;
    await page.check('.views input[value="list"]');
    assert.ok(await page.isHidden('#output'));
    const rows = await page.$$eval('#list-rows tr', (trs) => trs.map((tr) => [tr.dataset.kind, tr.cells[1].textContent]));
    assert.deepEqual(rows, anns.map((a) => [a.kind, a.text]));
    await page.locator('#list-rows button').first().click();
    assert.ok(await page.isVisible('#output'), 'back to the highlights');
    assert.equal(await page.getAttribute('#output mark.selected', 'data-id'), anns[0].id);
  });

  test('user text is only ever text: XSS payloads in the article, panels and details', async () => {
    const payloads = [
      '<img src=x onerror="window.__xss=1">',
      '<script>window.__xss=1</script>',
      '"><svg onload="window.__xss=1">',
      '</textarea><iframe srcdoc="<script>parent.__xss=1</script>">',
      '<a href="javascript:window.__xss=1">link</a>',
      '&lt;b&gt; &amp; {{constructor.constructor("window.__xss=1")()}}',
    ];
    const evil = `"${payloads.join(' ')}," Foreign Minister Anna Berg said. Japan strongly protested ${payloads[0]}.`;
    await fill(page, evil);
    await page.hover('#output');
    await page.locator('#output mark').first().click();
    const got = await page.evaluate(() => ({
      text: document.querySelector('#output').textContent,
      foreign: [...document.querySelectorAll('#output *, .side *')].map((e) => e.tagName)
        .filter((t) => ['IMG', 'SCRIPT', 'SVG', 'IFRAME', 'A'].includes(t)),
      xss: window.__xss,
    }));
    assert.equal(got.text, evil, 'the output text is the input, character for character');
    assert.deepEqual(got.foreign, [], 'no pasted element anywhere');
    assert.equal(got.xss, undefined, 'no pasted script ran');
  });

  async function axeScan(label) {
    await page.evaluate(AXE);
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
    assert.deepEqual(summary, [], `axe violations (${label})`);
  }

  test('axe-core finds no accessibility violations (light, dark, selection, list view)', async () => {
    await page.click('#example');
    await waitForExample();
    await axeScan('light, example');
    await page.locator('#output mark[data-kind="speaker"]').first().click();
    await axeScan('light, a speaker selected');
    await page.emulateMedia({ colorScheme: 'dark' });
    await axeScan('dark');
    await page.check('.views input[value="list"]');
    await axeScan('dark, list view');
    await page.check('.views input[value="marks"]');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  async function waitForExample() {
    await page.waitForFunction(() => document.querySelector('#output').dataset.state === 'done' &&
      document.querySelector('#output').textContent === document.querySelector('#input').value &&
      document.querySelector('#input').value.length > 500, null, WAIT);
  }

  test('screenshots in the light and dark themes (test-output/, docs/screenshot.png)', async () => {
    await page.click('#example');
    await waitForExample();
    await page.locator('#quotes button.who').first().click(); // a speaker, its mentions and claims lit
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      const bg = await page.evaluate(() => getComputedStyle(document.body.parentElement).backgroundColor);
      assert.equal(bg, scheme === 'dark' ? 'rgb(20, 23, 28)' : 'rgb(247, 246, 242)', `${scheme} theme applies`);
      await page.screenshot({ path: `${OUT}page-${scheme}.png`, fullPage: true });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 820 });
    await page.screenshot({ path: `${OUT}readme.png` });
    await page.setViewportSize({ width: 1400, height: 1000 });
    if (process.env.NEWSMARK_SCREENSHOT) copyFileSync(`${OUT}readme.png`, SCREENSHOT);
    assert.ok(statSync(SCREENSHOT).size < 300 * 1024, 'docs/screenshot.png stays under 300 KB');
  });

  test('[core] the example article shows all four kinds and fills the panels', async () => {
    await page.click('#example');
    await waitForExample();
    assert.deepEqual(await renderedKinds(), ['claim', 'country', 'protest', 'speaker']);
    for (const list of ['#countries', '#quotes', '#protests']) {
      assert.ok(await page.locator(`${list} li`).count() > 0, `${list} lists something`);
    }
  });

  test('no page errors, console errors or failed requests', () => {
    assert.deepEqual(problems, []);
  });
});

import './io.suite.js';
import './glance.suite.js';
import './units.suite.js';
import './correct.suite.js';
import './corrections.suite.js';
