// The wasm benchmark: the module built by bench/run.sh, run in Node.
// Throughput, 2 KB latency, linearity and linear-memory growth of `annotate`,
// printed as tab-separated table rows (measure, value, target, verdict).
//
//   node bench/wasm.mjs PKG_DIR CORPUS_DIR     (CORPUS_DIR from newsmark-bench --write-corpus)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const [pkgDir, corpusDir] = process.argv.slice(2).map((p) => resolve(p));
const quick = !!process.env.BENCH_QUICK;
const module = new WebAssembly.Module(readFileSync(join(pkgDir, 'newsmark_bg.wasm')));
const articles = JSON.parse(readFileSync(join(corpusDir, 'articles.json'), 'utf8'));
const article2k = readFileSync(join(corpusDir, 'article-2k.txt'), 'utf8');
const base = readFileSync(join(corpusDir, 'base.txt'), 'utf8');
const utf8 = (s) => Buffer.byteLength(s, 'utf8');

const row = (measure, value, target = '', verdict = '') =>
  console.log([measure, value, target, verdict].join('\t'));
const verdict = (ok) => (ok ? 'ok' : 'MISSED');

// A fresh module instance (its own linear memory): the glue module is imported anew.
let instances = 0;
async function freshInstance() {
  const url = `${pathToFileURL(join(pkgDir, 'newsmark.js')).href}?instance=${instances++}`;
  const glue = await import(url);
  const exports = glue.initSync({ module });
  return { annotate: glue.annotate, memory: exports.memory };
}

const nm = await freshInstance();
let sink = 0;
const run = (text) => { sink += nm.annotate(text).annotations.length; };

// CPU time of this process in ms (user + system): other work on a shared
// machine does not count, Node's own GC threads do.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e3;
};

// Throughput over the corpus, article by article, in rounds of at least minMs.
function throughput(minMs) {
  const bytes = articles.reduce((n, a) => n + utf8(a), 0);
  for (const a of articles.slice(0, 200)) run(a);
  const t0 = cpuMs();
  let rounds = 0;
  while (rounds === 0 || cpuMs() - t0 < minMs) {
    for (const a of articles) run(a);
    rounds += 1;
  }
  return (bytes * rounds) / 1e6 / ((cpuMs() - t0) / 1e3);
}

row('wasm clock', 'CPU time of the Node process (throughput, linearity); wall clock (latency samples)');
const mbs = throughput(quick ? 200 : 1500);
row('wasm (Node): annotate throughput', `${mbs.toFixed(1)} MB/s`, '>= 30 MB/s', verdict(mbs >= 30));

for (let i = 0; i < 2000; i++) run(article2k);
const samples = [];
for (let i = 0; i < 5000; i++) {
  const t0 = performance.now();
  run(article2k);
  samples.push(performance.now() - t0);
}
samples.sort((a, b) => a - b);
const median = samples[samples.length >> 1];
row('wasm (Node): 2 KB article, median latency', `${(median * 1e3).toFixed(1)} µs (p99 ${(samples[Math.floor(samples.length * 0.99)] * 1e3).toFixed(0)} µs)`,
  '< 100 µs', verdict(median < 0.1));

// Linearity: the base text, then ten copies of it in one call.
const best = (text, runs) => {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = cpuMs();
    run(text);
    min = Math.min(min, cpuMs() - t0);
  }
  return min;
};
// A tenth of the native base text: the wasm run is slower, and the native
// benchmark checks linearity up to 20 MB.
const small10 = base.slice(0, Math.floor(base.length / 10));
const big = small10.repeat(10);
const small = best(small10, 5);
const large = best(big, 2);
const ratio = large / small;
row(`wasm (Node): linearity ${(utf8(small10) / 1e6).toFixed(1)} MB -> ${(utf8(big) / 1e6).toFixed(0)} MB`,
  `x${ratio.toFixed(1)} time (${small.toFixed(0)} ms -> ${large.toFixed(0)} ms)`, 'x10 ± 20%',
  verdict(ratio >= 8 && ratio <= 12));

// Linear memory after one call on a fresh instance: it only grows, so this is the peak.
const sizes = quick ? [1e5, 1e6] : [5e5, 2e6, 8e6];
const peaks = [];
for (const size of sizes) {
  const text = base.repeat(Math.ceil(size / base.length)).slice(0, size);
  const inst = await freshInstance();
  const before = inst.memory.buffer.byteLength;
  sink += inst.annotate(text).annotations.length;
  const after = inst.memory.buffer.byteLength;
  peaks.push({ bytes: utf8(text), before, after });
}
const worst = Math.max(...peaks.map((p) => p.after / p.bytes));
row('wasm: peak linear memory / input', peaks.map((p) =>
  `${(p.bytes / 1e6).toFixed(1)} MB: ${(p.after / 1e6).toFixed(1)} MB (x${(p.after / p.bytes).toFixed(1)})`).join(', '),
  '<= x8', verdict(worst <= 8));
if (sink < 0) console.log(sink);
