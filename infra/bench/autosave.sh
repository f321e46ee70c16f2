#!/usr/bin/env bash
# Autosave benchmark (not a test): the packaged backend on loopback (port 8090, its own embedded MariaDB
# on 3337 under backend/target/bench-db) and the real Keycloak; RESPONDENTS concurrent respondents (wrk
# connections, each request a real PUT of a changed answer) save for SECONDS, then the same database's raw
# JDBC single-row upsert rate with the backend's pool size of threads, as the ceiling. Prints the figures.
#   infra/bench/autosave.sh [RESPONDENTS=200] [SECONDS=30]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
respondents=${1:-200}
seconds=${2:-30}
port=8090
dbport=3337

infra/keycloak.sh start
infra/build.sh
mvn -B -pl backend test-compile >/dev/null
mvn -B -pl backend dependency:build-classpath -DincludeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null

rm -rf backend/target/bench-db
PORT=$port MATURITY_DATA_DIR=$root/backend/target/bench-db MATURITY_DB_PORT=$dbport JDBC_POOL_SIZE=${JDBC_POOL_SIZE:-20} \
  java -Xmx1g -cp "backend/target/social-maturity.jar:$(cat backend/target/dev-classpath.txt)" io.socialmaturity.Application \
  > backend/target/bench-backend.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://localhost:$port/health" 2>/dev/null && break
  kill -0 $app 2>/dev/null || { tail -40 backend/target/bench-backend.log; exit 1; }
  sleep 1
done
command -v wrk >/dev/null || { echo "installing wrk (Debian)"; apt-get install -y wrk >/dev/null; }
bench() { java -cp "backend/target/test-classes:$(cat backend/target/bench-classpath.txt)" io.socialmaturity.bench.AutosaveBenchmark "$@"; }
data=$root/backend/target/autosave-data.lua
bench setup "http://localhost:$port" "jdbc:mysql://127.0.0.1:$dbport/maturity" "$respondents" "$data"

echo "== autosave: $respondents concurrent respondents (wrk, 2 threads, $respondents connections, ${seconds} s)"
AUTOSAVE_DATA=$data WRK_THREADS=2 wrk -t2 -c"$respondents" -d"${seconds}s" --latency -s infra/bench/autosave.lua \
  "http://localhost:$port" | tee backend/target/autosave-wrk.txt
echo "== raw JDBC upsert rate into the same database (the ceiling)"
bench raw "jdbc:mysql://127.0.0.1:$dbport/maturity" "${JDBC_POOL_SIZE:-20}" "$seconds"
