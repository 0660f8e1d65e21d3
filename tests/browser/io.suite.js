// What goes in and out of the page: pastes, dropped and opened files, the copy kept across
// reloads, the four exports (each parsed back), the network after load, and long texts
// (progressive rendering, a 10 MB paste that must not freeze the page).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkBrat, readConf } from './brat.js';
import { readFileSync } from 'node:fs';
import { ARTICLE, WAIT, fill, dropFile, launch, loadWasm, meterGaps, openPage, pasteEvent, unzipped, waitRendered } from './harness.js';

// A short article of our own with emoji before spans (code points differ from UTF-16 units)
// and a line break inside nothing: the exports are compared against annotate() on it.
const EMOJI_ARTICLE = `🌏📰 ${ARTICLE}`;

describe('input, storage, exports, network, long texts', () => {
  let server;
  let browser;
  let page;
  let context;
  let problems;
  let requests;
  let annotate;

  before(async () => {
    ({ annotate } = await loadWasm());
    ({ server, browser } = await launch());
    ({ page, context, problems, requests } = await openPage(browser, server));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a paste inserts plain text: the plain part of rich text, or the text of bare HTML', async () => {
    await pasteEvent(page, { 'text/plain': 'Japan strongly protested.' });
    await waitRendered(page);
    assert.equal(await page.inputValue('#input'), 'Japan strongly protested.');
    await pasteEvent(page, { 'text/plain': 'Plain version.', 'text/html': '<p><b>Rich</b> version.</p>' });
    await waitRendered(page);
    assert.equal(await page.inputValue('#input'), 'Plain version.');
    await pasteEvent(page, { 'text/html': '<h1>Title</h1><p>First <i>para</i>graph.</p><script>window.__xss=1</script><p>Second.</p>' });
    await waitRendered(page);
    assert.equal(await page.inputValue('#input'), 'Title\n\nFirst paragraph.\n\nSecond.');
    assert.equal(await page.evaluate(() => window.__xss), undefined);
  });

  test('a dropped .txt file is annotated; a dropped .html file gives its article text only', async () => {
    await dropFile(page, { name: 'wire.txt', type: 'text/plain', content: ARTICLE });
    await waitRendered(page);
    assert.equal(await page.inputValue('#input'), ARTICLE);
    const before = requests.length;
    const html = `<!doctype html><html><head><title>T</title><style>p{color:red}</style>
      <link rel="stylesheet" href="http://203.0.113.9/site.css"><script>window.__xss=1</script></head>
      <body><nav>Home | World</nav><article><h1>Talks stall</h1>
      <p>"We will not accept this," Foreign Minister Anna Berg said.</p>
      <img src="http://203.0.113.9/pixel.png" onerror="window.__xss=1"><p>Japan  strongly
      protested the decision.</p></article><footer>© Site</footer></body></html>`;
    await dropFile(page, { name: 'story.html', type: 'text/html', content: html });
    await waitRendered(page);
    assert.equal(await page.inputValue('#input'),
      'Talks stall\n\n"We will not accept this," Foreign Minister Anna Berg said.\n\nJapan strongly protested the decision.');
    await page.waitForTimeout(200);
    assert.deepEqual(requests.slice(before), [], 'reading the HTML loaded nothing');
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'and ran nothing');
    await dropFile(page, { name: 'photo.png', type: 'image/png', content: 'PNG' });
    await page.waitForFunction(() => document.querySelector('#status').classList.contains('error'), null, WAIT);
    assert.match(await page.textContent('#status'), /not a \.txt or \.html file/);
  });

  // Every kind of markup that can run script or fetch when a browser parses it. Dropped or
  // pasted, each must give its article text and leave no console message and no request.
  const HOSTILE_HTML = {
    'img onerror': '<img src="http://203.0.113.9/a.png" onerror="window.__xss=1">',
    'svg onload': '<svg onload="window.__xss=1"><circle r="1" onclick="window.__xss=1"/></svg>',
    'body onload': '<body onload="window.__xss=1" onpageshow="window.__xss=1">',
    'video and audio onerror': '<video src="http://203.0.113.9/v.mp4" onerror="window.__xss=1" poster="http://203.0.113.9/p.png"><source src="x" onerror="window.__xss=1"></video><audio src="y" onerror="window.__xss=1"></audio>',
    'iframe srcdoc': '<iframe srcdoc="<script>window.parent.__xss=1</script><img src=x onerror=window.parent.__xss=1>" src="http://203.0.113.9/f"></iframe>',
    'object and embed': '<object data="http://203.0.113.9/o.swf" type="application/x-shockwave-flash"></object><embed src="http://203.0.113.9/e.swf">',
    'meta refresh': '<meta http-equiv="refresh" content="0;url=http://203.0.113.9/">',
    'javascript: link': '<a href="javascript:window.__xss=1">Read more</a>',
    'CSS url()': '<style>body{background:url(http://203.0.113.9/bg.png)}@import url("http://203.0.113.9/i.css");</style><div style="background-image:url(http://203.0.113.9/d.png)">In brief</div>',
    'other handlers': '<details open ontoggle="window.__xss=1"><summary>More</summary></details> <input autofocus onfocus="window.__xss=1"> <marquee onstart="window.__xss=1">Ticker</marquee>',
    'links, base and forms': '<base href="http://203.0.113.9/"><link rel="prefetch" href="http://203.0.113.9/n"><link rel="stylesheet" href="s.css"><form action="http://203.0.113.9/f"><button formaction="javascript:window.__xss=1">Go</button></form>',
    'script and template': '<script src="http://203.0.113.9/s.js"></script><template><img src=x onerror="window.__xss=1"></template><noscript><img src="http://203.0.113.9/n.png"></noscript>',
  };
  // The text each one adds where it stands in the article (the others add none).
  const HOSTILE_TEXT = { 'javascript: link': 'Read more', 'CSS url()': 'In brief', 'other handlers': 'More Ticker' };

  test('HTML that would run or fetch when parsed gives its text, no console message, no request', async () => {
    const messages = [];
    const onConsole = (m) => messages.push(`${m.type()}: ${m.text()}`);
    page.on('console', onConsole);
    try {
      for (const [name, payload] of Object.entries(HOSTILE_HTML)) {
        const before = requests.length;
        const first = 'Japan strongly protested the decision.';
        const second = '"We will not accept this," Foreign Minister Anna Berg said.';
        const html = `<!doctype html><html><head>${payload}</head><body>${payload}<article>
          <p>${first}</p>${payload}<p>${second}</p></article>${payload}</body></html>`;
        const expected = [first, HOSTILE_TEXT[name], second].filter(Boolean).join('\n\n');
        for (const how of ['drop', 'paste']) {
          await fill(page, '');
          if (how === 'drop') await dropFile(page, { name: 'story.html', type: 'text/html', content: html });
          else await pasteEvent(page, { 'text/html': html });
          await waitRendered(page);
          assert.equal(await page.inputValue('#input'), expected, `${name} (${how}): the article text`);
        }
        await page.waitForTimeout(100);
        assert.deepEqual(requests.slice(before), [], `${name}: no request`);
        assert.equal(await page.evaluate(() => window.__xss), undefined, `${name}: nothing ran`);
        assert.deepEqual(messages, [], `${name}: no console message`);
      }
    } finally {
      page.off('console', onConsole);
    }
  });

  test('"Open file…" reads a .txt file', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.click('#open');
    await (await chooser).setFiles({ name: 'opened.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) });
    await waitRendered(page);
    assert.equal(await page.inputValue('#input'), ARTICLE);
  });

  test('the last text comes back after a reload; "Clear" then "Forget it" forgets it', async () => {
    await fill(page, ARTICLE);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', WAIT);
    await waitRendered(page);
    assert.equal(await page.inputValue('#input'), ARTICLE);
    assert.ok(await page.locator('#output mark').count() > 0, 'and is annotated again');
    await page.click('#clear');
    await page.click('#forget');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', WAIT);
    assert.equal(await page.inputValue('#input'), '');
  });

  // Clicks "Download" for `format` and returns {name: content} of the file it saves (of the
  // files in it, for a .zip).
  async function download(format) {
    const files = {};
    const got = new Promise((resolve) => {
      const on = async (d) => {
        const name = d.suggestedFilename();
        if (name.endsWith('.zip')) {
          Object.assign(files, unzipped(await d.path()));
        } else {
          files[name] = readFileSync(await d.path(), 'utf8');
        }
        page.off('download', on);
        resolve();
      };
      page.on('download', on);
    });
    await page.click(`#exports [data-format="${format}"] [data-act="download"]`);
    await got;
    return files;
  }
  async function copied(format) {
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.click(`#exports [data-format="${format}"] [data-act="copy"]`);
    await page.waitForFunction(() => /^Copied/.test(document.querySelector('#status').textContent), null, WAIT);
    return page.evaluate(() => navigator.clipboard.readText());
  }
  const codePoints = (text, start, end) => [...text].slice(start, end).join('');

  test('export JSON: the spec format with its text, copied and downloaded', async () => {
    await fill(page, EMOJI_ARTICLE);
    const files = await download('json');
    assert.deepEqual(Object.keys(files), ['article.json']);
    const got = JSON.parse(files['article.json']);
    assert.deepEqual(got, { text: EMOJI_ARTICLE, annotations: annotate(EMOJI_ARTICLE).annotations });
    assert.equal(await copied('json'), files['article.json']);
  });

  test('export Web Annotation JSON-LD: a quote and a position selector per annotation', async () => {
    await fill(page, EMOJI_ARTICLE);
    const anns = annotate(EMOJI_ARTICLE).annotations;
    const files = await download('jsonld');
    const doc = JSON.parse(files['article.jsonld']);
    assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(doc.type, 'AnnotationCollection');
    assert.equal(doc.total, anns.length);
    const items = doc.first.items;
    assert.equal(items.length, anns.length);
    items.forEach((item, i) => {
      const a = anns[i];
      assert.equal(item.type, 'Annotation');
      assert.ok(item.id.endsWith(`#${a.id}`));
      assert.equal(item.body[0].value, a.kind);
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
      const pos = item.target.selector.find((s) => s.type === 'TextPositionSelector');
      assert.equal(quote.exact, a.text);
      assert.ok(EMOJI_ARTICLE.slice(0, a.start).endsWith(quote.prefix) && EMOJI_ARTICLE.slice(a.end).startsWith(quote.suffix));
      assert.equal(codePoints(EMOJI_ARTICLE, pos.start, pos.end), a.text, `${a.id}: positions count code points`);
      for (const link of item.body.filter((b) => b.purpose === 'linking')) {
        assert.ok(items.some((other) => other.id === link.source), `${a.id} links to an annotation of the page`);
      }
    });
    assert.equal(await copied('jsonld'), files['article.jsonld']);
  });

  test('export brat standoff: one .zip with the .ann, the .txt and annotation.conf, offsets in code points', async () => {
    const text = `${EMOJI_ARTICLE}"A quote over\ntwo lines," Foreign Minister Anna Berg said.\n`;
    await fill(page, text);
    const anns = annotate(text).annotations;
    const files = await download('brat');
    assert.deepEqual(Object.keys(files).sort(), ['annotation.conf', 'article.ann', 'article.txt']);
    assert.equal(files['article.txt'], text);
    const lines = files['article.ann'].trim().split('\n');
    const tIds = new Set();
    const types = {};
    for (const line of lines.filter((l) => l.startsWith('T'))) {
      const [id, typeAndSpans, covered] = line.split('\t');
      const [type, ...rest] = typeAndSpans.split(' ');
      const frags = rest.join(' ').split(';').map((f) => f.split(' ').map(Number));
      assert.equal(frags.map(([s, e]) => codePoints(text, s, e)).join(' '), covered, `${line}: offsets select the text`);
      assert.ok(frags.every(([s, e]) => !codePoints(text, s, e).includes('\n')), 'no fragment crosses a line');
      tIds.add(id);
      types[type] = (types[type] || 0) + 1;
    }
    for (const [kind, type] of [['speaker', 'Speaker'], ['country', 'Country'], ['claim', 'Claim'], ['protest', 'Protest']]) {
      assert.equal(types[type] || 0, anns.filter((a) => a.kind === kind).length, `${type} entities`);
    }
    for (const line of lines.filter((l) => l.startsWith('R'))) {
      const [, rel] = line.split('\t');
      const [, a1, a2] = rel.split(' ');
      assert.ok(tIds.has(a1.slice(5)) && tIds.has(a2.slice(5)), `${line}: arguments exist`);
    }
    assert.ok(lines.some((l) => /^R\d+\tSaidBy Arg1:T\d+ Arg2:T\d+$/.test(l)), 'claims link to their speakers');
    assert.ok(lines.some((l) => /^A\d+\tMode T\d+ direct$/.test(l)), 'claims carry their mode');
    assert.deepEqual(checkBrat(readConf(files['annotation.conf']), text, files['article.ann']), [], 'brat opens it with the zipped conf');
    assert.equal(await copied('brat'), files['article.ann']);
  });

  test('export HTML: self-contained, no script, the article as text with its marks', async () => {
    const evil = `${EMOJI_ARTICLE}<script>window.__xss=1</script> <img src=x onerror="window.__xss=1">`;
    await fill(page, evil);
    const anns = annotate(evil).annotations;
    const files = await download('html');
    const html = files['article.html'];
    assert.equal(await copied('html'), html);
    const viewer = await context.newPage();
    const loads = [];
    viewer.on('request', (r) => loads.push(r.url()));
    await viewer.setContent(html);
    const got = await viewer.evaluate(() => ({
      text: document.querySelector('article').textContent,
      ids: [...new Set([...document.querySelectorAll('article mark')].map((m) => m.dataset.id))],
      foreign: [...document.querySelectorAll('article *')].filter((e) => e.tagName !== 'MARK').length,
      scripts: document.querySelectorAll('script').length,
      styled: getComputedStyle(document.querySelector('article mark[data-kind="speaker"]')).fontWeight,
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content,
      xss: window.__xss,
    }));
    await viewer.close();
    assert.equal(got.text, evil);
    assert.deepEqual(got.ids.sort(), anns.map((a) => a.id).sort());
    assert.equal(got.foreign, 0);
    assert.equal(got.scripts, 0);
    assert.equal(got.styled, '600', 'its inline CSS applies');
    assert.match(got.csp, /default-src 'none'/);
    assert.equal(got.xss, undefined);
    assert.deepEqual(loads, [], 'it loads nothing');
  });

  test('no request leaves the page: nothing to another origin, nothing at all after load', async () => {
    const fresh = await openPage(browser, server);
    const atReady = fresh.requests.length;
    await fresh.page.click('#example');
    await fresh.page.waitForFunction(() => document.querySelector('#output').textContent.length > 500, null, WAIT);
    await fresh.page.locator('#output mark').first().click();
    await fresh.page.check('.views input[value="list"]');
    await fresh.page.click('#exports [data-format="json"] [data-act="copy"]');
    await fresh.page.waitForTimeout(200);
    const origin = server.url;
    assert.deepEqual(fresh.requests.filter((u) => !u.startsWith(origin)), [], 'requests to another origin');
    assert.deepEqual(fresh.requests.slice(atReady), [], 'requests after the annotator is ready');
    assert.deepEqual(fresh.problems, []);
    await fresh.context.close();
  });

  test('a long article renders piece by piece with a notice, and keyboard jumps render on demand', async () => {
    const paragraphs = [];
    for (let i = 0; paragraphs.join('\n\n').length < 200000; i++) paragraphs.push(`Item ${i}. ${ARTICLE.trim()}`);
    const text = paragraphs.join('\n\n');
    const total = annotate(text).annotations.length;
    await pasteEvent(page, { 'text/plain': text });
    await page.waitForFunction(() => document.querySelector('#output').dataset.state === 'done', null, WAIT);
    assert.equal(await page.inputValue('#input'), '', 'a text this long is held aside, not put in the box');
    assert.match(await page.textContent('#held-note'), /A long text \([\d,]+ characters\) is loaded/);
    const notice = await page.textContent('#render-notice');
    assert.match(notice, /showing the first [\d,]+ of [\d,]+ characters/);
    assert.match(notice, new RegExp(`All ${total.toLocaleString('en')} annotations`));
    const marks = () => page.$$eval('#output mark', (els) => new Set(els.map((e) => e.dataset.id)).size);
    const first = await marks();
    assert.ok(first > 0 && first < total, `some but not all marks at first: ${first} of ${total}`);
    await page.$eval('#output', (o) => { o.scrollTop = o.scrollHeight; });
    await page.waitForFunction((n) => new Set([...document.querySelectorAll('#output mark')].map((e) => e.dataset.id)).size > n, first, WAIT);
    await page.focus('#output');
    await page.keyboard.press('End');
    assert.equal(await marks(), total, 'jumping to the last annotation renders the rest');
    assert.ok(await page.isHidden('#render-notice'), 'and the notice goes');
    assert.equal(await page.textContent('#output'), text, 'the whole text, in order');
    const counts = await page.$$eval('[data-count]', (els) => els.reduce((n, e) => n + Number(e.textContent.replace(/[^\d]/g, '')), 0));
    assert.equal(counts, total, 'the legend counts every annotation');
  });

  test('a 10 MB paste does not freeze the page; a shorter text then replaces it', async () => {
    await fill(page, ARTICLE); // a page showing a news-sized article when the paste comes
    // The clipboard's content is made first (building 10 MB is the test's work, not the page's).
    await page.evaluate(() => {
      const para = 'Japan strongly protested the decision, and "we will not accept this," Foreign Minister Anna Berg said in Tokyo.\n\n';
      window.__clip = new DataTransfer();
      window.__clip.setData('text/plain', para.repeat(Math.ceil(10 * 1024 * 1024 / para.length)));
    });
    // A timer in the page records the longest gap between its ticks while the paste is handled.
    await meterGaps(page);
    const t0 = Date.now();
    await page.evaluate(() => {
      const ta = document.querySelector('#input');
      ta.focus();
      ta.select();
      ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: window.__clip, bubbles: true, cancelable: true }));
    });
    await page.waitForSelector('#progress:not([hidden])', WAIT);
    assert.match(await page.textContent('#status'), /Annotating 10,\d{3},\d{3} characters/);
    await page.waitForTimeout(1500);
    const busy = await page.evaluate(() => ({ max: window.__gaps.max, note: document.querySelector('#held-note').textContent }));
    assert.match(busy.note, /A long text \(10,\d{3},\d{3} characters\) is loaded/, 'the page says what it holds');
    assert.ok(busy.max < 500, `the page kept running its timers (longest gap ${busy.max.toFixed(0)} ms)`);
    assert.equal(await page.evaluate(() => localStorage.getItem('newsmark:text')), null, 'too long to keep: not kept');
    // Typing a new text stops the long run instead of waiting for it.
    await fill(page, ARTICLE);
    assert.ok(await page.isHidden('#progress'));
    assert.ok(Date.now() - t0 < 15000, 'the short text did not wait for the long one');
    // A text typed at once after the paste (before the long run counts as stale) comes too.
    await page.evaluate(() => {
      const ta = document.querySelector('#input');
      ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: window.__clip, bubbles: true, cancelable: true }));
    });
    const t1 = Date.now();
    await fill(page, `${ARTICLE}\nOne more line.`);
    assert.ok(Date.now() - t1 < 10000, 'it did not wait for the long run either');
    await page.evaluate(() => clearInterval(window.__tick));
  });

  test('no page errors, console errors or failed requests', () => {
    assert.deepEqual(problems, []);
  });
});
