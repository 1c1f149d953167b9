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
accounts="${1:-25000}"
posts="${2:-1000000}"
dir="${BENCH_DIR:-target/bench}"
store="$dir/kpi-$accounts-$posts.duckdb"
mkdir -p "$dir"
if [ ! -f "$store" ] || [ "${REGENERATE:-0}" = 1 ]; then
  ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test \
    -Dspotless.check.skip=true >target/bench-build.log || { cat target/bench-build.log >&2; exit 1; }
  cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
  echo "generating $store…" >&2
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx512m -cp "$cp" fr.vigie.bench.KpiComputeBenchmark \
    generate "$store" "$accounts" "$posts"
fi
./mvnw -B -q test -Dgroups=bench -DexcludedTestGroups=live -Dtest=RankBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true -Dbench.store="$here/$store"
