// Page load-to-ready time in headless Chromium: from navigation start to the
// page's ready signal (body[data-ready="true"], or window.newsmarkReady, or
// at least #output in the DOM), median over fresh browser contexts.
//
//   node bench/page.mjs WWW_DIR [RUNS]        (CHROMIUM=/usr/bin/chromium)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(process.argv[2]);
const runs = Number(process.argv[3] || 15);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

// A static server on 127.0.0.1 only, for this benchmark.
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (file !== root && !file.startsWith(root + sep)) return res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/`;

// Records the first moment the page says it is ready, in ms since navigation start.
const WATCH_READY = () => {
  const signal = () => (document.body && document.body.dataset.ready === 'true') || window.newsmarkReady === true;
  const mark = () => { if (window.__readyAt === undefined && signal()) window.__readyAt = performance.now(); };
  new MutationObserver(mark).observe(document, { attributes: true, childList: true, subtree: true });
  const poll = () => { mark(); if (window.__readyAt === undefined) setTimeout(poll, 1); };
  poll();
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const row = (measure, value, target = '', verdict = '') =>
  console.log([measure, value, target, verdict].join('\t'));
try {
  const times = [];
  let signal = 'body[data-ready]';
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(WATCH_READY);
    await page.goto(url);
    let at;
    try {
      await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 10000 });
      at = await page.evaluate(() => window.__readyAt);
    } catch {
      // No ready signal: fall back to the output element being in the DOM.
      signal = '#output present (no ready signal)';
      await page.waitForSelector('#output', { timeout: 10000, state: 'attached' });
      at = await page.evaluate(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);
    }
    if (i > 0) times.push(at); // the first load warms the disk cache and the browser
    await context.close();
  }
  times.sort((a, b) => a - b);
  const median = times[times.length >> 1];
  row(`page: load to ready, headless Chromium (${signal})`,
    `${median.toFixed(0)} ms median of ${runs} (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)})`,
    '<= 200 ms', median <= 200 ? 'ok' : 'MISSED');
} finally {
  await browser.close();
  server.close();
}
