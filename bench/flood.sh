#!/usr/bin/env bash
# The connection flood: COUNT TCP connections to the site that send nothing (SLOW=1: a request line one byte
# a second), held HOLD seconds, from loopback only, then let go. Every second it samples whether the site is
# alive, its resident memory, its open file handles (/proc/PID/fd) and whether a normal request is answered;
# after the flood it measures how soon `/` is served again. Prints the figures and `flood: PASS`, or
# `flood: FAIL <why>` and a non-zero exit code when the site died, its memory passed RSS_LIMIT_MB, its file
# handles passed FD_LIMIT, or `/` was not served within AGAIN_LIMIT_MS of the end.
#   bash bench/flood.sh                           # defaults: COUNT=25000 HOLD=45 SITE_PORT=5431
#   COUNT=2000 HOLD=10 APP=src/NeverSorry.Web/bin/Release/net10.0/NeverSorry.Web.dll bash bench/flood.sh
# Needs node (the clients), curl and wrk (installed with apt if missing); the site runs as published in
# Production, with its request log on, unless APP names a build.
set -euo pipefail
count=${COUNT:-25000}
hold=${HOLD:-45}
slow=${SLOW:-0}
site_port=${SITE_PORT:-5431}
rss_limit_mb=${RSS_LIMIT_MB:-400}
fd_limit=${FD_LIMIT:-5000}
again_limit_ms=${AGAIN_LIMIT_MS:-2000}
source "$(dirname "$0")/site.sh"

fds() { find "/proc/$site/fd" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l; }
status_kb() { awk -v key="$1:" '$1 == key { print $2 }' "/proc/$site/status"; }
alive() { kill -0 "$site" 2>/dev/null; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
probe() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/" || true; }

# Each client process may hold only as many sockets as its open-file limit allows: raise it as far as the
# hard limit lets, and spread the connections over enough processes (and loopback source addresses, so
# no one address runs out of ports).
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
per_client=$(($(ulimit -n) - 200))
((per_client > 10000)) && per_client=10000
clients=$(((count + per_client - 1) / per_client))

rss_before=$(status_kb VmRSS)
fds_before=$(fds)
echo "== flood: $count connections from $clients client(s), held ${hold} s$([[ $slow == 1 ]] && echo ', each sending a byte a second')"
client_pids=()
left=$count
for i in $(seq 1 "$clients"); do
  n=$((left < per_client ? left : per_client))
  left=$((left - n))
  timeout $((hold + 30)) node "$repo/bench/flood-client.mjs" 127.0.0.1 "$site_port" "$n" "$hold" "127.0.1.$i" "$slow" \
    >"$work/client-$i.json" 2>"$work/client-$i.err" &
  client_pids+=($!)
  pids+=($!)
done

peak_fds=$fds_before
probes=0 answered=0 died=no
while :; do
  running=no
  for pid in "${client_pids[@]}"; do kill -0 "$pid" 2>/dev/null && running=yes; done
  [[ $running == yes ]] || break
  if ! alive; then died=yes; break; fi
  n=$(fds)
  ((n > peak_fds)) && peak_fds=$n
  probes=$((probes + 1))
  [[ $(probe) == 200 ]] && answered=$((answered + 1))
  sleep 1
done
for pid in "${client_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
ended=$(now_ms)

again_ms=none
if [[ $died == no ]] && alive; then
  until [[ $(probe) == 200 ]]; do
    (($(now_ms) - ended > 30000)) && break
    alive || break
    sleep 0.05
  done
  [[ $(probe) == 200 ]] && again_ms=$(($(now_ms) - ended))
fi

summary=$(cat "$work"/client-*.json | node -e '
  const lines = require("fs").readFileSync(0, "utf8").trim().split("\n").filter(Boolean).map(JSON.parse);
  const sum = k => lines.reduce((s, l) => s + l[k], 0), errors = {};
  for (const l of lines) for (const [k, v] of Object.entries(l.errors)) errors[k] = (errors[k] ?? 0) + v;
  console.log(`opened ${sum("opened")}, held to the end ${sum("heldToTheEnd")}, closed by the site ${sum("closedByServer")}, never connected ${sum("refused")}, errors ${JSON.stringify(errors)}`);
' 2>/dev/null || echo "no client reported: $(cat "$work"/client-*.err)")
echo "clients: $summary"
if alive; then
  peak_kb=$(status_kb VmHWM)
  echo "site: RSS before $(mb "$rss_before"), peak $(mb "$peak_kb"), after $(mb "$(status_kb VmRSS)"); file handles before $fds_before, peak $peak_fds (sampled each second), after $(fds)"
else
  wait "$site" 2>/dev/null && code=0 || code=$?
  echo "site: exited with code $code; the end of its log:"
  tail -n 20 "$work/site.log" | sed 's/^/    /'
  died=yes
fi
echo "during the flood: $answered of $probes requests for / answered 200 within 2 s"
echo "after the flood: / served again $([[ $again_ms == none ]] && echo 'never (30 s)' || echo "after $again_ms ms")"
echo "site log: $(grep -c 'rejected because the maximum number of concurrent connections' "$work/site.log" || true) connections refused at the limit"

why=()
[[ $died == yes ]] && why+=("the site died")
[[ $died == no ]] && (($(status_kb VmHWM) > rss_limit_mb * 1024)) && why+=("peak RSS over ${rss_limit_mb} MB")
((peak_fds > fd_limit)) && why+=("over $fd_limit file handles")
[[ $again_ms == none ]] || ((again_ms > again_limit_ms)) && why+=("not serving within ${again_limit_ms} ms of the end")
if ((${#why[@]})); then
  echo "flood: FAIL $(IFS=';'; echo "${why[*]}" | sed 's/;/; /g')"
  exit 1
fi
echo "flood: PASS"
