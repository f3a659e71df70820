# CPython 3.11.7, 10 runs (agree.py): seen=[0, 1, 2] counter=20 in all 10 (watch ran first).
# weft explore: 10 outcomes, complete, among them CPython's: each resumption of ticks() reads
# the shared counter where CPython's does (seen=[0, 11, 22], [10, 11, 12], ... too).
# A generator read in one thread resumes between another thread's writes.
import threading

counter = 0
lock = threading.Lock()
seen = []


def ticks(n):
    for i in range(n):
        yield counter + i


def bump():
    global counter
    for _ in range(2):
        with lock:
            counter += 10


def watch():
    for value in ticks(3):
        seen.append(value)


t1 = threading.Thread(target=watch)
t2 = threading.Thread(target=bump)
t1.start()
t2.start()
t1.join()
t2.join()
print(seen)
