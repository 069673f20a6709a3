#!/usr/bin/env bash
# The pictures' cost (issue 13): while wrk asks for the home page (already cached), staff add COUNT large
# stills (default 20 of 6000 x 4000, 24 MP, made by bench/make-stills) to a running site. Prints the time
# until every file is made (sizes, AVIF, cards, ZIP), the process's peak memory (VmHWM), wrk's latency
# during the work, the sizes made per format, and the first-load weight of / (HTML, CSS, lead AVIF).
# Then restarts the site on the same cache and says how long it takes to have nothing left to make.
# Root (installs wrk and curl with apt when missing). PORT (default 5431), COUNT, WIDTH, HEIGHT.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
port=${PORT:-5431}
count=${COUNT:-20}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
site=""
cleanup() { [[ -n $site ]] && kill "$site" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
command -v wrk >/dev/null && command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk curl >/dev/null; }

echo "== publish, and make $count stills of ${WIDTH:-6000} x ${HEIGHT:-4000}"
dotnet publish "$repo/src/NeverSorry.Web" -c Release -o "$work/site" --nologo -v quiet >/dev/null
dotnet run --project "$repo/bench/make-stills" -c Release -- "$work/stills" "$count" "${WIDTH:-6000}" "${HEIGHT:-4000}"
cp -r "$repo/content" "$work/content"

start_site() {
  (cd "$work/site" && exec dotnet NeverSorry.Web.dll --Content:Path="$work/content" --Pictures:CachePath="$work/cache" \
    --urls "$base" --Serilog:MinimumLevel:Default=Warning) >>"$work/site.log" 2>&1 &
  site=$!
  until curl -fs -o /dev/null "$base/"; do sleep 0.05; done
}
# Done when /press offers AVIF for every still and the ZIP (the last AVIF is the last thing made).
settled() { [[ $(curl -fs "$base/press" | grep -c 'type="image/avif"') -ge $count ]] && curl -fs "$base/press" | grep -q 'stills.zip'; }

start_site
for page in / /press; do curl -fs -o /dev/null "$base$page"; done
echo "== wrk on / for 15 s with nothing to process, for comparison"
wrk -t1 -c16 -d15s --latency "$base/" | grep -E "Latency  |Requests/sec|50%|99%"
echo "peak memory (VmHWM) so far $(( $(awk '/^VmHWM/ { print $2 }' "/proc/$site/status") / 1024 )) MB"
wrk -t1 -c16 -d600s --latency "$base/" >"$work/wrk.txt" &
wrk_pid=$!
sleep 2

echo "== add the stills"
mkdir -p "$work/content/images" && cp "$work/stills"/*.jpg "$work/content/images/"
python3 - "$work/content/film.json" "$count" <<'PY'
import json, sys
path, count = sys.argv[1], int(sys.argv[2])
film = json.load(open(path))
film["still"].update(file="images/still-1.jpg", alt="A generated bench picture.")
film["stills"] = [dict(caption=f"Bench still {i}.", credit="Generated", file=f"images/still-{i}.jpg", alt=f"Generated picture {i}.") for i in range(2, count + 1)]
json.dump(film, open(path, "w"), indent=2)
PY
t0=$(date +%s%N)
until settled; do sleep 0.5; done
t1=$(date +%s%N)
kill -INT "$wrk_pid" 2>/dev/null; wait "$wrk_pid" 2>/dev/null || true
peak=$(awk '/^VmHWM/ { print $2 }' "/proc/$site/status")
echo "made every file in $(( (t1 - t0) / 1000000 )) ms; peak memory (VmHWM) $(( peak / 1024 )) MB"
echo "== wrk on / (cached) while the stills were processed"
grep -E "Latency|Requests/sec|requests in|50%|99%|Non-2xx" "$work/wrk.txt"

echo "== sizes made (bytes, all $count stills)"
for ext in jpg webp avif; do
  for w in 640 960 1280 1600 1920; do
    printf '%s %s: ' "$ext" "$w"; find "$work/cache" -name "still-*-$w.*.$ext" -printf '%s\n' | awk '{ s += $1; n++ } END { printf "%d files, mean %.0f\n", n, s / n }'
  done
done
printf 'cards: '; find "$work/cache" -name 'card-*' -printf '%s ' ; echo
printf 'zip: '; find "$work/cache" -name 'stills.*.zip' -printf '%s\n'

echo "== first load of / (compressed HTML and CSS, the lead still as AVIF at 1280 w)"
html=$(curl -fs -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$base/")
css_path=$(curl -fs "$base/" | grep -o '/css/site[^"]*\.css' | head -1)
css=$(curl -fs -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$base$css_path")
avif_path=$(curl -fs "$base/" | grep -o '/pictures/still-1-1280\.[0-9a-f]*\.avif' | head -1)
avif=$(curl -fs -o /dev/null -w '%{size_download}' "$base$avif_path")
echo "HTML $html + CSS $css + AVIF $avif = $((html + css + avif)) bytes"

echo "== restart on the same cache"
kill "$site"; wait "$site" 2>/dev/null || true
t0=$(date +%s%N); start_site
until settled; do sleep 0.05; done
echo "answering, with every file found made, $(( ($(date +%s%N) - t0) / 1000000 )) ms after the start"
