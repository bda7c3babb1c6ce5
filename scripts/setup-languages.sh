#!/usr/bin/env bash
# Installs what grading the non-Rust languages needs (idempotent, quick when
# everything is already there): Python's sortedcontainers (LeetCode's Python
# has SortedList), and the toolchains if missing. Node packages are added below.
set -euo pipefail
cd "$(dirname "$0")/.."

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
have javac || apt_install openjdk-17-jdk-headless
have node || apt_install nodejs npm

# Python: sortedcontainers, pinned (LeetCode's Python provides it).
if ! python3 -c "import sortedcontainers" >/dev/null 2>&1; then
  python3 -m pip install --quiet --disable-pip-version-check -r languages/python/requirements.txt
fi
echo "setup-languages: python $(python3 -c 'import sortedcontainers; print("sortedcontainers", sortedcontainers.__version__)')"
