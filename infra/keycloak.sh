#!/usr/bin/env bash
# Runs a real Keycloak server for development and tests, without Docker.
#
#   infra/keycloak.sh start   fetch (once), start in the background, wait until realm "maturity" answers
#   infra/keycloak.sh stop    stop it (TERM, then KILL after a grace period)
#   infra/keycloak.sh status  running/ready or not (exit 0 ready, 1 running but not ready, 3 not running)
#   infra/keycloak.sh reset   stop and wipe its data: the next start re-imports the realm
#   infra/keycloak.sh logs    print the end of its log (logs -f follows it)
#
# The server distribution org.keycloak:keycloak-quarkus-dist (zip) comes from Maven's configured
# repositories through `mvn dependency:copy`; Maven's local repository caches it, and it is unzipped
# into <repo>/.run/keycloak/keycloak-<version> (gitignored). The realm files infra/keycloak/*-realm.json
# are imported at start; when they changed since the H2 data was created, the data is wiped first
# (Keycloak's --import-realm skips a realm that already exists).
# The product's login and email themes, infra/keycloak/themes/, are copied into the distribution's themes/
# folder at every start (see install_themes). The product's Keycloak extension, infra/keycloak/extension (a Maven
# project of its own), is built with `mvn package` when its sources changed and its jar installed into the
# distribution's providers/ folder before Keycloak starts (see install_extension).
#
# Environment: KEYCLOAK_PORT (default 8180), KEYCLOAK_START_TIMEOUT (seconds, default 180),
# JAVA_HOME (used when it is a JDK 21+), JAVA_OPTS_KC_HEAP (default "-Xms64m -Xmx256m"),
# KEYCLOAK_RUN_DIR (default <repo>/.run/keycloak: distribution, data, log and pid; a second Keycloak beside the
# usual one, e.g. the fault test's, needs its own folder and port).
set -euo pipefail

KC_VERSION=26.7.3
KC_ARTIFACT="org.keycloak:keycloak-quarkus-dist:${KC_VERSION}:zip"
# Pinned plugin: Maven 3.8's default maven-dependency-plugin is 2.8.
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
REALM=maturity
PORT=${KEYCLOAK_PORT:-8180}
START_TIMEOUT=${KEYCLOAK_START_TIMEOUT:-180}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REALM_SRC=$ROOT/infra/keycloak
THEMES_SRC=$REALM_SRC/themes
EXTENSION_SRC=$REALM_SRC/extension
EXTENSION_JAR=social-maturity-keycloak-extension.jar
RUN_DIR=${KEYCLOAK_RUN_DIR:-$ROOT/.run/keycloak}
KC_HOME=$RUN_DIR/keycloak-$KC_VERSION
LOG=$RUN_DIR/keycloak.log
PID_FILE=$RUN_DIR/keycloak.pid
HASH_FILE=$RUN_DIR/realm.sha256
READY_URL="http://localhost:${PORT}/realms/${REALM}/.well-known/openid-configuration"

say() { echo "keycloak: $*"; }
die() { echo "keycloak: ERROR: $*" >&2; exit 1; }

# --- process helpers ----------------------------------------------------------------------------

# Prints the pid of the Keycloak started from this checkout when it is alive; removes a stale pid file.
running_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid
  pid=$(cat "$PID_FILE" 2>/dev/null || true)
  # Alive and really ours (a pid can be reused): its command line names this distribution.
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
      tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$KC_HOME"; then
    echo "$pid"
    return 0
  fi
  rm -f "$PID_FILE"
  return 1
}

http_code() { curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" 2>/dev/null || true; }
is_ready() { [ "$(http_code "$READY_URL")" = 200 ]; }
port_in_use() { [ "$(http_code "http://localhost:${PORT}/")" != 000 ]; }

# --- JDK 21+ --------------------------------------------------------------------------------------

java_major() { # $1 = path of a java binary; prints its feature version (8 for 1.8, 25 for 25.0.3)
  local v
  v=$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -1)
  [ -n "$v" ] || { echo 0; return; }
  case "$v" in
    1.*) v=${v#1.}; echo "${v%%.*}" ;;
    *) v=${v%%[.+-]*}; echo "${v:-0}" ;;
  esac
}

find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    echo "$JAVA_HOME"
    return 0
  fi
  local best="" best_major=0 dir major
  for dir in /usr/lib/jvm/*/; do
    dir=${dir%/}
    [ -L "$dir" ] && continue # Debian's aliases (e.g. default-java) point at one of the real dirs
    [ -x "$dir/bin/java" ] || continue
    major=$(java_major "$dir/bin/java")
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best=$dir
      best_major=$major
    fi
  done
  [ -n "$best" ] || return 1
  echo "$best"
}

# --- distribution -------------------------------------------------------------------------------

ensure_distribution() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return 0
  command -v mvn >/dev/null || die "Maven (mvn) is needed to fetch $KC_ARTIFACT"
  command -v unzip >/dev/null || die "unzip is needed (apt-get install unzip)"
  local dl=$RUN_DIR/download
  rm -rf "$dl" "$RUN_DIR/unzip.tmp"
  mkdir -p "$dl"
  say "fetching $KC_ARTIFACT through Maven (cached in Maven's local repository after the first time)"
  # Run outside the project so Maven does not load the reactor's pom.xml.
  if ! (cd "$dl" && mvn -B -ntp "$DEPENDENCY_PLUGIN:copy" -Dartifact="$KC_ARTIFACT" -DoutputDirectory="$dl" \
        >"$RUN_DIR/fetch.log" 2>&1); then
    tail -30 "$RUN_DIR/fetch.log" >&2
    die "could not fetch $KC_ARTIFACT (full output in $RUN_DIR/fetch.log)"
  fi
  say "unzipping into ${KC_HOME#"$ROOT"/} (the first start also runs Keycloak's build step, ~20 s)"
  mkdir -p "$RUN_DIR/unzip.tmp"
  unzip -q "$dl/keycloak-quarkus-dist-${KC_VERSION}.zip" -d "$RUN_DIR/unzip.tmp"
  mv "$RUN_DIR/unzip.tmp/keycloak-${KC_VERSION}" "$KC_HOME"
  rm -rf "$RUN_DIR/unzip.tmp" "$dl" # the zip stays in Maven's local repository
}

# The product's themes (infra/keycloak/themes/<name>/{login,email}) go into the distribution's themes/ folder,
# at every `start`, even when Keycloak already runs: start-dev caches neither themes nor templates, so an edited
# theme shows on the next page load (a changed theme.properties needs a restart).
install_themes() {
  [ -d "$THEMES_SRC" ] || return 0
  local dir name
  for dir in "$THEMES_SRC"/*/; do
    [ -d "$dir" ] || continue
    name=$(basename "$dir")
    rm -rf "$KC_HOME/themes/$name.tmp"
    cp -R "$dir" "$KC_HOME/themes/$name.tmp"
    rm -rf "$KC_HOME/themes/$name"
    mv "$KC_HOME/themes/$name.tmp" "$KC_HOME/themes/$name"
  done
}

# The product's Keycloak extension (infra/keycloak/extension: after an invitation's password step the person is
# signed in, see its README section in infra/keycloak/README.md) goes into the distribution's providers/ folder.
# It is built with Maven when its sources changed since the last build (a hash of pom.xml and src/ in the run
# folder), so a fresh clone builds it on its first start. start-dev re-runs Keycloak's build step at every start,
# so the new jar is used from the next start on; a running Keycloak keeps the old one until `stop` and `start`.
extension_hash() {
  (cd "$EXTENSION_SRC" && find pom.xml src -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -d' ' -f1)
}

install_extension() {
  [ -f "$EXTENSION_SRC/pom.xml" ] || return 0
  local hash built=$EXTENSION_SRC/target/$EXTENSION_JAR
  hash=$(extension_hash)
  if [ ! -f "$built" ] || [ "$(cat "$RUN_DIR/extension.sha256" 2>/dev/null || true)" != "$hash" ]; then
    command -v mvn >/dev/null || die "Maven (mvn) is needed to build the Keycloak extension in ${EXTENSION_SRC#"$ROOT"/}"
    say "building the Keycloak extension (${EXTENSION_SRC#"$ROOT"/}, log: ${RUN_DIR#"$ROOT"/}/extension-build.log)"
    if ! mvn -B -ntp -f "$EXTENSION_SRC/pom.xml" clean package >"$RUN_DIR/extension-build.log" 2>&1; then
      tail -30 "$RUN_DIR/extension-build.log" >&2
      die "could not build the Keycloak extension (full output in $RUN_DIR/extension-build.log)"
    fi
    echo "$hash" >"$RUN_DIR/extension.sha256"
  fi
  mkdir -p "$KC_HOME/providers"
  if ! cmp -s "$built" "$KC_HOME/providers/$EXTENSION_JAR"; then
    cp "$built" "$KC_HOME/providers/$EXTENSION_JAR.tmp"
    mv "$KC_HOME/providers/$EXTENSION_JAR.tmp" "$KC_HOME/providers/$EXTENSION_JAR"
    return 1 # changed
  fi
  return 0
}

realm_hash() {
  (cd "$REALM_SRC" && cat -- *-realm.json | sha256sum | cut -d' ' -f1)
}

# --- commands -----------------------------------------------------------------------------------

wait_ready() { # $1 = pid, $2 = start time (epoch s)
  local pid=$1 t0=$2
  while :; do
    if is_ready; then
      say "ready after $(( $(date +%s) - t0 )) s: http://localhost:${PORT}/realms/${REALM} (admin console http://localhost:${PORT}/admin/)"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      echo "---- last lines of $LOG ----" >&2
      tail -40 "$LOG" >&2 || true
      die "Keycloak exited during start-up"
    fi
    if [ $(( $(date +%s) - t0 )) -ge "$START_TIMEOUT" ]; then
      echo "---- last lines of $LOG ----" >&2
      tail -40 "$LOG" >&2 || true
      die "Keycloak (pid $pid) not ready after ${START_TIMEOUT} s; see $LOG (it is still running: infra/keycloak.sh stop)"
    fi
    sleep 1
  done
}

cmd_start() {
  local t0 pid jdk hash
  t0=$(date +%s)
  mkdir -p "$RUN_DIR"
  if pid=$(running_pid); then
    install_themes
    if ! install_extension; then
      say "the Keycloak extension changed: the running Keycloak uses it after infra/keycloak.sh stop and start"
    fi
    if is_ready; then
      say "already running (pid $pid) and ready on port $PORT"
      return 0
    fi
    say "already running (pid $pid), waiting until it is ready"
    flock -u 9
    wait_ready "$pid" "$t0"
    return 0
  fi
  if port_in_use; then
    die "port $PORT is in use by a process not started from this checkout; stop it or set KEYCLOAK_PORT"
  fi
  ls "$REALM_SRC"/*-realm.json >/dev/null 2>&1 || die "no realm file in $REALM_SRC"
  jdk=$(find_jdk) || die "Keycloak $KC_VERSION needs a JDK 21 or newer: set JAVA_HOME to one or install one under /usr/lib/jvm (none found)"
  ensure_distribution
  install_themes
  install_extension || true

  hash=$(realm_hash)
  if [ -d "$KC_HOME/data/h2" ] && [ "$(cat "$HASH_FILE" 2>/dev/null || true)" != "$hash" ]; then
    say "realm files changed since the data was created: wiping data/h2 so the realm is imported again"
    rm -rf "$KC_HOME/data/h2"
  fi
  rm -f "$HASH_FILE"
  rm -rf "$KC_HOME/data/import"
  mkdir -p "$KC_HOME/data/import"
  cp "$REALM_SRC"/*-realm.json "$KC_HOME/data/import/"

  say "starting Keycloak $KC_VERSION on port $PORT with $jdk (log: ${LOG#"$ROOT"/})"
  {
    echo
    echo "===== $(date -u '+%Y-%m-%dT%H:%M:%SZ') infra/keycloak.sh start (port $PORT) ====="
  } >>"$LOG"
  # DEVELOPMENT DEFAULTS: the master realm's bootstrap administrator admin/admin. Never use them outside
  # a developer machine or CI.
  # setsid: its own session, so a Ctrl-C in the calling terminal does not reach it (stop does).
  JAVA_HOME="$jdk" \
  JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx256m}" \
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
    nohup setsid "$KC_HOME/bin/kc.sh" start-dev --http-port "$PORT" --import-realm \
    </dev/null >>"$LOG" 2>&1 9>&- &
  pid=$!
  echo "$pid" >"$PID_FILE"
  # Launched: let a concurrent start (it waits for readiness too) or a stop go ahead.
  flock -u 9
  wait_ready "$pid" "$t0"
  echo "$hash" >"$HASH_FILE"
}

cmd_stop() {
  local pid _
  if ! pid=$(running_pid); then
    say "not running"
    return 0
  fi
  say "stopping (pid $pid)"
  # setsid made kc.sh the leader of its own process group: signal the group (kc.sh and its java).
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "still running after 30 s: KILL"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  # The java child may outlive kc.sh by a moment.
  for _ in $(seq 1 10); do
    pgrep -g "$pid" >/dev/null 2>&1 || break
    sleep 1
  done
  if pgrep -g "$pid" >/dev/null 2>&1; then
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
  say "stopped"
}

cmd_status() {
  local pid
  if pid=$(running_pid); then
    if is_ready; then
      say "running (pid $pid), ready: http://localhost:${PORT}/realms/${REALM}"
      return 0
    fi
    say "running (pid $pid), not ready (yet) on port $PORT"
    return 1
  fi
  if is_ready; then
    say "not started from this checkout, but realm $REALM answers on port $PORT"
  else
    say "not running"
  fi
  return 3
}

cmd_reset() {
  cmd_stop
  rm -rf "$KC_HOME/data" "$HASH_FILE"
  say "data wiped: the next start imports the realm afresh"
}

cmd_logs() {
  [ -f "$LOG" ] || die "no log yet ($LOG)"
  if [ "${1:-}" = "-f" ]; then
    exec tail -n 100 -F "$LOG"
  fi
  tail -n 200 "$LOG"
}

# Serialises start/stop/reset of this checkout's Keycloak on fd 9 (the server itself does not inherit it).
with_lock() {
  mkdir -p "$RUN_DIR"
  exec 9>"$RUN_DIR/.lock"
  flock 9
  "$@"
}

case "${1:-}" in
  start) with_lock cmd_start ;;
  stop) with_lock cmd_stop ;;
  reset) with_lock cmd_reset ;;
  status) cmd_status ;;
  logs) shift; cmd_logs "$@" ;;
  *)
    echo "usage: $0 start|stop|status|reset|logs [-f]" >&2
    exit 2
    ;;
esac
