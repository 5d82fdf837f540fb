#!/usr/bin/env bash
# Throughput of the catalog: POST /api/v1/achievements, then GET /api/v1/achievements?q=… over
# what the POSTs created. Needs a running achievement-service (./techbridge up) and wrk
# (apt-get install wrk). Usage: bench/achievements.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")"
BASE="${ACHIEVEMENT_URL:-http://127.0.0.1:8081}"
SECONDS_EACH="${1:-30}"
CONNECTIONS="${2:-16}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
# a broker's token from the local key pair, for curl here and for wrk's scripts
export TOKEN="$(../techbridge token --role broker --sub bench 2>/dev/null | tail -1)"
curl -fsS "$BASE/q/health/ready" >/dev/null || { echo "achievement-service is not ready at $BASE" >&2; exit 1; }

export INSTITUTION_ID="$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"基准测试大学","type":"UNIVERSITY","region":"山西省太原市"}' \
  "$BASE/api/v1/institutions" | sed -E 's/.*"id":"([^"]+)".*/\1/')"

echo "== POST /api/v1/achievements (${SECONDS_EACH}s, $CONNECTIONS connections)"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s post-achievement.lua "$BASE/api/v1/achievements"

total="$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/achievements?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')"
echo "== catalog now holds $total achievements"
# 苹果品种 (apple variety), URL-encoded, over the whole catalog: Chinese segmentation and bigrams
echo "== GET /api/v1/achievements?q=苹果品种 (${SECONDS_EACH}s, $CONNECTIONS connections)"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency \
  "$BASE/api/v1/achievements?q=%E8%8B%B9%E6%9E%9C%E5%93%81%E7%A7%8D&size=20"
echo "== GET /api/v1/achievements?q=capture+carbon&transferMode=USE_FIRST_PAY_LATER (${SECONDS_EACH}s, $CONNECTIONS connections)"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency \
  "$BASE/api/v1/achievements?q=capture+carbon&transferMode=USE_FIRST_PAY_LATER&size=20"
