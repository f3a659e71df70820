# BUG: lost update. Threads add into a shared list by an index a function computes
# (`counts[bucket(v)] += 1`) with no lock; the read and the write of an item may interleave.
import threading

counts = [0, 0]


def bucket(value):
    return 0 if value < 10 else 1


def tally(values):
    for v in values:
        counts[bucket(v)] += 1


threads = [threading.Thread(target=tally, args=(chunk,)) for chunk in ([3, 12], [15, 4])]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counts)
