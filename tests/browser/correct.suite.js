// The correct mode in Chromium, as a reader uses it: each kind of edit by pointer and by
// keyboard, undo and redo, corrections kept across a reload and carried through edits of the
// text, a JSON export loaded back, the brat export against the shipped annotation.conf.
// Tests named "[core] ..." start from what today's core marks on TEXT: marks it gets right, which a
// reader corrects by the same path as a wrong one (no test waits on a mistake of the core).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { OUT, WAIT, dropFile, fill, launch, loadWasm, openPage, unzipped, waitRendered } from './harness.js';
import { checkBrat, readConf } from './brat.js';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOT = new URL('../../docs/correct-mode.png', import.meta.url);

// Written for these tests. The core marks SPEAKER for the last claim; no mark touches "skippers",
// text a reader can select as a new speaker.
const TEXT = `OSLO, June 3 - Kari Nordmann said the port would reopen.

Norway protested the decision on Tuesday.

"We will wait," Prime Minister Anna Berg said.

Fishermen in the town of Bergen said prices fell. The skippers met at the harbour.
`;
const SPEAKER = 'Fishermen in the town of Bergen';

describe('correct mode', () => {
  let server;
  let browser;
  let page;
  let problems;
  let core;

  before(async () => {
    const { annotate } = await loadWasm();
    core = annotate(TEXT).annotations;
    ({ server, browser } = await launch());
    ({ page, problems } = await openPage(browser, server));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  // The marks on screen: [kind, text, edit] per annotation, in text order.
  const marks = () => page.$$eval('#output mark[data-id]:not([data-part]), #output mark[data-part^="1/"]',
    (els) => els.map((e) => [e.dataset.kind, e.textContent, e.dataset.edit || null]));
  const has = async (kind, text) => (await marks()).some(([k, t]) => k === kind && t === text);
  const mark = (kind, text) => page.locator(`#output mark[data-kind="${kind}"]`, { hasText: text }).first();
  // The selected mark's fields as its form shows them: values, or the picked mark's label.
  const form = () => page.$$eval('#edit-form [data-field]', (els) => Object.fromEntries(els.map((e) =>
    [e.dataset.field, e.tagName === 'SELECT' ? e.selectedOptions[0]?.textContent : e.value])));
  const focused = () => page.evaluate(() => [document.activeElement.dataset.kind, document.activeElement.textContent]);

  async function correctMode() {
    if (await page.getAttribute('#correct', 'aria-pressed') !== 'true') await page.click('#correct');
  }
  // A fresh start: the text again with no correction, the correct mode on.
  async function fresh() {
    await fill(page, '');
    await fill(page, TEXT);
    await correctMode();
    assert.equal(await page.textContent('#correct-count'), '');
  }
  // Walks the article with n until the focused mark is `kind` with `text`.
  async function keyTo(kind, text) {
    await page.focus('#output');
    await page.keyboard.press('Home');
    for (let i = 0; i < 40; i++) {
      const [k, t] = await focused();
      if (k === kind && t === text) return;
      await page.keyboard.press('n');
    }
    assert.fail(`no ${kind} "${text}" reached by n`);
  }
  // Presses Tab until `selector` has the focus (the keyboard reaches it).
  async function tabTo(selector) {
    for (let i = 0; i < 60; i++) {
      if (await page.evaluate((s) => document.activeElement.matches(s), selector)) return;
      await page.keyboard.press('Tab');
    }
    assert.fail(`Tab never reached ${selector}`);
  }
  // Drags the mouse over text[from, to) in the article.
  async function dragSelect(from, to) {
    const [a, b] = await page.evaluate(([from, to]) => {
      const point = (off, last) => {
        const walker = document.createTreeWalker(document.querySelector('#output'), NodeFilter.SHOW_TEXT);
        let pos = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = last ? off - 1 : off;
          if (at < pos + n.length) {
            const r = document.createRange();
            r.setStart(n, at - pos);
            r.setEnd(n, at - pos + 1);
            const box = r.getBoundingClientRect();
            return { x: last ? box.right - 1 : box.left + 1, y: box.top + box.height / 2 };
          }
          pos += n.length;
        }
        return null;
      };
      return [point(from, false), point(to, true)];
    }, [from, to]);
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move(b.x, b.y, { steps: 5 });
    await page.mouse.up();
  }
  // Clicks the mark `kind` `text`, then the form's button `label`.
  async function act(kind, text, label) {
    await mark(kind, text).click();
    await page.click(`#edit-form button:text-is("${label}")`);
    await settled();
  }
  const settled = () => page.waitForFunction(() => document.querySelector('#output').dataset.state === 'done', null, WAIT);

  test('[core] remove a mark by mouse and by key; undo and redo by button and by key', async () => {
    await fresh();
    assert.ok(await has('speaker', SPEAKER));
    await act('speaker', SPEAKER, 'Remove');
    assert.ok(!(await has('speaker', SPEAKER)), 'removed');
    assert.equal(await page.textContent('#correct-count'), '1 correction');
    await page.click('#undo');
    await settled();
    assert.ok(await has('speaker', SPEAKER), 'undone');
    await page.click('#redo');
    await settled();
    assert.ok(!(await has('speaker', SPEAKER)), 'redone');

    await keyTo('country', 'Norway');
    await page.keyboard.press('Delete');
    await settled();
    assert.ok(!(await has('country', 'Norway')), 'Delete removes the focused mark');
    assert.equal((await focused())[0] !== undefined, true, 'the focus stays on a mark in the article');
    await page.keyboard.press('Control+z');
    await settled();
    assert.ok(await has('country', 'Norway'), 'Ctrl+Z brings it back');
    await page.keyboard.press('Control+Shift+z');
    await settled();
    assert.ok(!(await has('country', 'Norway')), 'Ctrl+Shift+Z removes it again');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await settled();
    assert.ok(await has('speaker', SPEAKER) && await has('country', 'Norway'), 'back to the core');
    assert.equal(await page.isDisabled('#undo'), true);
  });

  test('[core] change a claim\'s speaker: picked from the article\'s speakers, by mouse and by keys', async () => {
    await fresh();
    await mark('claim', 'prices fell').click();
    await page.selectOption('#edit-form select[data-field="speaker"]', { label: 'Kari Nordmann' });
    await settled();
    assert.equal((await form()).speaker, 'Kari Nordmann');
    assert.match(await page.textContent('#quotes'), /Kari Nordmann.*2 claims/s);

    await keyTo('claim', 'We will wait');
    await page.keyboard.press('e');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.field), 'mode', 'e goes to the form');
    await page.keyboard.press('Tab');
    await page.keyboard.type('K');
    await settled();
    assert.equal((await form()).speaker, 'Kari Nordmann');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.field), 'speaker', 'the focus stays on the field');
    assert.match(await page.textContent('#quotes'), /Kari Nordmann.*3 claims/s);
  });

  test('[core] select new text as a speaker (mouse); add a mark of a kind from a keyboard selection', async () => {
    await fresh();
    await mark('claim', 'prices fell').click();
    const from = TEXT.indexOf('skippers');
    await dragSelect(from, from + 'skippers'.length);
    await page.click('#edit-form button:text-is("Speaker from selected text")');
    await settled();
    assert.ok((await marks()).some(([k, t, e]) => k === 'speaker' && t === 'skippers' && e === 'added'));
    assert.equal((await form()).speaker, 'skippers', 'the claim is the skippers\' now');

    // Keyboard only: select "OSLO" in the text box, Tab to "country", Enter, type the code.
    await page.focus('#input');
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
    await tabTo('#correct-bar button[data-add="country"]');
    await page.keyboard.press('Enter');
    await settled();
    assert.ok((await marks()).some(([k, t, e]) => k === 'country' && t === 'OSLO' && e === 'added'));
    assert.equal(await page.evaluate(() => document.activeElement.dataset.field), 'code', 'the new mark\'s form has the focus');
    await page.keyboard.type('no');
    await page.keyboard.press('Enter');
    await settled();
    assert.equal((await form()).code, 'NO');

    // Mouse: a protest on "Fishermen ... said"... a claim on "We will wait" exists: add a
    // claim over "the decision on Tuesday" by dragging, then the bar's button.
    const d = TEXT.indexOf('the decision');
    await dragSelect(d, d + 'the decision on Tuesday'.length);
    await page.click('#correct-bar button[data-add="claim"]');
    await settled();
    assert.ok((await marks()).some(([k, t, e]) => k === 'claim' && t === 'the decision on Tuesday' && e === 'added'));
    await page.click('#undo');
    await settled();
    assert.ok(!(await has('claim', 'the decision on Tuesday')), 'an addition is undone');
  });

  test('[core] change a country\'s code, a claim\'s mode, a protest\'s form, protester and against', async () => {
    await fresh();
    await mark('country', 'Norway').click();
    await page.fill('#edit-form input[data-field="code"]', 'XX');
    await page.press('#edit-form input[data-field="code"]', 'Enter');
    assert.match(await page.textContent('#correct-status'), /not an ISO 3166 country code/);
    await page.fill('#edit-form input[data-field="code"]', 'se');
    await page.press('#edit-form input[data-field="code"]', 'Enter');
    await settled();
    assert.equal((await form()).code, 'SE');

    await mark('claim', 'the port would reopen').click();
    await page.selectOption('#edit-form select[data-field="mode"]', 'direct');
    await settled();
    assert.equal(await mark('claim', 'the port would reopen').getAttribute('data-mode'), 'direct');

    // The protest by keyboard only.
    await keyTo('protest', 'protested');
    await page.keyboard.press('e');
    await page.keyboard.press('ArrowDown'); // form: diplomatic -> condemnation
    await settled();
    await page.keyboard.press('Tab');
    await page.keyboard.type('K'); // protester: Kari Nordmann
    await settled();
    await page.keyboard.press('Tab');
    await page.keyboard.type('fi');
    await page.keyboard.press('Enter');
    await settled();
    assert.deepEqual(await form(), { form: 'condemnation', protester: 'Kari Nordmann', against: 'FI' });
    assert.equal(await page.textContent('#correct-count'), '3 corrections');
  });

  test('[core] the same edits by the other hand: a protest by mouse, a claim\'s mode and a new speaker by keys', async () => {
    await fresh();
    await mark('protest', 'protested').click();
    await page.selectOption('#edit-form select[data-field="form"]', 'demonstration');
    await settled();
    await page.selectOption('#edit-form select[data-field="protester"]', { label: 'Prime Minister Anna Berg' });
    await settled();
    await page.click('#edit-form input[data-field="against"]');
    await page.keyboard.type('dk');
    await page.click('#edit-form button:text-is("Confirm")'); // the field's change event sets it
    await settled();
    assert.deepEqual(await form(), { form: 'demonstration', protester: 'Prime Minister Anna Berg', against: 'DK' });

    // Keys only: the claim "prices fell" becomes direct, and skippers its speaker, selected
    // in the text box with Shift and the arrows.
    await keyTo('claim', 'prices fell');
    await page.keyboard.press('e');
    await page.keyboard.press('ArrowUp'); // reported -> direct
    await settled();
    const input = await page.inputValue('#input');
    await page.focus('#input');
    await page.keyboard.press('Control+End');
    for (let i = input.length; i > input.indexOf('skippers'); i--) await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 'skippers'.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await tabTo('#edit-form button.from-selection');
    await page.keyboard.press('Enter');
    await settled();
    assert.deepEqual(await form(), { mode: 'direct', speaker: 'skippers' });
  });

  test('[core] confirm by button and by key; each mark shows what a person did to it', async () => {
    await fresh();
    await act('speaker', 'Kari Nordmann', 'Confirm');
    await keyTo('speaker', 'Prime Minister Anna Berg');
    await page.keyboard.press('c');
    await settled();
    const edits = (await marks()).filter(([, , e]) => e).map(([k, t, e]) => `${k} ${t} ${e}`);
    assert.deepEqual(edits, ['speaker Kari Nordmann confirmed', 'speaker Prime Minister Anna Berg confirmed']);
    assert.match(await page.textContent('#details-fields'), /confirmed/);
    const sign = await page.evaluate(() => getComputedStyle(document.querySelector('#output mark[data-edit]'), '::after').content);
    assert.match(sign, /✓/);
  });

  test('[core] corrections survive a reload and follow edits of the text before and inside them', async () => {
    await fresh();
    await act('speaker', SPEAKER, 'Remove');
    await mark('country', 'Norway').click();
    await page.fill('#edit-form input[data-field="code"]', 'SE');
    await page.press('#edit-form input[data-field="code"]', 'Enter');
    await settled();
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', WAIT);
    await waitRendered(page);
    assert.ok(!(await has('speaker', SPEAKER)), 'the removal is kept');
    assert.equal(await page.textContent('#correct-count'), '2 corrections');
    await page.click('#correct');
    await mark('country', 'Norway').click();
    assert.equal((await form()).code, 'SE', 'the change is kept');

    // Typing before them.
    await page.focus('#input');
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('UPDATE ');
    await waitRendered(page);
    assert.ok(!(await has('speaker', SPEAKER)));
    await mark('country', 'Norway').click();
    assert.equal((await form()).code, 'SE');
    // Typing inside the corrected country: it stays, flagged, on its edited text.
    const at = (await page.inputValue('#input')).indexOf('Norway') + 3;
    await page.focus('#input');
    await page.evaluate((at) => document.querySelector('#input').setSelectionRange(at, at), at);
    await page.keyboard.type('x');
    await waitRendered(page);
    assert.match(await page.textContent('#correct-status'), /1 corrected mark flagged/);
    const flagged = await page.$$eval('#output mark[data-check]', (els) => els.map((e) => [e.dataset.kind, e.textContent]));
    assert.deepEqual(flagged, [['country', 'Norxway']]);
    await mark('country', 'Norxway').click();
    assert.match(await page.textContent('#edit-form'), /The text changed inside this mark/);
    await page.click('#edit-form button:text-is("Confirm")');
    await settled();
    assert.equal(await page.locator('#output mark[data-check]').count(), 0, 'confirming clears the flag');
    assert.equal((await form()).code, 'SE');
  });

  test('[core] export JSON, reload, drop the file: the same marks, and the edits carried on', async () => {
    await fresh();
    await act('speaker', SPEAKER, 'Remove');
    await mark('claim', 'We will wait').click();
    await page.selectOption('#edit-form select[data-field="mode"]', 'reported');
    await settled();
    const before = await marks();
    const [file] = await Promise.all([page.waitForEvent('download'),
      page.click('#exports [data-format="json"] [data-act="download"]')]);
    const json = readFileSync(await file.path(), 'utf8');
    const exported = JSON.parse(json);
    assert.deepEqual(exported.annotations.filter((a) => a.edit).map((a) => [a.kind, a.text, a.edit]),
      [['claim', 'We will wait', 'changed']]);
    assert.equal(exported.annotations.filter((a) => a.kind === 'speaker').length,
      core.filter((a) => a.kind === 'speaker').length - 1, 'the removed speaker is not exported');
    await fill(page, '');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', WAIT);
    await dropFile(page, { name: 'article.json', type: 'application/json', content: json });
    await waitRendered(page);
    await settled();
    assert.deepEqual(await marks(), before);
    assert.equal(await page.textContent('#correct-count'), '2 corrections');
  });

  test('[core] the brat export of a corrected article opens with docs/brat/annotation.conf; HTML marks say it', async () => {
    await fresh();
    await act('country', 'Norway', 'Confirm');
    // One download: a .zip of the .txt, the .ann and annotation.conf (issue 16).
    const [download] = await Promise.all([page.waitForEvent('download'),
      page.click('#exports [data-format="brat"] [data-act="download"]')]);
    const files = Object.fromEntries(Object.entries(unzipped(await download.path())).map(([n, t]) => [n.split('.').pop(), t]));
    assert.deepEqual(checkBrat(readConf(), files.txt, files.ann), []);
    assert.deepEqual(checkBrat(readConf(files.conf), files.txt, files.ann), [], 'with the zipped annotation.conf too');
    assert.match(files.ann, /\tEdit T\d+ confirmed/);
    const [html] = await Promise.all([page.waitForEvent('download'),
      page.click('#exports [data-format="html"] [data-act="download"]')]);
    assert.match(readFileSync(await html.path(), 'utf8'), /<mark data-kind="country" data-id="a\d+"[^>]* data-edit="confirmed"[^>]*>Norway</);
  });

  // The README's figure: a review of the example article by keyboard only. Every mark is
  // visited with n and confirmed with c, except the protests that name no state protested
  // against, which get one (e, Tab, Tab, the code, Enter, Esc). Counts the keys and times
  // the page's answer to each; writes test-output/correct-timing.json and the screenshot.
  test('[core] reviewing the example article by keyboard: keys pressed and time per edit', async () => {
    await fill(page, '');
    await page.click('#example');
    await page.waitForFunction(() => document.querySelector('#output').dataset.state === 'done' &&
      document.querySelector('#output').textContent.length > 500, null, WAIT);
    await correctMode();
    const { EXAMPLE } = await import('../../www/example.js');
    const { annotate } = await loadWasm();
    const anns = annotate(EXAMPLE).annotations;
    // The state each protest without one is against, as the example's sentences say.
    const AGAINST = { 'strongly protested': 'KR', demonstrators: 'JP', rallied: 'JP' };
    // The protests the core leaves without the state (the rallies at the embassy have it
    // since embassy-of-state); at least one is left to time an edit by keyboard.
    const corrected = anns.filter((a) => a.kind === 'protest' && !a.against && AGAINST[a.text]).length;
    assert.ok(corrected >= 1);
    let keys = 0;
    const press = async (key) => { keys += 1; await page.keyboard.press(key); };
    const edits = [];
    const timed = async (what) => {
      const t0 = Date.now();
      await what();
      await settled();
      edits.push(Date.now() - t0);
    };
    const t0 = Date.now();
    await page.focus('#output');
    await press('Home');
    for (let i = 0; i < anns.length; i++) {
      const a = anns[i];
      if (a.kind === 'protest' && !a.against && AGAINST[a.text]) {
        await press('e');
        await press('Tab');
        await press('Tab');
        for (const c of AGAINST[a.text].toLowerCase()) await press(c);
        await timed(() => press('Enter'));
        await press('Escape');
      } else {
        await timed(() => press('c'));
      }
      if (i + 1 < anns.length) await press('n');
    }
    const total = Date.now() - t0;
    const marksNow = await marks();
    assert.equal(marksNow.filter(([, , e]) => e === 'confirmed').length, anns.length - corrected);
    assert.equal(marksNow.filter(([, , e]) => e === 'changed').length, corrected);
    const sorted = [...edits].sort((x, y) => x - y);
    const figures = {
      marks: anns.length, corrected, confirmed: anns.length - corrected, keys,
      totalMs: total, editMedianMs: sorted[sorted.length >> 1], editMaxMs: sorted[sorted.length - 1],
    };
    writeFileSync(`${OUT}correct-timing.json`, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`# correcting the example by keyboard: ${JSON.stringify(figures)}`);
    // The screenshot: a protest's form open, the marks showing what was done.
    await mark('protest', 'rallied').click();
    await page.setViewportSize({ width: 1280, height: 820 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${OUT}correct-mode.png` });
    await page.setViewportSize({ width: 1400, height: 1000 });
    if (process.env.NEWSMARK_SCREENSHOT) copyFileSync(`${OUT}correct-mode.png`, SCREENSHOT);
    assert.ok(statSync(SCREENSHOT).size < 300 * 1024, 'docs/correct-mode.png stays under 300 KB');
  });

  test('axe-core finds no violations in the correct mode with a form open (light and dark)', async () => {
    await fresh();
    await act('country', 'Norway', 'Confirm');
    await mark('protest', 'protested').click();
    await page.evaluate(AXE);
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`), [], scheme);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('no page errors, console errors or failed requests', () => {
    assert.deepEqual(problems, []);
  });
});
