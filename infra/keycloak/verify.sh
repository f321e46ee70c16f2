#!/usr/bin/env bash
# Smoke test of the running realm "maturity" (start it first: infra/keycloak.sh start). Checks, against
# the real server, the claims of every demo user's access token, a browser-style login on maturity-web
# (authorization code + PKCE S256), and the backend's service account on the Admin API.
# Needs curl, jq and openssl. Exit status 0 when every check passed.
set -euo pipefail

PORT=${KEYCLOAK_PORT:-8180}
BASE=http://localhost:$PORT
REALM_URL=$BASE/realms/maturity
TOKEN_URL=$REALM_URL/protocol/openid-connect/token
ADMIN=$BASE/admin/realms/maturity
PASSWORD=demo-password # development default of every demo user

for tool in curl jq openssl; do
  command -v "$tool" >/dev/null || { echo "verify: $tool is needed (apt-get install $tool)" >&2; exit 2; }
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$REALM_URL/.well-known/openid-configuration")" = 200 ] ||
  { echo "verify: realm maturity does not answer on port $PORT: run infra/keycloak.sh start" >&2; exit 2; }

failures=0
pass() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; failures=$((failures + 1)); }
check() { # description, jq filter (must print true), json
  if [ "$(jq -r "$2" <<<"$3" 2>/dev/null)" = true ]; then pass "$1"; else fail "$1 -- got: $(jq -c . <<<"$3" 2>/dev/null | cut -c1-400)"; fi
}
decode() { # the payload of a JWT
  jq -R 'split(".")[1] | gsub("-";"+") | gsub("_";"/") | . + ("=" * ((4 - length % 4) % 4)) | @base64d | fromjson'
}
password_token() { # username [scope] -> access token of maturity-cli
  local args=(-d grant_type=password -d client_id=maturity-cli -d "username=$1" -d "password=$PASSWORD")
  [ -n "${2:-}" ] && args+=(--data-urlencode "scope=$2")
  curl -s "${args[@]}" "$TOKEN_URL" | jq -r '.access_token // empty'
}
claims_of() { # username [scope] -> decoded access token claims
  local t
  t=$(password_token "$@")
  [ -n "$t" ] || { echo '{}'; return; }
  decode <<<"$t"
}

echo "== access tokens of maturity-cli (password grant, default scopes)"
common='(.aud | if type == "array" then . else [.] end | index("maturity-api") != null)
  and (.roles | type == "array") and (.email | type == "string") and (.name | type == "string")
  and (.preferred_username == .email)'
declare -A expect=(
  [anna.admin@acme.example]='.sub == "11111111-0000-4000-8000-000000000001" and (.roles | index("tenant-admin") != null) and .organization == ["acme"] and .business_function == "executive"'
  [marco.marketing@acme.example]='.sub == "11111111-0000-4000-8000-000000000002" and (.roles | index("respondent") != null) and .organization == ["acme"] and .business_function == "marketing"'
  [ivan.it@acme.example]='.sub == "11111111-0000-4000-8000-000000000003" and .organization == ["acme"] and .business_function == "it"'
  [gina.admin@globex.example]='.sub == "22222222-0000-4000-8000-000000000001" and (.roles | index("tenant-admin") != null) and .organization == ["globex"] and .business_function == "executive"'
  [giorgio.globex@globex.example]='.sub == "22222222-0000-4000-8000-000000000002" and .organization == ["globex"] and .business_function == "it"'
  [carla.consultant@bright.example]='.sub == "33333333-0000-4000-8000-000000000001" and (.roles | index("consultant") != null) and .organization == ["bright"] and (has("business_function") | not)'
  [root@platform.example]='.sub == "99999999-0000-4000-8000-000000000001" and (.roles | index("platform-admin") != null) and (has("organization") | not)'
  [olga.two@multi.example]='.sub == "eeeeeeee-0000-4000-8000-000000000001" and (has("organization") | not)'
  [gus.ghost@ghost.example]='.sub == "eeeeeeee-0000-4000-8000-000000000002" and .organization == ["ghost"]'
  [nora.noorg@example.test]='.sub == "eeeeeeee-0000-4000-8000-000000000003" and (has("organization") | not)'
)
for user in anna.admin@acme.example marco.marketing@acme.example ivan.it@acme.example gina.admin@globex.example \
    giorgio.globex@globex.example carla.consultant@bright.example root@platform.example olga.two@multi.example \
    gus.ghost@ghost.example nora.noorg@example.test; do
  c=$(claims_of "$user")
  check "$user: $(jq -c '{organization, roles, business_function}' <<<"$c")" "($common) and (${expect[$user]})" "$c"
done

echo "== a member of two organizations (olga) chooses with the scope parameter"
check 'scope organization:* -> both' '(.organization | sort) == ["acme","globex"]' "$(claims_of olga.two@multi.example 'organization:*')"
check 'scope organization:globex -> ["globex"]' '.organization == ["globex"]' "$(claims_of olga.two@multi.example organization:globex)"
check 'scope organization:bright (not a member) -> no claim' '(has("organization") | not)' "$(claims_of olga.two@multi.example organization:bright)"

echo "== id token and userinfo (anna)"
resp=$(curl -s -d grant_type=password -d client_id=maturity-cli -d username=anna.admin@acme.example \
  -d "password=$PASSWORD" -d scope=openid "$TOKEN_URL")
check 'id token has roles, organization, business_function' \
  '(.roles | index("tenant-admin") != null) and .organization == ["acme"] and .business_function == "executive"' \
  "$(jq -r .id_token <<<"$resp" | decode)"
check 'userinfo has roles, organization, business_function' \
  '(.roles | index("tenant-admin") != null) and .organization == ["acme"] and .business_function == "executive"' \
  "$(curl -s -H "Authorization: Bearer $(jq -r .access_token <<<"$resp")" "$REALM_URL/protocol/openid-connect/userinfo")"

echo "== client settings"
check 'maturity-web refuses the password grant' '.error == "unauthorized_client"' \
  "$(curl -s -d grant_type=password -d client_id=maturity-web -d username=anna.admin@acme.example -d "password=$PASSWORD" "$TOKEN_URL")"
check 'wrong password is refused' '.error == "invalid_grant"' \
  "$(curl -s -d grant_type=password -d client_id=maturity-cli -d username=anna.admin@acme.example -d password=wrong "$TOKEN_URL")"

echo "== maturity-web: authorization code + PKCE S256 through the login pages"
jar=$(mktemp)
pagefile=$(mktemp)
trap 'rm -f "$jar" "$pagefile"' EXIT
redirect=http://localhost:8080/
form_action() { grep -o '<form[^>]*action="[^"]*"' | head -1 | sed 's/.*action="\([^"]*\)".*/\1/; s/&amp;/\&/g'; }
# browser_login username scope [organization alias for the selection page] -> the token response
browser_login() {
  local user=$1 scope=$2 org=${3:-} verifier challenge page action location code="" _
  : >"$jar"
  verifier=$(openssl rand -base64 48 | tr -d '=+/\n' | cut -c1-64)
  challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | openssl base64 -A | tr '+/' '-_' | tr -d '=')
  page=$(curl -s -c "$jar" -b "$jar" -G --data-urlencode client_id=maturity-web --data-urlencode response_type=code \
    --data-urlencode "scope=$scope" --data-urlencode "redirect_uri=$redirect" --data-urlencode "code_challenge=$challenge" \
    --data-urlencode code_challenge_method=S256 --data-urlencode state=s1 "$REALM_URL/protocol/openid-connect/auth")
  # organizations enabled: a username page, a password page, then (several organizations) a selection page
  for _ in 1 2 3 4; do
    action=$(form_action <<<"$page")
    [ -n "$action" ] || break
    location=$(curl -s -c "$jar" -b "$jar" -o "$pagefile" -w '%{redirect_url}' --data-urlencode "username=$user" \
      --data-urlencode "password=$PASSWORD" ${org:+--data-urlencode "kc.org=$org"} "$action")
    page=$(cat "$pagefile")
    if [[ "$location" == "$redirect"* ]]; then
      code=$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$location")
      break
    fi
  done
  [ -n "$code" ] || { echo '{}'; return; }
  curl -s -d grant_type=authorization_code -d client_id=maturity-web -d "code=$code" \
    -d "redirect_uri=$redirect" -d "code_verifier=$verifier" "$TOKEN_URL"
}
web_claims() { local t; t=$(jq -r '.access_token // empty'); [ -n "$t" ] && decode <<<"$t" || echo '{}'; }
no_pkce=$(curl -s -o /dev/null -w '%{redirect_url}' "$REALM_URL/protocol/openid-connect/auth?client_id=maturity-web&response_type=code&scope=openid&redirect_uri=$redirect")
if [[ "$no_pkce" == *"error=invalid_request"* ]]; then pass 'a request without PKCE is refused'; else fail "a request without PKCE was not refused: $no_pkce"; fi
c=$(browser_login anna.admin@acme.example openid | web_claims)
check "anna, scope openid: $(jq -c '{azp, aud, roles, organization, business_function}' <<<"$c")" \
  "($common) and .azp == \"maturity-web\" and .organization == [\"acme\"] and (.roles | index(\"tenant-admin\") != null) and .business_function == \"executive\"" "$c"
c=$(browser_login olga.two@multi.example 'openid organization' globex | web_claims)
check "olga, scope 'openid organization', picks globex on the selection page: $(jq -c '{organization}' <<<"$c")" \
  '.organization == ["globex"]' "$c"
c=$(browser_login olga.two@multi.example openid | web_claims)
check "olga, scope openid only: no selection page, no organization claim" '(.sub | type == "string") and (has("organization") | not)' "$c"

echo "== service account of maturity-backend on the Admin API"
st=$(curl -s -d grant_type=client_credentials -d client_id=maturity-backend \
  -d client_secret=dev-only-maturity-backend-secret "$TOKEN_URL" | jq -r '.access_token // empty')
if [ -z "$st" ]; then
  fail 'client_credentials token of maturity-backend'
else
  pass 'client_credentials token of maturity-backend'
  auth=(-H "Authorization: Bearer $st")
  orgs=$(curl -s "${auth[@]}" "$ADMIN/organizations?briefRepresentation=true")
  check 'list organizations: acme, bright, ghost, globex with fixed ids' \
    '(map({(.alias): .id}) | add) == {"acme":"a0000000-0000-4000-8000-000000000001","globex":"a0000000-0000-4000-8000-000000000002","bright":"a0000000-0000-4000-8000-000000000003","ghost":"a0000000-0000-4000-8000-0000000000ee"}' "$orgs"
  acme=$(jq -r '.[] | select(.alias == "acme") | .id' <<<"$orgs")
  check 'members of acme' '(map(.username) | sort) == ["anna.admin@acme.example","ivan.it@acme.example","marco.marketing@acme.example","olga.two@multi.example"]' \
    "$(curl -s "${auth[@]}" "$ADMIN/organizations/$acme/members")"
  check 'membership check: gina is not a member of acme (404)' '. == 404' \
    "$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "$ADMIN/organizations/$acme/members/22222222-0000-4000-8000-000000000001")"
  uid=11111111-0000-4000-8000-000000000003 # ivan
  put_user() { curl -s -o /dev/null -w '%{http_code}' -X PUT "${auth[@]}" -H 'Content-Type: application/json' -d @- "$ADMIN/users/$uid"; }
  original=$(curl -s "${auth[@]}" "$ADMIN/users/$uid")
  check 'update business_function (204)' '. == 204' "$(jq '.attributes.business_function = ["sales"]' <<<"$original" | put_user)"
  check 'read it back' '.attributes.business_function == ["sales"]' "$(curl -s "${auth[@]}" "$ADMIN/users/$uid")"
  check 'an undeclared attribute is dropped' '(.attributes.tenant == null)' \
    "$(jq '.attributes.tenant = ["globex"]' <<<"$original" | put_user >/dev/null; curl -s "${auth[@]}" "$ADMIN/users/$uid")"
  check 'restore it (204)' '. == 204' "$(jq '.attributes.business_function = ["it"]' <<<"$original" | put_user)"
  check 'restored' '.attributes.business_function == ["it"]' "$(curl -s "${auth[@]}" "$ADMIN/users/$uid")"
fi

echo "== self-service: a user cannot change email or business_function"
mt=$(password_token marco.marketing@acme.example)
me=$(curl -s -H "Authorization: Bearer $mt" -H 'Accept: application/json' "$REALM_URL/account/")
check 'account API refuses a business_function change' '. == "400"' \
  "$(jq '.attributes.business_function = ["executive"]' <<<"$me" | curl -s -o /dev/null -w '%{http_code}' -X POST \
     -H "Authorization: Bearer $mt" -H 'Content-Type: application/json' -d @- "$REALM_URL/account/" | jq -R .)"
jq '.email = "marco@evil.example"' <<<"$me" | curl -s -o /dev/null -X POST -H "Authorization: Bearer $mt" \
  -H 'Content-Type: application/json' -d @- "$REALM_URL/account/" || true
check 'email unchanged after an attempt to change it' '.email == "marco.marketing@acme.example"' \
  "$(curl -s -H "Authorization: Bearer $mt" -H 'Accept: application/json' "$REALM_URL/account/")"

echo
if [ "$failures" -eq 0 ]; then echo "verify: all checks passed"; else echo "verify: $failures check(s) FAILED"; exit 1; fi
