#!/usr/bin/env bash
# A realistic mix through the gateway for a while (70 % reads, 20 % matches, 10 % writes), from
# many callers, each with its own token and a steady pace under the per-caller rate limit; reports
# throughput, p50/p99 per route, errors and each process's peak memory, then checks that every
# accepted write is there. Needs a running stack with the demo data (./techbridge up).
# Usage: bench/load.sh [seconds, default 300] [callers, default 20] [requests/s per caller, default 20]
set -euo pipefail
cd "$(dirname "$0")"
GATEWAY="${GATEWAY_URL:-http://127.0.0.1:8080}"
curl -fsS "$GATEWAY/q/health/ready" >/dev/null || { echo "the gateway is not ready at $GATEWAY" >&2; exit 1; }
TOKENS=""
for i in $(seq 1 "${2:-20}"); do
  # brokers may do every part of the mix; each caller its own subject, so its own rate limit
  TOKENS+="$(../techbridge token --role broker --sub "load-$i" 2>/dev/null | tail -1)"$'\n'
done
export TOKENS
exec java load/LoadMix.java "$GATEWAY" "${1:-300}" "${3:-20}" "${TECHBRIDGE_RUN_DIR:-../.run}/pids"
