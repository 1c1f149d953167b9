#!/usr/bin/env bash
# Benchmark of the territory page's best posts: one territory's posts scored by
# BestPosts.scoredFor against the former path (its whole category scored, then filtered), for the
# territories with the most posts of the month, on kpi-compute.sh's synthetic store (generated once).
# Both must give the same posts and scores; prints the times and their ratio.
#   bench/best-posts.sh                      # 25,000 accounts, 1,000,000 posts
#   bench/best-posts.sh 87500 10000000       # France scale (store generation ~6.5 min, 5.4 GB)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
# shellcheck source=../.mvn/jdk25.sh
. .mvn/jdk25.sh
# shellcheck source=synthetic-store.sh
. bench/synthetic-store.sh
synthetic_store "${1:-25000}" "${2:-1000000}"
./mvnw -B -q test -Dgroups=bench -DexcludedTestGroups=live -Dtest=BestPostsBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true -Dbench.store="$here/$store"
