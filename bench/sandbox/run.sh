#!/usr/bin/env bash
# Measures init_payment latency of the gateway sandbox at a fixed request rate.
#
#   bench/sandbox/run.sh [RATE_PER_S] [SECONDS] [WARMUP_SECONDS]     (defaults: 200 30 10)
#
# Starts its own Payara Micro with sandbox.war on a free loopback port and a fresh database in
# a temporary directory, runs the open-loop driver InitPaymentLoad.java against it, and stops it.
# PAYARA_JAR and SANDBOX_WAR may point at other builds; by default the module is built first.
# KEEP=1 keeps the temporary directory (server log, database) for a look afterwards.
set -euo pipefail

RATE="${1:-200}"
SECONDS_TO_RUN="${2:-30}"
WARMUP="${3:-10}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PAYARA_JAR="${PAYARA_JAR:-$ROOT/gateway-sandbox/target/payara/payara-micro.jar}"
SANDBOX_WAR="${SANDBOX_WAR:-$ROOT/gateway-sandbox/target/sandbox.war}"

if [[ ! -f "$PAYARA_JAR" || ! -f "$SANDBOX_WAR" ]]; then
    # verify without tests still runs pre-integration-test, which copies payara-micro.jar.
    (cd "$ROOT" && mvn -q -pl gateway-sandbox -am verify -DskipTests)
fi

WORK="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
SSL_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
mkdir -p "$WORK/deployments"
cp "$SANDBOX_WAR" "$WORK/deployments/sandbox.war"

cleanup() {
    if [[ -n "${SERVER_PID:-}" ]]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [[ -n "${KEEP:-}" ]]; then echo "server log kept in $WORK/payara.log"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

(cd "$WORK" && SANDBOX_PUBLIC_BASE_URL="http://localhost:$PORT/sandbox" SANDBOX_SIMULATION_DELAY_MS=500 \
    exec java -Xmx1g -jar "$PAYARA_JAR" --nocluster --port "$PORT" --sslport "$SSL_PORT" \
    --rootdir "$WORK/payara-root" --deploy "$WORK/deployments/sandbox.war" > "$WORK/payara.log" 2>&1) &
SERVER_PID=$!

BASE="http://localhost:$PORT/sandbox"
for _ in $(seq 1 180); do
    if curl -sf -o /dev/null "$BASE/"; then break; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then echo "Payara Micro died:"; tail -40 "$WORK/payara.log"; exit 1; fi
    sleep 1
done
curl -sf -o /dev/null "$BASE/" || { echo "sandbox not ready"; tail -40 "$WORK/payara.log"; exit 1; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
java "$ROOT/bench/sandbox/InitPaymentLoad.java" "$BASE" "$RATE" "$SECONDS_TO_RUN" "$WARMUP"
