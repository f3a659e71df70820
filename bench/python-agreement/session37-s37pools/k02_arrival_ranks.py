# BUG: the ranks depend on which thread appends first; the program assumes "a" always arrives first.
import threading
import time
from itertools import count

arrivals = []


def arrive(name, delay):
    time.sleep(delay)
    arrivals.append(name)


threads = [threading.Thread(target=arrive, args=(n, 0.01)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()

ranks = count(1)
rank_of = {next(ranks): name for name in arrivals}
print(rank_of)
assert rank_of[1] == "a"
