#!/usr/bin/env bash
# Reconciles N generated gateway transactions (default 100,000) in an embedded PostgreSQL 17:
# the gateway's list merged into the ledger, then the three-way match with the webhook log,
# through the same classes a reconciliation turn runs. No PayDesk needs to run.
#
#   bench/reconciliation/run.sh [TRANSACTIONS]      (default 100000)
#
# Builds payments-core and its test classpath with the reactor (no `mvn install`), then runs
# ReconciliationBench.java with the JDK's source launcher. Timings are printed, not judged.
set -euo pipefail

TRANSACTIONS="${1:-100000}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"

mvn -q -o -pl payments-core -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null \
  || mvn -q -pl payments-core -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="payments-core/target/test-classes:payments-core/target/classes:$(cat payments-core/target/bench-classpath.txt)"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ), load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "$CP" "$ROOT/bench/reconciliation/ReconciliationBench.java" "$TRANSACTIONS" 2>&1 | grep -v '^\[' || true
