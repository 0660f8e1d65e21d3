// Turns text + annotations into DOM nodes. No language logic: only offsets.
//
// Offsets are UTF-16 code units (JS string indices), end exclusive. Each annotation becomes
// a <mark data-kind data-id>. Nesting follows the spans; where two spans cross, the one that
// starts later is split into fragments that share its data-id (data-part="1/2", "2/2").
// Text only ever enters the DOM as text nodes.

export const KINDS = ['claim', 'speaker', 'protest', 'country'];

// Among spans with the same start and end, which one is outermost.
const RANK = { claim: 0, speaker: 1, protest: 2, country: 3 };

function outerFirst(a, b) {
  return a.start - b.start || b.end - a.end || (RANK[a.kind] ?? 9) - (RANK[b.kind] ?? 9);
}

// Builds a DocumentFragment for `text` with `annotations` marked up.
// `decorate(el, annotation)` may add attributes (e.g. a title) to each element.
export function renderAnnotated(text, annotations, decorate = () => {}) {
  const spans = annotations
    .filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) &&
      a.start >= 0 && a.end <= text.length && a.start < a.end)
    .sort(outerFirst);

  // Every position where some span opens or closes cuts the text into segments.
  const cuts = new Set([0, text.length]);
  for (const a of spans) { cuts.add(a.start); cuts.add(a.end); }
  const bounds = [...cuts].sort((x, y) => x - y);

  const root = document.createDocumentFragment();
  const stack = []; // [{ann, el}], outermost first
  const pieces = new Map(); // annotation -> its elements (more than one when split)
  let open = []; // spans covering the current segment, in outerFirst order
  let next = 0; // index into spans of the next one to open

  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i];
    const to = bounds[i + 1];
    open = open.filter((a) => a.end > from);
    while (next < spans.length && spans[next].start === from) open.push(spans[next++]);
    open.sort(outerFirst);

    // Keep the elements still wanted in the same order; close the rest.
    let keep = 0;
    while (keep < stack.length && keep < open.length && stack[keep].ann === open[keep]) keep++;
    stack.length = keep;
    for (let j = keep; j < open.length; j++) {
      const ann = open[j];
      const el = document.createElement('mark');
      el.dataset.kind = ann.kind;
      el.dataset.id = ann.id;
      if (pieces.has(ann)) pieces.get(ann).push(el);
      else pieces.set(ann, [el]);
      decorate(el, ann);
      (j === 0 ? root : stack[j - 1].el).appendChild(el);
      stack.push({ ann, el });
    }
    const parent = stack.length ? stack[stack.length - 1].el : root;
    parent.appendChild(document.createTextNode(text.slice(from, to)));
  }
  for (const els of pieces.values()) {
    if (els.length > 1) els.forEach((el, k) => { el.dataset.part = `${k + 1}/${els.length}`; });
  }
  return root;
}
