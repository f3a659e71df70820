# bug: each worker logs two entries with no barrier between them, so the first three entries of the
# shared log need not be the three first-phase entries
# CPython 3.11.7 (10 runs): assertion_failed in 10 of 10 (each thread appends both entries before the
# next starts: first == [0, 1, 10]); weft also lists the orders that pass
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
