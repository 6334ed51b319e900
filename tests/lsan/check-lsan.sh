#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves, in the sanitized build, that LeakSanitizer with tests/lsan.supp
# still fails a test that leaks, and does not fail one because of the GL
# driver. Runs lsan-probe (which opens the display and makes a GL context
# current, so that Mesa is loaded and used) inside tests/run-with-session,
# with GL allowed:
#   1. without a leak of its own: it must pass;
#   2. losing one block of its own: it must fail, and the report must name
#      the block (96 bytes) and the function that lost it;
# and, for the record (a comment, not a test: it depends on the machine),
# what the same clean run reports without our suppressions.
# Usage: check-lsan.sh LSAN_PROBE
set -u
probe=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/mado-lsan.XXXXXX")
trap 'rm -rf "$work"' EXIT

# GL is what this test needs: the probe must load the driver.
unset GDK_DEBUG GDK_DISABLE

echo "1..2"

report () {   # LOG
  sed 's/^/# /' "$1"
}

if "$probe" >"$work/clean.out" 2>"$work/clean.log"; then
  echo "ok 1 - no leak of ours: passes with the GL driver loaded"
  grep '^# GL' "$work/clean.out" || true
else
  echo "not ok 1 - no leak of ours, yet the run failed"
  report "$work/clean.log"
fi

status=0
"$probe" --leak >"$work/leak.out" 2>"$work/leak.log" || status=$?
if [ "$status" -ne 0 ] \
   && grep -q 'Direct leak of 96 byte(s) in 1 object(s)' "$work/leak.log" \
   && grep -q 'mado_lsan_probe_lose_block' "$work/leak.log"; then
  echo "ok 2 - a leak of ours fails the run (exit status $status) and is named"
else
  echo "not ok 2 - a leak of ours was not reported (exit status $status)"
  report "$work/leak.log"
fi

# The clean run with no suppressions at all. Whether the driver leaks
# depends on the machine (a fresh one showed it, a used one did not).
: >"$work/empty.supp"
status=0
LSAN_OPTIONS="suppressions=$work/empty.supp:print_suppressions=0" \
  "$probe" >/dev/null 2>"$work/unsuppressed.log" || status=$?
leaks=$(grep -c '^Direct leak\|^Indirect leak' "$work/unsuppressed.log")
echo "# without tests/lsan.supp: exit status $status, $leaks leak report(s), from:"
grep -o '/[^ ]*\.so[^ +]*' "$work/unsuppressed.log" | sort | uniq -c | sort -rn | head -n 8 | sed 's/^/# /'
