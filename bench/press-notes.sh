#!/usr/bin/env bash
# How long the press notes (PDF) take to write and how big they are (issue 24): the repository's content as it
# is (no pictures), then with 4 generated stills (bench/make-stills, 4000 × 2667) named in film.json. Prints the
# worker's log line (bytes, milliseconds: the PDF job alone, after the JPEG sizes it prints) and the size served.
#   bash bench/press-notes.sh                   # PORT=5442
#   APP=src/NeverSorry.Web/bin/Release/net10.0/NeverSorry.Web.dll bash bench/press-notes.sh   # skip the publish
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
port=${PORT:-5442}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
site=""
cleanup() { [[ -n $site ]] && kill "$site" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }

if [[ -n ${APP:-} ]]; then
  app=$(cd "$(dirname "$APP")" && pwd)/$(basename "$APP")
else
  dotnet publish "$repo/src/NeverSorry.Web" -c Release -o "$work/site" --nologo -v quiet >/dev/null
  app=$work/site/NeverSorry.Web.dll
fi

measure() {
  local name=$1 content=$2
  (cd "$(dirname "$app")" && exec dotnet "$app" --Content:Path="$content" --Pictures:CachePath="$work/cache-$name" --urls "$base" \
    --Serilog:MinimumLevel:Default=Warning --Serilog:MinimumLevel:Override:NeverSorry.Web.Live.PictureWorker=Information) >"$work/$name.log" 2>&1 &
  site=$!
  for _ in $(seq 1 900); do curl -fs -o "$work/$name.pdf" "$base/pictures/press-notes.pdf" && break; sleep 0.2; done
  [[ -s $work/$name.pdf ]] || { cat "$work/$name.log"; echo "no press notes after 180 s"; exit 1; }
  sleep 1
  echo "== $name: $(grep -o 'The press notes .*' "$work/$name.log" | head -1)"
  echo "   served: $(stat -c %s "$work/$name.pdf") bytes"
  kill "$site"; wait "$site" 2>/dev/null || true; site=""
}

cp -r "$repo/content" "$work/plain"
measure "repository-content" "$work/plain"

cp -r "$repo/content" "$work/stills"
dotnet run --project "$repo/bench/make-stills" -c Release -- "$work/stills/images" 4 4000 2667 >/dev/null
python3 - "$work/stills" <<'PY'
import json, sys
folder = sys.argv[1]
film = json.load(open(f"{folder}/film.json"))
film["still"].update(file="images/still-1.jpg", alt="A generated bench picture.")
film["stills"] = [dict(caption=f"Bench still {i}.", credit="Generated for the bench", file=f"images/still-{i}.jpg", alt=f"Generated picture {i}.") for i in (2, 3, 4)]
json.dump(film, open(f"{folder}/film.json", "w"), indent=2)
PY
measure "four-stills" "$work/stills"
