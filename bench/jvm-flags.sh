#!/usr/bin/env bash
# Times Casebook builds of one catalog size under several JVM flag sets.
#
# Usage: bench/jvm-flags.sh CONTENT_DIR [RUNS]   (default 3 runs per flag set)
# Prints one line per run: flag set, wall s, CPU s (user+sys), peak RSS KiB. The AppCDS archive
# is created first with -XX:ArchiveClassesAtExit (JDK 17 has no -XX:+AutoCreateSharedArchive).
set -euo pipefail

BENCH="$(cd "$(dirname "$0")" && pwd)"
PROJECT="$(dirname "$BENCH")"
CONTENT="$1"
RUNS="${2:-3}"
JAR="$PROJECT/target/casebook.jar"
OUT="$(mktemp -d)"
ARCHIVE="$OUT/casebook.jsa"
trap 'rm -rf "$OUT"' EXIT

build() {
  java "$@" -jar "$JAR" build --content "$CONTENT" --templates "$PROJECT/templates" \
    --out "$OUT/site" >/dev/null
}

build -XX:ArchiveClassesAtExit="$ARCHIVE" 2>/dev/null

declare -A FLAGS=(
  [default]=""
  [serial-gc]="-XX:+UseSerialGC"
  [tiered-c1]="-XX:TieredStopAtLevel=1"
  [appcds]="-XX:SharedArchiveFile=$ARCHIVE"
  [appcds+c1+serial]="-XX:SharedArchiveFile=$ARCHIVE -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
)
for run in $(seq 1 "$RUNS"); do
  for name in default serial-gc tiered-c1 appcds appcds+c1+serial; do
    # shellcheck disable=SC2086
    stats="$( { /usr/bin/time -f "%e %U %S %M" java ${FLAGS[$name]} -jar "$JAR" build \
      --content "$CONTENT" --templates "$PROJECT/templates" --out "$OUT/site" >/dev/null; } \
      2>&1 | tail -1)"
    read -r wall user sys rss <<<"$stats"
    printf '%s\t%s\t%s\t%s\n' "$name" "$wall" \
      "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" "$rss"
  done
done
