#!/bin/sh
# Measures save-to-reload latency of `casebook serve` at the real catalog's size and at
# 10,000 use cases, for goal title edits and use-case summary edits, and the save-to-overlay
# latency of a broken link, which the background link check reports.
# Usage: [WARMUP=N] bench/serve-latency.sh [QUIET_MILLIS]   (N unmeasured edits first, default 3)
set -eu
cd "$(dirname "$0")/.."
quiet="${1:-25}"
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
for size in real synthetic; do
  for edit in goal use-case link; do
    java -Dwarmup="${WARMUP:-3}" -cp "$cp" org.casebook.serve.ServeLatencyBench "$size" "$quiet" "$edit"
  done
done
