"""A module list of numbers whose items threads set, summed and joined after the threads: CPython's
total is 10 and text '5, 5, 0' (before session 21 weft computed both at import time from the display:
0 and '0, 0, 0', under "complete")."""
import threading

counts = [0, 0, 0]


def work(i):
    counts[i] = 5


threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
text = ", ".join(str(c) for c in counts)
total = sum(c for c in counts)
print(text, total)
