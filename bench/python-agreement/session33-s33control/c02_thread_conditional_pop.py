# Two threads take from a shared list with `x = q.pop() if q else None`: the test and the pop are
# one expression; each thread gets an item or None, and no item is taken twice.
import threading

q = [1, 2, 3]
taken = []
lock = threading.Lock()


def consumer(rounds):
    for _ in range(rounds):
        item = q.pop() if q else None
        with lock:
            taken.append(item)


threads = [threading.Thread(target=consumer, args=(2,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(taken, key=lambda v: -1 if v is None else v), q)
