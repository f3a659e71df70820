# `try: ...; if n == 0: return; ...` / `except KeyError:` in a thread's target whose `n` is known at
# import time: the thread for 0 returns inside the `try`, the other one's lookup misses and is caught.
import threading

log = []
table = {}


def worker(n):
    try:
        log.append(n)
        if n == 0:
            return
        log.append(table["missing"])
    except KeyError:
        log.append(-1)
    log.append(10 + n)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
