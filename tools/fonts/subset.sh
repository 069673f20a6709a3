#!/usr/bin/env bash
# Remakes the site's display face from its npm package: Oswald 600 (SIL Open Font Licence), cut to the
# Latin letters and typographic punctuation the site writes, as woff2, with the licence beside it.
# Needs npm and fontTools with Brotli (Debian: apt-get install -y fonttools python3-brotli).
set -euo pipefail

version=5.3.0
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../src/NeverSorry.Web/wwwroot/fonts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "@fontsource/oswald@$version" >/dev/null && tar xzf fontsource-oswald-$version.tgz)

# Keep this list in step with unicode-range in wwwroot/css/site.css: other characters fall back to the system face.
unicodes="U+0020-007E,U+00A0-00FF,U+0131,U+0152-0153,U+2013-2014,U+2018-201A,U+201C-201E,U+2022,U+2026,U+2039-203A,U+20AC,U+2122"

mkdir -p "$out"
pyftsubset "$work/package/files/oswald-latin-600-normal.woff2" \
  --unicodes="$unicodes" \
  --layout-features='kern,liga,lnum,tnum,case' \
  --no-hinting --desubroutinize \
  --flavor=woff2 \
  --output-file="$out/oswald-600-latin.woff2"
cp "$work/package/LICENSE" "$out/OFL.txt"
ls -l "$out"
