#!/usr/bin/env bash
# Throughput of the deal pipeline: POST /api/v1/deals (each with its own Idempotency-Key), then
# the moves INTENT → NEGOTIATION and NEGOTIATION → SIGNED of the deals just opened (signing derives
# the plan's obligations and writes a techbridge.deal.signed event to the outbox). Needs a running
# deal-service (./techbridge up) and wrk (apt-get install wrk).
# Usage: bench/deals.sh [seconds of opening] [connections] [seconds of each move phase]
# A move phase must not run out of deals (wrk would still divide by its whole duration): it says
# how many deals it left in their stage, which must be more than zero for its figures to hold.
set -euo pipefail
cd "$(dirname "$0")"
BASE="${DEAL_URL:-http://127.0.0.1:8083}"
SECONDS_EACH="${1:-30}"
CONNECTIONS="${2:-16}"
MOVE_SECONDS="${3:-10}"
export THREADS=2
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
# a broker's token from the local key pair, for curl here and for wrk's scripts
export TOKEN="$(../techbridge token --role broker --sub bench 2>/dev/null | tail -1)"
curl -fsS "$BASE/q/health/ready" >/dev/null || { echo "deal-service is not ready at $BASE" >&2; exit 1; }

# every run opens its deals at a roadshow of its own, so its moves and figures are its own
export ROADSHOW_ID="$(cat /proc/sys/kernel/random/uuid)"
DEAL_IDS="$(mktemp)"
trap 'rm -f "$DEAL_IDS"' EXIT
export DEAL_IDS

echo "== POST /api/v1/deals (${SECONDS_EACH}s, $CONNECTIONS connections)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s deals-open.lua "$BASE/api/v1/deals"

ids_in_stage() {
  : >"$DEAL_IDS"
  local page=0
  while :; do
    local body
    body="$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/deals?roadshowId=$ROADSHOW_ID&stage=$1&size=100&page=$page")"
    local ids
    ids="$(grep -oE '"id":"[0-9a-f-]{36}"' <<<"$body" | cut -d'"' -f4 || true)"
    [ -n "$ids" ] || break
    echo "$ids" >>"$DEAL_IDS"
    page=$((page + 1))
  done
  wc -l <"$DEAL_IDS"
}

for move in "INTENT NEGOTIATION" "NEGOTIATION SIGNED"; do
  set -- $move
  echo "== $(ids_in_stage "$1") deals in $1 at roadshow $ROADSHOW_ID"
  echo "== POST /api/v1/deals/{id}/transitions {\"to\": \"$2\"} (${MOVE_SECONDS}s, $CONNECTIONS connections)"
  TO="$2" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${MOVE_SECONDS}s" --latency -s deals-move.lua "$BASE"
  left="$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/deals?roadshowId=$ROADSHOW_ID&stage=$1&size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')"
  echo "== $left deals left in $1 (0 would mean the phase ran dry and its requests/s are too low)"
done

echo "== GET /api/v1/roadshows/$ROADSHOW_ID/stats"
curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/roadshows/$ROADSHOW_ID/stats"
echo
