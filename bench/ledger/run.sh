#!/usr/bin/env bash
# Times the first page of the Transactions view (its count and its 25 rows, as the lazy table
# asks for them) over ROWS generated ledger rows in an embedded PostgreSQL 17, unfiltered and
# with the page's filters. No PayDesk needs to run.
#
#   bench/ledger/run.sh [ROWS] [REPEATS]      (defaults: 1000000 20; 5 more runs of each query warm up)
#
# Builds payments-core and its test classpath with the reactor (no `mvn install`), then runs
# LedgerPageBench.java with the JDK's source launcher. Timings are printed, not judged.
set -euo pipefail

ROWS="${1:-1000000}"
REPEATS="${2:-20}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"

mvn -q -o -pl payments-core -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null \
  || mvn -q -pl payments-core -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="payments-core/target/test-classes:payments-core/target/classes:$(cat payments-core/target/bench-classpath.txt)"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ), load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" "$ROOT/bench/ledger/LedgerPageBench.java" "$ROWS" "$REPEATS" 2>&1 | grep -v '^\[' || true
