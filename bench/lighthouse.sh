#!/usr/bin/env bash
# Lighthouse's four scores, page weight and CLS for pages of a running site, with Debian's Chromium.
#   bash bench/lighthouse.sh http://127.0.0.1:5401 / /press       # mobile (Lighthouse's default)
#   PRESET=desktop LH_RUNS=1 bash bench/lighthouse.sh http://127.0.0.1:5401 /
# Lighthouse's scores vary from run to run (its guidance: take the median of several runs), so each page runs
# LH_RUNS times (default 3) and the run with the median performance score is reported. Exits 1 when a page
# could not be measured. Installs Lighthouse from bench/package.json the first time (npm).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
base=$1; shift
runs=${LH_RUNS:-3}
preset=${PRESET:-mobile}
[[ -x $repo/bench/node_modules/.bin/lighthouse ]] || npm ci --prefix "$repo/bench" --no-audit --no-fund --loglevel=error >/dev/null
out_dir=$(mktemp -d)
trap 'rm -rf "$out_dir"' EXIT
preset_flag=()
[[ $preset == desktop ]] && preset_flag=(--preset=desktop)
failed=no
echo "== Lighthouse ($preset), Chromium at /usr/bin/chromium, median of $runs runs"
printf '%-22s %5s %5s %5s %5s %9s %6s  %s\n' page perf a11y bp seo weight CLS "perf of each run"
for page in "$@"; do
  reports=()
  for run in $(seq 1 "$runs"); do
    out="$out_dir/lh-$(echo "$page" | tr / _)-$run.json"
    # Lighthouse now and then fails to record its trace in headless Chromium (NO_NAVSTART) and asks to
    # be run again: a failed run is said, with its reason, and tried once more.
    for attempt in 1 2; do
      CHROME_PATH=/usr/bin/chromium "$repo/bench/node_modules/.bin/lighthouse" "$base$page" "${preset_flag[@]}" \
        --quiet --output=json --output-path="$out" \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
        >"$out.log" 2>&1 && { reports+=("$out"); break; }
      echo "lighthouse failed on $page (run $run, attempt $attempt):"
      tail -n 3 "$out.log" | sed 's/^/    /'
    done
  done
  ((${#reports[@]})) || { failed=yes; continue; }
  node -e '
    const [page, ...files] = process.argv.slice(1);
    const all = files.map(f => require(f)).sort((x, y) => x.categories.performance.score - y.categories.performance.score);
    const r = all[Math.floor(all.length / 2)], c = r.categories, a = r.audits;
    const s = k => Math.round(c[k].score * 100);
    const kb = (a["total-byte-weight"].numericValue / 1024).toFixed(1) + " KB";
    console.log([page.padEnd(22), ...["performance","accessibility","best-practices","seo"].map(k => String(s(k)).padStart(5)),
      kb.padStart(9), String(a["cumulative-layout-shift"].numericValue).padStart(6),
      " " + all.map(x => Math.round(x.categories.performance.score * 100)).join(" ")].join(" "));
    for (const k of ["total-blocking-time", "largest-contentful-paint", "render-blocking-resources", "uses-responsive-images"])
      if (a[k] && a[k].score !== null && a[k].score < 1) console.log("    " + k + ": " + (a[k].displayValue || a[k].score));
    for (const [k, v] of Object.entries(c))
      for (const ref of v.auditRefs) { const au = a[ref.id]; if (ref.weight > 0 && au.score !== null && au.score < 1) console.log("    " + k + " lost on " + ref.id + ": " + au.title); }
    if (page === "/") for (const i of a["network-requests"].details.items) console.log("    " + String(i.transferSize).padStart(8) + " B  " + i.url);
  ' "$page" "${reports[@]}"
done
[[ $failed == no ]]
