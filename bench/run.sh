#!/usr/bin/env bash
# The benchmarks: one table of speed, size and memory figures (not a test: it
# never fails on a missed target, it says MISSED).
#
#   bench/run.sh [FILE.jsonl ...]
#
# With JSONL files (lines of {"text": ...}, e.g. the eval suites) their texts are
# the corpus, read at run time; otherwise the articles in bench/corpus/.
# Environment: BENCH_QUICK=1 (small sizes, a smoke run), WWW=dir of the page
# (default dist/, the page as ./build.sh ships it), CHROMIUM=/usr/bin/chromium, PAGE_RUNS=15.
# Builds: bench/native (release), the wasm module into target/bench/pkg, and a
# copy of the page with that module in target/bench/www.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/target/bench"
www="${WWW:-dist}"
chromium="${CHROMIUM:-/usr/bin/chromium}"
mkdir -p "$out"
rows="$out/rows.tsv"
: >"$rows"
note() { printf '%s\n' "$*" >&2; }
jsonl=()
for f in "$@"; do jsonl+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done

# --- native ------------------------------------------------------------------
note "==> native benchmark (bench/native, release)"
if (cd bench/native && cargo build --release --quiet --features passes 2>/dev/null); then
  :
else
  note "    per-pass timings unavailable: bench/native/src/passes.rs no longer matches the passes"
  (cd bench/native && cargo build --release --quiet)
fi
bench/native/target/release/newsmark-bench --write-corpus "$out/corpus" "${jsonl[@]}" | tee -a "$rows" >&2

# --- wasm --------------------------------------------------------------------
note "==> wasm build (target/bench/pkg)"
pkg="$out/pkg"
wasm_ok=true
if cargo rustc --quiet --lib --profile wasm --target wasm32-unknown-unknown --crate-type cdylib &&
   wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
     --out-dir "$pkg" --out-name newsmark target/wasm32-unknown-unknown/wasm/newsmark.wasm; then
  echo '{ "type": "module" }' >"$pkg/package.json"
  note "==> wasm benchmark (Node $(node --version))"
  node bench/wasm.mjs "$pkg" "$out/corpus" | tee -a "$rows" >&2
else
  wasm_ok=false
  printf 'wasm\tn/a: the wasm build failed (wasm32 target and a matching wasm-bindgen CLI needed)\t\t\n' >>"$rows"
fi

# --- size of what the page ships -----------------------------------------------
gz() { gzip -9c "$@" | wc -c; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
size_row() { # name, files...
  local name=$1 raw=0 packed=0 f; shift
  for f in "$@"; do raw=$((raw + $(wc -c <"$f"))); packed=$((packed + $(gz "$f"))); done
  printf 'size: %s\t%s raw, %s gzipped\t\t\n' "$name" "$(kb $raw)" "$(kb $packed)" >>"$rows"
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + packed))
}
total_raw=0; total_gz=0
if $wasm_ok; then
  size_row "wasm" "$pkg/newsmark_bg.wasm"
  size_row "JS glue (pkg/newsmark.js)" "$pkg/newsmark.js"
fi
page="$out/www"
if [ -f "$www/index.html" ] && $wasm_ok; then
  rm -rf "$page" && mkdir -p "$page" && cp -r "$www"/. "$page"/ && rm -rf "$page/pkg" && cp -r "$pkg" "$page/pkg"
  mapfile -t page_js < <(find "$page" -name '*.js' -not -path '*/pkg/*' | sort)
  mapfile -t page_css < <(find "$page" -name '*.css' | sort)
  mapfile -t page_other < <(find "$page" -type f -not -path '*/pkg/*' -not -name '*.js' -not -name '*.css' -not -name '*.html' | sort)
  size_row "page JS (${#page_js[@]} files)" "${page_js[@]}"
  size_row "HTML" "$page"/*.html
  [ ${#page_css[@]} -gt 0 ] && size_row "CSS" "${page_css[@]}"
  [ ${#page_other[@]} -gt 0 ] && size_row "other (icons)" "${page_other[@]}"
  verdict=ok; [ "$total_gz" -le $((200 * 1024)) ] || verdict=MISSED
  printf 'size: total shipped (html+js+css+wasm)\t%s raw, %s gzipped\t<= 200 KB gzipped\t%s\n' \
    "$(kb $total_raw)" "$(kb $total_gz)" "$verdict" >>"$rows"

  note "==> page load in headless Chromium"
  if [ -x "$chromium" ] && { [ -d bench/node_modules/playwright-core ] ||
       (cd bench && npm install --no-audit --no-fund --silent); }; then
    CHROMIUM="$chromium" node bench/page.mjs "$page" "${PAGE_RUNS:-15}" | tee -a "$rows" >&2
  else
    printf 'page: load to ready\tn/a: needs Chromium at %s and playwright-core\t<= 200 ms\t\n' "$chromium" >>"$rows"
  fi
else
  printf 'page: load to ready, size of the page\tn/a: no page at %s/index.html (set WWW=)\t\t\n' "$www" >>"$rows"
fi

# --- the table ------------------------------------------------------------------
echo
echo "newsmark benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, rustc $(rustc --version | awk '{print $2}'), git $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "command: bench/run.sh $*"
# Columns padded to their widest cell (empty cells kept, unlike column -t).
{ printf 'measure\tvalue\ttarget\tverdict\n'; cat "$rows"; } | awk -F'\t' '
  { for (i = 1; i <= 4; i++) { cell[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } }
  END { for (r = 1; r <= NR; r++) printf "%-*s  %-*s  %-*s  %s\n", w[1], cell[r, 1], w[2], cell[r, 2], w[3], cell[r, 3], cell[r, 4] }'
