#!/usr/bin/env bash
# run.sh — runs the map portal's JavaScript unit tests (web/src/test/js/*.test.js) with Node's built-in test runner.
#
# Usage: web/src/test/js/run.sh [REPORT_DIR]      (Maven calls it in the web module's test phase)
#
# Needs Node 20 or newer and nothing else: no npm install, no network. Without a suitable node the tests cannot run:
# under CI=true that is a failure; otherwise a loud warning, and they are skipped. With REPORT_DIR, a JUnit XML
# report is written there too (TEST-node.xml).
set -euo pipefail

script="${BASH_SOURCE[0]}"
[[ "$script" == */* ]] || script="./$script"
here="$(cd "${script%/*}" && pwd)"
web="$(cd "$here/../../.." && pwd)"

# shellcheck source=unavailable.sh
source "$here/unavailable.sh"
skip() { unavailable node-tests "the JavaScript unit tests" "$1" "install Node 20+, e.g. apt-get install nodejs"; }

command -v node >/dev/null 2>&1 || skip "node is not installed"
major="$(node -p 'process.versions.node.split(".")[0]')"
((major >= 20)) || skip "node $(node --version) is older than 20"

reporters=(--test-reporter=spec --test-reporter-destination=stdout)
if [[ $# -ge 1 ]]; then
  mkdir -p "$1"
  reporters+=(--test-reporter=junit "--test-reporter-destination=$1/TEST-node.xml")
fi

cd "$web"   # web/package.json makes the .js files ES modules
exec node --test "${reporters[@]}" src/test/js/*.test.js
