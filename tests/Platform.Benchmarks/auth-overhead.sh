#!/usr/bin/env bash
# Cost of authentication: the same GET (one row from the probe plugin's SQLite database) served anonymously and
# with a bearer token from the client credentials flow, plus the token endpoint itself, all with wrk over loopback.
# Prints requests/sec (median of ROUNDS alternating runs) and the ratio authenticated / anonymous (target >= 0.85).
#
#   tests/Platform.Benchmarks/auth-overhead.sh
#   ROUNDS=3 DURATION=10s CONNECTIONS=32 THREADS=2 tests/Platform.Benchmarks/auth-overhead.sh
set -euo pipefail
rounds="${ROUNDS:-3}" duration="${DURATION:-10s}" connections="${CONNECTIONS:-32}" threads="${THREADS:-2}"
port="${HOST_PORT:-5313}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install -y wrk)" >&2; exit 1; }
cd "$root"

echo "== building (Release)"
dotnet build host/Platform.Host/Platform.Host.csproj -c Release -m:1 -nologo -v:q -clp:ErrorsOnly >/dev/null
dotnet build tests/Fixtures/Fixture.Probe/Fixture.Probe.csproj -c Release -m:1 -nologo -v:q -clp:ErrorsOnly >/dev/null

work="$(mktemp -d)"
host_pid=""
cleanup() {
  [ -n "$host_pid" ] && kill -TERM "$host_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/plugins"
cp -r artifacts/test-plugins/Release/probe "$work/plugins/"
host=(dotnet host/Platform.Host/bin/Release/net10.0/Platform.Host.dll)
settings=(--Platform:Plugins:Paths:0="$work/plugins" --Platform:DataDirectory="$work/data" --Platform:Identity:RequireHttps=false)

echo "== registering a client granted probe.read"
created="$("${host[@]}" clients create --id bench --name "Benchmark client" --scope probe.read "${settings[@]}")"
secret="$(awk '/^client_secret:/ { print $2 }' <<<"$created")"

echo "== starting the host"
"${host[@]}" "${settings[@]}" --urls "http://127.0.0.1:$port" >"$work/host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break
  sleep 0.1
done
curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" || { echo "host never became ready:" >&2; cat "$work/host.log" >&2; exit 1; }

token_url="http://127.0.0.1:$port/connect/token"
token_body="grant_type=client_credentials&client_id=bench&client_secret=$secret&scope=probe.read"
token="$(curl -sf -d "$token_body" "$token_url" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')"
anonymous_url="http://127.0.0.1:$port/api/probe/public/items/01990000-0000-7000-8000-000000000001"
secure_url="http://127.0.0.1:$port/api/probe/items/01990000-0000-7000-8000-000000000001"

# Both reads must answer the same body, and the protected one must refuse a caller without the token.
anonymous_body="$(curl -sf "$anonymous_url")"
secure_body="$(curl -sf -H "Authorization: Bearer $token" "$secure_url")"
[ "$anonymous_body" = "$secure_body" ] || { echo "bodies differ: $anonymous_body / $secure_body" >&2; exit 1; }
refused="$(curl -s -o /dev/null -w '%{http_code}' "$secure_url")"
[ "$refused" = "401" ] || { echo "the protected read answered $refused without a token" >&2; exit 1; }
echo "read: $secure_body"

cat >"$work/token.lua" <<LUA
wrk.method = "POST"
wrk.body = "$token_body"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
LUA

# Prints requests/sec; fails on any non-2xx answer or socket error.
load() {
  local out
  out="$(wrk -t"$threads" -c"$connections" -d"$1" "${@:2}")"
  if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then echo "$out" >&2; exit 1; fi
  awk '/Requests\/sec/ { print $2 }' <<<"$out"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "== warm-up (5s each)"
load 5s "$anonymous_url" >/dev/null
load 5s -H "Authorization: Bearer $token" "$secure_url" >/dev/null
load 5s -s "$work/token.lua" "$token_url" >/dev/null

echo "== measuring: wrk -t$threads -c$connections -d$duration, $rounds alternating rounds; load average $(cut -d' ' -f1-3 /proc/loadavg)"
anonymous_runs=() secure_runs=() token_runs=()
for round in $(seq 1 "$rounds"); do
  anonymous_runs+=("$(load "$duration" "$anonymous_url")")
  secure_runs+=("$(load "$duration" -H "Authorization: Bearer $token" "$secure_url")")
  token_runs+=("$(load "$duration" -s "$work/token.lua" "$token_url")")
  echo "round $round: anonymous ${anonymous_runs[-1]}, authenticated ${secure_runs[-1]}, token endpoint ${token_runs[-1]} req/s"
done
anonymous="$(printf '%s\n' "${anonymous_runs[@]}" | median)"
secure="$(printf '%s\n' "${secure_runs[@]}" | median)"
tokens="$(printf '%s\n' "${token_runs[@]}" | median)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| Request | requests/sec (median) |"
echo "|---|---:|"
echo "| GET, anonymous | $anonymous |"
echo "| GET, bearer token (client credentials), permission probe.read | $secure |"
echo "| POST /connect/token (client credentials) | $tokens |"
awk -v s="$secure" -v a="$anonymous" 'BEGIN { r = s / a; printf "\nratio authenticated / anonymous = %.2f (target >= 0.85: %s)\n", r, (r >= 0.85 ? "met" : "MISSED") }'
