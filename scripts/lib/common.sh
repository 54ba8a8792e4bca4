# shellcheck shell=bash
# scripts/lib/common.sh — shared helpers for Presencia's scripts (sourced, never run).
#
# Provides:
#   PRESENCIA_ROOT            absolute path of the repository root (resolved from this file's location)
#   say / warn / die          logging to stderr, prefixed with the calling script's name
#   presencia_is_root         true when running as uid 0
#   presencia_pkg_installed   true when a Debian package is installed
#   presencia_apt_update_once runs `apt-get update` at most once per run (shared with child scripts)
#   presencia_apt_install     installs Debian packages non-interactively (root only)

if [[ -n "${_PRESENCIA_COMMON_SH:-}" ]]; then
  return 0
fi
_PRESENCIA_COMMON_SH=1

# shellcheck disable=SC2034 # used by the scripts that source this file
PRESENCIA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"

_presencia_tag() {
  local caller="${BASH_SOURCE[-1]:-$0}"
  printf '%s' "${caller##*/}"
}

say()  { printf '[%s] %s\n' "$(_presencia_tag)" "$*" >&2; }
warn() { printf '[%s] WARNING: %s\n' "$(_presencia_tag)" "$*" >&2; }
die()  { printf '[%s] ERROR: %s\n' "$(_presencia_tag)" "$*" >&2; exit 1; }

# presencia_java — the java that runs Presencia: $JAVA_HOME/bin/java when JAVA_HOME is set (as ./mvnw builds with it),
# otherwise the java on PATH. Any JDK 17 or later runs it (the bytecode is 17); docs/scaling.md says what a newer
# one measured.
presencia_java() {
  if [[ -n "${JAVA_HOME:-}" ]]; then
    [[ -x "$JAVA_HOME/bin/java" ]] || die "JAVA_HOME=$JAVA_HOME has no bin/java"
    printf '%s\n' "$JAVA_HOME/bin/java"
  else
    printf 'java\n'
  fi
}

presencia_is_root() { [[ "$(id -u)" -eq 0 ]]; }

# presencia_pkg_installed PKG — true when dpkg reports PKG as installed.
presencia_pkg_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# presencia_apt_update_once — `apt-get update`, once per run. The flag is exported so that
# scripts started from this one do not update again.
presencia_apt_update_once() {
  if [[ "${PRESENCIA_APT_UPDATED:-0}" == 1 ]]; then
    return 0
  fi
  say "apt-get update"
  if ! DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null; then
    warn "apt-get update failed"
    return 1
  fi
  export PRESENCIA_APT_UPDATED=1
}

# presencia_apt_install PKG... — install Debian packages (root only; returns 1 otherwise).
presencia_apt_install() {
  (($# > 0)) || return 0
  if ! presencia_is_root; then
    warn "not root: cannot install: $*"
    warn "install them with: sudo apt-get install -y --no-install-recommends $*"
    return 1
  fi
  presencia_apt_update_once || return 1
  say "apt-get install $*"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends "$@" </dev/null; then
    warn "apt-get install failed for: $*"
    return 1
  fi
}
