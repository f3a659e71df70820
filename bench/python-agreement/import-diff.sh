#!/usr/bin/env bash
# Compares what two weft builds make of the Python programs under bench/python-agreement: `weft import`
# of each, stdout, stderr and exit status together. Prints "CHANGED PATH" for each program whose import
# differs, then a summary line; a change to the importer should explain every CHANGED program (a refusal
# lifted on purpose and its agree.py verdict, or a fix).
#
#   bench/python-agreement/import-diff.sh BEFORE/weft AFTER/weft [LIST]
#
# LIST: a file of program paths, one a line, relative to the repository's root; by default every `*.py`
# directly in a folder of bench/python-agreement and in its variants/ and repro/ folders. JOBS (default
# 2) imports run at once; each has 60 seconds. KEEP=1 keeps the outputs (their folder is printed).
set -u
before=$(readlink -f "${1:?usage: import-diff.sh BEFORE AFTER [LIST]}")
after=$(readlink -f "${2:?usage: import-diff.sh BEFORE AFTER [LIST]}")
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 2
work=$(mktemp -d)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
list=${3:-}
if [ -z "$list" ]; then
  list=$work/list
  ls bench/python-agreement/*/*.py bench/python-agreement/*/variants/*.py bench/python-agreement/*/repro/*.py \
    2>/dev/null | sort >"$list"
fi
export before after work
import_with() {
  local side=$1 binary=$2 program=$3 output
  output="$work/$side/$program.out"
  mkdir -p "$(dirname "$output")"
  timeout 60 "$binary" import "$program" >"$output" 2>&1
  echo "status $?" >>"$output"
}
export -f import_with
xargs -a "$list" -P "${JOBS:-2}" -I{} bash -c 'import_with before "$before" "$1"; import_with after "$after" "$1"' _ {}
changed=0
total=0
while read -r program; do
  total=$((total + 1))
  if ! cmp -s "$work/before/$program.out" "$work/after/$program.out"; then
    echo "CHANGED $program"
    changed=$((changed + 1))
  fi
done <"$list"
echo "$total programs imported by both builds; $changed changed"
[ "${KEEP:-0}" = 1 ] && echo "outputs kept in $work (before/, after/)"
exit 0
