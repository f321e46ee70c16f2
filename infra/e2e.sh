#!/usr/bin/env bash
# Browser end-to-end tests (Playwright in Debian's Chromium) against the real running product: the
# packaged backend on http://localhost:8080 (Keycloak's redirect URIs name that origin) with a fresh
# embedded database under backend/target/e2e-db, and the real Keycloak, which must be running.
# Screenshots land in frontend/target/e2e-artifacts. Arguments go to Playwright (e.g. one spec: e2e/campaign.spec.ts).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

if curl -fsS -o /dev/null http://localhost:8080/health 2>/dev/null; then
  echo "Port 8080 is already serving something: stop the running product first." >&2
  exit 1
fi
# Keycloak's invitation emails go to the mail catcher (SMTP localhost:3025); the specs read them from its REST API.
mail_started=0
if ! infra/mail.sh status >/dev/null 2>&1; then infra/mail.sh start; mail_started=1; fi
rm -rf backend/target/e2e-db
log=backend/target/e2e-backend.log
MATURITY_DATA_DIR=$root/backend/target/e2e-db MATURITY_DB_PORT=${E2E_DB_PORT:-3327} \
  java -cp "backend/target/social-maturity.jar:$(cat backend/target/dev-classpath.txt)" \
  io.socialmaturity.Application >"$log" 2>&1 &
app=$!
cleanup() {
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  if [ "$mail_started" = 1 ]; then "$root/infra/mail.sh" stop >/dev/null; fi
}
trap cleanup EXIT

for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null http://localhost:8080/health 2>/dev/null; then break; fi
  if ! kill -0 "$app" 2>/dev/null; then echo "The backend exited; its log:" >&2; tail -50 "$log" >&2; exit 1; fi
  sleep 1
done
curl -fsS -o /dev/null http://localhost:8080/health || { echo "The backend did not become healthy" >&2; tail -50 "$log" >&2; exit 1; }

cd frontend
PATH="$root/frontend/node:$PATH" E2E_BASE_URL=http://localhost:8080 npm run e2e -- "$@"
