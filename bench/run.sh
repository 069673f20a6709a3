#!/usr/bin/env bash
# Measures the site as it is deployed against nginx as it is deployed, side by side in one run:
# - the site as `dotnet publish -c Release` produces it, run in Production with its request log on (written
#   to a file, as the console of a service is);
# - nginx with `worker_processes auto`, `sendfile on`, an access log (`buffer=64k flush=1s`) and the sample
#   configuration in deploy/nginx (its security headers and Cache-Control), serving the very bytes of each page.
# Requests per second with `wrk -t1 -c32`, the two servers alternating, the median of ROUNDS runs each; the
# time from the process's start to its first answer (median of STARTS starts); the machine's load (uptime)
# before and after; then Lighthouse's four scores and page weight for every page (Debian's Chromium).
#   bash bench/run.sh                 # defaults: ROUNDS=3 DURATION=5 STARTS=3 SITE_PORT=5401 NGINX_PORT=5402
#   ROUNDS=1 DURATION=3 LIGHTHOUSE=0 bash bench/run.sh
#   SITE_DIR=/tmp/out bash bench/run.sh   # an existing publish folder instead of publishing
# The goal (issue 12): at least 0.85 of nginx's requests per second on every page, first answer within 0.5 s.
# Needs root for apt-get the first time (nginx-light and its modules, wrk, chromium); only loopback is used.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
rounds=${ROUNDS:-3}
duration=${DURATION:-5}
starts=${STARTS:-3}
lighthouse=${LIGHTHOUSE:-1}
site_port=${SITE_PORT:-5401}
nginx_port=${NGINX_PORT:-5402}
pages=(/ /theatrical-run /directors-statement /press)
work=$(mktemp -d)
chmod 755 "$work" # nginx workers run as nobody and must read the pages
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

need=()
command -v nginx >/dev/null || need+=(nginx-light)
[[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]] || need+=(libnginx-mod-http-brotli-static)
[[ -f /usr/lib/nginx/modules/ngx_http_headers_more_filter_module.so ]] || need+=(libnginx-mod-http-headers-more-filter)
command -v wrk >/dev/null || need+=(wrk)
[[ $lighthouse == 0 || -x /usr/bin/chromium ]] || need+=(chromium)
command -v curl >/dev/null || need+=(curl)
if ((${#need[@]})); then apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; fi

if [[ -n ${SITE_DIR:-} ]]; then
  site_dir=$(cd "$SITE_DIR" && pwd)
else
  echo "== publish: dotnet publish -c Release, as README.md gives it"
  dotnet publish "$repo/src/NeverSorry.Web" -c Release -o "$work/site" --nologo -v quiet >/dev/null
  site_dir=$work/site
fi
echo "load before: $(uptime | sed 's/.*load average/load average/')"

now_ns() { date +%s%N; }
# Starts the site in Production with its request log on; sets $site and $first_answer_ms.
start_site() {
  local start
  start=$(now_ns)
  (cd "$site_dir" && exec env -u ASPNETCORE_ENVIRONMENT -u DOTNET_ENVIRONMENT dotnet NeverSorry.Web.dll \
    --Content:Path="$repo/content" --urls "http://127.0.0.1:$site_port") >>"$work/site.log" 2>&1 &
  site=$!
  pids+=("$site")
  until curl -fs -o /dev/null "http://127.0.0.1:$site_port/"; do
    if (($(now_ns) - start > 30000000000)); then cat "$work/site.log"; echo "no answer in 30 s"; exit 1; fi
    sleep 0.01
  done
  first_answer_ms=$((($(now_ns) - start) / 1000000))
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "== start the site $starts times: the time to its first answer"
startup_runs=()
for i in $(seq 1 "$starts"); do
  start_site
  startup_runs+=("$first_answer_ms")
  if ((i < starts)); then kill "$site"; wait "$site" 2>/dev/null || true; fi
done
startup_ms=$(median "${startup_runs[@]}")

echo "== nginx on the same bytes, with deploy/nginx's site.conf"
name_of() { [[ $1 == / ]] && echo index.html || echo "${1#/}/index.html"; }
mkdir -p "$work/export" "$work/nginx/temp"
for page in "${pages[@]}"; do
  mkdir -p "$(dirname "$work/export/$(name_of "$page")")"
  curl -fs "http://127.0.0.1:$site_port$page" >"$work/export/$(name_of "$page")"
done
chmod -R a+rX "$work/export"
cp -r "$repo/deploy/nginx/never-sorry" "$work/nginx/"
cat >"$work/nginx/nginx.conf" <<CONF
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
load_module /usr/lib/nginx/modules/ngx_http_headers_more_filter_module.so;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  tcp_nopush on;
  access_log $work/nginx/access.log combined buffer=64k flush=1s;
  client_body_temp_path $work/nginx/temp;
  proxy_temp_path $work/nginx/temp;
  fastcgi_temp_path $work/nginx/temp;
  uwsgi_temp_path $work/nginx/temp;
  scgi_temp_path $work/nginx/temp;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/export;
    include never-sorry/site.conf;
  }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)
for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/" && break; sleep 0.05; done
for page in "${pages[@]}"; do
  cmp -s <(curl -fs "http://127.0.0.1:$nginx_port$page") <(curl -fs "http://127.0.0.1:$site_port$page") \
    || { cat "$work/nginx/error.log"; echo "nginx does not serve the site's bytes for $page"; exit 1; }
done

rps() { wrk -t1 -c32 -d"${duration}s" "$1" | awk '/Requests\/sec/ { print int($2) }'; }

# Warm both servers first: .NET compiles hot code again, optimised, after its first calls (tiered JIT).
for page in "${pages[@]}"; do
  wrk -t1 -c32 -d2s "http://127.0.0.1:$site_port$page" >/dev/null
  wrk -t1 -c32 -d1s "http://127.0.0.1:$nginx_port$page" >/dev/null
done

echo "== throughput: wrk -t1 -c32, ${duration} s a run, median of $rounds, alternating"
printf '%-22s %10s %10s %7s   %s\n' page nginx site ratio "site/nginx of each round"
all_ok=yes
for page in "${pages[@]}"; do
  nginx_runs=() site_runs=() each=()
  for _ in $(seq 1 "$rounds"); do
    n=$(rps "http://127.0.0.1:$nginx_port$page")
    s=$(rps "http://127.0.0.1:$site_port$page")
    nginx_runs+=("$n") site_runs+=("$s") each+=("$s/$n")
  done
  nginx_median=$(median "${nginx_runs[@]}") site_median=$(median "${site_runs[@]}")
  ratio=$(awk -v s="$site_median" -v n="$nginx_median" 'BEGIN { printf "%.2f", s / n }')
  awk -v r="$ratio" 'BEGIN { exit !(r < 0.85) }' && all_ok=no
  printf '%-22s %10d %10d %7s   %s\n' "$page" "$nginx_median" "$site_median" "$ratio" "${each[*]}"
done
echo "start-up: first answer $startup_ms ms after the process started (each start: ${startup_runs[*]} ms)"
((startup_ms > 500)) && all_ok=no
sleep 1.5 # nginx flushes its access log every second
echo "logs: the site wrote $(grep -c '] HTTP GET ' "$work/site.log" || true) request lines, nginx $(wc -l <"$work/nginx/access.log")"
echo "load after: $(uptime | sed 's/.*load average/load average/')"
css=$(grep -o '/css/site\.[a-z0-9]*\.css' "$work/export/index.html" | head -n 1)
echo "stylesheet $css: $(curl -fsI -H 'Accept-Encoding: br' "http://127.0.0.1:$site_port$css" | grep -i '^cache-control' | tr -d '\r')"

if [[ $lighthouse != 0 ]]; then
  bash "$repo/bench/lighthouse.sh" "http://127.0.0.1:$site_port" "${pages[@]}" || all_ok=no
fi

[[ $all_ok == yes ]] && echo "goal met: every page at 0.85 of nginx or more, first answer within 0.5 s" || echo "goal not met (0.85 of nginx on every page, first answer within 0.5 s)"
