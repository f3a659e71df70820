"""`barrier.wait()` returns each party's arrival index, 0 for exactly one of them, in each of two
generations of the same barrier: the party that gets 0 combines the parts, so `combined` is 6 and
`leaders` 2 in every run."""
import threading

barrier = threading.Barrier(3)
parts = [0, 0, 0]
combined = 0
leaders = 0


def worker(i):
    global combined, leaders
    parts[i] = i + 1
    for _ in range(2):
        if barrier.wait() == 0:
            combined = parts[0] + parts[1] + parts[2]
            leaders += 1


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(combined, leaders)
assert combined == 6 and leaders == 2
