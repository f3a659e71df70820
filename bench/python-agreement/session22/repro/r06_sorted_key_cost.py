# SILENT: sorted(..., key=lambda) of a 1000-item list is costed as one quick step; 500 sorts take ~0.5 s in CPython, so the 10 ms wait times out ("no" 10/10), but weft claims "complete" with only "yes"
import threading

ev = threading.Event()
ready = "unknown"


def crunch():
    values = [(i * 7919) % 1000 for i in range(1000)]
    best = 0
    for _ in range(500):
        best = max(best, sorted(values, key=lambda v: -v)[0])
    ev.set()


t = threading.Thread(target=crunch)
t.start()
ready = "yes" if ev.wait(0.01) else "no"
t.join()
print(ready)
