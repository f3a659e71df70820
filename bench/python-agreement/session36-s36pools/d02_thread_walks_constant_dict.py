"""Two threads walk a module dict of limits nothing writes, each adding every value to a shared total (racy)."""
import threading

LIMITS = {"a": 1, "b": 2, "c": 4}
total = 0


def tally():
    global total
    for key, value in LIMITS.items():
        total += value


threads = [threading.Thread(target=tally) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
