// Getting text in: pastes (plain text only), .txt and .html files, and the copy kept in
// localStorage. HTML is reduced to its text by html.js, which reads it as a string: no part of
// it ever reaches the browser's HTML parser, so nothing in it can run, load or log.
import { htmlToText } from './html.js';

const STORE_KEY = 'newsmark:text';
// Longer texts are not kept: browsers allow about 5 M characters per site, and writing near that
// limit blocks the page for seconds.
export const KEEP_MAX = 1000000;

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
