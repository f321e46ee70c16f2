#!/usr/bin/env bash
# Builds the product (frontend + backend jar) when its sources changed since the last build, and
# writes the development class path (the embedded MariaDB, which the production jar does not contain).
# Used by run.sh and test.sh. FORCE_BUILD=1 always rebuilds.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

jar=backend/target/social-maturity.jar
devcp=backend/target/dev-classpath.txt
stale=${FORCE_BUILD:-0}
if [ ! -f "$jar" ] || [ ! -f "$devcp" ]; then
  stale=1
elif [ -n "$(find pom.xml backend/pom.xml backend/src backend/openapi.properties frontend/pom.xml frontend/src \
      frontend/index.html frontend/package.json frontend/package-lock.json -newer "$jar" -print -quit 2>/dev/null)" ]; then
  stale=1
fi
if [ "$stale" = 1 ]; then
  echo "==> building (mvn -B -DskipTests install)"
  mvn -B -DskipTests install
  mvn -B -pl backend dependency:build-classpath -DincludeScope=provided -Dmdep.outputFile=target/dev-classpath.txt >/dev/null
fi
