// The annotator as the page sees it: a module worker (or, if it cannot start, the wasm module
// in the page), one request in flight at a time. A request made while another runs waits, and
// only the latest waiting one is sent: typing into a long text never queues stale work.

const SLOW_MS = 100; // after this, the page shows that annotation is in progress
// A run this long on a text that has changed since is stopped (the worker is replaced) rather
// than awaited; shorter runs finish, which costs less than starting a new worker.
const STALE_MS = 1000;

// handlers: onReady(version), onResult({seq, text, annotations, rules, ms}) (rules: id -> the
// name of the rule that made the mark, from the worker), onError({seq, message}),
// onBusy(boolean) (true once a request has taken longer than SLOW_MS, false when it ends).
// The worker is started by start.js, a classic script at the top of index.html, so that it
// and its wasm load while the rest of the page arrives; its messages and errors are held until
// createAnnotator takes it over. Without start.js, this module starts it.
let early = self.newsmarkWorker || null;
self.newsmarkWorker = null;
if (!early) {
  try {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    const held = { worker, held: [], error: null };
    worker.onmessage = ({ data }) => held.held.push(data);
    worker.onerror = (e) => {
      e.preventDefault();
      held.error = e;
    };
    early = held;
  } catch {
    early = null; // createAnnotator tries again, then falls back to the page
  }
}

export function createAnnotator({ onReady, onResult, onError, onBusy }) {
  let post = null; // sends {seq, text} to the annotator
  let inFlight = null; // {seq, text, items, rules}
  let waiting = null;
  let seq = 0;
  let slowTimer = 0;
  let staleTimer = 0;

  let restart = null; // ends the worker and starts a new one; null without a worker

  const sendNext = () => {
    if (!post || !waiting) return;
    if (inFlight) {
      // A long run on a text that has changed since: stop it rather than wait for it.
      if (!restart) return;
      const age = performance.now() - inFlight.t0;
      if (age < STALE_MS) {
        clearTimeout(staleTimer);
        staleTimer = setTimeout(sendNext, STALE_MS - age + 1);
        return;
      }
      restart();
    }
    inFlight = { ...waiting, items: [], rules: new Map(), t0: performance.now() };
    waiting = null;
    clearTimeout(slowTimer);
    slowTimer = setTimeout(() => onBusy(true), SLOW_MS);
    post({ seq: inFlight.seq, text: inFlight.text });
  };
  const finish = () => {
    const done = inFlight;
    inFlight = null;
    clearTimeout(slowTimer);
    if (!waiting) onBusy(false);
    sendNext();
    return done;
  };
  const receive = (data) => {
    if (data.type === 'ready') {
      onReady(data.version);
      sendNext();
    } else if (data.type === 'batch') {
      if (inFlight && data.seq === inFlight.seq) {
        data.items.forEach((a, i) => {
          inFlight.items.push(a);
          if (data.rules) inFlight.rules.set(a.id, data.rules[i]);
        });
      }
    } else if (data.type === 'result') {
      if (!inFlight || data.seq !== inFlight.seq) return;
      const done = finish();
      // A newer text is already on its way: this result would only flash by.
      if (done.seq === seq) onResult({ seq: done.seq, text: done.text, annotations: done.items, rules: done.rules, ms: data.ms });
    } else {
      if (inFlight && data.seq === inFlight.seq) finish();
      onError(data);
    }
  };

  const inPage = async () => {
    const mod = await import('./pkg/newsmark.js');
    await mod.default();
    post = ({ seq: s, text }) => setTimeout(() => {
      try {
        const t0 = performance.now();
        const { annotations } = mod.annotate(text);
        receive({ type: 'batch', seq: s, items: annotations });
        receive({ type: 'result', seq: s, ms: performance.now() - t0 });
      } catch (e) {
        receive({ type: 'error', seq: s, message: String(e) });
      }
    });
    receive({ type: 'ready', version: mod.version() });
  };
  const fallBack = () => inPage().catch((err) => onError({ seq: -1, message: `could not load the annotator: ${err}` }));

  // `again`: a replacement for a stopped worker (its 'ready' is not news to the page).
  const startWorker = (again) => {
    const adopted = again ? null : early;
    early = null;
    const worker = adopted ? adopted.worker : new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    let started = again;
    worker.onmessage = ({ data }) => {
      if (data.type === 'ready') {
        if (started) return; // a restarted worker: the page knows the version already
        started = true;
      }
      receive(data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      post = null;
      restart = null;
      if (inFlight && !waiting) waiting = { seq: inFlight.seq, text: inFlight.text };
      inFlight = null;
      fallBack();
    };
    post = (msg) => worker.postMessage(msg);
    restart = () => {
      worker.terminate();
      inFlight = null;
      startWorker(true);
    };
    if (adopted && adopted.error) worker.onerror(adopted.error);
    else if (adopted) for (const data of adopted.held) worker.onmessage({ data });
  };
  try {
    startWorker(false);
  } catch {
    fallBack();
  }

  return {
    // Asks for `text` to be annotated; returns its sequence number.
    request(text) {
      seq += 1;
      waiting = { seq, text };
      sendNext();
      return seq;
    },
    get latest() { return seq; },
  };
}
