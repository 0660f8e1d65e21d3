// Starts the annotator's worker before anything else. A classic script at the top of <head>
// runs before the page is styled and laid out and before its modules load (a module script,
// deferred, ran ~100 ms later), so the worker thread starts and the wasm loads meanwhile.
// annotator.js takes the worker over from self.newsmarkWorker; until then its messages and
// errors are held.
try {
  const url = new URL('worker.js', document.currentScript.src);
  const early = { worker: new Worker(url, { type: 'module' }), held: [], error: null };
  early.worker.onmessage = ({ data }) => early.held.push(data);
  early.worker.onerror = (e) => {
    e.preventDefault();
    early.error = e;
  };
  self.newsmarkWorker = early;
} catch {
  // annotator.js starts the worker itself, or falls back to the wasm in the page.
}

// The theme switch's choice (app.js) before the page is styled: light, dark, or (none kept)
// the system's; style.css reads html[data-theme].
try { document.documentElement.dataset.theme = localStorage.getItem('newsmark:theme') || 'system'; } catch { /* storage off */ }
