#!/usr/bin/env bash
# Compares Vigie's posts import with DuckDB's own read_json + INSERT of the same file.
# Usage: bench/import-posts.sh [number of posts, default 1000000]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
# shellcheck source=../.mvn/jdk25.sh
. .mvn/jdk25.sh
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx2g \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  fr.vigie.bench.ImportPostsBenchmark "$@"
