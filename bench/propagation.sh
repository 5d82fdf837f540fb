#!/usr/bin/env bash
# Event propagation: publish achievements through the gateway and measure the time until the
# matching-service can match each (p50/p99). Needs a running stack (./techbridge up).
# Usage: bench/propagation.sh [count, default 200] [achievements per second, default 10]
set -euo pipefail
cd "$(dirname "$0")"
GATEWAY="${GATEWAY_URL:-http://127.0.0.1:8080}"
MATCHING="${MATCHING_URL:-http://127.0.0.1:8082}"
curl -fsS "$GATEWAY/q/health/ready" >/dev/null || { echo "the gateway is not ready at $GATEWAY" >&2; exit 1; }
# a broker's token from the local key pair
export TOKEN="$(../techbridge token --role broker --sub bench-propagation 2>/dev/null | tail -1)"
# two requests per achievement through the gateway: stay under its per-caller rate limit (50/s)
exec java propagation/PropagationBenchmark.java "$GATEWAY" "$MATCHING" "${1:-200}" "${2:-10}"
