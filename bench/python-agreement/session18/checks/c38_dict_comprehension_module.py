# A dict comprehension at module level, read by threads, each adding its word's length to a total under a lock.
import threading

WORDS = ["tea", "coffee", "milk"]
lengths = {w: len(w) for w in WORDS}
total = 0
lock = threading.Lock()


def add(word):
    global total
    with lock:
        total += lengths[word]


threads = [threading.Thread(target=add, args=(w,)) for w in WORDS]
for t in threads:
    t.start()
for t in threads:
    t.join()
