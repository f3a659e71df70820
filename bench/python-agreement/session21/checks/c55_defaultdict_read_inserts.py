# reading a missing key of a defaultdict inserts it; get() and `in` do not
import threading
from collections import defaultdict

counts = defaultdict(int)
lock = threading.Lock()
size_after_get = 0
size_after_read = 0


def worker():
    global size_after_get, size_after_read
    with lock:
        counts["a"] += 1
        if counts.get("zzz") is None:
            size_after_get = len(counts)
        if counts["missing"] == 0:
            size_after_read = len(counts)


t = threading.Thread(target=worker)
t.start()
t.join()
print(size_after_get, size_after_read, dict(counts))
