#!/usr/bin/env bash
# Builds the editor of `grader serve` from the npm packages pinned in
# web/package.json + web/package-lock.json: CodeMirror 6 and the syntax modes
# of the six languages, bundled by esbuild into one ES module,
# grader/src/serve/assets/editor.js, which is committed (so `cargo build`
# needs no npm) and embedded in the binary.
#
# The output is reproducible: the same lock file gives the same bytes.
# `scripts/build-editor.sh --check` rebuilds into a temporary file and fails
# if the committed bundle differs (CI runs this where npm is available).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$repo/grader/src/serve/assets/editor.js"

npm ci --prefix "$repo/web" --no-audit --no-fund --silent
target="$out"
if [ "${1:-}" = "--check" ]; then
  target="$(mktemp --suffix=.js)"
  trap 'rm -f "$target"' EXIT
fi
# No source map and no legal-comment file: one file, the same bytes every time.
"$repo/web/node_modules/.bin/esbuild" "$repo/web/editor.js" \
  --bundle --format=esm --minify --target=es2020 \
  --legal-comments=none --charset=utf8 --log-level=warning \
  --outfile="$target"
if [ "${1:-}" = "--check" ]; then
  if ! cmp -s "$target" "$out"; then
    echo "build-editor: grader/src/serve/assets/editor.js is not what web/ builds; run scripts/build-editor.sh and commit it" >&2
    exit 1
  fi
  echo "build-editor: the committed editor bundle matches web/package-lock.json"
else
  echo "build-editor: wrote $(wc -c <"$out") bytes to grader/src/serve/assets/editor.js"
fi
