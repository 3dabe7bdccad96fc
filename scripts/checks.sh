# Sourced by the check scripts (binder-check.sh, dist-check.sh): a work folder removed on exit, and
# `check NAME COMMAND...`, which runs a command quietly, counts it and says ok or FAIL (with its last output).
# Each script ends with `checks_summary LABEL`: one "LABEL: N passed, N failed" line, and its exit status.
work=$(mktemp -d "/tmp/${CHECKS_NAME:-checks}.XXXXXX")
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
check() {
  local name=$1 started=$SECONDS; shift
  if "$@" >"$work/last.log" 2>&1; then passed=$((passed + 1)); echo "ok   $name ($((SECONDS - started)) s)"
  else failed=$((failed + 1)); echo "FAIL $name ($((SECONDS - started)) s)"; tail -n 30 "$work/last.log"; fi
}
checks_summary() {
  echo "$1: $passed passed, $failed failed"
  [ "$failed" = 0 ]
}
