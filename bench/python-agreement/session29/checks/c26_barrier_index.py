import threading

barrier = threading.Barrier(2)
leader = []


def worker(n):
    if barrier.wait() == 0:
        leader.append(n)


ts = [threading.Thread(target=worker, args=(n,)) for n in (5, 6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(leader)
