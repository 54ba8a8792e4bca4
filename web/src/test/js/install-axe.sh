#!/usr/bin/env bash
# install-axe.sh — installs axe-core, pinned in web/package.json and package-lock.json, into web/node_modules for the
# browser tests' accessibility scan (MapPortalIT injects node_modules/axe-core/axe.min.js into the page; never a CDN).
#
# Usage: web/src/test/js/install-axe.sh       (Maven runs it before the integration tests)
#
# Does nothing when the pinned version is already installed. Needs npm and the npm registry the first time: without
# them, under CI=true this fails; otherwise it warns, and the accessibility tests say they were not run.
set -euo pipefail

script="${BASH_SOURCE[0]}"
[[ "$script" == */* ]] || script="./$script"
here="$(cd "${script%/*}" && pwd)"
web="$(cd "$here/../../.." && pwd)"
cd "$web"

wanted="$(node -p 'require("./package-lock.json").packages["node_modules/axe-core"].version' 2>/dev/null || true)"
installed="$(node -p 'require("./node_modules/axe-core/package.json").version' 2>/dev/null || true)"
if [[ -n "$wanted" && "$wanted" == "$installed" ]]; then
  echo "[axe-core] $installed already installed"
  exit 0
fi

# shellcheck source=unavailable.sh
source "$here/unavailable.sh"
skip() { unavailable axe-core "the accessibility scan of the browser tests" "$1" "the scan reports itself not run"; }

command -v npm >/dev/null 2>&1 || skip "npm is not installed (apt-get install npm)"
echo "[axe-core] installing ${wanted:-the pinned version} from the npm registry (npm ci)"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error || skip "npm ci failed"
