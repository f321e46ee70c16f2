#!/usr/bin/env bash
# The run command: starts Keycloak (http://localhost:8180), builds the product if needed, and runs the
# backend with the React app at http://localhost:8080. Without JDBC_URL an embedded MariaDB keeps its
# data in MATURITY_DATA_DIR (default .run/mariadb). Ctrl-C stops the backend and Keycloak
# (KEEP_KEYCLOAK=1 leaves Keycloak running for a faster next start).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

infra/keycloak.sh start
infra/mail.sh start
if [ "${KEEP_KEYCLOAK:-0}" != 1 ]; then
  trap 'infra/keycloak.sh stop; infra/mail.sh stop' EXIT
else
  trap 'infra/mail.sh stop' EXIT
fi
infra/build.sh

export MATURITY_DATA_DIR=${MATURITY_DATA_DIR:-$root/.run/mariadb}
echo "==> starting the backend: app http://localhost:8080  API docs http://localhost:8080/swagger-ui/index.html"
echo "    mail catcher (invitation emails): http://localhost:8025/  (messages: /api/user/<email>/messages/INBOX)"
java ${JAVA_OPTS:-} -cp "backend/target/social-maturity.jar:$(cat backend/target/dev-classpath.txt)" \
  io.socialmaturity.Application
