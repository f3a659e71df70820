#!/bin/bash
# Imports each variant given and prints its exit status and the first lines of the message.
for f in "$@"; do /work/notes/s18/weft-start import $f > /dev/null 2> /tmp/s18p/imp.err; rc=$?; echo "$(basename $f) rc=$rc $(grep -v '^ *$' /tmp/s18p/imp.err | head -3 | tr -s ' ' | tr '\n' ' ')"; done
