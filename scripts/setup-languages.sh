#!/usr/bin/env bash
# Installs what the grader's non-Rust languages need from package registries:
#   JavaScript/TypeScript: the npm packages LeetCode's environment provides
#   (languages/node/package.json, pinned by its package-lock.json).
# Safe to run again; run it from anywhere.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if command -v npm >/dev/null 2>&1; then
    npm ci --prefix "$repo/languages/node" --no-audit --no-fund
else
    echo "setup-languages: npm not found; skipping JavaScript/TypeScript packages (install Node.js 20+ and npm)" >&2
fi
