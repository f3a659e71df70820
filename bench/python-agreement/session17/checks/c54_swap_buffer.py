# no bug: the flusher swaps the pending buffer for a fresh list under a lock and sums the old one
import threading

pending = []
lock = threading.Lock()
flushed_total = 0


def produce(n):
    with lock:
        pending.append(n)


def flush():
    global pending, flushed_total
    with lock:
        batch = pending
        pending = []
    flushed_total += sum(batch)


producers = [threading.Thread(target=produce, args=(n,)) for n in (1, 2, 3)]
for p in producers:
    p.start()
for p in producers:
    p.join()
flush()
left = len(pending)
print(flushed_total, left)
