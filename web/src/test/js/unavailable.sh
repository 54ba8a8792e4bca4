# unavailable.sh — sourced by run.sh and install-axe.sh: what to do when a tool the tests need is missing.
# unavailable TAG WHAT REASON HINT: under CI=true an error (exit 1); otherwise a loud warning (exit 0), and WHAT is not run.
unavailable() {
  if [[ "${CI:-false}" == true ]]; then
    echo "[$1] ERROR: $3, and CI=true requires $2" >&2
    exit 1
  fi
  echo "[$1] WARNING: $3: $2 will not run ($4)" >&2
  exit 0
}
