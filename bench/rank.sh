#!/usr/bin/env bash
# Benchmark of the palmarès engine (issue 4): per-capita ranking of every category against one
# hand-written SQL query on the same store in the same run (target: ratio <= 1.5), then the composite
# and size-adjusted rankings of every category. Uses kpi-compute.sh's synthetic store (generated once).
#   bench/rank.sh                    # 25,000 accounts (10,000 communes), 1,000,000 posts
#   bench/rank.sh 25000 10000000     # France-scale posts (store generation ~11 min)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
# shellcheck source=../.mvn/jdk25.sh
. .mvn/jdk25.sh
# shellcheck source=synthetic-store.sh
. bench/synthetic-store.sh
synthetic_store "${1:-25000}" "${2:-1000000}"
./mvnw -B -q test -Dgroups=bench -DexcludedTestGroups=live -Dtest=RankBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true -Dbench.store="$here/$store"
