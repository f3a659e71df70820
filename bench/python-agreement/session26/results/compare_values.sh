# import (dropping refused lines), then compare weft run's out[...] with CPython's
f=$1
for k in $(seq 1 40); do msg=$(/work/notes/s26/weft-start import $f 2>&1 >/dev/null); [ -z "$msg" ] && break; line=$(echo "$msg" | grep -o "$f:[0-9]*" | head -1 | cut -d: -f2); [ -z "$line" ] && { echo "$msg" | head -5; break; }; echo "REFUSED: $(sed -n ${line}p $f | sed 's/^ *//') :: $(echo "$msg" | head -2 | tr '\n' ' ' | sed 's/  */ /g' | cut -c1-220)"; sed -i "${line}d" $f; done
~/.pyenv/versions/3.11.7/bin/python -c "
exec(open('$f').read())
import json; print(json.dumps({f\"out['{k}']\": v for k, v in out.items()}, default=repr))" > /tmp/s26p/py.json 2>/tmp/s26p/py.err || cat /tmp/s26p/py.err
/work/notes/s26/weft-start run $f --json > /tmp/s26p/weft.json
python3 - <<'PY'
import json
py = json.load(open('/tmp/s26p/py.json'))
w = json.load(open('/tmp/s26p/weft.json'))
print('weft status', w['status'])
sh = w['shared']['main']
for k, v in py.items():
    wv = sh.get(k, '<absent>')
    if wv != v and not (isinstance(v, bool) and wv == int(v)):
        print('DIFF', k, 'py=', repr(v), 'weft=', repr(wv))
print('compared', len(py))
PY
