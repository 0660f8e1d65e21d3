// Getting text in: pastes (plain text only), .txt and .html files, and the copy kept in
// localStorage. HTML is reduced to its text inside an inert <template>: its scripts do not run,
// its images and styles are not loaded, and (unlike a DOMParser document) its <style> elements
// are not even checked against the page's CSP.

const STORE_KEY = 'newsmark:text';
// Longer texts are not kept: browsers allow about 5 M characters per site, and writing near that
// limit blocks the page for seconds.
export const KEEP_MAX = 1000000;

// Elements whose content is not article text.
const SKIP = new Set(['TITLE', 'META', 'LINK', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'IFRAME', 'OBJECT', 'NAV', 'FOOTER', 'FORM', 'BUTTON', 'SELECT']);
// Elements that start a new line or paragraph in the text.
const PARAGRAPH = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'UL', 'OL', 'TABLE', 'HEADER', 'ARTICLE', 'SECTION', 'MAIN', 'ASIDE']);
const LINE = new Set(['BR', 'DIV', 'LI', 'TR', 'DT', 'DD', 'FIGURE', 'HR']);

function isSpace(c) {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
}

// HTML's whitespace rule: runs of white space are one space (outside <pre>).
function collapse(s) {
  let out = '';
  let space = false;
  for (const c of s) {
    if (isSpace(c)) { space = true; continue; }
    if (space) out += ' ';
    out += c;
    space = false;
  }
  return space ? `${out} ` : out;
}

// The text of an HTML page: its <article> (else <main>, else all of it), with paragraphs
// separated by a blank line. The HTML is parsed inert; only text nodes are read.
export function htmlToText(html) {
  const inert = document.createElement('template');
  inert.innerHTML = html;
  const doc = inert.content;
  const root = doc.querySelector('article') || doc.querySelector('main') || doc;
  const parts = [];
  const breakLine = (n) => { parts.push(n === 2 ? '\n\n' : '\n'); };
  const walk = (node, pre) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        parts.push(pre ? child.data : collapse(child.data));
      } else if (child.nodeType === 1) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        const block = PARAGRAPH.has(tag) ? 2 : LINE.has(tag) ? 1 : 0;
        if (block) breakLine(block);
        walk(child, pre || tag === 'PRE');
        if (block && tag !== 'BR') breakLine(block);
      }
    }
  };
  walk(root, false);
  // Tidy the joins: no spaces around line breaks, at most one blank line, no blank ends.
  const lines = parts.join('').split('\n').map((l) => l.trim());
  const out = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

const isHtmlName = (name) => /\.html?$/i.test(name);
const isTextName = (name) => /\.(txt|text)$/i.test(name);

// The text of a dropped or opened file, or an Error saying why not.
export async function fileToText(file) {
  const html = file.type === 'text/html' || isHtmlName(file.name);
  const plain = file.type === 'text/plain' || isTextName(file.name);
  if (!html && !plain) throw new Error(`"${file.name}" is not a .txt or .html file`);
  const content = await file.text();
  return html ? htmlToText(content) : content;
}

// The text a paste brings: its plain text, or the text of its HTML when it has no plain text.
export function pastedText(clipboardData) {
  const plain = clipboardData.getData('text/plain');
  if (plain) return plain;
  const html = clipboardData.getData('text/html');
  return html ? htmlToText(html) : '';
}

// Keeps `text` for the next visit; false when the browser refuses (too long, storage off).
export function keepText(text) {
  try {
    if (text.length > KEEP_MAX) throw new RangeError('too long to keep');
    if (text) localStorage.setItem(STORE_KEY, text);
    else localStorage.removeItem(STORE_KEY);
    return true;
  } catch {
    try { localStorage.removeItem(STORE_KEY); } catch { /* storage unavailable */ }
    return false;
  }
}

export function keptText() {
  try { return localStorage.getItem(STORE_KEY) || ''; } catch { return ''; }
}
