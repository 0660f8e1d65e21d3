#!/usr/bin/env bash
# The Python package `newsmark` and the Spark example (examples/spark/). Called by build.sh:
#
#   ./build.sh python   (python/run.sh build) the abi3 wheel in python/target/wheels/, installed
#                       in the repository's venv .venv/ (made when missing, with
#                       python/requirements-dev.txt: maturin, pytest, pyspark, pyarrow, pandas)
#   python/run.sh test  (a step of ./build.sh test) build, then rustfmt and clippy on the
#                       python crate, then pytest python/tests/: the package, and the Spark job
#                       end to end on a local Spark (needs Java 17+: .ci/run installs it)
#
# NEWSMARK_VENV=/path uses another venv (one can serve several checkouts).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${NEWSMARK_VENV:-.venv}"
REQUIREMENTS=python/requirements-dev.txt
WHEELS=python/target/wheels

say() { printf '==> %s\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

ensure_venv() {
  if [ ! -x "$VENV/bin/python" ]; then
    say "making the venv $VENV (python3 -m venv)"
    python3 -m venv "$VENV" || die "python3 -m venv failed (Debian: apt-get install python3-venv)"
  fi
  # Installs again only when the requirements changed since the last install.
  if ! cmp -s "$REQUIREMENTS" "$VENV/.newsmark-requirements"; then
    say "installing $REQUIREMENTS into $VENV (pip; pyspark is a large download)"
    "$VENV/bin/python" -m pip install --disable-pip-version-check -q -r "$REQUIREMENTS"
    cp "$REQUIREMENTS" "$VENV/.newsmark-requirements"
  fi
}

build_wheel() {
  ensure_venv
  rm -f "$WHEELS"/newsmark-*.whl
  "$VENV/bin/maturin" build --release --locked -m python/Cargo.toml --out "$WHEELS"
  "$VENV/bin/python" -m pip install --disable-pip-version-check -q --force-reinstall --no-deps \
    "$WHEELS"/newsmark-*.whl
  say "built and installed $(ls "$WHEELS"/newsmark-*.whl) in $VENV"
}

run_tests() {
  build_wheel
  cargo fmt --check --manifest-path python/Cargo.toml
  cargo clippy --locked --manifest-path python/Cargo.toml -- -D warnings
  command -v java >/dev/null || die "the Spark tests need Java 17 or later (Debian: apt-get install -y openjdk-17-jre-headless)"
  # The tests compare with the CLI's output.
  cargo build --release
  # -p no:cacheprovider: no .pytest_cache in the tree.
  "$VENV/bin/python" -m pytest -p no:cacheprovider -q python/tests
}

case "${1:-build}" in
  build) build_wheel ;;
  test) run_tests ;;
  *) die "unknown command '$1' (use: python/run.sh [build|test])" ;;
esac
