# SILENT: a list comprehension over a 1000-item list is costed as one quick step; 300 of them take ~40-140 ms in CPython (load-dependent), so the 10 ms wait times out ("no" 10/10), but weft claims "complete" with only "yes"
import threading

ev = threading.Event()
ready = "unknown"


def crunch():
    values = [i % 97 for i in range(1000)]
    total = 0
    for _ in range(300):
        total += sum([v * v + 1 for v in values if v % 3])
    ev.set()


t = threading.Thread(target=crunch)
t.start()
ready = "yes" if ev.wait(0.01) else "no"
t.join()
print(ready)
