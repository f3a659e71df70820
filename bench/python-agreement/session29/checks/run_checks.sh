# usage: chk.sh file...  : weft import/explore summary
W=/work/notes/s29/weft-start
for f in "$@"; do
  echo "== $f  [CPython: $(timeout 5 ~/.pyenv/versions/3.11.7/bin/python $f 2>/dev/null | tail -1)]"
  if ! $W import $f > /dev/null 2>/tmp/s29probe_chk.err; then echo "   REFUSED: $(grep -m1 '×' /tmp/s29probe_chk.err) $(sed -n 2,4p /tmp/s29probe_chk.err | tr -s ' ' | tr -d '│' )"; continue; fi
  $W explore $f --time-limit 30s --json > /tmp/s29probe_chk.json 2>/tmp/s29probe_chk.err2 ; python3 /tmp/s29probe_summ.py /tmp/s29probe_chk.json 2>/dev/null || head -5 /tmp/s29probe_chk.err2
done
