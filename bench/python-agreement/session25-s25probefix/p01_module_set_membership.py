# A module-level set display of strings, tested with `in` and `not in` by main and by two threads,
# and measured with len().
import threading

SEEN = {"alpha", "beta"}
flag = "alpha" in SEEN
missing = "gamma" not in SEEN
size = len(SEEN)
hits = []
lock = threading.Lock()


def worker(job):
    if job in SEEN:
        with lock:
            hits.append(job)


first = threading.Thread(target=worker, args=("beta",))
second = threading.Thread(target=worker, args=("delta",))
first.start()
second.start()
first.join()
second.join()
print(flag, missing, size, hits)
