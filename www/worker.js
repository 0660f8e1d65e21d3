// Runs the wasm annotator off the main thread so typing never blocks.
// Messages in: {seq, text}. Out: {type: 'ready', version} | {type: 'result', seq, result, ms}
// | {type: 'error', seq, message}.
import init, { annotate, version } from './pkg/newsmark.js';

const ready = init().then(
  () => postMessage({ type: 'ready', version: version() }),
  (e) => {
    postMessage({ type: 'error', seq: -1, message: `could not load the annotator: ${e}` });
    throw e;
  },
);

onmessage = async ({ data: { seq, text } }) => {
  try {
    await ready;
    const t0 = performance.now();
    const result = annotate(text);
    postMessage({ type: 'result', seq, result, ms: performance.now() - t0 });
  } catch (e) {
    postMessage({ type: 'error', seq, message: String(e && e.message ? e.message : e) });
  }
};
