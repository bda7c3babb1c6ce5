#!/usr/bin/env bash
# Installs what grading the non-Rust languages needs, from package registries
# (idempotent; quick when everything is already there):
#   - the toolchains if missing: python3, g++ and clang 19 (LeetCode compiles
#     C++ with clang; the grader prefers clang++-19 and falls back to g++), a
#     JDK 17, node + npm;
#   - Python: sortedcontainers (LeetCode's Python has SortedList), pinned in
#     languages/python/requirements.txt;
#   - JavaScript/TypeScript: the npm packages LeetCode's environment provides
#     (languages/node/package.json, pinned by its package-lock.json);
#   - the browser tests of `grader serve` (tests/serve.rs): Debian's chromium
#     and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

have() { command -v "$1" >/dev/null 2>&1; }
apt_install() {
  if have apt-get && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
  else
    echo "setup-languages: please install: $*" >&2
  fi
}

have python3 || apt_install python3 python3-pip
have g++ || apt_install g++
have clang++-19 || apt_install clang-19
have javac || apt_install openjdk-17-jdk-headless
have node || apt_install nodejs npm
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  apt_install chromium chromium-driver
fi

if have python3; then
  if ! python3 -c "import sortedcontainers" >/dev/null 2>&1; then
    python3 -m pip install --quiet --disable-pip-version-check -r "$repo/languages/python/requirements.txt"
  fi
  echo "setup-languages: python: $(python3 -c 'import sortedcontainers; print("sortedcontainers", sortedcontainers.__version__)')"
fi

if have npm; then
  npm ci --prefix "$repo/languages/node" --no-audit --no-fund --silent
  echo "setup-languages: node: packages installed in languages/node/node_modules"
else
  echo "setup-languages: npm not found; skipping JavaScript/TypeScript packages (install Node.js 20+ and npm)" >&2
fi
