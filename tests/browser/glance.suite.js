// The page read at a glance (issue 16), one test per trouble a new reader met: a visible
// selection on countries, outer marks reachable, a legend that explains, no lost text, panels
// beside the article at every width, the phone, plain-word details and a theme switch, exports
// of one file each. Articles are our own.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkBrat, readConf } from './brat.js';
import { copyFileSync, readFileSync } from 'node:fs';
import { ARTICLE, OUT, WAIT, fill, launch, loadWasm, meterGaps, openPage, pasteEvent, unzipped, waitRendered } from './harness.js';

// NEWSMARK_SCREENSHOT=1: the screenshots of 1440, 1024 and 390 px go to docs/ (README).
const DOCS = new URL('../../docs/', import.meta.url).pathname;
// A speaker that is exactly a state, a country inside a speaker, a territorial claim.
const NESTED = `North Korea said on Monday that the drills were a provocation.

Kremlin Spokesman Pavel Sokolov told reporters that Russia had no intention of taking sides.

Officials in Tokyo rejected China's fresh territorial claims to the reef.
`;
// Thirteen speakers, one quote each.
const NAMES = ['Anna Berg', 'Paul Dorn', 'Mia Kessler', 'Omar Haddad', 'Lena Vogt', 'Ivan Petrov', 'Sara Lind',
  'Tomas Ruiz', 'Nora Quist', 'Eli Shaw', 'Rita Moreno', 'Karl Jansen', 'Hugo Brandt'];
const CROWD = NAMES.map((n) => `"Talks must go on," Minister ${n} said.`).join('\n\n');

describe('the page at a glance', () => {
  let server;
  let browser;
  let page;
  let problems;
  let annotate;
  let explain;

  before(async () => {
    ({ annotate, explain } = await loadWasm());
    ({ server, browser } = await launch());
    ({ page, problems } = await openPage(browser, server, { viewport: { width: 1440, height: 900 } }));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const find = (text, pred) => annotate(text).annotations.find(pred);
  const ring = (id) => page.$eval(`#output mark[data-id="${id}"]`, (m) => {
    const s = getComputedStyle(m);
    return `${s.outlineStyle} ${s.outlineWidth}`;
  });
  const selected = () => page.getAttribute('#output mark.selected', 'data-id');
  const example = async () => {
    await page.click('#example');
    await page.waitForFunction(() => document.querySelector('#output').dataset.state === 'done' &&
      document.querySelector('#output').textContent === document.querySelector('#input').value &&
      document.querySelector('#input').value.length > 500, null, WAIT);
  };

  test('1. selecting a country rings it and dashes its other mentions, by click and by key', async () => {
    await fill(page, ARTICLE);
    const jp = annotate(ARTICLE).annotations.filter((a) => a.kind === 'country' && a.code === 'JP');
    assert.ok(jp.length >= 2, 'the article names Japan twice or more');
    await page.click(`#output mark[data-id="${jp[0].id}"]`);
    assert.equal(await ring(jp[0].id), 'solid 3px', 'the selected country has the selection ring');
    assert.equal(await ring(jp[1].id), 'dashed 2px', 'its other mentions are dashed');
    const unrelated = annotate(ARTICLE).annotations.find((a) => a.kind === 'country' && a.code !== 'JP');
    assert.match(await ring(unrelated.id), /^none /, 'other countries have no ring');
    await page.keyboard.press('Escape');
    await page.focus('#output');
    await page.keyboard.press('Home');
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement.dataset.kind)) !== 'country'; i++) {
      await page.keyboard.press('n');
    }
    const focused = await page.evaluate(() => document.activeElement.dataset.id);
    assert.equal(await ring(focused), 'solid 3px', 'a country reached by n shows the ring');
    assert.equal(await page.$eval(`#output mark[data-id="${focused}"]`, (m) => getComputedStyle(m).outlineColor),
      await page.evaluate(() => {
        const probe = document.body.appendChild(document.createElement('i'));
        probe.style.color = 'var(--focus)';
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      }),
      'in the focus colour');
  });

  test('2. the outer mark is reachable: a second click, the o key, the details card', async () => {
    await fill(page, NESTED);
    const nk = find(NESTED, (a) => a.kind === 'speaker' && a.text === 'North Korea');
    const nkState = find(NESTED, (a) => a.kind === 'country' && a.text === 'North Korea');
    const kremlin = find(NESTED, (a) => a.kind === 'country' && a.text === 'Kremlin');
    const sokolov = find(NESTED, (a) => a.kind === 'speaker' && a.text.startsWith('Kremlin'));
    assert.ok(nk && nkState && kremlin && sokolov, 'the core marks both nestings');
    const at = page.locator(`#output mark[data-id="${nkState.id}"]`);
    await at.click();
    assert.equal(await selected(), nkState.id, 'a first click selects the innermost mark');
    await at.click();
    assert.equal(await selected(), nk.id, 'a second click selects the speaker around it');
    await at.click();
    assert.equal(await selected(), nkState.id, 'and a third goes back in');
    // By keyboard: focus the country inside the speaker, press o.
    await page.keyboard.press('Escape');
    await page.focus('#output');
    await page.keyboard.press('Home');
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement.dataset.id)) !== kremlin.id; i++) {
      await page.keyboard.press('n');
    }
    await page.keyboard.press('o');
    assert.equal(await selected(), sokolov.id, 'o selects the mark around the focused one');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.id), sokolov.id, 'and focuses it');
    // The details card links the marks around and inside the selected one.
    await page.click(`#output mark[data-id="${kremlin.id}"]`);
    const link = page.locator('#details-fields button.pick', { hasText: 'Kremlin Spokesman Pavel Sokolov' });
    assert.match(await page.textContent('#details-fields'), /also here/);
    await link.focus();
    await page.keyboard.press('Enter');
    assert.equal(await selected(), sokolov.id, 'the details card reaches it by keyboard');
  });

  test('3. the legend explains the coding: kinds, claim modes, protest forms, colours', async () => {
    await fill(page, NESTED);
    const key = await page.textContent('#key-h + dl');
    for (const word of ['speaker', 'claim', 'country', 'protest', 'direct quote', 'reported speech', 'territorial claim',
      'diplomatic', 'condemnation', 'demonstration', 'capital', 'seat of government']) {
      assert.ok(key.includes(word), `"What the marks mean" explains ${word}`);
    }
    const looks = await page.$$eval('.key .k-mode', (els) => els.map((e) => [e.dataset.mode, getComputedStyle(e).borderBottomStyle]));
    assert.deepEqual(looks, [['direct', 'solid'], ['reported', 'dashed'], ['territorial', 'double']]);
    const claimSwatch = await page.$eval('#legend .k-claim', (e) => getComputedStyle(e).borderImageSource);
    assert.match(claimSwatch, /gradient/, 'the claim swatch shows many colours, not one');
    // The claim count leaves territorial claims apart.
    const anns = annotate(NESTED).annotations;
    const said = anns.filter((a) => a.kind === 'claim' && a.mode !== 'territorial').length;
    assert.equal(await page.textContent('[data-count="claim"]'), String(said));
    assert.equal(await page.textContent('[data-count="territorial"]'), '1', 'one territorial claim, apart');
    // A selected claim: its speaker mention ringed, its cue outlined.
    const claim = anns.find((a) => a.kind === 'claim' && a.mode === 'reported');
    await page.click(`#output mark[data-id="${claim.id}"]`);
    assert.equal(await ring(claim.speaker), 'solid 3px', "the claim's speaker is ringed with it");
    assert.equal(await page.evaluate(() => [...CSS.highlights.get('cue')][0].toString()), claim.cue.text, 'its cue is outlined');
    // Twelve speakers, twelve colours.
    await fill(page, CROWD);
    const hues = await page.$$eval('#output mark[data-kind="speaker"]', (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    assert.equal(hues.length, 13);
    assert.equal(new Set(hues.slice(0, 12)).size, 12, `twelve distinct speaker colours: ${hues}`);
  });

  test('4. Clear and Load example can be undone; the kept copy stays until new text', async () => {
    const stored = () => page.evaluate(() => localStorage.getItem('newsmark:text'));
    await fill(page, ARTICLE);
    await page.click('#clear');
    await waitRendered(page);
    assert.equal(await page.inputValue('#input'), '');
    assert.ok(await page.isVisible('#restore'), 'Clear offers Undo');
    assert.equal(await stored(), ARTICLE, 'the kept copy is still the text');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', WAIT);
    await waitRendered(page);
    assert.equal(await page.inputValue('#input'), ARTICLE, 'a reload brings it back');
    await example();
    assert.equal(await stored(), ARTICLE, 'the example did not overwrite it');
    await page.click('#restore');
    await waitRendered(page);
    assert.equal(await page.inputValue('#input'), ARTICLE, 'Undo brings it back');
    assert.ok(await page.isHidden('#undo-note'));
    await page.click('#clear');
    await page.fill('#input', 'Japan protested.');
    await waitRendered(page);
    assert.equal(await stored(), 'Japan protested.', 'new text is kept, and the Undo goes');
    assert.ok(await page.isHidden('#undo-note'));
    await page.click('#clear');
    await page.click('#forget');
    assert.equal(await stored(), null, '"Forget it" drops the kept copy');
  });

  test('5. the details and who said what stay beside the article at 1024 and 1440 px; one scrollbar', async () => {
    for (const [width, height] of [[1024, 768], [1440, 900]]) {
      await page.setViewportSize({ width, height });
      await example();
      await page.locator('#output mark[data-kind="claim"][data-mode="reported"]').first().click();
      const got = await page.evaluate(() => {
        const r = (s) => document.querySelector(s).getBoundingClientRect().toJSON();
        const quotes = document.querySelector('#quotes');
        return {
          out: r('#output'), details: r('#details'), quotes: r('#quotes'),
          pageScroll: document.scrollingElement.scrollHeight - innerHeight,
          quotesScroll: quotes.scrollHeight - quotes.clientHeight,
          heading: document.querySelector('#quotes-h').textContent,
        };
      });
      const at = `${width} px: ${JSON.stringify(got)}`;
      assert.ok(got.details.left >= got.out.right, `details right of the article at ${at}`);
      assert.ok(got.details.top < height && got.details.bottom > 0, `details on screen at ${at}`);
      assert.ok(got.quotes.left >= got.out.right && got.quotes.top < height, `who said what beside the article at ${at}`);
      assert.ok(got.out.bottom <= height, `the article box ends inside the window at ${at}`);
      assert.ok(got.pageScroll <= 1, `the page itself does not scroll at ${at}`);
      assert.equal(got.quotesScroll, 0, `who said what is not a box of its own to scroll at ${at}`);
      assert.match(got.heading, /· \d+ speakers/, 'its heading says how many speakers');
      await page.screenshot({ path: `${OUT}glance-${width}.png` });
      await page.screenshot({ path: `${OUT}glance-${width}.jpg`, quality: 80 });
      if (process.env.NEWSMARK_SCREENSHOT) copyFileSync(`${OUT}glance-${width}.jpg`, `${DOCS}screenshot-${width}.jpg`);
    }
  });

  test('6. on a phone: the page goes to the result after a paste; a tap shows the details; big toggles', async () => {
    const phone = await openPage(browser, server, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const p = phone.page;
    await pasteEvent(p, { 'text/plain': ARTICLE });
    await waitRendered(p);
    await p.waitForFunction(() => Math.abs(document.querySelector('.result').getBoundingClientRect().top) < 40, null, WAIT);
    const mark = annotate(ARTICLE).annotations.find((a) => a.kind === 'speaker');
    await p.tap(`#output mark[data-id="${mark.id}"]`);
    const card = await p.evaluate(() => {
      const r = document.querySelector('#details').getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, text: document.querySelector('#details-fields').textContent };
    });
    assert.ok(card.top >= 0 && card.bottom <= 844 + 1, `the details card is on screen: ${JSON.stringify(card)}`);
    assert.match(card.text, /markspeaker/);
    await p.screenshot({ path: `${OUT}glance-390.png` });
    await p.screenshot({ path: `${OUT}glance-390.jpg`, quality: 80 });
    if (process.env.NEWSMARK_SCREENSHOT) copyFileSync(`${OUT}glance-390.jpg`, `${DOCS}screenshot-390.jpg`);
    await p.click('#details-close');
    assert.ok(await p.isHidden('#details-fields'), 'the card closes');
    const sizes = await p.$$eval('input[type="checkbox"], input[type="radio"]', (els) => els.map((e) => e.getBoundingClientRect().width));
    assert.ok(sizes.every((w) => w >= 24), `toggles are at least 24 px: ${sizes}`);
    assert.deepEqual(phone.problems, []);
    await phone.context.close();
  });

  test('7. details in plain words, no flag emoji, a status that says what was found, a theme switch', async () => {
    await fill(page, NESTED);
    await page.click(`#output mark[data-id="${find(NESTED, (a) => a.text === 'Kremlin').id}"]`);
    const card = await page.$$eval('#details-fields dt', (dts) => dts.map((d) => d.textContent));
    for (const dev of ['offsets', 'entity', 'form', 'kind']) assert.ok(!card.includes(dev), `no "${dev}" row: ${card}`);
    assert.match(await page.textContent('#details-fields'), /namedby its seat of government/);
    // The rule that made the mark, as the core's explain() names it.
    const rule = explain(NESTED).annotations.find((x) => x.text === 'Kremlin' && x.kind === 'country').rule;
    assert.match(await page.textContent('#details-fields'), new RegExp(`found bythe rule “${rule}”`));
    // A speaker's other mentions, one click away ("the same speaker as").
    await fill(page, ARTICLE);
    const sato = annotate(ARTICLE).annotations.filter((a) => a.kind === 'speaker' && /Sato/.test(a.text));
    assert.equal(sato.length, 2, 'the core names Sato twice');
    await page.click(`#output mark[data-id="${sato[1].id}"]`);
    assert.match(await page.textContent('#details-fields'), /the same speaker as“Japanese Prime Minister Haruto Sato”mentions2 in the article/);
    await page.click('#details-fields button.pick:text("Japanese Prime Minister Haruto Sato")');
    assert.equal(await selected(), sato[0].id, 'the link selects the other mention');
    const side = await page.textContent('.side');
    assert.ok(!/[\u{1F1E6}-\u{1F1FF}]/u.test(side), 'no flag emoji in the panels');
    assert.match(await page.textContent('#status'), /^\d+ marks found in \d+ ms\.$/);
    await fill(page, 'Nothing to see here.');
    assert.equal(await page.textContent('#status'), 'Nothing found: no speaker, country, claim or protest in this text.');
    await page.selectOption('#theme', 'dark');
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    assert.equal(await bg(), 'rgb(20, 23, 28)', 'dark when asked');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', WAIT);
    assert.equal(await bg(), 'rgb(20, 23, 28)', 'and still after a reload');
    assert.equal(await page.inputValue('#theme'), 'dark');
    await page.selectOption('#theme', 'system');
    assert.equal(await bg(), 'rgb(247, 246, 242)', 'the system theme (light here) again');
  });

  // Clicks Download for `format`: the file it saves, and that no second one comes.
  async function downloads(format) {
    let count = 0;
    const on = () => { count += 1; };
    page.on('download', on);
    const first = page.waitForEvent('download', { timeout: 60000 });
    await page.click(`#exports [data-format="${format}"] [data-act="download"]`);
    const d = await first;
    const file = { name: d.suggestedFilename(), path: await d.path() };
    await page.waitForTimeout(500);
    page.off('download', on);
    assert.equal(count, 1, `${format}: one download`);
    return [file];
  }

  test('8. each export is one file: brat a .zip with annotation.conf, HTML with colours; no freeze', async () => {
    await fill(page, CROWD);
    const brat = await downloads('brat');
    assert.deepEqual(brat.map((f) => f.name), ['article.brat.zip'], 'one download');
    const zipped = unzipped(brat[0].path);
    assert.deepEqual(Object.keys(zipped).sort(), ['annotation.conf', 'article.ann', 'article.txt']);
    assert.equal(zipped['article.txt'], CROWD);
    assert.deepEqual(checkBrat(readConf(zipped['annotation.conf']), CROWD, zipped['article.ann']), [], 'brat opens it with its conf');
    const html = readFileSync((await downloads('html'))[0].path, 'utf8');
    assert.ok(!/Hover a mark/.test(html), 'no "hover" instruction');
    const viewer = await page.context().newPage();
    await viewer.setContent(html);
    const colours = await viewer.$$eval('article mark[data-kind="speaker"]', (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    const listed = await viewer.$$eval('ol li', (lis) => lis.length);
    await viewer.close();
    assert.equal(new Set(colours.slice(0, 12)).size, 12, 'speakers keep their colours');
    assert.equal(listed, annotate(CROWD).annotations.length, 'every mark listed with its details');
    // A 2 MB article: the Web Annotation export runs in short tasks.
    const paragraphs = [];
    while (paragraphs.join('\n\n').length < 2 * 1024 * 1024) paragraphs.push(ARTICLE.trim());
    const long = paragraphs.join('\n\n');
    await pasteEvent(page, { 'text/plain': long });
    await page.waitForFunction((n) => document.querySelector('#output').dataset.state === 'done' &&
      /marks found/.test(document.querySelector('#status').textContent) &&
      document.querySelector('#held-note').textContent.includes(n), long.length.toLocaleString('en'), { timeout: 60000 });
    await meterGaps(page);
    const jsonld = await downloads('jsonld');
    const gap = await page.evaluate(() => { clearInterval(window.__tick); return window.__gaps.max; });
    assert.equal(jsonld.length, 1);
    assert.equal(JSON.parse(readFileSync(jsonld[0].path, 'utf8')).total, annotate(long).annotations.length);
    assert.ok(gap < 500, `the page kept running its timers during the export (longest gap ${gap.toFixed(0)} ms)`);
  });

  // Issue 14: the example article's "Who said what" as an editor reads it, entry by entry:
  // [name, role, state, [mode and claim, ...]], in the order of their first claim.
  const EXAMPLE_SAID = [
    ['Kenji Morita', 'Foreign Minister', 'JP', ['direct “We will not accept this”',
      'direct “The drills are a clear provocation and must be called off”']],
    ['Japanese Foreign Ministry', '', 'JP', ['reported it had summoned the South Korean ambassador in protest']],
    ['Han Ji-won', 'Foreign Ministry spokeswoman', 'KR', ['reported the exercises were routine and posed no threat to any neighbour',
      'reported Seoul had informed Tokyo of the schedule a week in advance',
      'direct “The islets are ours by history and by law”']],
    ['North Korean state news agency', '', 'KP', ['reported Pyongyang condemned the drills as a rehearsal for war']],
    // "Dialogue is the only way forward," he said: "he" is Zhao Peng, the Chinese Foreign
    // Ministry spokesman of the sentence before, who has not spoken till then.
    ['Zhao Peng', 'Foreign Ministry spokesman', 'CN', ['direct “Dialogue is the only way forward”']],
    ['Russian officials', '', 'RU', ['reported Moscow was following the situation closely']],
    ['Pavel Sokolov', 'Kremlin Spokesman', 'RU', ['reported Russia had no intention of taking sides']],
    ['Laura Mendes', 'State Department spokeswoman', 'US', ['reported Washington remained committed to both of its allies and ' +
      'hoped the two governments would settle the matter "through calm diplomacy."']],
    ['Japanese fisheries agency', '', 'JP', ['reported seafood exports to South Korea fell 12 percent in February']],
  ];
  const exampleSaid = async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await example();
    return page.$$eval('#quotes > li.speaker-group', (lis) => lis.map((li) => {
      const text = (s) => li.querySelector(`.who ${s}`)?.textContent ?? '';
      return [text('.name'), text('.title'), text('.code'),
        [...li.querySelectorAll('.said > li')].map((c) => `${c.querySelector('.tag').textContent} ${c.querySelector('.what').textContent}`)];
    }));
  };

  test('[core] the example\'s who said what, entry by entry: each speaker, role, state and claim (issue 14)', async () => {
    const got = await exampleSaid();
    assert.equal(got.length, EXAMPLE_SAID.length, `one entry a speaker: ${JSON.stringify(got.map((g) => g[0]))}`);
    EXAMPLE_SAID.forEach((want, i) => assert.deepEqual(got[i], want, `entry ${i + 1}, ${want[0]}`));
    assert.match(await page.textContent('#quotes-h'), new RegExp(`· ${EXAMPLE_SAID.length} speakers`));
  });

  test('no page errors, console errors or failed requests (at a glance)', () => {
    assert.deepEqual(problems, []);
  });
});
