#!/usr/bin/env bash
# Measures the published site against nginx serving the same page bytes as static files, in one run:
# requests per second with wrk (alternating the two servers, best of ROUNDS each), the start-up time
# to the first answer, and Lighthouse's four scores and page weight for every page (Debian's Chromium).
#   bash bench/run.sh                 # defaults: ROUNDS=3 DURATION=5 (seconds per wrk run)
#   ROUNDS=1 DURATION=3 LIGHTHOUSE=0 bash bench/run.sh
# Needs root for apt-get the first time (nginx-light, wrk, chromium); only loopback is used.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
rounds=${ROUNDS:-3}
duration=${DURATION:-5}
lighthouse=${LIGHTHOUSE:-1}
site_port=${SITE_PORT:-5401}
nginx_port=${NGINX_PORT:-5402}
pages=(/ /theatrical-run /directors-statement /press)
work=$(mktemp -d)
chmod 755 "$work" # nginx workers run as nobody and must read the pages
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

need=()
command -v nginx >/dev/null || need+=(nginx-light)
command -v wrk >/dev/null || need+=(wrk)
[[ $lighthouse == 0 || -x /usr/bin/chromium ]] || need+=(chromium)
command -v curl >/dev/null || need+=(curl)
if ((${#need[@]})); then apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; fi
if [[ $lighthouse != 0 ]]; then npm ci --prefix "$repo/bench" --no-audit --no-fund --loglevel=error >/dev/null; fi

echo "== publish"
# ReadyToRun: precompiled code, so the first answer does not wait for the JIT.
dotnet publish "$repo/src/NeverSorry.Web" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/site" --nologo -v quiet >/dev/null

echo "== start the site"
# Request logging to the console is turned down for the run, as nginx's access log is turned off.
start=$(date +%s%N)
(cd "$work/site" && exec dotnet NeverSorry.Web.dll --Content:Path="$repo/content" \
  --urls "http://127.0.0.1:$site_port" \
  --Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning) >"$work/site.log" 2>&1 &
pids+=($!)
until curl -fs -o /dev/null "http://127.0.0.1:$site_port/"; do
  if (( $(date +%s%N) - start > 30000000000 )); then cat "$work/site.log"; echo "no answer in 30 s"; exit 1; fi
  sleep 0.01
done
startup_ms=$(( ($(date +%s%N) - start) / 1000000 ))

echo "== nginx on the same bytes"
mkdir -p "$work/static" "$work/nginx"
name_of() { [[ $1 == / ]] && echo index || echo "${1#/}"; }
for page in "${pages[@]}"; do
  curl -fs "http://127.0.0.1:$site_port$page" >"$work/static/$(name_of "$page").html"
done
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  default_type text/html;
  client_body_temp_path $work/nginx;
  proxy_temp_path $work/nginx;
  fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx;
  scgi_temp_path $work/nginx;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/static;
    location = / { try_files /index.html =404; }
    location / { try_files \$uri.html =404; }
  }
}
CONF
nginx -c "$work/nginx.conf" -g 'daemon off;' &
pids+=($!)
for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/" && break; sleep 0.05; done
curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/" || { cat "$work/nginx/error.log"; echo "nginx does not serve the pages"; exit 1; }

rps() { wrk -t1 -c32 -d"${duration}s" "$1" | awk '/Requests\/sec/ { print int($2) }'; }
best() { local a=$1 b=$2; echo $(( a > b ? a : b )); }

# Warm both servers first: .NET compiles hot code again, optimised, after its first calls (tiered JIT).
for page in "${pages[@]}"; do
  wrk -t1 -c32 -d2s "http://127.0.0.1:$site_port$page" >/dev/null
  wrk -t1 -c32 -d1s "http://127.0.0.1:$nginx_port$page" >/dev/null
done

echo "== throughput: wrk -t1 -c32, ${duration}s a run, best of $rounds, alternating"
printf '%-22s %10s %10s %7s\n' page nginx site ratio
all_ok=yes
for page in "${pages[@]}"; do
  nginx_best=0 site_best=0
  for _ in $(seq 1 "$rounds"); do
    nginx_best=$(best "$nginx_best" "$(rps "http://127.0.0.1:$nginx_port$page")")
    site_best=$(best "$site_best" "$(rps "http://127.0.0.1:$site_port$page")")
  done
  ratio=$(awk -v s="$site_best" -v n="$nginx_best" 'BEGIN { printf "%.2f", s / n }')
  awk -v r="$ratio" 'BEGIN { exit !(r < 0.7) }' && all_ok=no
  printf '%-22s %10d %10d %7s\n' "$page" "$nginx_best" "$site_best" "$ratio"
done
echo "start-up: first answer ${startup_ms} ms after the process started"
css=$(grep -o '/css/site\.[a-z0-9]*\.css' "$work/static/index.html" | head -n 1)
echo "stylesheet $css: $(curl -fsI -H 'Accept-Encoding: br' "http://127.0.0.1:$site_port$css" | grep -i '^cache-control' | tr -d '\r')"

if [[ $lighthouse != 0 ]]; then
  # Lighthouse's scores vary from run to run (its guidance: take the median of several runs), so each
  # page runs LH_RUNS times and the run with the median performance score is reported.
  runs=${LH_RUNS:-3}
  echo "== Lighthouse (mobile defaults), Chromium at /usr/bin/chromium, median of $runs runs"
  printf '%-22s %5s %5s %5s %5s %9s %6s  %s\n' page perf a11y bp seo weight CLS "perf of each run"
  for page in "${pages[@]}"; do
    reports=()
    for run in $(seq 1 "$runs"); do
      out="$work/lh-$(name_of "$page")-$run.json"
      # Lighthouse now and then fails to record its trace in headless Chromium (NO_NAVSTART) and asks to
      # be run again: a failed run is said, with its reason, and tried once more.
      for attempt in 1 2; do
        CHROME_PATH=/usr/bin/chromium "$repo/bench/node_modules/.bin/lighthouse" "http://127.0.0.1:$site_port$page" \
          --quiet --output=json --output-path="$out" \
          --only-categories=performance,accessibility,best-practices,seo \
          --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
          >"$out.log" 2>&1 && { reports+=("$out"); break; }
        echo "lighthouse failed on $page (run $run, attempt $attempt):"
        tail -n 3 "$out.log" | sed 's/^/    /'
      done
    done
    ((${#reports[@]})) || { all_ok=no; continue; }
    node -e '
      const [page, ...files] = process.argv.slice(1);
      const all = files.map(f => require(f)).sort((x, y) => x.categories.performance.score - y.categories.performance.score);
      const r = all[Math.floor(all.length / 2)], c = r.categories, a = r.audits;
      const s = k => Math.round(c[k].score * 100);
      const kb = (a["total-byte-weight"].numericValue / 1024).toFixed(1) + " KB";
      console.log([page.padEnd(22), ...["performance","accessibility","best-practices","seo"].map(k => String(s(k)).padStart(5)),
        kb.padStart(9), String(a["cumulative-layout-shift"].numericValue).padStart(6),
        " " + all.map(x => Math.round(x.categories.performance.score * 100)).join(" ")].join(" "));
      for (const k of ["total-blocking-time", "largest-contentful-paint", "render-blocking-resources"])
        if (a[k].score !== null && a[k].score < 1) console.log("    " + k + ": " + (a[k].displayValue || a[k].score));
    ' "$page" "${reports[@]}"
  done
fi

[[ $all_ok == yes ]] && echo "all pages at or above 0.7 of nginx" || echo "some page below target"
