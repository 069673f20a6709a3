#!/usr/bin/env bash
# The site as a moviegoer first meets it (issue 23): the repository's content plus three generated stills
# (bench/make-stills), an engagement showing today and one coming, served by the published build. Waits
# until every picture file is made, then prints the first-load weight of / and Lighthouse's four scores for
# every page, on a phone (Lighthouse's mobile default) and on a desktop.
#   bash bench/first-screen.sh                  # LH_RUNS=3 PORT=5441
#   SITE_DIR=/tmp/published LH_RUNS=1 bash bench/first-screen.sh
#   SITE_DIR=<an older build> NEW_FIELDS=0 bash bench/first-screen.sh   # without focus, city, address, tickets
# The bench's engagements are made up and say so ("Bench Cinema", example.org): never copy them into content/.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
port=${PORT:-5441}
base="http://127.0.0.1:$port"
pages=(/ /theatrical-run /directors-statement /press)
work=$(mktemp -d)
site=""
cleanup() { [[ -n $site ]] && kill "$site" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
need=()
command -v curl >/dev/null || need+=(curl)
[[ -x /usr/bin/chromium ]] || need+=(chromium)
if ((${#need[@]})); then apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; fi

if [[ -n ${SITE_DIR:-} ]]; then
  site_dir=$(cd "$SITE_DIR" && pwd)
else
  echo "== publish: dotnet publish -c Release"
  dotnet publish "$repo/src/NeverSorry.Web" -c Release -o "$work/site" --nologo -v quiet >/dev/null
  site_dir=$work/site
fi
cp -r "$repo/content" "$work/content"
dotnet run --project "$repo/bench/make-stills" -c Release -- "$work/content/images" 3 4000 2667 >/dev/null
python3 - "$work/content" "${NEW_FIELDS:-1}" <<'PY'
import datetime, json, sys
folder, new_fields = sys.argv[1], sys.argv[2] == "1"
film = json.load(open(f"{folder}/film.json"))
film["still"].update(file="images/still-1.jpg", alt="A generated bench picture: soft coloured light and circles.", focus={"x": 0.7, "y": 0.3})
film["stills"] = [dict(caption=f"Bench still {i}.", credit="Generated for the bench", file=f"images/still-{i}.jpg", alt=f"Generated picture {i}.") for i in (2, 3)]
json.dump(film, open(f"{folder}/film.json", "w"), indent=2)
run = json.load(open(f"{folder}/theatrical-run.json"))
today = datetime.date.today()
day = lambda n: (today + datetime.timedelta(days=n)).isoformat()
run["engagements"] += [
    dict(theater="Bench Cinema", city="Springfield", address="1 Example Street, Springfield", tickets="https://tickets.example.org/bench-cinema", start=day(-3), end=day(11)),
    dict(theater="Second Bench Cinema", city="Shelbyville", tickets="https://tickets.example.org/second-bench", start=day(14), end=day(27)),
]
if not new_fields:
    film["still"].pop("focus")
    for e in run["engagements"]:
        for key in ("city", "address", "tickets"):
            e.pop(key, None)
    json.dump(film, open(f"{folder}/film.json", "w"), indent=2)
json.dump(run, open(f"{folder}/theatrical-run.json", "w"), indent=2)
PY
(cd "$site_dir" && exec dotnet NeverSorry.Web.dll --Content:Path="$work/content" --Pictures:CachePath="$work/cache" \
  --urls "$base" --Serilog:MinimumLevel:Default=Warning) >>"$work/site.log" 2>&1 &
site=$!
for _ in $(seq 1 600); do curl -fs -o /dev/null "$base/healthz/content" && break; sleep 0.2; done
curl -fs -o /dev/null "$base/healthz/content" || { cat "$work/site.log"; echo "the site did not become healthy"; exit 1; }
echo "== waiting until every picture file is made"
for _ in $(seq 1 600); do
  [[ $(curl -fs "$base/press" | grep -c 'type="image/avif"') -ge 3 ]] && curl -fs "$base/press" | grep -q 'pictures/stills\.zip' && break
  sleep 1
done

echo "== first load of / (compressed), each file as a phone (375 px, 3x) and a desktop would fetch it"
home=$(curl -fs "$base/")
html=$(curl -fs -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$base/")
echo "HTML (br): $html bytes"
for asset in $(echo "$home" | grep -oE '(href|src)="/(css|fonts|js)/[^"]+"' | sed -E 's/^(href|src)="//; s/"$//' | sort -u); do
  echo "$asset: $(curl -fs -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$base$asset") bytes"
done
echo "$home" | grep -oE 'srcset="[^"]+"' | head -3 | sed 's/^/  /'
if [[ -n ${SHOTS:-} ]]; then
  # Screenshots of the first screen, for notes: SHOTS=<folder> writes home-1280.png, home-375.png, …
  mkdir -p "$SHOTS"
  for page in / /theatrical-run /press; do
    name=$(echo "$page" | tr -d / ); name=${name:-home}
    for size in 1280,800 375,667; do
      /usr/bin/chromium --headless --no-sandbox --hide-scrollbars --window-size=$size \
        --screenshot="$SHOTS/$name-${size%,*}.png" "$base$page" >/dev/null 2>&1 || true
    done
  done
  echo "screenshots in $SHOTS"
fi
bash "$repo/bench/lighthouse.sh" "$base" "${pages[@]}"
PRESET=desktop bash "$repo/bench/lighthouse.sh" "$base" "${pages[@]}"
