#!/usr/bin/env bash
# Times a full Casebook build against Hugo and a plain copy of the output, per catalog size.
#
# Usage: bench/run.sh            (from the project root or anywhere)
# Environment:
#   SIZES        sizes to run (default: "real 10x100 20x500 1000x10")
#   RUNS         timed runs per tool for real and 10x100 (default 7)
#   RUNS_LARGE   timed runs per tool for 20x500 and 1000x10 (default 1, so that the whole
#                script stays near 15 minutes on 2 cores)
#   WORK         scratch folder (default: bench/work)
# Every size gets one untimed warm-up run per tool first. Tools alternate run by run so that a
# change in machine load hits all of them alike. Results go to bench/work/results-<size>.tsv and
# a summary table to stdout and bench/work/summary.md.
set -euo pipefail

BENCH="$(cd "$(dirname "$0")" && pwd)"
PROJECT="$(dirname "$BENCH")"
SIZES="${SIZES:-real 10x100 20x500 1000x10}"
RUNS="${RUNS:-7}"
RUNS_LARGE="${RUNS_LARGE:-1}"
WORK="${WORK:-$BENCH/work}"
JAR="$PROJECT/target/casebook.jar"
TIME=/usr/bin/time

if [[ ! -x "$TIME" ]]; then
  echo "run.sh: $TIME not found; install the Debian package 'time'" >&2
  exit 2
fi
command -v hugo >/dev/null || { echo "run.sh: hugo not found on PATH" >&2; exit 2; }

(cd "$PROJECT" && mvn -q -B package -DskipTests)
mkdir -p "$WORK"
python3 "$BENCH/generate.py" --out "$WORK/catalogs" $SIZES

# Runs one timed command; appends "tool run wall_s cpu_s max_rss_kb" to the size's TSV.
measure() {
  local tool="$1" run="$2" tsv="$3"
  shift 3
  local stats
  stats="$(mktemp)"
  "$TIME" -o "$stats" -f "%e %U %S %M" "$@" >/dev/null
  read -r wall user sys rss <"$stats"
  rm -f "$stats"
  if [[ "$run" != warm-up ]]; then
    printf '%s\t%s\t%s\t%s\t%s\n' "$tool" "$run" "$wall" \
      "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" "$rss" >>"$tsv"
  fi
}

for size in $SIZES; do
  catalog="$WORK/catalogs/$size"
  out="$WORK/out/$size"
  tsv="$WORK/results-$size.tsv"
  mkdir -p "$out"
  printf 'tool\trun\twall_s\tcpu_s\tmax_rss_kb\n' >"$tsv"
  runs="$RUNS"
  [[ "$size" == 20x500 || "$size" == 1000x10 ]] && runs="$RUNS_LARGE"
  for run in warm-up $(seq 1 "$runs"); do
    measure casebook "$run" "$tsv" java -jar "$JAR" build --content "$catalog/content" \
      --templates "$PROJECT/templates" --out "$out/casebook"
    # The same build started with the class-data sharing archive that packaging writes and
    # with the C1 compiler only, which suits short runs.
    measure casebook-fast "$run" "$tsv" java -XX:SharedArchiveFile="$PROJECT/target/casebook.jsa" \
      -XX:TieredStopAtLevel=1 -jar "$JAR" build --content "$catalog/content" \
      --templates "$PROJECT/templates" --out "$out/casebook"
    rm -rf "$out/hugo"
    measure hugo "$run" "$tsv" hugo --source "$catalog/hugo" --destination "$out/hugo" --quiet
    rm -rf "$out/copy"
    measure copy "$run" "$tsv" cp -r "$out/casebook" "$out/copy"
    echo "$size: run $run done" >&2
  done
done

python3 "$BENCH/summarize.py" "$WORK" $SIZES | tee "$WORK/summary.md"
