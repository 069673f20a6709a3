#!/usr/bin/env bash
# How soon a publish shows (issue 21). Publishes the site, starts it on a temporary live folder with COUNT
# generated stills (default 20 of 3000 x 2000, made by bench/make-stills) and waits until every picture file is
# made (and how long that took a file). Then, with the publish command as staff run it (it waits for the pictures and says when they are ready):
#  - PUBLISHES publishes (default 10), each changing one still's caption: the time from running publish to the
#    new caption served on /press, and to publish saying the pictures are ready (the ZIP, which holds the
#    captions, is made anew); then the size of <live>.history (du -sb);
#  - one publish replacing a still's picture: the time to the new text, to the new still shown at all (its JPEG
#    offered on /press), to all its files served (its AVIF, made last, offered on /press and fetched), and to
#    publish saying the pictures are ready.
# curl polls every 20 ms. Root (installs curl with apt when missing). PORT (default 5432), COUNT, WIDTH, HEIGHT,
# PUBLISHES; APP=…/NeverSorry.Web.dll runs that build instead of publishing one.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
port=${PORT:-5432}
count=${COUNT:-20}
publishes=${PUBLISHES:-10}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
live=$work/live
site=""
cleanup() { [[ -n $site ]] && kill "$site" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }

if [[ -n ${APP:-} ]]; then
  app_dir=$(cd "$(dirname "$APP")" && pwd)
else
  echo "== publish the site"
  dotnet publish "$repo/src/NeverSorry.Web" -c Release -o "$work/site" --nologo -v quiet >/dev/null
  app_dir=$work/site
fi
echo "== make $((count + 1)) stills of ${WIDTH:-3000} x ${HEIGHT:-2000} (the last replaces still 2 later)"
dotnet run --project "$repo/bench/make-stills" -c Release -- "$work/stills" "$((count + 1))" "${WIDTH:-3000}" "${HEIGHT:-2000}"
cp -r "$repo/content" "$live"
mkdir -p "$live/images"
for i in $(seq 1 "$count"); do cp "$work/stills/still-$i.jpg" "$live/images/"; done
python3 - "$live/film.json" "$count" <<'PY'
import json, sys
path, count = sys.argv[1], int(sys.argv[2])
film = json.load(open(path))
film["still"].update(file="images/still-1.jpg", alt="A generated bench picture.")
film["stills"] = [dict(caption=f"Bench still {i}.", credit="Generated", file=f"images/still-{i}.jpg", alt=f"Generated picture {i}.") for i in range(2, count + 1)]
json.dump(film, open(path, "w"), indent=2)
PY
(cd "$app_dir" && exec dotnet NeverSorry.Web.dll draft "$work/draft" --to "$live") >/dev/null

echo "== start the site on $count stills and wait until every picture file is made"
(cd "$app_dir" && exec dotnet NeverSorry.Web.dll --Content:Path="$live" --Pictures:CachePath="$work/cache" \
  --urls "$base" --Serilog:MinimumLevel:Default=Warning) >>"$work/site.log" 2>&1 &
site=$!
until curl -fs -o /dev/null "$base/"; do sleep 0.05; done
t0=$(date +%s%N)
# Settled when /press offers AVIF for every still and the ZIP (the AVIF sizes are made last).
until [[ $(curl -fs "$base/press" | grep -c 'type="image/avif"') -ge $count ]] && curl -fs "$base/press" | grep -q 'stills.zip'; do sleep 0.5; done
settle_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
made=$(find "$work/cache" -maxdepth 1 -type f ! -name '*.verified' ! -name 'card-*.png' | wc -l)
echo "every file made $settle_ms ms after the start: $made files (typographic cards aside), $((settle_ms / made)) ms a file"

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
caption() { # caption <still number> <text>: changes a still's caption in the working copy
  python3 - "$work/draft/film.json" "$1" "$2" <<'PY'
import json, sys
path, number, text = sys.argv[1], int(sys.argv[2]), sys.argv[3]
film = json.load(open(path))
film["stills"][number - 2]["caption"] = text
json.dump(film, open(path, "w"), indent=2)
PY
}
# publish_and_time <marker>: runs publish in the background; sets text_ms (when /press shows <marker>) and
# done_ms (when publish exits, having said the pictures are ready); its output is in $work/publish.txt.
publish_and_time() {
  local start pid
  start=$(date +%s%N)
  (cd "$app_dir" && exec dotnet NeverSorry.Web.dll publish "$work/draft" --to "$live" --Pictures:CachePath="$work/cache") >"$work/publish.txt" 2>&1 &
  pid=$!
  until curl -fs "$base/press" | grep -qF "$1"; do sleep 0.02; done
  text_ms=$(ms "$start")
  wait "$pid"
  done_ms=$(ms "$start")
}

echo "== $publishes publishes, each changing one still's caption"
rm -rf "$live.history"
texts=()
dones=()
for n in $(seq 1 "$publishes"); do
  still=$(( (n - 1) % (count - 1) + 2 ))
  caption "$still" "Bench still $still, caption $n."
  publish_and_time "Bench still $still, caption $n."
  texts+=("$text_ms")
  dones+=("$done_ms")
  echo "publish $n (still $still): text served after $text_ms ms; publish done after $done_ms ms: $(grep '^Pictures:' "$work/publish.txt" | tail -1)"
done
stats() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "median %d ms, min %d, max %d", v[int((NR + 1) / 2)], v[1], v[NR] }'; }
echo "text served: $(stats "${texts[@]}")"
echo "publish done (pictures ready): $(stats "${dones[@]}")"
history_bytes=$(du -sb "$live.history" | cut -f1)
echo "history after $publishes publishes: $history_bytes bytes ($(awk -v b="$history_bytes" 'BEGIN { printf "%.1f MB", b / 1048576 }'), $(find "$live.history/versions" -name "*.json" | wc -l) versions; the live folder is $(du -sb "$live/" | cut -f1) bytes)"

echo "== one publish replacing still 2's picture"
old=$(curl -fs "$base/press" | grep -o '/pictures/still-2-640\.[0-9a-f]*\.jpg' | head -1 || true)
old_avif=$(curl -fs "$base/press" | grep -o '/pictures/still-2-640\.[0-9a-f]*\.avif' | head -1 || true)
cp "$work/stills/still-$((count + 1)).jpg" "$work/draft/images/still-2.jpg"
caption 2 "Bench still 2, a new picture."
start=$(date +%s%N)
(cd "$app_dir" && exec dotnet NeverSorry.Web.dll publish "$work/draft" --to "$live" --Pictures:CachePath="$work/cache") >"$work/publish.txt" 2>&1 &
pid=$!
until curl -fs "$base/press" | grep -qF "Bench still 2, a new picture."; do sleep 0.02; done
text_ms=$(ms "$start")
until new=$(curl -fs "$base/press" | grep -o '/pictures/still-2-640\.[0-9a-f]*\.jpg' | head -1) && [[ -n $new && $new != "$old" ]]; do sleep 0.02; done
shown_ms=$(ms "$start")
until avif=$(curl -fs "$base/press" | grep -o '/pictures/still-2-640\.[0-9a-f]*\.avif' | head -1) && [[ -n $avif && $avif != "$old_avif" ]] \
  && curl -fs -o /dev/null "$base$avif"; do sleep 0.02; done
all_ms=$(ms "$start")
wait "$pid"
done_ms=$(ms "$start")
cat "$work/publish.txt"
echo "text served after $text_ms ms; the new still shown (JPEG) after $shown_ms ms; all its files served (AVIF) after $all_ms ms; publish done after $done_ms ms"
