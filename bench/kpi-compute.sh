#!/usr/bin/env bash
# Benchmark of `vigie kpi compute` for one simulated year: generates a synthetic store (once per size),
# then times KpiService.compute(2026) in a fresh JVM and prints seconds and peak RSS.
# Target (docs/methodology.md, "Performance"): < 60 s and < 3 GB peak RSS on 2 cores at France scale.
#   bench/kpi-compute.sh                      # France scale: 25,000 accounts, 10,000,000 posts
#   bench/kpi-compute.sh 2500 1000000         # a tenth, for a quick check
# Environment: BENCH_DIR (default target/bench) holds the generated stores; REGENERATE=1 rebuilds them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
. .mvn/jdk25.sh
accounts="${1:-25000}"
posts="${2:-10000000}"
# shellcheck source=synthetic-store.sh
. bench/synthetic-store.sh
synthetic_store "$accounts" "$posts"
run() { "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx512m -cp "$cp" fr.vigie.bench.KpiComputeBenchmark "$@"; }
echo "nproc: $(nproc)  accounts: $accounts  posts: $posts" >&2
run compute "$store"
