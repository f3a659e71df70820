#!/bin/sh
# Prints one line per program: its path, weft import's exit status and the first line of its message.
# Usage: results/imports.sh WEFT FILE...   (run from bench/python-agreement/session17)
W=$1; shift
for f in "$@"; do
  msg=$($W import "$f" 2>&1 >/dev/null | head -2 | tr '\n' ' ' | sed 's/  */ /g' | cut -c1-300)
  $W import "$f" >/dev/null 2>&1
  echo "$f rc=$? $msg"
done
