#!/usr/bin/env bash
# Times the same work -- long CSV (county x industry x year) -> clusters -> LQ (traded/local denominator), U.S.
# Cluster Mapping strength flags and regional cluster strength for every year -- done by
#   (a) the engine (benchmarks EngineStrength: LongCsvLoader + CodeMapping + UsClusterMappingStrength),
#   (b) a vectorised pandas script (strength_pandas.py, Debian /usr/bin/python3),
#   (c) DuckDB SQL through JDBC (DuckDbStrength, org.duckdb:duckdb_jdbc 2.0.0.1),
#   and, for reference, the CLI (./clusterworks strength --industry --definitions: commons-csv reader, one thread),
# checks that the three agree (strength_check.py), and prints wall times, ratios, the read-only floor of each and
# peak memory (/usr/bin/time -v "Maximum resident set size").
#
# Usage: benchmarks/scripts/strength_compare.sh [WORK_DIR] [REGIONS INDUSTRIES YEARS] [RUNS]
#   defaults: /tmp/clusterworks-strength-bench 3200 1000 20, 3 runs (median reported); seed fixed (20161123).
# Env: ENGINE_JAVA_OPTS (default -Xmx1400m), DUCKDB_JAVA_OPTS (default none).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${1:-/tmp/clusterworks-strength-bench}"
regions="${2:-3200}" industries="${3:-1000}" years="${4:-20}" runs="${5:-3}"
py=/usr/bin/python3
engine_opts="${ENGINE_JAVA_OPTS:--Xmx1400m}"
duckdb_opts="${DUCKDB_JAVA_OPTS:-}"
. "$root/scripts/java-env.sh"
jar="$root/benchmarks/target/benchmarks.jar"
cli_jar="$root/cli/target/clusterworks-cli.jar"
if [ ! -f "$jar" ] || [ ! -f "$cli_jar" ] || [ -n "$(find "$root/analytics/src/main" "$root/benchmarks/src/main" "$root/cli/src/main" -newer "$jar" -type f -print -quit)" ]; then
  (cd "$root" && ./mvnw -q -B -pl benchmarks,cli -am package -DskipTests) >&2
fi
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 1; }
"$py" -c 'import pandas' 2>/dev/null || { echo "needs Debian pandas (apt-get install -y python3-pandas)" >&2; exit 1; }
mkdir -p "$work"
data="$work/data-$regions-$industries-$years"
if [ ! -f "$data/panel.csv" ]; then
  java -cp "$jar" org.clusterworks.benchmarks.StrengthDataGenerator "$data" "$regions" "$industries" "$years"
fi
echo "input: $(wc -l < "$data/panel.csv") lines, $(du -h "$data/panel.csv" | cut -f1); $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# run NAME CMD...: runs the command under /usr/bin/time -v, appends "seconds rss_kb" to $work/NAME.times
run() {
  local name=$1; shift
  /usr/bin/time -v -o "$work/$name.time" "$@" > "$work/$name.log" 2>&1 || { cat "$work/$name.log" "$work/$name.time" >&2; exit 1; }
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$work/$name.time")
  cpu=$(awk -F': ' '/User time|System time/{s+=$2} END{print s}' "$work/$name.time")
  echo "$wall $rss $cpu" >> "$work/$name.times"
  printf '  %-14s %7.2f s  %7.2f s cpu  %6d MB   %s\n' "$name" "$wall" "$cpu" $((rss / 1024)) "$(tail -1 "$work/$name.log")"
}

rm -f "$work"/*.times
engine=(java $engine_opts -cp "$jar" org.clusterworks.benchmarks.EngineStrength)
duckdb=(java $duckdb_opts --enable-native-access=ALL-UNNAMED -cp "$jar" org.clusterworks.benchmarks.DuckDbStrength)
pandas=("$py" "$root/benchmarks/scripts/strength_pandas.py")
cli=(java $engine_opts -jar "$cli_jar" strength --region county --industry naics --definitions "$data/definitions.csv"
  --employment emp --establishments est --year year)
cat "$data/panel.csv" > /dev/null  # warm the page cache once for everybody
for i in $(seq "$runs"); do
  echo "run $i/$runs"
  run floor-cat wc -c "$data/panel.csv"
  run floor-engine "${engine[@]}" "$data/panel.csv" --read-only
  run floor-pandas "${pandas[@]}" "$data/panel.csv" "$data/definitions.csv" "$work/pandas" --read-only
  run floor-duckdb "${duckdb[@]}" "$data/panel.csv" --read-only
  run engine "${engine[@]}" "$data/panel.csv" "$data/definitions.csv" "$work/engine"
  run pandas "${pandas[@]}" "$data/panel.csv" "$data/definitions.csv" "$work/pandas"
  run duckdb "${duckdb[@]}" "$data/panel.csv" "$data/definitions.csv" "$work/duckdb"
  mkdir -p "$work/cli"
  run cli "${cli[@]}" --input "$data/panel.csv" --out "$work/cli/strength.csv"
done

"$py" "$root/benchmarks/scripts/strength_check.py" "$work"

# median of a column (1 wall, 3 cpu) and the peak RSS of the median-wall run
median() { sort -n -k"$2","$2" "$work/$1.times" | awk -v c="$2" '{a[NR]=$c; r[NR]=$2} END {m=int((NR+1)/2); print a[m], r[m]}'; }
read -r e_t _ < <(median engine 1); read -r e_c _ < <(median engine 3)
echo
echo "median of $runs runs: wall clock and CPU (user+sys) of the whole process incl. JVM/Python start; peak RSS"
printf '| %-14s | %9s | %11s | %9s | %9s | %9s |\n' "tool" "wall (s)" "engine x" "cpu (s)" "engine x" "peak (MB)"
printf '|%s|\n' "----------------|-----------|-------------|-----------|-----------|-----------"
for t in engine pandas duckdb cli floor-cat floor-engine floor-pandas floor-duckdb; do
  [ -f "$work/$t.times" ] || continue
  read -r s m < <(median "$t" 1); read -r c _ < <(median "$t" 3)
  printf '| %-14s | %9.2f | %10.1fx | %9.2f | %8.1fx | %9d |\n' "$t" "$s" "$(awk -v a="$s" -v b="$e_t" 'BEGIN{print a/b}')" \
    "$c" "$(awk -v a="$c" -v b="$e_c" 'BEGIN{print (b > 0 ? a/b : 0)}')" $((m / 1024))
done
