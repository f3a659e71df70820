# A set made at run time, handed through a queue and walked by `for k in item:` (a value of unknown kind,
# walked by key_at): CPython walks it in its hash table's order, 9 then 1 for {n + 8, n} with n = 1
# (9 takes slot 1, then 1 probes on to slot 2), and 1, 2, 3 for {n + 2, n, n + 1}; weft took the
# order the members came in (9, 1 and 3, 1, 2) before session 24.
import queue
import threading

jobs = queue.Queue()
walked = []


def producer(n):
    jobs.put({n + 8, n})
    jobs.put({n + 2, n, n + 1})
    jobs.put(None)


def consumer():
    while True:
        item = jobs.get()
        if item is None:
            break
        for member in item:
            walked.append(member)


t1 = threading.Thread(target=producer, args=(1,))
t2 = threading.Thread(target=consumer)
t1.start()
t2.start()
t1.join()
t2.join()
print(walked)
