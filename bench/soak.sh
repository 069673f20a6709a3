#!/usr/bin/env bash
# The reload soak: the published site under wrk -t2 -c256 for DURATION seconds over the four pages while
# festivals.json (a copy) is rewritten every EDIT_EVERY seconds, so every page is rendered and compressed
# again some fifty times. Memory that grew with each reload would climb to the end; memory that is only
# warming up levels off. Prints the requests, the answers other than 2xx, the RSS every 5 s, and
# `soak: PASS` when the last third's peak RSS is within 10% of the middle third's, the answers were all
# 2xx and the last edit shows on the home page, else `soak: FAIL <why>`.
#   bash bench/soak.sh                # defaults: DURATION=150 EDIT_EVERY=3 SITE_PORT=5422
# Needs root for apt-get the first time (wrk, curl); only loopback is used.
set -euo pipefail
duration=${DURATION:-150}
edit_every=${EDIT_EVERY:-3}
site_port=${SITE_PORT:-5422}
source "$(dirname "$0")/site.sh"

cat >"$work/pages.lua" <<'LUA'
local pages = { "/", "/theatrical-run", "/directors-statement", "/press" }
local sent = 0
function request()
  sent = sent + 1
  return wrk.format("GET", pages[sent % #pages + 1])
end
LUA

echo "== warm-up: 10 s of the same load"
timeout 40 wrk -t2 -c256 -d10s -s "$work/pages.lua" "$base" >/dev/null

echo "== soak: wrk -t2 -c256 -d${duration}s; festivals.json rewritten every ${edit_every} s"
timeout $((duration + 30)) wrk -t2 -c256 -d"${duration}s" -s "$work/pages.lua" "$base" >"$work/wrk.txt" 2>&1 &
wrk_pid=$!
pids+=("$wrk_pid")
sample_rss 5 "$work/rss.txt" &
sampler=$!
pids+=("$sampler")
edits=0
while kill -0 "$wrk_pid" 2>/dev/null; do
  edits=$((edits + 1))
  sed "s/\"Doxa Documentary Film Festival\"/\"Doxa Documentary Film Festival (edit $edits)\"/" \
    "$work/festivals.original.json" >"$festivals"
  sleep "$edit_every"
done
wait "$wrk_pid" || { cat "$work/wrk.txt"; echo "soak: FAIL wrk did not finish"; exit 1; }
kill "$sampler" 2>/dev/null || true

shown=no
for _ in $(seq 1 50); do
  [[ $(curl -s --max-time 2 "$base/" || true) == *"(edit $edits)"* ]] && { shown=yes; break; }
  sleep 0.1
done

out=$(cat "$work/wrk.txt")
non2xx=$(awk '/Non-2xx or 3xx responses/ { print $NF }' <<<"$out")
non2xx=${non2xx:-0}
socket_errors=$(grep 'Socket errors' <<<"$out" | sed 's/^ *//' || true)
# Peaks of the middle and last thirds of the samples.
read -r middle_peak last_peak < <(awk '{ rss[NR] = $1 } END {
  a = int(NR / 3); b = int(2 * NR / 3); m = 0; l = 0
  for (i = a + 1; i <= b; i++) if (rss[i] > m) m = rss[i]
  for (i = b + 1; i <= NR; i++) if (rss[i] > l) l = rss[i]
  print m, l }' "$work/rss.txt")

echo "== figures"
echo "requests: $(awk '/requests in/ { print $1 }' <<<"$out") in ${duration} s, $edits edits"
echo "non-2xx: $non2xx"
[[ -n $socket_errors ]] && echo "$socket_errors"
echo "RSS every 5 s (MB): $(rss_series "$work/rss.txt")"
echo "RSS peak: middle third $(mb "$middle_peak"), last third $(mb "$last_peak")"
echo "the last edit shows on the home page: $shown"

why=()
[[ $non2xx == 0 ]] || why+=("$non2xx answers other than 2xx")
[[ -z $socket_errors ]] || why+=("$socket_errors")
[[ $shown == yes ]] || why+=("the last edit did not show on the home page")
((last_peak * 100 <= middle_peak * 110)) || why+=("RSS still climbing: the last third's peak is over 10% above the middle third's")
if ((${#why[@]})); then
  echo "soak: FAIL $(IFS=';'; echo "${why[*]}")"
  exit 1
fi
echo "soak: PASS"
