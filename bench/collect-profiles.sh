#!/usr/bin/env bash
# Profiles of 10,000 accounts from a local AppView without limit: requests per second of HttpGetter on
# virtual threads (concurrency 8 and 32, as CollectService fetches), against a raw HttpClient loop and
# HttpGetter one request after the other, measured in the same run.
#   bench/collect-profiles.sh            # 10,000 profiles
#   bench/collect-profiles.sh 2000       # a quick check
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
# shellcheck source=../.mvn/jdk25.sh
. .mvn/jdk25.sh
./mvnw -B -q test -Dgroups=bench -DexcludedTestGroups=live -Dtest=ProfilesThroughputBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true -Dbench.accounts="${1:-10000}"
