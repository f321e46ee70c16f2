#!/usr/bin/env bash
# Comparison and segment-benchmark latency (not a test). Starts the real application in-process (Netty,
# Flyway, Micronaut Data over Connector/J) on an embedded MariaDB of its own (port 3338, data under
# backend/target/bench-benchmarks-db, kept between runs so the data is generated once), generates
# COMPANIES companies x PER_COMPANY closed assessments, rebuilds the benchmark statistics through the
# service, gives the demo consultancy 'bright' CLIENTS active engagements, and times REQUESTS sequential
# HTTP requests of each kind with a real Keycloak token (carla.consultant@bright.example). Prints p50/p90/p99.
#   infra/bench/benchmarks.sh [COMPANIES=20000] [PER_COMPANY=5] [CLIENTS=2000] [REQUESTS=500]
# Delete backend/target/bench-benchmarks-db to generate again.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
companies=${1:-20000}
per_company=${2:-5}
clients=${3:-2000}
requests=${4:-500}

if ! curl -fsS -o /dev/null "http://localhost:${KEYCLOAK_PORT:-8180}/realms/maturity/.well-known/openid-configuration" 2>/dev/null; then
  infra/keycloak.sh start
fi
mvn -B -pl backend test-compile >/dev/null
mvn -B -pl backend dependency:build-classpath -DincludeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
echo "== $(java -version 2>&1 | head -1); $(nproc) CPUs; $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //')"
java -Xmx2g -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/bench-classpath.txt)" \
  io.socialmaturity.bench.PortfolioBenchmark "$root/backend/target/bench-benchmarks-db" 3338 \
  "$companies" "$per_company" "$clients" "$requests" 2>&1 | grep -v -E '^\s*(at |SLF4J)' | grep -E -v 'DEBUG|TRACE'
