#!/usr/bin/env bash
# Measures how fast PayDesk answers gateway webhooks (POST /api/webhooks/dgs) at a fixed rate.
#
#   bench/webhooks/run.sh [BASE_URL] [RATE_PER_S] [SECONDS] [WARMUP_SECONDS]
#       (defaults: http://localhost:8080 50 30 10)
#
# Runs against a PayDesk that is already running (`mvn -Prun`, or any deployment): start it
# first. The events it sends match no payment, so they change nothing but fill the webhook log
# (each one PROCESSED with "no record matched", every tenth a DUPLICATE). The secret is taken
# from PAYDESK_GATEWAY_WEBHOOK_SECRET when set, otherwise the sandbox default.
set -euo pipefail

BASE="${1:-http://localhost:8080}"
RATE="${2:-50}"
SECONDS_TO_RUN="${3:-30}"
WARMUP="${4:-10}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"

curl -sf -o /dev/null "$BASE/health" || { echo "no PayDesk answers at $BASE/health; start it first (mvn -Prun)" >&2; exit 1; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "target: $BASE/api/webhooks/dgs at $RATE/s for $SECONDS_TO_RUN s after $WARMUP s warm-up"
java "$ROOT/bench/webhooks/WebhookLoad.java" "$BASE" "$RATE" "$SECONDS_TO_RUN" "$WARMUP"
