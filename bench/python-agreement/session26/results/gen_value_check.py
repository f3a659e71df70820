# build a check: exprs evaluated in a thread with run-time args, stored in out[key]
import sys, json, subprocess
name, argspec, params, exprs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
body = "\n".join(f'        out[f"{{key}}_{i:02d}"] = {s}' for i, s in enumerate(exprs))
src = f'''import threading

out: dict = {{}}
lock = threading.Lock()


def compute(key: int, {params}) -> None:
    with lock:
{body}


threads = [threading.Thread(target=compute, args=a) for a in {argspec}]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
'''
open(name, 'w').write(src)
