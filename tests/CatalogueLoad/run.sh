#!/usr/bin/env bash
# Repeatable load on the catalogue and a module page, run by hand (not in CI):
#   tests/CatalogueLoad/run.sh
# Publishes the app, starts it on a fresh SQLite data folder, signs in as the first administrator
# (sign_in.py), then drives each page with wrk for 20 s at 1 and at 8 connections and prints the
# transfer size, median and p95. Needs wrk (apt-get install wrk) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=5099
out=$(mktemp -d) data=$(mktemp -d)
dotnet publish -c Release -o "$out" src/SmartPolicingLms.Web >/dev/null
Data__Path="$data" Curricula__Path="$PWD/curricula" setsid dotnet "$out/SmartPolicingLms.Web.dll" --urls "http://127.0.0.1:$port" >"$data/log" 2>&1 &
app=$!
trap 'kill -- -$app 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$port/health" >/dev/null; do sleep 0.5; done
cookie=$(LMS_BASE="http://127.0.0.1:$port" LMS_DATA="$data" python3 tests/CatalogueLoad/sign_in.py | tail -1)
script=$(mktemp --suffix=.lua)
cat >"$script" <<LUA
wrk.headers["Cookie"] = "$cookie"
wrk.headers["Accept-Encoding"] = "gzip, br"
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("  %d requests, %d errors, median %.2f ms, p95 %.2f ms\n",
    summary.requests, errors, latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
LUA
for page in catalogue catalogue/ghana-police-recruit-hiv/versions/1/modules/hiv-stigma-gender-violence; do
  url="http://127.0.0.1:$port/$page"
  curl -s -o /dev/null -w "/$page: status %{http_code}, %{size_download} bytes as sent\n" -H "Cookie: $cookie" -H "Accept-Encoding: gzip, br" "$url"
  wrk -t1 -c1 -d5s -s "$script" "$url" >/dev/null   # warm-up
  echo " 1 connection:";  wrk -t1 -c1 -d20s -s "$script" "$url" | tail -1
  echo " 8 connections:"; wrk -t2 -c8 -d20s -s "$script" "$url" | tail -1
done
