#!/usr/bin/env bash
# Picture memory (issue 22, point 4): small pictures within every file limit that decode to gigabytes.
# The site runs as deployed, through its never-sorry launcher. For each kind made by bench/make-hostile, prints
#   validate: its exit code, peak memory (max RSS) and time, on a copy of content/ naming the picture;
#   site: its resident memory (VmRSS) settled before the edit (the baseline), its peak (VmHWM) once the
#   picture is added to the running site and every job is done, its VmRSS 30 s later, and what /healthz says.
# The jobs are done when the site has taken the edit (/press lists the stills, or /healthz is Degraded
# because the picture was refused) and has then used no CPU for 3 s.
# KINDS (default all ten), PORT (default 5433), SOURCE (a checkout to publish the site from, e.g. an older
# commit's, for a before/after; default this one). Needs python3 and curl; takes about 25 minutes.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
port=${PORT:-5433}
base="http://127.0.0.1:$port"
kinds=${KINDS:-"png16-interlaced webp-lossless png8 jpeg-progressive jpeg-baseline ten-png16-interlaced webp-lossy png16-interlaced-cap webp-lossless-cap jpeg-progressive-cap"}
work=$(mktemp -d)
site=""
cleanup() { [[ -n $site ]] && kill "$site" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

echo "== publish the site, build the picture maker" >&2
dotnet publish "${SOURCE:-$repo}/src/NeverSorry.Web" -c Release -o "$work/site" --nologo -v quiet >/dev/null
dotnet build "$repo/bench/make-hostile" -c Release -o "$work/maker" --nologo -v quiet >/dev/null

mb() { echo $(( $1 / 1024 )); }
status_kb() { awk -v key="$2:" '$1 == key { print $2 }' "/proc/$1/status"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# content/ with the pictures of $2 (a folder) named in film.json: the first as the lead still, the rest as stills.
name_pictures() {
  python3 - "$1/film.json" "$2" <<'PY'
import json, os, sys
path, folder = sys.argv[1], sys.argv[2]
files = sorted(os.listdir(folder))
film = json.load(open(path))
film["still"].update(file=f"images/{files[0]}", alt="A generated bench picture.")
film["stills"] = [dict(caption=f"Bench picture {i}.", credit="Generated", file=f"images/{name}", alt=f"Generated picture {i}.")
                  for i, name in enumerate(files[1:], start=2)]
json.dump(film, open(path, "w"), indent=2)
PY
}

wait_idle() {
  local last now quiet=0
  last=$(cpu_ticks "$site")
  while (( quiet < 3 )); do
    sleep 1
    now=$(cpu_ticks "$site")
    if (( now - last <= 2 )); then quiet=$((quiet + 1)); else quiet=0; fi
    last=$now
  done
}

printf '%-22s %9s | %-34s | %s\n' "picture" "file" "validate: exit, peak, time" "site: baseline, peak, 30 s after, /healthz"
for kind in $kinds; do
  pictures="$work/pictures/$kind"
  if [[ $kind == ten-* ]]; then
    dotnet "$work/maker/make-hostile.dll" "$pictures" "${kind#ten-}" 10 >/dev/null
  else
    dotnet "$work/maker/make-hostile.dll" "$pictures" "$kind" >/dev/null
  fi
  size=$(du -cb "$pictures"/* | awk 'END { printf "%.1f MB", $1 / 1048576 }')

  # (a) validate, alone, on a folder that names the pictures.
  rm -rf "$work/content" && cp -r "$repo/content" "$work/content"
  mkdir -p "$work/content/images" && cp "$pictures"/* "$work/content/images/"
  name_pictures "$work/content" "$pictures"
  t0=$(date +%s%N)
  set +e
  /usr/bin/time -f '%M' -o "$work/time.txt" "$work/site/never-sorry" validate "$work/content" >"$work/validate.txt" 2>&1
  code=$?
  set -e
  validate="exit $code, $(mb "$(tail -1 "$work/time.txt")") MB, $(( ($(date +%s%N) - t0) / 1000000 )) ms"

  # (b) the site on content/ without the pictures, then the pictures added while it runs.
  rm -rf "$work/content" "$work/cache" && cp -r "$repo/content" "$work/content"
  (exec "$work/site/never-sorry" --Content:Path="$work/content" --Pictures:CachePath="$work/cache" \
    --urls "$base" --Serilog:MinimumLevel:Default=Warning) >>"$work/site.log" 2>&1 &
  site=$!
  until curl -fs -o /dev/null "$base/"; do sleep 0.1; done
  for page in / /press /screenings /about; do curl -fs -o /dev/null "$base$page" || true; done
  wait_idle
  baseline=$(status_kb "$site" VmRSS)
  mkdir -p "$work/content/images" && cp "$pictures"/* "$work/content/images/"
  cp "$work/content/film.json" "$work/film.json" && name_pictures "$work" "$pictures" && mv "$work/film.json" "$work/content/film.json"
  until curl -fs "$base/press" | grep -q 'Stills and poster' || curl -s "$base/healthz" | head -1 | grep -q Degraded; do sleep 0.2; done
  wait_idle
  peak=$(status_kb "$site" VmHWM)
  sleep 30
  after=$(status_kb "$site" VmRSS)
  health=$(curl -s "$base/healthz" | head -1)
  kill "$site"; wait "$site" 2>/dev/null || true; site=""

  printf '%-22s %9s | %-34s | %s MB, %s MB, %s MB, %s\n' "$kind" "$size" "$validate" "$(mb "$baseline")" "$(mb "$peak")" "$(mb "$after")" "$health"
  { grep -v -e ' is valid' -e 'problem(s) found' "$work/validate.txt" || true; } | head -2 | cut -c1-240 | sed 's/^/    /'
  rm -rf "$pictures"
done
