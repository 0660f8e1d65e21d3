// The text of an HTML page, read without a DOM. Pasted or dropped HTML is never given to the
// browser's parser: with Chromium 156, merely parsing `<img onerror=...>` in an inert <template>
// or a DOMParser document makes the browser try the handler (CSP blocks it and logs an error),
// and other markup can ask for a fetch. Here the HTML is only a string scanned once, left to
// right, by a small tokenizer after the HTML standard's states; nothing in it can run or load.
// Why this design: docs/decisions.md, "HTML in".

// Elements whose content is not article text.
const SKIP = new Set(['title', 'head', 'script', 'style', 'noscript', 'template', 'svg', 'math',
  'iframe', 'object', 'embed', 'frameset', 'noframes', 'noembed', 'xmp', 'nav', 'footer', 'form',
  'button', 'select', 'textarea', 'datalist', 'audio', 'video', 'canvas', 'map', 'dialog']);
// Elements whose content the tokenizer must not read as markup (raw text): it ends only at
// `</name`, so a `<p>` inside a script is no paragraph.
const RAW = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript',
  'title', 'textarea']);
// Elements that start a new paragraph, and those that start a new line.
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'pre',
  'ul', 'ol', 'table', 'header', 'article', 'section', 'main', 'aside']);
const LINE = new Set(['br', 'div', 'li', 'tr', 'dt', 'dd', 'figure', 'hr']);
// Elements that never have content, so never stay open.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta',
  'param', 'source', 'track', 'wbr']);

// Named character references: the Latin-1 block (U+00A0 to U+00FF, in code point order) and the
// typographic ones news pages use. An unknown name stays as written, as browsers leave it.
const LATIN1 = ('nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr ' +
  'deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc ' +
  'Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute ' +
  'THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave ' +
  'iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc ' +
  'uuml yacute thorn yuml').split(' ');
const NAMED = new Map([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"],
  ['OElig', 'Œ'], ['oelig', 'œ'], ['Scaron', 'Š'], ['scaron', 'š'], ['Yuml', 'Ÿ'], ['fnof', 'ƒ'],
  ['circ', 'ˆ'], ['tilde', '˜'], ['ensp', '\u2002'], ['emsp', '\u2003'], ['thinsp', '\u2009'],
  ['zwnj', '\u200c'], ['zwj', '\u200d'], ['lrm', '\u200e'], ['rlm', '\u200f'], ['ndash', '–'],
  ['mdash', '—'], ['lsquo', '‘'], ['rsquo', '’'], ['sbquo', '‚'], ['ldquo', '“'], ['rdquo', '”'],
  ['bdquo', '„'], ['dagger', '†'], ['Dagger', '‡'], ['bull', '•'], ['hellip', '…'], ['permil', '‰'],
  ['prime', '′'], ['Prime', '″'], ['lsaquo', '‹'], ['rsaquo', '›'], ['oline', '‾'], ['euro', '€'],
  ['trade', '™'], ['minus', '−'], ['nbsp', '\u00a0'],
  ...LATIN1.map((name, i) => [name, String.fromCharCode(0xa0 + i)]),
]);
// Names a browser also reads without their semicolon in text (the common legacy ones).
const NO_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);
// Numeric references to U+0080..U+009F mean windows-1252 characters, as in browsers ("&#147;" is “).
const CP1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

const isSpace = (c) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
const isAlpha = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isAlnum = (c) => isAlpha(c) || (c >= '0' && c <= '9');

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

function numericReference(code) {
  if (code >= 0x80 && code <= 0x9f) return CP1252[code - 0x80];
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

// Text with its character references decoded.
export function decodeReferences(s) {
  if (!s.includes('&')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf('&', i);
    if (amp < 0) break;
    out += s.slice(i, amp);
    i = amp + 1;
    if (s[i] === '#') {
      const hex = s[i + 1] === 'x' || s[i + 1] === 'X';
      let j = i + (hex ? 2 : 1);
      const digits = j;
      while (j < s.length && j - digits < 8 && (hex ? /[0-9a-fA-F]/.test(s[j]) : s[j] >= '0' && s[j] <= '9')) j++;
      if (j === digits) { out += '&'; continue; }
      out += numericReference(parseInt(s.slice(digits, j), hex ? 16 : 10));
      i = s[j] === ';' ? j + 1 : j;
      continue;
    }
    let j = i;
    while (j < s.length && j - i < 8 && isAlnum(s[j])) j++;
    const name = s.slice(i, j);
    if (s[j] === ';' && NAMED.has(name)) {
      out += NAMED.get(name);
      i = j + 1;
    } else if (NO_SEMICOLON.has(name)) {
      out += NAMED.get(name);
      i = j;
    } else {
      out += '&';
    }
  }
  return out + s.slice(i);
}

// Where the markup construct starting with '<' at `i` ends (the index after it), and what it
// is: {tag, end, closing, selfClosing} for a tag, {end} for a comment or declaration, or null
// when the '<' is plain text. Attribute values are skipped as the standard reads them (a quoted
// value may hold '>'), and never kept.
function readMarkup(html, i) {
  const n = html.length;
  const next = html[i + 1];
  if (html.startsWith('<!--', i)) {
    const close = html.indexOf('-->', i + 4);
    const bang = html.indexOf('--!>', i + 4);
    const at = [close >= 0 ? close + 3 : -1, bang >= 0 ? bang + 4 : -1].filter((x) => x >= 0);
    return { end: at.length ? Math.min(...at) : n };
  }
  if (next === '!' || next === '?') {
    const close = html.indexOf('>', i + 2);
    return { end: close < 0 ? n : close + 1 };
  }
  const closing = next === '/';
  let j = i + (closing ? 2 : 1);
  if (!isAlpha(html[j] || '')) {
    if (closing && html[j] === '>') return { end: j + 1 }; // "</>" is dropped
    if (closing && j < n) { // "</3" etc.: a bogus comment
      const close = html.indexOf('>', j);
      return { end: close < 0 ? n : close + 1 };
    }
    return null;
  }
  const nameStart = j;
  while (j < n && !isSpace(html[j]) && html[j] !== '/' && html[j] !== '>') j++;
  const tag = html.slice(nameStart, j).toLowerCase();
  let selfClosing = false;
  while (j < n && html[j] !== '>') {
    if (html[j] === '=') { // an attribute value: quoted (may hold '>') or up to a space or '>'
      j++;
      while (j < n && isSpace(html[j])) j++;
      const q = html[j];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, j + 1);
        j = close < 0 ? n : close + 1;
      } else {
        while (j < n && !isSpace(html[j]) && html[j] !== '>') j++;
      }
      selfClosing = false;
      continue;
    }
    selfClosing = html[j] === '/' && html[j + 1] === '>';
    j++;
  }
  return { tag, end: Math.min(j + 1, n), closing, selfClosing };
}

// The index where raw text of element `tag` that starts at `i` ends: at its `</tag`.
function rawTextEnd(html, tag, i) {
  let from = i;
  for (;;) {
    const at = html.indexOf('</', from);
    if (at < 0) return html.length;
    const after = html[at + 2 + tag.length];
    if (html.slice(at + 2, at + 2 + tag.length).toLowerCase() === tag &&
        (after === undefined || isSpace(after) || after === '/' || after === '>')) return at;
    from = at + 2;
  }
}

// The text of an HTML page: its first <article> (else its first <main>, else all of it), with
// paragraphs separated by a blank line.
export function htmlToText(html) {
  const all = [];
  const inArticle = [];
  const inMain = [];
  let article = 0; // 0: none seen yet, 1: inside the first, 2: after it
  let main = 0;
  const open = []; // open elements, innermost last
  let skipping = 0; // open SKIP elements
  let pre = 0;
  const push = (s) => {
    if (skipping || !s) return;
    all.push(s);
    if (article === 1) inArticle.push(s);
    if (main === 1) inMain.push(s);
  };
  let afterSpace = true; // the text so far ends in white space
  const breakLine = (tag) => {
    if (PARAGRAPH.has(tag)) push('\n\n');
    else if (LINE.has(tag)) push('\n');
    else return;
    if (!skipping) afterSpace = true;
  };
  const close = (tag) => {
    const at = open.lastIndexOf(tag);
    if (at < 0) return;
    for (const t of open.splice(at)) {
      if (SKIP.has(t)) skipping--;
      if (t === 'pre') pre--;
      if (t === 'article' && article === 1 && !open.includes('article')) article = 2;
      if (t === 'main' && main === 1 && !open.includes('main')) main = 2;
    }
  };
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      let text = decodeReferences(html.slice(i, textEnd));
      // One space where runs of text meet across tags ("a <b> b" and "a</b> b" alike).
      if (!pre) text = collapse(text);
      if (!pre && afterSpace && text[0] === ' ') text = text.slice(1);
      if (text && !skipping) afterSpace = isSpace(text[text.length - 1]);
      push(text);
    }
    if (lt < 0) break;
    const m = readMarkup(html, lt);
    if (!m) { // a '<' that starts no markup is text
      if (!skipping) afterSpace = false;
      push('<');
      i = lt + 1;
      continue;
    }
    i = m.end;
    if (!m.tag) continue;
    const { tag } = m;
    if (m.closing) {
      if (tag === 'br') { breakLine(tag); continue; } // "</br>" is a <br>, as in browsers
      if (!skipping) breakLine(tag);
      close(tag);
      continue;
    }
    breakLine(tag);
    if (VOID.has(tag)) continue;
    if (RAW.has(tag)) { // skipped whole; none of it is markup
      i = rawTextEnd(html, tag, i);
      const end = readMarkup(html, i);
      if (end && end.tag === tag) i = end.end;
      continue;
    }
    if (m.selfClosing && (tag === 'svg' || tag === 'math' || open.includes('svg') || open.includes('math'))) continue;
    open.push(tag);
    if (SKIP.has(tag)) skipping++;
    if (tag === 'pre') pre++;
    if (tag === 'article' && article === 0) article = 1;
    if (tag === 'main' && main === 0) main = 1;
  }
  const parts = article ? inArticle : main ? inMain : all;
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
