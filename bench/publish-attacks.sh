#!/usr/bin/env bash
# Publishing under attack (issue 22), as staff run the commands. Prints what each attack achieved:
#  swap   - ROUNDS publishes (default 20) while notes.txt in the working copy is swapped for a link to a file only
#           root may read (mode 600) at every open inotifywait sees, and flipped back and forth by a second
#           process meanwhile; then 3 publishes where strace holds the stat(2) of notes.txt that comes between
#           the check of its path and its open for 1.5 s, and the name is swapped for the link meanwhile: how
#           often that file's bytes reached live;
#  kill   - a publish killed (SIGKILL, injected by strace at the K-th rename, link, symlink, mkdir or file write),
#           for every K the publish reaches; a first publish onto a plain folder killed at each rename and at
#           the exchange: whether live was one whole version (old or new) each time, and whether the next
#           'history' left no leftovers and marked what is live;
#  full   - a publish onto a 1 MB tmpfs, and one whose first file write fails with ENOSPC (strace): exit code,
#           what it said, whether live, history and the disk were left as they were.
# Root (mount, strace, apt-get install inotify-tools strace when missing). APP=…/NeverSorry.Web.dll runs that
# build instead of publishing one; OLD_APP=…/NeverSorry.Web.dll runs the swap and kill attacks on it too.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
rounds=${ROUNDS:-20}
work=$(mktemp -d)
helpers=()
cleanup() {
  for pid in "${helpers[@]}"; do kill "$pid" 2>/dev/null || true; done
  mountpoint -q "$work/disk" 2>/dev/null && umount "$work/disk"
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
command -v inotifywait >/dev/null && command -v strace >/dev/null || { apt-get update -qq && apt-get install -y -qq inotify-tools strace >/dev/null; }

if [[ -n ${APP:-} ]]; then
  app=$APP
else
  echo "== publish the site"
  dotnet publish "$repo/src/NeverSorry.Web" -c Release -o "$work/site" --nologo -v quiet >/dev/null
  app=$work/site/NeverSorry.Web.dll
fi

# hashes <folder>: every content file (no dot names, no links) with its SHA-256, one a line, sorted.
hashes() {
  python3 - "$1" <<'PY'
import hashlib, os, sys
root = os.path.realpath(sys.argv[1])
for folder, dirs, files in os.walk(root):
    dirs[:] = sorted(d for d in dirs if not d.startswith('.') and not os.path.islink(os.path.join(folder, d)))
    for name in sorted(files):
        path = os.path.join(folder, name)
        if not name.startswith('.') and not os.path.islink(path):
            print(hashlib.sha256(open(path, 'rb').read()).hexdigest(), os.path.relpath(path, root))
PY
}
# leftovers <live>: what a stopped publish may leave, after 'history' ran; empty when none.
leftovers() {
  find "$1.history" \( -name '.building-*' -o -name '.switch-*' -o -name '.staging-*' -o -name '.incoming-*' -o -name '*.pending' -o -name '*.tmp' \) 2>/dev/null | sed "s|$1.history/||" | tr '\n' ' '
}

# fresh <name> <app>: a live folder (plain, from content/) and a working copy of it.
fresh() {
  rm -rf "$work/$1" "$work/$1.history" "$work/$1-draft"
  cp -r "$repo/content" "$work/$1"
  dotnet "$2" draft "$work/$1-draft" --to "$work/$1" >/dev/null
}

swap_attack() { # swap_attack <app>
  local app=$1 live=$work/swap draft=$work/swap-draft reached=0 published=0
  fresh swap "$app"
  echo "root's own secret, mode 600" >"$work/secret.txt"
  chmod 600 "$work/secret.txt"
  echo "a note" >"$draft/notes.txt"
  # At every open of notes.txt, swap it for a link to the secret (as the issue did), and back.
  rm -f "$work/opens"
  mkfifo "$work/opens"
  inotifywait -m -q -e open --format '%f' "$draft" >"$work/opens" 2>/dev/null &
  helpers+=($!)
  while read -r name; do
    [[ $name == notes.txt ]] && ln -sfn "$work/secret.txt" "$draft/notes.txt.link" && mv -T "$draft/notes.txt.link" "$draft/notes.txt" || true
  done <"$work/opens" &
  helpers+=($!)
  # And flip it between a file and the link as fast as a process can, for any other window.
  python3 - "$draft" "$work/secret.txt" <<'PY' &
import os, sys, time
draft, secret = sys.argv[1:]
while True:
    try:
        with open(f"{draft}/.n", "w") as f: f.write("a note\n")
        os.replace(f"{draft}/.n", f"{draft}/notes.txt")
        if os.path.lexists(f"{draft}/.l"): os.remove(f"{draft}/.l")
        os.symlink(secret, f"{draft}/.l"); os.replace(f"{draft}/.l", f"{draft}/notes.txt")
    except OSError: time.sleep(0.001)
PY
  helpers+=($!)
  for i in $(seq 1 "$rounds"); do
    echo "Round $i." >"$draft/synopsis.md"
    if dotnet "$app" publish "$draft" --to "$live" --force --no-wait >/dev/null 2>&1; then published=$((published + 1)); fi
    grep -rqs "root's own secret" "$live/" "$live.history/" && reached=$((reached + 1))
  done
  for pid in "${helpers[@]}"; do kill "$pid" 2>/dev/null || true; done
  helpers=()
  echo "swap (inotifywait and a flipper): the secret reached live or its history after $reached of $rounds publishes ($published exited 0)"
  reached=0
  for i in 1 2 3; do
    rm -f "$draft/notes.txt"
    echo "a note" >"$draft/notes.txt"
    echo "Held round $i." >"$draft/synopsis.md"
    : >"$work/trace"
    strace -f -qq -o "$work/trace" -P "$draft/notes.txt" -e trace=stat,newfstatat -e inject=stat,newfstatat:delay_enter=1500000:when=1 \
      dotnet "$app" publish "$draft" --to "$live" --force --no-wait >/dev/null 2>&1 &
    local tracer=$!
    until grep -q notes.txt "$work/trace" || ! kill -0 "$tracer" 2>/dev/null; do sleep 0.005; done
    sleep 0.2
    ln -sfn "$work/secret.txt" "$draft/.swap" && mv -T "$draft/.swap" "$draft/notes.txt"
    wait "$tracer" || true
    grep -rqs "root's own secret" "$live/" "$live.history/" && reached=$((reached + 1))
  done
  echo "swap (held between check and open): the secret reached live or its history after $reached of 3 publishes"
}

# kill_at <app> <live name> <syscall> <k>: one publish killed at the k-th <syscall>; prints one line, returns 1 once the publish ran through.
kill_at() {
  local app=$1 live=$work/$2 draft=$work/$2-draft syscall=$3 k=$4 old new state rc said marked
  # Two files change, so a publish that replaced them one by one could be stopped between them.
  echo "Killed at $syscall $k." >"$draft/synopsis.md"
  echo "Killed at $syscall $k, the statement." >"$draft/directors-statement.md"
  old=$(hashes "$live")
  new=$(hashes "$draft")
  rc=0
  strace -f -qq -o /dev/null -e trace="$syscall" -e inject="$syscall":signal=KILL:when="$k" \
    dotnet "$app" publish "$draft" --to "$live" --force --no-wait >/dev/null 2>&1 || rc=$?
  state=MIX
  [[ $(hashes "$live") == "$old" ]] && state=old
  [[ $(hashes "$live") == "$new" ]] && state=new
  said=$(dotnet "$app" history --to "$live" 2>&1 || true)
  marked=no
  grep -q '← live now' <<<"$said" && marked=yes
  printf '  %-9s %2d: exit %3s, live %s, after history: leftovers [%s], live marked %s%s\n' "$syscall" "$k" "$rc" "$state" \
    "$(leftovers "$live")" "$marked" "$(grep -q 'now recorded' <<<"$said" && echo ', the stopped version recorded' || true)"
  [[ $rc == 0 ]] && return 1 || return 0
}

kill_attack() { # kill_attack <app>
  local app=$1 k mixes=0 lines
  fresh kill "$app"
  dotnet "$app" publish "$work/kill-draft" --to "$work/kill" --force --no-wait >/dev/null 2>&1 || true
  lines=$(
    for syscall in rename link symlink mkdir pwrite64; do
      for k in $(seq 1 40); do kill_at "$app" kill "$syscall" "$k" || break; done
    done
    for syscall in rename renameat2 rmdir; do
      for k in 1 2 3 4 5 6; do
        fresh first "$app"
        kill_at "$app" first "$syscall" "$k" || break
      done
    done
  )
  echo "$lines"
  mixes=$(grep -c 'live MIX' <<<"$lines" || true)
  echo "kill: $(wc -l <<<"$lines") publishes killed at a step (the first publish onto a plain folder among them); live a mix after $mixes; with leftovers after 'history': $(grep -vc 'leftovers \[\]' <<<"$lines" || true); live not marked: $(grep -c 'marked no' <<<"$lines" || true)"
}

full_attack() {
  local live=$work/disk/live said rc before
  mkdir -p "$work/disk"
  mount -t tmpfs -o size=1m tmpfs "$work/disk"
  cp -r "$repo/content" "$live"
  dotnet "$app" draft "$work/full-draft" --to "$live" >/dev/null
  head -c 2097152 /dev/urandom >"$work/full-draft/notes.bin"
  before=$(df --output=avail -B1 "$work/disk" | tail -1)
  rc=0
  said=$(dotnet "$app" publish "$work/full-draft" --to "$live" --no-wait 2>&1) || rc=$?
  echo "full (1 MB tmpfs): exit $rc; said: $said"
  echo "  live unchanged: $([[ $(hashes "$live") == $(hashes "$repo/content") ]] && echo yes || echo NO); versions: $(ls "$live.history/versions" | wc -l); leftovers [$(leftovers "$live")]; free bytes before $before, after $(df --output=avail -B1 "$work/disk" | tail -1)"
  rm "$work/full-draft/notes.bin"
  echo "A new synopsis." >"$work/full-draft/synopsis.md"
  rc=0
  said=$(strace -f -qq -o /dev/null -e trace=pwrite64 -e inject=pwrite64:error=ENOSPC:when=1+ dotnet "$app" publish "$work/full-draft" --to "$live" --no-wait 2>&1) || rc=$?
  echo "full (ENOSPC injected at every file write): exit $rc; said: $said"
  echo "  live unchanged: $([[ $(hashes "$live") == $(hashes "$repo/content") ]] && echo yes || echo NO); leftovers [$(leftovers "$live")]"
}

echo "== this build: $app"
swap_attack "$app"
kill_attack "$app"
full_attack
if [[ -n ${OLD_APP:-} ]]; then
  echo "== the older build: $OLD_APP"
  swap_attack "$OLD_APP"
  kill_attack "$OLD_APP"
fi
