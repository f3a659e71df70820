# Two threads alternate 5ms of I/O with 2ms of CPU work, three rounds each.
import threading
import time


def burn(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


rounds = {}


def job(name):
    count = 0
    for _ in range(3):
        time.sleep(0.005)
        burn(14000)  # weft: cpu 2ms
        count += 1
    rounds[name] = count


threads = [threading.Thread(target=job, args=(n,)) for n in ("x", "y")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(rounds.items()))
