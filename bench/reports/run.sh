#!/usr/bin/env bash
# Times the settlement summary of the last complete month over ROWS generated ledger rows (a
# year of movements) in an embedded PostgreSQL 17, through the query the application runs
# (SettlementQueries). No PayDesk needs to run.
#
#   bench/reports/run.sh [ROWS] [REPEATS] [scattered]   (defaults: 1000000 10; 3 more runs warm up)
#
# "scattered" stores the table in amount order, so a month's rows lie all over it (worst case).
#
# Builds reporting and its test classpath with the reactor (no `mvn install`), then runs
# SettlementSummaryBench.java with the JDK's source launcher. Timings are printed, not judged.
set -euo pipefail

ROWS="${1:-1000000}"
REPEATS="${2:-10}"
LAYOUT="${3:-}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"

mvn -q -o -pl reporting -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null \
  || mvn -q -pl reporting -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="reporting/target/test-classes:reporting/target/classes:$(cat reporting/target/bench-classpath.txt)"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ), load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" "$ROOT/bench/reports/SettlementSummaryBench.java" "$ROWS" "$REPEATS" $LAYOUT 2>&1 | grep -v '^\[' || true
