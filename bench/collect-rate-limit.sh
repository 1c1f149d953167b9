#!/usr/bin/env bash
# A long Bluesky collection (real BlueskyConnector + HttpGetter, fetched on virtual threads as
# CollectService does) against a local AppView that enforces 300 requests per 3 s (Bluesky's 3,000 per
# 5 minutes scaled down) and answers RateLimit-* headers and 429. Prints the rate achieved against the
# rate allowed (target >= 0.95) and the 429 received (target 0).
#   bench/collect-rate-limit.sh                 # 1,500 accounts, 4,500 requests, about 45 s
#   bench/collect-rate-limit.sh 3000 32         # 3,000 accounts, concurrency 32
#   STORE=true bench/collect-rate-limit.sh 200  # through CollectService and an in-memory store
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
# shellcheck source=../.mvn/jdk25.sh
. .mvn/jdk25.sh
./mvnw -B -q test -Dgroups=bench -DexcludedTestGroups=live -Dtest=CollectRateLimitBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
  -Dbench.accounts="${1:-1500}" -Dbench.concurrency="${2:-8}" -Dbench.store="${STORE:-false}" \
  -Dbench.limit="${LIMIT:-300}" -Dbench.window="${WINDOW:-3}"
