#!/usr/bin/env bash
# Runs the scoring engine's JMH benchmark (io.socialmaturity.scoring.bench.EngineBenchmark) and
# prints its figures. Not part of the tests.
#
#   infra/bench/engine.sh [BACKEND_MODULE_DIR] [extra JMH options...]
#
# BACKEND_MODULE_DIR defaults to ../../backend relative to this script (the repository layout).
# Defaults: 1 fork, 3 warm-up and 5 measured iterations of 2 s, 1 thread, average time in ms/op,
# plus the GC profiler (allocated bytes per operation). The JVM is pinned to one CPU (BENCH_CPU,
# default 0) when taskset is available, so the figure is "one core" including JIT and GC.
# JSON results go to BACKEND_MODULE_DIR/target/jmh-engine.json.
set -euo pipefail

script_dir="$(cd "$(dirname "$0")" && pwd)"
module="${1:-$script_dir/../../backend}"
[ $# -gt 0 ] && shift
module="$(cd "$module" && pwd)"
[ -f "$module/pom.xml" ] || { echo "no pom.xml in $module" >&2; exit 2; }

echo "== compiling $module (main and test classes)"
mvn -B -f "$module/pom.xml" test-compile

classpath_file="$module/target/jmh-classpath.txt"
mvn -B -f "$module/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >/dev/null
classpath="$module/target/test-classes:$module/target/classes:$(cat "$classpath_file")"

pin=()
if command -v taskset >/dev/null 2>&1; then
  pin=(taskset -c "${BENCH_CPU:-0}")
fi

echo "== $(java -version 2>&1 | head -1); $(nproc) CPUs; $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //')"
echo "== running EngineBenchmark ${pin[*]:+pinned with: ${pin[*]}}"
"${pin[@]}" java -cp "$classpath" org.openjdk.jmh.Main 'io.socialmaturity.scoring.bench.EngineBenchmark' \
    -f 1 -wi 3 -i 5 -w 2s -r 2s -t 1 -bm avgt -tu ms -prof gc \
    -rf json -rff "$module/target/jmh-engine.json" "$@"
echo "== target: 60 questions x 200 respondents in at most 10 ms/op on one core (benchmark 'score', questions=60, respondents=200)"
