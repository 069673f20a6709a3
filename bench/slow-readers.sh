#!/usr/bin/env bash
# Slow readers of the press ZIP (issue 22): the site runs under a lowered open-file limit (FD_LIMIT, default
# 4600) with STILLS large stills (default 4 of 6000 x 4000, made by bench/make-stills, so the ZIP is ~33 MB);
# COUNT clients (default 4200) ask for /pictures/stills.zip and read it RATE bytes a second (default 8) for
# HOLD seconds (default 60); a refused one asks again after RETRY ms (default 5000; 0: never). Meanwhile a
# visitor asks for / over a new connection every 100 ms. Prints what the readers were answered, the site's
# file handles (peak against the limit) and memory, how many page requests succeeded and their latency, then
# `slow-readers: PASS`, or `slow-readers: FAIL <why>` and a non-zero exit code when the site died or a page
# request failed.
#   bash bench/slow-readers.sh
#   COUNT=500 HOLD=20 APP=src/NeverSorry.Web/bin/Release/net10.0/NeverSorry.Web.dll bash bench/slow-readers.sh
#   SITE_ARGS=--Downloads:Queue=4096 bash bench/slow-readers.sh   # the worst case: every connection held
# Needs node and curl; the site runs as published in Production (or the build APP names).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
count=${COUNT:-4200}
hold=${HOLD:-60}
rate=${RATE:-8}
retry=${RETRY:-5000}
stills=${STILLS:-4}
fd_limit=${FD_LIMIT:-4600}
site_port=${SITE_PORT:-5432}
base="http://127.0.0.1:$site_port"
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }

if [[ -n ${APP:-} ]]; then
  app_dir=$(cd "$(dirname "$APP")" && pwd)
else
  echo "== publish"
  dotnet publish "$repo/src/NeverSorry.Web" -c Release -o "$work/site" --nologo -v quiet >/dev/null
  app_dir=$work/site
fi
echo "== make $stills stills of 6000 x 4000"
cp -r "$repo/content" "$work/content"
dotnet run --project "$repo/bench/make-stills" -c Release -- "$work/content/images" "$stills" 6000 4000
python3 - "$work/content/film.json" "$stills" <<'PY'
import json, sys
path, count = sys.argv[1], int(sys.argv[2])
film = json.load(open(path))
film["still"].update(file="images/still-1.jpg", alt="A generated bench picture.")
film["stills"] = [dict(caption=f"Bench still {i}.", credit="Generated", file=f"images/still-{i}.jpg", alt=f"Generated picture {i}.") for i in range(2, count + 1)]
json.dump(film, open(path, "w"), indent=2)
PY

echo "== start the site with ulimit -n $fd_limit, and wait for the ZIP"
# shellcheck disable=SC2086 # SITE_ARGS is a list of arguments
(ulimit -n "$fd_limit" && cd "$app_dir" && exec dotnet NeverSorry.Web.dll --Content:Path="$work/content" \
  --Pictures:CachePath="$work/cache" --urls "$base" --Serilog:MinimumLevel:Override:Microsoft.AspNetCore.Server.Kestrel=Information \
  ${SITE_ARGS:-}) >"$work/site.log" 2>&1 &
site=$!
pids+=("$site")
for _ in $(seq 1 600); do
  curl -fs "$base/press" 2>/dev/null | grep -q 'href="/pictures/stills.zip"' && break
  kill -0 "$site" 2>/dev/null || { tail -n 20 "$work/site.log"; echo "slow-readers: FAIL the site did not start"; exit 1; }
  sleep 1
done
zip_bytes=$(curl -fs -o /dev/null -w '%{size_download}' "$base/pictures/stills.zip")
echo "the ZIP: $((zip_bytes / 1048576)) MB"

fds() { find "/proc/$site/fd" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l; }
status_kb() { awk -v key="$1:" '$1 == key { print $2 }' "/proc/$site/status"; }
alive() { kill -0 "$site" 2>/dev/null; }
fds_before=$(fds)
rss_before=$(status_kb VmRSS)

echo "== $count slow readers of /pictures/stills.zip at $rate B/s for $hold s (a refused one asks again after $retry ms)"
ulimit -n "$(ulimit -Hn)"
per_client=2000
clients=$(((count + per_client - 1) / per_client))
left=$count
for i in $(seq 1 "$clients"); do
  n=$((left < per_client ? left : per_client))
  left=$((left - n))
  timeout $((hold + 30)) node "$repo/bench/slow-reader-client.mjs" 127.0.0.1 "$site_port" /pictures/stills.zip "$n" "$hold" "127.0.2.$i" "$rate" "$retry" \
    >"$work/client-$i.json" 2>"$work/client-$i.err" &
  pids+=($!)
  client_pids+=($!)
done

# A visitor: / over a new connection every 100 ms, 5 s at most each; and the site's handles every second.
(
  end=$((SECONDS + hold - 2))
  while ((SECONDS < end)); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 5 "$base/" || echo "000 5"
    sleep 0.1
  done
) >"$work/pages.txt" &
visitor=$!
pids+=("$visitor")
peak_fds=$fds_before
while kill -0 "$visitor" 2>/dev/null; do
  alive || break
  n=$(fds)
  ((n > peak_fds)) && peak_fds=$n
  sleep 1
done
for pid in "${client_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
wait "$visitor" 2>/dev/null || true

summary=$(cat "$work"/client-*.json | node -e '
  const lines = require("fs").readFileSync(0, "utf8").trim().split("\n").filter(Boolean).map(JSON.parse);
  const sum = k => lines.reduce((s, l) => s + l[k], 0), add = k => { const o = {}; for (const l of lines) for (const [s, n] of Object.entries(l[k])) o[s] = (o[s] ?? 0) + n; return JSON.stringify(o); };
  console.log(`${sum("requests")} requests, answered ${add("statuses")}; reading at the end ${sum("readingAtTheEnd")}, still waiting for an answer ${sum("waitingAtTheEnd")}, cut by the site while reading ${sum("cutWhileReading")}, never connected ${sum("neverConnected")}, bytes read ${sum("bytesRead")}, errors ${add("errors")}`);
' 2>/dev/null || echo "no client reported: $(cat "$work"/client-*.err)")
echo "readers: $summary"
died=no
if alive; then
  echo "site: alive; file handles before $fds_before, peak $peak_fds of $fd_limit (sampled each second), after $(fds); RSS before $((rss_before / 1024)) MB, peak $(($(status_kb VmHWM) / 1024)) MB"
else
  wait "$site" 2>/dev/null && code=0 || code=$?
  echo "site: exited with code $code; the end of its log:"
  tail -n 20 "$work/site.log" | sed 's/^/    /'
  died=yes
fi
echo "site log: $(grep -c 'Too many open files' "$work/site.log" || true) lines of 'Too many open files'," \
  "$(grep -c 'maximum number of concurrent connections' "$work/site.log" || true) connections refused at the limit"
latencies=$(awk '$1 == 200 { print $2 * 1000 }' "$work/pages.txt" | sort -n)
pages=$(echo "$latencies" | awk -v n="$(wc -l <"$work/pages.txt")" '
  NF { t[++ok] = $1 }
  END {
    if (ok == 0) { printf "0 of %d page requests answered 200", n; exit }
    printf "%d of %d page requests answered 200; latency ms p50 %.1f, p90 %.1f, p99 %.1f, max %.1f", ok, n, t[int(ok * 0.5) + 1], t[int(ok * 0.9) + 1], t[int(ok * 0.99) + 1], t[ok]
  }')
echo "pages: $pages"

why=()
[[ $died == yes ]] && why+=("the site died")
total=$(wc -l <"$work/pages.txt")
ok=$(grep -c '^200 ' "$work/pages.txt" || true)
((ok < total || total == 0)) && why+=("$((total - ok)) page requests failed")
if ((${#why[@]})); then
  echo "slow-readers: FAIL $(IFS=';'; echo "${why[*]}" | sed 's/;/; /g')"
  exit 1
fi
echo "slow-readers: PASS"
