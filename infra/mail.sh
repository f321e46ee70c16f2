#!/usr/bin/env bash
# A local mail catcher for development and the browser tests: GreenMail standalone (from Maven Central), so
# Keycloak's invitation emails (the realm's SMTP is localhost:3025) can be read by a newcomer and by tests.
#
#   infra/mail.sh start    fetch (once, through Maven), start in the background, wait until ready
#   infra/mail.sh stop     stop it
#   infra/mail.sh status   exit 0 when it answers
#
# SMTP: localhost:3025. Web view and REST API: http://localhost:8025/ (API explorer), the messages of one
# recipient at http://localhost:8025/api/user/<email>/messages/INBOX (JSON with subject and MIME body).
# Mail lives in memory only; a restart forgets it.
set -euo pipefail

GM_VERSION=2.1.5
GM_ARTIFACT="com.icegreen:greenmail-standalone:${GM_VERSION}"
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
SMTP_PORT=${MAIL_SMTP_PORT:-3025}
API_PORT=${MAIL_API_PORT:-8025}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN_DIR=$ROOT/.run/greenmail
JAR=$RUN_DIR/greenmail-standalone-${GM_VERSION}.jar
PID_FILE=$RUN_DIR/greenmail.pid
LOG=$RUN_DIR/greenmail.log
READY_URL="http://localhost:${API_PORT}/api/service/readiness"

say() { echo "mail: $*"; }
die() { echo "mail: ERROR: $*" >&2; exit 1; }

running_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid
  pid=$(cat "$PID_FILE" 2>/dev/null || true)
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
      tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$JAR"; then
    echo "$pid"
    return 0
  fi
  rm -f "$PID_FILE"
  return 1
}

is_ready() { [ "$(curl -s -o /dev/null -m 3 -w '%{http_code}' "$READY_URL" 2>/dev/null || true)" = 200 ]; }

ensure_jar() {
  [ -f "$JAR" ] && return 0
  mkdir -p "$RUN_DIR"
  say "fetching $GM_ARTIFACT through Maven (cached in Maven's local repository after the first time)"
  if ! (cd "$RUN_DIR" && mvn -B -ntp "$DEPENDENCY_PLUGIN:copy" -Dartifact="$GM_ARTIFACT" -DoutputDirectory="$RUN_DIR" \
        >"$RUN_DIR/fetch.log" 2>&1); then
    tail -30 "$RUN_DIR/fetch.log" >&2
    die "could not fetch $GM_ARTIFACT (full output in $RUN_DIR/fetch.log)"
  fi
}

start() {
  if running_pid >/dev/null && is_ready; then
    say "already running: SMTP localhost:$SMTP_PORT, web http://localhost:$API_PORT/"
    return 0
  fi
  if is_ready; then
    say "something already answers on port $API_PORT; using it"
    return 0
  fi
  ensure_jar
  say "starting GreenMail $GM_VERSION: SMTP localhost:$SMTP_PORT, web http://localhost:$API_PORT/"
  nohup setsid java -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.smtp.hostname=127.0.0.1 \
    -Dgreenmail.api.port="$API_PORT" -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.hostname=127.0.0.1 \
    -Xmx128m -jar "$JAR" >"$LOG" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
  for _ in $(seq 1 60); do
    if is_ready; then say "ready"; return 0; fi
    running_pid >/dev/null || { tail -20 "$LOG" >&2; die "GreenMail exited"; }
    sleep 0.5
  done
  tail -20 "$LOG" >&2
  die "GreenMail did not become ready"
}

stop() {
  local pid
  if pid=$(running_pid); then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$PID_FILE"
    say "stopped"
  else
    say "not running"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if is_ready; then say "ready: http://localhost:$API_PORT/"; else say "not running"; exit 3; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
