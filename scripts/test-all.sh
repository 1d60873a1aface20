#!/usr/bin/env bash
# The whole test suite (`npm test`): type check, lint, the CLI bundle and both extension builds, unit tests,
# the fuzz suite, end-to-end tests in Chromium.
# Every step runs even after an earlier one failed, so one run shows everything that is broken; the last line
# is always `N passed, N failed` (tests from every suite that ran, plus one per failed build/check step).
set -uo pipefail
cd "$(dirname "$0")/.."

VITEST_JSON=.ci-vitest.json
E2E_TAP=.ci-e2e.tap
FUZZ_OUT=.ci-fuzz.txt
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
rm -f "$VITEST_JSON" "$E2E_TAP" "$FUZZ_OUT" # never count a previous run's results

passed=0
failed=0
failed_steps=()
timings=()

now() { date +%s%N; }
# step NAME CMD... : runs CMD, records its wall time; returns CMD's exit code.
step() {
  local name=$1 start rc
  shift
  echo
  echo "== $name: $*"
  start=$(now)
  "$@"
  rc=$?
  timings+=("$(printf '%-14s %6.1f s  %s' "$name" "$(( ($(now) - start) / 1000000 ))e-3" "$([ $rc = 0 ] && echo ok || echo "FAILED (exit $rc)")")")
  return $rc
}
# tally NAME EXIT_CODE PASSED FAILED: adds a test suite's counts. A non-zero exit without failed tests
# (no test files, a file that does not load, a crash) still counts as one failure.
tally() {
  local f=${4:-0}
  [ "$2" != 0 ] && [ "$f" = 0 ] && f=1
  passed=$((passed + ${3:-0})) failed=$((failed + f))
  [ "$f" = 0 ] || failed_steps+=("$1")
}
# check NAME CMD...: a check or build has no test count of its own, so a failure counts as one.
check() {
  step "$@"
  local rc=$?
  tally "$1" $rc 0 0
  return $rc
}

check tsc npx tsc --noEmit
# eslint (type-aware: floating promises, unused code) and prettier --check
check lint npm run -s lint
# the kkfz bundle the CLI tests spawn (npm ci builds it too; rebuilt here so a changed source is never tested stale)
check build-cli npm run -s build:cli
check build-chrome npx wxt build
chrome_built=$?
check build-firefox npx wxt build -b firefox
# the build the form-filling tests load: it may read the local test pages (see wxt.config.ts)
check build-e2e npx wxt build --mode e2e

step vitest npx vitest run --reporter=default --reporter=json --outputFile="$VITEST_JSON"
rc=$?
p='' f=''
if [ -s "$VITEST_JSON" ]; then
  read -r p f < <(node -e 'const r=require(process.argv[1]); console.log(r.numPassedTests, r.numFailedTests)' "$(pwd)/$VITEST_JSON")
fi
tally vitest "$rc" "$p" "$f"

# the fuzz suite: 120 generated bad .docx files through the built command (scripts/fuzz.ts), each file one test
step fuzz bash -o pipefail -c 'npm run -s fuzz -- --seed 1 --count 120 | tee "$0"' "$FUZZ_OUT"
rc=$?
p='' f=''
[ -s "$FUZZ_OUT" ] && read -r p f < <(sed -n 's/^fuzz: [0-9]* files, \([0-9]*\) ok, \([0-9]*\) failed$/\1 \2/p' "$FUZZ_OUT")
tally fuzz "$rc" "$p" "$f"

if [ "$chrome_built" != 0 ]; then
  echo; echo "== e2e: not run, the Chrome build failed (counted above)"
elif [ ! -x "$CHROMIUM" ]; then
  if [ "${CI:-}" = true ]; then
    echo; echo "== e2e: FAILED, no Chromium at $CHROMIUM (required when CI=true)"
    tally e2e 1 0 0
  else
    echo; echo "== e2e: SKIPPED, no Chromium at $CHROMIUM (apt-get install -y chromium, or set CHROMIUM_PATH); not counted"
  fi
else
  step e2e node --test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$E2E_TAP" tests/e2e/
  rc=$?
  tap() {
    local n
    n=$(sed -n "s/^# $1 \([0-9]*\)$/\1/p" "$E2E_TAP" 2>/dev/null | tail -n 1)
    echo "${n:-0}"
  }
  tally e2e "$rc" "$(tap pass)" "$(( $(tap fail) + $(tap cancelled) ))"
fi

echo
echo "== wall times"
printf '  %s\n' "${timings[@]}"
[ ${#failed_steps[@]} = 0 ] || echo "== failed: ${failed_steps[*]}"
[ "$passed" = 0 ] && [ "$failed" = 0 ] && { echo "== no tests ran"; failed=1; }
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
