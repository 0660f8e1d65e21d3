#!/usr/bin/env bash
# newsmark build script. See ../shared/notes/toolchain.md for the traps behind each choice.
#
#   ./build.sh          build the wasm core into www/pkg (installs the wasm target and the
#                       matching wasm-bindgen CLI when missing), then the shipped page in
#                       dist/: www/ with its JavaScript and CSS minified (esbuild, installed
#                       by npm into tools/minify when missing)
#   ./build.sh serve    build, then serve dist/ on http://127.0.0.1:${PORT:-8080}
#   ./build.sh test     fmt, clippy, cargo test, CLI release build, wasm build, size budget,
#                       browser tests (installs npm dev deps and Chromium when missing)
#   ./build.sh bench    the benchmark table (bench/run.sh; not a test: never fails on a target)
#   ./build.sh python   the Python package's wheel, installed in .venv (python/run.sh)
set -euo pipefail
cd "$(dirname "$0")"

# Size budget for the gzipped wasm, in KB (1 KB = 1024 bytes): 156 KB measured at 763ab02, with
# headroom; 169.2 KB at the end of 2026-12-06 (the part-of-speech tagger is linked only once a
# pass asks for tags: none does yet, see docs/decisions.md "Syntax layer"); 127.5 KB after the size
# work of 2026-12-06 (one sort for the crate, the gazetteer's own DFA in the wasm, no upper-case
# table: 173,565 -> 130,565 bytes). Budget locked at 140 KB then (128.3 KB at main 932bf7e); the
# commit whose pass first reads part-of-speech tags raises it by the tagger's measured cost
# (~27 KB gzipped with its code then; 38.9 KB with the model of 8bf8401, docs/syntax.md) and states it. The attribution rules of
# 2026-12-07 took it to 139.97 KB (143,333 bytes at main 70677aa, 27 bytes under); raised to
# 146 KB for the rules still to come, far under issue 14's 240 KB page cap. A fallback measured
# then: opt-level "z" makes the wasm 123,838 bytes (-19.5 KB) but annotates ~30% slower in Node
# (7.5 -> 5.2 MB/s, a 2 KB article 190 -> 300 us), so "s" stays. Raised to 148 KB on the
# second 2026-12-07 session (wasm 148,323 bytes at main 3ba0017, 4 bytes under 146 KB, with
# refactors being undone for a few hundred bytes): the page budget below, unchanged at 196 KB,
# is the one the reader feels and now binds first (the page reaches it with the wasm at ~148 KB).
# Raised to 151 KB on the 2026-12-07 10:24 session: the issue 14 rules of that morning took the wasm
# to 151,108 bytes (444 under 148 KB) with more rules landing; the page budget still binds first.
# Raised to 152 KB at 11:50 that session: GNU gzip -9 (what this check runs) swings by more than
# 1 KB on changes of a few bytes (main 139baad: 153,396 bytes; +14 bytes of lexicon text or ~350
# bytes of code for the quote-opened-before rule: 154,741), where zlib -9 (what servers use)
# moves as the change does (154,025 -> 154,229 bytes): main sat on a low of gzip's noise, not
# under the budget by 1.2 KB. The page budget rises by the same 1 KB.
# The size work at the end of that session (be58201: no Utf8Error formatting in the binding, two
# hash-table types fewer) took the wasm to 152,102 bytes and the page to 201,279: ~3.5 KB of room.
# Raised to 156 KB on the 2026-12-07 12:55 session: that session's issue 14 rules took the wasm to
# 155,600 bytes (48 under 152 KB) and the page to 204,777 bytes (23 under 200 KB). The page then
# shipped minified (dist/, esbuild): 187,634 bytes with the same wasm, 17 KB of room under its
# unchanged 200 KB budget, of which the wasm's may take 4 KB.
# Raised to 160 KB on the 2026-12-07 15:28 session: that session's issue 14 rules took the wasm to
# 158,219 bytes (1.5 KB under 156 KB) at main 4dd31ce with four engineers still landing rules; the
# page (~190 KB) stays under its unchanged 200 KB budget, the one the reader feels.
# Raised to 162 KB on the 2026-12-07 18:05 session: main f549038 sat at 163,808 bytes (32 under
# 160 KB) with that session's issue 14 rules still landing (who-bare-verb, complement-chain:
# 163,945 bytes on their merge base); the page (~191 KB) stays under its unchanged 200 KB budget,
# the one the reader feels.
# Raised to 163 KB on the 2026-12-07 21:30 session: main c9d82c0 sat at 165,799 bytes (89 under
# 162 KB); the listener and object-verb rules of 7385e3d (remind, listener-topic,
# present-before-object, quote-that, ...) add 323 bytes gzipped (1,778 raw; zlib -9 +376), with
# issue 14 rules still landing; the page stays under its unchanged 200 KB budget.
# Lowered to 158 KB at the end of that session: the size work of a5083cb and 042073f (lower case
# from build.rs tables, str slices without the formatting panic, Doc::has without an index, two
# fewer hash-table types) took the wasm to 156,293 bytes at main 617853a with every rule landed.
# Raised to 160 KB on the 2026-12-07 23:29 session: main 2052066 sat at 160,914 bytes (878 under
# 158 KB) with that session's issue 14 and protest-role rules still landing; the page (188 KB)
# stays under its unchanged 196 KB budget, the one the reader feels.
# Lowered to 158 KB later that session: the size work of the 2026-12-08 night (docs/performance.md:
# Doc::has, classes and has_lowercase out of line in wasm, data checks without formatting, the
# country data's initialisers, one JSON append, two data files compiled in as the code reads them)
# cut 11,608 bytes in six steps: main went from 161,721 bytes (af86ff0) to 153,108 (fdd2731) with the
# rules landed meanwhile.
WASM_GZ_BUDGET_KB="${WASM_GZ_BUDGET_KB:-158}"
# The issue's target for everything the page ships (html + js + css + icons + wasm), each file
# gzipped alone as bench/run.sh counts it: 198 KB at 2026-11-26 with the wasm at 167 KB; the
# correct mode (issue 17: correct.js, corrections.js, their HTML and CSS) added 8.2 KB
# (199.2 -> 207.4 KB with the wasm of 9b8c60a); issue 14's pronoun referents (a titled subject
# who did not speak, attribution/coref.rs) added 0.8 KB of wasm (page 208.8 KB at 208a1db); the
# protest word senses, demands, complaints and summons (issue 15) added 4.3 KB of wasm (168.5 ->
# 172.8 KB gzipped at the merge with 9228225); the page read at a glance (issue 16: legend
# panel, selection rings, outer marks, undoable Clear) about 1 KB: 213.5 KB with all of them. The
# part-of-speech tagger (issue 14, 38.9 KB gzipped with its code at 8bf8401; 43.5 KB with the model of word_classes_group,
# page 242,761 bytes = 237.1 KB with it at 54cf5d3) is not in the page until a pass uses it and earns it.
# The rest of issue 16 (one-file exports with a zip writer and annotation.conf, Web Annotation
# in slices, "What the marks mean", a theme switch, the cue lit, rule names and "also here" in
# the card) added 3.9 KB: 219,383 -> 223,351 bytes (218.1 KB) with the wasm of main f4dc3d3.
# The size work of 2026-12-06 (see WASM_GZ_BUDGET_KB) took the page to 179,742 bytes (175.5 KB);
# budget locked at 190 KB (176.4 KB at main 932bf7e). With the tagger linked the page measured
# 207,312 bytes (202.5 KB); with the larger model of 8bf8401, 233,173 bytes (227.7 KB, measured
# at 30c4ac3): within issue 14's 240 KB cap for a model that earns its bytes.
# Raised to 196 KB with the wasm budget on 2026-12-07 (page ~188 KB at main 70677aa).
# Raised to 199 KB on the 2026-12-07 10:24 session for the issue 14 attribution rules (outer relay,
# noun-phrase speakers, interrupted clauses, colon quotes): page 200,285 bytes at main 7a55d07,
# 419 under 196 KB. Rules, not the tagger: still far under the 240 KB cap kept for a model.
# Raised to 200 KB with the wasm budget (gzip's noise, see WASM_GZ_BUDGET_KB): page 202,573
# bytes at main 139baad, 203,918 with the quote-opened-before rule.
# Counted on dist/ (www/ with its JavaScript and CSS minified, pkg/ with the wasm) since the
# 2026-12-07 12:55 session: 204,777 bytes unminified -> 187,634 minified at the same wasm.
# Lowered to 196 KB with the wasm budget at the end of the 2026-12-07 21:30 session (page
# ~188 KB at main 617853a).
PAGE_GZ_BUDGET_KB="${PAGE_GZ_BUDGET_KB:-196}"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
TARGET=wasm32-unknown-unknown
WASM_IN="target/$TARGET/wasm/newsmark.wasm"
PKG=www/pkg
# The page as shipped: www/ with each JavaScript and CSS file minified alone (no bundling: the
# same files, names and imports). The page budget and the page tests read this folder.
DIST=dist
MINIFY_DIR=tools/minify
ESBUILD="$MINIFY_DIR/node_modules/.bin/esbuild"
WASM_OUT="$PKG/newsmark_bg.wasm"

if [ -t 1 ]; then B=$'\033[1m' R=$'\033[31m' N=$'\033[0m'; else B='' R='' N=''; fi
say() { printf '%s==> %s%s\n' "$B" "$*" "$N"; }
die() { printf '%sERROR: %s%s\n' "$R" "$*" "$N" >&2; exit 1; }

# Runs "$@" as a named step and prints how long it took; on failure, names the step.
CURRENT_STEP=''
trap 'rc=$?; if [ $rc -ne 0 ] && [ -n "$CURRENT_STEP" ]; then printf "%sFAILED: %s (exit %s)%s\n" "$R" "$CURRENT_STEP" "$rc" "$N" >&2; fi' EXIT
step() {
  local name="$1"; shift
  local t0=$SECONDS
  say "$name"
  CURRENT_STEP=$name
  "$@"
  CURRENT_STEP=''
  say "$name: ok ($((SECONDS - t0)) s)"
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx "$TARGET"; then
    say "installing the Rust standard library for $TARGET (rustup target add $TARGET)"
    rustup target add "$TARGET"
  fi
}

# The wasm-bindgen crate version in Cargo.lock; the CLI must match it exactly.
bindgen_crate_version() {
  local id
  if id=$(cargo pkgid wasm-bindgen 2>/dev/null); then
    echo "${id##*[@#]}"
    return
  fi
  [ -f Cargo.lock ] || die "no Cargo.lock and 'cargo pkgid wasm-bindgen' failed"
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_wasm_bindgen() {
  local want have=""
  want=$(bindgen_crate_version)
  [ -n "$want" ] || die "cannot find the wasm-bindgen crate version in Cargo.lock"
  if command -v wasm-bindgen >/dev/null; then
    have=$(wasm-bindgen --version | awk '{print $2}')
  fi
  if [ "$have" != "$want" ]; then
    say "installing wasm-bindgen-cli $want${have:+ (found $have)} with cargo install (about 2 minutes)"
    # Not --locked: a locked dependency of the CLI is missing from the registry.
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

wasm_size() {
  local raw gz
  raw=$(wc -c <"$WASM_OUT")
  gz=$(gzip -9c "$WASM_OUT" | wc -c)
  echo "wasm size: $raw bytes raw ($((raw / 1024)) KB), $gz bytes gzipped ($((gz / 1024)) KB)"
  WASM_GZ_BYTES=$gz
}

build_wasm() {
  ensure_wasm_target
  ensure_wasm_bindgen
  # cargo rustc --crate-type cdylib so that LTO applies (cargo skips it for cdylib+rlib);
  # the wasm profile of Cargo.toml is the release one optimised for size.
  cargo rustc --lib --profile wasm --target "$TARGET" --crate-type cdylib
  # Never Debian's wasm-opt: it corrupts wasm-bindgen output.
  wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
    --out-dir "$PKG" --out-name newsmark "$WASM_IN"
  # Lets Node load the ES module glue without guessing (tests/browser/wasm.test.js).
  echo '{ "type": "module" }' >"$PKG/package.json"
  wasm_size
}

ensure_minifier() {
  if [ ! -x "$ESBUILD" ] ||
     [ "$MINIFY_DIR/package-lock.json" -nt "$MINIFY_DIR/node_modules/.package-lock.json" ]; then
    command -v npm >/dev/null || die "npm is missing: the page's minifier (esbuild) is installed with it.
  Install Node.js 20 and npm, then run ./build.sh again."
    say "installing the page's minifier (esbuild) with npm ci in $MINIFY_DIR"
    (cd "$MINIFY_DIR" && npm ci --no-audit --no-fund)
  fi
}

# dist/ from www/: JavaScript and CSS minified file by file, everything else copied as is.
build_page() {
  ensure_minifier
  rm -rf "$DIST"
  local f out
  while IFS= read -r f; do
    out="$DIST/${f#www/}"
    mkdir -p "$(dirname "$out")"
    case "$f" in
      *.js | *.css) "$ESBUILD" "$f" --minify --log-level=warning --outfile="$out" ;;
      *) cp "$f" "$out" ;;
    esac
  done < <(find www -type f -not -name package.json | sort)
}

check_size_budget() {
  wasm_size
  local limit=$((WASM_GZ_BUDGET_KB * 1024))
  if [ "$WASM_GZ_BYTES" -gt "$limit" ]; then
    die "gzipped wasm is $WASM_GZ_BYTES bytes, over the budget of $WASM_GZ_BUDGET_KB KB (WASM_GZ_BUDGET_KB)"
  fi
  echo "within the budget of $WASM_GZ_BUDGET_KB KB gzipped"
  local page=0 f
  while IFS= read -r f; do
    page=$((page + $(gzip -9c "$f" | wc -c)))
  done < <(find "$DIST" -type f | sort)
  if [ "$page" -gt $((PAGE_GZ_BUDGET_KB * 1024)) ]; then
    die "the page ships $page bytes gzipped, over $PAGE_GZ_BUDGET_KB KB (PAGE_GZ_BUDGET_KB)"
  fi
  echo "the page ships $page bytes gzipped ($((page / 1024)) KB), within $PAGE_GZ_BUDGET_KB KB"
}

# The oldest Chromium the browser tests were run on (tests/browser/chromium-min.txt): older ones
# differ in ways the page and the tests depend on (Chromium 156.0.8078.129 started to log CSP
# errors for event handlers in merely parsed HTML, for example).
CHROMIUM_MIN=$(cat tests/browser/chromium-min.txt)

chromium_version() {
  # Debian's wrapper script prints a shell warning on stderr on some machines: ignore it.
  { "$CHROMIUM" --version 2>/dev/null | grep -oE '[0-9]+(\.[0-9]+){3}' | head -n 1; } || true
}

# True when version $1 is at least $2 (dotted numbers).
version_at_least() {
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]
}

ensure_chromium() {
  local have=''
  [ -x "$CHROMIUM" ] && have=$(chromium_version)
  if { [ -z "$have" ] || ! version_at_least "$have" "$CHROMIUM_MIN"; } &&
     [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && [ "$CHROMIUM" = /usr/bin/chromium ]; then
    say "installing Chromium >= $CHROMIUM_MIN for the browser tests (apt-get install -y chromium)${have:+ (found $have)}"
    apt-get update
    apt-get install -y chromium || true
    have=$(chromium_version)
  fi
  [ -x "$CHROMIUM" ] || die "the browser tests need Chromium at $CHROMIUM and it is missing.
  Install it with: sudo apt-get update && sudo apt-get install -y chromium
  (or point CHROMIUM=/path/to/chromium at another build)."
  [ -n "$have" ] || die "cannot read the version of $CHROMIUM ('$CHROMIUM --version' printed none)"
  version_at_least "$have" "$CHROMIUM_MIN" || die "Chromium $have at $CHROMIUM is older than $CHROMIUM_MIN,
  the oldest version the browser tests were run on. Upgrade it:
  sudo apt-get update && sudo apt-get install --only-upgrade -y chromium
  (or point CHROMIUM=/path/to/chromium at a newer build)."
  say "browser tests on Chromium $have ($CHROMIUM; the oldest tested is $CHROMIUM_MIN)"
}

ensure_npm_deps() {
  local dir=tests/browser
  if [ ! -d "$dir/node_modules/playwright-core" ] ||
     [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ] ||
     [ "$dir/package.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "installing the browser tests' npm dev dependencies (playwright-core) in $dir"
    if [ -f "$dir/package-lock.json" ]; then
      (cd "$dir" && npm ci --no-audit --no-fund)
    else
      (cd "$dir" && npm install --no-audit --no-fund)
    fi
  fi
}

browser_tests() {
  ensure_chromium
  ensure_npm_deps
  (cd tests/browser && CHROMIUM="$CHROMIUM" node --test --test-reporter=spec wasm.test.js page.test.js)
}

cmd_build() {
  local t0=$SECONDS
  build_wasm
  build_page
  say "build done ($((SECONDS - t0)) s): $PKG/newsmark.js, $WASM_OUT; the page in $DIST/"
}

cmd_serve() {
  cmd_build
  local port="${PORT:-8080}"
  say "serving $DIST/ on http://127.0.0.1:$port/ (Ctrl-C to stop)"
  exec python3 -m http.server --bind 127.0.0.1 --directory "$DIST" "$port"
}

cmd_test() {
  local t0=$SECONDS
  step "cargo fmt --check" cargo fmt --check
  step "cargo clippy" cargo clippy --all-targets -- -D warnings
  step "cargo test" cargo test
  step "cargo build --release (CLI)" cargo build --release
  step "wasm build" build_wasm
  step "page build (dist/, minified)" build_page
  step "wasm size budget" check_size_budget
  step "browser tests" browser_tests
  step "Python package and Spark example (python/run.sh test)" python/run.sh test
  say "all tests passed ($((SECONDS - t0)) s)"
}

case "${1:-build}" in
  build) cmd_build ;;
  serve) cmd_serve ;;
  test) cmd_test ;;
  bench) shift; exec bench/run.sh "$@" ;;
  python) exec python/run.sh build ;;
  -h | --help | help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) die "unknown command '$1' (use: ./build.sh [build|serve|test|bench|python])" ;;
esac
