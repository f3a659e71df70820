# bug: each worker logs two entries with no barrier between them, so the first three entries of the
# shared log need not be the three first-phase entries
import threading

log = []


def work(worker_id):
    log.append(worker_id)
    log.append(10 + worker_id)


workers = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()

first = sorted(log[:3])
print("first:", first)
assert first == [0, 1, 2]
