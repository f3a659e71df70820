#!/bin/bash
# Imports each program given with the start binary: OK, or the first refusal line.
for f in "$@"; do
  if /work/notes/s32/weft-start import "$f" > /dev/null 2> /tmp/s32probe-imp.err; then echo "OK $f"; else echo "REFUSED $f: $(grep -m1 -A2 '×' /tmp/s32probe-imp.err | tr -s ' ' | tr '\n' ' ' | cut -c1-330)"; fi
done
