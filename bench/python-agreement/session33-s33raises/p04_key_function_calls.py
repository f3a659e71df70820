# max/min(items, key=f) as bare statements and as values, `f` a function of the file that records each
# item it is given: CPython calls it once per item in order; the two threads' records interleave.
import threading

seen = []
picked = []


def weigh(x):
    seen.append(x)
    return x % 3


def audit(items):
    max(items, key=weigh)
    picked.append(min(items, key=weigh))


threads = [threading.Thread(target=audit, args=([4, 5, 6],)), threading.Thread(target=audit, args=([7, 9],))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(seen), picked)
