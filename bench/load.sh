#!/usr/bin/env bash
# The sustained load test: the published site under wrk -t2 -c256 for DURATION seconds, rotating over the
# four pages, while a content file is edited (1/4 of the run), broken (1/2) and restored (3/4) in a
# copy of content/. Prints the requests, requests/s, every answer other than 200 by status, latency
# p50/p99, the site's resident memory before, every SAMPLE seconds (default 5) and after, and `load: PASS`
# or `load: FAIL <why>` (an answer other than 200, the wrong health, or RSS grown by more than 20%).
#   bash bench/load.sh                # defaults: DURATION=60 SITE_PORT=5421
#   DURATION=20 bash bench/load.sh
# Needs root for apt-get the first time (wrk, curl); only loopback is used.
set -euo pipefail
duration=${DURATION:-60}
site_port=${SITE_PORT:-5421}
source "$(dirname "$0")/site.sh"

# Every answer must be a 200: wrk's own count takes 3xx as fine, so statuses are counted here, per thread,
# and summed in done(). Defining response() makes wrk parse every answer, which slows it; that is fine.
cat >"$work/load.lua" <<'LUA'
local pages = { "/", "/theatrical-run", "/directors-statement", "/press" }
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  sent = 0
  statuses = {}
end

function request()
  sent = sent + 1
  return wrk.format("GET", pages[sent % #pages + 1])
end

function response(status, headers, body)
  if status ~= 200 then
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local total, by_status = 0, {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      by_status[status] = (by_status[status] or 0) + count
      total = total + count
    end
  end
  local parts = {}
  for status, count in pairs(by_status) do
    table.insert(parts, status .. ": " .. count)
  end
  table.sort(parts)
  print(string.format("non-2xx: %d%s", total, #parts > 0 and " (" .. table.concat(parts, ", ") .. ")" or ""))
end
LUA

# /healthz's first line is the overall status; a reload follows an edit within about a second, so this
# waits up to 5 s for the expected status. Sets `said` to what the site last said, `detail` to the rest.
health() {
  local expected=$1 body=
  for _ in $(seq 1 50); do
    body=$(curl -s --max-time 2 "$base/healthz" || true)
    [[ $(head -n 1 <<<"$body") == "$expected" ]] && break
    sleep 0.1
  done
  said=$(head -n 1 <<<"$body")
  detail=$(sed -n '3,$p' <<<"$body" | cut -c 1-160 | sed 's/^/        /')
}

echo "== warm-up: 10 s of the same load"
timeout 40 wrk -t2 -c256 -d10s -s "$work/load.lua" "$base" >/dev/null
sleep 2
rss_before=$(rss_kb)

echo "== load: wrk -t2 -c256 -d${duration}s over the four pages; edit, break and restore festivals.json"
run_start=$(date +%s%N)
# Memory over the run, not only at its ends: one RSS sample every SAMPLE seconds.
sample_rss "${SAMPLE:-5}" "$work/rss.txt" &
sampler=$!
pids+=("$sampler")
timeout $((duration + 30)) wrk -t2 -c256 -d"${duration}s" --latency -s "$work/load.lua" "$base" >"$work/wrk.txt" 2>&1 &
wrk_pid=$!
pids+=("$wrk_pid")
at_quarter() { # sleeps until quarter $1 of the run, counted from wrk's start
  local until_ns=$((run_start + duration * 250000000 * $1)) now
  now=$(date +%s%N)
  ((until_ns > now)) && sleep "$(awk -v ns=$((until_ns - now)) 'BEGIN { print ns / 1e9 }')"
  return 0
}
sequence=()
edited=no

at_quarter 1
sed 's/"Doxa Documentary Film Festival"/"DOXA Documentary Film Festival"/' "$work/festivals.original.json" >"$festivals"
for _ in $(seq 1 50); do
  [[ $(curl -s --max-time 2 "$base/" || true) == *'DOXA Documentary Film Festival'* ]] && { edited=yes; break; }
  sleep 0.1
done
health Healthy
sequence+=("$said")
echo "  1/4 edited (a festival renamed): /healthz $said; the home page shows the edit: $edited; RSS $(mb "$(rss_kb)")"

at_quarter 2
printf '{\n  "festivals": [\n    { "name": "Sundance Film Festival", "year": 2012 },\n' >"$festivals"
health Degraded
sequence+=("$said")
echo "  2/4 broken (invalid JSON): /healthz $said; RSS $(mb "$(rss_kb)")"
echo "$detail"

at_quarter 3
cp "$work/festivals.original.json" "$festivals"
health Healthy
sequence+=("$said")
echo "  3/4 restored: /healthz $said; RSS $(mb "$(rss_kb)")"

wait "$wrk_pid" || { cat "$work/wrk.txt"; echo "load: FAIL wrk did not finish"; exit 1; }
kill "$sampler" 2>/dev/null || true
sleep 2
rss_after=$(rss_kb)

out=$(cat "$work/wrk.txt")
requests=$(awk '/requests in/ { print $1 }' <<<"$out")
rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
p50=$(awk '/Latency Distribution/ { d = 1 } d && $1 == "50%" { print $2; exit }' <<<"$out")
p99=$(awk '/Latency Distribution/ { d = 1 } d && $1 == "99%" { print $2; exit }' <<<"$out")
non2xx_line=$(grep '^non-2xx:' <<<"$out" || echo "non-2xx: unknown")
non2xx=$(awk '{ print $2 }' <<<"$non2xx_line")
socket_errors=$(grep 'Socket errors' <<<"$out" | sed 's/^ *//' || true)

echo "== figures"
echo "requests: $requests in ${duration} s"
echo "requests/s: $rps"
echo "$non2xx_line"
echo "latency: p50 $p50, p99 $p99"
[[ -n $socket_errors ]] && echo "$socket_errors"
echo "health: ${sequence[*]}"
echo "RSS every ${SAMPLE:-5} s (MB): $(rss_series "$work/rss.txt")"
echo "RSS: before $(mb "$rss_before"), after $(mb "$rss_after") ($(awk -v a="$rss_after" -v b="$rss_before" \
  'BEGIN { printf "%+.1f MB, %+.1f%%", (a - b) / 1024, (a - b) * 100 / b }'))"

why=()
[[ $non2xx == 0 ]] || why+=("$non2xx_line")
# A request that got no answer at all (timeout, reset) is not a 200 either.
[[ -z $socket_errors ]] || why+=("$socket_errors")
[[ "${sequence[*]}" == "Healthy Degraded Healthy" ]] || why+=("health was ${sequence[*]}, not Healthy Degraded Healthy")
[[ $edited == yes ]] || why+=("the valid edit did not show on the home page")
# Flat memory: a leak of a few bytes a request would show as tens of MB over millions of requests.
((rss_after * 100 <= rss_before * 120)) || why+=("RSS grew by more than 20% over the run")
if ((${#why[@]})); then
  echo "-- site log (errors)"
  grep -E '\[(ERR|FTL)\]' "$work/site.log" | grep -v 'content/festivals.json' | tail -n 20 || true
  echo "load: FAIL $(IFS=';'; echo "${why[*]}")"
  exit 1
fi
echo "load: PASS"
