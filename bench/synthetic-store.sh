# Sourced by the benchmarks that read kpi-compute.sh's synthetic store: builds the test classpath
# (in $cp) and generates the store of <accounts> accounts and <posts> posts once (in $store).
# Environment: BENCH_DIR (default target/bench) holds the stores; REGENERATE=1 rebuilds them.
#   . bench/synthetic-store.sh; synthetic_store 87500 10000000
synthetic_store() {
  local accounts="$1" posts="$2" dir="${BENCH_DIR:-target/bench}"
  store="$dir/kpi-$accounts-$posts.duckdb"
  mkdir -p "$dir"
  ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test \
    -Dspotless.check.skip=true >target/bench-build.log || { cat target/bench-build.log >&2; return 1; }
  cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
  if [ ! -f "$store" ] || [ "${REGENERATE:-0}" = 1 ]; then
    echo "generating $store…" >&2
    "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx512m -cp "$cp" fr.vigie.bench.KpiComputeBenchmark \
      generate "$store" "$accounts" "$posts"
  fi
}
