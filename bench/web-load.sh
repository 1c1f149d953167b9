#!/usr/bin/env bash
# Load benchmark of the site (issue 5, Speed): one server over a published store (a demo of a
# département, generated once), warmed up, then wrk on (a) /api/v1/ping, the trivial reference of the
# same server, (b) a palmarès page of the API and (c) a territory page (HTML); then (d) the first,
# uncached visit of every ranked territory's page, one at a time (a page is assembled then kept 5 min).
# Targets: req/s (b)/(a) >= 0.5, p99 (b) < 50 ms, p99 (c) < 100 ms; (d) is reported.
#   bench/web-load.sh                 # département 04 (Alpes-de-Haute-Provence), 45 days
#   SCOPE=DEP-13 DAYS=90 TERRITORY=13055 bench/web-load.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
scope="${SCOPE:-DEP-04}"
days="${DAYS:-45}"
duration="${DURATION:-10s}"
if ! command -v wrk >/dev/null; then
  echo "web-load: wrk is missing; installing the Debian package (apt-get install -y wrk)…" >&2
  apt-get install -y wrk >&2 || { echo "web-load: install wrk (apt-get install wrk) and rerun" >&2; exit 1; }
fi
export VIGIE_HOME="${BENCH_DIR:-$here/target/bench}/web-$scope-$days"
if [ ! -d "$VIGIE_HOME" ] || [ "${REGENERATE:-0}" = 1 ]; then
  rm -rf "$VIGIE_HOME" && mkdir -p "$VIGIE_HOME"
  echo "web-load: demo of $scope over $days days into $VIGIE_HOME (published editions)…" >&2
  ./vigie demo --scope "$scope" --days "$days" --no-serve >/dev/null 2>"$VIGIE_HOME.demo.log" \
    || { cat "$VIGIE_HOME.demo.log" >&2; exit 1; }
fi
log="$(mktemp)"
./vigie serve --no-collect --port 0 2>"$log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"' EXIT
base=""
for _ in $(seq 1 120); do
  base="$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1 || true)"
  [ -n "$base" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.5
done
[ -n "$base" ] || { echo "web-load: the server did not start" >&2; cat "$log" >&2; exit 1; }
palmares="$base/api/v1/palmares?view=composite&per_page=50"
# the territory page: TERRITORY=<code>, or the first of the scope's département palmarès
code="${TERRITORY:-$(curl -fsS "$base/api/v1/palmares?category=departements&per_page=1" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["territories"][0]["code"])')}"
territory="$base/territoires/$code"
echo "web-load: $base, palmarès $palmares, territory $territory" >&2
# warm-up, one request at a time (a concurrent warm-up of a slow page would leave a backlog)
for url in "$base/api/v1/ping" "$palmares" "$territory"; do
  for _ in $(seq 1 30); do curl -fsS -o /dev/null "$url"; done
done
run() { wrk -t2 -c50 -d"$duration" --latency -s bench/p99.lua "$1" | grep -E '^(requests|rps|p[0-9.]+_ms)='; }
echo "== (a) ping"; a="$(run "$base/api/v1/ping")"; echo "$a"
echo "== (b) palmarès"; b="$(run "$palmares")"; echo "$b"
echo "== (c) territory page"; c="$(run "$territory")"; echo "$c"
echo "== (d) first visit of every ranked territory's page, one at a time"
python3 - "$base" <<'PY'
import json, sys, time, urllib.request
base = sys.argv[1]
def get(path):
    with urllib.request.urlopen(base + path) as answer:
        return answer.read()
codes = []
for category in json.loads(get("/api/v1/categories"))["categories"]:
    palmares = json.loads(get("/api/v1/palmares?view=composite&per_page=500&category=" + category["slug"]))
    codes += [t["code"] for t in palmares["territories"]]
times = []
for code in dict.fromkeys(codes):
    started = time.perf_counter()
    get("/territoires/" + code)
    times.append((time.perf_counter() - started) * 1000)
times.sort()
def q(p): return times[min(len(times) - 1, int(p * len(times)))]
print(f"pages={len(times)} p50_ms={q(0.5):.1f} p90_ms={q(0.9):.1f} p99_ms={q(0.99):.1f} max_ms={times[-1]:.1f}")
PY
value() { echo "$1" | grep "^$2=" | cut -d= -f2; }
awk -v a="$(value "$a" rps)" -v b="$(value "$b" rps)" -v pb="$(value "$b" p99_ms)" -v pc="$(value "$c" p99_ms)" 'BEGIN {
  printf "ratio (b)/(a) = %.2f (target >= 0.5) %s\n", b / a, (b / a >= 0.5 ? "OK" : "MISSED")
  printf "p99 (b) = %.2f ms (target < 50) %s\n", pb, (pb < 50 ? "OK" : "MISSED")
  printf "p99 (c) = %.2f ms (target < 100) %s\n", pc, (pc < 100 ? "OK" : "MISSED")
}'
