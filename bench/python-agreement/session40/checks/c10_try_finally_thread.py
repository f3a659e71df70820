# Check: try/finally in threads where the body returns or raises; finally always runs. Bug: none.
import threading

finals = []
returns = []
lock = threading.Lock()


def job(n):
    try:
        if n == 0:
            return 0
        if n == 1:
            raise KeyError(n)
        with lock:
            returns.append(n)
        return n
    finally:
        with lock:
            finals.append(n)


def safe(n):
    try:
        job(n)
    except KeyError:
        with lock:
            returns.append(-1)


threads = [threading.Thread(target=safe, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
finals.sort()
returns.sort()
print(f"finals={finals} returns={returns}")
