#!/usr/bin/env bash
# The test command: installs what the tests need on a fresh machine (Debian's Chromium), starts the real
# Keycloak, runs every Maven test (frontend Vitest, backend tests against an embedded MariaDB and the
# real Keycloak), then the browser end-to-end tests against the running product (infra/e2e.sh), then the fault
# test (infra/fault/fault-test.sh, ~3-4 min; FAULT_TEST=0 skips it).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
start=$(date +%s)

if ! command -v chromium >/dev/null 2>&1; then
  echo "==> installing Debian's Chromium for the browser tests"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends chromium
fi

infra/keycloak.sh start
if [ "${KEEP_KEYCLOAK:-0}" != 1 ]; then
  trap 'infra/keycloak.sh stop' EXIT
fi

echo "==> mvn -B install (unit, API and Keycloak tests)"
mvn -B install
mvn -B -pl backend dependency:build-classpath -DincludeScope=provided -Dmdep.outputFile=target/dev-classpath.txt >/dev/null

echo "==> browser end-to-end tests"
infra/e2e.sh

if [ "${FAULT_TEST:-1}" != 0 ]; then
  echo "==> fault test: two replicas behind nginx, a replica, the database and Keycloak fail under load"
  mvn -B -pl backend dependency:build-classpath -DincludeScope=test -Dmdep.outputFile=target/fault-classpath.txt >/dev/null
  SKIP_BUILD=1 infra/fault/fault-test.sh
fi

echo "==> all tests passed in $(( $(date +%s) - start )) s"
