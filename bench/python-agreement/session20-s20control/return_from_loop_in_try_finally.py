# CPython 3.11.7, 10 runs (agree.py): ok seen=['a', 'a!', 'b', 'b!'] (10 of 10); weft: the 6 orders of the four appends, complete (weft-start: deadlocks only, complete).
"""`return` from a loop inside `try`/`finally`, in a thread's own function and in a function it calls:
the `finally` releases the lock taken by hand. Until session 20 weft skipped the `finally` on such a
`return` (the loop hid it from the check), so the second thread waited for ever: "complete" with
deadlocks only, where CPython always ends."""
import threading

lock = threading.Lock()
seen = []


def take(tag):
    lock.acquire()
    try:
        for i in range(3):
            if i == 1:
                return i
            seen.append(tag)
    finally:
        lock.release()
    return -1


def worker(tag):
    take(tag)
    lock.acquire()
    try:
        for i in range(2):
            if i == 1:
                return
            seen.append(tag + "!")
    finally:
        lock.release()


a = threading.Thread(target=worker, args=("a",))
b = threading.Thread(target=worker, args=("b",))
a.start()
b.start()
a.join()
b.join()
assert len(seen) == 4
