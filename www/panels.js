// The panels beside the article (who said what, countries, protests, territorial claims), the
// plain list view and the details card. Every entry is a button that selects its annotation.
import { clip, countryName, describe, entityLabel, fields } from './labels.js';

const LIMIT = 150; // entries per list before a "show more" button

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function pick(id, ...children) {
  const b = el('button', 'pick');
  b.type = 'button';
  b.dataset.pick = id;
  b.append(...children);
  return b;
}

// Fills `list` with `items` rendered by `make`, LIMIT at a time behind a "show more" button,
// so a long article's panels never drop entries and never build thousands of nodes at once.
function fill(list, items, make) {
  list.replaceChildren();
  let shown = 0;
  const more = () => {
    list.querySelector(':scope > li.more')?.remove();
    const end = Math.min(items.length, shown + LIMIT);
    for (; shown < end; shown++) list.append(make(items[shown]));
    if (shown < items.length) {
      const li = el('li', 'more');
      const b = el('button', 'more-button', `Show ${Math.min(LIMIT, items.length - shown)} more of ${items.length - shown}`);
      b.type = 'button';
      b.addEventListener('click', () => {
        const at = shown;
        more();
        list.children[at]?.querySelector('button')?.focus();
      });
      li.append(b);
      list.append(li);
    }
  };
  more();
}

function modeTag(text, className) {
  return el('span', `tag ${className}`, text);
}

function whoSaidWhat(list, annotations, index) {
  const groups = new Map(); // speaker key -> {mentions, claims}
  for (const a of annotations) {
    if (a.kind !== 'claim' || a.mode === 'territorial') continue;
    const key = index.keyOf.get(a.id);
    if (!groups.has(key)) groups.set(key, { key, mentions: [], claims: [] });
    groups.get(key).claims.push(a);
  }
  for (const a of annotations) {
    if (a.kind === 'speaker' && groups.has(index.keyOf.get(a.id))) groups.get(index.keyOf.get(a.id)).mentions.push(a);
  }
  list.closest('section').querySelector('h2 .n').textContent = groups.size ? ` · ${groups.size} speaker${groups.size === 1 ? '' : 's'}` : '';
  fill(list, [...groups.values()], (g) => {
    const li = el('li', 'speaker-group');
    const who = entityLabel(g.mentions);
    const head = pick(g.mentions[0] ? g.mentions[0].id : g.claims[0].id);
    head.classList.add('who');
    const hue = g.mentions[0] && index.hue(g.mentions[0]);
    if (hue !== undefined) head.dataset.hue = String(hue);
    head.append(el('span', 'name', who.name));
    if (who.title) head.append(el('span', 'title', who.title));
    if (who.full) head.append(el('span', 'full', who.full));
    if (who.country) head.append(el('span', 'code', who.country), el('span', 'sr-only', `, ${countryName(who.country)}`));
    head.append(el('span', 'n', `${g.claims.length} claim${g.claims.length === 1 ? '' : 's'}`));
    const said = el('ul', 'said');
    fill(said, g.claims, (c) => {
      const item = el('li');
      item.append(pick(c.id, modeTag(c.mode, `mode-${c.mode}`),
        el('span', 'what', c.mode === 'direct' ? `“${clip(c.text)}”` : clip(c.text))));
      return item;
    });
    li.append(head, said);
    return li;
  });
}

function countries(list, annotations) {
  const byCode = new Map();
  for (const a of annotations) {
    if (a.kind !== 'country') continue;
    if (!byCode.has(a.code)) byCode.set(a.code, { code: a.code, first: a.id, n: 0, forms: new Map() });
    const c = byCode.get(a.code);
    c.n += 1;
    c.forms.set(a.text, (c.forms.get(a.text) || 0) + 1);
  }
  const rows = [...byCode.values()].sort((x, y) => y.n - x.n || x.code.localeCompare(y.code));
  fill(list, rows, (c) => {
    const li = el('li');
    const forms = [...c.forms].map(([f, n]) => (n > 1 ? `${f} ×${n}` : f)).join(', ');
    const b = pick(c.first, el('span', 'name', countryName(c.code)),
      el('span', 'code', c.code), el('span', 'n', `×${c.n}`), el('span', 'forms', `as ${forms}`));
    li.append(b);
    return li;
  });
}

function protests(list, annotations, index) {
  fill(list, annotations.filter((a) => a.kind === 'protest'), (p) => {
    const li = el('li');
    const protester = p.protester && index.byId.get(p.protester);
    const who = protester ? (protester.kind === 'country' ? countryName(protester.code) : protester.name || protester.text) : 'unknown protester';
    const line = el('span', 'line');
    line.append(el('span', 'who', who), el('span', 'arrow', ' → '),
      el('span', 'against', p.against ? countryName(p.against) : 'no state named'));
    const b = pick(p.id, modeTag(p.form, `form-${p.form}`), line, el('span', 'trigger', `“${p.text}”`));
    if (p.target) b.append(el('span', 'target', clip(p.target.text, 120)));
    li.append(b);
    return li;
  });
}

function territorial(list, annotations, index) {
  fill(list, annotations.filter((a) => a.kind === 'claim' && a.mode === 'territorial'), (c) => {
    const li = el('li');
    const claimant = index.byId.get(c.speaker);
    const code = claimant && claimant.kind === 'country' ? claimant.code : null;
    li.append(pick(c.id, el('span', 'who', code ? countryName(code) : (claimant ? claimant.text : 'unknown claimant')),
      el('span', 'what', clip(c.text))));
    return li;
  });
}

// The plain list view: one row per annotation, in text order, LIMIT rows at a time.
export function listView(tbody, moreButton, annotations, index) {
  let shown = 0;
  const more = () => {
    const end = Math.min(annotations.length, shown + LIMIT * 4);
    const rows = [];
    for (; shown < end; shown++) {
      const a = annotations[shown];
      const tr = el('tr');
      tr.dataset.kind = a.kind;
      const text = el('td');
      text.append(pick(a.id, clip(a.text, 300)));
      tr.append(el('td', 'kind', a.kind), text, el('td', 'desc', describe(a, index)));
      rows.push(tr);
    }
    tbody.append(...rows);
    moreButton.hidden = shown >= annotations.length;
    moreButton.textContent = `Show more (${(annotations.length - shown).toLocaleString('en')} left)`;
  };
  tbody.replaceChildren();
  moreButton.onclick = more;
  more();
}

export function renderPanels(root, annotations, index) {
  whoSaidWhat(root.querySelector('#quotes'), annotations, index);
  countries(root.querySelector('#countries'), annotations);
  protests(root.querySelector('#protests'), annotations, index);
  territorial(root.querySelector('#territorial'), annotations, index);
}

// The details card of the selected annotation (or its empty state); `extra` rows (the marks
// around and inside it) come after its own.
export function renderDetails(dl, empty, a, index, extra = []) {
  empty.hidden = !!a;
  dl.hidden = !a;
  dl.replaceChildren();
  dl.closest('.details').classList.toggle('open', !!a);
  if (!a) return;
  for (const [label, value] of [...fields(a, index), ...extra]) {
    const dd = el('dd');
    if (typeof value === 'string') dd.textContent = value;
    else for (const [text, id] of value) dd.append(pick(id, text)); // a link a line
    dl.append(el('dt', null, label), dd);
  }
}
