import threading

log = []
barrier = threading.Barrier(2, action=lambda: log.append(0))


def worker(n):
    log.append(n)
    barrier.wait()
    log.append(n * 10)


ts = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
action_index = log.index(0)
print(log, action_index)
