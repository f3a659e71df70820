# CPython 3.11.7, 10 runs (agree.py): ok done=[4, 3, 2, 1] (10 of 10); weft: the same one state, complete.
"""A worker's own loop leaves by `break` and by `return` from inside `try`/`finally`: the `finally`
releases the lock taken by hand on every way out. Two workers drain a shared list; the last
`release` must come before the other worker's `acquire` can go on."""
import threading

lock = threading.Lock()
jobs = [1, 2, 3, 4]
done = []


def worker(limit):
    count = 0
    while True:
        lock.acquire()
        try:
            if not jobs:
                break
            job = jobs.pop()
            done.append(job)
            count += 1
            if count == limit:
                return
        finally:
            lock.release()


a = threading.Thread(target=worker, args=(3,))
b = threading.Thread(target=worker, args=(3,))
a.start()
b.start()
a.join()
b.join()
assert sorted(done) == [1, 2, 3, 4]
