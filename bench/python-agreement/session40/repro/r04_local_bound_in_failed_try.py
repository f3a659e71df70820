# SILENT ERROR (weft ok where CPython fails). Construct: a local bound only by the `try:` line that raised,
# read after the `try` statement (the except clause passes). CPython: UnboundLocalError; weft: 0.
#   CPython 3.11.7: UnboundLocalError in the worker (status fault, out=[])
#   weft explore:   1 ok len(out)=1 out[0]=0   -- "complete: these are all the outcomes"
# Command: weft explore bench/python-agreement/session40/repro/r04_local_bound_in_failed_try.py
import threading

out = []
raw = "x"


def worker():
    try:
        value = int(raw)
    except ValueError:
        pass
    out.append(value)


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"out={out}")
