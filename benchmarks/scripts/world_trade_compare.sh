#!/usr/bin/env bash
# Runs RCA, presence (Mcp), proximity, fitness-complexity and ECI on the world trade data (226 countries x 785 SITC4
# products) through the ClusterWorks engine (Java harness), pandas/numpy (Debian's /usr/bin/python3) and DuckDB SQL
# (JDBC) in the same run, checks that they agree, and prints the median time of each stage and the ratios to the engine.
#
# Usage: benchmarks/scripts/world_trade_compare.sh [REPETITIONS]   (from anywhere; builds the benchmarks jar first)
# Each leg runs REPETITIONS warm-up runs, then REPETITIONS measured runs (default 10; DuckDB uses at most 5).
# Stages are timed inside each process: JVM and Python start-up are not counted; "load" is reading and pivoting the CSV.
set -euo pipefail
REPS=${1:-10}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. scripts/java-env.sh
DATA=analytics/src/test/resources/fixtures/world-trade-1998-2000/input_world_trade_avg_1998_to_2000.csv
DUCKDB_JAR=$HOME/.m2/repository/org/duckdb/duckdb_jdbc/2.0.0.1/duckdb_jdbc-2.0.0.1.jar
if [ ! -f "$DUCKDB_JAR" ]; then
  ./mvnw -B -q dependency:get -Dartifact=org.duckdb:duckdb_jdbc:2.0.0.1
fi
./mvnw -B -q -pl analytics,benchmarks -am package -DskipTests
JAR=benchmarks/target/benchmarks.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DUCK_REPS=$(( REPS < 5 ? REPS : 5 ))
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(/usr/bin/python3 -c 'import numpy, pandas; print("numpy", numpy.__version__, "pandas", pandas.__version__)'), DuckDB JDBC 2.0.0.1"
java -cp "$JAR" org.clusterworks.benchmarks.complexity.WorldTradeHarness "$DATA" "$WORK/engine" "$REPS" >> "$WORK/times.csv"
/usr/bin/python3 benchmarks/scripts/world_trade_compare.py run "$DATA" "$WORK/numpy" "$REPS" >> "$WORK/times.csv"
java --enable-native-access=ALL-UNNAMED -cp "$JAR:$DUCKDB_JAR" org.clusterworks.benchmarks.complexity.DuckDbHarness \
  "$DATA" "$WORK/duckdb" "$DUCK_REPS" >> "$WORK/times.csv"
/usr/bin/python3 benchmarks/scripts/world_trade_compare.py check "$WORK" "$WORK/times.csv"
