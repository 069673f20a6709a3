# Shared by bench/load.sh, bench/soak.sh and bench/flood.sh (sourced, not run): installs wrk and curl,
# publishes the site into a temporary folder (or runs the build APP names, e.g.
# APP=src/NeverSorry.Web/bin/Release/net10.0/NeverSorry.Web.dll, to skip the publish) with a copy of
# content/ (the runs edit it, never the repository's own), starts it on 127.0.0.1:$site_port, and
# measures its resident memory. Everything is removed on exit.
repo=$(cd "$(dirname "$0")/.." && pwd)
base="http://127.0.0.1:$site_port"
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v curl >/dev/null || need+=(curl)
if ((${#need[@]})); then apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; fi

if [[ -n ${APP:-} ]]; then
  app_dir=$(cd "$(dirname "$APP")" && pwd)
else
  echo "== publish"
  dotnet publish "$repo/src/NeverSorry.Web" -c Release -o "$work/site" --nologo -v quiet >/dev/null
  app_dir=$work/site
fi
cp -r "$repo/content" "$work/content"
festivals="$work/content/festivals.json"
cp "$festivals" "$work/festivals.original.json"

echo "== start the site"
# As deployed: Production, its request log on (in site.log); SITE_ARGS adds settings, e.g.
# SITE_ARGS=--Kestrel:Limits:MaxConcurrentConnections=1000
start=$(date +%s%N)
# shellcheck disable=SC2086 # SITE_ARGS is a list of arguments
(cd "$app_dir" && exec dotnet NeverSorry.Web.dll --Content:Path="$work/content" --urls "$base" ${SITE_ARGS:-}) >"$work/site.log" 2>&1 &
site=$!
pids+=("$site")
until curl -fs -o /dev/null "$base/"; do
  if (($(date +%s%N) - start > 30000000000)); then cat "$work/site.log"; echo "no answer in 30 s"; exit 1; fi
  sleep 0.01
done

rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$site/status"; }
mb() { awk -v kb="$1" 'BEGIN { printf "%.1f MB", kb / 1024 }'; }
# Samples the RSS every $1 seconds into $2 until killed; the caller kills it when its run ends.
sample_rss() { while kill -0 "$site" 2>/dev/null; do rss_kb >>"$2"; sleep "$1"; done; }
# The samples of file $1 in MB, on one line.
rss_series() { awk '{ printf "%s%.0f", (NR > 1 ? " " : ""), $1 / 1024 }' "$1"; }
