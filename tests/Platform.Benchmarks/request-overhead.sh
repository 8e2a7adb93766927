#!/usr/bin/env bash
# Request overhead: the same GET-by-id on the same SQLite row shape, served by a bare minimal-API app (EF Core +
# SQLite) and by the host through the Projects plugin with a client's bearer token (every API call needs one),
# both Release, loaded with wrk over loopback.
# Prints requests/sec of each (median of ROUNDS alternating runs) and the ratio host / bare (target >= 0.8).
#
#   tests/Platform.Benchmarks/request-overhead.sh
#   ROUNDS=3 DURATION=10s CONNECTIONS=32 THREADS=2 tests/Platform.Benchmarks/request-overhead.sh
set -euo pipefail
rounds="${ROUNDS:-3}" duration="${DURATION:-10s}" connections="${CONNECTIONS:-32}" threads="${THREADS:-2}"
host_port="${HOST_PORT:-5311}" bare_port="${BARE_PORT:-5312}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install -y wrk)" >&2; exit 1; }
cd "$root"

echo "== building (Release)"
dotnet build host/Platform.Host/Platform.Host.csproj -c Release -m:1 -nologo -v:q -clp:ErrorsOnly >/dev/null
dotnet build tests/Platform.Benchmarks.BareApp/Platform.Benchmarks.BareApp.csproj -c Release -m:1 -nologo -v:q -clp:ErrorsOnly >/dev/null

work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== starting both"
dotnet host/Platform.Host/bin/Release/net10.0/Platform.Host.dll \
  --Platform:Plugins:Paths:0="$root/artifacts/plugins/Release" --Platform:DataDirectory="$work/host-data" \
  --Platform:Identity:RequireHttps=false --urls "http://127.0.0.1:$host_port" >"$work/host.log" 2>&1 &
pids+=($!)
dotnet tests/Platform.Benchmarks.BareApp/bin/Release/net10.0/Platform.Benchmarks.BareApp.dll \
  --Bare:Database="$work/bare.db" --urls "http://127.0.0.1:$bare_port" >"$work/bare.log" 2>&1 &
pids+=($!)

wait_ready() {
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$1/health/ready" && return 0
    sleep 0.1
  done
  echo "port $1 never became ready; logs:" >&2; cat "$work"/*.log >&2; exit 1
}
wait_ready "$host_port"
wait_ready "$bare_port"

# An API client for the benchmark, registered with the host's CLI against the same data folder.
secret="$(dotnet host/Platform.Host/bin/Release/net10.0/Platform.Host.dll clients create --id bench --name Benchmark \
  --scope projects.read --scope projects.write --Platform:DataDirectory="$work/host-data" | awk '/client_secret:/ { print $2 }')"
token="$(curl -sf -d grant_type=client_credentials -d client_id=bench -d client_secret="$secret" \
  "http://127.0.0.1:$host_port/connect/token" | tr -d ' \n' | sed -E 's/.*"access_token":"([^"]+)".*/\1/')"
auth="Authorization: Bearer $token"

# The host gets its row through its API; the bare app seeded the same values itself (fixed id).
seed='{"key":"BENCH","name":"Benchmark project","description":"A project read over and over by the request benchmark."}'
created="$(curl -sf -X POST -H "$auth" -H 'content-type: application/json' -d "$seed" "http://127.0.0.1:$host_port/api/projects/projects")"
id="$(sed -E 's/.*"id":"([^"]+)".*/\1/' <<<"$created")"
host_url="http://127.0.0.1:$host_port/api/projects/projects/$id"
bare_url="http://127.0.0.1:$bare_port/projects/01990000-0000-7000-8000-000000000001"
echo "host: $(curl -sf -H "$auth" "$host_url")"
echo "bare: $(curl -sf "$bare_url")"

# Prints requests/sec; fails on any non-2xx answer or socket error. Extra arguments go to wrk (e.g. a header).
load() {
  local out
  out="$(wrk -t"$threads" -c"$connections" -d"$2" "${@:3}" "$1")"
  if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then echo "$out" >&2; exit 1; fi
  awk '/Requests\/sec/ { print $2 }' <<<"$out"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "== warm-up (5s each)"
load "$bare_url" 5s >/dev/null
load "$host_url" 5s -H "$auth" >/dev/null

echo "== measuring: wrk -t$threads -c$connections -d$duration, $rounds alternating rounds; load average $(cut -d' ' -f1-3 /proc/loadavg)"
bare_runs=() host_runs=()
for round in $(seq 1 "$rounds"); do
  bare_runs+=("$(load "$bare_url" "$duration")")
  host_runs+=("$(load "$host_url" "$duration" -H "$auth")")
  echo "round $round: bare ${bare_runs[-1]} req/s, host ${host_runs[-1]} req/s"
done
bare="$(printf '%s\n' "${bare_runs[@]}" | median)"
host="$(printf '%s\n' "${host_runs[@]}" | median)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| App | requests/sec (median) |"
echo "|---|---:|"
echo "| bare minimal API + EF Core (SQLite) | $bare |"
echo "| host, Projects plugin (SQLite), bearer token | $host |"
awk -v h="$host" -v b="$bare" 'BEGIN { r = h / b; printf "\nratio host / bare = %.2f (target >= 0.80: %s)\n", r, (r >= 0.8 ? "met" : "MISSED") }'
