// Shared by the browser tests: the wasm in Node (to compare the page against), the static
// server, Chromium, and the gestures a user makes (paste, drop, wait for the render).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.js';

// The page as shipped: ./build.sh's dist/ (www/ with its JavaScript and CSS minified).
export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
export const OUT = fileURLToPath(new URL('../../test-output/', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const WAIT = { timeout: 15000 };

// Written for these tests. Guaranteed by the core: direct claims with their speakers, one
// speaker entity mentioned twice (Haruto Sato, Sato), a diplomatic protest, countries inside a
// speaker, emoji before and inside spans.
export const ARTICLE = `TOKYO, May 2 (Test Wire) - "We will not accept this," Foreign Minister Anna Berg said.

Japan strongly protested the decision.

Russian officials said the talks had failed.

"The door remains open," Japanese Prime Minister Haruto Sato said.

"We are ready to talk 🤝," Sato said, adding that Tokyo would wait.
`;

export function loadWasm() {
  const pkg = new URL('../../www/pkg/', import.meta.url);
  assert.ok(existsSync(new URL('newsmark_bg.wasm', pkg)), 'www/pkg is missing: run ./build.sh first');
  return import(new URL('newsmark.js', pkg)).then((mod) => {
    mod.initSync({ module: readFileSync(new URL('newsmark_bg.wasm', pkg)) });
    return mod;
  });
}

let launched = false;

export async function launch() {
  assert.ok(existsSync(CHROMIUM),
    `Chromium is missing at ${CHROMIUM}: install it with 'apt-get install -y chromium' ` +
    '(or set CHROMIUM=/path/to/chromium); the browser tests cannot run without it');
  mkdirSync(OUT, { recursive: true });
  assert.ok(existsSync(`${DIST}/index.html`), 'dist/ is missing: run ./build.sh first');
  const server = await startServer(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  if (!launched) console.log(`# browser tests on Chromium ${browser.version()} (${CHROMIUM})`);
  launched = true;
  return { server, browser };
}

// A fresh page on the server, with a record of its problems (errors, failed requests) and of
// every request it makes.
export async function openPage(browser, server, options = {}) {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
    ...options,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`); });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  context.on('request', (r) => requests.push(r.url()));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]', WAIT);
  return { page, context, problems, requests };
}

// Waits until #output shows the annotation of the textarea's current text.
export async function waitRendered(page) {
  await page.waitForFunction(() => {
    const out = document.querySelector('#output');
    return out.dataset.state === 'done' && out.textContent === document.querySelector('#input').value;
  }, null, WAIT);
}

// Types-in `text` at once (one input event, like a paste) and waits for its render.
export async function fill(page, text) {
  await page.fill('#input', text);
  await waitRendered(page);
}

// Pastes as the browser does: a paste event carrying `data` ({mime: content}) on the textarea,
// which replaces its whole content (select all, then paste).
export async function pasteEvent(page, data) {
  await page.evaluate((items) => {
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(items)) dt.setData(type, value);
    const ta = document.querySelector('#input');
    ta.focus();
    ta.select();
    ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
}

// Drops a file with `name`, `type` and `content` on the textarea.
export async function dropFile(page, { name, type, content }) {
  await page.evaluate((f) => {
    const dt = new DataTransfer();
    dt.items.add(new File([f.content], f.name, { type: f.type }));
    const target = document.querySelector('#input');
    for (const kind of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(kind, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, { name, type, content });
}

// The files in the .zip at `path` as {name: text}, read by Python's zipfile (a reader that is
// not ours), which also checks every CRC.
export function unzipped(path) {
  return JSON.parse(execFileSync('python3', ['-c', `import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
print(json.dumps({n: z.read(n).decode() for n in z.namelist()}))`, path]).toString());
}

// Starts a timer in the page that records the longest gap between its ticks (20 ms apart) in
// window.__gaps.max: how long the page was frozen. window.__tick stops it.
export function meterGaps(page) {
  return page.evaluate(() => {
    window.__gaps = { last: performance.now(), max: 0 };
    window.__tick = setInterval(() => {
      const now = performance.now();
      window.__gaps.max = Math.max(window.__gaps.max, now - window.__gaps.last);
      window.__gaps.last = now;
    }, 20);
  });
}
