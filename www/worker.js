// Runs the wasm annotator off the main thread so typing never blocks.
// In: {seq, text}. Out: {type: 'ready', version} | {type: 'batch', seq, items, rules} (zero or
// more: the annotations in order, and the name of the rule that made each) then
// {type: 'result', seq, total, ms} | {type: 'error', seq, message}.
// Results go out in batches so that the page receives a huge result as many short tasks
// (one structured clone of 200,000 objects would block the page for a noticeable time).
// The wasm starts downloading at once, beside the glue module (a static import would fetch
// the glue first, and the wasm only when the glue runs).
const wasm = fetch(new URL('./pkg/newsmark_bg.wasm', import.meta.url));
const BATCH = 10000;
// A sentence that makes every pass run (countries, a quote, reported speech, a protest).
const WARM_UP = '"We reject it," the Freedonian envoy said, as Japan protested and crowds rallied.';
let annotate; // set once the module is ready: the core's `explain` (see rulesOf)

const ready = import('./pkg/newsmark.js')
  .then(async (glue) => {
    await glue.default({ module_or_path: wasm });
    annotate = glue.explain;
    return glue.version();
  })
  .then(
    (version) => {
      postMessage({ type: 'ready', version });
      // The first call builds the lexicons and the country automaton (tens of ms in wasm):
      // done now, in a task of its own, rather than in the user's first request. A request
      // already waiting comes first (it builds them itself).
      setTimeout(() => { try { annotate(WARM_UP); } catch { /* a request will say */ } }, 0);
    },
    (e) => {
      postMessage({ type: 'error', seq: -1, message: `could not load the annotator: ${e}` });
      throw e;
    },
  );

onmessage = async ({ data: { seq, text } }) => {
  try {
    await ready;
    const t0 = performance.now();
    const { annotations } = annotate(text);
    const ms = performance.now() - t0;
    const rules = rulesOf(annotations);
    for (let i = 0; i < annotations.length; i += BATCH) {
      postMessage({ type: 'batch', seq, items: annotations.slice(i, i + BATCH), rules: rules.slice(i, i + BATCH) });
    }
    postMessage({ type: 'result', seq, total: annotations.length, ms });
  } catch (e) {
    postMessage({ type: 'error', seq, message: String(e && e.message ? e.message : e) });
  }
};

// `explain` is `annotate` with each mark's rule name in a field `rule` (the last one): taken out
// here, so that the page's annotations are the contract's JSON (exports, corrections). The page
// without a worker (annotator.js) calls `annotate`, and shows no rule names.
function rulesOf(annotations) {
  return annotations.map((a) => {
    const { rule } = a;
    delete a.rule;
    return rule;
  });
}
