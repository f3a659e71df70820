"""`print([results[n] for n in range(3)])` where the third thread may not have written yet (no join
for it): CPython raises KeyError in some runs and prints in others; weft's reads are steps, so its
outcomes hold both."""
import threading
import time

results = {}


def work(n):
    time.sleep(0.001 * n)
    results[n] = n * n


threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
threads[0].join()
threads[1].join()
print([results[n] for n in range(3)])
threads[2].join()
