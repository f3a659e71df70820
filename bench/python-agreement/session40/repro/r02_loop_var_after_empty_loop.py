# SILENT ERROR (weft ok where CPython fails). Construct: reading a `for` loop's variable after the loop when
# the loop ran no pass (the list is empty): CPython raises UnboundLocalError in the function; weft reads 0.
#   CPython 3.11.7: UnboundLocalError: cannot access local variable 'job' (status fault; last stays -1)
#   weft explore:   1 ok  last=0 len(pending)=0   -- "complete: these are all the outcomes"
# (With `for job in items:` over a parameter weft refuses, rightly: "`job` is read before it is assigned";
# with `for job in range(n)` it refuses in internal words, see w09.) The race version is r02b.
# Commands: weft explore bench/python-agreement/session40/repro/r02_loop_var_after_empty_loop.py
import threading

last = -1
pending = []


def worker():
    global last
    for job in pending:
        pass
    last = job


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"last={last}")
