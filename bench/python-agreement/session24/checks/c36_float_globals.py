"""Floats computed at run time and kept in globals: a ratio, an average, a product, a float sum."""
import threading

hits = 0
ratio = 0.0
average = 0.0
lock = threading.Lock()


def hit(n):
    global hits
    with lock:
        hits += n


threads = [threading.Thread(target=hit, args=(n,)) for n in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
ratio = hits / 10
average = hits / len(threads)
scaled = ratio * 3
third = 1 / 3
print(ratio, average, scaled, third)
