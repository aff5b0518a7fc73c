#!/usr/bin/env bash
# Times the server side of a bulk payout upload: a generated file of ROWS rows is read,
# checked row by row, compared with the last 30 days and the approved payees, summarised and
# stored with its rows, on H2 and on an embedded PostgreSQL 17. No PayDesk needs to run.
#
#   bench/bulk-payouts/run.sh [ROWS] [RUNS]      (defaults: 5000 6; the first run is warm-up)
#
# Builds the payouts module and its test classpath with the reactor (no `mvn install`), then
# runs BulkValidationBench.java with the JDK's source launcher. Timings are printed, not judged.
set -euo pipefail

ROWS="${1:-5000}"
RUNS="${2:-6}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"

mvn -q -o -pl payouts -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null \
  || mvn -q -pl payouts -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="payouts/target/test-classes:payouts/target/classes:$(cat payouts/target/bench-classpath.txt)"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ), load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" "$ROOT/bench/bulk-payouts/BulkValidationBench.java" "$ROWS" "$RUNS" 2>&1 | grep -v '^\[' || true
