#!/usr/bin/env bash
# The gateway's cost: GET /api/v1/achievements/{id} straight to the achievement-service, through
# the gateway, and through nginx set up as a plain reverse proxy to the same service, one after
# the other in one run. Needs ./techbridge up (the services built and running), wrk and nginx
# (apt-get install wrk nginx-light). It starts a second gateway on :8090 whose rate limit is out
# of the way (the load comes from one address) and nginx on :8091; both stop at the end.
# Usage: [ROUNDS=3] bench/gateway.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-30}"
CONNECTIONS="${2:-16}"
SERVICE=http://127.0.0.1:8081
WORK="$(mktemp -d)"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || { echo "nginx is needed: apt-get install nginx-light" >&2; exit 1; }
curl -fsS "$SERVICE/q/health/ready" >/dev/null || { echo "achievement-service is not ready: ./techbridge up" >&2; exit 1; }

gateway_pid=""
cleanup() {
  if [[ -n "$gateway_pid" ]]; then
    kill "$gateway_pid" 2>/dev/null || true
    wait "$gateway_pid" 2>/dev/null || true
  fi
  if [[ -f "$WORK/nginx.pid" ]]; then
    local pid
    pid="$(cat "$WORK/nginx.pid")"
    kill -QUIT "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# the same settings ./techbridge up gives the services, except the rate limit
RATE_LIMIT_PER_SECOND=1000000 RATE_LIMIT_BURST=1000000 ACHIEVEMENT_SERVICE_URL=$SERVICE \
  java ${GATEWAY_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC} -Dquarkus.http.port=8090 \
  -jar gateway/target/quarkus-app/quarkus-run.jar >"$WORK/gateway.log" 2>&1 &
gateway_pid=$!

mkdir -p "$WORK/logs"
cat >"$WORK/nginx.conf" <<NGINX
worker_processes 1;
error_log $WORK/logs/error.log warn;
pid $WORK/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  upstream achievement { server 127.0.0.1:8081; keepalive 64; }
  server {
    listen 127.0.0.1:8091;
    location / {
      proxy_pass http://achievement;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
    }
  }
}
NGINX
/usr/sbin/nginx -p "$WORK" -c "$WORK/nginx.conf"

for _ in $(seq 1 120); do curl -fsS -m 1 http://127.0.0.1:8090/q/health/live >/dev/null 2>&1 && break; sleep 0.5; done

# one published achievement to read, made for this run
TOKEN="$(./techbridge token --role broker --sub bench 2>/dev/null | tail -1)"
json() { curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
institution="$(json -d '{"name":"网关基准大学","type":"UNIVERSITY","region":"山西省太原市"}' \
  "$SERVICE/api/v1/institutions" | sed -E 's/.*"id":"([^"]+)".*/\1/')"
id="$(json -d '{"title":"机器人用精密谐波减速器","summary":"回差小于20弧秒、寿命超过一万小时的谐波减速器，可替代进口产品",
  "language":"zh","domain":"ADVANCED_MANUFACTURING","keywords":["谐波减速器","工业机器人"],"trl":7,"ipType":"PATENT",
  "institutionId":"'"$institution"'","region":"山西省太原市","transferModes":["USE_FIRST_PAY_LATER","LICENSE"],
  "askingPrice":{"amount":"800000.00","currency":"CNY"}}' "$SERVICE/api/v1/achievements" | sed -E 's/^\{"id":"([^"]+)".*/\1/')"
json -X POST "$SERVICE/api/v1/achievements/$id/publish" >/dev/null
path="/api/v1/achievements/$id"

# wrk's latency in ms, whatever unit it printed
ms() { awk '{ v = $0 + 0; if ($0 ~ /us$/) v /= 1000; else if ($0 ~ /[0-9]s$/ && $0 !~ /ms$/) v *= 1000; printf "%.2f", v }'; }

# the three targets take turns, ROUNDS times, so a drift of the machine hits them alike
results="$WORK/results"
for target in "direct $SERVICE" "gateway http://127.0.0.1:8090" "nginx http://127.0.0.1:8091"; do
  set -- $target
  curl -fsS -o /dev/null "$2$path"
  wrk -t2 -c"$CONNECTIONS" -d5s "$2$path" >/dev/null   # warm-up
done
for round in $(seq 1 "${ROUNDS:-3}"); do
  for target in "direct $SERVICE" "gateway http://127.0.0.1:8090" "nginx http://127.0.0.1:8091"; do
    set -- $target
    out="$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$2$path")"
    if grep -q 'Non-2xx' <<<"$out"; then echo "$1 answered errors:" >&2; echo "$out" >&2; exit 1; fi
    rps="$(awk '/Requests\/sec/ { print $2 }' <<<"$out")"
    p50="$(awk '$1 == "50%" { print $2 }' <<<"$out" | ms)"
    p99="$(awk '$1 == "99%" { print $2 }' <<<"$out" | ms)"
    echo "$1 $rps $p50 $p99" | tee -a "$results"
  done
done
echo "== GET $path, ${SECONDS_EACH}s x ${ROUNDS:-3} rounds, $CONNECTIONS connections: medians"
awk '{ n[$1]++; r[$1, n[$1]] = $2; a[$1, n[$1]] = $3; b[$1, n[$1]] = $4 }
  function median(arr, who, k,   i, j, t, v) {
    for (i = 1; i <= k; i++) v[i] = arr[who, i]
    for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
    return v[int((k + 1) / 2)]
  }
  END {
    for (who in n) { rps[who] = median(r, who, n[who]); p50[who] = median(a, who, n[who]); p99[who] = median(b, who, n[who]) }
    printf "%-8s %10s %9s %9s\n", "target", "req/s", "p50 ms", "p99 ms"
    split("direct gateway nginx", order, " ")
    for (i = 1; i <= 3; i++) printf "%-8s %10.0f %9.2f %9.2f\n", order[i], rps[order[i]], p50[order[i]], p99[order[i]]
    printf "gateway/direct throughput %.2f, gateway/nginx %.2f, p99 added over direct %.2f ms\n",
      rps["gateway"] / rps["direct"], rps["gateway"] / rps["nginx"], p99["gateway"] - p99["direct"]
  }' "$results"
