#!/usr/bin/env bash
# Load test: starts ClusterWorks with demo data on a fresh data folder (H2, or PostgreSQL with --postgres URL),
# runs the mixed workload of org.clusterworks.benchmarks.load.LoadTest and stops the application.
#   benchmarks/scripts/load_test.sh [USERS] [SECONDS] [THINK_MS] [--postgres JDBC_URL]
# THINK_MS: each user's mean pause between requests (exponential); 0 sends back to back (saturation).
# Example: benchmarks/scripts/load_test.sh 50 60 1000
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/scripts/java-env.sh"
users=${1:-50}; seconds=${2:-60}; think=${3:-0}; pg=""
[ "${4:-}" = "--postgres" ] && pg="${5:?JDBC URL}"
cd "$root"
./mvnw -B -q -pl app,benchmarks -am package -DskipTests -Dspotless.check.skip=true
data=$(mktemp -d /tmp/cw-load.XXXX); port=18093
env=(CLUSTERWORKS_DATA_DIR="$data" SERVER_PORT=$port)
[ -n "$pg" ] && env+=(SPRING_DATASOURCE_URL="$pg" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=postgres)
env "${env[@]}" java -Xmx1g -jar app/target/clusterworks.jar > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 180); do curl -sf "localhost:$port/actuator/health" > /dev/null && break; sleep 1; done
echo "database: ${pg:-H2 (embedded file)}; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp benchmarks/target/benchmarks.jar org.clusterworks.benchmarks.load.LoadTest "http://localhost:$port" "$users" "$seconds" "$think"
