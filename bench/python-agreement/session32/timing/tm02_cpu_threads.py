# Two threads each do five 2ms chunks of pure-Python CPU work; under the GIL they take about 20ms together.
import threading


def burn(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


totals = [0, 0]


def crunch(slot):
    for _ in range(5):
        totals[slot] += burn(14000) % 7  # weft: cpu 2ms


threads = [threading.Thread(target=crunch, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(totals)
