#!/usr/bin/env bash
# How many of each session's held-out programs (bench/python-agreement/sessionNN/*.py, written blind by
# that session's probe) a weft build imports: one `weft import` each, a line "sessionNN ok/total".
# With a second argument, a folder: sessionNN.refused there lists each refused program with the first
# lines of its refusal.
#
#   bench/python-agreement/held-out-counts.sh WEFT [OUT]
set -u
weft=$(readlink -f "${1:?usage: held-out-counts.sh WEFT [OUT]}")
out=${2:-}
[ -n "$out" ] && mkdir -p "$out" && out=$(readlink -f "$out")
cd "$(dirname "$0")" || exit 2
error=$(mktemp)
trap 'rm -f "$error"' EXIT
for folder in $(ls -d session[0-9]* | grep -E '^session[0-9]+$' | sort -V); do
  total=0
  imported=0
  [ -n "$out" ] && : >"$out/$folder.refused"
  for program in "$folder"/*.py; do
    [ -e "$program" ] || continue
    total=$((total + 1))
    if timeout 60 "$weft" import "$program" >/dev/null 2>"$error"; then
      imported=$((imported + 1))
    elif [ -n "$out" ]; then
      { echo "== $program"; sed -n '1,3p' "$error"; } >>"$out/$folder.refused"
    fi
  done
  echo "$folder $imported/$total"
done
