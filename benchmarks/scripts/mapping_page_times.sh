#!/usr/bin/env bash
# Page times of the mapping region profile and cluster profile with a 1-million-row dataset.
#
# Generates 3,145 US counties x 67 benchmark clusters x 5 years (1,053,575 rows, deterministic pseudo-random figures),
# starts the packaged application on a fresh data folder (H2 file database, demo data), imports the file through the
# API, signs in as the demo analyst and times LOADS loads of each page with curl (server time + transfer, no browser
# rendering). Prints every time, the first (cold) load, the median and the worst.
#
# Usage: benchmarks/scripts/mapping_page_times.sh [WORKDIR] [LOADS]
#   WORKDIR  scratch folder (default /dev/shm/cw-pages; deleted and recreated)
#   LOADS    loads per page (default 20)
# Environment: JAR (the application jar to run), PORT (default 18089)
# Needs: curl, python3, a JDK 21+; builds app/target/clusterworks.jar if missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=${1:-/dev/shm/cw-pages}
LOADS=${2:-20}
PORT=${PORT:-18089}
BASE="http://localhost:$PORT"
TOKEN=cw_demo_analyst_token
. scripts/java-env.sh

JAR=${JAR:-$(ls app/target/clusterworks.jar 2>/dev/null || true)}
if [ -z "$JAR" ]; then
  ./mvnw -B -q -pl app -am package -DskipTests
  JAR=app/target/clusterworks.jar
fi

rm -rf "$WORK" && mkdir -p "$WORK"
python3 - "$WORK/counties.csv" <<'PY'
import csv, random, sys
counties = []
with open("app/src/main/resources/reference/territories/us_county_fips_master_kjhealy.csv", newline="") as f:
    for r in csv.DictReader(f):
        if r["fips"].strip() and r["sumlev"].strip() != "40":  # 40: District of Columbia as a state
            counties.append(r["fips"].strip().zfill(5))
clusters = [str(c) for c in range(1, 52)] + [str(c) for c in range(101, 117)]
rnd = random.Random(20261124)
with open(sys.argv[1], "w") as out:
    out.write("year,county_fips,cluster_code,employment,establishments\n")
    for year in range(2016, 2021):
        for county in counties:
            for cluster in clusters:
                e = int(rnd.lognormvariate(5, 1.6))
                out.write(f"{year},{county},{cluster},{e},{max(1, e // 12)}\n")
print(f"{len(counties)} counties x {len(clusters)} clusters x 5 years", file=sys.stderr)
PY
echo "rows: $(($(wc -l < "$WORK/counties.csv") - 1)), $(du -m "$WORK/counties.csv" | cut -f1) MB"

CLUSTERWORKS_DATA_DIR="$WORK/data" SERVER_PORT=$PORT java -Xmx2g -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/actuator/health" >/dev/null || { echo "the application did not start; see $WORK/app.log"; exit 1; }

MAPPING='{"name":"US counties x clusters (generated)","regionScheme":"us-fips","industryScheme":"us-benchmark-clusters","columns":{"region":"county_fips","industry":"cluster_code","year":"year","employment":"employment","establishments":"establishments"}}'
START=$(date +%s.%N)
RESPONSE=$(curl -sS -H "Authorization: Bearer $TOKEN" -F "file=@$WORK/counties.csv" -F "mapping=$MAPPING;type=application/json" \
  "$BASE/api/v1/workspaces/demo/datasets")
case "$RESPONSE" in *'"id"'*) ;; *) echo "import refused: ${RESPONSE:0:2000}"; exit 1;; esac
END=$(date +%s.%N)
ID=$(echo "$RESPONSE" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
echo "import through the API: $(python3 -c "print(round($END - $START, 1))") s (dataset $ID)"

JAR_COOKIES="$WORK/cookies.txt"
CSRF=$(curl -fs -c "$JAR_COOKIES" "$BASE/login" | python3 -c 'import re,sys; print(re.search(r"name=\"_csrf\" value=\"([^\"]+)\"", sys.stdin.read()).group(1))')
curl -fs -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null -d "username=analyst&password=demo&_csrf=$CSRF" "$BASE/login"

time_page() {
  local label=$1 path=$2 times=()
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  for _ in $(seq 1 "$LOADS"); do
    local out
    out=$(curl -s -b "$JAR_COOKIES" -o "$WORK/page.html" -w '%{http_code} %{time_total}' "$BASE$path")
    [ "${out%% *}" = 200 ] || { echo "$label: HTTP ${out%% *} for $path"; exit 1; }
    times+=("${out#* }")
  done
  python3 - "$label" "${times[@]}" <<'PY'
import statistics, sys
label, times = sys.argv[1], [float(t) * 1000 for t in sys.argv[2:]]
print(f"{label}: {len(times)} loads, first {times[0]:.0f} ms, median {statistics.median(times):.0f} ms, "
      f"worst {max(times):.0f} ms; all: {' '.join(f'{t:.0f}' for t in times)}")
PY
}
time_page "region profile (Los Angeles County, 06037)" "/w/demo/mapping/datasets/$ID/regions/06037?year=2020&method=us"
time_page "cluster profile (1 Aerospace Vehicles and Defense)" "/w/demo/mapping/datasets/$ID/clusters/1?year=2020&method=us"
grep -c 'mapping-map' "$WORK/page.html" >/dev/null && echo "(the cluster page carries its choropleth data)"
