# Threads append to lists held in a dict (groups by first letter).
import threading

groups = {"a": [], "b": []}
lock = threading.Lock()


def add(word):
    with lock:
        groups[word[0]].append(word)


threads = [threading.Thread(target=add, args=(w,)) for w in ("apple", "bee", "ant")]
for t in threads:
    t.start()
for t in threads:
    t.join()
a_count = len(groups["a"])
b_first = groups["b"][0]
